"""Shaped text for the PDF painter: glyph ids at the layout's positions.

ReportLab embeds TrueType fonts as subsets addressed by *characters*, while a
shaped run (lifebook.layout.shaping) is a list of *glyph ids*: Arabic joined
forms, Indic conjuncts and the like have no character of their own. So each
glyph is written as a character that maps to it: the character the font's
cmap gives for that glyph when there is one (its ToUnicode entry is then
right), else a private-use code point added to the face's map for this
process (as ReportLab's own shaping does).

Glyphs are placed exactly: a text matrix at the start of each stretch and
``TJ`` adjustments for any difference between a glyph's own advance and the
layout's position of the next glyph, so the page matches the editor.

Copy and paste and screen readers must get the words in reading order:
every run whose glyphs do not spell its text one for one (right to left,
ligatures, conjuncts, and characters beyond the BMP such as emoji, which
ReportLab's ToUnicode maps cannot hold) is wrapped in a marked-content span
whose ``/ActualText`` is the run's text. Extractors put right-to-left text
back into reading order themselves, from left-to-right placement, so a
right-to-left run's text is given reversed, as placed.
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from lifebook.layout.display import TextRun

_PRIVATE_START = 0xE000  # the BMP private use area (ReportLab's ToUnicode maps hold BMP only)
_PRIVATE_END = 0xF8FF


def _fmt(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _char_for_glyph(font: TTFont, gid: int) -> int:
    """A code point that maps to ``gid`` in ``font``'s (possibly extended) cmap."""
    face = font.face
    chars = face.glyphToChar.get(gid)
    if chars:
        return min(chars)
    code = getattr(face, "_lifebook_next_private", _PRIVATE_START)
    while code in face.charToGlyph:
        code += 1
    if code > _PRIVATE_END:
        raise ValueError(f"too many shaped glyphs in {font.fontName} for one document")
    face._lifebook_next_private = code + 1
    face.charToGlyph[code] = gid
    face.glyphToChar.setdefault(gid, []).append(code)
    advance = face.hmetrics[gid][0] if gid < len(face.hmetrics) else face.hmetrics[-1][0]
    face.charWidths[code] = face._pdfScale(advance)
    return code


def _utf16_hex(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def draw_shaped_run(canvas: Canvas, run: TextRun) -> None:
    """Write ``run``'s glyphs at their positions; y is flipped here (display list is y down).

    The caller has set the fill colour.
    """
    font = pdfmetrics.getFont(run.font)
    doc = canvas._doc
    codes = [_char_for_glyph(font, gid) for gid in run.glyphs]
    parts = font.splitString("".join(map(chr, codes)), doc)
    placed: list[tuple[int, int]] = []  # (subset, byte) per glyph
    for subset, data in parts:
        placed.extend((subset, b) for b in data)
    widths = font.face.charWidths
    default = font.face.defaultWidth
    size = run.size
    ops: list[str] = []
    actual = "".join(map(chr, codes)) != run.text or any(ord(ch) > 0xFFFF for ch in run.text)
    if actual:
        # Text extractors read a line left to right and turn right-to-left stretches
        # back into reading order themselves, as they do for every PDF; so a
        # right-to-left run's replacement text is given as it is seen, reversed.
        shown = run.text[::-1] if run.rtl else run.text
        ops.append(f"/Span << /ActualText {_utf16_hex(shown)} >> BDC")
    ops.append("BT")
    current_subset = None
    stretch: list[str] = []  # TJ array items
    prev_x = prev_w = 0.0
    prev_dy = None

    def flush() -> None:
        if stretch:
            ops.append(f"[{' '.join(stretch)}] TJ")
            stretch.clear()

    for index, ((subset, byte), (dx, dy)) in enumerate(zip(placed, run.positions, strict=True)):
        x = run.x + dx
        if subset != current_subset:
            flush()
            name = font.getSubsetInternalName(subset, doc)
            ops.append(f"{name} {_fmt(size)} Tf")
            current_subset = subset
            prev_dy = None
        if prev_dy is None or dy != prev_dy or not stretch:
            flush()
            ops.append(f"1 0 0 1 {_fmt(x)} {_fmt(-(run.baseline + dy))} Tm")
        else:
            adjust = -((x - prev_x) - prev_w) * 1000.0 / size
            if abs(adjust) > 0.0005:
                stretch.append(_fmt(adjust))
        stretch.append("(" + canvas._escape(bytes([byte])) + ")")
        prev_x, prev_dy = x, dy
        prev_w = widths.get(codes[index], default) * size / 1000.0
    flush()
    ops.append("ET")
    if actual:
        ops.append("EMC")
    canvas._code.extend(ops)
