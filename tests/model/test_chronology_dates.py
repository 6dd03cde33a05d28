"""Chronology dates in every form a case record holds, and the age at an event."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from lifebook.model.chronology import (
    ChronologyDate,
    age_at,
    parse_chronology_date,
    read_category,
    read_flag,
    stored_date,
)
from lifebook.model.enums import ChronologyCategory, DatePrecision

D = DatePrecision


@pytest.mark.parametrize(
    ("value", "start", "end", "precision", "shown"),
    [
        ("23/03/2019", date(2019, 3, 23), date(2019, 3, 23), D.DAY, "23 March 2019"),
        ("3/4/19", date(2019, 4, 3), date(2019, 4, 3), D.DAY, "3 April 2019"),
        ("2019-03-23", date(2019, 3, 23), date(2019, 3, 23), D.DAY, "23 March 2019"),
        ("March 2019", date(2019, 3, 1), date(2019, 3, 31), D.MONTH, "March 2019"),
        ("Feb 2020", date(2020, 2, 1), date(2020, 2, 29), D.MONTH, "February 2020"),
        ("2019", date(2019, 1, 1), date(2019, 12, 31), D.YEAR, "2019"),
        ("spring 2019", date(2019, 3, 1), date(2019, 5, 31), D.SEASON, "spring 2019"),
        ("winter 2019", date(2019, 12, 1), date(2020, 2, 29), D.SEASON, "winter 2019"),
        ("about 2018", date(2018, 1, 1), date(2018, 12, 31), D.APPROXIMATE, "about 2018"),
        ("about March 2018", date(2018, 3, 1), date(2018, 3, 31), D.APPROXIMATE,
         "about March 2018"),
        ("43547", date(2019, 3, 23), date(2019, 3, 23), D.DAY, "23 March 2019"),
        (43547, date(2019, 3, 23), date(2019, 3, 23), D.DAY, "23 March 2019"),
        (43547.75, date(2019, 3, 23), date(2019, 3, 23), D.DAY, "23 March 2019"),
        (2019, date(2019, 1, 1), date(2019, 12, 31), D.YEAR, "2019"),
        (datetime(2019, 3, 23, 0, 0), date(2019, 3, 23), date(2019, 3, 23), D.DAY,
         "23 March 2019"),
        (date(2019, 3, 23), date(2019, 3, 23), date(2019, 3, 23), D.DAY, "23 March 2019"),
    ],
)
def test_every_date_form_is_read_with_its_span(
    value: object, start: date, end: date, precision: DatePrecision, shown: str
) -> None:
    parsed = parse_chronology_date(value)
    assert (parsed.start, parsed.end, parsed.precision) == (start, end, precision)
    assert parsed.describe() == shown
    assert parsed.problem == ""


def test_the_text_is_kept_as_written() -> None:
    assert parse_chronology_date("  spring   2019 ").text == "spring 2019"
    assert parse_chronology_date("23/03/2019").text == "23/03/2019"


@pytest.mark.parametrize("value", ["03/23/2019", "31/02/2019", "last Tuesday", "about",
                                   "Marchember 2019", "about 23/03/2019", 12.5, True])
def test_ambiguous_or_unreadable_dates_are_unknown_with_the_text_kept(value: object) -> None:
    parsed = parse_chronology_date(value)
    assert parsed.precision is D.UNKNOWN
    assert (parsed.start, parsed.end) == (None, None)
    assert parsed.text == str(value)
    assert parsed.describe() == str(value)
    assert parsed.problem


def test_an_empty_date_is_unknown_without_a_problem() -> None:
    for value in (None, "", "   "):
        parsed = parse_chronology_date(value)
        assert parsed.precision is D.UNKNOWN and parsed.problem == ""


def _birth(text: str) -> ChronologyDate:
    return parse_chronology_date(text)


@pytest.mark.parametrize(
    ("event", "birth", "age"),
    [
        # exact day
        ("23/03/2022", "23/03/2019", "aged 3"),
        ("22/03/2022", "23/03/2019", "aged 2"),
        ("23/03/2019", "23/03/2019", "at birth"),
        ("23/08/2019", "23/03/2019", "aged 5 months"),
        ("25/04/2019", "23/03/2019", "aged 1 month"),
        ("25/03/2019", "23/03/2019", "aged under 1 month"),
        ("22/03/2019", "23/03/2019", "before birth"),
        # month
        ("June 2022", "23/03/2019", "aged 3"),
        ("March 2022", "23/03/2019", "aged about 3"),
        ("February 2019", "23/03/2019", "before birth"),
        # season
        ("summer 2022", "23/03/2019", "aged 3"),
        ("spring 2022", "23/03/2019", "aged about 3"),
        # year
        ("2022", "23/03/2019", "aged about 3"),
        ("2022", "January 2019", "aged about 3"),
        ("2018", "23/03/2019", "before birth"),
        # approximate
        ("about 2021", "23/03/2019", "aged about 2"),
        ("about June 2022", "23/03/2019", "aged about 3"),
        # the child's date of birth is the inexact one
        ("23/03/2022", "2019", "aged about 3"),
        ("23/06/2022", "March 2019", "aged 3"),
        ("23/06/2022", "about 2019", "aged about 3"),
        ("23/06/2022", "spring 2019", "aged 3"),
        # unknown
        ("", "23/03/2019", ""),
        ("03/23/2019", "23/03/2019", ""),
        ("23/03/2022", "", ""),
    ],
)
def test_the_age_at_an_event_respects_both_precisions(event: str, birth: str, age: str) -> None:
    assert age_at(parse_chronology_date(event), _birth(birth)) == age


def test_a_stored_date_reads_back_with_its_span() -> None:
    again = stored_date("spring 2019", date(2019, 3, 1), "season")
    assert again.end == date(2019, 5, 31) and again.describe() == "spring 2019"
    assert stored_date("??", None, "unknown").precision is D.UNKNOWN
    assert stored_date("", date(2019, 3, 1), None).precision is D.UNKNOWN


@pytest.mark.parametrize(
    ("text", "category", "recognised"),
    [
        ("Birth", ChronologyCategory.BIRTH, True),
        ("Placement move", ChronologyCategory.MOVE, True),
        ("move", ChronologyCategory.MOVE, True),
        ("Court and legal", ChronologyCategory.COURT, True),
        ("Placement Order hearing", ChronologyCategory.COURT, True),
        ("School", ChronologyCategory.EDUCATION, True),
        ("Family time", ChronologyCategory.CONTACT, True),
        ("", ChronologyCategory.OTHER, True),
        ("LAC review", ChronologyCategory.OTHER, False),
    ],
)
def test_categories_are_read_from_what_systems_call_them(
    text: str, category: ChronologyCategory, recognised: bool
) -> None:
    assert read_category(text) == (category, recognised)


def test_flags_read_yes_and_no() -> None:
    assert read_flag("Yes", False) is True
    assert read_flag("n", True) is False
    assert read_flag("", True) is True
    assert read_flag(None, False) is False
    assert read_flag("perhaps", True) is None
