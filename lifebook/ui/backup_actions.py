"""File > Back up the library…, Restore from a backup…, Audit log…, and the backup on closing.

The window closes the library before a restore and opens it again after,
whatever happens, so the user is never left without a library. A damaged
library offers to restore the newest backup.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from lifebook.services.backups import (
    BackupError,
    backup_to_file,
    backups_folder,
    newest_backup,
    restore,
    rolling_backup,
)

if TYPE_CHECKING:
    from lifebook.ui.main_window import MainWindow

BACKUP_FILTER = "Lifebook backup (*.lifebook-backup);;All files (*)"
RESTORE_FILTER = "Lifebook backups (*.lifebook-backup *.sqlite3);;All files (*)"


def backup_menu_actions(window: MainWindow) -> list[QAction]:
    back_up = QAction(QCoreApplication.translate("backup_actions", "&Back up the library…"), window)
    back_up.setToolTip(QCoreApplication.translate("backup_actions", "Save everything in this library, photos included, in one file"))
    back_up.triggered.connect(lambda: back_up_library(window))
    restore_action = QAction(QCoreApplication.translate("backup_actions", "&Restore from a backup…"), window)
    restore_action.setToolTip(QCoreApplication.translate("backup_actions", "Replace this library with a backup; the library as it is now "
                              "is kept as a backup first"))
    restore_action.triggered.connect(lambda: restore_library(window))
    audit = QAction(QCoreApplication.translate("backup_actions", "Audit &log…"), window)
    audit.setToolTip(QCoreApplication.translate("backup_actions", "Who did what, and when: for the chosen child or the whole library"))
    audit.triggered.connect(lambda: show_audit(window))
    return [back_up, restore_action, audit]


def show_audit(window: MainWindow) -> None:
    from lifebook.services.children import child_info_by_id
    from lifebook.ui.audit_dialog import AuditDialog

    child_id = window.current_child_id()
    child = (child_id, child_info_by_id(window.library, child_id).display_name) if child_id else None
    AuditDialog(window.library, child, window).exec()


def back_up_library(window: MainWindow, path: str | None = None) -> None:
    if path is None:
        suggested = Path.home() / f"Lifebook backup {date.today():%d %B %Y}.lifebook-backup"
        path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("backup_actions", "Back up the library"), str(suggested),
                                              BACKUP_FILTER)
    if not path:
        return
    library = window.library

    def done(info) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate("backup_actions", "Backed up the library and {photos} photo(s) to {path}").format(photos=info.photos, path=info.path), 15000)

    window._start_job(QCoreApplication.translate("backup_actions", "Back up the library"),
                      lambda progress, cancel: backup_to_file(library, Path(path),
                                                              progress=progress, cancel=cancel),
                      done)


def restore_library(window: MainWindow, path: str | None = None) -> bool:
    db_path = window.library.db_path
    if path is None:
        path, _ = QFileDialog.getOpenFileName(window, QCoreApplication.translate("backup_actions", "Restore from a backup"),
                                              str(backups_folder(db_path)), RESTORE_FILTER)
    if not path:
        return False
    answer = QMessageBox.question(
        window, QCoreApplication.translate("backup_actions", "Restore from a backup?"),
        QCoreApplication.translate("backup_actions", "This replaces everything in the library with the backup {name}.\n\nThe library as it is now is kept as a backup first, so you can go back to it.").format(name=Path(path).name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    window.close_editor()
    window.library.close()
    try:
        result = restore(db_path, Path(path))
    except BackupError as exc:
        window.open_library(db_path)
        QMessageBox.warning(window, QCoreApplication.translate("backup_actions", "The backup was not restored"), f"{exc}")
        return False
    window.open_library(db_path)
    window.statusBar().showMessage(
        QCoreApplication.translate("backup_actions", "Restored from {name}. The library as it was is kept as {kept_current_as}.").format(name=Path(path).name, kept_current_as=result.kept_current_as), 20000)
    return True


def backup_on_close(window: MainWindow) -> None:
    """Today's rolling backup (at most one a day); a failure is said, never fatal."""
    library = window.library
    if library.read_only:
        return
    try:
        rolling_backup(library)
    except BackupError as exc:
        QMessageBox.warning(window, QCoreApplication.translate("backup_actions", "Lifebook could not back up the library"), str(exc))


def explain_damage(window: MainWindow) -> None:
    """Say the library is damaged and opened read-only, and offer the newest good backup."""
    library = window.library
    text = (f"{library.damage}.\n\nLifebook has opened it read-only, so you can look at what "
            "can still be read and export books from it, but nothing can be changed.")
    backup = newest_backup(library.db_path)
    if backup is None:
        QMessageBox.warning(window, QCoreApplication.translate("backup_actions", "This library is damaged"), text)
        return
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("backup_actions", "This library is damaged"),
                      text + f"\n\nThe newest backup is from "
                      f"{date.fromtimestamp(backup.stat().st_mtime):%d %B %Y}.", parent=window)
    restore_button = box.addButton(QCoreApplication.translate("backup_actions", "Restore the newest backup…"),
                                   QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("backup_actions", "Keep it read-only"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is restore_button:
        restore_library(window, str(backup))
