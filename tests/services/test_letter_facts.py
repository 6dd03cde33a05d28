"""Chronology facts in letters: what the picker offers, and the letter kept consistent."""

from __future__ import annotations

from lifebook.checks.preflight import preflight
from lifebook.layout.display import FindingCode
from lifebook.model.enums import BookKind
from lifebook.services import books, chronology, pages
from lifebook.services.content import load_book_content
from lifebook.services.letter_facts import age_words, letter_facts
from lifebook.store.db import Library


def _events(library: Library, child_id: int) -> dict[str, int]:
    ids = {}
    for date_text, title, extra in [
        ("5/5/2020", "Moved to foster carers Jo and Sam", {"category": "move"}),
        ("spring 2019", "Health visitor worried", {"sensitive": True}),
        ("2/2/2021", "Care order", {"category": "court"}),
        ("3/3/2020", "Note for the file", {"private": True}),
        ("4/4/2020", "Review meeting", {"include_in_book": False}),
        ("", "Date not known", {}),
    ]:
        ids[title] = chronology.add_event(library, child_id, date_text=date_text, title=title,
                                          **extra).id  # type: ignore[arg-type]
    return ids


def test_the_picker_offers_birth_and_dated_events_for_the_book(library: Library,
                                                                 child_id: int) -> None:
    _events(library, child_id)
    facts = letter_facts(library, child_id)
    assert [(f.date, f.title) for f in facts] == [
        ("1 June 2017", "Your date of birth"),
        ("spring 2019", "Health visitor worried"),  # sensitive: a letter tells it
        ("5 May 2020", "Moved to foster carers Jo and Sam"),
        ("2 February 2021", "Care order"),
    ]  # private notes, events not for the book and unknown dates are never offered
    assert facts[2].age == "aged 2"
    assert facts[2].words(with_age=True) == "5 May 2020, when you were 2"
    assert age_words("aged 5 months") == "when you were 5 months old"
    assert age_words("at birth") == ""


def test_a_letter_date_follows_a_change_in_the_chronology(library: Library, child_id: int) -> None:
    ids = _events(library, child_id)
    letter = books.new_book(library, child_id, BookKind.LATER_LIFE_LETTER)
    content = load_book_content(library, letter.id)
    page = next(p for p in content.pages if p.section == "Your foster carers")
    moved = letter_facts(library, child_id)[2]
    text = f"On {moved.words()} you went to live with Jo and Sam. They had a dog."
    pages.set_frame_text(library, page.page_id, "text", text)

    def date_findings() -> list:
        return [f for f in preflight(load_book_content(library, letter.id))
                if f.code == FindingCode.LETTER_DATE_DIFFERS]

    assert date_findings() == []  # inserted from the chronology: consistent
    chronology.update_event(library, ids["Moved to foster carers Jo and Sam"], date_text="6/5/2020")
    [finding] = date_findings()
    assert finding.page_id == page.page_id and finding.frame_key == "text"
    assert finding.message.startswith(
        f"Page {page.number} says 5 May 2020, but the chronology says 6 May 2020 for "
        "\u201cMoved to foster carers Jo and Sam\u201d.")
    pages.set_frame_text(library, page.page_id, "text", text.replace("5 May", "6 May"))
    assert date_findings() == []


def test_a_date_is_replaced_and_bold_and_italic_move_with_the_words() -> None:
    from lifebook.model.richtext import BOLD, ITALIC, Mark, RichText
    from lifebook.services.letter_guidance import replace_words

    text = "On 3 May 2018 you moved. Jo and Sam were kind."
    rich = RichText.of(text, [Mark(3, 13, BOLD), Mark(25, 27, ITALIC), Mark(0, 2, ITALIC)])
    out = replace_words(rich, 3, 13, "15 May 2018")
    assert out.text == "On 15 May 2018 you moved. Jo and Sam were kind."
    assert out.marks == (Mark(0, 2, ITALIC), Mark(3, 14, BOLD), Mark(26, 28, ITALIC))
    assert out.text[26:28] == "Jo"
