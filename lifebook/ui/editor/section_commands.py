"""Undoable section edits: add, rename, reorder and remove, through the services.

Each edit is made (and committed) first, then recorded on the document's
undo stack, like every other edit (see commands.py). Renaming or removing a
section is made on the versions of its pages this window knows: if someone else
changed one of them since, nothing is changed and the notice says so
(refusals.py); the functions then return False.
"""

from __future__ import annotations

from lifebook.services import pages as page_service
from lifebook.services import sections as section_service
from lifebook.services.errors import PageChanged
from lifebook.ui.editor.commands import AddPageCommand, PageEditCommand, PageOrderCommand, _Applied
from lifebook.ui.editor.document import BookDocument
from lifebook.ui.editor.refusals import refused_edit


class DeletePagesCommand(_Applied):
    """Several pages deleted in one action; undo puts each back where it was."""

    def __init__(self, doc: BookDocument, text: str, snapshots: list[dict]) -> None:
        super().__init__(doc, text)
        self.snapshots = snapshots  # in book order
        self.kept = False  # its redo was refused: the pages were not deleted again

    def reapply(self) -> None:
        ids = [s["id"] for s in self.snapshots]
        try:
            section_service.delete_pages(self.doc.library, ids,
                                         expected_versions=self.doc.known_versions(ids))
        except PageChanged as refused:
            refused_edit(self.doc, ids, "Redo", refused)
            self.kept = True

    def undo(self) -> None:
        if self.kept:  # nothing to bring back, and no newer change of theirs to write over
            self.kept = False
            return
        for snap in self.snapshots:
            page_service.restore_page(self.doc.library, snap, "undo delete section")
        self.doc.structure_changed(select=self.snapshots[0]["id"])


def rename_section(doc: BookDocument, page_ids: list[int], name: str) -> bool:
    before = [page_service.snapshot_page(doc.library, pid) for pid in page_ids]
    try:
        section_service.rename_section(doc.library, page_ids, name,
                                       expected_versions=doc.known_versions(page_ids))
    except PageChanged as refused:
        refused_edit(doc, page_ids, "Rename section", refused)
        return False
    doc.saved(page_ids)  # this window's own change: no "changed a moment ago" on the next save
    after = [page_service.snapshot_page(doc.library, pid) for pid in page_ids]
    doc.undo_stack.push(PageEditCommand(doc, "Rename section", page_ids, before, after))
    return True


def add_section(doc: BookDocument, name: str, after_page_id: int | None) -> int:
    page = section_service.add_section(doc.library, doc.book_id, name, after_page_id=after_page_id)
    doc.undo_stack.push(AddPageCommand(doc, "Add section", page.id))
    return page.id


def set_order(doc: BookDocument, text: str, order: list[int]) -> None:
    before = [p.page_id for p in doc.pages]
    if order == before:
        return
    page_service.set_page_order(doc.library, doc.book_id, order)
    doc.undo_stack.push(PageOrderCommand(doc, text, before, order))


def remove_section(doc: BookDocument, page_ids: list[int]) -> bool:
    try:
        snapshots = section_service.delete_pages(doc.library, page_ids,
                                                 expected_versions=doc.known_versions(page_ids))
    except PageChanged as refused:
        refused_edit(doc, page_ids, "Remove section", refused)
        return False
    doc.undo_stack.push(DeletePagesCommand(doc, "Remove section", snapshots))
    return True
