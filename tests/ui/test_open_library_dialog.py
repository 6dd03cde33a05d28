"""File > Open library… offers a library file on this computer or the team's server (issue 18)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from lifebook.services.children import add_child, list_children
from lifebook.store.db import Library
from lifebook.ui import server_dialog
from lifebook.ui.main_window import MainWindow
from lifebook.ui.open_library_dialog import OpenLibraryDialog
from tests.ui.modal_helpers import when_modal


def _menu_item(window: MainWindow, words: str):  # type: ignore[no-untyped-def]
    file_menu = window.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.text().replace("&", "").startswith(words))


def _click(button_name: str):  # type: ignore[no-untyped-def]
    def handle(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, OpenLibraryDialog)
        assert dialog.file_button.toolTip() and dialog.server_button.toolTip()
        getattr(dialog, button_name).click()
    return handle


def test_a_library_file_is_chosen_through_open_library(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "other" / "caseload.sqlite3"
    other.parent.mkdir()
    lib = Library.open(other)
    add_child(lib, "Sam Other")
    lib.close()
    asked: list[str] = []

    def choose_file(parent, title, folder, filter, options=None):  # type: ignore[no-untyped-def]  # noqa: A002
        asked.append(title)
        return str(other), filter
    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose_file)
    seen = when_modal(_click("file_button"))
    _menu_item(window, "Open library").trigger()
    assert seen and isinstance(seen[0], OpenLibraryDialog)
    assert asked == ["Open or create a library"]
    assert window.library.db_path == other
    assert [c.display_name for c in list_children(window.library)] == ["Sam Other"]


def test_the_team_server_is_offered_by_open_library_too(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    before = window.library.db_path
    opened: list[object] = []
    monkeypatch.setattr(server_dialog.ServerDialog, "exec", lambda self: opened.append(self) or 0)
    when_modal(_click("server_button"))
    _menu_item(window, "Open library").trigger()
    assert len(opened) == 1 and isinstance(opened[0], server_dialog.ServerDialog)
    assert window.library.db_path == before  # nothing changed until the server's details are given


def test_cancel_keeps_the_library_that_is_open(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    before = window.library.db_path
    dialog = OpenLibraryDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == 0 and dialog.choice == ""
    assert window.library.db_path == before
