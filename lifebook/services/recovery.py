"""Crash recovery for the words being typed.

While the user types, the editor writes what is in the text box to a small
journal beside the library (``<name>.typing.json``) on every change, and
commits it to the library a moment later. A crash or a kill between the two
loses nothing: the next start finds the journal and puts the words back
(``recover_typing``), as one ordinary, audited edit.

The journal also notes the page's version the words were typed on. If someone
else changed the page in between (a colleague on a team server, or another
window), the words are not put back over theirs: they are kept as a comment on
the frame, where the worker finds them and can copy what they need.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from lifebook.fileio import write_atomically
from lifebook.model.richtext import Mark, RichText
from lifebook.services import pages as page_service
from lifebook.services.content import load_book_content
from lifebook.services.errors import NotFound, PageChanged
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
    kept_as_comment: bool = False  # someone else changed the page since: the words are a comment
    changed_by: str = ""  # who, then

    def as_dict(self) -> dict:
        """The plain JSON shape."""
        return asdict(self)


def write_typing_journal(library: Library, page_id: int, frame_key: str, rich: RichText,
                         version: int | None = None) -> None:
    """Write the words being typed beside the library, atomically; raises OSError if it cannot.

    ``version``: the page's version the words were typed on (None: unknown, not checked).
    """
    payload = {"page_id": page_id, "frame_key": frame_key, "text": rich.text,
               "marks": rich.marks_json(), "version": version}
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
        version = int(payload["version"]) if payload.get("version") is not None else None
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
                                        tuple(Mark(m.start, m.end, m.style) for m in journal.marks),
                                        expected_version=version)
        except NotFound:
            return None
        except PageChanged as refused:
            _keep_as_comment(library, book_id, page_id, key, journal.text, refused.changed_by)
            recovered = RecoveredTyping(book_id, page_id, page_content.number, key, journal.text,
                                        True, refused.changed_by)
        else:
            recovered = RecoveredTyping(book_id, page_id, page_content.number, key, journal.text)
    path.unlink(missing_ok=True)
    return recovered


def _keep_as_comment(library: Library, book_id: int, page_id: int, key: str, text: str,
                     who: str) -> None:
    """The words as a comment on their frame (a thread, if they are longer than one comment)."""
    from lifebook.model.comments import COMMENT_MAX_CHARS
    from lifebook.services.comments import add_comment, reply

    by = f"{who} changed" if who and who != library.actor else "someone else changed"
    head = (f"The words you were typing here when Lifebook closed unexpectedly. They were not "
            f"put back, because {by} this page since:\n\n")
    size = COMMENT_MAX_CHARS - len(head)
    words = text.strip() or "(nothing but spaces)"
    parts = [words[i:i + size] for i in range(0, len(words), size)]
    first = add_comment(library, book_id, head + parts[0], page_id=page_id, frame_key=key)
    for part in parts[1:]:
        reply(library, first.id, part)
