"""Backups of the library: rolling daily and weekly copies, a portable backup file, restore.

- **Rolling backups** are taken when the window closes, at most once a day,
  into ``<library>.backups/daily-YYYY-MM-DD.sqlite3`` with SQLite's online
  backup API (never a file copy: the newest pages may still be in the -wal
  file). The last 7 daily copies are kept, and of older ones the newest of
  each week, for 4 weeks. Photos are not copied again: the media store is
  content-addressed and written once, so each backup has a manifest of the
  photos it refers to (``.media.json``) and a restore checks every one of
  them by hash.
- **A backup file** (``lifebook backup --out FILE``) holds everything: the
  database, every photo original, and a manifest with their hashes. It is a
  zip, readable without Lifebook.
- **Restore** (``lifebook restore FILE``) checks the backup first
  (``PRAGMA integrity_check``, a schema this version can read, every photo
  present with the right hash), keeps the current library as
  ``before-restore-<time>.sqlite3`` beside the other backups, and only then
  swaps the files. If any check fails nothing is changed.

Restore works on a closed library: the caller closes it, restores, and opens
it again.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from lifebook import __version__
from lifebook.fileio import atomic_writer, fsync_folder, write_atomically
from lifebook.i18n import translate
from lifebook.services.audit import record
from lifebook.services.errors import InvalidInput
from lifebook.store.db import Library
from lifebook.store.migrate import SCHEMA_HEAD, backup_sqlite
from lifebook.store.paths import backups_dir_for, media_dir_for

DAILY_KEPT = 7
WEEKLY_KEPT = 4
BACKUP_FORMAT = 1  # the manifest's "format"; a newer one is refused with a clear message
DAILY_PREFIX = "daily-"


class BackupError(InvalidInput):
    """A backup cannot be made or restored; the message says why, and nothing was changed."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken: datetime
    photos: int

    def as_dict(self) -> dict:
        return {"path": str(self.path), "taken": self.taken.isoformat(timespec="seconds"),
                "photos": self.photos}


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_current_as: Path | None
    photos_checked: int
    photos_added: int
    schema: str

    def as_dict(self) -> dict:
        return {"restored_from": str(self.restored_from),
                "kept_current_as": str(self.kept_current_as) if self.kept_current_as else None,
                "photos_checked": self.photos_checked, "photos_added": self.photos_added,
                "schema": self.schema}


@dataclass
class RotationResult:
    taken: Path | None = None  # None: there was one for today already
    removed: list[Path] = field(default_factory=list)


def backups_folder(db_path: Path) -> Path:
    """The folder that holds a library's backups."""
    return backups_dir_for(Path(db_path))


def newest_backup(db_path: Path) -> Path | None:
    """The library's most recent backup file, or None when it has none."""
    from lifebook.store.opening import newest_backup as newest

    return newest(Path(db_path))


# --- reading a database file ----------------------------------------------------------


def _media_rows(db_file: Path) -> list[tuple[str, str]]:
    """(sha256, format) of every photo the database refers to."""
    conn = sqlite3.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [(sha, fmt) for sha, fmt in conn.execute(
            "SELECT DISTINCT sha256, format FROM media_items ORDER BY sha256")]
    finally:
        conn.close()


def _check_database(db_file: Path, label: str) -> str:
    """The schema revision of a healthy Lifebook database; raises BackupError."""
    try:
        conn = sqlite3.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True)
        try:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()
            if verdict is None or verdict[0] != "ok":
                raise BackupError(translate("services.backups", "{label} is damaged ({reason}); choose "
                                                                "another backup").format(
                                                                    label=label, reason=verdict[0] if verdict else translate("services.backups", 'no answer')))
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables or "children" not in tables:
                raise BackupError(translate("services.backups", "{label} is not a Lifebook library").format(
                    label=label))
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(translate("services.backups", "{label} is not a Lifebook library or "
                                                        "backup ({exc})").format(
                                                            label=label, exc=exc)) from None
    revision = row[0] if row else ""
    if not revision or revision > SCHEMA_HEAD:
        raise BackupError(translate("services.backups", "{label} was made by a newer version of "
                                                        "Lifebook (schema {revision}); update "
                                                        "Lifebook to restore it").format(
                                                            label=label, revision=revision))
    return revision


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --- rolling backups ----------------------------------------------------------------


