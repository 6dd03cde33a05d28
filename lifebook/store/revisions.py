"""Editing an approved book starts a new draft revision: the one place that notices.

Every edit of a book's content (its pages, what their frames hold, its title
or trim) goes through a write session; ``watch_edits`` hooks those sessions'
flushes, so no service has to remember the rule. When the edited book is
approved or delivered, it becomes a draft again with the next revision
number, and the move is recorded in ``book_status_changes`` (who, when,
why) in the same transaction as the edit itself. The approved revision is
kept frozen (``book_revisions``), so it can still be exported as approved.

Books in the other states keep their status when edited: a book waiting for
QA or with changes requested is still being worked on.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from lifebook.model.enums import BookStatus
from lifebook.store.models import AuditEntry, Book, BookStatusChange, FrameContentRow, Page

MADE_HERE = "lifebook_books_made_here"  # session.info key: ids of books created in this session
REOPENING = (BookStatus.APPROVED.value, BookStatus.HANDED_OVER.value)
BOOK_CONTENT_FIELDS = ("title", "trim")


def reopened_comment(revision: int) -> str:
    return (f"Changed after approval, so revision {revision} is a draft and needs "
            "quality assurance (QA) again.")


def watch_edits(sessions: sessionmaker, actor: Callable[[], str]) -> None:
    """Hook ``sessions`` so an edit to an approved or delivered book reopens it as a draft."""

    def before_flush(session: Session, _context: object, _instances: object) -> None:
        with session.no_autoflush:
            for book in _edited_books(session):
                _reopen(session, book, actor())

    def after_flush(session: Session, _context: object) -> None:
        # a book made in this transaction (new, copied, or brought back by undo) is not
        # being edited as its pages are added
        made = session.info.setdefault(MADE_HERE, set())
        made.update(obj.id for obj in session.new if isinstance(obj, Book))

    event.listen(sessions, "before_flush", before_flush)
    event.listen(sessions, "after_flush", after_flush)


def _edited_books(session: Session) -> list[Book]:
    ids: set[int] = set()
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        book_id = _book_of(session, obj)
        if book_id is not None:
            ids.add(book_id)
    books = []
    for book_id in sorted(ids - session.info.get(MADE_HERE, set())):
        book = session.get(Book, book_id)
        if book is not None and book not in session.deleted and book not in session.new:
            books.append(book)
    return books


def _book_of(session: Session, obj: object) -> int | None:
    """The id of the stored book whose content ``obj``'s change alters, or None."""
    if isinstance(obj, Book):
        if obj in session.dirty and _changed(obj, BOOK_CONTENT_FIELDS):
            return obj.id
        return None
    if isinstance(obj, Page):
        if obj in session.dirty and not session.is_modified(obj, include_collections=False):
            return None
        return obj.book_id if obj.book_id is not None else (obj.book.id if obj.book else None)
    if isinstance(obj, FrameContentRow):
        if obj in session.new and not (obj.text or obj.media_id or obj.media is not None):
            return None  # an empty frame row holds nothing yet: the book looks the same
        if obj in session.dirty and not session.is_modified(obj, include_collections=False):
            return None
        page = obj.page if obj.page is not None else (
            session.get(Page, obj.page_id) if obj.page_id is not None else None)
        if page is None:
            return None
        return page.book_id if page.book_id is not None else (page.book.id if page.book else None)
    return None


def _changed(obj: object, fields: tuple[str, ...]) -> bool:
    state = inspect(obj)
    return any(state.attrs[name].history.has_changes() for name in fields)


def _reopen(session: Session, book: Book, who: str) -> None:
    if book.status not in REOPENING:
        return
    before = book.status
    book.status = BookStatus.DRAFT.value
    book.revision = (book.revision or 1) + 1
    comment = reopened_comment(book.revision)
    session.add(BookStatusChange(book_id=book.id, from_status=before,
                                 to_status=BookStatus.DRAFT.value, by=who, comment=comment))
    session.add(AuditEntry(actor=who, action="new draft revision", object_type="book",
                           object_id=book.id,
                           detail=json.dumps({"revision": book.revision, "was": before})))
