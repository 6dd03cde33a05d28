"""Quality assurance (QA) reviews: the checklist for a book, signing off, the records.

The reviewer answers the book's checklist (``templates/qa/``) beside the
automated findings of the checks before printing, then approves the book or
requests changes with a comment. ``sign_off`` checks the answers
(``checks.checklists``), stores them as a QA record with the findings of the
moment, and moves the book (``services.workflow.set_status``), all in one
transaction. ``export_qa_record`` writes a record as a one-page PDF for the
child's file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from lifebook.checks.checklists import (
    Checklist,
    ItemAnswer,
    approval_problems,
    changes_problems,
    checklist_for,
)
from lifebook.i18n import translate
from lifebook.layout.display import Finding
from lifebook.model.enums import BookKind, BookStatus, QaAnswer
from lifebook.model.workflow import AnswerInfo, QaRecordInfo, WorkflowInfo
from lifebook.services.books import get_book
from lifebook.services.errors import InvalidInput, NotFound
from lifebook.services.workflow import set_status
from lifebook.store.db import Library
from lifebook.store.models import Book, QaRecord


@dataclass(frozen=True)
class QaForm:
    """What a reviewer needs: the book, its checklist and the automated findings now."""

    book_id: int
    title: str
    child_name: str
    kind_label: str
    status: str  # a BookStatus value
    revision: int
    checklist: Checklist
    findings: tuple[Finding, ...]

    def item_text(self, key: str) -> str:
        item = self.checklist.item(key)
        return item.wording(self.child_name) if item else key


def qa_form(library: Library, book_id: int) -> QaForm:
    """The checklist and the findings for reviewing a book now; raises NotFound."""
    from lifebook.checks.preflight import preflight
    from lifebook.services.content import load_book_content

    content = load_book_content(library, book_id)
    with library.session() as s:
        book = get_book(s, book_id)
        status, revision = book.status, book.revision or 1
    return QaForm(book_id=book_id, title=content.title, child_name=content.child_name,
                  kind_label=content.kind.label, status=status, revision=revision,
                  checklist=checklist_for(content.kind), findings=tuple(preflight(content)))


def _answers_json(form: QaForm, answers: dict[str, ItemAnswer]) -> str:
    out = []
    for item in form.checklist.items:
        answer = answers.get(item.key, ItemAnswer(item.key))
        out.append({"key": item.key, "section": item.section, "text": form.item_text(item.key),
                    "answer": answer.answer.value, "comment": answer.comment.strip()})
    return json.dumps(out, ensure_ascii=False)


def sign_off(
    library: Library,
    book_id: int,
    *,
    approve: bool,
    answers: dict[str, ItemAnswer],
    comment: str = "",
    by: str | None = None,
    form: QaForm | None = None,
) -> WorkflowInfo:
    """Approve a book, or request changes, with the QA checklist as answered.

    Raises InvalidInput (the checklist does not allow it yet: every reason, one
    per line), MoveRefused (not ready for QA; errors found by the checks) or NotFound.
    """
    from lifebook.checks.preflight import finding_dict

    form = form or qa_form(library, book_id)
    if approve:
        problems = approval_problems(form.checklist, answers, form.child_name)
    else:
        problems = changes_problems(form.checklist, answers, comment, form.child_name)
    if problems:
        raise InvalidInput("\n".join(problems))
    record = QaRecord(checklist=form.checklist.key, answers=_answers_json(form, answers),
                      findings=json.dumps([finding_dict(f) for f in form.findings],
                                          ensure_ascii=False),
                      comment=comment.strip(), reviewer="")
    target = BookStatus.APPROVED if approve else BookStatus.CHANGES_REQUESTED
    return set_status(library, book_id, target, by=by, comment=comment, qa=record)


def _record_info(book: Book, row: QaRecord) -> QaRecordInfo:
    try:
        title = checklist_for(row.checklist).title
    except (ValueError, OSError):
        title = translate("services.qa", "Quality assurance checklist")
    answers = []
    for raw in json.loads(row.answers or "[]"):
        answer = QaAnswer(raw.get("answer", QaAnswer.UNANSWERED.value))
        answers.append(AnswerInfo(key=raw.get("key", ""), section=raw.get("section", ""),
                                  text=raw.get("text", ""), answer=answer.value,
                                  answer_label=answer.label, comment=raw.get("comment", "")))
    outcome = BookStatus(row.outcome)
    return QaRecordInfo(
        id=row.id, book_id=book.id, book_title=book.title, child_name=book.child.display_name,
        kind_label=BookKind(book.kind).label, revision=row.revision_number,
        checklist_title=title, outcome=outcome.value,
        outcome_label=translate("labels", "Approved" if outcome is BookStatus.APPROVED
                                else "Changes requested"),
        reviewer=row.reviewer, at=row.at, comment=row.comment, answers=tuple(answers),
        findings=tuple(json.loads(row.findings or "[]")),
    )


def qa_records(library: Library, book_id: int) -> list[QaRecordInfo]:
    """Every QA review of a book, oldest first; raises NotFound."""
    with library.session() as s:
        book = get_book(s, book_id)
        rows = s.scalars(select(QaRecord).where(QaRecord.book_id == book_id)
                         .order_by(QaRecord.at, QaRecord.id))
        return [_record_info(book, r) for r in rows]


def qa_record(library: Library, book_id: int, record_id: int | None = None) -> QaRecordInfo:
    """One QA review (the newest unless ``record_id``); raises NotFound."""
    records = qa_records(library, book_id)
    if not records:
        raise NotFound(translate("services.qa", "this book has not been through quality assurance (QA) yet"))
    if record_id is None:
        return records[-1]
    for record in records:
        if record.id == record_id:
            return record
    raise NotFound(translate("services.qa", "this book has no QA record with id {record_id}").format(
        record_id=record_id))


def export_qa_record(library: Library, book_id: int, out_path: Path,
                     record_id: int | None = None) -> QaRecordInfo:
    """Write a QA record as a one-page PDF for the child's file; raises NotFound or ExportFailed."""
    from lifebook.render.qa_pdf import paint_qa_record
    from lifebook.services.export import ExportFailed, _write_atomically

    record = qa_record(library, book_id, record_id)
    out_path = Path(out_path)
    if not out_path.parent.is_dir():
        raise ExportFailed(translate("services.qa", "The folder {parent} does not exist.").format(
            parent=out_path.parent))
    _write_atomically(out_path, lambda fh: paint_qa_record(record, fh))
    return record
