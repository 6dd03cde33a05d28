"""Text layout: formatted runs, font fallback, line breaking and overflow.

Text arrives as the characters the user typed plus bold/italic *marks*
(lifebook.model.richtext): formatting is structure, so every character,
``*`` included, prints as typed.

- Each newline starts a new line (a hard break); a blank line starts a new
  paragraph, with a little extra space above it.

Each character is drawn in the book's family if that face has a glyph, else in
the fallback family (Noto Sans), else it is left out of the drawn runs and
named in a "missing-glyph" finding: no tofu boxes on paper.

Lines break at spaces; a word longer than the line is broken between
characters. Lines that do not fit the frame's height are not drawn and are
reported as a "text-overflow" error: text is never silently cut. Body text
keeps its size (pages stay consistent); styles with ``shrink_to`` < 1
(titles and headings) first shrink in 5% steps down to that fraction.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from lifebook.i18n import translate
from lifebook.layout import fonts
from lifebook.layout import lines as textlines
from lifebook.layout.display import Finding, FindingCode, Rect, TextRun
from lifebook.layout.lines import ShapedParagraph
from lifebook.layout.styles import TextStyle, load_styles
from lifebook.model.enums import Severity
from lifebook.model.richtext import Mark, RichText

# Text in these styles names the book, the child or a section: a character left
# out of it is an error, not a warning (see text_findings).
HEADING_STYLES = frozenset({"title", "subtitle", "heading", "letter-heading"})
PARAGRAPH_GAP = 0.5  # extra space above a paragraph after a blank line, in line heights
SHRINK_STEP = 0.05
_EPS = 0.01  # points of tolerance when fitting lines

# --- markup ----------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Paragraph:
    """One line of the source text, as styled spans."""

    spans: tuple[Span, ...]
    space_before: bool = False  # a blank line came before it


def paragraphs(rich: RichText) -> list[Paragraph]:
    """Paragraphs (one per non-blank line of the text) of styled spans.

    Tabs print as spaces and spaces at the ends of a line are not drawn; every
    other character the user typed is kept. (Stored text has no CR LF:
    RichText.of folds it.)
    """
    text = rich.text.replace("\r", "\n").replace("\t", " ")  # one for one: marks stay put
    rich = RichText(text, rich.marks)
    out: list[Paragraph] = []
    gap = False
    for start, end in rich.lines():
        line = text[start:end]
        if not line.strip():
            gap = bool(out)
            continue
        lead = len(line) - len(line.lstrip(" "))
        trail = len(line) - len(line.rstrip(" "))
        spans = tuple(
            Span(run.text, run.bold, run.italic)
            for run in rich.runs(start + lead, end - trail)
            if run.text
        )
        out.append(Paragraph(spans, space_before=gap))
        gap = False
    return out


# --- glyphs ----------------------------------------------------------------


def _ignorable(ch: str) -> bool:
    """Invisible format characters (joiners, variation selectors) we may drop quietly."""
    return textlines.ignorable(ch)


def describe_char(ch: str) -> str:
    """A character as shown in messages: quoted, or its code point if invisible."""
    if ch.isprintable() and not ch.isspace() and unicodedata.category(ch)[0] != "M":
        return f"'{ch}'"
    return f"U+{ord(ch):04X}"


def _shape(
    paragraphs: list[Paragraph], family: str, style: TextStyle, missing: dict[str, None]
) -> list[ShapedParagraph]:
    """Faces, directions and glyphs for every paragraph; collect characters no face can draw."""
    chain = load_styles().fallback_chain
    return [
        textlines.shape_paragraph(
            [(span.text, style.bold or span.bold, style.italic or span.italic)
             for span in para.spans],
            family,
            chain,
            missing,
            para.space_before,
        )
        for para in paragraphs
    ]


# --- placing ---------------------------------------------------------------


@dataclass(frozen=True)
class LineBox:
    """A drawn line: its extent (ink width, line-box height) and baseline."""

    x: float
    top: float
    width: float
    height: float
    baseline: float


@dataclass
class TextLayout:
    runs: list[TextRun] = field(default_factory=list)
    lines: list[LineBox] = field(default_factory=list)
    size: float = 0.0
    line_height: float = 0.0
    lines_total: int = 0
    overflow_lines: int = 0
    overflow_words: int = 0
    missing: tuple[str, ...] = ()
    split_words: bool = False
    style_name: str = ""  # the text style laid out ("title", "body", …)

    @property
    def overflowed(self) -> bool:
        return self.overflow_lines > 0

    @property
    def bounds(self) -> Rect | None:
        """The box around the drawn lines, or None if nothing is drawn."""
        if not self.lines:
            return None
        left = min(ln.x for ln in self.lines)
        right = max(ln.x + ln.width for ln in self.lines)
        top, bottom = self.lines[0].top, self.lines[-1].top + self.lines[-1].height
        return Rect(left, top, right - left, bottom - top)


def _place(
    shaped: list[ShapedParagraph],
    rect: Rect,
    style: TextStyle,
    size: float,
    family: str,
    colour: str,
    frame_key: str,
) -> TextLayout:
    line_h = size * style.leading
    m = fonts.metrics(fonts.face_name(family, style.bold, style.italic))
    baseline_offset = (line_h - (m.ascent - m.descent) * size) / 2 + m.ascent * size
    planned: list[tuple[ShapedParagraph, int, int, float]] = []  # (paragraph, start, end, gap)
    split = False
    for para in shaped:
        broken, was_split = textlines.break_paragraph(para, rect.w, size)
        split = split or was_split
        for i, (start, end) in enumerate(broken):
            gap = PARAGRAPH_GAP * line_h if (i == 0 and para.space_before) else 0.0
            planned.append((para, start, end, gap))
    fitted = 0
    height = 0.0
    for *_line, gap in planned:
        extra = (gap if fitted else 0.0) + line_h
        if height + extra > rect.h + _EPS:
            break
        height += extra
        fitted += 1
    if style.valign == "middle" and fitted == len(planned):
        y = rect.y + (rect.h - height) / 2
    elif style.valign == "bottom" and fitted == len(planned):
        y = rect.y + rect.h - height
    else:
        y = rect.y
    result = TextLayout(size=size, line_height=line_h, lines_total=len(planned), split_words=split)
    for index, (para, start, end, gap) in enumerate(planned[:fitted]):
        y += gap if index else 0.0
        pieces = textlines.line_pieces(para, start, end)
        line_w = sum(p.advance for p in pieces) * size
        align = style.align
        if para.rtl and align in ("left", "right"):
            align = "right" if align == "left" else "left"  # start and end swap sides
        x = rect.x
        if align == "centre":
            x += (rect.w - line_w) / 2
        elif align == "right":
            x += rect.w - line_w
        baseline = y + baseline_offset
        result.lines.append(LineBox(x, y, line_w, line_h, baseline))
        run_x = x
        for piece in pieces:
            pen = 0.0
            positions = []
            for g in piece.glyphs:
                positions.append((round((pen + g.dx) * size, 4), round(-g.dy * size, 4)))
                pen += g.advance
            result.runs.append(
                TextRun(
                    run_x, baseline, para.text[piece.start : piece.end], piece.face, size,
                    colour, frame_key,
                    glyphs=tuple(g.gid for g in piece.glyphs),
                    positions=tuple(positions),
                    advance=pen * size,
                    rtl=piece.level % 2 == 1,
                )
            )
            run_x += pen * size
        y += line_h
    rest = planned[fitted:]
    result.overflow_lines = len(rest)
    result.overflow_words = sum(len(p.text[a:b].split()) for p, a, b, _g in rest)
    return result


def _scales(shrink_to: float) -> list[float]:
    scales = [1.0]
    while scales[-1] - SHRINK_STEP >= shrink_to - 1e-9:
        scales.append(round(scales[-1] - SHRINK_STEP, 4))
    if scales[-1] > shrink_to + 1e-9:
        scales.append(shrink_to)
    return scales


def layout_text(
    text: str,
    rect: Rect,
    style: TextStyle,
    family: str,
    *,
    frame_key: str = "",
    colour: str | None = None,
    marks: tuple[Mark, ...] = (),
) -> TextLayout:
    """Lay out ``text`` (bold/italic from ``marks``) in ``rect`` with ``style`` in ``family``.

    A style with ``shrink_to`` < 1 tries smaller sizes (5% steps) until the text
    fits without splitting a word; failing that, the largest size that fits at
    all; failing that, the smallest size, with the overflow reported.
    """
    missing: dict[str, None] = {}
    shaped = _shape(paragraphs(RichText(text, marks)), family, style, missing)
    colour = colour or style.colour
    attempts: list[TextLayout] = []
    for scale in _scales(style.shrink_to):
        result = _place(shaped, rect, style, style.size * scale, family, colour, frame_key)
        attempts.append(result)
        if not result.overflowed and not result.split_words:
            break
    else:
        fitting = [a for a in attempts if not a.overflowed]
        result = fitting[0] if fitting else attempts[-1]
    result.missing = tuple(missing)
    result.style_name = style.name
    return result


# --- findings --------------------------------------------------------------


def _missing_message(count: int, heading: bool) -> str:
    """The whole sentence for each case, so translators see it whole."""
    if heading:
        return (translate("layout.text", "{where}: 1 character cannot be printed by any bundled "
                          "font: {chars}. It is left out of the heading, so the book cannot be "
                          "finalised until it is changed.") if count == 1 else
                translate("layout.text", "{where}: {count} characters cannot be printed by any "
                          "bundled font: {chars}. They are left out of the heading, so the book "
                          "cannot be finalised until it is changed."))
    return (translate("layout.text", "{where}: 1 character cannot be printed by any bundled "
                      "font: {chars}. It is left out of the page; use words instead.")
            if count == 1 else
            translate("layout.text", "{where}: {count} characters cannot be printed by any "
                      "bundled font: {chars}. They are left out of the page; use words instead."))


def _overflow_message(lines: int, words: int) -> str:
    """The whole sentence for each case, so translators see it whole."""
    if lines == 1:
        return (translate("layout.text", "{where}: the text is too long for its box; 1 line "
                          "(about 1 word) does not fit. Shorten it, or choose a template with "
                          "more room.") if words == 1 else
                translate("layout.text", "{where}: the text is too long for its box; 1 line "
                          "(about {words} words) does not fit. Shorten it, or choose a template "
                          "with more room."))
    return (translate("layout.text", "{where}: the text is too long for its box; {lines} lines "
                      "(about 1 word) do not fit. Shorten it, or choose a template with more "
                      "room.") if words == 1 else
            translate("layout.text", "{where}: the text is too long for its box; {lines} lines "
                      "(about {words} words) do not fit. Shorten it, or choose a template with "
                      "more room."))


def text_findings(
    layout: TextLayout, *, page_number: int, page_id: int | None, frame_key: str, where: str = ""
) -> list[Finding]:
    """The overflow and missing-glyph findings of one laid-out frame (``where``: "Page 4 (the text)")."""
    # the frame key is internal: never shown
    where = where or translate("layout.text", "Page {number}").format(number=page_number)
    found: list[Finding] = []
    if layout.missing:
        n = len(layout.missing)
        chars = ", ".join(describe_char(ch) for ch in layout.missing)
        heading = layout.style_name in HEADING_STYLES
        found.append(
            Finding(
                Severity.ERROR if heading else Severity.WARNING,
                FindingCode.MISSING_GLYPH,
                _missing_message(n, heading).format(where=where, count=n, chars=chars),
                page_number,
                page_id,
                frame_key,
            )
        )
    if layout.overflowed:
        found.append(
            Finding(
                Severity.ERROR,
                FindingCode.TEXT_OVERFLOW,
                _overflow_message(layout.overflow_lines, layout.overflow_words).format(
                    where=where, lines=layout.overflow_lines, words=layout.overflow_words),
                page_number,
                page_id,
                frame_key,
                count=layout.overflow_lines,
            )
        )
    return found
