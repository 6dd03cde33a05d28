"""Undo commands over the services.

Every edit goes through a service and is committed at once (autosave).
Undo restores snapshots taken through the services too, so undo and redo
are themselves committed edits: closing the window loses nothing, whatever
the undo position.

An edit is made *before* its command is pushed (see BookDocument): if the
service refuses it, nothing reaches the undo stack. A command's first
``redo`` (which QUndoStack.push calls) therefore only announces the change.

Undo and redo are page edits like any other: each passes the versions of the
pages this window knows, and is refused (nothing stored, the page reloaded, a
notice saying so: refusals.py) when someone else has changed the page since,
whether this window has shown their change yet or not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from lifebook.services import pages as page_service
from lifebook.services.errors import PageChanged
from lifebook.ui.editor.refusals import refused_edit

if TYPE_CHECKING:
    from lifebook.ui.editor.document import BookDocument

MERGE_ID = 1001


class _Applied(QUndoCommand):
    def __init__(self, doc: BookDocument, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self._fresh = True  # applied already, before the push

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
        else:
            self.reapply()
        self.announce()

    def reapply(self) -> None:
        raise NotImplementedError

    def announce(self) -> None:
        self.doc.structure_changed()


class PageEditCommand(_Applied):
    """An edit confined to some pages: undo puts their snapshots back."""

    def __init__(self, doc: BookDocument, text: str, page_ids: list[int], before: list[dict],
                 after: list[dict], merge_key: tuple | None = None) -> None:
        super().__init__(doc, text)
        self.page_ids = page_ids
        self.before = before
        self.after = after
        self.merge_key = merge_key
        self.stamps = doc.stamps(page_ids)  # others' changes taken in when it was made

    def _restore(self, snapshots: list[dict], label: str) -> bool:
        """Put the pages back as snapshotted, unless someone else changed one since."""
        since = self.doc.changed_since(self.stamps)
        try:
            if since is not None:
                raise since
            page_service.restore_pages(self.doc.library, snapshots, label.lower(),
                                       expected_versions=self.doc.known_versions(self.page_ids))
        except PageChanged as refused:
            refused_edit(self.doc, self.page_ids, label, refused, since=since is not None)
            return False
        self.doc.saved(self.page_ids)
        return True

    def reapply(self) -> None:
        self._restore(self.after, "Redo")

    def announce(self) -> None:
        self.doc.pages_edited(self.page_ids)

    def undo(self) -> None:
        if self._restore(self.before, "Undo"):
            self.announce()

    def id(self) -> int:  # Qt override
        return MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # Qt override
        if not isinstance(other, PageEditCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after  # typing in one frame is one undo step
        return True


class PageOrderCommand(_Applied):
    def __init__(self, doc: BookDocument, text: str, before: list[int], after: list[int]) -> None:
        super().__init__(doc, text)
        self.before = before
        self.after = after

    def reapply(self) -> None:
        page_service.set_page_order(self.doc.library, self.doc.book_id, self.after)

    def undo(self) -> None:
        page_service.set_page_order(self.doc.library, self.doc.book_id, self.before)
        self.announce()


class AddPageCommand(_Applied):
    """A page that was added or duplicated; undo deletes it, redo brings the same page back."""

    def __init__(self, doc: BookDocument, text: str, page_id: int) -> None:
        super().__init__(doc, text)
        self.page_id = page_id
        self.snapshot: dict | None = None
        self.kept = False  # its undo was refused: the page is still there
        self.stamps = doc.stamps([page_id])

    def reapply(self) -> None:
        if self.kept:
            self.kept = False
            return
        assert self.snapshot is not None
        page_service.restore_page(self.doc.library, self.snapshot, "redo add page")

    def announce(self) -> None:
        self.doc.structure_changed(select=self.page_id)

    def undo(self) -> None:
        since = self.doc.changed_since(self.stamps)
        try:
            if since is not None:
                raise since
            self.snapshot = page_service.delete_page(self.doc.library, self.page_id,
                                                     expected_version=self.doc.known_version(self.page_id))
        except PageChanged as refused:  # someone else has worked on the new page: it stays
            refused_edit(self.doc, [self.page_id], "Undo", refused, since=since is not None)
            self.kept = True
            return
        self.doc.structure_changed()


class DeletePageCommand(_Applied):
    def __init__(self, doc: BookDocument, snapshot: dict) -> None:
        super().__init__(doc, "Delete page")
        self.snapshot = snapshot
        self.kept = False  # its redo was refused: the page was not deleted again

    def reapply(self) -> None:
        page_id = self.snapshot["id"]
        try:
            page_service.delete_page(self.doc.library, page_id,
                                     expected_version=self.doc.known_version(page_id))
        except PageChanged as refused:
            refused_edit(self.doc, [page_id], "Redo", refused)
            self.kept = True

    def undo(self) -> None:
        if self.kept:  # nothing to bring back (and no newer change of theirs to write over)
            self.kept = False
            return
        page_service.restore_page(self.doc.library, self.snapshot, "undo delete page")
        self.doc.structure_changed(select=self.snapshot["id"])
