"""File > Open library…: a library file on this computer, or the team's library on a server.

Most people have one library, on their laptop, and open another rarely; a team that
shares a server opens that. Both start from the same menu item, so nobody has to know
which menu holds which: this small window asks which, then shows the file chooser or
the team server's details (server_dialog.py). File > Open team server library… goes
straight to the second.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from lifebook.ui.server_dialog import open_team_server

if TYPE_CHECKING:
    from lifebook.ui.main_window import MainWindow



class OpenLibraryDialog(QDialog):
    """Which library: a file here, or the team server. ``choice`` is "file", "server" or ""."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = ""
        self.setWindowTitle(QCoreApplication.translate("OpenLibrary", "Open a library"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        question = QLabel(QCoreApplication.translate("OpenLibrary", "Which library do you want to open?"))
        question.setWordWrap(True)
        layout.addWidget(question)
        self.file_button = self._option(
            QCoreApplication.translate("OpenLibrary", "A library file on this computer"),
            QCoreApplication.translate("OpenLibrary", "Open or make a Lifebook library file. It is yours alone and works without a network."),
            "file")
        self.server_button = self._option(
            QCoreApplication.translate("OpenLibrary", "Your team's library on a server"),
            QCoreApplication.translate("OpenLibrary", "Connect to the library your team shares. Your IT team gives you the server's "
                "address, the database's name and your login."),
            "server")
        layout.addWidget(self.file_button)
        layout.addWidget(self.server_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setToolTip(QCoreApplication.translate("OpenLibrary", "Keep the library that is open now"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.file_button.setFocus()

    def _option(self, text: str, description: str, choice: str) -> QCommandLinkButton:
        button = QCommandLinkButton(text, description)
        button.setAccessibleName(text)
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def choose_library(window: MainWindow) -> None:
    """File > Open library…: ask which kind, then open it."""
    dialog = OpenLibraryDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    if dialog.choice == "server":
        open_team_server(window)
        return
    path, _ = QFileDialog.getSaveFileName(
        window, QCoreApplication.translate("OpenLibrary", "Open or create a library"), str(window.library.db_path.parent),
        QCoreApplication.translate("OpenLibrary", "Lifebook library (*.sqlite3)"), options=QFileDialog.Option.DontConfirmOverwrite)
    if path:
        window.open_library(Path(path))
