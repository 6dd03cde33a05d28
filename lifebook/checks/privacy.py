"""The privacy check: what in a book could identify someone, or should not be there at all.

Pure logic over plain data (no Qt, no store): the service layer
(lifebook.services.privacy) gathers a ``PrivacyContext`` (the child's people
and their consent, who is in each photo, the chronology events the book
shows, the child's age) and this module returns Findings, each naming the
page and what was found, with a kind hint how to fix it:

- names of people whose consent to be identified is not "yes"
  (the whole name as recorded, first and last name, "Mrs Smith", and the
  first name on its own; case- and accent-insensitive, whole words only);
- photos that show such a person;
- postcodes, phone numbers, email addresses, street addresses and school
  names anywhere in the printed words (frames, photo captions, the title
  and section names, which become the PDF's bookmarks);
- private chronology events in any book, and sensitive ones in a book for a
  young child (``YOUNG_UNDER`` years; see ``is_young``).

Photos whose use a manager has not agreed are the layout's own finding
(FindingCode.PHOTO_NOT_AGREED): preflight already lists each one, and it
counts as a privacy finding (``PRIVACY_CODES``).

A final copy is refused for ``final_blockers``: the whole name, or a photo,
of someone who said no, and private events. Everything else is a warning:
a draft always exports.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from lifebook.checks.privacy_text import (
    Folded,
    Match,
    emails,
    find_name,
    fold,
    fold_plain,
    name_pattern,
    phone_numbers,
    postcodes,
    school_names,
    street_addresses,
)
from lifebook.i18n import QT_TRANSLATE_NOOP, translate
from lifebook.layout.display import Finding, FindingCode
from lifebook.layout.templates import TemplateError, page_template
from lifebook.layout.wording import frame_names
from lifebook.model.content import BookContent
from lifebook.model.enums import BookKind, Consent, Severity

YOUNG_UNDER = 12  # a child under 12 (or of unknown age) is "young" for sensitive events
HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "nan", "nana", "nanna", "nanny", "gran", "granny",
              "grandma", "grandad", "grandpa", "auntie", "aunty", "aunt", "uncle"}
# Words that say who someone is, not their name: "Mum" alone identifies nobody.
RELATION_WORDS = HONORIFICS | {"mum", "mummy", "mam", "mom", "mother", "dad", "daddy", "father",
                               "brother", "sister", "baby", "cousin", "carer", "carers"}
# First names that are also everyday words: matched only when written as a name.
WORD_NAMES = {
    "hope", "grace", "joy", "faith", "rose", "may", "june", "april", "summer", "autumn", "dawn",
    "holly", "ivy", "lily", "daisy", "poppy", "sky", "will", "mark", "bill", "pat", "rob",
    "frank", "sunny", "star", "amber", "ruby", "pearl", "jade", "violet", "iris", "hazel",
    "heather", "robin", "angel", "honey", "cherry", "crystal", "destiny", "harmony", "river",
    "storm", "rain", "ray", "sandy", "drew", "chase", "hunter", "penny", "belle", "ginger",
    "patience", "mercy", "charity", "felicity", "bunny", "jack", "gene", "guy", "don", "art",
    "max", "sage", "skye", "dusty", "brook", "taylor", "mason", "miles", "wade", "grant",
}
_SPLIT = re.compile(r"\s*(?:,|&|\+|\band\b)\s*", re.IGNORECASE)


def identified_consent(person: object) -> Consent:
    """The person's consent to be identified in the book (full name, photo, where they live).

    Read from ``consent_identified`` (revision 0006); ``named_consent`` reads the
    consent to be named, which covers a first name on its own.
    """
    return _consent(getattr(person, "consent_identified", None))


def named_consent(person: object) -> Consent:
    """The person's consent to be named in the child's books (``people.consent``)."""
    return _consent(getattr(person, "consent", None))


def _consent(value: object) -> Consent:
    try:
        return Consent(str(value or Consent.NOT_ASKED.value))
    except ValueError:
        return Consent.NOT_ASKED


@dataclass(frozen=True)
class PersonRecord:
    """Someone in the child's life, as the check needs them."""

    name: str
    consent: Consent = Consent.NOT_ASKED
    relationship: str = ""  # "birth father": how messages describe them
    person_id: int = 0
    known_as: str = ""  # another name they go by ("Nanna Jean"): looked for too
    named: Consent = Consent.NOT_ASKED  # consent to be named: a first name alone is then fine


