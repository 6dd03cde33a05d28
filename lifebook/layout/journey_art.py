"""The pictures of the "My journey" page, as display-list vector shapes.

A winding road (a soft, wide stroke with a dashed line down its middle),
and a small white icon on a coloured disc for each kind of stop: a house for
moves and placements, a cake for a birth or a birthday, a star for a
milestone, a school for education, a heart for family, a certificate for
court, a cross for health, two people for contact and a flower for the rest.
Nothing here knows about pages or events: it turns points and sizes into
ShapeItems and StrokeItems, which both painters draw.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from lifebook.layout.display import DisplayItem, Rect, ShapeItem, StrokeItem

Point = tuple[float, float]

ROAD = "#EADBC4"  # a sandy path on the paper
ROAD_EDGE = "#DCC8AA"
ROAD_LINE = "#FFFFFF"
WHITE = "#FFFFFF"
FLAME = "#FFD45A"

# Each category's colour (discs, dates, card tints); see ChronologyCategory.
CATEGORY_COLOURS = {
    "birth": "#E07A5F",
    "move": "#3D8C95",
    "milestone": "#E2A33B",
    "education": "#5B7FC4",
    "family": "#C86B8F",
    "court": "#8672B0",
    "health": "#4E9E7C",
    "contact": "#D9823F",
    "other": "#8C7F74",
}
ICONS = {
    "birth": "cake",
    "move": "house",
    "milestone": "star",
    "education": "school",
    "family": "heart",
    "court": "certificate",
    "health": "cross",
    "contact": "people",
    "other": "flower",
}


def category_colour(category: str) -> str:
    return CATEGORY_COLOURS.get(category, CATEGORY_COLOURS["other"])


def icon_for(category: str, title: str) -> str:
    """The icon of a stop: a birthday is a cake whatever its category."""
    if "birthday" in title.lower():
        return "cake"
    return ICONS.get(category, "flower")


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def mix(colour: str, other: str, share: float) -> str:
    """``colour`` with ``share`` (0..1) of ``other`` mixed in, as #RRGGBB."""
    a, b = _rgb(colour), _rgb(other)
    return "#" + "".join(f"{round(x + (y - x) * share):02X}" for x, y in zip(a, b, strict=True))


# --- the road ----------------------------------------------------------------------------


def _bezier(p0: Point, p1: Point, p2: Point, p3: Point, steps: int) -> list[Point]:
    out = []
    for i in range(1, steps + 1):
        t = i / steps
        u = 1 - t
        out.append((
            u**3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t**3 * p3[0],
            u**3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t**3 * p3[1],
        ))
    return out


def winding_path(anchors: Sequence[Point], steps: int = 18) -> list[Point]:
    """A smooth path through ``anchors`` (top to bottom), leaving each one straight down."""
    if not anchors:
        return []
    points = [anchors[0]]
    for a, b in zip(anchors, anchors[1:], strict=False):
        k = (b[1] - a[1]) * 0.5
        points.extend(_bezier(a, (a[0], a[1] + k), (b[0], b[1] - k), b, steps))
    return points


def _dashes(points: Sequence[Point], dash: float, gap: float) -> list[tuple[Point, ...]]:
    """The polyline cut into dashes of ``dash`` points with ``gap`` between them."""
    out: list[tuple[Point, ...]] = []
    current: list[Point] = [points[0]]
    drawing, left = True, dash
    for a, b in zip(points, points[1:], strict=False):
        seg = math.dist(a, b)
        pos = 0.0
        while seg - pos > left:
            pos += left
            t = pos / seg
            p = (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
            if drawing:
                current.append(p)
                out.append(tuple(current))
            current = [p]
            drawing, left = not drawing, gap if drawing else dash
        left -= seg - pos
        if drawing:
            current.append(b)
        else:
            current = [b]
    if drawing and len(current) > 1:
        out.append(tuple(current))
    return out


def road(points: Sequence[Point], width: float, key: str) -> list[DisplayItem]:
    """A soft road along ``points``: an edge, the road, and a dashed line down the middle."""
    if len(points) < 2:
        return []
    path = tuple(points)
    items: list[DisplayItem] = [
        StrokeItem(path, width + 1.6, ROAD_EDGE, key),
        StrokeItem(path, width, ROAD, key),
    ]
    line = max(0.8, width * 0.06)
    items += [StrokeItem(d, line, ROAD_LINE, key) for d in _dashes(path, width * 0.45, width * 0.4)]
    return items


# --- icons ---------------------------------------------------------------------------------


def _poly(cx: float, cy: float, u: float, pts: Sequence[Point], fill: str, key: str) -> StrokeItem:
    return StrokeItem(tuple((cx + x * u, cy + y * u) for x, y in pts), 0.0, fill, key, True, fill)


def _box(cx: float, cy: float, u: float, x0: float, y0: float, x1: float, y1: float, fill: str,
         key: str, shape: str = "rect", radius: float = 0.0) -> ShapeItem:
    return ShapeItem(Rect(cx + x0 * u, cy + y0 * u, (x1 - x0) * u, (y1 - y0) * u), shape, fill,
                     corner_radius=radius * u, frame_key=key)


def _star_points(inner: float = 0.45) -> list[Point]:
    return [((1.0 if i % 2 == 0 else inner) * math.sin(i * math.pi / 5),
             -(1.0 if i % 2 == 0 else inner) * math.cos(i * math.pi / 5) + 0.08)
            for i in range(10)]


def heart_points(steps: int = 36) -> list[Point]:
    """A heart about 2 units wide, centred on (0, 0)."""
    pts = []
    for i in range(steps):
        t = 2 * math.pi * i / steps
        x = 16 * math.sin(t) ** 3
        y = 13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)
        pts.append((x / 17, -y / 17 + 0.1))
    return pts


