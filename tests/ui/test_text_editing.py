"""Typing the child's words: nothing the user types is ever corrupted or lost.

Each test here drives the real widgets the way a user does: keys go to
whichever widget has the keyboard focus, as they would on a desktop.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

from lifebook.layout.display import TextRun
from lifebook.model.richtext import BOLD, ITALIC, Mark, RichText
from lifebook.services.content import load_book_content
from lifebook.store.db import Library
from lifebook.ui.editor import text_editing
from lifebook.ui.editor.editor import BookEditor

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def sample_library(demo_copy) -> Library:  # type: ignore[no-untyped-def]
    """The sample library (not the empty one of tests/conftest.py)."""
    return demo_copy[0]


@pytest.fixture
def editor(active_editor: BookEditor) -> BookEditor:
    return active_editor


def _text_page(editor: BookEditor) -> int:
    return next(p.page_id for p in editor.doc.pages if p.template == "text-only")


def _stored(sample_library: Library, editor: BookEditor, page_id: int, key: str = "text") -> RichText:
    page = next(p for p in load_book_content(sample_library, editor.doc.book_id).pages
                if p.page_id == page_id)
    return page.frames[key].rich if key in page.frames else RichText()


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _type(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type where the keyboard focus is, as a user does."""
    qtbot.keyClicks(_focused(), text)


def _start_in_panel(qtbot, editor: BookEditor, text: str = "") -> int:  # type: ignore[no-untyped-def]
    page_id = _text_page(editor)
    editor.doc.selection.select_frame(page_id, "text")
    box = editor.properties.text_edit
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.selectAll()
    if text:
        _type(qtbot, text)
    return page_id


def _drawn(editor: BookEditor, page_id: int, key: str = "text") -> list[TextRun]:
    layout = editor.doc.layout(page_id)
    return [i for i in layout.items if isinstance(i, TextRun) and i.frame_key == key]


# --- bug 1: the B button took the keyboard focus ------------------------------------------


def test_bold_button_leaves_the_focus_in_the_text(qtbot, editor: BookEditor, sample_library: Library) -> None:
    page_id = _start_in_panel(qtbot, editor, "Poppy loves cats")
    box = editor.properties.text_edit
    cursor = box.textCursor()
    cursor.setPosition(6)
    cursor.setPosition(11, QTextCursor.MoveMode.KeepAnchor)  # "loves"
    box.setTextCursor(cursor)
    qtbot.mouseClick(editor.properties.bold_button, Qt.MouseButton.LeftButton)
    assert _focused() is box
    qtbot.keyClick(_focused(), Qt.Key.Key_End, CTRL)
    _type(qtbot, " and dogs too")
    editor.properties.commit_text()

    stored = _stored(sample_library, editor, page_id)
    assert stored.text == "Poppy loves cats and dogs too"
    assert stored.marks == (Mark(6, 11, BOLD),)
    assert "*" not in "".join(r.text for r in _drawn(editor, page_id))
    faces = {r.text: r.font for r in _drawn(editor, page_id)}
    assert faces["loves"].endswith("-Bold")


# --- bug 2: Ctrl+B while typing put marks in the wrong place ------------------------------


def test_ctrl_b_while_typing_makes_exactly_the_typed_words_bold(
        qtbot, editor: BookEditor, sample_library: Library) -> None:
    page_id = _start_in_panel(qtbot, editor)
    for piece in ("She loves ", CTRL, "cats", CTRL, " and dogs.", CTRL, CTRL):
        if piece is CTRL:
            qtbot.keyClick(_focused(), Qt.Key.Key_B, CTRL)
        else:
            for ch in piece:
                qtbot.keyClick(_focused(), ch)
                qtbot.wait(5)  # a typist's rhythm, while commits fire in between
    qtbot.wait(text_editing.COMMIT_DELAY_MS + 100)  # the pause commits by itself

    stored = _stored(sample_library, editor, page_id)
    assert stored.text == "She loves cats and dogs."
    assert stored.marks == (Mark(10, 14, BOLD),)
    runs = _drawn(editor, page_id)
    assert "".join(r.text for r in runs).replace(" ", "") == "Shelovescatsanddogs."
    assert [r.text for r in runs if r.font.endswith("-Bold")] == ["cats"]


def test_ctrl_i_and_the_italic_button_toggle_italic(qtbot, editor: BookEditor, sample_library: Library) -> None:
    page_id = _start_in_panel(qtbot, editor, "Biscuit the dog")
    box = editor.properties.text_edit
    box.selectAll()
    qtbot.keyClick(_focused(), Qt.Key.Key_I, CTRL)
    editor.properties.commit_text()
    assert _stored(sample_library, editor, page_id).marks == (Mark(0, 15, ITALIC),)
    assert editor.properties.italic_button.isChecked()
    qtbot.mouseClick(editor.properties.italic_button, Qt.MouseButton.LeftButton)  # off again
    editor.properties.commit_text()
    assert _stored(sample_library, editor, page_id).marks == ()


@pytest.mark.parametrize("typed", ["5 * 3 = 15", "**not bold**", "a footnote*", "***", "x**y"])
def test_asterisks_the_user_types_are_kept_and_printed(
        qtbot, editor: BookEditor, sample_library: Library, typed: str) -> None:
    page_id = _start_in_panel(qtbot, editor, typed)
    editor.properties.commit_text()
    stored = _stored(sample_library, editor, page_id)
    assert (stored.text, stored.marks) == (typed, ())
    assert "".join(r.text for r in _drawn(editor, page_id)) == typed
    assert editor.properties.text_edit.toPlainText() == typed


# --- bug 3: one Ctrl+Z undid two separate passes of typing ---------------------------------


