"""Loading a book for layout reads it in a few queries, however many pages it has."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from lifebook.services import demo, pages
from lifebook.services.content import load_book_content
from lifebook.store.db import Library


@contextmanager
def counted(library: Library) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(library.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(library.engine, "before_cursor_execute", count)


def test_a_book_loads_in_the_same_few_queries_at_12_pages_and_at_42(library: Library) -> None:
    result = demo.create_demo(library)
    book_id = result.book.id
    with counted(library) as small:
        before = load_book_content(library, book_id)
    photo_ids = [m.id for m in result.media]
    for n in range(30):
        page = pages.add_page(library, book_id, "two-photos")
        pages.place_photo(library, page.id, "photo1", photo_ids[n % len(photo_ids)])
        pages.place_photo(library, page.id, "photo2", photo_ids[(n + 1) % len(photo_ids)])
        pages.set_frame_text(library, page.id, "caption1", f"Page {n}")
    with counted(library) as large:
        after = load_book_content(library, book_id)
    assert len(after.pages) == len(before.pages) + 30
    placed = [f.media for p in after.pages for f in p.frames.values() if f.media is not None]
    assert len(placed) >= 60 and all(m.path.name.startswith(m.sha256) for m in placed)
    assert any(stop.photo is not None for stop in after.journey)  # the journey's photos came too
    assert any(member.photo is not None for member in after.family)  # and the family tree's
    assert len(large) == len(small)
    assert len(large) <= 12
