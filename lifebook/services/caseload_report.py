"""Writing the performance report to a file: CSV, XLSX or PDF, chosen by the file's name."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from lifebook.fileio import write_atomically
from lifebook.i18n import QT_TRANSLATE_NOOP, translate
from lifebook.services.errors import InvalidInput
from lifebook.tracking.kpi import KpiReport

FORMATS = (".csv", ".xlsx", ".pdf")
# (field, heading): each heading is translated where the report is written
HEADINGS = (
    ("label", QT_TRANSLATE_NOOP("services.caseload_report", "Plan")),
    ("due", QT_TRANSLATE_NOOP("services.caseload_report", "Due in the period")),
    ("completed_on_time", QT_TRANSLATE_NOOP("services.caseload_report", "Completed on time")),
    ("completed_late", QT_TRANSLATE_NOOP("services.caseload_report", "Completed late")),
    ("outstanding_overdue", QT_TRANSLATE_NOOP("services.caseload_report", "Outstanding and overdue")),
    ("outstanding_not_yet_due", QT_TRANSLATE_NOOP("services.caseload_report", "Outstanding, not yet due")),
    ("median_days_late", QT_TRANSLATE_NOOP("services.caseload_report", "Median days late")),
    ("median_days_in_qa", QT_TRANSLATE_NOOP("services.caseload_report", "Median days in QA")),
    ("qa_waits", QT_TRANSLATE_NOOP("services.caseload_report", "QA waits counted")),
    ("first_qa_decisions", QT_TRANSLATE_NOOP("services.caseload_report", "First QA decisions")),
    ("approved_at_first_qa", QT_TRANSLATE_NOOP("services.caseload_report", "Approved at first QA")),
    ("approved_at_first_qa_percent", QT_TRANSLATE_NOOP("services.caseload_report", "Approved at first QA (%)")),
)


def report_rows(report: KpiReport) -> list[list[object]]:
    """The table as rows of plain values (None: nothing to count), headings first."""
    rows: list[list[object]] = [[translate("services.caseload_report", "From"),
                                 translate("services.caseload_report", "To"),
                                 translate("services.caseload_report", "As of"),
                                 *(translate("services.caseload_report", h) for _, h in HEADINGS)]]
    for row in report.rows:
        data = row.as_dict()
        rows.append([report.start, report.end, report.as_of, *(data[k] for k, _ in HEADINGS)])
    return rows


def _csv(report: KpiReport) -> bytes:
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    for row in report_rows(report):
        writer.writerow(["" if v is None else v.isoformat() if hasattr(v, "isoformat") else v
                         for v in row])
    return text.getvalue().encode("utf-8-sig")  # with a BOM, so Excel on Windows reads it right


def _xlsx(report: KpiReport) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Performance"
    for row in report_rows(report):
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column in ("A", "B", "C"):
        for cell in sheet[column][1:]:
            cell.number_format = "d mmmm yyyy"  # i18n: skip (Excel's format code)
        sheet.column_dimensions[column].width = 16
    sheet.column_dimensions["D"].width = 34
    sheet.freeze_panes = "E2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write_report(report: KpiReport, out: Path) -> Path:
    """Write the report as .csv, .xlsx or .pdf (by ``out``'s suffix); raises InvalidInput."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise InvalidInput(translate("services.caseload_report", "'{name}': the report can be saved as "
                                                                 ".csv, .xlsx or .pdf").format(name=out.name))
    if not out.parent.is_dir():
        raise InvalidInput(translate("services.caseload_report", "There is no folder {parent} to save the "
                                                                 "report in").format(parent=out.parent))
    if suffix == ".csv":
        data = _csv(report)
    elif suffix == ".xlsx":
        data = _xlsx(report)
    else:
        from lifebook.render.kpi_pdf import kpi_pdf

        data = kpi_pdf(report)
    try:
        write_atomically(out, data)
    except OSError as exc:
        raise InvalidInput(translate("services.caseload_report", "Could not save the report as {out}: "
                                                                 "{reason}").format(
                                                                     out=out, reason=exc.strerror or exc)) from None
    return out
