"""The "My journey" timeline and the chronology table: what each page shows, and pagination."""

from __future__ import annotations

import dataclasses
import itertools

import pytest
from layout_helpers import book, media, page

from lifebook.layout.chronology_table import paginate_rows, table_geometry
from lifebook.layout.display import ImageItem, PageLayout, Rect, TextRun
from lifebook.layout.engine import layout_book
from lifebook.layout.journey import MAX_STOPS, geometry, paginate, plan, visible_stops
from lifebook.layout.pagination import number_pages, parts_for
from lifebook.layout.styles import load_styles
from lifebook.layout.templates import frame_rect, page_template
from lifebook.model.content import BookContent, JourneyStop
from lifebook.model.enums import BookKind
from lifebook.model.trim import TrimSize, mm_to_pt

CATEGORIES = ("birth", "move", "milestone", "education", "family", "court", "health",
              "contact", "other")


def stops(n: int, *, photos: bool = False, long: bool = False) -> tuple[JourneyStop, ...]:
    """``n`` events in order, each with a title found nowhere else ("Stop 07 …")."""
    out = []
    for i in range(n):
        title = f"Stop {i + 1:02d} happened"
        if long and i % 3 == 0:
            title += " on a long and windy day with lots of people and a picnic in the park"
        out.append(JourneyStop(
            event_id=i + 1, date=f"{i % 28 + 1} March {2015 + i // 12}", age=f"aged {i // 12}",
            title=title, detail="A short detail." if i % 2 else "",
            category=CATEGORIES[i % len(CATEGORIES)],
            photo=media(media_id=i + 1) if photos and i % 2 == 0 else None,
        ))
    return tuple(out)


def journey_book(events: tuple[JourneyStop, ...], *, trim: TrimSize = TrimSize.A4_PORTRAIT,
                 kind: BookKind = BookKind.LIFE_STORY, template: str = "timeline") -> BookContent:
    """Page 1 text, page 2 the journey (or table), page 3 text again."""
    pages = (page("text-only", number=1, heading="Before", text="Words."),
             page(template, number=2, heading="My journey"),
             page("text-only", number=3, heading="After", text="More words."))
    return dataclasses.replace(book(*pages, trim=trim, kind=kind), journey=events)


def timeline_rect(trim: TrimSize, template: str = "timeline", key: str = "timeline") -> Rect:
    sheet = load_styles()
    spec = next(f for f in page_template(template).frames_for(trim) if f.key == key)
    return frame_rect(spec, trim, sheet.margin_mm(trim), mm_to_pt(3))


def titles_in(layouts: list[PageLayout]) -> list[str]:
    return [i.text for lay in layouts for i in lay.items
            if isinstance(i, TextRun) and i.text.startswith("Stop ")]


def overlaps(a: Rect, b: Rect) -> bool:
    return a.x < b.right - 0.01 and b.x < a.right - 0.01 and a.y < b.bottom - 0.01 \
        and b.y < a.bottom - 0.01


def inside(a: Rect, outer: Rect) -> bool:
    return (a.x >= outer.x - 0.01 and a.y >= outer.y - 0.01 and a.right <= outer.right + 0.01
            and a.bottom <= outer.bottom + 0.01)


# --- pagination --------------------------------------------------------------------------------


def test_three_events_make_one_page() -> None:
    laid = layout_book(journey_book(stops(3, photos=True)))
    assert [lay.number for lay in laid] == [1, 2, 3]
    journey = laid[1]
    assert sorted(titles_in([journey])) == ["Stop 01 happened", "Stop 02 happened",
                                            "Stop 03 happened"]
    assert sum(isinstance(i, ImageItem) for i in journey.items) == 2  # stops 1 and 3
    assert not any("continues" in i.text for i in journey.items if isinstance(i, TextRun))
    assert not [f for f in journey.findings if f.severity.value == "error"]


