"""Performance indicators over a period, overall and by plan.

For the deliverables due in the period (``start`` to ``end``, both included):
how many were due, completed on time, completed late, still outstanding and
overdue (or not yet due), and the median days late. Late deliverables count
whether delivered (days from due date to delivery) or still outstanding (days
from the due date to the as-of day), so a backlog never hides behind the
median.

From the books' workflow history: the median days a book waited in quality
assurance (each wait that ended in the period, from going to QA to the
manager's decision), and the share of books approved at their first QA
(books whose first QA decision fell in the period).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date, datetime

from lifebook.i18n import translate
from lifebook.model.enums import BookStatus, Plan
from lifebook.tracking.deliverables import AWAITING_QA, Deliverable, State

ALL = "all"


@dataclass(frozen=True)
class StatusMove:
    """One recorded move of a book through its workflow."""

    book_id: int
    plan: str  # the child's plan
    from_status: str
    to_status: str
    at: datetime


@dataclass(frozen=True)
class KpiRow:
    """The indicators for one group: every plan (``group == "all"``) or one plan."""

    group: str
    label: str
    due: int
    on_time: int
    late: int
    overdue: int  # outstanding and past the due date on the as-of day
    not_yet_due: int  # outstanding, due after the as-of day
    median_days_late: float | None
    median_days_in_qa: float | None
    qa_waits: int  # how many QA waits the median is over
    first_qa_decided: int  # books whose first QA decision fell in the period
    first_qa_approved: int
    approved_first_time_pct: float | None

    def as_dict(self) -> dict:
        return {
            "group": self.group,
            "label": self.label,
            "due": self.due,
            "completed_on_time": self.on_time,
            "completed_late": self.late,
            "outstanding_overdue": self.overdue,
            "outstanding_not_yet_due": self.not_yet_due,
            "median_days_late": self.median_days_late,
            "median_days_in_qa": self.median_days_in_qa,
            "qa_waits": self.qa_waits,
            "first_qa_decisions": self.first_qa_decided,
            "approved_at_first_qa": self.first_qa_approved,
            "approved_at_first_qa_percent": self.approved_first_time_pct,
        }


@dataclass(frozen=True)
class KpiReport:
    start: date
    end: date
    as_of: date
    rows: tuple[KpiRow, ...]  # overall first, then each plan in Plan order

    @property
    def overall(self) -> KpiRow:
        return self.rows[0]

    def row(self, group: str) -> KpiRow:
        return next(r for r in self.rows if r.group == group)

    def as_dict(self) -> dict:
        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "as_of": self.as_of.isoformat(),
            "rows": [r.as_dict() for r in self.rows],
        }


def _median(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def qa_waits(moves: list[StatusMove]) -> list[tuple[StatusMove, int]]:
    """Each wait in QA, as (the move that ended it, whole days waited); in time order."""
    by_book: dict[int, list[StatusMove]] = {}
    for move in sorted(moves, key=lambda m: (m.at, m.book_id)):
        by_book.setdefault(move.book_id, []).append(move)
    out = []
    for book_moves in by_book.values():
        entered: datetime | None = None
        for move in book_moves:
            if move.from_status == AWAITING_QA.value and entered is not None:
                out.append((move, (move.at.date() - entered.date()).days))
                entered = None
            if move.to_status == AWAITING_QA.value:
                entered = move.at
    return out


def first_qa_decisions(moves: list[StatusMove]) -> list[StatusMove]:
    """Each book's first move out of QA to approved or changes requested."""
    decisions = (BookStatus.APPROVED.value, BookStatus.CHANGES_REQUESTED.value)
    first: dict[int, StatusMove] = {}
    for move in sorted(moves, key=lambda m: (m.at, m.book_id)):
        if (move.from_status == AWAITING_QA.value and move.to_status in decisions
                and move.book_id not in first):
            first[move.book_id] = move
    return list(first.values())


def _row(group: str, label: str, items: list[Deliverable], moves: list[StatusMove],
         start: date, end: date, as_of: date) -> KpiRow:
    on_time = late = overdue = not_yet = 0
    days_late: list[int] = []
    for d in items:
        assert d.due is not None
        if d.state is State.DONE and d.completed_on is not None:
            if d.completed_on <= d.due:
                on_time += 1
            else:
                late += 1
                days_late.append((d.completed_on - d.due).days)
        elif d.due < as_of:
            overdue += 1
            days_late.append((as_of - d.due).days)
        else:
            not_yet += 1
    waits = [days for move, days in qa_waits(moves) if start <= move.at.date() <= end]
    firsts = [m for m in first_qa_decisions(moves) if start <= m.at.date() <= end]
    approved = sum(1 for m in firsts if m.to_status == BookStatus.APPROVED.value)
    return KpiRow(
        group=group, label=label, due=len(items), on_time=on_time, late=late, overdue=overdue,
        not_yet_due=not_yet, median_days_late=_median(days_late),
        median_days_in_qa=_median(waits), qa_waits=len(waits),
        first_qa_decided=len(firsts), first_qa_approved=approved,
        approved_first_time_pct=round(100 * approved / len(firsts), 1) if firsts else None,
    )


def kpi_report(deliverables: list[Deliverable], moves: list[StatusMove], start: date, end: date,
               as_of: date) -> KpiReport:
    """The indicators for ``start``..``end`` (inclusive), as they stand on ``as_of``.

    ``deliverables`` must have been worked out as of ``as_of``
    (``deliverables_for``); those with no due date are never due in a period.
    """
    if end < start:
        raise ValueError("the report period ends before it starts")
    due = [d for d in deliverables if d.due is not None and start <= d.due <= end]
    rows = [_row(ALL, translate("tracking.kpi", "All plans"), due, moves, start, end, as_of)]
    for plan in Plan:
        rows.append(_row(plan.value, translate("labels", plan.label), [d for d in due if d.plan == plan.value],
                         [m for m in moves if m.plan == plan.value], start, end, as_of))
    return KpiReport(start=start, end=end, as_of=as_of, rows=tuple(rows))
