"""A book's "last changed" time follows every change to what it prints.

``Book.updated_at`` moves when the book's own row changes; this hook moves
it too when one of its pages or frames is added, changed or deleted, when a
photo it shows changes (a caption, a rotation), or when its child's record
changes (the name on the cover). The exported PDF's dates are this time, so
an unchanged book exports byte-identical and a changed one never does.

Registered once for every session (``install``), from lifebook.store.db.
"""

from __future__ import annotations

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from lifebook.store.models import Book, Child, FrameContentRow, MediaItem, Page, utcnow

_installed = False


def install() -> None:
    global _installed
    if not _installed:
        event.listen(Session, "before_flush", _touch_books)
        _installed = True


def _touch_books(session: Session, _context: object, _instances: object) -> None:
    books: set[int] = set()
    media: set[int] = set()
    children: set[int] = set()
    changed = [o for o in session.dirty if session.is_modified(o)]
    with session.no_autoflush:
        for obj in (*session.new, *changed, *session.deleted):
            if isinstance(obj, Page):
                books.add(obj.book_id if obj.book_id is not None else getattr(obj.book, "id", None))
            elif isinstance(obj, FrameContentRow):
                page = obj.page if obj.page is not None or obj.page_id is None \
                    else session.get(Page, obj.page_id)
                if page is not None:
                    books.add(page.book_id)
            elif isinstance(obj, MediaItem) and obj in changed:
                media.add(obj.id)
            elif isinstance(obj, Child) and obj in changed:
                children.add(obj.id)
        if media:
            books |= set(session.scalars(
                select(Page.book_id).join(FrameContentRow, FrameContentRow.page_id == Page.id)
                .where(FrameContentRow.media_id.in_(media))))
        if children:
            books |= set(session.scalars(select(Book.id).where(Book.child_id.in_(children))))
        now = utcnow()
        for book_id in books - {None}:
            book = session.get(Book, book_id)
            if book is not None and book not in session.deleted:
                book.updated_at = now
