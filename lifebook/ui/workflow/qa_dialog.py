"""Review and sign off: the QA checklist beside the automated findings.

The reviewer answers each item met, not met or not applicable (offered only
where the item allows it) with a comment, reads the checks before printing
on the right, then approves or requests changes with a comment. When the
checklist does not allow the choice yet, the dialog says why, in a list,
and stays open; nothing is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lifebook.checks.checklists import ItemAnswer
from lifebook.checks.preflight import SEVERITY_RANK, summary
from lifebook.model.enums import QaAnswer, Severity
from lifebook.model.workflow import WorkflowInfo
from lifebook.services import qa
from lifebook.services.errors import InvalidInput, ServiceError
from lifebook.store.db import Library
from lifebook.ui import style
from lifebook.ui.labels import label

CHOICES = (QaAnswer.MET, QaAnswer.NOT_MET, QaAnswer.NOT_APPLICABLE)
MARK = {Severity.ERROR: "●", Severity.WARNING: "▲", Severity.INFO: "○"}
COLOUR = {Severity.ERROR: "#B3261E", Severity.WARNING: "#9A6700", Severity.INFO: "#5E5650"}


def _label(text: str, name: str = "", wrap: bool = True, data: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    if data:  # the checklist's own words: template data, translated by a templates/qa/<kind>.<locale>.toml
        label.setProperty("lifebookData", True)
    return label


class ItemRow:
    """One checklist item's widgets: its words, three choices and a comment."""

    def __init__(self, key: str, text: str, can_be_na: bool, grid: QGridLayout, row: int,
                 parent: QWidget) -> None:
        self.key = key
        self.text = _label(text, data=True)
        self.text.setMinimumWidth(260)
        self.group = QButtonGroup(parent)
        self.buttons: dict[QaAnswer, QRadioButton] = {}
        choices = QHBoxLayout()
        for answer in CHOICES:
            button = QRadioButton(label(answer.label))
            button.setAccessibleName(f"{label(answer.label)}: {text}")
            button.setToolTip(QCoreApplication.translate("ItemRow", "Your answer for: {text}").format(text=text))
            button.setEnabled(answer is not QaAnswer.NOT_APPLICABLE or can_be_na)
            if not button.isEnabled():
                button.setToolTip(QCoreApplication.translate("ItemRow", "This applies to every book, so it cannot be not applicable."))
            self.group.addButton(button)
            self.buttons[answer] = button
            choices.addWidget(button)
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(QCoreApplication.translate("ItemRow", "Comment"))
        self.comment.setAccessibleName(QCoreApplication.translate("ItemRow", "Comment on: {text}").format(text=text))
        self.comment.setToolTip(QCoreApplication.translate("ItemRow", "What needs to change for this item, or what is good (optional)"))
        grid.addWidget(self.text, row, 0)
        grid.addLayout(choices, row, 1)
        grid.addWidget(self.comment, row, 2)

    def answer(self) -> ItemAnswer:
        chosen = next((a for a, b in self.buttons.items() if b.isChecked()), QaAnswer.UNANSWERED)
        return ItemAnswer(self.key, chosen, self.comment.text())

    def choose(self, answer: QaAnswer, comment: str | None = None) -> None:
        self.buttons[answer].setChecked(True)
        if comment is not None:
            self.comment.setText(comment)


