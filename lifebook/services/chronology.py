"""Use cases for a child's chronology: list, add, edit, delete, restore and export events.

Each change is one committed transaction with an audit entry. Events are
listed in date order; events with the same start (or none) keep the order
they were added or imported in (``position``); events with an unknown date
come last. Importing a file is in ``services.chronology_import``; linking
photos and people to events is in ``services.chronology_links``.

Private events are notes for the worker: they are listed here, but never
exported (and never reach a book).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lifebook.fileio import write_atomically
from lifebook.i18n import translate
from lifebook.model.chronology import (
    ChronologyDate,
    age_at,
    parse_chronology_date,
    stored_date,
)
from lifebook.model.enums import ChronologyCategory, DatePrecision
from lifebook.model.records import EventInfo
from lifebook.model.richtext import normalise_text
from lifebook.services.children import get_child
from lifebook.services.chronology_links import EventLinks, links_for, restore_links
from lifebook.services.errors import InvalidInput, NotFound
from lifebook.store.db import Library
from lifebook.store.models import Child, ChronologyEvent

TITLE_MAX = 300
EXPORT_COLUMNS = ("Date", "Precision", "Age", "Event", "Details", "Category", "Place",
                  "Include in book", "Sensitive")


def birth_date(child: Child) -> ChronologyDate:
    """The child's date of birth as a chronology date (unknown when not recorded)."""
    return stored_date("", child.date_of_birth, child.dob_precision)


def event_info(event: ChronologyEvent, birth: ChronologyDate,
               links: EventLinks | None = None) -> EventInfo:
    """The record of one event, with the age worked out from ``birth``; raises nothing.

    ``links`` are the event's photos and people (``chronology_links.links_for``);
    without them the record lists none.
    """
    when = stored_date(event.date_text, event.date_start, event.precision)
    precision = DatePrecision(event.precision or DatePrecision.UNKNOWN.value)
    category = ChronologyCategory(event.category or ChronologyCategory.OTHER.value)
    return EventInfo(
        id=event.id,
        child_id=event.child_id,
        position=event.position,
        date_text=event.date_text,
        date_display=when.describe(),
        date_start=event.date_start,
        date_end=event.date_end,
        precision=precision.value,
        precision_label=precision.label,
        age=age_at(when, birth),
        title=event.title,
        detail=event.detail,
        category=category.value,
        category_label=category.label,
        place=event.place,
        include_in_book=event.include_in_book,
        sensitive=event.sensitive,
        private=event.private,
        source=event.source,
        photo_ids=links.photo_ids if links else (),
        person_ids=links.person_ids if links else (),
    )


def _sort_key(event: ChronologyEvent) -> tuple:
    return (event.date_start is None, event.date_start or date.max, event.position, event.id)


def ordered_events(session: Session, child_id: int) -> list[ChronologyEvent]:
    """The child's event rows in chronology order (unknown dates last); raises nothing."""
    rows = session.scalars(select(ChronologyEvent).where(ChronologyEvent.child_id == child_id))
    return sorted(rows, key=_sort_key)


def next_position(session: Session, child_id: int) -> int:
    """The position after the child's last event (0 for the first); raises nothing."""
    last = session.scalar(
        select(func.max(ChronologyEvent.position)).where(ChronologyEvent.child_id == child_id))
    return 0 if last is None else last + 1


def list_events(library: Library, child_id: int) -> list[EventInfo]:
    """The child's chronology in order; raises NotFound for an unknown child."""
    with library.session() as s:
        child = get_child(s, child_id)
        birth = birth_date(child)
        events = ordered_events(s, child_id)
        links = links_for(s, [e.id for e in events])
        return [event_info(e, birth, links.get(e.id)) for e in events]


def apply_date(event: ChronologyEvent, when: ChronologyDate) -> None:
    """Store a chronology date on an event row (text, span and precision)."""
    event.date_text = normalise_text(when.text)[:60]
    event.date_start = when.start
    event.date_end = when.end
    event.precision = when.precision.value


def _clean_title(title: str) -> str:
    cleaned = normalise_text(" ".join(title.split()))
    if not cleaned:
        raise InvalidInput(translate("services.chronology", "An event needs a title: say in a few words what happened"))
    if len(cleaned) > TITLE_MAX:
        raise InvalidInput(translate("services.chronology", "The event's title is {length} "
                                                            "characters long; keep it under "
                                                            "{most} and put the rest in the "
                                                            "description").format(
                                                                length=len(cleaned), most=TITLE_MAX))
    return cleaned


def _category(value: str | ChronologyCategory) -> str:
    try:
        return ChronologyCategory.parse(str(value)).value
    except ValueError as exc:
        raise InvalidInput(translate("services.chronology", "Unknown category: {exc}").format(
            exc=exc)) from None


def add_event(
    library: Library,
    child_id: int,
    *,
    date_text: str,
    title: str,
    detail: str = "",
    category: str | ChronologyCategory = ChronologyCategory.OTHER,
    place: str = "",
    include_in_book: bool = True,
    sensitive: bool = False,
    private: bool = False,
) -> EventInfo:
    """Add one event (an unreadable date is kept as text, unknown); raises InvalidInput, NotFound."""
    clean_title = _clean_title(title)
    with library.transaction() as s:
        child = get_child(s, child_id)
        event = ChronologyEvent(
            child_id=child_id, title=clean_title, detail=normalise_text(detail),
            category=_category(category), place=normalise_text(place.strip()),
            include_in_book=include_in_book, sensitive=sensitive, private=private,
            position=next_position(s, child_id), source="",
        )
        apply_date(event, parse_chronology_date(date_text))
        s.add(event)
        s.flush()
        library.audit(s, "add chronology event", "chronology_event", event.id, child=child_id)
        return event_info(event, birth_date(child))


