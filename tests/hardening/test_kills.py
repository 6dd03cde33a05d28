"""SIGKILL at random moments: the library, the user's folders and the processes stay clean.

Real ``python -m lifebook`` processes are killed (seeded, so a failure can be
replayed) while they create a library, import photos, export a book or
upgrade an old library. After every kill:

- SQLite's ``integrity_check`` is ok and the library opens for the next command;
- every photo the library lists is present, with the hash it was stored under;
- no ``.part`` file is left once the next command has run;
- no process the killed command started is alive 5 seconds later.

Marked ``slow`` (a few minutes); CI runs it with the rest.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli.cli_helpers import cli_env, run

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(sys.platform != "linux", reason="reads /proc and sends SIGKILL")]

RUNS = 20
SAMPLE_0001 = Path(__file__).resolve().parents[1] / "store" / "samples" / "library-rev0001.sql"


def _descendants(pid: int) -> set[int]:
    """Every live process started (directly or not) by ``pid``."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                parents[int(entry.name)] = int(fields[1])
            except (OSError, IndexError, ValueError):
                continue
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _kill_after(workdir: Path, delay: float, *args: object, library: Path) -> set[int]:
    """Start ``lifebook --library LIB ARGS``, SIGKILL it after ``delay`` s; its helpers' pids."""
    cmd = [sys.executable, "-m", "lifebook", "--library", str(library), *map(str, args)]
    proc = subprocess.Popen(cmd, cwd=workdir, env=cli_env(workdir), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    end = time.monotonic() + delay
    helpers: set[int] = set()
    while time.monotonic() < end and proc.poll() is None:
        helpers |= _descendants(proc.pid)
        time.sleep(0.02)
    helpers |= _descendants(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return helpers


def _no_helpers_left(helpers: set[int]) -> None:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(_alive(p) for p in helpers):
        time.sleep(0.1)
    assert not [p for p in helpers if _alive(p)], "processes outlived the killed command"


def _integrity(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()


def _photos_whole(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT sha256, format FROM media_items").fetchall()
    finally:
        conn.close()
    media = db.with_name(db.stem + ".media")
    for sha, fmt in rows:
        stored = media / sha[:2] / f"{sha}.{fmt}"
        assert hashlib.sha256(stored.read_bytes()).hexdigest() == sha
    return len(rows)


def _parts(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*.part")] if folder.exists() else []


def _ok(proc: subprocess.CompletedProcess) -> None:
    assert proc.returncode == 0, (proc.returncode, proc.stderr)


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    from photo_files import write_jpeg

    folder = tmp_path_factory.mktemp("photos")
    return [write_jpeg(folder / f"p{n:02d}.jpg", (2400, 1800), colour=(20 * n % 255, 90, 160))
            for n in range(12)]


@pytest.fixture(scope="module")
def demo_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    _ok(run(folder, "demo", library=folder / "lib.sqlite3"))
    return folder / "lib.sqlite3"


def test_kills_while_creating_a_library(tmp_path: Path) -> None:
    rng = random.Random(19001)
    for n in range(RUNS):
        folder = tmp_path / f"run{n}"
        folder.mkdir()
        db = folder / "lib.sqlite3"
        helpers = _kill_after(folder, rng.uniform(0.2, 1.6), "add-child", "--name", "Ruby",
                              library=db)
        _no_helpers_left(helpers)
        proc = run(folder, "children", "--json", library=db)
        _ok(proc)
        _integrity(db)
        assert not list(folder.glob(".creating-*")), "a half-built library was left behind"


def test_kills_while_importing(tmp_path: Path, photos: list[Path]) -> None:
    rng = random.Random(19002)
    base = tmp_path / "base"
    base.mkdir()
    _ok(run(base, "add-child", "--name", "Ruby", library=base / "lib.sqlite3"))
    for n in range(RUNS):
        folder = tmp_path / f"run{n}"
        shutil.copytree(base, folder)
        db = folder / "lib.sqlite3"
        helpers = _kill_after(folder, rng.uniform(0.5, 3.0), "import-photos", "--child", 1,
                              *photos, library=db)
        _no_helpers_left(helpers)
        _integrity(db)
        _photos_whole(db)
        _ok(run(folder, "children", library=db))  # the next command opens and tidies
        assert not _parts(folder / "lib.media"), "import left temporary files"


def test_kills_while_exporting(tmp_path: Path, demo_library: Path) -> None:
    rng = random.Random(19003)
    out = tmp_path / "exports"
    out.mkdir()
    for n in range(RUNS):
        folder = tmp_path / f"run{n}"
        shutil.copytree(demo_library.parent, folder)
        db = folder / "lib.sqlite3"
        target = out / "poppy.pdf"
        helpers = _kill_after(folder, rng.uniform(0.5, 3.5), "export", "--book", 1, "--out",
                              target, library=db)
        _no_helpers_left(helpers)
        _integrity(db)
        if target.exists():  # never a partial file under the real name
            assert target.read_bytes()[:5] == b"%PDF-" and b"%%EOF" in target.read_bytes()[-64:]
        if n % 5 == 4:  # the next export to the folder finishes and clears killed parts
            proc = run(folder, "export", "--book", 1, "--out", target, library=db)
            assert proc.returncode in (0, 1), proc.stderr
            assert not _parts(out), "killed exports left .part files"
        shutil.rmtree(folder)


def test_kills_while_upgrading_an_old_library(tmp_path: Path) -> None:
    rng = random.Random(19004)
    for n in range(RUNS):
        folder = tmp_path / f"run{n}"
        folder.mkdir()
        db = folder / "lib.sqlite3"
        conn = sqlite3.connect(db)
        conn.executescript(SAMPLE_0001.read_text(encoding="utf-8"))
        conn.close()
        before = sqlite3.connect(db).execute("SELECT full_name FROM children").fetchall()
        helpers = _kill_after(folder, rng.uniform(0.3, 1.5), "children", library=db)
        _no_helpers_left(helpers)
        _integrity(db)
        proc = run(folder, "children", "--json", library=db)
        _ok(proc)
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("SELECT full_name FROM children").fetchall() == before
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] != "0001"
        finally:
            conn.close()


def test_the_sigkill_really_lands(tmp_path: Path) -> None:
    """The harness itself: a command killed at once has not finished its work."""
    db = tmp_path / "lib.sqlite3"
    _kill_after(tmp_path, 0.0, "demo", library=db)
    assert not db.exists() or _photos_whole(db) < 20
    assert os.path.exists(tmp_path)
