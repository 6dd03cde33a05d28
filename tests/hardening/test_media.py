"""Full disks and read-only media, through the real command line: one clear line,
exit 2, nothing stored lost, no temporary file left.

These mount small tmpfs file systems, so they need root (CI runs as root); a
machine that cannot mount skips them, saying why.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli.cli_helpers import assert_one_clear_line, run


def _mount(point: Path, size: str) -> bool:
    point.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)],
                          capture_output=True)
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    point = tmp_path / "disk"
    try:
        mounted = _mount(point, "4m")
    except FileNotFoundError:
        mounted = False
    if not mounted:
        pytest.skip("cannot mount a small file system here (needs root and mount)")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


def _fill(disk: Path) -> None:
    subprocess.run(["dd", "if=/dev/zero", f"of={disk / 'filler'}", "bs=4k"], capture_output=True)


def test_a_full_disk_refuses_changes_in_one_line_and_keeps_the_library(
        small_disk: Path, tmp_path: Path) -> None:
    db = small_disk / "lib.sqlite3"
    assert run(tmp_path, "add-child", "--name", "Ruby", library=db).returncode == 0
    assert run(tmp_path, "new-book", "--child", 1, "--kind", "life-story",
               library=db).returncode == 0
    _fill(small_disk)
    before = db.read_bytes()
    assert_one_clear_line(run(tmp_path, "add-child", "--name", "Second", library=db), "is full", "MB free",
              str(small_disk))
    assert_one_clear_line(run(tmp_path, "new-book", "--child", 1, "--kind", "life-story", library=db),
              "is full")
    assert_one_clear_line(run(tmp_path, "export", "--book", 1, "--out", small_disk / "ruby.pdf", library=db),
              "ruby.pdf", "MB free")
    assert db.read_bytes() == before
    listed = run(tmp_path, "children", library=db)  # reading still works
    assert listed.returncode == 0 and "Ruby" in listed.stdout
    assert not list(small_disk.rglob("*.part"))


def test_a_library_on_read_only_media_is_read_and_never_changed(
        small_disk: Path, tmp_path: Path) -> None:
    db = small_disk / "lib.sqlite3"
    assert run(tmp_path, "add-child", "--name", "Ruby", library=db).returncode == 0
    remount = subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], capture_output=True)
    if remount.returncode != 0:
        pytest.skip("cannot remount read-only here")
    before = db.read_bytes()
    listed = run(tmp_path, "children", "--json", library=db)
    assert listed.returncode == 0 and "Ruby" in listed.stdout, listed.stderr
    assert_one_clear_line(run(tmp_path, "add-child", "--name", "Second", library=db), "read-only")
    assert db.read_bytes() == before