_EDITABLE = {"date_text", "title", "detail", "category", "place", "include_in_book",
             "sensitive", "private"}


def _get_event(session: Session, event_id: int) -> ChronologyEvent:
    event = session.get(ChronologyEvent, event_id)
    if event is None:
        raise NotFound(translate("services.chronology", "there is no chronology event with id "
                                                        "{event_id} in this library").format(
                                                            event_id=event_id))
    return event


def update_event(library: Library, event_id: int, **changes: object) -> EventInfo:
    """Change some of an event's fields (names as ``add_event``); raises InvalidInput, NotFound."""
    unknown = set(changes) - _EDITABLE
    if unknown:
        raise InvalidInput(translate("services.chronology", "An event has no field called {names}").format(
            names=', '.join(sorted(unknown))))
    with library.transaction() as s:
        event = _get_event(s, event_id)
        for name, value in changes.items():
            if name == "date_text":
                apply_date(event, parse_chronology_date(str(value)))
            elif name == "title":
                event.title = _clean_title(str(value))
            elif name == "category":
                event.category = _category(str(value))
            elif name in ("detail", "place"):
                setattr(event, name, normalise_text(str(value)))
            else:
                setattr(event, name, bool(value))
        library.audit(s, "edit chronology event", "chronology_event", event.id,
                      fields=sorted(changes))
        return event_info(event, birth_date(event.child), links_for(s, [event.id]).get(event.id))


def delete_event(library: Library, event_id: int) -> EventInfo:
    """Delete an event and return it as it was (enough for the window to add it back)."""
    with library.transaction() as s:
        event = _get_event(s, event_id)
        gone = event_info(event, birth_date(event.child), links_for(s, [event_id]).get(event_id))
        s.delete(event)
        library.audit(s, "delete chronology event", "chronology_event", event_id,
                      title=gone.title)
        return gone


def restore_event(library: Library, gone: EventInfo) -> EventInfo:
    """Put back an event that ``delete_event`` returned: same id, place, fields and links.

    Links to photos or people deleted since are left out. Raises InvalidInput
    when an event with that id exists again, NotFound when the child has gone.
    """
    with library.transaction() as s:
        child = get_child(s, gone.child_id)
        if s.get(ChronologyEvent, gone.id) is not None:
            raise InvalidInput(translate("services.chronology", "That event is already in the chronology"))
        event = ChronologyEvent(
            id=gone.id, child_id=gone.child_id, title=gone.title, detail=gone.detail,
            category=gone.category, place=gone.place, include_in_book=gone.include_in_book,
            sensitive=gone.sensitive, private=gone.private, position=gone.position,
            source=gone.source, date_text=gone.date_text, date_start=gone.date_start,
            date_end=gone.date_end, precision=gone.precision,
        )
        s.add(event)
        s.flush()
        restore_links(s, gone)
        library.audit(s, "restore chronology event", "chronology_event", event.id,
                      title=gone.title)
        return event_info(event, birth_date(child), links_for(s, [event.id]).get(event.id))


@dataclass(frozen=True)
class ExportResult:
    path: Path
    exported: int
    private_left_out: int

    def as_dict(self) -> dict:
        return {"path": str(self.path), "exported": self.exported,
                "private_left_out": self.private_left_out}


def _export_rows(events: Iterable[EventInfo]) -> list[list[str]]:
    return [
        [e.date_display, e.precision_label, e.age, e.title, e.detail, e.category_label,
         e.place, "yes" if e.include_in_book else "no", "yes" if e.sensitive else "no"]
        for e in events
    ]


def export_chronology(library: Library, child_id: int, out: Path) -> ExportResult:
    """Write the chronology (private notes left out) to a .csv or .xlsx file.

    Raises InvalidInput for another kind of file or a folder that does not
    exist, NotFound for an unknown child.
    """
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InvalidInput(translate("services.chronology", "'{name}': a chronology can be exported "
                                                            "as .csv or .xlsx").format(name=out.name))
    if not out.parent.is_dir():
        raise InvalidInput(translate("services.chronology", "There is no folder {parent} to save the "
                                                            "chronology in").format(parent=out.parent))
    events = list_events(library, child_id)
    shared = [e for e in events if not e.private]
    rows = _export_rows(shared)
    try:
        if suffix == ".csv":
            # with a BOM, so Excel on Windows reads the accents and the £ right
            text = io.StringIO(newline="")
            writer = csv.writer(text)
            writer.writerow(EXPORT_COLUMNS)
            writer.writerows(rows)
            write_atomically(out, text.getvalue().encode("utf-8-sig"))
        else:
            from openpyxl import Workbook

            book = Workbook()
            sheet = book.active
            assert sheet is not None
            sheet.title = "Chronology"
            sheet.append(list(EXPORT_COLUMNS))
            for row in rows:
                sheet.append(row)
            data = io.BytesIO()
            book.save(data)
            write_atomically(out, data.getvalue())
    except OSError as exc:
        raise InvalidInput(translate("services.chronology", "Could not save {out}: {reason}").format(
            out=out, reason=exc.strerror or exc)) from None
    return ExportResult(out, len(shared), len(events) - len(shared))
