"""Books: made from their book template, autoflowed photos, trim sizes, layout input."""

from __future__ import annotations

import math
import tomllib
from datetime import datetime
from pathlib import Path

import pytest
from photo_files import sha256_file, write_jpeg
from sqlalchemy import select

from lifebook.model.enums import BookKind
from lifebook.model.trim import TrimSize
from lifebook.resources import templates_dir
from lifebook.services import books, photos
from lifebook.services.content import load_book_content
from lifebook.services.errors import NotFound
from lifebook.store.db import Library
from lifebook.store.models import Book, FrameContentRow, MediaItem, Page

pytestmark = pytest.mark.both_backends  # and on a team server (tests/conftest.py)

PREFERRED = "Lexi"  # the child fixture: "Alexandra Test-Jones", known as Lexi


def _book_toml(kind: BookKind) -> dict:
    with (templates_dir() / "books" / f"{kind.value}.toml").open("rb") as fh:
        return tomllib.load(fh)


def _photo_keys(template: str) -> list[str]:
    with (templates_dir() / "pages" / f"{template}.toml").open("rb") as fh:
        raw = tomllib.load(fh)
    return [f["key"] for f in raw["frames"] if f["kind"] == "photo"]


def _for_adoption(entry: dict) -> bool:
    return "adoption" in entry.get("plans", ["adoption"])


def _fill(text: str) -> str:
    return text.replace("{name}", PREFERRED).replace("[Name]", PREFERRED)  # templates may write either


def _pages(library: Library, book_id: int) -> list[Page]:
    with library.session() as s:
        rows = s.scalars(select(Page).where(Page.book_id == book_id).order_by(Page.position)).all()
        for page in rows:
            _ = list(page.frames)  # load them before the session closes
        return list(rows)


@pytest.mark.parametrize("kind", list(BookKind), ids=[k.value for k in BookKind])
def test_new_book_follows_its_book_template(
    library: Library, child_id: int, kind: BookKind
) -> None:
    tmpl = _book_toml(kind)
    # the fixture child's plan is adoption: sections and pages for other plans are left out
    for_child = [
        {**section, "pages": [p for p in section["pages"] if _for_adoption(p)]}
        for section in tmpl["sections"]
        if _for_adoption(section)
    ]
    expected = [
        (_fill(section["title"]), start["template"], _fill(start.get("prompt", "")))
        for section in for_child
        for start in section["pages"]
    ]

    book = books.new_book(library, child_id, kind)

    assert book.kind == kind.value
    assert book.title == _fill(tmpl["title"])
    assert book.pages == len(expected)
    assert book.autoflowed_photos == 0
    pages = _pages(library, book.id)
    assert [p.position for p in pages] == list(range(len(expected)))
    assert [(p.section, p.template, p.prompt) for p in pages] == expected
    starts = [start for section in for_child for start in section["pages"]]
    for page, start in zip(pages, starts, strict=True):
        assert (templates_dir() / "pages" / f"{page.template}.toml").is_file()
        texts = {row.text for row in page.frames}
        if start.get("heading"):
            assert _fill(start["heading"]) in texts
        if start.get("text"):
            assert _fill(start["text"]) in texts
        for value in (page.section, page.prompt, *texts):
            assert "{name}" not in value and "[Name]" not in value
            assert "Alexandra" not in value  # the preferred name, not the full name


def test_life_story_book_shape(library: Library, child_id: int) -> None:
    book = books.new_book(library, child_id, BookKind.LIFE_STORY)
    pages = books.list_pages(library, book.id)
    assert len(pages) >= 8
    assert pages[0].template == "cover" and pages[0].number == 1
    assert pages[-1].section == "My future"
    assert [p.number for p in pages] == list(range(1, len(pages) + 1))
    cover_texts = {r.text for r in _pages(library, book.id)[0].frames}
    assert f"{PREFERRED}'s life story" in cover_texts


@pytest.mark.parametrize("trim", list(TrimSize), ids=[t.value for t in TrimSize])
def test_trim_size_is_stored(library: Library, child_id: int, trim: TrimSize) -> None:
    book = books.new_book(
        library, child_id, BookKind.LATER_LIFE_LETTER, trim=trim, title=" Dear Lexi "
    )
    assert book.trim == trim.value
    assert book.title == "Dear Lexi"
    with library.session() as s:
        assert s.get(Book, book.id).trim == trim.value
    assert [b.trim for b in books.list_books(library, child_id)] == [trim.value]
    assert load_book_content(library, book.id).trim is trim


# --- autoflow ------------------------------------------------------------------


@pytest.fixture()
def nine_photos(library: Library, child_id: int, photo_dir: Path) -> list[dict]:
    """Nine photos imported out of date order; one undated, one with its own caption."""
    dates = [
        datetime(2021, 5, 1), datetime(2019, 4, 2), None, datetime(2023, 1, 9),
        datetime(2020, 12, 25), datetime(2019, 4, 1), datetime(2022, 7, 7),
        datetime(2024, 2, 29), datetime(2018, 11, 5),
    ]  # fmt: skip
    files = [
        write_jpeg(photo_dir / f"p{n}.jpg", colour=(20 * n, 100, 200 - 10 * n), taken=taken)
        for n, taken in enumerate(dates)
    ]
    report = photos.import_photos(library, child_id, files)
    assert len(report.imported) == 9
    with library.transaction() as s:
        s.get(MediaItem, report.imported[4].id).caption = "Christmas at Nan's"
    return report.imported


