"""Dates in a letter that disagree with the child's chronology.

A later life letter retells the chronology: "On 5 May 2020 you went to live
with Jo and Sam". The writer may type the date, or insert it from the
chronology (the editor's "Insert a date from the chronology…"); either way
it is plain text, exactly as typed. This check keeps the two consistent: it
finds each written date in the letter (a day, a month or a season: "5 May
2020", "5th May 2020", "05/05/2020", "May 2020", "spring 2020"; a year on its
own says too little to check), and when no chronology date agrees with it,
looks for the event the sentence is about, by its words ("Jo", "Sam") and by
what kind of event it is ("moved", "went to live" for a move; "you were
born" for the birth). When one is found, the finding says both dates, so the
writer can correct whichever is wrong: the letter, or the chronology.

A date agrees with an event when their spans overlap ("May 2020" agrees with
5 May 2020). A date that matches nothing and sounds like no event is left
alone: a letter may well tell things the chronology does not hold.

Pure text logic over plain data: no Qt, no store.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lifebook.checks.language import sentences
from lifebook.i18n import translate
from lifebook.layout.display import Finding, FindingCode
from lifebook.model.chronology import ChronologyDate, parse_chronology_date
from lifebook.model.content import BookContent
from lifebook.model.dates import MONTHS, SEASONS
from lifebook.model.enums import BookKind, ChronologyCategory, DatePrecision, Severity

_MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_SEASON = "|".join(SEASONS)
# longest forms first, so "5 May 2020" is one date and not "May 2020"
DATE_IN_TEXT = re.compile(
    rf"(?<![\w/.-])(?:"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})\.?,?\s+\d{{4}}"
    rf"|(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,\s+\d{{4}}"
    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}}"
    rf"|(?:{_MONTH}|{_SEASON})\.?,?\s+\d{{4}}"
    rf")(?![\w/])", re.IGNORECASE)

# Words that say what kind of event a sentence tells of.
CUES: dict[str, tuple[str, ...]] = {
    ChronologyCategory.BIRTH.value: (r"you were born", r"your birth\b(?!\s+(?:mum|mother|dad|father|parents?|family|brothers?|sisters?))", r"you arrived",
                                     r"day you were born"),
    ChronologyCategory.MOVE.value: (r"\bmov(?:e|ed|ing)\b", r"\b(?:went|came|go|come) to live",
                                    r"\bplaced\b", r"\bplacement\b", r"\bforever family\b",
                                    r"\bwent home\b", r"\bcame home\b", r"\bfoster",
                                    r"\bnew home\b"),
    ChronologyCategory.COURT.value: (r"\bcourt\b", r"\bjudge\b", r"\border\b", r"\bhearing\b",
                                     r"\bdecided\b", r"\bmagistrates?\b"),
    ChronologyCategory.HEALTH.value: (r"\bhospital\b", r"\bdoctors?\b", r"\bpoorly\b",
                                      r"\bill\b", r"\boperation\b"),
    ChronologyCategory.EDUCATION.value: (r"\bschool\b", r"\bnursery\b", r"\bcollege\b"),
    ChronologyCategory.CONTACT.value: (r"\bvisit", r"\bsaw\b", r"\bmet\b", r"\bcontact\b"),
}
_CUES = {k: tuple(re.compile(p, re.IGNORECASE) for p in v) for k, v in CUES.items()}
NEAR_DAYS = 45
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_STOP_TEXT = """
a about after again all also an and any are as at be been before being but by came can
could day did do for from had has have he her here him his how i if in into is it its
just like made me more my new no not now of on once one or our out over she so some than
that the their them then there these they this to too up us was we went were what when
where which while who will with would you your yours first time year years month months
date born birth moved move lived live home went came child"""
STOP_WORDS = frozenset(_STOP_TEXT.split())


@dataclass(frozen=True)
class DatedFact:
    """A date the chronology holds: an event, or the child's date of birth."""

    title: str  # "Moved to Jo and Sam's"; "your date of birth"
    when: ChronologyDate
    category: str = ChronologyCategory.OTHER.value
    detail: str = ""
    event_id: int | None = None  # None: the date of birth from the child's record


@dataclass(frozen=True)
class DateMention:
    """A date written in a text, and where (``text[start:end]``)."""

    start: int
    end: int
    quote: str
    when: ChronologyDate


@dataclass(frozen=True)
class DateMismatch:
    """A written date that the chronology says differently."""

    mention: DateMention
    sentence: str
    fact: DatedFact


def book_facts(book: BookContent) -> list[DatedFact]:
    """The dates the chronology holds for the book's child: birth, then every event shown."""
    facts = []
    birth = parse_chronology_date(book.date_of_birth)
    if birth.known:
        facts.append(DatedFact(translate("checks.letter_dates", "your date of birth"), birth,
                               ChronologyCategory.BIRTH.value))
    for stop in book.journey:
        when = parse_chronology_date(stop.date)
        if when.known and not stop.private:
            facts.append(DatedFact(stop.title, when, stop.category, stop.detail, stop.event_id))
    return facts


