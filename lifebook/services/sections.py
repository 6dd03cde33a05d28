"""Sections of a book: add, rename, reorder and remove.

A section is not a table: it is the ``section`` name on each page, and a
section in the outline is a run of consecutive pages with the same name.
So renaming a section renames its pages, reordering moves its pages as a
block (``pages.set_page_order``), and removing it deletes its pages, each
returned as a snapshot that ``pages.restore_page`` brings back.
"""

from __future__ import annotations

from collections.abc import Mapping

from lifebook.i18n import translate
from lifebook.layout.templates import page_template
from lifebook.model.records import PageInfo
from lifebook.services.errors import InvalidInput, NotFound
from lifebook.services.pages import check_versions, get_page, page_info, snapshot_page
from lifebook.store.db import Library
from lifebook.store.models import Book, FrameContentRow, Page

NEW_SECTION_TEMPLATE = "text-only"


def _clean(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise InvalidInput(translate("services.sections", "a section needs a name"))
    return name


def rename_section(library: Library, page_ids: list[int], name: str, *,
                   expected_versions: Mapping[int, int] | None = None) -> str:
    """Give these pages (one section's) a new section name; returns the name as stored.

    Raises InvalidInput (no name, no pages, pages of two books) or NotFound; PageChanged
    if one of the pages moved on from its version in ``expected_versions`` (nothing renamed).
    """
    name = _clean(name)
    if not page_ids:
        raise InvalidInput(translate("services.sections", "choose a section with at least one page"))
    with library.transaction() as s:
        check_versions(library, s, expected_versions)
        pages = [get_page(s, pid) for pid in page_ids]
        if len({p.book_id for p in pages}) != 1:
            raise InvalidInput(translate("services.sections", "a section's pages all belong to one book"))
        old = pages[0].section
        for page in pages:
            page.section = name
        library.audit(s, "rename section", "book", pages[0].book_id, old=old, new=name,
                      pages=len(pages))  # fmt: skip
    return name


def add_section(
    library: Library,
    book_id: int,
    name: str,
    *,
    after_page_id: int | None = None,
    template: str = NEW_SECTION_TEMPLATE,
) -> PageInfo:
    """A new section of one page (headed with its name) after the given page; raises InvalidInput or NotFound."""
    name = _clean(name)
    frames = page_template(template).frame_keys()
    with library.transaction() as s:
        book = s.get(Book, book_id)
        if book is None:
            raise NotFound(translate("services.sections", "there is no book with id {book_id} in "
                                                          "this library").format(book_id=book_id))
        pages = sorted(book.pages, key=lambda p: p.position)
        index = len(pages)
        if after_page_id is not None:
            index = next((i + 1 for i, p in enumerate(pages) if p.id == after_page_id), len(pages))
        page = Page(book_id=book.id, position=0, section=name, template=template)
        if "heading" in frames:
            page.frames.append(FrameContentRow(frame_key="heading", text=name))
        s.add(page)
        pages.insert(index, page)
        for n, p in enumerate(pages):
            p.position = n
        s.flush()
        library.audit(s, "add section", "page", page.id, section=name)
        return page_info(page)


def delete_pages(library: Library, page_ids: list[int], *,
                 expected_versions: Mapping[int, int] | None = None) -> list[dict]:
    """Delete several pages (a section) in one action; raises InvalidInput or NotFound, or
    PageChanged (nothing deleted) if a page moved on from its version in ``expected_versions``.

    Returns their snapshots in book order; restoring them in that order
    (``pages.restore_page``) puts each back where it was.
    """
    if not page_ids:
        raise InvalidInput(translate("services.sections", "choose a section with at least one page"))
    snapshots = sorted((snapshot_page(library, pid) for pid in page_ids), key=lambda s: s["position"])
    with library.transaction() as s:
        check_versions(library, s, expected_versions)
        pages = [get_page(s, pid) for pid in page_ids]
        book = pages[0].book
        if any(p.book_id != book.id for p in pages):
            raise InvalidInput(translate("services.sections", "a section's pages all belong to one book"))
        for page in pages:
            s.delete(page)
        s.flush()
        gone = set(page_ids)
        remaining = sorted((p for p in book.pages if p.id not in gone), key=lambda p: p.position)
        for n, page in enumerate(remaining):
            page.position = n
        library.audit(s, "delete section", "book", book.id, pages=len(page_ids),
                      section=snapshots[0]["section"])  # fmt: skip
    return snapshots
