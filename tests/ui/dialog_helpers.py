"""Answer the next modal dialog the way a user would: type, then click a button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QInputDialog, QMessageBox


def _when_modal(act: Callable[[QDialog], None], seen: list[str]) -> None:
    def attempt(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            if isinstance(dialog, QMessageBox):
                seen.append(dialog.text() + "\n" + dialog.informativeText())
            elif isinstance(dialog, QInputDialog):
                seen.append(dialog.labelText())
            act(dialog)
        elif tries < 50:
            QTimer.singleShot(10, lambda: attempt(tries + 1))

    QTimer.singleShot(0, attempt)


def click_in_next_box(button_text: str) -> list[str]:
    """Click the button whose text contains ``button_text`` in the next message box.

    Returns a list that receives the box's text, to check what was asked.
    """
    seen: list[str] = []

    def act(dialog: QDialog) -> None:
        for button in dialog.findChildren(QAbstractButton):
            if button_text.lower() in button.text().replace("&", "").lower():
                button.click()
                return
        dialog.reject()
        raise AssertionError(f"no button '{button_text}' in {[b.text() for b in dialog.findChildren(QAbstractButton)]}")

    _when_modal(act, seen)
    return seen


def type_in_next_input(text: str | None) -> list[str]:
    """Type ``text`` into the next input dialog and press OK (None: press Cancel)."""
    seen: list[str] = []

    def act(dialog: QDialog) -> None:
        if text is None:
            dialog.reject()
            return
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(text)
        dialog.accept()

    _when_modal(act, seen)
    return seen
