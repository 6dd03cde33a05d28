"""Case bundles: a child's whole record in one file, refused whole when anything is wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lifebook.services import books, children, chronology, chronology_links, comments, pages, photos
from lifebook.services.bundle_format import MAGIC, BundleError
from lifebook.services.bundles import export_bundle, import_bundle
from lifebook.store.db import Library
from tests.bundle_helpers import fill_child, media_files, row_counts

PASS = "blue kettle sings"


@pytest.fixture()
def other(tmp_path: Path):  # type: ignore[no-untyped-def]
    lib = Library.open(tmp_path / "other" / "library.sqlite3")
    yield lib
    lib.close()


def _check_arrived(lib: Library, child_id: int, sent) -> None:  # type: ignore[no-untyped-def]
    [child] = children.list_children(lib)
    assert child.id == child_id and child.name == "Poppy Bundle-Test"
    people = children.list_people(lib, child_id)
    assert [p.name for p in people] == ["Sarah"]
    [event] = chronology.list_events(lib, child_id)
    assert event.title == "Poppy was born"
    media = photos.list_media(lib, child_id)
    with lib.session() as s:
        links = chronology_links.links_for(s, [event.id])
    assert links  # the event still names Sarah and has its photo
    [book] = books.list_books(lib, child_id)
    page = books.list_pages(lib, book.id)[0]
    snap = pages.snapshot_page(lib, page.id)
    assert snap["frames"]["title"]["text"] == "Poppy's own story"
    placed = snap["frames"]["photo"]["media_id"]
    assert placed in {m.id for m in media}
    [thread] = comments.list_threads(lib, book.id)
    assert "Lovely cover" in str(thread)
    for m in media:  # photos byte-identical
        path = lib.media.path_for(m.sha256, m.format)
        assert path.read_bytes() == sent.photo_bytes[m.sha256]
    assert len(media) == 2


@pytest.mark.parametrize("passphrase", [None, PASS])
def test_round_trip_brings_everything(library: Library, other: Library, tmp_path: Path,
                                      passphrase: str | None) -> None:
    sent = fill_child(library, tmp_path / "camera")
    out = tmp_path / "poppy.lifebook"
    info = export_bundle(library, sent.child_id, out, passphrase)
    assert info.encrypted is (passphrase is not None) and info.photos == 2
    raw = out.read_bytes()
    assert raw.startswith(MAGIC)
    assert (b"Poppy's own story" in raw) is (passphrase is None) or passphrase is None
    if passphrase:
        assert b"Sarah" not in raw and b"Poppy" not in raw
    result = import_bundle(other, out, passphrase)
    assert not result.merged
    _check_arrived(other, result.child_id, sent)
    actions = [e.action for e in __import__("lifebook.services.audit", fromlist=["x"])
               .list_audit(other)]
    assert "import bundle" in actions


def _bad(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One plain and one locked bundle, made once for all the refusals."""
    folder = tmp_path_factory.mktemp("bundles")
    library = Library.open(folder / "library.sqlite3")
    try:
        sent = fill_child(library, folder / "camera")
        plain = export_bundle(library, sent.child_id, folder / "plain.lifebook").path
        locked = export_bundle(library, sent.child_id, folder / "locked.lifebook", PASS).path
    finally:
        library.close()
    return {"plain": plain, "locked": locked}


def _newer(path: Path, tmp_path: Path, **changes: object) -> Path:
    raw = path.read_bytes()
    head, _, rest = raw[len(MAGIC):].partition(b"\n")
    header = json.loads(head)
    header.update(changes)
    return _bad(tmp_path, "newer.lifebook",
                MAGIC + json.dumps(header).encode() + b"\n" + rest)


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]


