"""Start-up: the window appears before the database layer loads, and fills without repeating work."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lifebook.services import photos as photo_service
from lifebook.ui import settings as app_settings
from lifebook.ui.jobs import InlineJobRunner
from lifebook.ui.main_window import MainWindow
from lifebook.ui.startup import ModuleLoader, StartingWindow

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_can_appear_before_the_database_layer_is_imported() -> None:
    code = (
        "import sys, lifebook.app\n"
        "heavy = sorted(m for m in ('sqlalchemy', 'alembic', 'reportlab', 'lifebook.store.db',\n"
        "               'lifebook.ui.main_window', 'lifebook.layout.engine') if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PATH": ""},
                         check=True)
    assert out.stdout.strip() == ""


def test_starting_window_says_so_and_hands_over_to_the_loaded_window(qtbot) -> None:
    starting = StartingWindow()
    qtbot.addWidget(starting)
    loader = ModuleLoader(["json", "lifebook.store.db"], parent=starting)
    starting.painted.connect(loader.start)
    starting.show()
    assert starting.windowTitle() == "Lifebook"
    with qtbot.waitSignal(loader.loaded, timeout=20000) as arrived:
        pass
    assert arrived.args == [""]
    assert "lifebook.store.db" in sys.modules


def test_a_module_that_will_not_import_is_reported(qtbot) -> None:
    loader = ModuleLoader(["lifebook.no_such_module"])
    with qtbot.waitSignal(loader.loaded, timeout=20000) as arrived:
        loader.start()
    assert "lifebook.no_such_module" in arrived.args[0]


@pytest.mark.parametrize("remembered", [False, True])
def test_the_window_reads_the_childs_photos_once(qtbot, demo_copy, monkeypatch, remembered) -> None:
    library, demo = demo_copy
    if remembered:
        app_settings.remember_place(library.db_path, ("child", demo.child.id), None)
    calls: list[int] = []
    real = photo_service.list_media

    def counting(lib, child_id, *args, **kwargs):
        calls.append(child_id)
        return real(lib, child_id, *args, **kwargs)

    monkeypatch.setattr(photo_service, "list_media", counting)
    window = MainWindow(library, InlineJobRunner())
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.child_page
    assert calls == [demo.child.id]
    assert window.photo_model.rowCount() > 0
