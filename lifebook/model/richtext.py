"""Formatted text as structure: the characters typed, plus marks over them.

The user's words are stored exactly as typed (``text``). Bold and italic are
*marks*: half-open ranges ``[start, end)`` of character offsets into that
text, never characters inserted into it. So a literal ``*`` ("5 * 3", a
footnote) is always just a character, and every character round-trips.

Marks are kept normalised: clipped to the text, empty ones dropped, and
overlapping or touching ranges of the same style merged, so two equal
formatted texts compare equal.

``from_legacy_markup`` reads the light markup (``**bold**``, ``*italic*``)
that libraries before revision 0003 stored inside the text; migration 0003
uses it once. Its rules must not change: they decide how old text reads.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

BOLD = "bold"
ITALIC = "italic"
STYLES = (BOLD, ITALIC)


@dataclass(frozen=True, order=True)
class Mark:
    start: int
    end: int
    style: str  # BOLD or ITALIC


@dataclass(frozen=True)
class StyledRun:
    """A stretch of text with one combination of styles."""

    text: str
    bold: bool = False
    italic: bool = False


def normalise_text(text: str) -> str:
    """NFC, so the same name typed two ways (composed or not) is the same name."""
    return unicodedata.normalize("NFC", text)


def normalise_marks(marks: Iterable[Mark], length: int) -> tuple[Mark, ...]:
    out: list[Mark] = []
    for style in STYLES:
        ranges = sorted(
            (max(0, m.start), min(length, m.end)) for m in marks if m.style == style
        )
        merged: list[list[int]] = []
        for start, end in ranges:
            if end <= start:
                continue
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        out.extend(Mark(s, e, style) for s, e in merged)
    return tuple(sorted(out))


@dataclass(frozen=True)
class RichText:
    text: str = ""
    marks: tuple[Mark, ...] = ()

    @classmethod
    def of(cls, text: str, marks: Iterable[Mark] = ()) -> RichText:
        """A normalised rich text (NFC text, merged marks).

        Marks refer to offsets in ``text`` as given; if NFC changes the text's
        length (decomposed accents), marks are remapped character by character.
        """
        marks = tuple(marks)
        if "\r\n" in text:  # Windows line ends: one newline, marks shifted to match
            marks = tuple(
                Mark(m.start - text.count("\r\n", 0, m.start),
                     m.end - text.count("\r\n", 0, m.end), m.style)
                for m in marks
            )
            text = text.replace("\r\n", "\n")
        nfc = normalise_text(text)
        if nfc != text and marks:
            marks = _remap_marks(text, marks)
        return cls(nfc, normalise_marks(marks, len(nfc)))

    # --- storage ---------------------------------------------------------

    def marks_json(self) -> str:
        return json.dumps([[m.start, m.end, m.style] for m in self.marks]) if self.marks else ""

    @classmethod
    def from_storage(cls, text: str | None, marks_json: str | None) -> RichText:
        marks: list[Mark] = []
        if marks_json:
            try:
                for start, end, style in json.loads(marks_json):
                    if style in STYLES:
                        marks.append(Mark(int(start), int(end), str(style)))
            except (ValueError, TypeError):
                marks = []  # formatting is lost, never the words
        text = text or ""
        return cls(text, normalise_marks(marks, len(text)))

    # --- reading -----------------------------------------------------------

    def style_at(self, index: int) -> tuple[bool, bool]:
        bold = any(m.start <= index < m.end for m in self.marks if m.style == BOLD)
        italic = any(m.start <= index < m.end for m in self.marks if m.style == ITALIC)
        return bold, italic

    def runs(self, start: int = 0, end: int | None = None) -> Iterator[StyledRun]:
        """Styled runs of ``text[start:end]``."""
        end = len(self.text) if end is None else end
        cuts = {start, end}
        for m in self.marks:
            cuts.update(c for c in (m.start, m.end) if start < c < end)
        ordered = sorted(cuts)
        for a, b in zip(ordered, ordered[1:], strict=False):
            yield StyledRun(self.text[a:b], *self.style_at(a))

    def lines(self) -> Iterator[tuple[int, int]]:
        """(start, end) offsets of each line (split at newlines)."""
        start = 0
        for i, ch in enumerate(self.text):
            if ch == "\n":
                yield start, i
                start = i + 1
        yield start, len(self.text)

    def has_style(self, style: str) -> bool:
        return any(m.style == style for m in self.marks)


def _remap_marks(text: str, marks: tuple[Mark, ...]) -> tuple[Mark, ...]:
    """Map offsets in ``text`` to offsets in its NFC form (cluster by cluster)."""
    mapping: list[int] = []  # original index -> NFC index
    out_len = 0
    cluster_start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or unicodedata.combining(text[i]) == 0:
            cluster = normalise_text(text[cluster_start:i])
            mapping.extend([out_len] * (i - cluster_start))
            out_len += len(cluster)
            cluster_start = i
    mapping.append(out_len)
    return tuple(Mark(mapping[m.start], mapping[min(m.end, len(text))], m.style) for m in marks)


# --- legacy markup (libraries before revision 0003) ------------------------


@dataclass(frozen=True)
class _Delim:
    start: int
    end: int
    can_open: bool
    can_close: bool


def _pairs(delims: list[_Delim]) -> list[tuple[_Delim, _Delim]]:
    pairs: list[tuple[_Delim, _Delim]] = []
    pending: _Delim | None = None
    for d in delims:
        if pending is not None and d.can_close and d.start > pending.end:
            pairs.append((pending, d))
            pending = None
        elif d.can_open:
            pending = d
    return pairs


def _legacy_line(line: str, offset: int, out: list[str], marks: list[Mark]) -> None:
    doubles: list[_Delim] = []
    singles: list[_Delim] = []
    for m in re.finditer(r"\*+", line):
        start, end = m.span()
        after = line[end] if end < len(line) else ""
        before = line[start - 1] if start > 0 else ""
        can_open = bool(after) and not after.isspace()
        can_close = bool(before) and not before.isspace()
        pos = start
        for _ in range((end - start) // 2):
            doubles.append(_Delim(pos, pos + 2, can_open, can_close))
            pos += 2
        if (end - start) % 2:
            singles.append(_Delim(pos, pos + 1, can_open, can_close))
    hidden = [False] * len(line)
    ranges: list[tuple[int, int, str]] = []
    for style, delims in ((BOLD, doubles), (ITALIC, singles)):
        for opener, closer in _pairs(delims):
            for i in (*range(opener.start, opener.end), *range(closer.start, closer.end)):
                hidden[i] = True
            ranges.append((opener.end, closer.start, style))
    new_index: list[int] = []
    kept = offset
    for i, ch in enumerate(line):
        new_index.append(kept)
        if not hidden[i]:
            out.append(ch)
            kept += 1
    new_index.append(kept)
    for start, end, style in ranges:
        marks.append(Mark(new_index[start], new_index[end], style))


def from_legacy_markup(markup: str) -> RichText:
    """Plain text and marks from pre-0003 light markup; unpaired ``*`` stay as typed."""
    out: list[str] = []
    marks: list[Mark] = []
    for n, line in enumerate(markup.split("\n")):
        if n:
            out.append("\n")
        _legacy_line(line, len("".join(out)), out, marks)
    return RichText.of("".join(out), marks)
