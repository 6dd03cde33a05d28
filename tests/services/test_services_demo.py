"""The sample library offered on first run."""

from __future__ import annotations

from pathlib import Path

import pytest
from photo_files import AuditWatch, sha256_file
from sqlalchemy import select

from lifebook.model.enums import BookKind
from lifebook.services import books, children, demo, photos
from lifebook.store.db import Library
from lifebook.store.models import Child, FrameContentRow, MediaItem, Page


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory):
    """One demo library for the whole module (making it takes a second or two)."""
    lib = Library.open(tmp_path_factory.mktemp("demo") / "library.sqlite3")
    with AuditWatch() as watch:
        result = demo.create_demo(lib)
    yield lib, result, watch
    lib.close()


def test_demo_child_is_marked_sample(made) -> None:
    lib, result, _watch = made
    data = demo.demo_data()
    child = result.child
    assert child.is_sample is True
    assert child.name == data["child"]["full_name"]
    assert child.date_of_birth == data["child"]["date_of_birth"]
    assert demo.demo_exists(lib)
    with lib.session() as s:
        rows = s.scalars(select(Child)).all()
    assert [(c.id, c.is_sample) for c in rows] == [(child.id, True)]


def test_demo_has_its_pictures_and_people(made) -> None:
    lib, result, _watch = made
    data = demo.demo_data()
    media = photos.list_media(lib, result.child.id)
    assert 18 <= len(media) <= 22
    assert len(media) == len(data["pictures"]) == len(result.media)
    people = children.list_people(lib, result.child.id)
    assert len(people) == 5
    assert [p.name for p in people] == [p["name"] for p in data["people"]]
    for item in media:
        assert item.use_agreed is True
        stored = lib.media.path_for(item.sha256, item.format)
        assert stored.is_file() and sha256_file(stored) == item.sha256
    assert result.child.photos == len(media)


def test_sideways_and_gps_pictures_are_recorded(made) -> None:
    lib, result, _watch = made
    pictures = demo.demo_data()["pictures"]
    assert any(p.get("sideways") for p in pictures) and any(p.get("gps") for p in pictures)
    with lib.session() as s:
        for pic, record in zip(pictures, result.media, strict=True):
            item = s.get(MediaItem, record.id)
            assert item.orientation == (6 if pic.get("sideways") else 1), pic
            assert item.had_gps is bool(pic.get("gps", False)), pic
            assert item.caption == pic.get("caption", "")
            assert item.taken_at.date() == pic["taken"]


def test_demo_book_uses_the_pictures(made) -> None:
    lib, result, _watch = made
    book = result.book
    assert book.kind == BookKind.LIFE_STORY.value
    assert book.pages >= 8
    assert [b.id for b in books.list_books(lib, result.child.id)] == [book.id]
    media_ids = {m.id for m in result.media}
    with lib.session() as s:
        rows = s.scalars(select(FrameContentRow).join(Page).where(Page.book_id == book.id)).all()
    placed = [r.media_id for r in rows if r.media_id is not None]
    assert len(placed) >= 5
    assert set(placed) <= media_ids
    texts = [r.text for r in rows if r.text]
    assert any("Poppy" in t for t in texts)
    assert all("{name}" not in t for t in texts)


def test_every_demo_write_is_audited(made) -> None:
    _lib, _result, watch = made
    assert watch.write_commits > 20
    assert watch.unaudited == []


def test_demo_leaves_no_temporary_files(made) -> None:
    lib, _result, _watch = made
    assert not list(Path(lib.media.root).rglob("*.part"))
    assert not list(Path(lib.cache_dir).rglob("*.part"))


def test_the_sample_book_stores_bold_as_marks_not_asterisks(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from lifebook.services.content import load_book_content
    from lifebook.services.demo import create_demo
    from lifebook.store.db import Library

    lib = Library.open(tmp_path / "demo.sqlite3")
    try:
        book = create_demo(lib).book
        frames = [f for p in load_book_content(lib, book.id).pages for f in p.frames.values()]
        assert not any("*" in f.text for f in frames)
        assert sum(len(f.marks) for f in frames) >= 4  # "Mum and Dad", "23 March 2019", ...
    finally:
        lib.close()
