"""A quiet line above the open book: its QA status, and what an edit will do."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from lifebook.model.enums import BookStatus
from lifebook.services import workflow
from lifebook.services.errors import ServiceError
from lifebook.store.db import Library

COLOURS = {"draft": ("#F6F0E8", "#6B625C"), "in-review": ("#FFF3DC", "#8A5300"),
           "changes-requested": ("#FDECEA", "#B3261E"), "approved": ("#E6F2EC", "#2F6F55"),
           "handed-over": ("#E4F1F3", "#2C6A71")}


class WorkflowBanner(QLabel):
    def __init__(self, library: Library, book_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.book_id = book_id
        self.setWordWrap(True)
        self.setObjectName("workflowBanner")
        self.setAccessibleName("Quality assurance status")
        self.refresh()

    def refresh(self, *_args: object) -> None:
        try:
            info = workflow.book_workflow(self.library, self.book_id)
        except ServiceError:
            return
        text = info.summary
        if info.status in (BookStatus.APPROVED.value, BookStatus.HANDED_OVER.value):
            text += (f". Changing it starts revision {info.revision + 1}, which needs QA again; "
                     f"revision {info.revision} stays as approved.")
        elif info.status == BookStatus.IN_REVIEW.value:
            text += ". Waiting for a reviewer: Quality assurance → Review and sign off…"
        elif info.status == BookStatus.CHANGES_REQUESTED.value and info.history:
            last = info.history[-1]
            text += f": “{last.comment}” ({last.by}). Send it for QA again when done."
        background, ink = COLOURS.get(info.status, COLOURS["draft"])
        self.setStyleSheet(f"QLabel#workflowBanner {{ background: {background}; color: {ink}; "
                           "border-radius: 6px; padding: 4px 10px; }")
        self.setText(text)
