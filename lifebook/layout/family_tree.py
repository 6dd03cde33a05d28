"""Family tree geometry: where each circle, name and group goes (pure maths, no drawing).

The family tree page draws the child's family as "family circles": the child
in the middle in a sunny halo; the birth family on one side; the carers and
the family the child lives with now on the other; brothers and sisters
grouped by the household they live in. Each person is a round photo (or a
friendly disc) with their name underneath; each group sits in a soft halo
with a short title.

Two arrangements are tried, and the one with the biggest circles wins:

- **rows** (portrait pages): birth family at the top, the child and then the
  brothers and sisters in the middle, carers and the family now at the bottom;
- **columns** (landscape pages): birth family on the left, the child with the
  brothers and sisters under them in the middle, carers on the right.

Inside an area, groups flow like words in a paragraph, and inside a group
people sit in a grid of equal cells, so nothing can overlap by construction;
``TreeGeometry.boxes`` lists every disc, label and title so tests can check
that anyway. Circles shrink in small steps until everything fits; below
``READABLE_DIAMETER_MM`` the tree is marked ``crowded`` (a finding says so).

Words are measured here with the bundled fonts' plain advances (fast, and
a little narrower than the box to leave room); lifebook.layout.family_tree_draw
lays the words out for real inside the boxes given here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cache, lru_cache

from lifebook.layout import fonts
from lifebook.layout.display import Rect
from lifebook.model.content import FamilyGroup, FamilyMember
from lifebook.model.trim import mm_to_pt

MAX_DIAMETER_MM = 34.0  # a person's circle never grows past this
READABLE_DIAMETER_MM = 13.0  # below this, circles and names are hard to see: a finding
MIN_DIAMETER_MM = 5.0  # the smallest ever tried
CHILD_SCALE = 1.45  # the child's circle, against everyone else's
CELL_WIDTH = 1.6  # a person's cell (circle and words) is this many diameters wide
LEADING = 1.2
MEASURE_SLACK = 0.97  # words are wrapped as if the box were this much narrower
SEARCH_STEPS = 9  # halvings of the diameter range: within about 1% of the biggest that fits
OTHER_WINS = 1.15  # the less natural arrangement needs circles this much bigger to be chosen

# Where each kind of group goes: the birth side, the middle, the side of the family now.
BIRTH_SIDE = (FamilyGroup.BIRTH_PARENT, FamilyGroup.BIRTH_RELATIVE)
NOW_SIDE = (FamilyGroup.FAMILY_NOW, FamilyGroup.CARER, FamilyGroup.OTHER)


# --- sizes that follow the circle's diameter ------------------------------------


@dataclass(frozen=True)
class Scale:
    """Every length of the picture, for one circle diameter ``d`` (points)."""

    d: float

    @property
    def name_size(self) -> float:
        return min(max(0.19 * self.d + 2.0, 6.5), 14.0)

    @property
    def small_size(self) -> float:  # relationship and "died 2019" lines
        return self.name_size * 0.86

    @property
    def title_size(self) -> float:
        return min(self.name_size * 0.95, 12.5)

    @property
    def child_d(self) -> float:
        return self.d * CHILD_SCALE

    @property
    def child_name_size(self) -> float:
        return min(self.name_size * 1.4, 20.0)

    @property
    def cell_w(self) -> float:
        return self.d * CELL_WIDTH

    @property
    def label_gap(self) -> float:  # between a circle and its name
        return self.d * 0.1

    @property
    def hgap(self) -> float:
        return self.d * 0.12

    @property
    def vgap(self) -> float:
        return self.d * 0.18

    @property
    def pad(self) -> float:  # inside a group's halo
        return max(self.d * 0.2, 3.0)

    @property
    def group_gap(self) -> float:
        return max(self.d * 0.3, 4.0)


# --- results --------------------------------------------------------------------


@dataclass(frozen=True)
class LabelLine:
    """One part of a person's words: their name, their relationship or "died 2019"."""

    text: str
    size: float
    bold: bool
    lines: int  # how many lines it was measured to need
    box: Rect  # where it is laid out


@dataclass(frozen=True)
class Circle:
    member: FamilyMember
    disc: Rect  # a square: the circle inside it
    label: Rect  # every line of words under the circle
    parts: tuple[LabelLine, ...]


@dataclass(frozen=True)
class Group:
    """A soft halo round a group of people, with its title at the top."""

    kind: str  # "child", "birth", "siblings", "now": chooses the colours
    title: str
    halo: Rect
    title_box: Rect | None
    circles: tuple[Circle, ...]


