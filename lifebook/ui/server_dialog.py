"""File > Open team server library…: connecting the window to a team library on PostgreSQL.

The worker types the server's address, the database, their login and password
(their IT team gives them these). On success the window switches to the team
library as it does for a library file; on failure one line says what is wrong
(wrong password, server unreachable, database not set up) and the dialog stays
open with what was typed.

The last server used (host, port, database, login) is remembered in QSettings and
filled in next time. The password never goes there: only if the worker ticks
"Remember the password on this computer" is it kept, in the system keyring (the
``keyring`` package, from the ``lifebook[server]`` extra, imported only here and
only when needed). With no keyring on this computer the tick box says so and
stays unticked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lifebook.services.team import server_address
from lifebook.store.db import Library, LibraryError
from lifebook.ui import settings as app_settings
from lifebook.ui.jobs import InlineJobRunner, Job, Runner
from lifebook.ui.tips import explain_buttons

if TYPE_CHECKING:
    from lifebook.ui.main_window import MainWindow

KEYRING_SERVICE = "Lifebook team server"
DEFAULT_PORT = 5432
_KEYS = ("host", "port", "database", "user")  # remembered in QSettings: never the password



# --- the system keyring (optional) ------------------------------------------------------


def _keyring() -> Any | None:
    """The keyring module if it has a real backend on this computer, else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration: treat as none
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def _account(host: str, port: int, database: str, user: str) -> str:
    return f"{user}@{host}:{port}/{database}"


def saved_password(account: str) -> str | None:
    ring = _keyring()
    if ring is None:
        return None
    try:
        return ring.get_password(KEYRING_SERVICE, account)
    except Exception:
        return None


def _keep_password(account: str, password: str | None) -> bool:
    """Keep (or, with None, forget) the password in the keyring; False if the keyring refused."""
    ring = _keyring()
    if ring is None:
        return False
    try:
        if password is None:
            if ring.get_password(KEYRING_SERVICE, account) is not None:
                ring.delete_password(KEYRING_SERVICE, account)
        else:
            ring.set_password(KEYRING_SERVICE, account, password)
    except Exception:
        return False
    return True


# --- the last server used (QSettings) -------------------------------------------------------


def last_server() -> dict[str, str]:
    store = app_settings.settings()
    return {key: str(store.value(f"team_server/{key}", "") or "") for key in _KEYS}


def remember_server(host: str, port: int, database: str, user: str) -> None:
    store = app_settings.settings()
    for key, value in zip(_KEYS, (host, str(port), database, user), strict=True):
        store.setValue(f"team_server/{key}", value)
    store.sync()


# --- the dialog -------------------------------------------------------------------------------------


