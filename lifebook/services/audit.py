"""The audit log: who did what, and when, to a child's records.

Every change a service makes is written to ``audit_entries`` in the same
transaction as the change (``Library.audit``); this module adds the events
that change nothing stored (exports, backups, restores), reads the log for
one child or the whole library, and saves it as CSV for the child's file.
The database refuses to change or delete an entry (revision 0010).

"Who" is the name Lifebook works under: the operating-system login, or the
name set with ``LIFEBOOK_USER`` (see ``store.db.current_user``).
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from lifebook.fileio import write_atomically
from lifebook.i18n import translate
from lifebook.services.errors import InvalidInput
from lifebook.store.db import Library
from lifebook.store.models import (
    AuditEntry,
    Book,
    ChronologyEvent,
    MediaItem,
    Page,
    Person,
)

CSV_COLUMNS = ("When", "Who", "What", "Details")


@dataclass(frozen=True)
class AuditInfo:
    id: int
    at: datetime
    who: str
    action: str  # as recorded: "delete photo"
    what: str  # for people: "Deleted a photo"
    details: str  # "file: park.jpg"
    child_id: int | None

    def as_dict(self) -> dict:
        return {"id": self.id, "at": self.at.isoformat(timespec="seconds"), "who": self.who,
                "action": self.action, "what": self.what, "details": self.details,
                "child_id": self.child_id}


def record(library: Library, action: str, object_type: str = "", object_id: int | None = None,
           **detail: object) -> None:
    """Write one audit entry on its own (for events that change nothing else)."""
    with library.transaction() as s:
        library.audit(s, action, object_type, object_id, **detail)


def record_export(library: Library, book_id: int, out: Path, *, pages: int, final: bool,
                  kind: str = "PDF") -> None:
    """Say that a book was exported (the file's name, not its folder: paths can identify)."""
    record(library, "export book", "book", book_id, file=Path(out).name, format=kind,
           pages=pages, final=final)


_PAST = {
    "add": "Added", "delete": "Deleted", "edit": "Changed", "export": "Exported",
    "import": "Imported", "restore": "Restored", "rename": "Renamed", "link": "Linked",
    "unlink": "Unlinked", "agree": "Agreed", "withdraw": "Withdrew", "duplicate": "Duplicated",
    "place": "Placed", "crop": "Cropped", "rotate": "Rotated", "swap": "Swapped",
    "move": "Moved", "reorder": "Reordered", "change": "Changed", "caption": "Captioned",
    "back": "Backed", "set": "Set", "allocate": "Allocated", "unallocate": "Took back",
}


def _what(action: str) -> str:
    verb, _, rest = action.partition(" ")
    past = _PAST.get(verb)
    return f"{past} {rest}".strip() if past else action[:1].upper() + action[1:]


_HIDDEN_KEYS = {"sha256", "child", "child_id"}  # internal, or shown by the log's scope already
_KEY_WORDS = {"media_id": "photo", "media": "photo", "length": "characters", "file": "file",
              "person": "person", "fields": "changed"}


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v).replace("_", " ") for v in value)
    return str(value)


def _details(raw: str, where: str = "") -> str:
    """The entry's details in words ("page 4 of “Poppy's life story”; frame: caption 1")."""
    parts = [where] if where else []
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        data = raw
    if not isinstance(data, dict):
        return "; ".join([*parts, str(data)])
    for key, value in data.items():
        if key in _HIDDEN_KEYS:
            continue
        if key == "frame":  # template keys ("caption1") as words ("caption 1")
            value = re.sub(r"(?<=\D)(\d+)$", r" \1", str(value)).replace("-", " ")
        parts.append(f"{_KEY_WORDS.get(key, key.replace('_', ' '))}: {_value(value)}")
    return "; ".join(parts)


def _page_place(session: Session, page_id: int | None, cache: dict) -> str:
    if page_id is None:
        return ""
    if page_id not in cache:
        row = session.execute(select(Page.position, Book.title).join(Book, Page.book_id == Book.id)
                              .where(Page.id == page_id)).first()
        cache[page_id] = f"page {row[0] + 1} of \u201c{row[1]}\u201d" if row else ""  # i18n: skip (the log is a record, in the source language)
    return cache[page_id]


def _child_of(session: Session, entry: AuditEntry, cache: dict) -> int | None:
    """The child an entry is about, where that can still be told."""
    key = (entry.object_type, entry.object_id)
    if key in cache:
        return cache[key]
    found: int | None = None
    try:
        detail = json.loads(entry.detail) if entry.detail else {}
    except ValueError:
        detail = {}
    if isinstance(detail, dict):
        for name in ("child", "child_id"):
            if isinstance(detail.get(name), int):
                found = detail[name]
    if found is None and entry.object_id is not None:
        kind, ident = entry.object_type, entry.object_id
        if kind == "child":
            found = ident
        elif kind == "book":
            found = session.scalar(select(Book.child_id).where(Book.id == ident))
        elif kind == "page":
            found = session.scalar(select(Book.child_id).join(Page, Page.book_id == Book.id)
                                   .where(Page.id == ident))
        elif kind == "media":
            found = session.scalar(select(MediaItem.child_id).where(MediaItem.id == ident))
        elif kind == "person":
            found = session.scalar(select(Person.child_id).where(Person.id == ident))
        elif kind == "chronology_event":
            found = session.scalar(select(ChronologyEvent.child_id)
                                   .where(ChronologyEvent.id == ident))
    cache[key] = found
    return found


def list_audit(library: Library, child_id: int | None = None, limit: int | None = None
               ) -> list[AuditInfo]:
    """The audit log, newest first; with ``child_id`` only what can be told to be about them."""
    with library.session() as s:
        cache: dict = {}
        pages: dict = {}
        out = []
        for entry in s.scalars(select(AuditEntry).order_by(AuditEntry.at.desc(),
                                                           AuditEntry.id.desc())):
            child = _child_of(s, entry, cache)
            if child_id is not None and child != child_id:
                continue
            when = entry.at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)  # local
            where = _page_place(s, entry.object_id, pages) if entry.object_type == "page" else ""
            out.append(AuditInfo(entry.id, when, entry.actor, entry.action,
                                 _what(entry.action), _details(entry.detail, where), child))
            if limit is not None and len(out) >= limit:
                break
        return out


def export_audit_csv(library: Library, out: Path, child_id: int | None = None) -> int:
    """Save the log (one child's, or all) as CSV for the child's file; returns the rows written.

    Raises InvalidInput for a folder that does not exist or a file that cannot be written.
    """
    out = Path(out)
    if not out.parent.is_dir():
        raise InvalidInput(translate("services.audit", "There is no folder {parent} to save the "
                                                       "audit log in").format(parent=out.parent))
    entries = list_audit(library, child_id)
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(CSV_COLUMNS)
    for e in entries:
        writer.writerow([e.at.strftime("%d/%m/%Y %H:%M:%S"), e.who, e.what, e.details])
    try:
        write_atomically(out, text.getvalue().encode("utf-8-sig"))  # Excel reads the BOM
    except OSError as exc:
        raise InvalidInput(translate("services.audit", "Could not save {out}: {reason}").format(
            out=out, reason=exc.strerror or exc)) from None
    return len(entries)
