"""Backups from the window: taken on closing, saved and restored through File, offered when damaged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from lifebook.services import children
from lifebook.store.db import Library
from lifebook.store.paths import backups_dir_for
from lifebook.ui.jobs import InlineJobRunner
from lifebook.ui.main_window import MainWindow
from tests.ui.modal_helpers import when_modal


def _action(window: MainWindow, text: str):
    [found] = [a for a in window.menuBar().actions()[0].menu().actions() if a.text() == text]
    return found


def _names(library: Library) -> list[str]:
    return [c.name for c in children.list_children(library)]


def test_closing_the_window_keeps_a_backup_of_the_day(window: MainWindow) -> None:
    children.add_child(window.library, "Amara Test")
    folder = backups_dir_for(window.library.db_path)
    window.close()
    [daily] = list(folder.glob("daily-*.sqlite3"))
    conn = sqlite3.connect(daily)
    try:
        assert conn.execute("SELECT full_name FROM children").fetchall() == [("Amara Test",)]
    finally:
        conn.close()


def test_back_up_then_restore_through_the_file_menu(window: MainWindow, tmp_path: Path,
                                                    monkeypatch) -> None:
    children.add_child(window.library, "Before Backup")
    saved = tmp_path / "saved.lifebook-backup"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    _action(window, "&Back up the library…").trigger()
    assert saved.is_file()
    assert "Backed up" in window.statusBar().currentMessage()

    children.add_child(window.library, "After Backup")
    window.refresh()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    asked: list[str] = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    _action(window, "&Restore from a backup…").trigger()
    assert "kept as a backup first" in asked[0]
    assert _names(window.library) == ["Before Backup"]
    assert not window.library.read_only
    assert "Restored from saved.lifebook-backup" in window.statusBar().currentMessage()
    kept = list(backups_dir_for(window.library.db_path).glob("before-restore-*.sqlite3"))
    assert len(kept) == 1


def test_a_damaged_library_offers_the_newest_backup(qtbot, tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "library.sqlite3"
    lib = Library.open(db)
    children.add_child(lib, "Kept Safe")
    from lifebook.services.backups import rolling_backup

    rolling_backup(lib)
    children.add_child(lib, "Lost In The Damage")
    lib.close()
    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE type='index' "
                        "AND tbl_name='audit_entries' LIMIT 1").fetchone()[0]
    conn.close()
    data = bytearray(db.read_bytes())
    data[(root - 1) * page_size] = 0x55
    db.write_bytes(bytes(data))
    damaged = Library.open(db, read_only_if_damaged=True)
    assert damaged.read_only

    seen: list[str] = []

    def choose_restore(box) -> None:
        seen.append(box.text())
        [button] = [b for b in box.buttons() if b.text() == "Restore the newest backup…"]
        button.click()

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    when_modal(choose_restore)
    window = MainWindow(damaged, InlineJobRunner())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.library.read_only, timeout=5000)
    assert "damaged" in seen[0] and "newest backup is from" in seen[0]
    assert not window.library.read_only and not window.library.damage
    assert _names(window.library) == ["Kept Safe"]
    window.library.close()
