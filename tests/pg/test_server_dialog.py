"""File > Open team server library…, driven through its widgets against a real PostgreSQL.

A worker fills in the server, database, login and password, presses Connect, and
the window shows only the children allocated to them. A wrong password says so
and keeps the dialog open with what was typed. The password never reaches the
settings file; only the system keyring keeps it, and only when asked (a fake
keyring backend stands in for the system's here).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from sqlalchemy.engine import make_url
from sqlalchemy.pool import QueuePool

from lifebook.cli import main
from lifebook.store.db import Library
from lifebook.ui import settings as app_settings
from lifebook.ui.jobs import InlineJobRunner, Job
from lifebook.ui.main_window import MainWindow
from lifebook.ui.server_dialog import KEYRING_SERVICE, ServerDialog
from tests.pg_server import Team
from tests.ui.modal_helpers import when_modal

keyring = pytest.importorskip("keyring")
from keyring.backend import KeyringBackend  # noqa: E402
from keyring.backends import fail  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")


class FakeKeyring(KeyringBackend):
    """The system keyring, in memory."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture(autouse=True)
def no_keyring_and_no_last_server() -> Iterator[None]:
    """Each test starts with no remembered server and no keyring (as on a bare laptop)."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    app_settings.settings().remove("team_server")
    yield
    keyring.set_keyring(before)
    app_settings.settings().remove("team_server")


@pytest.fixture
def window(qtbot, library: Library) -> Iterator[MainWindow]:
    win = MainWindow(library, InlineJobRunner())
    qtbot.addWidget(win)
    win.show()
    yield win
    if win.library is not library:
        win.library.close()


def _add_child(url: str, name: str, capsys: pytest.CaptureFixture[str]) -> int:
    capsys.readouterr()
    assert main(["--library", url, "add-child", "--name", name, "--json"]) == 0
    return int(json.loads(capsys.readouterr().out)["id"])


def _fill(dialog: ServerDialog, url: str, password: str | None = None) -> str:
    """Type the server's details from a test URL into the dialog; returns the password typed."""
    parts = make_url(url)
    dialog.host.setText(parts.host or "")
    dialog.port.setValue(int(parts.port or 5432))
    dialog.database.setText(parts.database or "")
    dialog.user.setText(parts.username or "")
    typed = password if password is not None else str(parts.password)
    dialog.password.setText(typed)
    return typed


def _connect(qtbot, dialog: ServerDialog) -> None:
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)


def _children_shown(window: MainWindow) -> list[str]:
    model = window.tree_model
    return [model.item(row).text() for row in range(model.rowCount())]


def _settings_file_text() -> str:
    store = app_settings.settings()
    store.sync()
    return Path(store.fileName()).read_text(encoding="utf-8", errors="replace")


