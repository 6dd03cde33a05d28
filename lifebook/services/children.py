"""Use cases for children and the people in their lives."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lifebook.i18n import QT_TRANSLATE_NOOP, translate
from lifebook.model.dates import format_uk_date
from lifebook.model.enums import Consent, DatePrecision, Nation, PersonRole, Plan
from lifebook.model.records import ChildInfo, PersonInfo
from lifebook.model.richtext import normalise_text
from lifebook.services.errors import InvalidInput, NotFound
from lifebook.store.db import Library
from lifebook.store.models import Book, Child, ChronologyEvent, MediaItem, Person

# The key dates on a child's record: column name -> what people call it.
KEY_DATES = {
    "came_into_care": "Came into care",
    "placement_date": "Placement",
    "placement_order_date": "Placement order",
    "adoption_order_date": "Adoption order",
    "celebration_hearing_date": "Celebration hearing",
    "match_date": "Match",
    "order_date": "Special guardianship or child arrangements order",
    "plan_started": "Current plan started",
}
# ...and the shorter names ``ChildInfo.key_dates`` gives them.
KEY_DATE_NAMES = {
    "came_into_care": "came_into_care",
    "placement_date": "placement",
    "placement_order_date": "placement_order",
    "adoption_order_date": "adoption_order",
    "celebration_hearing_date": "celebration_hearing",
    "match_date": "match",
    "order_date": "order",
    "plan_started": "plan_started",
}


def parse_date(text: str | None, what: str = QT_TRANSLATE_NOOP("services.children", "date")) -> date | None:
    """A strict YYYY-MM-DD date (None if empty); raises InvalidInput saying what was wrong."""
    if text is None or text == "":
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(
            translate("services.children", "'{text}' is not a {what} Lifebook can read; "
                                           "write it as YYYY-MM-DD, e.g. 2019-03-23").format(
                text=text, what=translate("services.children", what))
        ) from None


def format_date(value: date | None) -> str:
    """UK style for people: 23 March 2019 ("" for None); raises nothing."""
    return f"{value.day} {value:%B %Y}" if value else ""


def get_child(session: Session, child_id: int) -> Child:
    """The child's ORM row in this session; raises NotFound."""
    child = session.get(Child, child_id)
    if child is None:
        if session.get_bind().dialect.name == "postgresql":  # a team library: some are not shown
            raise NotFound(translate("services.children", "there is no child with id {child_id} "
                                                          "that you can see in this team library (a "
                                                          "child not allocated to you is not shown)").format(
                                                              child_id=child_id))
        raise NotFound(translate("services.children", "there is no child with id {child_id} in "
                                                      "this library").format(child_id=child_id))
    return child


def child_info(child: Child, session: Session | None = None) -> ChildInfo:
    """A child's record; with a session, also how many books, photos, people and events."""
    counts: dict[str, int] = {}
    if session is not None:
        for key, model in (("books", Book), ("photos", MediaItem), ("people", Person),
                           ("events", ChronologyEvent)):
            counts[key] = session.scalar(
                select(func.count(model.id)).where(model.child_id == child.id)) or 0
    precision = child.dob_precision if child.date_of_birth else None
    return ChildInfo(
        id=child.id,
        name=child.full_name,
        preferred_name=child.preferred_name,
        display_name=child.display_name,
        pronouns=child.pronouns,
        date_of_birth=child.date_of_birth,
        dob_precision=precision,
        date_of_birth_text=format_uk_date(child.date_of_birth, precision),
        plan=child.plan,
        plan_label=Plan(child.plan).label,
        is_sample=child.is_sample,
        key_dates={short: getattr(child, key) for key, short in KEY_DATE_NAMES.items()},
        **counts,
        nation=child.nation,
        nation_label=Nation(child.nation).label,
        allocated_worker=child.allocated_worker,
    )


NAME_LIMIT = 200  # the full name; a preferred name is up to 100 characters


def _clean_name(name: str, *, what: str = QT_TRANSLATE_NOOP("services.children", "a child's name"), limit: int = NAME_LIMIT,
                required: bool = True) -> str:
    """One name, however it was typed: NFC, single spaces, within the stored length."""
    name = " ".join(normalise_text(name).split())
    if required and not name:
        raise InvalidInput(translate("services.children", "a child needs a name"))
    if len(name) > limit:
        raise InvalidInput(translate("services.children", "{what} can be at most {limit} "
                                                          "characters; this one has {length}").format(
            what=translate("services.children", what), limit=limit, length=len(name)))
    return name


def _check_dob(value: date | None) -> None:
    if value and value > date.today():
        raise InvalidInput(translate("services.children", "the date of birth {date} is "
                                                          "in the future").format(date=format_date(value)))


