"""Writing files so that a crash never leaves half of one: the package's one place for it.

- ``write_atomically(path, data)`` / ``atomic_writer(path)``: write to a unique
  temporary file beside the target, then rename it into place. Readers never
  see a half-written file; concurrent writers never share a temporary file.
  ``durable=True`` also syncs the data and the folder entry, for files the
  user keeps (exports, photos); caches skip it.
- ``fsync_folder(folder)``: make a rename itself durable (POSIX).
- ``remove_stale_temporaries(folder, pattern)``: clear what a killed Lifebook
  left behind, once it is old enough not to be another process's file in use.

No layer imports are allowed here: every layer may use it.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

STALE_AFTER_S = 60.0


# Temporary files carry the id of the process writing them, so a later run can
# tell a killed writer's leftovers (remove) from another live writer's file (keep).
_OWNER = (
    re.compile(r"\.(\d+)-[0-9a-f]{8}\.part$"),  # part_name(): .book.pdf.1234-89abcdef.part
    re.compile(r"^(\d+)-.*\.part$"),  # media store imports: 1234-xyz.part
    re.compile(r"^\.creating-(\d+)-"),  # new libraries being built aside
)


def part_name(path: Path) -> Path:
    """The temporary name a write to ``path`` uses: hidden, unique, ``.part``, owned."""
    return path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.part")


def _owner(name: str) -> int | None:
    for pattern in _OWNER:
        m = pattern.search(name)
        if m:
            return int(m.group(1))
    return None


def _process_alive(pid: int) -> bool:
    if os.name != "posix":  # os.kill(pid, 0) would send Ctrl+C on Windows: never probe there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, not ours to signal
    return True


@contextlib.contextmanager
def atomic_writer(path: Path, *, durable: bool = False) -> Iterator[BinaryIO]:
    """A file object for ``path``'s new content; in place only if the block succeeds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = part_name(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, 0o666)  # ordinary permissions, as the user's umask allows
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if durable:
        fsync_folder(path.parent)


def write_atomically(path: Path, data: bytes, *, durable: bool = False) -> None:
    with atomic_writer(path, durable=durable) as fh:
        fh.write(data)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); Windows has no folder handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stale_temporaries(folder: Path, pattern: str) -> int:
    """Delete leftovers of killed writes: their writer is gone, or they are over a minute old.

    A temporary file whose writing process is still running (another Lifebook
    importing or exporting at the same moment) is left alone.
    """
    removed = 0
    now = time.time()
    for path in folder.glob(pattern) if folder.is_dir() else []:
        owner = _owner(path.name)
        if owner == os.getpid():
            continue
        with contextlib.suppress(OSError):
            orphaned = owner is not None and not _process_alive(owner)
            if orphaned or now - path.stat().st_mtime > STALE_AFTER_S:
                path.unlink()
                removed += 1
    return removed
