"""The checks before printing: what to fix, grouped by kind. Click one to go there.

Findings of the same kind are gathered into one line ("11 photos not yet
agreed by a manager") that opens to show each one, so a single blurry photo
or an overflowing text is never buried under a long list. Things to fix come
first, then things to look at, then notes. A line that stands alone, or a
line inside a group, goes to its page and frame when clicked. Photos not yet
agreed can be agreed from here ("Agree these photos…").
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from lifebook.i18n import QT_TRANSLATE_NOOP
from lifebook.layout.display import Finding, FindingCode
from lifebook.model.enums import Severity
from lifebook.ui.editor.document import BookDocument
from lifebook.ui.photo_actions import PhotoActions

SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
SEVERITY_MARK = {Severity.ERROR: "●", Severity.WARNING: "▲", Severity.INFO: "○"}
SEVERITY_COLOUR = {Severity.ERROR: "#B3261E", Severity.WARNING: "#9A6700", Severity.INFO: "#5E5650"}
SEVERITY_WORD = {  # translated where shown
    Severity.ERROR: QT_TRANSLATE_NOOP("FindingsModel", "To fix"),
    Severity.WARNING: QT_TRANSLATE_NOOP("FindingsModel", "To look at"),
    Severity.INFO: QT_TRANSLATE_NOOP("FindingsModel", "A note")}
FINDING_ROLE = Qt.ItemDataRole.UserRole  # the Finding of a line (None on a group line)
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1  # the code of a group line
NOT_AGREED = FindingCode.PHOTO_NOT_AGREED

# How a group of findings of one kind reads: (one, many); "{n}" is the count. Translated
# where shown (group_title); QT_TRANSLATE_NOOP puts them in the catalogue.
GROUP_TITLES: dict[FindingCode, tuple[str, str]] = {
    FindingCode.TEXT_OVERFLOW: (QT_TRANSLATE_NOOP("FindingsModel", "text is too long for its box"), QT_TRANSLATE_NOOP("FindingsModel", "{n} texts are too long for their boxes")),
    FindingCode.MISSING_GLYPH: (QT_TRANSLATE_NOOP("FindingsModel", "text has characters that cannot be printed"),
                      QT_TRANSLATE_NOOP("FindingsModel", "{n} texts have characters that cannot be printed")),
    FindingCode.UNKNOWN_TEMPLATE: (QT_TRANSLATE_NOOP("FindingsModel", "page has a template Lifebook cannot find"),
                         QT_TRANSLATE_NOOP("FindingsModel", "{n} pages have a template Lifebook cannot find")),
    FindingCode.PHOTO_UNREADABLE: (QT_TRANSLATE_NOOP("FindingsModel", "photo could not be read"), QT_TRANSLATE_NOOP("FindingsModel", "{n} photos could not be read")),
    FindingCode.LOW_RESOLUTION: (QT_TRANSLATE_NOOP("FindingsModel", "photo may look blurry in print"), QT_TRANSLATE_NOOP("FindingsModel", "{n} photos may look blurry in print")),
    NOT_AGREED: (QT_TRANSLATE_NOOP("FindingsModel", "photo is not yet agreed by a manager"),
                 QT_TRANSLATE_NOOP("FindingsModel", "{n} photos not yet agreed by a manager")),
    FindingCode.EMPTY_FRAME: (QT_TRANSLATE_NOOP("FindingsModel", "space is still empty"), QT_TRANSLATE_NOOP("FindingsModel", "{n} spaces still empty")),
    FindingCode.UNPLACED_CONTENT: (QT_TRANSLATE_NOOP("FindingsModel", "thing is kept but not shown"), QT_TRANSLATE_NOOP("FindingsModel", "{n} things kept but not shown")),
    FindingCode.NOT_PERSONALISED: (QT_TRANSLATE_NOOP("FindingsModel", "letter still needs making its child's own"),
                                   QT_TRANSLATE_NOOP("FindingsModel", "{n} notices to personalise the letter")),
    FindingCode.OTHER_CHILDS_NAME: (QT_TRANSLATE_NOOP("FindingsModel", "page still names the child the letter was copied from"),
                                    QT_TRANSLATE_NOOP("FindingsModel", "{n} pages still name the child the letter was copied from")),
    FindingCode.LETTER_DATE_DIFFERS: (QT_TRANSLATE_NOOP("FindingsModel", "date the chronology says differently"),
                                      QT_TRANSLATE_NOOP("FindingsModel", "{n} dates the chronology says differently")),
    FindingCode.PRIVACY_NAME: (QT_TRANSLATE_NOOP("FindingsModel", "name of someone who has not agreed to be named"),
                               QT_TRANSLATE_NOOP("FindingsModel", "{n} names of people who have not agreed to be named")),
    FindingCode.PRIVACY_PHOTO_PERSON: (QT_TRANSLATE_NOOP("FindingsModel", "photo of someone who has not agreed to be in the book"),
                                       QT_TRANSLATE_NOOP("FindingsModel", "{n} photos of people who have not agreed to be in the book")),
    FindingCode.PRIVACY_POSTCODE: (QT_TRANSLATE_NOOP("FindingsModel", "postcode in the book"), QT_TRANSLATE_NOOP("FindingsModel", "{n} postcodes in the book")),
    FindingCode.PRIVACY_PHONE: (QT_TRANSLATE_NOOP("FindingsModel", "phone number in the book"), QT_TRANSLATE_NOOP("FindingsModel", "{n} phone numbers in the book")),
    FindingCode.PRIVACY_EMAIL: (QT_TRANSLATE_NOOP("FindingsModel", "email address in the book"), QT_TRANSLATE_NOOP("FindingsModel", "{n} email addresses in the book")),
    FindingCode.PRIVACY_ADDRESS: (QT_TRANSLATE_NOOP("FindingsModel", "street address in the book"), QT_TRANSLATE_NOOP("FindingsModel", "{n} street addresses in the book")),
    FindingCode.PRIVACY_SCHOOL: (QT_TRANSLATE_NOOP("FindingsModel", "school name in the book"), QT_TRANSLATE_NOOP("FindingsModel", "{n} school names in the book")),
    FindingCode.PRIVATE_EVENT: (QT_TRANSLATE_NOOP("FindingsModel", "private event in the timeline"), QT_TRANSLATE_NOOP("FindingsModel", "{n} private events in the timeline")),
    FindingCode.SENSITIVE_EVENT: (QT_TRANSLATE_NOOP("FindingsModel", "sensitive event for a young child"),
                                  QT_TRANSLATE_NOOP("FindingsModel", "{n} sensitive events for a young child")),
    FindingCode.PERSON_NOT_NAMED: (QT_TRANSLATE_NOOP("FindingsModel", "family tree shows someone without their name"),
                                   QT_TRANSLATE_NOOP("FindingsModel", "{n} family trees show people without their names")),
    FindingCode.TREE_CROWDED: (QT_TRANSLATE_NOOP("FindingsModel", "family tree is crowded"), QT_TRANSLATE_NOOP("FindingsModel", "{n} family trees are crowded")),
    FindingCode.PANEL_TOO_LONG: (QT_TRANSLATE_NOOP("FindingsModel", "page has more words than a young child can follow"),
                                 QT_TRANSLATE_NOOP("FindingsModel", "{n} pages have more words than a young child can follow")),
    FindingCode.PANEL_LONG_WORDS: (QT_TRANSLATE_NOOP("FindingsModel", "page uses long words for the child's age"),
                                   QT_TRANSLATE_NOOP("FindingsModel", "{n} pages use long words for the child's age")),
}


def first_sentence(message: str) -> tuple[str, str]:
    """("Page 3: the photo will look blurry…", the rest): a group line shows only the first."""
    head, dot, rest = message.partition(". ")
    return (head + dot.strip(), rest.strip()) if dot else (message, "")


def group_title(code: FindingCode, count: int) -> str:
    one, many = GROUP_TITLES.get(code, (QT_TRANSLATE_NOOP("FindingsModel", "more like this"),
                                        QT_TRANSLATE_NOOP("FindingsModel", "{n} more like this")))
    if count != 1:
        return QCoreApplication.translate("FindingsModel", many).format(n=count)
    return QCoreApplication.translate("FindingsModel", one)


def severity_word(severity: Severity) -> str:
    """"To fix", "To look at", "A note", translated."""
    return QCoreApplication.translate("FindingsModel", SEVERITY_WORD[severity])


def group_findings(findings: list[Finding]) -> list[tuple[FindingCode, Severity, list[Finding]]]:
    """(code, severity, findings) in the order shown: most serious first, then by page."""
    groups: dict[tuple[FindingCode, Severity], list[Finding]] = {}
    for f in findings:
        groups.setdefault((f.code, Severity(f.severity)), []).append(f)
    for items in groups.values():
        items.sort(key=lambda f: (f.page_number or 0))
    ordered = sorted(groups.items(),
                     key=lambda kv: (SEVERITY_ORDER.get(kv[0][1], 3), kv[1][0].page_number or 0))
    return [(code, severity, items) for (code, severity), items in ordered]


class FindingsModel(QStandardItemModel):
    """Group lines with a line per finding under them; a kind seen once is a plain line."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        self.findings = list(findings)
        self.clear()
        for code, severity, items in group_findings(self.findings):
            if len(items) == 1:
                self.appendRow(self._line(items[0]))
                continue
            group = QStandardItem()
            group.setData(str(code), GROUP_ROLE)
            group.setData(len(items), Qt.ItemDataRole.UserRole + 2)
            group.setData(QColor(SEVERITY_COLOUR[severity]), Qt.ItemDataRole.ForegroundRole)
            font = QFont()
            font.setBold(True)
            group.setFont(font)
            why = first_sentence(items[0].message)[1]
            group.setToolTip(f"{severity_word(severity)}: {group_title(code, len(items))}.\n"
                             + (f"{why}\n" if why else "") + "Click to see each one.")
            group.setEditable(False)
            for f in items:
                group.appendRow(self._line(f, grouped=True))
            self.appendRow(group)
            self.set_open(group.index(), False)

    def _line(self, finding: Finding, grouped: bool = False) -> QStandardItem:
        severity = Severity(finding.severity)
        item = QStandardItem(first_sentence(finding.message)[0] if grouped
                             else f"{SEVERITY_MARK[severity]}  {finding.message}")
        item.setData(finding, FINDING_ROLE)
        item.setData(QColor(SEVERITY_COLOUR[severity]), Qt.ItemDataRole.ForegroundRole)
        item.setToolTip(QCoreApplication.translate("FindingsModel", "{value0}: {message}\nClick to go to it.").format(value0=severity_word(severity), message=finding.message))
        item.setEditable(False)
        return item

    def set_open(self, index: QModelIndex, is_open: bool) -> None:
        """Show ▸ or ▾ before a group line's title."""
        item = self.itemFromIndex(index)
        if item is None or item.data(GROUP_ROLE) is None:
            return
        severity = Severity(item.child(0).data(FINDING_ROLE).severity)
        arrow = "▾" if is_open else "▸"
        count = int(item.data(Qt.ItemDataRole.UserRole + 2))
        item.setText(f"{SEVERITY_MARK[severity]}  {arrow} {group_title(item.data(GROUP_ROLE), count)}")


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped words, so no finding is cut short with "…"."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = max(self.view.viewport().width() - depth * self.view.indentation() - 16, 80)
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        text = str(index.data() or "")
        box = QFontMetrics(font).boundingRect(QRect(0, 0, width, 10_000),
                                              int(Qt.TextFlag.TextWordWrap), text)
        return QSize(width, box.height() + 10)


