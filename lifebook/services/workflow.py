"""A book's way through quality assurance (QA): the moves, approval, and its history.

    draft ──send for QA──▶ ready for QA ──approve──▶ approved ──deliver──▶ delivered
                  ▲             │  ▲   └─(take back)─▶ draft      │            │
                  │   request   ▼  │ send again                   └── edit ────┴──▶ draft,
                  │          changes requested                         next revision
                  └──────────────────────────────────────────────────────────────┘

Every move is one committed transaction that records who, when, from and to,
and a comment in ``book_status_changes`` (the caseload KPIs read it), with an
audit entry. An illegal move raises ``MoveRefused`` with the reason in words.
Approval is refused while the checks before printing find errors; it freezes
the book's content as an approved revision (``book_revisions``), from which
every final copy is made. Editing an approved or delivered book starts the
next draft revision (``lifebook.store.revisions`` notices the edit).
Delivering is in ``services.delivery``; QA checklists in ``services.qa``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lifebook.i18n import translate
from lifebook.layout.display import Finding
from lifebook.model.content import BookContent
from lifebook.model.dates import format_uk_date
from lifebook.model.enums import BookStatus, Severity
from lifebook.model.workflow import RevisionInfo, StatusChangeInfo, WorkflowInfo
from lifebook.services import snapshots
from lifebook.services.books import get_book
from lifebook.services.errors import InvalidInput, NotFound, ServiceError
from lifebook.store.db import Library
from lifebook.store.models import (
    Book,
    BookDelivery,
    BookRevision,
    BookStatusChange,
    QaRecord,
)

S = BookStatus
MOVES: dict[BookStatus, tuple[BookStatus, ...]] = {
    S.DRAFT: (S.IN_REVIEW,),
    S.IN_REVIEW: (S.APPROVED, S.CHANGES_REQUESTED, S.DRAFT),
    S.CHANGES_REQUESTED: (S.IN_REVIEW,),
    S.APPROVED: (S.HANDED_OVER, S.DRAFT),
    S.HANDED_OVER: (S.DRAFT,),
}
NAME_LIMIT = 100
COMMENT_LIMIT = 4000


class MoveRefused(ServiceError):
    """The book cannot make that move now; the message says why and what to do instead."""


def can_move(current: BookStatus, target: BookStatus) -> bool:
    """Whether a book that is ``current`` may move to ``target``."""
    return target in MOVES[current]


def refusal(current: BookStatus, target: BookStatus) -> str | None:
    """Why ``current`` → ``target`` is not allowed, in words; None when it is."""
    if can_move(current, target):
        return None
    name = translate("labels", current.label).lower().replace("(qa)", "(QA)")
    if current is target:
        return translate("services.workflow", "This book is already {name}.").format(name=name)
    if target is S.HANDED_OVER:
        return translate("services.workflow", "Only an approved book can be delivered, and this "
                         "one is {name}. It needs quality assurance (QA) and approval "
                         "first.").format(name=name)
    if current is S.DRAFT:
        return translate("services.workflow", "A draft must be sent for quality assurance (QA) "
                         "first: it can be approved, or have changes requested, only once it is "
                         "ready for QA.")
    if current is S.CHANGES_REQUESTED:
        return translate("services.workflow", "Changes were requested for this book. Make them, "
                         "then send it for quality assurance (QA) again; it can be approved from "
                         "there.")
    if current is S.APPROVED:
        return translate("services.workflow", "This book is approved. To change it, edit it "
                         "(that starts a new draft revision, which goes through QA again), or "
                         "reopen it as a draft.")
    if current is S.HANDED_OVER:
        return translate("services.workflow", "This book has been delivered. To change it, edit "
                         "it: that starts a new draft revision, which goes through QA again.")
    return translate("services.workflow", "A book that is {name} cannot become {target}.").format(
        name=name, target=translate("labels", target.label).lower())


def _clean(text: str, what: str, limit: int, *, required: bool = False) -> str:
    text = " ".join(text.split()) if what == "name" else text.strip()
    if required and not text:
        raise InvalidInput(translate("services.workflow",
                                     "say who is making this change (a name is needed)"))
    if len(text) > limit:
        raise InvalidInput((translate("services.workflow", "the name is too long ({length} "
                                      "characters; at most {limit})") if what == "name" else
                            translate("services.workflow", "the comment is too long ({length} "
                                      "characters; at most {limit})")).format(
            length=len(text), limit=limit))
    return text


def approval_line(name: str, when) -> str:  # noqa: ANN001 - a datetime or date
    """“Approved by Sam Patel, 3 March 2027”: the line stamped on a final copy."""
    day = when.date() if hasattr(when, "date") else when
    return f"Approved by {name}, {format_uk_date(day)}"  # i18n: skip (printed on the book)


# --- reading --------------------------------------------------------------------


def _change_info(row: BookStatusChange) -> StatusChangeInfo:
    return StatusChangeInfo(id=row.id, book_id=row.book_id, from_status=row.from_status,
                            to_status=row.to_status, from_label=S(row.from_status).label,
                            to_label=S(row.to_status).label, at=row.at, by=row.by,
                            comment=row.comment)


def revision_info(row: BookRevision) -> RevisionInfo:
    """An approved revision row as a record."""
    pages = len(json.loads(row.snapshot).get("pages", []))
    return RevisionInfo(id=row.id, book_id=row.book_id, number=row.number,
                        approved_by=row.approved_by, approved_at=row.approved_at,
                        approval_line=approval_line(row.approved_by, row.approved_at), pages=pages)


def _latest_revision(session: Session, book_id: int) -> BookRevision | None:
    return session.scalar(select(BookRevision).where(BookRevision.book_id == book_id)
                          .order_by(BookRevision.number.desc()).limit(1))


def workflow_of(session: Session, book: Book) -> WorkflowInfo:
    """A book's workflow record, read inside ``session``."""
    from lifebook.services.delivery import delivery_info

    status = S(book.status)
    latest = _latest_revision(session, book.id)
    history = session.scalars(select(BookStatusChange).where(BookStatusChange.book_id == book.id)
                              .order_by(BookStatusChange.at, BookStatusChange.id))
    deliveries = session.scalars(select(BookDelivery).where(BookDelivery.book_id == book.id)
                                 .order_by(BookDelivery.delivered_on, BookDelivery.id))
    return WorkflowInfo(
        book_id=book.id, title=book.title, status=status.value, status_label=status.label,
        revision=book.revision or 1, next_statuses=tuple(t.value for t in MOVES[status]),
        approved=revision_info(latest) if latest is not None else None,
        history=tuple(_change_info(h) for h in history),
        deliveries=tuple(delivery_info(session, d) for d in deliveries),
    )


