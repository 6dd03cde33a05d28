"""Who is in the family tree page, and what it may say about them.

``family_members`` is the one place the family tree's people (model.content
.FamilyMember) are made from the store: the name the child uses, the
relationship code (and its words), who a brother or sister lives with, a
date of death, both consents, the person's chosen photo and photo tags.

Rules kept here, not in the layout:
- someone without consent to be named (``consent != "yes"``) is shown by
  their relationship only ("Birth father"), and without a photo; a photo
  also needs consent to be identified (``consent_identified``);
- professionals (social workers and the like) are not family, so they are
  left out of the tree;
- a photo is one the person is tagged in and a manager has agreed, the one
  with the fewest other people in it (then the newest).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lifebook.model.content import FamilyGroup, FamilyMember, MediaRef
from lifebook.model.enums import Consent, PersonRole, Relationship
from lifebook.store.models import Child, MediaItem, MediaPerson, Person

# Words for someone whose relationship was left blank, by where they sit in the tree.
DEFAULT_WORDS = {
    FamilyGroup.BIRTH_PARENT: "Birth parent",
    FamilyGroup.BIRTH_RELATIVE: "Birth family",
    FamilyGroup.SIBLING: "Brother or sister",
    FamilyGroup.CARER: "Foster carer",
    FamilyGroup.FAMILY_NOW: "Family",
    FamilyGroup.OTHER: "A special person",
}
_PARENT_WORDS = ("mother", "mum", "father", "dad", "parent")
_RELATIVE_WORDS = ("grand", "nan", "aunt", "uncle", "cousin", "great")
_SIBLING_WORDS = ("brother", "sister", "sibling")


def group_for(relationship: str, role: str) -> FamilyGroup | None:
    """Where a person goes in the tree, from today's free-text relationship and role; None: left out."""
    words = relationship.casefold()
    if role == PersonRole.PROFESSIONAL.value or "social worker" in words:
        return None
    if role == PersonRole.ADOPTER.value or "adopt" in words or "special guardian" in words:
        return FamilyGroup.FAMILY_NOW
    if role == PersonRole.FOSTER_CARER.value or "foster" in words:
        return FamilyGroup.CARER
    if role == PersonRole.SIBLING.value or any(w in words for w in _SIBLING_WORDS):
        return FamilyGroup.SIBLING
    if role == PersonRole.BIRTH_FAMILY.value:
        parent = any(w in words for w in _PARENT_WORDS) and not any(
            w in words for w in _RELATIVE_WORDS
        )
        return FamilyGroup.BIRTH_PARENT if parent else FamilyGroup.BIRTH_RELATIVE
    return FamilyGroup.OTHER


def is_unknown(person: Person) -> bool:
    """Nobody knows who they are ("Father unknown", or a name of "Unknown")."""
    return "unknown" in person.relationship_to_child.casefold() or person.name.strip().casefold() in (
        "unknown", "not known", "?", ""
    )


PhotoRef = Callable[[MediaItem], MediaRef]


def _photos(session: Session, photo_ref: PhotoRef | None, ids: list[int]) -> dict[int, MediaRef]:
    """Each person's best agreed photo (fewest people in it, then newest)."""
    if photo_ref is None or not ids:
        return {}
    crowd = (
        select(MediaPerson.media_id, func.count().label("n"))
        .group_by(MediaPerson.media_id)
        .subquery()
    )
    rows = session.execute(
        select(MediaPerson.person_id, MediaItem)
        .join(MediaItem, MediaItem.id == MediaPerson.media_id)
        .join(crowd, crowd.c.media_id == MediaItem.id)
        .where(MediaPerson.person_id.in_(ids), MediaItem.use_agreed.is_(True))
        .order_by(crowd.c.n, MediaItem.taken_at.desc(), MediaItem.id.desc())
    ).all()
    best: dict[int, MediaRef] = {}
    for person_id, item in rows:
        if person_id not in best:
            best[person_id] = photo_ref(item)
    return best


