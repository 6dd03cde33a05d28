"""A quiet line above the open book: its QA status, and what an edit will do.

It follows the open book's edits; when one reopens an approved book (or a
sign-off approves it) the pages are laid out again, so the DRAFT watermark
comes and goes with the approval.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from lifebook.model.enums import BookStatus
from lifebook.services import workflow
from lifebook.services.errors import ServerUnreachable, ServiceError
from lifebook.ui.editor.document import BookDocument

APPROVED = (BookStatus.APPROVED.value, BookStatus.HANDED_OVER.value)

COLOURS = {"draft": ("#F6F0E8", "#6B625C"), "in-review": ("#FFF3DC", "#8A5300"),
           "changes-requested": ("#FDECEA", "#B3261E"), "approved": ("#E6F2EC", "#2F6F55"),
           "handed-over": ("#E4F1F3", "#2C6A71")}


class WorkflowBanner(QLabel):
    def __init__(self, doc: BookDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.library = doc.library
        self.book_id = doc.book_id
        self._approved = doc.content.approved  # as the pages were last laid out
        self.setWordWrap(True)
        self.setObjectName("workflowBanner")
        self.setAccessibleName(QCoreApplication.translate("WorkflowBanner", "Quality assurance status"))
        self.refresh()
        doc.pages_changed.connect(self.refresh)
        doc.structure_changed_signal.connect(self.refresh)

    def refresh(self, *_args: object) -> None:
        if self.doc.offline.active:  # the team server is out of reach: shown as it was
            return
        try:
            info = workflow.book_workflow(self.library, self.book_id)
        except ServiceError:
            return
        except ServerUnreachable:
            self.doc.offline.lost()
            return
        if (info.status in APPROVED) != self._approved:
            self._approved = info.status in APPROVED
            # every page is laid out again (the watermark), as after an edit of each: this
            # keeps the selection and anything being typed, then comes back here
            self.doc.pages_edited([p.page_id for p in self.doc.pages])
            return
        text = info.summary  # translated by model/workflow: "Approved (revision 2) by …"
        if info.status in APPROVED:
            text = QCoreApplication.translate(
                "WorkflowBanner", "{status}. Changing it starts revision {next}, which needs QA "
                "again; revision {revision} stays as approved.").format(
                status=text, next=info.revision + 1, revision=info.revision)
        elif info.status == BookStatus.IN_REVIEW.value:
            text = QCoreApplication.translate(
                "WorkflowBanner", "{status}. Waiting for a reviewer: Quality assurance → Review "
                "and sign off…").format(status=text)
        elif info.status == BookStatus.CHANGES_REQUESTED.value and info.history:
            last = info.history[-1]
            text = QCoreApplication.translate(
                "WorkflowBanner", "{status}: “{comment}” ({by}). Send it for QA again when "
                "done.").format(status=text, comment=last.comment, by=last.by)
        background, ink = COLOURS.get(info.status, COLOURS["draft"])
        self.setStyleSheet(f"QLabel#workflowBanner {{ background: {background}; color: {ink}; "
                           "border-radius: 6px; padding: 4px 10px; }")
        self.setText(text)
