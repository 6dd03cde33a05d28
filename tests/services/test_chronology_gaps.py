"""Gaps in a chronology: photo gaps, unexplained moves, events before birth, dates to check."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from lifebook.model.chronology import parse_chronology_date, stored_date
from lifebook.model.records import EventInfo
from lifebook.services import chronology as chron
from lifebook.services import chronology_gaps as gaps
from lifebook.services.chronology_links import link_photo
from lifebook.store.db import Library
from lifebook.store.models import MediaItem

BIRTH = parse_chronology_date("14/03/2019")
TODAY = date(2024, 1, 10)


def _event(n: int, when: str, title: str, *, category: str = "other", detail: str = "x",
           photos: tuple[int, ...] = ()) -> EventInfo:
    d = parse_chronology_date(when)
    from lifebook.model.chronology import age_at

    return EventInfo(
        id=n, child_id=1, position=n, date_text=when, date_display=d.describe(),
        date_start=d.start, date_end=d.end, precision=d.precision.value,
        precision_label=d.precision.label, age=age_at(d, BIRTH), title=title, detail=detail,
        category=category, category_label=category, place="", include_in_book=True,
        sensitive=False, private=False, source="", photo_ids=photos)


def _messages(found: list[gaps.ChronologyFinding], code: str) -> list[str]:
    return [f.message for f in found if f.code == code]


def test_a_long_stretch_without_photos_is_named_by_its_months() -> None:
    photos = [date(2019, 3, 20), date(2019, 6, 1), date(2020, 6, 15), date(2020, 12, 1),
              date(2021, 5, 1), date(2021, 10, 1), date(2022, 3, 1), date(2022, 8, 1),
              date(2023, 1, 1), date(2023, 6, 1), date(2023, 11, 1)]
    found = gaps.find_gaps([], photos, BIRTH, TODAY, name="Poppy")
    assert _messages(found, gaps.PHOTO_GAP) == [
        "No photos between June 2019 and June 2020. Look for photos from that time, "
        "or link photos to its events."]


def test_gaps_of_six_months_or_less_are_not_findings() -> None:
    photos = [date(2019, 3, 14) + timedelta(days=150 * k) for k in range(12)]
    found = gaps.find_gaps([], photos, BIRTH, date(2023, 6, 1), name="Poppy")
    assert _messages(found, gaps.PHOTO_GAP) == []


def test_the_gaps_after_birth_and_up_to_today_say_so() -> None:
    found = gaps.find_gaps([], [date(2020, 2, 1), date(2020, 5, 1)], BIRTH, TODAY, name="Poppy")
    assert [m.split(".")[0] for m in _messages(found, gaps.PHOTO_GAP)] == [
        "No photos from Poppy's birth in March 2019 until February 2020",
        "No photos since May 2020",
    ]


def test_a_photo_linked_to_an_event_closes_a_gap() -> None:
    photos = [date(2019, 4, 1), date(2020, 1, 1)]
    before = gaps.find_gaps([], photos, BIRTH, date(2020, 3, 1), name="Poppy")
    assert len(_messages(before, gaps.PHOTO_GAP)) == 1
    moved = _event(1, "August 2019", "Moved to Sam and Ali's", category="move", photos=(7,))
    after = gaps.find_gaps([moved], photos, BIRTH, date(2020, 3, 1), name="Poppy")
    assert _messages(after, gaps.PHOTO_GAP) == []


def test_a_move_with_no_description_is_a_finding_naming_its_date() -> None:
    events = [_event(1, "3/5/2019", "Moved to foster carers", category="move", detail=""),
              _event(2, "spring 2021", "Moved to Nan's", category="move", detail="  "),
              _event(3, "June 2021", "Moved school", category="move", detail="Mum moved house")]
    found = gaps.find_gaps(events, [], BIRTH, TODAY, name="Poppy")
    moves = [f for f in found if f.code == gaps.MOVE_UNEXPLAINED]
    assert [f.event_id for f in moves] == [1, 2]
    assert moves[0].message.startswith("Placement move on 3 May 2019 has no explanation")
    assert moves[1].message.startswith("Placement move in spring 2021 has no explanation")


def test_an_event_before_birth_is_a_finding_unless_it_is_birth_family() -> None:
    events = [_event(1, "2017", "Mum and Dad met", category="family"),
              _event(2, "3/9/2018", "Started nursery", category="education"),
              _event(3, "14/03/2019", "Poppy was born", category="birth")]
    found = gaps.find_gaps(events, [], BIRTH, TODAY, name="Poppy")
    before = [f for f in found if f.code == gaps.BEFORE_BIRTH]
    assert [f.event_id for f in before] == [2]
    assert "before Poppy was born" in before[0].message


def test_future_and_unreadable_dates_are_named() -> None:
    events = [_event(1, "2030", "Leaves school", category="education"),
              _event(2, "sometime", "Visit from Gran", category="contact")]
    found = gaps.find_gaps(events, [], BIRTH, TODAY, name="Poppy")
    assert [f.event_id for f in found if f.code == gaps.FUTURE_DATE] == [1]
    unknown = [f for f in found if f.code == gaps.UNKNOWN_DATE]
    assert [f.event_id for f in unknown] == [2] and "“sometime”" in unknown[0].message


def test_findings_come_most_serious_first_then_in_life_order() -> None:
    events = [_event(1, "2022", "Moved again", category="move", detail=""),
              _event(2, "2020", "Moved", category="move", detail=""),
              _event(3, "no idea", "Something")]
    found = gaps.find_gaps(events, [date(2023, 12, 1)], BIRTH, TODAY, name="Poppy")
    assert [f.severity for f in found][-1] == "info"
    moves = [f.event_id for f in found if f.code == gaps.MOVE_UNEXPLAINED]
    assert moves == [2, 1]


def test_without_a_date_of_birth_gaps_start_at_the_first_photo() -> None:
    unknown = stored_date("", None, None)
    found = gaps.find_gaps([], [date(2020, 1, 1), date(2021, 6, 1)], unknown, date(2021, 7, 1))
    assert [m.split(".")[0] for m in _messages(found, gaps.PHOTO_GAP)] == [
        "No photos between January 2020 and June 2021"]
    assert gaps.find_gaps([], [], unknown, TODAY) == []


def test_the_service_reads_photos_events_and_links_from_the_library(library: Library) -> None:
    from lifebook.services.children import add_child

    child = add_child(library, "Poppy Rose", date_of_birth=date(2019, 3, 14))
    with library.transaction() as s:
        for n, taken in enumerate([datetime(2019, 4, 1), datetime(2020, 1, 1), None]):
            s.add(MediaItem(child_id=child.id, sha256=f"{n:064d}", original_name=f"p{n}.jpg",
                            format="jpg", byte_size=1, width=10, height=10, orientation=1, taken_at=taken))
    move = chron.add_event(library, child.id, date_text="August 2019", title="Moved to Sam's",
                           category="move")
    found = gaps.chronology_findings(library, child.id, today=date(2020, 3, 1))
    assert [f.code for f in found] == [gaps.PHOTO_GAP, gaps.MOVE_UNEXPLAINED,
                                       gaps.UNDATED_PHOTOS]
    undated = next(m for m in library_media(library, child.id) if m.taken_at is None)
    link_photo(library, move.id, undated.id)  # a photo placed in time by its event
    found = gaps.chronology_findings(library, child.id, today=date(2020, 3, 1))
    assert [f.code for f in found] == [gaps.MOVE_UNEXPLAINED]


def library_media(library: Library, child_id: int):  # type: ignore[no-untyped-def]
    from lifebook.services.photos import list_media

    return list_media(library, child_id)
