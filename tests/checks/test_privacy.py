"""The privacy check on real sentences: what must be flagged, and what must not."""

from __future__ import annotations

from datetime import date

import pytest

from lifebook.checks.privacy import (
    PersonRecord,
    PlacedEvent,
    PrivacyContext,
    final_blockers,
    identified_consent,
    named_consent,
    privacy_findings,
)
from lifebook.layout.display import FindingCode
from lifebook.model.content import BookContent, FrameContent, MediaRef, PageContent
from lifebook.model.enums import BookKind, Consent, Severity
from lifebook.model.trim import TrimSize

C = FindingCode


def book(*texts: str, kind: BookKind = BookKind.LIFE_STORY, title: str = "Ruby's story",
         caption_photo: MediaRef | None = None) -> BookContent:
    pages = [PageContent(10 + n, n + 1, "text-only", "All about me",
                         frames={"text": FrameContent("text", text)})
             for n, text in enumerate(texts)]
    if caption_photo is not None:
        pages.append(PageContent(99, len(pages) + 1, "photo-text", "Photos",
                                 frames={"photo1": FrameContent("photo1", media=caption_photo)}))
    return BookContent(1, kind, title, TrimSize.A4_PORTRAIT, "Ruby", pages=tuple(pages))


def codes(found) -> list[str]:
    return [str(f.code) for f in found]


def found_text(found, code: FindingCode) -> list[str]:
    return [f.message.split("\u201c")[1].split("\u201d")[0] for f in found if f.code == code]


PEOPLE = (
    PersonRecord("Daniel Okafor", Consent.NOT_ASKED, "Birth father", 1),
    PersonRecord("Zoë Marsh", Consent.NO, "Birth aunt", 2),
    PersonRecord("Jo and Sam", Consent.YES, "Foster carers", 3),
    PersonRecord("Hope Williams", Consent.NO, "Birth grandmother", 4),
    PersonRecord("Sam Reilly", Consent.NOT_ASKED, "Family friend", 5),
    PersonRecord("Nan", Consent.NOT_ASKED, "Birth grandmother", 6),
    PersonRecord("Jean Price", Consent.NOT_ASKED, "Birth grandmother", 7, known_as="Nanna Jeanie"),
)
CONTEXT = PrivacyContext(people=PEOPLE, child_names=("Ruby Marsh", "Ruby"),
                         child_date_of_birth=date(2019, 3, 23), today=date(2025, 6, 1))


@pytest.mark.parametrize("text, expected", [
    ("Your birth father is called Daniel.", "Daniel"),
    ("DANIEL OKAFOR visited at Christmas.", "DANIEL OKAFOR"),
    ("Ruby's dad, Daniel Okafor, loves football.", "Daniel Okafor"),
    ("Zoe Marsh sent a card.", "Zoe Marsh"),  # accents do not matter
    ("Auntie Zoë sent a card.", "Zoë"),
    ("Daniel\u2019s house had a blue door.", "Daniel"),  # with a curly apostrophe
    ("We visited Nan Hope Williams.", "Hope Williams"),
    ("Nanna Jeanie knitted a scarf.", "Nanna Jeanie"),  # the name they are known by
])
def test_names_of_people_without_consent_are_found(text: str, expected: str) -> None:
    found = [f for f in privacy_findings(book(text), CONTEXT) if f.code == C.PRIVACY_NAME]
    assert len(found) == 1, found
    assert expected in found[0].message
    assert found[0].message.startswith("Page 1: the text ")
    assert found[0].page_id == 10 and found[0].frame_key == "text"


@pytest.mark.parametrize("text", [
    "Danielle is Ruby's best friend.",  # a longer name is someone else
    "Jo and Sam took Ruby to the seaside.",  # they agreed
    "Sam made pancakes.",  # first name shared with someone who agreed: not enough to know
    "Ruby Marsh is six.",  # the child herself
    "We hope you like your book. Hope is a lovely word.",  # a name that is also a word
    "Okafor",  # a surname alone is not looked for
    "Mum and Nan came too.",  # a person recorded only as "Nan" is not named by the word
])
def test_words_that_are_not_a_named_person_are_left_alone(text: str) -> None:
    assert C.PRIVACY_NAME not in codes(privacy_findings(book(text), CONTEXT))


def test_someone_who_said_no_named_in_full_blocks_a_final_copy_a_first_name_only_warns() -> None:
    full = privacy_findings(book("Zoë Marsh came to visit."), CONTEXT)
    first = privacy_findings(book("Zoë came to visit."), CONTEXT)
    assert [Severity(f.severity) for f in full] == [Severity.ERROR]
    assert "asked not to be identified" in full[0].message and "your birth aunt" in full[0].message
    assert final_blockers(full) == full
    assert [Severity(f.severity) for f in first] == [Severity.WARNING]
    assert final_blockers(first) == []
    asked = privacy_findings(book("Daniel came to visit."), CONTEXT)
    assert "nobody has asked yet" in asked[0].message and final_blockers(asked) == []


def test_consent_is_read_through_one_function() -> None:
    class Row:
        consent = "yes"  # to be named
        consent_identified = "no"

    assert identified_consent(Row()) == Consent.NO
    assert named_consent(Row()) == Consent.YES
    Row.consent_identified = "rubbish"
    assert identified_consent(Row()) == Consent.NOT_ASKED


