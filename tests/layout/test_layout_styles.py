"""styles.toml as typed styles, palette, margins and families."""

from __future__ import annotations

import re

import pytest

from lifebook.layout.styles import StyleError, load_styles, parse_styles, resolve_colour
from lifebook.model.enums import BookKind
from lifebook.model.trim import TrimSize, mm_to_pt

HEX = re.compile(r"^#[0-9A-F]{6}([0-9A-F]{2})?$")
NEEDED = ["title", "subtitle", "heading", "body", "caption", "caption-on-photo", "big",
          "letter-heading", "letter"]  # fmt: skip


def test_all_styles_load_with_colours_resolved_to_hex() -> None:
    sheet = load_styles()
    for name in NEEDED:
        style = sheet.styles[name]
        assert style.size > 0 and style.leading >= 1.0
        assert HEX.match(style.colour), (name, style.colour)
        assert style.align in ("left", "centre", "right")
        assert style.valign in ("top", "middle", "bottom")
    assert sheet.styles["heading"].colour == sheet.palette["accent"]
    assert sheet.styles["title"].bold and sheet.styles["caption"].italic
    assert sheet.styles["caption-on-photo"].panel is not None
    assert HEX.match(sheet.styles["caption-on-photo"].panel or "")
    assert sheet.styles["body"].shrink_to == 1.0  # body text never shrinks
    assert 0.7 <= sheet.styles["title"].shrink_to < 1.0


def test_margins_per_trim_and_families_per_kind() -> None:
    sheet = load_styles()
    assert sheet.margin_mm(TrimSize.A5_PORTRAIT) == 12
    assert sheet.margin_mm(TrimSize.A4_PORTRAIT) == 15  # the default
    assert sheet.margin_pt(TrimSize.SQUARE_210) == pytest.approx(mm_to_pt(14))
    assert sheet.family(BookKind.LIFE_STORY) == "Andika"
    assert sheet.family(BookKind.LATER_LIFE_LETTER) == "AtkinsonHyperlegible"
    assert sheet.fallback_family == "NotoSans"


def test_unknown_style_name_falls_back() -> None:
    sheet = load_styles()
    assert sheet.style("no-such-style").name == "body"
    assert sheet.style(None, default="caption").name == "caption"


def test_colours_resolve_from_palette_or_hex() -> None:
    palette = {"accent": "#E07A5F"}
    assert resolve_colour("accent", palette) == "#E07A5F"
    assert resolve_colour("#abcdef", palette) == "#ABCDEF"
    with pytest.raises(StyleError, match="mauve"):
        resolve_colour("mauve", palette)


def test_bad_style_sheets_are_reported() -> None:
    with pytest.raises(StyleError, match="size"):
        parse_styles({"styles": {"body": {"colour": "#000000"}}})
    with pytest.raises(StyleError, match="align"):
        parse_styles({"styles": {"body": {"size": 12, "align": "justified"}}})
    with pytest.raises(StyleError, match="Papyrus"):
        parse_styles({"fonts": {"life-story": "Papyrus"}})
