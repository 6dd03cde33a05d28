"""Schema migrations: an old library file upgrades with every row kept, after a backup.

``samples/library-rev0001.sql`` is a library at revision 0001 as SQL text
(regenerate it with ``samples/make_library_rev0001.py``).
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select

from lifebook.model.richtext import BOLD, ITALIC, Mark, RichText
from lifebook.store import migrate
from lifebook.store.db import Library, LibraryError
from lifebook.store.models import (
    Base,
    Child,
    ChronologyEvent,
    FrameContentRow,
    MediaItem,
    MediaPerson,
)

SAMPLE = Path(__file__).resolve().parent / "samples" / "library-rev0001.sql"
OLD_TABLES = (
    "children",
    "people",
    "media_items",
    "media_people",
    "books",
    "pages",
    "frame_contents",
    "comments",
    "audit_entries",
)


def _raw_rows(db: Path) -> dict[str, list[dict]]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            t: [dict(r) for r in conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid')]
            for t in tables
        }
    finally:
        conn.close()


@pytest.fixture()
def old_library(tmp_path: Path) -> Path:
    db = tmp_path / "case-2019.sqlite3"
    conn = sqlite3.connect(db)
    conn.executescript(SAMPLE.read_text(encoding="utf-8"))
    conn.close()
    return db


def test_the_sample_really_is_revision_0001_with_data(old_library: Path) -> None:
    rows = _raw_rows(old_library)
    assert rows["alembic_version"] == [{"version_num": "0001"}]
    assert "chronology_events" not in rows
    assert "had_gps" not in rows["media_items"][0]
    for table in OLD_TABLES:
        assert rows[table], f"the sample has no {table} rows to carry over"
    assert migrate.head_revision() != "0001"  # there is something to upgrade to


def test_an_old_library_upgrades_to_head_keeping_every_row(old_library: Path) -> None:
    before = _raw_rows(old_library)

    lib = Library.open(old_library)
    try:
        assert migrate.current_revision(lib.engine) == migrate.head_revision()
        after = _raw_rows(old_library)

        # every old row is still there, with the same values
        for table in OLD_TABLES:
            kept = [{k: v for k, v in row.items() if k in before[table][0]} for row in after[table]]
            assert kept == before[table], f"rows of {table} changed in the upgrade"
        assert [r["had_gps"] for r in after["media_items"]] == [0] * len(before["media_items"])
        assert after["chronology_events"] == []
        cols = {c["name"]: c for c in inspect(lib.engine).get_columns("chronology_events")}
        assert {"child_id", "date_text", "date_start", "precision", "title"} <= set(cols)

        with lib.session() as s:
            # the links a batch rebuild with foreign keys on would have cut
            frame = s.get(FrameContentRow, 1)
            assert frame is not None and frame.media_id == 1
            assert frame.media is not None and frame.media.original_name == "IMG_0001.JPG"
            assert (frame.crop_x, frame.crop_y, frame.crop_zoom, frame.rotation) == (
                0.25,
                0.75,
                1.5,
                90,
            )
            assert s.scalars(select(MediaPerson)).all()[0].media_id == 1
            child = s.get(Child, 1)
            assert child.full_name == "Ffion Sample-Jones"
            assert child.notes == "Likes dinosaurs; café visits ☕"
            assert child.date_of_birth == date(2018, 11, 2)
            assert [m.had_gps for m in s.scalars(select(MediaItem).order_by(MediaItem.id))] == [
                False,
                False,
            ]
            photo = s.get(MediaItem, 1)
            assert (photo.orientation, photo.taken_at) == (6, datetime(2021, 7, 4, 15, 16, 17))
            # the new table works, and new photos default to had_gps False
            s.add(ChronologyEvent(child_id=1, date_text="spring 2019", title="Moved to Nan's"))
            s.add(
                MediaItem(
                    child_id=2,
                    sha256="ef" * 32,
                    original_name="n.jpg",
                    format="jpg",
                    byte_size=1,
                    width=1,
                    height=1,
                )
            )
            s.commit()
        assert _raw_rows(old_library)["media_items"][-1]["had_gps"] == 0
        with lib.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        lib.close()


def test_a_backup_is_taken_before_upgrading(old_library: Path) -> None:
    before = _raw_rows(old_library)
    lib = Library.open(old_library)
    lib.close()

    backups = old_library.with_name("case-2019.backups")
    files = sorted(backups.iterdir())
    assert len(files) == 1
    assert lib.backup_taken == files[0]
    conn = sqlite3.connect(files[0])
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()
    # the backup is the library as it was: revision 0001, all the data
    assert _raw_rows(files[0]) == before


def test_a_new_library_is_created_at_head_without_a_backup(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "fresh.sqlite3")
    try:
        assert lib.backup_taken is None
        assert migrate.current_revision(lib.engine) == migrate.head_revision()
        assert set(Base.metadata.tables) <= set(inspect(lib.engine).get_table_names())
    finally:
        lib.close()
    assert not (tmp_path / "fresh.backups").exists() or not any(
        (tmp_path / "fresh.backups").iterdir()
    )


def test_opening_an_up_to_date_library_takes_no_backup(tmp_path: Path) -> None:
    db = tmp_path / "current.sqlite3"
    lib = Library.open(db)
    with lib.transaction() as s:
        s.add(Child(full_name="Already Here"))
    lib.close()

    again = Library.open(db)
    try:
        assert again.backup_taken is None
        with again.session() as s:
            assert s.scalars(select(Child.full_name)).all() == ["Already Here"]
    finally:
        again.close()
    backups = tmp_path / "current.backups"
    assert not backups.exists() or not any(backups.iterdir())


def test_upgrade_to_an_older_target_then_head(tmp_path: Path) -> None:
    """migrate.upgrade walks one revision at a time and reports the backup it took."""
    db = tmp_path / "stepwise.sqlite3"
    lib = Library.open(db, migrate_schema=False)
    try:
        assert migrate.upgrade(lib.engine, db, tmp_path / "b", target="0001") is None  # empty
        assert migrate.current_revision(lib.engine) == "0001"
        with lib.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO children (id, full_name, preferred_name, plan, is_sample, notes, "
                "created_at, updated_at) VALUES (7, 'Step', 'Step', 'adoption', 0, '', "
                "'2024-01-01 00:00:00', '2024-01-01 00:00:00')"
            )
        backup = migrate.upgrade(lib.engine, db, tmp_path / "b")
        assert backup is not None and backup.parent == tmp_path / "b"
        assert migrate.current_revision(lib.engine) == migrate.head_revision()
        assert migrate.upgrade(lib.engine, db, tmp_path / "b") is None  # nothing left to do
    finally:
        lib.close()


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "head.sqlite3")
    try:
        with lib.engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "compare_server_default": True}
            )
            diff = compare_metadata(context, Base.metadata)
    finally:
        lib.close()
    assert diff == []


def test_a_library_from_a_newer_lifebook_is_refused_without_a_backup(tmp_path: Path) -> None:
    db = tmp_path / "from-the-future.sqlite3"
    lib = Library.open(db)
    with lib.transaction() as s:
        s.add(Child(full_name="Kept Safe"))
    with lib.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0099'")
    lib.close()
    before = _raw_rows(db)

    with pytest.raises(LibraryError) as caught:
        Library.open(db)

    message = str(caught.value)
    assert str(db) in message and "0099" in message and "newer" in message
    assert _raw_rows(db) == before
    backups = tmp_path / "from-the-future.backups"
    assert not backups.exists() or not any(backups.iterdir())


def test_0003_turns_markup_into_marks_and_normalises_names(tmp_path: Path) -> None:
    """Old light markup becomes marks; literal asterisks and every word survive; NFC."""
    db = tmp_path / "rev2.sqlite3"
    lib = Library.open(db, migrate_schema=False)
    try:
        migrate.upgrade(lib.engine, db, tmp_path / "b", target="0002")
        decomposed = "Nguye\u0302\u0303n Va\u0306n An"  # "Nguyễn Văn An" typed decomposed
        with lib.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO children (id, full_name, preferred_name, plan, is_sample, notes, "
                "created_at, updated_at) VALUES (1, ?, 'An', 'adoption', 0, '', "
                "'2024-01-01 00:00:00', '2024-01-01 00:00:00')", (decomposed,))
            conn.exec_driver_sql(
                "INSERT INTO books (id, child_id, kind, title, trim, status, created_at, "
                "updated_at) VALUES (1, 1, 'life-story', 'An', 'a4-portrait', 'draft', "
                "'2024-01-01 00:00:00', '2024-01-01 00:00:00')")
            conn.exec_driver_sql(
                "INSERT INTO pages (id, book_id, position, section, template, prompt) "
                "VALUES (1, 1, 0, '', 'text-only', '')")
            conn.exec_driver_sql(
                "INSERT INTO frame_contents (id, page_id, frame_key, text, crop_x, crop_y, "
                "crop_zoom, rotation) VALUES (1, 1, 'text', ?, 0.5, 0.5, 1, 0)",
                ("An **loves** cats.\n5 * 3 is *fifteen*", ))
        migrate.upgrade(lib.engine, db, tmp_path / "b")
        with lib.session() as s:
            row = s.get(FrameContentRow, 1)
            rich = RichText.from_storage(row.text, row.marks)
            assert rich.text == "An loves cats.\n5 * 3 is fifteen"
            assert rich.marks == (Mark(3, 8, BOLD), Mark(24, 31, ITALIC))
            child = s.get(Child, 1)
            assert child.full_name == "Nguyễn Văn An" and len(child.full_name) == 13
            assert (child.pronouns, child.dob_precision) == ("", "day")
    finally:
        lib.close()


def test_0004_gives_chronology_events_a_category_place_flags_and_order(tmp_path: Path) -> None:
    """A library at 0003 with events upgrades keeping them, ordered by their dates."""
    db = tmp_path / "rev3.sqlite3"
    lib = Library.open(db, migrate_schema=False)
    try:
        migrate.upgrade(lib.engine, db, tmp_path / "b", target="0003")
        with lib.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO children (id, full_name, preferred_name, plan, is_sample, notes, "
                "pronouns, dob_precision, created_at, updated_at) VALUES (1, 'Sam', 'Sam', "
                "'adoption', 0, '', '', 'day', '2024-01-01 00:00:00', '2024-01-01 00:00:00')")
            for row_id, text, start, title in (
                (1, "2020", "2020-01-01", "Started nursery"),
                (2, "spring 2018", "2018-03-01", "Moved to Nan's"),
                (3, "", None, "Some time, a visit"),
            ):
                conn.exec_driver_sql(
                    "INSERT INTO chronology_events (id, child_id, date_text, date_start, "
                    "precision, title, detail, include_in_book, source, created_at) VALUES "
                    "(?, 1, ?, ?, 'year', ?, 'kept', 1, 'typed', '2024-01-01 00:00:00')",
                    (row_id, text, start, title))
        migrate.upgrade(lib.engine, db, tmp_path / "b")
        with lib.session() as s:
            events = {e.id: e for e in s.scalars(select(ChronologyEvent))}
            assert [events[i].title for i in (1, 2, 3)] == [
                "Started nursery", "Moved to Nan's", "Some time, a visit"]
            assert all(e.detail == "kept" and e.source == "typed" for e in events.values())
            assert {(e.category, e.place, e.sensitive, e.private, e.source_row_hash)
                    for e in events.values()} == {("other", "", False, False, "")}
            assert [events[i].position for i in (2, 1, 3)] == [0, 1, 2]
    finally:
        lib.close()


def test_schema_head_constant_is_alembics_head() -> None:
    # a new revision must also move SCHEMA_HEAD, or libraries would never be upgraded to it
    assert migrate.alembic_head() == migrate.SCHEMA_HEAD


def test_opening_an_up_to_date_library_does_not_import_alembic(tmp_path) -> None:
    import subprocess
    import sys

    db = tmp_path / "lib.sqlite3"
    Library.open(db).engine.dispose()
    probe = ("import sys; from lifebook.store.db import Library; "
             f"lib = Library.open({str(db)!r}); lib.engine.dispose(); "
             "print('alembic' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"
