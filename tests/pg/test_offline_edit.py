"""Losing the team server mid-edit loses nothing (issue 18, "Working together").

The app reaches the session's PostgreSQL through a TCP forwarder (tests/pg_proxy.py)
that a test cuts and restores, so the server itself keeps running for other tests.
Service level: a save on a cut connection fails within seconds with ServerUnreachable
(never a hang, never a raw driver error), and the next save after the road is back
succeeds on the same open library. Window level: the editor says it is offline, keeps
the typed words on screen, and saves them when the server is back.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import closing

import pytest
from sqlalchemy import event, text

from lifebook.model.enums import BookKind
from lifebook.model.richtext import RichText
from lifebook.services import books, children, pages, reconnect
from lifebook.services.content import load_book_content
from lifebook.store.db import Library, ServerUnreachable
from tests.pg_proxy import PgProxy
from tests.pg_server import Team

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")

WORDS = "Poppy loves her new school."
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
    assert "team server cannot be reached" in str(refused.value)
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
