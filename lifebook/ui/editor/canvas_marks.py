"""What the canvas draws over the page: selection outlines, labels and overflow tags.

Words that do not fit their frame are marked on the page itself, on the
frame's bottom edge ("3 more lines do not fit"), as well as in the checks.
FrameMarks paints them for a PageCanvas, which says which frames to mark.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from lifebook.layout.display import FindingCode
from lifebook.ui import style
from lifebook.ui.editor.canvas_types import Where

if TYPE_CHECKING:
    from lifebook.ui.editor.document import BookDocument

HOVER_INK = "#B9AC9C"
OVERFLOW_INK = "#B3261E"


class FrameMarks:
    """Paints the marks over the shown pages, placed by ``frame_rect`` (viewport coordinates)."""

    def __init__(self, frame_rect: Callable[[int, str], QRectF]) -> None:
        self.frame_rect = frame_rect

    def paint(self, p: QPainter, doc: BookDocument | None, shown: list[int], *,
              hover: Where | None, adjusting: Where | None, drop_target: Where | None) -> None:
        """Outline the frame under the mouse, the selected one (with its name), the photo
        being moved in its frame (dashed) and the frame a drag is over."""
        sel = doc.selection if doc else None
        selected = (sel.page_id, sel.frame_key) if sel and sel.page_id and sel.frame_key else None
        selected = None if selected == adjusting else selected  # adjusting has its own mark
        marks = [(hover, HOVER_INK, 1.0, False), (selected, style.ACCENT, 2.0, False),
                 (adjusting, style.TEAL, 2.0, True), (drop_target, style.ACCENT, 3.0, False)]
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for where, ink, width, dashed in marks:
            if where is None or where[0] not in shown:
                continue
            rect = self.frame_rect(*where).adjusted(-1, -1, 1, 1)
            pen = QPen(QColor(ink), width)
            pen.setStyle(Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
            p.setPen(pen)
            p.setBrush(QColor(224, 122, 95, 40) if where == drop_target else Qt.BrushStyle.NoBrush)
            p.drawRect(rect)
            if where == selected:
                self._paint_label(p, doc, rect, where)

    def _paint_label(self, p: QPainter, doc: BookDocument | None, rect: QRectF,
                     where: Where) -> None:
        layout = doc.layout(where[0]) if doc else None
        box = next((f for f in layout.frames if f.key == where[1]), None) if layout else None
        text = (box.label or box.key) if box else where[1]
        metrics = p.fontMetrics()
        tag = QRectF(rect.x(), rect.y() - metrics.height() - 6,
                     metrics.horizontalAdvance(text) + 12, metrics.height() + 4)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(style.ACCENT))
        p.drawRoundedRect(tag, 4, 4)
        p.setPen(QColor("white"))
        p.drawText(tag, Qt.AlignmentFlag.AlignCenter, text)

    def paint_overflow(self, painter: QPainter, doc: BookDocument | None, shown: list[int]) -> None:
        """A tag on the bottom edge of every frame whose words do not all fit."""
        if doc is None:
            return
        metrics = painter.fontMetrics()
        for page_id in shown:
            layout = doc.layout(page_id)
            if layout is None:
                continue
            for finding in layout.findings:
                if finding.code != FindingCode.TEXT_OVERFLOW or not finding.frame_key:
                    continue
                lines = finding.count
                text = (f"{lines} more line{'s' if lines != 1 else ''} do{'es' if lines == 1 else ''} "
                        "not fit") if lines else "The words do not all fit"
                rect = self.frame_rect(page_id, finding.frame_key)
                width = metrics.horizontalAdvance(text) + 14
                tag = QRectF(rect.right() - width, rect.bottom() - metrics.height() / 2 - 2,
                             width, metrics.height() + 4)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(OVERFLOW_INK))
                painter.drawRoundedRect(tag, 6, 6)
                painter.setPen(QColor("white"))
                painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, text)
