"""The layout engine: a book's pages (plain data) -> one display list per page.

Both painters (PDF and Qt) draw the returned PageLayout as it is, so the
editor shows exactly what will print. Everything is in points, origin at the
top-left of the trim, y down; bleed content has negative coordinates.

Paint order inside ``PageLayout.items``: decoration under the content, photos,
text (with any panels), then decoration over the content (the page number).
``editor_only`` holds placeholders for empty frames; it is never printed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from lifebook.i18n import translate
from lifebook.layout import chronology_table, fonts, journey
from lifebook.layout.display import (
    DisplayItem,
    Finding,
    FindingCode,
    FrameBox,
    PageLayout,
    Rect,
    ShapeItem,
    StrokeItem,
)
from lifebook.layout.family_tree_draw import draw_family_tree, has_family
from lifebook.layout.fitting import cover_crop, effective_ppi, rotated_size
from lifebook.layout.naming import fill_name
from lifebook.layout.page_numbers import draw_page_number
from lifebook.layout.pagination import number_pages
from lifebook.layout.pictures import LOW_PPI, draw_picture
from lifebook.layout.styles import StyleError, StyleSheet, TextStyle, load_styles
from lifebook.layout.templates import FrameSpec, TemplateError, frame_rect, page_template
from lifebook.layout.text import TextLayout, layout_text, text_findings
from lifebook.layout.watermark import DRAFT
from lifebook.layout.wording import frame_names
from lifebook.model.content import BookContent, FrameContent, PageContent
from lifebook.model.enums import FrameKind, Severity
from lifebook.model.richtext import BOLD, Mark, RichText
from lifebook.model.trim import mm_to_pt

PANEL_PAD_MM = (3.0, 1.5)  # caption panel padding: horizontal, vertical

# Ornaments drawn with a frame's text, by style; a frame may set ``ornament``
# ("underline", "rule", "dots" or "none") in its template to choose another.
DEFAULT_ORNAMENTS = {"heading": "underline", "letter-heading": "rule", "title": "dots"}
DEFAULT_STYLES = {FrameKind.TITLE: "title", FrameKind.CAPTION: "caption"}
# photo geometry lives in layout.fitting and layout.pictures; these names stay importable here
__all__ = ["LOW_PPI", "cover_crop", "effective_ppi", "layout_book", "layout_page", "rotated_size"]


# --- the page builder ------------------------------------------------------


@dataclass
class _Page:
    book: BookContent
    page: PageContent
    sheet: StyleSheet
    layout: PageLayout
    target_ppi: int
    family: str
    part: int = 0  # which printed page of a page drawn from the chronology (layout.pagination)
    layout_frames: tuple[FrameSpec, ...] = ()
    names: dict[str, str] = field(default_factory=dict)
    under: list[DisplayItem] = field(default_factory=list)
    images: list[DisplayItem] = field(default_factory=list)
    texts: list[DisplayItem] = field(default_factory=list)
    over: list[DisplayItem] = field(default_factory=list)
    editor: bool = True  # False when exporting: no editor-only placeholders are laid out

    # helpers ---------------------------------------------------------------

    def name(self, key: str) -> str:
        """The frame as a person calls it: "the second photo", "the heading" (never its key)."""
        return self.names.get(key, "a part of the page")

    def where(self, key: str) -> str:
        """"Page 4 (the heading)": where a finding is, in words."""
        return translate("layout.engine", "Page {number} ({frame})").format(
            number=self.layout.number, frame=self.name(key))

    def find(self, severity: Severity, code: FindingCode, message: str, key: str | None) -> None:
        self.layout.findings.append(
            Finding(severity, code, message, self.layout.number, self.page.page_id, key)
        )

    def colour(self, name: str, default: str = "#2E2A28") -> str:
        try:
            return self.sheet.colour(name)
        except StyleError:
            return default

    def style_for(self, spec: FrameSpec, content: FrameContent | None) -> TextStyle:
        default = spec.style or DEFAULT_STYLES.get(spec.kind, "body")
        base = self.sheet.style(default)
        if content is not None and content.style:
            return self.sheet.style(content.style, default=base.name)
        return base

    def trim_clip(self, rect: Rect) -> Rect:
        """``rect`` without its bleed: for editor placeholders."""
        left, top = max(rect.x, 0.0), max(rect.y, 0.0)
        right, bottom = min(rect.right, self.layout.width), min(rect.bottom, self.layout.height)
        return Rect(left, top, max(right - left, 0.0), max(bottom - top, 0.0))

    # frames ------------------------------------------------------------------

    def frame(self, spec: FrameSpec, rect: Rect) -> None:
        content = self.page.frames.get(spec.key)
        if spec.kind in (FrameKind.PHOTO, FrameKind.DRAWING):
            draw_picture(self, spec, rect, content)
        elif spec.kind == FrameKind.AUTO:
            self.auto(spec, rect, content)
        else:
            self.text(spec, rect, content)

    def caption_text(self, spec: FrameSpec, content: FrameContent | None) -> RichText:
        """A caption frame's text, or the caption stored with its photo."""
        rich = content.rich if content else RichText()
        if not rich.text.strip() and spec.kind == FrameKind.CAPTION and spec.key.startswith("caption"):
            photo = self.page.frames.get("photo" + spec.key.removeprefix("caption"))
            if photo is not None and photo.media is not None:
                rich = RichText(photo.media.caption)
        return rich

    def text(self, spec: FrameSpec, rect: Rect, content: FrameContent | None) -> None:
        rich = fill_name(self.caption_text(spec, content), self.book.child_name)
        text = rich.text
        if not text.strip():
            self.placeholder(spec, rect, prompt=self.prompt_for(spec))
            if spec.kind != FrameKind.CAPTION and not spec.options.get("optional"):
                self.find(
                    Severity.INFO,
                    FindingCode.EMPTY_FRAME,
                    translate("layout.engine", "Page {number}: {frame} has no words yet.").format(
                        number=self.page.number, frame=self.name(spec.key)),
                    spec.key,
                )
            return
        style = self.style_for(spec, content)
        pad_x = mm_to_pt(PANEL_PAD_MM[0]) if style.panel else 0.0
        pad_y = mm_to_pt(PANEL_PAD_MM[1]) if style.panel else 0.0
        inner = Rect(rect.x + pad_x, rect.y + pad_y, rect.w - 2 * pad_x, rect.h - 2 * pad_y)
        laid = layout_text(text, inner, style, self.family, frame_key=spec.key, marks=rich.marks)
        bounds = laid.bounds
        if style.panel and bounds is not None:
            self.texts.append(
                ShapeItem(
                    rect=Rect(
                        bounds.x - pad_x,
                        bounds.y - pad_y,
                        bounds.w + 2 * pad_x,
                        bounds.h + 2 * pad_y,
                    ),
                    fill=style.panel,
                    corner_radius=mm_to_pt(2.5),
                    frame_key=spec.key,
                )
            )
        self.texts.extend(laid.runs)
        self.layout.findings.extend(
            text_findings(
                laid, page_number=self.page.number, page_id=self.page.page_id, frame_key=spec.key,
                where=self.where(spec.key),
            )
        )
        ornament = spec.options.get("ornament") or DEFAULT_ORNAMENTS.get(style.name, "none")
        _ORNAMENTS.get(str(ornament), _no_ornament)(self, spec.key, rect, laid)

    def prompt_for(self, spec: FrameSpec) -> str:
        """The page's writing prompt, shown in the main text frame's placeholder."""
        if not self.page.prompt or spec.kind != FrameKind.TEXT:
            return ""
        text_keys = [f.key for f in self.layout_frames if f.kind == FrameKind.TEXT]
        main = "text" if "text" in text_keys else (text_keys[0] if text_keys else "")
        return self.page.prompt if spec.key == main else ""

    # auto frames -----------------------------------------------------------

    def auto(self, spec: FrameSpec, rect: Rect, content: FrameContent | None) -> None:
        source = str(spec.options.get("source", ""))
        _AUTO_SOURCES.get(source, _auto_unknown)(self, spec, rect, content)

    # editor-only placeholders --------------------------------------------

    def placeholder(
        self,
        spec: FrameSpec,
        rect: Rect,
        *,
        prompt: str = "",
        note: str = "",
        text_share: float = 1.0,
    ) -> None:
        """A dashed box with the frame's label (and the page's prompt): editor only.

        ``text_share`` is the fraction of the box, from the top, that holds the words.
        Not laid out for export (``editor`` False): it would never print, and
        its words would cost a font parse.
        """
        if not self.editor:
            return
        box = self.trim_clip(rect)
        self.layout.editor_only.append(
            ShapeItem(
                rect=box,
                fill=self.colour("frame-empty", "#EFE7DC"),
                stroke=self.colour("frame-empty-line", "#CBBBA6"),
                stroke_width=1.0,
                corner_radius=min(mm_to_pt(3.0), box.w / 2, box.h / 2),
                frame_key=spec.key,
                dash=(4.0, 3.0),
            )
        )
        size = min(12.0, box.h / 1.6)
        style = TextStyle(
            "placeholder",
            size,
            1.3,
            colour=self.colour("soft-ink"),
            align="centre",
            valign="middle",
        )
        label = spec.label or spec.key
        extra = prompt or note
        text = f"{label}\n{extra}" if extra else label
        inset = min(mm_to_pt(4.0), box.w / 6)
        inner = Rect(box.x + inset, box.y + 2, box.w - 2 * inset, box.h * text_share - 4)
        laid = layout_text(text, inner, style, self.family, frame_key=spec.key,
                           marks=(Mark(0, len(label), BOLD),))
        self.layout.editor_only.extend(laid.runs)