@pytest.mark.parametrize(("trim", "pages"), [(TrimSize.A4_PORTRAIT, 9), (TrimSize.A5_PORTRAIT, 10)])
def test_sixty_events_continue_over_as_many_pages_as_they_need(trim: TrimSize, pages: int) -> None:
    events = stops(60)
    numbered = number_pages(journey_book(events, trim=trim))
    assert [(p.number, p.parts) for p in numbered.pages] == [(1, 1), (2, pages), (2 + pages, 1)]
    laid = layout_book(journey_book(events, trim=trim))
    assert len(laid) == pages + 2
    assert [lay.number for lay in laid] == list(range(1, pages + 3))
    assert {lay.page_id for lay in laid[1:-1]} == {102}  # all from the one stored page
    titles = titles_in(laid)
    assert sorted(titles) == sorted(s.title for s in events)  # every event exactly once
    texts = [[i.text for i in lay.items if isinstance(i, TextRun)] for lay in laid]
    assert "continues on page 3" in texts[1] and "continued from page 2" in texts[2]
    assert not any("continues on" in t for t in texts[pages])  # the journey's last page
    assert texts[-1][-1] == str(pages + 2)  # the page after prints its true number


def test_no_stop_overlaps_another_on_any_trim() -> None:
    events = stops(40, photos=True, long=True)
    for trim in TrimSize:
        rect = timeline_rect(trim)
        family = load_styles().family(BookKind.LIFE_STORY)
        chunks = paginate(events, rect, family)
        geo = geometry(rect)
        assert all(1 <= len(c) <= MAX_STOPS for c in chunks)
        seen = []
        for part in range(len(chunks)):
            placed = plan(events, rect, family, part)
            seen += [p.stop.event_id for p in placed]
            for a, b in itertools.combinations(placed, 2):
                assert not overlaps(a.card, b.card), (trim, part, a.stop.title, b.stop.title)
                assert not overlaps(a.marker, b.marker), (trim, part)
            for p in placed:
                assert inside(p.card, rect) and inside(p.marker, rect), (trim, part)
                assert p.card.bottom <= geo.bottom + 0.01
            assert [p.marker.y for p in placed] == sorted(p.marker.y for p in placed)
        assert seen == [s.event_id for s in events], trim  # each once, in order


def test_drawn_words_and_photos_stay_in_their_cards() -> None:
    events = stops(14, photos=True, long=True)
    for trim in (TrimSize.A4_PORTRAIT, TrimSize.A5_PORTRAIT, TrimSize.A4_LANDSCAPE):
        b = journey_book(events, trim=trim)
        laid = layout_book(b)[1:-1]
        rect = timeline_rect(trim)
        family = load_styles().family(b.kind)
        for part, lay in enumerate(laid):
            cards = [p.card for p in plan(events, rect, family, part)]
            for item in lay.items:
                if isinstance(item, ImageItem):
                    assert any(inside(item.rect, c) for c in cards), trim
                    assert item.corner_radius == pytest.approx(item.rect.w / 2)  # a round frame
                elif isinstance(item, TextRun) and item.text.startswith("Stop "):
                    assert any(c.x <= item.x and item.x + item.advance <= c.right + 0.01
                               and c.y <= item.baseline <= c.bottom for c in cards), trim
            assert not [f for f in lay.findings if f.code == "text-overflow"], trim


def test_a_short_last_page_is_avoided_by_sharing_the_stops_out() -> None:
    rect = timeline_rect(TrimSize.A4_PORTRAIT)
    family = load_styles().family(BookKind.LIFE_STORY)
    chunks = paginate(stops(MAX_STOPS + 1), rect, family)
    assert [len(c) for c in chunks] == [4, 4]
    sizes = [len(c) for c in paginate(stops(57), rect, family)]  # 8 full pages would leave 1
    assert len(sizes) == 9 and max(sizes) - min(sizes) <= 1


# --- what the book shows ---------------------------------------------------------------------


