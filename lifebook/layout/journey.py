"""The "My journey" page: the child's chronology as a winding road with stops.

A ``timeline`` page's auto frame (``source = "chronology"``) draws the
child's events that are meant for this book (``visible_stops``) as stops on
a road: each stop a coloured disc with an icon on the road, and beside it a
soft card with the date and age, the title, a short detail and the child's
linked photo in a round frame. On wide pages the road winds down the middle
and the cards take turns on either side; on narrow pages (A5) it runs down
the left with the cards on its right.

One stored page lays out as as many printed pages as the stops need
(``paginate``: at most MAX_STOPS a page, fewer when the cards are tall).
Each continuation page repeats the heading; the road runs off the bottom of
one page ("continues on page 13") and in at the top of the next ("continued
from page 12"), and ends in a heart after the last stop. lifebook.layout.
pagination numbers the pages; the editor shows the first and says how many
pages the journey takes.

Nothing here imports Qt or the store. ``page`` arguments are the layout
engine's page builders (lifebook.layout.engine._Page).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from lifebook.i18n import translate
from lifebook.layout import journey_art as art
from lifebook.layout.display import Finding, FindingCode, ImageItem, Rect, ShapeItem, StrokeItem
from lifebook.layout.styles import TextStyle
from lifebook.layout.text import TextLayout, layout_text, text_findings
from lifebook.model.content import BookContent, JourneyStop
from lifebook.model.enums import BookKind, Severity
from lifebook.model.trim import mm_to_pt

if TYPE_CHECKING:
    from lifebook.layout.engine import _Page
    from lifebook.layout.templates import FrameSpec
    from lifebook.model.content import FrameContent

MAX_STOPS = 7  # a page with more stops than this is crowded (6 with the road at the side)
SHORT_DETAIL = 120  # characters: a longer detail is left to the chronology table
INK = "#2E2A28"
SOFT_INK = "#5E5650"
PAPER = "#FFFCF6"


def visible_stops(book: BookContent) -> tuple[JourneyStop, ...]:
    """The stops a book shows: meant for the book, never private, sensitive only in a letter."""
    letter = book.kind == BookKind.LATER_LIFE_LETTER
    return tuple(s for s in book.journey
                 if s.include_in_book and not s.private and (letter or not s.sensitive))


def short_detail(stop: JourneyStop) -> str:
    """The detail shown at a stop: all of it when short, else nothing (see the table)."""
    detail = " ".join(stop.detail.split())
    return detail if len(detail) <= SHORT_DETAIL else ""


def date_line(stop: JourneyStop) -> str:
    """'23 March 2019 · aged 3'; 'Date not known' when there is no date."""
    nb = "\u00a0"  # no-break spaces: the line may break only after the dot
    when = (stop.date.strip() or "Date not known").replace(" ", nb)
    return f"{when} · {stop.age.replace(' ', nb)}" if stop.age else when


# --- geometry -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Geometry:
    """Where the road and the cards go in the frame, and how big things are."""

    frame: Rect
    centred: bool  # the road winds down the middle, cards on both sides
    road_x: float  # the middle of the road's lane
    lane: float  # width of the road's lane
    swing: float  # how far the road bends towards each stop's card
    road_w: float
    marker_d: float
    photo_d: float
    card_w: float
    pad: float
    min_gap: float  # between two cards, at the least
    top: float  # where the first card may start (below the "continued from" line)
    bottom: float  # where the last card must end (above the "continues on" line)
    date_size: float
    title_size: float
    detail_size: float

    def card_x(self, side: int) -> float:
        """Left edge of a card on ``side`` (-1 left of the road, +1 right of it)."""
        if side < 0:
            return self.road_x - self.lane / 2 - self.card_w
        return self.road_x + self.lane / 2

    def marker_x(self, index: int) -> float:
        """Where the ``index``-th stop (book-wide) sits across the road: it bends both ways."""
        return self.road_x + (self.swing if index % 2 == 0 else -self.swing)

    @property
    def max_stops(self) -> int:
        return MAX_STOPS if self.centred else MAX_STOPS - 1


def geometry(rect: Rect) -> Geometry:
    """The layout of stops in a frame of this size: the same for measuring and drawing."""
    f = min(max(rect.w / mm_to_pt(180), 0.75), 1.0)
    centred = rect.w >= mm_to_pt(150)
    lane = mm_to_pt(26 if centred else 21) * f
    band = mm_to_pt(8) * f  # above and below the stops: the "continued" lines
    if centred:
        road_x = rect.x + rect.w / 2
        card_w = min((rect.w - lane) / 2, mm_to_pt(100))
    else:
        road_x = rect.x + lane / 2
        card_w = rect.w - lane
    return Geometry(
        frame=rect, centred=centred, road_x=road_x, lane=lane, swing=lane * (0.16 if centred else 0.22),
        road_w=mm_to_pt(7) * f, marker_d=mm_to_pt(10) * f, photo_d=mm_to_pt(19) * f,
        card_w=card_w, pad=mm_to_pt(3) * f, min_gap=mm_to_pt(3.5) * f,
        top=rect.y + band, bottom=rect.bottom - band,
        date_size=10.0 * f, title_size=13.0 * f, detail_size=10.5 * f,
    )


def side_of(index: int, geo: Geometry) -> int:
    """Which side of the road the card of the ``index``-th stop (book-wide) is on."""
    return (1 if index % 2 == 0 else -1) if geo.centred else 1


# --- one stop's card ----------------------------------------------------------------------


def _styles(geo: Geometry, colour: str, align: str) -> tuple[TextStyle, TextStyle, TextStyle]:
    return (
        TextStyle("journey-date", geo.date_size, 1.3, bold=True, colour=colour, align=align),
        TextStyle("journey-title", geo.title_size, 1.25, bold=True, colour=INK, align=align),
        TextStyle("journey-detail", geo.detail_size, 1.3, colour=SOFT_INK, align=align),
    )


def _text_width(stop: JourneyStop, geo: Geometry) -> float:
    photo = geo.photo_d + geo.pad if stop.photo is not None else 0.0
    return geo.card_w - 2 * geo.pad - photo


def _texts(stop: JourneyStop, rect: Rect, geo: Geometry, family: str, align: str, key: str
           ) -> list[TextLayout]:
    """The card's lines: date and age, title, short detail; stacked from ``rect``'s top."""
    colour = art.mix(art.category_colour(stop.category), INK, 0.3)
    styles = _styles(geo, colour, align)
    parts = [date_line(stop), stop.title, short_detail(stop)]
    out: list[TextLayout] = []
    y = rect.y
    for text, style in zip(parts, styles, strict=True):
        if not text:
            continue
        room = Rect(rect.x, y, rect.w, max(rect.bottom - y, style.line_height))
        laid = layout_text(text, room, style, family, frame_key=key)
        out.append(laid)
        y += len(laid.lines) * laid.line_height + (geo.pad * 0.35)
    return out


@lru_cache(maxsize=1024)
def text_height(stop: JourneyStop, geo: Geometry, family: str) -> float:
    """How tall the card's lines are, at the card's text width."""
    laid = _texts(stop, Rect(0, 0, _text_width(stop, geo), 10_000), geo, family, "left", "")
    return sum(len(t.lines) * t.line_height for t in laid) + geo.pad * 0.35 * (len(laid) - 1)


def card_height(stop: JourneyStop, geo: Geometry, family: str) -> float:
    """How tall the stop's card is: its lines, or its photo and marker, whichever is taller."""
    inner = max(text_height(stop, geo, family),
                geo.photo_d if stop.photo is not None else 0.0, geo.marker_d)
    return inner + 2 * geo.pad


