"""Revision 0009: children stored before it get a nation and a worker, and their dates stay."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from lifebook.services.caseload import list_deliverables
from lifebook.services.children import list_children
from lifebook.store import migrate
from lifebook.store.db import Library

SAMPLE = Path(__file__).resolve().parent / "samples" / "library-rev0001.sql"


def _columns(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {row[1] for row in conn.execute("PRAGMA table_info(children)")}
    finally:
        conn.close()


def test_children_from_before_0009_get_england_and_wales_and_no_worker(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(db)
    conn.executescript(SAMPLE.read_text(encoding="utf-8"))
    conn.close()
    lib = Library.open(db, migrate_schema=False)
    try:
        migrate.upgrade(lib.engine, db, tmp_path / "b", target="0005")
        assert "nation" not in _columns(db)
        migrate.upgrade(lib.engine, db, tmp_path / "b")
    finally:
        lib.close()
    assert {"nation", "match_date", "order_date", "plan_started", "allocated_worker"} <= _columns(db)
    lib = Library.open(db)
    try:
        children = list_children(lib)
        assert children and {(c.nation, c.allocated_worker) for c in children} == {("england-wales", "")}
        assert all(c.key_dates["match"] is None and c.key_dates["order"] is None for c in children)
        assert list_deliverables(lib, date(2026, 11, 27))  # the rules run on the old children
    finally:
        lib.close()


def test_0009_downgrades_to_0005(tmp_path: Path) -> None:
    from alembic import command

    db = tmp_path / "down.sqlite3"
    Library.open(db).close()
    cfg = migrate.alembic_config()
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{db}")
    command.downgrade(cfg, "0005")
    assert "nation" not in _columns(db)
    command.upgrade(cfg, "0009")
    assert "allocated_worker" in _columns(db)
