"""Small things a user notices: a visible Undo after deleting a page, one set of
shortcuts in menus and context menus, short undo labels, Export always in view,
and a keyboard path to every part of the editor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QToolBar

from lifebook.store.db import Library
from lifebook.ui.editor.editor import UNDO_LABEL_CHARS, BookEditor
from lifebook.ui.jobs import InlineJobRunner


@pytest.fixture
def editor(qtbot, demo_copy) -> BookEditor:  # type: ignore[no-untyped-def]
    library: Library = demo_copy[0]
    widget = BookEditor(library, demo_copy[1].book.id, runner=InlineJobRunner())
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    return widget


def test_delete_in_the_page_strip_shows_a_notice_whose_undo_brings_the_page_back(
        qtbot, editor: BookEditor) -> None:
    ids = [p.page_id for p in editor.doc.pages]
    editor.doc.selection.select_page(ids[3])
    strip = editor.page_strip
    strip.setFocus()
    qtbot.keyClick(strip, Qt.Key.Key_Delete)
    assert [p.page_id for p in editor.doc.pages] == ids[:3] + ids[4:]
    assert editor.notice.isVisible()
    assert editor.notice.message.text() == "Page 4 deleted."
    qtbot.mouseClick(editor.notice.undo_button, Qt.MouseButton.LeftButton)
    assert [p.page_id for p in editor.doc.pages] == ids
    assert not editor.notice.isVisible()


def test_the_page_strip_menu_shows_the_page_menu_shortcuts(editor: BookEditor) -> None:
    menu = editor.page_strip.build_context_menu(editor.doc.pages[1].page_id)
    shown = {a.text(): a.shortcut() for a in menu.actions() if a.text()}
    for action in (editor.add_page_action, editor.duplicate_action, editor.delete_action):
        label = action.text().replace("&", "")
        match = next(k for k in shown if k.split()[0] == label.split()[0])
        assert shown[match] == action.shortcut(), label


def test_long_undo_labels_are_shortened_and_whole_in_the_tooltip(editor: BookEditor) -> None:
    page = editor.doc.pages[2]
    editor.doc.set_section(page.page_id, "Another section")  # "Move page to section"
    text = editor.undo_action.text()
    assert len(text) <= UNDO_LABEL_CHARS and text.endswith("…")
    assert "Undo Move page to section" in editor.undo_action.toolTip()


def test_export_is_the_first_thing_on_the_toolbar(editor: BookEditor) -> None:
    toolbar = editor.findChild(QToolBar)
    first = next(a for a in toolbar.actions() if not a.isSeparator())
    assert first is editor.export_action
    editor.resize(700, 600)  # a narrow window hides the toolbar's tail, never Export
    assert toolbar.widgetForAction(editor.export_action).isVisible()


def test_tab_reaches_the_toolbar_the_page_and_the_page_strip(qtbot, editor: BookEditor) -> None:
    editor.canvas.setFocus()
    qtbot.waitUntil(editor.canvas.hasFocus)
    seen = set()
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.add(QApplication.focusWidget())
    toolbar = editor.findChild(QToolBar)
    assert toolbar.widgetForAction(editor.export_action) in seen
    assert editor.canvas in seen and editor.page_strip in seen
    assert editor.save_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
