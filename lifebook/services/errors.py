"""Errors that services raise, with messages fit to show a user as they are.

A message is a whole sentence through ``lifebook.i18n.translate`` (so the window
shows it in the user's language): ``raise InvalidInput(translate("services.x",
"a child needs a name"))``. tests/test_i18n_sources.py refuses a bare string.
"""

from __future__ import annotations

# The team server could not be reached: a store error, named here too so that the window
# can catch it without reaching into the store (lifebook.store.opening.ServerUnreachable).
from lifebook.store.opening import ServerUnreachable

__all__ = ["InvalidInput", "NotAllowed", "NotFound", "PageChanged", "ServerUnreachable",
           "ServiceError"]


class ServiceError(Exception):
    """A user action could not be done; ``str(exc)`` is a plain-English reason."""


class NotFound(ServiceError):
    """The child, book, page or photo asked for is not (or no longer) in the library."""


class InvalidInput(ServiceError):
    """What was given cannot be stored (an empty name, a future date...); the message says why."""


class NotAllowed(ServiceError):
    """The user may not do this (on a team server, it needs a team manager); the message says why."""


class PageChanged(ServiceError):
    """Someone else saved this page after it was opened here ("Jo changed this page a moment ago").

    Nothing was saved; ``version`` is the page's version now, so the editor can reload
    the page (keeping the words typed here in its undo history) and save again.
    """

    def __init__(self, message: str, version: int, changed_by: str) -> None:
        super().__init__(message)
        self.version = version
        self.changed_by = changed_by

