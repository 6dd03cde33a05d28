"""Errors that services raise, with messages fit to show a user as they are."""

from __future__ import annotations


class ServiceError(Exception):
    """A user action could not be done; ``str(exc)`` is a plain-English reason."""


class NotFound(ServiceError):
    """The child, book, page or photo asked for is not (or no longer) in the library."""


class InvalidInput(ServiceError):
    """What was given cannot be stored (an empty name, a future date...); the message says why."""


class NotAllowed(ServiceError):
    """The user may not do this (on a team server, it needs a team manager); the message says why."""
