"""Bringing a book's photos to this laptop before its editor opens (a team library).

On a team server the originals live in the database (``store.server_media``); the
laptop keeps a read-through cache. Opening a book reads every photo it shows, so on
a laptop that has not seen them yet the first opening would fetch them one by one
while the window waits. ``fetch_book_photos`` does that work first, in the
background, with progress and a Cancel button (the window's job runner): what was
fetched before a cancel stays in the cache, so the next try goes on from there.

A laptop library has nothing to fetch: ``needs_fetching`` says so without reading
anything, and the book opens at once.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from lifebook.i18n import translate
from lifebook.store.db import Library
from lifebook.store.models import Book, FrameContentRow, MediaItem, Page, Person
from lifebook.store.server_media import ServerMediaStore

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]


def needs_fetching(library: Library) -> bool:
    """Whether this library's photos may have to come from a server first."""
    return isinstance(library.media, ServerMediaStore)


def book_photo_files(library: Library, book_id: int) -> list[tuple[str, str]]:
    """(sha256, format) of every photo the book shows: its pages' and its family tree's."""
    with library.session() as s:
        on_pages = s.execute(
            select(MediaItem.sha256, MediaItem.format)
            .join(FrameContentRow, FrameContentRow.media_id == MediaItem.id)
            .join(Page, Page.id == FrameContentRow.page_id)
            .where(Page.book_id == book_id)).all()
        of_people = s.execute(
            select(MediaItem.sha256, MediaItem.format)
            .join(Person, Person.photo_media_id == MediaItem.id)
            .join(Book, Book.child_id == Person.child_id)
            .where(Book.id == book_id)).all()
    return sorted({(str(sha), str(fmt)) for sha, fmt in (*on_pages, *of_people)})


def fetch_book_photos(library: Library, book_id: int, progress: Progress | None = None,
                      cancel: Cancel | None = None) -> bool:
    """Make sure each of the book's originals is on this laptop; False when cancelled.

    A photo the server cannot give (gone, or not this login's) is left to show as
    missing in the editor, as it would anyway.
    """
    if not needs_fetching(library):
        return True
    files = book_photo_files(library, book_id)
    for done, (sha, fmt) in enumerate(files):
        if cancel is not None and cancel():
            return False
        if progress is not None:
            progress(done, len(files), translate(
                "services.photo_cache", "Bringing photo {number} of {total} from the team server…"
            ).format(number=done + 1, total=len(files)))
        library.media.path_for(sha, fmt)
    if progress is not None:
        progress(len(files), len(files), translate(
            "services.photo_cache", "The book's photos are on this laptop."))
    return True
