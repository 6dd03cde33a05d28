"""What the workflow services return: a book's place in QA, its history, revisions,
QA records and deliveries, as frozen records with ``as_dict()`` for ``--json``.

No Qt, no SQLAlchemy: standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from lifebook.i18n import translate
from lifebook.model.dates import format_uk_date


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True)
class StatusChangeInfo:
    """One move of a book through its workflow."""

    id: int
    book_id: int
    from_status: str  # BookStatus values
    to_status: str
    from_label: str
    to_label: str
    at: datetime
    by: str
    comment: str

    def as_dict(self) -> dict:
        return {"id": self.id, "book_id": self.book_id, "from": self.from_status,
                "to": self.to_status, "from_label": self.from_label, "to_label": self.to_label,
                "at": _iso(self.at), "by": self.by, "comment": self.comment}


@dataclass(frozen=True)
class RevisionInfo:
    """An approved revision, frozen: what a final copy is made from."""

    id: int
    book_id: int
    number: int
    approved_by: str
    approved_at: datetime
    approval_line: str  # "Approved by Sam Patel, 3 March 2027"
    pages: int

    def as_dict(self) -> dict:
        return {"id": self.id, "book_id": self.book_id, "number": self.number,
                "approved_by": self.approved_by, "approved_at": _iso(self.approved_at),
                "approval_line": self.approval_line, "pages": self.pages}


@dataclass(frozen=True)
class DeliveryInfo:
    """An approved revision handed over, with the final PDF kept in the library."""

    id: int
    book_id: int
    revision: int
    delivered_to: str
    delivered_on: date
    recorded_by: str
    note: str
    pdf_sha256: str
    pdf_bytes: int
    line: str  # "Delivered to adopters, 3 March 2027"

    def as_dict(self) -> dict:
        return {"id": self.id, "book_id": self.book_id, "revision": self.revision,
                "delivered_to": self.delivered_to, "delivered_on": _iso(self.delivered_on),
                "recorded_by": self.recorded_by, "note": self.note,
                "pdf_sha256": self.pdf_sha256, "pdf_bytes": self.pdf_bytes, "line": self.line}


@dataclass(frozen=True)
class WorkflowInfo:
    """Where a book is in quality assurance, and what can happen next."""

    book_id: int
    title: str
    status: str  # a BookStatus value
    status_label: str
    revision: int  # the revision being worked on (or approved)
    next_statuses: tuple[str, ...]  # BookStatus values the book may move to now
    approved: RevisionInfo | None = None  # the newest approved revision, if any
    history: tuple[StatusChangeInfo, ...] = field(default=(), hash=False)
    deliveries: tuple[DeliveryInfo, ...] = field(default=(), hash=False)

    @property
    def summary(self) -> str:
        """One line for the editor and the CLI: "Approved (revision 2) by Sam Patel, 3 March 2027"."""
        status = translate("labels", self.status_label)  # in the catalogue from ui/labels.py
        if self.approved is not None and self.approved.number == self.revision:
            when = self.approved.approved_at
            return translate("model.workflow", "{status} (revision {revision}): approved by {name}, "
                             "{date}").format(status=status, revision=self.revision,
                                              name=self.approved.approved_by,
                                              date=format_uk_date(getattr(when, "date", lambda: when)()))
        if self.approved is not None:
            return translate("model.workflow", "{status} (revision {revision}); revision "
                             "{approved} is approved").format(status=status, revision=self.revision,
                                                              approved=self.approved.number)
        return translate("model.workflow", "{status} (revision {revision})").format(
            status=status, revision=self.revision)

    def as_dict(self) -> dict:
        return {
            "book_id": self.book_id, "title": self.title, "status": self.status,
            "status_label": self.status_label, "revision": self.revision,
            "next": list(self.next_statuses),
            "approved": self.approved.as_dict() if self.approved else None,
            "history": [h.as_dict() for h in self.history],
            "deliveries": [d.as_dict() for d in self.deliveries],
        }


@dataclass(frozen=True)
class AnswerInfo:
    key: str
    section: str
    text: str  # the item as the reviewer read it (the child's name filled in)
    answer: str  # a QaAnswer value
    answer_label: str
    comment: str

    def as_dict(self) -> dict:
        return {"key": self.key, "section": self.section, "text": self.text,
                "answer": self.answer, "answer_label": self.answer_label,
                "comment": self.comment}


@dataclass(frozen=True)
class QaRecordInfo:
    """One QA review: the checklist as answered, the automated findings then, the outcome."""

    id: int
    book_id: int
    book_title: str
    child_name: str
    kind_label: str
    revision: int
    checklist_title: str
    outcome: str  # a BookStatus value: approved or changes-requested
    outcome_label: str
    reviewer: str
    at: datetime
    comment: str
    answers: tuple[AnswerInfo, ...]
    findings: tuple[dict, ...] = field(default=(), hash=False)  # preflight.finding_dict shape

    def as_dict(self) -> dict:
        return {"id": self.id, "book_id": self.book_id, "book_title": self.book_title,
                "child_name": self.child_name, "kind_label": self.kind_label,
                "revision": self.revision, "checklist_title": self.checklist_title,
                "outcome": self.outcome, "outcome_label": self.outcome_label,
                "reviewer": self.reviewer, "at": _iso(self.at), "comment": self.comment,
                "answers": [a.as_dict() for a in self.answers], "findings": list(self.findings)}
