"""The guidance panel beside a letter: prompts, reading age and language for the section in hand."""

from __future__ import annotations

from datetime import date

from lifebook.model.enums import BookKind
from lifebook.services import books, children, pages
from lifebook.services.letter_guidance import reader_age, section_guidance
from lifebook.ui.editor.editor import BookEditor
from lifebook.ui.editor.guidance import ISSUE_ROLE
from lifebook.ui.jobs import InlineJobRunner

HARD = ("The local authority instigated proceedings notwithstanding considerable professional "
        "intervention, as the accumulated evidence demonstrated persistent deficiencies in "
        "parenting capacity and an inability to prioritise your developmental requirements "
        "consistently throughout the assessment period. Contact was reduced after the PLO "
        "meeting.")


def _editor(qtbot, library) -> BookEditor:  # type: ignore[no-untyped-def]
    lexi = children.add_child(library, "Lexi Test", preferred_name="Lexi",
                              date_of_birth=date(2017, 6, 1)).id
    letter = books.new_book(library, lexi, BookKind.LATER_LIFE_LETTER)
    editor = BookEditor(library, letter.id, runner=InlineJobRunner())
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_moving_to_another_section_changes_the_guidance(qtbot, library) -> None:
    editor = _editor(qtbot, library)
    panel = editor.guidance
    assert panel is not None and panel.isVisible()
    doc = editor.doc
    worries = next(p for p in doc.pages if p.section == "The worries")
    birth = next(p for p in doc.pages if p.section == "Your birth")
    pages.set_frame_text(library, worries.page_id, "text", HARD)
    doc.pages_edited([worries.page_id])

    doc.selection.select_frame(birth.page_id, "text")
    assert panel.section.text() == "Your birth"
    assert "Where and when Lexi was born" in panel.prompts.text()  # template data, name filled
    assert "Not enough words yet" in panel.reading.text()
    assert panel.no_issues.isVisibleTo(panel) and panel.issues.count() == 0
    assert not editor.properties.prompt.isVisibleTo(editor.properties)  # not shown twice

    doc.selection.select_frame(worries.page_id, "text")  # the writer moves on
    assert panel.section.text() == "The worries"
    assert "none of it was Lexi's fault" in panel.prompts.text()
    assert "Where and when" not in panel.prompts.text()
    assert "the reader will be 14" in panel.reading.text() and "Shorter sentences" in panel.reading.text()
    lines = [panel.issues.item(r).text() for r in range(panel.issues.count())]
    assert lines[0].startswith("\u25b2 Reading age: The section \u201cThe worries\u201d reads at about age")
    assert any("\u201cPLO\u201d is a professional word" in line for line in lines)
    assert any("\u201cContact\u201d" in line for line in lines)

    doc.selection.select_page(birth.page_id)
    item = panel.issues.item(0)
    assert item is None  # "Your birth" again: nothing to look at
    doc.selection.select_page(worries.page_id)
    plo = next(panel.issues.item(r) for r in range(panel.issues.count())
               if "PLO" in panel.issues.item(r).text())
    panel.issues.itemClicked.emit(plo)  # goes to the words
    assert (doc.selection.page_id, doc.selection.frame_key) == (worries.page_id, "text")
    assert plo.data(ISSUE_ROLE).quote == "PLO"

    editor.guidance_action.trigger()  # hide it, and show it again
    assert not panel.isVisible()
    editor.guidance_action.trigger()
    assert panel.isVisible()


def test_typing_updates_the_guidance_and_other_books_have_none(qtbot, library) -> None:
    editor = _editor(qtbot, library)
    panel = editor.guidance
    assert panel is not None
    doc = editor.doc
    memories = next(p for p in doc.pages if p.section == "Who I am")
    doc.selection.select_frame(memories.page_id, "text")
    editor.properties.text_edit.setFocus()
    qtbot.keyClicks(editor.properties.text_edit, "I was your IRO.")
    editor.flush()
    qtbot.waitUntil(lambda: panel.issues.count() == 1, timeout=3000)
    assert "\u201cIRO\u201d" in panel.issues.item(0).text()
    book = books.new_book(library, doc.content.child_id, BookKind.LIFE_STORY)
    other = BookEditor(library, book.id, runner=InlineJobRunner())
    qtbot.addWidget(other)
    assert other.guidance is None


def test_reader_age_is_14_or_the_young_persons_own_age(library) -> None:  # type: ignore[no-untyped-def]
    from lifebook.services.content import load_book_content

    young = children.add_child(library, "Kai Test", date_of_birth=date(2020, 1, 1)).id
    older = children.add_child(library, "Jay Test", date_of_birth=date(2006, 1, 1)).id
    ages = []
    for child in (young, older):
        content = load_book_content(library, books.new_book(library, child,
                                                            BookKind.LATER_LIFE_LETTER).id)
        ages.append((reader_age(content), content.child_age))
        renamed = section_guidance(content, "A section I named myself")
        assert renamed.prompts == () and renamed.words == 0 and renamed.issues == ()
    assert ages[0][0] == 14  # an adoption letter is read in the teenage years
    assert ages[1][1] is not None and ages[1][1] >= 20 and ages[1][0] == ages[1][1]
