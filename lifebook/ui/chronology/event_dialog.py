"""Add or edit one chronology event.

The date is typed as a person would write it, and the line beneath says at
once how it was read ("Read as: spring 2019 (season) · aged about 2"), or
that it could not be, in which case the text is kept and the date counts as
not known. The three flags each say in plain words what they do. Photos and
people are ticked in lists, so linking works from the keyboard too.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lifebook.model.chronology import ChronologyDate, age_at, parse_chronology_date
from lifebook.model.enums import ChronologyCategory, DatePrecision
from lifebook.model.records import EventInfo, PersonInfo, PhotoInfo
from lifebook.services.chronology import TITLE_MAX
from lifebook.ui.tips import explain_buttons

OK_COLOUR = "#2F6F55"
WARN_COLOUR = "#9A6700"
QUIET_COLOUR = "#6B625C"
HOW_EXACT = {  # translated where shown ("EventDialog")
    DatePrecision.DAY: QT_TRANSLATE_NOOP("EventDialog", "exact day"),
    DatePrecision.MONTH: QT_TRANSLATE_NOOP("EventDialog", "month"),
    DatePrecision.SEASON: QT_TRANSLATE_NOOP("EventDialog", "season"),
    DatePrecision.YEAR: QT_TRANSLATE_NOOP("EventDialog", "year"),
    DatePrecision.APPROXIMATE: QT_TRANSLATE_NOOP("EventDialog", "approximate"),
}
FLAG_HELP = {
    "include_in_book": (QT_TRANSLATE_NOOP("EventDialog", "Include in the child's book"),
                        QT_TRANSLATE_NOOP("EventDialog", "Shown on the “My journey” pages of the life story book.")),
    "sensitive": (QT_TRANSLATE_NOOP("EventDialog", "Sensitive: for the later life letter only"),
                  QT_TRANSLATE_NOOP("EventDialog", "Kept out of the child's book; told with care in the later life letter.")),
    "private": (QT_TRANSLATE_NOOP("EventDialog", "Private note for workers"),
                QT_TRANSLATE_NOOP("EventDialog", "Never exported and never in any book: for you and your team only.")),
}
ID_ROLE = Qt.ItemDataRole.UserRole + 1
THUMB = QSize(48, 36)


def read_as(when: ChronologyDate, birth: ChronologyDate | None) -> tuple[str, str]:
    """(what the date field says beneath, its colour)."""
    if when.known:
        how = QCoreApplication.translate("EventDialog", str(HOW_EXACT.get(when.precision, "date")))
        text = QCoreApplication.translate("EventDialog", "Read as: {date} ({how})").format(date=when.describe(), how=how)
        age = age_at(when, birth) if birth is not None else ""
        return (f"{text} · {age}" if age else text), OK_COLOUR
    if not when.text:
        return QCoreApplication.translate("EventDialog", "No date yet: the event will be listed at the end"), QUIET_COLOUR
    why = when.problem or QCoreApplication.translate("EventDialog", "I can't read '{text}' as a date").format(text=when.text)
    return QCoreApplication.translate("EventDialog", "{why}. It will be kept as you typed it, with the date not known.").format(
        why=why), WARN_COLOUR


def _checkable(text: str, ident: int, checked: bool, icon: QIcon | None = None) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(ID_ROLE, ident)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                  | Qt.ItemFlag.ItemIsSelectable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    if icon is not None:
        item.setIcon(icon)
    return item


class EventDialog(QDialog):
    """The fields of one event; ``values()``, ``photo_ids()`` and ``person_ids()`` after OK."""

    def __init__(self, *, event: EventInfo | None = None, birth: ChronologyDate | None = None,
                 photos: Sequence[PhotoInfo] = (), people: Sequence[PersonInfo] = (),
                 icons: dict[int, QIcon] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.birth = birth
        self.setWindowTitle(QCoreApplication.translate("EventDialog", "Edit event") if event else QCoreApplication.translate("EventDialog", "Add an event"))
        self.setMinimumWidth(700)
        self.date_edit = QLineEdit(event.date_text if event else "")
        self.date_edit.setAccessibleName(QCoreApplication.translate("EventDialog", "Date"))
        self.date_edit.setToolTip(QCoreApplication.translate("EventDialog", "When it happened: a day, a month, a year or a season, e.g. spring 2021"))
        self.date_edit.setPlaceholderText(QCoreApplication.translate("EventDialog", "e.g. 3/5/2019, March 2019, spring 2019, about 2018"))
        self.date_feedback = QLabel()
        self.date_feedback.setWordWrap(True)
        self.date_feedback.setAccessibleName(QCoreApplication.translate("EventDialog", "How the date was read"))
        self.title_edit = QLineEdit(event.title if event else "")
        self.title_edit.setAccessibleName(QCoreApplication.translate("EventDialog", "What happened"))
        self.title_edit.setToolTip(QCoreApplication.translate("EventDialog", "A few words saying what happened"))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("EventDialog", "In a few words, e.g. Moved to live with Sam and Ali"))
        self.title_edit.setMaxLength(TITLE_MAX)
        self.category = QComboBox()
        self.category.setAccessibleName(QCoreApplication.translate("EventDialog", "Category"))
        self.category.setToolTip(QCoreApplication.translate("EventDialog", "What kind of event this is: a move, a milestone, court…"))
        for c in ChronologyCategory:
            self.category.addItem(c.label, c.value)
        self.category.setCurrentIndex(
            self.category.findData(event.category if event else ChronologyCategory.OTHER.value))
        self.place_edit = QLineEdit(event.place if event else "")
        self.place_edit.setAccessibleName(QCoreApplication.translate("EventDialog", "Place"))
        self.place_edit.setToolTip(QCoreApplication.translate("EventDialog", "Where it happened (optional)"))
        self.place_edit.setPlaceholderText(QCoreApplication.translate("EventDialog", "Optional, e.g. Leeds, or St Mary's Hospital"))
        self.detail_edit = QPlainTextEdit(event.detail if event else "")
        self.detail_edit.setAccessibleName(QCoreApplication.translate("EventDialog", "Description"))
        self.detail_edit.setToolTip(QCoreApplication.translate("EventDialog", "More about what happened, in words the book can use"))
        self.detail_edit.setPlaceholderText(
            QCoreApplication.translate("EventDialog", "What happened and why, in words the child will understand when they read it"))
        self.detail_edit.setTabChangesFocus(True)
        self.detail_edit.setFixedHeight(84)
        self.flags: dict[str, QCheckBox] = {}
        flag_box = QVBoxLayout()
        flag_box.setSpacing(2)
        for name, (source, help_source) in FLAG_HELP.items():
            text = QCoreApplication.translate("EventDialog", str(source))
            help_text = QCoreApplication.translate("EventDialog", str(help_source))
            box = QCheckBox(text)
            default = name == "include_in_book"
            box.setChecked(getattr(event, name) if event else default)
            box.setToolTip(help_text)
            self.flags[name] = box
            explain = QLabel(help_text)
            explain.setStyleSheet(f"color: {QUIET_COLOUR};")
            explain.setContentsMargins(24, 0, 0, 4)
            flag_box.addWidget(box)
            flag_box.addWidget(explain)
        self.photo_list = QListWidget()
        self.people_list = QListWidget()
        self.photo_list.setAccessibleName(QCoreApplication.translate("EventDialog", "Photos of this event"))
        self.photo_list.setIconSize(THUMB)
        for widget in (self.photo_list, self.people_list):
            widget.setMinimumHeight(150)
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            widget.setTextElideMode(Qt.TextElideMode.ElideRight)
        linked = set(event.photo_ids) if event else set()
        for p in photos:
            self.photo_list.addItem(_checkable(p.caption or p.original_name, p.id, p.id in linked,
                                               (icons or {}).get(p.id)))
        self.people_list.setAccessibleName(QCoreApplication.translate("EventDialog", "People involved"))
        involved = set(event.person_ids) if event else set()
        for person in people:
            what = person.relationship_to_child or person.relationship_label
            name = f"{person.name} ({what})" if what else person.name
            self.people_list.addItem(_checkable(name, person.id, person.id in involved))
        self.error = QLabel()
        self.error.setStyleSheet("color: #B3261E;")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        date_box = QVBoxLayout()
        date_box.setSpacing(2)
        date_box.addWidget(self.date_edit)
        date_box.addWidget(self.date_feedback)
        date_label = QLabel(QCoreApplication.translate("EventDialog", "&Date"))
        date_label.setBuddy(self.date_edit)
        form.addRow(date_label, date_box)
        form.addRow(QCoreApplication.translate("EventDialog", "&What happened"), self.title_edit)
        form.addRow(QCoreApplication.translate("EventDialog", "&Category"), self.category)
        form.addRow(QCoreApplication.translate("EventDialog", "&Place"), self.place_edit)
        form.addRow(QCoreApplication.translate("EventDialog", "D&escription"), self.detail_edit)
        form.addRow(QCoreApplication.translate("EventDialog", "Flags"), flag_box)
        lists = QHBoxLayout()
        for title, widget, empty in ((QCoreApplication.translate("EventDialog", "P&hotos of this event"), self.photo_list,
                                      QCoreApplication.translate("EventDialog", "This child has no photos yet.")),
                                     (QCoreApplication.translate("EventDialog", "Pe&ople involved"), self.people_list,
                                      QCoreApplication.translate("EventDialog", "No people are recorded for this child yet."))):
            column = QVBoxLayout()
            heading = QLabel(title)
            heading.setBuddy(widget)
            column.addWidget(heading)
            if widget.count():
                column.addWidget(widget)
            else:
                widget.hide()
                note = QLabel(empty)
                note.setObjectName("subheading")
                column.addWidget(note)
                column.addStretch(1)
            lists.addLayout(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("EventDialog", "Save event") if event else QCoreApplication.translate("EventDialog", "Add event"))
        self.ok_button.setObjectName("primary")
        self.ok_button.setToolTip(QCoreApplication.translate("EventDialog", "Keep this event in the chronology (Undo takes it back)"))
        explain_buttons(buttons)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(lists)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.date_edit.textChanged.connect(self._read_date)
        self._read_date()
        (self.title_edit if event else self.date_edit).setFocus()

    def _read_date(self) -> None:
        text, colour = read_as(parse_chronology_date(self.date_edit.text()), self.birth)
        self.date_feedback.setText(text)
        self.date_feedback.setStyleSheet(f"color: {colour};")

    def _accept(self) -> None:
        if not " ".join(self.title_edit.text().split()):
            self.error.setText(QCoreApplication.translate("EventDialog", "Please say what happened, in a few words."))
            self.title_edit.setFocus()
            return
        self.accept()

    # --- what was entered ---------------------------------------------------------------

    def values(self) -> dict[str, object]:
        """The fields as ``services.chronology.add_event`` and ``update_event`` take them."""
        return {
            "date_text": self.date_edit.text().strip(),
            "title": self.title_edit.text(),
            "detail": self.detail_edit.toPlainText(),
            "category": self.category.currentData(),
            "place": self.place_edit.text(),
            **{name: box.isChecked() for name, box in self.flags.items()},
        }

    @staticmethod
    def _checked(widget: QListWidget) -> tuple[int, ...]:
        items = (widget.item(i) for i in range(widget.count()))
        return tuple(int(i.data(ID_ROLE)) for i in items
                     if i is not None and i.checkState() == Qt.CheckState.Checked)

    def photo_ids(self) -> tuple[int, ...]:
        return self._checked(self.photo_list)

    def person_ids(self) -> tuple[int, ...]:
        return self._checked(self.people_list)