def _icon(name: str, cx: float, cy: float, u: float, colour: str, key: str) -> list[DisplayItem]:
    w = WHITE
    if name == "house":
        roof = [(0, -0.95), (1.0, -0.05), (0.72, -0.05), (0.72, 0.85), (-0.72, 0.85),
                (-0.72, -0.05), (-1.0, -0.05)]
        return [_poly(cx, cy, u, roof, w, key), _box(cx, cy, u, -0.2, 0.3, 0.2, 0.85, colour, key)]
    if name == "cake":
        return [
            _box(cx, cy, u, -0.85, 0.05, 0.85, 0.85, w, key, radius=0.12),
            _box(cx, cy, u, -0.6, -0.38, 0.6, 0.05, w, key, radius=0.1),
            _box(cx, cy, u, -0.85, 0.36, 0.85, 0.5, colour, key),
            _box(cx, cy, u, -0.07, -0.85, 0.07, -0.42, w, key),
            _box(cx, cy, u, -0.14, -1.18, 0.14, -0.8, FLAME, key, shape="ellipse"),
        ]
    if name == "star":
        return [_poly(cx, cy, u * 1.05, _star_points(), w, key)]
    if name == "school":
        return [
            _poly(cx, cy, u, [(-1.0, -0.15), (0, -0.7), (1.0, -0.15)], w, key),
            _box(cx, cy, u, -0.8, -0.16, 0.8, 0.85, w, key),
            _box(cx, cy, u, -0.18, 0.35, 0.18, 0.85, colour, key),
            _box(cx, cy, u, -0.6, 0.05, -0.32, 0.3, colour, key),
            _box(cx, cy, u, 0.32, 0.05, 0.6, 0.3, colour, key),
            StrokeItem(((cx, cy - 0.7 * u), (cx, cy - 1.15 * u)), max(0.6, 0.1 * u), w, key),
            _poly(cx, cy, u, [(0, -1.15), (0.42, -1.02), (0, -0.9)], w, key),
        ]
    if name == "heart":
        return [_poly(cx, cy, u * 0.95, heart_points(), w, key)]
    if name == "certificate":
        items: list[DisplayItem] = [_box(cx, cy, u, -0.62, -0.85, 0.62, 0.85, w, key, radius=0.12)]
        for y in (-0.5, -0.2, 0.1):
            items.append(_box(cx, cy, u, -0.4, y, 0.4, y + 0.12, colour, key))
        items.append(_box(cx, cy, u, 0.05, 0.38, 0.45, 0.78, colour, key, shape="ellipse"))
        return items
    if name == "cross":
        return [_box(cx, cy, u, -0.28, -0.85, 0.28, 0.85, w, key, radius=0.08),
                _box(cx, cy, u, -0.85, -0.28, 0.85, 0.28, w, key, radius=0.08)]
    if name == "people":
        return [
            _box(cx, cy, u, -0.78, -0.78, -0.18, -0.18, w, key, shape="ellipse"),
            _box(cx, cy, u, 0.18, -0.78, 0.78, -0.18, w, key, shape="ellipse"),
            _box(cx, cy, u, -0.98, -0.05, 0.02, 0.85, w, key, radius=0.4),
            _box(cx, cy, u, -0.02, -0.05, 0.98, 0.85, w, key, radius=0.4),
        ]
    # a flower: five petals round a yellow middle
    items = []
    for i in range(5):
        a = i * 2 * math.pi / 5
        px, py = 0.5 * math.sin(a), -0.5 * math.cos(a)
        items.append(_box(cx, cy, u, px - 0.4, py - 0.4, px + 0.4, py + 0.4, w, key,
                          shape="ellipse"))
    items.append(_box(cx, cy, u, -0.3, -0.3, 0.3, 0.3, FLAME, key, shape="ellipse"))
    return items


def marker(cx: float, cy: float, d: float, category: str, title: str, key: str
           ) -> list[DisplayItem]:
    """A stop on the road: a coloured disc with a white ring and its icon."""
    colour = category_colour(category)
    ring = max(1.2, d * 0.06)
    items: list[DisplayItem] = [
        ShapeItem(Rect(cx - d / 2 - ring, cy - d / 2 - ring, d + 2 * ring, d + 2 * ring),
                  "ellipse", WHITE, frame_key=key),
        ShapeItem(Rect(cx - d / 2, cy - d / 2, d, d), "ellipse", colour, frame_key=key),
    ]
    items += _icon(icon_for(category, title), cx, cy, d * 0.27, colour, key)
    return items


def heart(cx: float, cy: float, size: float, colour: str, key: str) -> list[DisplayItem]:
    """A heart where the road ends: the journey goes on, with love."""
    return [_poly(cx, cy, size / 2, heart_points(), colour, key)]


def sprig(cx: float, cy: float, size: float, colour: str, key: str) -> list[DisplayItem]:
    """A small plant by the road: a stem and two round leaves."""
    u = size / 2
    return [
        StrokeItem(((cx, cy + u), (cx, cy - u * 0.6)), max(0.7, u * 0.14), colour, key),
        ShapeItem(Rect(cx - u * 0.95, cy - u * 0.35, u * 0.9, u * 0.55), "ellipse", colour,
                  frame_key=key),
        ShapeItem(Rect(cx + u * 0.05, cy - u * 0.85, u * 0.9, u * 0.55), "ellipse", colour,
                  frame_key=key),
    ]