REFUSALS = {
    "wrong passphrase": (lambda b, t: b["locked"], "not right horse", "passphrase is not"),
    "no passphrase": (lambda b, t: b["locked"], None, "protected by a passphrase"),
    "truncated locked": (lambda b, t: _bad(t, "cut.lifebook", b["locked"].read_bytes()[:-300]),
                         PASS, "incomplete"),
    "truncated plain": (lambda b, t: _bad(t, "cut.lifebook", b["plain"].read_bytes()[:-300]),
                        None, "incomplete"),
    "tampered locked": (lambda b, t: _bad(t, "x.lifebook", _flip(b["locked"].read_bytes(), -200)),
                        PASS, "changed since it was made"),
    "tampered plain": (lambda b, t: _bad(t, "x.lifebook", _flip(b["plain"].read_bytes(), -200)),
                       None, "changed since it was made"),
    "tampered header": (lambda b, t: _newer(b["locked"], t, created="2001-01-01T00:00:00+00:00"),
                        PASS, "changed since it was made"),
    "newer schema": (lambda b, t: _newer(b["plain"], t, schema="9999", lifebook="9.0"),
                     None, "newer version of Lifebook"),
    "newer format": (lambda b, t: _newer(b["plain"], t, format=99), None,
                     "newer version of Lifebook"),
    "not a bundle": (lambda b, t: _bad(t, "photo.lifebook", b"\xff\xd8\xff\xe0 a jpeg"),
                     None, "not a Lifebook case bundle"),
    "empty file": (lambda b, t: _bad(t, "empty.lifebook", b""), None,
                   "not a Lifebook case bundle"),
}


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_every_refusal_changes_nothing(other: Library, bundles, tmp_path: Path,  # type: ignore[no-untyped-def]
                                       case: str) -> None:
    make, passphrase, words = REFUSALS[case]
    path = make(bundles, tmp_path)
    before, files = row_counts(other.db_path), media_files(other)
    with pytest.raises(BundleError) as err:
        import_bundle(other, path, passphrase)
    assert words in str(err.value)
    assert row_counts(other.db_path) == before
    assert media_files(other) == files


def test_a_short_passphrase_is_refused_and_no_file_left(library: Library, tmp_path: Path) -> None:
    sent = fill_child(library, tmp_path / "camera")
    with pytest.raises(BundleError, match="at least 8"):
        export_bundle(library, sent.child_id, tmp_path / "x.lifebook", "short")
    assert not (tmp_path / "x.lifebook").exists()


def test_carer_review_merges_new_comments_and_reactions(library: Library, other: Library,
                                                        tmp_path: Path) -> None:
    sent = fill_child(library, tmp_path / "camera")
    out = tmp_path / "to-carer.lifebook"
    export_bundle(library, sent.child_id, out, PASS)
    at_carer = import_bundle(other, out, PASS)
    [book] = books.list_books(other, at_carer.child_id)
    page = books.list_pages(other, book.id)[0]
    [thread] = comments.list_threads(other, book.id)
    comments.add_comment(other, book.id, "Poppy loved this page", page_id=page.id,
                         author="Jo (foster carer)")
    comments.add_child_reaction(other, book.id, page.id, carer_name="Jo", note="Poppy smiled")
    back = tmp_path / "from-carer.lifebook"
    export_bundle(other, at_carer.child_id, back, PASS)
    # meanwhile the practitioner went on working: nothing of theirs may be overwritten
    comments.add_comment(library, sent.book_id, "Check the date", author="Priya")
    before_children = len(children.list_children(library))
    result = import_bundle(library, back, PASS)
    assert result.merged and result.child_id == sent.child_id
    assert (result.comments_added, result.reactions_added) == (1, 1)
    assert result.book_copies == ()
    assert len(children.list_children(library)) == before_children
    assert len(books.list_books(library, sent.child_id)) == 1
    bodies = json.dumps([str(t) for t in comments.list_threads(library, sent.book_id)])
    for words in ("Lovely cover", "Check the date", "Poppy loved this page", "Poppy smiled"):
        assert words in bodies
    assert bodies.count("Lovely cover") == 1  # not duplicated
    again = import_bundle(library, back, PASS)  # bringing it in twice adds nothing
    assert (again.comments_added, again.reactions_added) == (0, 0)


