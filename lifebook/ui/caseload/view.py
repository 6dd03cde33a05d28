"""The Caseload view: every child's life story work, what is due and what is late.

Quick filters (everything, overdue, due in the next 14 days, awaiting QA),
a plan and a worker to narrow to, and one row per deliverable with its due
date, the days left or overdue, its state in colour and words, and the book.
Double-clicking a row opens its book, or the child when no book is started.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lifebook.model.dates import format_uk_date
from lifebook.model.enums import Plan
from lifebook.services.caseload import list_deliverables
from lifebook.services.errors import ServiceError
from lifebook.store.db import Library
from lifebook.tracking.deliverables import Deliverable, State
from lifebook.ui.caseload.model import (
    AWAITING_QA,
    COLUMNS,
    DUE_SOON,
    EVERYTHING,
    NO_WORKER,
    OVERDUE,
    STATE_COLOURS,
    STATE_SIGNS,
    CaseloadFilter,
    fill,
)
from lifebook.ui.labels import label

CHIPS = """
QPushButton#filterChip { border-radius: 14px; padding: 5px 14px; }
QPushButton#filterChip:checked { background: #3D8C95; color: white; border: 1px solid #2F6F76; }
QHeaderView::section { padding: 4px 6px; }
"""
QUICK = ((EVERYTHING, QT_TRANSLATE_NOOP("CaseloadView", "Everything")),
         (OVERDUE, QT_TRANSLATE_NOOP("CaseloadView", "Overdue")),
         (DUE_SOON, QT_TRANSLATE_NOOP("CaseloadView", "Due in the next 14 days")),
         (AWAITING_QA, QT_TRANSLATE_NOOP("CaseloadView", "Awaiting QA")))
EMPTY = {
    EVERYTHING: "No children match these choices.",
    OVERDUE: "Nothing is overdue here.",
    DUE_SOON: "Nothing here is due in the next 14 days.",
    AWAITING_QA: "No book here is waiting for quality assurance.",
}


class CaseloadView(QWidget):
    """The caseload of the library ``library()`` gives, as on ``as_of`` (default: today)."""

    open_book = Signal(int)  # a book id
    open_child = Signal(int)  # a child id: the deliverable has no book yet

    def __init__(self, library: Callable[[], Library], as_of: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.setStyleSheet(CHIPS)
        self._library = library
        self.fixed_as_of = as_of
        self.items: list[Deliverable] = []

        self.heading = QLabel(QCoreApplication.translate("CaseloadView", "Caseload"))
        self.heading.setObjectName("heading")
        self.summary = QLabel()
        self.summary.setObjectName("subheading")
        self.summary.setWordWrap(True)

        self.quick_buttons: dict[str, QPushButton] = {}
        self.quick_group = QButtonGroup(self)
        quick_row = QHBoxLayout()
        quick_row.setSpacing(6)
        for key, source in QUICK:
            text = QCoreApplication.translate("CaseloadView", str(source))
            button = QPushButton(text)
            button.setCheckable(True)
            button.setObjectName("filterChip")
            button.setAccessibleName(QCoreApplication.translate("CaseloadView", "Show {value1}").format(value1=text.lower()))
            button.setToolTip(QCoreApplication.translate("CaseloadView", "Show only this work: {value1}").format(value1=text.lower()))
            self.quick_group.addButton(button)
            self.quick_buttons[key] = button
            button.toggled.connect(lambda on, k=key: self._set(quick=k) if on else None)
            quick_row.addWidget(button)
        self.plan_box = QComboBox()
        self.plan_box.setAccessibleName(QCoreApplication.translate("CaseloadView", "Plan"))
        self.plan_box.setToolTip(QCoreApplication.translate("CaseloadView", "Show the children with this plan"))
        self.plan_box.addItem(QCoreApplication.translate("CaseloadView", "Every plan"), "")
        for plan in Plan:
            self.plan_box.addItem(label(plan.label), plan.value)
        self.plan_box.currentIndexChanged.connect(lambda: self._set(plan=self.plan_box.currentData()))
        # as wide as a short plan's name; the list itself opens as wide as the longest
        self.plan_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan_box.setMinimumContentsLength(14)
        self.plan_box.view().setMinimumWidth(self.plan_box.view().sizeHintForColumn(0) + 24)
        self.worker_box = QComboBox()
        self.worker_box.setAccessibleName(QCoreApplication.translate("CaseloadView", "Worker"))
        self.worker_box.setToolTip(QCoreApplication.translate("CaseloadView", "Show one social worker's children"))
        self.worker_box.setMinimumContentsLength(14)
        self.worker_box.currentIndexChanged.connect(
            lambda: self._set(worker=self.worker_box.currentData() or ""))
        quick_row.addStretch(1)
        # the plan and worker filters sit beside the heading, so the row of quick filters
        # and the two lists never need more than a 1366-pixel screen, in a longer language too
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading)
        heading_row.addStretch(1)
        heading_row.addWidget(QLabel(QCoreApplication.translate("CaseloadView", "Plan")))
        heading_row.addWidget(self.plan_box)
        heading_row.addSpacing(12)
        heading_row.addWidget(QLabel(QCoreApplication.translate("CaseloadView", "Worker")))
        heading_row.addWidget(self.worker_box)
        heading_row.addSpacing(12)
        self.refresh_button = QPushButton(QCoreApplication.translate("CaseloadView", "Refresh"))
        self.refresh_button.setToolTip(QCoreApplication.translate("CaseloadView", "Read the caseload again from the library"))
        self.refresh_button.clicked.connect(self.reload)
        heading_row.addWidget(self.refresh_button)

        self.model = QStandardItemModel(self)
        self.proxy = CaseloadFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(QCoreApplication.translate("CaseloadView", "Caseload"))
        self.table.setToolTip(QCoreApplication.translate("CaseloadView", "Each piece of work and when it is due. Enter or double-click opens its book."))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)  # Enter on a row, too

        self.empty = QLabel()
        self.empty.setObjectName("subheading")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.legend = QLabel(self._legend())
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)

        self.quick_buttons[EVERYTHING].setChecked(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.setSpacing(10)
        layout.addLayout(heading_row)
        layout.addWidget(self.summary)
        layout.addLayout(quick_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.legend)
        self.reload()

    # --- data ------------------------------------------------------------------------

    def as_of(self) -> date:
        return self.fixed_as_of or date.today()

    def reload(self) -> None:
        """Read the caseload again, keeping the filters chosen."""
        try:
            self.items = list_deliverables(self._library(), self.as_of())
        except ServiceError as exc:
            self.items = []
            self.summary.setText(QCoreApplication.translate("CaseloadView", "The deadline rules could not be read: {exc}").format(exc=exc))
        else:
            self.summary.setText(self._summary())
        fill(self.model, self.items)
        self._fill_workers()
        self.table.sortByColumn(COLUMNS.index("Status"), Qt.SortOrder.AscendingOrder)
        self._size_columns()
        self._show_empty()

    def _summary(self) -> str:
        children = len({d.child_id for d in self.items})
        counts = {s: sum(1 for d in self.items if d.state is s) for s in State}
        qa = sum(1 for d in self.items if d.awaiting_qa and d.state is not State.DONE)
        kids = QCoreApplication.translate("CaseloadView", "1 child") if children == 1 else QCoreApplication.translate("CaseloadView", "{n} children").format(n=children)
        work = QCoreApplication.translate("CaseloadView", "1 piece of work") if len(self.items) == 1 else QCoreApplication.translate("CaseloadView", "{n} pieces of work").format(n=len(self.items))
        parts = [QCoreApplication.translate("CaseloadView", "{n} overdue").format(n=counts[State.OVERDUE]), QCoreApplication.translate("CaseloadView", "{n} due soon").format(n=counts[State.DUE_SOON]),
                 QCoreApplication.translate("CaseloadView", "{n} awaiting QA").format(n=qa)]
        if counts[State.DATE_UNKNOWN]:
            parts.append(QCoreApplication.translate("CaseloadView", "{n} with a date unknown").format(n=counts[State.DATE_UNKNOWN]))
        return QCoreApplication.translate("CaseloadView", "As on {date}: {children}, {work}. {counts}.").format(
            date=format_uk_date(self.as_of()), children=kids, work=work, counts=", ".join(parts))

    def _fill_workers(self) -> None:
        chosen = self.worker_box.currentData()
        self.worker_box.blockSignals(True)
        self.worker_box.clear()
        self.worker_box.addItem(QCoreApplication.translate("CaseloadView", "Everyone"), "")
        for name in sorted({d.worker for d in self.items if d.worker}, key=str.lower):
            self.worker_box.addItem(name, name)
        if any(not d.worker for d in self.items):
            self.worker_box.addItem(QCoreApplication.translate("CaseloadView", "Not allocated"), NO_WORKER)
        index = self.worker_box.findData(chosen) if chosen else 0
        self.worker_box.setCurrentIndex(max(index, 0))
        self.worker_box.blockSignals(False)
        self.proxy.set_filters(worker=self.worker_box.currentData() or "")

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("Book"), QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)

    # --- filters -----------------------------------------------------------------------

    def _set(self, **choice: str) -> None:
        self.proxy.set_filters(**choice)
        self._show_empty()

    def set_quick(self, key: str) -> None:
        self.quick_buttons[key].setChecked(True)

    def visible(self) -> list[Deliverable]:
        """The deliverables the table shows now, top to bottom."""
        out = []
        for row in range(self.proxy.rowCount()):
            d = self.proxy.deliverable(self.proxy.index(row, 0))
            if d is not None:
                out.append(d)
        return out

    def _show_empty(self) -> None:
        nothing = self.proxy.rowCount() == 0
        self.empty.setText(EMPTY[self.proxy.quick] if self.items else
                           QCoreApplication.translate("CaseloadView", "There is no work to track yet: add a child and choose their plan."))
        self.empty.setVisible(nothing)

    # --- opening ---------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        d = self.proxy.deliverable(index)
        if d is None:
            return
        if d.book_id is not None:
            self.open_book.emit(d.book_id)
        else:
            self.open_child.emit(d.child_id)

    @staticmethod
    def _legend() -> str:
        chips = []
        for state in State:
            background, ink = STATE_COLOURS[state]
            chips.append(f'<span style="background:{background}; color:{ink}; font-weight:600;">'
                         f"&nbsp;{STATE_SIGNS[state]}{state.label}&nbsp;</span>")
        return ("&nbsp;&nbsp;".join(chips) + '&nbsp;&nbsp;&nbsp;<span style="color:#6B625C;">'
                + QCoreApplication.translate("CaseloadView", "Due soon: within 14 days. Double-click a row to open its book.")
                + "</span>")
