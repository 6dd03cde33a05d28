"""Language checks for letters and books: jargon, reading level and blaming tone.

Pure text analysis over plain strings: no Qt, no database. The word lists are
data (``templates/language/jargon.toml`` and ``tone.toml``); a user's own
``jargon.toml`` adds to them. Each issue carries the exact span of text it is
about, so the editor can point at it and ``check-text`` can quote it.

Reading level: the Flesch-Kincaid grade, plus 5 to make a UK reading age
(a US grade-1 reader is about 6). Syllables are counted with the usual
vowel-group rule; a library was considered, but ``textstat`` now downloads a
pronouncing dictionary at run time (Lifebook works offline) and a
hyphenation dictionary counts hyphenation points, not syllables. An estimate
needs about 30 words; shorter text is not given a reading age.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from lifebook.i18n import translate
from lifebook.resources import templates_dir

MIN_WORDS_FOR_READING_AGE = 30
READING_AGE_SLACK = 1  # a year above the reader's age is still fine
LETTER_READER_AGE = 14  # later life letters are usually read in the teenage years


class LanguageDataError(ValueError):
    """A jargon or tone file that cannot be used; the message names the file and entry."""


@dataclass(frozen=True)
class TextIssue:
    """One thing to look at in a text, with where it is (``text[start:end]``)."""

    kind: str  # "jargon", "reading-level" or "tone"
    start: int
    end: int
    quote: str  # the text it is about, as written
    message: str  # plain English, says what is wrong and why it matters
    suggestion: str = ""  # a plainer way to say it, when there is one

    def as_dict(self) -> dict:
        return {"kind": self.kind, "start": self.start, "end": self.end, "quote": self.quote,
                "message": self.message, "suggestion": self.suggestion}


@dataclass(frozen=True)
class JargonTerm:
    term: str
    means: str
    plain: str = ""
    spellings: tuple[str, ...] = ()
    exact: bool = False
    when: tuple[re.Pattern[str], ...] = ()
    unless: tuple[re.Pattern[str], ...] = ()
    explain: bool = False
    pattern: re.Pattern[str] = field(default=re.compile(r"(?!x)x"), compare=False)


@dataclass(frozen=True)
class TonePhrase:
    pattern: re.Pattern[str]
    why: str
    unless: tuple[re.Pattern[str], ...] = ()


# --- data ---------------------------------------------------------------------


def _regexes(items: object, where: str) -> tuple[re.Pattern[str], ...]:
    if items is None:
        return ()
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise LanguageDataError(f"{where}: expected a list of regular expressions")
    try:
        return tuple(re.compile(i, re.IGNORECASE) for i in items)
    except re.error as exc:
        raise LanguageDataError(f"{where}: a regular expression is not valid ({exc})") from None


def _term(entry: dict, where: str) -> JargonTerm:
    known = {"term", "also", "exact", "means", "plain", "when", "unless", "explain"}
    unknown = set(entry) - known
    if unknown:
        raise LanguageDataError(f"{where}: unknown setting {', '.join(sorted(unknown))} "
                                f"(allowed: {', '.join(sorted(known))})")
    term = entry.get("term")
    means = entry.get("means")
    if not isinstance(term, str) or not term.strip() or not isinstance(means, str):
        raise LanguageDataError(f"{where}: every term needs 'term' and 'means'")
    spellings = (term, *entry.get("also", ()))
    exact = bool(entry.get("exact", False))
    # whole words only, and longest spelling first so "care order" wins over "care"
    alternatives = "|".join(
        r"\s+".join(re.escape(part) for part in s.split())
        for s in sorted(spellings, key=len, reverse=True)
    )
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])",
                         0 if exact else re.IGNORECASE)
    return JargonTerm(
        term=term, means=means, plain=str(entry.get("plain", "")),
        spellings=tuple(spellings), exact=exact,
        when=_regexes(entry.get("when"), f"{where} 'when'"),
        unless=_regexes(entry.get("unless"), f"{where} 'unless'"),
        explain=bool(entry.get("explain", False)), pattern=pattern,
    )


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise LanguageDataError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise LanguageDataError(f"{path}: is not valid TOML ({exc})") from None


def read_jargon_file(path: Path) -> list[JargonTerm]:
    """The terms in one jargon.toml; raises LanguageDataError naming the file and entry."""
    data = _read_toml(path)
    entries = data.get("term", [])
    if not isinstance(entries, list):
        raise LanguageDataError(f"{path}: terms are written as [[term]] tables")
    return [_term(e, f"{path}, term {n} ({e.get('term', '?')})")
            for n, e in enumerate(entries, start=1)]


@cache
def default_jargon() -> tuple[JargonTerm, ...]:
    return tuple(read_jargon_file(templates_dir() / "language" / "jargon.toml"))


def load_jargon(extra: Iterable[Path] = ()) -> list[JargonTerm]:
    """The shipped terms plus a user's own files (a user's term replaces a shipped one)."""
    terms = {t.term.casefold(): t for t in default_jargon()}
    for path in extra:
        if path.is_file():
            for t in read_jargon_file(path):
                terms[t.term.casefold()] = t
    return list(terms.values())


@cache
def tone_phrases() -> tuple[tuple[TonePhrase, ...], str]:
    path = templates_dir() / "language" / "tone.toml"
    data = _read_toml(path)
    phrases = []
    for n, entry in enumerate(data.get("phrase", []), start=1):
        where = f"{path}, phrase {n}"
        [pattern] = _regexes([entry.get("pattern", "")], where)
        phrases.append(TonePhrase(pattern, str(entry.get("why", "")),
                                  _regexes(entry.get("unless"), f"{where} 'unless'")))
    return tuple(phrases), str(data.get("advice", ""))


# --- sentences and words --------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+|\n\s*\n")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences in ``text`` (blank lines end a sentence too)."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[start:m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def syllables(word: str) -> int:
    """Syllables in an English word by the vowel-group rule (good enough for reading age)."""
    w = unicodedata.normalize("NFKD", word.casefold())
    w = "".join(c for c in w if "a" <= c <= "z")
    if not w:
        return 0
    if len(w) <= 3:
        return 1
    groups = re.findall(r"[aeiouy]+", w)
    count = len(groups)
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1  # silent e: "made", "care"
    if re.search(r"[^aeiouy]ed$", w) and not re.search(r"[td]ed$", w) and count > 1:
        count -= 1  # "moved", "called"; but "decided" keeps it
    return max(1, count)


@dataclass(frozen=True)
class ReadingLevel:
    words: int
    sentences: int
    syllables: int
    age: int | None  # None: too little text to say
    longest_sentence: tuple[int, int] | None = None

    @property
    def label(self) -> str:
        if self.age is None:
            return translate("checks.language", "not enough text to tell")
        return translate("checks.language", "about age {age}").format(age=self.age)


def reading_level(text: str) -> ReadingLevel:
    """A UK reading age for ``text`` (Flesch-Kincaid grade + 5), or None when it is too short."""
    spans = sentences(text)
    words = [w for s, e in spans for w in _WORD.findall(text[s:e])]
    if not spans or not words:
        return ReadingLevel(0, 0, 0, None)
    sylls = sum(syllables(w) for w in words)
    longest = max(spans, key=lambda se: len(_WORD.findall(text[se[0]:se[1]])))
    if len(words) < MIN_WORDS_FOR_READING_AGE:
        return ReadingLevel(len(words), len(spans), sylls, None, longest)
    grade = 0.39 * len(words) / len(spans) + 11.8 * sylls / len(words) - 15.59
    age = max(5, min(19, round(grade + 5)))
    return ReadingLevel(len(words), len(spans), sylls, age, longest)


# --- the checks -----------------------------------------------------------------


def _inside(span: tuple[int, int], patterns: Sequence[re.Pattern[str]], sentence: str,
            offset: int) -> bool:
    s, e = span
    return any(m.start() + offset <= s and e <= m.end() + offset
               for p in patterns for m in p.finditer(sentence))


_EXPLAINED = re.compile(r"\b(means|meant|is\s+when|was\s+when|this\s+is|in\s+other\s+words|"
                        r"that\s+is\s+when|which\s+is\s+when)\b", re.IGNORECASE)


def jargon_issues(text: str, terms: Sequence[JargonTerm] | None = None) -> list[TextIssue]:
    """Each use of a jargon term in ``text`` that a child would not understand."""
    terms = default_jargon() if terms is None else terms
    spans = sentences(text)
    issues: list[TextIssue] = []
    taken: list[tuple[int, int]] = []
    for n, (s0, s1) in enumerate(spans):
        sentence = text[s0:s1]
        following = text[spans[n + 1][0]:spans[n + 1][1]] if n + 1 < len(spans) else ""
        for term in terms:
            for m in term.pattern.finditer(sentence):
                span = (s0 + m.start(), s0 + m.end())
                if any(a < span[1] and span[0] < b for a, b in taken):
                    continue  # "SGO" already flagged as part of "special guardianship order"
                if term.when and not _inside(span, term.when, sentence, s0):
                    continue
                if term.unless and _inside(span, term.unless, sentence, s0):
                    continue
                if term.explain and (_EXPLAINED.search(sentence[m.end():])
                                     or _EXPLAINED.search(following)):
                    continue
                taken.append(span)
                quote = text[span[0]:span[1]]
                message = translate("checks.language", "“{quote}” is a professional word: "
                                    "it means {means}.").format(quote=quote, means=term.means)
                if term.explain:
                    message = translate("checks.language", "“{quote}” needs explaining in words "
                                        "the reader knows: {means}.").format(
                        quote=quote, means=term.means.split(';')[0])
                issues.append(TextIssue("jargon", span[0], span[1], quote, message,
                                        translate("checks.language", "Try: {plain}").format(
                                            plain=term.plain) if term.plain else ""))
    return sorted(issues, key=lambda i: i.start)


def tone_issues(text: str) -> list[TextIssue]:
    """Phrases that blame the child, or could be read that way."""
    phrases, advice = tone_phrases()
    issues = []
    for s0, s1 in sentences(text):
        sentence = text[s0:s1]
        for phrase in phrases:
            for m in phrase.pattern.finditer(sentence):
                span = (s0 + m.start(), s0 + m.end())
                if phrase.unless and _inside(span, phrase.unless, sentence, s0):
                    continue
                quote = text[span[0]:span[1]]
                issues.append(TextIssue(
                    "tone", span[0], span[1], quote,
                    f"\u201c{quote}\u201d {phrase.why}.", advice))
    return sorted(issues, key=lambda i: i.start)


def reading_issue(text: str, reader_age: int, where: str = "") -> TextIssue | None:
    """An issue when ``text`` reads well above ``reader_age``; None when it is fine or short.

    ``where`` starts the sentence ("The whole letter"; "This text" when not given)."""
    where = where or translate("checks.language", "This text")
    level = reading_level(text)
    if level.age is None or level.age <= reader_age + READING_AGE_SLACK:
        return None
    s, e = level.longest_sentence or (0, len(text))
    longest = text[s:e]
    return TextIssue(
        "reading-level", s, e, longest,
        translate("checks.language", "{where} reads at about age {age}, and the reader will "
                  "be {reader_age}.").format(where=where, age=level.age, reader_age=reader_age),
        translate("checks.language", "Shorter sentences and everyday words help. The "
                  "longest sentence has {count} words.").format(count=len(_WORD.findall(longest))))


def check_text(text: str, *, reader_age: int = LETTER_READER_AGE,
               terms: Sequence[JargonTerm] | None = None, where: str = ""
               ) -> list[TextIssue]:
    """Every language issue in ``text``: jargon, tone and reading level, in text order."""
    issues = jargon_issues(text, terms) + tone_issues(text)
    level = reading_issue(text, reader_age, where)
    if level is not None:
        issues.append(level)
    return sorted(issues, key=lambda i: (i.start, i.kind))
