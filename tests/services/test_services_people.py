"""People in a child's life: every detail, consent, photo tags, where they appear, undo."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from lifebook.model.enums import BookKind, Consent, Relationship
from lifebook.model.people import guess_relationship
from lifebook.services import books, children, pages, photos
from lifebook.services import chronology as chron
from lifebook.services import people as ps
from lifebook.services.chronology_links import link_person
from lifebook.services.errors import InvalidInput, NotFound
from lifebook.store.db import Library
from lifebook.store.models import AuditEntry, Page
from tests.photo_files import write_jpeg

pytestmark = pytest.mark.both_backends  # and on a team server (tests/conftest.py)


def _photo(library: Library, child_id: int, folder: Path, name: str) -> int:
    path = write_jpeg(folder / name, colour=(len(name) * 20 % 255, 90, 140))
    report = photos.import_photos(library, child_id, [path])
    assert not report.rejected
    return report.imported[0].id


EVERY_DETAIL = dict(
    known_as="Nanna Jo",
    relationship_to_child="Mum's mum",
    household="Nanna's house",
    date_of_birth=date(1958, 4, 1),
    date_of_death=date(2022, 1, 9),
    description="Your nanna. She made the best jam.",
    private_note="Ask the family before using the funeral photo.",
    consent=Consent.YES,
    consent_note="Agreed by her daughter",
    consent_named_date=date(2023, 5, 2),
    consent_identified=Consent.NO,
    consent_identified_date=date(2023, 5, 2),
    consent_identified_note="No photos with the house in them",
)


def test_every_detail_is_kept_and_edited(library: Library, child_id: int, photo_dir: Path) -> None:
    media_id = _photo(library, child_id, photo_dir, "nanna.jpg")
    jo = ps.add_person(library, child_id, " Jo  Smith ", Relationship.GRANDPARENT,
                       photo_media_id=media_id, **EVERY_DETAIL)
    assert (jo.name, jo.relationship, jo.relationship_label, jo.role) == (
        "Jo Smith", "grandparent", "Grandparent", "birth-family")
    for key, value in EVERY_DETAIL.items():
        assert getattr(jo, key) == value, key
    assert jo.photo_media_id == media_id and jo.display_name == "Nanna Jo"
    assert jo.sibling_lives == ""  # only brothers and sisters have one
    assert ps.get_person(library, jo.id) == jo == ps.list_people(library, child_id)[0]
    assert jo.as_dict()["date_of_death"] == "2022-01-09"

    edited = ps.update_person(library, jo.id, consent_identified="yes", known_as="Nanna",
                              date_of_death=None, relationship="birth-mother")
    assert (edited.consent_identified, edited.known_as, edited.date_of_death) == (
        "yes", "Nanna", None)
    assert (edited.relationship, edited.role) == ("birth-mother", "birth-family")
    assert edited.description == EVERY_DETAIL["description"]  # what was not given is kept
    undone = ps.update_person(library, jo.id, **ps.details_of(jo))
    assert undone == jo

    with library.session() as s:
        actions = s.scalars(select(AuditEntry.action)).all()
    assert actions.count("add person") == 1 and actions.count("edit person") == 2


def test_siblings_and_carers(library: Library, child_id: int) -> None:
    sis = ps.add_person(library, child_id, "Mia", Relationship.HALF_SIBLING, household="Dad's house")
    assert (sis.sibling_lives, sis.role) == ("unknown", "sibling")
    sis = ps.update_person(library, sis.id, sibling_lives="adopted-elsewhere")
    assert sis.sibling_lives == "adopted-elsewhere"
    carer = ps.add_person(library, child_id, "Jo and Sam", "foster-carer",
                          placement_from=date(2021, 6, 2), placement_to=date(2023, 9, 15))
    assert (carer.placement_from, carer.placement_to, carer.role) == (
        date(2021, 6, 2), date(2023, 9, 15), "foster-carer")
    assert ps.add_person(library, child_id, "Not known", "father-unknown").role == "birth-family"


@pytest.mark.parametrize(("changes", "words"), [
    ({"name": "  "}, "needs a name"),
    ({"relationship": "cousin-ish"}, "is not one of"),
    ({"consent": "maybe"}, "is not one of"),
    ({"date_of_birth": date.today() + timedelta(days=2)}, "in the future"),
    ({"date_of_birth": date(2000, 1, 1), "date_of_death": date(1999, 1, 1)}, "before the date"),
    ({"placement_from": date(2022, 1, 1), "placement_to": date(2021, 1, 1)}, "before it began"),
    ({"known_as": "x" * 101}, "at most 100"),
    ({"favourite_colour": "red"}, "no detail called"),
])
def test_bad_details_are_refused_and_nothing_changes(library: Library, child_id: int,
                                                    changes: dict, words: str) -> None:
    person = ps.add_person(library, child_id, "Gran", Relationship.GRANDPARENT)
    with pytest.raises(InvalidInput, match=words):
        ps.update_person(library, person.id, **changes)
    assert ps.get_person(library, person.id) == person


def test_another_childs_photo_is_refused(library: Library, child_id: int, photo_dir: Path) -> None:
    other = children.add_child(library, "Sam Other").id
    theirs = _photo(library, other, photo_dir, "theirs.jpg")
    person = ps.add_person(library, child_id, "Gran", Relationship.GRANDPARENT)
    with pytest.raises(InvalidInput, match="another child"):
        ps.update_person(library, person.id, photo_media_id=theirs)
    with pytest.raises(InvalidInput, match="another child"):
        ps.tag_photo(library, theirs, person.id)
    with pytest.raises(NotFound):
        ps.add_person(library, 999, "Nobody")


def test_tags_where_they_appear_and_delete_then_restore(library: Library, child_id: int,
                                                       photo_dir: Path) -> None:
    park, garden, alone = (_photo(library, child_id, photo_dir, f"{n}.jpg")
                           for n in ("park", "garden", "alone"))
    photos.update_photo(library, park, caption="At the park")
    mum = ps.add_person(library, child_id, "Sarah", "birth-mother", photo_media_id=alone)
    dad = ps.add_person(library, child_id, "Daniel", "birth-father")
    assert ps.tag_photo(library, park, mum.id) is True
    assert ps.tag_photo(library, park, mum.id) is False  # twice is harmless
    assert ps.set_photo_people(library, garden, [mum.id, dad.id]) == [mum, dad]
    assert ps.people_in_photo(library, park) == [mum]
    assert [p.id for p in ps.photos_of_person(library, mum.id)] == [park, garden]
    assert ps.photo_tags(library, child_id) == {park: (mum.id,), garden: (mum.id, dad.id)}
    event = chron.add_event(library, child_id, date_text="spring 2019", title="Moved to Nan's")
    link_person(library, event.id, mum.id)
    book = books.new_book(library, child_id, BookKind.LIFE_STORY)
    with library.session() as s:
        first_page = s.scalars(select(Page.id).where(Page.book_id == book.id)
                               .order_by(Page.position)).first()
    pages.place_photo(library, first_page, "photo1", alone)

    uses = ps.person_uses(library, mum.id)
    assert [p.label for p in uses.photos] == ["At the park", "garden.jpg", "alone.jpg"]
    assert [e.title for e in uses.events] == ["Moved to Nan's"]
    assert [(p.book_id, p.page_number) for p in uses.placements] == [(book.id, 1)]
    lines = uses.lines()
    assert lines[0].startswith("In 3 photos: 'At the park'")
    assert lines[1] == "In 1 chronology event: 'Moved to Nan's' (spring 2019)"
    assert lines[2] == f"Their photos are on page 1 of '{book.title}'"
    assert not ps.person_uses(library, dad.id).events

    gone = ps.delete_person(library, mum.id)
    assert (gone.photo_ids, gone.event_ids) == ((park, garden), (event.id,))
    assert [p.id for p in ps.list_people(library, child_id)] == [dad.id]
    assert ps.people_in_photo(library, garden) == [dad]
    assert chron.list_events(library, child_id)[0].person_ids == ()

    back = ps.restore_person(library, gone)
    assert back == mum  # same id, every detail, their own photo
    assert ps.people_in_photo(library, park) == [mum]
    assert ps.people_in_photo(library, garden) == [mum, dad]
    assert chron.list_events(library, child_id)[0].person_ids == (mum.id,)

    assert ps.untag_photo(library, park, mum.id) is True
    assert ps.untag_photo(library, park, mum.id) is False
    assert ps.set_photo_people(library, garden, []) == []


def test_restore_skips_what_went_meanwhile(library: Library, child_id: int,
                                          photo_dir: Path) -> None:
    park = _photo(library, child_id, photo_dir, "park.jpg")
    mum = ps.add_person(library, child_id, "Sarah", "birth-mother", photo_media_id=park)
    ps.tag_photo(library, park, mum.id)
    gone = ps.delete_person(library, mum.id)
    photos.delete_photo(library, park)
    back = ps.restore_person(library, gone)
    assert back.photo_media_id is None and ps.person_uses(library, back.id).photos == ()


def test_deleting_their_photo_clears_it(library: Library, child_id: int, photo_dir: Path) -> None:
    park = _photo(library, child_id, photo_dir, "park.jpg")
    mum = ps.add_person(library, child_id, "Sarah", "birth-mother", photo_media_id=park)
    photos.delete_photo(library, park)
    assert ps.get_person(library, mum.id).photo_media_id is None


def test_older_callers_describe_people_in_words(library: Library, child_id: int) -> None:
    nan = children.add_person(library, child_id, "Gwen", relationship="Nan")
    assert (nan.relationship, nan.relationship_to_child) == ("grandparent", "Nan")
    assert children.list_people(library, child_id) == [nan]


@pytest.mark.parametrize(("words", "role", "code"), [
    ("Nan", "birth-family", "grandparent"),
    ("Birth mother", "birth-family", "birth-mother"),
    ("Mum and Dad (adopters)", "adopter", "adopter"),
    ("Mum", "adopter", "adopter"),
    ("Half-brother", "sibling", "half-sibling"),
    ("", "sibling", "full-sibling"),
    ("Mum's sister", "birth-family", "aunt-uncle"),
    ("Auntie Kim", "birth-family", "aunt-uncle"),
    ("Neighbour", "other", "other"),
    ("Teacher", "professional", "professional"),
    ("Father not known", "birth-family", "father-unknown"),
])
def test_relationship_words_become_a_code(words: str, role: str, code: str) -> None:
    assert guess_relationship(words, role).value == code


def test_photo_details_and_tags_save_in_one_go(library: Library, child_id: int,
                                               photo_dir: Path) -> None:
    park = _photo(library, child_id, photo_dir, "park.jpg")
    mum = ps.add_person(library, child_id, "Sarah", "birth-mother")
    other = children.add_child(library, "Sam Other").id
    theirs = ps.add_person(library, other, "Pat", "birth-father")
    with pytest.raises(InvalidInput, match="another child"):
        photos.update_photo(library, park, caption="Changed", people=[mum.id, theirs.id])
    assert photos.get_photo(library, park).caption == "" and ps.people_in_photo(library, park) == []
    photos.update_photo(library, park, caption="At the park", people=[mum.id])
    assert ps.people_in_photo(library, park) == [mum]
    assert photos.get_photo(library, park).caption == "At the park"


def test_a_person_put_back_after_their_id_was_reused_gets_a_new_one(library: Library,
                                                                    child_id: int) -> None:
    gran = ps.add_person(library, child_id, "Gran", "grandparent")
    gone = ps.delete_person(library, gran.id)
    grandad = ps.add_person(library, child_id, "Grandad", "grandparent")
    back = ps.restore_person(library, gone)
    # SQLite gives the highest id out again; PostgreSQL's sequences never do, so there Gran
    # keeps hers (both back ends: never two people on one id, nobody overwritten)
    assert grandad.id != gran.id if library.is_server else grandad.id == gran.id
    assert back.name == "Gran" and back.id != grandad.id
    assert back.id != gran.id if grandad.id == gran.id else back.id == gran.id
    assert sorted(p.name for p in ps.list_people(library, child_id)) == ["Gran", "Grandad"]
