"""People in a child's life: where someone appears, what a delete keeps for undo.

Plain records (no Qt, no SQLAlchemy) returned by ``services.people``, and
``guess_relationship``, which reads a relationship code from the words
people used to write ("Nan", "Birth mother", "Foster carers").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lifebook.i18n import translate
from lifebook.model.enums import PersonRole, Relationship
from lifebook.model.records import PersonInfo, Placement

# Checked in order; the first pattern found in the words wins.
_WORDS: tuple[tuple[str, Relationship], ...] = (
    (r"\bfather (is )?(not known|unknown)\b|\bunknown father\b", Relationship.FATHER_UNKNOWN),
    (r"\bhalf[- ]?(brother|sister|sibling)", Relationship.HALF_SIBLING),
    (r"\bstep[- ]?(brother|sister|sibling)", Relationship.STEP_SIBLING),
    (r"\b(grand(mother|father|ma|pa|parent|mum|dad)|nan|nana|nanna|nanny|gran|granny|"
     r"grandad|grampa|grandpa)\b", Relationship.GRANDPARENT),
    (r"\b(aunt|auntie|aunty|uncle)\b|\b(mum|mam|dad|mother|father)'?s (sister|brother)\b", Relationship.AUNT_UNCLE),
    (r"\b(brother|sister|sibling|twin)\b", Relationship.FULL_SIBLING),
    (r"\bspecial guardian", Relationship.SPECIAL_GUARDIAN),
    (r"\bfoster", Relationship.FOSTER_CARER),
    (r"\badopt", Relationship.ADOPTER),
    (r"\bsocial worker\b", Relationship.SOCIAL_WORKER),
    (r"\b(birth )?(mother|mum|mummy|mam)\b", Relationship.BIRTH_MOTHER),
    (r"\b(birth )?(father|dad|daddy)\b", Relationship.BIRTH_FATHER),
    (r"\b(cousin|relative)\b", Relationship.OTHER_BIRTH_RELATIVE),
    (r"\b(teacher|nurse|doctor|health visitor|worker|therapist|guardian|iro|"
     r"key ?worker|support worker|cafcass)\b", Relationship.PROFESSIONAL),
)
_CARER_ROLES = {
    PersonRole.FOSTER_CARER.value: Relationship.FOSTER_CARER,
    PersonRole.ADOPTER.value: Relationship.ADOPTER,
    PersonRole.SPECIAL_GUARDIAN.value: Relationship.SPECIAL_GUARDIAN,
}


def guess_relationship(words: str, role: str = PersonRole.OTHER.value) -> Relationship:
    """The relationship code the words (and the older broad role) most plainly say.

    A carer's role wins over birth-family words ("Mum and Dad (adopters)" are
    adopters); anything unclear is "other birth relative" for birth family
    and "someone else" otherwise, never a guess that names the wrong parent.
    """
    text = " ".join((words or "").lower().split())
    role = str(role)
    for pattern, code in _WORDS:
        if re.search(pattern, text):
            if code.is_birth_family and role in _CARER_ROLES:
                return _CARER_ROLES[role]
            return code
    if role == PersonRole.SIBLING.value:
        return Relationship.FULL_SIBLING
    if role == PersonRole.BIRTH_FAMILY.value:
        return Relationship.OTHER_BIRTH_RELATIVE
    if role == PersonRole.PROFESSIONAL.value:
        return Relationship.PROFESSIONAL
    return _CARER_ROLES.get(role, Relationship.OTHER)


@dataclass(frozen=True)
class PhotoRef:
    """A photo someone is tagged in, as a list names it."""

    id: int
    label: str  # the caption, or the file name

    def as_dict(self) -> dict:
        return {"id": self.id, "label": self.label}


@dataclass(frozen=True)
class EventRef:
    """A chronology event someone is linked to."""

    id: int
    title: str
    date_text: str  # as written in the chronology

    def as_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "date_text": self.date_text}


@dataclass(frozen=True)
class PersonUses:
    """Where a person appears: photos they are tagged in (and their own photo), chronology
    events, and the book pages that show those photos."""

    person_id: int
    photos: tuple[PhotoRef, ...] = ()
    events: tuple[EventRef, ...] = ()
    placements: tuple[Placement, ...] = ()

    @property
    def in_use(self) -> bool:
        return bool(self.photos or self.events or self.placements)

    def lines(self) -> list[str]:
        """One plain line per kind of place ("Tagged in 2 photos: ..."); empty when unused."""
        out = []
        if self.photos:
            names = ", ".join(f"'{p.label}'" for p in self.photos[:5])
            n = len(self.photos)
            if n == 1:
                out.append(translate("model.people", "In 1 photo: {names}").format(names=names))
            elif n <= 5:
                out.append(translate("model.people", "In {n} photos: {names}").format(n=n, names=names))
            else:
                out.append(translate("model.people", "In {n} photos: {names} and {more} more").format(
                    n=n, names=names, more=n - 5))
        if self.events:
            names = ", ".join(f"'{e.title}'" + (f" ({e.date_text})" if e.date_text else "")
                              for e in self.events[:5])
            n = len(self.events)
            if n == 1:
                out.append(translate("model.people", "In 1 chronology event: {names}").format(
                    names=names))
            elif n <= 5:
                out.append(translate("model.people", "In {n} chronology events: {names}").format(
                    n=n, names=names))
            else:
                out.append(translate("model.people", "In {n} chronology events: {names} and {more} "
                                     "more").format(n=n, names=names, more=n - 5))
        by_book: dict[int, tuple[str, list[int]]] = {}
        for p in self.placements:
            by_book.setdefault(p.book_id, (p.book_title, []))[1].append(p.page_number)
        for title, pages in by_book.values():
            numbers = [str(n) for n in sorted(set(pages))]
            if len(numbers) == 1:
                out.append(translate("model.people", "Their photos are on page {page} of "
                                     "'{title}'").format(page=numbers[0], title=title))
            else:
                out.append(translate("model.people", "Their photos are on pages {pages} and {last} "
                                     "of '{title}'").format(pages=", ".join(numbers[:-1]),
                                                           last=numbers[-1], title=title))
        return out

    def as_dict(self) -> dict:
        return {
            "person_id": self.person_id,
            "photos": [p.as_dict() for p in self.photos],
            "events": [e.as_dict() for e in self.events],
            "placements": [p.as_dict() for p in self.placements],
        }


@dataclass(frozen=True)
class DeletedPerson:
    """What ``delete_person`` removed: enough for ``restore_person`` to put it all back."""

    person: PersonInfo
    photo_ids: tuple[int, ...] = ()  # photos they were tagged in
    event_ids: tuple[int, ...] = ()  # chronology events they were linked to

    def as_dict(self) -> dict:
        return {"person": self.person.as_dict(), "photo_ids": list(self.photo_ids),
                "event_ids": list(self.event_ids)}
