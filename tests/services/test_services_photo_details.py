"""A photo's details, agreeing its use, deleting it: one transaction and one audit entry each."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from photo_files import write_jpeg
from sqlalchemy import select

from lifebook.model.enums import BookKind
from lifebook.services import books, pages, photos
from lifebook.services.errors import InvalidInput
from lifebook.store.db import Library
from lifebook.store.models import AuditEntry, MediaItem


def _audit(library: Library, action: str) -> list[AuditEntry]:
    with library.session() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))


@pytest.fixture()
def media_ids(library: Library, child_id: int, photo_dir: Path) -> list[int]:
    files = [
        write_jpeg(photo_dir / "a.jpg", colour=(200, 30, 30), taken=datetime(2019, 3, 23, 14, 5)),
        write_jpeg(photo_dir / "b.jpg", colour=(30, 200, 30)),
        write_jpeg(photo_dir / "c.jpg", colour=(30, 30, 200)),
    ]
    return [m.id for m in photos.import_photos(library, child_id, files).imported]


# --- the date a photo was taken ---------------------------------------------------------


@pytest.mark.parametrize("typed", ["23 March 2019", "23rd Mar 2019", "Saturday, 23 March 2019",
                                   "23/03/2019", "23/3/19", "23-03-2019", "23.03.2019",
                                   "2019-03-23", "March 23 2019", "  23  march  2019 "])
def test_date_taken_is_read_day_first(typed: str) -> None:
    assert photos.parse_taken_date(typed, today=date(2024, 1, 1)) == date(2019, 3, 23)


@pytest.mark.parametrize(("typed", "says"), [
    ("31/02/2019", "There is no 31 February 2019"),
    ("23/13/2019", "no month 13"),
    ("March 2019", "'March 2019' needs the day too, for example 1 March 2019"),
    ("spring 2019", "needs the day too"),
    ("next Tuesday", "can't read 'next Tuesday'"),
    ("1 January 2030", "is in the future"),
])
def test_unreadable_dates_say_what_is_wrong(typed: str, says: str) -> None:
    with pytest.raises(InvalidInput, match=says):
        photos.parse_taken_date(typed, today=date(2024, 1, 1))


def test_blank_date_is_no_date_and_the_day_is_read_back_in_full() -> None:
    assert photos.parse_taken_date("   ") is None
    assert photos.say_day(date(2019, 3, 23)) == "Saturday 23 March 2019"


# --- details ---------------------------------------------------------------------------


def test_update_photo_changes_only_what_is_given(library: Library, media_ids: list[int]) -> None:
    first = media_ids[0]
    out = photos.update_photo(library, first, caption="  Poppy at the seaside ",
                              source="Foster carer's phone")
    assert out.caption == "Poppy at the seaside"
    assert out.source == "Foster carer's phone"
    assert out.taken_at == datetime(2019, 3, 23, 14, 5)  # untouched
    entries = _audit(library, "edit photo details")
    assert len(entries) == 1 and entries[0].object_id == first
    assert json.loads(entries[0].detail) == {"caption": "Poppy at the seaside",
                                            "source": "Foster carer's phone"}
    assert entries[0].actor == "test-worker"

    photos.update_photo(library, first, caption="Poppy at the seaside")  # nothing changed
    assert len(_audit(library, "edit photo details")) == 1


def test_typed_date_taken_keeps_the_cameras_time_on_the_same_day(
    library: Library, media_ids: list[int]
) -> None:
    same = photos.update_photo(library, media_ids[0], taken_at="23/03/2019")
    assert same.taken_at == datetime(2019, 3, 23, 14, 5)
    moved = photos.update_photo(library, media_ids[0], taken_at="2 April 2019")
    assert moved.taken_at == datetime(2019, 4, 2)
    assert photos.update_photo(library, media_ids[0], taken_at="").taken_at is None
    with pytest.raises(InvalidInput, match="There is no 30 February 2019"):
        photos.update_photo(library, media_ids[0], taken_at="30/02/2019", caption="not saved")
    assert photos.get_photo(library, media_ids[0]).caption == ""  # all or nothing


def test_agreeing_and_withdrawing_many_photos_at_once(library: Library, media_ids: list[int]) -> None:
    with pytest.raises(InvalidInput, match="who agreed"):
        photos.agree_photos(library, media_ids, "  ")
    out = photos.agree_photos(library, media_ids[:2], "Sam Manager")
    assert [(m.use_agreed, m.agreed_by) for m in out] == [(True, "Sam Manager")] * 2
    assert photos.get_photo(library, media_ids[2]).use_agreed is False
    entries = _audit(library, "agree photo use")
    assert sorted(e.object_id for e in entries) == sorted(media_ids[:2])
    assert json.loads(entries[0].detail) == {"agreed_by": "Sam Manager"}

    photos.withdraw_agreement(library, media_ids)
    assert all(not photos.get_photo(library, m).use_agreed for m in media_ids)
    assert all(photos.get_photo(library, m).agreed_by == "" for m in media_ids)
    # only the two that were agreed changed, so only they have an entry
    assert len(_audit(library, "withdraw photo agreement")) == 2


def test_update_photo_records_who_agreed(library: Library, media_ids: list[int]) -> None:
    with pytest.raises(InvalidInput, match="who agreed"):
        photos.update_photo(library, media_ids[1], use_agreed=True)
    out = photos.update_photo(library, media_ids[1], use_agreed=True, agreed_by="Jo Bloggs")
    assert (out.use_agreed, out.agreed_by) == (True, "Jo Bloggs")
    out = photos.update_photo(library, media_ids[1], use_agreed=False)
    assert (out.use_agreed, out.agreed_by) == (False, "")


# --- deleting ----------------------------------------------------------------------------


def test_delete_is_refused_while_the_photo_is_in_a_book(
    library: Library, child_id: int, media_ids: list[int]
) -> None:
    book = books.new_book(library, child_id, BookKind.LIFE_STORY, title="Lexi's life story")
    page_list = books.list_pages(library, book.id)
    fourth = page_list[3]
    pages.change_template(library, fourth.id, "two-photos")
    pages.place_photo(library, fourth.id, "photo1", media_ids[0])
    pages.place_photo(library, fourth.id, "photo2", media_ids[0])
    pages.place_photo(library, page_list[6].id, "photo1", media_ids[0])

    with pytest.raises(photos.PhotoInUse) as refused:
        photos.delete_photo(library, media_ids[0])
    assert "It is on pages 4 and 7 of 'Lexi's life story'." in str(refused.value)
    assert photos.get_photo(library, media_ids[0]).id == media_ids[0]
    assert [p.page_number for p in photos.photo_placements(library, media_ids[0])] == [4, 7]

    stored = library.media.path_for(photos.get_photo(library, media_ids[1]).sha256, "jpg")
    gone = photos.delete_photo(library, media_ids[1])
    assert gone.id == media_ids[1]
    with library.session() as s:
        assert s.get(MediaItem, media_ids[1]) is None
    assert stored.is_file()  # the content-addressed original is left in the store
    entry = _audit(library, "delete photo")[0]
    assert entry.object_id == media_ids[1] and json.loads(entry.detail)["file"] == "b.jpg"


def test_placements_are_described_in_plain_words() -> None:
    P = photos.Placement
    assert photos.describe_placements([P(1, "Poppy's life story", 10, 4)]) == (
        "It is on page 4 of 'Poppy's life story'.")
    assert photos.describe_placements(
        [P(1, "Book A", 1, 2), P(1, "Book A", 3, 5), P(1, "Book A", 4, 9), P(2, "Letter", 7, 1)]
    ) == "It is on pages 2, 5 and 9 of 'Book A' and page 1 of 'Letter'."


def test_import_reports_each_photo_as_it_is_committed(
    library: Library, child_id: int, photo_dir: Path
) -> None:
    files = [write_jpeg(photo_dir / f"{n}.jpg", colour=(n * 40, 90, 90)) for n in range(3)]
    seen: list[tuple[str, int]] = []

    def imported(media: dict) -> None:  # the photo is already in the library when we hear
        seen.append((media.original_name, len(photos.list_media(library, child_id))))

    photos.import_photos(library, child_id, [*files, photo_dir / "missing.jpg"], imported=imported)
    assert seen == [("0.jpg", 1), ("1.jpg", 2), ("2.jpg", 3)]
