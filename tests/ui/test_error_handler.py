"""An error that escapes a window action is shown to the user, never lost on a terminal."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from lifebook.services.errors import InvalidInput, ServerUnreachable
from lifebook.ui import error_handler
from tests.ui.modal_helpers import when_modal


class _Button(QObject):
    clicked = Signal()


def _said() -> tuple[list[tuple[str, str]], object]:
    said: list[tuple[str, str]] = []

    def read(box) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(box, QMessageBox)
        said.append((box.windowTitle(), box.text()))
        box.accept()
    return said, read


@pytest.mark.qt_no_exception_capture
def test_an_error_escaping_a_button_becomes_a_message(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    error_handler.install()
    assert sys.excepthook is error_handler.handle
    button = _Button()

    def save() -> None:
        raise ServerUnreachable("the team server db.council.local cannot be reached just now "
                                "(the network, or the server itself, is down); nothing was changed")
    button.clicked.connect(save)
    said, read = _said()
    when_modal(read)
    button.clicked.emit()  # PySide6 hands the escaped error to sys.excepthook
    qtbot.waitUntil(lambda: bool(said), timeout=3000)
    [(title, words)] = said
    assert title == "The team server cannot be reached"
    assert words.startswith("the team server db.council.local cannot be reached just now")
    assert words.endswith("nothing was changed. Try again when the network is back.")


def test_a_refusal_is_shown_in_its_own_words_and_anything_else_says_work_is_safe(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert error_handler.explain(InvalidInput("a child needs a name")) == (
        "That could not be done", "a child needs a name")
    title, words = error_handler.explain(KeyError("photo1"))
    assert title == "Something went wrong"
    assert "was not finished. Your saved work is safe." in words and "KeyError: 'photo1'" in words
    said, read = _said()
    when_modal(read)
    error_handler.handle(ValueError, ValueError("bad frame"), None)
    assert said and said[0][0] == "Something went wrong"
