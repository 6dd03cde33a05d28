"""The Caseload window: deadlines, overdue work and QA at a glance (issue 14).

``show_caseload(main_window)`` opens it (or brings it to the front) beside
the main window; double-clicking a row opens that book in the main window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QMainWindow, QWidget

from lifebook.ui.caseload.view import CaseloadView

if TYPE_CHECKING:
    from lifebook.ui.main_window import MainWindow

__all__ = ["CaseloadView", "CaseloadWindow", "show_caseload"]


class CaseloadWindow(QMainWindow):
    """A window of its own, so a manager can keep it open beside a book."""

    def __init__(self, main: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # closing Lifebook closes it
        self.main = main
        self.setWindowTitle(QCoreApplication.translate("CaseloadWindow", "Caseload — Lifebook"))
        self.view = CaseloadView(lambda: self.main.library)
        self.setCentralWidget(self.view)
        self.view.open_book.connect(self._open_book)
        self.view.open_child.connect(lambda child_id: self._go(("child", child_id)))
        self.resize(1240, 720)

    def _open_book(self, book_id: int) -> None:
        self._go(("book", book_id))

    def _go(self, place: tuple[str, int]) -> None:
        self.main.refresh(place)
        if self.main.isMinimized():
            self.main.showNormal()
        self.main.raise_()
        self.main.activateWindow()

    def changeEvent(self, event: QEvent) -> None:  # Qt override: fresh figures on coming back
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.view.reload()
        super().changeEvent(event)


def show_caseload(main: MainWindow) -> CaseloadWindow:
    """Open the caseload window for ``main`` (one per main window) and bring it to the front."""
    window = getattr(main, "caseload_window", None)
    if window is None:
        window = CaseloadWindow(main, main)
        main.caseload_window = window  # type: ignore[attr-defined]
    window.view.reload()
    window.show()
    window.raise_()
    window.activateWindow()
    return window
