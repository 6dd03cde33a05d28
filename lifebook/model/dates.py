"""Reading dates as people in the UK write them, and saying them back.

``parse_uk_date`` reads what a practitioner types into a date field:

- ``23 March 2019``, ``23rd Mar 2019``, ``23/03/2019``, ``23-3-2019``,
  ``23.03.2019``, ``23/03/19`` and ``2019-03-23``: a day;
- ``March 2019``, ``03/2019``, ``2019-03``: a month;
- ``spring 2019`` (spring starts in March, summer in June, autumn in
  September, winter in December of that year): a season;
- ``2019``: a year;
- ``about 2018``, ``approx 2018``, ``around March 2018``, ``c. 2018``,
  ``circa 2018``, ``~2018``: an approximate date (a year, or a month);
- an empty field: not known.

It returns a ``ParsedDate`` (which unpacks as ``(date, precision)``), or
raises ``DateError`` whose message is fit to show next to the field: it
quotes what was typed and shows a form that works. Day-first is always
assumed (UK practice); ``03/23/2019`` is refused, not silently swapped.

For a date of birth, a season is kept as a season (``DatePrecision.SEASON``)
and reads back as "spring 2019": nothing is made more exact than given.

No Qt here: the CLI, the services and the window all use it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from lifebook.i18n import QT_TRANSLATE_NOOP, translate
from lifebook.model.enums import DatePrecision

MONTHS = {
    name: n
    for n, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
SEASON_OF_MONTH = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}
APPROX_WORDS = ("approximately", "approx.", "approx", "about", "around", "circa", "c.", "ca.", "~")


class DateError(ValueError):
    """What was typed is not a date; the message says so plainly, with an example."""


class ParsedDate(NamedTuple):
    """A date and how much of it is known; both None when the field is empty."""

    value: date | None
    precision: DatePrecision | None

    @property
    def known(self) -> bool:
        return self.value is not None

    def describe(self) -> str:
        return format_uk_date(self.value, self.precision)


def format_uk_date(value: date | None, precision: DatePrecision | str | None = None) -> str:
    """Say a date back as a person would: '23 March 2019', 'March 2019', 'about 2018'."""
    if value is None:
        return ""
    precision = DatePrecision(precision) if precision else DatePrecision.DAY
    month = MONTH_NAMES[value.month - 1]
    if precision is DatePrecision.MONTH:
        return f"{month} {value.year}"
    if precision is DatePrecision.SEASON:
        return f"{SEASON_OF_MONTH.get(value.month, month)} {value.year}"
    if precision is DatePrecision.YEAR:
        return str(value.year)
    if precision is DatePrecision.APPROXIMATE:
        # an approximate date is stored as its first day; January means "some time that year"
        return f"about {value.year}" if value.month == 1 else f"about {month} {value.year}"
    return f"{value.day} {month} {value.year}"


def _cant_read(text: str) -> DateError:
    return DateError(translate("model.dates", "I can't read '{text}' as a date: try "
                               "23/03/2019").format(text=text))


def _year(token: str, text: str) -> int:
    if len(token) == 4:
        return int(token)
    if len(token) == 2:  # 19 -> 2019, 87 -> 1987: shown back to the user, never silent
        yy = int(token)
        return 2000 + yy if yy <= date.today().year % 100 + 1 else 1900 + yy
    raise DateError(translate("model.dates", "I can't read the year in '{text}': write all four "
                              "digits, e.g. 2019").format(text=text))


def _day(year: int, month: int, day: int, text: str) -> date:
    if not 1 <= month <= 12:
        raise DateError((translate("model.dates", "There is no month {month} in '{text}' (write "
                                   "the day first, e.g. 23/03/2019)") if 1 <= day <= 12 else
                         translate("model.dates", "There is no month {month} in '{text}'")).format(
            month=month, text=text))
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError(translate(
            "model.dates", "There is no {date}: check the day in '{text}'").format(
            date=f"{day} {MONTH_NAMES[month - 1]} {year}", text=text)) from None


def _month_word(token: str) -> int | None:
    return MONTHS.get(token.lower().rstrip("."))


_NUMERIC_DAY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})$")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC_MONTH = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{4})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_WORD_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+\.?),?\s+(\d{4})$", re.I)
_WORD_DAY_US = re.compile(r"^([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$", re.I)
_WORD_MONTH = re.compile(r"^([a-z]+\.?),?\s+(\d{4})$", re.I)
_YEAR = re.compile(r"^(\d{4})$")
_WEEKDAY = re.compile(
    r"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+",
    re.I,
)


def _exact(text: str, original: str) -> ParsedDate:
    """A day, a month, a season or a year, with no 'about'."""
    if m := _ISO_DAY.match(text):
        y, mo, d = (int(g) for g in m.groups())
        return ParsedDate(_day(y, mo, d, original), DatePrecision.DAY)
    if m := _NUMERIC_DAY.match(text):
        d, mo = int(m.group(1)), int(m.group(2))
        return ParsedDate(_day(_year(m.group(3), original), mo, d, original), DatePrecision.DAY)
    if m := _WORD_DAY.match(text):
        month = _month_word(m.group(2))
        if month is None:
            raise _cant_read(original)
        return ParsedDate(_day(int(m.group(3)), month, int(m.group(1)), original), DatePrecision.DAY)
    if m := _WORD_DAY_US.match(text):
        month = _month_word(m.group(1))
        if month is None:
            raise _cant_read(original)
        return ParsedDate(_day(int(m.group(3)), month, int(m.group(2)), original), DatePrecision.DAY)
    if m := _ISO_MONTH.match(text):
        return ParsedDate(_day(int(m.group(1)), int(m.group(2)), 1, original), DatePrecision.MONTH)
    if m := _NUMERIC_MONTH.match(text):
        return ParsedDate(_day(int(m.group(2)), int(m.group(1)), 1, original), DatePrecision.MONTH)
    if m := _WORD_MONTH.match(text):
        word, year = m.group(1).lower().rstrip("."), int(m.group(2))
        if word in SEASONS:
            return ParsedDate(date(year, SEASONS[word], 1), DatePrecision.SEASON)
        month = _month_word(word)
        if month is None:
            raise _cant_read(original)
        return ParsedDate(date(year, month, 1), DatePrecision.MONTH)
    if m := _YEAR.match(text):
        year = int(m.group(1))
        if year < 1:
            raise _cant_read(original)
        return ParsedDate(date(year, 1, 1), DatePrecision.YEAR)
    raise _cant_read(original)


def parse_uk_date(text: str | None) -> ParsedDate:
    """Read a date as typed in the UK. Empty means not known: ``(None, None)``."""
    original = (text or "").strip()
    cleaned = " ".join(original.split())
    if not cleaned:
        return ParsedDate(None, None)
    lowered = cleaned.lower()
    for word in APPROX_WORDS:
        if lowered.startswith(word):
            rest = cleaned[len(word):].strip()
            if not rest or (word[-1].isalpha() and cleaned[len(word)].isalpha()):
                continue  # "about" alone, or a word that merely starts like one
            found = _exact(rest, original)
            if found.precision in (DatePrecision.DAY, DatePrecision.SEASON):
                raise DateError(translate(
                    "model.dates", "'{text}': an approximate date is a year or a month, e.g. "
                    "about 2018 or about March 2018").format(text=original))
            return ParsedDate(found.value, DatePrecision.APPROXIMATE)
    cleaned = _WEEKDAY.sub("", cleaned)
    return _exact(cleaned, original)


def check_not_future(parsed: ParsedDate, what: str = QT_TRANSLATE_NOOP("model.dates", "date"),
                     today: date | None = None) -> None:
    """Refuse a date that has not happened yet (its earliest possible day is after today).

    ``what`` names the date ("date taken"): marked with QT_TRANSLATE_NOOP where it is written."""
    today = today or date.today()
    if parsed.value is not None and parsed.value > today:
        raise DateError(translate("model.dates", "The {what} {date} is in the future").format(
            what=translate("model.dates", what), date=parsed.describe()))
