"""Undo commands for people: each is a call to ``services.people`` and its opposite.

The first action runs before the command is pushed (so a problem is shown
in the dialog and nothing is pushed); undo and redo then call the services.
A person put back by undo keeps their id while it is free; if it is not,
``PeopleContext.ids`` maps the old id to the new one for the commands after.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from lifebook.model.people import DeletedPerson
from lifebook.model.records import PersonInfo
from lifebook.services import people as people_service
from lifebook.services.errors import ServiceError
from lifebook.store.db import Library


class PeopleContext:
    """What the commands need: the library, who to tell, how to report a failed undo."""

    def __init__(self, library: Callable[[], Library], changed: Callable[[int | None], None],
                 failed: Callable[[str], None]) -> None:
        self._library = library
        self.changed = changed  # called with the person id to select (None: keep the selection)
        self.failed = failed
        self.ids: dict[int, int] = {}

    @property
    def library(self) -> Library:
        return self._library()

    def current(self, person_id: int) -> int:
        while person_id in self.ids:
            person_id = self.ids[person_id]
        return person_id

    def restored(self, gone: DeletedPerson) -> PersonInfo:
        back = people_service.restore_person(self.library, gone)
        if back.id != gone.person.id:
            self.ids[gone.person.id] = back.id
        return back


class _PeopleCommand(QUndoCommand):
    def __init__(self, ctx: PeopleContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx

    def _safely(self, action: Callable[[], int | None]) -> None:
        try:
            person_id = action()
        except ServiceError as exc:  # the record changed meanwhile: say so, drop the step
            self.setObsolete(True)
            self.ctx.failed(QCoreApplication.translate("_PeopleCommand", "Could not {value1}: {exc}").format(value1=self.text().lower(), exc=exc))
            self.ctx.changed(None)
            return
        self.ctx.changed(person_id)


class AddPerson(_PeopleCommand):
    """Undo deletes the person just added; redo puts them back."""

    def __init__(self, ctx: PeopleContext, added: PersonInfo) -> None:
        super().__init__(ctx, f"Add {added.display_name}")
        self.person_id = added.id
        self.gone: DeletedPerson | None = None
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        gone = self.gone
        if gone is not None:
            self._safely(lambda: self.ctx.restored(gone).id)

    def undo(self) -> None:
        def delete() -> None:
            self.gone = people_service.delete_person(self.ctx.library,
                                                     self.ctx.current(self.person_id))
        self._safely(delete)


class EditPerson(_PeopleCommand):
    """Undo puts back every detail as it was before the edit."""

    def __init__(self, ctx: PeopleContext, before: PersonInfo, after: PersonInfo) -> None:
        super().__init__(ctx, f"Edit {after.display_name}")
        self.before = people_service.details_of(before)
        self.after = people_service.details_of(after)
        self.person_id = before.id
        self._first = True

    def _apply(self, values: dict[str, object]) -> None:
        self._safely(lambda: people_service.update_person(
            self.ctx.library, self.ctx.current(self.person_id), **values).id)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class DeletePerson(_PeopleCommand):
    """Undo puts the person back with their photo tags and chronology links."""

    def __init__(self, ctx: PeopleContext, gone: DeletedPerson) -> None:
        super().__init__(ctx, f"Delete {gone.person.display_name}")
        self.gone = gone
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return

        def delete() -> None:
            self.gone = people_service.delete_person(self.ctx.library,
                                                     self.ctx.current(self.gone.person.id))
        self._safely(delete)

    def undo(self) -> None:
        self._safely(lambda: self.ctx.restored(self.gone).id)