def _tops(heights: list[float], geo: Geometry) -> list[float]:
    """The closest the cards can follow one another down the page, from ``geo.top``.

    A card keeps clear of the card before it on the same side of the road; on
    a wide page the cards take turns either side, so each may start beside
    the lower half of the one before (the road's stops still go down in order).
    """
    tops: list[float] = []
    for i, h in enumerate(heights):
        y = geo.top
        same = i - (2 if geo.centred else 1)
        if same >= 0:
            y = max(y, tops[same] + heights[same] + geo.min_gap)
        if i >= 1:  # the stops' markers go down the road in order, well apart
            prev_c = tops[i - 1] + heights[i - 1] / 2
            step = max(geo.marker_d * 1.8, (heights[i - 1] + h) / 4 + geo.min_gap)
            y = max(y, prev_c + step - h / 2)
        tops.append(y)
    return tops


def _greedy(stops: tuple[JourneyStop, ...], geo: Geometry, family: str, cap: int
            ) -> list[tuple[JourneyStop, ...]]:
    pages: list[tuple[JourneyStop, ...]] = []
    current: list[float] = []
    start = 0
    for n, stop in enumerate(stops):
        h = min(card_height(stop, geo, family), geo.bottom - geo.top)
        if current:
            trial = [*current, h]
            tops = _tops(trial, geo)
            if len(trial) > cap or tops[-1] + h > geo.bottom + 0.01:
                pages.append(stops[start:n])
                current, start = [], n
        current.append(h)
    if current or not pages:
        pages.append(stops[start:])
    return pages


