"""Reading dates as people in the UK type them, and saying them back.

``parse_uk_date`` accepts "23 March 2019", "23rd Mar 2019", "Saturday 23
March 2019", "23/03/2019", "23-3-19", "23.03.2019" and "2019-03-23". Numbers
are read day first, as in the UK. Anything else gets a plain message that
names what was typed and shows a form that works. No Qt, no database.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
EXAMPLE = "write it like 23 March 2019 or 23/03/2019"

_NUMERIC = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")


class DateNotUnderstood(ValueError):
    """``str(exc)`` says, in plain words, what was wrong with the typed date."""


def format_uk_date(value: date | None, *, weekday: bool = False) -> str:
    """23 March 2019 (or Saturday 23 March 2019); empty for no date."""
    if value is None:
        return ""
    text = f"{value.day} {MONTH_NAMES[value.month - 1]} {value.year}"
    return f"{value:%A} {text}" if weekday else text


def parse_uk_date(text: str, *, today: date | None = None, allow_future: bool = False) -> date | None:
    """The date in ``text``, or None if it is blank; DateNotUnderstood otherwise."""
    cleaned = " ".join(text.replace(",", " ").split())
    if not cleaned:
        return None
    today = today or date.today()
    iso = _ISO.match(cleaned)
    numeric = _NUMERIC.match(cleaned)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    elif numeric:
        day, month = int(numeric.group(1)), int(numeric.group(2))
        year = _full_year(numeric.group(3), today)
    else:
        day, month, year = _worded(cleaned, text, today)
    if not 1 <= month <= 12:
        raise DateNotUnderstood(f"'{text.strip()}' has no month {month}: months go from 1 to 12; "
                                f"{EXAMPLE}.")
    try:
        value = date(year, month, day)
    except ValueError:
        raise DateNotUnderstood(
            f"There is no {day} {MONTH_NAMES[month - 1]} {year}; please check the day."
        ) from None
    if value.year < 1900:
        raise DateNotUnderstood(f"{format_uk_date(value)} is too long ago; please check the year.")
    if value > today and not allow_future:
        raise DateNotUnderstood(f"{format_uk_date(value)} is in the future; please check the date.")
    return value


def _full_year(digits: str, today: date) -> int:
    if len(digits) == 4:
        return int(digits)
    year = 2000 + int(digits)
    return year if year <= today.year else year - 100


def _worded(cleaned: str, original: str, today: date) -> tuple[int, int, int]:
    """"23 March 2019", "March 23 2019", with or without a weekday or an ordinal."""
    words = [w.strip(".").casefold() for w in cleaned.split()]
    if words and words[0] in WEEKDAYS:
        words = words[1:]
    day = month = year = None
    for word in words:
        if word in MONTHS and month is None:
            month = MONTHS[word]
        elif (m := _DAY.match(word)) and day is None and (len(word) <= 2 or not word.isdigit()):
            day = int(m.group(1))
        elif word.isdigit() and len(word) == 4 and year is None:
            year = int(word)
        elif word == "of":
            continue
        else:
            day = month = year = None
            break
    if month is None or day is None or year is None:
        if month is not None and year is not None and day is None:
            raise DateNotUnderstood(
                f"'{original.strip()}' needs the day too, for example 1 "
                f"{MONTH_NAMES[month - 1]} {year}. If you do not know the day, say so in the "
                "caption and leave the date empty."
            )
        raise DateNotUnderstood(f"Lifebook cannot read '{original.strip()}' as a date; {EXAMPLE}.")
    return day, month, year
