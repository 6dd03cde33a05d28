"""Comment pins on the page canvas: a small numbered pin where open comments are.

A pin sits in the top-right corner of the frame a comment is about, or of
the page for a comment on the whole page. Its number says how many open
threads are there; it is teal when the child said something there. Pins are
painted over the canvas (``PageCanvas.overlays``), never into the page's
display list, so no export can print them. Clicking a pin shows its thread
in the comments panel; hovering shows what it says.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QToolTip

from lifebook.model.comments import CommentThread
from lifebook.ui import style
from lifebook.ui.editor.canvas import PageCanvas

PIN_RADIUS = 11.0


@dataclass(frozen=True)
class Pin:
    centre: QPointF
    threads: tuple[CommentThread, ...]

    @property
    def from_child(self) -> bool:
        return any(t.first.from_child for t in self.threads)

    def contains(self, pos: QPointF) -> bool:
        d = pos - self.centre
        return d.x() * d.x() + d.y() * d.y() <= (PIN_RADIUS + 3) ** 2


class CommentPins(QObject):
    """Paints the pins for ``threads()`` on ``canvas`` and reports clicks with ``on_click``."""

    def __init__(self, canvas: PageCanvas, threads: Callable[[], list[CommentThread]],
                 on_click: Callable[[int], None]) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.threads = threads
        self.on_click = on_click
        self.pins: list[Pin] = []
        canvas.overlays.append(self.paint)
        canvas.viewport().installEventFilter(self)

    def _anchor(self, thread: CommentThread) -> QPointF | None:
        first, doc = thread.first, self.canvas.doc
        page_id = first.page_id
        layout = doc.layout(page_id) if doc is not None and page_id else None
        if layout is None or page_id is None:
            return None
        try:
            if first.frame_key and any(f.key == first.frame_key for f in layout.frames):
                corner = self.canvas.frame_rect(page_id, first.frame_key).topRight()
            else:
                corner = self.canvas.view_point(page_id, layout.width, 0)
        except KeyError:
            return None
        return corner + QPointF(-PIN_RADIUS - 5, PIN_RADIUS + 5)

    def place(self, shown: list[int]) -> list[Pin]:
        """Where the pins go for the pages shown: one per frame (or page) with open threads."""
        spots: dict[tuple[int, str], list[CommentThread]] = {}
        for thread in self.threads():
            if thread.resolved or thread.first.page_id not in shown:
                continue
            spots.setdefault((thread.first.page_id, thread.first.frame_key or ""), []).append(thread)
        pins = []
        for threads in spots.values():
            centre = self._anchor(threads[0])
            if centre is not None:
                pins.append(Pin(centre, tuple(threads)))
        return pins

    def paint(self, p: QPainter, shown: list[int]) -> None:
        self.pins = self.place(shown)
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        font = p.font()
        font.setBold(True)
        font.setPointSizeF(8.5)
        p.setFont(font)
        for pin in self.pins:
            ink = QColor(style.TEAL if pin.from_child else style.ACCENT)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(0, 0, 0, 45))
            p.drawEllipse(pin.centre + QPointF(0, 1.5), PIN_RADIUS, PIN_RADIUS)
            p.setPen(QPen(QColor("white"), 2))
            p.setBrush(ink)
            p.drawEllipse(pin.centre, PIN_RADIUS, PIN_RADIUS)
            p.setPen(QColor("white"))
            box = QRectF(pin.centre.x() - PIN_RADIUS, pin.centre.y() - PIN_RADIUS,
                         2 * PIN_RADIUS, 2 * PIN_RADIUS)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, str(len(pin.threads)))
        p.restore()

    def pin_at(self, pos: QPointF) -> Pin | None:
        return next((pin for pin in reversed(self.pins) if pin.contains(pos)), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            pin = self.pin_at(event.position())
            if pin is not None and event.button() == Qt.MouseButton.LeftButton:
                self.on_click(pin.threads[0].id)
                return True
        elif event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            pin = self.pin_at(QPointF(event.pos()))
            if pin is not None:
                lines = [f"{t.first.byline}: {t.first.summary}" for t in pin.threads]
                QToolTip.showText(event.globalPos(), "\n".join(lines), self.canvas.viewport())
                return True
        return False
