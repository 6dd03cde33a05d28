"""The section outline: the book's sections in order, each with its pages.

A section is a run of consecutive pages with the same section name, so a
name used twice in different places shows twice, where the reader meets it.
Clicking a section selects its first page; clicking a page selects it.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from lifebook.layout.templates import page_templates
from lifebook.model.content import PageContent
from lifebook.ui.editor.document import BookDocument

PAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
IS_SECTION_ROLE = Qt.ItemDataRole.UserRole + 2
RUN_ROLE = Qt.ItemDataRole.UserRole + 3  # (run number, name): which folded sections to keep folded
NO_SECTION = "Pages without a section"


def section_runs(pages: tuple[PageContent, ...] | list[PageContent]) -> list[tuple[str, list[PageContent]]]:
    """Consecutive pages grouped by section name, in book order."""
    runs: list[tuple[str, list[PageContent]]] = []
    for page in pages:
        if runs and runs[-1][0] == page.section:
            runs[-1][1].append(page)
        else:
            runs.append((page.section, [page]))
    return runs


def page_label(page: PageContent) -> str:
    """'Page 4 – photo and text'."""
    template = page_templates().get(page.template)
    name = template.name if template else page.template.replace("-", " ")
    return f"Page {page.number} – {name[:1].lower()}{name[1:]}"


class SectionOutline(QTreeView):
    """The book's sections and pages as a tree, kept in step with the document."""

    def __init__(self, doc: BookDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setObjectName("sectionOutline")
        self.outline_model = QStandardItemModel(self)
        self.setModel(self.outline_model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setExpandsOnDoubleClick(True)
        self.setAccessibleName("Sections of the book")
        self._collapsed: set[tuple[int, str]] = set()  # (run number, name) the user folded away
        self._syncing = False
        self.selectionModel().currentChanged.connect(self._current_changed)
        self.clicked.connect(self._clicked)
        self.collapsed.connect(lambda idx: self._remember(idx, True))
        self.expanded.connect(lambda idx: self._remember(idx, False))
        doc.structure_changed_signal.connect(self._book_changed)
        doc.pages_changed.connect(self._book_changed)
        doc.selection.page_selected.connect(self._follow_selection)
        self.refresh()

    # --- building -------------------------------------------------------------------

    def _book_changed(self, _what: object = None) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Rebuild from the document, keeping folded sections folded."""
        self._syncing = True
        try:
            self.outline_model.clear()
            root = self.outline_model.invisibleRootItem()
            for run, (name, pages) in enumerate(section_runs(self.doc.pages)):
                count = "1 page" if len(pages) == 1 else f"{len(pages)} pages"
                section = QStandardItem(name or NO_SECTION)
                font = QFont(self.font())
                font.setBold(True)
                section.setFont(font)
                section.setData(pages[0].page_id, PAGE_ID_ROLE)
                section.setData(True, IS_SECTION_ROLE)
                section.setData((run, name), RUN_ROLE)
                section.setToolTip(f"{name or NO_SECTION}: {count}. Click to go to its first page.")
                section.setEditable(False)
                for page in pages:
                    child = QStandardItem(page_label(page))
                    child.setData(page.page_id, PAGE_ID_ROLE)
                    child.setData(False, IS_SECTION_ROLE)
                    child.setEditable(False)
                    section.appendRow(child)
                root.appendRow(section)
                if (run, name) not in self._collapsed:
                    self.expand(section.index())
        finally:
            self._syncing = False
        self._follow_selection(self.doc.selection.page_id)

    def section_names(self) -> list[str]:
        """The sections as listed, top to bottom (for tests and screen readers)."""
        return [str(self.outline_model.item(r).text()) for r in range(self.outline_model.rowCount())]

    def page_index(self, page_id: int) -> QModelIndex:
        for r in range(self.outline_model.rowCount()):
            section = self.outline_model.item(r)
            for c in range(section.rowCount()):
                if section.child(c).data(PAGE_ID_ROLE) == page_id:
                    return section.child(c).index()
        return QModelIndex()

    def _remember(self, index: QModelIndex, folded: bool) -> None:
        if self._syncing:
            return
        key = index.data(RUN_ROLE)
        if key is None:
            return
        key = tuple(key)
        if folded:
            self._collapsed.add(key)  # type: ignore[arg-type]
        else:
            self._collapsed.discard(key)  # type: ignore[arg-type]

    # --- selection ---------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing:
            self._go_to(current)

    def _clicked(self, index: QModelIndex) -> None:
        self._go_to(index)  # clicking the section already current still goes to its first page

    def _go_to(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        page_id = index.data(PAGE_ID_ROLE)
        if page_id is not None:
            self.doc.selection.select_page(int(page_id))

    def _follow_selection(self, page_id: int | None) -> None:
        if page_id is None:
            return
        idx = self.page_index(page_id)
        if not idx.isValid():
            return
        if not self.isExpanded(idx.parent()):
            idx = idx.parent()  # a folded section stays folded; show it as the place instead
        if idx == self.currentIndex():
            return
        self._syncing = True
        try:
            self.selectionModel().setCurrentIndex(
                idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._syncing = False
        self.scrollTo(idx)
