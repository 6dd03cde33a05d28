"""Not only words: a photo, fit, template or page change made on a page Jo changed first is refused.

Jo has the same library file open (another Lifebook window; on a team server,
another worker). The window under test is Sam's. Whatever Sam does to a page
that Jo has changed since Sam's window loaded it (turning a photo, fit or fill,
a template, deleting the page, or Ctrl+Z / Ctrl+Shift+Z of an earlier change)
is refused: Jo's work stays, the page shows it, and a calm notice under the
page says what was not applied and who changed the page. The service side is
tested in tests/services/test_page_versions.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lifebook.model.content import PictureFit
from lifebook.services import pages
from lifebook.store.db import Library
from lifebook.ui.editor.editor import BookEditor
from tests.ui.two_people import JO_WORDS

NOT_APPLIED = ("Your photo change was not applied: Jo changed this page a moment ago. "
               "The page now shows Jo's changes.")


@pytest.fixture
def editor(active_editor: BookEditor) -> BookEditor:
    active_editor.doc.library.actor = "Sam"
    return active_editor


def _photo(editor: BookEditor) -> tuple[int, str]:
    """A page of the sample book with a photo in a frame that has words too; the photo's frame."""
    for page in editor.doc.pages:
        photo = next((k for k, f in page.frames.items() if f.media is not None), None)
        if photo is not None and "heading" in page.frames:
            return page.page_id, photo
    raise AssertionError("the sample book has no photo page")


def _stored(jo: Library, page_id: int, key: str) -> dict:
    return pages.snapshot_page(jo, page_id)["frames"].get(key, {})


def _jo_writes(jo: Library, page_id: int, words: str = JO_WORDS) -> None:
    pages.set_frame_text(jo, page_id, "heading", words,
                         expected_version=pages.page_version(jo, page_id))


def _select(qtbot, editor: BookEditor, page_id: int, key: str) -> None:  # type: ignore[no-untyped-def]
    editor.doc.selection.select_frame(page_id, key)
    qtbot.waitUntil(editor.properties.rotate_button.isVisible)


def _heading(editor: BookEditor, page_id: int) -> str:
    page = editor.doc.page(page_id)
    return page.frames["heading"].text if page is not None and "heading" in page.frames else ""


def test_turning_a_photo_on_a_page_jo_changed_is_refused_and_says_so(
        qtbot, editor: BookEditor, jo: Library) -> None:
    page_id, key = _photo(editor)
    _select(qtbot, editor, page_id, key)
    turned = _stored(jo, page_id, key)["rotation"]
    steps = editor.doc.undo_stack.count()
    _jo_writes(jo, page_id)

    editor.properties.rotate_button.click()

    assert _stored(jo, page_id, key)["rotation"] == turned  # not applied
    assert _stored(jo, page_id, "heading")["text"] == JO_WORDS  # Jo's words are not overwritten
    assert _heading(editor, page_id) == JO_WORDS  # and the page shows them
    assert editor.notice.isVisible() and editor.notice.message.text() == NOT_APPLIED
    assert editor.notice.undo_button.isHidden()  # nothing to put back: the turn was not made
    assert QApplication.activeModalWidget() is None
    assert editor.doc.undo_stack.count() == steps  # nothing to undo over Jo's work

    # the page is up to date now: turning it again works
    editor.properties.rotate_button.click()
    assert _stored(jo, page_id, key)["rotation"] == (turned + 90) % 360
    assert _stored(jo, page_id, "heading")["text"] == JO_WORDS


def test_fit_or_fill_on_a_page_jo_changed_is_refused(qtbot, editor: BookEditor, jo: Library) -> None:
    page_id, key = _photo(editor)
    _select(qtbot, editor, page_id, key)
    fit = _stored(jo, page_id, key)["fit"]
    choice = editor.properties.fit_choice
    other = PictureFit.FIT if choice.current() == PictureFit.FILL else PictureFit.FILL
    _jo_writes(jo, page_id)
    qtbot.mouseClick(choice.buttons[other], Qt.MouseButton.LeftButton)
    assert _stored(jo, page_id, key)["fit"] == fit
    assert editor.notice.message.text() == NOT_APPLIED