_GROUPS = {
    Relationship.BIRTH_MOTHER: FamilyGroup.BIRTH_PARENT,
    Relationship.BIRTH_FATHER: FamilyGroup.BIRTH_PARENT,
    Relationship.FATHER_UNKNOWN: FamilyGroup.BIRTH_PARENT,
    Relationship.FULL_SIBLING: FamilyGroup.SIBLING,
    Relationship.HALF_SIBLING: FamilyGroup.SIBLING,
    Relationship.STEP_SIBLING: FamilyGroup.SIBLING,
    Relationship.GRANDPARENT: FamilyGroup.BIRTH_RELATIVE,
    Relationship.AUNT_UNCLE: FamilyGroup.BIRTH_RELATIVE,
    Relationship.OTHER_BIRTH_RELATIVE: FamilyGroup.BIRTH_RELATIVE,
    Relationship.FOSTER_CARER: FamilyGroup.CARER,
    Relationship.ADOPTER: FamilyGroup.FAMILY_NOW,
    Relationship.SPECIAL_GUARDIAN: FamilyGroup.FAMILY_NOW,
    Relationship.OTHER: FamilyGroup.OTHER,
}  # social workers and other professionals are not family: left out

_LIVES = {"elsewhere": "Lives with another family", "adopted-elsewhere": "Adopted by another family"}


def _group(p: Person) -> FamilyGroup | None:
    try:
        code = Relationship(p.relationship)
    except ValueError:  # a code this version does not know: read the words instead
        return group_for(p.relationship_to_child, p.role)
    return _GROUPS.get(code)


def _household(p: Person) -> str:
    """Who a brother or sister lives with, to group them ("" for the child's own home)."""
    if p.household.strip():
        return p.household.strip()
    return _LIVES.get(p.sibling_lives, "")


def family_members(
    session: Session,
    child: Child,
    *,
    photo_ref: PhotoRef | None = None,
    child_photo: MediaRef | None = None,
) -> tuple[FamilyMember, ...]:
    """The child (first, with ``child_photo``) and their family, as the tree draws them.

    A person is named (by the name the child uses for them, else their name)
    only with consent to be named, and shown with a photo only with consent to
    be identified too: their chosen photo, else the best agreed photo they are
    tagged in. ``photo_ref`` turns a stored photo into what the layout needs
    (services.content.media_ref); without it nobody has a photo.
    """
    people = sorted(child.people, key=lambda p: p.id)
    photos = _photos(session, photo_ref, [p.id for p in people])
    out = [FamilyMember(0, child.display_name, group=FamilyGroup.CHILD, photo=child_photo)]
    for p in people:
        group = _group(p)
        if group is None:
            continue
        try:
            code_words = Relationship(p.relationship).label
        except ValueError:
            code_words = ""
        words = p.relationship_to_child.strip() or code_words or DEFAULT_WORDS[group]
        unknown = p.relationship == Relationship.FATHER_UNKNOWN.value or is_unknown(p)
        named = p.consent == Consent.YES.value and not unknown
        identified = named and p.consent_identified == Consent.YES.value
        photo = None
        if identified:
            chosen = session.get(MediaItem, p.photo_media_id) if p.photo_media_id else None
            if chosen is not None and chosen.use_agreed and photo_ref is not None:
                photo = photo_ref(chosen)
            else:
                photo = photos.get(p.id)
        died = f"died {p.date_of_death.year}" if p.date_of_death else ""
        label = (p.known_as.strip() or p.name.strip()) if named else words
        if named and code_words and label.casefold() in words.casefold():
            words = code_words  # "Mum and Dad" over "Mum and Dad (adopters)": say "Adopter"
        out.append(
            FamilyMember(
                person_id=p.id,
                label=label,
                relationship=words if named else "",
                group=group,
                household=_household(p) if group == FamilyGroup.SIBLING else "",
                photo=photo,
                named=named,
                deceased=bool(p.date_of_death),
                died=died,
                unknown=unknown,
            )
        )
    return tuple(out)
