"""Working days in each UK nation: Christmas and New Year, Easter, substitute days, weekends.

Each expected date is worked out by hand from the published bank holidays,
in the comment beside it.
"""

from __future__ import annotations

from datetime import date

import pytest

from lifebook.model.enums import Nation
from lifebook.tracking.workdays import (
    add_months,
    add_working_days,
    bank_holidays,
    is_working_day,
    roll_to_working_day,
)

EW, SCT, NI = Nation.ENGLAND_WALES, Nation.SCOTLAND, Nation.NORTHERN_IRELAND


@pytest.mark.parametrize(
    ("nation", "expected"),
    [
        # Fri 18 Dec 2026 + 10: 21 22 23 24 (4), [25 Christmas, 28 Boxing Day substitute]
        # 29 30 31 (7), [1 Jan], 4 5 6 (10)
        (EW, date(2027, 1, 6)),
        # Northern Ireland keeps the same days over Christmas and New Year
        (NI, date(2027, 1, 6)),
        # Scotland also has 2 January (a Saturday in 2027, so Monday 4 January instead):
        # 21 22 23 24 (4), 29 30 31 (7), [1 Jan, 4 Jan], 5 6 7 (10)
        (SCT, date(2027, 1, 7)),
    ],
)
def test_christmas_and_new_year_in_each_nation(nation: Nation, expected: date) -> None:
    assert add_working_days(date(2026, 12, 18), 10, nation) == expected


def test_scotland_has_the_second_of_january() -> None:
    # Fri 2 January 2026 is a holiday in Scotland only
    assert date(2026, 1, 2) in bank_holidays(SCT, 2026)
    assert is_working_day(date(2026, 1, 2), EW)
    assert is_working_day(date(2026, 1, 2), NI)
    assert not is_working_day(date(2026, 1, 2), SCT)
    # Wed 31 Dec 2025 + 1 working day: Fri 2 Jan in England, Mon 5 Jan in Scotland
    assert add_working_days(date(2025, 12, 31), 1, EW) == date(2026, 1, 2)
    assert add_working_days(date(2025, 12, 31), 1, SCT) == date(2026, 1, 5)


def test_northern_ireland_has_st_patricks_day_and_the_twelfth() -> None:
    # Tue 17 March 2026 and Mon 13 July 2026 (12 July is a Sunday: substitute Monday)
    assert not is_working_day(date(2026, 3, 17), NI)
    assert is_working_day(date(2026, 3, 17), EW)
    assert not is_working_day(date(2026, 7, 13), NI)
    assert is_working_day(date(2026, 7, 13), SCT)
    # Mon 16 March 2026 + 1: Wed 18 in Northern Ireland, Tue 17 elsewhere
    assert add_working_days(date(2026, 3, 16), 1, NI) == date(2026, 3, 18)
    assert add_working_days(date(2026, 3, 16), 1, EW) == date(2026, 3, 17)
    # Fri 10 July 2026 + 1: Tue 14 in Northern Ireland (Mon 13 is the Twelfth's substitute)
    assert add_working_days(date(2026, 7, 10), 1, NI) == date(2026, 7, 14)


def test_easter() -> None:
    # Easter 2026: Good Friday 3 April, Easter Monday 6 April (not a holiday in Scotland)
    # Thu 2 April + 1: Tue 7 April in England and Wales, Mon 6 April in Scotland
    assert add_working_days(date(2026, 4, 2), 1, EW) == date(2026, 4, 7)
    assert add_working_days(date(2026, 4, 2), 1, NI) == date(2026, 4, 7)
    assert add_working_days(date(2026, 4, 2), 1, SCT) == date(2026, 4, 6)


def test_a_substitute_bank_holiday() -> None:
    # Christmas Day 2027 is a Saturday and Boxing Day a Sunday: Mon 27 and Tue 28 are off
    assert not is_working_day(date(2027, 12, 27), EW)
    assert not is_working_day(date(2027, 12, 28), EW)
    # Fri 24 Dec 2027 + 1 working day is Wed 29 December
    assert add_working_days(date(2027, 12, 24), 1, EW) == date(2027, 12, 29)


def test_a_deadline_on_a_weekend_moves_to_the_next_working_day() -> None:
    # Sat 29 Aug 2026: Monday 31 August is the late summer bank holiday in England and
    # Wales, so the next working day is Tue 1 September; Scotland works on 31 August
    assert roll_to_working_day(date(2026, 8, 29), EW) == date(2026, 9, 1)
    assert roll_to_working_day(date(2026, 8, 29), SCT) == date(2026, 8, 31)
    assert roll_to_working_day(date(2026, 8, 29), EW, "previous") == date(2026, 8, 28)
    assert roll_to_working_day(date(2026, 8, 28), EW) == date(2026, 8, 28)  # a Friday stays


def test_counting_starts_the_day_after_and_can_go_backwards() -> None:
    # from a Saturday, the first working day is the Monday
    assert add_working_days(date(2026, 11, 28), 1, EW) == date(2026, 11, 30)
    # one working day before Mon 7 Dec 2026 is Fri 4 Dec
    assert add_working_days(date(2026, 12, 7), -1, EW) == date(2026, 12, 4)
    assert add_working_days(date(2026, 12, 7), 0, EW) == date(2026, 12, 7)


def test_months_end_on_the_last_day_of_a_shorter_month() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2027, 12, 15), 3) == date(2028, 3, 15)
