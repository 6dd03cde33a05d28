"""File > Check a draft letter…: the letter checks on a Word or text draft, in the window.

Many social workers write a later life letter in Word first. This runs the same
checks as ``lifebook check-text`` (``services.text_checks.check_draft``) on a
.docx or .txt file without importing it: jargon, blaming words, reading age per
section and for the whole letter, identifying details, and, for the child chosen
in the library, the names of their people who have not agreed to be identified.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lifebook.checks.language import LETTER_READER_AGE, TextIssue
from lifebook.services import children as child_service
from lifebook.services.errors import ServiceError
from lifebook.services.privacy import child_privacy_context
from lifebook.services.text_checks import ISSUE_KINDS, TextReport, check_draft
from lifebook.ui.tips import explain_buttons

if TYPE_CHECKING:
    from lifebook.store.db import Library
    from lifebook.ui.main_window import MainWindow


def draft_check_action(window: MainWindow) -> QAction:
    action = QAction(QCoreApplication.translate("DraftCheckDialog", "Check a draft letter…"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+K"))  # every letter of its name is taken in File
    action.setToolTip(QCoreApplication.translate(
        "DraftCheckDialog", "Check a letter written in Word (or a text file) for jargon, blaming "
        "words, reading age and identifying details, without importing it"))
    action.triggered.connect(lambda: DraftCheckDialog(window.library, window.current_child_id(),
                                                      window).exec())
    return action


class DraftCheckDialog(QDialog):
    """Choose a draft and a reader's age; see what to look at, section by section."""

    def __init__(self, library: Library, child_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.child_id = library, child_id
        self.path: Path | None = None
        self.report: TextReport | None = None
        self.setWindowTitle(QCoreApplication.translate("DraftCheckDialog", "Check a draft letter"))
        self.resize(720, 560)
        intro = QLabel(QCoreApplication.translate(
            "DraftCheckDialog", "Check a letter you wrote in Word before you bring it into Lifebook. "
            "Nothing is imported or changed."))
        intro.setWordWrap(True)
        self.file_label = QLabel(QCoreApplication.translate("DraftCheckDialog", "No file chosen yet"))
        self.file_label.setProperty("lifebookData", True)  # the file's name once chosen
        self.choose_button = QPushButton(QCoreApplication.translate("DraftCheckDialog", "Choose a file…"))
        self.choose_button.setToolTip(QCoreApplication.translate("DraftCheckDialog", "A Word document (.docx) or a text file (.txt)"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        self.reader_age = QSpinBox()
        self.reader_age.setRange(5, 25)
        self.reader_age.setValue(LETTER_READER_AGE)
        self.reader_age.setMaximumWidth(140)
        self.reader_age.setSuffix(QCoreApplication.translate("DraftCheckDialog", " years"))
        self.reader_age.setToolTip(QCoreApplication.translate(
            "DraftCheckDialog", "How old the reader will be: 14 is usual for a later life letter"))
        self.reader_age.valueChanged.connect(lambda _age: self.run_check())
        self.names_label = QLabel()
        self.names_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("DraftCheckDialog", "Draft:"), file_row)
        form.addRow(QCoreApplication.translate("DraftCheckDialog", "Reader's age:"), self.reader_age)
        form.addRow(QCoreApplication.translate("DraftCheckDialog", "Names:"), self.names_label)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("subheading")
        self.results = QTextBrowser()  # wraps long explanations, and can be selected and copied
        self.results.setAccessibleName(QCoreApplication.translate("DraftCheckDialog", "What the checks found"))
        self.results.setToolTip(QCoreApplication.translate("DraftCheckDialog", "Each thing to look at in the draft, by section"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        explain_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        self._show_whose_names()

    def _show_whose_names(self) -> None:
        child = child_service.child_info_by_id(self.library, self.child_id) if self.child_id else None
        if child is None:
            self.child_id = None
            self.names_label.setText(QCoreApplication.translate(
                "DraftCheckDialog", "Choose a child in the library first to also check the names "
                "of their people who have not agreed to be named."))
        else:
            self.names_label.setText(QCoreApplication.translate(
                "DraftCheckDialog", "Checked against {name}'s people who have not agreed to be "
                "named.").format(name=child.display_name))

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("DraftCheckDialog", "Choose a draft letter"), str(Path.home()),
            QCoreApplication.translate("DraftCheckDialog", "Letters (*.docx *.txt)"))
        if name:
            self.check_file(Path(name))

    def check_file(self, path: Path) -> None:
        self.path = path
        self.file_label.setText(path.name)
        self.run_check()

    def run_check(self) -> None:
        """Check the chosen draft again (a new file, or another reader's age)."""
        self.results.clear()
        self.report = None
        if self.path is None:
            return
        try:
            privacy = child_privacy_context(self.library, self.child_id) if self.child_id else None
            self.report = check_draft(self.path, self.reader_age.value(), privacy=privacy,
                                      child_id=self.child_id)
        except ServiceError as exc:  # not a Word or text file, too big, unreadable…
            self.summary.setText(str(exc))
            return
        self._show(self.report)

    def _show(self, report: TextReport) -> None:
        reads = (QCoreApplication.translate("DraftCheckDialog", "about age {age}").format(
            age=report.reading_age)
                 if report.reading_age else
                 QCoreApplication.translate("DraftCheckDialog", "an age too short to tell"))
        if report.issue_count == 0:
            found = QCoreApplication.translate("DraftCheckDialog", "Nothing to look at.")
        elif report.issue_count == 1:
            found = QCoreApplication.translate("DraftCheckDialog", "1 thing to look at.")
        else:
            found = QCoreApplication.translate("DraftCheckDialog", "{n} things to look at.").format(
                n=report.issue_count)
        self.summary.setText(QCoreApplication.translate(
            "DraftCheckDialog", "The draft reads at {reads}, for a reader of {age}. {found}").format(
                reads=reads, age=report.reader_age, found=found))
        parts = [_issue_html(issue) for issue in report.whole]
        for section in report.sections:
            if not section.issues:
                continue
            if section.title:
                age = (QCoreApplication.translate("DraftCheckDialog", "reads at about age {age}").format(
                    age=section.reading_age)
                       if section.reading_age else
                       QCoreApplication.translate("DraftCheckDialog", "too short to tell its reading age"))
                parts.append(f"<h3>{escape(section.title)} ({escape(age)})</h3>")
            parts += [_issue_html(issue) for issue in section.issues]
        self.results.setHtml("".join(parts))


def _issue_html(issue: TextIssue) -> str:
    """One thing to look at: its kind, what is wrong and why, and a plainer way when there is one."""
    kind = QCoreApplication.translate("services.text_checks", ISSUE_KINDS.get(issue.kind, issue.kind))
    text = f"<p><b>{escape(kind)}:</b> {escape(issue.message)}"
    if issue.suggestion:
        text += f"<br><i>{escape(issue.suggestion)}</i>"
    return text + "</p>"
