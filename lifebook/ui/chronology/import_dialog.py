"""File > Import chronology…: choose a file, check how each column will be read, import.

The first rows of the file are shown in a table with a choice above each
column ("Date", "What happened", "Leave out"...), filled in from the
column's name where Lifebook knows it, and from its contents for dates. A
plain summary says what will happen. The import itself runs through
``services.chronology_import`` with the chosen mapping, as a job; afterwards
the dialog lists the rows whose dates could not be read and the duplicates
skipped, each by its row number.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lifebook.model.chronology import parse_chronology_date
from lifebook.model.records import ImportResult
from lifebook.services.chronology_import import (
    HEADER_NAMES,
    HEADER_SEARCH_ROWS,
    find_header,
    import_chronology,
    read_rows,
)
from lifebook.services.errors import ServiceError
from lifebook.store.db import Library
from lifebook.ui.jobs import Job, Runner

PREVIEW_ROWS = 8
FIELD_LABELS = {
    "ignore": "Leave out",
    "date": "Date",
    "title": "What happened (event)",
    "detail": "Details",
    "category": "Category",
    "place": "Place",
    "include_in_book": "Include in book (yes/no)",
    "sensitive": "Sensitive (yes/no)",
    "private": "Private note (yes/no)",
}
FILE_FILTER = "Chronology files (*.csv *.xlsx *.txt *.tsv);;All files (*)"
ERROR_COLOUR = "#B3261E"
WARN_COLOUR = "#9A6700"
INK = "#2E2A28"


def column_key(cell: object) -> str:
    """A header cell as the import matches it: case, spacing, '_' and a last ':' ignored."""
    return " ".join(str(cell or "").replace("_", " ").split()).lower().rstrip(":")


def _text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    return " ".join(str(cell).split())


def _looks_like_dates(cells: list[object]) -> bool:
    filled = [c for c in cells if _text(c)]
    return bool(filled) and sum(parse_chronology_date(c).known for c in filled) * 2 > len(filled)


class ImportChronologyDialog(QDialog):
    """Choose a file, map its columns, import; then the report. ``result_`` after importing."""

    def __init__(self, library: Library, child_id: int, runner: Runner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.child_id, self.runner = library, child_id, runner
        self.setWindowTitle(QCoreApplication.translate("ImportChronologyDialog", "Import chronology"))
        self.resize(980, 620)
        self.path: Path | None = None
        self.rows: list[list[object]] = []
        self.header_index = 0
        self.combos: list[QComboBox] = []
        self.result_: ImportResult | None = None
        self.job: Job | None = None

        intro = QLabel(QCoreApplication.translate("ImportChronologyDialog", "Choose a chronology exported from your case management system, or a "
                       "spreadsheet you keep (.csv or .xlsx). Then check how each column will be "
                       "read: change the choice above a column if Lifebook guessed wrong."))
        intro.setWordWrap(True)
        self.file_label = QLabel(QCoreApplication.translate("ImportChronologyDialog", "No file chosen yet."))
        self.file_label.setObjectName("subheading")
        self.choose_button = QPushButton(QCoreApplication.translate("ImportChronologyDialog", "Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.choose_button.setToolTip(QCoreApplication.translate("ImportChronologyDialog", "Choose the .csv or .xlsx file to import"))
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, HEADER_SEARCH_ROWS)
        self.header_spin.setAccessibleName(QCoreApplication.translate("ImportChronologyDialog", "Row with the column names"))
        self.header_spin.setToolTip(QCoreApplication.translate("ImportChronologyDialog", "Exports often start with a title and a blank line: say "
                                    "which row holds the names of the columns."))
        self.header_spin.valueChanged.connect(lambda n: self.set_header_row(n - 1))
        self.preview = QTableWidget()
        self.preview.setAccessibleName(QCoreApplication.translate("ImportChronologyDialog", "The first rows of the file"))
        self.preview.setToolTip(QCoreApplication.translate("ImportChronologyDialog", "The first rows of the file, as they will be read; choose above each column what it holds"))
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.import_button = QPushButton(QCoreApplication.translate("ImportChronologyDialog", "Import"))
        self.import_button.setObjectName("primary")
        self.import_button.setStyleSheet("QPushButton#primary:disabled { background: #F3C7BA; "
                                         "border-color: #EDB7A7; }")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.do_import)
        self.import_button.setToolTip(QCoreApplication.translate("ImportChronologyDialog", "Add these events to the child's chronology (Undo takes them out again)"))
        self.cancel_button = QPushButton(QCoreApplication.translate("ImportChronologyDialog", "Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.setToolTip(QCoreApplication.translate("ImportChronologyDialog", "Close without importing anything"))

        mapping_page = QWidget()
        page = QVBoxLayout(mapping_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(intro)
        file_row = QHBoxLayout()
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(QLabel(QCoreApplication.translate("ImportChronologyDialog", "Column names are on row")))
        file_row.addWidget(self.header_spin)
        page.addLayout(file_row)
        page.addWidget(self.preview, 1)
        page.addWidget(self.summary)
        page.addWidget(self.error)

        self.report_heading = QLabel()
        self.report_heading.setObjectName("sectionTitle")
        self.report_heading.setWordWrap(True)
        self.report = QListWidget()
        self.report.setSpacing(2)
        self.report.setAccessibleName(QCoreApplication.translate("ImportChronologyDialog", "What the import found"))
        report_page = QWidget()
        report_layout = QVBoxLayout(report_page)
        report_layout.setContentsMargins(0, 0, 0, 0)
        report_layout.addWidget(self.report_heading)
        report_layout.addWidget(self.report, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(mapping_page)
        self.pages.addWidget(report_page)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._update_summary()

    # --- the file ---------------------------------------------------------------------------

    def choose_file(self) -> None:
        start = str(self.path.parent if self.path else Path.home())
        name, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("ImportChronologyDialog", "Choose a chronology file"), start, FILE_FILTER)
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> bool:
        """Read the file and guess its columns; False (with the reason shown) if it can't be read."""
        try:
            rows = read_rows(path)
        except ServiceError as exc:
            self.error.setText(str(exc))
            return False
        while rows and not any(_text(c) for c in rows[-1]):
            rows.pop()
        self.path, self.rows = path, rows
        self.file_label.setText(path.name)
        self.file_label.setToolTip(str(path))
        self.error.clear()
        try:
            index, _columns = find_header(rows, {})
        except ServiceError:  # names Lifebook does not know: the first row with two cells filled
            index = next((i for i, r in enumerate(rows[:HEADER_SEARCH_ROWS])
                          if sum(bool(_text(c)) for c in r) >= 2), 0)
        self.header_spin.blockSignals(True)
        self.header_spin.setValue(index + 1)
        self.header_spin.blockSignals(False)
        self.set_header_row(index)
        return True

    def header(self) -> list[str]:
        return [_text(c) for c in self.rows[self.header_index]] if self.rows else []

    def data_rows(self) -> list[list[object]]:
        return self.rows[self.header_index + 1:]

    def set_header_row(self, index: int) -> None:
        """Read the column names from row ``index`` (0-based) and guess each column's field."""
        self.header_index = max(0, min(index, len(self.rows) - 1))
        header = self.header()
        width = max([len(header)] + [len(r) for r in self.data_rows()[:PREVIEW_ROWS]])
        header += [""] * (width - len(header))
        shown = self.data_rows()[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(width)
        self.preview.setRowCount(len(shown) + 1)
        self.preview.setHorizontalHeaderLabels([h or f"(column {i + 1})" for i, h in enumerate(header)])
        self.preview.setVerticalHeaderLabels(
            ["Read as"] + [f"Row {self.header_index + 2 + n}" for n in range(len(shown))])
        self.combos = []
        used: set[str] = set()
        seen: set[str] = set()
        for column, name in enumerate(header):
            combo = QComboBox()
            combo.setAccessibleName(QCoreApplication.translate("ImportChronologyDialog", "Read column {value1} as").format(value1=name or column + 1))
            for field_name, text in FIELD_LABELS.items():
                combo.addItem(text, field_name)
            key = column_key(name)
            guess = HEADER_NAMES.get(key, "ignore")
            if guess == "ignore" and "date" not in used and _looks_like_dates(
                    [r[column] if column < len(r) else None for r in self.data_rows()]):
                guess = "date"
            if not key or key in seen:
                combo.setEnabled(False)
                combo.setToolTip(QCoreApplication.translate("ImportChronologyDialog", "This column has no name of its own in the header row, so it "
                                 "can't be read. Give it a name in the file to import it."))
                guess = "ignore"
            elif guess in used:
                guess = "ignore"
            seen.add(key)
            used.add(guess)
            combo.setCurrentIndex(combo.findData(guess))
            combo.currentIndexChanged.connect(lambda _i, c=column: self._chosen(c))
            self.combos.append(combo)
            self.preview.setCellWidget(0, column, combo)
        for r, row in enumerate(shown, start=1):
            for column in range(width):
                cell = row[column] if column < len(row) else None
                shown_text = parse_chronology_date(cell).describe() if hasattr(cell, "year") else _text(cell)
                self.preview.setItem(r, column, QTableWidgetItem(shown_text))
        header_view = self.preview.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        each = max(180, min(240, (self.width() - 120) // max(width, 1)))
        for column in range(width):
            self.preview.setColumnWidth(column, each)
        header_view.setStretchLastSection(True)
        self._update_summary()

    # --- the mapping -------------------------------------------------------------------------

    def field_of(self, column: int) -> str:
        return str(self.combos[column].currentData())

    def choose(self, column: int, field_name: str) -> None:
        """Read ``column`` as ``field_name`` (what choosing in its combo does)."""
        self.combos[column].setCurrentIndex(self.combos[column].findData(field_name))

    def _chosen(self, column: int) -> None:
        chosen = self.field_of(column)
        if chosen != "ignore":  # a field is read from one column only
            for other, combo in enumerate(self.combos):
                if other != column and self.field_of(other) == chosen:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(combo.findData("ignore"))
                    combo.blockSignals(False)
        self._update_summary()

    def mapping(self) -> dict[str, str]:
        """Column name -> field, for every named column (left-out ones as "ignore")."""
        header = self.header()
        return {header[c]: self.field_of(c) for c, combo in enumerate(self.combos)
                if combo.isEnabled() and c < len(header) and header[c]}

    def _column_named(self, field_name: str) -> int | None:
        return next((c for c in range(len(self.combos)) if self.field_of(c) == field_name), None)

    def _update_summary(self) -> None:
        if not self.rows:
            self.summary.setText("")
            self.import_button.setEnabled(False)
            return
        header, rows = self.header(), self.data_rows()
        count = len(rows)
        date = self._column_named("date")
        self._mark_dates(date)
        title = self._column_named("title")
        if title is None:
            self.summary.setText(QCoreApplication.translate("ImportChronologyDialog", "Choose the column that says what happened: pick “What happened "
                                 "(event)” above it. Every event needs one."))
            self.import_button.setEnabled(False)
            return
        first = self.header_index + 2
        parts = [f"{count} row{'s' if count != 1 else ''} (rows {first} to {first + count - 1}) "
                 "will be read as events." if count else "There are no rows below the column names."]
        read = [f"{FIELD_LABELS[self.field_of(c)].split(' (')[0].lower()} from “{header[c]}”"
                for c in range(len(self.combos)) if self.field_of(c) != "ignore"]
        parts.append("Reading " + ", ".join(read) + ".")
        left = [f"“{h}”" for c, h in enumerate(header) if h and self.field_of(c) == "ignore"]
        if left:
            parts.append("Left out: " + ", ".join(left) + ".")
        if date is None:
            parts.append("No column is read as the date, so every event will have its date "
                         "not known.")
        else:
            unread = sum(1 for r in rows if _text(r[date] if date < len(r) else None)
                         and not parse_chronology_date(r[date]).known)
            if unread:
                parts.append(f"{unread} date{'s' if unread != 1 else ''} can't be read: "
                             f"{'those events' if unread != 1 else 'that event'} will be "
                             "imported with the date not known, and listed afterwards.")
        parts.append("Rows already in this child's chronology are skipped, so importing the "
                     "same file twice adds nothing.")
        self.summary.setText("\n".join(parts))
        self.import_button.setEnabled(count > 0)

    def _mark_dates(self, date_column: int | None) -> None:
        """In the preview, dates that can't be read are shown in amber, with why."""
        for r in range(1, self.preview.rowCount()):
            for c in range(self.preview.columnCount()):
                item = self.preview.item(r, c)
                if item is None:
                    continue
                when = parse_chronology_date(item.text()) if c == date_column else None
                unread = when is not None and bool(item.text()) and not when.known
                item.setForeground(QColor(WARN_COLOUR) if unread else QColor(INK))
                item.setToolTip(QCoreApplication.translate("ImportChronologyDialog", "{value0}: imported with the date not known").format(value0=when.problem or 'This date cannot be read') if unread and when else "")

    # --- importing ----------------------------------------------------------------------------

    def do_import(self) -> None:
        if self.pages.currentIndex() == 1:
            self.accept()  # the report is showing: the button says Close
            return
        if self.path is None or self.job is not None:
            return
        path, mapping = self.path, self.mapping()
        job = Job(lambda _progress, _cancel: import_chronology(self.library, self.child_id, path,
                                                               mapping))
        job.finished.connect(self._imported)
        job.failed.connect(self._failed)
        self.job = job
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(False)  # the import is one transaction: let it finish
        self.error.setText(QCoreApplication.translate("ImportChronologyDialog", "Importing…"))
        self.error.setStyleSheet("")
        self.runner.start(job)

    def reject(self) -> None:  # Qt override: Esc and the window's close button too
        if self.job is None:  # an import under way finishes first (it is one transaction)
            super().reject()

    def _failed(self, message: str) -> None:
        self.job = None
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.setText(message)
        self.import_button.setEnabled(True)
        self.cancel_button.setEnabled(True)

    def _imported(self, result: ImportResult) -> None:
        self.job = None
        self.result_ = result
        n = len(result.imported)
        self.report_heading.setText(
            QCoreApplication.translate("ImportChronologyDialog", "Imported {n} event{value3} from {name}.").format(n=n, value3='s' if n != 1 else '', name=Path(result.file).name))
        self.report.clear()
        for title, lines in (
            ("To check", [str(f) for f in result.findings]),
            ("Skipped as duplicates", [str(f) for f in result.duplicates]),
            ("Not imported", [str(f) for f in result.skipped]),
        ):
            if not lines:
                continue
            heading = QListWidgetItem(f"{title} ({len(lines)})")
            font = QFont()
            font.setBold(True)
            heading.setFont(font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.report.addItem(heading)
            for line in lines:
                self.report.addItem(QListWidgetItem(f"    {line}"))
        if not self.report.count():
            self.report.addItem(QCoreApplication.translate("ImportChronologyDialog", "Every row was imported; nothing to check."))
        self.pages.setCurrentIndex(1)
        self.cancel_button.hide()
        self.import_button.setText(QCoreApplication.translate("ImportChronologyDialog", "Close"))
        self.import_button.setEnabled(True)
        self.error.clear()

    def report_lines(self) -> list[str]:
        items = (self.report.item(i) for i in range(self.report.count()))
        return [i.text().strip() for i in items if i is not None]
