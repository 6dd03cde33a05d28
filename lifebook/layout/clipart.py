"""The clipart library (assets/clipart) as vector shapes both painters draw.

Decision: neither painter reads SVG. ReportLab cannot (svglib is not
installed) and ``render/`` must not use Qt's SVG renderer for the PDF, so
this module reads the small SVG subset our own pictures are drawn in and
turns each picture into plain ``StrokeItem``/``ShapeItem`` display items:
curves are flattened into short straight segments, circles and ellipses stay
ellipses. The editor canvas and the PDF then draw exactly the same vectors
(no bitmap anywhere), so a picture looks the same on screen and on paper.

The subset (every file in assets/clipart keeps to it, and a test checks):
``<g>`` (inherited fill/stroke/stroke-width, no transforms), ``<path>``
with M L H V C Q Z (absolute or relative), ``<circle>``, ``<ellipse>``,
``<rect>`` (optionally rounded with ``rx``), ``<line>``, ``<polyline>``,
``<polygon>``; colours as ``#rrggbb`` or ``none``. Pictures are drawn in a
0 0 100 100 view box. Parts marked ``class="skin"``, ``"hair"`` or
``"clothes"`` can be recoloured.

No Qt here: the layout layer stays importable without PySide6.
"""

from __future__ import annotations

import json
import math
import re
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from lifebook.layout.display import DisplayItem, Rect, ShapeItem, StrokeItem
from lifebook.resources import assets_dir

SVG_NS = "{http://www.w3.org/2000/svg}"
CURVE_STEPS = 14  # straight segments per Bézier curve: smooth at any print size
RECOLOURABLE = ("skin", "hair", "clothes")


def read_colours(stored: str | None) -> dict[str, str]:
    """A frame's stored recolouring ({"skin": "#a8693f", ...}); ValueError if it is not one."""
    if not stored:
        return {}
    raw = json.loads(stored)
    if not isinstance(raw, dict):
        raise ValueError("recolouring must be a table of parts and colours")
    out = {}
    for part, value in raw.items():
        if part not in RECOLOURABLE or not isinstance(value, str) or not re.fullmatch(r"#[0-9a-fA-F]{6}", value):
            raise ValueError(f"cannot recolour {part!r} as {value!r}")
        out[part] = value.lower()
    return out


class ClipartError(ValueError):
    """A clipart file uses something this reader does not draw."""


@dataclass(frozen=True)
class Clipart:
    """One picture of the library, as the picker lists it."""

    key: str
    name: str
    tags: tuple[str, ...]
    path: Path

    def matches(self, query: str) -> bool:
        """True when every word of ``query`` starts the picture's name, key or one of its tags."""
        words = query.lower().split()
        haystack = [*self.tags, *self.name.lower().split(), *self.key.split("-")]
        return all(any(h.startswith(w) for h in haystack) for w in words)


@dataclass(frozen=True)
class VectorShape:
    """One shape of a picture in view-box units (0..100), before it is fitted to a frame."""

    kind: str  # "poly" | "ellipse"
    points: tuple[tuple[float, float], ...] = ()  # poly
    closed: bool = False
    centre: tuple[float, float] = (0.0, 0.0)  # ellipse
    radii: tuple[float, float] = (0.0, 0.0)
    fill: str | None = None
    stroke: str | None = None
    width: float = 0.0
    role: str = ""  # "skin", "hair", "clothes" or ""


@dataclass(frozen=True)
class VectorPicture:
    width: float
    height: float
    shapes: tuple[VectorShape, ...]


def clipart_dir() -> Path:
    return assets_dir() / "clipart"


@cache
def clipart_library() -> tuple[Clipart, ...]:
    """Every picture shipped with Lifebook, in the index's order."""
    folder = clipart_dir()
    index = tomllib.loads((folder / "index.toml").read_text(encoding="utf-8"))
    return tuple(
        Clipart(key, str(entry["name"]), tuple(str(t) for t in entry.get("tags", ())),
                folder / f"{key}.svg")
        for key, entry in index.items()
    )


def find_clipart(key: str) -> Clipart | None:
    return next((c for c in clipart_library() if c.key == key), None)


def search_clipart(query: str) -> list[Clipart]:
    """Pictures whose name or tags match every word typed (all of them for no words)."""
    return [c for c in clipart_library() if c.matches(query)]


# --- reading SVG -------------------------------------------------------------


def _colour(value: str | None) -> str | None:
    if value is None or value.strip().lower() in ("none", "transparent", ""):
        return None
    text = value.strip()
    if re.fullmatch(r"#[0-9a-fA-F]{6}", text):
        return text.lower()
    if re.fullmatch(r"#[0-9a-fA-F]{3}", text):
        return "#" + "".join(ch * 2 for ch in text[1:]).lower()
    raise ClipartError(f"colour {value!r} is not #rrggbb")