@dataclass(frozen=True)
class PlacedEvent:
    """A chronology event the book shows, and where."""

    title: str
    page_number: int
    page_id: int
    frame_key: str = ""
    sensitive: bool = False
    private: bool = False


@dataclass(frozen=True)
class PrivacyContext:
    """Everything the check needs beyond the book's pages (all optional)."""

    people: tuple[PersonRecord, ...] = ()
    child_names: tuple[str, ...] = ()  # the child's own names are never flagged
    child_date_of_birth: date | None = None
    today: date | None = None  # when the check runs (the child's age is worked out on it)
    events: tuple[PlacedEvent, ...] = ()
    # media id -> ids of the people a photo shows
    photo_people: Mapping[int, tuple[int, ...]] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Spot:
    """Printed words and where they are, in words a person reads."""

    text: str
    where: str  # "Page 3: the caption under the second photo", "The book's title"
    page_number: int | None = None
    page_id: int | None = None
    frame_key: str | None = None


PRIVACY_CODES = frozenset({
    FindingCode.PRIVACY_NAME, FindingCode.PRIVACY_PHOTO_PERSON, FindingCode.PRIVACY_POSTCODE,
    FindingCode.PRIVACY_PHONE, FindingCode.PRIVACY_EMAIL, FindingCode.PRIVACY_ADDRESS,
    FindingCode.PRIVACY_SCHOOL, FindingCode.PRIVATE_EVENT, FindingCode.SENSITIVE_EVENT,
    FindingCode.PHOTO_NOT_AGREED,
})
FINAL_BLOCKING_CODES = frozenset({
    FindingCode.PRIVACY_NAME, FindingCode.PRIVACY_PHOTO_PERSON, FindingCode.PRIVATE_EVENT})


def final_blockers(findings: Iterable[Finding]) -> list[Finding]:
    """Privacy findings that stop a final copy: each is an error (see the module's notes)."""
    return [f for f in findings
            if f.code in FINAL_BLOCKING_CODES and Severity(f.severity) == Severity.ERROR]


def privacy_findings(book: BookContent, context: PrivacyContext | None = None) -> list[Finding]:
    """Every privacy finding for ``book``, in page order."""
    context = context or PrivacyContext()
    spots = text_spots(book)
    found = (_name_findings(spots, context) + _detail_findings(spots)
             + _photo_findings(book, context) + _event_findings(book, context))
    return sorted(found, key=lambda f: f.page_number or 0)


# --- where the words are -----------------------------------------------------------------


def text_spots(book: BookContent) -> list[Spot]:
    """The printed words of ``book``: title, section names, every frame, photo captions."""
    spots = [Spot(book.title, translate("checks.privacy", "The book's title"))]
    section = None
    for page in book.pages:
        if page.section and page.section != section:
            spots.append(Spot(page.section, translate("checks.privacy", "Page {number}: the name "
                                                      "of the section").format(number=page.number),
                              page.number, page.page_id))
        section = page.section or None
        try:
            specs = page_template(page.template).frames_for(book.trim)
        except (TemplateError, KeyError, OSError):
            specs = ()
        names = frame_names(specs)
        keys = [s.key for s in specs] if specs else list(page.frames)
        for key in keys:
            frame = page.frames.get(key)
            text = frame.text if frame is not None else ""
            if not text.strip() and key.startswith("caption"):  # the photo's own caption prints
                photo = page.frames.get("photo" + key.removeprefix("caption"))
                text = photo.media.caption if photo is not None and photo.media else ""
            if text.strip():
                where = names.get(key) or translate("checks.privacy", "the text")
                spots.append(Spot(text, translate("checks.privacy", "Page {number}: {frame}").format(
                    number=page.number, frame=where), page.number,
                                  page.page_id, key))
    return spots


