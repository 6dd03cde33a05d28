"""On-demand benchmark: 20 workers editing their own books at once on one team server.

Issue 18: a team of 10 to 50 shares one PostgreSQL library. This starts a
throw-away PostgreSQL on 127.0.0.1 (as the tests do, see tests/pg_server.py),
sets it up with ``lifebook server init``, adds one login per worker, and then
runs one thread per worker, each with its own library connection as its own
login (so row-level security is in play). Each worker adds a child and a book,
then saves the words of its pages over and over, each save made on the page's
current version (as the editor does), for the given time. At the end every
page must hold the last words its worker saved: no edit may be lost.

    python tests/perf/bench_team_server.py                 # 20 workers, 60 seconds
    python tests/perf/bench_team_server.py --workers 5 --seconds 10
    python tests/perf/bench_team_server.py --watch         # each with an editor's watcher open

With ``--watch`` each worker also keeps its book's watcher open, as an open editor
does (``services.page_watch``: LISTEN on the library's one channel, and a read of
its own book's versions when woken, at most once a second), so every save wakes
all twenty; it reports how many of those reads were made.

Prints the saves per second, the median and slowest save, and whether any edit
was lost. Needs PostgreSQL (Debian: apt-get install postgresql) and psycopg.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import threading
import time
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_ROOT = _HERE.parents[1]
if str(_ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(_ROOT))

from lifebook.cli import main as lifebook  # noqa: E402
from lifebook.model.enums import BookKind  # noqa: E402
from lifebook.services import books, children, pages  # noqa: E402
from lifebook.services.content import load_book_content  # noqa: E402
from lifebook.services.page_watch import book_changes, watch_book  # noqa: E402
from lifebook.store.db import Library  # noqa: E402
from tests.pg_server import OWNER, OWNER_PASSWORD, start_server, why_no_server  # noqa: E402


def _watching(lib: Library, book_id: int, page_ids: list[int], deadline: list[float],
              looks: list[int], errors: list[str], name: str) -> None:
    """An open editor's watcher: wakes on any save in the library, reads its own book's versions."""
    watch = watch_book(lib, book_id)
    try:
        while time.monotonic() < deadline[0] or not deadline[0]:
            if watch.due():
                book_changes(lib, book_id, {}, page_ids)
                looks.append(1)
            time.sleep(0.25)  # the editor's timer asks this often (ui/editor/watch.py TICK_MS)
        if getattr(watch, "failed", ""):
            errors.append(f"{name}: the watcher stopped listening: {watch.failed}")  # type: ignore[attr-defined]
    finally:
        watch.stop()


def _worker(url: str, name: str, deadline: list[float], timings: list[float], last: dict,
            errors: list[str], ready: threading.Barrier, looks: list[int] | None = None) -> None:
    lib = Library.open_server(url)
    watcher: threading.Thread | None = None
    try:
        child = children.add_child(lib, f"Child of {name}")
        book = books.new_book(lib, child.id, BookKind.LIFE_STORY)
        page_ids = [p.id for p in books.list_pages(lib, book.id)]
        versions = {pid: pages.page_version(lib, pid) for pid in page_ids}
        if looks is not None:
            watcher = threading.Thread(target=_watching, args=(
                lib, book.id, page_ids, deadline, looks, errors, name), daemon=True)
            watcher.start()
        ready.wait()  # the clock starts once every worker has set up its book
        n = 0
        while time.monotonic() < deadline[0]:
            pid = page_ids[n % len(page_ids)]
            words = f"{name} wrote this, save {n}."
            start = time.perf_counter()
            pages.set_frame_text(lib, pid, "heading", words, expected_version=versions[pid])
            timings.append(time.perf_counter() - start)
            versions[pid] += 1
            last[(name, book.id, pid)] = words
            n += 1
        content = load_book_content(lib, book.id)
        for (who, _book, pid), words in last.items():
            if who != name:
                continue
            page = next(p for p in content.pages if p.page_id == pid)
            if page.frames["heading"].text != words:
                errors.append(f"{name}: page {pid} lost its last save")
    except Exception as exc:  # noqa: BLE001 - a benchmark reports every failure
        errors.append(f"{name}: {type(exc).__name__}: {exc}")
        ready.abort()
    finally:
        if watcher is not None:
            watcher.join(10)
        lib.close()


def run(workers: int, seconds: float, watch: bool = False) -> int:
    reason = why_no_server()
    if reason:
        print(f"cannot run: {reason}")
        return 2
    # room for every worker's connections and listener, as a council's server would have
    server = start_server(max_connections=max(100, workers * 6))
    try:
        owner = server.new_database()
        assert lifebook(["server", "init", "--url", owner]) == 0
        secret = server.root / "bench.pw"
        secret.write_text("bench-secret\n", encoding="utf-8")
        urls = {}
        for i in range(workers):
            name = f"worker{i:02d}"
            assert lifebook(["server", "add-user", "--url", owner, "--name", name, "--role",
                             "worker", "--password-file", str(secret)]) == 0
            urls[name] = owner.replace(f"{OWNER}:{OWNER_PASSWORD}", f"{name}:bench-secret")
        timings: list[float] = []
        looks: list[int] | None = [] if watch else None
        last: dict = {}
        errors: list[str] = []
        deadline = [0.0]
        ready = threading.Barrier(
            workers + 1, action=lambda: deadline.__setitem__(0, time.monotonic() + seconds))
        threads = [threading.Thread(target=_worker, args=(
            u, n, deadline, timings, last, errors, ready, looks)) for n, u in urls.items()]
        for t in threads:
            t.start()
        with contextlib.suppress(threading.BrokenBarrierError):
            ready.wait()  # a worker that failed to set up breaks it: its error is reported below
        started = time.monotonic()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - started
    finally:
        server.stop()
    ms = sorted(t * 1000 for t in timings)
    print(f"{workers} workers for {elapsed:.0f} s: {len(ms)} saves, "
          f"{len(ms) / elapsed:.0f} saves a second")
    if ms:
        print(f"save time: median {statistics.median(ms):.1f} ms, 95th percentile "
              f"{ms[int(len(ms) * 0.95) - 1]:.1f} ms, slowest {ms[-1]:.1f} ms")
    if looks is not None:
        print(f"open editors' watchers: {len(looks)} reads of their own book's versions "
              f"({len(looks) / elapsed / workers:.2f} a second each)")
    print("lost edits: none" if not errors else "PROBLEMS:\n  " + "\n  ".join(errors))
    return 0 if not errors else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--watch", action="store_true", help="each worker also has an editor's watcher open")
    args = parser.parse_args()
    sys.exit(run(args.workers, args.seconds, args.watch))
