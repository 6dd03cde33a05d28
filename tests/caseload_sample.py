"""A small hand-built caseload whose KPIs are worked out by hand (tests/tracking/test_kpi.py).

Period 1 October to 30 November 2026, looked at on Friday 27 November 2026.

| child | plan | due (worked out) | book | outcome |
|---|---|---|---|---|
| Amy | adoption | stage 1: 1 Jun + 4 wk + 3 mo = Tue 29 Sep (before the period) | delivered 20 Sep | - |
| Amy | adoption | final: Fri 16 Oct + 10 working days = Fri 30 Oct | delivered 4 Nov | 5 days late |
| Amy | adoption | letter: Fri 30 Oct | delivered 28 Oct | on time |
| Ben | long-term foster care | match Mon 10 Aug + 3 mo = Tue 10 Nov | approved, not delivered | overdue 17 days |
| Cara | permanence order | order Mon 30 Nov: the working day before, Fri 27 Nov | draft | due today: not yet due |
| Dan | PLO | came into care Mon 14 Sep + 20 working days = Mon 12 Oct | delivered 12 Oct | on time |
| Eve | CIN/CP | plan started Thu 1 Oct + 20 working days = Thu 29 Oct | none | overdue 29 days |
| Fay | care leaver | no dates | none | date unknown: never due |

QA waits ending in the period: Amy final 20->23 Oct (3) and 26->30 Oct (4), Amy letter
19->21 Oct (2), Ben 2->12 Nov (10), Dan 5->9 Oct (4); Amy stage 1 (1->8 Sep) ended before.
First QA decisions in the period: Amy final (changes requested), Amy letter, Ben, Dan
(approved): 3 of 4.
"""

from __future__ import annotations

from datetime import date, datetime

from lifebook.model.enums import BookKind, BookStatus, Plan
from lifebook.services.books import new_book
from lifebook.services.children import add_child
from lifebook.store.db import Library
from lifebook.store.models import Book, BookStatusChange
from lifebook.tracking.deliverables import AWAITING_QA, DELIVERED

START, END, AS_OF = date(2026, 10, 1), date(2026, 11, 30), date(2026, 11, 27)
QA, APPROVED, CHANGES = AWAITING_QA.value, BookStatus.APPROVED.value, BookStatus.CHANGES_REQUESTED.value
DONE = DELIVERED.value


def _moves(library: Library, book_id: int, steps: list[tuple[str, datetime]]) -> None:
    with library.transaction() as s:
        book = s.get(Book, book_id)
        assert book is not None
        previous = book.status
        for status, at in steps:
            s.add(BookStatusChange(book_id=book_id, from_status=previous, to_status=status, at=at,
                                   by="manager"))
            previous = status
        book.status = previous


def build_sample(library: Library) -> dict[str, int]:
    """Make the caseload above; returns the children's ids by first name."""
    ids = {}
    amy = add_child(library, "Amy Adams", plan=Plan.ADOPTION, placement_date=date(2026, 6, 1),
                    celebration_hearing_date=date(2026, 10, 16), allocated_worker="Sam Patel")
    ben = add_child(library, "Ben Brown", plan=Plan.LONG_TERM_FOSTER_CARE,
                    match_date=date(2026, 8, 10), allocated_worker="Aisha Khan")
    cara = add_child(library, "Cara Clark", plan=Plan.PERMANENCE_ORDER,
                     order_date=date(2026, 11, 30), allocated_worker="Aisha Khan")
    dan = add_child(library, "Dan Davies", plan=Plan.PLO, came_into_care=date(2026, 9, 14),
                    allocated_worker="Sam Patel")
    eve = add_child(library, "Eve Evans", plan=Plan.CIN_CP, plan_started=date(2026, 10, 1))
    fay = add_child(library, "Fay Fox", plan=Plan.CARE_LEAVER, allocated_worker="Sam Patel")
    for child in (amy, ben, cara, dan, eve, fay):
        ids[child.name.split()[0].lower()] = child.id

    stage1 = new_book(library, amy.id, BookKind.LIFE_STORY, title="Amy's story")
    letter = new_book(library, amy.id, BookKind.LATER_LIFE_LETTER, title="A letter for Amy")
    final = new_book(library, amy.id, BookKind.LIFE_STORY, title="Amy's story, final")
    ben_book = new_book(library, ben.id, BookKind.LIFE_STORY, title="Ben's book")
    new_book(library, cara.id, BookKind.LIFE_STORY, title="All about Cara")
    dan_book = new_book(library, dan.id, BookKind.WORDS_AND_PICTURES, title="Dan's story")

    _moves(library, stage1.id, [(QA, datetime(2026, 9, 1, 9)), (APPROVED, datetime(2026, 9, 8, 16)),
                                (DONE, datetime(2026, 9, 20, 11))])
    _moves(library, final.id, [(QA, datetime(2026, 10, 20, 10)), (CHANGES, datetime(2026, 10, 23, 15)),
                               (QA, datetime(2026, 10, 26, 9)), (APPROVED, datetime(2026, 10, 30, 12)),
                               (DONE, datetime(2026, 11, 4, 10))])
    _moves(library, letter.id, [(QA, datetime(2026, 10, 19, 9)), (APPROVED, datetime(2026, 10, 21, 9)),
                                (DONE, datetime(2026, 10, 28, 14))])
    _moves(library, ben_book.id, [(QA, datetime(2026, 11, 2, 9)), (APPROVED, datetime(2026, 11, 12, 9))])
    _moves(library, dan_book.id, [(QA, datetime(2026, 10, 5, 9)), (APPROVED, datetime(2026, 10, 9, 9)),
                                  (DONE, datetime(2026, 10, 12, 17))])
    return ids