@pytest.mark.parametrize("code, text, expected", [
    (C.PRIVACY_POSTCODE, "Ruby lived near TN23 1AB with her nan.", "TN23 1AB"),
    (C.PRIVACY_POSTCODE, "The office is at sw1a1aa.", "sw1a1aa"),
    (C.PRIVACY_PHONE, "Ring Jo on 07700 900123 any time.", "07700 900123"),
    (C.PRIVACY_PHONE, "Call +44 7700 900 123.", "+44 7700 900 123"),
    (C.PRIVACY_PHONE, "The team is on (0161) 496-0000.", "(0161) 496-0000"),
    (C.PRIVACY_PHONE, "The office: 020 7946 0000.", "020 7946 0000"),
    (C.PRIVACY_EMAIL, "Write to jo.smith@example.co.uk soon.", "jo.smith@example.co.uk"),
    (C.PRIVACY_ADDRESS, "Ruby lived at 12 Acacia Road for a year.", "12 Acacia Road"),
    (C.PRIVACY_ADDRESS, "They moved to 4b Mill Lane.", "4b Mill Lane"),
    (C.PRIVACY_ADDRESS, "We lived on Church Street.", "Church Street"),
    (C.PRIVACY_SCHOOL, "Ruby goes to St Mary's Primary School.", "St Mary's Primary School"),
    (C.PRIVACY_SCHOOL, "Next year: Oakfield Academy.", "Oakfield Academy"),
    (C.PRIVACY_SCHOOL, "She loves Hillside Primary.", "Hillside Primary"),
])
def test_identifying_details_are_found(code: FindingCode, text: str, expected: str) -> None:
    found = privacy_findings(book(text), CONTEXT)
    assert found_text(found, code) == [expected], found
    assert all(Severity(f.severity) == Severity.WARNING for f in found)


@pytest.mark.parametrize("text", [
    "Ruby was born on 23 March 2019 at 6.10 in the morning.",
    "She weighed 3.2 kilograms, and is 110 cm tall.",
    "Ruby was born in 2019 and moved in 2021-2022.",
    "The judge said on 01 02 2020 that Ruby could stay.",
    "Ruby started at primary school. Her new school has a big field.",
    "Forest School is on Fridays, and Sunday School on Sundays.",
    "Close your eyes and make a wish. Drive carefully!",
    "Ruby has 2 cats and 3 fish.",
    "Email Mum @ home.",
    "We went down the road to the park.",
])
def test_ordinary_sentences_are_not_flagged(text: str) -> None:
    assert privacy_findings(book(text), CONTEXT) == []


def test_a_photo_caption_that_prints_is_checked_and_the_title_too() -> None:
    photo = MediaRef(7, "ab" * 32, __import__("pathlib").Path("/x.jpg"), 10, 10,
                     caption="First day at Oak Tree School")
    found = privacy_findings(book("Hello.", title="Daniel's letter", caption_photo=photo), CONTEXT)
    school = next(f for f in found if f.code == C.PRIVACY_SCHOOL)
    assert school.message.startswith("Page 2: the caption under the photo has a school's name")
    assert school.frame_key == "caption1"
    title = next(f for f in found if f.code == C.PRIVACY_NAME)
    assert title.message.startswith("The book's title names Daniel") and title.page_number is None


def test_a_photo_showing_someone_without_consent() -> None:
    photo = MediaRef(7, "ab" * 32, __import__("pathlib").Path("/x.jpg"), 10, 10)
    context = PrivacyContext(people=PEOPLE, photo_people={7: (2, 3)})
    found = privacy_findings(book("Hello.", caption_photo=photo), context)
    assert codes(found) == [C.PRIVACY_PHOTO_PERSON]  # Zoë said no; Jo and Sam said yes
    assert found[0].message.startswith("Page 2: the photo shows Zoë Marsh (birth aunt)")
    assert Severity(found[0].severity) == Severity.ERROR and found[0].frame_key == "photo1"


def test_private_events_are_never_in_a_book_and_sensitive_ones_not_for_a_young_child() -> None:
    events = (PlacedEvent("Moved to Jo and Sam's", 3, 30, "timeline"),
              PlacedEvent("Police visit", 3, 30, "timeline", sensitive=True),
              PlacedEvent("Mum's court hearing", 3, 30, "timeline", private=True))
    six = PrivacyContext(child_date_of_birth=date(2019, 3, 23), today=date(2025, 6, 1),
                         events=events)
    found = privacy_findings(book("Hello."), six)
    assert codes(found) == [C.SENSITIVE_EVENT, C.PRIVATE_EVENT]
    assert "in a book for a child of 6" in found[0].message
    assert final_blockers(found) == [found[1]]
    fourteen = PrivacyContext(child_date_of_birth=date(2011, 1, 1), today=date(2025, 6, 1),
                              events=events)
    assert codes(privacy_findings(book("Hello."), fourteen)) == [C.PRIVATE_EVENT]
    letter = privacy_findings(book("Hello.", kind=BookKind.LATER_LIFE_LETTER), six)
    assert codes(letter) == [C.PRIVATE_EVENT]
    unknown_age = PrivacyContext(events=events)  # no date of birth: treated as young
    assert C.SENSITIVE_EVENT in codes(privacy_findings(book("Hello."), unknown_age))
