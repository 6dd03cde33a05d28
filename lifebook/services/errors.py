"""Errors that services raise, with messages fit to show a user as they are."""

from __future__ import annotations


class ServiceError(Exception):
    """A user action could not be done; ``str(exc)`` is a plain-English reason."""


class NotFound(ServiceError):
    pass


class InvalidInput(ServiceError):
    pass
