"""Feeding the privacy check (lifebook.checks.privacy) from the store.

``privacy_context`` reads, in one read-only session, what the check needs
beyond the book's pages: the child's names and date of birth, every person
in the child's life with their consent to be identified, who each photo
shows, and the chronology events the book's timeline pages show.
``book_privacy_findings`` runs the check for a book.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lifebook.checks.privacy import (
    PersonRecord,
    PlacedEvent,
    PrivacyContext,
    identified_consent,
    named_consent,
    privacy_findings,
)
from lifebook.layout.display import Finding
from lifebook.layout.templates import TemplateError, page_template
from lifebook.model.enums import BookKind, FrameKind
from lifebook.model.trim import TrimSize
from lifebook.services.books import get_book
from lifebook.services.children import get_child
from lifebook.services.content import load_book_content
from lifebook.store.db import Library
from lifebook.store.models import Book, ChronologyEvent, MediaItem, MediaPerson, Person


def people_records(session: Session, child_id: int) -> tuple[PersonRecord, ...]:
    """Everyone in the child's life, with both consents, as the privacy check reads them."""
    people = session.scalars(select(Person).where(Person.child_id == child_id).order_by(Person.id))
    return tuple(
        PersonRecord(name=p.name, consent=identified_consent(p), named=named_consent(p),
                     relationship=p.relationship_to_child or p.relationship.replace("-", " "),
                     person_id=p.id, known_as=p.known_as or "")
        for p in people
    )


def child_privacy_context(library: Library, child_id: int, *, today: date | None = None
                          ) -> PrivacyContext:
    """What the privacy check knows of a child's words alone: their names and their people
    (for text written outside a book, ``check-text --child``); raises NotFound."""
    with library.session() as s:
        child = get_child(s, child_id)
        return PrivacyContext(
            people=people_records(s, child.id),
            child_names=tuple(n for n in (child.full_name, child.preferred_name) if n),
            child_date_of_birth=child.date_of_birth,
            today=today or date.today(),
        )


def privacy_context(library: Library, book_id: int, *, today: date | None = None) -> PrivacyContext:
    """What the privacy check needs to know about ``book_id``'s child; raises NotFound."""
    with library.session() as s:
        book = get_book(s, book_id)
        child = book.child
        photo_people: dict[int, tuple[int, ...]] = {}
        links = s.execute(
            select(MediaPerson.media_id, MediaPerson.person_id)
            .join(MediaItem, MediaItem.id == MediaPerson.media_id)
            .where(MediaItem.child_id == child.id)
            .order_by(MediaPerson.media_id, MediaPerson.person_id)
        )
        for media_id, person_id in links:
            photo_people[media_id] = (*photo_people.get(media_id, ()), person_id)
        return PrivacyContext(
            people=people_records(s, child.id),
            child_names=tuple(n for n in (child.full_name, child.preferred_name) if n),
            child_date_of_birth=child.date_of_birth,
            today=today or date.today(),
            events=placed_events(s, book),
            photo_people=photo_people,
        )


def placed_events(session: Session, book: Book) -> tuple[PlacedEvent, ...]:
    """The chronology events the book's journey or chronology pages show, on the first one.

    The same rule as the layout (lifebook.layout.journey.visible_stops): events
    marked for the book, never private, sensitive ones only in a later life
    letter. The privacy check is a second guard on that rule.
    """
    letter = book.kind == BookKind.LATER_LIFE_LETTER.value
    trim = TrimSize(book.trim)
    for page in sorted(book.pages, key=lambda p: p.position):
        try:
            specs = page_template(page.template).frames_for(trim)
        except (TemplateError, KeyError, OSError):
            continue
        frame = next((f for f in specs if f.kind == FrameKind.AUTO
                      and f.options.get("source") in ("chronology", "chronology-table")), None)
        if frame is None:
            continue
        rows = session.scalars(
            select(ChronologyEvent)
            .where(ChronologyEvent.child_id == book.child_id, ChronologyEvent.include_in_book,
                   ChronologyEvent.private.is_(False))
            .order_by(ChronologyEvent.position, ChronologyEvent.id)
        )
        events = [e for e in rows if letter or not e.sensitive]
        return tuple(
            PlacedEvent(title=e.title, page_number=page.position + 1, page_id=page.id,
                        frame_key=frame.key, sensitive=e.sensitive, private=e.private)
            for e in events
        )
    return ()


def book_privacy_findings(library: Library, book_id: int) -> list[Finding]:
    """The privacy findings for a book as it is stored now; raises NotFound."""
    return privacy_findings(load_book_content(library, book_id), privacy_context(library, book_id))
