"""Rolling backups, a backup file with everything, and restoring from either."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from lifebook.services import children, photos
from lifebook.services.backups import (
    BackupError,
    backup_to_file,
    backups_to_keep,
    list_backups,
    restore,
    rolling_backup,
)
from lifebook.store.db import Library
from lifebook.store.paths import backups_dir_for
from tests.photo_files import write_jpeg


def _names(library: Library) -> list[str]:
    return [c.name for c in children.list_children(library)]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def filled(library: Library, child_id: int, photo_dir: Path) -> Library:
    photos.import_photos(library, child_id, [write_jpeg(photo_dir / "a.jpg", colour=(200, 30, 30))])
    return library


def test_rotation_keeps_seven_days_then_one_a_week_for_four_weeks() -> None:
    today = date(2026, 11, 27)  # a Friday
    days = [today - timedelta(days=n) for n in range(60)]
    kept = sorted(backups_to_keep(days), reverse=True)
    # worked out by hand: 21-27 November daily; then the newest of the four weeks before
    assert kept[:7] == [today - timedelta(days=n) for n in range(7)]
    assert kept[7:] == [date(2026, 11, 20), date(2026, 11, 15), date(2026, 11, 8),
                        date(2026, 11, 1)]


def test_a_backup_a_day_at_most_and_old_ones_rotated(filled: Library) -> None:
    start = date(2026, 9, 1)
    for n in range(45):
        rolling_backup(filled, start + timedelta(days=n))
    again = rolling_backup(filled, start + timedelta(days=44))
    assert again.taken is None  # today's exists already
    folder = backups_dir_for(filled.db_path)
    daily = sorted(folder.glob("daily-*.sqlite3"))
    assert len(daily) == 11
    assert len(list(folder.glob("daily-*.media.json"))) == 11
    assert {b.path for b in list_backups(filled)} >= set(daily)
    assert all(b.photos == 1 for b in list_backups(filled) if b.path in daily)


def test_backup_file_round_trip_keeps_the_current_library(filled: Library, tmp_path: Path) -> None:
    out = tmp_path / "saved.lifebook-backup"
    info = backup_to_file(filled, out)
    assert info.photos == 1
    children.add_child(filled, "Added After Backup")
    assert "Added After Backup" in _names(filled)
    db_path = filled.db_path
    filled.close()
    # the photo store is lost too: the backup file brings the photo back
    media = db_path.with_name(db_path.stem + ".media")
    for stored in media.rglob("*.jpg"):
        stored.chmod(0o644)
        stored.unlink()
    result = restore(db_path, out)
    assert (result.photos_checked, result.photos_added) == (1, 1)
    back = Library.open(db_path)
    try:
        assert "Added After Backup" not in _names(back)
        [child] = children.list_children(back)
        [photo] = photos.list_media(back, child.id)
        assert photo.sha256 == hashlib.sha256(
            next(media.rglob("*.jpg")).read_bytes()).hexdigest()
    finally:
        back.close()
    kept = Library.open(result.kept_current_as, migrate_schema=False, read_only=True)
    try:
        assert "Added After Backup" in _names(kept)
    finally:
        kept.close()


def test_restoring_a_rolling_backup_checks_each_photo_by_hash(filled: Library) -> None:
    taken = rolling_backup(filled, date(2026, 11, 27)).taken
    assert taken is not None
    db_path = filled.db_path
    filled.close()
    media = db_path.with_name(db_path.stem + ".media")
    [stored] = list(media.rglob("*.jpg"))
    stored.chmod(0o644)
    stored.write_bytes(stored.read_bytes()[:-10] + b"0123456789")  # altered
    before = _digest(db_path)
    with pytest.raises(BackupError, match="altered"):
        restore(db_path, taken)
    assert _digest(db_path) == before
    stored.unlink()
    with pytest.raises(BackupError, match="missing"):
        restore(db_path, taken)
    assert _digest(db_path) == before


@pytest.mark.parametrize("make, words", [
    (lambda p: p.write_text("not a backup at all"), "not a Lifebook backup"),
    (lambda p: p.write_bytes(b"PK\x03\x04" + b"\x00" * 40), "not a Lifebook backup"),
])
def test_files_that_are_not_backups_are_refused(filled: Library, tmp_path: Path, make,
                                                words: str) -> None:
    bad = tmp_path / "bad.lifebook-backup"
    make(bad)
    db_path = filled.db_path
    filled.close()
    before = _digest(db_path)
    with pytest.raises(BackupError, match=words):
        restore(db_path, bad)
    assert _digest(db_path) == before


def test_a_damaged_or_newer_backup_is_refused(filled: Library, tmp_path: Path) -> None:
    taken = rolling_backup(filled, date(2026, 11, 27)).taken
    assert taken is not None
    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(taken.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(taken.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 6)):
        data[offset] = 0xA5
    damaged.write_bytes(bytes(data))
    db_path = filled.db_path
    filled.close()
    before = _digest(db_path)
    with pytest.raises(BackupError, match="newer version"):
        restore(db_path, newer)
    with pytest.raises(BackupError, match="damaged|not a Lifebook"):
        restore(db_path, damaged)
    assert _digest(db_path) == before
