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

Parsed fonts are cached for the life of the process, and what the layout
needs of each (advance widths, vertical metrics, the characters it covers)
is also kept on disk in the user's cache folder, keyed by the font file's
SHA-256: ReportLab's pure-Python parser then runs only when a font changes,
or when the PDF painter embeds it. A missing or unreadable cache file is
simply made again.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from lifebook.resources import fonts_dir

if TYPE_CHECKING:  # imported when a font is parsed: with the cache warm, ReportLab is not needed
    from reportlab.pdfbase.ttfonts import TTFont

_CACHE_FORMAT = 1  # bump when what is cached changes

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
    from reportlab.pdfbase.ttfonts import TTFont

    font = TTFont(face, str(font_path(face)))
    # The cmap as read, before the PDF painter adds private codes for shaped glyphs.
    _COVERAGE[face] = frozenset(font.face.charToGlyph)
    return font


def ttf(face: str) -> TTFont:
    """ReportLab's parsed font for a face (cached); the PDF painter may register it."""
    return _ttf(face)


@dataclass(frozen=True)
class _FaceData:
    """What the layout reads from a font file, as ReportLab's parser reports it."""

    widths: dict[int, float]
    default_width: float
    ascent: float
    descent: float
    cap_height: float
    units_per_em: int
    coverage: frozenset[int]


def font_cache_dir() -> Path:
    """Where parsed font metrics are kept between runs (safe to delete)."""
    return Path(platformdirs.user_cache_dir("Lifebook")) / "fonts"


def _cache_file(path: Path) -> Path:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return font_cache_dir() / f"{digest}-{_CACHE_FORMAT}-{marshal.version}.bin"


def _read_cached(file: Path) -> _FaceData | None:
    try:
        widths, default, ascent, descent, cap, upem, coverage = marshal.loads(file.read_bytes())
        return _FaceData(widths, default, ascent, descent, cap, upem, frozenset(coverage))
    except (OSError, EOFError, ValueError, TypeError):
        return None


def _write_cached(file: Path, data: _FaceData) -> None:
    """Write atomically; a cache that cannot be written costs only time."""
    blob = marshal.dumps((data.widths, data.default_width, data.ascent, data.descent,
                          data.cap_height, data.units_per_em, data.coverage))
    with contextlib.suppress(OSError):
        file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=file.parent, prefix=f"{os.getpid()}-", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(blob)
            os.replace(tmp, file)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)


@cache
def _data(face: str) -> _FaceData:
    path = font_path(face)
    try:
        file: Path | None = _cache_file(path)
    except OSError:
        file = None  # unreadable font: let the parser say what is wrong
    found = _read_cached(file) if file is not None else None
    if found is not None:
        return found
    f = _ttf(face).face
    data = _FaceData(dict(f.charWidths), float(f.defaultWidth), float(f.ascent), float(f.descent),
                     float(f.capHeight), int(f.unitsPerEm), _COVERAGE[face])
    if file is not None:
        _write_cached(file, data)
    return data


def _widths(face: str) -> tuple[dict[int, float], float]:
    data = _data(face)
    return data.widths, data.default_width


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
    f = _data(face)
    return FaceMetrics(f.ascent / 1000.0, f.descent / 1000.0, f.cap_height / 1000.0)


def ascent(face: str, size: float) -> float:
    """Height above the baseline, in points, at ``size``."""
    return metrics(face).ascent * size


def descent(face: str, size: float) -> float:
    """Depth below the baseline, in points (negative), at ``size``."""
    return metrics(face).descent * size


def _coverage(face: str) -> frozenset[int]:
    return _data(face).coverage


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
    return _data(face).units_per_em


def any_face_has(ch: str) -> bool:
    """Whether any bundled face at all can draw ``ch``."""
    return any(has_glyph(face, ch) for face in face_names())
