"""Finding identifying details in a book's words: folding, names, postcodes, phones, addresses.

Pure text logic for lifebook.checks.privacy: no Qt, no store, no layout.
Matching is case- and accent-insensitive on an NFC text (``fold``), at word
boundaries, and every match is reported in the words the user typed
(``Match.text``), never in folded form.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2010": "-",
                              "\u2011": "-", "\u00a0": " "})


@dataclass(frozen=True)
class Folded:
    """A text folded for matching, with each folded character's index in the original."""

    original: str
    text: str
    index: tuple[int, ...]

    def span(self, start: int, end: int) -> str:
        """The original words behind the folded span [start, end)."""
        if start >= end:
            return ""
        return self.original[self.index[start]: self.index[end - 1] + 1]

    def starts_upper(self, start: int) -> bool:
        ch = self.original[self.index[start]]
        return ch.isupper()

    def starts_sentence(self, start: int) -> bool:
        """Whether the word at ``start`` opens a sentence or a paragraph."""
        before = self.original[: self.index[start]].rstrip(" \t\"'\u201c\u2018(")
        return not before or before[-1] in ".!?:\n"


def fold(text: str) -> Folded:
    """NFC, then without accents and case ("Zoë" -> "zoe"), curly quotes made straight."""
    original = unicodedata.normalize("NFC", text)
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(original):
        for part in unicodedata.normalize("NFKD", ch.translate(_APOSTROPHES)):
            if unicodedata.combining(part):
                continue
            for c in part.casefold():
                out.append(c)
                index.append(i)
    return Folded(original, "".join(out), tuple(index))


def fold_plain(text: str) -> str:
    return fold(text).text


@dataclass(frozen=True)
class Match:
    """Something found: the words as typed, and where in the original text."""

    text: str
    start: int


def name_pattern(name: str) -> re.Pattern[str] | None:
    """A folded name as a whole-word pattern (spaces match any run of spaces)."""
    words = fold_plain(name).split()
    if not words:
        return None
    body = r"\s+".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w'-]){body}(?![\w]|'\w\w)")


def find_name(pattern: re.Pattern[str], folded: Folded, *, capital_needed: bool = False
              ) -> Iterator[Match]:
    """Each place the name stands; with ``capital_needed``, only where it is written as a name
    (a capital letter, not the first word of a sentence): for names that are also words."""
    for m in pattern.finditer(folded.text):
        if capital_needed and (not folded.starts_upper(m.start()) or folded.starts_sentence(m.start())):
            continue
        yield Match(folded.span(m.start(), m.end()), folded.index[m.start()])


# --- identifying details ---------------------------------------------------------------

# Postcodes: the outward code (A9, A9A, A99, AA9, AA9A, AA99), a space or none, the inward code.
POSTCODE = re.compile(
    r"(?<![\w])(?:gir ?0aa|[a-pr-uwyz][a-hk-y]?\d[a-z\d]? ?\d[abd-hjlnp-uw-z]{2})(?![\w])")
# A phone-like run: +44 or a leading 0, then digits with spaces, dots, dashes or brackets.
PHONE = re.compile(r"(?<![\w+])(?:\+\s?44\s?(?:\(0\)\s?)?|\(?0)\d[\d\s().-]{7,16}\d(?!\d)")
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?![\w-])")
STREET_WORDS = ("road", "rd", "street", "st", "avenue", "ave", "lane", "ln", "close", "drive",
                "dr", "way", "crescent", "cres", "gardens", "gdns", "place", "pl", "terrace",
                "court", "ct", "grove", "park", "hill", "row", "square", "sq", "mews", "walk",
                "view", "rise", "green", "parade", "vale", "boulevard", "meadow", "meadows",
                "croft", "fields", "wharf", "yard")
# Without a house number only the unmistakable ones count ("we lived on Acacia Road").
STRONG_STREET_WORDS = ("Road", "Street", "Avenue", "Lane", "Close", "Drive", "Crescent",
                       "Terrace", "Mews")
