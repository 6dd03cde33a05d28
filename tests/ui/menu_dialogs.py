"""Open every dialog the menus reach, the way a user does: through its QAction.

Shared by the accessibility and translation tests and by tools/shots.py.
While ``capturing()`` is on, a dialog's exec()/open() shows it and returns at
once (as if the user had not answered yet), Qt's own message boxes, input
and file dialogs answer "cancel", and any new top-level window is collected.

Also here: the pseudo-translator ('Add a child…' -> '[Add a child… ~~~~]').
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QSize, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from tests.ui.chrome_walk import menu_actions

# A window at 1366 x 768: Qt opens a dialog at no more than two thirds of the screen.
SCREEN = QSize(1366, 768)
DIALOG_MOST = QSize(SCREEN.width() * 2 // 3, SCREEN.height() * 2 // 3)


class PseudoTranslator(QTranslator):
    """'Add a child…' -> '[Add a child… ~~~~]': 40% longer, bracketed.

    The padding comes in short words, as a real translation's would, so long
    sentences can still wrap.
    """

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()  # (context, source) of every string asked for

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]  # Qt override
        if not source:
            return source
        self.asked.add((context, source))
        return "[" + source + pad(round(len(source) * 0.4)) + "]"


def pad(length: int) -> str:
    words, left = [], max(length, 1)
    while left > 0:
        words.append("~" * min(left, 5))
        left -= 6
    return " " + " ".join(words)


def plain(text: str) -> str:
    """A menu text as words: no &, no …, no pseudo-translation brackets or padding."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = re.sub(r"( ~{1,5})+\]", "", text).replace("[", "")
    return text.replace("…", "").strip()


@dataclass
class Opened:
    """What one action opened: its windows, and the message boxes it would have asked."""

    windows: list[QWidget] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)


@contextmanager
def capturing(files: dict[str, str] | None = None) -> Iterator[Opened]:
    """Dialogs show without blocking; Qt's own boxes and file choosers answer 'cancel'.

    ``files`` maps a file-chooser kind ("open", "save", "dir") to the path it answers.
    """
    files = files or {}
    opened = Opened()
    saved = {(cls, name): cls.__dict__.get(name) for cls, name in (
        (QDialog, "exec"), (QDialog, "open"), (QMessageBox, "exec"), (QMessageBox, "question"),
        (QMessageBox, "information"), (QMessageBox, "warning"), (QMessageBox, "critical"),
        (QFileDialog, "getOpenFileName"), (QFileDialog, "getOpenFileNames"), (QFileDialog, "getSaveFileName"),
        (QFileDialog, "getExistingDirectory"), (QInputDialog, "getText"), (QInputDialog, "getItem"),
        (QInputDialog, "getMultiLineText"))}

    def show(dialog: QDialog) -> int:
        dialog.show()
        opened.windows.append(dialog)
        return 0  # QDialog.DialogCode.Rejected: the user has not answered

    def box(*args, **_kw):  # type: ignore[no-untyped-def]
        opened.asked.append(" / ".join(str(a) for a in args[1:3]))
        return QMessageBox.StandardButton.Cancel

    def input_cancelled(*args, **_kw):  # type: ignore[no-untyped-def]
        opened.asked.append(" / ".join(str(a) for a in args[1:3]))
        return "", False

    QDialog.exec = show  # type: ignore[method-assign]
    QDialog.open = show  # type: ignore[method-assign,assignment]
    QMessageBox.exec = show  # type: ignore[method-assign]
    for name in ("question", "information", "warning", "critical"):
        setattr(QMessageBox, name, staticmethod(box))
    QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (files.get("open", ""), ""))  # type: ignore[method-assign]
    QFileDialog.getOpenFileNames = staticmethod(lambda *a, **k: ([files["open"]] if "open" in files else [], ""))  # type: ignore[method-assign]
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (files.get("save", ""), ""))  # type: ignore[method-assign]
    QFileDialog.getExistingDirectory = staticmethod(lambda *a, **k: files.get("dir", ""))  # type: ignore[method-assign]
    for name in ("getText", "getItem", "getMultiLineText"):
        setattr(QInputDialog, name, staticmethod(input_cancelled))
    try:
        yield opened
    finally:
        for (cls, name), original in saved.items():
            if original is None:
                delattr(cls, name)
            else:
                setattr(cls, name, original)


def find_action(window: QMainWindow, text: str) -> QAction:
    """The menu action whose words are ``text`` (translated or not)."""
    for _where, act in menu_actions(window):
        if plain(act.text()) == text:
            return act
    raise LookupError(f"no menu item {text!r}")


