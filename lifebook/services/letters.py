"""Later life letters: a letter for a sibling, and parts kept for a later age.

**Sibling letters.** Brothers and sisters each need their own letter, but
much of it (the birth family, the worries, the court's decision) is shared.
``copy_letter_for_sibling`` copies a letter into the sibling's record, with
its photos. Both letters then carry a notice to make each one personal to its
child before approval; a letter's notice goes with the first change to its
words (``pages.set_frame_text``). Until the copy is
changed it still names the first child: the checks point at each place
(``checks.letters``).

**Parts for later.** A letter can be written in parts to be shared at
different ages: a section marked "for later" is left out of the letter for
now and exported on its own (``export --part later``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from lifebook.i18n import translate
from lifebook.model.content import BookContent
from lifebook.model.enums import BookKind, BookStatus
from lifebook.model.records import BookInfo
from lifebook.services.books import book_info, get_book
from lifebook.services.children import get_child
from lifebook.services.errors import InvalidInput, NotFound
from lifebook.services.pages import FRAME_FIELDS, check_versions
from lifebook.store.db import Library
from lifebook.store.models import Book, FrameContentRow, MediaItem, Page

MEDIA_COPY_FIELDS = ("sha256", "original_name", "format", "byte_size", "width", "height",
                     "orientation", "taken_at", "had_gps", "caption", "source", "use_agreed",
                     "agreed_by")


@dataclass(frozen=True)
class SectionPart:
    section: str
    pages: int
    for_later: bool

    def as_dict(self) -> dict:
        return {"section": self.section, "pages": self.pages, "for_later": self.for_later}


def _sibling_media(session: Session, item: MediaItem, child_id: int) -> int:
    """The sibling's own record of the same photo (the original file is shared, stored once)."""
    if item.child_id == child_id:
        return item.id
    existing = session.scalar(select(MediaItem.id).where(
        MediaItem.child_id == child_id, MediaItem.sha256 == item.sha256))
    if existing is not None:
        return existing
    copy = MediaItem(child_id=child_id, **{f: getattr(item, f) for f in MEDIA_COPY_FIELDS})
    session.add(copy)
    session.flush()
    return copy.id


def copy_letter_for_sibling(library: Library, book_id: int, sibling_id: int) -> BookInfo:
    """Copy a later life letter into a sibling's record, both marked to be personalised.

    Raises InvalidInput when the book is not a letter or the sibling is the same
    child, NotFound for an unknown book or child.
    """
    with library.transaction() as s:
        source = get_book(s, book_id)
        if source.kind != BookKind.LATER_LIFE_LETTER.value:
            raise InvalidInput(translate("services.letters", "Only a later life letter can be copied for a sibling"))
        sibling = get_child(s, sibling_id)
        if sibling.id == source.child_id:
            raise InvalidInput(translate("services.letters", "Choose the brother or sister the letter "
                                                             "is for, not {display_name}").format(
                                                                 display_name=source.child.display_name))
        first = source.child.display_name
        copy = Book(child_id=sibling.id, kind=source.kind, trim=source.trim,
                    title=translate("services.letters", "A letter for {name}").format(
                        name=sibling.display_name), status=BookStatus.DRAFT.value,
                    copied_from_book_id=source.id,
                    personalise_note=(translate("services.letters", "This letter was copied from {first}'s "
                                                                    "letter. Make it {name}'s own "
                                                                    "before it is approved.").format(
                                                                        first=first, name=sibling.display_name)))
        s.add(copy)
        for page in sorted(source.pages, key=lambda p: p.position):
            new_page = Page(position=page.position, section=page.section,
                            template=page.template, prompt=page.prompt, for_later=page.for_later)
            copy.pages.append(new_page)
            for row in page.frames:
                fields = {f: getattr(row, f) for f in FRAME_FIELDS}
                if row.media_id is not None:
                    item = s.get(MediaItem, row.media_id)
                    if item is not None:
                        fields["media_id"] = _sibling_media(s, item, sibling.id)
                new_page.frames.append(FrameContentRow(frame_key=row.frame_key, **fields))
        source.personalise_note = (translate("services.letters", "A copy of this letter was made for "
                                                                 "{name}. Check it is {first}'s "
                                                                 "own before it is approved.").format(
                                                                     name=sibling.display_name, first=first))
        s.flush()
        library.audit(s, "copy letter for sibling", "book", copy.id, source=source.id,
                      child=sibling.id)
        return book_info(copy, s)


def set_for_later(library: Library, book_id: int, section: str, for_later: bool, *,
                  expected_versions: Mapping[int, int] | None = None) -> SectionPart:
    """Mark a section of a letter as a part for later (or not); raises NotFound, InvalidInput,
    or PageChanged if one of its pages moved on from its version in ``expected_versions``."""
    with library.transaction() as s:
        check_versions(library, s, expected_versions)
        book = get_book(s, book_id)
        pages = [p for p in book.pages if p.section == section]
        if not pages:
            raise NotFound(translate("services.letters", "“{title}” has no section called "
                                                         "“{section}”").format(
                                                             title=book.title, section=section))
        if for_later and all(p.for_later or p.section == section for p in book.pages):
            raise InvalidInput(translate("services.letters", "At least one part of the letter must be for now"))
        for page in pages:
            page.for_later = for_later
        library.audit(s, "keep section for later" if for_later else "share section now",
                      "book", book.id, section=section)
        return SectionPart(section, len(pages), for_later)


def letter_parts(library: Library, book_id: int) -> list[SectionPart]:
    """The book's sections in order, each with whether it is kept for later; raises NotFound."""
    with library.session() as s:
        book = get_book(s, book_id)
        parts: list[SectionPart] = []
        for page in sorted(book.pages, key=lambda p: p.position):
            if parts and parts[-1].section == page.section:
                last = parts[-1]
                parts[-1] = SectionPart(last.section, last.pages + 1,
                                        last.for_later and page.for_later)
            else:
                parts.append(SectionPart(page.section, 1, page.for_later))
        return parts


PARTS = ("all", "now", "later")


def select_part(book: BookContent, part: str) -> BookContent:
    """The book with only the part asked for ("all", "now" or "later"), pages numbered afresh.

    Raises InvalidInput for an unknown part, or a part with no pages (nothing is
    kept for later yet, say).
    """
    if part not in PARTS:
        raise InvalidInput(translate("services.letters", "'{part}' is not a part of a letter: use "
                                                         "all, now or later").format(part=part))
    if part == "all":
        return book
    keep = [p for p in book.pages if p.for_later == (part == "later")]
    if not keep:
        raise InvalidInput(translate("services.letters", "Nothing in this letter is kept for later yet: mark a section "
                           "\u201cfor later\u201d first") if part == "later" else
                           translate("services.letters", "Every part of this letter is kept for later"))
    title = f"{book.title} (for later)" if part == "later" else book.title  # i18n: skip (printed)
    pages = tuple(replace(p, number=n) for n, p in enumerate(keep, start=1))
    return replace(book, title=title, pages=pages)
