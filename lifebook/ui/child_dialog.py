"""One dialog to add a child or to edit every detail of one already added."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lifebook.model.enums import DatePrecision, Nation, Plan
from lifebook.model.records import ChildInfo
from lifebook.services.children import KEY_DATE_NAMES, KEY_DATES
from lifebook.ui.date_field import QUIET_COLOUR, DateField
from lifebook.ui.labels import label as _tr_label

# shorter labels where the full name would crowd the form
DATE_LABELS = {"order_date": str(QT_TRANSLATE_NOOP("ChildDialog", "SGO or CAO order")),
               "plan_started": str(QT_TRANSLATE_NOOP("ChildDialog", "Plan started"))}
PRONOUNS = ["", "she/her", "he/him", "they/them"]
SUGGESTED = str(QT_TRANSLATE_NOOP("ChildDialog", "Suggested from the full name: change it if they like "
                                                 "to be called something else."))
FROM_FULL_NAME = str(QT_TRANSLATE_NOOP("ChildDialog", "Books use this name. If it is left empty, they use "
                                                      "the full name."))


class ChildDialog(QDialog):
    """Add a child (``child`` is None) or edit one (``child`` is its ``ChildInfo``)."""

    def __init__(self, parent: QWidget | None = None, child: ChildInfo | None = None) -> None:
        super().__init__(parent)
        self.child = child
        editing = child is not None
        self.setWindowTitle(QCoreApplication.translate("ChildDialog", "Edit {name}'s details").format(name=child.name) if child is not None else QCoreApplication.translate("ChildDialog", "Add a child"))
        self.setMinimumWidth(720)

        self.name = QLineEdit()
        self.name.setPlaceholderText(QCoreApplication.translate("ChildDialog", "Full name, as on their records"))
        self.name.setAccessibleName(QCoreApplication.translate("ChildDialog", "Full name"))
        self.name.setToolTip(QCoreApplication.translate("ChildDialog", "The child's full legal name, as on their records"))
        self.preferred = QLineEdit()
        self.preferred.setPlaceholderText(QCoreApplication.translate("ChildDialog", "What they like to be called"))
        self.preferred.setAccessibleName(QCoreApplication.translate("ChildDialog", "Preferred name"))
        self.preferred.setToolTip(QCoreApplication.translate("ChildDialog", "The name the child likes to be called; books use it"))
        self.preferred_hint = QLabel(QCoreApplication.translate("ChildDialog", FROM_FULL_NAME))
        self.preferred_hint.setWordWrap(True)
        self.preferred_hint.setStyleSheet(f"color: {QUIET_COLOUR};")
        self._preferred_touched = editing  # an edited child's preferred name is theirs already
        self.pronouns = QComboBox()
        self.pronouns.setEditable(True)
        self.pronouns.addItems(PRONOUNS)
        self.pronouns.setAccessibleName(QCoreApplication.translate("ChildDialog", "Pronouns"))
        self.pronouns.setToolTip(QCoreApplication.translate("ChildDialog", "How the books speak about the child: she, he, they, or by name"))
        editor = self.pronouns.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(QCoreApplication.translate("ChildDialog", "e.g. she/her (optional)"))
        self.dob = DateField(QCoreApplication.translate("ChildDialog", "date of birth"), not_future=True,
                             empty_text=QCoreApplication.translate("ChildDialog", "Not known: leave it empty. “about 2018” or “March 2018” are fine too."))
        self.plan = QComboBox()
        self.plan.setAccessibleName(QCoreApplication.translate("ChildDialog", "Plan"))
        self.plan.setToolTip(QCoreApplication.translate("ChildDialog", "The child's plan decides the sections of a new book and the deadlines"))
        for plan in Plan:
            self.plan.addItem(plan.label, plan.value)
        self.nation = QComboBox()
        self.nation.setAccessibleName(QCoreApplication.translate("ChildDialog", "Nation"))
        self.nation.setToolTip(QCoreApplication.translate("ChildDialog", "Whose bank holidays count when working days are counted"))
        self.nation.setToolTip(QCoreApplication.translate("ChildDialog", "Deadlines in working days skip this nation's bank holidays"))
        for nation in Nation:
            self.nation.addItem(nation.label, nation.value)
        self.worker = QLineEdit()
        self.worker.setAccessibleName(QCoreApplication.translate("ChildDialog", "Allocated worker"))
        self.worker.setToolTip(QCoreApplication.translate("ChildDialog", "The social worker responsible for the child's life story work"))
        self.worker.setPlaceholderText(QCoreApplication.translate("ChildDialog", "The social worker's name (optional)"))
        self.worker.setMaxLength(100)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QCoreApplication.translate("ChildDialog", "Full name"), self.name)  # no '&' mnemonics: some styles show them literally
        form.addRow(QCoreApplication.translate("ChildDialog", "Preferred name"), self.preferred)
        form.addRow("", self.preferred_hint)
        form.addRow(QCoreApplication.translate("ChildDialog", "Pronouns"), self.pronouns)
        form.addRow(QCoreApplication.translate("ChildDialog", "Date of birth"), self.dob)
        form.addRow(QCoreApplication.translate("ChildDialog", "Plan"), self.plan)
        form.addRow(QCoreApplication.translate("ChildDialog", "Nation"), self.nation)
        form.addRow(QCoreApplication.translate("ChildDialog", "Allocated worker"), self.worker)

        self.key_dates: dict[str, DateField] = {}
        dates_box = QGroupBox(QCoreApplication.translate("ChildDialog", "Key dates (leave empty if not known, or not yet)"))
        columns = QHBoxLayout(dates_box)  # two columns, so the dialog fits a laptop screen
        halves = [QFormLayout(), QFormLayout()]
        for n, (key, label) in enumerate(KEY_DATES.items()):
            what = (QCoreApplication.translate("ChildDialog", "date they came into care") if key == "came_into_care"
                    else QCoreApplication.translate("ChildDialog", "{what} date").format(what=_tr_label(label).lower()))
            field = DateField(what, need_day=True, empty_text="")
            self.key_dates[key] = field
            half = halves[n * 2 // len(KEY_DATES)]
            half.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            half.addRow(QCoreApplication.translate("ChildDialog", DATE_LABELS[key]) if key in DATE_LABELS else _tr_label(label), field)
        for half in halves:
            columns.addLayout(half, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button.setText(QCoreApplication.translate("ChildDialog", "Save changes") if editing else QCoreApplication.translate("ChildDialog", "Add child"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(QCoreApplication.translate("ChildDialog", "Close without saving"))
        self.ok_button.setToolTip(QCoreApplication.translate("ChildDialog", "Save the child's details"))
        self.buttons.rejected.connect(self.reject)
        self.hint = QLabel("")
        self.hint.setObjectName("dialogHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #B3261E")

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(dates_box)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

        if child is not None:
            self._fill(child)
        self.name.textChanged.connect(self._name_changed)
        self.preferred.textEdited.connect(self._preferred_edited)
        for field in (self.dob, *self.key_dates.values()):
            field.changed.connect(self._validate)
        self._validate()

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _fill(self, child: ChildInfo) -> None:
        self.name.setText(child.name)
        self.preferred.setText(child.preferred_name)
        self.pronouns.setCurrentText(child.pronouns)
        self.dob.set_date(child.date_of_birth, child.dob_precision)
        self.plan.setCurrentIndex(max(0, self.plan.findData(child.plan)))
        self.nation.setCurrentIndex(max(0, self.nation.findData(child.nation)))
        self.worker.setText(child.allocated_worker)
        for key, field in self.key_dates.items():
            field.set_date(child.key_dates.get(KEY_DATE_NAMES[key]))

    # --- the preferred name is suggested, visibly, never guessed behind the user's back ---

    def _name_changed(self, text: str) -> None:
        if not self._preferred_touched:
            words = text.split()
            self.preferred.setText(words[0] if words else "")
            self.preferred_hint.setText(QCoreApplication.translate("ChildDialog", SUGGESTED if words else FROM_FULL_NAME))
        self._validate()

    def _preferred_edited(self, _text: str) -> None:
        self._preferred_touched = True
        self.preferred_hint.setText(QCoreApplication.translate("ChildDialog", FROM_FULL_NAME))

    # --- checking and values ----------------------------------------------------------

    def problems(self) -> list[str]:
        out = []
        if not self.name.text().strip():
            out.append("A child needs a name.")
        for field in (self.dob, *self.key_dates.values()):
            if not field.is_valid():
                out.append(f"Check the {field.what}: {field.error()}")
        return out

    def _validate(self) -> None:
        problems = self.problems()
        self.ok_button.setEnabled(not problems)
        # each date says what is wrong beside it; the name's absence is plain to see
        bad_dates = [p for p in problems if not p.startswith("A child")]
        self.hint.setText(QCoreApplication.translate("ChildDialog", "Change the dates shown in red to save.") if bad_dates else "")

    def values(self) -> dict:
        """Keyword arguments for ``children.add_child`` / ``children.update_child``."""
        dob = self.dob.parsed()
        out: dict = {
            "name": self.name.text().strip(),
            "preferred_name": self.preferred.text().strip(),
            "pronouns": self.pronouns.currentText().strip(),
            "date_of_birth": dob.value if dob else None,
            "dob_precision": (dob.precision if dob and dob.precision else DatePrecision.DAY),
            "plan": Plan(self.plan.currentData()),
            "nation": Nation(self.nation.currentData()),
            "allocated_worker": self.worker.text().strip(),
        }
        for key, field in self.key_dates.items():
            out[key] = field.value()
        return out
