"""Small dialogs: adding a child."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lifebook.model.enums import Plan


class AddChildDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add a child")
        self.name = QLineEdit()
        self.name.setPlaceholderText("Full name")
        self.preferred = QLineEdit()
        self.preferred.setPlaceholderText("What they like to be called (optional)")
        self.dob = QDateEdit()
        self.dob.setDisplayFormat("d MMMM yyyy")
        self.dob.setCalendarPopup(True)
        self.dob.setMaximumDate(QDate.currentDate())
        self.dob.setDate(QDate.currentDate().addYears(-5))
        self.dob_known = QCheckBox("Known")
        self.dob_known.setChecked(True)
        self.dob_known.toggled.connect(self.dob.setEnabled)
        dob_row = QHBoxLayout()
        dob_row.addWidget(self.dob, 1)
        dob_row.addWidget(self.dob_known)
        self.plan = QComboBox()
        for plan in Plan:
            self.plan.addItem(plan.label, plan)
        form = QFormLayout()
        form.addRow("&Name", self.name)
        form.addRow("&Preferred name", self.preferred)
        form.addRow("Date of &birth", dob_row)
        form.addRow("P&lan", self.plan)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add child")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.hint = QLabel("")
        self.hint.setStyleSheet("color: #B3261E")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        ok = bool(self.name.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> dict:
        dob: date | None = self.dob.date().toPython() if self.dob_known.isChecked() else None
        return {
            "name": self.name.text().strip(),
            "preferred_name": self.preferred.text().strip(),
            "date_of_birth": dob,
            "plan": Plan(self.plan.currentData()),
        }
