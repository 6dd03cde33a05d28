"""Shaping: characters to positioned glyphs with HarfBuzz (uharfbuzz), and scripts.

Every run of text the layout draws is shaped here, once, from the same TTF
files both painters draw with, so the PDF and the editor place the very same
glyph ids at the very same positions: Arabic letters in their joined forms,
right to left; Bengali, Devanagari and Gurmukhi conjuncts and vowel signs;
accents typed as separate characters placed on their letters.

Latin, Greek and Cyrillic are shaped without kerning or ligatures, so their
advances equal the fonts' plain character widths (lifebook.layout.fonts) and
every character stays its own glyph. Complex scripts get HarfBuzz's full
default features: they cannot be written correctly without them.

Results are in ems (fractions of the font size), cached per (text, face,
direction, script).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import uharfbuzz as hb
from fontTools import unicodedata as ucd

from lifebook.layout import fonts

# Scripts written without kerning or ligatures (see the module docstring).
SIMPLE_SCRIPTS = frozenset({"Latn", "Grek", "Cyrl", "Zyyy", "Zinh", "Zzzz"})
_SIMPLE_FEATURES = {"kern": False, "liga": False, "clig": False, "calt": False}
# Scripts whose text has no spaces between words: a line may break between
# any two of their letters.
IDEOGRAPHIC = frozenset({"Hani", "Hira", "Kana", "Bopo"})
# No line starts with these (closing punctuation), and none ends with the opening ones.
_NO_START = set("、。，．：；！？）」』】〕〉》〙〗〛”’ー々ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
                ")]}.,:;!?%")
_NO_END = set("（「『【〔〈《〘〖〚“‘([{")


@dataclass(frozen=True)
class ShapedGlyph:
    """One glyph: its id in the face, the character index it came from, and its
    advance and offsets in ems (y up, as in the font)."""

    gid: int
    cluster: int
    advance: float
    dx: float = 0.0
    dy: float = 0.0


@cache
def _hb_font(face: str) -> tuple[hb.Font, int]:
    blob = hb.Blob(fonts.font_path(face).read_bytes())
    hb_face = hb.Face(blob)
    font = hb.Font(hb_face)
    return font, hb_face.upem


def glyph_advance(face: str, gid: int) -> float:
    """A glyph's own advance in ems."""
    font, upem = _hb_font(face)
    return font.get_glyph_h_advance(gid) / upem


@lru_cache(maxsize=20000)
def shape(text: str, face: str, rtl: bool = False, script: str = "Latn") -> tuple[ShapedGlyph, ...]:
    """Shape ``text`` in ``face``; glyphs in visual (left-to-right) order.

    Clusters are indices into ``text``; with right-to-left text they run
    backwards. Each cluster's glyphs' advances sum to its width.
    """
    font, upem = _hb_font(face)
    buf = hb.Buffer()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text)
    buf.direction = "rtl" if rtl else "ltr"
    if script not in ("Zyyy", "Zinh", "Zzzz"):
        try:
            buf.script = script
        except Exception:  # noqa: BLE001 - an unknown tag: let HarfBuzz guess
            buf.guess_segment_properties()
    else:
        buf.guess_segment_properties()
        buf.direction = "rtl" if rtl else "ltr"
    features = _SIMPLE_FEATURES if script in SIMPLE_SCRIPTS else None
    hb.shape(font, buf, features)
    # add_str counts clusters in code points for a Python str
    return tuple(
        ShapedGlyph(
            info.codepoint,
            info.cluster,
            pos.x_advance / upem,
            pos.x_offset / upem,
            pos.y_offset / upem,
        )
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True)
    )


# --- scripts ---------------------------------------------------------------


@lru_cache(maxsize=4096)
def char_script(ch: str) -> str:
    """The Unicode script of a character as an ISO 15924 code ("Latn", "Arab", "Zyyy", …)."""
    return ucd.script(ch)


def resolve_scripts(text: str) -> list[str]:
    """Each character's script, with common and inherited characters (spaces,
    punctuation, digits, marks, emoji) taking the script of the text around them."""
    scripts = [char_script(ch) for ch in text]
    last = None
    for i, sc in enumerate(scripts):
        if sc in ("Zyyy", "Zinh", "Zzzz"):
            if last is not None and (sc == "Zinh" or not _is_emoji(text[i])):
                scripts[i] = last
        else:
            last = sc
    nxt = None
    for i in range(len(scripts) - 1, -1, -1):
        if scripts[i] in ("Zyyy", "Zinh", "Zzzz"):
            if nxt is not None and not _is_emoji(text[i]):
                scripts[i] = nxt
        else:
            nxt = scripts[i]
    return scripts


def _is_emoji(ch: str) -> bool:
    cp = ord(ch)
    return cp >= 0x1F000 or 0x2600 <= cp <= 0x27BF or 0x2B00 <= cp <= 0x2BFF


# --- line breaks -----------------------------------------------------------


def break_opportunities(text: str, scripts: list[str]) -> list[bool]:
    """``result[i]`` is True when a line may break before ``text[i]``.

    A simplified UAX #14: after spaces, and between two characters of which
    one is an ideograph (Chinese and Japanese have no spaces between words),
    except before closing or after opening punctuation.
    """
    n = len(text)
    ok = [False] * n
    for i in range(1, n):
        before, here = text[i - 1], text[i]
        if here == " ":
            continue
        if before == " " or (scripts[i] in IDEOGRAPHIC or scripts[i - 1] in IDEOGRAPHIC) and not (
            here in _NO_START or before in _NO_END or unicodedata.category(here)[0] == "M"
        ):
            ok[i] = True
    return ok
