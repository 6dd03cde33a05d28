"""Answering modal dialogs in tests: the dialog's exec() blocks, so a timer answers it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def when_modal(handle: Callable[[QWidget], None], *, tries: int = 200) -> list[QWidget]:
    """Call ``handle`` with the next modal dialog once it is showing; returns [dialog] after."""
    seen: list[QWidget] = []

    def poll(left: int = tries) -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible():
            seen.append(widget)
            try:
                handle(widget)
            except BaseException as exc:  # never leave a test blocked in exec()
                seen.append(exc)  # type: ignore[arg-type]
                print(f"modal handler failed: {exc!r}")
                widget.close()
            else:  # a dialog the handler left open (a refused Save, say) must not block the test
                QTimer.singleShot(1000, lambda: _close_if_open(widget))
        elif left > 0:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)
    return seen


def press(button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
    """Press a standard button of a QMessageBox."""
    def handle(box: QWidget) -> None:
        assert isinstance(box, QMessageBox), type(box)
        box.button(button).click()
    return handle


def _close_if_open(widget: QWidget) -> None:
    try:
        if widget.isVisible():
            print(f"closing a dialog left open: {widget.windowTitle()}")
            widget.close()
    except RuntimeError:  # already deleted
        pass
