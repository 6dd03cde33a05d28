"""Stored pages and printed pages: a page drawn from the chronology may print as several.

A "My journey" page (auto frame ``source = "chronology"``) or a chronology
table page (``source = "chronology-table"``) continues over as many printed
pages as its events need. Every other page prints as one.

Printed page numbers count every printed page: a journey on page 12 that
takes three pages prints as 12, 13 and 14, and the next stored page is page
15. ``number_pages`` gives each PageContent that first printed number and its
number of ``parts``, so the editor's page strip, the checks and the PDF all
name the same page the same way.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from lifebook.layout import chronology_table, journey
from lifebook.layout.display import Rect
from lifebook.layout.styles import load_styles
from lifebook.layout.templates import TemplateError, frame_rect, page_template
from lifebook.model.content import BookContent, PageContent
from lifebook.model.enums import FrameKind
from lifebook.model.trim import mm_to_pt

BLEED_MM = 3.0  # auto frames never bleed, so their size does not depend on it

PartsCounter = Callable[[BookContent, Rect, str], int]
PAGINATING: dict[str, PartsCounter] = {
    "chronology": journey.parts_needed,
    "chronology-table": chronology_table.parts_needed,
}


def parts_for(book: BookContent, page: PageContent) -> int:
    """How many printed pages ``page`` lays out as (1 for every page not drawn from events)."""
    try:
        template = page_template(page.template)
    except TemplateError:
        return 1
    sheet = load_styles()
    parts = 1
    for spec in template.frames_for(book.trim):
        counter = PAGINATING.get(str(spec.options.get("source", "")))
        if spec.kind != FrameKind.AUTO or counter is None:
            continue
        rect = frame_rect(spec, book.trim, sheet.margin_mm(book.trim), mm_to_pt(BLEED_MM))
        parts = max(parts, counter(book, rect, sheet.family(book.kind)))
    return parts


def number_pages(book: BookContent) -> BookContent:
    """``book`` with each page's first printed number and its parts worked out afresh."""
    pages = []
    number = 1
    for page in book.pages:
        parts = parts_for(book, page)
        pages.append(dataclasses.replace(page, number=number, parts=parts))
        number += parts
    return dataclasses.replace(book, pages=tuple(pages))
