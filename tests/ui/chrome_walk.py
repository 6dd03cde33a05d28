"""Walk a window's visible chrome: the words Lifebook itself puts on screen.

Shared by the pseudo-translation and accessibility tests. Data (a child's name,
a photo's caption, a date) is not chrome: a widget showing data carries the
dynamic property ``lifebookData`` (set on it or an ancestor), and the contents
of item views and combo boxes are data too; their headers are chrome.
Sentences made by the services and checks are chrome: they go through
``lifebook.i18n.translate``. (``lifebookServiceText`` is still honoured, for a
widget that shows sentences not yet wrapped; none does now.)
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)


def shows_data(widget: QWidget) -> bool:
    current: QWidget | None = widget
    while current is not None:
        if current.property("lifebookData") or current.property("lifebookServiceText"):
            return True
        current = current.parentWidget()
    return False


def visible_widgets(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if w.isVisibleTo(root) and w.isVisible()]


def has_words(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def menu_actions(window: QMainWindow) -> Iterator[tuple[str, QAction]]:
    """(where, action) for every action in the menu bar, walking into submenus."""

    def walk(menu: QMenu, where: str) -> Iterator[tuple[str, QAction]]:
        for act in menu.actions():
            if act.isSeparator():
                continue
            yield where, act
            sub = act.menu()
            if isinstance(sub, QMenu) and not sub.property("lifebookData"):
                yield from walk(sub, f"{where} > {act.text()}")

    for top in window.menuBar().actions():
        yield "menu bar", top
        sub = top.menu()
        if isinstance(sub, QMenu):
            yield from walk(sub, top.text())


def chrome_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for each piece of visible chrome text under root."""
    if root.windowTitle():
        yield "window title", root.windowTitle()
    if isinstance(root, QMainWindow):
        for where, act in menu_actions(root):
            yield f"menu {where}", act.text()
            if act.toolTip():
                yield f"tooltip of menu item {act.text()!r}", act.toolTip()
    for w in visible_widgets(root):
        kind = type(w).__name__
        name = w.objectName() or kind
        data = shows_data(w)
        if w.toolTip() and not data:
            yield f"tooltip of {name}", w.toolTip()
        if data:
            continue
        if (isinstance(w, QLabel) and w.pixmap().isNull()) or isinstance(w, QAbstractButton):
            yield f"{kind} {name}", w.text()
        elif isinstance(w, QGroupBox):
            yield f"{kind} {name}", w.title()
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"tab of {name}", w.tabText(i)
                if w.tabToolTip(i):
                    yield f"tab tooltip of {name}", w.tabToolTip(i)
        elif isinstance(w, QLineEdit | QTextEdit | QPlainTextEdit):
            yield f"placeholder of {name}", w.placeholderText()
        elif isinstance(w, QAbstractItemView):
            model = w.model()
            header = getattr(w, "horizontalHeader", None) or getattr(w, "header", None)
            head = header() if header is not None else None
            if model is not None and head is not None and not head.isHidden():
                for col in range(model.columnCount()):
                    text = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                    if isinstance(text, str):
                        yield f"column header of {name}", text


def open_sample(qtbot, library, demo):  # type: ignore[no-untyped-def]
    """The main window at 1366 x 768 on the sample child, as the chrome tests see it."""
    from lifebook.ui.jobs import InlineJobRunner
    from lifebook.ui.main_window import MainWindow

    window = MainWindow(library, InlineJobRunner())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.refresh(("child", demo.child.id))
    return window
