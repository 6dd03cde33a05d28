"""The "Quality assurance" menu: send for QA, review and sign off, mark as delivered,
save the QA record; each acting on the book the user has chosen or opened."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from lifebook.model.dates import format_uk_date
from lifebook.model.enums import BookStatus
from lifebook.services import delivery, qa, workflow
from lifebook.services.errors import ServiceError
from lifebook.ui.tips import explain_buttons
from lifebook.ui.workflow.qa_dialog import review_book

if TYPE_CHECKING:
    from lifebook.ui.main_window import MainWindow


class DeliveryDialog(QDialog):
    """To whom and when an approved book was delivered."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("DeliveryDialog", "Mark as delivered"))
        self.to = QComboBox()
        self.to.setEditable(True)
        self.to.addItems(list(delivery.USUAL_RECIPIENTS))
        self.to.setAccessibleName(QCoreApplication.translate("DeliveryDialog", "Delivered to"))
        self.to.setToolTip(QCoreApplication.translate("DeliveryDialog", "Who received the book: choose or type"))
        self.on = QDateEdit(QDate.currentDate())
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("d MMMM yyyy")
        self.on.setMaximumDate(QDate.currentDate())
        self.on.setAccessibleName(QCoreApplication.translate("DeliveryDialog", "Delivered on"))
        self.on.setToolTip(QCoreApplication.translate("DeliveryDialog", "The day it was handed over"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(QCoreApplication.translate("DeliveryDialog", "For example: printed copy handed over at the celebration"))
        self.note.setAccessibleName(QCoreApplication.translate("DeliveryDialog", "Note"))
        self.note.setToolTip(QCoreApplication.translate("DeliveryDialog", "Anything the record should say about the handover (optional)"))
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("DeliveryDialog", "Delivered to"), self.to)
        form.addRow(QCoreApplication.translate("DeliveryDialog", "On"), self.on)
        form.addRow(QCoreApplication.translate("DeliveryDialog", "Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("DeliveryDialog", "Mark as delivered"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(QCoreApplication.translate("DeliveryDialog", "Record that the book was handed over"))
        explain_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        intro = QLabel(QCoreApplication.translate("DeliveryDialog", "Who received “{title}”, and when? Lifebook keeps a copy of the final PDF with this record.").format(title=title))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict:
        on = self.on.date()
        return {"to": self.to.currentText(), "on": date(on.year(), on.month(), on.day()),
                "note": self.note.text()}


class WorkflowActions:
    """Builds the menu and runs each action through the workflow services."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.menu = QMenu(QCoreApplication.translate("WorkflowActions", "&Quality assurance"), window)
        self.send_action = self._add(QCoreApplication.translate("WorkflowActions", "&Send for QA…"), self.send_for_qa,
                                     QCoreApplication.translate("WorkflowActions", "Tell the team manager this book is ready for quality assurance"))
        self.review_action = self._add(QCoreApplication.translate("WorkflowActions", "&Review and sign off…"), self.review,
                                       QCoreApplication.translate("WorkflowActions", "Go through the QA checklist, then approve or request changes"))
        self.deliver_action = self._add(QCoreApplication.translate("WorkflowActions", "&Mark as delivered…"), self.mark_delivered,
                                        QCoreApplication.translate("WorkflowActions", "Record who the approved book went to, and keep its final PDF"))
        self.menu.addSeparator()
        self.record_action = self._add(QCoreApplication.translate("WorkflowActions", "Sa&ve the QA record…"), self.save_record,
                                       QCoreApplication.translate("WorkflowActions", "A one-page PDF of the last review, for the child's file"))
        self.status_action = self._add(QCoreApplication.translate("WorkflowActions", "Status and &history…"), self.show_history,
                                       QCoreApplication.translate("WorkflowActions", "Where this book is in quality assurance, and every move"))
        self.menu.aboutToShow.connect(self.update)

    def _add(self, text: str, slot, tip: str) -> QAction:  # noqa: ANN001
        act = QAction(text, self.window)
        act.setToolTip(tip)
        act.setStatusTip(tip)
        act.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(act)
        return act

    def book(self) -> workflow.WorkflowInfo | None:
        book_id = self.window.chosen_book_id()
        if book_id is None:
            return None
        try:
            return workflow.book_workflow(self.window.library, book_id)
        except ServiceError:
            return None

    def update(self) -> None:
        info = self.book()
        status = BookStatus(info.status) if info else None
        nexts = set(info.next_statuses) if info else set()
        self.send_action.setEnabled(BookStatus.IN_REVIEW.value in nexts)
        self.review_action.setEnabled(status is BookStatus.IN_REVIEW)
        self.deliver_action.setEnabled(status in (BookStatus.APPROVED, BookStatus.HANDED_OVER))
        self.record_action.setEnabled(info is not None)
        self.status_action.setEnabled(info is not None)

    def _done(self, info: workflow.WorkflowInfo, message: str) -> None:
        window = self.window
        if window.editor is not None:
            window.editor.flush()
        window.refresh(window.current_selection())
        if window.editor is not None:
            window.editor.workflow_banner.refresh()
        window.statusBar().showMessage(message, 8000)

    def _try(self, title: str, work):  # noqa: ANN001, ANN202
        try:
            return work()
        except ServiceError as exc:
            QMessageBox.warning(self.window, title, str(exc))
            return None

    def send_for_qa(self) -> None:
        info = self.book()
        if info is None:
            return
        if self.window.editor is not None:
            self.window.editor.flush()
        comment, ok = QInputDialog.getText(self.window, QCoreApplication.translate("WorkflowActions", "Send for QA"),
                                           QCoreApplication.translate("WorkflowActions", "A note for the reviewer of “{title}” (optional):").format(title=info.title))
        if not ok:
            return
        done = self._try(QCoreApplication.translate("WorkflowActions", "Could not send the book for QA"), lambda: workflow.set_status(
            self.window.library, info.book_id, BookStatus.IN_REVIEW, comment=comment))
        if done is not None:
            self._done(done, f"“{done.title}” is ready for quality assurance (QA).")

    def review(self) -> None:
        info = self.book()
        if info is None:
            return
        if info.status != BookStatus.IN_REVIEW.value:
            QMessageBox.information(self.window, QCoreApplication.translate("WorkflowActions", "Review and sign off"),
                                    QCoreApplication.translate("WorkflowActions", "“{title}” is {value3}. Only a book sent for QA can be reviewed.").format(title=info.title, value3=info.status_label.lower()))
            return
        if self.window.editor is not None:
            self.window.editor.flush()
        done = review_book(self.window.library, info.book_id, self.window)
        if done is not None:
            self._done(done, f"“{done.title}”: {done.status_label.lower()}.")

    def mark_delivered(self) -> None:
        info = self.book()
        if info is None:
            return
        dialog = DeliveryDialog(info.title, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        library = self.window.library

        def work(progress, cancel):  # noqa: ANN001, ANN202
            return delivery.deliver(library, info.book_id, progress=progress, cancel=cancel,
                                    **values)

        def finished(result) -> None:  # noqa: ANN001
            self._done(workflow.book_workflow(library, info.book_id),
                       f"{result.line}. The final PDF is kept in the library.")

        self.window._start_job(QCoreApplication.translate("WorkflowActions", "Making the final copy"), work, finished)

    def save_record(self) -> None:
        info = self.book()
        if info is None:
            return
        start = str(Path.home() / f"QA record - {info.title}.pdf")
        path, _ = QFileDialog.getSaveFileName(self.window, QCoreApplication.translate("WorkflowActions", "Save the QA record"), start, QCoreApplication.translate("WorkflowActions", "PDF (*.pdf)"))
        if not path:
            return
        record = self._try(QCoreApplication.translate("WorkflowActions", "Could not save the QA record"), lambda: qa.export_qa_record(
            self.window.library, info.book_id, Path(path)))
        if record is not None:
            self.window.statusBar().showMessage(QCoreApplication.translate("WorkflowActions", "Saved the QA record: {path}").format(path=path), 8000)

    def show_history(self) -> None:
        info = self.book()
        if info is None:
            return
        lines = [info.summary, ""]
        for change in info.history:
            line = (f"{format_uk_date(change.at.date())}: {change.to_label}, by {change.by}")
            lines.append(line + (f" — {change.comment}" if change.comment else ""))
        lines += [d.line for d in info.deliveries]
        QMessageBox.information(self.window, QCoreApplication.translate("WorkflowActions", "Quality assurance: {title}").format(title=info.title), "\n".join(lines))


def add_workflow_menu(window: MainWindow) -> WorkflowActions:
    """The Quality assurance menu, placed before Help."""
    actions = WorkflowActions(window)
    window.menuBar().addMenu(actions.menu)
    return actions