def book_workflow(library: Library, book_id: int) -> WorkflowInfo:
    """A book's status, revision, newest approved revision, history and deliveries; raises NotFound."""
    with library.session() as s:
        return workflow_of(s, get_book(s, book_id))


def list_revisions(library: Library, book_id: int) -> list[RevisionInfo]:
    """A book's approved revisions, oldest first; raises NotFound."""
    with library.session() as s:
        get_book(s, book_id)
        rows = s.scalars(select(BookRevision).where(BookRevision.book_id == book_id)
                         .order_by(BookRevision.number))
        return [revision_info(r) for r in rows]


def approved_content(library: Library, book_id: int, revision: int | None = None) -> BookContent:
    """An approved revision's content exactly as approved (the newest unless ``revision``).

    This is what every final copy is made from. Raises NotFound (no such book or
    revision) or MoveRefused (the book has never been approved).
    """
    with library.session() as s:
        book = get_book(s, book_id)
        query = select(BookRevision).where(BookRevision.book_id == book_id)
        if revision is None:
            row = s.scalar(query.order_by(BookRevision.number.desc()).limit(1))
            if row is None:
                raise MoveRefused(
                    translate("services.workflow", "“{title}” has not been approved in quality "
                              "assurance (QA) yet, so it can only be exported as a draft with a "
                              "DRAFT watermark.").format(title=book.title))
        else:
            row = s.scalar(query.where(BookRevision.number == revision))
            if row is None:
                numbers = [r.number for r in s.scalars(query.order_by(BookRevision.number))]
                if numbers:
                    raise NotFound(translate("services.workflow", "revision {revision} of this "
                                             "book was never approved (approved revisions: "
                                             "{numbers})").format(
                        revision=revision, numbers=", ".join(map(str, numbers))))
                raise NotFound(translate("services.workflow", "revision {revision} of this book "
                                         "was never approved (approved revisions: none "
                                         "yet)").format(revision=revision))
        return snapshots.thaw(library, json.loads(row.snapshot),
                              approval=approval_line(row.approved_by, row.approved_at),
                              revision=row.number)


