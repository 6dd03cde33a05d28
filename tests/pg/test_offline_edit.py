"""Losing the team server mid-edit loses nothing (issue 18, "Working together").

The app reaches the session's PostgreSQL through a TCP forwarder (tests/pg_proxy.py)
that a test cuts and restores, so the server itself keeps running for other tests.
Service level: a save on a cut connection fails within seconds with ServerUnreachable
(never a hang, never a raw driver error), and the next save after the road is back
succeeds on the same open library. Window level: the editor says it is offline, keeps
the typed words on screen, and saves them when the server is back.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import event, text

from lifebook.model.enums import BookKind
from lifebook.model.richtext import RichText
from lifebook.services import books, children, pages, photos, reconnect
from lifebook.services.content import load_book_content
from lifebook.store.db import Library, ServerUnreachable
from lifebook.ui.editor import offline
from lifebook.ui.editor.editor import BookEditor
from lifebook.ui.jobs import InlineJobRunner
from lifebook.ui.main_window import MainWindow
from tests.pg_proxy import PgProxy
from tests.pg_server import Team
from tests.ui.modal_helpers import when_modal
from tests.ui.two_people import MY_WORDS, text_page, type_in_panel

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")

WORDS = "Poppy went to the seaside."
FEW_SECONDS = 8.0  # connect_timeout is 3 s: well under this, never a hang


@pytest.fixture
def proxy(team: Team) -> Iterator[PgProxy]:
    road = PgProxy(team.server.port)
    yield road
    road.stop()


@pytest.fixture
def jo_far(team: Team, proxy: PgProxy) -> Iterator[tuple[Library, int]]:
    """Jo's library through the proxy, with her child's book; the id of its first text frame's page."""
    jo = Library.open_server(proxy.url(team.jo))
    child = children.add_child(jo, "Poppy Jones")
    book = books.new_book(jo, child.id, BookKind.LIFE_STORY)
    yield jo, book.id
    jo.close()


def _stored(library: Library, book_id: int, page_id: int, key: str = "heading") -> str:
    page = next(p for p in load_book_content(library, book_id).pages if p.page_id == page_id)
    return page.frames[key].text if key in page.frames else ""


def _first_page(library: Library, book_id: int) -> int:
    return books.list_pages(library, book_id)[0].id


@pytest.mark.parametrize("hang", [True, False], ids=["network-gone", "server-down"])
def test_a_save_on_a_cut_connection_fails_in_seconds_in_words_and_the_next_succeeds(
        team: Team, proxy: PgProxy, jo_far: tuple[Library, int], hang: bool) -> None:
    jo, book_id = jo_far
    page_id = _first_page(jo, book_id)
    pages.set_frame_text(jo, page_id, "heading", "Before")  # a pooled connection, in use

    proxy.cut(hang=hang)
    started = time.monotonic()
    with pytest.raises(ServerUnreachable) as refused:
        pages.set_frame_text(jo, page_id, "heading", WORDS)
    assert time.monotonic() - started < FEW_SECONDS
    assert str(refused.value).startswith("the team server postgresql://jo@127.0.0.1:")
    assert "cannot be reached just now" in str(refused.value)
    assert "secret" not in str(refused.value)  # never the password
    assert "psycopg" not in str(refused.value)
    with pytest.raises(ServerUnreachable):  # reads too, not a raw driver error
        pages.page_version(jo, page_id)
    assert not reconnect.reachable(jo)

    proxy.restore()
    pages.set_frame_text(jo, page_id, "heading", WORDS)  # the same open library, no restart
    with closing(Library.open_server(team.jo)) as direct:  # straight to the server
        assert _stored(direct, book_id, page_id) == WORDS


def test_a_connection_ended_on_the_server_between_two_saves_is_replaced_unseen(
        team: Team, jo_far: tuple[Library, int]) -> None:
    jo, book_id = jo_far
    page_id = _first_page(jo, book_id)
    pages.set_frame_text(jo, page_id, "heading", "Before")
    ended = _end_jos_connections(team)
    assert ended >= 1
    pages.set_frame_text(jo, page_id, "heading", WORDS)  # no error: a new connection
    assert _stored(jo, book_id, page_id) == WORDS


def _end_jos_connections(team: Team) -> int:
    with team.server.connect_super() as conn:
        rows = conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                            "WHERE usename = 'jo' AND application_name = 'Lifebook'").fetchall()
    time.sleep(0.2)  # the backends end a moment after being told
    return len(rows)


