"""The first half second: show the window at once, then open the library behind it.

Importing the database layer and the editor takes longer than a person
should look at nothing (about a second on a slow laptop). So ``StartingWindow``
appears first, where the main window was last time, with its title and a
calm word, and needs nothing but Qt. Once it has been painted, a background
thread imports the heavy modules (SQLAlchemy, the models, the layout engine:
no widgets are made off the UI thread), and then ``loaded`` hands over to the
UI thread, which opens the library and puts the real window in its place.

This module imports only Qt and small helpers: keep it that way, or the
window appears later.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QPaintEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from lifebook.resources import assets_dir
from lifebook.ui import settings as app_settings

# imported off the UI thread while the starting window is up. Importing a UI module
# only defines classes: no widget, pixmap or font is made at import time (keep it so)
HEAVY_MODULES = (
    "lifebook.store.db",  # SQLAlchemy and the models: the biggest part
    "lifebook.services.preferences",
    "lifebook.services.recovery",
    "lifebook.ui.main_window",  # the editor, the layout engine, every service the window uses
)


def app_icon() -> QIcon:
    """Lifebook's icon in every size it is drawn at (window title bars, task bars)."""
    icon = QIcon()
    folder = assets_dir() / "icons"
    for png in sorted(folder.glob("lifebook-*.png")):
        icon.addFile(str(png))
    return icon


class ModuleLoader(QObject):
    """Imports modules in a background thread; ``loaded`` arrives on the UI thread."""

    loaded = Signal(str)  # "" when all went well, else what failed (the UI thread imports again and shows it)

    def __init__(self, names: Iterable[str] = HEAVY_MODULES, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names = tuple(names)
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="lifebook-imports", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        problem = ""
        for name in self.names:
            try:
                importlib.import_module(name)
            except Exception as exc:  # reported by the UI thread's own import, with its traceback
                problem = f"{name}: {exc}"
                break
        self.loaded.emit(problem)  # queued to the UI thread: the loader lives there


def first_size(window: QWidget) -> None:
    """1280 x 800 on a first start, or less on a smaller screen (a 1366 x 768 council laptop)."""
    width, height = 1280, 800
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width()), min(height, room.height())
    window.resize(width, height)


class StartingWindow(QMainWindow):
    """The window as it first appears, before the library is open: same place, same size."""

    painted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(QCoreApplication.translate("StartingWindow", "Lifebook"))
        first_size(self)
        geometry = app_settings.settings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        body = QWidget()
        body.setObjectName("page")
        layout = QVBoxLayout(body)
        message = QLabel(QCoreApplication.translate("StartingWindow", "Opening your library…"))
        message.setObjectName("subheading")
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(message)
        self.setCentralWidget(body)
        self._painted = False

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def hand_over(self, window: QMainWindow) -> None:
        """Show the real window (it restores the same place and size), then go."""
        window.show()
        self.close()
        self.deleteLater()
