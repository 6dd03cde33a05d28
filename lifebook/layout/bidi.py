"""Text direction: the Unicode bidirectional algorithm (UAX #9) for one paragraph.

Implements the implicit part of the algorithm, which is all that typed text in
a life story book needs: rules W1-W7 (weak types), N1-N2 (neutrals), I1-I2
(levels) and L2 (reordering). Explicit embedding and isolate controls are
treated as neutrals. Character mirroring (L4) is done by the shaper, which
mirrors brackets in right-to-left runs.

The paragraph direction is the direction of most of its strong letters (ties
go to the first strong letter), not of the first letter alone: a name in
Arabic at the start of an English sentence ("ليلى's life story") keeps the
sentence left to right, and an English word inside an Arabic sentence keeps
it right to left.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

_STRONG_R = ("R", "AL")
_NEUTRAL = ("B", "S", "WS", "ON", "BN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI",
            "FSI", "PDI")


def paragraph_level(text: str) -> int:
    """0 (left to right) or 1 (right to left): the direction of most strong letters."""
    left = right = 0
    first: int | None = None
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            left += 1
            first = 0 if first is None else first
        elif kind in _STRONG_R:
            right += 1
            first = 1 if first is None else first
    if right > left:
        return 1
    if left > right:
        return 0
    return first or 0


def embedding_levels(text: str, base: int | None = None) -> list[int]:
    """The resolved embedding level of every character of ``text``."""
    if base is None:
        base = paragraph_level(text)
    n = len(text)
    types = [unicodedata.bidirectional(ch) or "L" for ch in text]
    sos = "R" if base % 2 else "L"
    # W1: non-spacing marks take the type of the character before them.
    prev = sos
    for i, kind in enumerate(types):
        if kind == "NSM":
            types[i] = prev if prev not in ("LRI", "RLI", "FSI", "PDI") else "ON"
        prev = types[i]
    # W2: European numbers after Arabic letters are Arabic numbers. W3: AL -> R.
    last_strong = sos
    for i, kind in enumerate(types):
        if kind in ("L", "R", "AL"):
            last_strong = kind
        elif kind == "EN" and last_strong == "AL":
            types[i] = "AN"
    types = ["R" if k == "AL" else k for k in types]
    # W4: a single separator between two numbers of the same kind joins them.
    for i in range(1, n - 1):
        if types[i] == "ES" and types[i - 1] == types[i + 1] == "EN":
            types[i] = "EN"
        elif types[i] == "CS" and types[i - 1] == types[i + 1] and types[i - 1] in ("EN", "AN"):
            types[i] = types[i - 1]
    # W5: terminators next to European numbers become European numbers.
    i = 0
    while i < n:
        if types[i] == "ET":
            j = i
            while j < n and types[j] == "ET":
                j += 1
            if (i > 0 and types[i - 1] == "EN") or (j < n and types[j] == "EN"):
                types[i:j] = ["EN"] * (j - i)
            i = j
        else:
            i += 1
    # W6: remaining separators and terminators are neutral.
    types = ["ON" if k in ("ES", "ET", "CS") else k for k in types]
    # W7: European numbers after a left-to-right letter are left to right.
    last_strong = sos
    for i, kind in enumerate(types):
        if kind in ("L", "R"):
            last_strong = kind
        elif kind == "EN" and last_strong == "L":
            types[i] = "L"
    # N1/N2: runs of neutrals take the direction around them, else the paragraph's.
    def strong(kind: str) -> str:
        return "R" if kind in ("R", "EN", "AN") else kind

    i = 0
    while i < n:
        if types[i] in _NEUTRAL:
            j = i
            while j < n and types[j] in _NEUTRAL:
                j += 1
            before = strong(types[i - 1]) if i > 0 else sos
            after = strong(types[j]) if j < n else sos
            fill = before if before == after else sos
            types[i:j] = [fill] * (j - i)
            i = j
        else:
            i += 1
    # I1/I2: levels from the resolved types.
    levels = []
    for kind in types:
        if base % 2 == 0:
            levels.append(base + (1 if kind == "R" else 2 if kind in ("AN", "EN") else 0))
        else:
            levels.append(base + (1 if kind in ("L", "EN", "AN") else 0))
    return levels


def visual_order(levels: Sequence[int]) -> list[int]:
    """Rule L2: the indices of ``levels`` in left-to-right display order."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    lowest_odd = min((lv for lv in levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order
