"""Feeling stickers: simple friendly faces drawn with QPainter (no emoji font needed).

Each face is a soft coloured circle with dot eyes and a mouth that says the
feeling; "I want to know more" has a little question mark beside it. The
same drawing serves the big sticker buttons in review mode and the small
marks in the editor's comments panel.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from lifebook.model.comments import Feeling

FACE_COLOURS = {
    Feeling.HAPPY: "#FFD66B",
    Feeling.SAD: "#A9CBEA",
    Feeling.CONFUSED: "#D4C4EC",
    Feeling.ANGRY: "#F6A48D",
    Feeling.WANT_TO_KNOW_MORE: "#AEDBA8",
}
FACE_INK = QColor("#4A3F3A")


def paint_face(p: QPainter, rect: QRectF, feeling: Feeling) -> None:
    """Draw the ``feeling`` face filling the square ``rect``."""
    side = min(rect.width(), rect.height())
    box = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
    if feeling == Feeling.WANT_TO_KNOW_MORE:  # leave room for the question mark
        box = QRectF(box.x(), box.y() + side * 0.12, side * 0.86, side * 0.86)
    u = box.width() / 100.0  # one unit: the face is drawn on a 100 x 100 grid

    def at(x: float, y: float) -> QPointF:
        return QPointF(box.x() + x * u, box.y() + y * u)

    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    fill = QColor(FACE_COLOURS[feeling])
    p.setPen(QPen(fill.darker(125), 2.5 * u))
    p.setBrush(fill)
    p.drawEllipse(box.adjusted(2 * u, 2 * u, -2 * u, -2 * u))
    p.setBrush(QColor(255, 255, 255, 70))  # a soft shine
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(QRectF(at(22, 12), at(52, 30)))
    pen = QPen(FACE_INK, 5 * u)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(FACE_INK)
    eye = 5.5 * u
    for x in (35, 65):
        p.drawEllipse(at(x, 42), eye, eye * (0.7 if feeling == Feeling.ANGRY else 1))
    p.setBrush(Qt.BrushStyle.NoBrush)
    mouth = QPainterPath()
    if feeling == Feeling.HAPPY:
        mouth.moveTo(at(30, 60))
        mouth.cubicTo(at(40, 78), at(60, 78), at(70, 60))
    elif feeling == Feeling.SAD:
        mouth.moveTo(at(33, 74))
        mouth.cubicTo(at(42, 62), at(58, 62), at(67, 74))
        p.drawLine(at(26, 30), at(40, 26))  # brows lifted in the middle
        p.drawLine(at(60, 26), at(74, 30))
    elif feeling == Feeling.CONFUSED:
        mouth.moveTo(at(32, 68))
        mouth.cubicTo(at(42, 60), at(48, 76), at(56, 68))
        mouth.cubicTo(at(62, 62), at(66, 66), at(70, 64))
        p.drawLine(at(58, 27), at(73, 22))  # one brow up
    elif feeling == Feeling.ANGRY:
        mouth.moveTo(at(34, 70))
        mouth.cubicTo(at(44, 64), at(56, 64), at(66, 70))
        p.drawLine(at(26, 28), at(42, 34))  # brows down in the middle
        p.drawLine(at(58, 34), at(74, 28))
    else:  # want to know more: a round "oh", and a question mark
        p.drawEllipse(at(50, 68), 7 * u, 8 * u)
    p.drawPath(mouth)
    if feeling == Feeling.WANT_TO_KNOW_MORE:
        q = side / 100.0
        ox, oy = rect.center().x() - side / 2, rect.center().y() - side / 2
        mark = QPainterPath()
        mark.moveTo(ox + 76 * q, oy + 14 * q)
        mark.cubicTo(ox + 78 * q, oy + 2 * q, ox + 98 * q, oy + 2 * q, ox + 96 * q, oy + 14 * q)
        mark.cubicTo(ox + 95 * q, oy + 22 * q, ox + 86 * q, oy + 22 * q, ox + 86 * q, oy + 31 * q)
        mark_pen = QPen(QColor("#3D8C95"), 5 * q)
        mark_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(mark_pen)
        p.drawPath(mark)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#3D8C95"))
        p.drawEllipse(QPointF(ox + 86 * q, oy + 40 * q), 3.2 * q, 3.2 * q)
    p.restore()


def face_icon(feeling: Feeling, size: int = 32) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_face(painter, QRectF(0, 0, size, size), feeling)
    painter.end()
    return QIcon(pixmap)


class FeelingButton(QAbstractButton):
    """A big sticker: the face, with its name underneath."""

    def __init__(self, feeling: Feeling, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feeling = feeling
        self.setText(feeling.label)
        self.setAccessibleName(feeling.label)
        self.setToolTip(feeling.label)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._hover = False

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(140, 150)

    def minimumSizeHint(self) -> QSize:  # Qt override
        return QSize(100, 130)

    def enterEvent(self, event: object) -> None:  # Qt override
        self._hover = True
        self.update()

    def leaveEvent(self, event: object) -> None:  # Qt override
        self._hover = False
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        card = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        lifted = self._hover or self.isDown() or self.hasFocus()
        p.setPen(QPen(QColor("#3D8C95"), 3) if self.hasFocus() else Qt.PenStyle.NoPen)
        p.setBrush(QColor("#FFF4E6") if lifted else QColor(255, 255, 255, 0))
        p.drawRoundedRect(card, 22, 22)
        label_h = 34
        side = min(card.width() - 24, card.height() - label_h - 16)
        grow = 1.06 if lifted else 1.0
        face = QRectF(0, 0, side * grow, side * grow)
        face.moveCenter(QPointF(card.center().x(), card.y() + 8 + side / 2))
        paint_face(p, face, self.feeling)
        font = p.font()
        font.setPointSizeF(13)
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor("#4A3F3A"))
        p.drawText(QRectF(card.x(), card.bottom() - label_h, card.width(), label_h),
                   Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.text())
        p.end()
