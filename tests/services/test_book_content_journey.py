"""The child's chronology in a book's content, and the sample child's chronology."""

from __future__ import annotations

from pathlib import Path

import pytest
from photo_files import jpeg_bytes

from lifebook.layout.engine import layout_book
from lifebook.layout.journey import visible_stops
from lifebook.model.enums import BookKind
from lifebook.services import books, chronology, chronology_links, demo, photos
from lifebook.services.content import load_book_content
from lifebook.store.db import Library


def _photo(library: Library, child_id: int, folder: Path) -> int:
    path = folder / "seaside.jpg"
    path.write_bytes(jpeg_bytes())
    report = photos.import_photos(library, child_id, [path])
    return report.imported[0].id


def test_book_content_holds_the_chronology_in_order_without_private_notes(
    library: Library, child_id: int, photo_dir: Path
) -> None:
    book = books.new_book(library, child_id, BookKind.LIFE_STORY)
    later = chronology.add_event(library, child_id, date_text="2020", title="Started nursery",
                                 category="education")
    born = chronology.add_event(library, child_id, date_text="01/06/2017", title="Lexi was born",
                                category="birth")
    chronology.add_event(library, child_id, date_text="2019", title="A note for me only",
                         private=True)
    hidden = chronology.add_event(library, child_id, date_text="2018", title="Hard news",
                                  sensitive=True)
    media_id = _photo(library, child_id, photo_dir)
    chronology_links.link_photo(library, born.id, media_id)

    content = load_book_content(library, book.id)
    assert [s.title for s in content.journey] == ["Lexi was born", "Hard news", "Started nursery"]
    first = content.journey[0]
    assert (first.event_id, first.date, first.age, first.category) == (
        born.id, "1 June 2017", "at birth", "birth")
    assert first.photo is not None and first.photo.media_id == media_id
    assert first.photo.path.is_file()
    assert content.journey[1].sensitive and content.journey[1].event_id == hidden.id
    assert content.journey[2].photo is None and content.journey[2].event_id == later.id
    assert not any(s.private for s in content.journey)
    assert [s.title for s in visible_stops(content)] == ["Lexi was born", "Started nursery"]


def test_page_numbers_count_the_journeys_continuation_pages(library: Library,
                                                             child_id: int) -> None:
    book = books.new_book(library, child_id, BookKind.LIFE_STORY)
    content = load_book_content(library, book.id)
    timeline = next(p for p in content.pages if p.template == "timeline")
    assert timeline.parts == 1
    assert [p.number for p in content.pages] == list(range(1, len(content.pages) + 1))
    for n in range(30):
        chronology.add_event(library, child_id, date_text=f"{n % 27 + 1}/03/2020",
                             title=f"Event number {n + 1}")
    content = load_book_content(library, book.id)
    timeline = next(p for p in content.pages if p.template == "timeline")
    assert timeline.parts >= 4
    after = content.pages[content.pages.index(timeline) + 1]
    assert after.number == timeline.number + timeline.parts
    printed = layout_book(content)
    assert len(printed) == len(content.pages) + timeline.parts - 1
    assert [p.number for p in printed] == list(range(1, len(printed) + 1))


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory):
    lib = Library.open(tmp_path_factory.mktemp("sample") / "library.sqlite3")
    result = demo.create_demo(lib)
    yield lib, result
    lib.close()


def test_the_sample_child_has_a_chronology_that_matches_the_book(sample) -> None:
    lib, result = sample
    events = chronology.list_events(lib, result.child.id)
    assert 15 <= len(events) <= 20
    assert events[0].title.startswith("Poppy was born") and events[0].age == "at birth"
    assert sum(1 for e in events if e.photo_ids) >= 8
    assert any(e.sensitive for e in events) and any(e.private for e in events)
    assert all(e.date_start is not None for e in events)  # every date reads
    content = load_book_content(lib, result.book.id)
    journey_page = next(p for p in content.pages if p.template == "timeline")
    assert journey_page.section == "My journey"
    assert journey_page.frames["heading"].text == "Poppy's journey"
    shown = visible_stops(content)
    assert len(shown) >= 14 and not any(s.sensitive or s.private for s in shown)
    assert [s.title for s in shown] == [e.title for e in events
                                        if e.include_in_book and not e.sensitive and not e.private]
    # the pages the sample fills are still where its words expect them
    future = content.pages[-1]
    assert future.section == "My future" and "vet" in future.frames["text"].text
