"""What the guidance panel shows for one section of a letter.

For the section being written: its practice prompts (template data, the
``guidance`` list of each section in ``templates/books/*.toml``, with
``{name}`` filled in; a section the template does not know shows its pages'
own writing prompts), the section's reading age against the reader's age,
and its language issues (jargon and blaming tone) and dates the chronology
says differently (``checks.letter_dates``), each pointing at the page and
frame that holds the words.

Pure: it reads the open book's content (the editor already holds it) and
the template files, not the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lifebook.checks.language import (
    LETTER_READER_AGE,
    READING_AGE_SLACK,
    JargonTerm,
    LanguageDataError,
    TextIssue,
    jargon_issues,
    load_jargon,
    reading_issue,
    reading_level,
    tone_issues,
)
from lifebook.checks.letter_dates import (
    DateMismatch,
    book_facts,
    mismatch_message,
    text_mismatches,
)
from lifebook.i18n import translate
from lifebook.layout.naming import fill_name_text
from lifebook.layout.templates import TemplateError, book_template
from lifebook.model.content import BookContent, PageContent
from lifebook.model.dates import format_uk_date
from lifebook.model.enums import BookKind, DatePrecision
from lifebook.model.richtext import Mark, RichText
from lifebook.services.text_checks import user_jargon_path

NOT_WORDS = ("heading",)  # frames whose words are headings, not the letter's text


@dataclass(frozen=True)
class GuidanceIssue:
    """A language issue in the section, and where its words are."""

    kind: str  # "jargon", "tone" or "reading-level"
    quote: str
    message: str
    suggestion: str = ""
    page_id: int | None = None
    frame_key: str | None = None
    start: int = 0  # the words in the frame's text: text[start:end] == quote
    end: int = 0
    replacement: str = ""  # a date: the chronology's, in the same form ("" for none)


@dataclass(frozen=True)
class SectionGuidance:
    section: str
    prompts: tuple[str, ...]
    reader_age: int
    reading_age: int | None  # None: too few words to tell
    words: int
    issues: tuple[GuidanceIssue, ...] = ()

    @property
    def reads_too_old(self) -> bool:
        return self.reading_age is not None and \
            self.reading_age > self.reader_age + READING_AGE_SLACK


def reader_age(book: BookContent) -> int:
    """Who reads it: a letter is read at 14 or later (a care leaver's at their own age);
    a book, by the child now."""
    if book.kind == BookKind.LATER_LIFE_LETTER:
        return max(LETTER_READER_AGE, book.child_age or 0)
    return book.child_age or LETTER_READER_AGE


def section_prompts(book: BookContent, section: str) -> tuple[str, ...]:
    """The practice prompts for ``section`` from the book's template, the child's name in."""
    try:
        sections = book_template(book.kind).sections
    except (TemplateError, OSError):
        sections = ()
    found = next((s for s in sections if s.title == section and s.guidance), None)
    if found is not None:
        prompts: Sequence[str] = found.guidance
    else:  # a section the writer named: the pages' own writing prompts
        prompts = list(dict.fromkeys(p.prompt for p in book.pages
                                     if p.section == section and p.prompt))
    return tuple(fill_name_text(p.replace("{name}", book.child_name), book.child_name)
                 for p in prompts)


def _words(page: PageContent) -> list[tuple[str, str]]:
    return [(key, frame.text) for key, frame in page.frames.items()
            if key not in NOT_WORDS and frame.text.strip()]


def chronology_words(mismatch: DateMismatch) -> str:
    """The chronology's date, said as the letter said its own ("May 2020" for a month)."""
    fact, said = mismatch.fact.when, mismatch.mention.when
    if said.precision is DatePrecision.MONTH and fact.precision is DatePrecision.DAY:
        return format_uk_date(fact.start, DatePrecision.MONTH)
    return fact.describe()


def replace_words(rich: RichText, start: int, end: int, words: str) -> RichText:
    """``rich`` with ``text[start:end]`` replaced by ``words``; bold and italic move with the
    words around it (a mark over the old words covers the new ones)."""
    delta = len(words) - (end - start)

    def moved(pos: int) -> int:
        if pos <= start:
            return pos
        if pos >= end:
            return pos + delta
        return start + min(pos - start, len(words))

    marks = [Mark(moved(m.start), moved(m.end), m.style) for m in rich.marks]
    return RichText.of(rich.text[:start] + words + rich.text[end:], marks)


def section_guidance(book: BookContent, section: str,
                     terms: Sequence[JargonTerm] | None = None) -> SectionGuidance:
    """Prompts, reading age and language issues for one section of ``book``."""
    if terms is None:
        try:
            terms = load_jargon([user_jargon_path()])
        except LanguageDataError:
            terms = load_jargon()  # a broken list of the user's own: the shipped one
    age = reader_age(book)
    facts = book_facts(book) if book.kind == BookKind.LATER_LIFE_LETTER else []
    pages = [p for p in book.pages if p.section == section]
    issues: list[GuidanceIssue] = []
    texts: list[str] = []
    for page in pages:
        for key, text in _words(page):
            texts.append(text)
            found = [(i, "") for i in jargon_issues(text, terms) + tone_issues(text)]
            found += [(TextIssue("date", m.mention.start, m.mention.end, m.mention.quote,
                                 mismatch_message(m, f"Page {page.number}")), chronology_words(m))
                      for m in text_mismatches(text, facts)]
            issues += [GuidanceIssue(i.kind, i.quote, i.message, i.suggestion, page.page_id, key,
                                     i.start, i.end, fix)
                       for i, fix in sorted(found, key=lambda f: f[0].start)]
    whole = "\n\n".join(texts)
    level = reading_level(whole)
    too_hard = reading_issue(whole, age, translate("services.letter_guidance",
                                                   "The section “{section}”").format(section=section))
    if too_hard is not None:
        where = next(((p.page_id, key) for p in pages for key, text in _words(p)
                      if too_hard.quote in text), (None, None))
        issues.insert(0, GuidanceIssue(too_hard.kind, too_hard.quote, too_hard.message,
                                       too_hard.suggestion, *where))
    return SectionGuidance(section, section_prompts(book, section), age, level.age, level.words,
                           tuple(issues))