def _finding(severity: Severity, code: FindingCode, message: str, spot: Spot | None = None,
             **where: object) -> Finding:
    if spot is not None:
        where = {"page_number": spot.page_number, "page_id": spot.page_id,
                 "frame_key": spot.frame_key}
    return Finding(severity, code, message, **where)  # type: ignore[arg-type]


# --- names ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _NameForm:
    pattern: re.Pattern[str]
    whole: bool  # the name in full (or first and last), not the first name alone
    capital_needed: bool


def split_names(recorded: str) -> list[str]:
    """One person record may be a couple: "Jo and Sam" -> ["Jo", "Sam"]."""
    return [part.strip() for part in _SPLIT.split(recorded) if part.strip()]


def name_forms(name: str, exclude: set[str]) -> list[_NameForm]:
    """The ways ``name`` may be written, longest first; none in ``exclude`` (folded)."""
    words = name.split()
    plain = [w for w in words if w.lower().strip(".") not in HONORIFICS]
    titles = [w for w in words if w.lower().strip(".") in HONORIFICS]
    forms: list[tuple[str, bool]] = [(name, True)]
    if plain and len(plain) < len(words):
        forms.append((" ".join(plain), len(plain) > 1))
    if len(plain) >= 3:
        forms.append((f"{plain[0]} {plain[-1]}", True))
    if titles and len(plain) >= 2:
        forms.append((f"{titles[0]} {plain[-1]}", True))
    if len(plain) >= 2:
        forms.append((plain[0], False))
    out: list[_NameForm] = []
    seen: set[str] = set()
    for text, whole in forms:
        key = fold_plain(text).strip()
        if len(key) < 2 or key in seen or key in exclude:
            continue
        if all(w.strip(".") in RELATION_WORDS for w in key.split()):
            continue
        seen.add(key)
        pattern = name_pattern(text)
        if pattern is not None:
            out.append(_NameForm(pattern, whole, " " not in key and key in WORD_NAMES))
    return out


def _describe(person: PersonRecord, shown: str) -> str:
    who = shown if not person.relationship else f"{shown} ({person.relationship.lower()})"
    return who


def _name_findings(spots: list[Spot], context: PrivacyContext) -> list[Finding]:
    return [finding for finding, _match in _name_matches(spots, context)]


def _name_matches(spots: list[Spot], context: PrivacyContext) -> Iterator[tuple[Finding, Match]]:
    """A finding for each person not agreed to be identified, in each spot that names them,
    with the words that name them (the fullest form found, first place)."""
    child = {fold_plain(n).strip() for n in context.child_names if n.strip()}
    child |= {fold_plain(n.split()[0]) for n in context.child_names if n.split()}
    # A first name shared with someone who agreed is theirs: only full names are looked for.
    agreed = set(child)
    for person in context.people:
        if person.consent == Consent.YES:
            for part in split_names(person.name):
                agreed |= {fold_plain(part)} | ({fold_plain(part.split()[0])} if part.split() else set())
    seen: set[tuple[int, str, str]] = set()
    folded = [(spot, fold(spot.text)) for spot in spots]
    for person in context.people:
        if person.consent == Consent.YES:
            continue
        for part in split_names(person.name) + split_names(person.known_as):
            forms = name_forms(part, exclude=agreed | child)
            for spot, text in folded:
                match = _first_match(forms, text)
                if match is None:
                    continue
                one_word = len(match[1].text.split()) == 1
                if one_word and person.named == Consent.YES and person.consent != Consent.NO:
                    continue  # "Jo" for a carer who agreed to be named, not to be identified
                if (person.person_id, spot.where, match[1].text) in seen:
                    continue  # one person recorded under two names that read the same
                seen.add((person.person_id, spot.where, match[1].text))
                yield _name_finding(person, part, match, spot), match[1]


