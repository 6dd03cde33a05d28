"""A page's version number moves with every change to what it shows: the one place that counts.

Two people can have the same page open (on a team server, or two windows on one
library). Each save says which version of the page it was made on; a save made
on an out-of-date page is refused (``services.pages``) rather than overwriting
someone else's words. ``watch_pages`` hooks the write sessions' flushes, so no
service has to remember to count: a page's version goes up by one for each
user action (one transaction) that changes it, and ``changed_by`` names who
changed it, whenever its template, section, prompt or letter part changes, or
one of its frames is added, changed or emptied. A new page (added, copied, or
brought back by undo) starts at its version and names who added it. Moving a
page within its book (its position) is not a change to the page.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from lifebook.store.models import FrameContentRow, Page

COUNTED = "lifebook_pages_counted"  # session.info key: pages this action moved (or made)
NOT_CONTENT = {"position", "version", "changed_by", "book", "book_id"}


def watch_pages(sessions: sessionmaker, actor: Callable[[], str]) -> None:
    def before_flush(session: Session, _context: object, _instances: object) -> None:
        # once per page per user action, however many flushes the action makes (a write
        # session lives for one transaction: Library.transaction)
        counted = session.info.setdefault(COUNTED, set())
        for obj in session.new:
            if isinstance(obj, Page):  # a new page (added, copied, brought back) names its maker
                obj.changed_by = actor()[:100]
        with session.no_autoflush:
            for page in _changed_pages(session):
                if page.id in counted:
                    continue
                counted.add(page.id)
                page.version = (page.version or 1) + 1
                page.changed_by = actor()[:100]

    def after_flush(session: Session, _context: object) -> None:
        # a page made in this action (new, copied, or brought back by undo) starts where it
        # starts; filling in its frames later in the same action is not a change to it
        session.info.setdefault(COUNTED, set()).update(
            obj.id for obj in session.new if isinstance(obj, Page))

    event.listen(sessions, "before_flush", before_flush)
    event.listen(sessions, "after_flush", after_flush)


def _changed_pages(session: Session) -> list[Page]:
    pages: dict[int, Page] = {}
    for obj in (*session.new, *session.dirty, *session.deleted):
        page: Page | None = None
        if isinstance(obj, Page) and obj in session.dirty:
            state = inspect(obj)
            if any(a.history.has_changes() for a in state.attrs if a.key not in NOT_CONTENT):
                page = obj
        elif isinstance(obj, FrameContentRow):
            if obj in session.dirty and not session.is_modified(obj, include_collections=False):
                continue
            page = obj.page if obj.page is not None else (
                session.get(Page, obj.page_id) if obj.page_id is not None else None)
        if page is not None and page.id is not None and page not in session.new \
                and page not in session.deleted:
            pages[page.id] = page
    return list(pages.values())
