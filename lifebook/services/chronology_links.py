"""Linking photos and people to chronology events.

An event can have any number of photos (shown at its stop on the "My journey"
page) and people involved. A link belongs to the same child as the event:
linking another child's photo or person is refused. Linking twice is
harmless; unlinking something not linked says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from lifebook.i18n import translate
from lifebook.model.records import EventInfo
from lifebook.services.errors import InvalidInput, NotFound
from lifebook.store.db import Library
from lifebook.store.models import (
    ChronologyEvent,
    ChronologyEventMedia,
    ChronologyEventPerson,
    MediaItem,
    Person,
)


@dataclass(frozen=True)
class EventLinks:
    photo_ids: tuple[int, ...] = ()
    person_ids: tuple[int, ...] = ()


class LinksByEvent(dict[int, EventLinks]):
    """Event id -> its links, for the events that have any (a session-level helper's result)."""


def links_for(session: Session, event_ids: Sequence[int]) -> LinksByEvent:
    """The photos and people linked to each of ``event_ids`` (absent: no links)."""
    if not event_ids:
        return LinksByEvent()
    photos: dict[int, list[int]] = {}
    people: dict[int, list[int]] = {}
    for event_id, media_id in session.execute(
        select(ChronologyEventMedia.event_id, ChronologyEventMedia.media_id)
        .where(ChronologyEventMedia.event_id.in_(event_ids))
        .order_by(ChronologyEventMedia.media_id)
    ):
        photos.setdefault(event_id, []).append(media_id)
    for event_id, person_id in session.execute(
        select(ChronologyEventPerson.event_id, ChronologyEventPerson.person_id)
        .where(ChronologyEventPerson.event_id.in_(event_ids))
        .order_by(ChronologyEventPerson.person_id)
    ):
        people.setdefault(event_id, []).append(person_id)
    return LinksByEvent(
        (e, EventLinks(tuple(photos.get(e, ())), tuple(people.get(e, ()))))
        for e in set(photos) | set(people)
    )


def _event(session: Session, event_id: int) -> ChronologyEvent:
    event = session.get(ChronologyEvent, event_id)
    if event is None:
        raise NotFound(translate("services.chronology_links", "there is no chronology event with id "
                                                              "{event_id} in this library").format(
                                                                  event_id=event_id))
    return event


def _photo(session: Session, event: ChronologyEvent, media_id: int) -> MediaItem:
    item = session.get(MediaItem, media_id)
    if item is None:
        raise NotFound(translate("services.chronology_links", "there is no photo with id {media_id} in "
                                                              "this library").format(media_id=media_id))
    if item.child_id != event.child_id:
        raise InvalidInput(translate("services.chronology_links", "Photo {photo} belongs to another "
                                                                  "child's record").format(
                                                                      photo=item.original_name))
    return item


def _person(session: Session, event: ChronologyEvent, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(translate("services.chronology_links", "there is no person with id {person_id} "
                                                              "in this library").format(person_id=person_id))
    if person.child_id != event.child_id:
        raise InvalidInput(translate("services.chronology_links", "{name} is in another child's record").format(name=person.name))
    return person


def link_photo(library: Library, event_id: int, media_id: int) -> bool:
    """Link a photo to an event; True if it was newly linked. Raises NotFound, InvalidInput."""
    with library.transaction() as s:
        event = _event(s, event_id)
        _photo(s, event, media_id)
        if s.get(ChronologyEventMedia, (event_id, media_id)) is not None:
            return False
        s.add(ChronologyEventMedia(event_id=event_id, media_id=media_id))
        library.audit(s, "link photo to event", "chronology_event", event_id, media=media_id)
        return True


def unlink_photo(library: Library, event_id: int, media_id: int) -> bool:
    """Unlink a photo from an event; True if it was linked. Raises NotFound."""
    with library.transaction() as s:
        _event(s, event_id)
        gone = s.execute(delete(ChronologyEventMedia).where(
            ChronologyEventMedia.event_id == event_id, ChronologyEventMedia.media_id == media_id))
        if not gone.rowcount:  # type: ignore[attr-defined]
            return False
        library.audit(s, "unlink photo from event", "chronology_event", event_id, media=media_id)
        return True


def link_person(library: Library, event_id: int, person_id: int) -> bool:
    """Link a person to an event; True if newly linked. Raises NotFound, InvalidInput."""
    with library.transaction() as s:
        event = _event(s, event_id)
        _person(s, event, person_id)
        if s.get(ChronologyEventPerson, (event_id, person_id)) is not None:
            return False
        s.add(ChronologyEventPerson(event_id=event_id, person_id=person_id))
        library.audit(s, "link person to event", "chronology_event", event_id, person=person_id)
        return True


def unlink_person(library: Library, event_id: int, person_id: int) -> bool:
    """Unlink a person from an event; True if they were linked. Raises NotFound."""
    with library.transaction() as s:
        _event(s, event_id)
        gone = s.execute(delete(ChronologyEventPerson).where(
            ChronologyEventPerson.event_id == event_id,
            ChronologyEventPerson.person_id == person_id))
        if not gone.rowcount:  # type: ignore[attr-defined]
            return False
        library.audit(s, "unlink person from event", "chronology_event", event_id,
                      person=person_id)
        return True


def restore_links(session: Session, gone: EventInfo) -> None:
    """Re-create a restored event's links to photos and people that still exist."""
    for media_id in gone.photo_ids:
        item = session.get(MediaItem, media_id)
        if item is not None and item.child_id == gone.child_id:
            session.add(ChronologyEventMedia(event_id=gone.id, media_id=media_id))
    for person_id in gone.person_ids:
        person = session.get(Person, person_id)
        if person is not None and person.child_id == gone.child_id:
            session.add(ChronologyEventPerson(event_id=gone.id, person_id=person_id))


def events_with_person(session: Session, person_id: int) -> list[int]:
    """Ids of the events a person is linked to (to show where a person appears)."""
    return list(session.scalars(select(ChronologyEventPerson.event_id)
                                .where(ChronologyEventPerson.person_id == person_id)))
