"""Each child's deliverables: what is due, when, which book fulfils it, and how it stands.

The services hand in plain ``CaseChild`` records (the child's plan, nation,
key dates and books); ``deliverables_for`` applies the deadline rules and
``urgency_order`` sorts the result for the caseload view and ``lifebook
deadlines``. A deliverable is done when its book has been delivered (on or
before the day the caseload is looked at).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from lifebook.i18n import QT_TRANSLATE_NOOP, translate
from lifebook.model.dates import format_uk_date
from lifebook.model.enums import BookStatus, LabelledEnum, Nation, Plan
from lifebook.tracking.rules import DeadlineRule, rules_for

DUE_SOON_DAYS = 14  # "due soon": due today or within the next 14 days


def _status(*names: str) -> BookStatus:
    """A workflow status by member name, so a renamed member is found under either name."""
    for name in names:
        if name in BookStatus.__members__:
            return BookStatus[name]
    raise LookupError(f"BookStatus has none of {names}")


DELIVERED = _status("DELIVERED", "HANDED_OVER")
AWAITING_QA = _status("READY_FOR_QA", "IN_REVIEW")


class State(LabelledEnum):
    """How a deliverable stands; shown as words (and a colour), never colour alone."""

    OVERDUE = "overdue"
    DUE_SOON = "due-soon"
    ON_TRACK = "on-track"
    DATE_UNKNOWN = "date-unknown"
    DONE = "done"

    @property
    def label(self) -> str:
        return translate("tracking.deliverables", _STATE_LABELS[self])


_STATE_LABELS = {  # translated where read (State.label)
    State.OVERDUE: QT_TRANSLATE_NOOP("tracking.deliverables", "Overdue"),
    State.DUE_SOON: QT_TRANSLATE_NOOP("tracking.deliverables", "Due soon"),
    State.ON_TRACK: QT_TRANSLATE_NOOP("tracking.deliverables", "On track"),
    State.DATE_UNKNOWN: QT_TRANSLATE_NOOP("tracking.deliverables", "Date unknown"),
    State.DONE: QT_TRANSLATE_NOOP("tracking.deliverables", "Done"),
}
URGENCY = [State.OVERDUE, State.DUE_SOON, State.ON_TRACK, State.DATE_UNKNOWN, State.DONE]


@dataclass(frozen=True)
class CaseBook:
    """One of the child's books, as the rules see it."""

    id: int
    kind: str  # a BookKind value
    title: str
    status: str  # a BookStatus value
    delivered_on: date | None = None  # when it was (last) delivered, if its status is delivered


@dataclass(frozen=True)
class CaseChild:
    """What the rules need to know about one child."""

    id: int
    name: str
    plan: str  # a Plan value
    nation: str  # a Nation value
    worker: str
    dates: dict[str, date | None] = field(default_factory=dict, hash=False)  # rules.DATE_NAMES keys
    books: tuple[CaseBook, ...] = ()  # oldest first




