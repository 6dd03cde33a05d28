"""The people in a child's life: add, edit, delete and restore them, tag them in photos.

Every change is one transaction with its audit entry, and every change can
be undone by another call: ``update_person`` with the old values,
``delete_person`` returns a ``DeletedPerson`` that ``restore_person`` puts
back (same id while it is free, with their photo tags and chronology links).

``person_uses`` says where someone appears (photos, chronology, books), so
the window can say so before deleting them. Consent is two questions: may
they be *named* in the child's books (``consent``), and may they be
*identified* (full name, photo, where they live: ``consent_identified``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from lifebook.i18n import QT_TRANSLATE_NOOP, translate
from lifebook.model.dates import format_uk_date
from lifebook.model.enums import Consent, Relationship, SiblingLives
from lifebook.model.people import DeletedPerson, EventRef, PersonUses, PhotoRef
from lifebook.model.records import PersonInfo, PhotoInfo
from lifebook.model.richtext import normalise_text
from lifebook.services.children import get_child
from lifebook.services.chronology_links import events_with_person
from lifebook.services.errors import InvalidInput, NotFound
from lifebook.services.photos import _placements, photo_info
from lifebook.store.db import Library
from lifebook.store.models import (
    ChronologyEvent,
    ChronologyEventPerson,
    MediaItem,
    MediaPerson,
    Person,
)

__all__ = ["DeletedPerson", "PersonInfo", "PersonUses"]

# field -> (what people call it, longest allowed); text fields only
TEXTS = {
    "name": (QT_TRANSLATE_NOOP("services.people", "a person's name"), 200),
    "known_as": (QT_TRANSLATE_NOOP("services.people", "the name the child uses"), 100),
    "relationship_to_child": (QT_TRANSLATE_NOOP("services.people", "the relationship in your words"), 100),
    "household": (QT_TRANSLATE_NOOP("services.people", "the household"), 100),
    "description": (QT_TRANSLATE_NOOP("services.people", "the description"), 2000),
    "private_note": (QT_TRANSLATE_NOOP("services.people", "the private note"), 10000),
    "consent_note": (QT_TRANSLATE_NOOP("services.people", "the note about being named"), 2000),
    "consent_identified_note": (QT_TRANSLATE_NOOP("services.people", "the note about being identified"), 2000),
}
DATES = {
    "date_of_birth": QT_TRANSLATE_NOOP("services.people", "date of birth"),
    "date_of_death": QT_TRANSLATE_NOOP("services.people", "date of death"),
    "consent_named_date": QT_TRANSLATE_NOOP("services.people", "date consent to be named was asked"),
    "consent_identified_date": QT_TRANSLATE_NOOP("services.people", "date consent to be identified was asked"),
    "placement_from": QT_TRANSLATE_NOOP("services.people", "date the placement began"),
    "placement_to": QT_TRANSLATE_NOOP("services.people", "date the placement ended"),
}
CHOICES = {"relationship": Relationship, "consent": Consent, "consent_identified": Consent,
           "sibling_lives": SiblingLives}
EDITABLE = (*TEXTS, *DATES, *CHOICES, "photo_media_id")
ONE_LINE = {"name", "known_as", "relationship_to_child", "household"}


def person_info(person: Person) -> PersonInfo:
    """A person row as plain data; raises nothing."""
    return PersonInfo(
        id=person.id,
        child_id=person.child_id,
        name=person.name,
        relationship=person.relationship,
        role=person.role,
        consent=person.consent,
        consent_note=person.consent_note,
        relationship_label=Relationship(person.relationship).label,
        relationship_to_child=person.relationship_to_child,
        known_as=person.known_as,
        photo_media_id=person.photo_media_id,
        sibling_lives=person.sibling_lives,
        household=person.household,
        date_of_birth=person.date_of_birth,
        date_of_death=person.date_of_death,
        description=person.description,
        private_note=person.private_note,
        consent_named_date=person.consent_named_date,
        consent_identified=person.consent_identified,
        consent_identified_date=person.consent_identified_date,
        consent_identified_note=person.consent_identified_note,
        placement_from=person.placement_from,
        placement_to=person.placement_to,
    )


def details_of(person: PersonInfo) -> dict[str, object]:
    """Every editable field of a person: ``update_person(**details_of(before))`` undoes an edit."""
    return {key: getattr(person, key) for key in EDITABLE}


# --- checking what was typed ----------------------------------------------------


def _clean(key: str, value: object) -> object:
    """One field's value as stored; raises InvalidInput naming the field and the problem."""
    if key in TEXTS:
        what, limit = TEXTS[key]
        text = normalise_text("" if value is None else str(value))
        text = " ".join(text.split()) if key in ONE_LINE else text.strip()
        if key == "name" and not text:
            raise InvalidInput(translate("services.people", "a person needs a name"))
        if len(text) > limit:
            raise InvalidInput(translate("services.people", "{what} can be at most {limit} "
                                         "characters; this has {length}").format(
                what=translate("services.people", what), limit=limit, length=len(text)))
        return text
    if key in DATES:
        if value is not None and not isinstance(value, date):
            raise InvalidInput(translate("services.people", "the {what} is not a date").format(
                what=translate("services.people", DATES[key])))
        if value is not None and value > date.today():
            raise InvalidInput(translate("services.people", "the {what}, {date}, is in the "
                                         "future").format(what=translate("services.people", DATES[key]),
                                                          date=format_uk_date(value)))
        return value
    if key in CHOICES:
        enum = CHOICES[key]
        if key == "sibling_lives" and (value is None or value == ""):
            return ""
        try:
            return enum.parse(str(value)).value
        except ValueError as exc:
            raise InvalidInput(f"{key.replace('_', ' ')}: {exc}") from None
    if key == "photo_media_id":
        return None if value in (None, "", 0) else int(str(value))
    raise InvalidInput(translate("services.people", "a person has no detail called {key}").format(key=key))


