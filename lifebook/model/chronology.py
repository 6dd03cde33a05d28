"""Chronology dates, the child's age at an event, and reading imported cells.

A chronology date is read by ``lifebook.model.dates.parse_uk_date`` (UK
day-first, ISO, "March 2019", "2019", "spring 2019", "about 2018"), plus
what case management exports hold: spreadsheet date cells and Excel serial
day numbers (``43547`` is 23 March 2019). Anything that cannot be read, or
is ambiguous ("03/23/2019" is not a UK date), becomes an unknown date with
its text kept, never a guess.

Every date covers a span (``start`` to ``end``): a day is one day, "March
2019" the whole month, "spring 2019" March to May, "2019" and "about 2019"
the year. The age at an event compares the spans of the event and of the
date of birth, so nothing is said more exactly than both dates allow.

No Qt and no database here.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from lifebook.model.dates import DateError, format_uk_date, parse_uk_date
from lifebook.model.enums import ChronologyCategory, DatePrecision

# Excel counts days from 30 December 1899 (its 1900 leap-year bug folded in)
_EXCEL_EPOCH = date(1899, 12, 30)
# serial numbers from 1 January 1920 to 31 December 2099: the years a child's chronology spans
_SERIAL_MIN, _SERIAL_MAX = 7306, 73050
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")


@dataclass(frozen=True)
class ChronologyDate:
    """A chronology date: the text kept as written, and the span it covers (None if unknown)."""

    text: str
    precision: DatePrecision
    start: date | None
    end: date | None
    problem: str = ""  # why the date could not be read; "" when it was (or was empty)

    @property
    def known(self) -> bool:
        return self.start is not None

    def describe(self) -> str:
        """'23 March 2019', 'spring 2019', 'about 2018', or the text as written when unknown."""
        if self.start is None:
            return self.text
        return format_uk_date(self.start, self.precision)


def _month_end(d: date) -> date:
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


def span_end(start: date, precision: DatePrecision) -> date:
    """The last day a date of this precision could be."""
    if precision is DatePrecision.DAY:
        return start
    if precision is DatePrecision.MONTH:
        return _month_end(start)
    if precision is DatePrecision.SEASON:  # three months from the season's first month
        month = start.month + 2
        year = start.year + (month - 1) // 12
        return _month_end(date(year, (month - 1) % 12 + 1, 1))
    if precision is DatePrecision.APPROXIMATE and start.month != 1:
        return _month_end(start)  # "about March 2018"
    return date(start.year, 12, 31)  # a year, or "about 2018"


def from_excel_serial(serial: float) -> date:
    """The day an Excel serial number stands for (43547 -> 23 March 2019)."""
    return _EXCEL_EPOCH + timedelta(days=int(serial))


def _known(text: str, start: date, precision: DatePrecision) -> ChronologyDate:
    return ChronologyDate(text, precision, start, span_end(start, precision))


def unknown_date(text: str, problem: str = "") -> ChronologyDate:
    return ChronologyDate(text, DatePrecision.UNKNOWN, None, None, problem)


def parse_chronology_date(value: object) -> ChronologyDate:
    """Read a chronology date from typed text, a CSV field or a spreadsheet cell.

    Raises nothing: what cannot be read comes back unknown, with ``problem``
    saying why (in words fit to show a practitioner).
    """
    if value is None:
        return unknown_date("")
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return _known(format_uk_date(value), value, DatePrecision.DAY)
    if isinstance(value, bool):
        return unknown_date(str(value), f"I can't read '{value}' as a date")
    if isinstance(value, int | float):
        if float(value).is_integer() and 1000 <= value <= 9999:
            return parse_chronology_date(str(int(value)))  # a year typed into a number cell
        if _SERIAL_MIN <= value <= _SERIAL_MAX:
            start = from_excel_serial(value)
            return _known(format_uk_date(start), start, DatePrecision.DAY)
        return unknown_date(str(value), f"I can't read '{value}' as a date")
    text = " ".join(str(value).split())
    if not text:
        return unknown_date("")
    if _SERIAL.match(text) and _SERIAL_MIN <= float(text) <= _SERIAL_MAX:
        start = from_excel_serial(float(text))
        return _known(format_uk_date(start), start, DatePrecision.DAY)
    try:
        parsed = parse_uk_date(text)
    except DateError as exc:
        return unknown_date(text, str(exc))
    if parsed.value is None or parsed.precision is None:
        return unknown_date(text)
    return _known(text, parsed.value, parsed.precision)


def stored_date(text: str, start: date | None, precision: str | None) -> ChronologyDate:
    """A ChronologyDate from what the store holds for an event or a date of birth."""
    if start is None or not precision or precision == DatePrecision.UNKNOWN.value:
        return unknown_date(text)
    p = DatePrecision(precision)
    return ChronologyDate(text, p, start, span_end(start, p))


# ----------------------------------------------------------------------------- age


def _whole_years(born: date, on: date) -> int:
    years = on.year - born.year
    if (on.month, on.day) < (born.month, born.day):
        years -= 1
    return years


def _whole_months(born: date, on: date) -> int:
    months = (on.year - born.year) * 12 + on.month - born.month
    if on.day < born.day:
        months -= 1
    return months


def _midpoint(start: date, end: date) -> date:
    return start + (end - start) // 2


def age_at(event: ChronologyDate, birth: ChronologyDate) -> str:
    """The child's age at an event, no more exact than the two dates allow.

    - "" when either date is unknown;
    - "before birth" when the event ends before the child can have been born;
    - "at birth" for an event on the exact day of birth;
    - "aged 3", "aged 5 months", "aged under 1" when both dates pin it down;
    - "aged about 2" when the event or the birth date is approximate, or the
      spans allow more than one age (then the nearest whole age between
      their middles is given: 2 years 11 months is "aged about 3").
    """
    if not event.known or not birth.known:
        return ""
    assert event.start and event.end and birth.start and birth.end
    if event.end < birth.start:
        return "before birth"
    exact_days = event.precision is DatePrecision.DAY and birth.precision is DatePrecision.DAY
    if exact_days and event.start == birth.start:
        return "at birth"
    youngest = _whole_years(birth.end, event.start)
    oldest = _whole_years(birth.start, event.end)
    approximate = DatePrecision.APPROXIMATE in (event.precision, birth.precision)
    if youngest == oldest and not approximate:
        if youngest >= 1:
            return f"aged {youngest}"
        if exact_days:
            months = _whole_months(birth.start, event.start)
            return f"aged {months} month{'s' if months != 1 else ''}" if months else "aged under 1 month"
        return "aged under 1" if event.start >= birth.end else "around birth"
    middle_event = _midpoint(event.start, event.end)
    middle_birth = _midpoint(birth.start, birth.end)
    if middle_event < middle_birth:
        return "around birth"
    years = round((middle_event - middle_birth).days / 365.25)  # "about": the nearest year
    return f"aged about {years}" if years >= 1 else "aged under 1"


# ----------------------------------------------------------------------------- cells

_CATEGORY_WORDS: tuple[tuple[ChronologyCategory, tuple[str, ...]], ...] = (
    (ChronologyCategory.BIRTH, ("birth", "born")),
    (ChronologyCategory.COURT, ("court", "legal", "order", "hearing", "judge", "section 20",
                                "s20", "care proceedings")),
    (ChronologyCategory.MOVE, ("move", "moved", "placement", "placed", "foster", "adopt",
                               "home", "residential", "house")),
    (ChronologyCategory.HEALTH, ("health", "medical", "hospital", "doctor", "gp", "dental",
                                 "dentist", "illness", "diagnosis", "assessment")),
    (ChronologyCategory.EDUCATION, ("education", "school", "nursery", "college", "pep")),
    (ChronologyCategory.CONTACT, ("contact", "visit", "family time", "letterbox")),
    (ChronologyCategory.FAMILY, ("family", "sibling", "brother", "sister", "parent", "mum",
                                 "dad", "grand")),
    (ChronologyCategory.MILESTONE, ("milestone", "first", "birthday", "achievement",
                                    "celebration")),
)


def read_category(text: str) -> tuple[ChronologyCategory, bool]:
    """A category from a cell ("Placement move" -> move); the flag is False when guessed 'other'."""
    cleaned = " ".join(text.split()).lower()
    if not cleaned:
        return ChronologyCategory.OTHER, True
    try:
        return ChronologyCategory(ChronologyCategory.parse(cleaned)), True
    except ValueError:
        pass
    words = set(re.findall(r"[a-z0-9]+", cleaned))
    for category, keys in _CATEGORY_WORDS:
        for key in keys:
            if (" " in key and key in cleaned) or key in words:
                return category, True
    return ChronologyCategory.OTHER, False


_YES = {"yes", "y", "true", "1", "x", "✓", "✔", "include", "included"}
_NO = {"no", "n", "false", "0", "", "-"}


def read_flag(value: object, default: bool) -> bool | None:
    """A yes/no cell: True, False, the default when empty, or None when it is neither."""
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    text = " ".join(str(value).split()).lower()
    if not text:
        return default
    if text in _YES:
        return True
    if text in _NO:
        return False
    return None