def open_with(trigger: Callable[[], object], files: dict[str, str] | None = None) -> Opened:
    """Run ``trigger`` (a click, a key, an action) and collect the windows it opened, shown."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = {id(w) for w in app.topLevelWidgets() if w.isVisible()}
    with capturing(files) as opened:
        trigger()
        app.processEvents()
    for w in app.topLevelWidgets():
        if w.isVisible() and id(w) not in before and w not in opened.windows and not w.inherits("QMenu"):
            opened.windows.append(w)
    for w in opened.windows:
        if isinstance(w, QDialog) and not w.isMaximized() and not w.isFullScreen():
            # as on a 1366 x 768 screen (the test screen may be smaller): its size hint, up to
            # two thirds of the screen, never below its minimum or the size it chose itself
            wanted = w.size().expandedTo(w.sizeHint().boundedTo(DIALOG_MOST))
            w.resize(wanted.boundedTo(SCREEN).expandedTo(w.minimumSizeHint()))
    app.processEvents()
    return opened


def close_all(opened: Opened) -> None:
    for w in reversed(opened.windows):
        try:
            if isinstance(w, QDialog):
                w.reject()
            w.close()
        except RuntimeError:  # deleted on close already
            pass
    app = QApplication.instance()
    if app is not None:
        app.processEvents()


# Each menu item that opens a window of Lifebook's own, by its words, with what it needs first:
# "book" the sample book open in the editor, "child" the sample child chosen,
# "letter"/"wp" a later life letter / words and pictures book open, "in_review" the book sent for QA.
MENU_DIALOGS: dict[str, str] = {
    "Open library": "child",
    "Open team server library": "child",
    "New book": "child",
    "Check a draft letter": "child",
    "Add a child": "child",
    "Edit child's details": "child",
    "Import chronology": "child",
    "Caseload and deadlines": "child",
    "Preferences": "child",
    "Audit log": "child",
    "Hand over a child's records": "child",
    "Export PDF": "book",
    "Add page": "book",
    "Change template": "book",
    "Review and sign off": "in_review",
    "Mark as delivered": "book",
    "Keyboard shortcuts": "child",
    "Making your first book": "child",
    "About Lifebook": "child",
}

# Menu items that open only Qt's own choosers and questions, change something at once,
# or leave: walked by the keyboard test, not opened here.
MENU_NO_DIALOG = {
    "Open recent library", "Rename book", "Duplicate book", "Copy letter for a sibling",
    "Delete book", "Undo delete book", "Delete child", "Import photos", "Create the sample book",
    "Export Word document", "Back up the library", "Restore from a backup", "Bring in a case bundle", "Quit",
    "Undo", "Redo", "Save", "Zoom to fit", "Actual size", "Zoom in", "Zoom out", "Two-page spread",
    "Show guides", "Duplicate page", "Delete page", "Send for QA", "Save the QA record", "Status and history",
}


def prepare(window, demo, need: str) -> None:  # type: ignore[no-untyped-def]
    """Put the window where a menu item of MENU_DIALOGS needs it."""
    app = QApplication.instance()
    if need == "in_review":
        from lifebook.model.enums import BookStatus
        from lifebook.services import workflow

        if workflow.book_workflow(window.library, demo.book.id).status != BookStatus.IN_REVIEW.value:
            workflow.set_status(window.library, demo.book.id, BookStatus.IN_REVIEW, comment="")
    window.refresh(("child", demo.child.id) if need == "child" else ("book", demo.book.id))
    if app is not None:
        app.processEvents()


def open_menu_dialog(window, demo, text: str) -> Opened:  # type: ignore[no-untyped-def]
    """Open the window that the menu item ``text`` (see MENU_DIALOGS) opens, shown."""
    prepare(window, demo, MENU_DIALOGS[text])
    return open_with(find_action(window, text).trigger)


def other_dialogs(window, demo) -> dict[str, Callable[[], object]]:  # type: ignore[no-untyped-def]
    """Windows opened from buttons, toolbars and context menus rather than the menu bar.

    Each opener puts the window in place first, then opens the dialog (call it inside open_with).
    """
    def book(action: str) -> Callable[[], object]:
        def run() -> object:
            assert window.editor is not None
            return getattr(window.editor, action).trigger()
        return run

    def photo_details() -> object:
        from lifebook.services import photos

        media = photos.list_media(window.library, demo.child.id)
        return window.photo_actions.show_details(media[0].id)

    def chronology_event() -> object:
        return window.chronology.add_button.click()

    def person() -> object:
        return window.child_page.people.add_button.click()

    return {
        "Photo details": photo_details,
        "Storyboard": book("storyboard_action"),
        "Review with child": book("review_action"),
        "Chronology event": chronology_event,
        "Person": person,
    }


# which of other_dialogs needs the book open (the rest need the child chosen)
OTHER_NEEDS_BOOK = {"Storyboard", "Review with child"}

