"""Undo commands over the services.

Every edit goes through a service and is committed at once (autosave).
Undo restores snapshots taken through the services too, so undo and redo
are themselves committed edits: closing the window loses nothing, whatever
the undo position.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from lifebook.services import pages as page_service

if TYPE_CHECKING:
    from lifebook.ui.editor.document import BookDocument

TEXT_MERGE_ID = 1001


class PageEditCommand(QUndoCommand):
    """An edit confined to some pages: undo puts their snapshots back."""

    def __init__(
        self,
        doc: BookDocument,
        text: str,
        page_ids: list[int],
        action: Callable[[], object],
        merge_key: tuple | None = None,
    ) -> None:
        super().__init__(text)
        self.doc = doc
        self.page_ids = page_ids
        self.action = action
        self.merge_key = merge_key
        self.before = [page_service.snapshot_page(doc.library, pid) for pid in page_ids]
        self.after: list[dict] | None = None
        self.result: object = None

    def redo(self) -> None:
        if self.after is None:
            self.result = self.action()
            self.after = [page_service.snapshot_page(self.doc.library, pid) for pid in self.page_ids]
        else:
            for snap in self.after:
                page_service.restore_page(self.doc.library, snap, "redo")
        self.doc.pages_edited(self.page_ids)

    def undo(self) -> None:
        for snap in self.before:
            page_service.restore_page(self.doc.library, snap, "undo")
        self.doc.pages_edited(self.page_ids)

    def id(self) -> int:  # Qt override
        return TEXT_MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # Qt override
        if not isinstance(other, PageEditCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after  # typing in one frame is one undo step
        return True


class PageOrderCommand(QUndoCommand):
    def __init__(self, doc: BookDocument, text: str, new_order: list[int]) -> None:
        super().__init__(text)
        self.doc = doc
        self.before = page_service.page_order(doc.library, doc.book_id)
        self.after = new_order

    def redo(self) -> None:
        page_service.set_page_order(self.doc.library, self.doc.book_id, self.after)
        self.doc.structure_changed()

    def undo(self) -> None:
        page_service.set_page_order(self.doc.library, self.doc.book_id, self.before)
        self.doc.structure_changed()


class AddPageCommand(QUndoCommand):
    """Adding or duplicating a page; undo deletes it, redo brings the same page back."""

    def __init__(self, doc: BookDocument, text: str, create: Callable[[], dict]) -> None:
        super().__init__(text)
        self.doc = doc
        self.create = create
        self.page_id: int | None = None
        self.snapshot: dict | None = None

    def redo(self) -> None:
        if self.snapshot is None:
            self.page_id = self.create()["id"]
        else:
            page_service.restore_page(self.doc.library, self.snapshot, "redo add page")
        self.doc.structure_changed(select=self.page_id)

    def undo(self) -> None:
        assert self.page_id is not None
        self.snapshot = page_service.delete_page(self.doc.library, self.page_id)
        self.doc.structure_changed()


class DeletePageCommand(QUndoCommand):
    def __init__(self, doc: BookDocument, page_id: int) -> None:
        super().__init__("Delete page")
        self.doc = doc
        self.page_id = page_id
        self.snapshot: dict | None = None

    def redo(self) -> None:
        self.snapshot = page_service.delete_page(self.doc.library, self.page_id)
        self.doc.structure_changed()

    def undo(self) -> None:
        assert self.snapshot is not None
        page_service.restore_page(self.doc.library, self.snapshot, "undo delete page")
        self.doc.structure_changed(select=self.page_id)
