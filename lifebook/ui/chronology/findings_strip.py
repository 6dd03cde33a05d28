"""The strip above the chronology table: gaps and doubts, in the editor's findings look.

A summary line ("3 things to look at") opens and closes the list. Each line
has the editor's severity mark and colour; clicking a line about an event
chooses that event in the table.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QFrame, QToolButton, QVBoxLayout, QWidget

from lifebook.model.enums import Severity
from lifebook.services.chronology_gaps import ChronologyFinding
from lifebook.ui.editor.findings import (
    SEVERITY_COLOUR,
    SEVERITY_MARK,
    WrappingDelegate,
    _FindingsView,
    severity_word,
)

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
LINES_SHOWN = 3  # then the list scrolls


class FindingsStrip(QFrame):
    """The findings for one child's chronology; ``event_chosen`` when one about an event is clicked."""

    event_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chronologyFindings")
        self.setStyleSheet("QFrame#chronologyFindings { background: #FFFDF7; "
                           "border: 1px solid #EBD58A; border-radius: 8px; }"
                           "QTreeView#chronologyFindingsList { border: none; "
                           "background: #FFFDF7; }")
        self.toggle = QToolButton()
        self.toggle.setObjectName("findingsToggle")
        self.toggle.setToolTip(QCoreApplication.translate("FindingsStrip", "Show or hide the list of things to look at"))
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toggle.setStyleSheet("QToolButton#findingsToggle { border: none; font-weight: 600; "
                                  "color: #6B4E00; text-align: left; padding: 2px; }")
        self.toggle.setAccessibleName(QCoreApplication.translate("FindingsStrip", "Show or hide what to look at in the chronology"))
        self.toggle.toggled.connect(self._opened)
        self.model = QStandardItemModel(self)
        self.view = _FindingsView()
        self.view.setItemDelegate(WrappingDelegate(self.view))
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)
        self.view.setWordWrap(True)
        self.view.setUniformRowHeights(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setObjectName("chronologyFindingsList")
        self.view.setAccessibleName(QCoreApplication.translate("FindingsStrip", "What to look at in the chronology"))
        self.view.setToolTip(QCoreApplication.translate("FindingsStrip", "Events that may need a look. Double-click a line to go to the event."))
        self.view.clicked.connect(self._go)
        self.view.activated.connect(self._go)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(0)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.view)
        self.findings: list[ChronologyFinding] = []
        self.set_findings([])

    def set_findings(self, findings: list[ChronologyFinding]) -> None:
        self.findings = list(findings)
        self.model.clear()
        for f in self.findings:
            severity = Severity(f.severity)
            item = QStandardItem(f"{SEVERITY_MARK[severity]}  {f.message}")
            item.setData(f, FINDING_ROLE)
            item.setData(QColor(SEVERITY_COLOUR[severity]), Qt.ItemDataRole.ForegroundRole)
            item.setToolTip(QCoreApplication.translate(
                "FindingsStrip", "{severity}: {message}\nClick to choose the event.").format(
                severity=severity_word(severity), message=f.message) if f.event_id else
                QCoreApplication.translate("FindingsStrip", "{severity}: {message}").format(
                    severity=severity_word(severity), message=f.message))
            item.setEditable(False)
            self.model.appendRow(item)
        self.setVisible(bool(findings))
        self._opened(self.toggle.isChecked())

    def messages(self) -> list[str]:
        return [f.message for f in self.findings]

    def _opened(self, is_open: bool) -> None:
        n = len(self.findings)
        arrow = "▾" if is_open else "▸"
        what = "1 thing to look at" if n == 1 else f"{n} things to look at"
        self.toggle.setText(QCoreApplication.translate("FindingsStrip", "{arrow}  {what} in this chronology").format(arrow=arrow, what=what))
        self.view.setVisible(is_open and n > 0)
        self._fit()

    def _fit(self) -> None:
        """As tall as the first few lines, wrapped at the strip's width; then it scrolls."""
        rows = min(len(self.findings), LINES_SHOWN)
        heights = [self.view.sizeHintForRow(r) for r in range(rows)]
        self.view.setFixedHeight(max(sum(h for h in heights if h > 0), 24) + 4)

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def _go(self, index: QModelIndex) -> None:
        finding: ChronologyFinding | None = index.data(FINDING_ROLE)
        if finding is not None and finding.event_id is not None:
            self.event_chosen.emit(finding.event_id)
