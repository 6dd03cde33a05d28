"""Paragraphs to shaped, direction-resolved, line-broken text.

For each paragraph (one line of the typed text, as styled spans):

1. every character gets a face: the book's family if it has the glyph, else
   the fallback chain of the character's script (``[fallback]`` in
   styles.toml); a character no bundled face can draw is left out and
   reported (no tofu on paper);
2. the bidirectional algorithm gives every character a level
   (lifebook.layout.bidi);
3. runs of one face, level and script are shaped by HarfBuzz
   (lifebook.layout.shaping), which gives each character its advance;
4. lines break at Unicode break opportunities (spaces; between ideographs),
   measured with those advances; a word longer than the line is broken
   between characters;
5. each line's runs are put in visual order (rule L2), each carrying its
   glyph ids and their positions.

Everything is in ems here; lifebook.layout.text scales by the font size.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from lifebook.layout import bidi, fonts, shaping
from lifebook.layout.shaping import ShapedGlyph

Chain = Callable[[str], tuple[str, ...]]  # script -> fallback families


def ignorable(ch: str) -> bool:
    """Invisible format characters (joiners, direction marks, variation selectors)."""
    cp = ord(ch)
    return (
        unicodedata.category(ch) in ("Cf", "Cc")
        or 0xFE00 <= cp <= 0xFE0F
        or 0xE0100 <= cp <= 0xE01EF
    )


@dataclass(frozen=True)
class Item:
    """A run of one face, level and script, shaped: glyph clusters index the paragraph."""

    start: int
    end: int
    face: str
    level: int
    glyphs: tuple[ShapedGlyph, ...]


@dataclass
class ShapedParagraph:
    text: str  # the characters that will print (missing ones left out, spaces collapsed)
    base_level: int  # 0 left to right, 1 right to left
    items: list[Item]
    advances: list[float]  # per character, ems
    breaks: list[bool]  # a line may break before this character
    space_before: bool = False

    @property
    def rtl(self) -> bool:
        return self.base_level % 2 == 1


def shape_paragraph(
    spans: list[tuple[str, bool, bool]],
    family: str,
    chain: Chain,
    missing: dict[str, None],
    space_before: bool = False,
) -> ShapedParagraph:
    """Shape one paragraph of (text, bold, italic) spans in ``family``."""
    raw = "".join(text for text, _b, _i in spans)
    styles = [(b, i) for text, b, i in spans for _ch in text]
    scripts_raw = shaping.resolve_scripts(raw)
    chars: list[str] = []
    faces: list[str] = []
    scripts: list[str] = []
    for index, ch in enumerate(raw):
        if ch == " " and (not chars or chars[-1] == " "):
            continue  # runs of spaces print as one; none at the start
        bold, italic = styles[index]
        script = scripts_raw[index]
        face: str | None = None
        if ignorable(ch):
            if unicodedata.category(ch) == "Cc" or not faces:
                continue
            face, script = faces[-1], scripts[-1]  # joiners stay in their run (emoji sequences)
        elif unicodedata.category(ch)[0] == "M" and faces and fonts.has_glyph(faces[-1], ch):
            face, script = faces[-1], scripts[-1]  # a mark stays with its letter
        else:
            face = fonts.face_for_char(ch, family, bold, italic, chain(script))
        if face is None:
            missing.setdefault(ch)
            continue
        chars.append(ch)
        faces.append(face)
        scripts.append(script)
    while chars and chars[-1] == " ":
        chars.pop(), faces.pop(), scripts.pop()
    text = "".join(chars)
    base = bidi.paragraph_level(text)
    levels = bidi.embedding_levels(text, base)
    items: list[Item] = []
    advances = [0.0] * len(text)
    start = 0
    while start < len(text):
        end = start + 1
        while end < len(text) and (faces[end], levels[end], scripts[end]) == (
            faces[start], levels[start], scripts[start]
        ):
            end += 1
        rtl = levels[start] % 2 == 1
        glyphs = tuple(
            ShapedGlyph(g.gid, g.cluster + start, g.advance, g.dx, g.dy)
            for g in shaping.shape(text[start:end], faces[start], rtl, scripts[start])
        )
        for g in glyphs:
            advances[g.cluster] += g.advance
        items.append(Item(start, end, faces[start], levels[start], glyphs))
        start = end
    breaks = shaping.break_opportunities(text, scripts)
    return ShapedParagraph(text, base, items, advances, breaks, space_before)


# --- line breaking ---------------------------------------------------------


def _splittable(text: str, i: int) -> bool:
    """Whether a word may be broken before ``text[i]`` (never before a mark or joiner)."""
    ch = text[i]
    return unicodedata.category(ch)[0] != "M" and not ignorable(ch) and not (
        i > 0 and text[i - 1] in "\u200d\u200c"
    )


def break_paragraph(
    para: ShapedParagraph, max_width: float, size: float
) -> tuple[list[tuple[int, int]], bool]:
    """Greedy line breaking; (start, end) per line (trailing spaces left out) and
    whether a word had to be broken between characters."""
    text, adv = para.text, para.advances
    n = len(text)
    starts = [0] + [i for i in range(1, n) if para.breaks[i]]
    segments = []
    for k, s in enumerate(starts):
        e = starts[k + 1] if k + 1 < len(starts) else n
        vis = e
        while vis > s and text[vis - 1] == " ":
            vis -= 1
        segments.append((s, vis, e))
    limit = max_width + 1e-6

    def width(a: int, b: int) -> float:
        return sum(adv[a:b]) * size

    lines: list[tuple[int, int]] = []
    split = False
    line_start: int | None = None
    line_end = 0  # end of visible text on the current line
    line_w = 0.0
    for s, vis, _e in segments:
        seg_w = width(s, vis)
        if line_start is not None:
            gap = width(line_end, s)
            if line_w + gap + seg_w <= limit:
                line_w += gap + seg_w
                line_end = vis
                continue
            lines.append((line_start, line_end))
            line_start = None
        if seg_w <= limit:
            line_start, line_end, line_w = s, vis, seg_w
            continue
        split = True  # a word longer than the line: break it between characters
        line_start, line_end, line_w = s, s, 0.0
        for i in range(s, vis):
            w = adv[i] * size
            if i > line_start and line_w + w > limit and _splittable(text, i):
                lines.append((line_start, i))
                line_start, line_w = i, 0.0
            line_w += w
            line_end = i + 1
    if line_start is not None and line_end > line_start:
        lines.append((line_start, line_end))
    return lines, split


# --- a line's runs in visual order -------------------------------------------


@dataclass(frozen=True)
class Piece:
    """Part of one item on one line: logical characters start..end, glyphs in visual order."""

    start: int
    end: int
    face: str
    level: int
    glyphs: tuple[ShapedGlyph, ...]

    @property
    def advance(self) -> float:
        return sum(g.advance for g in self.glyphs)


def line_pieces(para: ShapedParagraph, start: int, end: int) -> list[Piece]:
    """The runs of the line ``start..end`` in left-to-right display order."""
    pieces = []
    for item in para.items:
        a, b = max(item.start, start), min(item.end, end)
        if a >= b:
            continue
        glyphs = tuple(g for g in item.glyphs if a <= g.cluster < b)
        pieces.append(Piece(a, b, item.face, item.level, glyphs))
    order = bidi.visual_order([p.level for p in pieces])
    return [pieces[i] for i in order]
