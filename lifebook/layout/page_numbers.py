"""Page numbers: a small soft disc for books, "page 2 of 7" for later life letters.

A letter is read as a document, years later, often one page at a time; its
footer says which page of how many, counting every printed page (a chronology
table that runs over several pages counts them all).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lifebook.layout import fonts
from lifebook.layout.display import Rect, ShapeItem, TextRun
from lifebook.layout.templates import FrameSpec
from lifebook.model.content import BookContent
from lifebook.model.enums import BookKind
from lifebook.model.trim import mm_to_pt

if TYPE_CHECKING:
    from lifebook.layout.engine import _Page

PAGE_NUMBER_DISC_MM = 6.5
PAGE_NUMBER_CLEARANCE_MM = 4.5  # from the trim edge to the bottom of the disc


def printed_pages(book: BookContent) -> int:
    """How many pages the book prints, continuation pages included."""
    return max((p.number + max(1, p.parts) - 1 for p in book.pages), default=0)


def letter_label(number: int, total: int) -> str:
    return f"page {number} of {total}"


def draw_page_number(page: _Page, frames: list[tuple[FrameSpec, Rect]]) -> None:
    """The page number at the bottom centre, below the safe area (not over a bleed photo)."""
    lay = page.layout
    d = mm_to_pt(PAGE_NUMBER_DISC_MM)
    cx, cy = lay.width / 2, lay.height - mm_to_pt(PAGE_NUMBER_CLEARANCE_MM) - d / 2
    for spec, rect in frames:  # a bleed photo covers the spot: leave the photo alone
        if spec.bleed and rect.x <= cx <= rect.right and rect.y <= cy <= rect.bottom:
            return
    letter = page.book.kind == BookKind.LATER_LIFE_LETTER
    if letter:
        label = letter_label(lay.number, printed_pages(page.book))
        face, size = fonts.face_name(page.family), 9.0
    else:
        page.over.append(ShapeItem(Rect(cx - d / 2, cy - d / 2, d, d), "ellipse",
                                   fill=page.colour("highlight", "#F6DCAE")))
        label = str(lay.number)
        face = fonts.face_name(page.family, bold=True)
        size = 9.0 if len(label) <= 2 else 7.0
    width = fonts.string_width(label, face, size)
    baseline = cy + fonts.metrics(face).cap_height * size / 2
    page.over.append(TextRun(cx - width / 2, baseline, label, face, size, page.colour("soft-ink")))