# --- ornaments -------------------------------------------------------------


def _no_ornament(page: _Page, key: str, rect: Rect, laid: TextLayout) -> None:
    return None


def _ink_bottom(laid: TextLayout) -> float:
    """The lowest descender of the last drawn line, by each run's font metrics."""
    last = laid.lines[-1].baseline
    runs = [r for r in laid.runs if abs(r.baseline - last) < 0.01]
    return max(r.baseline - fonts.descent(r.font, r.size) for r in runs) if runs else last


def _ink_top(laid: TextLayout) -> float:
    """The highest ascender of the first drawn line, by each run's font metrics."""
    first = laid.lines[0].baseline
    runs = [r for r in laid.runs if abs(r.baseline - first) < 0.01]
    return min(r.baseline - fonts.ascent(r.font, r.size) for r in runs) if runs else first


def _underline(page: _Page, key: str, rect: Rect, laid: TextLayout) -> None:
    """A soft rounded bar and a dot under a heading, clear of its descenders."""
    if not laid.lines:
        return
    height, gap, dot = mm_to_pt(1.8), mm_to_pt(1.0), mm_to_pt(1.8)
    top = _ink_bottom(laid) + gap
    if top + height > rect.bottom + 0.01:
        return
    width = min(max(laid.lines[0].width * 0.45, mm_to_pt(16)), mm_to_pt(45), rect.w - dot - gap)
    total = width + gap + dot
    first = laid.lines[0]
    x = (
        first.x
        if first.x - rect.x < 1
        else min(max(first.x + (first.width - total) / 2, rect.x), rect.right - total)
    )
    page.under.append(
        ShapeItem(
            Rect(x, top, width, height),
            fill=page.colour("highlight", "#F6DCAE"),
            corner_radius=height / 2,
            frame_key=key,
        )
    )
    page.under.append(
        ShapeItem(
            Rect(x + width + gap, top, dot, dot),
            shape="ellipse",
            fill=page.colour("accent-2", "#3D8C95"),
            frame_key=key,
        )
    )


