"""Opening a library: engine, sessions, media store, one transaction per action."""

from __future__ import annotations

import getpass
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from lifebook.store import migrate
from lifebook.store.media import MediaStore
from lifebook.store.models import AuditEntry
from lifebook.store.paths import backups_dir_for, cache_dir_for, media_dir_for


class LibraryError(RuntimeError):
    """The library cannot be opened; the message says why and where."""


def current_user() -> str:
    try:
        return os.environ.get("LIFEBOOK_USER") or getpass.getuser()
    except Exception:  # no login name on some locked-down machines
        return "unknown user"


def _sqlite_engine(db_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}", future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.close()

    return engine


@dataclass
class Library:
    """An open Lifebook library. Pass it explicitly; there is no global one."""

    db_path: Path
    engine: Engine
    media: MediaStore
    cache_dir: Path
    backup_taken: Path | None = None
    actor: str = field(default_factory=current_user)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def open(cls, db_path: Path, *, migrate_schema: bool = True) -> Library:
        db_path = Path(db_path)
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(f"cannot create the library folder {db_path.parent}: {exc.strerror}") from exc
        if db_path.exists() and not _looks_like_sqlite(db_path):
            raise LibraryError(f"{db_path} is not a Lifebook library (it is not an SQLite database)")
        engine = _sqlite_engine(db_path)
        backup = None
        if migrate_schema:
            try:
                backup = migrate.upgrade(engine, db_path, backups_dir_for(db_path))
            except migrate.MigrationError as exc:
                raise LibraryError(f"{db_path}: {exc}") from exc
        return cls(
            db_path=db_path,
            engine=engine,
            media=MediaStore(media_dir_for(db_path)),
            cache_dir=cache_dir_for(db_path),
            backup_taken=backup,
        )

    def session(self) -> Session:
        """A read session; use ``transaction()`` for anything that changes data."""
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: committed as a whole on success, rolled back on any error."""
        with self._sessions() as session, session.begin():
            yield session

    def audit(
        self,
        session: Session,
        action: str,
        object_type: str = "",
        object_id: int | None = None,
        **detail: object,
    ) -> None:
        session.add(
            AuditEntry(
                actor=self.actor,
                action=action,
                object_type=object_type,
                object_id=object_id,
                detail=json.dumps(detail, default=str, ensure_ascii=False) if detail else "",
            )
        )

    def close(self) -> None:
        self.engine.dispose()


def _looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise LibraryError(f"cannot read the library {path}: {exc.strerror}") from exc
    return header in (b"", b"SQLite format 3\x00")