def test_each_pass_of_typing_is_its_own_undo_step(qtbot, editor: BookEditor, sample_library: Library) -> None:
    page_id = _start_in_panel(qtbot, editor, "First pass.")
    box = editor.properties.text_edit
    editor.canvas.setFocus()  # click away...
    qtbot.waitUntil(lambda: not box.hasFocus())
    box.setFocus()  # ...and come back
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_End, CTRL)
    _type(qtbot, " Second pass.")
    editor.properties.commit_text()
    assert _stored(sample_library, editor, page_id).text == "First pass. Second pass."

    qtbot.keyClick(_focused(), Qt.Key.Key_Z, CTRL)
    assert _stored(sample_library, editor, page_id).text == "First pass."
    assert box.toPlainText() == "First pass."
    qtbot.keyClick(_focused(), Qt.Key.Key_Z, CTRL)
    assert "Sarah found it very hard" in _stored(sample_library, editor, page_id).text


def test_a_long_pause_starts_a_new_undo_step(qtbot, editor: BookEditor, sample_library: Library,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    page_id = _start_in_panel(qtbot, editor, "Before the pause.")
    clock = [time.monotonic()]
    monkeypatch.setattr(text_editing.time, "monotonic", lambda: clock[0])
    clock[0] += text_editing.BURST_PAUSE_S + 1
    _type(qtbot, " After.")
    editor.properties.commit_text()
    editor.properties.undo()
    assert _stored(sample_library, editor, page_id).text == "Before the pause."


# --- bug 4: typing after clicking a text frame on the page went nowhere -------------------


def _click_frame(qtbot, editor: BookEditor, page_id: int, key: str, double: bool = False) -> None:  # type: ignore[no-untyped-def]
    editor.doc.selection.select_page(page_id)
    qtbot.wait(10)
    centre = editor.canvas.frame_rect(page_id, key).center().toPoint()
    qtbot.mouseClick(editor.canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(centre))
    if double:
        qtbot.mouseDClick(editor.canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(centre))


def test_typing_after_clicking_a_text_frame_types_into_it(qtbot, editor: BookEditor, sample_library: Library) -> None:
    page_id = _text_page(editor)
    _click_frame(qtbot, editor, page_id, "text")
    assert editor.doc.selection.frame_key == "text"
    before = _stored(sample_library, editor, page_id).text
    _type(qtbot, "Hello")
    editor.flush()
    assert _stored(sample_library, editor, page_id).text == before + "Hello"
    on_page = editor.canvas.text_editor.box
    assert on_page.isVisible() and _focused() is on_page


# --- typing on the page --------------------------------------------------------------------


def test_double_click_opens_a_text_box_over_the_frame(qtbot, editor: BookEditor, sample_library: Library) -> None:
    page_id = _text_page(editor)
    _click_frame(qtbot, editor, page_id, "heading", double=True)
    box = editor.canvas.text_editor.box
    assert box.isVisible() and box.hasFocus()
    frame = editor.canvas.frame_rect(page_id, "heading").toAlignedRect()
    assert box.geometry().adjusted(4, 4, -4, -4) == frame  # over the frame, at the page's zoom
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_B, CTRL)
    _type(qtbot, "Why Poppy lives with Mary and Tom")
    qtbot.wait(text_editing.COMMIT_DELAY_MS + 100)
    stored = _stored(sample_library, editor, page_id, "heading")
    assert stored == RichText("Why Poppy lives with Mary and Tom", (Mark(0, 33, BOLD),))
    # the side panel shows the same words, formatted
    assert editor.properties.text_edit.rich() == stored
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.isVisible() and editor.canvas.hasFocus()


def test_overflow_is_marked_on_the_page(qtbot, editor: BookEditor) -> None:
    page_id = _text_page(editor)
    editor.doc.set_text(page_id, "heading", "A heading far too long " * 12)
    finding = next(f for f in editor.doc.layout(page_id).findings if f.code == "text-overflow")
    assert finding.frame_key == "heading" and finding.count > 0
    editor.doc.selection.select_page(page_id)
    shot = editor.canvas.viewport().grab().toImage()
    rect = editor.canvas.frame_rect(page_id, "heading")
    y = round(rect.bottom())
    reds = sum(1 for x in range(round(rect.left()), round(rect.right()))
               if (c := shot.pixelColor(x, y)).red() > 150 and c.green() < 80 and c.blue() < 80)
    assert reds > 20, "no overflow tag on the frame's bottom edge"


# --- bug 5: the typing journal -----------------------------------------------------------------


def test_words_typed_are_journalled_before_they_are_committed(
        qtbot, editor: BookEditor, sample_library: Library) -> None:
    from lifebook.services.recovery import recover_typing
    from lifebook.store.paths import typing_journal_for

    page_id = _start_in_panel(qtbot, editor, "Typed, then the laptop died")
    assert editor.typing.pending
    assert typing_journal_for(sample_library.db_path).exists()
    editor.typing._timer.stop()  # the crash: nothing more runs in this window
    editor.typing._pending = None
    assert "laptop died" not in _stored(sample_library, editor, page_id).text

    recovered = recover_typing(sample_library)
    assert recovered is not None and recovered.page_id == page_id
    assert _stored(sample_library, editor, page_id).text == "Typed, then the laptop died"
    assert not typing_journal_for(sample_library.db_path).exists()
    assert recover_typing(sample_library) is None


def test_an_arabic_paragraph_reads_right_to_left_in_the_box_as_on_the_page(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = text_editing.RichTextEdit()
    qtbot.addWidget(box)
    box.set_rich(RichText("ليلى تحب الرسم with Mum\nLayla loves painting"))
    first, second = box.document().firstBlock(), box.document().firstBlock().next()
    assert first.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert second.blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert box.rich().text == "ليلى تحب الرسم with Mum\nLayla loves painting"
