"""Crash recovery for the words being typed.

While the user types, the editor writes what is in the text box to a small
journal beside the library (``<name>.typing.json``) on every change, and
commits it to the library a moment later. A crash or a kill between the two
loses nothing: the next start finds the journal and puts the words back
(``recover_typing``), as one ordinary, audited edit.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from lifebook.fileio import write_atomically
from lifebook.model.richtext import Mark, RichText
from lifebook.services import pages as page_service
from lifebook.services.content import load_book_content
from lifebook.services.errors import NotFound
from lifebook.store.db import Library
from lifebook.store.models import Page
from lifebook.store.paths import typing_journal_for


@dataclass(frozen=True)
class RecoveredTyping:
    """Words put back after a crash: where they went and what they were."""

    book_id: int
    page_id: int
    page_number: int
    frame_key: str
    text: str

    def as_dict(self) -> dict:
        """The plain JSON shape."""
        return asdict(self)


def write_typing_journal(library: Library, page_id: int, frame_key: str, rich: RichText) -> None:
    """Write the words being typed beside the library, atomically; raises OSError if it cannot."""
    payload = {"page_id": page_id, "frame_key": frame_key, "text": rich.text,
               "marks": rich.marks_json()}
    write_atomically(typing_journal_for(library.db_path), json.dumps(payload).encode("utf-8"))


def clear_typing_journal(library: Library) -> None:
    """Remove the typing journal once its words are committed; raises nothing if it is gone."""
    typing_journal_for(library.db_path).unlink(missing_ok=True)


def recover_typing(library: Library) -> RecoveredTyping | None:
    """Put back words typed just before a crash; None if there was nothing to recover. Raises nothing."""
    path = typing_journal_for(library.db_path)
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        page_id, key = int(payload["page_id"]), str(payload["frame_key"])
        journal = RichText.from_storage(str(payload["text"]), payload.get("marks") or "")
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        path.unlink(missing_ok=True)  # unreadable: a crash while writing it, nothing to save
        return None
    with library.session() as s:
        page = s.get(Page, page_id)
        book_id = page.book_id if page is not None else None
    if book_id is None:
        path.unlink(missing_ok=True)  # the page has gone since
        return None
    content = load_book_content(library, book_id)
    page_content = next(p for p in content.pages if p.page_id == page_id)
    stored = page_content.frames.get(key)
    stored_rich = stored.rich if stored is not None else RichText()
    recovered = None
    if stored_rich != journal:
        try:
            page_service.set_frame_text(library, page_id, key, journal.text,
                                        tuple(Mark(m.start, m.end, m.style) for m in journal.marks))
        except NotFound:
            return None
        recovered = RecoveredTyping(book_id, page_id, page_content.number, key, journal.text)
    path.unlink(missing_ok=True)
    return recovered