def test_only_events_for_the_book_private_never_sensitive_only_in_a_letter() -> None:
    base = stops(4)
    events = (base[0],
              dataclasses.replace(base[1], include_in_book=False),
              dataclasses.replace(base[2], sensitive=True),
              dataclasses.replace(base[3], private=True))
    story = journey_book(events)
    letter = journey_book(events, kind=BookKind.LATER_LIFE_LETTER)
    assert [s.event_id for s in visible_stops(story)] == [1]
    assert [s.event_id for s in visible_stops(letter)] == [1, 3]
    assert titles_in(layout_book(story)) == ["Stop 01 happened"]
    assert sorted(titles_in(layout_book(letter))) == ["Stop 01 happened", "Stop 03 happened"]
    table = journey_book(events, kind=BookKind.LATER_LIFE_LETTER, template="chronology-table")
    assert sorted(titles_in(layout_book(table))) == ["Stop 01 happened", "Stop 03 happened"]


def test_no_events_leaves_the_editor_placeholder() -> None:
    laid = layout_book(journey_book(()))
    assert len(laid) == 3
    [finding] = [f for f in laid[1].findings if f.frame_key == "timeline"]
    assert "drawn from the chronology once events are added" in finding.message


def test_the_stored_page_says_how_many_printed_pages_it_takes() -> None:
    laid = layout_book(journey_book(stops(20)))
    note = " ".join(i.text for i in laid[1].editor_only if isinstance(i, TextRun))
    assert "continues over 3 pages" in note and "(2 to 4)" in note
    assert not [i for i in laid[2].editor_only if isinstance(i, TextRun) and "continues" in i.text]


def test_an_undated_event_says_so() -> None:
    event = dataclasses.replace(stops(1)[0], date="", age="")
    laid = layout_book(journey_book((event,)))
    shown = [i.text.replace("\u00a0", " ") for i in laid[1].items if isinstance(i, TextRun)]
    assert "Date not known" in shown  # no-break spaces keep a date on one line


def test_a_long_detail_is_left_to_the_table_and_the_editor_says_so() -> None:
    event = dataclasses.replace(stops(1)[0], detail="A very long account. " * 20)
    laid = layout_book(journey_book((event,)))
    words = " ".join(i.text for i in laid[1].items if isinstance(i, TextRun))
    assert "account" not in words
    assert any("chronology table prints the details in full" in f.message
               for f in laid[1].findings)
    table = layout_book(journey_book((event,), template="chronology-table"))
    assert "account." in " ".join(i.text for lay in table for i in lay.items
                                  if isinstance(i, TextRun))


# --- the chronology table ------------------------------------------------------------------


def test_the_table_takes_three_events_on_one_page_and_sixty_over_several() -> None:
    small = layout_book(journey_book(stops(3), template="chronology-table"))
    assert len(small) == 3
    heads = [i.text for i in small[1].items if isinstance(i, TextRun)]
    assert {"Date", "Age", "What happened"} <= set(heads)
    events = stops(60)
    b = journey_book(events, template="chronology-table", kind=BookKind.LATER_LIFE_LETTER)
    parts = parts_for(b, b.pages[1])
    rect = timeline_rect(b.trim, "chronology-table", "table")
    assert parts == len(paginate_rows(events, rect, load_styles().family(b.kind))) > 1
    laid = layout_book(b)
    assert len(laid) == parts + 2
    assert sorted(titles_in(laid)) == sorted(s.title for s in events)
    for lay in laid[1:-1]:  # the column headings repeat on every page
        assert "What happened" in [i.text for i in lay.items if isinstance(i, TextRun)]
    geo = table_geometry(rect)
    for lay in laid[1:-1]:
        baselines = [i.baseline for i in lay.items if isinstance(i, TextRun)
                     and i.text.startswith("Stop ")]
        assert baselines and max(baselines) <= geo.bottom
