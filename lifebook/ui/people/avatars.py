"""Round pictures for people: their photo cropped to a circle, or their initials."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPixmap

from lifebook.model.enums import PersonRole

# a soft colour per broad group, so a long list is easy to scan
ROLE_COLOURS = {
    PersonRole.BIRTH_FAMILY.value: "#E07A5F",
    PersonRole.SIBLING.value: "#D9A441",
    PersonRole.FOSTER_CARER.value: "#3D8C95",
    PersonRole.ADOPTER.value: "#5B8E5A",
    PersonRole.SPECIAL_GUARDIAN.value: "#5B8E5A",
    PersonRole.PROFESSIONAL.value: "#7A6F9B",
    PersonRole.OTHER.value: "#8C817A",
}


def initials(name: str) -> str:
    """"Jo and Sam" -> "JS"; "Nanna Jo" -> "NJ"; at most two letters."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha() and w.lower() != "and"]
    return "".join(w[0].upper() for w in words[:2]) or "?"


def initials_avatar(name: str, role: str, edge: int) -> QPixmap:
    pixmap = QPixmap(edge, edge)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(ROLE_COLOURS.get(role, "#8C817A")))
    painter.drawEllipse(QRectF(1, 1, edge - 2, edge - 2))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(8, edge // 3))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, edge, edge), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    return pixmap


def photo_avatar(image: QImage, role: str, edge: int) -> QPixmap:
    """The middle of the photo in a circle, with a thin ring in the group's colour."""
    side = min(image.width(), image.height())
    square = image.copy((image.width() - side) // 2, (image.height() - side) // 2, side, side)
    square = square.scaled(QSize(edge, edge), Qt.AspectRatioMode.IgnoreAspectRatio,
                           Qt.TransformationMode.SmoothTransformation)
    pixmap = QPixmap(edge, edge)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    path = QPainterPath()
    path.addEllipse(QRectF(1, 1, edge - 2, edge - 2))
    painter.setClipPath(path)
    painter.drawImage(0, 0, square)
    painter.setClipping(False)
    pen = painter.pen()
    pen.setColor(QColor(ROLE_COLOURS.get(role, "#8C817A")))
    pen.setWidthF(2.0)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(1, 1, edge - 2, edge - 2))
    painter.end()
    return pixmap
