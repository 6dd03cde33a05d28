"""The Words and Pictures storyboard and picture library, driven through the real widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog

from lifebook.model.enums import BookKind
from lifebook.services import books, children
from lifebook.services import pages as page_service
from lifebook.store.db import Library
from lifebook.ui.editor.editor import BookEditor
from lifebook.ui.editor.page_strip import PAGE_ID_ROLE
from lifebook.ui.jobs import InlineJobRunner
from lifebook.ui.storyboard import clipart_picker
from lifebook.ui.storyboard.clipart_picker import ClipartPicker
from lifebook.ui.storyboard.view import NOTE_ROLE, WORDS_ROLE, StoryboardDialog

LONG = " ".join(["Mum"] + ["and Nan"] * 14) + " help."  # 30 words


@pytest.fixture
def editor(qtbot, library: Library) -> BookEditor:
    child = children.add_child(library, "Ava", date_of_birth=date(2020, 5, 1))
    book = books.new_book(library, child.id, BookKind.WORDS_AND_PICTURES)
    ids = page_service.page_order(library, book.id)
    page_service.set_frame_text(library, ids[1], "text", "Nan is worried about [Name].")
    page_service.set_frame_text(library, ids[2], "text", LONG)
    widget = BookEditor(library, book.id, runner=InlineJobRunner())
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


@pytest.fixture
def board(qtbot, editor: BookEditor) -> StoryboardDialog:
    dialog = editor.show_storyboard()
    qtbot.waitExposed(dialog)
    return dialog


def _ids(board: StoryboardDialog) -> list[int]:
    model = board.view.board
    return [int(model.index(r).data(PAGE_ID_ROLE)) for r in range(model.rowCount())]


def test_every_page_is_a_card_with_its_words_and_a_note_when_too_long(board: StoryboardDialog) -> None:
    model = board.view.board
    doc = board.doc
    assert _ids(board) == [p.page_id for p in doc.pages] and len(doc.pages) == 6
    assert model.index(1).data() == "2 · Who is worried"
    assert model.index(1).data(WORDS_ROLE) == "Nan is worried about Ava."  # [Name] filled in
    assert model.index(1).data(NOTE_ROLE) == ""
    assert model.index(2).data(NOTE_ROLE) == "30 words: try fewer"
    assert model.index(5).data(WORDS_ROLE) == ""


def test_dragging_a_card_moves_the_page_and_undo_puts_it_back(board: StoryboardDialog) -> None:
    before = _ids(board)
    model = board.view.board
    assert model.moveRow(QModelIndex(), 4, QModelIndex(), 1)  # what the view does on a drop
    after = [before[0], before[4], *before[1:4], before[5]]
    assert _ids(board) == after
    assert page_service.page_order(board.doc.library, board.doc.book_id) == after
    assert board.undo_button.isEnabled()
    board.undo_button.click()
    assert _ids(board) == before
    assert page_service.page_order(board.doc.library, board.doc.book_id) == before


def test_clicking_a_card_opens_that_page_in_the_editor(qtbot, board: StoryboardDialog,
                                                       editor: BookEditor) -> None:
    target = _ids(board)[3]
    rect = board.view.visualRect(board.view.board.index(3))
    qtbot.mouseClick(board.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.doc.selection.page_id == target
    assert board.result() == QDialog.DialogCode.Accepted and not board.isVisible()


def test_pages_are_added_and_deleted_from_the_storyboard_with_undo(board: StoryboardDialog) -> None:
    board.view.setCurrentIndex(board.view.board.index(2))
    board.add_button.click()
    ids = _ids(board)
    assert len(ids) == 7
    added = board.doc.page(ids[3])
    assert added is not None and added.template == "words-and-pictures"
    board.view.setCurrentIndex(board.view.board.index(3))
    board.remove_button.click()
    assert len(_ids(board)) == 6
    board.undo_button.click()
    assert _ids(board) == ids


def test_the_picker_finds_pictures_by_tag_and_says_when_nothing_matches(qtbot) -> None:
    picker = ClipartPicker(current="house")
    qtbot.addWidget(picker)
    picker.show()
    assert picker.chosen() == "house"
    qtbot.keyClicks(picker.search, "alcohol")
    assert picker.visible_keys() == ["bottles"] and picker.chosen() == "bottles"
    assert picker.empty.isHidden()
    picker.search.clear()
    qtbot.keyClicks(picker.search, "spaceship")
    assert picker.visible_keys() == []
    assert picker.empty.isVisible() and "spaceship" in picker.empty.text()
    assert not picker.use_button.isEnabled()
    picker.search.setText("police")
    picker.use_button.click()
    assert picker.result() == QDialog.DialogCode.Accepted and picker.chosen() == "police-officer"


def test_choosing_a_picture_puts_it_in_the_frame_and_undo_takes_it_back(
        qtbot, editor: BookEditor, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = editor.doc
    page = doc.pages[1]
    doc.selection.select_frame(page.page_id, "photo1")
    props = editor.properties
    assert props.picture_button.isVisible() and props.remove_button.toolTip() == "Take the picture off this page"
    assert props.frame_title.text().endswith(": social worker")
    asked: list[str | None] = []

    def choose(parent=None, current=None):  # type: ignore[no-untyped-def]
        asked.append(current)
        return "police-officer"

    monkeypatch.setattr(clipart_picker.ClipartPicker, "choose", staticmethod(choose))
    qtbot.mouseClick(props.picture_button, Qt.MouseButton.LeftButton)
    assert asked == ["social-worker"]  # the picker opens on the picture there now
    frame = doc.page(page.page_id).frames["photo1"]  # type: ignore[union-attr]
    assert frame.clipart == "police-officer"
    assert props.frame_title.text().endswith(": police officer")
    qtbot.mouseClick(props.remove_button, Qt.MouseButton.LeftButton)
    assert doc.page(page.page_id).frames["photo1"].clipart is None  # type: ignore[union-attr]
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.page(page.page_id).frames["photo1"].clipart == "social-worker"  # type: ignore[union-attr]


def test_recolouring_a_picture_changes_its_skin_and_keeps_it_undoably(
        qtbot, editor: BookEditor, monkeypatch: pytest.MonkeyPatch) -> None:
    from lifebook.ui.storyboard import recolour
    from lifebook.ui.storyboard.recolour import RecolourDialog

    dialog = RecolourDialog("family")
    qtbot.addWidget(dialog)
    assert set(dialog.groups) == {"skin", "hair", "clothes"}
    dark = next(b for b in dialog.groups["skin"].buttons() if b.toolTip() == "Dark")
    before = dialog.preview.pixmap().toImage()
    dark.click()
    assert dialog.colours == {"skin": "#6b4127"} and dialog.preview.pixmap().toImage() != before
    dialog.reset_button.click()
    assert dialog.colours == {}

    doc = editor.doc
    page = doc.pages[5]
    doc.selection.select_frame(page.page_id, "photo1")
    assert editor.properties.colours_button.isVisible()
    monkeypatch.setattr(recolour.RecolourDialog, "recolour",
                        staticmethod(lambda parent, key, colours=None: {"skin": "#6b4127"}))
    qtbot.mouseClick(editor.properties.colours_button, Qt.MouseButton.LeftButton)
    frame = doc.page(page.page_id).frames["photo1"]  # type: ignore[union-attr]
    assert frame.clipart == "family" and dict(frame.clipart_colours) == {"skin": "#6b4127"}
    layout = doc.layout(page.page_id)
    assert layout is not None
    assert any(getattr(i, "fill", None) == "#6b4127" for i in layout.items)
    doc.undo_stack.undo()
    assert doc.page(page.page_id).frames["photo1"].clipart_colours == ()  # type: ignore[union-attr]
