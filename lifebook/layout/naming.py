"""``[Name]`` in a book's words is the child's name wherever it is printed.

Practitioners write Words and Pictures pages (and reuse them) with ``[Name]``
where the child's name goes. The stored text keeps exactly what was typed;
the layout shows the child's name in its place, and bold or italic marks
move with the words around it.
"""

from __future__ import annotations

import re

from lifebook.model.richtext import Mark, RichText

NAME_TOKEN = re.compile(r"\[name\]", re.IGNORECASE)


def fill_name_text(text: str, name: str) -> str:
    return NAME_TOKEN.sub(lambda _m: name, text) if name else text


def fill_name(rich: RichText, name: str) -> RichText:
    """``rich`` with every ``[Name]`` replaced by ``name``; marks keep to the same words."""
    if not name or not NAME_TOKEN.search(rich.text):
        return rich
    pieces: list[str] = []
    shifts: list[tuple[int, int, int]] = []  # (original start, original end, new length)
    last = 0
    for m in NAME_TOKEN.finditer(rich.text):
        pieces.append(rich.text[last:m.start()])
        pieces.append(name)
        shifts.append((m.start(), m.end(), len(name)))
        last = m.end()
    pieces.append(rich.text[last:])

    def moved(index: int, is_end: bool) -> int:
        delta = 0
        for start, end, length in shifts:
            if index <= start:
                break
            if index < end:  # inside a token: a mark over part of it covers the whole name
                return start + delta + (length if is_end else 0)
            delta += length - (end - start)
        return index + delta

    marks = tuple(Mark(moved(m.start, False), moved(m.end, True), m.style) for m in rich.marks)
    return RichText.of("".join(pieces), marks)
