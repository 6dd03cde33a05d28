"""Sibling letters and parts kept for later, done through the window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pikepdf
from PySide6.QtWidgets import QInputDialog

from lifebook.model.enums import BookKind
from lifebook.services import books, children
from lifebook.services.letters import letter_parts
from lifebook.ui.editor.export_dialog import ExportDialog
from lifebook.ui.jobs import InlineJobRunner
from lifebook.ui.letter_actions import for_later_action
from lifebook.ui.main_window import MainWindow


def _window(qtbot, library) -> MainWindow:
    window = MainWindow(library, InlineJobRunner())
    qtbot.addWidget(window)
    window.show()
    return window


def test_copy_a_letter_for_a_sibling_from_the_file_menu(qtbot, library, monkeypatch) -> None:
    lexi = children.add_child(library, "Lexi Test", preferred_name="Lexi",
                              date_of_birth=date(2017, 6, 1)).id
    children.add_child(library, "Sam Test", preferred_name="Sam", date_of_birth=date(2019, 2, 2))
    letter = books.new_book(library, lexi, BookKind.LATER_LIFE_LETTER)
    window = _window(qtbot, library)
    window.refresh(("book", letter.id))
    asked: list[list[str]] = []

    def choose(parent, title, label, items, *args, **kwargs):
        asked.append(list(items))
        return "Sam", True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    [action] = [a for a in window.menuBar().actions()[0].menu().actions()
                if a.text() == "Copy letter for a &sibling…"]
    action.trigger()
    assert asked == [["Sam"]]  # the other children, not Lexi
    assert window.editor is not None
    copy = books.book_info_by_id(library, window.editor.doc.book_id)
    assert copy.title == "A letter for Sam"
    messages = " ".join(f.message for f in window.editor.doc.findings())
    assert "copied from Lexi's letter" in messages and "still says \u201cLexi\u201d" in messages


def test_keep_a_section_for_later_and_export_that_part(qtbot, library, tmp_path: Path) -> None:
    lexi = children.add_child(library, "Lexi Test", preferred_name="Lexi").id
    letter = books.new_book(library, lexi, BookKind.LATER_LIFE_LETTER)
    window = _window(qtbot, library)
    window.refresh(("book", letter.id))
    editor = window.editor
    assert editor is not None
    outline = editor.outline
    worries = next(p for p in editor.doc.pages if p.section == "The worries")
    editor.doc.selection.select_page(worries.page_id)
    outline.setCurrentIndex(outline.model().index(-1, 0))  # follow the selected page
    action = for_later_action(outline, outline)
    action.update_state()
    assert action.isVisible() and action.isEnabled() and not action.isChecked()
    action.trigger()
    assert [p.section for p in letter_parts(library, letter.id) if p.for_later] == ["The worries"]
    dialog = ExportDialog(editor.doc, editor, runner=InlineJobRunner())
    qtbot.addWidget(dialog)
    assert dialog.part.isVisibleTo(dialog)
    dialog.part.setCurrentIndex(dialog.part.findData("later"))
    out = tmp_path / "later.pdf"
    dialog.path_edit.setText(str(out))
    dialog.start()
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) == 1


def test_only_a_letters_sections_menu_offers_keeping_a_part_for_later(qtbot, library) -> None:
    lexi = children.add_child(library, "Lexi Test", preferred_name="Lexi").id
    for kind, offered in ((BookKind.LATER_LIFE_LETTER, True), (BookKind.LIFE_STORY, False)):
        book = books.new_book(library, lexi, kind)
        window = _window(qtbot, library)
        window.refresh(("book", book.id))
        assert window.editor is not None
        texts = [a.text() for a in window.editor.outline.build_context_menu().actions()]
        assert ("Keep this part for later" in texts) is offered
