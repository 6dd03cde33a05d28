"""What is missing or doubtful in a child's chronology, as findings to show the worker.

- **Photo gaps**: more than about six months of the child's life (from birth,
  or the first dated photo, until today) with no photo. A photo counts at the
  day it was taken, and at the date of each event it is linked to, so linking
  an undated photo to an event closes a gap.
- **Unexplained moves**: a move or placement event with no description. A
  child reading the book needs to know *why* they moved.
- **Before birth**: an event dated before the child was born that is not a
  birth family event (a mistyped year, most often).
- **Dates to check**: events dated in the future, and events whose date
  could not be read.

``find_gaps`` is pure (plain data in, findings out) so it is tested without
a library; ``chronology_findings`` loads a child's data and calls it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from lifebook.i18n import translate
from lifebook.model.chronology import ChronologyDate, stored_date
from lifebook.model.dates import MONTH_NAMES
from lifebook.model.enums import ChronologyCategory, DatePrecision, Severity
from lifebook.model.records import EventInfo
from lifebook.store.db import Library

GAP_DAYS = 183  # "about six months"

PHOTO_GAP = "photo-gap"
UNDATED_PHOTOS = "undated-photos"
MOVE_UNEXPLAINED = "move-unexplained"
BEFORE_BIRTH = "before-birth"
FUTURE_DATE = "future-date"
UNKNOWN_DATE = "unknown-date"

_SEVERITY_ORDER = {Severity.ERROR.value: 0, Severity.WARNING.value: 1, Severity.INFO.value: 2}


@dataclass(frozen=True)
class ChronologyFinding:
    """One thing to look at in a chronology; ``event_id`` is the event it is about, if any."""

    severity: str  # a Severity value
    code: str  # one of the codes above
    message: str  # plain English, fit to show as it is
    event_id: int | None = None
    start: date | None = None  # where in the child's life it is (for ordering)

    def as_dict(self) -> dict:
        return {"severity": self.severity, "code": self.code, "message": self.message,
                "event_id": self.event_id,
                "start": self.start.isoformat() if self.start else None}


def month_year(value: date) -> str:
    """'March 2019'."""
    return f"{MONTH_NAMES[value.month - 1]} {value.year}"


def when_phrase(event: EventInfo) -> str:
    """'on 3 May 2019', 'in March 2019', 'in spring 2019', 'about 2018', or '(date not known)'."""
    if event.date_start is None:
        return translate("services.chronology_gaps", "(date not known)")
    precision = DatePrecision(event.precision)
    if precision is DatePrecision.DAY:
        return f"on {event.date_display}"
    if precision is DatePrecision.APPROXIMATE:
        return event.date_display
    return f"in {event.date_display}"


def _middle(event: EventInfo) -> date | None:
    if event.date_start is None:
        return None
    end = event.date_end or event.date_start
    return event.date_start + (end - event.date_start) // 2


def photo_gaps(photo_dates: Sequence[date], birth: ChronologyDate, today: date,
               name: str) -> list[ChronologyFinding]:
    """Stretches of more than GAP_DAYS in the child's life with no photo."""
    start = birth.start if birth.known else None
    points = sorted(d for d in photo_dates if d <= today and (start is None or d >= start))
    if start is None:
        if not points:
            return []
        start = points[0]
    stops = [start, *points, today]
    found: list[ChronologyFinding] = []
    for index, (a, b) in enumerate(zip(stops, stops[1:], strict=False)):
        if (b - a).days <= GAP_DAYS:
            continue
        from_birth = index == 0 and birth.known
        to_now = index == len(stops) - 2
        if from_birth and to_now:
            text = (translate("services.chronology_gaps", "No dated photos from {name}'s birth "
                                                          "({start}) until now. Add photos, "
                                                          "or link photos to events, to show each "
                                                          "part of {name}'s life.").format(
                                                              name=name, start=month_year(a)))
        elif from_birth:
            text = (translate("services.chronology_gaps", "No photos from {name}'s birth in "
                                                          "{start} until {end}. "
                                                          "Photos of a baby's first months often "
                                                          "come from the birth family or the first "
                                                          "foster carers.").format(
                                                              name=name, start=month_year(a), end=month_year(b)))
        elif to_now:
            text = (translate("services.chronology_gaps", "No photos since {start}. Ask the "
                                                          "carers for recent photos, or link photos "
                                                          "to recent events.").format(start=month_year(a)))
        else:
            text = (translate("services.chronology_gaps", "No photos between {start} and "
                                                          "{end}. Look for photos from "
                                                          "that time, or link photos to its events.").format(
                                                              start=month_year(a), end=month_year(b)))
        found.append(ChronologyFinding(Severity.WARNING.value, PHOTO_GAP, text, start=a))
    return found