def test_autoflow_places_every_photo_once_in_date_order(
    library: Library, child_id: int, nine_photos: list[dict]
) -> None:
    plain = books.new_book(library, child_id, BookKind.LIFE_STORY)
    book = books.new_book(library, child_id, BookKind.LIFE_STORY, autoflow=True)

    chunks = math.ceil(len(nine_photos) / 4)
    assert book.autoflowed_photos == 9
    assert book.pages == plain.pages + chunks
    before = [(p.section, p.template) for p in books.list_pages(library, plain.id)]
    pages = _pages(library, book.id)
    sections = [p.section for p in pages]
    assert [p.position for p in pages] == list(range(len(pages)))

    # the photo pages sit together, just before the last section ("My future")
    flow = [i for i, s in enumerate(sections) if s == books.AUTOFLOW_SECTION]
    assert flow == list(range(flow[0], flow[0] + chunks))
    last_section = before[-1][0]
    assert all(s == last_section for s in sections[flow[-1] + 1 :])
    assert sections[flow[-1] + 1] == last_section
    assert [(p.section, p.template) for p in pages if p.section != books.AUTOFLOW_SECTION] == before

    # every photo exactly once, in the order taken (undated last)
    with library.session() as s:
        items = {m.id: m for m in s.scalars(select(MediaItem))}
    placed: list[int] = []
    for page in (pages[i] for i in flow):
        frames = {row.frame_key: row for row in page.frames}
        keys = [k for k in _photo_keys(page.template) if k in frames]
        assert keys == _photo_keys(page.template)[: len(keys)], "photos fill frames in order"
        for n, key in enumerate(keys, start=1):
            item = items[frames[key].media_id]
            placed.append(item.id)
            caption = frames.get(f"caption{n}")
            expected = item.caption or (f"{item.taken_at:%B %Y}" if item.taken_at else "")
            assert (caption.text if caption else "") == expected
    all_photo_rows = [r.media_id for p in pages for r in p.frames if r.media_id is not None]
    assert sorted(all_photo_rows) == sorted(m.id for m in nine_photos)
    assert len(placed) == len(set(placed)) == 9
    taken = [items[i].taken_at for i in placed]
    assert taken[-1] is None
    assert taken[:-1] == sorted(taken[:-1])
    captions = {r.text for p in pages for r in p.frames if r.frame_key.startswith("caption")}
    assert {"Christmas at Nan's", "April 2019", "November 2018"} <= captions


def test_autoflow_with_no_photos_adds_no_pages(library: Library, child_id: int) -> None:
    plain = books.new_book(library, child_id, BookKind.LIFE_STORY)
    flowed = books.new_book(library, child_id, BookKind.LIFE_STORY, autoflow=True)
    assert flowed.autoflowed_photos == 0
    assert flowed.pages == plain.pages
    assert books.AUTOFLOW_SECTION not in {
        p.section for p in books.list_pages(library, flowed.id)
    }


def test_new_book_for_an_unknown_child_writes_nothing(library: Library) -> None:
    with pytest.raises(NotFound):
        books.new_book(library, 999, BookKind.LIFE_STORY)
    with library.session() as s:
        assert s.scalars(select(Book)).all() == []
        assert s.scalars(select(Page)).all() == []


# --- what the layout engine gets -----------------------------------------------------


def test_load_book_content(library: Library, child_id: int, nine_photos: list[dict]) -> None:
    book = books.new_book(
        library, child_id, BookKind.LIFE_STORY, trim=TrimSize.A5_PORTRAIT, autoflow=True
    )
    listed = books.list_pages(library, book.id)

    content = load_book_content(library, book.id)

    assert content.book_id == book.id
    assert content.kind is BookKind.LIFE_STORY
    assert content.trim is TrimSize.A5_PORTRAIT
    assert content.child_name == PREFERRED
    assert content.title == book.title
    assert [p.number for p in content.pages] == list(range(1, book.pages + 1))
    assert [(p.page_id, p.template, p.section) for p in content.pages] == [
        (p.id, p.template, p.section) for p in listed
    ]
    refs = [f.media for p in content.pages for f in p.frames.values() if f.media is not None]
    assert len(refs) == 9
    for ref in refs:
        assert ref.path.is_file()
        assert sha256_file(ref.path) == ref.sha256
        assert ref.path.suffix == ".jpg"
    with library.session() as s:
        frame_count = len(
            s.scalars(select(FrameContentRow).join(Page).where(Page.book_id == book.id)).all()
        )
    assert sum(len(p.frames) for p in content.pages) == frame_count


def test_load_book_content_of_an_unknown_book(library: Library) -> None:
    with pytest.raises(NotFound, match="77"):
        load_book_content(library, 77)
