"""Undo commands over the services.

Every edit goes through a service and is committed at once (autosave).
Undo restores snapshots taken through the services too, so undo and redo
are themselves committed edits: closing the window loses nothing, whatever
the undo position.

An edit is made *before* its command is pushed (see BookDocument): if the
service refuses it, nothing reaches the undo stack. A command's first
``redo`` (which QUndoStack.push calls) therefore only announces the change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from lifebook.services import pages as page_service

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

    def reapply(self) -> None:
        for snap in self.after:
            page_service.restore_page(self.doc.library, snap, "redo")
        self.doc.saved(self.page_ids)

    def announce(self) -> None:
        self.doc.pages_edited(self.page_ids)

    def undo(self) -> None:
        for snap in self.before:
            page_service.restore_page(self.doc.library, snap, "undo")
        self.doc.saved(self.page_ids)
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

    def reapply(self) -> None:
        assert self.snapshot is not None
        page_service.restore_page(self.doc.library, self.snapshot, "redo add page")

    def announce(self) -> None:
        self.doc.structure_changed(select=self.page_id)

    def undo(self) -> None:
        self.snapshot = page_service.delete_page(self.doc.library, self.page_id)
        self.doc.structure_changed()


class DeletePageCommand(_Applied):
    def __init__(self, doc: BookDocument, snapshot: dict) -> None:
        super().__init__(doc, "Delete page")
        self.snapshot = snapshot

    def reapply(self) -> None:
        page_service.delete_page(self.doc.library, self.snapshot["id"])

    def undo(self) -> None:
        page_service.restore_page(self.doc.library, self.snapshot, "undo delete page")
        self.doc.structure_changed(select=self.snapshot["id"])
