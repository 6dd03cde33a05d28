"""The KPIs of a small hand-built caseload (tests/caseload_sample.py says how each is worked out)."""

from __future__ import annotations

from datetime import date

import pytest
from caseload_sample import AS_OF, END, START, build_sample

from lifebook.services.caseload import list_deliverables, report
from lifebook.services.errors import InvalidInput
from lifebook.store.db import Library
from lifebook.tracking.deliverables import State


@pytest.fixture
def sample(library: Library) -> Library:
    build_sample(library)
    return library


def test_the_overall_figures(sample: Library) -> None:
    overall = report(sample, START, END, AS_OF).overall
    # Amy final + letter, Ben, Cara, Dan, Eve (Amy's first stage was due before; Fay has no date)
    assert overall.due == 6
    assert (overall.on_time, overall.late, overall.overdue, overall.not_yet_due) == (2, 1, 2, 1)
    assert overall.median_days_late == 17.0  # of 5 (Amy, delivered), 17 (Ben) and 29 (Eve)
    assert overall.median_days_in_qa == 4.0  # of 2, 3, 4, 4, 10
    assert overall.qa_waits == 5
    assert (overall.first_qa_decided, overall.first_qa_approved) == (4, 3)
    assert overall.approved_first_time_pct == 75.0


def test_the_figures_by_plan(sample: Library) -> None:
    result = report(sample, START, END, AS_OF)
    adoption = result.row("adoption")
    assert (adoption.due, adoption.on_time, adoption.late, adoption.overdue) == (2, 1, 1, 0)
    assert adoption.median_days_late == 5.0
    assert adoption.median_days_in_qa == 3.0  # of 2, 3, 4
    assert adoption.approved_first_time_pct == 50.0  # the letter yes, the final book no
    ltfc = result.row("long-term-foster-care")
    assert (ltfc.due, ltfc.overdue, ltfc.median_days_late, ltfc.median_days_in_qa) == (1, 1, 17.0, 10.0)
    assert ltfc.approved_first_time_pct == 100.0
    sgo = result.row("permanence-order")
    assert (sgo.due, sgo.not_yet_due, sgo.median_days_late) == (1, 1, None)
    assert sgo.approved_first_time_pct is None  # nothing to count, not 0%
    assert result.row("plo").on_time == 1
    assert (result.row("cin-cp").overdue, result.row("cin-cp").median_days_late) == (1, 29.0)
    assert result.row("care-leaver").due == 0
    assert result.row("private-fostering").due == 0


def test_a_report_of_the_past_counts_what_had_happened_by_then(sample: Library) -> None:
    # on 31 October: Amy's final book (delivered 4 Nov) was 1 day overdue, Eve 2 days
    overall = report(sample, START, date(2026, 10, 31), date(2026, 10, 31)).overall
    assert overall.due == 4  # Amy final + letter, Dan, Eve
    assert (overall.on_time, overall.late, overall.overdue) == (2, 0, 2)
    assert overall.median_days_late == 1.5


def test_a_period_that_ends_before_it_starts_is_refused(sample: Library) -> None:
    with pytest.raises(InvalidInput, match="ends"):
        report(sample, END, START, AS_OF)


def test_the_deliverables_link_their_books_and_delivery_dates(sample: Library) -> None:
    items = list_deliverables(sample, AS_OF)
    assert [d.state for d in items[:2]] == [State.OVERDUE, State.OVERDUE]
    assert [d.child_name for d in items[:2]] == ["Eve Evans", "Ben Brown"]  # 29, then 17 days
    final = next(d for d in items if d.key == "adoption-book-final")
    assert (final.book_title, final.completed_on) == ("Amy's story, final", date(2026, 11, 4))
    assert final.when_text == "Delivered 4 November 2026, 5 days late"
    cara = next(d for d in items if d.child_name == "Cara Clark")
    assert (cara.state, cara.when_text, cara.book_status) == (State.DUE_SOON, "Due today", "draft")
    assert items[-1].state is State.DONE
