"""Use cases for children and the people in their lives."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lifebook.model.enums import Consent, PersonRole, Plan
from lifebook.model.richtext import normalise_text
from lifebook.services.errors import InvalidInput, NotFound
from lifebook.store.db import Library
from lifebook.store.models import Book, Child, MediaItem, Person


def parse_date(text: str | None, what: str = "date") -> date | None:
    """A strict YYYY-MM-DD date, or a clear message saying what was wrong."""
    if text is None or text == "":
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(
            f"'{text}' is not a {what} Lifebook can read; write it as YYYY-MM-DD, e.g. 2019-03-23"
        ) from None


def format_date(value: date | None) -> str:
    """UK style for people: 23 March 2019."""
    return f"{value.day} {value:%B %Y}" if value else ""


def get_child(session: Session, child_id: int) -> Child:
    child = session.get(Child, child_id)
    if child is None:
        raise NotFound(f"there is no child with id {child_id} in this library")
    return child


def child_dict(child: Child, session: Session | None = None) -> dict:
    out = {
        "id": child.id,
        "name": child.full_name,
        "preferred_name": child.display_name,
        "date_of_birth": child.date_of_birth.isoformat() if child.date_of_birth else None,
        "plan": child.plan,
        "plan_label": Plan(child.plan).label,
        "is_sample": child.is_sample,
        "key_dates": {
            "came_into_care": _iso(child.came_into_care),
            "placement": _iso(child.placement_date),
            "placement_order": _iso(child.placement_order_date),
            "adoption_order": _iso(child.adoption_order_date),
            "celebration_hearing": _iso(child.celebration_hearing_date),
        },
    }
    if session is not None:
        out["books"] = session.scalar(select(func.count(Book.id)).where(Book.child_id == child.id))
        out["photos"] = session.scalar(
            select(func.count(MediaItem.id)).where(MediaItem.child_id == child.id)
        )
    return out


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def add_child(
    library: Library,
    name: str,
    *,
    date_of_birth: date | None = None,
    plan: Plan = Plan.ADOPTION,
    preferred_name: str = "",
    is_sample: bool = False,
    **key_dates: date | None,
) -> dict:
    name = " ".join(normalise_text(name).split())  # NFC: one name, however it was typed
    if not name:
        raise InvalidInput("a child needs a name")
    if date_of_birth and date_of_birth > date.today():
        raise InvalidInput(f"the date of birth {format_date(date_of_birth)} is in the future")
    # Never guessed: the first word is the family name in many families (Nguyễn Văn An).
    preferred = " ".join(normalise_text(preferred_name).split()) or name
    with library.transaction() as s:
        child = Child(
            full_name=name,
            preferred_name=preferred,
            date_of_birth=date_of_birth,
            plan=plan.value,
            is_sample=is_sample,
            **{k: v for k, v in key_dates.items() if v is not None},
        )
        s.add(child)
        s.flush()
        library.audit(s, "add child", "child", child.id, name=name, plan=plan.value)
        return child_dict(child, s)


def child_dict_by_id(library: Library, child_id: int) -> dict:
    with library.session() as s:
        return child_dict(get_child(s, child_id), s)


def list_children(library: Library) -> list[dict]:
    with library.session() as s:
        children = s.scalars(select(Child).order_by(Child.is_sample, Child.full_name)).all()
        return [child_dict(c, s) for c in children]


def person_dict(person: Person) -> dict:
    return {
        "id": person.id,
        "child_id": person.child_id,
        "name": person.name,
        "relationship": person.relationship_to_child,
        "role": person.role,
        "consent": person.consent,
        "consent_note": person.consent_note,
    }


def add_person(
    library: Library,
    child_id: int,
    name: str,
    *,
    relationship: str = "",
    role: PersonRole = PersonRole.OTHER,
    consent: Consent = Consent.NOT_ASKED,
    consent_note: str = "",
) -> dict:
    if not name.strip():
        raise InvalidInput("a person needs a name")
    with library.transaction() as s:
        get_child(s, child_id)
        person = Person(
            child_id=child_id,
            name=" ".join(normalise_text(name).split()),
            relationship_to_child=normalise_text(relationship.strip()),
            role=role.value,
            consent=consent.value,
            consent_note=consent_note,
        )
        s.add(person)
        s.flush()
        library.audit(s, "add person", "person", person.id, child_id=child_id, role=role.value)
        return person_dict(person)


def list_people(library: Library, child_id: int) -> list[dict]:
    with library.session() as s:
        get_child(s, child_id)
        people = s.scalars(select(Person).where(Person.child_id == child_id).order_by(Person.id))
        return [person_dict(p) for p in people]
