"""Bad input through the real command line: exit 2, one line naming the problem,
no traceback, and the library's bytes unchanged."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import assert_one_clear_line, cli_env, run

BIG_ID = "1180591620717411303424"


@pytest.fixture(scope="module")
def good_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("good")
    proc = run(folder, "add-child", "--name", "Ruby Jones", "--dob", "2019-03-23",
               library=folder / "lib.sqlite3")
    assert proc.returncode == 0, proc.stderr
    return folder / "lib.sqlite3"


def _copy(good: Path, tmp_path: Path) -> Path:
    target = tmp_path / "lib.sqlite3"
    shutil.copy(good, target)
    return target


def _damage(kind: str, good: Path, tmp_path: Path) -> Path:
    db = _copy(good, tmp_path)
    data = db.read_bytes()
    if kind == "truncated":
        db.write_bytes(data[: len(data) // 3 + 100])
    elif kind == "header-only":
        db.write_bytes(data[:16])
    elif kind == "corrupt-pages":
        db.write_bytes(data[:100] + bytes(range(256)) * 40 + data[100 + 256 * 40:])
    elif kind == "foreign":
        db.unlink()
        conn = sqlite3.connect(db)
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        conn.commit()
        conn.close()
    return db


@pytest.mark.parametrize(
    ("damage", "words"),
    [("truncated", ["damaged"]), ("header-only", ["lib.sqlite3"]),
     ("corrupt-pages", ["damaged"]), ("foreign", ["another program"])],
)
def test_a_library_that_is_not_whole_or_not_ours_is_refused(
        good_library: Path, tmp_path: Path, damage: str, words: list[str]) -> None:
    db = _damage(damage, good_library, tmp_path)
    before = db.read_bytes()
    proc = run(tmp_path, "children", library=db)
    assert_one_clear_line(proc, str(db.name), *words)
    assert db.read_bytes() == before


def test_a_device_is_refused(tmp_path: Path) -> None:
    assert_one_clear_line(run(tmp_path, "children", library=Path("/dev/null")), "/dev/null")


def test_a_mistyped_folder_is_not_created_unless_asked(tmp_path: Path) -> None:
    target = tmp_path / "Documnets" / "lib.sqlite3"
    assert_one_clear_line(run(tmp_path, "children", library=target), "does not exist")
    assert not target.parent.exists()
    proc = run(tmp_path, "--create", "children", library=target)
    assert proc.returncode == 0 and target.exists(), proc.stderr


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["books", "--child", BIG_ID], ["not an id"]),
        (["books", "--child", "-3"], ["not an id"]),
        (["export", "--book", "1", "--out", "x.pdf", "--bleed", "nan"], ["out of range"]),
        (["export", "--book", "1", "--out", "x.pdf", "--bleed", "-1"], ["out of range"]),
        (["export", "--book", "1", "--out", "x.pdf", "--bleed", "inf"], ["out of range"]),
        (["export", "--book", "1", "--out", "x.pdf", "--ppi", "100000"], ["out of range"]),
        (["add-child", "--name", "A", "--dob", "20190323"], ["YYYY-MM-DD"]),
        (["add-child", "--name", "A", "--dob", "2019-W12-6"], ["YYYY-MM-DD"]),
        (["add-child", "--name", "A", "--dob", "0001-01-01"], ["years ago"]),
        (["add-child", "--name", "A", "--dob", "2999-01-01"], ["future"]),
        (["add-child", "--name", "A", "--dob", "2019-02-30"], ["not a real date"]),
        (["add-child", "--name", "Ruby " * 60], ["at most 200 characters"]),
        (["add-child", "--name", "   "], ["needs a name"]),
    ],
)
def test_bad_arguments_get_one_line_and_change_nothing(
        good_library: Path, tmp_path: Path, args: list[str], words: list[str]) -> None:
    db = _copy(good_library, tmp_path)
    before = db.read_bytes()
    assert_one_clear_line(run(tmp_path, *args, library=db), *words)
    assert db.read_bytes() == before


def test_a_closed_pipe_ends_quietly(good_library: Path, tmp_path: Path) -> None:
    db = _copy(good_library, tmp_path)
    conn = sqlite3.connect(db)  # enough children to overflow a pipe that nobody reads
    conn.executemany(
        "INSERT INTO children (full_name, preferred_name, plan, is_sample, notes, pronouns, "
        "dob_precision, created_at, updated_at) VALUES (?, '', 'adoption', 0, '', '', 'day', "
        "'2024-01-01 00:00:00', '2024-01-01 00:00:00')",
        [(f"Child number {n}",) for n in range(3000)])
    conn.commit()
    conn.close()
    cmd = [sys.executable, "-m", "lifebook", "--library", str(db), "children", "--json"]
    proc = subprocess.Popen(cmd, cwd=tmp_path, env=cli_env(tmp_path), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None
    proc.stdout.readline()
    proc.stdout.close()  # as `| head -1` does
    _out, err = proc.communicate(timeout=60)
    assert b"BrokenPipeError" not in err and b"Traceback" not in err
    assert proc.returncode == 0