def _rule(page: _Page, key: str, rect: Rect, laid: TextLayout) -> None:
    """A fine rule under a letter heading, across the frame."""
    if not laid.lines:
        return
    y = _ink_bottom(laid) + mm_to_pt(1.2)
    if y > rect.bottom + 0.01:
        return
    page.under.append(
        StrokeItem(
            ((rect.x, y), (rect.right, y)),
            width=0.75,
            colour=page.colour("accent-2", "#3D8C95"),
            frame_key=key,
        )
    )


def _dots(page: _Page, key: str, rect: Rect, laid: TextLayout) -> None:
    """Three small coloured dots above a title, where there is room (none if there is not)."""
    d = mm_to_pt(2.4)
    if not laid.lines:
        return
    top = _ink_top(laid)
    band_top = rect.y - mm_to_pt(3.5)  # titles sit below a gap; the dots may use part of it
    if top - band_top < d + mm_to_pt(3):
        return
    cy = (band_top + top) / 2
    cx = rect.x + rect.w / 2
    colours = ("accent", "accent-3", "accent-2")
    for i, name in enumerate(colours):
        x = cx + (i - 1) * mm_to_pt(5) - d / 2
        page.under.append(
            ShapeItem(
                Rect(x, cy - d / 2, d, d), shape="ellipse", fill=page.colour(name), frame_key=key
            )
        )