def date_mentions(text: str) -> list[DateMention]:
    """Each date written in ``text`` that says at least a month (years alone are skipped)."""
    found = []
    for m in DATE_IN_TEXT.finditer(text):
        when = parse_chronology_date(m.group(0))
        if when.known and when.precision in (DatePrecision.DAY, DatePrecision.MONTH,
                                             DatePrecision.SEASON):
            found.append(DateMention(m.start(), m.end(), m.group(0), when))
    return found


def _agrees(a: ChronologyDate, b: ChronologyDate) -> bool:
    assert a.start and a.end and b.start and b.end
    return a.start <= b.end and b.start <= a.end


def _words(text: str) -> set[str]:
    out = set()
    for w in _WORD.findall(text.casefold()):
        w = re.sub(r"['’]s$", "", w)
        if len(w) > 2 and w not in STOP_WORDS:
            out.add(w)
    return out


def _score(fact: DatedFact, mention: DateMention, sentence: str, words: set[str]) -> int:
    """How surely ``sentence`` tells of ``fact``: 0 when it does not seem to.

    The same kind of event and a word in common ("moved", "Jo"), or two words in
    common, or the same kind of event within NEAR_DAYS (a slip of a day or two,
    or a chronology corrected since).
    """
    shared = len(words & _words(f"{fact.title} {fact.detail}"))
    cue = any(p.search(sentence) for p in _CUES.get(fact.category, ()))
    if fact.event_id is None:  # the date of birth: only when the sentence says so
        return 3 if cue else 0
    if cue and shared:
        return 2 + shared
    if shared >= 2:
        return shared
    assert mention.when.start is not None and fact.when.start is not None
    return 1 if cue and abs((fact.when.start - mention.when.start).days) <= NEAR_DAYS else 0


def text_mismatches(text: str, facts: Sequence[DatedFact]) -> list[DateMismatch]:
    """The dates in ``text`` that disagree with the event their sentence tells of."""
    out: list[DateMismatch] = []
    mentions = date_mentions(text)
    for s0, s1 in sentences(text):
        here = [m for m in mentions if s0 <= m.start < s1]
        if not here:
            continue
        sentence = text[s0:s1]
        # an event whose date the sentence already gives rightly is not what another date is about
        told = {id(f) for f in facts for m in here if _agrees(m.when, f.when)}
        words = _words(DATE_IN_TEXT.sub(" ", sentence))
        for mention in here:
            if any(_agrees(mention.when, f.when) for f in facts):
                continue
            scored = [(_score(f, mention, sentence, words), f) for f in facts if id(f) not in told]
            scored = [(s, f) for s, f in scored if s > 0]
            if not scored:
                continue
            assert mention.when.start is not None
            start = mention.when.start
            best = max(scored, key=lambda sf: (sf[0], -abs(((sf[1].when.start or start)
                                                             - start).days)))[1]
            out.append(DateMismatch(mention, " ".join(sentence.split()), best))
    return out


def _quote(sentence: str, limit: int = 90) -> str:
    return sentence if len(sentence) <= limit else sentence[:limit - 1].rstrip() + "…"


def mismatch_message(mismatch: DateMismatch, where: str) -> str:
    fact = mismatch.fact
    if fact.event_id is None:
        text = translate("checks.letter_dates", "{where} says {said}, but the date of birth is "
                         "{date}. “{sentence}” Please check which is right, and change the letter "
                         "or the chronology.")
    else:
        text = translate("checks.letter_dates", "{where} says {said}, but the chronology says "
                         "{date} for “{title}”. “{sentence}” Please check which is right, and "
                         "change the letter or the chronology.")
    return text.format(where=where, said=mismatch.mention.quote, date=fact.when.describe(),
                       title=fact.title, sentence=_quote(mismatch.sentence))


def letter_date_findings(book: BookContent, facts: Iterable[DatedFact] | None = None
                         ) -> list[Finding]:
    """A warning for each date in a later life letter that the chronology says differently."""
    if book.kind != BookKind.LATER_LIFE_LETTER:
        return []
    facts = list(book_facts(book) if facts is None else facts)
    if not facts:
        return []
    findings = []
    for page in book.pages:
        for key, frame in page.frames.items():
            for mismatch in text_mismatches(frame.text, facts):
                findings.append(Finding(
                    Severity.WARNING, FindingCode.LETTER_DATE_DIFFERS,
                    mismatch_message(mismatch, translate("checks.letter_dates", "Page {number}")
                                     .format(number=page.number)),
                    page.number, page.page_id, key))
    return findings
