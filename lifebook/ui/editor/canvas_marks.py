"""What the canvas draws over the page: selection outlines, labels and overflow tags.

Words that do not fit their frame are marked on the page itself, on the
frame's bottom edge ("3 more lines do not fit"), as well as in the checks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from lifebook.layout.display import FindingCode
from lifebook.ui import style

if TYPE_CHECKING:
    from lifebook.ui.editor.document import BookDocument

Where = tuple[int, str]  # page id, frame key


class CanvasMarksMixin:
    """Painting helpers of PageCanvas (which provides the attributes used here)."""

    doc: BookDocument | None
    _hover: Where | None
    _adjust: Where | None
    _drop_target: Where | None

    def _paint_marks(self, p: QPainter) -> None:
        sel = self.doc.selection if self.doc else None
        selected = (sel.page_id, sel.frame_key) if sel and sel.page_id and sel.frame_key else None
        selected = None if selected == self._adjust else selected  # adjusting has its own mark
        marks = [(self._hover, "#B9AC9C", 1.0, False), (selected, style.ACCENT, 2.0, False),
                 (self._adjust, style.TEAL, 2.0, True), (self._drop_target, style.ACCENT, 3.0, False)]
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for where, ink, width, dashed in marks:
            if where is None or where[0] not in self.shown_pages():
                continue
            rect = self.frame_rect(*where).adjusted(-1, -1, 1, 1)
            pen = QPen(QColor(ink), width)
            pen.setStyle(Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
            p.setPen(pen)
            p.setBrush(QColor(224, 122, 95, 40) if where == self._drop_target else Qt.BrushStyle.NoBrush)
            p.drawRect(rect)
            if where == selected:
                self._paint_label(p, rect, where)

    def _paint_label(self, p: QPainter, rect: QRectF, where: Where) -> None:
        layout = self.doc.layout(where[0]) if self.doc else None
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


    def _paint_overflow(self, painter: QPainter) -> None:
        """A tag on the bottom edge of every frame whose words do not all fit."""
        doc = self.doc
        if doc is None:
            return
        metrics = painter.fontMetrics()
        for page_id in self.shown_pages():
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
                painter.setBrush(QColor("#B3261E"))
                painter.drawRoundedRect(tag, 6, 6)
                painter.setPen(QColor("white"))
                painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, text)