@dataclass(frozen=True)
class TreeGeometry:
    frame: Rect
    arrangement: str  # "rows" or "columns"
    scale: Scale
    groups: tuple[Group, ...]  # the child's own group first
    crowded: bool = False  # circles smaller than READABLE_DIAMETER_MM
    fits: bool = True  # False only when even the smallest circles do not fit

    @property
    def child(self) -> Circle:
        return self.groups[0].circles[0]

    @property
    def circles(self) -> list[Circle]:
        return [c for g in self.groups for c in g.circles]

    def boxes(self) -> list[tuple[str, Rect]]:
        """Every disc, label and title, named: nothing here may overlap anything else."""
        out: list[tuple[str, Rect]] = []
        for g in self.groups:
            if g.title_box is not None:
                out.append((f"title '{g.title}'", g.title_box))
            for c in g.circles:
                out.append((f"circle of '{c.member.label}'", c.disc))
                out.append((f"words of '{c.member.label}'", c.label))
        return out


# --- measuring words (fast: plain advances, cached per word) -----------------


@cache
def _em(word: str, face: str) -> float:
    return fonts.string_width(word, face, 1.0)


def count_lines(text: str, face: str, size: float, width: float) -> int:
    """How many lines ``text`` needs at ``size`` in a box ``width`` wide (greedy, at spaces)."""
    width = max(width * MEASURE_SLACK, 1.0)
    space = _em(" ", face) * size
    lines, used = 1, 0.0
    for word in text.split():
        w = _em(word, face) * size
        if w > width:  # a long word is broken between characters
            extra = math.ceil(w / width)
            lines += (extra - 1) + (1 if used else 0)
            used = w - (extra - 1) * width
            continue
        if used and used + space + w > width:
            lines, used = lines + 1, w
        else:
            used = used + space + w if used else w
    return lines


def _label_parts(m: FamilyMember, family: str, name_size: float, small: float, width: float
                 ) -> list[tuple[str, float, bool, int]]:
    """(text, size, bold, lines) for each part of a person's words."""
    bold, plain = fonts.face_name(family, bold=True), fonts.face_name(family)
    parts = [(m.label, name_size, True, count_lines(m.label, bold, name_size, width))]
    for extra in (m.relationship, m.died):
        if extra and extra.strip().casefold() != m.label.strip().casefold():
            parts.append((extra, small, False, count_lines(extra, plain, small, width)))
    return parts


def _parts_height(parts: list[tuple[str, float, bool, int]]) -> float:
    return sum(size * LEADING * n for _t, size, _b, n in parts)


# --- groups ---------------------------------------------------------------------


@dataclass
class _GroupPlan:
    """A group before it is placed: who is in it and what it is called."""

    kind: str
    title: str
    members: list[FamilyMember]


@dataclass
class _Sized:
    plan: _GroupPlan
    cols: int
    rows: list[list[tuple[FamilyMember, list[tuple[str, float, bool, int]]]]]
    row_heights: list[float]
    title_h: float
    w: float
    h: float
    child: bool = False


def group_plans(members: tuple[FamilyMember, ...]) -> tuple[FamilyMember, list[_GroupPlan], list[_GroupPlan], list[_GroupPlan]]:
    """(the child, birth-side groups, sibling groups, family-now-side groups), in drawing order."""
    child = next((m for m in members if m.group == FamilyGroup.CHILD), None)
    if child is None:
        child = FamilyMember(0, "Me", group=FamilyGroup.CHILD)
    name = child.label
    birth = [m for m in members if m.group in BIRTH_SIDE]
    birth.sort(key=lambda m: BIRTH_SIDE.index(m.group))  # parents first, order kept within
    births = [_GroupPlan("birth", f"{name}'s birth family", birth)] if birth else []
    sibs = [m for m in members if m.group == FamilyGroup.SIBLING]
    households: dict[str, list[FamilyMember]] = {}
    for m in sibs:
        households.setdefault(m.household.strip(), []).append(m)
    if len(households) == 1 and "" in households:
        siblings = [_GroupPlan("siblings", f"{name}'s brothers and sisters", sibs)]
    else:
        siblings = [
            _GroupPlan("siblings", home or "Brothers and sisters", people)
            for home, people in households.items()
        ]
    titles = {
        FamilyGroup.FAMILY_NOW: f"{name}'s family now",
        FamilyGroup.CARER: "Foster carers",
        FamilyGroup.OTHER: "Special people",
    }
    now = [
        _GroupPlan("now", titles[g], [m for m in members if m.group == g])
        for g in NOW_SIDE
        if any(m.group == g for m in members)
    ]
    return child, births, siblings, now