@lru_cache(maxsize=64)
def paginate(stops: tuple[JourneyStop, ...], rect: Rect, family: str
             ) -> tuple[tuple[JourneyStop, ...], ...]:
    """The stops of each printed page, in order: each stop exactly once, none overlapping.

    A page takes stops while their cards fit between ``top`` and ``bottom``
    (and at most ``max_stops``); a card taller than a whole page goes alone.
    The stops are then shared out more evenly when that needs no more pages,
    so the last page is not left with one lonely stop. No stops is one page
    (the editor's placeholder).
    """
    geo = geometry(rect)
    pages = _greedy(stops, geo, family, geo.max_stops)
    if len(pages) > 1:  # share out: each page takes its fair part of what is left
        even: list[tuple[JourneyStop, ...]] = []
        start = 0
        for k in range(len(pages)):
            fair = -(-(len(stops) - start) // (len(pages) - k))
            chunk = _greedy(stops[start:], geo, family, fair)[0]
            even.append(chunk)
            start += len(chunk)
        if start == len(stops):
            pages = even
    return tuple(pages)


# --- drawing --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlacedStop:
    """Where a stop goes on its page: its card, its marker on the road, and its side."""

    stop: JourneyStop
    index: int  # book-wide: the first stop of the journey is 0
    card: Rect
    marker: Rect
    side: int  # -1: the card is left of the road; +1: right of it


def plan(stops: tuple[JourneyStop, ...], rect: Rect, family: str, part: int
         ) -> list[PlacedStop]:
    """Where each stop of printed page ``part`` goes: packed from the top, then spread out
    evenly down the page (a short last page by no more than three small gaps a step, so
    it stays together)."""
    geo = geometry(rect)
    chunks = paginate(stops, rect, family)
    part = min(max(part, 0), len(chunks) - 1)
    chunk = chunks[part]
    first = sum(len(c) for c in chunks[:part])
    room = geo.bottom - geo.top
    heights = [min(card_height(s, geo, family), room) for s in chunk]  # too tall: reported
    tops = _tops(heights, geo)
    extra = 0.0
    if len(chunk) > 1:
        end = max(t + h for t, h in zip(tops, heights, strict=True))
        extra = max(0.0, (geo.bottom - end) / (len(chunk) - 1))
        if part == len(chunks) - 1 and end - geo.top < 0.6 * room:  # a short last page
            extra = min(extra, geo.min_gap * 3)
    out = []
    for i, (stop, h, top) in enumerate(zip(chunk, heights, tops, strict=True)):
        y = top + i * extra
        side = side_of(first + i, geo)
        mx, cy = geo.marker_x(first + i), y + h / 2
        out.append(PlacedStop(stop, first + i, Rect(geo.card_x(side), y, geo.card_w, h),
                              Rect(mx - geo.marker_d / 2, cy - geo.marker_d / 2,
                                   geo.marker_d, geo.marker_d), side))
    return out


def draw_journey(page: _Page, spec: FrameSpec, rect: Rect, content: FrameContent | None) -> None:
    """The auto frame of a timeline page: its part of the journey (see ``paginate``)."""
    stops = visible_stops(page.book)
    if not stops:
        empty_journey(page, spec, rect)
        return
    geo = geometry(rect)
    parts = len(paginate(stops, rect, page.family))
    part = min(page.part, parts - 1)
    placed = plan(stops, rect, page.family, part)
    key = spec.key
    first = placed[0].index
    anchors = []
    if part > 0:  # the road comes in from the page before
        anchors.append((geo.marker_x(first - 1), rect.y))
    else:
        start = placed[0].marker
        anchors.append((start.x + start.w / 2, start.y - geo.marker_d * 0.6))
    anchors += [(p.marker.x + p.marker.w / 2, p.marker.y + p.marker.h / 2) for p in placed]
    last = part == parts - 1
    if last:
        end_y = min(anchors[-1][1] + geo.marker_d * 1.6, rect.bottom - geo.marker_d * 0.6)
        anchors.append((anchors[-1][0], end_y))
    else:
        anchors.append((geo.marker_x(first + len(placed)), rect.bottom))
    page.under.extend(art.road(art.winding_path(anchors), geo.road_w, key))
    if last:
        x, y = anchors[-1]
        page.under.extend(art.heart(x, y, geo.marker_d * 0.9, art.CATEGORY_COLOURS["birth"], key))
    for p in placed:
        _stop(page, geo, p, key)
    _continued(page, geo, part, parts, key)
    if part == 0:
        _part_zero_notes(page, stops, parts, key, rect)


def _stop(page: _Page, geo: Geometry, placed: PlacedStop, key: str) -> None:
    stop, card, side = placed.stop, placed.card, placed.side
    colour = art.category_colour(stop.category)
    cy = card.y + card.h / 2
    mx = placed.marker.x + placed.marker.w / 2
    edge = card.x if side > 0 else card.right
    page.under.append(StrokeItem(((mx, cy), (edge, cy)), max(1.0, geo.road_w * 0.1),
                                 art.mix(colour, PAPER, 0.45), key))
    page.under.append(ShapeItem(card, fill=art.mix(colour, PAPER, 0.88),
                                corner_radius=mm_to_pt(3), frame_key=key))
    page.under.extend(art.marker(mx, cy, geo.marker_d, stop.category, stop.title, key))
    # the photo sits next to the road; the words beyond it
    text_w = _text_width(stop, geo)
    near = card.x + geo.pad if side > 0 else card.right - geo.pad - geo.photo_d
    if stop.photo is not None:
        _photo(page, stop, Rect(near, cy - geo.photo_d / 2, geo.photo_d, geo.photo_d), key)
        text_x = near + geo.photo_d + geo.pad if side > 0 else card.x + geo.pad
    else:
        text_x = card.x + geo.pad
    inner = card.h - 2 * geo.pad
    y0 = card.y + geo.pad + max(0.0, (inner - text_height(stop, geo, page.family)) / 2)
    box = Rect(text_x, y0, text_w, card.bottom - geo.pad - y0)
    for t in _texts(stop, box, geo, page.family, "left" if side > 0 else "right", key):
        page.texts.extend(t.runs)
        page.layout.findings.extend(text_findings(
            t, page_number=page.layout.number, page_id=page.page.page_id, frame_key=key,
            where=page.where(key)))


def _photo(page: _Page, stop: JourneyStop, rect: Rect, key: str) -> None:
    from lifebook.layout.engine import cover_crop, effective_ppi, rotated_size

    media = stop.photo
    assert media is not None
    ring = max(1.5, rect.w * 0.045)
    page.under.append(ShapeItem(Rect(rect.x - ring, rect.y - ring, rect.w + 2 * ring,
                                     rect.h + 2 * ring), "ellipse", art.WHITE, frame_key=key))
    src_w, src_h = rotated_size(media)
    crop = cover_crop(src_w, src_h, rect.w, rect.h)
    page.images.append(ImageItem(
        rect=rect, sha256=media.sha256, media_id=media.media_id, source_path=str(media.path),
        crop=crop, orientation=media.orientation, frame_key=key, corner_radius=rect.w / 2,
        effective_ppi=effective_ppi(src_w, crop, rect),
    ))
    if not media.use_agreed:
        page.layout.findings.append(Finding(
            Severity.WARNING, FindingCode.PHOTO_NOT_AGREED,
            translate("layout.journey", "Page {number}: a manager has not yet agreed the photo "
                      "at “{title}” on the journey. Photos other than the child's own are "
                      "checked by a manager first, because some photos can upset a child; please "
                      "ask your manager to look at it before the book is printed.").format(
                number=page.layout.number, title=stop.title),
            page.layout.number, page.page.page_id, key, media_id=media.media_id))


def _small(page: _Page, text: str, rect: Rect, size: float, align: str, key: str) -> None:
    style = TextStyle("journey-note", size, 1.2, italic=True, colour=SOFT_INK, align=align,
                      valign="middle")
    page.texts.extend(layout_text(text, rect, style, page.family, frame_key=key).runs)


def _continued(page: _Page, geo: Geometry, part: int, parts: int, key: str) -> None:
    """'continued from page 12' above the first card; 'continues on page 14' below the last."""
    f = geo.frame
    x = geo.road_x + geo.lane / 2 + geo.pad
    w = f.right - x
    number = page.layout.number
    if part > 0:
        _small(page, f"continued from page {number - 1}", Rect(x, f.y, w, geo.top - f.y),
               geo.date_size, "left", key)
    if part < parts - 1:
        _small(page, f"continues on page {number + 1}",
               Rect(x, geo.bottom, w, f.bottom - geo.bottom), geo.date_size, "left", key)


def _part_zero_notes(page: _Page, stops: tuple[JourneyStop, ...], parts: int, key: str,
                     rect: Rect) -> None:
    """On the stored page: how many printed pages the journey takes, and what is left out."""
    number = page.layout.number
    if parts > 1:
        geo = geometry(rect)
        box = Rect(rect.x, rect.y, rect.w, geo.top - rect.y)
        page.layout.editor_only.append(ShapeItem(box, fill="#FFF1C9", corner_radius=box.h / 2,
                                                 frame_key=key))
        style = TextStyle("journey-note", geo.date_size, 1.2, bold=True, colour=INK,
                          align="centre", valign="middle")
        last = number + parts - 1
        for note in (translate("layout.journey", "In the printed book this journey continues "
                               "over {parts} pages ({first} to {last}). Export the book and "
                               "choose Preview to see them all.").format(
                         parts=parts, first=number, last=last),
                     translate("layout.journey", "This journey continues over {parts} pages "
                               "({first} to {last}).").format(
                         parts=parts, first=number, last=last)):  # the short one on A5
            laid = layout_text(note, box, style, page.family, frame_key=key)
            if not laid.overflowed:
                break
        page.layout.editor_only.extend(laid.runs)
    long = [s for s in stops if s.detail.strip() and not short_detail(s)]
    if long:
        n = len(long)
        page.find(Severity.INFO, FindingCode.UNPLACED_CONTENT,
                  (translate("layout.journey", "Page {number}: the details of 1 event on the "
                             "journey are longer than {most} characters, so only its date and "
                             "title are shown there; the chronology table prints the details in "
                             "full.") if n == 1 else
                   translate("layout.journey", "Page {number}: the details of {n} events on the "
                             "journey are longer than {most} characters, so only their date and "
                             "title are shown there; the chronology table prints the details in "
                             "full.")).format(number=number, n=n, most=SHORT_DETAIL), key)


def empty_journey(page: _Page, spec: FrameSpec, rect: Rect) -> None:
    """No events for this book yet: an editor-only sketch of a timeline, and a note."""
    from lifebook.layout.engine import _auto_sketch

    note = translate("layout.journey",
                     "The timeline is drawn from the chronology once events are added.")
    page.placeholder(spec, rect, note=note, text_share=0.45)
    _auto_sketch(page, spec, rect, "timeline")
    page.find(
        Severity.INFO,
        FindingCode.EMPTY_FRAME,
        translate("layout.journey", "Page {number}: {frame} is drawn from the chronology once "
                  "events are added.").format(number=page.layout.number,
                                              frame=page.name(spec.key)),
        spec.key,
    )


def parts_needed(book: BookContent, rect: Rect, family: str) -> int:
    """How many printed pages a timeline frame of this size takes for ``book``."""
    return len(paginate(visible_stops(book), rect, family))
