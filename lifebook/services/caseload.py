"""The caseload: every child's deliverables with due dates and state, and the KPIs.

Reads the children, their books and the books' workflow history in one read
session and hands plain records to ``lifebook.tracking``. Nothing here
changes the library.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from lifebook.i18n import translate
from lifebook.model.dates import format_uk_date
from lifebook.services.children import KEY_DATE_NAMES
from lifebook.services.errors import InvalidInput
from lifebook.store.db import Library
from lifebook.store.models import Book, BookStatusChange, Child
from lifebook.tracking.deliverables import (
    DELIVERED,
    CaseBook,
    CaseChild,
    Deliverable,
    deliverables_for,
    urgency_order,
)
from lifebook.tracking.kpi import KpiReport, StatusMove, kpi_report
from lifebook.tracking.rules import DeadlineRule, RuleError, load_rules


def _rules(rules: list[DeadlineRule] | None) -> list[DeadlineRule]:
    if rules is not None:
        return rules
    try:
        return load_rules()
    except RuleError as exc:
        raise InvalidInput(str(exc)) from None


def _delivered_on(book: Book, moves: list[BookStatusChange]) -> date | None:
    if book.status != DELIVERED.value:
        return None
    into = [m.at for m in moves if m.to_status == DELIVERED.value]
    return max(into).date() if into else book.updated_at.date()


def _case_children(session: Session) -> tuple[list[CaseChild], list[StatusMove]]:
    children = session.scalars(
        select(Child).options(selectinload(Child.books)).order_by(Child.full_name, Child.id)
    ).all()
    history: dict[int, list[BookStatusChange]] = {}
    for move in session.scalars(select(BookStatusChange).order_by(BookStatusChange.at,
                                                                  BookStatusChange.id)):
        history.setdefault(move.book_id, []).append(move)
    cases, moves = [], []
    for child in children:
        books = sorted(child.books, key=lambda b: (b.created_at, b.id))
        cases.append(CaseChild(
            id=child.id, name=child.full_name, plan=child.plan, nation=child.nation,
            worker=child.allocated_worker,
            dates={short: getattr(child, column) for column, short in KEY_DATE_NAMES.items()},
            books=tuple(CaseBook(id=b.id, kind=b.kind, title=b.title, status=b.status,
                                 delivered_on=_delivered_on(b, history.get(b.id, [])))
                        for b in books),
        ))
        for book in books:
            moves += [StatusMove(book_id=m.book_id, plan=child.plan, from_status=m.from_status,
                                 to_status=m.to_status, at=m.at) for m in history.get(book.id, [])]
    return cases, moves


def list_deliverables(library: Library, as_of: date | None = None, *,
                      rules: list[DeadlineRule] | None = None) -> list[Deliverable]:
    """Every child's deliverables as they stand on ``as_of`` (default today), most urgent first.

    Raises InvalidInput when the deadline rules cannot be read (the message
    names the file and the setting).
    """
    as_of = as_of or date.today()
    rules = _rules(rules)
    with library.session() as s:
        cases, _moves = _case_children(s)
    out: list[Deliverable] = []
    for case in cases:
        out += deliverables_for(case, rules, as_of)
    return urgency_order(out)


def report(library: Library, start: date, end: date, as_of: date | None = None, *,
           rules: list[DeadlineRule] | None = None) -> KpiReport:
    """The KPIs for deliverables due from ``start`` to ``end`` (inclusive), as of ``as_of``.

    Raises InvalidInput for a period that ends before it starts, or unreadable rules.
    """
    if end < start:
        raise InvalidInput(translate("services.caseload", "the report period ends "
                                                          "({end}) before it starts "
                                                          "({start})").format(
                                                              end=format_uk_date(end), start=format_uk_date(start)))
    as_of = as_of or date.today()
    rules = _rules(rules)
    with library.session() as s:
        cases, moves = _case_children(s)
    items: list[Deliverable] = []
    for case in cases:
        items += deliverables_for(case, rules, as_of)
    return kpi_report(items, moves, start, end, as_of)
