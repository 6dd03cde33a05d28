"""Create or upgrade the library schema with Alembic, backing up first.

Before upgrading a library that already holds data, a copy is taken with
SQLite's online backup API (never by copying the .db file, whose newest
pages may still sit in the -wal file). Migrations run with foreign keys
off, because a batch table rebuild with foreign keys on would cascade
deletes into child rows; ``PRAGMA foreign_key_check`` runs afterwards and
any violation aborts the upgrade.

Opening a library that is already up to date does not import Alembic (about
a quarter of a second): the stored revision is read with one query and
compared with ``SCHEMA_HEAD``. ``tests/store/test_store_migrations.py`` keeps
that constant equal to Alembic's head, so a new revision cannot be forgotten
here.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

# The newest revision under migrations/versions (see the module docstring).
SCHEMA_HEAD = "0017"


class MigrationError(RuntimeError):
    pass


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The newest revision this version of Lifebook knows (``SCHEMA_HEAD``)."""
    return SCHEMA_HEAD


def is_newer(revision: str) -> bool:
    """Whether a stored revision is one a newer Lifebook wrote (revision ids are numbered)."""
    return revision.isdigit() and SCHEMA_HEAD.isdigit() and int(revision) > int(SCHEMA_HEAD)


def alembic_head() -> str:
    """The head as Alembic reads it from the revision files (imports Alembic)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    """The revision stored in the library (None for an empty database), without Alembic."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_sqlite(db_path: Path, dest: Path) -> Path:
    """Copy a live SQLite database (WAL included) with the online backup API."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(db_path)
    try:
        out = sqlite3.connect(dest)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    return dest


def _is_known_revision(cfg: Config, revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(cfg).get_revision(revision) is not None
    except CommandError:
        return False


def _has_user_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        names = conn.execute(
            text("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
        ).scalars()
        return any(n != "alembic_version" for n in names)


def upgrade(
    engine: Engine, db_path: Path | None, backups_dir: Path | None, target: str = "head"
) -> Path | None:
    """Bring the schema to ``target``. Returns the backup path if one was taken."""
    head = head_revision() if target == "head" else target
    current = current_revision(engine)
    if current == head:
        return None
    from alembic import command

    cfg = alembic_config()
    if current is not None and not _is_known_revision(cfg, current):
        raise MigrationError(
            f"this library was saved by a newer version of Lifebook (schema {current}); "
            f"this version reads schemas up to {head_revision()}. Please update Lifebook"
        )
    backup = None
    is_sqlite = engine.dialect.name == "sqlite"
    if is_sqlite and db_path is not None and backups_dir is not None and _has_user_tables(engine):
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_sqlite(db_path, backups_dir / f"before-{current or 'none'}-to-{head}-{stamp}.sqlite3")
    with engine.connect() as conn:
        # PRAGMA foreign_keys is ignored inside a transaction, so it is set on the
        # driver's connection before the upgrade's one transaction begins.
        raw = conn.connection.driver_connection if is_sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)  # one transaction: a kill leaves the old schema
            conn.commit()
            if raw is not None:
                problems = raw.execute("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise MigrationError(
                        f"the upgrade left {len(problems)} broken links between records; "
                        f"your data is safe in the backup {backup}"
                    )
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")
    return backup
