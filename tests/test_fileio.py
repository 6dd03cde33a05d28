"""The one atomic writer, and clearing what killed writers left behind."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lifebook.fileio import atomic_writer, part_name, remove_stale_temporaries, write_atomically


def test_a_failed_write_leaves_the_old_file_and_no_part(tmp_path: Path) -> None:
    target = tmp_path / "book.pdf"
    target.write_bytes(b"the old copy")
    with pytest.raises(RuntimeError), atomic_writer(target, durable=True) as fh:
        fh.write(b"half a new")
        raise RuntimeError("disk gone")
    assert target.read_bytes() == b"the old copy"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.pdf"]
    write_atomically(target, b"the new copy", durable=True)
    assert target.read_bytes() == b"the new copy"


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@pytest.mark.skipif(os.name != "posix", reason="owners are only probed on POSIX")
def test_leftovers_of_killed_writers_go_and_live_writers_files_stay(tmp_path: Path) -> None:
    target = tmp_path / "book-2019-03.pdf"
    mine = part_name(target)
    dead = target.with_name(f".{target.name}.{_dead_pid()}-0123abcd.part")
    live_other = target.with_name(f".{target.name}.{os.getppid()}-0123abcd.part")
    fresh_unowned = tmp_path / ".book-2019-03.pdf.part"
    old_unowned = tmp_path / ".book-2019-03.pdf.x.part"
    for path in (mine, dead, live_other, fresh_unowned, old_unowned):
        path.write_bytes(b"x")
    stamp = time.time() - 3600
    os.utime(old_unowned, (stamp, stamp))
    assert remove_stale_temporaries(tmp_path, f".{target.name}*.part") == 2
    assert not dead.exists() and not old_unowned.exists()
    assert mine.exists() and live_other.exists() and fresh_unowned.exists()
