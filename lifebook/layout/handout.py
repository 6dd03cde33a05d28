"""Words and pictures "one page per sheet": a handout to read with a young child.

Decision (the issue says only "prints big, for sitting with a young child"):
a handout is the same book, laid out by the same engine and painted by the
same painters, with each page on its own sheet of A4 turned sideways
(landscape, 297 x 210 mm), which any home, school or office printer takes:

- each words-and-pictures page becomes ``handout-panel``: the picture large
  across the top (over half the sheet), the words underneath in the
  ``handout`` style (34 pt, centred; a long page may shrink a little, and
  one that still does not fit is reported, never cut);
- the title page becomes ``handout-title`` (its picture, then the title), or
  ``handout-title-words`` when it has no picture;
- any other page keeps its own template, on the same landscape sheet;
- plain white paper, no bleed and no crop marks (it is not for a print
  shop); page numbers stay in their small disc at the foot of the sheet.

The handout templates are never offered in the template picker: nothing
about the stored book changes.
"""

from __future__ import annotations

import dataclasses

from lifebook.layout.pagination import number_pages
from lifebook.model.content import BookContent, PageContent
from lifebook.model.enums import BookKind
from lifebook.model.trim import TrimSize

HANDOUT_TRIM = TrimSize.A4_LANDSCAPE
HANDOUT_TEMPLATES = {"words-and-pictures": "handout-panel"}
TITLE_WITH_PICTURE, TITLE_IN_WORDS = "handout-title", "handout-title-words"


def handout_offered(book: BookContent) -> bool:
    """Only a words and pictures book is printed one page per sheet."""
    return book.kind == BookKind.WORDS_AND_PICTURES


def handout_template(page: PageContent) -> str:
    """The template ``page`` is laid out with in a handout."""
    if page.template == "cover":
        picture = page.frames.get("photo1")
        shown = picture is not None and bool(picture.media or picture.clipart or picture.drawing)
        return TITLE_WITH_PICTURE if shown else TITLE_IN_WORDS
    return HANDOUT_TEMPLATES.get(page.template, page.template)


def handout_book(book: BookContent) -> BookContent:
    """``book`` as its handout: every page on its own landscape A4 sheet, big."""
    pages = tuple(dataclasses.replace(p, template=handout_template(p)) for p in book.pages)
    return number_pages(dataclasses.replace(book, trim=HANDOUT_TRIM, pages=pages))