class ServerDialog(QDialog):
    """Host, port, database, login and password; Connect opens the team library."""

    def __init__(self, window: MainWindow | None = None, *,
                 opener: Callable[[str], Library] = Library.open_server) -> None:
        super().__init__(window)
        self.window_ = window
        self.opener = opener
        self.library: Library | None = None
        self._job: Job | None = None
        self._given_up = False
        self.setWindowTitle(QCoreApplication.translate("ServerDialog", "Open a team server library"))
        self.setMinimumWidth(460)

        intro = QLabel(QCoreApplication.translate("ServerDialog", "Your team's shared library on the council's server. Your IT team "
                           "gives you the server's address, the database and your login."))
        intro.setWordWrap(True)
        self.host = QLineEdit()
        self.host.setPlaceholderText(QCoreApplication.translate("ServerDialog", "for example lifebook.council.gov.uk"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setAccessibleName(QCoreApplication.translate("ServerDialog", "Port"))
        self.port.setMaximumWidth(110)
        self.database = QLineEdit()
        self.database.setPlaceholderText(QCoreApplication.translate("ServerDialog", "for example lifebook"))
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(QCoreApplication.translate("ServerDialog", "Remember the password on this computer"))
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet("color: palette(placeholder-text);")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a4262c;")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ServerDialog", "Server:"), self.host)
        form.addRow(QCoreApplication.translate("ServerDialog", "Port:"), self.port)
        form.addRow(QCoreApplication.translate("ServerDialog", "Database:"), self.database)
        form.addRow(QCoreApplication.translate("ServerDialog", "Your login:"), self.user)
        form.addRow(QCoreApplication.translate("ServerDialog", "Password:"), self.password)
        for label, field in ((QCoreApplication.translate("ServerDialog", "Server"), self.host), (QCoreApplication.translate("ServerDialog", "Database"), self.database),
                             (QCoreApplication.translate("ServerDialog", "Your login"), self.user), (QCoreApplication.translate("ServerDialog", "Password"), self.password)):
            field.setAccessibleName(label)
        tips: list[tuple[QWidget, str]] = [
            (self.host, QCoreApplication.translate("ServerDialog", "The server's address, from your IT team")),
            (self.port, QCoreApplication.translate("ServerDialog", "The server's port; 5432 unless your IT team says otherwise")),
            (self.database, QCoreApplication.translate("ServerDialog", "The name of the team's database on the server")),
            (self.user, QCoreApplication.translate("ServerDialog", "Your login on the server")),
            (self.password, QCoreApplication.translate("ServerDialog", "Your password on the server")),
            (self.remember, QCoreApplication.translate("ServerDialog", "Keep the password in this computer's keyring, so you need not type it again"))]
        for control, text in tips:
            control.setToolTip(text)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(QCoreApplication.translate("ServerDialog", "Connect"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setAutoDefault(False)
        self.connect_button.setAutoDefault(True)
        self.connect_button.setDefault(True)  # Enter connects
        self.buttons.accepted.connect(self.try_connect)
        self.buttons.rejected.connect(self.reject)
        self.connect_button.setToolTip(QCoreApplication.translate("ServerDialog", "Open the team's library on the server"))
        explain_buttons(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._fill_in()

    # --- filling in ----------------------------------------------------------------------

    def _fill_in(self) -> None:
        last = last_server()
        self.host.setText(last["host"])
        self.port.setValue(int(last["port"]) if last["port"].isdigit() else DEFAULT_PORT)
        self.database.setText(last["database"])
        self.user.setText(last["user"])
        if _keyring() is None:
            self.remember.setChecked(False)
            self.remember.setEnabled(False)
            self.keyring_note.setText(QCoreApplication.translate("ServerDialog",
                "This computer has no password keyring that Lifebook can use, so the password "
                "cannot be remembered: type it each time."))
        else:
            self.keyring_note.hide()
            kept = saved_password(self._account()) if last["user"] else None
            if kept is not None:
                self.password.setText(kept)
                self.remember.setChecked(True)
        for field in (self.host, self.database, self.user, self.password):
            if not field.text():
                field.setFocus()
                break

    def _account(self) -> str:
        return _account(self.host.text().strip(), self.port.value(),
                        self.database.text().strip(), self.user.text().strip())

    def address(self) -> str:
        """The server URL for Library.open_server, with the password (never shown or stored)."""
        return server_address(self.host.text().strip(), self.port.value(),
                              self.database.text().strip(), self.user.text().strip(),
                              self.password.text())

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- connecting ---------------------------------------------------------------------

    def missing(self) -> str:
        names = [name for name, field in ((QCoreApplication.translate("ServerDialog", "the server"), self.host),
                                          (QCoreApplication.translate("ServerDialog", "the database"), self.database),
                                          (QCoreApplication.translate("ServerDialog", "your login"), self.user))
                 if not field.text().strip()]
        if not names:
            return ""
        listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + QCoreApplication.translate("ServerDialog", " and ") + names[-1]
        return QCoreApplication.translate("ServerDialog", "Please fill in {what}.").format(what=listed)

    def try_connect(self) -> None:
        """Connect in the background (the driver may wait up to 10 seconds for the server)."""
        problem = self.missing()
        if problem:
            self.show_message(problem)
            return
        if self._job is not None:
            return  # already connecting
        self.show_message(QCoreApplication.translate("ServerDialog", "Connecting…"))
        self.connect_button.setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        address, opener = self.address(), self.opener

        def work(_progress: Any, _cancelled: Any) -> Library | LibraryError:
            try:
                return opener(address)
            except LibraryError as exc:  # expected (wrong password, no server): said in the dialog
                return exc

        self._job = Job(work)
        self._job.finished.connect(self._connected)
        self._job.failed.connect(lambda text: self._connected(LibraryError(text)))
        runner: Runner = self.window_.runner if self.window_ is not None else InlineJobRunner()
        runner.start(self._job)

    def reject(self) -> None:  # Qt override: Cancel, Escape or the close box
        self._given_up = self._job is not None
        super().reject()

    def _connected(self, result: Library | LibraryError) -> None:
        self._job = None
        QGuiApplication.restoreOverrideCursor()
        self.connect_button.setEnabled(True)
        if isinstance(result, LibraryError):
            text = str(result).replace(" (it comes from the address, PGPASSWORD or ~/.pgpass)", "")
            self.show_message(text[:1].upper() + text[1:] + ("" if text.endswith(".") else "."))
            return
        if self._given_up:  # the worker pressed Cancel while it was connecting
            result.close()
            return
        self.library = library = result
        host, database, user = (f.text().strip() for f in (self.host, self.database, self.user))
        remember_server(host, self.port.value(), database, user)
        wanted = self.remember.isChecked() and bool(self.password.text())
        kept = _keep_password(self._account(), self.password.text() if wanted else None)
        if self.window_ is not None:
            self.window_.use_library(library)
            if wanted and not kept:
                self.window_.statusBar().showMessage(QCoreApplication.translate("ServerDialog",
                    "Connected to {where}. The keyring did not keep the password, so type it "
                    "next time.").format(where=library.where), 10000)
        self.accept()


def open_team_server(window: MainWindow) -> None:
    if window.job is not None:  # as Open library… is, while photos are coming in
        window.statusBar().showMessage(QCoreApplication.translate("ServerDialog", "Lifebook is still busy: open the team library when "
                                           "this has finished."), 6000)
        return
    ServerDialog(window).exec()


def server_library_action(window: MainWindow | QWidget) -> QAction:
    """File > Open team server library…, next to Open library…."""
    act = QAction(QCoreApplication.translate("ServerDialog", "Open team ser&ver library…"), window)
    tip = QCoreApplication.translate("ServerDialog", "Open your team's shared library on the council's server")
    act.setToolTip(tip)
    act.setStatusTip(tip)
    act.triggered.connect(lambda: open_team_server(window))  # type: ignore[arg-type]
    return act
