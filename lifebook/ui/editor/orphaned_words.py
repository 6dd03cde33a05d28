"""Words kept while offline whose page a colleague deleted meanwhile: shown, never dropped.

When the team server answers again the kept words are saved (offline.py). If the page
they were typed on has gone (someone deleted it while this laptop could not reach the
server), there is nowhere to save them, so this window shows them in full, ready to copy
and paste onto another page. Nothing is stored on anyone's behalf: the user decides
where the words belong.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class OrphanedWordsDialog(QDialog):
    def __init__(self, words: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("OrphanedWords", "Your words from a deleted page"))
        layout = QVBoxLayout(self)
        intro = QLabel(QCoreApplication.translate(
            "OrphanedWords",
            "While the team server could not be reached, someone deleted the page these words "
            "were typed on, so they could not be saved there. Here they are in full: copy them "
            "and paste them onto the page where they belong."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit("\n\n".join(w for w in words if w))
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(QCoreApplication.translate("OrphanedWords", "Your words"))
        self.text.setToolTip(QCoreApplication.translate(
            "OrphanedWords", "The words you typed on the deleted page"))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            QCoreApplication.translate("OrphanedWords", "&Copy the words"),
            QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setToolTip(QCoreApplication.translate(
            "OrphanedWords", "Put the words on the clipboard, to paste onto another page"))
        self.copy_button.clicked.connect(self.copy)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setToolTip(QCoreApplication.translate("OrphanedWords", "Close this window"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.text.toPlainText())
