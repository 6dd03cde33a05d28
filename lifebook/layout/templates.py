"""Page and book templates: loading and resolving frame geometry.

Templates are TOML files under ``templates/`` (see templates/README.md).
Geometry is resolved here, in points relative to the trim, for any trim size.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from lifebook.layout.display import Rect
from lifebook.model.enums import BookKind, FrameKind, Plan
from lifebook.model.trim import TrimSize, mm_to_pt
from lifebook.resources import templates_dir


class TemplateError(ValueError):
    """A template file is malformed; the message names the file."""


# What each table of a template may say. Anything else is a typo (``blead``),
# refused with the file, the key and these names, rather than ignored.
PAGE_KEYS = {"key", "name", "description", "kinds", "background", "frames", "variants",
             "page_number", "autoflow"}
FRAME_KEYS = {"key", "kind", "box", "bleed", "style", "label", "ornament", "source", "called",
              "optional"}
BOOK_KEYS = {"kind", "title", "sections"}
SECTION_KEYS = {"title", "pages", "plans", "guidance"}
PAGE_START_KEYS = {"template", "heading", "prompt", "text", "plans", "picture"}


def _check_keys(path: Path, raw: dict, allowed: set[str], where: str) -> None:
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise TemplateError(
            f"{path.name}: {where} has unknown setting{'s' if len(unknown) > 1 else ''} "
            f"{', '.join(repr(k) for k in unknown)}; allowed: {', '.join(sorted(allowed))}")


@dataclass(frozen=True)
class FrameSpec:
    key: str
    kind: FrameKind
    box: tuple[str, str, str, str]
    bleed: bool = False
    style: str | None = None
    label: str = ""
    options: dict = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class PageTemplate:
    key: str
    name: str
    description: str
    kinds: tuple[str, ...]
    background: str
    frames: tuple[FrameSpec, ...]
    variants: dict[str, tuple[FrameSpec, ...]] = field(default_factory=dict, hash=False)
    page_number: bool = True  # false on covers: no number is printed
    autoflow: int = 0  # autoflow uses this template for pages of this many photos (0: never)

    def frames_for(self, trim: TrimSize) -> tuple[FrameSpec, ...]:
        return self.variants.get(trim.spec.orientation, self.frames)

    def frame_keys(self, kind: FrameKind | None = None) -> list[str]:
        """Frame keys of the default variant, optionally of one kind, in order."""
        return [f.key for f in self.frames if kind is None or f.kind == kind]

    def offered_for(self, book_kind: BookKind) -> bool:
        return book_kind.value in self.kinds


@dataclass(frozen=True)
class PageStart:
    template: str
    heading: str = ""
    prompt: str = ""
    text: str = ""
    plans: tuple[Plan, ...] = ()  # the child's plans this page is for; empty: every plan
    picture: str = ""  # a clipart library picture the page's first picture frame starts with

    def for_plan(self, plan: Plan) -> bool:
        return not self.plans or plan in self.plans


@dataclass(frozen=True)
class SectionTemplate:
    title: str
    pages: tuple[PageStart, ...]
    plans: tuple[Plan, ...] = ()  # the child's plans this section is for; empty: every plan
    guidance: tuple[str, ...] = ()  # practice prompts for the writer ({name}: the child's name)

    def for_plan(self, plan: Plan) -> bool:
        return not self.plans or plan in self.plans


@dataclass(frozen=True)
class BookTemplate:
    kind: BookKind
    title: str
    sections: tuple[SectionTemplate, ...]

    def for_plan(self, plan: Plan) -> tuple[SectionTemplate, ...]:
        """The sections (with only their pages) that a child with this plan gets."""
        out = []
        for section in self.sections:
            if not section.for_plan(plan):
                continue
            pages = tuple(p for p in section.pages if p.for_plan(plan))
            if pages:
                out.append(SectionTemplate(section.title, pages, section.plans, section.guidance))
        return tuple(out)


# --- geometry -------------------------------------------------------------

_TERM = re.compile(
    r"\s*([+-])?\s*(?:(\d+(?:\.\d+)?)\s*\*\s*)?(margin|\d+(?:\.\d+)?\s*(?:mm|%)?)\s*"
)


def resolve_length(expr: str | float | int, axis_mm: float, margin_mm: float) -> float:
    """Resolve a template length expression to millimetres.

    ``axis_mm`` is the trim's width (for x and width) or height (for y and
    height). See templates/README.md for the grammar.
    """
    if isinstance(expr, int | float):
        return float(expr)
    text = expr.strip()
    pos = 0
    total = 0.0
    first = True
    while pos < len(text):
        m = _TERM.match(text, pos)
        if not m or m.end() == pos:
            raise TemplateError(f"cannot read length '{expr}' near '{text[pos:]}'")
        sign, factor, unit = m.groups()
        if sign is None and not first:
            raise TemplateError(f"length '{expr}' needs + or - between terms")
        value = _unit_mm(unit, axis_mm, margin_mm)
        value *= float(factor) if factor else 1.0
        total += -value if sign == "-" else value
        pos = m.end()
        first = False
    if first:
        raise TemplateError(f"empty length '{expr}'")
    return total


def _unit_mm(unit: str, axis_mm: float, margin_mm: float) -> float:
    unit = unit.replace(" ", "")
    if unit == "margin":
        return margin_mm
    if unit.endswith("%"):
        return float(unit[:-1]) / 100.0 * axis_mm
    if unit.endswith("mm"):
        return float(unit[:-2])
    return float(unit)


def frame_rect(
    frame: FrameSpec, trim: TrimSize, margin_mm: float, bleed_pt: float = 0.0
) -> Rect:
    """The frame's rectangle in points; bleed frames reach past trim edges they touch."""
    spec = trim.spec
    x = resolve_length(frame.box[0], spec.width_mm, margin_mm)
    y = resolve_length(frame.box[1], spec.height_mm, margin_mm)
    w = resolve_length(frame.box[2], spec.width_mm, margin_mm)
    h = resolve_length(frame.box[3], spec.height_mm, margin_mm)
    rect = Rect(mm_to_pt(x), mm_to_pt(y), mm_to_pt(w), mm_to_pt(h))
    if frame.bleed and bleed_pt > 0:
        rect = _extend_into_bleed(rect, spec.width_pt, spec.height_pt, bleed_pt)
    return rect


