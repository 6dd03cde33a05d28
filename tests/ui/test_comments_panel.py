"""The comments panel and the pins on the page, driven as a reviewer uses them."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from lifebook.model.comments import Feeling
from lifebook.services import comments as comment_service
from lifebook.ui import style
from lifebook.ui.editor.comment_pins import PIN_RADIUS
from lifebook.ui.editor.editor import BookEditor
from lifebook.ui.review.window import ReviewWindow

PNG = b"\x89PNG\r\n\x1a\n"


def write(qtbot, editor: BookEditor, text: str) -> None:  # type: ignore[no-untyped-def]
    editor.comments.edit.clear()
    qtbot.keyClicks(editor.comments.edit, text)


def click_item(qtbot, editor: BookEditor, row: int) -> None:  # type: ignore[no-untyped-def]
    tree = editor.comments.tree
    item = tree.topLevelItem(row)
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualItemRect(item).center())


def threads(editor: BookEditor):  # type: ignore[no-untyped-def]
    return comment_service.list_threads(editor.doc.library, editor.doc.book_id)


def test_add_a_comment_on_the_selected_frame_reply_and_resolve(qtbot, active_editor: BookEditor) -> None:
    editor, doc, panel = active_editor, active_editor.doc, active_editor.comments
    page = doc.pages[3]
    doc.selection.select_frame(page.page_id, "photo1")
    assert panel.target.text() == "New comment on page 4, Photo:"
    assert not panel.add_button.isEnabled()  # nothing typed yet
    write(qtbot, editor, "Is this the right hospital?")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    [thread] = threads(editor)
    assert (thread.first.page_id, thread.first.frame_key) == (page.page_id, "photo1")
    assert thread.first.author == "test-worker" and panel.edit.toPlainText() == ""
    assert panel.tree.topLevelItemCount() == 1
    assert "Is this the right hospital?" in panel.tree.topLevelItem(0).text(0).replace("\n", " ")
    assert "photo1" not in panel.tree.topLevelItem(0).text(0)  # the key never shows

    click_item(qtbot, editor, 0)
    write(qtbot, editor, "Yes, checked.")
    qtbot.mouseClick(panel.reply_button, Qt.MouseButton.LeftButton)
    [thread] = threads(editor)
    assert [r.body for r in thread.replies] == ["Yes, checked."]
    assert panel.tree.topLevelItem(0).childCount() == 1

    click_item(qtbot, editor, 0)
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert threads(editor)[0].resolved
    assert panel.tree.topLevelItemCount() == 0 and "resolved" in panel.empty.text()
    panel.show_resolved.setChecked(True)
    assert panel.tree.topLevelItemCount() == 1
    editor.undo_action.trigger()  # Undo reopens it
    assert not threads(editor)[0].resolved


def test_a_comment_on_the_page_when_no_frame_is_chosen(qtbot, active_editor: BookEditor) -> None:
    editor, doc = active_editor, active_editor.doc
    doc.selection.select_frame(doc.pages[2].page_id, "")
    assert editor.comments.target.text() == "New comment on page 3:"
    write(qtbot, editor, "This page is lovely")
    qtbot.mouseClick(editor.comments.add_button, Qt.MouseButton.LeftButton)
    [thread] = threads(editor)
    assert (thread.first.page_id, thread.first.frame_key) == (doc.pages[2].page_id, None)


def test_delete_asks_nothing_but_undo_brings_the_thread_back(qtbot, active_editor: BookEditor) -> None:
    editor, doc, panel = active_editor, active_editor.doc, active_editor.comments
    first = comment_service.add_comment(doc.library, doc.book_id, "Check the date",
                                        page_id=doc.pages[1].page_id)
    comment_service.reply(doc.library, first.id, "Done")
    panel.refresh()
    click_item(qtbot, editor, 0)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert threads(editor) == [] and panel.tree.topLevelItemCount() == 0
    assert panel.notice.isVisible() and "with 1 reply" in panel.notice.message.text()
    qtbot.mouseClick(panel.notice.undo_button, Qt.MouseButton.LeftButton)
    [thread] = threads(editor)
    assert thread.first.body == "Check the date" and [r.body for r in thread.replies] == ["Done"]
    editor.redo_action.trigger()
    assert threads(editor) == []


def test_clicking_a_thread_goes_to_its_page_and_frame(qtbot, active_editor: BookEditor) -> None:
    editor, doc = active_editor, active_editor.doc
    target = next(p for p in doc.pages  # the first page with a second photo
                  if any(f.key == "photo2" for f in doc.layout(p.page_id).frames))
    comment_service.add_comment(doc.library, doc.book_id, "Second photo?",
                                page_id=target.page_id, frame_key="photo2")
    editor.comments.refresh()
    click_item(qtbot, editor, 0)
    assert (doc.selection.page_id, doc.selection.frame_key) == (target.page_id, "photo2")
    assert target.page_id in editor.canvas.shown_pages()


def test_pins_show_on_the_canvas_but_not_in_the_page_itself(qtbot, active_editor: BookEditor) -> None:
    editor, doc, canvas = active_editor, active_editor.doc, active_editor.canvas
    page = doc.pages[3]
    doc.selection.select_page(page.page_id)
    items_before = list(doc.layout(page.page_id).items) + list(doc.layout(page.page_id).editor_only)
    spot = canvas.frame_rect(page.page_id, "photo1").topRight() + QPoint(-16, 16)
    colour_before = canvas.viewport().grab().toImage().pixelColor(spot.toPoint())
    comment_service.add_comment(doc.library, doc.book_id, "Pin me", page_id=page.page_id,
                                frame_key="photo1")
    comment_service.add_child_reaction(doc.library, doc.book_id, page.page_id, carer_name="Jo",
                                       feeling=Feeling.HAPPY)
    editor.comments.refresh()
    image = canvas.viewport().grab().toImage()
    pins = editor.comments.pins.pins
    assert len(pins) == 2  # one on the photo, one on the page (the child's)
    frame_pin = next(p for p in pins if not p.from_child)
    assert (frame_pin.centre - spot).manhattanLength() < 3

    def ink_of(pin) -> QColor:  # type: ignore[no-untyped-def]
        return image.pixelColor((pin.centre + QPointF(-6, 5)).toPoint())  # beside the number

    def near(a: QColor, b: QColor) -> bool:
        return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) < 30

    assert near(ink_of(frame_pin), QColor(style.ACCENT)) and not near(colour_before, QColor(style.ACCENT))
    child_pin = next(p for p in pins if p.from_child)
    assert near(ink_of(child_pin), QColor(style.TEAL))
    layout = doc.layout(page.page_id)
    assert list(layout.items) + list(layout.editor_only) == items_before  # nothing for a printer
    panel = editor.comments
    panel.tree.setCurrentItem(None)
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=frame_pin.centre.toPoint())
    assert panel.current_thread().first.body == "Pin me"
    comment_service.resolve(doc.library, panel.current_thread().id)
    panel.refresh()
    assert len(panel.pins.place(canvas.shown_pages())) == 1  # a resolved thread has no pin
    assert PIN_RADIUS > 0


def test_the_childs_reactions_are_marked_and_a_drawing_can_be_seen(
        qtbot, active_editor: BookEditor) -> None:
    editor, doc, panel = active_editor, active_editor.doc, active_editor.comments
    comment_service.add_child_reaction(doc.library, doc.book_id, doc.pages[0].page_id,
                                       carer_name="Jo Carer", drawing=PNG + b"\x00" * 8)
    panel.refresh()
    text = panel.tree.topLevelItem(0).text(0).replace("\n", " ")
    assert "From the child, with Jo Carer" in text and "a drawing" in text
    click_item(qtbot, editor, 0)
    assert panel.drawing_button.isVisible()


def test_review_with_child_opens_the_reading_view_from_the_editor(qtbot, active_editor: BookEditor) -> None:
    active_editor.review_action.trigger()
    review = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReviewWindow))
    qtbot.addWidget(review)
    assert review.book_id == active_editor.doc.book_id and review.isVisible()
    review.start_reading("Jo Carer")
    qtbot.mouseClick(review.react_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(review.picker.feeling_buttons[Feeling.HAPPY], Qt.MouseButton.LeftButton)
    text = active_editor.comments.tree.topLevelItem(0).text(0).replace("\n", " ")
    assert "felt happy" in text and "From the child, with Jo Carer" in text  # seen at once
    review.close()
