"""The approval line on the last page of a final copy: "Approved by Sam Patel, 3 March 2027".

Small and quiet, in the bottom margin at the right, on a white patch so it
stays readable over a photo that runs into the bleed. It is an ordinary
display item, so both painters draw it the same way.
"""

from __future__ import annotations

import dataclasses

from lifebook.layout import fonts
from lifebook.layout.display import DisplayItem, PageLayout, Rect, ShapeItem, TextRun
from lifebook.model.trim import mm_to_pt

STAMP_FACE = "Andika"
STAMP_SIZE = 7.0
STAMP_COLOUR = "#5A524C"
STAMP_FRAME_KEY = "approval-stamp"  # marks the items, never shown
BOTTOM_MM = 6.0  # from the trim edge to the baseline
PAD = 2.0  # points of white round the words


def stamp_page(page: PageLayout, text: str) -> PageLayout:
    """``page`` with the approval line added on top of everything else."""
    width = fonts.string_width(text, STAMP_FACE, STAMP_SIZE)
    right = page.width - max(page.safe_margin, mm_to_pt(8.0))
    baseline = page.height - mm_to_pt(BOTTOM_MM)
    ascent = fonts.ascent(STAMP_FACE, STAMP_SIZE)
    descent = abs(fonts.descent(STAMP_FACE, STAMP_SIZE))
    x = max(mm_to_pt(4.0), right - width)
    patch = Rect(x - PAD, baseline - ascent - PAD, width + 2 * PAD, ascent + descent + 2 * PAD)
    items: list[DisplayItem] = [
        ShapeItem(patch, fill="#FFFFFF", corner_radius=2.0, frame_key=STAMP_FRAME_KEY),
        TextRun(x, baseline, text, STAMP_FACE, STAMP_SIZE, STAMP_COLOUR, frame_key=STAMP_FRAME_KEY),
    ]
    return dataclasses.replace(page, items=[*page.items, *items])


def stamp_last_page(pages: list[PageLayout], text: str) -> list[PageLayout]:
    if not pages or not text:
        return pages
    return [*pages[:-1], stamp_page(pages[-1], text)]
