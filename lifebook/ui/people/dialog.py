"""Add or edit one person: who they are to the child, their dates, photo and consents.

Every field is in plain words. The two consent questions are asked the way a
social worker asks them. Nothing is saved until Save; Save calls ``on_save``
with every field, and a problem it raises is shown here with nothing saved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lifebook.model.enums import Consent, Relationship, SiblingLives
from lifebook.model.records import PersonInfo, PhotoInfo
from lifebook.services.errors import ServiceError
from lifebook.ui.date_field import DateField
from lifebook.ui.people.photo_choice import PhotoChoice
from lifebook.ui.scrolling import vertical_scroller

ERROR_COLOUR = "#B3261E"
HINT_STYLE = "color: #6B625C;"
# translated where they are shown ("PersonDialog")
NAMED_QUESTION = QT_TRANSLATE_NOOP("PersonDialog", "Can we use their name in the child's book?")
IDENTIFIED_QUESTION = QT_TRANSLATE_NOOP("PersonDialog", "Can they be identified — full name, photo, where they live — "
                                        "in the book?")
CONSENT_HELP = QT_TRANSLATE_NOOP("PersonDialog", "Relatives, carers and other people agree before anything more than "
                                 "their first name goes in a book or letter. If you have not asked yet, say so: "
                                 "the checks will remind you.")
PRIVATE_HELP = QT_TRANSLATE_NOOP("PersonDialog", "Only people using Lifebook see this. It is never printed or exported.")
CARERS = {Relationship.FOSTER_CARER}


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


def _section(title: str) -> QLabel:
    label = QLabel(title)
    label.setObjectName("sectionTitle")
    return label


class ConsentChoice(QWidget):
    """One consent question: Yes / No / Not asked yet, when asked, and a note."""

    def __init__(self, question: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = QLabel(QCoreApplication.translate("PersonDialog", question))
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-weight: 600;")
        self.buttons = QButtonGroup(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.radios: dict[Consent, QRadioButton] = {}
        for consent, text in ((Consent.YES, QCoreApplication.translate("ConsentChoice", "Yes")),
                              (Consent.NO, QCoreApplication.translate("ConsentChoice", "No")),
                              (Consent.NOT_ASKED, QCoreApplication.translate("ConsentChoice", "Not asked yet"))):
            radio = QRadioButton(text)
            radio.setAccessibleName(f"{what}: {radio.text()}")
            radio.setToolTip(QCoreApplication.translate("ConsentChoice", "What they said when asked about being {what}").format(what=what))
            self.buttons.addButton(radio)
            self.radios[consent] = radio
            row.addWidget(radio)
        row.addStretch(1)
        self.asked = DateField(f"date they were asked about being {what}", need_day=True,
                               not_future=True, empty_text=QCoreApplication.translate("PersonDialog", "When they were asked (if you know)"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(QCoreApplication.translate("ConsentChoice", "A note, e.g. \"agreed in writing\" or \"first name only\""))
        self.note.setAccessibleName(QCoreApplication.translate("ConsentChoice", "Note about being {what}").format(what=what))
        self.note.setToolTip(QCoreApplication.translate("ConsentChoice", "How and when they agreed, or what they asked for"))
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(6)
        form.addRow(QCoreApplication.translate("ConsentChoice", "Asked on"), self.asked)
        form.addRow(QCoreApplication.translate("ConsentChoice", "Note"), self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addLayout(form)

    def set(self, consent: str, asked, note: str) -> None:
        self.radios[Consent(consent)].setChecked(True)
        self.asked.set_date(asked)
        self.note.setText(note)

    def value(self) -> str:
        return next((c.value for c, r in self.radios.items() if r.isChecked()),
                    Consent.NOT_ASKED.value)


class PersonDialog(QDialog):
    """The form for one person; ``saved`` holds what ``on_save`` returned."""

    def __init__(self, child_name: str, photos: list[PhotoInfo], library: object,
                 on_save: Callable[[dict[str, object]], PersonInfo],
                 person: PersonInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = person
        self.on_save = on_save
        self.saved: PersonInfo | None = None
        self.setWindowTitle(QCoreApplication.translate("PersonDialog", "Edit {display_name}").format(display_name=person.display_name) if person else QCoreApplication.translate("PersonDialog", "Add a person"))
        self.setMinimumSize(QSize(980, 640))

        self.name = QLineEdit()
        self.name.setPlaceholderText(QCoreApplication.translate("PersonDialog", "Their full name, e.g. Josephine Smith"))
        self.name.setAccessibleName(QCoreApplication.translate("PersonDialog", "Full name"))
        self.name.setToolTip(QCoreApplication.translate("PersonDialog", "Their full name, as on the records"))
        self.known_as = QLineEdit()
        self.known_as.setPlaceholderText(QCoreApplication.translate("PersonDialog", "What {child_name} calls them, e.g. Nanna Jo").format(child_name=child_name))
        self.known_as.setAccessibleName(QCoreApplication.translate("PersonDialog", "Name the child uses"))
        self.known_as.setToolTip(QCoreApplication.translate("PersonDialog", "What the child calls them; books use this name"))
        self.relationship = QComboBox()
        self.relationship.setAccessibleName(QCoreApplication.translate("PersonDialog", "Relationship"))
        self.relationship.setToolTip(QCoreApplication.translate("PersonDialog", "Who they are to the child"))
        for rel in Relationship:
            self.relationship.addItem(rel.label, rel.value)
        self.words = QLineEdit()
        self.words.setPlaceholderText(QCoreApplication.translate("PersonDialog", "In your words, e.g. Mum's sister"))
        self.words.setAccessibleName(QCoreApplication.translate("PersonDialog", "Relationship in your words"))
        self.words.setToolTip(QCoreApplication.translate("PersonDialog", "Their relationship to the child, in the words the book will use"))
        self.sibling_lives = QComboBox()
        self.sibling_lives.setAccessibleName(QCoreApplication.translate("PersonDialog", "Where they live now"))
        self.sibling_lives.setToolTip(QCoreApplication.translate("PersonDialog", "Where this brother or sister lives now"))
        for where in SiblingLives:
            self.sibling_lives.addItem(where.label, where.value)
        self.household = QLineEdit()
        self.household.setPlaceholderText(QCoreApplication.translate("PersonDialog", "Who they live with, e.g. Dad's house"))
        self.household.setAccessibleName(QCoreApplication.translate("PersonDialog", "Household"))
        self.household.setToolTip(QCoreApplication.translate("PersonDialog", "Who they live with, to group them in the family tree"))
        self.placement_from = DateField("date the placement began", need_day=True,
                                        not_future=True, empty_text=QCoreApplication.translate("PersonDialog", "The day they moved in"))
        self.placement_to = DateField("date the placement ended", need_day=True,
                                      not_future=True,
                                      empty_text=QCoreApplication.translate("PersonDialog", "Leave empty if the child still lives there"))
        self.born = DateField("date of birth", need_day=True, not_future=True)
        self.died = DateField("date of death", need_day=True, not_future=True,
                              empty_text=QCoreApplication.translate("PersonDialog", "Leave empty unless they have died"))
        self.photo = PhotoChoice(library, photos)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)  # Tab moves on to the next field
        self.description.setAccessibleName(QCoreApplication.translate("PersonDialog", "Description for the child"))
        self.description.setToolTip(QCoreApplication.translate("PersonDialog", "A few warm words about them that the child will read"))
        self.description.setPlaceholderText(
            QCoreApplication.translate("PersonDialog", "A few warm words the child will read, e.g. \"Your birth mum. She has red hair "
            "like you.\""))
        self.description.setFixedHeight(72)

        self.named = ConsentChoice(str(NAMED_QUESTION), "named")
        self.identified = ConsentChoice(str(IDENTIFIED_QUESTION), "identified")
        self.private_note = QPlainTextEdit()
        self.private_note.setTabChangesFocus(True)
        self.private_note.setAccessibleName(QCoreApplication.translate("PersonDialog", "Private note"))
        self.private_note.setToolTip(QCoreApplication.translate("PersonDialog", "Only people using Lifebook see this; it is never printed or exported"))
        self.private_note.setPlaceholderText(QCoreApplication.translate("PersonDialog", "Anything the next worker should know"))
        self.private_note.setFixedHeight(72)

        who = QFormLayout()
        who.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        who.setVerticalSpacing(10)
        who.setHorizontalSpacing(14)
        who.addRow(QCoreApplication.translate("PersonDialog", "Full &name"), self.name)
        who.addRow(QCoreApplication.translate("PersonDialog", "Name the child u&ses"), self.known_as)
        who.addRow(QCoreApplication.translate("PersonDialog", "&Relationship"), self.relationship)
        who.addRow(QCoreApplication.translate("PersonDialog", "In your &words"), self.words)
        who.addRow(QCoreApplication.translate("PersonDialog", "Where they live &now"), self.sibling_lives)
        who.addRow(QCoreApplication.translate("PersonDialog", "&Household"), self.household)
        who.addRow(QCoreApplication.translate("PersonDialog", "Lived with them &from"), self.placement_from)
        who.addRow(QCoreApplication.translate("PersonDialog", "Lived with them &until"), self.placement_to)
        who.addRow(QCoreApplication.translate("PersonDialog", "Date of &birth"), self.born)
        who.addRow(QCoreApplication.translate("PersonDialog", "Date of &death"), self.died)
        who.addRow(QCoreApplication.translate("PersonDialog", "&Photo"), self.photo)
        who.addRow(QCoreApplication.translate("PersonDialog", "For the &child"), self.description)
        self.who_form = who

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(_section(QCoreApplication.translate("PersonDialog", "Who they are")))
        left.addLayout(who)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(_section(QCoreApplication.translate("PersonDialog", "Consent")))
        right.addWidget(_hint(QCoreApplication.translate("PersonDialog", str(CONSENT_HELP))))
        right.addWidget(self.named)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #E6DDD2;")
        right.addWidget(line)
        right.addWidget(self.identified)
        right.addSpacing(8)
        right.addWidget(_section(QCoreApplication.translate("PersonDialog", "Private note")))
        right.addWidget(_hint(QCoreApplication.translate("PersonDialog", str(PRIVATE_HELP))))
        right.addWidget(self.private_note)
        right.addStretch(1)
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setSpacing(28)
        columns.addLayout(left, 11)
        columns.addLayout(right, 9)
        # only the height scrolls: the dialog is as wide as its two columns need, in any language
        scroll = vertical_scroller(body)
        scroll.setMinimumWidth(body.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width())

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.hide()
        self.cancel_button = QPushButton(QCoreApplication.translate("PersonDialog", "Cancel"))
        self.save_button = QPushButton(QCoreApplication.translate("PersonDialog", "Add person") if person is None else QCoreApplication.translate("PersonDialog", "Save"))
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(QCoreApplication.translate("PersonDialog", "Keep this person in the child's story"))
        self.cancel_button.setToolTip(QCoreApplication.translate("PersonDialog", "Close without changing anything"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.relationship.currentIndexChanged.connect(lambda _i: self._relationship_changed())
        self._fill(person)
        self._relationship_changed()
        self.name.setFocus()

    # --- filling and reading ----------------------------------------------------------

    def _fill(self, p: PersonInfo | None) -> None:
        if p is None:
            self.named.set(Consent.NOT_ASKED.value, None, "")
            self.identified.set(Consent.NOT_ASKED.value, None, "")
            self.relationship.setCurrentIndex(self.relationship.findData(Relationship.OTHER.value))
            return
        self.name.setText(p.name)
        self.known_as.setText(p.known_as)
        self.relationship.setCurrentIndex(self.relationship.findData(p.relationship))
        self.words.setText(p.relationship_to_child)
        if p.sibling_lives:
            self.sibling_lives.setCurrentIndex(self.sibling_lives.findData(p.sibling_lives))
        else:
            self.sibling_lives.setCurrentIndex(self.sibling_lives.findData(SiblingLives.UNKNOWN.value))
        self.household.setText(p.household)
        self.placement_from.set_date(p.placement_from)
        self.placement_to.set_date(p.placement_to)
        self.born.set_date(p.date_of_birth)
        self.died.set_date(p.date_of_death)
        self.photo.set_media_id(p.photo_media_id)
        self.description.setPlainText(p.description)
        self.named.set(p.consent, p.consent_named_date, p.consent_note)
        self.identified.set(p.consent_identified, p.consent_identified_date,
                            p.consent_identified_note)
        self.private_note.setPlainText(p.private_note)

    def current_relationship(self) -> Relationship:
        return Relationship(self.relationship.currentData())

    def _relationship_changed(self) -> None:
        rel = self.current_relationship()
        self._show_row(self.sibling_lives, rel.is_sibling)
        self._show_row(self.placement_from, rel in CARERS)
        self._show_row(self.placement_to, rel in CARERS)

    def _show_row(self, field: QWidget, visible: bool) -> None:
        self.who_form.setRowVisible(field, visible)

    def dates(self) -> dict[str, DateField]:
        return {"date_of_birth": self.born, "date_of_death": self.died,
                "placement_from": self.placement_from, "placement_to": self.placement_to,
                "consent_named_date": self.named.asked,
                "consent_identified_date": self.identified.asked}

    def values(self) -> dict[str, object]:
        """Every field as the services take it (dates that cannot be read are left out)."""
        rel = self.current_relationship()
        values: dict[str, object] = {
            "name": self.name.text(),
            "known_as": self.known_as.text(),
            "relationship": rel.value,
            "relationship_to_child": self.words.text(),
            "sibling_lives": self.sibling_lives.currentData() if rel.is_sibling else "",
            "household": self.household.text(),
            "description": self.description.toPlainText(),
            "photo_media_id": self.photo.media_id(),
            "consent": self.named.value(),
            "consent_note": self.named.note.text(),
            "consent_identified": self.identified.value(),
            "consent_identified_note": self.identified.note.text(),
            "private_note": self.private_note.toPlainText(),
        }
        for key, field in self.dates().items():
            values[key] = field.value()
        return values

    # --- saving -------------------------------------------------------------------------

    def _problem(self) -> str:
        if not self.name.text().strip():
            return "Please give their name (the name the child uses can be added too)."
        for field in self.dates().values():
            if not field.is_valid():
                return field.error()
        return ""

    def show_error(self, message: str) -> None:
        self.error.setText(message[:1].upper() + message[1:])
        self.error.show()

    def save(self) -> bool:
        problem = self._problem()
        if problem:
            self.show_error(problem)
            return False
        try:
            self.saved = self.on_save(self.values())
        except ServiceError as exc:
            self.show_error(str(exc))
            return False
        self.accept()
        return True

