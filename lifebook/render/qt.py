"""The Qt painter: draws the same display lists as render/pdf.py, with QPainter.

Used by the editor canvas, page thumbnails and review mode. Text is drawn
glyph by glyph with QRawFont from the very TTF files the layout measured,
unhinted and unkerned, at the positions the layout computed, so line
breaks and positions match the PDF exactly.

Photos come from an ``ImageSource``: a callable that returns a QImage for
an ImageItem at a wanted pixel size, or None while it is not ready (the
frame then shows a soft placeholder). The painter never decodes originals
itself.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGlyphRun,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QRawFont,
)

from lifebook.layout import fonts
from lifebook.layout.display import (
    DisplayItem,
    ImageItem,
    PageLayout,
    Rect,
    ShapeItem,
    StrokeItem,
    TextRun,
    painter_for,
)
from lifebook.layout.watermark import watermark_for

ImageSource = Callable[[ImageItem, int, int], QImage | None]
PLACEHOLDER = QColor("#EFE7DC")
PATH_TEXT_PIXELS = 64  # above this many device pixels, text is drawn as outlines


@dataclass(frozen=True)
class Guides:
    trim: bool = False
    bleed: bool = False
    safe: bool = False
    frames: bool = False  # outline every template frame (editor)


def colour(value: str | None) -> QColor | None:
    """'#RRGGBB' or '#RRGGBBAA' (the layout's form) as a QColor; None for none."""
    if not value:
        return None
    text = value.strip()
    if len(text) == 9:
        c = QColor(text[:7])
        c.setAlpha(int(text[7:9], 16))
        return c
    c = QColor(text)
    return c if c.isValid() else None


@cache
def _font_data(face: str) -> bytes:
    return fonts.font_path(face).read_bytes()


_per_thread = threading.local()


def raw_font(face: str, size: float) -> QRawFont:
    """An unhinted QRawFont of a bundled face; cached per thread (QRawFont is not shareable)."""
    fonts_here = getattr(_per_thread, "fonts", None)
    if fonts_here is None:
        fonts_here = _per_thread.fonts = {}
    key = (face, round(size, 3))
    font = fonts_here.get(key)
    if font is None:
        font = QRawFont(_font_data(face), size, QFont.HintingPreference.PreferNoHinting)
        fonts_here[key] = font
    return font


def _r(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


class QtPagePainter:
    def __init__(self, images: ImageSource | None = None) -> None:
        self.images = images

    def paint(
        self,
        painter: QPainter,
        page: PageLayout,
        *,
        scale: float,
        include_bleed: bool = True,
        editor: bool = False,
        guides: Guides = Guides(),
    ) -> None:
        """Paint ``page`` with its trim's top-left at the painter's origin.

        ``scale`` is device pixels per point; bleed content is drawn at
        negative coordinates, so leave room for it (see ``page_pixel_size``).
        """
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.scale(scale, scale)
        bleed = page.bleed if include_bleed else 0.0
        if not include_bleed:
            painter.setClipRect(QRectF(0, 0, page.width, page.height))
        bg = colour(page.background) or QColor("white")
        painter.fillRect(QRectF(-bleed, -bleed, page.width + 2 * bleed, page.height + 2 * bleed), bg)
        table = self.handlers(painter, scale)  # once per page, not once per item
        for item in [*page.items, *(page.editor_only if editor else [])]:
            painter_for(table, item)(item)
        self._watermark(painter, page)
        self._guides(painter, page, guides, scale)
        painter.restore()

    # --- items --------------------------------------------------------------------

    def handlers(self, painter: QPainter, scale: float) -> dict[type, Callable[[Any], None]]:
        return {ShapeItem: lambda i: self._shape(painter, i, scale),
                ImageItem: lambda i: self._image(painter, i, scale),
                TextRun: lambda i: self._text(painter, i),
                StrokeItem: lambda i: self._stroke(painter, i)}

    def _item(self, painter: QPainter, item: DisplayItem, scale: float) -> None:
        painter_for(self.handlers(painter, scale), item)(item)

    def _shape(self, painter: QPainter, item: ShapeItem, scale: float) -> None:
        fill = colour(item.fill)
        stroke = colour(item.stroke) if item.stroke_width > 0 else None
        if fill is None and stroke is None:
            return
        painter.save()
        if item.clip is not None:
            painter.setClipRect(_r(item.clip), Qt.ClipOperation.IntersectClip)
        painter.setBrush(QBrush(fill) if fill else Qt.BrushStyle.NoBrush)
        if stroke is not None:
            pen = QPen(stroke, item.stroke_width)
            if item.dash:
                pen.setDashPattern([d / max(item.stroke_width, 0.01) for d in item.dash])
            painter.setPen(pen)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        rect = _r(item.rect)
        if item.shape == "ellipse":
            painter.drawEllipse(rect)
        elif item.corner_radius > 0:
            radius = min(item.corner_radius, rect.width() / 2, rect.height() / 2)
            painter.drawRoundedRect(rect, radius, radius)
        else:
            painter.drawRect(rect)
        painter.restore()

    def _image(self, painter: QPainter, item: ImageItem, scale: float) -> None:
        rect = _r(item.rect)
        painter.save()
        if item.corner_radius > 0:
            path = QPainterPath()
            radius = min(item.corner_radius, rect.width() / 2, rect.height() / 2)
            path.addRoundedRect(rect, radius, radius)
            painter.setClipPath(path, Qt.ClipOperation.IntersectClip)
        px_w = max(1, round(rect.width() * scale))
        px_h = max(1, round(rect.height() * scale))
        image = self.images(item, px_w, px_h) if self.images is not None else None
        if image is None or image.isNull():
            painter.fillRect(rect, PLACEHOLDER)
        else:
            painter.drawImage(rect, image)
        painter.restore()

    def _text(self, painter: QPainter, item: TextRun) -> None:
        ink = colour(item.colour)
        if ink is None:
            return
        if item.glyphs:
            draw_glyphs(painter, item, ink)
        elif item.text:
            draw_text(painter, item.text, item.font, item.size, item.x, item.baseline, ink)

    def _stroke(self, painter: QPainter, item: StrokeItem) -> None:
        if not item.points:
            return
        ink = colour(item.colour) if item.width > 0 else None
        fill = colour(item.fill) if item.closed else None
        if ink is None and fill is None:
            return
        path = QPainterPath(QPointF(*item.points[0]))
        for x, y in item.points[1:] or item.points[:1]:
            path.lineTo(x, y)
        if item.closed:
            path.closeSubpath()
        painter.save()
        if item.clip is not None:
            painter.setClipRect(_r(item.clip), Qt.ClipOperation.IntersectClip)
        pen = QPen(ink, item.width) if ink else QPen(Qt.PenStyle.NoPen)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill) if fill else Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.restore()

    def _watermark(self, painter: QPainter, page: PageLayout) -> None:
        mark = watermark_for(page)
        if mark is None:
            return
        ink = colour(mark.colour) or QColor("grey")
        ink.setAlphaF(mark.alpha)
        painter.save()
        painter.translate(mark.centre_x, mark.centre_y)
        painter.rotate(-mark.angle)  # y points down here, so anticlockwise is negative
        draw_text(painter, mark.text, mark.face, mark.size, -mark.width / 2, mark.baseline_drop, ink)
        painter.restore()

    def _guides(self, painter: QPainter, page: PageLayout, guides: Guides, scale: float) -> None:
        hairline = 1.0 / scale
        lines = []
        if guides.bleed and page.bleed > 0:
            b = page.bleed
            lines.append((QRectF(-b, -b, page.width + 2 * b, page.height + 2 * b), "#D05A5A", [4, 3]))
        if guides.trim:
            lines.append((QRectF(0, 0, page.width, page.height), "#2F6F9F", []))
        if guides.safe:
            m = page.safe_margin
            lines.append((QRectF(m, m, page.width - 2 * m, page.height - 2 * m), "#3D8C95", [2, 3]))
        if guides.frames:
            lines.extend((_r(f.rect), "#B9AC9C", [1, 2]) for f in page.frames)
        painter.save()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect, ink, dash in lines:
            pen = QPen(QColor(ink), hairline)
            if dash:
                pen.setDashPattern(dash)
            painter.setPen(pen)
            painter.drawRect(rect)
        painter.restore()


def draw_glyphs(painter: QPainter, run: TextRun, ink: QColor) -> None:
    """Draw a shaped run: the layout's glyph ids at the layout's positions."""
    positions = [QPointF(run.x + dx, run.baseline + dy) for dx, dy in run.positions]
    _draw(painter, raw_font(run.font, run.size), list(run.glyphs), positions, run.size, ink)


def draw_text(
    painter: QPainter, text: str, face: str, size: float, x: float, baseline: float, ink: QColor
) -> None:
    """Draw one run glyph by glyph at the layout's advances (no hinting, no kerning)."""
    font = raw_font(face, size)
    glyphs = font.glyphIndexesForString(text)
    advances = font.advancesForGlyphIndexes(glyphs, QRawFont.LayoutFlag.SeparateAdvances)
    positions = []
    for advance in advances:
        positions.append(QPointF(x, baseline))
        x += advance.x()
    _draw(painter, font, glyphs, positions, size, ink)


def _draw(
    painter: QPainter,
    font: QRawFont,
    glyphs: list[int],
    positions: list[QPointF],
    size: float,
    ink: QColor,
) -> None:
    painter.save()
    pixels = size * painter.transform().m11() if painter.transform().m12() == 0 else size * 4
    if pixels <= PATH_TEXT_PIXELS:
        run = QGlyphRun()
        run.setRawFont(font)
        run.setGlyphIndexes(glyphs)
        run.setPositions(positions)
        painter.setPen(ink)
        painter.drawGlyphRun(QPointF(0, 0), run)
    else:  # Qt's glyph cache does not draw very large or rotated runs; outlines always work
        path = QPainterPath()
        for glyph, pos in zip(glyphs, positions, strict=True):
            path.addPath(font.pathForGlyph(glyph).translated(pos))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.fillPath(path, ink)
    painter.restore()


def page_pixel_size(page: PageLayout, scale: float, include_bleed: bool = True) -> tuple[int, int]:
    bleed = page.bleed if include_bleed else 0.0
    return (round((page.width + 2 * bleed) * scale), round((page.height + 2 * bleed) * scale))


def render_page_image(
    page: PageLayout,
    scale: float,
    images: ImageSource | None = None,
    *,
    include_bleed: bool = True,
    editor: bool = False,
    guides: Guides = Guides(),
) -> QImage:
    """The page as an image, ``scale`` pixels per point, bleed included by default."""
    w, h = page_pixel_size(page, scale, include_bleed)
    image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    bleed = page.bleed if include_bleed else 0.0
    painter.translate(bleed * scale, bleed * scale)
    QtPagePainter(images).paint(painter, page, scale=scale, include_bleed=include_bleed,
                                editor=editor, guides=guides)
    painter.end()
    return image