_ORNAMENTS: dict[str, Callable[[_Page, str, Rect, TextLayout], None]] = {
    "underline": _underline,
    "rule": _rule,
    "dots": _dots,
    "none": _no_ornament,
}


# --- auto frames (drawn from the child's record) ----------------------------


def _auto_sketch(page: _Page, spec: FrameSpec, rect: Rect, kind: str) -> None:
    """An editor-only hint of what will be drawn: an axis with dots, or a small tree."""
    box = page.trim_clip(rect)
    ink = page.colour("frame-empty-line", "#CBBBA6")
    cx, cy = box.x + box.w / 2, box.y + box.h * 0.68
    r = mm_to_pt(2.2)
    if kind == "timeline":
        left, right = box.x + box.w * 0.15, box.x + box.w * 0.85
        page.layout.editor_only.append(StrokeItem(((left, cy), (right, cy)), 2.0, ink, spec.key))
        points = [left + (right - left) * t for t in (0.1, 0.37, 0.63, 0.9)]
    else:
        top, low = cy - mm_to_pt(10), cy + mm_to_pt(6)
        points = [cx - mm_to_pt(18), cx + mm_to_pt(18)]
        page.layout.editor_only.append(
            StrokeItem(((points[0], top), (cx, low), (points[1], top)), 2.0, ink, spec.key)
        )
        page.layout.editor_only.append(
            ShapeItem(Rect(cx - r, low - r, 2 * r, 2 * r), "ellipse", ink, frame_key=spec.key)
        )
        cy = top
    for x in points:
        page.layout.editor_only.append(
            ShapeItem(Rect(x - r, cy - r, 2 * r, 2 * r), "ellipse", ink, frame_key=spec.key)
        )


def _auto_family_tree(
    page: _Page, spec: FrameSpec, rect: Rect, content: FrameContent | None
) -> None:
    """The child's family as circles (lifebook.layout.family_tree_draw), once people are added."""
    if has_family(page.book.family):
        tree = draw_family_tree(page.book.family, page.trim_clip(rect), page.family,
                                where=page.where(spec.key), key=spec.key, target_ppi=page.target_ppi)
        page.under += tree.under
        page.images += tree.images
        page.texts += tree.texts
        page.over += tree.over
        for severity, code, message in tree.notes:
            page.find(severity, code, message, spec.key)
        return
    note = translate("layout.engine", "The family tree is drawn from the people in the "
                     "child's record once they are added.")
    page.placeholder(spec, rect, note=note, text_share=0.45)
    _auto_sketch(page, spec, rect, "tree")
    page.find(Severity.INFO, FindingCode.EMPTY_FRAME, translate(
        "layout.engine", "Page {number}: {frame} is drawn from the people in the child's record "
        "once they are added.").format(number=page.page.number, frame=page.name(spec.key)),
        spec.key)


def _auto_unknown(page: _Page, spec: FrameSpec, rect: Rect, content: FrameContent | None) -> None:
    page.placeholder(spec, rect, note=translate("layout.engine",
                                                "This part is filled in automatically."))
    page.find(
        Severity.INFO,
        FindingCode.EMPTY_FRAME,
        translate("layout.engine", "Page {number}: {frame} is filled in automatically, but this "
                  "version of Lifebook does not yet know how to draw it.").format(
            number=page.page.number, frame=page.name(spec.key)),
        spec.key,
    )


