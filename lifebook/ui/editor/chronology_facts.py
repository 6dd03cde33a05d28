"""Insert a date from the chronology into a letter's words.

"Insert a date from the chronology…" (the letter's toolbar, Ctrl+Shift+D, and
the text box's right-click menu) opens a small picker: the child's date of
birth and the dated events marked for the book, searchable, each with its
date as the chronology says it ("5 May 2020"). The date goes in at the caret
as plain words, as if typed (one undo step); the checks then keep it
consistent with the chronology (checks.letter_dates): if the chronology's
date changes later, the letter's date is flagged.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from lifebook.services.letter_facts import ChronologyFact, letter_facts
from lifebook.ui.editor.document import BookDocument
from lifebook.ui.editor.text_editing import RichTextEdit, TypingSession

FACT_ROLE = Qt.ItemDataRole.UserRole


class FactPicker(QDialog):
    """A searchable list of the chronology's dated facts; ``chosen_words`` after Insert."""

    def __init__(self, facts: list[ChronologyFact], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("FactPicker", "Insert a date from the chronology"))
        self.resize(540, 420)
        self.facts = facts
        self.search = QLineEdit()
        self.search.setPlaceholderText(QCoreApplication.translate("FactPicker", "Search: a word from the event, a month or a year"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(QCoreApplication.translate("FactPicker", "Search the chronology"))
        self.model = QStandardItemModel(self)
        for fact in facts:
            age = f" ({fact.age})" if fact.age and fact.event_id is not None else ""
            item = QStandardItem(f"{fact.date}  \u2014  {fact.title}{age}")
            item.setData(fact, FACT_ROLE)
            item.setToolTip(f"{fact.category_label}. Inserts \u201c{fact.date}\u201d"
                            + (" (marked sensitive in the chronology)" if fact.sensitive else ""))
            item.setEditable(False)
            self.model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search.textChanged.connect(lambda _t: self._select_first())
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setSpacing(2)
        self.list.setAccessibleName(QCoreApplication.translate("FactPicker", "Dates in the chronology"))
        self.list.doubleClicked.connect(lambda _i: self.accept())
        self.with_age = QCheckBox(QCoreApplication.translate("FactPicker", "Add the child's age then"))
        self.preview = QLabel()
        self.preview.setAccessibleName(QCoreApplication.translate("FactPicker", "The words that go in"))
        selection = self.list.selectionModel()
        if selection is not None:
            selection.currentChanged.connect(lambda *_: self._show_preview())
        self.with_age.toggled.connect(lambda _on: self._show_preview())
        self.empty = QLabel(QCoreApplication.translate("FactPicker", "The chronology has no dated events marked for the book yet. Add "
                            "them in the child's chronology, then come back."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not facts)
        note = QLabel(QCoreApplication.translate("FactPicker", "The date goes in as plain words, where the cursor is. If the chronology "
                      "changes later, the checks point out any date that no longer agrees."))
        note.setWordWrap(True)
        note.setObjectName("subheading")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.insert_button = buttons.addButton(QCoreApplication.translate("FactPicker", "Insert"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.with_age)
        layout.addWidget(self.preview)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.search.returnPressed.connect(self.accept)
        self._select_first()

    def _select_first(self) -> None:
        first = self.proxy.index(0, 0)
        if first.isValid():
            self.list.setCurrentIndex(first)
        self.insert_button.setEnabled(first.isValid())
        self._show_preview()

    def _show_preview(self) -> None:
        words = self.chosen_words()
        self.preview.setText(QCoreApplication.translate("FactPicker", "Inserts: “{words}”").format(words=words) if words else "")

    def chosen(self) -> ChronologyFact | None:
        index = self.list.currentIndex()
        return index.data(FACT_ROLE) if index.isValid() else None

    def chosen_words(self) -> str:
        fact = self.chosen()
        return fact.words(self.with_age.isChecked()) if fact is not None else ""

    def accept(self) -> None:  # Qt override: Insert only with a fact chosen
        if self.chosen() is not None:
            super().accept()


class ChronologyFacts:
    """The "Insert a date from the chronology…" action of a letter's editor."""

    def __init__(self, doc: BookDocument, typing: TypingSession, boxes: list[RichTextEdit],
                 parent: QWidget) -> None:
        self.doc = doc
        self.typing = typing
        self.boxes = boxes  # the side panel's text box, then the box over the page
        self.parent = parent
        self.action = QAction(QCoreApplication.translate("ChronologyFacts", "Insert &date…"), parent)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setToolTip(QCoreApplication.translate("ChronologyFacts", "Insert a date from the chronology where the cursor is "
                               "(Ctrl+Shift+D)"))
        self.action.setStatusTip(self.action.toolTip())
        self.action.triggered.connect(lambda: self.insert_date())
        self.menu_action = QAction(QCoreApplication.translate("ChronologyFacts", "Insert a date from the chronology\u2026"), parent)
        self.menu_action.setToolTip(self.action.toolTip())  # the whole label, where a narrow button shortens it
        self.menu_action.triggered.connect(lambda: self.insert_date())
        for box in boxes:
            box.extra_actions.append(self.menu_action)

    def _target(self) -> RichTextEdit | None:
        """The text box the date goes into: the one with the caret, else the one showing."""
        panel, *on_page = self.boxes
        for box in self.boxes:
            if box.hasFocus():
                return box
        for box in on_page:
            if box.isVisible():
                return box
        return panel if panel.isVisibleTo(self.parent) else None

    def insert_date(self) -> str:
        """Ask which date and insert it; returns the words inserted ("" when none)."""
        box = self._target()
        if not self.doc.selection.frame_key or box is None:
            QMessageBox.information(self.parent, QCoreApplication.translate("ChronologyFacts", "Insert a date from the chronology"),
                                    QCoreApplication.translate("ChronologyFacts", "Click in the letter's words where the date should go, "
                                    "then choose Insert date again."))
            return ""
        picker = FactPicker(letter_facts(self.doc.library, self.doc.content.child_id),
                            self.parent)
        if picker.exec() != QDialog.DialogCode.Accepted:
            return ""
        words = picker.chosen_words()
        self.typing.end_burst()  # the date is an undo step of its own
        box.textCursor().insertText(words)
        box.setFocus()
        self.typing.end_burst()
        return words
