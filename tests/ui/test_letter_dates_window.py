"""Inserting a chronology date into a letter, and the check that keeps it consistent."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from lifebook.layout.display import FindingCode
from lifebook.model.enums import BookKind
from lifebook.services import books, children, chronology
from lifebook.ui.editor.chronology_facts import FactPicker
from lifebook.ui.editor.editor import BookEditor
from lifebook.ui.editor.findings import FINDING_ROLE
from lifebook.ui.jobs import InlineJobRunner


def _letter_editor(qtbot, library) -> tuple[BookEditor, int]:
    lexi = children.add_child(library, "Lexi Test", preferred_name="Lexi",
                              date_of_birth=date(2017, 6, 1)).id
    moved = chronology.add_event(library, lexi, date_text="5/5/2020",
                                 title="Moved to foster carers Jo and Sam", category="move").id
    chronology.add_event(library, lexi, date_text="2/2/2021", title="Care order", category="court")
    letter = books.new_book(library, lexi, BookKind.LATER_LIFE_LETTER)
    editor = BookEditor(library, letter.id, runner=InlineJobRunner())
    qtbot.addWidget(editor)
    editor.resize(1300, 760)
    editor.show()
    return editor, moved


def test_insert_a_date_from_the_chronology_and_keep_it_consistent(qtbot, library, monkeypatch) -> None:
    editor, moved = _letter_editor(qtbot, library)
    assert editor.letter_dates is not None
    page = next(p for p in editor.doc.pages if p.section == "Your foster carers")
    editor.doc.selection.select_frame(page.page_id, "text")
    box = editor.properties.text_edit
    box.setFocus()
    qtbot.keyClicks(box, "On  you went to live with Jo and Sam.")
    cursor = box.textCursor()
    cursor.setPosition(3)
    box.setTextCursor(cursor)
    shown: list[list[str]] = []

    def pick(dialog: FactPicker) -> int:
        def rows() -> list[str]:
            return [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())]

        assert len(rows()) == 3  # the date of birth and both events
        qtbot.keyClicks(dialog.search, "jo and")
        shown.append(rows())
        dialog.with_age.setChecked(True)
        assert dialog.preview.text() == "Inserts: \u201c5 May 2020, when you were 2\u201d"
        dialog.with_age.setChecked(False)
        assert dialog.preview.text() == "Inserts: \u201c5 May 2020\u201d"
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FactPicker, "exec", pick)
    editor.letter_dates.action.trigger()
    assert shown == [["5 May 2020  \u2014  Moved to foster carers Jo and Sam (aged 2)"]]
    editor.flush()
    text = editor.doc.page(page.page_id).frames["text"].text
    assert text == "On 5 May 2020 you went to live with Jo and Sam."
    assert not [f for f in editor.doc.findings() if f.code == FindingCode.LETTER_DATE_DIFFERS]

    chronology.update_event(library, moved, date_text="7/5/2020")  # the chronology is corrected
    editor.doc.chronology_changed()
    editor.findings.refresh()
    model = editor.findings.model
    [line] = [model.item(r) for r in range(model.rowCount())
              if model.item(r).data(FINDING_ROLE) is not None
              and model.item(r).data(FINDING_ROLE).code == FindingCode.LETTER_DATE_DIFFERS]
    assert "says 5 May 2020, but the chronology says 7 May 2020" in line.text()
    editor.doc.selection.select_page(editor.doc.pages[0].page_id)
    editor.findings.view.clicked.emit(line.index())  # the finding goes to the words
    assert (editor.doc.selection.page_id, editor.doc.selection.frame_key) == (page.page_id, "text")
    panel = editor.guidance  # the section's guidance says so too
    assert panel is not None
    assert [panel.issues.item(r).text().split(",")[0] for r in range(panel.issues.count())] == [
        f"\u25b2 Date: Page {page.number} says 5 May 2020"]
    assert not panel.fix_button.isVisibleTo(panel)
    panel.issues.setCurrentRow(0)
    assert panel.fix_button.isVisibleTo(panel)
    assert panel.fix_button.text() == "Use the chronology's date (7 May 2020)"
    qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)  # the letter follows
    assert editor.doc.page(page.page_id).frames["text"].text == (
        "On 7 May 2020 you went to live with Jo and Sam.")
    assert not [f for f in editor.doc.findings() if f.code == FindingCode.LETTER_DATE_DIFFERS]
    assert panel.issues.count() == 0 and not panel.fix_button.isVisibleTo(panel)
    editor.undo_action.trigger()  # one undo step brings the old date back
    assert editor.doc.page(page.page_id).frames["text"].text.startswith("On 5 May 2020")


def test_insert_date_asks_for_the_place_first_and_other_books_do_not_offer_it(
        qtbot, library, monkeypatch) -> None:
    editor, _moved = _letter_editor(qtbot, library)
    told: list[str] = []
    monkeypatch.setattr("lifebook.ui.editor.chronology_facts.QMessageBox.information",
                        lambda _p, _t, text: told.append(text))
    assert editor.letter_dates is not None
    editor.doc.selection.select_page(editor.doc.pages[1].page_id)  # no frame chosen
    assert editor.letter_dates.insert_date() == ""
    assert told and "Click in the letter's words" in told[0]
    assert "Insert a date from the chronology\u2026" in [
        a.text() for a in editor.properties.text_edit.extra_actions]
    book = books.new_book(library, editor.doc.content.child_id, BookKind.LIFE_STORY)
    other = BookEditor(library, book.id, runner=InlineJobRunner())
    qtbot.addWidget(other)
    assert other.letter_dates is None and other.properties.text_edit.extra_actions == []
