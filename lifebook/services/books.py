"""Use cases for books: create from a book template, list, autoflow photos."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lifebook.layout.templates import BookTemplate, book_template, page_template
from lifebook.model.enums import BookKind, BookStatus, FrameKind
from lifebook.model.richtext import normalise_text
from lifebook.model.trim import TrimSize
from lifebook.services.children import get_child
from lifebook.services.errors import NotFound
from lifebook.store.db import Library
from lifebook.store.models import Book, Child, FrameContentRow, MediaItem, Page

AUTOFLOW_SECTION = "Photo memories"
# How many photos go on each autoflow page, and with which template.
GRID_TEMPLATES = {1: "photo-text", 2: "two-photos", 3: "three-photos", 4: "four-photos"}


def get_book(session: Session, book_id: int) -> Book:
    book = session.get(Book, book_id)
    if book is None:
        raise NotFound(f"there is no book with id {book_id} in this library")
    return book


def book_dict(book: Book, session: Session) -> dict:
    pages = session.scalar(select(func.count(Page.id)).where(Page.book_id == book.id))
    return {
        "id": book.id,
        "child_id": book.child_id,
        "kind": book.kind,
        "kind_label": BookKind(book.kind).label,
        "title": book.title,
        "trim": book.trim,
        "status": book.status,
        "status_label": BookStatus(book.status).label,
        "pages": pages,
    }


def page_dict(page: Page) -> dict:
    return {
        "id": page.id,
        "book_id": page.book_id,
        "number": page.position + 1,
        "section": page.section,
        "template": page.template,
    }


def _fill(text: str, child: Child) -> str:
    return text.replace("{name}", child.display_name)


def _add_page(
    session: Session,
    book: Book,
    position: int,
    section: str,
    template: str,
    prompt: str = "",
    texts: dict[str, str] | None = None,
) -> Page:
    page_template(template)  # a clear error now rather than a broken page later
    page = Page(book=book, position=position, section=section, template=template, prompt=prompt)
    session.add(page)
    for key, value in (texts or {}).items():
        if value:
            page.frames.append(FrameContentRow(frame_key=key, text=value))
    return page


def _pages_from_template(session: Session, book: Book, child: Child, tmpl: BookTemplate) -> None:
    position = 0
    for section in tmpl.sections:
        for start in section.pages:
            frames = page_template(start.template)
            texts: dict[str, str] = {}
            heading_key = "title" if "title" in frames.frame_keys() else "heading"
            if start.heading:
                texts[heading_key] = _fill(start.heading, child)
            if start.text:
                body_key = "subtitle" if "subtitle" in frames.frame_keys() else "text"
                texts[body_key] = _fill(start.text, child)
            _add_page(
                session,
                book,
                position,
                _fill(section.title, child),
                start.template,
                _fill(start.prompt, child),
                texts,
            )
            position += 1


def new_book(
    library: Library,
    child_id: int,
    kind: BookKind,
    *,
    trim: TrimSize = TrimSize.A4_PORTRAIT,
    title: str | None = None,
    autoflow: bool = False,
) -> dict:
    tmpl = book_template(kind)
    with library.transaction() as s:
        child = get_child(s, child_id)
        book = Book(
            child=child,
            kind=kind.value,
            title=normalise_text((title or _fill(tmpl.title, child)).strip()),
            trim=trim.value,
            status=BookStatus.DRAFT.value,
        )
        s.add(book)
        _pages_from_template(s, book, child, tmpl)
        s.flush()
        placed = _autoflow(s, book) if autoflow else 0
        library.audit(
            s, "new book", "book", book.id, kind=kind.value, trim=trim.value, autoflowed=placed
        )
        return book_dict(book, s) | {"autoflowed_photos": placed}


def _photo_caption(item: MediaItem) -> str:
    if item.caption:
        return item.caption
    if item.taken_at:
        return f"{item.taken_at:%B %Y}"
    return ""


def _date_range(dates: list) -> str:  # type: ignore[type-arg]
    """'March 2019', or 'March 2019 to June 2020': a heading for a page of photos."""
    if not dates:
        return AUTOFLOW_SECTION
    first, last = f"{min(dates):%B %Y}", f"{max(dates):%B %Y}"
    return first if first == last else f"{first} to {last}"


def _autoflow(session: Session, book: Book) -> int:
    """Lay every photo of the child not yet in the book onto new photo pages.

    The pages go in a "Photo memories" section placed before the book's last
    section, so the book still ends in the safe present ("my future").
    Photos are in the order they were taken; captions come from each photo's
    caption, or the month it was taken.
    """
    used = set(
        session.scalars(
            select(FrameContentRow.media_id)
            .join(Page)
            .where(Page.book_id == book.id, FrameContentRow.media_id.is_not(None))
        )
    )
    photos = [
        m
        for m in session.scalars(
            select(MediaItem)
            .where(MediaItem.child_id == book.child_id)
            .order_by(MediaItem.taken_at.is_(None), MediaItem.taken_at, MediaItem.id)
        )
        if m.id not in used
    ]
    if not photos:
        return 0
    pages = sorted(book.pages, key=lambda p: p.position)
    last_section = pages[-1].section if pages else ""
    insert_at = next((p.position for p in pages if p.section == last_section), len(pages))
    chunks = [photos[i : i + 4] for i in range(0, len(photos), 4)]
    for page in pages:
        if page.position >= insert_at:
            page.position += len(chunks)
    for offset, chunk in enumerate(chunks):
        template = GRID_TEMPLATES[len(chunk)]
        heading = {"heading": _date_range([m.taken_at for m in chunk if m.taken_at])}
        page = _add_page(session, book, insert_at + offset, AUTOFLOW_SECTION, template, "", heading)
        photo_keys = page_template(template).frame_keys(FrameKind.PHOTO)
        for n, (key, item) in enumerate(zip(photo_keys, chunk, strict=False), start=1):
            page.frames.append(FrameContentRow(frame_key=key, media=item))
            caption = _photo_caption(item)
            if caption:
                page.frames.append(FrameContentRow(frame_key=f"caption{n}", text=caption))
    session.flush()
    return len(photos)


def list_books(library: Library, child_id: int) -> list[dict]:
    with library.session() as s:
        get_child(s, child_id)
        books = s.scalars(select(Book).where(Book.child_id == child_id).order_by(Book.id))
        return [book_dict(b, s) for b in books]


def list_pages(library: Library, book_id: int) -> list[dict]:
    with library.session() as s:
        book = get_book(s, book_id)
        return [page_dict(p) for p in sorted(book.pages, key=lambda p: p.position)]
