"""The last safety net: an error nobody caught becomes a calm message, never a silent failure.

Each window action catches the errors it expects and words them itself. Anything
that still escapes a button's handler (PySide6 hands it to ``sys.excepthook`` and
carries on) would otherwise print to a terminal nobody sees, and the user would think
the action worked. Here it becomes a message box:

- the team server out of reach (``ServerUnreachable``): the server's words, and that
  nothing was changed, so the action can be tried again;
- a service's refusal (``ServiceError``: its message is written for the user);
- anything else: that the action was not finished, that saved work is safe, and the
  kind of problem to tell the IT team. The full traceback goes to the log.

While one of these boxes is open, further errors are only logged (no cascade of boxes).
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)
_showing = False


def explain(exc: BaseException) -> tuple[str, str]:
    """(title, words) for an error that reached no handler."""
    # imported here: the window starts before the database layer is loaded (ui/startup.py)
    from lifebook.services.errors import ServerUnreachable, ServiceError

    if isinstance(exc, ServerUnreachable):
        return (QCoreApplication.translate("ErrorHandler", "The team server cannot be reached"),
                QCoreApplication.translate("ErrorHandler", "{why}. Try again when the network is back.").format(
                    why=str(exc).rstrip(".")))
    if isinstance(exc, ServiceError):
        return (QCoreApplication.translate("ErrorHandler", "That could not be done"), str(exc))
    return (QCoreApplication.translate("ErrorHandler", "Something went wrong"),
            QCoreApplication.translate(
                "ErrorHandler", "Lifebook met a problem it did not expect, so that action was not "
                "finished. Your saved work is safe. If it happens again, tell your IT team it was "
                "“{kind}: {detail}”.").format(kind=type(exc).__name__, detail=str(exc)[:300]))


def handle(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    log.error("an action failed", exc_info=(kind, exc, tb))
    if _showing or QApplication.instance() is None:
        return
    title, words = explain(exc)
    _showing = True
    try:
        box = QMessageBox(QMessageBox.Icon.Warning, title, words, QMessageBox.StandardButton.Ok,
                          QApplication.activeWindow())
        box.exec()
    finally:
        _showing = False


def install() -> None:
    """From now on, errors that escape the window's handlers are shown (see the module notes)."""
    sys.excepthook = handle
