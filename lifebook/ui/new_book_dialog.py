"""Starting a new book for a child: which kind, what size, and the child's photos."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lifebook.layout.templates import book_template
from lifebook.model.enums import BookKind, Plan
from lifebook.model.records import ChildInfo
from lifebook.model.trim import TrimSize
from lifebook.services.books import planned_sections
from lifebook.ui.labels import label
from lifebook.ui.style import SOFT_INK

KIND_TEXT = {
    BookKind.LIFE_STORY: str(QT_TRANSLATE_NOOP(
        "NewBookDialog", "{name}'s life in words and photos: who {name} is, their birth family, "
        "how they came to be where they are, and where they are going.")),
    BookKind.WORDS_AND_PICTURES: str(QT_TRANSLATE_NOOP(
        "NewBookDialog", "A few short sentences and simple drawings that explain to {name} "
        "why the grown-ups are worried, and what everyone is doing about it.")),
    BookKind.LATER_LIFE_LETTER: str(QT_TRANSLATE_NOOP(
        "NewBookDialog", "A letter from you to {name}, to read when older, explaining what "
        "happened and the reasons for the decisions.")),
}
# The kind offered first for each plan (any kind can be chosen).
FIRST_KIND = {Plan.CIN_CP: BookKind.WORDS_AND_PICTURES, Plan.PLO: BookKind.WORDS_AND_PICTURES}


class NewBookDialog(QDialog):
    """Choose the kind of book, its page size, and whether to lay out the child's photos.

    ``child`` is the child's ``ChildInfo`` (with its photo count).
    """

    def __init__(self, child: ChildInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.child = child
        self.name = child.display_name
        self.plan = Plan(child.plan)
        self.setWindowTitle(QCoreApplication.translate("NewBookDialog", "New book for {name}").format(name=self.name))
        self.setMinimumWidth(620)

        intro = QLabel(QCoreApplication.translate("NewBookDialog", "What would you like to make for {name}?").format(name=self.name))
        intro.setObjectName("sectionTitle")
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[BookKind, QRadioButton] = {}
        kinds = QFrame()
        kinds.setObjectName("card")
        kinds_layout = QVBoxLayout(kinds)
        kinds_layout.setContentsMargins(16, 12, 16, 12)
        kinds_layout.setSpacing(2)
        for kind in BookKind:
            button = QRadioButton(label(kind.label))
            font = button.font()
            font.setBold(True)
            button.setFont(font)
            description = QLabel(QCoreApplication.translate("NewBookDialog", KIND_TEXT[kind]).format(name=self.name))
            description.setWordWrap(True)
            description.setStyleSheet(f"color: {SOFT_INK}; margin-left: 24px; margin-bottom: 8px;")
            description.setBuddy(button)
            self.kind_group.addButton(button)
            button.setToolTip(description.text())
            self.kind_buttons[kind] = button
            kinds_layout.addWidget(button)
            kinds_layout.addWidget(description)

        self.title = QLineEdit()
        self.title.setAccessibleName(QCoreApplication.translate("NewBookDialog", "Title"))
        self.title.setToolTip(QCoreApplication.translate("NewBookDialog", "The book's title, as it appears on the cover. You can change it later."))
        self._title_touched = False
        self.title.textEdited.connect(lambda _t: setattr(self, "_title_touched", True))
        self.trim = QComboBox()
        self.trim.setAccessibleName(QCoreApplication.translate("NewBookDialog", "Page size"))
        self.trim.setToolTip(QCoreApplication.translate("NewBookDialog", "The size of the printed pages"))
        for trim in TrimSize:
            self.trim.addItem(trim.label, trim.value)
        photos = child.photos or 0
        if photos:
            text = (QCoreApplication.translate("NewBookDialog", "Lay out {name}'s photo on a new page") if photos == 1 else
                    QCoreApplication.translate("NewBookDialog", "Lay out {name}'s {n} photos on new pages, in the order they "
                                         "were taken")).format(name=self.name, n=photos)
        else:
            text = QCoreApplication.translate("NewBookDialog", "Lay out {name}'s photos on new pages (there are none yet)").format(
                name=self.name)
        self.autoflow = QCheckBox(text)
        self.autoflow.setEnabled(photos > 0)
        self.autoflow.setToolTip(QCoreApplication.translate("NewBookDialog", "Start the book with the photos already in the library; you can move or remove them later"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QCoreApplication.translate("NewBookDialog", "Title"), self.title)
        form.addRow(QCoreApplication.translate("NewBookDialog", "Page size"), self.trim)
        form.addRow("", self.autoflow)

        self.sections = QLabel()
        self.sections.setObjectName("plannedSections")
        self.sections.setWordWrap(True)
        self.sections.setTextFormat(Qt.TextFormat.PlainText)
        self.sections.setStyleSheet(f"color: {SOFT_INK};")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("NewBookDialog", "Create book"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(QCoreApplication.translate("NewBookDialog", "Start the book with these choices"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(QCoreApplication.translate("NewBookDialog", "Close without starting a book"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(kinds)
        layout.addLayout(form)
        layout.addWidget(self.sections)
        layout.addWidget(self.buttons)

        self.kind_group.buttonToggled.connect(lambda _b, on: self._kind_changed() if on else None)
        self.title.textChanged.connect(self._validate)
        self.kind_buttons[FIRST_KIND.get(self.plan, BookKind.LIFE_STORY)].setChecked(True)

    def kind(self) -> BookKind:
        return next(k for k, b in self.kind_buttons.items() if b.isChecked())

    def _kind_changed(self) -> None:
        kind = self.kind()
        if not self._title_touched:
            self.title.setText(book_template(kind).title.replace("{name}", self.name))
        titles = [t.replace("{name}", self.name) for t in planned_sections(kind, self.plan)]
        self.sections.setText(QCoreApplication.translate("NewBookDialog", "Sections, following {name}'s plan ({plan}): {sections}").format(
            name=self.name, plan=label(self.plan.label), sections=" · ".join(titles)))

    def _validate(self) -> None:
        ok = bool(self.title.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> dict:
        """Keyword arguments for ``books.new_book`` (after the library and child id)."""
        return {
            "kind": self.kind(),
            "trim": TrimSize(self.trim.currentData()),
            "title": self.title.text().strip(),
            "autoflow": self.autoflow.isChecked() and self.autoflow.isEnabled(),
        }
