"""Help > About Lifebook: the version, the library in use, and what is bundled under which licence.

The licence summary is data (``assets/THIRD-PARTY-LICENCES.md``), shipped in
the wheel and the frozen app alike, so it is shown from wherever Lifebook runs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lifebook import __version__
from lifebook.resources import assets_dir
from lifebook.ui.help import soften_headings
from lifebook.ui.tips import explain_buttons


def licence_summary() -> str:
    return (assets_dir() / "THIRD-PARTY-LICENCES.md").read_text(encoding="utf-8")


class AboutDialog(QDialog):
    def __init__(self, library_path: Path | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("AboutDialog", "About Lifebook"))
        self.resize(720, 640)
        logo = QLabel()
        logo.setPixmap(QPixmap(str(assets_dir() / "icons" / "lifebook-64.png")))
        logo.setAccessibleName(QCoreApplication.translate("AboutDialog", "Lifebook logo"))
        title = QLabel(
            QCoreApplication.translate("AboutDialog", "<h2 style='margin:0'>Lifebook {__version__}</h2><p style='margin:4px 0'>Life story books, words and pictures and later life letters, for children in care and adopted children.</p><p style='margin:0'>Lifebook is free software under the MIT licence.</p>").format(__version__=__version__))
        title.setWordWrap(True)
        self.library_label = QLabel(QCoreApplication.translate("AboutDialog", "Library in use: {library_path}").format(library_path=library_path))
        self.library_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.library_label.setWordWrap(True)
        self.licences = QTextBrowser()
        self.licences.setAccessibleName(QCoreApplication.translate("AboutDialog", "Software and fonts in Lifebook, and their licences"))
        self.licences.setOpenExternalLinks(True)
        self.licences.setMarkdown(licence_summary())
        self.licences.document().setDocumentMargin(14)
        soften_headings(self.licences.document())
        self.licences.setStyleSheet("QTextBrowser { background: white; border: none; }")
        self.licences.setToolTip(QCoreApplication.translate("AboutDialog", "The software and fonts Lifebook is made with, and the licences they come under"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        explain_buttons(buttons)
        buttons.rejected.connect(self.reject)
        head = QHBoxLayout()
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.library_label)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