def text_privacy_matches(text: str, where: str, context: PrivacyContext
                         ) -> list[tuple[Finding, Match]]:
    """The privacy findings for one text written outside a book (``check-text``), each with
    the exact words it is about: names of people not agreed to be identified, then
    postcodes, phone numbers, emails, addresses and school names. ``where`` starts each
    message ("The section “Your birth family”")."""
    spots = [Spot(text, where)]
    return [*_name_matches(spots, context), *_detail_matches(spots)]


def _first_match(forms: list[_NameForm], text: Folded) -> tuple[_NameForm, Match] | None:
    """The fullest form of the name found in ``text``."""
    for form in forms:
        for match in find_name(form.pattern, text, capital_needed=form.capital_needed):
            return form, match
    return None


def _name_finding(person: PersonRecord, recorded: str, found: tuple[_NameForm, Match],
                  spot: Spot) -> Finding:
    form, match = found
    instead = (translate("checks.privacy", "\u201cyour {relationship}\u201d").format(
        relationship=person.relationship.lower()) if person.relationship
        else translate("checks.privacy", "who they are to the child"))
    if person.consent == Consent.NO:
        if form.whole:
            return _finding(
                Severity.ERROR, FindingCode.PRIVACY_NAME,
                translate("checks.privacy", "{where} names {person}, who has asked not to be "
                          "identified. Please take the name out before the book is finalised; "
                          "you could write {instead} instead.").format(
                    where=spot.where, person=_describe(person, match.text), instead=instead), spot)
        return _finding(
            Severity.WARNING, FindingCode.PRIVACY_NAME,
            translate("checks.privacy", "{where} uses the first name {name}, and {person} has "
                      "asked not to be identified. A first name alone may be all right; please "
                      "check with your manager, or write {instead} instead.").format(
                where=spot.where, name=match.text, person=_describe(person, recorded),
                instead=instead), spot)
    return _finding(
        Severity.WARNING, FindingCode.PRIVACY_NAME,
        translate("checks.privacy", "{where} names {person}, but nobody has asked yet whether "
                  "{recorded} agrees to be named. Please ask first, or write {instead} "
                  "instead.").format(where=spot.where, person=_describe(person, match.text),
                                     recorded=recorded, instead=instead), spot)


# --- postcodes, phone numbers, emails, addresses, schools ----------------------------------

# (code, finder, message): each message is translated where it is used
_DETAILS = (
    (FindingCode.PRIVACY_POSTCODE, postcodes, QT_TRANSLATE_NOOP(
        "checks.privacy", "{where} has a postcode, \u201c{text}\u201d. A postcode can show where "
        "someone lives; please take it out, or just name the town.")),
    (FindingCode.PRIVACY_PHONE, phone_numbers, QT_TRANSLATE_NOOP(
        "checks.privacy", "{where} has a phone number, \u201c{text}\u201d. Phone numbers do not "
        "belong in the book; please take it out.")),
    (FindingCode.PRIVACY_EMAIL, emails, QT_TRANSLATE_NOOP(
        "checks.privacy", "{where} has an email address, \u201c{text}\u201d. Email addresses do "
        "not belong in the book; please take it out.")),
    (FindingCode.PRIVACY_ADDRESS, street_addresses, QT_TRANSLATE_NOOP(
        "checks.privacy", "{where} has what looks like a street address, \u201c{text}\u201d. An "
        "address can show where a child or a carer lives; please take it out, or describe the "
        "place instead (\u201ca house with a red front door\u201d).")),
    (FindingCode.PRIVACY_SCHOOL, school_names, QT_TRANSLATE_NOOP(
        "checks.privacy", "{where} has a school's name, \u201c{text}\u201d. It can help someone "
        "find a child; unless the care plan says it is safe, write \u201cmy school\u201d "
        "instead.")),
)


def _detail_findings(spots: list[Spot]) -> list[Finding]:
    return [finding for finding, _match in _detail_matches(spots)]