# --- moving ---------------------------------------------------------------------------


def error_findings(findings: Sequence[Finding]) -> list[Finding]:
    """The findings that stop an approval (error level)."""
    return [f for f in findings if Severity(f.severity) is Severity.ERROR]


def current_findings(library: Library, book_id: int) -> list[Finding]:
    """Every finding of the checks before printing, for the book as it is now."""
    from lifebook.checks.preflight import preflight
    from lifebook.services.content import load_book_content

    return preflight(load_book_content(library, book_id))


def _blocked_message(blockers: list[Finding]) -> str:
    count = len(blockers)
    listed = " ".join(f.message for f in blockers[:3])
    if count == 1:
        return translate("services.workflow", "This book cannot be approved while the checks "
                         "before printing find 1 error: {listed} Fix it, then approve "
                         "it.").format(listed=listed)
    if count <= 3:
        return translate("services.workflow", "This book cannot be approved while the checks "
                         "before printing find {count} errors: {listed} Fix them, then approve "
                         "it.").format(count=count, listed=listed)
    return translate("services.workflow", "This book cannot be approved while the checks before "
                     "printing find {count} errors: {listed} (and {more} more) Fix them, then "
                     "approve it.").format(count=count, listed=listed, more=count - 3)


def set_status(
    library: Library,
    book_id: int,
    target: BookStatus,
    *,
    by: str | None = None,
    comment: str = "",
    qa: QaRecord | None = None,
) -> WorkflowInfo:
    """Move a book to ``target``: one transaction, recorded with who, when and the comment.

    Raises NotFound, InvalidInput (no name; no comment when requesting changes)
    or MoveRefused (an illegal move, approval while the checks find errors,
    delivery: use ``services.delivery.deliver``, which keeps the final PDF).
    ``qa`` is the QA record (from ``services.qa``) stored with an approval or
    a request for changes; without one an empty record notes the outcome.
    """
    who = _clean(by if by is not None else library.actor, "name", NAME_LIMIT, required=True)
    comment = _clean(comment, "comment", COMMENT_LIMIT)
    if target is S.CHANGES_REQUESTED and not comment:
        raise InvalidInput(translate("services.workflow", "say what needs to change in a comment, "
                                     "so the book's author knows"))
    if target is S.HANDED_OVER:
        with library.session() as s:
            current = S(get_book(s, book_id).status)
        reason = refusal(current, target)
        if reason:
            raise MoveRefused(reason)
        raise MoveRefused(translate("services.workflow", "Say to whom and when the book was "
                                    "delivered: Lifebook keeps a copy of the final PDF with "
                                    "that record (Mark as delivered…)."))
    findings: list[Finding] = []
    if target is S.APPROVED:
        with library.session() as s:
            current = S(get_book(s, book_id).status)
        reason = refusal(current, target)
        if reason:
            raise MoveRefused(reason)
        findings = current_findings(library, book_id)
        blockers = error_findings(findings)
        if blockers:
            raise MoveRefused(_blocked_message(blockers))
    with library.transaction() as s:
        book = get_book(s, book_id)
        current = S(book.status)
        reason = refusal(current, target)
        if reason:
            raise MoveRefused(reason)
        record_move(library, s, book, target, who, comment)
        if target is S.APPROVED:
            _freeze(library, s, book, who, qa or _bare_record(book, comment, findings))
        elif target is S.CHANGES_REQUESTED:
            _store_qa(s, book, qa or _bare_record(book, comment, findings), who, comment,
                      S.CHANGES_REQUESTED, None)
        elif target is S.DRAFT and current in (S.APPROVED, S.HANDED_OVER):
            book.revision = (book.revision or 1) + 1  # the approved revision stays as it was
        s.flush()
        return workflow_of(s, book)


