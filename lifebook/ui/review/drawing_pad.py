"""A simple drawing pad for the child's "my page": crayons, a thick line, start again.

Lines are kept as points (in the pad's own 0..1 coordinates, so resizing the
window never distorts them) and painted smoothly; ``png_bytes`` renders them
on white paper for keeping.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QWidget

CRAYONS = (("Black", "#2E2A28"), ("Red", "#E0524A"), ("Orange", "#F29A3A"),
           ("Yellow", "#F2CC3A"), ("Green", "#4CAF6A"), ("Blue", "#3F7FD0"),
           ("Purple", "#8E5CC4"), ("Brown", "#8A5A3C"))
PAPER = QColor("#FFFFFF")
PNG_SIZE = QSize(1200, 800)  # the kept drawing, 3:2 like the pad
LINE_WIDTH = 0.012  # of the pad's width: a felt-tip line


class DrawingPad(QWidget):
    """Draw with the mouse, a finger or a pen."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = CRAYONS[0][1]
        self.lines: list[tuple[str, list[QPointF]]] = []
        self.setMinimumSize(360, 240)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(QCoreApplication.translate("DrawingPad", "Drawing pad"))
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(720, 480)

    def paper(self) -> QRectF:
        """The paper, 3:2, centred in the widget."""
        w, h = float(self.width() - 8), float(self.height() - 8)
        if w / 3 * 2 > h:
            w = h / 2 * 3
        else:
            h = w / 3 * 2
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def is_empty(self) -> bool:
        return not self.lines

    def clear(self) -> None:
        self.lines.clear()
        self.update()
        self.changed.emit()

    def undo_line(self) -> None:
        if self.lines:
            self.lines.pop()
            self.update()
            self.changed.emit()

    def _to_pad(self, pos: QPointF) -> QPointF:
        paper = self.paper()
        return QPointF(min(max((pos.x() - paper.x()) / paper.width(), 0.0), 1.0),
                       min(max((pos.y() - paper.y()) / paper.height(), 0.0), 1.0))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.lines.append((self.colour, [self._to_pad(event.position())]))
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        if event.buttons() & Qt.MouseButton.LeftButton and self.lines:
            self.lines[-1][1].append(self._to_pad(event.position()))
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.lines:
            self.changed.emit()

    def _paint_lines(self, p: QPainter, paper: QRectF) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for colour, points in self.lines:
            pen = QPen(QColor(colour), max(2.0, LINE_WIDTH * paper.width()))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            p.setPen(pen)
            mapped = [QPointF(paper.x() + pt.x() * paper.width(), paper.y() + pt.y() * paper.height())
                      for pt in points]
            if len(mapped) == 1:
                p.drawPoint(mapped[0])
                continue
            path = QPainterPath(mapped[0])
            for a, b in zip(mapped, mapped[1:], strict=False):  # smooth through the midpoints
                path.quadTo(a, (a + b) / 2)
            path.lineTo(mapped[-1])
            p.drawPath(path)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        paper = self.paper()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(0, 0, 0, 22))
        p.drawRoundedRect(paper.translated(0, 3), 18, 18)
        p.setBrush(PAPER)
        p.drawRoundedRect(paper, 18, 18)
        if self.is_empty():
            p.setPen(QColor("#B8ADA3"))
            font = p.font()
            font.setPointSizeF(16)
            p.setFont(font)
            p.drawText(paper, Qt.AlignmentFlag.AlignCenter, "Draw here")
        p.setClipRect(paper)
        self._paint_lines(p, paper)
        p.end()

    def png_bytes(self) -> bytes:
        """The drawing on white paper, as a PNG."""
        image = QImage(PNG_SIZE, QImage.Format.Format_RGB32)
        image.fill(PAPER)
        p = QPainter(image)
        self._paint_lines(p, QRectF(0, 0, PNG_SIZE.width(), PNG_SIZE.height()))
        p.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        buffer.close()
        return bytes(data.data())


class CrayonButton(QAbstractButton):
    """A round colour to draw with."""

    def __init__(self, name: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = colour
        self.setCheckable(True)
        self.setAutoExclusive(True)
        self.setAccessibleName(name)
        self.setToolTip(name)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFixedSize(48, 48)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        ring = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        if self.isChecked() or self.hasFocus():
            p.setPen(QPen(QColor("#3D8C95"), 3))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(ring)
        p.setPen(QPen(QColor(self.colour).darker(120), 1.5))
        p.setBrush(QColor(self.colour))
        p.drawEllipse(ring.adjusted(6, 6, -6, -6))
        p.end()


def crayon_box(pad: DrawingPad) -> QWidget:
    """A row of crayons that set the pad's colour."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    for n, (name, colour) in enumerate(CRAYONS):
        button = CrayonButton(name, colour)
        button.setChecked(n == 0)
        button.clicked.connect(lambda _=False, c=colour: setattr(pad, "colour", c))
        row.addWidget(button)
    return box