_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_TOKEN = re.compile(r"[MmLlHhVvCcQqZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def _numbers(text: str) -> list[float]:
    return [float(n) for n in _NUMBER.findall(text)]


def _bezier(points: list[tuple[float, float]], steps: int = CURVE_STEPS) -> list[tuple[float, float]]:
    """Points along a quadratic or cubic Bézier (control points given), start point excluded."""
    out = []
    n = len(points) - 1
    for i in range(1, steps + 1):
        t = i / steps
        pts = list(points)
        for _ in range(n):  # de Casteljau
            pts = [(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t) for a, b in zip(pts, pts[1:], strict=False)]
        out.append(pts[0])
    return out


def path_outlines(d: str) -> list[tuple[tuple[tuple[float, float], ...], bool]]:
    """An SVG path's subpaths as (points, closed), curves flattened."""
    tokens = _TOKEN.findall(d)
    out: list[tuple[tuple[tuple[float, float], ...], bool]] = []
    current: list[tuple[float, float]] = []
    x = y = 0.0
    cmd = ""
    i = 0

    def take(count: int) -> list[float]:
        nonlocal i
        vals = tokens[i:i + count]
        if len(vals) < count or any(v.isalpha() for v in vals):
            raise ClipartError(f"path command {cmd!r} needs {count} numbers")
        i += count
        return [float(v) for v in vals]

    def flush(closed: bool) -> None:
        nonlocal current
        if len(current) > 1 or (current and closed):
            out.append((tuple(current), closed))
        current = []

    while i < len(tokens):
        if tokens[i].isalpha():
            cmd = tokens[i]
            i += 1
            if cmd in "Zz":
                start = current[0] if current else (x, y)
                flush(True)
                x, y = start
                continue
        elif not cmd:
            raise ClipartError("a path must start with a move (M)")
        rel = cmd.islower()
        c = cmd.upper()
        ox, oy = (x, y) if rel else (0.0, 0.0)
        if c == "M":
            flush(False)
            px, py = take(2)
            x, y = ox + px, oy + py
            current = [(x, y)]
            cmd = "l" if rel else "L"  # further pairs are lines
        elif c == "L":
            px, py = take(2)
            x, y = ox + px, oy + py
            current.append((x, y))
        elif c == "H":
            (px,) = take(1)
            x = ox + px
            current.append((x, y))
        elif c == "V":
            (py,) = take(1)
            y = (y if rel else 0.0) + py
            current.append((x, y))
        elif c in "QC":
            vals = take(4 if c == "Q" else 6)
            ctrl = [(ox + vals[k], oy + vals[k + 1]) for k in range(0, len(vals), 2)]
            current.extend(_bezier([(x, y), *ctrl]))
            x, y = ctrl[-1]
        else:
            raise ClipartError(f"path command {cmd!r} is not drawn")
        if not current:
            current = [(x, y)]
    flush(False)
    return out


def _rounded_rect(x: float, y: float, w: float, h: float, r: float) -> tuple[tuple[float, float], ...]:
    r = max(0.0, min(r, w / 2, h / 2))
    if r == 0:
        return ((x, y), (x + w, y), (x + w, y + h), (x, y + h))
    pts: list[tuple[float, float]] = []
    corners = ((x + w - r, y + r, -90), (x + w - r, y + h - r, 0), (x + r, y + h - r, 90), (x + r, y + r, 180))
    for cx, cy, start in corners:
        for k in range(7):
            a = math.radians(start + k * 15)
            pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return tuple(pts)


def _attr(el: ET.Element, inherited: dict[str, str], name: str) -> str | None:
    return el.get(name, inherited.get(name))


def _shapes(el: ET.Element, inherited: dict[str, str]) -> list[VectorShape]:
    tag = el.tag.removeprefix(SVG_NS)
    if tag in ("title", "desc", "metadata"):
        return []
    if tag == "g" or tag == "svg":
        if el.get("transform"):
            raise ClipartError("groups with a transform are not drawn")
        inner = {**inherited, **{k: v for k, v in el.attrib.items()
                                 if k in ("fill", "stroke", "stroke-width")}}
        if el.get("class") in RECOLOURABLE:
            inner["class"] = el.get("class", "")
        return [s for child in el for s in _shapes(child, inner)]
    fill = _colour(_attr(el, inherited, "fill") or "#000000")
    stroke = _colour(_attr(el, inherited, "stroke"))
    width = float(_attr(el, inherited, "stroke-width") or 1.0)
    role = el.get("class", inherited.get("class", ""))
    role = role if role in RECOLOURABLE else ""
    line_width = width if stroke else 0.0

    def poly(pts: tuple[tuple[float, float], ...], closed: bool, filled: bool = True) -> VectorShape:
        return VectorShape("poly", pts, closed, fill=fill if filled else None, stroke=stroke,
                           width=line_width, role=role)

    def oval(cx: float, cy: float, rx: float, ry: float) -> VectorShape:
        return VectorShape("ellipse", centre=(cx, cy), radii=(rx, ry), fill=fill, stroke=stroke,
                           width=line_width, role=role)

    def num(name: str) -> float:
        return float(el.get(name, "0"))

    if tag == "circle":
        return [oval(num("cx"), num("cy"), num("r"), num("r"))]
    if tag == "ellipse":
        return [oval(num("cx"), num("cy"), num("rx"), num("ry"))]
    if tag == "rect":
        pts = _rounded_rect(num("x"), num("y"), num("width"), num("height"),
                            float(el.get("rx", el.get("ry", "0"))))
        return [poly(pts, True)]
    if tag == "line":
        return [poly(((num("x1"), num("y1")), (num("x2"), num("y2"))), False, filled=False)]
    if tag in ("polyline", "polygon"):
        values = _numbers(el.get("points", ""))
        pts = tuple(zip(values[0::2], values[1::2], strict=False))
        return [poly(pts, tag == "polygon", filled=tag == "polygon")]
    if tag == "path":
        # an open subpath with a fill is filled as if closed (as SVG does)
        return [poly(pts, closed or fill is not None) for pts, closed in path_outlines(el.get("d", ""))]
    raise ClipartError(f"<{tag}> is not drawn")


def read_svg(path: Path) -> VectorPicture:
    """A picture of our SVG subset as vector shapes (ClipartError for anything else)."""
    root = ET.parse(path).getroot()
    box = _numbers(root.get("viewBox", "0 0 100 100"))
    if len(box) != 4 or box[0] or box[1]:
        raise ClipartError("the view box must start at 0 0")
    return VectorPicture(box[2], box[3], tuple(_shapes(root, {})))


@cache
def clipart_picture(key: str) -> VectorPicture | None:
    item = find_clipart(key)
    return read_svg(item.path) if item else None


# --- fitting into a frame -----------------------------------------------------


def fitted_box(picture: VectorPicture, rect: Rect, padding: float = 0.0) -> Rect:
    """Where the whole picture goes inside ``rect``: as large as fits, centred (letterbox)."""
    inner = Rect(rect.x + padding, rect.y + padding, max(rect.w - 2 * padding, 0.0),
                 max(rect.h - 2 * padding, 0.0))
    scale = min(inner.w / picture.width, inner.h / picture.height)
    w, h = picture.width * scale, picture.height * scale
    return Rect(inner.x + (inner.w - w) / 2, inner.y + (inner.h - h) / 2, w, h)


def picture_items(
    picture: VectorPicture,
    rect: Rect,
    frame_key: str = "",
    padding: float = 0.0,
    colours: dict[str, str] | None = None,
) -> list[DisplayItem]:
    """The picture fitted whole inside ``rect`` as display items; ``colours`` recolours parts by role."""
    box = fitted_box(picture, rect, padding)
    scale = box.w / picture.width if picture.width else 1.0
    recolour = colours or {}

    def at(p: tuple[float, float]) -> tuple[float, float]:
        return (round(box.x + p[0] * scale, 3), round(box.y + p[1] * scale, 3))

    items: list[DisplayItem] = []
    for s in picture.shapes:
        fill = recolour.get(s.role, s.fill) if s.role and s.fill else s.fill
        ink = s.stroke or "#00000000"
        if s.role and not s.fill and s.stroke:  # a line drawn in the part's colour (an arm, a leg)
            ink = recolour.get(s.role, ink)
        width = s.width * scale if s.stroke else 0.0
        if s.kind == "ellipse":
            (cx, cy), (rx, ry) = at(s.centre), (s.radii[0] * scale, s.radii[1] * scale)
            items.append(ShapeItem(Rect(cx - rx, cy - ry, 2 * rx, 2 * ry), "ellipse", fill,
                                   s.stroke, width, frame_key=frame_key))
        else:
            items.append(StrokeItem(tuple(at(p) for p in s.points), width, ink, frame_key,
                                    s.closed, fill if s.closed else None))
    return items


def clipart_items(key: str, rect: Rect, frame_key: str = "", padding: float = 0.0,
                  colours: dict[str, str] | None = None) -> list[DisplayItem]:
    """Library picture ``key`` fitted inside ``rect`` (empty if there is no such picture)."""
    picture = clipart_picture(key)
    return picture_items(picture, rect, frame_key, padding, colours) if picture else []
