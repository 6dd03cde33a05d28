"""A freehand drawing in a picture frame: pen strokes kept as vectors, never as a bitmap.

Points are fractions (0..1) of the drawing's own box, whose shape is kept as
``aspect`` (width / height): the layout fits that box whole inside the frame,
so a drawing is never cropped or stretched, and prints as sharp paths at any
size. Stored as JSON in ``frame_contents.drawing``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
MAX_STROKES = 2000
MAX_POINTS = 200_000  # in all strokes together: a busy drawing is a few thousand


class DrawingError(ValueError):
    """Stored drawing data that cannot be read; the message says what is wrong."""


@dataclass(frozen=True)
class PenStroke:
    colour: str  # "#rrggbb"
    width: float  # as a fraction of the drawing's width
    points: tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class Drawing:
    aspect: float = 1.5  # width / height of the drawing's box
    strokes: tuple[PenStroke, ...] = ()

    def to_json(self) -> str:
        return json.dumps({
            "aspect": round(self.aspect, 4),
            "strokes": [{"colour": s.colour, "width": round(s.width, 5),
                         "points": [[round(x, 4), round(y, 4)] for x, y in s.points]}
                        for s in self.strokes],
        }, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Drawing:
        try:
            raw = json.loads(text)
            aspect = float(raw.get("aspect", 1.5))
            strokes = []
            for s in raw.get("strokes", []):
                colour = str(s["colour"])
                if not COLOUR.fullmatch(colour):
                    raise DrawingError(f"a pen colour {colour!r} is not #rrggbb")
                points = tuple((float(x), float(y)) for x, y in s["points"])
                if not points:
                    continue
                strokes.append(PenStroke(colour.lower(), float(s["width"]), points))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            if isinstance(exc, DrawingError):
                raise
            raise DrawingError(f"the drawing could not be read ({exc})") from None
        return cls.checked(aspect, strokes)

    @classmethod
    def checked(cls, aspect: float, strokes: list[PenStroke] | tuple[PenStroke, ...]) -> Drawing:
        """A drawing with sane values, or DrawingError naming what is wrong."""
        if not 0.1 <= aspect <= 10:
            raise DrawingError("the drawing's shape is not sensible")
        if len(strokes) > MAX_STROKES or sum(len(s.points) for s in strokes) > MAX_POINTS:
            raise DrawingError("the drawing has too many lines to keep; please simplify it")
        clean = []
        for s in strokes:
            if not 0 < s.width <= 0.2:
                raise DrawingError("a pen width is not sensible")
            pts = tuple((min(1.0, max(0.0, x)), min(1.0, max(0.0, y))) for x, y in s.points)
            clean.append(PenStroke(s.colour, s.width, pts))
        return cls(aspect, tuple(clean))