def record_move(library: Library, session: Session, book: Book, target: BookStatus, who: str,
                comment: str) -> None:
    """Change the status and record the move (the caller checked that it is allowed)."""
    before = book.status
    book.status = target.value
    session.add(BookStatusChange(book_id=book.id, from_status=before, to_status=target.value,
                                 by=who, comment=comment))
    library.audit(session, "change book status", "book", book.id, was=before, now=target.value,
                  by=who, revision=book.revision)


def _freeze(library: Library, session: Session, book: Book, who: str,
            qa: QaRecord) -> BookRevision:
    frozen = snapshots.freeze(book)
    number = book.revision or 1
    taken = session.scalar(select(func.count(BookRevision.id)).where(
        BookRevision.book_id == book.id, BookRevision.number == number))
    if taken:  # approved before and reopened without an edit: the number moves on
        number = (session.scalar(select(func.max(BookRevision.number)).where(
            BookRevision.book_id == book.id)) or 0) + 1
        book.revision = number
    frozen["revision"] = number
    row = BookRevision(book_id=book.id, number=number, snapshot=snapshots.dumps(frozen),
                       content_sha256=snapshots.content_hash(frozen), approved_by=who)
    session.add(row)
    session.flush()
    _store_qa(session, book, qa, who, "", S.APPROVED, row)
    library.audit(session, "approve revision", "book", book.id, revision=number,
                  content_sha256=row.content_sha256)
    return row


def _bare_record(book: Book, comment: str, findings: list[Finding]) -> QaRecord:
    """A QA record for a move made without the checklist (from the command line)."""
    from lifebook.checks.preflight import finding_dict

    return QaRecord(checklist=book.kind, answers="[]", comment=comment, reviewer="",
                    findings=json.dumps([finding_dict(f) for f in findings], ensure_ascii=False))


def _store_qa(session: Session, book: Book, qa: QaRecord, who: str, comment: str,
              outcome: BookStatus, revision: BookRevision | None) -> None:
    qa.book_id = book.id
    qa.revision_number = revision.number if revision is not None else (book.revision or 1)
    qa.revision_id = revision.id if revision is not None else None
    qa.outcome = outcome.value
    qa.reviewer = qa.reviewer or who
    session.add(qa)


# --- a deleted book's QA history (books.delete_book / restore_book) ------------------------

_HISTORY = (BookStatusChange, BookRevision, QaRecord, BookDelivery)
HistoryRows = dict  # table name -> rows as plain data: restore data for undo, not a result


def history_rows(session: Session, book_id: int) -> HistoryRows:
    """A book's moves, approved revisions, QA records and deliveries as plain data, so
    undoing a book's deletion brings its quality assurance history back too."""
    book = session.get(Book, book_id)
    out: dict = {"revision": book.revision if book is not None else 1}
    for model in _HISTORY:
        rows = session.scalars(select(model).where(model.book_id == book_id).order_by(model.id))
        out[model.__tablename__] = [
            {c.key: getattr(row, c.key) for c in model.__table__.columns if c.key != "book_id"}
            for row in rows]
    return out


def restore_history_rows(session: Session, book: Book, data: dict | None) -> None:
    """Put back what ``history_rows`` took, onto the restored ``book`` (inside its transaction)."""
    if not data:
        return
    book.revision = data.get("revision") or 1
    revision_ids: dict[int, int] = {}
    for model in _HISTORY:
        for values in data.get(model.__tablename__, []):
            values = dict(values)
            old_id = values.pop("id")
            if "revision_id" in values and values["revision_id"] is not None:
                values["revision_id"] = revision_ids.get(values["revision_id"])
                if values["revision_id"] is None and model is BookDelivery:
                    continue
            row = model(book_id=book.id, **values)
            session.add(row)
            session.flush()
            if model is BookRevision:
                revision_ids[old_id] = row.id
