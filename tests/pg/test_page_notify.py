"""On a team server the editor is told of other people's changes by PostgreSQL NOTIFY.

``lifebook server init`` installs a trigger that notifies one channel, with no
payload, when any page's version or place moves (team_policies): a listener learns
nothing about books it may not see, and each editor reads its own book's versions. Jo (a worker) changes a page of her
child's book; the manager Mo has the book open in the editor, which listens on a
connection of its own in a background thread, and refreshes at once (no polling:
the poll interval is set to an hour here). Closing the editor ends the thread.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from lifebook.model.enums import BookKind
from lifebook.services import books, children, pages
from lifebook.store.db import Library
from lifebook.store.page_notify import THREAD_NAME, NotifyWatch, watch_book
from lifebook.ui.editor import watch
from lifebook.ui.editor.editor import BookEditor
from lifebook.ui.jobs import InlineJobRunner
from tests.pg_server import Team

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")

JO_WORDS = "Poppy went to the seaside with Jo."


@pytest.fixture
def jo_and_mo(team: Team) -> Iterator[tuple[Library, Library, int]]:
    """Jo (a worker) with her child's book; Mo (a manager) with the same library open."""
    jo, mo = Library.open_server(team.jo), Library.open_server(team.mo)
    child = children.add_child(jo, "Poppy Jones")
    book = books.new_book(jo, child.id, BookKind.LIFE_STORY)
    yield jo, mo, book.id
    jo.close()
    mo.close()


def _listeners() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == THREAD_NAME and t.is_alive()]


def _woken(watcher: NotifyWatch) -> None:
    for _ in range(50):
        if watcher.due():
            return
        threading.Event().wait(0.1)
    pytest.fail(f"no notification arrived ({watcher.failed or 'listening'})")


def test_the_watcher_is_told_when_a_page_changes_and_the_read_finds_which(
        jo_and_mo: tuple[Library, Library, int]) -> None:
    from lifebook.services.page_watch import book_changes

    jo, mo, book_id = jo_and_mo
    known = pages.page_versions(mo, book_id)
    order = [p.id for p in books.list_pages(mo, book_id)]
    watcher = watch_book(mo, book_id, poll_seconds=3600)
    try:
        assert isinstance(watcher, NotifyWatch)
        assert watcher.listening.wait(10), watcher.failed
        assert not watcher.due()
        # another book's change wakes it too (the notice names no book), and the read finds
        # nothing changed in this one
        other = books.new_book(jo, children.add_child(jo, "Sam Smith").id, BookKind.LIFE_STORY)
        pages.set_frame_text(jo, books.list_pages(jo, other.id)[0].id, "heading", "Not this book")
        _woken(watcher)
        assert book_changes(mo, book_id, known, order).empty
        page = order[1]
        pages.set_frame_text(jo, page, "heading", JO_WORDS)
        _woken(watcher)
        assert [c.page_id for c in book_changes(mo, book_id, known, order).changed] == [page]
    finally:
        watcher.stop()
    assert not watcher.alive


def test_the_open_editor_refreshes_when_jo_changes_a_page_and_its_thread_ends_on_close(
        qtbot, jo_and_mo: tuple[Library, Library, int], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(watch, "POLL_SECONDS", 3600.0)  # only a notification can refresh it
    jo, mo, book_id = jo_and_mo
    editor = BookEditor(mo, book_id, runner=InlineJobRunner())  # deleted below, as on closing
    editor.show()
    watcher = editor.watch.watch
    assert isinstance(watcher, NotifyWatch)
    assert watcher.listening.wait(10), watcher.failed
    page = books.list_pages(jo, book_id)[1].id
    number = next(p.number for p in editor.doc.pages if p.page_id == page)

    pages.set_frame_text(jo, page, "heading", JO_WORDS,
                         expected_version=pages.page_version(jo, page))

    def shown() -> str:
        content = editor.doc.page(page)
        return content.frames["heading"].text if content and "heading" in content.frames else ""

    qtbot.waitUntil(lambda: shown() == JO_WORDS, timeout=5000)
    assert editor.notice.message.text() == f"jo changed page {number}."
    assert editor.doc.versions[page] == pages.page_version(mo, page)

    # closing the editor ends the listening thread: nothing outlives it
    assert _listeners()
    editor.close()
    editor.deleteLater()
    qtbot.waitUntil(lambda: not watcher.alive, timeout=5000)
    assert not _listeners()


def test_sam_listening_learns_nothing_about_jos_book(team: Team) -> None:
    """Any login may LISTEN on any channel: the notice names no book and no page."""
    import psycopg

    from lifebook.services.page_watch import book_changes
    from lifebook.store.page_notify import CHANNEL

    jo, sam = Library.open_server(team.jo), Library.open_server(team.sam)
    try:
        child = children.add_child(jo, "Poppy Jones")
        book_id = books.new_book(jo, child.id, BookKind.LIFE_STORY).id
        page = books.list_pages(jo, book_id)[1].id
        sams_book = books.new_book(sam, children.add_child(sam, "Sam's Child").id,
                                   BookKind.LIFE_STORY).id
        known = pages.page_versions(sam, sams_book)
        order = list(known)
        with psycopg.connect(team.sam, autocommit=True) as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            conn.execute(f"LISTEN lifebook_book_{book_id}")  # the old, per-book channel
            conn.execute(f"LISTEN lifebook_book_{book_id}_{page}")
            pages.set_frame_text(jo, page, "heading", JO_WORDS)
            pages.add_page(jo, book_id, "text-only")
            notes = list(conn.notifies(timeout=2, stop_after=2))
        assert notes, "the change woke nobody"
        assert {(n.channel, n.payload) for n in notes} == {(CHANNEL, "")}  # no book, no page
        assert str(book_id) not in CHANNEL
        # woken, Sam's editor reads its own book: nothing changed there, and Jo's is not seen
        assert book_changes(sam, sams_book, known, order).empty
        assert book_changes(sam, book_id, {}, []).empty  # row-level security: not even its pages
        assert book_changes(jo, book_id, {}, []).added  # (Jo, of course, sees hers)
    finally:
        jo.close()
        sam.close()
