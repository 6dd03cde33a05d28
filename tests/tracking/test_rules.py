"""The default deadline rules for every plan, and rule files that are refused clearly."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lifebook.model.enums import BookStatus, Nation, Plan
from lifebook.tracking.deliverables import (
    DELIVERED,
    CaseBook,
    CaseChild,
    State,
    deliverables_for,
    urgency_order,
)
from lifebook.tracking.rules import RuleError, load_rules

RULES = load_rules()
AS_OF = date(2026, 11, 27)  # a Friday


def _child(plan: Plan, nation: Nation = Nation.ENGLAND_WALES, books: tuple = (), **dates: date):
    return CaseChild(id=1, name="Ruby Jones", plan=plan.value, nation=nation.value,
                     worker="Sam Patel", dates=dates, books=books)


def _due(plan: Plan, nation: Nation = Nation.ENGLAND_WALES, **dates: date) -> dict[str, date | None]:
    return {d.key: d.due for d in deliverables_for(_child(plan, nation, **dates), RULES, AS_OF)}


def test_every_plan_asks_for_some_work() -> None:
    for plan in Plan:
        assert deliverables_for(_child(plan), RULES, AS_OF), plan


def test_adoption_first_stage_final_book_and_later_life_letter() -> None:
    # placement Mon 4 May 2026 + 4 weeks = Mon 1 June, + 3 months = Tue 1 September
    # celebration hearing Fri 13 Nov 2026 + 10 working days = Fri 27 November
    due = _due(Plan.ADOPTION, placement=date(2026, 5, 4), celebration_hearing=date(2026, 11, 13))
    assert due == {"adoption-book-stage-1": date(2026, 9, 1),
                   "adoption-book-final": date(2026, 11, 27),
                   "adoption-later-life-letter": date(2026, 11, 27)}


def test_adoption_first_stage_on_a_weekend_moves_to_the_next_working_day() -> None:
    # placement Fri 1 May 2026 + 4 weeks = Fri 29 May, + 3 months = Sat 29 Aug;
    # Mon 31 Aug is a bank holiday in England and Wales, so Tue 1 Sept; Scotland: Mon 31 Aug
    assert _due(Plan.ADOPTION, placement=date(2026, 5, 1))["adoption-book-stage-1"] == date(2026, 9, 1)
    assert _due(Plan.ADOPTION, Nation.SCOTLAND,
                placement=date(2026, 5, 1))["adoption-book-stage-1"] == date(2026, 8, 31)


def test_permanence_order_book_is_due_before_the_order() -> None:
    # order on Mon 7 Dec 2026: due the working day before, Fri 4 December
    assert _due(Plan.PERMANENCE_ORDER, order=date(2026, 12, 7)) == {
        "permanence-order-book": date(2026, 12, 4)}


def test_long_term_foster_care_book_by_the_match_plus_three_months() -> None:
    # match Tue 1 Sept 2026 + 3 months = Tue 1 December
    assert _due(Plan.LONG_TERM_FOSTER_CARE, match=date(2026, 9, 1)) == {
        "long-term-foster-care-book": date(2026, 12, 1)}


@pytest.mark.parametrize("plan", [Plan.CIN_CP, Plan.PLO, Plan.PRIVATE_FOSTERING, Plan.CARE_LEAVER])
def test_other_plans_words_and_pictures_twenty_working_days_after(plan: Plan) -> None:
    # came into care Mon 1 June 2026 + 20 working days = Mon 29 June (no holiday between)
    assert _due(plan, came_into_care=date(2026, 6, 1)) == {"words-and-pictures": date(2026, 6, 29)}
    # the plan started later, Tue 20 Oct 2026: + 20 working days = Tue 17 November
    assert _due(plan, came_into_care=date(2026, 6, 1), plan_started=date(2026, 10, 20)) == {
        "words-and-pictures": date(2026, 11, 17)}


def test_a_missing_date_shows_the_deliverable_as_date_unknown() -> None:
    items = deliverables_for(_child(Plan.ADOPTION, placement=date(2026, 5, 4)), RULES, AS_OF)
    final = next(d for d in items if d.key == "adoption-book-final")
    assert final.due is None and final.state is State.DATE_UNKNOWN
    assert final.due_text == "Date unknown"
    assert final.when_text == "Needs the celebration hearing date"


def test_books_fulfil_deliverables_of_their_kind_in_order() -> None:
    books = (CaseBook(1, "life-story", "Ruby's story", DELIVERED.value, date(2026, 9, 3)),
             CaseBook(2, "later-life-letter", "A letter for Ruby", BookStatus.DRAFT.value),
             CaseBook(3, "life-story", "Ruby's story, final", BookStatus.DRAFT.value))
    child = _child(Plan.ADOPTION, books=books, placement=date(2026, 5, 4),
                   celebration_hearing=date(2026, 11, 13))
    by_key = {d.key: d for d in deliverables_for(child, RULES, AS_OF)}
    stage1, final, letter = (by_key["adoption-book-stage-1"], by_key["adoption-book-final"],
                             by_key["adoption-later-life-letter"])
    assert (stage1.book_id, final.book_id, letter.book_id) == (1, 3, 2)
    assert stage1.state is State.DONE and stage1.completed_on == date(2026, 9, 3)
    assert stage1.when_text == "Delivered 3 September 2026, 2 days late"
    assert final.state is State.DUE_SOON and final.when_text == "Due today"
    # delivered after the as-of day: not done yet on that day
    late = deliverables_for(child, RULES, date(2026, 9, 2))
    assert next(d for d in late if d.key == "adoption-book-stage-1").state is State.OVERDUE


@pytest.mark.parametrize(
    ("as_of", "state", "when"),
    [
        (date(2026, 11, 16), State.ON_TRACK, "15 days left"),  # 15 days before: on track
        (date(2026, 11, 17), State.DUE_SOON, "14 days left"),  # 14 days before: due soon
        (date(2026, 12, 1), State.DUE_SOON, "Due today"),
        (date(2026, 12, 2), State.OVERDUE, "1 day overdue"),
    ],
)
def test_due_soon_and_overdue_boundaries(as_of: date, state: State, when: str) -> None:
    child = _child(Plan.LONG_TERM_FOSTER_CARE, match=date(2026, 9, 1))  # due Tue 1 December
    (item,) = deliverables_for(child, RULES, as_of)
    assert (item.state, item.when_text) == (state, when)


def test_urgency_order() -> None:
    children = [
        CaseChild(1, "A", Plan.LONG_TERM_FOSTER_CARE.value, "england-wales", "",
                  {"match": date(2026, 9, 20)}),  # due 21 Dec: on track
        CaseChild(2, "B", Plan.LONG_TERM_FOSTER_CARE.value, "england-wales", "",
                  {"match": date(2026, 7, 1)}),  # due 1 Oct: 57 days overdue
        CaseChild(3, "C", Plan.LONG_TERM_FOSTER_CARE.value, "england-wales", "", {}),
        CaseChild(4, "D", Plan.LONG_TERM_FOSTER_CARE.value, "england-wales", "",
                  {"match": date(2026, 8, 27)}),  # due 27 Nov: due today
        CaseChild(5, "E", Plan.LONG_TERM_FOSTER_CARE.value, "england-wales", "",
                  {"match": date(2026, 8, 3)}),  # due 3 Nov: 24 days overdue
    ]
    items = urgency_order([d for c in children for d in deliverables_for(c, RULES, AS_OF)])
    assert [d.child_name for d in items] == ["B", "E", "D", "A", "C"]


def _write(folder: Path, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "rules.toml").write_text(text, encoding="utf-8")
    return folder


def test_an_authority_can_change_the_rules(tmp_path: Path) -> None:
    folder = _write(tmp_path / "rules", """
