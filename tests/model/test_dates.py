"""Reading UK dates as typed, and saying them back."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from lifebook.model.dates import (
    DateError,
    ParsedDate,
    check_not_future,
    format_uk_date,
    parse_uk_date,
)
from lifebook.model.enums import DatePrecision as P


@pytest.mark.parametrize(
    ("text", "expected", "precision", "said"),
    [
        ("23 March 2019", date(2019, 3, 23), P.DAY, "23 March 2019"),
        ("23rd Mar 2019", date(2019, 3, 23), P.DAY, "23 March 2019"),
        ("23 of march, 2019", date(2019, 3, 23), P.DAY, "23 March 2019"),
        ("Saturday 23 March 2019", date(2019, 3, 23), P.DAY, "23 March 2019"),
        ("March 23, 2019", date(2019, 3, 23), P.DAY, "23 March 2019"),
        ("23/03/2019", date(2019, 3, 23), P.DAY, "23 March 2019"),
        ("23-3-2019", date(2019, 3, 23), P.DAY, "23 March 2019"),
        ("23.03.2019", date(2019, 3, 23), P.DAY, "23 March 2019"),
        ("1/2/2020", date(2020, 2, 1), P.DAY, "1 February 2020"),  # day first, always
        ("23/03/19", date(2019, 3, 23), P.DAY, "23 March 2019"),
        ("2019-03-23", date(2019, 3, 23), P.DAY, "23 March 2019"),
        ("  29 February 2020 ", date(2020, 2, 29), P.DAY, "29 February 2020"),
        ("March 2019", date(2019, 3, 1), P.MONTH, "March 2019"),
        ("sept 2019", date(2019, 9, 1), P.MONTH, "September 2019"),
        ("03/2019", date(2019, 3, 1), P.MONTH, "March 2019"),
        ("2019-03", date(2019, 3, 1), P.MONTH, "March 2019"),
        ("spring 2019", date(2019, 3, 1), P.SEASON, "spring 2019"),
        ("Winter 2018", date(2018, 12, 1), P.SEASON, "winter 2018"),
        ("2019", date(2019, 1, 1), P.YEAR, "2019"),
        ("about 2018", date(2018, 1, 1), P.APPROXIMATE, "about 2018"),
        ("approx 2018", date(2018, 1, 1), P.APPROXIMATE, "about 2018"),
        ("Approx. 2018", date(2018, 1, 1), P.APPROXIMATE, "about 2018"),
        ("c. 2018", date(2018, 1, 1), P.APPROXIMATE, "about 2018"),
        ("circa 2018", date(2018, 1, 1), P.APPROXIMATE, "about 2018"),
        ("~2018", date(2018, 1, 1), P.APPROXIMATE, "about 2018"),
        ("around March 2018", date(2018, 3, 1), P.APPROXIMATE, "about March 2018"),
    ],
)
def test_reads_what_people_type(text: str, expected: date, precision: P, said: str) -> None:
    parsed = parse_uk_date(text)
    assert parsed == ParsedDate(expected, precision)
    value, how = parsed  # unpacks as (date, precision)
    assert (value, how) == (expected, precision)
    assert parsed.describe() == said


@pytest.mark.parametrize("text", ["", "   ", None])
def test_empty_means_not_known(text: str | None) -> None:
    assert parse_uk_date(text) == (None, None)
    assert not parse_uk_date(text).known
    assert parse_uk_date(text).describe() == ""


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("31/02/2019", ["no 31 February 2019", "'31/02/2019'"]),
        ("30 February 2020", ["no 30 February 2020"]),
        ("29/02/2019", ["no 29 February 2019"]),
        ("2019-02-30", ["no 30 February 2019"]),
        ("03/23/2019", ["no month 23", "'03/23/2019'"]),
        ("13/13/2019", ["no month 13"]),
        ("23/03/219", ["can't read", "try 23/03/2019"]),
        ("spring", ["can't read 'spring'", "try 23/03/2019"]),
        ("23 Marchember 2019", ["can't read '23 Marchember 2019'"]),
        ("blah 2019", ["can't read 'blah 2019'"]),
        ("yesterday", ["can't read 'yesterday'"]),
        ("23 March", ["can't read '23 March'"]),
        ("about", ["can't read 'about'"]),
        ("about 23 March 2018", ["approximate date is a year or a month"]),
        ("0000", ["can't read '0000'"]),
    ],
)
def test_bad_input_gets_a_message_quoting_it(text: str, words: list[str]) -> None:
    with pytest.raises(DateError) as caught:
        parse_uk_date(text)
    message = str(caught.value)
    for word in words:
        assert word in message


def test_two_digit_years_are_this_century_unless_clearly_past() -> None:
    this_year = date.today().year % 100
    assert parse_uk_date(f"01/01/{this_year:02d}").value == date(2000 + this_year, 1, 1)
    assert parse_uk_date("01/01/87").value == date(1987, 1, 1)


def test_future_dates_can_be_refused() -> None:
    today = date(2024, 6, 15)
    check_not_future(parse_uk_date("15/06/2024"), "date of birth", today)
    check_not_future(parse_uk_date("June 2024"), "date of birth", today)
    check_not_future(parse_uk_date(""), "date of birth", today)
    for text, said in [("16/06/2024", "16 June 2024"), ("July 2024", "July 2024"),
                       ("spring 2109", "spring 2109"), ("2025", "2025")]:
        with pytest.raises(DateError, match=f"date of birth {said} is in the future"):
            check_not_future(parse_uk_date(text), "date of birth", today)
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(DateError):
        check_not_future(ParsedDate(tomorrow, P.DAY), "date of birth")


def test_format_uk_date_takes_stored_precision_strings() -> None:
    assert format_uk_date(date(2019, 3, 3)) == "3 March 2019"
    assert format_uk_date(date(2019, 3, 1), "month") == "March 2019"
    assert format_uk_date(date(2019, 6, 1), "season") == "summer 2019"
    assert format_uk_date(date(2019, 1, 1), "year") == "2019"
    assert format_uk_date(None, "day") == ""