def _check_together(session: Session, person: Person) -> None:
    """Rules across fields: death after birth, placement in order, their photo is the child's."""
    born, died = person.date_of_birth, person.date_of_death
    if born and died and died < born:
        raise InvalidInput(translate("services.people", "the date of death, {died}, is before the "
                                     "date of birth, {born}").format(died=format_uk_date(died),
                                                                     born=format_uk_date(born)))
    start, end = person.placement_from, person.placement_to
    if start and end and end < start:
        raise InvalidInput(translate("services.people", "the placement ends ({end}) before it "
                                     "began ({start})").format(end=format_uk_date(end),
                                                               start=format_uk_date(start)))
    relationship = Relationship(person.relationship)
    if relationship.is_sibling:
        person.sibling_lives = person.sibling_lives or SiblingLives.UNKNOWN.value
    else:
        person.sibling_lives = ""  # only brothers and sisters live "with the child" or not
    person.role = relationship.role.value
    if person.photo_media_id is not None:
        item = session.get(MediaItem, person.photo_media_id)
        if item is None:
            raise NotFound(translate("services.people", "there is no photo with id {media_id} in "
                                     "this library").format(media_id=person.photo_media_id))
        if item.child_id != person.child_id:
            raise InvalidInput(translate("services.people", "Photo {photo} belongs to another "
                                         "child's record").format(photo=item.original_name))


