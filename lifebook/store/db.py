"""Opening a library: engine, sessions, media store, one transaction per action."""

from __future__ import annotations

import getpass
import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from lifebook.fileio import remove_stale_temporaries
from lifebook.i18n import translate
from lifebook.store import changes, migrate, opening, page_versions, revisions
from lifebook.store.media import MediaStore
from lifebook.store.models import AuditEntry, Base
from lifebook.store.opening import (  # noqa: F401  (re-exported)
    DamagedLibrary,
    LibraryError,
    ServerUnreachable,
)
from lifebook.store.paths import backups_dir_for, cache_dir_for, media_dir_for

changes.install()  # a book's updated_at follows its pages, frames and photos


def current_user() -> str:
    try:
        return os.environ.get("LIFEBOOK_USER") or getpass.getuser()
    except Exception:  # no login name on some locked-down machines
        return translate("store.db", "unknown user")


def _sqlite_engine(db_path: Path, *, read_only: bool = False, wal: bool = True) -> Engine:
    """An engine whose transactions really are transactions, DDL included.

    Python's sqlite3 driver begins a transaction only before INSERT/UPDATE/
    DELETE, so a schema change ran in autocommit and a kill mid-upgrade could
    leave half a migration. The driver's own transaction handling is turned
    off and every SQLAlchemy transaction sends BEGIN itself (SQLAlchemy's
    documented recipe for pysqlite), so an upgrade commits whole or not at all.
    """
    if read_only:
        # immutable: a library on a CD, a read-only share or a full disk has no -shm to share
        immutable = "&immutable=1" if opening.needs_immutable(db_path) else ""
        url = f"sqlite:///file:{db_path}?mode=ro{immutable}&uri=true"
    else:
        url = f"sqlite:///{db_path}"
    engine = create_engine(url, future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # we send BEGIN ourselves (see _on_begin)
        cur = dbapi_conn.cursor()
        if wal and not read_only:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        # A user action takes the write lock up front (IMMEDIATE): two programs changing
        # the library at once then queue (busy_timeout) instead of deadlocking mid-way.
        write = conn.get_execution_options().get("lifebook_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _storage_problem(db_path: Path, exc: OperationalError) -> Exception:
    """A full disk or a locked library in words; anything else as it was."""
    text = str(exc.orig or exc).lower()
    if "full" in text:
        free = shutil.disk_usage(db_path.parent).free
        return LibraryError(
            translate("store.db", "the disk holding {parent} is full ({value3:.1f} MB "
                                  "free), so this change was not saved; nothing already "
                                  "stored was lost. Free some space and try again").format(
                                      parent=db_path.parent, value3=free / 1000000.0))
    if "locked" in text or "busy" in text:
        return LibraryError(translate("store.db", "{db_path} is busy in another Lifebook; "
                                                  "try again in a moment").format(db_path=db_path))
    return exc


def _create_library(db_path: Path) -> None:
    """Build a new library aside and put it in place whole (see store.opening)."""
    tmp = opening.creating_path(db_path)
    engine = _sqlite_engine(tmp, wal=False)
    try:
        migrate.upgrade(engine, None, None)
    finally:
        engine.dispose()
    opening.publish(tmp, db_path)  # if another program won the race, we open theirs


@dataclass
class Library:
    """An open Lifebook library. Pass it explicitly; there is no global one."""

    db_path: Path
    engine: Engine
    media: MediaStore
    cache_dir: Path
    backup_taken: Path | None = None
    actor: str = field(default_factory=current_user)
    read_only: bool = False  # on read-only media or a full disk: shown, never changed
    read_only_reason: str = ""
    damage: str = ""  # why a damaged library was opened read-only (see Library.open)
    url: str = ""  # a team library's server address, without its password ("" for a file)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            self.engine.execution_options(lifebook_write=True), expire_on_commit=False)
        revisions.watch_edits(self._write_sessions, lambda: self.actor)  # edits reopen approval
        page_versions.watch_pages(self._write_sessions, lambda: self.actor)  # "Jo changed this page"

    @classmethod
    def open(cls, db_path: Path, *, migrate_schema: bool = True, create_folder: bool = True,
             read_only: bool = False, read_only_if_damaged: bool = False) -> Library:
        """Open (or create) the library at ``db_path``.

        ``create_folder=False`` refuses a path into a folder that does not exist
        (a mistyped path must not look like an empty library). A library that
        cannot be written (read-only media) opens read-only. A damaged library is
        refused, or with ``read_only_if_damaged`` opened read-only if SQLite can
        still read it (``damage`` then says what is wrong): the window shows
        what can be saved from it and points to the newest backup.
        """
        db_path = Path(db_path)
        opening.check_folder(db_path, create=create_folder)
        remove_stale_temporaries(
            db_path.parent, f"{opening.CREATING_PREFIX}*{db_path.name}*")
        kind = opening.classify(db_path)
        reason = "" if not read_only else translate("store.db", "{db_path} was opened read-only").format(
            db_path=db_path)
        reason = reason or opening.why_read_only(db_path)
        writable = not reason
        try:
            state = opening.inspect_sqlite(db_path, set(Base.metadata.tables), writable=writable) \
                if kind == "sqlite" else kind
        except opening.DamagedLibrary as exc:
            if not read_only_if_damaged or not opening.readable(db_path):
                raise
            return cls(db_path=db_path, engine=_sqlite_engine(db_path, read_only=True),
                       media=MediaStore(media_dir_for(db_path)), cache_dir=cache_dir_for(db_path),
                       read_only=True, damage=str(exc),
                       read_only_reason=translate("store.db", "{db_path} is damaged, so nothing can be "
                                                              "changed").format(db_path=db_path))
        if state == "unfinished":
            if not writable:
                raise LibraryError(translate("store.db", "{db_path} was never finished and cannot "
                                                         "be changed here").format(db_path=db_path))
            for leftover in (db_path, *(db_path.with_name(db_path.name + s) for s in ("-wal", "-shm"))):
                leftover.unlink(missing_ok=True)  # it holds nothing: make it anew
            kind = "missing"
        if kind != "sqlite" and migrate_schema:
            if not writable:
                raise LibraryError(translate("store.db", "cannot create a library at {db_path}: "
                                                         "{reason}").format(db_path=db_path, reason=reason))
            _create_library(db_path)
        engine = _sqlite_engine(db_path, read_only=not writable)
        backup = None
        try:
            if migrate_schema and not writable:
                if migrate.current_revision(engine) != migrate.head_revision():
                    raise LibraryError(translate("store.db", "{db_path} needs upgrading, but it is "
                                                             "read-only here; copy it somewhere you "
                                                             "can write and open the copy").format(
                                                                 db_path=db_path))
            elif migrate_schema:
                backup = migrate.upgrade(engine, db_path, backups_dir_for(db_path))
        except migrate.MigrationError as exc:
            engine.dispose()
            raise LibraryError(f"{db_path}: {exc}") from exc
        except SQLAlchemyError as exc:
            engine.dispose()
            raise LibraryError(opening.with_backup(
                db_path, translate("store.db", "the library {db_path} could not be opened "
                                               "({value3})").format(
                                                   db_path=db_path, value3=getattr(exc, 'orig', None) or exc))) from exc
        except LibraryError:
            engine.dispose()
            raise
        library = cls(
            db_path=db_path,
            engine=engine,
            media=MediaStore(media_dir_for(db_path)),
            cache_dir=cache_dir_for(db_path),
            backup_taken=backup,
            read_only=not writable,
            read_only_reason=reason,
        )
        if writable:
            remove_stale_temporaries(library.media.root / "incoming", "*.part")
        return library

    @classmethod
    def open_server(cls, location: str) -> Library:
        """Open the team library at a ``postgresql://`` URL (see ``store.server``).

        The schema is never changed here: ``lifebook server init`` does that. The
        audit log's "who" starts as the database login.
        """
        from lifebook.store import server
        from lifebook.store.server_media import ServerMediaStore

        url = server.parse_url(location)
        where = server.display(url)
        engine = server.make_engine(url)
        try:
            with engine.connect() as conn:
                login = str(conn.execute(text("SELECT current_user")).scalar())
            current = migrate.current_revision(engine)
        except (DBAPIError, ServerUnreachable) as exc:
            engine.dispose()
            raise server.connect_problem(url, exc) from exc
        head = migrate.head_revision()
        if current != head:
            engine.dispose()
            if current is None:
                raise LibraryError(translate("store.db", "{where} is not a Lifebook team library "
                                                         "yet; your IT team sets it up with: "
                                                         "lifebook server init --url {where}").format(
                                                             where=where))
            if migrate.is_newer(current):
                raise LibraryError(translate("store.db", "the team library {where} was set up by a "
                                                         "newer Lifebook (schema {current}); "
                                                         "please update Lifebook").format(
                                                             where=where, current=current))
            raise LibraryError(translate("store.db", "the team library {where} needs upgrading "
                                                     "(schema {current}, this Lifebook uses "
                                                     "{head}); your IT team upgrades it with: "
                                                     "lifebook server init --url {where}").format(
                                                         where=where, current=current, head=head))
        # this laptop's disposable files: originals fetched (store.server_media), print
        # images and thumbnails, the typing journal; all under one folder per server library
        stand_in = server.local_folder(url) / "team-library"
        stand_in.parent.mkdir(parents=True, exist_ok=True)
        media = ServerMediaStore(media_dir_for(stand_in), engine, where)
        remove_stale_temporaries(media.root / "incoming", "*.part")
        remove_stale_temporaries(media.root, "*/.*.part")  # fetches cut short
        with suppress(DBAPIError, ServerUnreachable, OSError):  # a child moved to another worker leaves this laptop
            media.forget_unseen(cache_dir_for(stand_in))
        return cls(db_path=stand_in, engine=engine, media=media,
                   cache_dir=cache_dir_for(stand_in), actor=login, url=where)

    @property
    def is_server(self) -> bool:
        return bool(self.url)

    @property
    def where(self) -> str:
        """The library as shown to people: its file, or its server address."""
        return self.url or str(self.db_path)

    def session(self) -> Session:
        """A read session; use ``transaction()`` for anything that changes data."""
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: committed as a whole on success, rolled back on any error.

        On a team server, losing the connection raises ServerUnreachable; if it went
        while the change was being committed, with ``outcome_unknown`` (it may be stored).
        """
        if self.read_only:
            raise LibraryError(self.read_only_reason or translate("store.db", "{db_path} is read-only here, so nothing "
                                                                              "can be changed").format(
                                                                                  db_path=self.db_path))
        committing = False
        try:
            with self._write_sessions() as session, session.begin():
                yield session
                session.flush()  # everything but the COMMIT itself: a failure here stored nothing
                committing = True
        except ServerUnreachable as exc:
            if committing:
                raise ServerUnreachable(translate(
                    "store.db", "the team server could not be reached while this change was being "
                                "saved, so it may or may not be stored"), outcome_unknown=True, orig=exc.orig) from exc
            raise
        except DBAPIError as exc:
            if self.url:
                from lifebook.store import server

                raise server.problem(self.url, exc) from exc
            if isinstance(exc, OperationalError):
                raise _storage_problem(self.db_path, exc) from exc
            raise

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
