"""Noticing that someone else changed a book's pages: a light watcher, with no Qt.

Two people can have the same book open: two windows on one library file, or
two workers on a team server. The editor asks its watcher ``due()`` from a
timer on its own thread; when it answers True, the editor reads the book's page
versions once (``services.page_watch.book_changes``) and shows what moved.

- On a laptop library (SQLite) there is nobody to tell us: ``PollWatch`` is due
  every few seconds, and the read it leads to is one small query.
- On a team server (PostgreSQL) a trigger (installed by ``lifebook server init``,
  see ``team_policies``) sends an empty ``pg_notify`` on one channel for the whole
  library whenever any page's version or place moves, or a page is added or
  deleted. Any login may LISTEN on any channel, so the notice says nothing: not
  the book, not the page. An editor woken by it reads its own book's versions
  through its own row-level security (one small query), and learns of nothing
  it may not see; a wake-up for someone else's book finds no change. ``NotifyWatch``
  listens on a connection of its own, in a background thread that wakes at least
  every half second to see whether it should stop, so closing the editor ends it
  at once. The thread only sets a flag; it never touches the editor. If it
  cannot listen (the connection drops), the watch falls back to polling.
"""

from __future__ import annotations

import contextlib
import threading
import time
from typing import TYPE_CHECKING, Any

from lifebook.store.team_policies import NOTIFY_CHANNEL

if TYPE_CHECKING:
    from lifebook.store.db import Library

NOTIFY_WAKE_S = 0.5  # how often the listener looks up to see whether it should stop
# every page saved anywhere in the library wakes every open editor (the notice cannot say
# which book), so each editor looks at most this often: one small query a second at most
NOTIFIED_GAP_S = 1.0
SAFETY_POLL_S = 60.0  # with notifications, look anyway this often (a notice lost in a reconnect)
THREAD_NAME = "lifebook-page-notify"


CHANNEL = NOTIFY_CHANNEL  # the trigger's one channel, for every book


class PollWatch:
    """Due every ``interval`` seconds (the first time at once, after ``interval``)."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self._last = time.monotonic()
        self.stopped = False

    def due(self) -> bool:
        now = time.monotonic()
        if self.stopped or now - self._last < self.interval:
            return False
        self._last = now
        return True

    def stop(self) -> None:
        self.stopped = True

    @property
    def alive(self) -> bool:
        """Whether a background thread is still running (never, for polling)."""
        return False


class NotifyWatch(PollWatch):
    """Due when the server says a page changed (or, as a safety net, once a minute).

    The notice does not say which book: the editor's read finds whether it was its own.
    """

    def __init__(self, conninfo: str, poll_seconds: float) -> None:
        super().__init__(SAFETY_POLL_S)
        self._poll_seconds = poll_seconds
        self._conninfo = conninfo
        self._notified = threading.Event()
        self._stopping = threading.Event()
        self.listening = threading.Event()  # set once LISTEN is in place (tests wait for it)
        self.failed = ""  # why listening stopped, if it did before stop()
        self._thread = threading.Thread(target=self._run, name=THREAD_NAME, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            import psycopg

            with psycopg.connect(self._conninfo, autocommit=True, connect_timeout=10,
                                 application_name="Lifebook (changes)") as conn:
                conn.execute(f"LISTEN {CHANNEL}")
                self.listening.set()
                while not self._stopping.is_set():
                    for _note in conn.notifies(timeout=NOTIFY_WAKE_S):
                        self._notified.set()
        except Exception as exc:  # noqa: BLE001 - any failure: fall back to polling, say why
            if not self._stopping.is_set():
                self.failed = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                self.interval = self._poll_seconds

    def due(self) -> bool:
        if self.stopped:
            return False
        if self._notified.is_set() and time.monotonic() - self._last >= NOTIFIED_GAP_S:
            self._notified.clear()
            self._last = time.monotonic()
            return True
        return super().due()

    def stop(self, wait: float = 5.0) -> None:
        """Stop listening; returns once the thread has ended (it wakes every half second)."""
        super().stop()
        self._stopping.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(wait)

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()


def _conninfo(library: Library) -> str:
    url: Any = library.engine.url
    return str(url.set(drivername="postgresql").render_as_string(hide_password=False))


def watch_book(library: Library, book_id: int, poll_seconds: float = 3.0) -> PollWatch:
    """The watcher for one open book: notifications on a team server, polling on a laptop.

    (On a server the notice names no book, so ``book_id`` only matters to the read it leads to.)
    """
    if library.is_server:
        with contextlib.suppress(ImportError):
            import psycopg  # noqa: F401

            return NotifyWatch(_conninfo(library), poll_seconds)
    return PollWatch(poll_seconds)