class QaDialog(QDialog):
    """Review a book that is ready for QA, then approve it or request changes."""

    def __init__(self, library: Library, book_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.book_id = book_id
        self.result_info: WorkflowInfo | None = None
        self.form = qa.qa_form(library, book_id)
        form = self.form
        self.setWindowTitle(QCoreApplication.translate("QaDialog", "Review and sign off: {title}").format(title=form.title))
        self.setObjectName("page")  # the app's paper background
        self.resize(1180, 720)

        header = QVBoxLayout()
        title = _label(QCoreApplication.translate("QaDialog", "{kind_label} for {child_name}: “{title}”, revision {revision}").format(kind_label=form.kind_label, child_name=form.child_name, title=form.title, revision=form.revision), wrap=False)
        title.setStyleSheet(f"{style.font_size(15)}; font-weight: 600;")
        header.addWidget(title)
        header.addWidget(_label(form.checklist.intro.replace("{name}", form.child_name),
                                "subheading", data=True))

        checklist = QWidget()
        checklist.setObjectName("page")
        grid = QGridLayout(checklist)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(2, 3)
        self.rows: list[ItemRow] = []
        section, row = None, 0
        for item in form.checklist.items:
            if item.section != section:
                section = item.section
                grid.addWidget(_label(section, "sectionTitle", data=True), row, 0, 1, 3)
                row += 1
            self.rows.append(ItemRow(item.key, item.wording(form.child_name), item.can_be_na,
                                     grid, row, checklist))
            row += 1
        grid.setRowStretch(row, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(checklist)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        findings_box = QWidget()
        findings_layout = QVBoxLayout(findings_box)
        findings_layout.setContentsMargins(8, 0, 0, 0)
        findings_layout.addWidget(_label(QCoreApplication.translate("QaDialog", "Checks before printing"), "sectionTitle"))
        self.findings_summary = _label(summary(form.findings))
        findings_layout.addWidget(self.findings_summary)
        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        self.findings.setAccessibleName(QCoreApplication.translate("QaDialog", "Checks before printing"))
        self.findings.setToolTip(QCoreApplication.translate("QaDialog", "What Lifebook's own checks found in this revision"))
        for finding in sorted(form.findings, key=lambda f: SEVERITY_RANK[Severity(f.severity)]):
            severity = Severity(finding.severity)
            line = QListWidgetItem(f"{MARK[severity]}  {finding.message}")
            line.setForeground(QColor(COLOUR[severity]))
            self.findings.addItem(line)
        if not form.findings:
            self.findings.addItem(QCoreApplication.translate("QaDialog", "Nothing to fix: every page is ready to print."))
        findings_layout.addWidget(self.findings, 1)
        if any(Severity(f.severity) is Severity.ERROR for f in form.findings):
            findings_layout.addWidget(_label(QCoreApplication.translate("QaDialog", "The book cannot be approved until the errors "
                                             "(●) are fixed."), "subheading"))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(findings_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([820, 340])

        self.reviewer = QLineEdit(library.actor)
        self.reviewer.setAccessibleName(QCoreApplication.translate("QaDialog", "Your name"))
        self.reviewer.setToolTip(QCoreApplication.translate("QaDialog", "Your name, as the record of this review will give it"))
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(QCoreApplication.translate("QaDialog", "A comment for the book's author: what is good, and "
                                        "what needs to change"))
        self.comment.setFixedHeight(64)
        self.comment.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.comment.setAccessibleName(QCoreApplication.translate("QaDialog", "Comment"))
        self.comment.setToolTip(QCoreApplication.translate("QaDialog", "A comment for the book's author"))
        bottom = QFormLayout()
        bottom.addRow(QCoreApplication.translate("QaDialog", "Your name"), self.reviewer)
        bottom.addRow(QCoreApplication.translate("QaDialog", "Comment"), self.comment)
        self.progress = _label("", "subheading", wrap=False)
        for row_widgets in self.rows:
            row_widgets.group.buttonToggled.connect(lambda *_: self._count())
        self._count()
        self.problems = _label("", "problems")
        self.problems.setStyleSheet("color: #B3261E;")
        self.problems.hide()

        self.approve_button = QPushButton(QCoreApplication.translate("QaDialog", "Approve"))
        self.approve_button.setObjectName("primary")
        self.approve_button.setToolTip(QCoreApplication.translate("QaDialog", "Freeze this revision as approved; it can then be "
                                       "exported as the final copy"))
        self.approve_button.clicked.connect(lambda: self.sign_off(True))
        self.changes_button = QPushButton(QCoreApplication.translate("QaDialog", "Request changes"))
        self.changes_button.setToolTip(QCoreApplication.translate("QaDialog", "Send the book back to its author with your comments"))
        self.changes_button.clicked.connect(lambda: self.sign_off(False))
        cancel = QPushButton(QCoreApplication.translate("QaDialog", "Cancel"))
        cancel.clicked.connect(self.reject)
        cancel.setToolTip(QCoreApplication.translate("QaDialog", "Close without signing anything off"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.changes_button)
        buttons.addWidget(self.approve_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)

    def _count(self) -> None:
        done = sum(1 for r in self.rows if r.answer().answer is not QaAnswer.UNANSWERED)
        self.progress.setText(QCoreApplication.translate("QaDialog", "{done} of {len_rows} items answered").format(done=done, len_rows=len(self.rows)))

    def answers(self) -> dict[str, ItemAnswer]:
        return {row.key: row.answer() for row in self.rows}

    def row(self, key: str) -> ItemRow:
        return next(r for r in self.rows if r.key == key)

    def sign_off(self, approve: bool) -> bool:
        """Approve or request changes; on refusal say why and stay open."""
        try:
            self.result_info = qa.sign_off(
                self.library, self.book_id, approve=approve, answers=self.answers(),
                comment=self.comment.toPlainText(), by=self.reviewer.text(), form=self.form)
        except InvalidInput as exc:
            self.show_problems(str(exc).split("\n"))
            return False
        except ServiceError as exc:
            self.show_problems([str(exc)])
            return False
        self.accept()
        return True

    def show_problems(self, lines: list[str]) -> None:
        self.problems.setText("\n".join(f"• {line}" for line in lines))
        self.problems.setVisible(bool(lines))


def review_book(library: Library, book_id: int, parent: QWidget | None = None) -> WorkflowInfo | None:
    """Open the QA dialog for a book; returns its new workflow state, or None if cancelled."""
    try:
        dialog = QaDialog(library, book_id, parent)
    except ServiceError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("workflow.qa_dialog", "Review and sign off"), str(exc))
        return None
    dialog.exec()
    return dialog.result_info
