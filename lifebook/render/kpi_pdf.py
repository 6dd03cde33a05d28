"""The performance report as a tidy PDF for a meeting: a table and a small bar chart per plan.

One or two A4 pages: the period, the indicators for every plan in one table,
then for each plan with work due a small chart of how that work stands (on
time, late, overdue, not yet due), each bar labelled with its words and
number so the chart reads in black and white too.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from lifebook.model.dates import format_uk_date
from lifebook.render.pdf import register_faces
from lifebook.tracking.kpi import KpiReport, KpiRow

FONT, BOLD = "NotoSans", "NotoSans-Bold"
INK = colors.HexColor("#2B2622")
QUIET = colors.HexColor("#6B625C")
RULE = colors.HexColor("#D9D2CB")
HEAD = colors.HexColor("#F3EEE8")
# bar colours; every bar also carries its words and its number
BARS = (
    ("On time", "on_time", colors.HexColor("#2F6F55")),
    ("Late", "late", colors.HexColor("#C07A1E")),
    ("Overdue", "overdue", colors.HexColor("#B3261E")),
    ("Not yet due", "not_yet_due", colors.HexColor("#7C8FA6")),
)
COLUMNS = ("Plan", "Due", "On time", "Late", "Overdue", "Not yet due", "Median days late",
           "Median days in QA", "Approved at first QA")


def _style(name: str, size: float, *, bold: bool = False, colour=INK, leading: float = 0) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=BOLD if bold else FONT, fontSize=size,
                          leading=leading or size * 1.3, textColor=colour)


def _number(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:g}"


def _percent(row: KpiRow) -> str:
    if row.approved_first_time_pct is None:
        return "–"
    return f"{row.approved_first_time_pct:g}% ({row.first_qa_approved} of {row.first_qa_decided})"


def _table(report: KpiReport) -> Table:
    cell = _style("cell", 8.5)
    centred = ParagraphStyle("centred", parent=cell, alignment=1)
    head = _style("head", 8, bold=True)
    data: list[list[object]] = [[Paragraph(c, head) for c in COLUMNS]]
    for row in report.rows:
        style = _style("rowhead", 8.5, bold=True) if row.group == "all" else cell
        data.append([Paragraph(row.label, style), row.due, row.on_time, row.late, row.overdue,
                     row.not_yet_due, _number(row.median_days_late),
                     _number(row.median_days_in_qa), Paragraph(_percent(row), centred)])
    widths = [42 * mm, 11 * mm, 14 * mm, 11 * mm, 17 * mm, 16 * mm, 18 * mm, 18 * mm, 27 * mm]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD),
        ("FONT", (1, 1), (-2, 1), BOLD, 8.5),
        ("ALIGN", (1, 1), (-2, -1), "CENTRE"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, 1), 0.8, RULE),
        ("LINEBELOW", (0, 2), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


class BarChart(Flowable):
    """One plan's work due in the period: a labelled horizontal bar for each state.

    Drawn straight on the canvas with the bundled fonts (ReportLab's graphics
    shapes would bring in an unembedded Helvetica).
    """

    LINE, LABEL_W, TOP = 13.0, 24 * mm, 18.0

    def __init__(self, row: KpiRow, width: float = 82 * mm) -> None:
        super().__init__()
        self.row = row
        self.width = width
        self.height = self.TOP + self.LINE * len(BARS) + 4

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas, row = self.canv, self.row
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, 9)
        canvas.drawString(0, self.height - 11, row.label)
        biggest = max([getattr(row, attr) for _, attr, _ in BARS] + [1])
        span = self.width - self.LABEL_W - 22
        for n, (words, attr, colour) in enumerate(BARS):
            value = getattr(row, attr)
            y = self.height - self.TOP - (n + 1) * self.LINE + 3
            canvas.setFillColor(QUIET)
            canvas.setFont(FONT, 8)
            canvas.drawString(0, y + 1.5, words)
            bar = span * value / biggest
            if value:
                canvas.setFillColor(colour)
                canvas.rect(self.LABEL_W, y, bar, self.LINE - 5, stroke=0, fill=1)
            canvas.setFillColor(INK)
            canvas.setFont(BOLD, 8)
            canvas.drawString(self.LABEL_W + bar + 3, y + 1.5, str(value))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(self.LABEL_W, 2, self.LABEL_W, self.height - self.TOP + 2)


def _charts(report: KpiReport) -> list:
    rows = [r for r in report.rows if r.group != "all" and r.due]
    if not rows:
        return [Paragraph("No work was due in this period, so there are no charts.",
                          _style("none", 9, colour=QUIET))]
    cells: list = [BarChart(r) for r in rows]
    if len(cells) % 2:
        cells.append("")
    grid = Table([cells[i:i + 2] for i in range(0, len(cells), 2)], colWidths=[87 * mm, 87 * mm])
    grid.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    return [grid]


def kpi_pdf(report: KpiReport, *, title: str = "Life story work: performance report") -> bytes:
    """The report as PDF bytes (A4 portrait, bundled fonts embedded)."""
    register_faces({FONT, BOLD})
    out = io.BytesIO()
    period = f"{format_uk_date(report.start)} to {format_uk_date(report.end)}"
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=16 * mm,
        bottomMargin=16 * mm, title=title, author="Lifebook", subject=f"Deliverables due {period}",
        lang="en-GB", initialFontName=FONT,
    )
    overall = report.overall
    story: list = [
        Paragraph(title, _style("title", 17, bold=True, leading=21)),
        Paragraph(f"Work due from {period}, as it stood on {format_uk_date(report.as_of)}.",
                  _style("sub", 10, colour=QUIET)),
        Spacer(1, 5 * mm),
        Paragraph(
            f"<b>{overall.due}</b> pieces of work were due: <b>{overall.on_time}</b> delivered "
            f"on time, <b>{overall.late}</b> delivered late, <b>{overall.overdue}</b> still "
            f"outstanding and overdue, <b>{overall.not_yet_due}</b> not yet due.",
            _style("summary", 10.5, leading=15)),
        Spacer(1, 4 * mm),
        _table(report),
        Spacer(1, 2 * mm),
        Paragraph(
            "Days late count delivered work (due date to delivery) and work still outstanding "
            "(due date to the day of the report). Days in QA: each wait from a book going to "
            "quality assurance to the manager's decision that ended in the period. Approved at "
            "first QA: books whose first QA decision fell in the period. A dash means there was "
            "nothing to count.", _style("notes", 7.5, colour=QUIET, leading=10)),
        Spacer(1, 7 * mm),
    ]
    story.append(KeepTogether([Paragraph("By plan", _style("h2", 12.5, bold=True, leading=16)),
                               Spacer(1, 3 * mm), *_charts(report)]))
    doc.build(story)
    return out.getvalue()
