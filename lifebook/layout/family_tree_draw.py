"""The family tree page, drawn: geometry (lifebook.layout.family_tree) -> display items.

Everything is ordinary display-list items, so both painters draw it: halos
and soft connecting lines (shapes and strokes), photos in round frames
(image items whose corner radius is half their size), friendly discs with
an initial or a simple silhouette, a small star for someone who has died,
and the words laid out by lifebook.layout.text.

Photos of people who have not agreed to be named are never drawn (the
services do not pass them either): a face names someone as surely as a name.
Nor is a photo a manager has not agreed yet: its own page asks for that.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from lifebook.i18n import translate
from lifebook.layout.display import (
    DisplayItem,
    FindingCode,
    ImageItem,
    Rect,
    ShapeItem,
    StrokeItem,
)
from lifebook.layout.family_tree import (
    LEADING,
    READABLE_DIAMETER_MM,
    Circle,
    TreeGeometry,
    family_tree_geometry,
)
from lifebook.layout.styles import TextStyle
from lifebook.layout.text import layout_text
from lifebook.model.content import FamilyGroup, FamilyMember, MediaRef
from lifebook.model.enums import Severity
from lifebook.model.trim import pt_to_mm

Note = tuple[Severity, FindingCode, str]

# Soft halo colours per group, and deeper disc colours for people without a photo.
HALO = {"child": "#FFF1CF", "birth": "#FBE3D9", "siblings": "#E9F0D8", "now": "#DCEDEE"}
HALO_LINE = {"child": "#F2CC8F", "birth": "#F3C4B1", "siblings": "#CADDB0", "now": "#B7D9DB"}
TITLE_INK = {"child": "#B85C38", "birth": "#B4533A", "siblings": "#5C7F3A", "now": "#2F7078"}
DISCS = ("#E48A6E", "#4E9FA6", "#D9A441", "#9A86C7", "#6FAF76", "#5B9BD0", "#D7799B")
SILHOUETTE_DISC = "#B8AEC4"
UNKNOWN_DISC = "#C9C1B8"
STAR = "#F2B83B"
RIBBON = "#F6DCAE"  # behind the child's name
HEARTS = ("#E48A6E", "#F2B83B")
LINE = "#E8D2B8"
NAME_INK = "#2E2A28"
SOFT_INK = "#6A6058"


@dataclass
class TreeDrawing:
    """What the engine adds to the page: in paint order, and what to tell the user."""

    geometry: TreeGeometry
    under: list[DisplayItem] = field(default_factory=list)  # lines, halos, discs
    images: list[DisplayItem] = field(default_factory=list)  # round photos
    texts: list[DisplayItem] = field(default_factory=list)  # rings, words
    over: list[DisplayItem] = field(default_factory=list)  # stars
    notes: list[Note] = field(default_factory=list)


def has_family(members: tuple[FamilyMember, ...]) -> bool:
    """Whether there is anyone to draw besides the child."""
    return any(m.group != FamilyGroup.CHILD for m in members)


def draw_family_tree(
    members: tuple[FamilyMember, ...],
    frame: Rect,
    family: str,
    *,
    where: str,
    key: str = "tree",
    target_ppi: int = 300,
) -> TreeDrawing:
    """The family tree in ``frame`` as display items; ``where`` names the page in findings."""
    geo = family_tree_geometry(members, frame, family)
    out = TreeDrawing(geo)
    child = geo.child
    cx, cy = _centre(child.disc)
    for group in geo.groups[1:]:  # soft lines from the child to every group, under the halos
        out.under.append(_curve((cx, cy), _centre(group.halo), group.kind, geo.scale.d, key))
    overflow = False
    for group in geo.groups[1:]:
        out.under.append(
            ShapeItem(group.halo, fill=HALO[group.kind],
                      corner_radius=min(geo.scale.d * 0.6, group.halo.h / 2, group.halo.w / 2),
                      frame_key=key)
        )
        if group.title_box is not None:
            overflow |= _words(out, group.title, group.title_box, geo.scale.title_size, True,
                               TITLE_INK[group.kind], family, key) is None
    glow = child.disc.w * 1.26
    out.under.append(ShapeItem(Rect(cx - glow / 2, cy - glow / 2, glow, glow), "ellipse",
                               fill=HALO["child"], frame_key=key))
    cd = child.disc.w  # two small hearts beside the child, clear of their glow
    for side, colour in ((-1, HEARTS[0]), (1, HEARTS[1])):
        out.under.append(_heart(cx + side * cd * 0.68, cy - cd * 0.4, cd * 0.16, colour, key))
    for n, circle in enumerate(geo.circles):
        _disc(out, circle, n, key, target_ppi, family)
        top = circle.label.y  # each part follows the lines the one above really took
        for i, part in enumerate(circle.parts):
            ink = NAME_INK if part.bold else SOFT_INK
            box = Rect(part.box.x, top, part.box.w, circle.label.bottom - top)
            used = _words(out, part.text, box, part.size, part.bold, ink, family, key,
                          ribbon=circle is child and i == 0)
            overflow |= used is None
            top += used or 0.0
    _notes(out, members, geo, where, overflow)
    return out


# --- circles ------------------------------------------------------------------------


def _centre(r: Rect) -> tuple[float, float]:
    return r.x + r.w / 2, r.y + r.h / 2


def _disc(out: TreeDrawing, circle: Circle, n: int, key: str, target_ppi: int, family: str
          ) -> None:
    m, r = circle.member, circle.disc
    d = r.w
    child = m.group == FamilyGroup.CHILD
    photo = m.photo if (m.named or child) else None
    if photo is not None and not photo.use_agreed:
        photo = None  # its own page asks a manager; the tree waits until it is agreed
    if photo is not None:
        crop = square_crop(photo)
        ppi = (crop[2] - crop[0]) * photo.oriented_size[0] / (d / 72.0)
        out.images.append(
            ImageItem(rect=r, sha256=photo.sha256, media_id=photo.media_id,
                      source_path=str(photo.path), crop=crop, orientation=photo.orientation,
                      frame_key=key, corner_radius=d / 2, effective_ppi=ppi)
        )
        if ppi < target_ppi * 0.5:
            out.notes.append((Severity.WARNING, FindingCode.LOW_RESOLUTION, m.label))
    else:
        fill = UNKNOWN_DISC if m.unknown else SILHOUETTE_DISC if not m.named else DISCS[n % len(DISCS)]
        if child:
            fill = DISCS[0]
        out.under.append(ShapeItem(r, "ellipse", fill=fill, frame_key=key))
        if m.named or child:
            _initial(out, m.label, r, key, family)
        else:
            _silhouette(out, r, key)
    ring = "#F2B83B" if child else "#FFFFFF"
    width = d * (0.07 if child else 0.05)
    out.texts.append(ShapeItem(r, "ellipse", stroke=ring, stroke_width=width, frame_key=key))
    if m.deceased:
        out.over.append(_star(r.x + d * 0.84, r.y + d * 0.18, d * 0.15, key))


def square_crop(photo: MediaRef) -> tuple[float, float, float, float]:
    """The middle square of a photo (a little above the middle of a tall one: faces are high)."""
    w, h = photo.oriented_size
    w, h = max(w, 1), max(h, 1)
    if w >= h:
        f = h / w
        left = (1 - f) / 2
        return (left, 0.0, left + f, 1.0)
    f = w / h
    top = (1 - f) * 0.3
    return (0.0, top, 1.0, top + f)


def _initial(out: TreeDrawing, label: str, r: Rect, key: str, family: str) -> None:
    letter = next((ch for ch in label if ch.isalnum()), "")
    if not letter:
        return
    style = TextStyle("tree-initial", r.w * 0.44, 1.0, bold=True, colour="#FFFFFF",
                      align="centre", valign="middle")
    laid = layout_text(letter.upper(), r, style, family, frame_key=key)
    out.texts.extend(laid.runs)


def _silhouette(out: TreeDrawing, r: Rect, key: str) -> None:
    """A simple head and shoulders, for someone shown without a name or a face."""
    d = r.w
    cx, cy = _centre(r)
    head = d * 0.16
    out.under.append(
        ShapeItem(Rect(cx - head, cy - d * 0.12 - head, 2 * head, 2 * head), "ellipse",
                  fill="#FFFFFFD9", frame_key=key)
    )
    rx, ry, base = d * 0.3, d * 0.28, cy + d * 0.36
    points = tuple(
        (cx + rx * math.cos(math.pi * i / 16), base - ry * math.sin(math.pi * i / 16))
        for i in range(17)
    )
    out.under.append(StrokeItem(points, 0.0, "#FFFFFF00", key, closed=True, fill="#FFFFFFD9"))


def _star(cx: float, cy: float, radius: float, key: str) -> StrokeItem:
    """A small five-pointed star, drawn gently by the circle of someone who has died."""
    points = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = radius if i % 2 == 0 else radius * 0.45
        points.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return StrokeItem(tuple(points), max(radius * 0.12, 0.5), "#FFFFFF", key, closed=True,
                      fill=STAR)


def _heart(cx: float, cy: float, size: float, colour: str, key: str) -> StrokeItem:
    """A small filled heart, ``size`` across, centred on (cx, cy)."""
    points = []
    for i in range(32):
        t = 2 * math.pi * i / 32
        x = 16 * math.sin(t) ** 3
        y = 13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)
        points.append((cx + x * size / 34, cy - (y + 2.5) * size / 34))
    return StrokeItem(tuple(points), 0.0, colour, key, closed=True, fill=colour)


def _curve(a: tuple[float, float], b: tuple[float, float], kind: str, d: float, key: str
           ) -> StrokeItem:
    """A soft curved line from ``a`` to ``b`` (a quadratic curve, as short straight pieces)."""
    (x0, y0), (x1, y1) = a, b
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    length = math.hypot(x1 - x0, y1 - y0) or 1.0
    bend = length * 0.12
    qx, qy = mx - (y1 - y0) / length * bend, my + (x1 - x0) / length * bend
    points = []
    for i in range(21):
        t = i / 20
        points.append(
            ((1 - t) ** 2 * x0 + 2 * (1 - t) * t * qx + t * t * x1,
             (1 - t) ** 2 * y0 + 2 * (1 - t) * t * qy + t * t * y1)
        )
    return StrokeItem(tuple(points), max(2.0, d * 0.09), HALO_LINE.get(kind, LINE), key)


# --- words --------------------------------------------------------------------


def _words(out: TreeDrawing, text: str, box: Rect, size: float, bold: bool, ink: str,
           family: str, key: str, *, ribbon: bool = False) -> float | None:
    """Lay ``text`` out centred at the top of ``box``: the height used, None if it did not fit.

    ``ribbon``: a soft rounded band behind the words (the child's name), inside ``box``.
    """
    style = TextStyle("tree-label", size, LEADING, bold=bold, colour=ink, align="centre")
    laid = layout_text(text, Rect(box.x, box.y, box.w, box.h + 0.5), style, family, frame_key=key)
    bounds = laid.bounds
    if ribbon and bounds is not None:
        pad = min(size * 0.6, (box.w - bounds.w) / 2)
        band = Rect(bounds.x - pad, bounds.y, bounds.w + 2 * pad, bounds.h)
        out.under.append(ShapeItem(band, fill=RIBBON, corner_radius=band.h / 2, frame_key=key))
    out.texts.extend(laid.runs)
    if laid.missing:
        out.notes.append((Severity.WARNING, FindingCode.MISSING_GLYPH, "".join(laid.missing)))
    return None if laid.overflowed else len(laid.lines) * laid.line_height


# --- what to tell the user --------------------------------------------------------


def _quoted(labels: list[str]) -> str:
    quoted = [f"“{label}”" for label in labels]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def _notes(out: TreeDrawing, members: tuple[FamilyMember, ...], geo: TreeGeometry, where: str,
           overflow: bool) -> None:
    raw, out.notes = out.notes, []
    child = geo.child.member.label
    unnamed = [m.label for m in members
               if not m.named and not m.unknown and m.group != FamilyGroup.CHILD]
    if unnamed:
        n = len(unnamed)
        out.notes.append((
            Severity.INFO, FindingCode.PERSON_NOT_NAMED,
            (translate("layout.family_tree_draw", "{where}: 1 person who has not agreed to be "
                       "named is shown only as who they are to {child} ({who}), with no name or "
                       "photo. Record their consent in their details to show their name.")
             if n == 1 else
             translate("layout.family_tree_draw", "{where}: {n} people who have not agreed to be "
                       "named are shown only as who they are to {child} ({who}), with no name "
                       "or photo. Record their consent in their details to show their name.")
             ).format(where=where, n=n, child=child, who=_quoted(unnamed)),
        ))
    if not geo.fits:
        out.notes.append((
            Severity.ERROR, FindingCode.TREE_CROWDED,
            translate("layout.family_tree_draw", "{where}: there are too many people to fit on "
                      "the page, so only {child} is drawn. Choose a larger page size, or split "
                      "the family over two pages.").format(where=where, child=child),
        ))
    elif geo.crowded:
        size = math.floor(pt_to_mm(geo.scale.d))
        out.notes.append((
            Severity.WARNING, FindingCode.TREE_CROWDED,
            translate("layout.family_tree_draw", "{where}: there are so many people that their "
                      "circles are small (about {size} mm across; {readable} mm is easy to see). "
                      "A larger page size gives them more room.").format(
                where=where, size=size, readable=f"{READABLE_DIAMETER_MM:g}"),
        ))
    if overflow:
        out.notes.append((
            Severity.ERROR, FindingCode.TEXT_OVERFLOW,
            translate("layout.family_tree_draw", "{where}: some names are too long to fit under "
                      "their circles. Use a shorter name in the person's details.").format(
                where=where),
        ))
    for severity, code, detail in raw:
        out.notes.append((severity, code, _detail_message(code, detail, where)))


def _detail_message(code: FindingCode, detail: str, where: str) -> str:
    if code == FindingCode.LOW_RESOLUTION:
        return translate("layout.family_tree_draw", "{where}: the photo of {who} is small and "
                         "may look blurry. Choose a larger one.").format(where=where, who=detail)
    return translate("layout.family_tree_draw", "{where}: these characters in the names cannot "
                     "be printed by any bundled font: {chars}. They are left out; use words "
                     "instead.").format(where=where, chars=detail)

