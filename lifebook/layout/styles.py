"""Text styles, palette, margins and font families from ``templates/styles.toml``.

Colours in styles may be palette names ("accent") or hex ("#E07A5F", or
"#RRGGBBAA" with alpha); they are resolved to hex here, so the display list
only ever holds hex colours.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from lifebook.layout.fonts import FALLBACK_FAMILY, FAMILIES
from lifebook.model.enums import BookKind
from lifebook.model.trim import TrimSize, mm_to_pt
from lifebook.resources import templates_dir

ALIGNS = ("left", "centre", "right")
VALIGNS = ("top", "middle", "bottom")
_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")


class StyleError(ValueError):
    """styles.toml is malformed; the message says where."""


@dataclass(frozen=True)
class TextStyle:
    """One named text style, with colours already resolved to hex."""

    name: str
    size: float  # points
    leading: float = 1.3  # line height as a multiple of size
    bold: bool = False
    italic: bool = False
    colour: str = "#2E2A28"
    align: str = "left"  # left | centre | right
    valign: str = "top"  # top | middle | bottom, within the frame
    panel: str | None = None  # a soft panel drawn behind the lines (caption on a photo)
    shrink_to: float = 1.0  # titles may shrink to this fraction of size before overflowing

    @property
    def line_height(self) -> float:
        return self.size * self.leading


@dataclass(frozen=True)
class StyleSheet:
    styles: dict[str, TextStyle]
    palette: dict[str, str]
    margins_mm: dict[str, float]  # trim value or "default" -> mm
    families: dict[str, str]  # book kind value or "fallback" -> font family
    fallbacks: dict[str, tuple[str, ...]] = field(default_factory=dict)  # script -> families

    def style(self, name: str | None, default: str = "body") -> TextStyle:
        """The named style; an unknown or missing name gives ``default``."""
        if name and name in self.styles:
            return self.styles[name]
        if default in self.styles:
            return self.styles[default]
        return TextStyle(name=default, size=12.0)

    def colour(self, value: str) -> str:
        """A palette name or hex colour, as hex."""
        return resolve_colour(value, self.palette)

    def margin_mm(self, trim: TrimSize) -> float:
        return self.margins_mm.get(trim.value, self.margins_mm.get("default", 15.0))

    def margin_pt(self, trim: TrimSize) -> float:
        return mm_to_pt(self.margin_mm(trim))

    def family(self, kind: BookKind) -> str:
        return self.families.get(kind.value, self.fallback_family)

    @property
    def fallback_family(self) -> str:
        return self.families.get("fallback", FALLBACK_FAMILY)

    def fallback_chain(self, script: str) -> tuple[str, ...]:
        """Families tried, in order, for a character of ``script`` the book's font lacks."""
        default = self.fallbacks.get("default", (self.fallback_family,))
        own = self.fallbacks.get(script, ())
        return own + tuple(f for f in default if f not in own)


def resolve_colour(value: str, palette: dict[str, str]) -> str:
    """Resolve a palette name (or a hex colour) to hex, e.g. "accent" -> "#E07A5F"."""
    value = value.strip()
    if value in palette:
        return palette[value]
    if _HEX.match(value):
        return value.upper()
    raise StyleError(f"'{value}' is neither a palette colour nor a hex colour like #E07A5F")


def _style(name: str, raw: dict, palette: dict[str, str]) -> TextStyle:
    where = f"styles.toml [styles.{name}]"
    try:
        size = float(raw["size"])
    except (KeyError, TypeError, ValueError):
        raise StyleError(f"{where}: needs a numeric 'size'") from None
    align = str(raw.get("align", "left")).replace("center", "centre")
    valign = str(raw.get("valign", "top")).replace("center", "middle").replace("centre", "middle")
    if align not in ALIGNS:
        raise StyleError(f"{where}: align must be one of {', '.join(ALIGNS)}")
    if valign not in VALIGNS:
        raise StyleError(f"{where}: valign must be one of {', '.join(VALIGNS)}")
    shrink_to = float(raw.get("shrink_to", 1.0))
    if not 0.3 <= shrink_to <= 1.0:
        raise StyleError(f"{where}: shrink_to must be between 0.3 and 1")
    try:
        colour = resolve_colour(str(raw.get("colour", "ink")), palette)
        panel = resolve_colour(str(raw["panel"]), palette) if raw.get("panel") else None
    except StyleError as exc:
        raise StyleError(f"{where}: {exc}") from None
    return TextStyle(
        name=name,
        size=size,
        leading=float(raw.get("leading", 1.3)),
        bold=bool(raw.get("bold", False)),
        italic=bool(raw.get("italic", False)),
        colour=colour,
        align=align,
        valign=valign,
        panel=panel,
        shrink_to=shrink_to,
    )


def parse_styles(raw: dict) -> StyleSheet:
    """Build a StyleSheet from the parsed TOML of styles.toml."""
    palette = {str(k): str(v).upper() for k, v in raw.get("palette", {}).items()}
    for key, value in palette.items():
        if not _HEX.match(value):
            raise StyleError(f"styles.toml [palette]: '{key}' is not a hex colour")
    families = {str(k): str(v) for k, v in raw.get("fonts", {}).items()}
    for key, family in families.items():
        if family not in FAMILIES:
            raise StyleError(f"styles.toml [fonts]: '{key}' names an unknown family '{family}'")
    fallbacks: dict[str, tuple[str, ...]] = {}
    for script, chain in raw.get("fallback", {}).items():
        if isinstance(chain, str):
            chain = [chain]
        for family in chain:
            if family not in FAMILIES:
                raise StyleError(
                    f"styles.toml [fallback]: '{script}' names an unknown family '{family}'"
                )
        fallbacks[str(script)] = tuple(str(f) for f in chain)
    margins = {str(k): float(v) for k, v in raw.get("margins", {}).items()}
    styles = {name: _style(name, body, palette) for name, body in raw.get("styles", {}).items()}
    return StyleSheet(
        styles=styles, palette=palette, margins_mm=margins, families=families, fallbacks=fallbacks
    )


@cache
def load_styles(root: Path | None = None) -> StyleSheet:
    """The style sheet from ``<templates>/styles.toml`` (cached)."""
    path = (root or templates_dir()) / "styles.toml"
    try:
        with path.open("rb") as fh:
            raw = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise StyleError(f"{path.name}: {exc}") from exc
    return parse_styles(raw)