AutoDrawer = Callable[[_Page, FrameSpec, Rect, FrameContent | None], None]
_AUTO_SOURCES: dict[str, AutoDrawer] = {
    "chronology": journey.draw_journey,
    "chronology-table": chronology_table.draw_table,
    "family": _auto_family_tree,
}


# --- page furniture -------------------------------------------------------


def _unplaced(page: _Page, keys: set[str]) -> None:
    """Content kept for frames this template lacks: say so, so nothing seems lost."""
    for key, content in sorted(page.page.frames.items()):
        if key in keys or not (content.text.strip() or content.media is not None):
            continue
        page.find(
            Severity.INFO,
            FindingCode.UNPLACED_CONTENT,
            (translate("layout.engine", "Page {number}: a photo from this page's earlier "
                       "template has no place in this one, so it is not shown. It is kept safe; "
                       "choose a template with more photos to show it again.")
             if content.media is not None else
             translate("layout.engine", "Page {number}: some text from this page's earlier "
                       "template has no place in this one, so it is not shown. It is kept safe; "
                       "choose a template with more text boxes to show it again.")).format(
                number=page.page.number),
            key,
        )


def layout_page(
    book: BookContent, page: PageContent, *, bleed_mm: float = 3.0, target_ppi: int = 300,
    part: int = 0, editor: bool = True,
) -> PageLayout:
    """Lay out one page of ``book`` as a display list (see lifebook.layout.display); ``part``
    picks a continuation page of a page drawn from the chronology (layout.pagination).
    With ``editor`` False (an export) the editor-only placeholders of empty frames are left out."""
    sheet = load_styles()
    spec = book.trim.spec
    layout = PageLayout(
        page_id=page.page_id,
        number=page.number + part,
        section=page.section,
        width=spec.width_pt,
        height=spec.height_pt,
        bleed=mm_to_pt(bleed_mm),
        safe_margin=sheet.margin_pt(book.trim),
        watermark=None if book.approved else DRAFT,
    )
    builder = _Page(book, page, sheet, layout, target_ppi, sheet.family(book.kind), part,
                    editor=editor)
    try:
        template = page_template(page.template)
    except TemplateError as exc:
        builder.find(
            Severity.ERROR,
            FindingCode.UNKNOWN_TEMPLATE,
            translate("layout.engine", "Page {number}: {problem}. Choose another template for "
                      "this page.").format(number=page.number, problem=exc),
            None,
        )
        return layout
    layout.background = builder.colour(template.background, "#FFFFFF")
    specs = template.frames_for(book.trim)
    builder.layout_frames = specs
    builder.names = frame_names(specs)
    margin_mm = sheet.margin_mm(book.trim)
    frames = [(f, frame_rect(f, book.trim, margin_mm, layout.bleed)) for f in specs]
    for frame_spec, rect in frames:
        layout.frames.append(
            FrameBox(frame_spec.key, frame_spec.kind.value, rect, frame_spec.label)
        )
        builder.frame(frame_spec, rect)
    if template.page_number:
        draw_page_number(builder, frames)
    _unplaced(builder, {f.key for f in specs})
    if part:  # a continuation page repeats the heading, not what the first page says of it
        auto = {f.key for f in specs if f.kind == FrameKind.AUTO}
        layout.findings[:] = [f for f in layout.findings if f.frame_key in auto]
    layout.items = [*builder.under, *builder.images, *builder.texts, *builder.over]
    return layout


def layout_book(
    book: BookContent, *, bleed_mm: float = 3.0, target_ppi: int = 300, editor: bool = True,
) -> list[PageLayout]:
    """Lay out every printed page of ``book``, in order, continuation pages included."""
    book = number_pages(book)
    return [layout_page(book, p, bleed_mm=bleed_mm, target_ppi=target_ppi, part=k, editor=editor)
            for p in book.pages for k in range(p.parts)]
