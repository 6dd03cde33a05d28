"""Glyph coverage of the names a book prints: the child's name and the book's title.

A book that would print without part of the child's name must not be
finalised. The layout reports characters it leaves out frame by frame
("missing-glyph"); this check looks at the names themselves, in the book's
own font family with its fallbacks, so the error names the child's name
even when no frame shows it yet, and it gathers what a final copy refuses.
"""

from __future__ import annotations

from collections.abc import Iterable

from lifebook.i18n import translate
from lifebook.layout.display import Finding, FindingCode
from lifebook.layout.lines import shape_paragraph
from lifebook.layout.styles import load_styles
from lifebook.layout.text import describe_char
from lifebook.model.content import BookContent
from lifebook.model.enums import Severity

MISSING_GLYPH_CODES = frozenset({FindingCode.MISSING_GLYPH, FindingCode.NAME_MISSING_GLYPH})


def unprintable(text: str, family: str, *, bold: bool = False) -> tuple[str, ...]:
    """The characters of ``text`` that no bundled face (with fallbacks) can print."""
    missing: dict[str, None] = {}
    for line in text.splitlines() or [""]:
        shape_paragraph([(line, bold, False)], family, load_styles().fallback_chain, missing)
    return tuple(missing)


def name_findings(book: BookContent) -> list[Finding]:
    """Errors for a child's name or book title that cannot be printed in full."""
    family = load_styles().family(book.kind)
    found: list[Finding] = []
    for is_name, text in ((True, book.child_name), (False, book.title)):
        missing = unprintable(text, family, bold=False) + unprintable(text, family, bold=True)
        missing = tuple(dict.fromkeys(missing))
        if not missing:
            continue
        chars = ", ".join(describe_char(ch) for ch in missing)
        found.append(
            Finding(
                Severity.ERROR,
                FindingCode.NAME_MISSING_GLYPH,
                _unprintable_name(is_name, len(missing)).format(text=text, chars=chars),
            )
        )
    return found


def _unprintable_name(is_name: bool, count: int) -> str:
    """The whole sentence for each case, so translators see it whole."""
    if is_name and count == 1:
        return translate("checks.glyphs", "The child's name “{text}” has a character that no "
                         "font in Lifebook can print: {chars}. The book would be printed without "
                         "it, so it cannot be finalised. Please tell the Lifebook team which name "
                         "this is, so the right font can be added.")
    if is_name:
        return translate("checks.glyphs", "The child's name “{text}” has characters that no "
                         "font in Lifebook can print: {chars}. The book would be printed without "
                         "it, so it cannot be finalised. Please tell the Lifebook team which name "
                         "this is, so the right font can be added.")
    if count == 1:
        return translate("checks.glyphs", "The book's title “{text}” has a character that no "
                         "font in Lifebook can print: {chars}. The book would be printed without "
                         "it, so it cannot be finalised. Please tell the Lifebook team which name "
                         "this is, so the right font can be added.")
    return translate("checks.glyphs", "The book's title “{text}” has characters that no "
                     "font in Lifebook can print: {chars}. The book would be printed without "
                     "it, so it cannot be finalised. Please tell the Lifebook team which name "
                     "this is, so the right font can be added.")


def final_blockers(findings: Iterable[Finding]) -> list[Finding]:
    """Findings that stop a final copy: any character that would be left out of the page."""
    return [f for f in findings if f.code in MISSING_GLYPH_CODES]