def test_a_change_whose_connection_broke_before_commit_is_made_again_at_once(
        team: Team, jo_far: tuple[Library, int]) -> None:
    jo, book_id = jo_far
    page_id = _first_page(jo, book_id)
    attempts: list[int] = []

    def rename() -> None:
        with jo.transaction() as s:
            attempts.append(1)
            s.execute(text("SELECT 1"))
            if len(attempts) == 1:
                _end_jos_connections(team)  # the network blinks mid-change
            s.execute(text("SELECT 1"))
        pages.set_frame_text(jo, page_id, "heading", WORDS)

    with pytest.raises(ServerUnreachable) as broke:
        reconnect.retrying(rename, pauses=())  # without retries: the specific error
    assert not broke.value.outcome_unknown and not broke.value.on_connect
    attempts.clear()
    reconnect.retrying(rename)
    assert len(attempts) == 2
    assert _stored(jo, book_id, page_id) == WORDS


def test_a_commit_that_went_unanswered_is_not_repeated_blindly(
        proxy: PgProxy, jo_far: tuple[Library, int]) -> None:
    """The connection goes just as COMMIT is sent: the outcome is unknown, and the page's
    version tells whether the save landed before anything is saved again."""
    jo, book_id = jo_far
    page_id = _first_page(jo, book_id)
    version = pages.page_version(jo, page_id)
    calls = 0

    def cut_at_commit(_conn: object) -> None:
        proxy.cut(hang=False)

    event.listen(jo.engine, "commit", cut_at_commit)
    try:
        def save() -> None:
            nonlocal calls
            calls += 1
            pages.set_frame_text(jo, page_id, "heading", WORDS, expected_version=version)

        with pytest.raises(ServerUnreachable) as unsure:
            reconnect.retrying(save)
    finally:
        event.remove(jo.engine, "commit", cut_at_commit)
    assert unsure.value.outcome_unknown
    assert calls == 1  # never retried blindly
    proxy.restore()
    sent = RichText(WORDS)
    assert not reconnect.save_landed(jo, page_id, "heading", sent, version)  # it did not land
    pages.set_frame_text(jo, page_id, "heading", WORDS, expected_version=version)
    # had it landed, the page is one version on, changed by Jo, with exactly these words
    assert reconnect.save_landed(jo, page_id, "heading", sent, version)
    assert not reconnect.save_landed(jo, page_id, "heading", RichText("Other words"), version)
    pages.set_frame_text(jo, page_id, "heading", "More", expected_version=version + 1)
    assert not reconnect.save_landed(jo, page_id, "heading", sent, version)


# --- in the window --------------------------------------------------------------------------