def test_connecting_from_the_file_menu_shows_only_that_workers_children(
        qtbot, window: MainWindow, team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    _add_child(team.jo, "Poppy Jones", capsys)
    _add_child(team.sam, "Leo Sands", capsys)
    _add_child(team.mo, "Ava Moss", capsys)
    action = next(a for a in window.findChildren(QAction) if a.text() == "Open team ser&ver library…")

    def fill_and_connect(widget: QWidget) -> None:
        assert isinstance(widget, ServerDialog)
        assert widget.port.value() == 5432  # the usual port, until the IT team says otherwise
        _fill(widget, team.jo)
        _connect(qtbot, widget)

    seen = when_modal(fill_and_connect)
    action.trigger()
    assert seen and isinstance(seen[0], ServerDialog), seen
    assert not seen[0].isVisible()
    assert window.library.is_server
    assert _children_shown(window) == ["Poppy Jones"]
    assert "127.0.0.1" in window.statusBar().currentMessage()
    assert "jo-secret" not in window.statusBar().currentMessage()


def test_a_wrong_password_says_so_and_keeps_the_dialog_open_with_what_was_typed(
        qtbot, window: MainWindow, team: Team) -> None:
    before = window.library
    dialog = ServerDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, team.jo, password="not-the-password")
    _connect(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.message.isVisible()
    message = dialog.message.text()
    assert "password is wrong" in message and "\n" not in message
    assert "PGPASSWORD" not in message  # terminal talk stays out of the window
    assert dialog.user.text() == "jo" and dialog.password.text() == "not-the-password"
    assert window.library is before and not window.library.is_server

    _fill(dialog, team.jo)  # the right one this time
    _connect(qtbot, dialog)
    assert not dialog.isVisible()
    assert window.library.is_server


def test_a_database_not_set_up_and_missing_fields_are_named(
        qtbot, window: MainWindow, pg_url: str) -> None:
    dialog = ServerDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    _connect(qtbot, dialog)
    assert dialog.message.text() == "Please fill in the server, the database and your login."
    _fill(dialog, pg_url)  # an empty database: the IT team has not run server init
    _connect(qtbot, dialog)
    assert dialog.isVisible()
    assert "is not a Lifebook team library yet" in dialog.message.text()
    assert not window.library.is_server


def test_the_last_server_is_filled_in_next_time_but_never_the_password(
        qtbot, window: MainWindow, team: Team) -> None:
    dialog = ServerDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    typed = _fill(dialog, team.jo)
    assert not dialog.remember.isEnabled()  # no keyring on this computer: it says so
    assert not dialog.remember.isChecked()
    assert "no password keyring" in dialog.keyring_note.text()
    _connect(qtbot, dialog)
    assert window.library.is_server

    saved = _settings_file_text()
    assert "team_server" in saved and "127.0.0.1" in saved  # the file is the one written
    assert typed not in saved
    again = ServerDialog(window)
    qtbot.addWidget(again)
    parts = make_url(team.jo)
    assert (again.host.text(), again.port.value(), again.database.text(), again.user.text()) \
        == ("127.0.0.1", parts.port, parts.database, "jo")
    assert again.password.text() == ""


def test_remember_the_password_keeps_it_in_the_keyring_and_fills_it_in(
        qtbot, window: MainWindow, team: Team) -> None:
    fake = FakeKeyring()
    keyring.set_keyring(fake)
    dialog = ServerDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.remember.isEnabled() and not dialog.keyring_note.isVisible()
    typed = _fill(dialog, team.jo)
    dialog.remember.setChecked(True)
    _connect(qtbot, dialog)
    assert window.library.is_server
    assert list(fake.kept.values()) == [typed]
    assert all(service == KEYRING_SERVICE for service, _account in fake.kept)
    assert typed not in _settings_file_text()

    again = ServerDialog(window)
    qtbot.addWidget(again)
    again.show()
    assert again.password.text() == typed
    assert again.remember.isChecked()

    again.remember.setChecked(False)  # changed their mind: the keyring forgets it
    _connect(qtbot, again)
    assert not again.isVisible()
    assert fake.kept == {}
    assert ServerDialog(window).password.text() == ""


class HeldRunner:
    """Starts nothing until the test says: the connection is 'in flight' meanwhile."""

    synchronous = False

    def __init__(self) -> None:
        self.held: list[Job] = []

    def start(self, job: Job) -> None:
        self.held.append(job)


def test_connecting_runs_in_the_background_and_cancel_leaves_the_window_as_it_was(
        qtbot, window: MainWindow, team: Team) -> None:
    before = window.library
    runner = HeldRunner()
    window.runner = runner
    opened: list[Library] = []

    def open_server(address: str) -> Library:
        opened.append(Library.open_server(address))
        return opened[-1]

    dialog = ServerDialog(window, opener=open_server)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, team.jo)
    _connect(qtbot, dialog)
    assert dialog.message.text() == "Connecting…"
    assert not dialog.connect_button.isEnabled()  # one connection at a time
    assert len(runner.held) == 1 and not opened  # the window is not waiting on the server

    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    runner.held[0].run()  # the server answers after the worker gave up
    pool = opened[0].engine.pool
    assert len(opened) == 1 and isinstance(pool, QueuePool)
    assert pool.checkedin() == 0  # closed, not left connected
    assert window.library is before and not window.library.is_server
    assert app_settings.settings().value("team_server/user") is None  # nothing remembered
