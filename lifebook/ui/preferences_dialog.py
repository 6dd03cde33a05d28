"""Preferences: your name, which exported PDFs give as their author."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lifebook.services.errors import InvalidInput
from lifebook.services.preferences import (
    MAX_AUTHOR,
    Preferences,
    load_preferences,
    save_preferences,
)


class PreferencesDialog(QDialog):
    """Edit the preferences; Save stores them at once (for the window and the command line)."""

    def __init__(self, parent: QWidget | None = None, *, path: Path | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(QCoreApplication.translate("PreferencesDialog", "Preferences"))
        self.setMinimumWidth(520)
        self.author = QLineEdit(load_preferences(path).author)
        self.author.setMaxLength(MAX_AUTHOR)
        self.author.setPlaceholderText(QCoreApplication.translate("PreferencesDialog", "For example, Priya Shah, Social Worker"))
        self.author.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Your name as the author of exported PDFs"))
        self.author.setToolTip(QCoreApplication.translate("PreferencesDialog", "Exported PDFs name you as their author"))
        about = QLabel(
            QCoreApplication.translate("PreferencesDialog", "Exported PDFs give this name as their author, in the file's details. "
            "Leave it empty and a PDF names no author. Lifebook never uses the name you "
            "log in to the computer with."))
        about.setWordWrap(True)
        about.setObjectName("subheading")
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B3261E")
        self.message.hide()  # shown only when something could not be saved
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("PreferencesDialog", "Your name"), self.author)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(QCoreApplication.translate("PreferencesDialog", "Keep these preferences"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(QCoreApplication.translate("PreferencesDialog", "Close without changing anything"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(about)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> bool:
        try:
            saved = save_preferences(Preferences(author=self.author.text()), self.path)
        except (InvalidInput, OSError) as exc:
            self.message.setText(QCoreApplication.translate("PreferencesDialog", "Your preferences were not saved: {exc}.").format(exc=exc))
            self.message.show()
            return False
        self.author.setText(saved.author)
        self.accept()
        return True