def _daily_backups(folder: Path) -> list[tuple[date, Path]]:
    found = []
    for path in folder.glob(f"{DAILY_PREFIX}*.sqlite3"):
        try:
            day = date.fromisoformat(path.stem[len(DAILY_PREFIX):])
        except ValueError:
            continue  # not one of ours: left alone
        found.append((day, path))
    return sorted(found, reverse=True)


def backups_to_keep(days: list[date]) -> set[date]:
    """Of the days with a backup, those rotation keeps: 7 newest, then one a week for 4 weeks."""
    ordered = sorted(set(days), reverse=True)
    keep = set(ordered[:DAILY_KEPT])
    # then, among older backups, the newest of each ISO week (Monday to Sunday)
    weeks: set[tuple[int, int]] = set()
    for day in ordered[DAILY_KEPT:]:
        week = day.isocalendar()[:2]
        if week in weeks:
            continue
        if len(weeks) == WEEKLY_KEPT:
            break
        weeks.add(week)
        keep.add(day)
    return keep


SERVER_BACKUPS = ("This library is on the team server, which your IT team backs up with "
                  "PostgreSQL's own tools; Lifebook backs up only a library file on this computer")


def rolling_backup(library: Library, today: date | None = None) -> RotationResult:
    """Take today's backup if there is none yet, then rotate; raises BackupError (disk)."""
    today = today or date.today()
    folder = backups_dir_for(library.db_path)
    result = RotationResult()
    if library.is_server:  # the IT team backs the server up; nothing on this laptop to copy
        return result
    target = folder / f"{DAILY_PREFIX}{today.isoformat()}.sqlite3"
    if not target.exists():
        result.taken = _backup_with_manifest(library.db_path, target)
    existing = _daily_backups(folder)
    keep = backups_to_keep([d for d, _ in existing])
    for day, path in existing:
        if day not in keep:
            path.unlink(missing_ok=True)
            path.with_suffix(".media.json").unlink(missing_ok=True)
            result.removed.append(path)
    return result


def _backup_with_manifest(db_path: Path, target: Path) -> Path:
    part = target.with_name(f".{target.name}.part")
    try:
        backup_sqlite(db_path, part)
        manifest = {"format": BACKUP_FORMAT, "lifebook": __version__,
                    "taken": datetime.now().isoformat(timespec="seconds"),
                    "photos": [{"sha256": sha, "format": fmt} for sha, fmt in _media_rows(part)]}
        write_atomically(target.with_suffix(".media.json"),
                         json.dumps(manifest, indent=1).encode("utf-8"))
        os.replace(part, target)
        fsync_folder(target.parent)
    except (OSError, sqlite3.Error) as exc:
        part.unlink(missing_ok=True)
        raise BackupError(translate("services.backups", "Could not write the backup {target}: "
                                                        "{reason}").format(
                                                            target=target, reason=getattr(exc, 'strerror', None) or exc)) from None
    return target


def list_backups(library: Library) -> list[BackupInfo]:
    """The library's backups, newest first (rolling ones and those taken before upgrades)."""
    folder = backups_dir_for(library.db_path)
    out = []
    for path in folder.glob("*.sqlite3") if folder.is_dir() else []:
        manifest = path.with_suffix(".media.json")
        photos = len(json.loads(manifest.read_text())["photos"]) if manifest.is_file() else 0
        out.append(BackupInfo(path, datetime.fromtimestamp(path.stat().st_mtime), photos))
    return sorted(out, key=lambda b: b.taken, reverse=True)


