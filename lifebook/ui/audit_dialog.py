"""File > Audit log…: who did what and when, for the chosen child or the whole library.

Read-only, newest first, with a search box; "Save as CSV…" writes it for the
child's file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lifebook.services.audit import AuditInfo, export_audit_csv, list_audit
from lifebook.services.errors import InvalidInput
from lifebook.store.db import Library
from lifebook.ui.tips import explain_buttons

COLUMNS = (QT_TRANSLATE_NOOP("AuditDialog", "When"), QT_TRANSLATE_NOOP("AuditDialog", "Who"),
           QT_TRANSLATE_NOOP("AuditDialog", "What"), QT_TRANSLATE_NOOP("AuditDialog", "Details"))


class AuditDialog(QDialog):
    def __init__(self, library: Library, child: tuple[int, str] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setWindowTitle(QCoreApplication.translate("AuditDialog", "Audit log"))
        self.resize(900, 560)
        self.scope = QComboBox()
        self.scope.setAccessibleName(QCoreApplication.translate("AuditDialog", "Whose records"))
        self.scope.setToolTip(QCoreApplication.translate("AuditDialog", "Show the chosen child's entries, or the whole library's"))
        if child is not None:
            self.scope.addItem(QCoreApplication.translate("AuditDialog", "{value0}'s records").format(value0=child[1]), child[0])
        self.scope.addItem(QCoreApplication.translate("AuditDialog", "The whole library"), None)
        self.scope.currentIndexChanged.connect(self.reload)
        self.search = QLineEdit()
        self.search.setPlaceholderText(QCoreApplication.translate("AuditDialog", "Search: a name, an action, a file…"))
        self.search.setAccessibleName(QCoreApplication.translate("AuditDialog", "Search the audit log"))
        self.search.setToolTip(QCoreApplication.translate("AuditDialog", "Show only the entries with these words"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("AuditDialog", str(c)) for c in COLUMNS])
        self.table.setAccessibleName(QCoreApplication.translate("AuditDialog", "Audit entries, newest first"))
        self.table.setToolTip(QCoreApplication.translate("AuditDialog", "Who did what, and when; nothing here can be changed"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons; the arrow keys move in the table
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel()
        save = QPushButton(QCoreApplication.translate("AuditDialog", "Save as CSV…"))
        save.setToolTip(QCoreApplication.translate("AuditDialog", "Save these entries as a spreadsheet file for the child's record"))
        save.clicked.connect(lambda: self.save_csv())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        explain_buttons(buttons)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("AuditDialog", "Show")))
        top.addWidget(self.scope)
        top.addWidget(self.search, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(save)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        note = QLabel(QCoreApplication.translate("AuditDialog", "Every change, export, backup and restore is kept here. Entries cannot "
                      "be changed or deleted."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.entries: list[AuditInfo] = []
        self.reload()

    def child_id(self) -> int | None:
        return self.scope.currentData()

    def reload(self) -> None:
        self.entries = list_audit(self.library, self.child_id())
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for col, text in enumerate((f"{entry.at:%d %b %Y, %H:%M}", entry.who, entry.what,
                                        entry.details)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        shown = 0
        for row, entry in enumerate(self.entries):
            hay = f"{entry.who} {entry.what} {entry.details}".casefold()
            hidden = bool(needle) and needle not in hay
            self.table.setRowHidden(row, hidden)
            shown += not hidden
        self.count.setText(QCoreApplication.translate("AuditDialog", "{shown} of {len_entries} entries").format(shown=shown, len_entries=len(self.entries)))

    def save_csv(self, path: str | None = None) -> bool:
        if path is None:
            suggested = Path.home() / f"Audit log {date.today():%d %B %Y}.csv"
            path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("AuditDialog", "Save the audit log"), str(suggested),
                                                  QCoreApplication.translate("AuditDialog", "CSV (*.csv)"))
        if not path:
            return False
        try:
            rows = export_audit_csv(self.library, Path(path), self.child_id())
        except InvalidInput as exc:
            QMessageBox.warning(self, QCoreApplication.translate("AuditDialog", "The audit log was not saved"), str(exc))
            return False
        self.count.setText(QCoreApplication.translate("AuditDialog", "Saved {rows} entries to {path}").format(rows=rows, path=path))
        return True
