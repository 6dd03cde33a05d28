"""Photos and people linked to chronology events, and putting a deleted event back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lifebook.services import children, photos
from lifebook.services import chronology as chron
from lifebook.services.chronology_links import (
    link_person,
    link_photo,
    unlink_person,
    unlink_photo,
)
from lifebook.services.errors import InvalidInput, NotFound
from lifebook.store.db import Library
from tests.photo_files import write_jpeg


def _photo(library: Library, child_id: int, folder: Path, name: str) -> int:
    path = write_jpeg(folder / name, colour=(len(name) * 20 % 255, 90, 140))
    report = photos.import_photos(library, child_id, [path])
    assert not report.rejected
    return report.imported[0].id


def test_links_show_on_the_event_and_go_with_it(library: Library, child_id: int,
                                                photo_dir: Path) -> None:
    event = chron.add_event(library, child_id, date_text="spring 2019", title="Moved to Nan's")
    media_id = _photo(library, child_id, photo_dir, "nan.jpg")
    nan = children.add_person(library, child_id, "Jo Smith", relationship="Nan")
    assert link_photo(library, event.id, media_id) is True
    assert link_photo(library, event.id, media_id) is False  # twice is harmless
    assert link_person(library, event.id, nan.id) is True
    [listed] = chron.list_events(library, child_id)
    assert (listed.photo_ids, listed.person_ids) == ((media_id,), (nan.id,))
    assert listed.as_dict()["photo_ids"] == [media_id]

    gone = chron.delete_event(library, event.id)
    assert chron.list_events(library, child_id) == []
    back = chron.restore_event(library, gone)
    assert back.id == event.id
    assert (back.photo_ids, back.person_ids) == ((media_id,), (nan.id,))
    assert back.date_display == "spring 2019"
    with pytest.raises(InvalidInput):
        chron.restore_event(library, gone)

    assert unlink_photo(library, event.id, media_id) is True
    assert unlink_photo(library, event.id, media_id) is False
    assert unlink_person(library, event.id, nan.id) is True
    [listed] = chron.list_events(library, child_id)
    assert (listed.photo_ids, listed.person_ids) == ((), ())


def test_another_childs_photo_or_person_is_refused(library: Library, child_id: int,
                                                  photo_dir: Path) -> None:
    other = children.add_child(library, "Sam Other", date_of_birth=date(2015, 1, 1)).id
    event = chron.add_event(library, child_id, date_text="2019", title="Started school")
    theirs = _photo(library, other, photo_dir, "theirs.jpg")
    their_person = children.add_person(library, other, "Pat Other", relationship="Dad")
    with pytest.raises(InvalidInput, match="another child"):
        link_photo(library, event.id, theirs)
    with pytest.raises(InvalidInput, match="another child"):
        link_person(library, event.id, their_person.id)
    with pytest.raises(NotFound):
        link_photo(library, 9999, theirs)
    assert chron.list_events(library, child_id)[0].photo_ids == ()


def test_restored_event_leaves_out_links_to_what_was_deleted_since(
        library: Library, child_id: int, photo_dir: Path) -> None:
    event = chron.add_event(library, child_id, date_text="2019", title="Birthday party")
    media_id = _photo(library, child_id, photo_dir, "party.jpg")
    link_photo(library, event.id, media_id)
    gone = chron.delete_event(library, event.id)
    photos.delete_photo(library, media_id)
    back = chron.restore_event(library, gone)
    assert back.photo_ids == ()
    assert [e.title for e in chron.list_events(library, child_id)] == ["Birthday party"]
