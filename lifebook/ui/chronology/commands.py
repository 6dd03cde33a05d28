"""Undo and redo for the chronology, as commands over the services.

As in the book editor, a change is made through the service first and the
command is pushed after; its first ``redo`` only announces the change. Undo
and redo are committed edits themselves, so closing the window loses
nothing. A refusal (the event was deleted elsewhere) is reported, not raised.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from lifebook.model.records import EventInfo
from lifebook.services import chronology as chron
from lifebook.services import chronology_links as links
from lifebook.services.errors import ServiceError
from lifebook.store.db import Library

EDITABLE = ("date_text", "title", "detail", "category", "place", "include_in_book", "sensitive",
            "private")


def fields_of(event: EventInfo) -> dict[str, object]:
    """What ``update_event`` takes, as this record holds it."""
    return {name: getattr(event, name) for name in EDITABLE}


def set_links(library: Library, event_id: int, photos: tuple[int, ...], people: tuple[int, ...],
              current: EventInfo) -> None:
    """Make an event's links what ``photos`` and ``people`` say (from ``current``'s)."""
    for media_id in set(current.photo_ids) - set(photos):
        links.unlink_photo(library, event_id, media_id)
    for media_id in [m for m in photos if m not in current.photo_ids]:
        links.link_photo(library, event_id, media_id)
    for person_id in set(current.person_ids) - set(people):
        links.unlink_person(library, event_id, person_id)
    for person_id in [p for p in people if p not in current.person_ids]:
        links.link_person(library, event_id, person_id)


class ChronologyCommand(QUndoCommand):
    """Base: ``changed`` is called after every redo and undo with the event to show."""

    def __init__(self, library: Library, text: str, changed: Callable[[int | None], None],
                 failed: Callable[[str], None]) -> None:
        super().__init__(text)
        self.library = library
        self.changed = changed
        self.failed = failed
        self._fresh = True

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
            return  # done already, before the push
        self._run(self.reapply)

    def undo(self) -> None:
        self._run(self.unapply)

    def _run(self, step: Callable[[], int | None]) -> None:
        try:
            shown = step()
        except ServiceError as exc:
            self.failed(QCoreApplication.translate("ChronologyCommand", "Could not {value1}{value2}: {exc}").format(value1=self.text()[0].lower(), value2=self.text()[1:], exc=exc))
            shown = None
        self.changed(shown)

    def reapply(self) -> int | None:
        raise NotImplementedError

    def unapply(self) -> int | None:
        raise NotImplementedError


class AddEventCommand(ChronologyCommand):
    """An event was added (with its links): undo deletes it, redo puts it back."""

    def __init__(self, library: Library, added: EventInfo, changed, failed) -> None:
        super().__init__(library, f"Add “{added.title}”", changed, failed)
        self.event = added

    def unapply(self) -> int | None:
        self.event = chron.delete_event(self.library, self.event.id)
        return None

    def reapply(self) -> int | None:
        return chron.restore_event(self.library, self.event).id


class EditEventCommand(ChronologyCommand):
    """An event's fields or links were changed: undo and redo swap the two records."""

    def __init__(self, library: Library, before: EventInfo, after: EventInfo, changed,
                 failed, text: str = "") -> None:
        super().__init__(library, text or f"Edit “{after.title}”", changed, failed)
        self.before, self.after = before, after

    def _become(self, target: EventInfo, current: EventInfo) -> int:
        chron.update_event(self.library, target.id, **fields_of(target))
        set_links(self.library, target.id, target.photo_ids, target.person_ids, current)
        return target.id

    def unapply(self) -> int | None:
        return self._become(self.before, self.after)

    def reapply(self) -> int | None:
        return self._become(self.after, self.before)


class DeleteEventCommand(ChronologyCommand):
    """An event was deleted: undo puts it back with its links, redo deletes it again."""

    def __init__(self, library: Library, gone: EventInfo, changed, failed) -> None:
        super().__init__(library, f"Delete “{gone.title}”", changed, failed)
        self.gone = gone

    def unapply(self) -> int | None:
        return chron.restore_event(self.library, self.gone).id

    def reapply(self) -> int | None:
        self.gone = chron.delete_event(self.library, self.gone.id)
        return None


def linked(event: EventInfo, *, photo: int | None = None, person: int | None = None) -> EventInfo:
    """The record with one more photo or person linked (for an EditEventCommand's "after")."""
    if photo is not None and photo not in event.photo_ids:
        event = replace(event, photo_ids=(*event.photo_ids, photo))
    if person is not None and person not in event.person_ids:
        event = replace(event, person_ids=(*event.person_ids, person))
    return event
