"""The bundled fonts: face names, files, metrics and glyph coverage.

Every face has one name, e.g. "Andika", "Andika-Bold", "Andika-Italic",
"Andika-BoldItalic". The layout engine measures text with these faces'
embedded TrueType metrics, and both painters (PDF and Qt) register the *same*
files under the *same* names (see ``font_path``), so line breaks are identical
on screen and on paper.

Metrics come from ReportLab's TrueType parser (``reportlab.pdfbase.ttfonts``),
which is the parser the PDF painter embeds with: what it calls a covered
character is exactly what will print. No kerning is applied, so a painter
must draw each run without kerning to match the widths measured here.

Parsed fonts are cached for the life of the process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase.ttfonts import TTFont

from lifebook.resources import fonts_dir

# Family -> the styles it has. The book families have all four; the script
# fallbacks (Arabic, Bengali, Gurmukhi, Devanagari, Chinese, emoji) have fewer,
# and a missing style falls back to the nearest one (see ``face_name``).
_ALL = ("Regular", "Bold", "Italic", "BoldItalic")
_FAMILY_STYLES: dict[str, tuple[str, ...]] = {
    "Andika": _ALL,
    "AtkinsonHyperlegible": _ALL,
    "NotoSans": _ALL,
    "NotoNaskhArabic": ("Regular", "Bold"),
    "NotoSansBengali": ("Regular", "Bold"),
    "NotoSansGurmukhi": ("Regular", "Bold"),
    "NotoSansDevanagari": ("Regular", "Bold"),
    "LifebookHanziSC": ("Regular",),
    "LifebookHanziTC": ("Regular",),
    "NotoEmoji": ("Regular",),
}
FAMILIES: tuple[str, ...] = tuple(_FAMILY_STYLES)
BOOK_FAMILIES: tuple[str, ...] = ("Andika", "AtkinsonHyperlegible", "NotoSans")  # all styles
FALLBACK_FAMILY = "NotoSans"  # the widest coverage: Latin, Greek, Cyrillic, Vietnamese

_STYLES: dict[tuple[bool, bool], str] = {
    (False, False): "Regular",
    (True, False): "Bold",
    (False, True): "Italic",
    (True, True): "BoldItalic",
}

class FontError(KeyError):
    """An unknown family or face name; the message names it."""

    def __str__(self) -> str:  # KeyError quotes its message; we want it plain
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True)
class FaceInfo:
    """What a painter needs to register a face: its file, family and style."""

    name: str  # e.g. "Andika-BoldItalic"
    family: str  # e.g. "Andika"
    bold: bool
    italic: bool
    path: Path


@dataclass(frozen=True)
class FaceMetrics:
    """Vertical metrics as fractions of the font size (descent is negative)."""

    ascent: float
    descent: float
    cap_height: float


def face_name(family: str, bold: bool = False, italic: bool = False) -> str:
    """The face name for a family and style: "Andika", "Andika-Bold", …

    A family without the style gives its nearest face: bold italic falls back
    to bold, italic to regular (the script fallbacks have no italics).
    """
    styles = _FAMILY_STYLES.get(family)
    if styles is None:
        raise FontError(f"there is no bundled font family '{family}'; known: {', '.join(FAMILIES)}")
    style = _STYLES[(bool(bold), bool(italic))]
    if style not in styles:
        style = "Bold" if bold and "Bold" in styles else "Regular"
    return family if style == "Regular" else f"{family}-{style}"


def face_names() -> list[str]:
    """Every bundled face name, family by family."""
    return [family if s == "Regular" else f"{family}-{s}"
            for family, styles in _FAMILY_STYLES.items() for s in styles]


def face_info(face: str) -> FaceInfo:
    """The file, family and style of a face name."""
    family, _, style = face.partition("-")
    style = style or "Regular"
    for (bold, italic), name in _STYLES.items():
        if name == style and style in _FAMILY_STYLES.get(family, ()):
            return FaceInfo(face, family, bold, italic, fonts_dir() / f"{family}-{style}.ttf")
    raise FontError(f"there is no bundled font face '{face}'")


def font_path(face: str) -> Path:
    """The TTF file of a face name; painters register this file under ``face``."""
    return face_info(face).path


_COVERAGE: dict[str, frozenset[int]] = {}


@cache
def _ttf(face: str) -> TTFont:
    font = TTFont(face, str(font_path(face)))
    # The cmap as read, before the PDF painter adds private codes for shaped glyphs.
    _COVERAGE[face] = frozenset(font.face.charToGlyph)
    return font


def ttf(face: str) -> TTFont:
    """ReportLab's parsed font for a face (cached); the PDF painter may register it."""
    return _ttf(face)


@cache
def _widths(face: str) -> tuple[dict[int, float], float]:
    f = _ttf(face).face
    return f.charWidths, f.defaultWidth


def string_width(text: str, face: str, size: float) -> float:
    """Advance width of ``text`` in ``face`` at ``size`` points, without kerning.

    Equal to ReportLab's ``stringWidth`` for the same TTF, which is how the PDF
    painter places glyphs.
    """
    widths, default = _widths(face)
    return 0.001 * size * sum(widths.get(ord(ch), default) for ch in text)


def char_width(ch: str, face: str, size: float) -> float:
    """Advance width of one character, in points."""
    widths, default = _widths(face)
    return 0.001 * size * widths.get(ord(ch), default)


@cache
def metrics(face: str) -> FaceMetrics:
    """Ascent, descent and cap height of a face, as fractions of the size."""
    f = _ttf(face).face
    return FaceMetrics(f.ascent / 1000.0, f.descent / 1000.0, f.capHeight / 1000.0)


def ascent(face: str, size: float) -> float:
    """Height above the baseline, in points, at ``size``."""
    return metrics(face).ascent * size


def descent(face: str, size: float) -> float:
    """Depth below the baseline, in points (negative), at ``size``."""
    return metrics(face).descent * size


def _coverage(face: str) -> frozenset[int]:
    _ttf(face)
    return _COVERAGE[face]


def has_glyph(face: str, ch: str) -> bool:
    """Whether ``face`` can draw ``ch`` (a single character) from its own cmap."""
    return ord(ch) in _coverage(face)


def face_for_char(
    ch: str,
    family: str,
    bold: bool = False,
    italic: bool = False,
    chain: tuple[str, ...] = (FALLBACK_FAMILY,),
) -> str | None:
    """The face that draws ``ch``: the family's own, else the first of ``chain`` that can."""
    for candidate in (family, *chain):
        face = face_name(candidate, bold, italic)
        if has_glyph(face, ch):
            return face
    return None


def units_per_em(face: str) -> int:
    """The face's design units per em (for converting shaped advances)."""
    return int(_ttf(face).face.unitsPerEm)


def any_face_has(ch: str) -> bool:
    """Whether any bundled face at all can draw ``ch``."""
    return any(has_glyph(face, ch) for face in face_names())
