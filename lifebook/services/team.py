"""A team library's allocations: which worker works with which child (a manager's action).

On a team server the database enforces what each worker sees (``store.team_policies``);
these services let a manager change it. A child can have more than one worker.
A laptop library has no team, so these refuse there with a message saying so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lifebook.i18n import translate
from lifebook.services.children import get_child
from lifebook.services.errors import InvalidInput, NotAllowed
from lifebook.store.db import Library
from lifebook.store.models import Allocation, Child, utcnow
from lifebook.store.server import server_address  # noqa: F401  (the window builds its address with it)
from lifebook.store.team import is_manager, team_role_of


@dataclass(frozen=True)
class AllocationInfo:
    child_id: int
    child_name: str
    worker: str  # the worker's login on the team server
    allocated_by: str
    allocated_at: datetime

    def as_dict(self) -> dict:
        return {"child_id": self.child_id, "child_name": self.child_name, "worker": self.worker,
                "allocated_by": self.allocated_by,
                "allocated_at": self.allocated_at.isoformat(timespec="seconds")}


def _manager_only(library: Library, session: Session, doing: str) -> None:
    if not library.is_server:
        raise NotAllowed(translate("services.team", "{doing} is for a team library on a "
                                                    "server; this library is a file on this "
                                                    "computer, and everyone who opens it sees "
                                                    "every child").format(doing=doing))
    if not is_manager(session):
        raise NotAllowed(translate("services.team", "only a team manager can do this "
                                                    "({doing}); ask your manager").format(
                                                        doing=doing.lower()))


def _info(row: Allocation, child: Child) -> AllocationInfo:
    return AllocationInfo(row.child_id, child.preferred_name or child.full_name, row.worker,
                          row.allocated_by, row.allocated_at)


def allocate(library: Library, child_id: int, worker: str) -> AllocationInfo:
    """Allocate a child to a worker (a manager only); raises NotFound, InvalidInput, NotAllowed.

    Allocating a child already allocated to that worker changes nothing.
    """
    worker = worker.strip()
    with library.transaction() as s:
        _manager_only(library, s, translate("services.team", "Allocating children to workers"))
        child = get_child(s, child_id)
        if team_role_of(s, worker) is None:
            raise InvalidInput(translate("services.team", "there is no worker or manager with the "
                                                          "login '{worker}' on this team server; "
                                                          "your IT team adds logins with lifebook "
                                                          "server add-user").format(worker=worker))
        row = s.get(Allocation, (child_id, worker))
        if row is None:
            row = Allocation(child_id=child_id, worker=worker, allocated_by=library.actor,
                             allocated_at=utcnow())
            s.add(row)
            library.audit(s, "allocate child", "child", child_id, worker=worker)
        return _info(row, child)


def unallocate(library: Library, child_id: int, worker: str) -> bool:
    """Take a child back from a worker (a manager only); False if they were not allocated.

    Raises NotFound (no such child) or NotAllowed (not a manager, or not a team library).
    """
    with library.transaction() as s:
        _manager_only(library, s, translate("services.team", "Allocating children to workers"))
        get_child(s, child_id)
        row = s.get(Allocation, (child_id, worker.strip()))
        if row is None:
            return False
        s.delete(row)
        library.audit(s, "unallocate child", "child", child_id, worker=row.worker)
        return True


def list_allocations(library: Library, child_id: int | None = None) -> list[AllocationInfo]:
    """The allocations this user may see (a worker: their own), by child then worker.

    Raises NotFound for a ``child_id`` that is not there (or not shown to this user).
    """
    with library.session() as s:
        query = (select(Allocation, Child).join(Child, Child.id == Allocation.child_id)
                 .order_by(Allocation.child_id, Allocation.worker))
        if child_id is not None:
            get_child(s, child_id)
            query = query.where(Allocation.child_id == child_id)
        return [_info(row, child) for row, child in s.execute(query).all()]
