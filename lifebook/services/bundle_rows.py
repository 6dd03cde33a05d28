"""A child's rows, found by walking the schema generically, and put back with fresh ids.

Nothing here names a table other than ``children``: a table belongs to a
child when one of its *owning* foreign keys (one that cascades on delete, or
cannot be empty) points at a table that belongs to a child. So tables that
later revisions add (workflow, caseload, words and pictures) travel in a
bundle without a change here. ``audit_entries`` and ``alembic_version`` stay
behind, and so do ``allocations`` (who works with the child on one team server:
the receiving library decides that itself, and a worker may not write it). A foreign key that only refers (``ON DELETE SET NULL``: a letter
copied from a sibling's) is carried when its row travels too, and emptied
otherwise.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import cast

from sqlalchemy import Column, CursorResult, ForeignKey, LargeBinary, Table, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.sqltypes import Date, DateTime

from lifebook.store.models import Base

ROOT = "children"
LEFT_BEHIND = {"audit_entries", "alembic_version", "allocations"}
IN_CHUNK = 500


def owning(fk: ForeignKey) -> bool:
    """Whether the row belongs to what ``fk`` points at (it cascades, or cannot be empty)."""
    col = fk.parent
    return not col.nullable or (fk.ondelete or "").upper() == "CASCADE"


def _fks(table: Table) -> list[ForeignKey]:
    return sorted(table.foreign_keys, key=lambda fk: fk.parent.name)


def child_tables() -> list[Table]:
    """The tables that hold a child's records, parents before the tables that refer to them."""
    owned: list[Table] = []
    names: set[str] = set()
    for table in Base.metadata.sorted_tables:
        if table.name in LEFT_BEHIND:
            continue
        if table.name == ROOT or any(
                owning(fk) and fk.column.table.name in names for fk in _fks(table)):
            owned.append(table)
            names.add(table.name)
    return owned


def single_pk(table: Table) -> Column | None:
    """The table's own integer id column, given afresh on import (None for link tables)."""
    pk = list(table.primary_key.columns)
    if len(pk) == 1 and not pk[0].foreign_keys:
        return pk[0]
    return None


def _encode(value: object) -> object:
    if isinstance(value, bytes):
        return {"b64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def decode(column: Column, value: object) -> object:
    """A JSON value back to what ``column`` stores."""
    if value is None:
        return None
    if isinstance(column.type, LargeBinary) and isinstance(value, dict):
        return base64.b64decode(value["b64"])
    if isinstance(column.type, DateTime) and isinstance(value, str):
        return datetime.fromisoformat(value)
    if isinstance(column.type, Date) and isinstance(value, str):
        return date.fromisoformat(value)
    return value


def _chunks(ids: list[object]) -> Iterable[list[object]]:
    for n in range(0, len(ids), IN_CHUNK):
        yield ids[n:n + IN_CHUNK]


def _take(found: dict[tuple, dict], pk_cols: list[Column], rows: Iterable) -> int:
    """Keep rows not seen yet (by primary key); returns how many were new."""
    added = 0
    for row in rows:
        key = tuple(row._mapping[c.name] for c in pk_cols)
        if key not in found:
            found[key] = dict(row._mapping)
            added += 1
    return added


@dataclass(frozen=True)
class ChildRows:
    """Every row that belongs to one child: table name -> rows as JSON-ready dicts."""

    tables: dict[str, list[dict]]

    @property
    def count(self) -> int:
        return sum(len(rows) for rows in self.tables.values())

    @property
    def photos(self) -> list[tuple[str, str]]:
        """(sha256, format) of each photo original the rows refer to."""
        return sorted({(m["sha256"], m["format"]) for m in self.tables.get("media_items", [])})


def collect(session: Session, child_id: int) -> ChildRows:
    """Every row that belongs to the child, table by table, as JSON-ready dicts."""
    kept: dict[str, set[object]] = {}
    rows_out: dict[str, list[dict]] = {}
    for table in child_tables():
        found: dict[tuple, dict] = {}
        pk_cols = list(table.primary_key.columns)

        def take(rows: Iterable, found: dict = found, pk_cols: list = pk_cols) -> int:
            return _take(found, pk_cols, rows)

        if table.name == ROOT:
            take(session.execute(select(table).where(table.c.id == child_id)))
        for fk in _fks(table):
            ref = fk.column.table.name
            if not owning(fk) or ref == table.name or ref not in kept:
                continue
            ids = sorted(kept[ref], key=str)
            for part in _chunks(ids):
                take(session.execute(select(table).where(fk.parent.in_(part))))
        # rows owned through their own table (a reply's thread): until nothing new is found
        self_fks = [fk for fk in _fks(table) if owning(fk) and fk.column.table is table]
        while self_fks:
            pk = single_pk(table)
            if pk is None:
                break
            have = [r[pk.name] for r in found.values()]
            added = sum(take(session.execute(select(table).where(fk.parent.in_(part))))
                        for fk in self_fks for part in _chunks(have))
            if not added:
                break
        pk = single_pk(table)
        kept[table.name] = {r[pk.name] for r in found.values()} if pk is not None else set()
        rows_out[table.name] = [{k: _encode(v) for k, v in r.items()}
                                for r in sorted(found.values(), key=lambda r: tuple(
                                    str(r[c.name]) for c in pk_cols))]
    return ChildRows(rows_out)


class Remapper:
    """Inserts bundle rows with fresh ids, turning every foreign key to the new ids."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.ids: dict[str, dict[object, object]] = {}  # table -> bundle id -> library id

    def known(self, table: str, old: object) -> object | None:
        return self.ids.get(table, {}).get(old)

    def link(self, table: str, old: object, new: object) -> None:
        self.ids.setdefault(table, {})[old] = new

    def values(self, table: Table, row: dict, **override: object) -> dict | None:
        """The row's values for this library, or None when an owning link cannot be made."""
        pk = single_pk(table)
        out: dict[str, object] = {}
        for column in table.columns:
            if column is pk or column.name not in row:
                continue  # a fresh id; a column the bundle lacks takes its default
            out[column.name] = decode(column, row[column.name])
        for fk in table.foreign_keys:
            name = fk.parent.name
            old = row.get(name)
            if old is None:
                continue
            new = self.known(fk.column.table.name, old)
            if new is None:
                if not fk.parent.nullable:
                    return None
                out[name] = None
            else:
                out[name] = new
        out.update(override)
        return out

    def insert(self, table: Table, row: dict, **override: object) -> object | None:
        """Insert one bundle row; returns its new id (None for link rows or rows left out)."""
        values = self.values(table, row, **override)
        if values is None:
            return None
        result = cast(CursorResult, self.session.execute(table.insert().values(**values)))
        pk = single_pk(table)
        if pk is None:
            return None
        new = (result.inserted_primary_key or (None,))[0]
        self.link(table.name, row.get(pk.name), new)
        return new

    def insert_all(self, table: Table, rows: list[dict], **override: object) -> list[object]:
        """Insert rows whose own-table links (a reply's parent) come first; returns new ids."""
        pk = single_pk(table)
        self_fks = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
        pending = list(rows)
        new_ids: list[object] = []
        while pending:
            ready = [r for r in pending if pk is None or all(
                r.get(c) is None or self.known(table.name, r.get(c)) is not None
                or not any(r.get(c) == o.get(pk.name) for o in pending) for c in self_fks)]
            if not ready:
                ready = pending  # a loop of links: the links that cannot be made are emptied
            for r in ready:
                new = self.insert(table, r, **override)
                if new is not None:
                    new_ids.append(new)
            pending = [r for r in pending if not any(r is x for x in ready)]
        return new_ids
