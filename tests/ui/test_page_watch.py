"""The editor notices other people's changes to the open book (issue 18, "Working together").

Jo has the same library file open (a second Library on it: another Lifebook
window); the editor under test is Sam's, with a short poll interval. On a team
server the same editor is told by PostgreSQL NOTIFY (tests/pg/test_page_notify.py).
"""

from __future__ import annotations

import pytest

from lifebook.layout.display import FindingCode
from lifebook.services import pages
from lifebook.services.page_watch import book_changes
from lifebook.store.db import Library
from lifebook.ui.editor import watch
from lifebook.ui.editor.editor import BookEditor
from lifebook.ui.jobs import InlineJobRunner
from tests.ui.two_people import JO_WORDS, MY_WORDS, jo_saves, text_page, type_in_panel


@pytest.fixture
def editor(request: pytest.FixtureRequest, demo_copy, monkeypatch: pytest.MonkeyPatch) -> BookEditor:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(watch, "POLL_SECONDS", 0.2)  # before the editor starts its watch
    demo_copy[0].actor = "sam"
    widget: BookEditor = request.getfixturevalue("active_editor")
    return widget


def _shows(editor: BookEditor, page_id: int, key: str = "text") -> str:
    page = editor.doc.page(page_id)
    return page.frames[key].text if page is not None and key in page.frames else ""


def test_jos_change_appears_in_the_open_editor_with_a_calm_notice(
        qtbot, editor: BookEditor, jo: Library) -> None:
    page_id = text_page(editor)
    number = editor.doc.index_of(page_id)
    page = editor.doc.page(page_id)
    assert page is not None and number >= 0
    editor.doc.selection.select_frame(page_id, "text")
    assert not editor.notice.isVisible()

    jo_saves(jo, page_id, JO_WORDS)

    qtbot.waitUntil(lambda: _shows(editor, page_id) == JO_WORDS, timeout=5000)
    assert editor.properties.text_edit.toPlainText() == JO_WORDS  # the panel shows it too
    assert editor.notice.isVisible()
    assert editor.notice.message.text() == f"Jo changed page {page.number}."
    assert editor.notice.undo_button.isHidden()
    # the window now knows Jo's version: typing on the page is saved, not refused
    editor.doc.set_text(page_id, "text", MY_WORDS)
    assert pages.page_version(jo, page_id) == editor.doc.versions[page_id]
    assert "changed this page a moment ago" not in editor.notice.message.text()


def test_the_checks_and_the_page_strip_follow_jos_changes(
        qtbot, editor: BookEditor, jo: Library) -> None:
    page_id = text_page(editor)

    def overflowing() -> bool:
        return any(f.code == FindingCode.TEXT_OVERFLOW and f.page_id == page_id
                   for f in editor.doc.findings())

    assert not overflowing()
    jo_saves(jo, page_id, "Poppy went to the seaside with Jo and her brother. " * 80)
    qtbot.waitUntil(lambda: "Jo changed page" in editor.notice.message.text(), timeout=5000)
    qtbot.waitUntil(lambda: any("fit" in editor.findings.model.index(r, 0).data().lower()
                                for r in range(editor.findings.model.rowCount())), timeout=3000)
    assert overflowing()

    rows = editor.page_strip.model().rowCount()
    pages.add_page(jo, editor.doc.book_id, "text-only", after_page_id=page_id)
    qtbot.waitUntil(lambda: editor.page_strip.model().rowCount() == rows + 1, timeout=5000)
    assert editor.notice.message.text() == "Jo added a page."  # a new page names who added it


def test_pages_added_in_my_other_window_are_not_put_down_to_someone_else(
        qtbot, editor: BookEditor, jo: Library) -> None:
    jo.actor = editor.doc.library.actor  # Sam, with the library open in a second window
    page_id = text_page(editor)
    rows = editor.page_strip.model().rowCount()
    pages.add_page(jo, editor.doc.book_id, "text-only", after_page_id=page_id)
    qtbot.waitUntil(lambda: editor.page_strip.model().rowCount() == rows + 1, timeout=5000)
    assert editor.notice.message.text() == "Pages were added, moved or removed in another Lifebook."


def test_words_being_typed_on_the_changed_page_are_not_overwritten(
        qtbot, editor: BookEditor, jo: Library) -> None:
    page_id = text_page(editor)
    editor.typing._timer.setInterval(60_000)  # a slow typist: the words stay unsaved meanwhile
    type_in_panel(qtbot, editor, page_id, MY_WORDS)
    box = editor.properties.text_edit
    assert editor.typing.pending

    jo_saves(jo, page_id, JO_WORDS)
    qtbot.wait(800)  # several polls
    assert editor.watch.check().changed  # seen, and left alone
    assert box.toPlainText() == MY_WORDS
    assert not editor.notice.isVisible()

    # the save is refused and conflicts.py keeps both: Jo's words stored, mine one Ctrl+Z away
    editor.typing.commit()
    assert editor.notice.message.text().startswith("Jo changed this page a moment ago.")
    assert _shows(editor, page_id) == JO_WORDS
    editor.properties.undo()
    assert _shows(editor, page_id) == MY_WORDS


def test_my_own_saves_are_not_announced(qtbot, editor: BookEditor) -> None:
    page_id = text_page(editor)
    editor.doc.set_text(page_id, "text", MY_WORDS)
    editor.doc.add_page("text-only", page_id)
    qtbot.wait(600)
    assert not editor.notice.isVisible()
    doc = editor.doc
    assert book_changes(doc.library, doc.book_id, doc.versions, [p.page_id for p in doc.pages]).empty


def test_the_watch_stops_when_the_editor_closes(qtbot, editor: BookEditor) -> None:
    editor.watch.stop()
    assert editor.watch.watch.stopped
    assert not editor.watch._timer.isActive()
    assert not editor.watch.watch.due()


def test_closing_the_book_in_the_window_stops_its_watch(qtbot, demo_copy) -> None:
    from lifebook.services import books
    from lifebook.ui.main_window import MainWindow

    library, demo = demo_copy
    window = MainWindow(library, InlineJobRunner())
    qtbot.addWidget(window)
    window.show()
    book = next(b for b in books.list_books(library, demo.child.id) if b.id == demo.book.id)
    window._show_book(book)
    editor = window.editor
    assert editor is not None and not editor.watch.watch.stopped
    window.close_editor()
    assert editor.watch.watch.stopped