@pytest.fixture
def editor(qtbot, jo_far: tuple[Library, int], monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Jo's book in an editor at 1366 x 768, on the library through the proxy."""
    monkeypatch.setattr(offline, "RETRY_MS", 200)  # the test need not wait 3 s per try
    jo, book_id = jo_far
    widget = BookEditor(jo, book_id, runner=InlineJobRunner())
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    yield widget
    widget.watch.stop()


def _typed(qtbot, editor: BookEditor, page_id: int, words: str) -> None:  # type: ignore[no-untyped-def]
    type_in_panel(qtbot, editor, page_id, words)
    qtbot.waitUntil(lambda: not editor.typing.pending, timeout=8000)  # the pause that saves
    editor.typing.end_burst()


def test_the_editor_keeps_the_words_while_offline_and_saves_them_when_back(
        qtbot, team: Team, proxy: PgProxy, editor: BookEditor) -> None:  # type: ignore[no-untyped-def]
    page_id = text_page(editor)
    book_id = editor.doc.book_id
    _typed(qtbot, editor, page_id, "Poppy")
    with closing(Library.open_server(team.jo)) as direct:
        assert _stored(direct, book_id, page_id, "text") == "Poppy"

    proxy.cut(hang=False)
    _typed(qtbot, editor, page_id, MY_WORDS)
    # a calm bar under the page, no dialog; the words are on screen and on the page
    assert editor.notice.isVisible()
    assert editor.notice.message.text() == (
        "The team server cannot be reached. Your changes are kept on this laptop and will be "
        "saved when it is back.")
    assert QApplication.activeModalWidget() is None
    assert editor.properties.text_edit.toPlainText() == MY_WORDS
    page = editor.doc.page(page_id)
    assert page is not None and page.frames["text"].text == MY_WORDS
    assert not editor.undo_action.isEnabled()  # undo needs the server: it waits
    # more typing while offline is kept too, and never waits on the server
    started = time.monotonic()
    _typed(qtbot, editor, page_id, MY_WORDS + " And maths.")
    assert time.monotonic() - started < 2.5
    editor.properties.undo()  # Ctrl+Z needs the server too: nothing changes, and the bar says so
    assert editor.notice.message.text().startswith(
        "The team server cannot be reached, so that change was not made.")
    assert editor.properties.text_edit.toPlainText() == MY_WORDS + " And maths."
    kept = reconnect.kept_unsaved(editor.doc.library)  # on this laptop, should it close now
    assert [(w.page_id, w.text) for w in kept] == [(page_id, MY_WORDS + " And maths.")]
    with closing(Library.open_server(team.jo)) as direct:
        assert _stored(direct, book_id, page_id, "text") == "Poppy"

    # meanwhile a manager changes another page: the editor catches up when it is back
    other = next(p.page_id for p in editor.doc.pages if p.page_id != page_id)
    with closing(Library.open_server(team.mo)) as mo:
        pages.set_frame_text(mo, other, "heading", "Mo's heading")

    proxy.restore()
    qtbot.waitUntil(lambda: editor.notice.message.text().startswith(
        "Back online; your changes are saved."), timeout=8000)
    with closing(Library.open_server(team.jo)) as direct:
        assert _stored(direct, book_id, page_id, "text") == MY_WORDS + " And maths."
    number = next(p.number for p in editor.doc.pages if p.page_id == other)
    assert editor.notice.message.text() == (
        f"Back online; your changes are saved. mo changed page {number}.")
    page = editor.doc.page(other)
    assert page is not None and page.frames["heading"].text == "Mo's heading"
    watcher = editor.watch.watch  # listening again (its listener ended with the connection)
    assert watcher.alive and watcher.listening.wait(10)  # type: ignore[attr-defined]
    assert reconnect.kept_unsaved(editor.doc.library) == []
    assert editor.properties.text_edit.toPlainText() == MY_WORDS + " And maths."
    # an ordinary undo step again
    assert editor.undo_action.isEnabled()
    editor.properties.undo()
    with closing(Library.open_server(team.jo)) as direct:
        assert _stored(direct, book_id, page_id, "text") == "Poppy"


def test_a_connection_ended_between_two_saves_in_the_editor_goes_unnoticed(
        qtbot, team: Team, editor: BookEditor) -> None:  # type: ignore[no-untyped-def]
    page_id = text_page(editor)
    _typed(qtbot, editor, page_id, "Poppy")
    assert _end_jos_connections(team) >= 1
    _typed(qtbot, editor, page_id, MY_WORDS)
    assert not editor.notice.isVisible()
    with closing(Library.open_server(team.jo)) as direct:
        assert _stored(direct, editor.doc.book_id, page_id, "text") == MY_WORDS


def test_closing_while_offline_asks_and_the_words_are_saved_next_time_with_their_version(
        qtbot, team: Team, proxy: PgProxy, editor: BookEditor) -> None:  # type: ignore[no-untyped-def]
    page_id = text_page(editor)
    book_id = editor.doc.book_id
    jo = editor.doc.library
    _typed(qtbot, editor, page_id, "Poppy")
    proxy.cut(hang=False)
    _typed(qtbot, editor, page_id, MY_WORDS)
    assert editor.offline.offline

    seen = when_modal(_click("Keep Lifebook open"))
    assert not editor.offline.may_close()
    assert seen and "cannot be reached" in seen[0].text()  # type: ignore[attr-defined]
    when_modal(_click("Close and keep them on this laptop"))
    assert editor.offline.may_close()
    editor.watch.stop()
    editor.close()

    # a manager changes the page while Jo is away: Jo's words must not overwrite it
    proxy.restore()
    with closing(Library.open_server(team.mo)) as mo:
        pages.set_frame_text(mo, page_id, "heading", "Mo's heading",
                             expected_version=pages.page_version(mo, page_id))
    again = BookEditor(jo, book_id, runner=InlineJobRunner())
    qtbot.addWidget(again)
    try:
        # Mo's change is caught by the version the words were typed on: the conflict path
        assert again.notice.message.text().startswith("mo changed this page a moment ago.")
        assert _stored(jo, book_id, page_id, "heading") == "Mo's heading"
        assert _stored(jo, book_id, page_id, "text") == "Poppy"  # Mo's page as Mo left it
        again.properties.undo()  # Ctrl+Z: Jo's words back, Mo's heading kept
        assert _stored(jo, book_id, page_id, "text") == MY_WORDS
        assert _stored(jo, book_id, page_id, "heading") == "Mo's heading"
        assert reconnect.kept_unsaved(jo) == []
    finally:
        again.watch.stop()


def _click(label: str):  # type: ignore[no-untyped-def]
    def handle(box) -> None:  # type: ignore[no-untyped-def]
        button = next(b for b in box.buttons() if b.text() == label)
        button.click()
    return handle


def test_a_colleagues_change_while_offline_is_caught_when_the_words_are_saved(
        qtbot, team: Team, proxy: PgProxy, editor: BookEditor) -> None:  # type: ignore[no-untyped-def]
    page_id = text_page(editor)
    book_id = editor.doc.book_id
    proxy.cut(hang=False)
    _typed(qtbot, editor, page_id, MY_WORDS)
    assert editor.offline.offline
    with closing(Library.open_server(team.mo)) as mo:  # Mo writes on the same page meanwhile
        pages.set_frame_text(mo, page_id, "text", "Mo's words",
                             expected_version=pages.page_version(mo, page_id))
    proxy.restore()
    qtbot.waitUntil(lambda: not editor.offline.offline, timeout=8000)
    # refused, not written over Mo's: the conflict notice, with my words one step away
    assert editor.notice.message.text().startswith("mo changed this page a moment ago.")
    assert editor.properties.text_edit.toPlainText() == "Mo's words"
    qtbot.mouseClick(editor.notice.undo_button, Qt.MouseButton.LeftButton)  # "Put my words back"
    with closing(Library.open_server(team.jo)) as direct:
        assert _stored(direct, book_id, page_id, "text") == MY_WORDS


def test_closing_the_window_while_offline_asks_first(
        qtbot, team: Team, proxy: PgProxy, jo_far: tuple[Library, int]) -> None:  # type: ignore[no-untyped-def]
    jo, book_id = jo_far
    window = MainWindow(jo, InlineJobRunner())
    qtbot.addWidget(window)
    window.show()
    window.open_book(book_id)
    editor = window.editor
    assert editor is not None
    page_id = text_page(editor)
    proxy.cut(hang=False)
    _typed(qtbot, editor, page_id, MY_WORDS)
    assert editor.notice.isVisible()

    when_modal(_click("Keep Lifebook open"))
    window.close()
    assert window.isVisible() and window.editor is editor  # nothing closed
    when_modal(_click("Close and keep them on this laptop"))
    window.close()
    assert not window.isVisible()
    assert [(w.page_id, w.text) for w in reconnect.kept_unsaved(jo)] == [(page_id, MY_WORDS)]


def test_a_photo_not_yet_on_this_laptop_is_missing_while_offline_not_an_error(
        proxy: PgProxy, jo_far: tuple[Library, int], tmp_path: Path) -> None:
    jo, book_id = jo_far
    child_id = load_book_content(jo, book_id).child_id
    photo = tmp_path / "beach.jpg"
    Image.new("RGB", (640, 480), "skyblue").save(photo, "JPEG")
    [item] = photos.import_photos(jo, child_id, [photo], use_agreed=True).imported
    shutil.rmtree(jo.media.root)  # only on the server now
    proxy.cut(hang=False)
    assert not jo.media.path_for(item.sha256, item.format).exists()  # shown as missing
    proxy.restore()
    assert jo.media.path_for(item.sha256, item.format).is_file()  # fetched once it is back


def test_words_typed_on_a_page_deleted_while_offline_are_shown_in_full_not_dropped(
        qtbot, team: Team, proxy: PgProxy, editor: BookEditor) -> None:  # type: ignore[no-untyped-def]
    page_id = text_page(editor)
    proxy.cut(hang=False)
    _typed(qtbot, editor, page_id, MY_WORDS)
    assert editor.offline.offline
    with closing(Library.open_server(team.mo)) as mo:  # Mo deletes that page meanwhile
        pages.delete_page(mo, page_id)
    proxy.restore()
    qtbot.waitUntil(lambda: not editor.offline.offline, timeout=8000)
    dialog = editor.findChild(QDialog, "orphanedWords")
    assert dialog is not None and dialog.isVisible()
    assert dialog.text.toPlainText() == MY_WORDS  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    clipboard = QApplication.clipboard()
    assert clipboard is not None and clipboard.text() == MY_WORDS
    assert reconnect.kept_unsaved(editor.doc.library) == []  # shown, so no longer waiting to be saved
    dialog.close()
