"""Two people on one page: a save that lost the race is refused, and no words are lost.

Jo has the same library open (a second Library on the same file: on a laptop, that
is another Lifebook window; on a team server, another worker). The window under
test belongs to Sam. The service side (a stale version refused, a fresh one
accepted, on both back ends) is tested in tests/pg/test_both_backends.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lifebook.services.content import load_book_content
from lifebook.store.db import Library
from lifebook.ui.editor.editor import BookEditor
from lifebook.ui.jobs import InlineJobRunner
from tests.ui.two_people import JO_WORDS, MY_WORDS, jo_saves, text_page, type_in_panel


@pytest.fixture
def editor(active_editor: BookEditor) -> BookEditor:
    active_editor.doc.library.actor = "sam"
    return active_editor


def _stored(library: Library, editor: BookEditor, page_id: int, key: str = "text") -> str:
    page = next(p for p in load_book_content(library, editor.doc.book_id).pages
                if p.page_id == page_id)
    return page.frames[key].text if key in page.frames else ""


def _saved(qtbot, editor: BookEditor) -> None:  # type: ignore[no-untyped-def]
    """Wait for the typing pause that saves the words."""
    qtbot.waitUntil(lambda: not editor.typing.pending, timeout=3000)


def test_a_save_on_a_page_jo_changed_shows_jos_words_and_keeps_mine(
        qtbot, editor: BookEditor, jo: Library) -> None:
    page_id = text_page(editor)
    type_in_panel(qtbot, editor, page_id, "Poppy")
    _saved(qtbot, editor)  # my own saves move the version this window remembers
    type_in_panel(qtbot, editor, page_id, "Poppy likes")
    _saved(qtbot, editor)
    assert not editor.notice.isVisible()
    assert _stored(jo, editor, page_id) == "Poppy likes"

    jo_saves(jo, page_id, JO_WORDS)
    type_in_panel(qtbot, editor, page_id, MY_WORDS)
    _saved(qtbot, editor)

    # refused: Jo's words are not overwritten, and the window says so, calmly, under the page
    assert _stored(jo, editor, page_id) == JO_WORDS
    assert editor.notice.isVisible()
    assert QApplication.activeModalWidget() is None
    message = editor.notice.message.text()
    assert message.startswith("Jo changed this page a moment ago.")
    assert "shows Jo's words; yours are kept" in message
    assert editor.notice.undo_button.text() == "Put my words back"
    # the page shows Jo's words: on the page, in the panel
    page = editor.doc.page(page_id)
    assert page is not None and page.frames["text"].text == JO_WORDS
    assert editor.properties.text_edit.toPlainText() == JO_WORDS
    assert editor.undo_action.toolTip().startswith("Undo Jo's changes")

    # Ctrl+Z puts my words back, exactly; Ctrl+Shift+Z returns to Jo's
    editor.properties.text_edit.setFocus()
    qtbot.keyClick(editor.properties.text_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stored(jo, editor, page_id) == MY_WORDS
    assert editor.properties.text_edit.toPlainText() == MY_WORDS
    qtbot.keyClick(editor.properties.text_edit, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _stored(jo, editor, page_id) == JO_WORDS

    # the notice's button does the same, as an edit of its own (Ctrl+Z then gives Jo's back)
    qtbot.mouseClick(editor.notice.undo_button, Qt.MouseButton.LeftButton)
    assert _stored(jo, editor, page_id) == MY_WORDS
    assert editor.properties.text_edit.toPlainText() == MY_WORDS
    assert not editor.notice.isVisible()
    editor.properties.undo()
    assert _stored(jo, editor, page_id) == JO_WORDS


def test_putting_my_words_back_keeps_what_else_jo_changed_on_the_page(
        qtbot, editor: BookEditor, jo: Library) -> None:
    page_id = text_page(editor)
    heading = _stored(jo, editor, page_id, "heading")
    jo_saves(jo, page_id, "At the seaside", key="heading")
    type_in_panel(qtbot, editor, page_id, MY_WORDS)
    _saved(qtbot, editor)

    assert editor.notice.isVisible()
    assert _stored(jo, editor, page_id, "heading") == "At the seaside"
    assert _stored(jo, editor, page_id) != MY_WORDS
    qtbot.mouseClick(editor.notice.undo_button, Qt.MouseButton.LeftButton)
    assert _stored(jo, editor, page_id) == MY_WORDS
    assert _stored(jo, editor, page_id, "heading") == "At the seaside" != heading  # Jo's stays
    # and the page takes further typing with no more refusals
    type_in_panel(qtbot, editor, page_id, MY_WORDS + " And maths.")
    _saved(qtbot, editor)
    assert _stored(jo, editor, page_id) == MY_WORDS + " And maths."


def test_typing_on_the_page_after_a_conflict_shows_the_other_words_in_the_box(
        qtbot, editor: BookEditor, jo: Library) -> None:
    page_id = text_page(editor)
    editor.doc.selection.select_frame(page_id, "text")
    on_page = editor.canvas.text_editor
    assert on_page is not None and on_page.open(page_id, "text")
    qtbot.waitUntil(on_page.box.hasFocus)
    on_page.box.selectAll()
    jo_saves(jo, page_id, JO_WORDS)
    qtbot.keyClicks(on_page.box, MY_WORDS)
    _saved(qtbot, editor)

    assert on_page.box.toPlainText() == JO_WORDS
    assert _stored(jo, editor, page_id) == JO_WORDS
    editor.properties.undo()
    assert _stored(jo, editor, page_id) == MY_WORDS


def test_two_editors_on_one_library_file(qtbot, editor: BookEditor, jo: Library) -> None:
    jos_editor = BookEditor(jo, editor.doc.book_id, runner=InlineJobRunner())
    qtbot.addWidget(jos_editor)
    page_id = text_page(editor)
    # Jo types first, in Jo's window
    jos_editor.doc.set_text(page_id, "text", JO_WORDS)
    # Sam types in a window that still holds the page as it was
    type_in_panel(qtbot, editor, page_id, MY_WORDS)
    _saved(qtbot, editor)
    assert _stored(jo, editor, page_id) == JO_WORDS
    assert editor.notice.isVisible()
    assert editor.doc.undo_stack.canUndo()
    # now Jo's window is the one behind: Sam puts the words back, Jo's next save is refused
    qtbot.mouseClick(editor.notice.undo_button, Qt.MouseButton.LeftButton)
    assert _stored(jo, editor, page_id) == MY_WORDS
    jos_editor.doc.set_text(page_id, "text", JO_WORDS + " Again.")
    assert _stored(jo, editor, page_id) == MY_WORDS
    assert jos_editor.notice.message.text().startswith("sam changed this page a moment ago.")
    assert jos_editor.doc.undo_stack.undoText() == "sam's changes"


def test_my_own_other_edits_and_other_pages_cause_no_refusal(
        qtbot, editor: BookEditor, jo: Library) -> None:
    page_id = text_page(editor)
    other = next(p.page_id for p in editor.doc.pages if p.page_id != page_id)
    jo_saves(jo, other, JO_WORDS, key="heading")  # Jo works on another page
    editor.doc.set_style(page_id, "text", None)  # my own edits of the page, not typing
    editor.doc.change_template(page_id, "text-only")
    type_in_panel(qtbot, editor, page_id, MY_WORDS)
    _saved(qtbot, editor)
    editor.properties.undo()  # undo and redo are my own saves too
    editor.properties.redo()
    type_in_panel(qtbot, editor, page_id, MY_WORDS + " Yes.")
    _saved(qtbot, editor)
    assert not editor.notice.isVisible()
    assert _stored(jo, editor, page_id) == MY_WORDS + " Yes."
    assert _stored(jo, editor, other, "heading") == JO_WORDS


def test_the_same_words_from_both_people_need_no_putting_back(
        qtbot, editor: BookEditor, jo: Library) -> None:
    page_id = text_page(editor)
    steps = editor.doc.undo_stack.count()
    jo_saves(jo, page_id, MY_WORDS)
    editor.doc.set_text(page_id, "text", MY_WORDS)
    assert _stored(jo, editor, page_id) == MY_WORDS
    assert editor.notice.isVisible()
    assert editor.notice.message.text() == "Jo changed this page a moment ago."
    assert editor.notice.undo_button.isHidden()
    assert editor.doc.undo_stack.count() == steps


def test_ctrl_z_puts_back_only_my_words_not_the_rest_of_the_page_as_it_was(
        qtbot, editor: BookEditor, jo: Library) -> None:
    page_id = text_page(editor)
    jo_saves(jo, page_id, JO_WORDS)
    type_in_panel(qtbot, editor, page_id, MY_WORDS)
    _saved(qtbot, editor)
    assert editor.notice.isVisible()
    jo_saves(jo, page_id, "Jo's new heading", key="heading")  # Jo carries on with the page
    editor.properties.undo()  # Ctrl+Z: my words back in their frame
    assert _stored(jo, editor, page_id) == MY_WORDS
    assert _stored(jo, editor, page_id, "heading") == "Jo's new heading"  # Jo's later change stays


def test_the_same_person_in_another_window_is_told_it_was_another_window(
        qtbot, editor: BookEditor, jo: Library) -> None:
    jo.actor = editor.doc.library.actor  # Sam, with the library open in a second window
    page_id = text_page(editor)
    jo_saves(jo, page_id, JO_WORDS)
    editor.doc.set_text(page_id, "text", MY_WORDS)
    assert editor.notice.message.text() == (
        "This page was changed in another Lifebook window a moment ago. "
        "It now shows the words saved there; yours are kept.")
    assert editor.doc.undo_stack.undoText() == "Changes from another window"
    assert _stored(jo, editor, page_id) == JO_WORDS


def test_renaming_a_section_here_is_my_own_change(qtbot, editor: BookEditor) -> None:
    from lifebook.ui.editor.section_commands import rename_section

    page_id = text_page(editor)
    page = editor.doc.page(page_id)
    assert page is not None
    in_section = [p.page_id for p in editor.doc.pages if p.section == page.section]
    rename_section(editor.doc, in_section, "Why I live with Sue")
    type_in_panel(qtbot, editor, page_id, MY_WORDS)
    _saved(qtbot, editor)
    assert not editor.notice.isVisible()
    assert _stored(editor.doc.library, editor, page_id) == MY_WORDS


def test_keeping_a_letter_part_for_later_here_is_my_own_change(qtbot, library: Library) -> None:
    from lifebook.model.enums import BookKind
    from lifebook.services import books, children
    from lifebook.ui.letter_actions import for_later_action

    lexi = children.add_child(library, "Lexi Test", preferred_name="Lexi").id
    letter = books.new_book(library, lexi, BookKind.LATER_LIFE_LETTER)
    editor = BookEditor(library, letter.id, runner=InlineJobRunner())
    qtbot.addWidget(editor)
    editor.show()
    worries = next(p for p in editor.doc.pages if p.section == "The worries")
    editor.doc.selection.select_page(worries.page_id)
    outline = editor.outline
    outline.setCurrentIndex(outline.model().index(-1, 0))  # follow the selected page
    action = for_later_action(outline, outline)
    action.update_state()  # type: ignore[attr-defined]
    action.trigger()
    editor.doc.set_text(worries.page_id, "text", MY_WORDS)
    assert not editor.notice.isVisible()
    assert _stored(library, editor, worries.page_id) == MY_WORDS