def _get(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(translate("services.people", "there is no person with id {person_id} "
                                 "in this library").format(person_id=person_id))
    return person


# --- the people ------------------------------------------------------------------


def list_people(library: Library, child_id: int) -> list[PersonInfo]:
    """The people in a child's life, in the order added; raises NotFound (no such child)."""
    with library.session() as s:
        get_child(s, child_id)
        people = s.scalars(select(Person).where(Person.child_id == child_id).order_by(Person.id))
        return [person_info(p) for p in people]


def get_person(library: Library, person_id: int) -> PersonInfo:
    """One person's record; raises NotFound."""
    with library.session() as s:
        return person_info(_get(s, person_id))


def add_person(library: Library, child_id: int, name: str,
               relationship: Relationship | str = Relationship.OTHER,
               **details: object) -> PersonInfo:
    """Add someone in the child's life; raises NotFound (child) or InvalidInput (bad detail).

    ``details`` are any of ``EDITABLE`` (consent, known_as, description, dates, ...).
    """
    values = {key: _clean(key, value) for key, value in
              {"name": name, "relationship": relationship, **details}.items()}
    with library.transaction() as s:
        get_child(s, child_id)
        person = Person(child_id=child_id, **values)
        for key in ("consent", "consent_identified"):
            if getattr(person, key) is None:
                setattr(person, key, Consent.NOT_ASKED.value)
        _check_together(s, person)
        s.add(person)
        s.flush()
        library.audit(s, "add person", "person", person.id, child_id=child_id,
                      relationship=person.relationship)
        return person_info(person)


def update_person(library: Library, person_id: int, **changes: object) -> PersonInfo:
    """Change a person's details (only those given) in one audited action.

    Raises NotFound, or InvalidInput naming the detail that is wrong (nothing
    is changed then).
    """
    values = {key: _clean(key, value) for key, value in changes.items()}
    with library.transaction() as s:
        person = _get(s, person_id)
        changed = [key for key, value in values.items() if getattr(person, key) != value]
        for key in changed:
            setattr(person, key, values[key])
        _check_together(s, person)
        if changed:
            library.audit(s, "edit person", "person", person.id, fields=",".join(changed))
        return person_info(person)


def delete_person(library: Library, person_id: int) -> DeletedPerson:
    """Delete a person with their photo tags and chronology links; raises NotFound.

    The photos and events themselves stay. The result holds everything
    ``restore_person`` needs to undo it.
    """
    with library.transaction() as s:
        person = _get(s, person_id)
        photo_ids = tuple(s.scalars(select(MediaPerson.media_id)
                                    .where(MediaPerson.person_id == person_id)
                                    .order_by(MediaPerson.media_id)))
        event_ids = tuple(sorted(events_with_person(s, person_id)))
        gone = DeletedPerson(person_info(person), photo_ids, event_ids)
        s.execute(delete(MediaPerson).where(MediaPerson.person_id == person_id))
        s.execute(delete(ChronologyEventPerson).where(ChronologyEventPerson.person_id == person_id))
        s.delete(person)
        library.audit(s, "delete person", "person", person_id, child_id=gone.person.child_id,
                      photos=len(photo_ids), events=len(event_ids))
        return gone


def restore_person(library: Library, gone: DeletedPerson) -> PersonInfo:
    """Put back a deleted person: same id while it is free, every detail, tags and links.

    Photos or events deleted since are left out (and a photo of them that has
    gone is cleared). Raises NotFound when the child has gone.
    """
    info = gone.person
    with library.transaction() as s:
        get_child(s, info.child_id)
        photo_id = info.photo_media_id
        if photo_id is not None and s.get(MediaItem, photo_id) is None:
            photo_id = None
        person = Person(
            id=info.id if s.get(Person, info.id) is None else None,
            child_id=info.child_id, role=info.role,
            **{**details_of(info), "photo_media_id": photo_id},
        )
        s.add(person)
        s.flush()
        for media_id in gone.photo_ids:
            item = s.get(MediaItem, media_id)
            if item is not None and item.child_id == info.child_id:
                s.add(MediaPerson(media_id=media_id, person_id=person.id))
        for event_id in gone.event_ids:
            event = s.get(ChronologyEvent, event_id)
            if event is not None and event.child_id == info.child_id:
                s.add(ChronologyEventPerson(event_id=event_id, person_id=person.id))
        library.audit(s, "restore person", "person", person.id, child_id=info.child_id)
        return person_info(person)


def person_uses(library: Library, person_id: int) -> PersonUses:
    """Where someone appears: photos they are in, chronology events, book pages; raises NotFound."""
    with library.session() as s:
        person = _get(s, person_id)
        items = list(s.scalars(select(MediaItem).join(MediaPerson,
                                                       MediaPerson.media_id == MediaItem.id)
                               .where(MediaPerson.person_id == person_id)
                               .order_by(MediaItem.id)))
        if person.photo_media_id is not None and all(i.id != person.photo_media_id
                                                     for i in items):
            own = s.get(MediaItem, person.photo_media_id)
            if own is not None:
                items.append(own)
        event_ids = events_with_person(s, person_id)
        events: list[ChronologyEvent] = list(s.scalars(
            select(ChronologyEvent).where(ChronologyEvent.id.in_(event_ids))
            .order_by(ChronologyEvent.position, ChronologyEvent.id))) if event_ids else []
        places = _placements(s, [i.id for i in items]) if items else {}
        placements = sorted({p for ps in places.values() for p in ps},
                            key=lambda p: (p.book_id, p.page_number))
        return PersonUses(
            person_id=person_id,
            photos=tuple(PhotoRef(i.id, i.caption or i.original_name) for i in items),
            events=tuple(EventRef(e.id, e.title, e.date_text) for e in events),
            placements=tuple(placements),
        )


# --- photo tags ---------------------------------------------------------------------


def _photo_and_person(session: Session, media_id: int, person_id: int) -> tuple[MediaItem, Person]:
    item = session.get(MediaItem, media_id)
    if item is None:
        raise NotFound(translate("services.people", "there is no photo with id {media_id} in "
                                                    "this library").format(media_id=media_id))
    person = _get(session, person_id)
    if person.child_id != item.child_id:
        raise InvalidInput(translate("services.people", "{name} is in another child's record than "
                                     "photo {photo}").format(name=person.name,
                                                             photo=item.original_name))
    return item, person


def tag_photo(library: Library, media_id: int, person_id: int) -> bool:
    """Say that a person is in a photo; True if newly tagged. Raises NotFound, InvalidInput."""
    with library.transaction() as s:
        _photo_and_person(s, media_id, person_id)
        if s.get(MediaPerson, (media_id, person_id)) is not None:
            return False
        s.add(MediaPerson(media_id=media_id, person_id=person_id))
        library.audit(s, "tag person in photo", "media", media_id, person=person_id)
        return True


def untag_photo(library: Library, media_id: int, person_id: int) -> bool:
    """Say that a person is not in a photo; True if they were tagged. Raises NotFound."""
    with library.transaction() as s:
        _photo_and_person(s, media_id, person_id)
        tag = s.get(MediaPerson, (media_id, person_id))
        if tag is None:
            return False
        s.delete(tag)
        library.audit(s, "untag person in photo", "media", media_id, person=person_id)
        return True


def replace_tags(session: Session, item: MediaItem, person_ids: Iterable[int]) -> tuple[
        list[int], list[int]]:
    """Inside a transaction: make exactly these people the ones tagged in ``item``.

    Returns (added, removed) person ids. Raises NotFound, or InvalidInput for
    someone in another child's record (before anything is changed).
    """
    wanted = list(dict.fromkeys(int(p) for p in person_ids))
    for person_id in wanted:
        _photo_and_person(session, item.id, person_id)
    have = set(session.scalars(select(MediaPerson.person_id)
                               .where(MediaPerson.media_id == item.id)))
    added, removed = [p for p in wanted if p not in have], sorted(have - set(wanted))
    if removed:
        session.execute(delete(MediaPerson).where(MediaPerson.media_id == item.id,
                                                  MediaPerson.person_id.in_(removed)))
    for person_id in added:
        session.add(MediaPerson(media_id=item.id, person_id=person_id))
    session.flush()
    return added, removed


def set_photo_people(library: Library, media_id: int, person_ids: Iterable[int]) -> list[PersonInfo]:
    """Make exactly these people the ones tagged in a photo (one action); raises NotFound,
    InvalidInput. Returns who is tagged now, in the order the people were added."""
    with library.transaction() as s:
        item = s.get(MediaItem, media_id)
        if item is None:
            raise NotFound(translate("services.people", "there is no photo with id {media_id} in "
                                     "this library").format(media_id=media_id))
        added, removed = replace_tags(s, item, person_ids)
        if added or removed:
            library.audit(s, "tag people in photo", "media", media_id,
                          added=",".join(map(str, added)), removed=",".join(map(str, removed)))
        return _tagged(s, media_id)


def _tagged(session: Session, media_id: int) -> list[PersonInfo]:
    people = session.scalars(select(Person).join(MediaPerson, MediaPerson.person_id == Person.id)
                             .where(MediaPerson.media_id == media_id).order_by(Person.id))
    return [person_info(p) for p in people]


def people_in_photo(library: Library, media_id: int) -> list[PersonInfo]:
    """Who is tagged in a photo, in the order the people were added; raises NotFound."""
    with library.session() as s:
        if s.get(MediaItem, media_id) is None:
            raise NotFound(translate("services.people", "there is no photo with id {media_id} in "
                                     "this library").format(media_id=media_id))
        return _tagged(s, media_id)


def photos_of_person(library: Library, person_id: int) -> list[PhotoInfo]:
    """The photos a person is tagged in, in the order taken; raises NotFound."""
    with library.session() as s:
        _get(s, person_id)
        items = s.scalars(select(MediaItem).join(MediaPerson, MediaPerson.media_id == MediaItem.id)
                          .where(MediaPerson.person_id == person_id)
                          .order_by(MediaItem.taken_at.is_(None), MediaItem.taken_at,
                                    MediaItem.id))
        return [photo_info(i) for i in items]


def photo_tags(library: Library, child_id: int) -> dict[int, tuple[int, ...]]:
    """Every tagged photo of a child -> the people in it (for filtering a photo list)."""
    with library.session() as s:
        rows = s.execute(select(MediaPerson.media_id, MediaPerson.person_id)
                         .join(Person, Person.id == MediaPerson.person_id)
                         .where(Person.child_id == child_id)
                         .order_by(MediaPerson.media_id, MediaPerson.person_id))
        out: dict[int, list[int]] = {}
        for media_id, person_id in rows:
            out.setdefault(media_id, []).append(person_id)
        return {k: tuple(v) for k, v in out.items()}
