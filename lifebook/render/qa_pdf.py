"""A QA record as a one-page A4 PDF for the child's file (ReportLab, plain and tidy).

The page holds who reviewed which revision of which book, when and with what
outcome, the reviewer's comment, every checklist item with its answer and
comment, and a summary of the automated checks at the time. A long record is
shrunk to fit the one page rather than cut.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lifebook.model.dates import format_uk_date
from lifebook.model.workflow import QaRecordInfo
from lifebook.render.pdf import register_faces

REGULAR, BOLD = "Andika", "Andika-Bold"
INK = colors.HexColor("#2E2A28")
SOFT = colors.HexColor("#6B625C")
RULE = colors.HexColor("#D9D2CC")
BAND = colors.HexColor("#F4EFEA")
ANSWER_COLOURS = {"met": "#2F6F55", "not-met": "#B3261E", "not-applicable": "#6B625C",
                  "unanswered": "#B26B00"}
MARGIN = 16 * mm
FINDINGS_SHOWN = 6


def _style(name: str, size: float, *, bold: bool = False, colour=INK, space: float = 0) -> ParagraphStyle:  # noqa: ANN001
    return ParagraphStyle(name, fontName=BOLD if bold else REGULAR, fontSize=size,
                          leading=size * 1.3, textColor=colour, spaceAfter=space)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _story(record: QaRecordInfo, today: date) -> list:
    title = _style("title", 17, bold=True, space=2)
    sub = _style("sub", 10, colour=SOFT, space=8)
    body = _style("body", 9.5, space=4)
    small = _style("small", 8.5)
    small_bold = _style("small-bold", 8.5, bold=True)
    head = _style("head", 10.5, bold=True, space=3)
    foot = _style("foot", 7.5, colour=SOFT)

    when = format_uk_date(record.at.date())
    story: list = [
        _p("Quality assurance record", title),
        _p(f"{record.kind_label} for {record.child_name}: “{record.book_title}”, "
           f"revision {record.revision}", sub),
        _p(f"{record.outcome_label} by {record.reviewer}, {when}", _style("outcome", 12, bold=True,
           colour=colors.HexColor(ANSWER_COLOURS["met" if record.outcome == "approved" else "not-met"]),
           space=4)),
    ]
    if record.comment:
        story.append(_p(f"Comment: {record.comment}", body))
    story.append(Spacer(1, 3 * mm))
    story.append(_p(record.checklist_title, head))
    if record.answers:
        rows = [[_p("Item", small_bold), _p("Answer", small_bold), _p("Comment", small_bold)]]
        bands, section = [], None
        for answer in record.answers:
            if answer.section and answer.section != section:
                section = answer.section
                bands.append(len(rows))
                rows.append([_p(section, small_bold), "", ""])
            colour = colors.HexColor(ANSWER_COLOURS.get(answer.answer, "#2E2A28"))
            rows.append([_p(answer.text, small),
                         _p(answer.answer_label, _style("answer", 8.5, bold=True, colour=colour)),
                         _p(answer.comment, small)])
        width = A4[0] - 2 * MARGIN
        table = Table(rows, colWidths=[width * 0.52, width * 0.14, width * 0.34], repeatRows=1)
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                 ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
        for row in bands:
            style += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), BAND)]
        table.setStyle(TableStyle(style))
        story.append(table)
    else:
        story.append(_p("The checklist was not filled in within Lifebook for this review "
                        "(the status was set from the command line).", body))
    story.append(Spacer(1, 4 * mm))
    story.append(_p("Automated checks at the time", head))
    errors = [f for f in record.findings if f.get("severity") == "error"]
    warnings = [f for f in record.findings if f.get("severity") == "warning"]
    notes = len(record.findings) - len(errors) - len(warnings)
    if not record.findings:
        story.append(_p("No problems found.", body))
    else:
        counts = [f"{n} {word}{'' if n == 1 else 's'}" for n, word in
                  ((len(errors), "error"), (len(warnings), "warning"), (notes, "note")) if n]
        story.append(_p(", ".join(counts) + ".", body))
        for finding in (errors + warnings)[:FINDINGS_SHOWN]:
            story.append(_p(f"• {finding.get('message', '')}", small))
        hidden = len(errors) + len(warnings) - FINDINGS_SHOWN
        if hidden > 0:
            story.append(_p(f"… and {hidden} more.", small))
    story.append(Spacer(1, 6 * mm))
    story.append(_p(f"For the child's file. Printed from Lifebook on {format_uk_date(today)}.",
                    foot))
    return story


def paint_qa_record(record: QaRecordInfo, out: str | Path | BinaryIO,
                    today: date | None = None) -> None:
    """Write ``record`` as a one-page A4 PDF into ``out`` (a path or binary file)."""
    register_faces({REGULAR, BOLD})
    target = str(out) if isinstance(out, Path) else out
    doc = SimpleDocTemplate(
        target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=f"Quality assurance record: {record.book_title}",
        author=record.reviewer, subject=f"{record.kind_label} for {record.child_name}",
        creator="Lifebook", lang="en-GB", initialFontName=REGULAR, invariant=1,
    )
    frame_w, frame_h = A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN
    story = _story(record, today or date.today())
    doc.build([KeepInFrame(frame_w, frame_h - 2, story, mode="shrink")])
