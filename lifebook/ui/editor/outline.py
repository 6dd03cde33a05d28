"""The section outline: the book's sections in order, each with its pages.

A section is a run of consecutive pages with the same section name, so a
name used twice in different places shows twice, where the reader meets it.
Clicking a section selects its first page; clicking a page selects it.

Sections can be added, renamed, moved up or down and removed here (the
context menu, or the buttons of ``SectionsPanel``); each is one undoable
edit on the document's undo stack (see section_commands.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QMenu,
    QMessageBox,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from lifebook.layout.templates import page_templates
from lifebook.model.content import PageContent
from lifebook.model.enums import BookKind
from lifebook.services.errors import ServiceError
from lifebook.ui.editor import section_commands
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


def _pages(count: int) -> str:
    return "1 page" if count == 1 else f"{count} pages"


class SectionOutline(QTreeView):
    """The book's sections and pages as a tree, kept in step with the document."""

    status_message = Signal(str)

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
        self.setAccessibleName(QCoreApplication.translate("SectionOutline", "Sections of the book"))
        self.setToolTip(QCoreApplication.translate("SectionOutline", "The book's sections and their pages. Click a page to go to it; drag pages between sections."))
        self._collapsed: set[tuple[int, str]] = set()  # (run number, name) the user folded away
        self._syncing = False
        self.selectionModel().currentChanged.connect(self._current_changed)
        self.clicked.connect(self._clicked)
        self.collapsed.connect(lambda idx: self._remember(idx, True))
        self.expanded.connect(lambda idx: self._remember(idx, False))
        doc.structure_changed_signal.connect(self._book_changed)
        doc.pages_changed.connect(self._book_changed)
        doc.selection.page_selected.connect(self._follow_selection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self._build_actions()
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
                count = _pages(len(pages))
                section = QStandardItem(name or NO_SECTION)
                font = QFont(self.font())
                font.setBold(True)
                section.setFont(font)
                section.setData(pages[0].page_id, PAGE_ID_ROLE)
                section.setData(True, IS_SECTION_ROLE)
                section.setData((run, name), RUN_ROLE)
                section.setToolTip(QCoreApplication.translate("SectionOutline", "{value0}: {count}. Click to go to its first page.").format(value0=name or NO_SECTION, count=count))
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
        self._update_actions()

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
            self._collapsed.add(key)
        else:
            self._collapsed.discard(key)

    # --- selection ---------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
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

    # --- section edits ---------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, slot, tip: str, shortcut: str | None = None) -> QAction:
            act = QAction(text, self)
            act.setToolTip(tip)
            act.setStatusTip(tip)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                self.addAction(act)
            act.triggered.connect(lambda _checked=False: slot())
            return act

        self.add_section_action = action(
            QCoreApplication.translate("SectionOutline", "Add section…"), self.ask_add_section,
            QCoreApplication.translate("SectionOutline", "Add a new section, with one page, after this section"))
        self.rename_section_action = action(
            QCoreApplication.translate("SectionOutline", "Rename section…"), self.ask_rename_section, QCoreApplication.translate("SectionOutline", "Rename this section on all its pages"), "F2")
        self.move_up_action = action(
            QCoreApplication.translate("SectionOutline", "Move section up"), lambda: self.move_section(self.current_run(), -1),
            QCoreApplication.translate("SectionOutline", "Move this section, with all its pages, before the one above"), "Alt+Up")
        self.move_down_action = action(
            QCoreApplication.translate("SectionOutline", "Move section down"), lambda: self.move_section(self.current_run(), 1),
            QCoreApplication.translate("SectionOutline", "Move this section, with all its pages, after the one below"), "Alt+Down")
        self.remove_section_action = action(
            QCoreApplication.translate("SectionOutline", "Remove section…"), self.ask_remove_section,
            QCoreApplication.translate("SectionOutline", "Remove this section: delete its pages, or move them into the section above"), "Del")

    def _update_actions(self) -> None:
        if not hasattr(self, "remove_section_action"):
            return
        run = self.current_run()
        runs = self.runs()
        has = run is not None
        self.rename_section_action.setEnabled(has)
        self.move_up_action.setEnabled(has and run > 0)  # type: ignore[operator]
        self.move_down_action.setEnabled(has and run < len(runs) - 1)  # type: ignore[operator]
        self.remove_section_action.setEnabled(has and len(runs) > 1)

    def runs(self) -> list[tuple[str, list[PageContent]]]:
        return section_runs(self.doc.pages)

    def current_run(self) -> int | None:
        """The section (run number) holding the current item, or the selected page."""
        index = self.currentIndex()
        if index.isValid():
            return index.row() if index.data(IS_SECTION_ROLE) else index.parent().row()
        page_id = self.doc.selection.page_id
        for run, (_name, pages) in enumerate(self.runs()):
            if any(p.page_id == page_id for p in pages):
                return run
        return None

    def _run(self, run: int | None) -> tuple[str, list[PageContent]] | None:
        runs = self.runs()
        return runs[run] if run is not None and 0 <= run < len(runs) else None

    def _try(self, work) -> bool:
        try:
            done = work()
        except ServiceError as exc:
            QMessageBox.warning(self, QCoreApplication.translate("SectionOutline", "Sections"), str(exc))
            return False
        return done is not False  # False: refused, and the notice under the page says why

    def add_section(self, name: str, after_run: int | None = None) -> int | None:
        """A new section of one text page after the given section (or the current one)."""
        after_run = self.current_run() if after_run is None else after_run
        found = self._run(after_run)
        after = found[1][-1].page_id if found else None
        added: list[int] = []
        if self._try(lambda: added.append(section_commands.add_section(self.doc, name, after))):
            self.status_message.emit(QCoreApplication.translate("SectionOutline", "Added the section “{value1}”. Undo with Ctrl+Z.").format(value1=name.strip()))
            return added[0]
        return None

    def rename_section(self, run: int | None, name: str) -> bool:
        found = self._run(run)
        if found is None or name.strip() == found[0]:
            return False
        ids = [p.page_id for p in found[1]]
        if self._try(lambda: section_commands.rename_section(self.doc, ids, name)):
            self.status_message.emit(QCoreApplication.translate("SectionOutline", "Renamed the section to “{value1}” on {value3}.").format(value1=name.strip(), value3=_pages(len(ids))))
            return True
        return False

    def move_section(self, run: int | None, delta: int) -> bool:
        """Move a section's pages as a block past the section above (-1) or below (+1)."""
        runs = self.runs()
        if run is None or not 0 <= run < len(runs) or not 0 <= run + delta < len(runs):
            return False
        blocks = [[p.page_id for p in pages] for _name, pages in runs]
        blocks[run], blocks[run + delta] = blocks[run + delta], blocks[run]
        order = [pid for block in blocks for pid in block]
        return self._try(lambda: section_commands.set_order(self.doc, "Move section", order))

    def remove_section(self, run: int | None, *, move_to_previous: bool = False) -> bool:
        """Delete the section's pages (undoable), or move them into the section above."""
        runs = self.runs()
        found = self._run(run)
        if found is None or len(runs) < 2:
            return False
        name, pages = found
        ids = [p.page_id for p in pages]
        if move_to_previous:
            if not run:
                return False
            previous = runs[run - 1][0]
            ok = self._try(lambda: section_commands.rename_section(self.doc, ids, previous))
            if ok:
                self.status_message.emit(QCoreApplication.translate("SectionOutline", "Moved {value1} into “{previous}”. Undo with Ctrl+Z.").format(value1=_pages(len(ids)), previous=previous))
            return ok
        neighbour = runs[run + 1] if run + 1 < len(runs) else runs[run - 1]  # type: ignore[operator]
        if not self._try(lambda: section_commands.remove_section(self.doc, ids)):
            return False
        self.doc.selection.select_page(neighbour[1][0].page_id)
        self.status_message.emit(
            QCoreApplication.translate("SectionOutline", "Removed “{value1}” and its {value3}. Undo with Ctrl+Z.").format(value1=name or NO_SECTION, value3=_pages(len(ids))))
        return True

    # --- asking the user ---------------------------------------------------------------

    def ask_add_section(self) -> None:
        name, ok = QInputDialog.getText(self, QCoreApplication.translate("SectionOutline", "Add a section"), QCoreApplication.translate("SectionOutline", "Name of the new section:"),
                                        text="New section")
        if ok and name.strip():
            self.add_section(name)

    def ask_rename_section(self, run: int | None = None) -> None:
        run = self.current_run() if run is None else run
        found = self._run(run)
        if found is None:
            return
        name, ok = QInputDialog.getText(
            self, QCoreApplication.translate("SectionOutline", "Rename section"), QCoreApplication.translate("SectionOutline", "New name for “{value1}” ({value3}):").format(value1=found[0] or NO_SECTION, value3=_pages(len(found[1]))),
            text=found[0])
        if ok and name.strip():
            self.rename_section(run, name)

    def ask_remove_section(self, run: int | None = None) -> None:
        run = self.current_run() if run is None else run
        runs = self.runs()
        found = self._run(run)
        if found is None or len(runs) < 2:
            return
        name, pages = found
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("SectionOutline", "Remove section"))
        box.setText(QCoreApplication.translate("SectionOutline", "Remove the section “{value1}” and its {value3}?").format(value1=name or NO_SECTION, value3=_pages(len(pages))))
        box.setInformativeText(QCoreApplication.translate("SectionOutline", "Deleting its pages can be undone with Ctrl+Z while the book is open."))
        delete = box.addButton(QCoreApplication.translate("SectionOutline", "Delete {value1}").format(value1=_pages(len(pages))), QMessageBox.ButtonRole.DestructiveRole)
        move = None
        if run:
            previous = runs[run - 1][0] or NO_SECTION
            move = box.addButton(QCoreApplication.translate("SectionOutline", "Move pages into “{previous}”").format(previous=previous), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        if box.clickedButton() is delete:
            self.remove_section(run)
        elif move is not None and box.clickedButton() is move:
            self.remove_section(run, move_to_previous=True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        # the tree view takes Alt+arrows and Delete for itself, so the actions'
        # shortcuts are matched here too (F2 reaches its action either way)
        pressed = QKeySequence(event.keyCombination())
        for act in (self.rename_section_action, self.move_up_action, self.move_down_action,
                    self.remove_section_action):
            if act.shortcut() == pressed:
                if act.isEnabled():
                    act.trigger()
                event.accept()
                return
        super().keyPressEvent(event)

    def build_context_menu(self) -> QMenu:
        from lifebook.ui.letter_actions import for_later_action

        menu = QMenu(self)
        for act in (self.add_section_action, self.rename_section_action, None, self.move_up_action,
                    self.move_down_action, None, self.remove_section_action):
            menu.addSeparator() if act is None else menu.addAction(act)
        if self.doc.content.kind == BookKind.LATER_LIFE_LETTER:  # a letter's parts for later
            later = for_later_action(self, menu)
            later.update_state()  # type: ignore[attr-defined]
            menu.addSeparator()
            menu.addAction(later)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if index.isValid():
            self.setCurrentIndex(index)
        self._update_actions()
        self.build_context_menu().exec(self.viewport().mapToGlobal(pos))


class SectionsPanel(QWidget):
    """The outline with buttons to add, rename, move and remove sections."""

    def __init__(self, outline: SectionOutline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outline = outline
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(outline, 1)
        row = QHBoxLayout()
        row.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for key, act, label in (
            ("add", outline.add_section_action, QCoreApplication.translate("SectionsPanel", "Add…")),
            ("rename", outline.rename_section_action, QCoreApplication.translate("SectionsPanel", "Rename…")),
            ("up", outline.move_up_action, "▲"),
            ("down", outline.move_down_action, "▼"),
            ("remove", outline.remove_section_action, QCoreApplication.translate("SectionsPanel", "Remove…")),
        ):
            button = QToolButton()
            button.setDefaultAction(act)
            button.setText(label)
            button.setAccessibleName(act.text().rstrip("…"))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

