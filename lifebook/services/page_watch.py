"""What someone else changed in an open book since this window last looked: one read.

The editor remembers each page's version (as it loaded or saved it) and the
order of the pages. ``book_changes`` compares those with the book as stored now.
A page whose version moved was changed by someone else (this window keeps its
own saves' versions in step); pages added, deleted or moved are a change to the
book's order. The watcher that says when to look is ``store.page_notify``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass

from sqlalchemy import select

from lifebook.store.db import Library
from lifebook.store.models import Page
from lifebook.store.page_notify import PollWatch, watch_book

__all__ = ["BookChanges", "PageChange", "PollWatch", "book_changes", "watch_book"]


@dataclass(frozen=True)
class PageChange:
    page_id: int
    version: int
    changed_by: str  # the login or name of whoever changed it last ("" if unknown)


@dataclass(frozen=True)
class BookChanges:
    changed: tuple[PageChange, ...] = ()  # pages this window knows, at a newer version
    added: tuple[PageChange, ...] = ()  # pages this window has not seen
    removed: tuple[int, ...] = ()  # pages this window shows that are gone
    reordered: bool = False  # the same pages in another order

    @property
    def empty(self) -> bool:
        return not (self.changed or self.added or self.removed or self.reordered)

    @property
    def structure(self) -> bool:
        """Pages came, went or moved: the page strip needs rebuilding, not only redrawing."""
        return bool(self.added or self.removed or self.reordered)

    def as_dict(self) -> dict:
        return asdict(self)


def book_changes(library: Library, book_id: int, known: Mapping[int, int],
                 order: Sequence[int]) -> BookChanges:
    """The book's pages now against ``known`` (page id -> version) and ``order`` (page ids)."""
    with library.session() as s:
        rows = s.execute(select(Page.id, Page.version, Page.changed_by)
                         .where(Page.book_id == book_id)
                         .order_by(Page.position, Page.id)).all()
    now = [PageChange(r.id, r.version, r.changed_by or "") for r in rows]
    ids = {c.page_id for c in now}
    changed = tuple(c for c in now if c.page_id in known and known[c.page_id] != c.version)
    added = tuple(c for c in now if c.page_id not in known)
    removed = tuple(pid for pid in order if pid not in ids)
    shown = set(order)  # (a letter's parts kept for later are known but not shown)
    reordered = [c.page_id for c in now if c.page_id in shown] != [p for p in order if p in ids]
    return BookChanges(changed, added, removed, reordered)
