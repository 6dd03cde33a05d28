"""Working days in the UK: weekends and the bank holidays of the child's nation.

England and Wales share their bank holidays; Scotland adds 2 January and
St Andrew's Day and has no Easter Monday; Northern Ireland adds St Patrick's
Day and 12 July. Substitute days (a holiday on a weekend moves to the next
weekday) come from the ``holidays`` package.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import cache

import holidays

from lifebook.model.enums import Nation

# The UK subdivision whose holidays count for each nation.
SUBDIVISION = {
    Nation.ENGLAND_WALES: "ENG",
    Nation.SCOTLAND: "SCT",
    Nation.NORTHERN_IRELAND: "NIR",
}


@cache
def bank_holidays(nation: Nation, year: int) -> frozenset[date]:
    """The bank holidays (with substitute days) of ``nation`` in ``year``."""
    found = holidays.country_holidays("GB", subdiv=SUBDIVISION[Nation(nation)], years=year)
    return frozenset(day for day in found if day.year == year)


def is_working_day(day: date, nation: Nation) -> bool:
    """Monday to Friday, and not a bank holiday in the child's nation."""
    return day.weekday() < 5 and day not in bank_holidays(Nation(nation), day.year)


def add_working_days(start: date, count: int, nation: Nation) -> date:
    """The working day ``count`` working days after ``start`` (before it when negative).

    ``start`` itself never counts: 10 working days after a Friday hearing is
    the Friday two weeks later when no bank holiday falls between.
    """
    step = 1 if count >= 0 else -1
    day, left = start, abs(count)
    while left:
        day += timedelta(days=step)
        if is_working_day(day, nation):
            left -= 1
    return day


def roll_to_working_day(day: date, nation: Nation, direction: str = "next") -> date:
    """``day`` if it is a working day, else the next (or previous) working day."""
    step = -1 if direction == "previous" else 1
    while not is_working_day(day, nation):
        day += timedelta(days=step)
    return day


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; the 31st becomes the month's last day when it is shorter."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
