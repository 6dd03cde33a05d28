"""Freehand drawings (model.drawing) as display items: each pen stroke one vector line."""

from __future__ import annotations

from lifebook.layout.display import Rect, StrokeItem
from lifebook.model.drawing import Drawing


def drawing_box(drawing: Drawing, rect: Rect) -> Rect:
    """The drawing's own box, as large as fits inside ``rect`` and centred (never cropped)."""
    w = min(rect.w, rect.h * drawing.aspect)
    h = w / drawing.aspect if drawing.aspect else rect.h
    return Rect(rect.x + (rect.w - w) / 2, rect.y + (rect.h - h) / 2, w, h)


def drawing_items(drawing: Drawing, rect: Rect, frame_key: str = "") -> list[StrokeItem]:
    box = drawing_box(drawing, rect)
    return [
        StrokeItem(tuple((round(box.x + x * box.w, 3), round(box.y + y * box.h, 3)) for x, y in s.points),
                   s.width * box.w, s.colour, frame_key)
        for s in drawing.strokes
    ]
