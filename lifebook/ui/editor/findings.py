"""The preflight findings list: what to fix before printing. Click to go there."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from lifebook.layout.display import Finding
from lifebook.model.enums import Severity
from lifebook.ui.editor.document import BookDocument

SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
SEVERITY_MARK = {Severity.ERROR: "●", Severity.WARNING: "▲", Severity.INFO: "○"}
SEVERITY_COLOUR = {Severity.ERROR: "#B3261E", Severity.WARNING: "#9A6700", Severity.INFO: "#5E5650"}
Index = QModelIndex | QPersistentModelIndex


class FindingsModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.findings: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self.findings = sorted(
            findings,
            key=lambda f: (SEVERITY_ORDER.get(Severity(f.severity), 3), f.page_number or 0),
        )
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.findings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        finding = self.findings[index.row()]
        severity = Severity(finding.severity)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{SEVERITY_MARK[severity]}  {finding.message}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(SEVERITY_COLOUR[severity])
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{severity.value.capitalize()}: {finding.message}\nClick to go to it."
        if role == Qt.ItemDataRole.UserRole:
            return finding
        return None


class FindingsPanel(QWidget):
    """Findings for the whole book, refreshed shortly after each edit."""

    finding_activated = Signal(object)

    def __init__(self, doc: BookDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.model = FindingsModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setSpacing(3)
        self.view.setAccessibleName("Checks before printing")
        self.view.clicked.connect(self._go)
        self.view.activated.connect(self._go)
        self.summary = QLabel()
        self.summary.setObjectName("subheading")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        doc.findings_changed.connect(self._timer.start)
        self.refresh()

    def refresh(self) -> None:
        findings = self.doc.findings()
        self.model.set_findings(findings)
        counts = {s: sum(1 for f in findings if Severity(f.severity) == s) for s in Severity}
        if not findings:
            self.summary.setText("No problems found. This book is ready to print.")
        else:
            parts = []
            if counts[Severity.ERROR]:
                parts.append(f"{counts[Severity.ERROR]} to fix before printing")
            if counts[Severity.WARNING]:
                parts.append(f"{counts[Severity.WARNING]} to look at")
            if counts[Severity.INFO]:
                parts.append(f"{counts[Severity.INFO]} for information")
            self.summary.setText(", ".join(parts).capitalize() + ".")

    def _go(self, index: QModelIndex) -> None:
        finding: Finding = index.data(Qt.ItemDataRole.UserRole)
        if finding is None or finding.page_id is None:
            return
        if finding.frame_key:
            self.doc.selection.select_frame(finding.page_id, finding.frame_key)
        else:
            self.doc.selection.select_page(finding.page_id)
        self.finding_activated.emit(finding)