_NAME_WORD = r"[A-Z][\w'\u2019-]*"
NUMBERED_ADDRESS = re.compile(
    rf"(?<![\w/.-])\d{{1,4}}[a-zA-Z]?,?\s+(?:{_NAME_WORD}\s+){{1,3}}"
    rf"(?i:{'|'.join(STREET_WORDS)})\b\.?")
STREET_NAME = re.compile(rf"\b(?:{_NAME_WORD}\s+){{1,2}}(?:{'|'.join(STRONG_STREET_WORDS)})\b")
SCHOOL_WORDS = ("School", "Academy", "College", "Nursery", "Pre-School", "Preschool",
                "Primary", "Infants", "Juniors")
SCHOOL = re.compile(rf"\b(?:(?:St\.|{_NAME_WORD})\s+(?:(?:of|the|and|&)\s+)?){{1,5}}"
                    rf"(?:{'|'.join(SCHOOL_WORDS)})\b")
# Words in a school's name that do not identify it ("my new primary school", "Forest School").
GENERIC_SCHOOL_WORDS = {
    "a", "an", "the", "my", "your", "his", "her", "their", "our", "new", "big", "little", "old",
    "first", "next", "local", "primary", "infant", "infants", "junior", "juniors", "secondary",
    "high", "nursery", "pre", "pre-school", "preschool", "school", "academy", "college",
    "sunday", "forest", "special", "boarding", "dance", "drama", "ballet", "swimming", "music",
    "football", "summer", "holiday", "reception", "year", "at", "to", "in", "of", "and", "&",
    "when", "then", "after", "before", "every", "each", "this", "that", "from", "mum",
    "dad", "mummy", "daddy", "went", "go", "goes",
}
# Words that start a sentence and may stand before a street name ("Then Acacia Road...")
_LEADING_WORDS = {"the", "then", "on", "in", "at", "when", "and", "we", "she", "he", "they",
                  "you", "i", "now", "our", "my", "your", "her", "his", "their", "from", "to",
                  "near", "by", "down", "up", "along"}


def phone_numbers(text: str) -> Iterator[Match]:
    """UK mobile and landline numbers, with or without +44, spaces, dashes or brackets."""
    for m in PHONE.finditer(text):
        raw = m.group(0).rstrip()
        digits = re.sub(r"\D", "", raw)
        if raw.lstrip("( ").startswith("+"):
            digits = "0" + digits[2:].removeprefix("0")
        if len(digits) in (10, 11) and digits[:2] in ("01", "02", "03", "07", "08"):
            yield Match(raw, m.start())


def postcodes(text: str) -> Iterator[Match]:
    """"TN23 1AB", "sw1a1aa": any case, with or without the space."""
    for m in POSTCODE.finditer(text.lower()):
        yield Match(text[m.start(): m.end()], m.start())


def emails(text: str) -> Iterator[Match]:
    for m in EMAIL.finditer(text):
        yield Match(m.group(0), m.start())


def street_addresses(text: str) -> Iterator[Match]:
    """"12 Acacia Road", "4b Mill Lane", and un-numbered "Acacia Road" or "Church Street"."""
    seen: list[tuple[int, int]] = []
    for m in NUMBERED_ADDRESS.finditer(text):
        seen.append((m.start(), m.end()))
        yield Match(m.group(0).rstrip("."), m.start())
    for m in STREET_NAME.finditer(text):
        if any(a <= m.start() < b for a, b in seen):
            continue
        words = m.group(0).split()
        while len(words) > 1 and words[0].lower() in _LEADING_WORDS:
            words = words[1:]
        if len(words) < 2:
            continue
        phrase = " ".join(words)
        yield Match(phrase, m.end() - len(phrase))


def school_names(text: str) -> Iterator[Match]:
    """"St Mary's Primary School", "Oakfield Academy", "Oak Tree School", "Hillside Primary"."""
    for m in SCHOOL.finditer(text):
        words = m.group(0).split()
        while words and words[0].lower().strip(".") in GENERIC_SCHOOL_WORDS | _LEADING_WORDS:
            words = words[1:]
        distinctive = [w for w in words if w.lower().strip(".") not in GENERIC_SCHOOL_WORDS]
        if not distinctive:
            continue
        phrase = " ".join(words)
        yield Match(phrase, m.end() - len(phrase))