def add_child(
    library: Library,
    name: str,
    *,
    date_of_birth: date | None = None,
    dob_precision: DatePrecision = DatePrecision.DAY,
    plan: Plan = Plan.ADOPTION,
    preferred_name: str = "",
    pronouns: str = "",
    is_sample: bool = False,
    nation: Nation = Nation.ENGLAND_WALES,
    allocated_worker: str = "",
    **key_dates: date | None,
) -> ChildInfo:
    """Add a child and return their record; raises InvalidInput for a bad name, date or key date.

    The preferred name is stored as given: never guessed here. With no
    preferred name, books use the full name (``display_name``).
    """
    name = _clean_name(name)
    _check_dob(date_of_birth)
    unknown = set(key_dates) - set(KEY_DATES)
    if unknown:
        raise InvalidInput(translate("services.children", "unknown key date(s): {names}").format(
            names=', '.join(sorted(unknown))))
    with library.transaction() as s:
        child = Child(
            full_name=name,
            preferred_name=_clean_name(preferred_name, what=QT_TRANSLATE_NOOP("services.children", "a preferred name"), limit=100,
                                       required=False),
            pronouns=pronouns.strip(),
            date_of_birth=date_of_birth,
            dob_precision=DatePrecision(dob_precision).value,
            plan=plan.value,
            is_sample=is_sample,
            nation=Nation(nation).value,
            allocated_worker=_clean_worker(allocated_worker),
            **{k: v for k, v in key_dates.items() if v is not None},
        )
        s.add(child)
        s.flush()
        library.audit(s, "add child", "child", child.id, name=name, plan=plan.value)
        return child_info(child, s)


EDITABLE = {"name", "preferred_name", "pronouns", "date_of_birth", "dob_precision", "plan",
            "nation", "allocated_worker", *KEY_DATES}


def _clean_worker(name: str) -> str:
    """The allocated worker's name: single spaces, at most 100 characters (empty: none)."""
    return _clean_name(name, what=QT_TRANSLATE_NOOP("services.children", "a worker's name"), limit=100, required=False)


def update_child(library: Library, child_id: int, **changes: object) -> ChildInfo:
    """Change a child's details (one audited action); raises NotFound or InvalidInput.

    Keys: name, preferred_name, pronouns, date_of_birth (a date or None for
    unknown), dob_precision, plan, nation, allocated_worker, and the key
    dates (column names, a date or None).
    """
    unknown = set(changes) - EDITABLE
    if unknown:
        raise InvalidInput(translate("services.children", "a child has no detail called {names}").format(
            names=', '.join(sorted(unknown))))
    with library.transaction() as s:
        child = get_child(s, child_id)
        changed = []
        for key, value in changes.items():
            if key == "name":
                key, value = "full_name", _clean_name(str(value))
            elif key == "preferred_name":
                value = _clean_name(str(value), what=QT_TRANSLATE_NOOP("services.children", "a preferred name"), limit=100, required=False)
            elif key == "pronouns":
                value = str(value).strip()
            elif key == "date_of_birth":
                _check_dob(value)  # type: ignore[arg-type]
            elif key == "dob_precision":
                value = DatePrecision(value).value  # type: ignore[arg-type]
            elif key == "plan":
                value = Plan(value).value  # type: ignore[arg-type]
            elif key == "nation":
                value = Nation(value).value  # type: ignore[arg-type]
            elif key == "allocated_worker":
                value = _clean_worker(str(value))
            if getattr(child, key) != value:
                setattr(child, key, value)
                changed.append(key)
        if not child.date_of_birth:
            child.dob_precision = DatePrecision.DAY.value
        if changed:
            library.audit(s, "edit child", "child", child.id, fields=",".join(changed))
        return child_info(child, s)


def delete_child(library: Library, child_id: int) -> ChildInfo:
    """Delete a child with their books, photos, people and chronology; raises NotFound.

    Returns what went (the record, with its counts). The photo files stay in the media
    store (they are content-addressed and may be shared); only this child's
    records of them go.
    """
    with library.transaction() as s:
        child = get_child(s, child_id)
        gone = child_info(child, s)
        s.delete(child)
        library.audit(s, "delete child", "child", child_id, books=gone.books,
                      photos=gone.photos)  # fmt: skip
        return gone


def child_info_by_id(library: Library, child_id: int) -> ChildInfo:
    """One child's record with its counts; raises NotFound."""
    with library.session() as s:
        return child_info(get_child(s, child_id), s)


def list_children(library: Library) -> list[ChildInfo]:
    """Every child in the library with their counts, cases first, by full name; raises nothing."""
    with library.session() as s:
        children = s.scalars(select(Child).order_by(Child.is_sample, Child.full_name)).all()
        return [child_info(c, s) for c in children]


# --- people: kept here for older callers; ``services.people`` is the full set ---------


def person_info(person: Person) -> PersonInfo:
    """A person record as plain data (see ``services.people.person_info``)."""
    from lifebook.services import people

    return people.person_info(person)


def add_person(
    library: Library,
    child_id: int,
    name: str,
    *,
    relationship: str = "",
    role: PersonRole = PersonRole.OTHER,
    consent: Consent = Consent.NOT_ASKED,
    consent_note: str = "",
) -> PersonInfo:
    """Add someone in the child's life, described in words and a broad role.

    The relationship code is read from the words and the role
    (``model.people.guess_relationship``); the words are kept as the
    detail. Raises NotFound (child) or InvalidInput (no name). New code
    calls ``services.people.add_person`` with a Relationship.
    """
    from lifebook.model.people import guess_relationship
    from lifebook.services import people

    return people.add_person(
        library, child_id, name, guess_relationship(relationship, PersonRole(role).value),
        relationship_to_child=relationship, consent=consent, consent_note=consent_note)


def list_people(library: Library, child_id: int) -> list[PersonInfo]:
    """The people in a child's life, in the order added; raises NotFound."""
    from lifebook.services import people

    return people.list_people(library, child_id)
