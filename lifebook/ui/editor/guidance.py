"""The guidance panel beside a letter's page: what to write in this section, and how it reads.

It follows the section the writer is in (the selected page's section) and shows:

- the practice prompts for that section, from the letter template
  (``guidance`` in ``templates/books/later-life-letter.toml``);
- the section's reading age against the age of the person who will read it;
- the section's language issues (jargon, blaming words) and dates the
  chronology says differently: click one to go to the words; for a date,
  "Use the chronology's date" corrects the letter (one undo step).

It is refreshed a moment after each edit. The letter's toolbar shows or hides
it ("Guidance").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lifebook.checks.language import LanguageDataError, load_jargon
from lifebook.services.letter_guidance import (
    GuidanceIssue,
    SectionGuidance,
    replace_words,
    section_guidance,
)
from lifebook.services.text_checks import user_jargon_path
from lifebook.ui.editor.document import BookDocument
from lifebook.ui.scrolling import vertical_scroller

ISSUE_ROLE = Qt.ItemDataRole.UserRole
KIND_WORDS = {"jargon": "Jargon", "tone": "Tone", "reading-level": "Reading age",
              "date": "Date"}
OK_COLOUR, HARD_COLOUR = "#2E6B3A", "#9A6700"


def _label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


class GuidancePanel(QWidget):
    """Prompts, reading age and language issues for the section being written."""

    issue_activated = Signal(object)  # a GuidanceIssue

    def __init__(self, doc: BookDocument, parent: QWidget | None = None,
                 insert_date: QAction | None = None,
                 flush: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.flush = flush or (lambda: None)  # commits typing before a correction
        self.guidance: SectionGuidance | None = None
        try:
            self.terms = load_jargon([user_jargon_path()])
        except LanguageDataError:
            self.terms = load_jargon()
        self.title = _label(QCoreApplication.translate("GuidancePanel", "Writing guidance"), "sectionTitle")
        self.section = _label()
        self.section.setStyleSheet("font-weight:bold")
        self.section.setProperty("lifebookData", True)  # the section's title, as the writer named it
        self.prompts = _label(name="prompt")
        self.prompts.setProperty("lifebookData", True)  # template data: translated by locale templates
        self.prompts.setStyleSheet("background:#FFF6E0;border-radius:8px;padding:8px;color:#5E4A1F")
        self.prompts.setAccessibleName(QCoreApplication.translate("GuidancePanel", "What to write in this section"))
        self.reading = _label()
        self.reading.setAccessibleName(QCoreApplication.translate("GuidancePanel", "Reading age of this section"))
        self.no_issues = _label(QCoreApplication.translate("GuidancePanel", "No jargon, blaming words or dates to check in this section."),
                                "subheading")
        self.issues = QListWidget()
        self.issues.setWordWrap(True)
        self.issues.setAccessibleName(QCoreApplication.translate("GuidancePanel", "Language in this section"))
        self.issues.setFrameShape(QFrame.Shape.NoFrame)
        self.issues.setMinimumHeight(120)
        self.issues.setSpacing(4)
        self.issues.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.issues.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.issues.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.issues.setStyleSheet("QListWidget { background: transparent; }")
        self.issues.itemClicked.connect(self._go)
        self.issues.itemActivated.connect(self._go)
        self.issues.currentItemChanged.connect(lambda *_: self._show_fix())
        self.fix_button = QPushButton()
        self.fix_button.setToolTip(QCoreApplication.translate("GuidancePanel", "Change the date in the letter to the chronology's "
                                   "(Undo changes it back)"))
        self.fix_button.clicked.connect(self.use_chronology_date)
        self.fix_button.hide()

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.section)
        layout.addWidget(self.prompts)
        self.insert_button: QToolButton | None = None
        if insert_date is not None:  # the chronology's dates, for the prompts that ask for them
            self.insert_button = QToolButton()
            self.insert_button.setDefaultAction(insert_date)
            self.insert_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the caret stays put
            self.insert_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            # A long (translated) label must not widen the panel past its column and clip the prompts.
            self.insert_button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            layout.addWidget(self.insert_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(6)
        layout.addWidget(_label(QCoreApplication.translate("GuidancePanel", "Reading age"), "sectionTitle"))
        layout.addWidget(self.reading)
        layout.addSpacing(6)
        layout.addWidget(_label(QCoreApplication.translate("GuidancePanel", "Words to look at"), "sectionTitle"))
        layout.addWidget(self.no_issues)
        layout.addWidget(self.fix_button, 0, Qt.AlignmentFlag.AlignLeft)  # for the chosen date
        layout.addWidget(self.issues, 10)
        layout.addStretch(1)  # when there is nothing to look at, the space goes below
        scroll = vertical_scroller(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setMinimumWidth(240)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh)
        doc.selection.page_selected.connect(lambda _pid: self.refresh())
        doc.pages_changed.connect(lambda _ids: self._timer.start())
        doc.structure_changed_signal.connect(lambda _sel: self._timer.start())
        self.refresh()

    def current_section(self) -> str | None:
        page = self.doc.page(self.doc.selection.page_id) if self.doc.selection.page_id else None
        return page.section if page is not None else None

    def refresh(self) -> None:
        section = self.current_section()
        if section is None:
            self.guidance = None
            self.section.setText(QCoreApplication.translate("GuidancePanel", "Choose a page to see what to write in its section."))
            for widget in (self.prompts, self.reading, self.issues, self.no_issues):
                widget.hide()
            return
        chosen = self.issues.currentItem()
        was = chosen.data(ISSUE_ROLE) if chosen is not None else None
        self.guidance = guidance = section_guidance(self.doc.content, section, self.terms)
        self.section.setText(section or "Pages with no section")
        self.prompts.setText("\n".join(f"\u2022  {p}" for p in guidance.prompts)
                             or "This section has no prompts. Write what the child needs to "
                             "know, in plain, warm words.")
        self.prompts.show()
        self.reading.setText(self._reading_words(guidance))
        colour = HARD_COLOUR if guidance.reads_too_old else OK_COLOUR
        self.reading.setStyleSheet(f"color:{colour}" if guidance.reading_age else "")
        self.reading.show()
        self.issues.clear()
        for issue in guidance.issues:
            item = QListWidgetItem(f"\u25b2 {KIND_WORDS.get(issue.kind, issue.kind)}: "
                                   f"{issue.message}"
                                   + (f"\n{issue.suggestion}" if issue.suggestion else ""))
            item.setForeground(QColor(HARD_COLOUR))
            item.setData(ISSUE_ROLE, issue)
            item.setToolTip(QCoreApplication.translate("GuidancePanel", "Click to go to these words"))
            self.issues.addItem(item)
            if issue == was:  # the same words, chosen before the refresh
                self.issues.setCurrentItem(item)
        self.issues.setVisible(bool(guidance.issues))
        self.no_issues.setVisible(not guidance.issues)
        self._show_fix()

    def _chosen_date(self) -> GuidanceIssue | None:
        item = self.issues.currentItem()
        issue: GuidanceIssue | None = item.data(ISSUE_ROLE) if item is not None else None
        return issue if issue is not None and issue.replacement else None

    def _show_fix(self) -> None:
        issue = self._chosen_date()
        self.fix_button.setVisible(issue is not None)
        if issue is not None:
            self.fix_button.setText(QCoreApplication.translate("GuidancePanel", "Use the chronology's date ({replacement})").format(replacement=issue.replacement))

    def use_chronology_date(self) -> bool:
        """Put the chronology's date in place of the chosen date in the letter (undoable)."""
        issue = self._chosen_date()
        if issue is None or issue.page_id is None or not issue.frame_key:
            return False
        self.flush()
        page = self.doc.page(issue.page_id)
        frame = page.frames.get(issue.frame_key) if page is not None else None
        if frame is None or frame.text[issue.start:issue.end] != issue.quote:
            self.refresh()  # the words moved since: look again
            return False
        rich = replace_words(frame.rich, issue.start, issue.end, issue.replacement)
        self.doc.set_text(issue.page_id, issue.frame_key, rich.text, rich.marks)
        self.refresh()
        return True

    @staticmethod
    def _reading_words(guidance: SectionGuidance) -> str:
        if guidance.reading_age is None:
            return QCoreApplication.translate(
                "GuidancePanel", "Not enough words yet to tell ({words} so far; about 30 are "
                "needed). When it is read, the reader will be {reader}.").format(
                words=guidance.words, reader=guidance.reader_age)
        if guidance.reads_too_old:
            return QCoreApplication.translate(
                "GuidancePanel", "Reads at about age {age}, and the reader will be {reader}. "
                "Shorter sentences and everyday words help.").format(
                age=guidance.reading_age, reader=guidance.reader_age)
        return QCoreApplication.translate(
            "GuidancePanel", "Reads at about age {age}, right for a reader of {reader}.").format(
            age=guidance.reading_age, reader=guidance.reader_age)

    def _go(self, item: QListWidgetItem) -> None:
        issue: GuidanceIssue | None = item.data(ISSUE_ROLE)
        if issue is None or issue.page_id is None:
            return
        self.doc.selection.go_to(issue.page_id, issue.frame_key)
        self.issue_activated.emit(issue)