[[deliverable]]
key = "ltfc"
name = "Life story book"
plans = ["long-term-foster-care"]
book_kind = "life-story"
from = "match"
months = 2
""")
    (rule,) = load_rules(folder)
    child = _child(Plan.LONG_TERM_FOSTER_CARE, match=date(2026, 9, 1))
    assert [d.due for d in deliverables_for(child, [rule], AS_OF)] == [date(2026, 11, 2)]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ('key="x"\nname="X"\nplans=["adopted"]\nbook_kind="life-story"\nfrom="placement"',
         "'adopted' is not a plan"),
        ('key="x"\nname="X"\nplans=["plo"]\nbook_kind="life-story"\nfrom="placemnt"',
         "'placemnt', which is not a key date"),
        ('key="x"\nname="X"\nplans=["plo"]\nbook_kind="life-story"\nfrom="placement"\nwekks=2',
         "unknown setting(s) wekks"),
        ('key="x"\nname="X"\nplans=["plo"]\nbook_kind="life-story"\nfrom="placement"\nmonths=1.5',
         "months must be a whole number"),
    ],
)
def test_a_broken_rule_is_refused_naming_the_file_and_setting(tmp_path: Path, body: str,
                                                              words: str) -> None:
    folder = _write(tmp_path / "rules", "[[deliverable]]\n" + body + "\n")
    with pytest.raises(RuleError) as caught:
        load_rules(folder)
    assert "rules.toml" in str(caught.value) and words in str(caught.value)