def _size_group(plan: _GroupPlan, sc: Scale, family: str, max_w: float) -> _Sized | None:
    """The group's halo size when it may be at most ``max_w`` wide; None if one cell is too wide."""
    title_face = fonts.face_name(family, bold=True)
    title_w = _em(plan.title, title_face) * sc.title_size if plan.title else 0.0
    inner = max_w - 2 * sc.pad
    fit = int((inner + sc.hgap) // (sc.cell_w + sc.hgap))
    n = len(plan.members)
    if fit < 1:
        return None
    rows_n = math.ceil(n / min(fit, n))
    cols = math.ceil(n / rows_n)  # balanced rows
    measured = [
        (m, _label_parts(m, family, sc.name_size, sc.small_size, sc.cell_w)) for m in plan.members
    ]
    rows = [measured[i : i + cols] for i in range(0, n, cols)]
    row_heights = [
        sc.d + sc.label_gap + max(_parts_height(parts) for _m, parts in row) for row in rows
    ]
    title_lines = count_lines(plan.title, title_face, sc.title_size, inner) if plan.title else 0
    title_h = title_lines * sc.title_size * LEADING + (sc.pad * 0.5 if title_lines else 0.0)
    w = max(cols * sc.cell_w + (cols - 1) * sc.hgap, min(title_w / MEASURE_SLACK, inner)) + 2 * sc.pad
    h = title_h + sum(row_heights) + (len(rows) - 1) * sc.vgap + 2 * sc.pad
    return _Sized(plan, cols, rows, row_heights, title_h, w, h)


def _size_child(child: FamilyMember, sc: Scale, family: str, max_w: float) -> _Sized | None:
    width = max(sc.child_d * 1.5, sc.cell_w)
    if width + 2 * sc.pad > max_w:
        return None
    parts = _label_parts(child, family, sc.child_name_size, sc.small_size, width)
    row_h = sc.child_d + sc.label_gap + _parts_height(parts)
    plan = _GroupPlan("child", "", [child])
    return _Sized(plan, 1, [[(child, parts)]], [row_h], 0.0, width + 2 * sc.pad,
                  row_h + 2 * sc.pad, child=True)


# --- flowing groups into an area ------------------------------------------------


@dataclass
class _Flow:
    rows: list[list[_Sized]] = field(default_factory=list)
    height: float = 0.0


def _flow(sized: list[_Sized], width: float, gap: float) -> _Flow:
    flow = _Flow()
    used = 0.0
    for s in sized:
        if flow.rows and used + gap + s.w <= width + 0.01:
            flow.rows[-1].append(s)
            used += gap + s.w
        else:
            flow.rows.append([s])
            used = s.w
    flow.height = sum(max(s.h for s in row) for row in flow.rows) + gap * max(len(flow.rows) - 1, 0)
    return flow


def _sized_all(plans: list[_GroupPlan], sc: Scale, family: str, width: float) -> list[_Sized] | None:
    out = []
    for p in plans:
        s = _size_group(p, sc, family, width)
        if s is None:
            return None
        out.append(s)
    return out


# --- placing ------------------------------------------------------------------


def _place_group(s: _Sized, x: float, y: float, sc: Scale) -> Group:
    halo = Rect(x, y, s.w, s.h)
    title_box = None
    if s.title_h:
        title_box = Rect(x + sc.pad, y + sc.pad, s.w - 2 * sc.pad, s.title_h - sc.pad * 0.5)
    circles: list[Circle] = []
    cy = y + sc.pad + s.title_h
    d = sc.child_d if s.child else sc.d
    cell_w = s.w - 2 * sc.pad if s.child else sc.cell_w
    for row, row_h in zip(s.rows, s.row_heights, strict=True):
        row_w = len(row) * cell_w + (len(row) - 1) * sc.hgap
        cx = x + (s.w - row_w) / 2
        for member, parts in row:
            disc = Rect(cx + (cell_w - d) / 2, cy, d, d)
            top = cy + d + sc.label_gap
            boxes: list[LabelLine] = []
            for text, size, bold, n in parts:
                h = size * LEADING * n
                boxes.append(LabelLine(text, size, bold, n, Rect(cx, top, cell_w, h)))
                top += h
            label = Rect(cx, cy + d + sc.label_gap, cell_w, top - (cy + d + sc.label_gap))
            circles.append(Circle(member, disc, label, tuple(boxes)))
            cx += cell_w + sc.hgap
        cy += row_h + sc.vgap
    return Group(s.plan.kind, s.plan.title, halo, title_box, tuple(circles))


def _place_flow(flow: _Flow, area: Rect, gap: float, sc: Scale, valign: str) -> list[Group]:
    """The flowed groups, each row centred across ``area``, the block aligned in it."""
    if valign == "top":
        y = area.y
    elif valign == "bottom":
        y = area.bottom - flow.height
    else:
        y = area.y + (area.h - flow.height) / 2
    groups = []
    for row in flow.rows:
        row_w = sum(s.w for s in row) + gap * (len(row) - 1)
        row_h = max(s.h for s in row)
        x = area.x + (area.w - row_w) / 2
        for s in row:
            groups.append(_place_group(s, x, y + (row_h - s.h) / 2, sc))
            x += s.w + gap
        y += row_h + gap
    return groups


def _rows(frame: Rect, sc: Scale, family: str, plans) -> list[Group] | None:
    """Birth family above the child, brothers and sisters and the family now below.

    The child sits in the middle of the frame when the rest fits round them,
    else as near it as they can.
    """
    child, births, siblings, now = plans
    gap = sc.group_gap
    kid = _size_child(child, sc, family, frame.w)
    parts = [_sized_all(p, sc, family, frame.w) for p in (births, siblings, now)]
    if kid is None or any(p is None for p in parts):
        return None
    birth_f, sib_f, now_f = (_flow(p or [], frame.w, gap) for p in parts)
    below = [f for f in (sib_f, now_f) if f.rows]
    above_h = birth_f.height + gap if birth_f.rows else 0.0
    below_h = sum(f.height + gap for f in below)
    lowest, highest = frame.y + above_h, frame.bottom - below_h - kid.h
    if lowest > highest + 0.01:
        return None
    y_kid = min(max(frame.y + (frame.h - kid.h) / 2, lowest), highest)
    me = _place_group(kid, frame.x + (frame.w - kid.w) / 2, y_kid, sc)
    groups: list[Group] = [me]
    if birth_f.rows:  # centred in the room above, but never far from the child
        room = y_kid - frame.y - birth_f.height
        space = max(min(room / 2, sc.d), gap)
        area = Rect(frame.x, y_kid - space - birth_f.height, frame.w, birth_f.height)
        groups += _place_flow(birth_f, area, gap, sc, "top")
    room = frame.bottom - (y_kid + kid.h) - sum(f.height for f in below)
    space = max(min(room / (len(below) + 1), sc.d), gap) if below else 0.0
    y = y_kid + kid.h + space
    for f in below:
        groups += _place_flow(f, Rect(frame.x, y, frame.w, f.height), gap, sc, "top")
        y += f.height + space
    return groups


def _columns(frame: Rect, sc: Scale, family: str, plans, split: tuple[float, float]) -> list[Group] | None:
    """Birth family on the left, the child with brothers and sisters in the middle, now on the right."""
    child, births, siblings, now = plans
    gap = sc.group_gap
    left_share, mid_share = split
    usable = frame.w - 2 * gap
    left_w = usable * left_share if births else 0.0
    right_w = usable * (1 - left_share - mid_share) if now else 0.0
    if not (births and now):  # one side empty: mirror the other, so the child stays central
        left_w = right_w = max(left_w, right_w)
    mid_w = frame.w - left_w - right_w - 2 * gap
    kid = _size_child(child, sc, family, mid_w)
    areas = [(births, left_w), (siblings, mid_w), (now, right_w)]
    sized = [_sized_all(p, sc, family, w) if p else [] for p, w in areas]
    if kid is None or any(s is None for s in sized):
        return None
    birth_f, sib_f, now_f = (_flow(s or [], w, gap) for s, (_p, w) in zip(sized, areas, strict=True))
    mid_h = kid.h + (sib_f.height + gap * 1.5 if sib_f.rows else 0.0)
    if max(birth_f.height, mid_h, now_f.height) > frame.h + 0.01:
        return None
    x_mid = frame.x + left_w + gap
    y = frame.y + (frame.h - mid_h) / 2
    me = _place_group(kid, x_mid + (mid_w - kid.w) / 2, y, sc)
    groups: list[Group] = [me]
    if sib_f.rows:
        area = Rect(x_mid, y + kid.h + gap * 1.5, mid_w, sib_f.height)
        groups += _place_flow(sib_f, area, gap, sc, "top")
    if birth_f.rows:
        groups += _place_flow(birth_f, Rect(frame.x, frame.y, left_w, frame.h), gap, sc, "middle")
    if now_f.rows:
        area = Rect(frame.right - right_w, frame.y, right_w, frame.h)
        groups += _place_flow(now_f, area, gap, sc, "middle")
    return groups


COLUMN_SPLITS = tuple(
    (side * (1 - mid), mid) for mid in (0.26, 0.34, 0.42, 0.5) for side in (0.5, 0.35, 0.65)
)


def _arrange(arrangement: str, frame: Rect, sc: Scale, family: str, plans) -> list[Group] | None:
    if arrangement == "rows":
        return _rows(frame, sc, family, plans)
    for split in COLUMN_SPLITS:
        placed = _columns(frame, sc, family, plans, split)
        if placed is not None:
            return placed
    return None


def _largest(arrangement: str, frame: Rect, family: str, plans
             ) -> tuple[Scale, list[Group]] | None:
    """The biggest circles ``arrangement`` fits (a search over the diameter), or None."""
    hi = min(mm_to_pt(MAX_DIAMETER_MM), frame.w / 3.2, frame.h / 3.2)
    lo = mm_to_pt(MIN_DIAMETER_MM)
    placed = _arrange(arrangement, frame, Scale(hi), family, plans)
    if placed is not None:
        return Scale(hi), placed
    best = _arrange(arrangement, frame, Scale(lo), family, plans)
    if best is None:
        return None
    for _ in range(SEARCH_STEPS):  # the biggest fitting size lies between lo and hi
        mid = math.sqrt(lo * hi)
        placed = _arrange(arrangement, frame, Scale(mid), family, plans)
        if placed is not None:
            lo, best = mid, placed
        else:
            hi = mid
    return Scale(lo), best


@lru_cache(maxsize=64)  # the editor lays a page out again on every change; the family rarely changes
def family_tree_geometry(members: tuple[FamilyMember, ...], frame: Rect, family: str) -> TreeGeometry:
    """Place ``members`` (the child among them) in ``frame``, as large as they fit.

    Portrait frames prefer rows and landscape frames columns; the other
    arrangement wins only when its circles are clearly bigger. ``family`` is
    the book's font family (for measuring names). The result's ``crowded`` is
    True when the circles had to go below the readable size; ``fits`` is False
    only when even the smallest circles do not fit (then only the child is
    placed, and the caller reports it).
    """
    plans = group_plans(members)
    prefer, other = ("columns", "rows") if frame.w > frame.h * 1.15 else ("rows", "columns")
    tries = {a: _largest(a, frame, family, plans) for a in (prefer, other)}
    first, second = tries[prefer], tries[other]
    chosen = prefer
    if first is None or (second is not None and second[0].d > first[0].d * OTHER_WINS):
        chosen = other
    found = tries[chosen]
    if found is not None:
        sc, groups = found
        crowded = sc.d < mm_to_pt(READABLE_DIAMETER_MM) - 0.01
        return TreeGeometry(frame, chosen, sc, tuple(groups), crowded=crowded)
    sc = Scale(mm_to_pt(MIN_DIAMETER_MM))  # nothing fits: the child alone, to be reported
    kid = _size_child(plans[0], sc, family, max(frame.w, sc.child_d * 2))
    groups = [_place_group(kid, frame.x, frame.y, sc)] if kid else []
    return TreeGeometry(frame, "rows", sc, tuple(groups), crowded=True, fits=False)


# A made-up family, for template previews (never a real person).
SAMPLE_FAMILY = (
    FamilyMember(0, "Sam", group=FamilyGroup.CHILD),
    FamilyMember(1, "Mum", "Birth mum", FamilyGroup.BIRTH_PARENT),
    FamilyMember(2, "Birth dad", group=FamilyGroup.BIRTH_PARENT, named=False),
    FamilyMember(3, "Nanna Jo", "Nan", FamilyGroup.BIRTH_RELATIVE),
    FamilyMember(4, "Ruby", "Sister", FamilyGroup.SIBLING),
    FamilyMember(5, "Jo and Sam", "Foster carers", FamilyGroup.CARER),
)
