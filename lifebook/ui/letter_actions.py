"""Later life letters in the window: a copy for a sibling, and sections kept for a later age.

- File > Copy letter for a sibling… (the chosen book must be a later life
  letter): choose the brother or sister; both letters then carry a notice in
  the checks until each is made its child's own.
- In the editor's Sections panel, "Keep this part for later" marks the chosen
  section of a letter; the export dialog then offers the letter for now, the
  part for later, or all of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from lifebook.model.enums import BookKind
from lifebook.services import books as book_service
from lifebook.services import children as child_service
from lifebook.services.errors import PageChanged, ServiceError
from lifebook.services.letters import copy_letter_for_sibling, set_for_later
from lifebook.ui.editor.refusals import refused_edit

if TYPE_CHECKING:
    from lifebook.ui.editor.outline import SectionOutline
    from lifebook.ui.main_window import MainWindow


def sibling_letter_action(window: MainWindow) -> QAction:
    action = QAction(QCoreApplication.translate("letter_actions", "Copy letter for a &sibling…"), window)
    action.setToolTip(QCoreApplication.translate("letter_actions", "Copy the chosen later life letter into a brother's or sister's record, "
                      "to make it their own"))
    action.triggered.connect(lambda: copy_for_sibling(window))
    return action


def copy_for_sibling(window: MainWindow, sibling_id: int | None = None) -> int | None:
    """Copy the chosen letter for a sibling; returns the new book's id (None if not done)."""
    book_id = window.chosen_book_id()
    book = book_service.book_info_by_id(window.library, book_id) if book_id else None
    if book is None or book.kind != BookKind.LATER_LIFE_LETTER.value:
        QMessageBox.information(window, QCoreApplication.translate("letter_actions", "Copy letter for a sibling"),
                                QCoreApplication.translate("letter_actions", "Choose a later life letter first, in the list of books."))
        return None
    others = [c for c in child_service.list_children(window.library) if c.id != book.child_id]
    if sibling_id is None:
        if not others:
            QMessageBox.information(window, QCoreApplication.translate("letter_actions", "Copy letter for a sibling"),
                                    QCoreApplication.translate("letter_actions", "Add the brother or sister as a child first (File > Add a "
                                    "child…), then copy the letter for them."))
            return None
        names = [c.display_name for c in others]
        name, ok = QInputDialog.getItem(window, QCoreApplication.translate("letter_actions", "Copy letter for a sibling"),
                                        QCoreApplication.translate("letter_actions", "Who is the letter for?"), names, 0, False)
        if not ok:
            return None
        sibling_id = others[names.index(name)].id
    if window.editor is not None:
        window.editor.flush()
    try:
        copy = copy_letter_for_sibling(window.library, book.id, sibling_id)
    except ServiceError as exc:
        QMessageBox.warning(window, QCoreApplication.translate("letter_actions", "The letter was not copied"), str(exc))
        return None
    window.refresh(("book", copy.id))
    window.statusBar().showMessage(
        QCoreApplication.translate("letter_actions", "Copied as “{title}”. Make each letter its child's own before approval: the checks show where.").format(title=copy.title), 12000)
    return copy.id


def for_later_action(outline: SectionOutline, parent: QWidget) -> QAction:
    """A checkable "Keep this part for later" for the chosen section of a letter."""
    action = QAction(QCoreApplication.translate("letter_actions", "Keep this part for later"), parent)
    action.setCheckable(True)
    action.setToolTip(QCoreApplication.translate("letter_actions", "Share this section at a later age: it is left out of the letter for now "
                      "and exported on its own"))

    def chosen() -> tuple[str, bool] | None:
        run = outline._run(outline.current_run())
        if run is None:
            return None
        name, pages = run
        return name, all(p.for_later for p in pages)

    def update() -> None:
        is_letter = outline.doc.content.kind == BookKind.LATER_LIFE_LETTER
        state = chosen()
        action.setVisible(is_letter)
        action.setEnabled(is_letter and state is not None)
        action.setChecked(bool(state and state[1]))

    def toggle(checked: bool) -> None:
        state = chosen()
        if state is None:
            return
        doc = outline.doc
        ids = [p.page_id for p in doc.pages if p.section == state[0]]
        try:
            set_for_later(doc.library, doc.book_id, state[0], checked,
                          expected_versions=doc.known_versions(ids))
        except PageChanged as refused:  # someone else changed the part first: nothing changed
            refused_edit(doc, ids, "Keep for later", refused)
            update()
            return
        except ServiceError as exc:
            QMessageBox.warning(parent, QCoreApplication.translate("letter_actions", "Keep this part for later"), str(exc))
            update()
            return
        outline.doc.saved([p.page_id for p in outline.doc.pages if p.section == state[0]])  # our own change
        outline.doc.structure_changed(outline.doc.selection.page_id)

    action.triggered.connect(toggle)
    action.update_state = update  # type: ignore[attr-defined]
    return action
