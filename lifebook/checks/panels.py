"""Words and Pictures panels: short, in words the child knows.

Each page of a Words and Pictures book carries one or two short sentences.
A page warns when its words run past about 25, or when it uses long words
for the child's age (counted in syllables, as the reading-age check does).
Words starting with a capital letter are taken as names (people, places)
and never called long; neither is the child's own name.
"""

from __future__ import annotations

import re

from lifebook.checks.language import syllables
from lifebook.i18n import translate
from lifebook.layout.display import Finding, FindingCode
from lifebook.layout.naming import fill_name_text
from lifebook.model.content import BookContent, PageContent
from lifebook.model.enums import BookKind, Severity

PANEL_WORDS = 25  # "one or two short sentences"
WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?")


def long_word_syllables(age: int | None) -> int:
    """How many syllables make a word long for a child of this age (unknown: as for the youngest).

    Up to 7, four syllables ("responsible", "information"); up to 11, five
    ("inappropriate"); older, six. Everyday words of three ("family",
    "nobody", "Saturday") are never flagged.
    """
    if age is None or age <= 7:
        return 4
    return 5 if age <= 11 else 6


def panel_words(book: BookContent, page: PageContent) -> list[str]:
    """The words on a page as the child will read them ([Name] filled in)."""
    text = " ".join(fill_name_text(f.text, book.child_name) for f in page.frames.values() if f.text)
    return WORD.findall(text)


def panel_findings(book: BookContent) -> list[Finding]:
    """Warnings for Words and Pictures pages that say too much, or in words too long."""
    if book.kind != BookKind.WORDS_AND_PICTURES:
        return []
    limit = long_word_syllables(book.child_age)
    own_name = {w.casefold() for w in WORD.findall(book.child_name)}
    findings: list[Finding] = []
    for page in book.pages:
        words = panel_words(book, page)
        key = "text" if "text" in page.frames else None
        if len(words) > PANEL_WORDS:
            findings.append(Finding(
                Severity.WARNING, FindingCode.PANEL_TOO_LONG,
                translate("checks.panels", "Page {number} has {count} words. A Words and "
                          "Pictures page works best with one or two short sentences (about "
                          "{most} words): try splitting it over two pages.").format(
                    number=page.number, count=len(words), most=PANEL_WORDS),
                page.number, page.page_id, key, len(words)))
        long = [w for w in dict.fromkeys(words)
                if not w[0].isupper() and w.casefold() not in own_name and syllables(w) >= limit]
        if long:
            shown = ", ".join(f"\u201c{w}\u201d" for w in long[:4])
            findings.append(Finding(
                Severity.WARNING, FindingCode.PANEL_LONG_WORDS,
                _hard_words(len(long), book.child_age).format(
                    number=page.number, words=shown, age=book.child_age),
                page.number, page.page_id, key, len(long)))
    return findings


def _hard_words(count: int, age: int | None) -> str:
    """The whole sentence for each case, so translators see it whole."""
    if age is None:
        return (translate("checks.panels", "Page {number}: {words} may be a hard word for a young "
                          "child. Shorter, everyday words are easier to read together.")
                if count == 1 else
                translate("checks.panels", "Page {number}: {words} may be hard words for a young "
                          "child. Shorter, everyday words are easier to read together."))
    return (translate("checks.panels", "Page {number}: {words} may be a hard word for a child of "
                      "{age}. Shorter, everyday words are easier to read together.")
            if count == 1 else
            translate("checks.panels", "Page {number}: {words} may be hard words for a child of "
                      "{age}. Shorter, everyday words are easier to read together."))