class _FindingsView(QTreeView):
    """Lays its rows out again when its width changes, so wrapped lines stay right."""

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


class FindingsPanel(QWidget):
    """Findings for the whole book, refreshed shortly after each edit."""

    finding_activated = Signal(object)

    def __init__(self, doc: BookDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.model = FindingsModel(self)
        self.view = _FindingsView()
        self.view.setItemDelegate(WrappingDelegate(self.view))
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)  # groups show their own ▸ / ▾
        self.view.setIndentation(18)
        self.view.setWordWrap(True)
        self.view.setUniformRowHeights(False)
        self.view.setExpandsOnDoubleClick(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAccessibleName(QCoreApplication.translate("FindingsPanel", "Checks before printing"))
        self.view.setToolTip(QCoreApplication.translate("FindingsPanel", "What to fix or look at before the book is printed. Double-click a line to go to it."))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.clicked.connect(self._go)
        self.view.activated.connect(self._activated)  # Enter or double-click: go to a finding
        self.view.expanded.connect(lambda i: self._opened(i, True))
        self.view.collapsed.connect(lambda i: self._opened(i, False))
        self.summary = QLabel()
        self.summary.setObjectName("subheading")
        self.summary.setWordWrap(True)
        self.photo_actions = PhotoActions(self, lambda: doc.library)
        self.photo_actions.changed.connect(self._photos_changed)
        self.agree_button = QPushButton(QCoreApplication.translate("FindingsPanel", "Agree these photos…"))
        self.agree_button.setToolTip(QCoreApplication.translate("FindingsPanel", "Record that a manager has agreed the photos not yet agreed"))
        self.agree_button.clicked.connect(self.agree_not_agreed)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.agree_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._open_groups: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        doc.findings_changed.connect(self._timer.start)
        self.refresh()

    # --- public -----------------------------------------------------------------------

    def refresh(self) -> None:
        findings = self.doc.findings()
        self.model.set_findings(findings)
        for row in range(self.model.rowCount()):  # groups open as they were before the edit
            index = self.model.index(row, 0)
            if index.data(GROUP_ROLE) in self._open_groups:
                self.view.setExpanded(index, True)
        counts = {s: sum(1 for f in findings if Severity(f.severity) == s) for s in Severity}
        if not findings:
            self.summary.setText(QCoreApplication.translate("FindingsPanel", "No problems found. This book is ready to print."))
        else:
            parts = []
            if counts[Severity.ERROR]:
                parts.append(QCoreApplication.translate("FindingsPanel", "{n} to fix before printing").format(
                    n=counts[Severity.ERROR]))
            if counts[Severity.WARNING]:
                parts.append(QCoreApplication.translate("FindingsPanel", "{n} to look at").format(
                    n=counts[Severity.WARNING]))
            if counts[Severity.INFO]:
                parts.append(QCoreApplication.translate("FindingsPanel", "{n} for information").format(
                    n=counts[Severity.INFO]))
            self.summary.setText(QCoreApplication.translate("FindingsPanel", "{parts}.").format(
                parts=QCoreApplication.translate("FindingsPanel", ", ").join(parts)))
        n = len(self.not_agreed_media_ids())
        self.agree_button.setVisible(n > 0)
        self.agree_button.setText(QCoreApplication.translate("FindingsPanel", "Agree this photo…") if n == 1 else QCoreApplication.translate("FindingsPanel", "Agree these {n} photos…").format(n=n))

    def group_index(self, code: str) -> QModelIndex:
        """The group line for ``code`` (invalid if that kind is not grouped now)."""
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(GROUP_ROLE) == code:
                return index
        return QModelIndex()

    def not_agreed_media_ids(self) -> list[int]:
        """The photos that the "not yet agreed" findings are about, once each, in page order."""
        ids: list[int] = []
        for f in self.model.findings:
            if f.code == NOT_AGREED and f.media_id is not None:  # a photo on the journey
                if f.media_id not in ids:
                    ids.append(f.media_id)
                continue
            if f.code != NOT_AGREED or f.page_id is None or not f.frame_key:
                continue
            page = self.doc.page(f.page_id)
            frame = page.frames.get(f.frame_key) if page is not None else None
            if frame is not None and frame.media is not None and frame.media.media_id not in ids:
                ids.append(frame.media.media_id)
        return ids

    def agree_not_agreed(self) -> bool:
        ids = self.not_agreed_media_ids()
        return bool(ids) and self.photo_actions.agree(ids)

    # --- private ----------------------------------------------------------------------

    def _opened(self, index: QModelIndex, is_open: bool) -> None:
        code = index.data(GROUP_ROLE)
        if code is None:
            return
        (self._open_groups.add if is_open else self._open_groups.discard)(code)
        self.model.set_open(index, is_open)

    def _menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        finding = index.data(FINDING_ROLE) if index.isValid() else None
        code = index.data(GROUP_ROLE) if index.isValid() else None
        if NOT_AGREED not in (code, getattr(finding, "code", None)):
            return
        menu = QMenu(self)
        menu.addAction(self.agree_button.text(), self.agree_not_agreed)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def _photos_changed(self, media_ids: list[int]) -> None:
        self.doc.photos_changed(media_ids)
        self.refresh()

    def _activated(self, index: QModelIndex) -> None:
        if index.data(GROUP_ROLE) is None:  # a group opens with a click, or the arrow keys
            self._go(index)

    def _go(self, index: QModelIndex) -> None:
        if index.data(GROUP_ROLE) is not None:
            self.view.setExpanded(index, not self.view.isExpanded(index))
            return
        finding: Finding | None = index.data(FINDING_ROLE)
        if finding is None or finding.page_id is None:
            return
        self.doc.selection.go_to(finding.page_id, finding.frame_key)
        self.finding_activated.emit(finding)
