"""One user action = one transaction: all or nothing, audited in the same transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from photo_files import GREEN, RED, AuditWatch, table_rows, write_jpeg
from sqlalchemy import func, select

from lifebook.model.enums import BookKind, PersonRole
from lifebook.services import books, children, pages, photos
from lifebook.store.db import Library
from lifebook.store.models import AuditEntry, Book, Child, Page


class Boom(RuntimeError):
    pass


def test_a_transaction_that_raises_leaves_nothing_behind(library: Library) -> None:
    before = table_rows(library.engine)
    with pytest.raises(Boom), library.transaction() as s:
        child = Child(full_name="Half Written")
        s.add(child)
        s.flush()  # the row is in the database (inside the transaction) ...
        s.add(Book(child_id=child.id, title="Half a book"))
        library.audit(s, "add child", "child", child.id)
        s.flush()
        assert s.scalar(select(func.count(Child.id))) == 1
        raise Boom("the user's machine lost power")  # ... and then the action fails
    assert table_rows(library.engine) == before
    with library.session() as s:
        assert s.scalar(select(func.count(Child.id))) == 0
        assert s.scalar(select(func.count(AuditEntry.id))) == 0


def test_a_successful_transaction_commits_change_and_audit_together(library: Library) -> None:
    with library.transaction() as s:
        child = Child(full_name="Whole")
        s.add(child)
        s.flush()
        library.audit(s, "add child", "child", child.id, note="é")
    with library.session() as s:
        entry = s.scalars(select(AuditEntry)).one()
        assert (entry.actor, entry.object_type, entry.object_id) == (
            "test-worker",
            "child",
            child.id,
        )
        assert '"note": "é"' in entry.detail


def test_a_failing_service_action_rolls_back_everything(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """new_book writes the book and its pages, then autoflow fails: nothing may remain."""
    child = children.add_child(library, "Atomic Annie")
    before = table_rows(library.engine)

    def broken_autoflow(session, book):  # type: ignore[no-untyped-def]
        session.flush()  # pages really were written inside the transaction
        assert session.scalar(select(func.count(Page.id)).where(Page.book_id == book.id)) > 0
        raise Boom("disk full while laying out photos")

    monkeypatch.setattr(books, "_autoflow", broken_autoflow)
    with pytest.raises(Boom):
        books.new_book(library, child.id, BookKind.LIFE_STORY, autoflow=True)
    assert table_rows(library.engine) == before


# --- every service action is audited, in the same transaction ----------------------------


@dataclass
class Ctx:
    child: int
    media: list[int]
    book: int
    pages: list[int]
    tmp: Path
    snapshot: dict


@pytest.fixture()
def ctx(library: Library, tmp_path: Path) -> Ctx:
    child = children.add_child(library, "Audit Alex", date_of_birth=date(2018, 1, 2))
    files = [
        write_jpeg(tmp_path / "one.jpg", colour=RED, taken=datetime(2020, 1, 1, 9)),
        write_jpeg(tmp_path / "two.jpg", colour=GREEN, taken=datetime(2021, 1, 1, 9)),
    ]
    report = photos.import_photos(library, child.id, files)
    book = books.new_book(library, child.id, BookKind.LIFE_STORY)
    page_ids = [p.id for p in books.list_pages(library, book.id)]
    photo_text = [
        p.id for p in books.list_pages(library, book.id) if p.template == "photo-text"
    ]
    media = [m.id for m in report.imported]
    pages.place_photo(library, photo_text[0], "photo1", media[0])
    pages.place_photo(library, photo_text[1], "photo1", media[1])
    snapshot = pages.snapshot_page(library, photo_text[0])
    pages.set_frame_text(library, photo_text[0], "text", "changed after the snapshot")
    return Ctx(
        child.id,
        media,
        book.id,
        [photo_text[0], photo_text[1], *page_ids],
        tmp_path,
        snapshot,
    )


def _new_photo(lib: Library, c: Ctx) -> None:
    path = write_jpeg(c.tmp / "three.jpg", colour=(1, 2, 3))
    report = photos.import_photos(lib, c.child, [path])
    assert len(report.imported) == 1


ACTIONS: dict[str, tuple[str, Callable[[Library, Ctx], object]]] = {
    "add_child": ("child", lambda lib, c: children.add_child(lib, "Another Child")),
    "add_person": (
        "person",
        lambda lib, c: children.add_person(lib, c.child, "Nan", role=PersonRole.BIRTH_FAMILY),
    ),
    "import_photos": ("media", _new_photo),
    "new_book": ("book", lambda lib, c: books.new_book(lib, c.child, BookKind.WORDS_AND_PICTURES)),
    "set_frame_text": ("page", lambda lib, c: pages.set_frame_text(lib, c.pages[1], "text", "Hi")),
    "set_frame_style": (
        "page",
        lambda lib, c: pages.set_frame_style(lib, c.pages[1], "text", "handwritten"),
    ),
    "place_photo": (
        "page",
        lambda lib, c: pages.place_photo(lib, c.pages[1], "photo1", c.media[0]),
    ),
    "set_crop": ("page", lambda lib, c: pages.set_crop(lib, c.pages[0], "photo1", 0.2, 0.3, 2.0)),
    "rotate_photo": ("page", lambda lib, c: pages.rotate_photo(lib, c.pages[0], "photo1", 90)),
    "swap_photos": (
        "page",
        lambda lib, c: pages.swap_photos(lib, c.pages[0], "photo1", c.pages[1], "photo1"),
    ),
    "restore_page": ("page", lambda lib, c: pages.restore_page(lib, c.snapshot)),
    "set_page_order": (
        "book",
        lambda lib, c: pages.set_page_order(lib, c.book, pages.page_order(lib, c.book)[::-1]),
    ),
    "add_page": ("page", lambda lib, c: pages.add_page(lib, c.book, "text-only")),
    "duplicate_page": ("page", lambda lib, c: pages.duplicate_page(lib, c.pages[0])),
    "delete_page": ("page", lambda lib, c: pages.delete_page(lib, c.pages[0])),
    "set_section": ("page", lambda lib, c: pages.set_section(lib, c.pages[0], "Holidays")),
    "change_template": (
        "page",
        lambda lib, c: pages.change_template(lib, c.pages[0], "two-photos"),
    ),
}


@pytest.mark.parametrize("name", list(ACTIONS))
def test_every_service_action_writes_one_audit_entry_in_its_transaction(
    name: str, library: Library, ctx: Ctx, monkeypatch: pytest.MonkeyPatch
) -> None:
    object_type, action = ACTIONS[name]
    before = table_rows(library.engine)

    # 1. If writing the audit entry fails, the change itself must not be committed.
    real_audit = library.audit

    def failing_audit(session, *args, **kwargs):  # type: ignore[no-untyped-def]
        real_audit(session, *args, **kwargs)
        session.flush()
        raise Boom("audit log unavailable")

    monkeypatch.setattr(library, "audit", failing_audit)
    with pytest.raises(Boom):
        action(library, ctx)
    assert table_rows(library.engine) == before, "the change was committed without its audit entry"

    # 2. Done for real: the data changes and exactly one audit entry records it.
    monkeypatch.setattr(library, "audit", real_audit)
    with AuditWatch() as watch:
        action(library, ctx)
    after = table_rows(library.engine)
    assert {k: v for k, v in after.items() if k != "audit_entries"} != {
        k: v for k, v in before.items() if k != "audit_entries"
    }, "the action changed nothing"
    new_entries = sorted(set(after["audit_entries"]) - set(before["audit_entries"]))
    assert len(new_entries) == 1, new_entries
    with library.session() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry is not None
    assert entry.object_type == object_type
    assert entry.actor == "test-worker"
    assert entry.action.strip()
    assert watch.write_commits == 1
    assert watch.unaudited == []
