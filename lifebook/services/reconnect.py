"""Saving to a team server whose connection comes and goes: retry what is safe, look before the rest.

A connection can break at three moments, and each is handled differently:

1. **Before it is used**: the server restarted, or ``pg_terminate_backend`` ended an
   idle connection. The pool pings a connection before lending it (``pool_pre_ping``)
   and quietly makes a new one: nobody notices.
2. **During the change, before COMMIT**: the server rolls back what it had, so nothing
   is stored and the change can safely be made again. ``retrying`` does so at once, a
   couple of times, with pauses well under a second; a server that cannot be reached
   at all (``on_connect``) is not tried again, since that would only wait again.
3. **During COMMIT**: the change may or may not be stored (``outcome_unknown``). It is
   never simply repeated. Page versions tell: a save of words on a page at version
   ``v`` that landed left the page at ``v + 1``, changed by this login, with exactly
   those words (``save_landed``). If so, the save is done and the next one is made on
   ``v + 1``; if not, saving again on ``v`` is right, and if someone else changed the
   page meanwhile, that save is refused (PageChanged) and the editor's conflict path
   keeps both people's words. A repeated save can therefore never overwrite a
   colleague's change, nor double an edit.

Words that could not be saved are also kept on this laptop (``keep_unsaved``), beside the
typing journal, with the page version they were typed on: if the window is closed before
the server is back, the editor saves them the next time the book is opened, through the
same version check (so a colleague's change meanwhile is still caught, never overwritten).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TypeVar

from lifebook.fileio import write_atomically
from lifebook.model.richtext import RichText
from lifebook.services.errors import NotFound
from lifebook.services.pages import snapshot_page
from lifebook.store.db import Library, ServerUnreachable
from lifebook.store.models import Page

T = TypeVar("T")

PAUSES_S = (0.1, 0.3)  # between attempts: two more tries, 0.4 s in all


def retrying(action: Callable[[], T], pauses: tuple[float, ...] = PAUSES_S) -> T:
    """``action()``, tried again when its connection broke before COMMIT; raises ServerUnreachable."""
    for pause in (*pauses, None):
        try:
            return action()
        except ServerUnreachable as exc:
            if pause is None or exc.on_connect or exc.outcome_unknown:
                raise
            time.sleep(pause)
    raise AssertionError("unreachable")  # pragma: no cover  (the loop returns or raises)


def save_landed(library: Library, page_id: int, frame_key: str, sent: RichText,
                version: int) -> bool:
    """Whether a save of ``sent`` made on ``version`` of the page, whose COMMIT went unanswered,
    was stored after all (see the module's note). Raises ServerUnreachable if it still cannot tell."""
    with library.session() as s:
        page = s.get(Page, page_id)
        if page is None:
            return False
        now, by = page.version, page.changed_by
    if now != version + 1 or (by or "") != library.actor[:100]:
        return False
    try:
        frame = snapshot_page(library, page_id)["frames"].get(frame_key, {})
    except NotFound:
        return False
    return RichText.from_storage(frame.get("text"), frame.get("marks")) == sent


def reachable(library: Library) -> bool:
    """Whether the library answers now (one tiny query; a few seconds at most). Raises nothing."""
    from sqlalchemy import text

    try:
        with library.session() as s:
            s.execute(text("SELECT 1"))
        return True
    except Exception:  # noqa: BLE001 - any failure means "not yet"
        return False


@dataclass(frozen=True)
class UnsavedWords:
    """Words typed while the team server could not be reached, and the page version they were typed on."""

    page_id: int
    frame_key: str
    text: str
    marks: str  # RichText.marks_json()
    version: int | None
    unsure: bool = False  # a save of them went unanswered at COMMIT (see save_landed)

    @property
    def rich(self) -> RichText:
        return RichText.from_storage(self.text, self.marks)

    def as_dict(self) -> dict:
        return asdict(self)


def unsaved_words_file(library: Library) -> Path:
    """Where ``keep_unsaved`` keeps words on this laptop: beside the typing journal."""
    return library.db_path.with_name(library.db_path.stem + ".unsaved.json")


def keep_unsaved(library: Library, words: list[UnsavedWords]) -> None:
    """Keep these words on this laptop (replacing what was kept; none: remove). Raises OSError."""
    path = unsaved_words_file(library)
    if not words:
        path.unlink(missing_ok=True)
        return
    write_atomically(path, json.dumps([w.as_dict() for w in words]).encode("utf-8"))


def kept_unsaved(library: Library) -> list[UnsavedWords]:
    """The words kept by ``keep_unsaved`` (none if there are none or they cannot be read)."""
    try:
        rows = json.loads(unsaved_words_file(library).read_text(encoding="utf-8"))
        return [UnsavedWords(int(r["page_id"]), str(r["frame_key"]), str(r["text"]),
                             str(r.get("marks") or ""),
                             None if r.get("version") is None else int(r["version"]),
                             bool(r.get("unsure"))) for r in rows]
    except (OSError, ValueError, KeyError, TypeError):
        return []