# --- a backup file with everything ---------------------------------------------------


def backup_to_file(library: Library, out: Path, *,
                   progress: Callable[[int, int, str], None] | None = None,
                   cancel: Callable[[], bool] | None = None) -> BackupInfo:
    """Write one self-contained backup file (database, photos, manifest); raises BackupError.

    Cancelling leaves no file behind (and any earlier file at ``out`` as it was).
    """
    out = Path(out)
    if library.is_server:
        raise BackupError(SERVER_BACKUPS)
    if not out.parent.is_dir():
        raise BackupError(translate("services.backups", "There is no folder {parent} to save the "
                                                        "backup in").format(parent=out.parent))
    with tempfile.TemporaryDirectory(prefix="lifebook-backup-", dir=out.parent) as tmp:
        db_copy = Path(tmp) / "library.sqlite3"
        try:
            backup_sqlite(library.db_path, db_copy)
        except sqlite3.Error as exc:
            raise BackupError(translate("services.backups", "Could not copy the library: {exc}").format(
                exc=exc)) from None
        photos = []
        media_root = media_dir_for(library.db_path)
        try:
            with atomic_writer(out, durable=True) as fh, \
                    zipfile.ZipFile(fh, "w", zipfile.ZIP_STORED) as z:
                z.write(db_copy, "library.sqlite3")
                rows = _media_rows(db_copy)
                for n, (sha, fmt) in enumerate(rows):
                    if cancel is not None and cancel():
                        raise BackupError(translate("services.backups", "The backup was cancelled; no file was written"))
                    if progress is not None:
                        progress(n, len(rows), translate("services.backups", "Saving photo {n} of {count}").format(
                            n=n + 1, count=len(rows)))
                    name = f"{sha[:2]}/{sha}.{fmt}"  # as MediaStore.path_for keeps it
                    source = media_root / name
                    if not source.is_file():
                        raise BackupError(translate("services.backups", "The photo {name} is missing from "
                                                                        "{media_root}; the backup was not written").format(name=name, media_root=media_root))
                    z.write(source, f"media/{name}")
                    photos.append({"sha256": sha, "format": fmt, "path": f"media/{name}"})
                manifest = {"format": BACKUP_FORMAT, "lifebook": __version__,
                            "taken": datetime.now().isoformat(timespec="seconds"),
                            "schema": _check_database(db_copy, translate("services.backups", "The copy")), "photos": photos}
                z.writestr("manifest.json", json.dumps(manifest, indent=1))
        except OSError as exc:
            raise BackupError(translate("services.backups", "Could not write {out}: {reason}").format(
                out=out, reason=exc.strerror or exc)) from None
    record(library, "back up library", "", None, file=out.name, photos=len(photos))
    return BackupInfo(out, datetime.now(), len(photos))


# --- restore --------------------------------------------------------------------------


def _unpack(source: Path, into: Path) -> tuple[Path, zipfile.ZipFile | None, dict | None]:
    """The database to restore (a copy in ``into``), and the zip and manifest of a backup file."""
    try:
        with source.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise BackupError(translate("services.backups", "{source} cannot be read ({reason})").format(
            source=source, reason=exc.strerror or exc)) from None
    db_copy = into / "restoring.sqlite3"
    if head.startswith(b"SQLite format 3"):
        try:
            backup_sqlite(source, db_copy)
        except sqlite3.DatabaseError as exc:
            raise BackupError(translate("services.backups", "{name} is damaged ({exc}); choose "
                                                            "another backup").format(
                                                                name=source.name, exc=exc)) from None
        return db_copy, None, None
    if not zipfile.is_zipfile(source):
        raise BackupError(translate("services.backups", "{name} is not a Lifebook backup").format(
            name=source.name))
    archive = zipfile.ZipFile(source)
    try:
        manifest = json.loads(archive.read("manifest.json"))
        if int(manifest.get("format", 0)) > BACKUP_FORMAT:
            raise BackupError(translate("services.backups", "{name} was made by a newer version of "
                                                            "Lifebook; update Lifebook to restore it").format(
                                                                name=source.name))
        with archive.open("library.sqlite3") as src, db_copy.open("wb") as dst:
            shutil.copyfileobj(src, dst)
    except (KeyError, ValueError, zipfile.BadZipFile, OSError) as exc:
        archive.close()
        raise BackupError(translate("services.backups", "{name} is not a complete Lifebook backup "
                                                        "({exc})").format(
                                                            name=source.name, exc=exc)) from None
    return db_copy, archive, manifest