def _extend_into_bleed(rect: Rect, page_w: float, page_h: float, bleed: float) -> Rect:
    tol = mm_to_pt(0.5)
    left = rect.x - bleed if rect.x <= tol else rect.x
    top = rect.y - bleed if rect.y <= tol else rect.y
    right = rect.right + bleed if rect.right >= page_w - tol else rect.right
    bottom = rect.bottom + bleed if rect.bottom >= page_h - tol else rect.bottom
    return Rect(left, top, right - left, bottom - top)


# --- loading --------------------------------------------------------------


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise TemplateError(f"{path.name}: {exc}") from exc


def _frame(path: Path, raw: dict) -> FrameSpec:
    _check_keys(path, raw, FRAME_KEYS, f"frame '{raw.get('key', '?')}'")
    style = raw.get("style")
    if style is not None:
        from lifebook.layout.styles import load_styles

        styles = load_styles().styles
        if style not in styles:
            raise TemplateError(f"{path.name}: frame '{raw.get('key')}' has style '{style}', "
                                f"which styles.toml does not define; known: {', '.join(sorted(styles))}")
    try:
        box = raw["box"]
        if len(box) != 4:
            raise TemplateError(f"{path.name}: frame '{raw.get('key')}' box needs 4 lengths")
        known = {"key", "kind", "box", "bleed", "style", "label"}
        return FrameSpec(
            key=raw["key"],
            kind=FrameKind(raw["kind"]),
            box=tuple(str(v) for v in box),  # type: ignore[arg-type]
            bleed=bool(raw.get("bleed", False)),
            style=raw.get("style"),
            label=raw.get("label", ""),
            options={k: v for k, v in raw.items() if k not in known},
        )
    except KeyError as exc:
        raise TemplateError(f"{path.name}: a frame is missing '{exc.args[0]}'") from exc
    except ValueError as exc:
        raise TemplateError(f"{path.name}: {exc}") from exc


def _page_template(path: Path) -> PageTemplate:
    raw = _read_toml(path)
    _check_keys(path, raw, PAGE_KEYS, "the page template")
    if raw.get("key") != path.stem:
        raise TemplateError(f"{path.name}: key '{raw.get('key')}' must match the file name")
    frames = tuple(_frame(path, f) for f in raw.get("frames", []))
    variants = {
        name: tuple(_frame(path, f) for f in variant.get("frames", []))
        for name, variant in raw.get("variants", {}).items()
    }
    return PageTemplate(
        key=raw["key"],
        name=raw.get("name", raw["key"]),
        description=raw.get("description", ""),
        kinds=tuple(raw.get("kinds", [k.value for k in BookKind])),
        background=raw.get("background", "paper"),
        frames=frames,
        variants=variants,
        page_number=bool(raw.get("page_number", True)),
        autoflow=int(raw.get("autoflow", 0)),
    )


