"""The formal chronology table: date, age and what happened, one row an event.

A ``chronology-table`` page's auto frame (``source = "chronology-table"``)
lists the book's events (the same rule as the journey: meant for the book,
sensitive ones only in a later life letter, private never) with each
event's title and its details in full. Like the journey, one stored page
lays out as as many printed pages as the rows need; the column headings
repeat on every page, and the pages say where the table goes on.

No Qt and no store here; ``page`` is the layout engine's page builder.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from lifebook.i18n import translate
from lifebook.layout.display import FindingCode, Rect, ShapeItem, StrokeItem
from lifebook.layout.journey import visible_stops
from lifebook.layout.styles import TextStyle
from lifebook.layout.text import TextLayout, layout_text, text_findings
from lifebook.model.content import BookContent, JourneyStop
from lifebook.model.enums import Severity
from lifebook.model.trim import mm_to_pt

if TYPE_CHECKING:
    from lifebook.layout.engine import _Page
    from lifebook.layout.templates import FrameSpec
    from lifebook.model.content import FrameContent

HEADINGS = ("Date", "Age", "What happened")
INK = "#2E2A28"
SOFT_INK = "#5E5650"
RULE = "#3D8C95"
STRIPE = "#F5F0E8"


@dataclass(frozen=True)
class TableGeometry:
    frame: Rect
    columns: tuple[tuple[float, float], ...]  # (x, width) of date, age and event
    size: float  # text size, points
    pad: float  # inside each cell
    head_h: float  # the row of column headings
    top: float  # where the headings start (below "continued from")
    bottom: float  # where the last row must end (above "continues on")


def table_geometry(rect: Rect) -> TableGeometry:
    f = min(max(rect.w / mm_to_pt(180), 0.8), 1.0)
    size = 10.5 * f
    pad = mm_to_pt(1.8) * f
    band = mm_to_pt(6) * f
    date_w = max(rect.w * 0.22, mm_to_pt(30) * f)
    age_w = max(rect.w * 0.2, mm_to_pt(26) * f)
    columns = ((rect.x, date_w), (rect.x + date_w, age_w),
               (rect.x + date_w + age_w, rect.w - date_w - age_w))
    return TableGeometry(rect, columns, size, pad, size * 1.3 + 2 * pad, rect.y + band,
                         rect.bottom - band)


def _style(geo: TableGeometry, *, bold: bool = False, colour: str = INK) -> TextStyle:
    return TextStyle("chronology-table", geo.size, 1.3, bold=bold, colour=colour)


def _cells(stop: JourneyStop) -> tuple[str, str, str, str]:
    """Date, age, title and details, as printed."""
    detail = "\n".join(" ".join(line.split()) for line in stop.detail.splitlines() if line.strip())
    return stop.date.strip() or "Not known", stop.age or "–", stop.title, detail


def _lay_row(stop: JourneyStop, geo: TableGeometry, family: str, y: float, height: float,
             key: str) -> list[TextLayout]:
    date, age, title, detail = _cells(stop)
    out = []
    for text, (x, w) in zip((date, age), geo.columns[:2], strict=True):
        out.append(layout_text(text, Rect(x + geo.pad, y + geo.pad, w - 2 * geo.pad,
                                          height - 2 * geo.pad), _style(geo), family,
                               frame_key=key))
    x, w = geo.columns[2]
    box = Rect(x + geo.pad, y + geo.pad, w - 2 * geo.pad, height - 2 * geo.pad)
    laid = layout_text(title, box, _style(geo, bold=True), family, frame_key=key)
    out.append(laid)
    if detail:
        used = len(laid.lines) * laid.line_height
        rest = Rect(box.x, box.y + used, box.w, max(box.h - used, 0.0))
        out.append(layout_text(detail, rest, _style(geo, colour=SOFT_INK), family, frame_key=key))
    return out


@lru_cache(maxsize=1024)
def row_height(stop: JourneyStop, geo: TableGeometry, family: str) -> float:
    laid = _lay_row(stop, geo, family, 0.0, 100_000.0, "")
    date_h, age_h, *event = (len(t.lines) * t.line_height for t in laid)
    return max(date_h, age_h, sum(event)) + 2 * geo.pad


@lru_cache(maxsize=64)
def paginate_rows(stops: tuple[JourneyStop, ...], rect: Rect, family: str
                  ) -> tuple[tuple[JourneyStop, ...], ...]:
    """The rows of each printed page: as many as fit under the headings, each row once."""
    geo = table_geometry(rect)
    room = geo.bottom - geo.top - geo.head_h
    pages: list[tuple[JourneyStop, ...]] = []
    current: list[JourneyStop] = []
    used = 0.0
    for stop in stops:
        h = row_height(stop, geo, family)
        if current and used + h > room + 0.01:
            pages.append(tuple(current))
            current, used = [], 0.0
        current.append(stop)
        used += h
    if current or not pages:
        pages.append(tuple(current))
    return tuple(pages)


def parts_needed(book: BookContent, rect: Rect, family: str) -> int:
    return len(paginate_rows(visible_stops(book), rect, family))


def _head(page: _Page, geo: TableGeometry, key: str) -> None:
    y = geo.top
    for text, (x, w) in zip(HEADINGS, geo.columns, strict=True):
        box = Rect(x + geo.pad, y + geo.pad, w - 2 * geo.pad, geo.head_h - 2 * geo.pad)
        page.texts.extend(layout_text(text, box, _style(geo, bold=True, colour=RULE),
                                      page.family, frame_key=key).runs)
    rule_y = y + geo.head_h
    page.under.append(StrokeItem(((geo.frame.x, rule_y), (geo.frame.right, rule_y)), 1.0,
                                 RULE, key))


def _note(page: _Page, text: str, rect: Rect, geo: TableGeometry, key: str) -> None:
    style = TextStyle("chronology-note", geo.size * 0.9, 1.2, italic=True, colour=SOFT_INK,
                      align="right", valign="middle")
    page.texts.extend(layout_text(text, rect, style, page.family, frame_key=key).runs)


def draw_table(page: _Page, spec: FrameSpec, rect: Rect, content: FrameContent | None) -> None:
    """The auto frame of a chronology table page: its part of the rows."""
    stops = visible_stops(page.book)
    key = spec.key
    if not stops:
        page.placeholder(spec, rect, note=translate(
            "layout.chronology_table", "The table is filled from the chronology once events "
            "are added."))
        page.find(Severity.INFO, FindingCode.EMPTY_FRAME,
                  translate("layout.chronology_table", "Page {number}: {frame} is filled from "
                            "the chronology once events are added.").format(
                      number=page.layout.number, frame=page.name(key)), key)
        return
    geo = table_geometry(rect)
    chunks = paginate_rows(stops, rect, page.family)
    part = min(page.part, len(chunks) - 1)
    number = page.layout.number
    if part > 0:
        _note(page, f"continued from page {number - 1}", Rect(rect.x, rect.y, rect.w,
                                                              geo.top - rect.y), geo, key)
    if part < len(chunks) - 1:
        _note(page, f"continues on page {number + 1}",
              Rect(rect.x, geo.bottom, rect.w, rect.bottom - geo.bottom), geo, key)
    _head(page, geo, key)
    y = geo.top + geo.head_h
    room = geo.bottom - y
    first = sum(len(c) for c in chunks[:part])
    for i, stop in enumerate(chunks[part]):
        h = min(row_height(stop, geo, page.family), room)
        if (first + i) % 2 == 1:
            page.under.append(ShapeItem(Rect(rect.x, y, rect.w, h), fill=STRIPE, frame_key=key))
        for laid in _lay_row(stop, geo, page.family, y, h, key):
            page.texts.extend(laid.runs)
            page.layout.findings.extend(text_findings(
                laid, page_number=number, page_id=page.page.page_id, frame_key=key,
                where=page.where(key)))
        y += h
    page.under.append(StrokeItem(((rect.x, y), (rect.right, y)), 0.5, RULE, key))
    if part == 0 and len(chunks) > 1:
        note = translate("layout.chronology_table", "This table continues over {parts} printed "
                         "pages ({first} to {last}).").format(
            parts=len(chunks), first=number, last=number + len(chunks) - 1)
        box = Rect(rect.x, rect.y, rect.w, geo.top - rect.y)
        page.layout.editor_only.append(ShapeItem(box, fill="#FFF1C9", corner_radius=box.h / 2,
                                                 frame_key=key))
        style = TextStyle("chronology-note", geo.size * 0.85, 1.1, bold=True, colour=INK,
                          align="centre", valign="middle")
        page.layout.editor_only.extend(layout_text(note, box, style, page.family,
                                                   frame_key=key).runs)