def restore(db_path: Path, source: Path) -> RestoreResult:
    """Replace the (closed) library at ``db_path`` with the backup ``source``.

    Raises BackupError, with nothing changed, when the backup is damaged, from
    a newer Lifebook, or refers to photos that are missing or altered.
    """
    db_path, source = Path(db_path), Path(source)
    if not source.is_file():
        raise BackupError(translate("services.backups", "There is no backup file {source}").format(
            source=source))
    media_root = media_dir_for(db_path)
    with tempfile.TemporaryDirectory(prefix=".lifebook-restore-", dir=db_path.parent) as tmp:
        db_copy, archive, manifest = _unpack(source, Path(tmp))
        try:
            schema = _check_database(db_copy, source.name)
            packed = {p["sha256"]: p["path"] for p in (manifest or {}).get("photos", [])}
            staged: list[tuple[Path, Path]] = []
            rows = _media_rows(db_copy)
            for sha, fmt in rows:
                name = f"{sha[:2]}/{sha}.{fmt}"  # as MediaStore.path_for keeps it
                present = media_root / name
                if present.is_file() and _sha256(present) == sha:
                    continue
                if archive is None or sha not in packed:
                    raise BackupError(
                        (translate("services.backups", "The backup refers to the photo {name}, which "
                                   "is altered in {media_root}; nothing was restored")
                         if present.is_file() else
                         translate("services.backups", "The backup refers to the photo {name}, which "
                                   "is missing in {media_root}; nothing was restored")).format(
                            name=name, media_root=media_root))
                staging = Path(tmp) / sha
                with archive.open(packed[sha]) as src, staging.open("wb") as dst:
                    shutil.copyfileobj(src, dst)
                if _sha256(staging) != sha:
                    raise BackupError(translate("services.backups", "The photo {name} in {backup} is damaged; "
                                                                    "nothing was restored").format(
                                                                        name=name, backup=source.name))
                staged.append((staging, present))
        finally:
            if archive is not None:
                archive.close()
        kept = _keep_current(db_path)
        for staging, present in staged:
            present.parent.mkdir(parents=True, exist_ok=True)
            present.unlink(missing_ok=True)
            os.replace(staging, present)
            os.chmod(present, 0o444)
        for suffix in ("-wal", "-shm"):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        os.replace(db_copy, db_path)
        fsync_folder(db_path.parent)
    restored = Library.open(db_path)  # upgrades an older backup's schema, with its own backup
    try:
        record(restored, "restore from backup", "", None, file=source.name,
               kept_as=kept.name if kept else "")
    finally:
        restored.close()
    return RestoreResult(source, kept, len(rows), len(staged), schema)


def _keep_current(db_path: Path) -> Path | None:
    """Save the library being replaced beside the backups (its WAL folded in first)."""
    if not db_path.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = backups_dir_for(db_path) / f"before-restore-{stamp}.sqlite3"
    try:
        conn = sqlite3.connect(db_path)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        backup_sqlite(db_path, kept)
    except sqlite3.DatabaseError:
        # a damaged library cannot be read page by page: keep its bytes as they are
        kept = kept.with_name(f"damaged-{stamp}.sqlite3")
        kept.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(db_path, kept)
    return kept
