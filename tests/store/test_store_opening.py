"""Opening a library never makes things worse: half-made, foreign, damaged and
read-only files, missing folders, interrupted upgrades and concurrent creation."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from lifebook.store import migrate
from lifebook.store.db import Library, LibraryError
from lifebook.store.models import Child
from lifebook.store.opening import CREATING_PREFIX


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


def _old(path: Path) -> None:
    stamp = time.time() - 3600
    os.utime(path, (stamp, stamp))


def test_a_new_library_is_built_aside_and_stray_builds_are_cleared(tmp_path: Path) -> None:
    stray = tmp_path / f"{CREATING_PREFIX}999-1-library.sqlite3"
    stray.write_bytes(b"half a library from a killed Lifebook")
    _old(stray)
    lib = Library.open(tmp_path / "library.sqlite3")
    try:
        assert migrate.current_revision(lib.engine) == migrate.head_revision()
    finally:
        lib.close()
    assert not stray.exists()
    assert not list(tmp_path.glob(f"{CREATING_PREFIX}*"))


@pytest.mark.parametrize("tables", ["none", "some"])
def test_a_half_made_library_holding_nothing_is_rebuilt(tmp_path: Path, tables: str) -> None:
    db = tmp_path / "library.sqlite3"
    conn = sqlite3.connect(db)
    if tables == "some":  # what a kill during an old first-run creation left
        conn.execute("CREATE TABLE children (id INTEGER PRIMARY KEY, full_name TEXT)")
    else:
        conn.execute("PRAGMA user_version=0")
        conn.execute("CREATE TABLE t (x)")
        conn.execute("DROP TABLE t")
    conn.commit()
    conn.close()
    lib = Library.open(db)
    try:
        with lib.transaction() as s:
            s.add(Child(full_name="First Child"))
        with lib.session() as s:
            assert s.scalars(select(Child.full_name)).all() == ["First Child"]
    finally:
        lib.close()


def test_another_programs_database_is_refused_and_not_changed(tmp_path: Path) -> None:
    db = tmp_path / "accounts.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("INSERT INTO invoices VALUES (1, 99.5)")
    conn.commit()
    conn.close()
    before = _bytes(db)
    with pytest.raises(LibraryError, match="another program's database"):
        Library.open(db)
    assert _bytes(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["accounts.sqlite3"]


def _a_library(tmp_path: Path) -> Path:
    db = tmp_path / "library.sqlite3"
    lib = Library.open(db)
    with lib.transaction() as s:
        s.add(Child(full_name="Kept Safe"))
    lib.close()
    return db


@pytest.mark.parametrize("damage", ["truncated", "header-only", "corrupt-pages"])
def test_a_damaged_library_is_refused_naming_the_newest_backup(tmp_path: Path, damage: str) -> None:
    db = _a_library(tmp_path)
    backups = tmp_path / "library.backups"
    backups.mkdir()
    (backups / "before-0002-to-0003.sqlite3").write_bytes(_bytes(db))
    data = _bytes(db)
    if damage == "truncated":
        data = data[: len(data) // 3 + 100]
    elif damage == "header-only":
        data = data[:16]
    else:
        data = data[:100] + bytes(range(256)) * 40 + data[100 + 256 * 40:]
    db.write_bytes(data)
    with pytest.raises(LibraryError) as caught:
        Library.open(db)
    message = str(caught.value)
    assert str(db) in message and "damaged" in message or "cannot" in message
    assert "before-0002-to-0003.sqlite3" in message
    assert _bytes(db) == data


def test_a_device_is_not_a_library(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="not a library file"):
        Library.open(Path("/dev/null"))


def test_a_mistyped_folder_is_not_created(tmp_path: Path) -> None:
    target = tmp_path / "Documnets" / "cases" / "library.sqlite3"
    with pytest.raises(LibraryError, match="does not exist"):
        Library.open(target, create_folder=False)
    assert not (tmp_path / "Documnets").exists()


def test_a_read_only_library_can_be_read_but_not_changed(tmp_path: Path) -> None:
    db = _a_library(tmp_path)
    before = _bytes(db)
    lib = Library.open(db, read_only=True)
    try:
        assert lib.read_only
        with lib.session() as s:
            assert s.scalars(select(Child.full_name)).all() == ["Kept Safe"]
        with pytest.raises(LibraryError, match="read-only"), lib.transaction() as s:
            s.add(Child(full_name="Never Stored"))
    finally:
        lib.close()
    assert _bytes(db) == before


def test_an_interrupted_upgrade_leaves_the_old_schema_whole(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "library.sqlite3"
    lib = Library.open(db, migrate_schema=False)
    migrate.upgrade(lib.engine, db, tmp_path / "b", target="0002")
    with lib.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO children (id, full_name, preferred_name, plan, is_sample, notes, "
            "created_at, updated_at) VALUES (1, 'Old', 'Old', 'adoption', 0, '', "
            "'2024-01-01 00:00:00', '2024-01-01 00:00:00')")
        conn.exec_driver_sql(
            "INSERT INTO books (id, child_id, kind, title, trim, status, created_at, updated_at) "
            "VALUES (1, 1, 'life-story', 'B', 'a4-portrait', 'draft', '2024-01-01 00:00:00', "
            "'2024-01-01 00:00:00')")
        conn.exec_driver_sql("INSERT INTO pages (id, book_id, position, section, template, prompt) "
                             "VALUES (1, 1, 0, '', 'text-only', '')")
        conn.exec_driver_sql(
            "INSERT INTO frame_contents (id, page_id, frame_key, text, crop_x, crop_y, crop_zoom, "
            "rotation) VALUES (1, 1, 'text', 'Some **words**', 0.5, 0.5, 1, 0)")


    def killed(_text: str) -> None:  # 0003 has changed the schema when it gets here
        raise KeyboardInterrupt("stands in for a kill part-way through the upgrade")

    monkeypatch.setattr("lifebook.model.richtext.from_legacy_markup", killed)
    with pytest.raises(KeyboardInterrupt):
        migrate.upgrade(lib.engine, db, tmp_path / "b")
    assert migrate.current_revision(lib.engine) == "0002"
    columns = {c["name"] for c in inspect(lib.engine).get_columns("frame_contents")}
    assert "marks" not in columns
    assert "pronouns" not in {c["name"] for c in inspect(lib.engine).get_columns("children")}
    lib.close()
    monkeypatch.undo()
    again = Library.open(db)
    try:
        assert migrate.current_revision(again.engine) == migrate.head_revision()
        with again.session() as s:
            assert s.get(Child, 1).full_name == "Old"
    finally:
        again.close()


def test_stale_import_temporaries_are_cleared_on_open(tmp_path: Path) -> None:
    db = _a_library(tmp_path)
    incoming = tmp_path / "library.media" / "incoming"
    incoming.mkdir(parents=True)
    stale, live = incoming / "tmpold.part", incoming / "tmpnew.part"
    stale.write_bytes(b"x")
    live.write_bytes(b"y")
    _old(stale)
    Library.open(db).close()
    assert not stale.exists() and live.exists()  # another import may still be writing "live"


def test_two_programs_creating_the_same_library_both_open_it(tmp_path: Path) -> None:
    db = tmp_path / "shared" / "library.sqlite3"
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from lifebook.store.db import Library
        from lifebook.store.models import Child
        lib = Library.open(Path({str(db)!r}))
        with lib.transaction() as s:
            s.add(Child(full_name="From " + sys.argv[1]))
        lib.close()
        print("ok")
    """)
    procs = [subprocess.Popen([sys.executable, "-c", script, name], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for name in ("one", "two")]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [o[0].strip() for o in outs] == ["ok", "ok"], [o[1] for o in outs]
    lib = Library.open(db)
    try:
        with lib.session() as s:
            assert sorted(s.scalars(select(Child.full_name))) == ["From one", "From two"]
    finally:
        lib.close()


def test_a_damaged_but_readable_library_can_be_opened_read_only_to_save_what_is_left(
        tmp_path: Path) -> None:
    db = _a_library(tmp_path)
    conn = sqlite3.connect(db)
    # damage an index page, as a failing disk might: checks fail, the tables still read
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE type='index' "
                        "AND tbl_name='audit_entries' LIMIT 1").fetchone()[0]
    conn.close()
    data = bytearray(db.read_bytes())
    data[(root - 1) * page_size] = 0x55  # not a b-tree page type
    db.write_bytes(bytes(data))
    with pytest.raises(LibraryError, match="damaged"):
        Library.open(db)
    lib = Library.open(db, read_only_if_damaged=True)
    try:
        assert lib.read_only and "damaged" in lib.damage
        with lib.session() as s:
            assert s.scalars(select(Child.full_name)).all() == ["Kept Safe"]
    finally:
        lib.close()


def test_a_full_disk_is_a_message_and_nothing_stored_is_lost(tmp_path: Path) -> None:
    from sqlalchemy import event

    db = _a_library(tmp_path)
    lib = Library.open(db)
    try:
        pages = lib.engine.connect().exec_driver_sql("PRAGMA page_count").scalar()

        @event.listens_for(lib.engine, "connect")
        def _no_room(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
            dbapi_conn.execute(f"PRAGMA max_page_count={pages}")  # as if the disk were full

        lib.engine.dispose()
        with pytest.raises(LibraryError, match="is full .* MB free.*nothing already stored was lost"), \
                lib.transaction() as s:
            for n in range(2000):
                s.add(Child(full_name=f"Child {n} " + "x" * 150))
        with lib.session() as s:
            assert s.scalars(select(Child.full_name)).all() == ["Kept Safe"]
    finally:
        lib.close()
