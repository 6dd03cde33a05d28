"""Where the DRAFT watermark goes: one answer for both painters.

The watermark runs corner to corner, bottom-left to top-right, light and
semi-transparent so the page stays readable.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from lifebook.layout import fonts
from lifebook.layout.display import PageLayout

DRAFT = "DRAFT"  # the watermark text on every page not yet approved, or not exported as final
WATERMARK_FACE = "Andika-Bold"
WATERMARK_COLOUR = "#7F7F7F"
WATERMARK_ALPHA = 0.16


@dataclass(frozen=True)
class Watermark:
    text: str
    face: str
    size: float
    colour: str
    alpha: float
    centre_x: float  # trim coordinates, points, y down
    centre_y: float
    angle: float  # degrees, anticlockwise as seen on the page
    width: float  # text advance at ``size``
    baseline_drop: float  # baseline sits this far below the centre line (half the cap height)


def watermark_for(page: PageLayout) -> Watermark | None:
    if not page.watermark:
        return None
    text = page.watermark
    diagonal = math.hypot(page.width, page.height)
    unit = fonts.string_width(text, WATERMARK_FACE, 1.0) or 1.0
    size = min(0.65 * diagonal / unit, 0.45 * min(page.width, page.height))
    return Watermark(
        text=text,
        face=WATERMARK_FACE,
        size=size,
        colour=WATERMARK_COLOUR,
        alpha=WATERMARK_ALPHA,
        centre_x=page.width / 2,
        centre_y=page.height / 2,
        angle=math.degrees(math.atan2(page.height, page.width)),
        width=unit * size,
        baseline_drop=fonts.metrics(WATERMARK_FACE).cap_height * size / 2,
    )
