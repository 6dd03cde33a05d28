"""Opening a library file safely: what it is, whether it is whole, how to make one.

Everything here runs before a Library exists, and every refusal is a
LibraryError whose message names the file and says what is wrong; nothing
here ever changes a file that is not a Lifebook library.

- **New libraries are built aside.** A new library is made in a temporary
  file beside the target, migrated to the current schema, then linked into
  place in one step (``os.link`` fails if the name is taken, so two
  programs creating the same library at once both end up opening the one
  that won). A kill during creation leaves at most a stray temporary file,
  which the next open removes: never a half-made library.
- **Half-made libraries are finished.** A library left by an older Lifebook
  killed during creation (Lifebook tables but no schema version, or no
  tables at all, and no rows) holds nothing yet: it is rebuilt.
- **Other programs' databases are refused**, and never get our tables.
- **Damaged files** (truncated, corrupt pages, not a file at all) are refused
  with the newest backup named, if there is one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import time
from pathlib import Path

from lifebook.i18n import translate
from lifebook.store.paths import backups_dir_for

SQLITE_HEADER = b"SQLite format 3\x00"
CREATING_PREFIX = ".creating-"


class LibraryError(RuntimeError):
    """The library cannot be opened; the message says why and where."""


class ServerUnreachable(LibraryError):
    """The team server cannot be reached just now: the network went, or the server restarted.

    Raised (by ``store.server``'s engine hook) in place of the driver's own error, on a
    read or a write alike, within a few seconds rather than after a long hang. Nothing
    the user typed is lost by it: the editor keeps unsaved words until the server is back.

    - ``on_connect``: no connection could be made at all, so trying again at once would
      only wait again;
    - ``outcome_unknown``: the connection broke while the change was being committed, so
      it may or may not be stored: never simply repeat it; look first
      (``services.reconnect.save_landed``).
    """

    def __init__(self, message: str, *, on_connect: bool = False, outcome_unknown: bool = False,
                 orig: BaseException | None = None) -> None:
        super().__init__(message)
        self.on_connect = on_connect
        self.outcome_unknown = outcome_unknown
        self.orig = orig


class DamagedLibrary(LibraryError):
    """The library file is damaged; the message names the newest backup, if any."""


def newest_backup(db_path: Path) -> Path | None:
    folder = backups_dir_for(db_path)
    backups = sorted(folder.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime) if folder.is_dir() else []
    return backups[-1] if backups else None


def with_backup(db_path: Path, message: str) -> str:
    backup = newest_backup(db_path)
    if backup is None:
        return message
    return (translate("store.opening", "{message}. The newest backup is {backup}: close "
                                       "Lifebook, copy it over {name} (keep the damaged "
                                       "file somewhere safe), and open it again").format(
                                           message=message, backup=backup, name=db_path.name))


def check_folder(db_path: Path, *, create: bool) -> None:
    folder = db_path.parent
    if folder.is_dir():
        return
    if folder.exists():
        raise LibraryError(translate("store.opening", "{folder} is not a folder, so no library "
                                                      "can be kept there").format(folder=folder))
    if not create:
        raise LibraryError(
            translate("store.opening", "the folder {folder} does not exist. Check the path "
                                       "for a typing mistake; to start a new library there, "
                                       "create the folder first (the command line's "
                                       "--create does it)").format(folder=folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LibraryError(translate("store.opening", "cannot create the library folder "
                                                      "{folder}: {reason}").format(
                                                          folder=folder, reason=exc.strerror)) from exc


def classify(db_path: Path) -> str:
    """"missing", "empty" (zero bytes: becomes a new library) or "sqlite"; refuses the rest."""
    try:
        info = db_path.stat()
    except FileNotFoundError:
        return "missing"
    except OSError as exc:
        raise LibraryError(translate("store.opening", "cannot read the library {db_path}: "
                                                      "{reason}").format(
                                                          db_path=db_path, reason=exc.strerror)) from exc
    if not stat.S_ISREG(info.st_mode):
        raise LibraryError(translate("store.opening", "{db_path} is not a library file (it is a "
                                                      "device, folder or pipe)").format(db_path=db_path))
    if info.st_size == 0:
        return "empty"
    try:
        with db_path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise LibraryError(translate("store.opening", "cannot read the library {db_path}: "
                                                      "{reason}").format(
                                                          db_path=db_path, reason=exc.strerror)) from exc
    if header != SQLITE_HEADER:
        raise LibraryError(translate("store.opening", "{db_path} is not a Lifebook library (it "
                                                      "is not an SQLite database); Lifebook has "
                                                      "not changed it").format(db_path=db_path))
    return "sqlite"


def inspect_sqlite(db_path: Path, lifebook_tables: set[str], *, writable: bool) -> str:
    """"lifebook", or "unfinished" (safe to rebuild); refuses damaged and foreign databases."""
    mode = "rw" if writable else "ro&immutable=1" if needs_immutable(db_path) else "ro"
    uri = f"{db_path.resolve().as_uri()}?mode={mode}"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=5)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()
            if ok is None or ok[0] != "ok":
                raise sqlite3.DatabaseError(str(ok[0]) if ok else "no answer")
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")}
            has_version = "alembic_version" in tables
            ours = tables & lifebook_tables
            if tables - lifebook_tables - {"alembic_version"} and not ours:
                raise LibraryError(
                    translate("store.opening", "{db_path} is another program's database, "
                                               "not a Lifebook library; Lifebook has not "
                                               "changed it").format(db_path=db_path))
            if has_version and conn.execute("SELECT count(*) FROM alembic_version").fetchone()[0]:
                return "lifebook"
            rows = sum(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in ours)
        finally:
            conn.close()
    except LibraryError:
        raise
    except sqlite3.DatabaseError as exc:
        raise DamagedLibrary(with_backup(
            db_path, translate("store.opening", "the library {db_path} is damaged and "
                                                "cannot be read ({exc})").format(
                                                    db_path=db_path, exc=exc))) from exc
    if rows:
        raise LibraryError(with_backup(
            db_path, translate("store.opening", "{db_path} holds Lifebook records but no "
                                                "schema version, so Lifebook cannot tell "
                                                "how to read it").format(db_path=db_path)))
    return "unfinished"


def creating_path(db_path: Path) -> Path:
    return db_path.with_name(f"{CREATING_PREFIX}{os.getpid()}-{time.monotonic_ns()}-{db_path.name}")


def publish(tmp: Path, db_path: Path) -> bool:
    """Put a finished new library in place unless another program did first; True if ours won."""
    try:
        if db_path.exists() and db_path.stat().st_size == 0:
            os.replace(tmp, db_path)  # a zero-byte file stands for "a new library here"
            return True
        os.link(tmp, db_path)
        return True
    except FileExistsError:
        return False
    except OSError:  # a file system without hard links: fall back to an exclusive rename
        if db_path.exists():
            return False
        os.replace(tmp, db_path)
        return True
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


MIN_FREE_BYTES = 1_000_000  # below this, a change may not fit: the library opens read-only


def why_read_only(db_path: Path) -> str:
    """Why this process cannot change the library now ("" if it can)."""
    folder = db_path.parent
    if not os.access(folder, os.W_OK) or (db_path.exists() and not os.access(db_path, os.W_OK)):
        return (translate("store.opening", "{db_path} is read-only here (on read-only "
                                           "media, or without permission to change it), so "
                                           "nothing can be changed").format(db_path=db_path))
    free = shutil.disk_usage(folder).free
    if free < MIN_FREE_BYTES:
        return (translate("store.opening", "the disk holding {folder} is full ({free:.1f} "
                                           "MB free), so nothing can be changed; nothing "
                                           "stored was lost. Free some space and try again").format(
                                               folder=folder, free=free / 1e6))
    return ""


def needs_immutable(db_path: Path) -> bool:
    """Reading without the shared-memory file SQLite would create (full disk, read-only folder)."""
    folder = db_path.parent
    return not os.access(folder, os.W_OK) or shutil.disk_usage(folder).free < MIN_FREE_BYTES


def readable(db_path: Path) -> bool:
    """Whether a damaged library still answers simple questions (so it can be shown read-only)."""
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            for table in ("children", "books", "pages", "alembic_version"):
                conn.execute(f"SELECT count(*) FROM {table}").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return True
