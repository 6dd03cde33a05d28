"""Puts the chronology into the main window: the tab, File > Import chronology…, Edit > Undo.

Kept here so the main window only calls ``install_chronology`` once and tells
the panel which child is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from lifebook.ui.chronology.import_dialog import ImportChronologyDialog
from lifebook.ui.chronology.panel import ChronologyPanel

if TYPE_CHECKING:
    from lifebook.ui.main_window import MainWindow

TAB_TITLE = str(QT_TRANSLATE_NOOP("chronology.wiring", "Chronology"))


def _menu_holding(window: MainWindow, action: QAction) -> QMenu | None:
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and action in menu.actions():
            return menu
    return None


def open_import(window: MainWindow, panel: ChronologyPanel) -> bool:
    """File > Import chronology…: for the chosen child; True if anything was imported."""
    child_id = window.current_child_id()
    if child_id is None:
        window.statusBar().showMessage(QCoreApplication.translate("chronology.wiring", "Choose a child first, then import their chronology."), 6000)
        return False
    dialog = ImportChronologyDialog(window.library, child_id, window.runner, window)
    dialog.exec()
    if dialog.result_ is None:
        return False
    window.refresh(("child", child_id))
    window.child_page.tabs.setCurrentWidget(panel)
    panel.show_child(window.library, child_id)
    panel.reload()
    return bool(dialog.result_.imported)


def install_chronology(window: MainWindow) -> ChronologyPanel:
    """Add the Chronology tab and its actions to the window; returns the panel."""
    panel = ChronologyPanel(window.runner)
    window.child_page.tabs.insertTab(1, panel, QCoreApplication.translate("chronology.wiring", TAB_TITLE))  # before People
    action = QAction(QCoreApplication.translate("chronology.wiring", "Import chronolo&gy…"), window)
    action.setToolTip(QCoreApplication.translate("chronology.wiring", "Import the chosen child's chronology from a spreadsheet or a case "
                      "management export (.csv or .xlsx)"))
    action.setStatusTip(action.toolTip())
    action.triggered.connect(lambda: open_import(window, panel))
    panel.import_button.clicked.connect(action.trigger)
    window.import_chronology_action = action  # type: ignore[attr-defined]
    menu = _menu_holding(window, window.import_action)
    if menu is not None:
        actions = menu.actions()
        after = actions.index(window.import_action) + 1
        menu.insertAction(actions[after] if after < len(actions) else None, action)  # type: ignore[arg-type]

    def fill_edit_menu() -> None:
        # the book editor fills the Edit menu with its own undo while a book is open
        if window.stack.currentWidget() is window.child_page:
            menu = window.edit_menu
            menu.clear()  # deletes what it held: so the menu gets its own copies each time
            for copy, key in ((panel.undo_stack.createUndoAction(menu, QCoreApplication.translate("chronology.wiring", "&Undo")), "Undo"),
                              (panel.undo_stack.createRedoAction(menu, QCoreApplication.translate("chronology.wiring", "&Redo")), "Redo")):
                copy.setShortcut(getattr(QKeySequence.StandardKey, key))  # shown in the menu;
                copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the panel's own works
                menu.addAction(copy)

    window.stack.currentChanged.connect(lambda _index: fill_edit_menu())
    return panel
