"""The caseload table: one row per deliverable, and the filters over it.

Each row keeps its ``Deliverable`` under ``DELIVERABLE_ROLE``; the proxy
filters on it (overdue, due in the next 14 days, awaiting QA, plan, worker)
and sorts by urgency unless a column heading is clicked.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from lifebook.tracking.deliverables import URGENCY, Deliverable, State
from lifebook.ui.labels import label

DELIVERABLE_ROLE = Qt.ItemDataRole.UserRole + 40
SORT_ROLE = Qt.ItemDataRole.UserRole + 41
COLUMNS = ("Child", "Plan", "Worker", "Work due", "Due date", "Days left or overdue", "Status", "Book")
HEADINGS = (QT_TRANSLATE_NOOP("CaseloadModel", "Child"), QT_TRANSLATE_NOOP("CaseloadModel", "Plan"),  # for lupdate
            QT_TRANSLATE_NOOP("CaseloadModel", "Worker"), QT_TRANSLATE_NOOP("CaseloadModel", "Work due"),
            QT_TRANSLATE_NOOP("CaseloadModel", "Due date"), QT_TRANSLATE_NOOP("CaseloadModel", "Days left or overdue"),
            QT_TRANSLATE_NOOP("CaseloadModel", "Status"), QT_TRANSLATE_NOOP("CaseloadModel", "Book"))
STATUS_COLUMN = COLUMNS.index("Status")
# (background, text) per state; the words are always shown with the colour
STATE_COLOURS = {
    State.OVERDUE: ("#F9DEDC", "#8C1D18"),
    State.DUE_SOON: ("#FDF0C4", "#6B4E00"),
    State.ON_TRACK: ("#DCEFE6", "#1F5640"),
    State.DATE_UNKNOWN: ("#ECE7E2", "#4F4843"),
    State.DONE: ("#E3ECF5", "#2C4A66"),
}
STATE_SIGNS = {State.OVERDUE: "⚠ ", State.DUE_SOON: "◔ ", State.ON_TRACK: "✓ ",
               State.DATE_UNKNOWN: "? ", State.DONE: "✔ "}

# the quick filters
EVERYTHING, OVERDUE, DUE_SOON, AWAITING_QA = "all", "overdue", "due-soon", "awaiting-qa"
NO_WORKER = "\x00none"  # the worker filter's value for "not allocated"


def _item(text: str, sort: object = None, tip: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(text.lower() if sort is None else sort, SORT_ROLE)
    if tip:
        item.setToolTip(tip)
    return item


def row_items(d: Deliverable, order: int) -> list[QStandardItem]:
    """The cells of one deliverable's row."""
    book = f"{d.book_title} · {d.book_status_label}" if d.book_id else QCoreApplication.translate("CaseloadModel", "Not started yet")
    worker = d.worker or QCoreApplication.translate("CaseloadModel", "Not allocated")
    due_sort = d.due.toordinal() if d.due else 10**7
    days_sort = d.days_left if d.days_left is not None and d.state is not State.DONE else 10**7
    status = _item(STATE_SIGNS[d.state] + d.state.label, (URGENCY.index(d.state), order),
                   f"{d.state.label}: {d.when_text}")
    background, ink = STATE_COLOURS[d.state]
    status.setBackground(QBrush(QColor(background)))
    status.setForeground(QBrush(QColor(ink)))
    font = status.font()
    font.setBold(True)
    status.setFont(font)
    cells = [
        _item(d.child_name, (d.child_name.lower(), order)),
        _item(label(d.plan_label)),
        _item(worker, tip="" if d.worker else QCoreApplication.translate("CaseloadModel", "No social worker is allocated; add one in the "
              "child's details")),
        _item(d.name, tip=QCoreApplication.translate("CaseloadModel", "Due {basis}").format(basis=d.basis) if d.basis else ""),
        _item(d.due_text, due_sort,
              QCoreApplication.translate("CaseloadModel", "Fill in the {missing} in the child's details").format(missing=d.missing)
              if d.due is None else ""),
        _item(QCoreApplication.translate("CaseloadModel", "Needs a key date") if d.due is None and d.state is not State.DONE else d.when_text,
              days_sort, d.when_text),
        status,
        _item(book, tip=QCoreApplication.translate("CaseloadModel", "Double-click to open the book") if d.book_id else
              QCoreApplication.translate("CaseloadModel", "Double-click to go to the child and start the book")),
    ]
    cells[0].setData(d, DELIVERABLE_ROLE)
    return cells


def fill(model: QStandardItemModel, items: list[Deliverable]) -> None:
    """Replace the model's rows with ``items`` (already in urgency order)."""
    model.clear()
    model.setHorizontalHeaderLabels([QCoreApplication.translate("CaseloadModel", c) for c in COLUMNS])
    for order, d in enumerate(items):
        model.appendRow(row_items(d, order))


class CaseloadFilter(QSortFilterProxyModel):
    """Rows that pass the quick filter, the plan and the worker chosen."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.quick = EVERYTHING
        self.plan = ""  # a Plan value; "" for every plan
        self.worker = ""  # a worker's name, NO_WORKER, or "" for everyone
        self.setSortRole(SORT_ROLE)

    def set_filters(self, *, quick: str | None = None, plan: str | None = None,
                    worker: str | None = None) -> None:
        staged = hasattr(self, "endFilterChange")  # Qt 6.10 and later
        if staged:
            self.beginFilterChange()
        if quick is not None:
            self.quick = quick
        if plan is not None:
            self.plan = plan
        if worker is not None:
            self.worker = worker
        if staged:
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def accepts(self, d: Deliverable) -> bool:
        if self.quick == OVERDUE and d.state is not State.OVERDUE:
            return False
        if self.quick == DUE_SOON and d.state is not State.DUE_SOON:
            return False
        if self.quick == AWAITING_QA and not (d.awaiting_qa and d.state is not State.DONE):
            return False
        if self.plan and d.plan != self.plan:
            return False
        if self.worker == NO_WORKER:
            return not d.worker
        return not self.worker or d.worker == self.worker

    def filterAcceptsRow(self, source_row: int,  # Qt override
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        d = model.index(source_row, 0, source_parent).data(DELIVERABLE_ROLE)
        return d is None or self.accepts(d)

    def deliverable(self, index: QModelIndex) -> Deliverable | None:
        return index.siblingAtColumn(0).data(DELIVERABLE_ROLE) if index.isValid() else None
