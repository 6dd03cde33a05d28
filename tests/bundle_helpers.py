"""A child with something in every part of their record, for the case bundle tests."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from lifebook.model.enums import BookKind, PersonRole
from lifebook.services import books, children, chronology, chronology_links, comments, pages, photos
from lifebook.store.db import Library
from tests.photo_files import write_jpeg


@dataclass
class Filled:
    child_id: int
    book_id: int
    page_id: int
    photo_bytes: dict[str, bytes]  # sha256 -> the original's bytes


def fill_child(library: Library, folder: Path) -> Filled:
    folder.mkdir(parents=True, exist_ok=True)
    child = children.add_child(library, "Poppy Bundle-Test", preferred_name="Poppy",
                               date_of_birth=date(2019, 3, 23))
    mum = children.add_person(library, child.id, "Sarah", relationship="Birth mother",
                              role=PersonRole.BIRTH_FAMILY)
    files = [write_jpeg(folder / "park.jpg", colour=(200, 30, 30)),
             write_jpeg(folder / "home.jpg", colour=(30, 200, 30))]
    imported = photos.import_photos(library, child.id, files)
    media = photos.list_media(library, child.id)
    del imported
    event = chronology.add_event(library, child.id, date_text="23 March 2019",
                                 title="Poppy was born", detail="At St Mary's")
    chronology_links.link_person(library, event.id, mum.id)
    chronology_links.link_photo(library, event.id, media[0].id)
    book = books.new_book(library, child.id, BookKind.LIFE_STORY)
    page = books.list_pages(library, book.id)[0]
    pages.set_frame_text(library, page.id, "title", "Poppy's own story")
    pages.place_photo(library, page.id, "photo", media[1].id)
    comments.add_comment(library, book.id, "Lovely cover", page_id=page.id, author="Priya")
    data = {m.sha256: photos.media_path(library, _row(library, m.id)).read_bytes() for m in media}
    return Filled(child.id, book.id, page.id, data)


def _row(library: Library, media_id: int):  # type: ignore[no-untyped-def]
    from lifebook.store.models import MediaItem

    with library.session() as s:
        return s.get(MediaItem, media_id)


def row_counts(db_path: Path) -> dict[str, int]:
    conn = sqlite3.connect(db_path)
    try:
        names = [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def media_files(library: Library) -> set[Path]:
    return {p for p in library.media.root.rglob("*") if p.is_file()}