def _quoted(event: EventInfo) -> str:
    return f"“{event.title}”"


def event_findings(events: Sequence[EventInfo], today: date,
                   name: str) -> list[ChronologyFinding]:
    """Unexplained moves, non-family events before birth, future and unreadable dates."""
    found: list[ChronologyFinding] = []
    for e in events:
        if e.category == ChronologyCategory.MOVE.value and not e.detail.strip():
            found.append(ChronologyFinding(
                Severity.WARNING.value, MOVE_UNEXPLAINED,
                translate("services.chronology_gaps", "Placement move {when} has no "
                                                      "explanation ({event}). Add a few "
                                                      "words saying why {name} moved.").format(
                                                          when=when_phrase(e), event=_quoted(e), name=name), e.id, e.date_start))
        if e.age == "before birth" and e.category != ChronologyCategory.FAMILY.value:
            found.append(ChronologyFinding(
                Severity.WARNING.value, BEFORE_BIRTH,
                translate("services.chronology_gaps", "{event} is dated {date}, "
                                                      "before {name} was born, but is not a "
                                                      "birth family event. Check the date, or "
                                                      "file it under Family.").format(
                                                          event=_quoted(e), date=e.date_display, name=name),
                e.id, e.date_start))
        if e.date_start is not None and e.date_start > today:
            found.append(ChronologyFinding(
                Severity.WARNING.value, FUTURE_DATE,
                translate("services.chronology_gaps", "{event} is dated {date}, "
                                                      "which has not happened yet. Check the "
                                                      "date.").format(
                                                          event=_quoted(e), date=e.date_display), e.id, e.date_start))
        if e.date_start is None:
            found.append(ChronologyFinding(
                Severity.INFO.value, UNKNOWN_DATE,
                (translate("services.chronology_gaps", "{event} has no date that could be read "
                           "(“{typed}”), so it is listed at the end. Type a date such as "
                           "3/5/2019, March 2019 or about 2018.") if e.date_text else
                 translate("services.chronology_gaps", "{event} has no date that could be read, so "
                           "it is listed at the end. Type a date such as 3/5/2019, March 2019 or "
                           "about 2018.")).format(event=_quoted(e), typed=e.date_text), e.id))
    return found


def find_gaps(events: Sequence[EventInfo], photo_dates: Sequence[date], birth: ChronologyDate,
              today: date, *, name: str = "the child",
              undated_photos: int = 0) -> list[ChronologyFinding]:
    """Every finding for a chronology, most serious first, then in the order of the child's life.

    ``photo_dates`` are the days photos were taken; the dates of events with
    linked photos are added here. ``undated_photos`` counts photos with no
    date that are not linked to any event.
    """
    dates = list(photo_dates)
    dates += [d for e in events if e.photo_ids and (d := _middle(e)) is not None]
    found = photo_gaps(dates, birth, today, name) + event_findings(events, today, name)
    if undated_photos:
        found.append(ChronologyFinding(
            Severity.INFO.value, UNDATED_PHOTOS,
            translate("services.chronology_gaps", "1 photo has no date taken, so it is not counted "
                      "when looking for gaps. Link a photo to an event to place it in time.")
            if undated_photos == 1 else
            translate("services.chronology_gaps", "{n} photos have no date taken, so they are not "
                      "counted when looking for gaps. Link a photo to an event to place it in "
                      "time.").format(n=undated_photos)))
    found.sort(key=lambda f: (_SEVERITY_ORDER.get(f.severity, 3), f.start is None,
                              f.start or date.max))
    return found


def chronology_findings(library: Library, child_id: int,
                        today: date | None = None) -> list[ChronologyFinding]:
    """The findings for a child's chronology and photos; raises NotFound for an unknown child."""
    from lifebook.services.children import child_info_by_id
    from lifebook.services.chronology import list_events
    from lifebook.services.photos import list_media

    child = child_info_by_id(library, child_id)
    birth = stored_date("", child.date_of_birth, child.dob_precision)
    events = list_events(library, child_id)
    media = list_media(library, child_id)
    linked = {m for e in events for m in e.photo_ids}
    taken = [m.taken_at.date() for m in media if m.taken_at is not None]
    undated = sum(1 for m in media if m.taken_at is None and m.id not in linked)
    return find_gaps(events, taken, birth, today or date.today(),
                     name=child.display_name or "the child", undated_photos=undated)