@cache
def page_templates(root: Path | None = None) -> dict[str, PageTemplate]:
    folder = (root or templates_dir()) / "pages"
    return {p.stem: _page_template(p) for p in sorted(folder.glob("*.toml"))}


def autoflow_templates() -> dict[int, str]:
    """Photos per page -> the page template autoflow uses for that many (``autoflow = N``)."""
    return {t.autoflow: t.key for t in page_templates().values() if t.autoflow > 0}


def page_template(key: str) -> PageTemplate:
    templates = page_templates()
    try:
        return templates[key]
    except KeyError:
        raise TemplateError(
            f"there is no page template '{key}'; known: {', '.join(sorted(templates))}"
        ) from None


def _plans(path: Path, raw: dict, where: str) -> tuple[Plan, ...]:
    tokens = raw.get("plans", [])
    if isinstance(tokens, str):
        tokens = [tokens]
    try:
        return tuple(Plan(t) for t in tokens)
    except ValueError:
        known = ", ".join(p.value for p in Plan)
        raise TemplateError(
            f"{path.name}: {where} has plans {tokens}; each must be one of: {known}"
        ) from None


def template_locale() -> str:
    """The language for the book templates: LIFEBOOK_LOCALE (the window sets it from
    the system's locale at start-up), else the POSIX locale variables; '' for none."""
    for variable in ("LIFEBOOK_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "").strip()
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value
    return ""


def locale_candidates(locale: str) -> list[str]:
    """'cy-GB.UTF-8' -> ['cy_GB', 'cy']: the most specific translation first."""
    name = re.split(r"[.@]", locale.strip(), maxsplit=1)[0].replace("-", "_")
    if not re.fullmatch(r"[A-Za-z]{2,3}(_[A-Za-z0-9]{2,4})?", name):
        return []
    language, _, region = name.partition("_")
    language = language.lower()
    return [f"{language}_{region.upper()}", language] if region else [language]


def book_template_path(kind: BookKind, root: Path | None = None, locale: str | None = None) -> Path:
    """templates/books/<kind>.<locale>.toml when it exists for the locale, else <kind>.toml.

    A translated book template is a whole copy of the UK English one with its
    titles, headings, texts and prompts translated (see templates/README.md), so it
    is checked just as strictly.
    """
    return in_language((root or templates_dir()) / "books", kind.value, locale)


def in_language(folder: Path, name: str, locale: str | None = None) -> Path:
    """``folder/<name>.<locale>.toml`` when there is one for locale (the user's by default),
    the most specific first, else ``folder/<name>.toml``: book templates, QA checklists."""
    for candidate in locale_candidates(template_locale() if locale is None else locale):
        translated = folder / f"{name}.{candidate}.toml"
        if translated.is_file():
            return translated
    return folder / f"{name}.toml"


def book_template(kind: BookKind, root: Path | None = None, locale: str | None = None) -> BookTemplate:
    """The book template of kind, in the language of locale (the user's by default)."""
    return _book_template(kind, root, book_template_path(kind, root, locale))


@cache
def _book_template(kind: BookKind, root: Path | None, path: Path) -> BookTemplate:
    raw = _read_toml(path)
    _check_keys(path, raw, BOOK_KEYS, "the book template")
    sections = []
    for sec in raw.get("sections", []):
        where = f"section '{sec.get('title', '')}'"
        _check_keys(path, sec, SECTION_KEYS, where)
        known = page_templates(root if root and (root / "pages").is_dir() else None)
        for p in sec.get("pages", []):
            _check_keys(path, p, PAGE_START_KEYS, f"a page of {where}")
            if p.get("template") not in known:
                raise TemplateError(f"{path.name}: a page of {where} uses template "
                                    f"'{p.get('template')}', which does not exist; known: "
                                    f"{', '.join(sorted(known))}")
        pages = tuple(
            PageStart(
                template=p["template"],
                heading=p.get("heading", ""),
                prompt=p.get("prompt", ""),
                text=p.get("text", ""),
                plans=_plans(path, p, f"a page of {where}"),
                picture=p.get("picture", ""),
            )
            for p in sec.get("pages", [])
        )
        guidance = sec.get("guidance", [])
        if not isinstance(guidance, list) or not all(isinstance(g, str) for g in guidance):
            raise TemplateError(f"{path.name}: the guidance of {where} must be a list of prompts")
        sections.append(
            SectionTemplate(title=sec["title"], pages=pages, plans=_plans(path, sec, where),
                            guidance=tuple(guidance))
        )
    return BookTemplate(kind=kind, title=raw.get("title", "{name}'s book"), sections=tuple(sections))


book_template.cache_clear = _book_template.cache_clear  # type: ignore[attr-defined]