def test_a_page_changed_on_both_sides_is_kept_as_a_copy(library: Library, other: Library,
                                                        tmp_path: Path) -> None:
    sent = fill_child(library, tmp_path / "camera")
    out = tmp_path / "to-carer.lifebook"
    export_bundle(library, sent.child_id, out)
    at_carer = import_bundle(other, out)
    [book] = books.list_books(other, at_carer.child_id)
    page = books.list_pages(other, book.id)[0]
    pages.set_frame_text(other, page.id, "title", "Poppy's story, by Jo")
    back = tmp_path / "back.lifebook"
    export_bundle(other, at_carer.child_id, back)
    result = import_bundle(library, back, today=__import__("datetime").date(2026, 11, 27))
    assert result.book_copies == ("Poppy\u2019s life story (from bundle, 27 November 2026)",) or \
        result.book_copies[0].endswith("(from bundle, 27 November 2026)")
    titles = {b.title: b.id for b in books.list_books(library, sent.child_id)}
    assert len(titles) == 2
    ours = pages.snapshot_page(library, sent.page_id)
    assert ours["frames"]["title"]["text"] == "Poppy's own story"  # never overwritten
    copy_id = titles[result.book_copies[0]]
    copy_page = books.list_pages(library, copy_id)[0]
    assert pages.snapshot_page(library, copy_page.id)["frames"]["title"]["text"] == \
        "Poppy's story, by Jo"
    assert "kept as" in result.summary


def test_details_changed_elsewhere_are_said_and_ours_kept(library: Library, other: Library,
                                                         tmp_path: Path) -> None:
    sent = fill_child(library, tmp_path / "camera")
    out = tmp_path / "a.lifebook"
    export_bundle(library, sent.child_id, out)
    there = import_bundle(other, out)
    children.update_child(other, there.child_id, pronouns="she/her")
    [sarah] = children.list_people(other, there.child_id)
    from lifebook.services import people as people_service

    people_service.update_person(other, sarah.id, description="Curly hair like Poppy")
    back = tmp_path / "b.lifebook"
    export_bundle(other, there.child_id, back)
    result = import_bundle(library, back)
    assert result.kept_ours == {"children": 1, "people": 1}
    assert "the child's details, the details of 1 person; yours were kept" in result.summary
    assert children.child_info_by_id(library, sent.child_id).books == 1
    [ours] = children.list_people(library, sent.child_id)
    assert ours.description == ""


def test_a_table_added_later_travels_without_a_code_change(library: Library, other: Library,
                                                          tmp_path: Path) -> None:
    """A table another revision adds (stickers on pages, say) is carried and remapped."""
    from sqlalchemy import Column, ForeignKey, Integer, String, Table, insert, select

    from lifebook.services.bundle_rows import child_tables
    from lifebook.store.models import Base

    names = {t.name for t in child_tables()}
    assert {"children", "people", "media_items", "books", "pages", "frame_contents", "comments",
            "chronology_events", "book_status_changes", "media_people"} <= names
    assert not names & {"audit_entries", "alembic_version"}
    stickers = Table("test_stickers", Base.metadata,
                     Column("id", Integer, primary_key=True),
                     Column("page_id", ForeignKey("pages.id", ondelete="CASCADE"), nullable=False),
                     Column("label", String(40)))
    try:
        for lib in (library, other):
            stickers.create(lib.engine)
        sent = fill_child(library, tmp_path / "camera")
        with library.transaction() as s:
            s.execute(insert(stickers).values(page_id=sent.page_id, label="a star"))
        out = tmp_path / "x.lifebook"
        export_bundle(library, sent.child_id, out)
        # an unrelated child first, so the page gets another id here
        from lifebook.model.enums import BookKind

        books.new_book(other, children.add_child(other, "Someone Else").id, BookKind.LIFE_STORY)
        got = import_bundle(other, out)
        [book] = books.list_books(other, got.child_id)
        page = books.list_pages(other, book.id)[0]
        assert page.id != sent.page_id
        with other.session() as s:
            rows = s.execute(select(stickers.c.page_id, stickers.c.label)).all()
        assert [tuple(r) for r in rows] == [(page.id, "a star")]
    finally:
        Base.metadata.remove(stickers)


def test_a_header_asking_scrypt_for_gigabytes_is_refused(other: Library, bundles,  # type: ignore[no-untyped-def]
                                                         tmp_path: Path) -> None:
    raw = bundles["locked"].read_bytes()
    head, _, rest = raw[len(MAGIC):].partition(b"\n")
    header = json.loads(head)
    header["kdf"]["n"] = 2 ** 24
    path = _bad(tmp_path, "greedy.lifebook", MAGIC + json.dumps(header).encode() + b"\n" + rest)
    with pytest.raises(BundleError, match="damaged"):
        import_bundle(other, path, PASS)
