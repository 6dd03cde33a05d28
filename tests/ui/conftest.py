from __future__ import annotations

from pathlib import Path

import pytest

from lifebook.store.db import Library
from lifebook.ui.jobs import InlineJobRunner
from lifebook.ui.main_window import MainWindow


@pytest.fixture
def library(tmp_path: Path):
    lib = Library.open(tmp_path / "library.sqlite3")
    yield lib
    lib.close()


@pytest.fixture
def window(qtbot, library: Library) -> MainWindow:
    win = MainWindow(library, InlineJobRunner())
    qtbot.addWidget(win)
    win.show()
    return win
