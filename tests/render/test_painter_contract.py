"""One painter contract: every kind of display item is painted by both painters,
and an item neither knows is an error, never silently left off the page."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pytest
from PySide6.QtGui import QImage, QPainter
from reportlab.pdfgen.canvas import Canvas

from lifebook.layout.display import DISPLAY_ITEM_TYPES, UnknownDisplayItem
from lifebook.render.pdf import _PagePainter
from lifebook.render.qt import QtPagePainter


@dataclass(frozen=True)
class Sticker:  # a display item type no painter knows
    frame_key: str = ""


def _qt_handlers() -> tuple[QtPagePainter, QPainter, QImage]:
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    return QtPagePainter(), painter, image


def test_both_painters_paint_every_display_item_type() -> None:
    pdf = _PagePainter(Canvas(io.BytesIO()), {})
    qt, painter, _image = _qt_handlers()
    try:
        assert set(pdf.handlers()) == set(DISPLAY_ITEM_TYPES)
        assert set(qt.handlers(painter, 1.0)) == set(DISPLAY_ITEM_TYPES)
    finally:
        painter.end()


def test_an_unknown_item_is_an_error_in_both_painters() -> None:
    pdf = _PagePainter(Canvas(io.BytesIO()), {})
    with pytest.raises(UnknownDisplayItem, match="Sticker"):
        pdf._item(Sticker())  # type: ignore[arg-type]
    qt, painter, _image = _qt_handlers()
    try:
        with pytest.raises(UnknownDisplayItem, match="Sticker"):
            qt._item(painter, Sticker(), 1.0)  # type: ignore[arg-type]
    finally:
        painter.end()