def _detail_matches(spots: list[Spot]) -> Iterator[tuple[Finding, Match]]:
    for spot in spots:
        claimed: list[tuple[int, int]] = []  # a phone number is not also a postcode
        for code, finder, message in _DETAILS:
            for match in _distinct(finder(spot.text)):
                span = (match.start, match.start + len(match.text))
                if any(a < span[1] and span[0] < b for a, b in claimed):
                    continue
                claimed.append(span)
                yield _finding(
                    Severity.WARNING, code,
                    translate("checks.privacy", message).format(where=spot.where, text=match.text),
                    spot), match


def _distinct(matches: Iterator[Match]) -> Iterator[Match]:
    seen: set[str] = set()
    for match in matches:
        if match.text.casefold() not in seen:
            seen.add(match.text.casefold())
            yield match


# --- photos of people, chronology events ---------------------------------------------------


def _photo_findings(book: BookContent, context: PrivacyContext) -> list[Finding]:
    people = {p.person_id: p for p in context.people if p.person_id}
    found: list[Finding] = []
    for page in book.pages:
        try:
            names = frame_names(page_template(page.template).frames_for(book.trim))
        except (TemplateError, KeyError, OSError):
            names = {}
        for key, frame in page.frames.items():
            if frame.media is None:
                continue
            for pid in context.photo_people.get(frame.media.media_id, ()):
                person = people.get(pid)
                if person is None or person.consent == Consent.YES:
                    continue
                where = translate("checks.privacy", "Page {number}: {frame}").format(
                    number=page.number, frame=names.get(key) or translate("checks.privacy", "a photo"))
                said_no = person.consent == Consent.NO
                found.append(_finding(
                    Severity.ERROR if said_no else Severity.WARNING,
                    FindingCode.PRIVACY_PHOTO_PERSON,
                    (translate("checks.privacy", "{where} shows {person}, who has asked not to be "
                               "identified. Please choose another photo before the book is "
                               "finalised.") if said_no else
                     translate("checks.privacy", "{where} shows {person}, and nobody has asked yet "
                               "whether they agree to be in the book. Please ask first, or choose "
                               "another photo.")).format(where=where,
                                                         person=_describe(person, person.name)),
                    page_number=page.number, page_id=page.page_id, frame_key=key))
    return found


def child_age(born: date | None, on: date | None) -> int | None:
    """Whole years from ``born`` to ``on`` (None when either is unknown)."""
    if born is None or on is None:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def is_young(context: PrivacyContext) -> bool:
    """Under YOUNG_UNDER years old; a child of unknown age is treated as young, to be safe."""
    age = child_age(context.child_date_of_birth, context.today)
    return age is None or age < YOUNG_UNDER


def _event_findings(book: BookContent, context: PrivacyContext) -> list[Finding]:
    found: list[Finding] = []
    young = is_young(context) and book.kind != BookKind.LATER_LIFE_LETTER
    age = child_age(context.child_date_of_birth, context.today)
    for event in context.events:
        where: dict[str, Any] = {"page_number": event.page_number, "page_id": event.page_id,
                                 "frame_key": event.frame_key or None}
        if event.private:
            found.append(_finding(
                Severity.ERROR, FindingCode.PRIVATE_EVENT,
                translate("checks.privacy", "Page {number}: the timeline shows “{title}”, which is "
                          "marked private in the chronology. Private events are for the child's "
                          "record, not the book; please leave it out of the book in the "
                          "chronology.").format(number=event.page_number, title=event.title),
                **where))
        elif event.sensitive and young:
            child = book.child_name or translate("checks.privacy", "the child")
            found.append(_finding(
                Severity.WARNING, FindingCode.SENSITIVE_EVENT,
                (translate("checks.privacy", "Page {number}: the timeline shows “{title}”, which "
                           "is marked sensitive, in a book for a young child. Please check it is "
                           "told in words {child} is ready for, or leave it out of the book for "
                           "now.") if age is None else
                 translate("checks.privacy", "Page {number}: the timeline shows “{title}”, which "
                           "is marked sensitive, in a book for a child of {age}. Please check it "
                           "is told in words {child} is ready for, or leave it out of the book "
                           "for now.")).format(number=event.page_number, title=event.title,
                                               age=age, child=child),
                **where))
    return found