@dataclass(frozen=True)
class Deliverable:
    """One piece of life story work due for one child."""

    child_id: int
    child_name: str
    plan: str
    plan_label: str
    worker: str  # "" when no worker is allocated
    key: str  # the rule's key
    name: str  # "Life story book, final"
    book_kind: str
    basis: str  # how the date is worked out
    due: date | None  # None: date unknown
    missing: str  # what to fill in when the date is unknown ("" otherwise)
    state: State
    days_left: int | None  # calendar days from the as-of day to the due date; negative: overdue
    book_id: int | None = None
    book_title: str = ""
    book_status: str = ""  # a BookStatus value; "" when no book is started
    completed_on: date | None = None

    @property
    def awaiting_qa(self) -> bool:
        return self.book_status == AWAITING_QA.value

    @property
    def book_status_label(self) -> str:
        if not self.book_status:
            return translate("tracking.deliverables", "Not started")
        return translate("labels", BookStatus(self.book_status).label)

    @property
    def due_text(self) -> str:
        return format_uk_date(self.due) if self.due else translate("tracking.deliverables",
                                                                    "Date unknown")

    @property
    def when_text(self) -> str:
        """Days left or overdue in words: "3 days overdue", "due today", "in 12 days"."""
        if self.state is State.DONE:
            if not self.completed_on:
                return translate("tracking.deliverables", "Delivered")
            late = (self.completed_on - self.due).days if self.due else 0
            if late == 1:
                text = translate("tracking.deliverables", "Delivered {date}, 1 day late")
            elif late > 1:
                text = translate("tracking.deliverables", "Delivered {date}, {n} days late")
            else:
                text = translate("tracking.deliverables", "Delivered {date}")
            return text.format(date=format_uk_date(self.completed_on), n=late)
        if self.days_left is None:
            return translate("tracking.deliverables", "Needs the {missing}").format(
                missing=self.missing)
        if self.days_left == -1:
            return translate("tracking.deliverables", "1 day overdue")
        if self.days_left < 0:
            return translate("tracking.deliverables", "{n} days overdue").format(n=-self.days_left)
        if self.days_left == 0:
            return translate("tracking.deliverables", "Due today")
        if self.days_left == 1:
            return translate("tracking.deliverables", "1 day left")
        return translate("tracking.deliverables", "{n} days left").format(n=self.days_left)

    def as_dict(self) -> dict:
        return {
            "child_id": self.child_id,
            "child_name": self.child_name,
            "plan": self.plan,
            "worker": self.worker,
            "deliverable": self.key,
            "name": self.name,
            "book_kind": self.book_kind,
            "basis": self.basis,
            "due": self.due.isoformat() if self.due else None,
            "state": self.state.value,
            "days_left": self.days_left,
            "when": self.when_text,
            "book_id": self.book_id,
            "book_title": self.book_title,
            "book_status": self.book_status or None,
            "completed_on": self.completed_on.isoformat() if self.completed_on else None,
        }


def deliverables_for(child: CaseChild, rules: list[DeadlineRule], as_of: date) -> list[Deliverable]:
    """The child's deliverables under their plan's rules, as they stand on ``as_of``.

    When a plan asks for several deliverables of one kind (adoption: the first
    and the final life story book), the child's first book of that kind
    fulfils the first, the second book the second.
    """
    nation = Nation(child.nation)
    used: dict[str, int] = {}
    out = []
    for rule in rules_for(child.plan, rules):
        same_kind = [b for b in child.books if b.kind == rule.book_kind]
        index = used.get(rule.book_kind, 0)
        used[rule.book_kind] = index + 1
        book = same_kind[index] if index < len(same_kind) else None
        due = rule.due(child.dates, nation)
        completed = None
        if book is not None and book.status == DELIVERED.value and (
                book.delivered_on is None or book.delivered_on <= as_of):
            completed = book.delivered_on or as_of
        days_left = (due - as_of).days if due else None
        if completed is not None:
            state = State.DONE
        elif days_left is None:
            state = State.DATE_UNKNOWN
        elif days_left < 0:
            state = State.OVERDUE
        elif days_left <= DUE_SOON_DAYS:
            state = State.DUE_SOON
        else:
            state = State.ON_TRACK
        out.append(Deliverable(
            child_id=child.id, child_name=child.name, plan=child.plan,
            plan_label=Plan(child.plan).label, worker=child.worker, key=rule.key,
            name=rule.name, book_kind=rule.book_kind, basis=rule.basis, due=due,
            missing="" if due else rule.missing(), state=state, days_left=days_left,
            book_id=book.id if book else None, book_title=book.title if book else "",
            book_status=book.status if book else "", completed_on=completed,
        ))
    return out


def urgency_order(items: list[Deliverable]) -> list[Deliverable]:
    """Most urgent first: overdue (longest overdue first), due soon, on track, date unknown, done."""
    def key(d: Deliverable) -> tuple:
        return (URGENCY.index(d.state), d.days_left if d.days_left is not None else 0,
                d.child_name.lower(), d.key)
    return sorted(items, key=key)