def test_a_template_change_on_a_page_jo_changed_is_refused(qtbot, editor: BookEditor, jo: Library) -> None:
    page_id, _key = _photo(editor)
    template = pages.snapshot_page(jo, page_id)["template"]
    _jo_writes(jo, page_id)
    editor.doc.change_template(page_id, "text-only")  # what the template picker's choice does
    assert pages.snapshot_page(jo, page_id)["template"] == template
    assert editor.notice.message.text().startswith(
        "Your template change was not applied: Jo changed this page a moment ago.")


def test_ctrl_z_after_jo_changed_the_page_is_refused_not_written_over_jo(
        qtbot, editor: BookEditor, jo: Library) -> None:
    page_id, key = _photo(editor)
    _select(qtbot, editor, page_id, key)
    turned = _stored(jo, page_id, key)["rotation"]
    editor.properties.rotate_button.click()  # my own change
    assert not editor.notice.isVisible()
    _jo_writes(jo, page_id)  # then Jo's, which this window has not shown yet

    editor.properties.text_edit.setFocus()
    qtbot.keyClick(editor.properties.text_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert _stored(jo, page_id, "heading")["text"] == JO_WORDS  # the undo would have erased it
    assert _stored(jo, page_id, key)["rotation"] == (turned + 90) % 360  # my turn stays
    assert editor.notice.message.text() == (
        "Your undo was not applied: Jo changed this page a moment ago. "
        "The page now shows Jo's changes.")
    assert _heading(editor, page_id) == JO_WORDS


def test_an_undo_made_before_a_change_the_window_has_shown_is_refused_too(
        qtbot, editor: BookEditor, jo: Library) -> None:
    page_id, key = _photo(editor)
    _select(qtbot, editor, page_id, key)
    turned = _stored(jo, page_id, key)["rotation"]
    editor.properties.rotate_button.click()
    _jo_writes(jo, page_id)
    editor.watch.check()  # the watcher shows Jo's change: the window is up to date
    assert _heading(editor, page_id) == JO_WORDS
    assert editor.notice.message.text().startswith("Jo changed page")

    editor.properties.undo()  # the undo step predates Jo's change: putting it back would undo hers
    assert _stored(jo, page_id, "heading")["text"] == JO_WORDS
    assert _stored(jo, page_id, key)["rotation"] == (turned + 90) % 360
    assert editor.notice.message.text() == (
        "Your undo was not applied: Jo has changed this page since. "
        "The page now shows Jo's changes.")
    editor.properties.redo()  # nor can redo write the old page back
    assert _stored(jo, page_id, "heading")["text"] == JO_WORDS
    # new changes on the page are fine, and so is undoing them
    editor.properties.rotate_button.click()
    assert _stored(jo, page_id, key)["rotation"] == (turned + 180) % 360
    editor.properties.undo()
    assert _stored(jo, page_id, key)["rotation"] == (turned + 90) % 360
    assert _stored(jo, page_id, "heading")["text"] == JO_WORDS


def test_deleting_a_page_jo_changed_is_refused_and_the_page_stays(
        qtbot, editor: BookEditor, jo: Library) -> None:
    page_id, _key = _photo(editor)
    count = len(editor.doc.pages)
    _jo_writes(jo, page_id)
    editor.page_strip.delete_page(page_id)
    assert editor.doc.page(page_id) is not None and len(editor.doc.pages) == count
    assert editor.notice.message.text().startswith(
        "The page was not deleted: Jo changed this page a moment ago.")
    editor.page_strip.delete_page(page_id)  # now that it shows Jo's change, it can go
    assert editor.doc.page(page_id) is None


def test_my_own_changes_undo_and_redo_with_no_refusal(qtbot, editor: BookEditor, jo: Library) -> None:
    page_id, key = _photo(editor)
    _select(qtbot, editor, page_id, key)
    turned = _stored(jo, page_id, key)["rotation"]
    other = next(p.page_id for p in editor.doc.pages if p.page_id != page_id)
    _jo_writes(jo, other)  # Jo works on another page
    editor.properties.rotate_button.click()
    editor.properties.rotate_button.click()
    editor.properties.undo()
    editor.properties.undo()
    assert _stored(jo, page_id, key)["rotation"] == turned
    editor.properties.redo()
    assert _stored(jo, page_id, key)["rotation"] == (turned + 90) % 360
    assert not editor.notice.isVisible()


def test_renaming_or_removing_a_section_jo_changed_is_refused(
        qtbot, editor: BookEditor, jo: Library) -> None:
    outline = editor.outline
    runs = outline.runs()
    run = next(i for i, (name, run_pages) in enumerate(runs) if name and i and len(run_pages) >= 1)
    name, run_pages = runs[run]
    ids = [p.page_id for p in run_pages]
    steps = editor.doc.undo_stack.count()

    _jo_writes(jo, ids[0])
    assert not outline.rename_section(run, "Somewhere new")
    assert {pages.snapshot_page(jo, pid)["section"] for pid in ids} == {name}
    assert editor.notice.message.text().startswith(
        "Your new section name was not applied: Jo changed this page a moment ago.")

    _jo_writes(jo, ids[-1], "Jo again")
    assert not outline.remove_section(run)
    assert all(editor.doc.page(pid) is not None for pid in ids)
    assert editor.notice.message.text().startswith(
        "The section was not removed: Jo changed this page a moment ago.")
    assert editor.doc.undo_stack.count() == steps
    assert QApplication.activeModalWidget() is None

    # up to date now: both work
    assert outline.rename_section(run, "Somewhere new")
    assert {pages.snapshot_page(jo, pid)["section"] for pid in ids} == {"Somewhere new"}


def test_words_typed_before_a_crash_are_not_put_back_over_jos_but_kept_as_a_comment(
        qtbot, editor: BookEditor, jo: Library) -> None:
    from lifebook.services.comments import list_threads
    from lifebook.services.recovery import recover_typing
    from tests.ui.two_people import MY_WORDS, text_page, type_in_panel

    page_id = text_page(editor)
    editor.typing._timer.setInterval(60_000)  # typed, not yet saved...
    type_in_panel(qtbot, editor, page_id, MY_WORDS)
    assert editor.typing.pending
    editor.typing._timer.stop()  # ...and the laptop dies
    editor.typing._pending = None
    pages.set_frame_text(jo, page_id, "text", JO_WORDS,
                         expected_version=pages.page_version(jo, page_id))  # meanwhile, Jo

    recovered = recover_typing(editor.doc.library)  # the next start

    assert recovered is not None and recovered.kept_as_comment and recovered.changed_by == "Jo"
    assert _stored(jo, page_id, "text")["text"] == JO_WORDS  # not put back over Jo's words
    threads = list_threads(jo, editor.doc.book_id, page_id=page_id)
    assert len(threads) == 1 and threads[0].first.frame_key == "text"
    assert threads[0].first.body.endswith(MY_WORDS)  # kept where the worker will find them
    assert "because Jo changed this page since" in threads[0].first.body
    assert recover_typing(editor.doc.library) is None  # once


def test_undoing_a_page_i_added_after_jo_wrote_on_it_is_refused(
        qtbot, editor: BookEditor, jo: Library) -> None:
    first = editor.doc.pages[0].page_id
    editor.doc.add_page("text-only", first)
    added = editor.doc.selection.page_id
    assert added is not None and added != first
    pages.set_frame_text(jo, added, "text", JO_WORDS, expected_version=pages.page_version(jo, added))
    editor.watch.check()  # shown here: Jo is writing on it
    editor.properties.undo()
    assert editor.doc.page(added) is not None  # not deleted under Jo's words
    assert _stored(jo, added, "text")["text"] == JO_WORDS
    assert editor.notice.message.text().startswith("Your undo was not applied: Jo has changed")
    editor.properties.redo()  # and redo leaves it as it is
    assert _stored(jo, added, "text")["text"] == JO_WORDS
