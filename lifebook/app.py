"""Start the Lifebook window: wires the UI to a library."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from lifebook.store.db import Library, LibraryError
from lifebook.store.paths import resolve_library_path
from lifebook.ui.main_window import MainWindow
from lifebook.ui.style import STYLESHEET


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Lifebook")
    app.setOrganizationName("Lifebook")
    app.setApplicationDisplayName("Lifebook")
    app.setStyleSheet(STYLESHEET)
    return app  # type: ignore[return-value]


def run_app(library_path: str | None = None) -> int:
    app = make_application()
    path = resolve_library_path(library_path)
    try:
        library = Library.open(path)
    except LibraryError as exc:
        QMessageBox.critical(None, "Lifebook cannot open its library", str(exc))
        return 2
    window = MainWindow(library)
    window.show()
    return app.exec()
