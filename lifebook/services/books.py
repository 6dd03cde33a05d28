"""Use cases for books: create from a book template, list, autoflow photos,
rename, duplicate, delete (with a snapshot that ``restore_book`` puts back)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lifebook.i18n import translate
from lifebook.layout.naming import fill_name_text
from lifebook.layout.templates import (
    SectionTemplate,
    autoflow_templates,
    book_template,
    page_template,
)
from lifebook.model.enums import BookKind, BookStatus, FrameKind, Plan
from lifebook.model.records import BookInfo, PageInfo
from lifebook.model.richtext import normalise_text
from lifebook.model.trim import TrimSize
from lifebook.services.children import get_child
from lifebook.services.comment_rows import insert_snapshots
from lifebook.services.comment_rows import snapshot as comment_snapshot
from lifebook.services.errors import InvalidInput, NotFound
from lifebook.services.pages import FRAME_FIELDS, page_info
from lifebook.store.db import Library
from lifebook.store.models import Book, Child, Comment, FrameContentRow, MediaItem, Page

AUTOFLOW_SECTION = "Photo memories"
BOOK_FIELDS = ("child_id", "kind", "title", "trim", "status", "due_date", "created_at")


def get_book(session: Session, book_id: int) -> Book:
    """The book's ORM row in this session; raises NotFound."""
    book = session.get(Book, book_id)
    if book is None:
        raise NotFound(translate("services.books", "there is no book with id {book_id} in "
                                                   "this library").format(book_id=book_id))
    return book


def book_info(book: Book, session: Session, *, autoflowed_photos: int | None = None) -> BookInfo:
    """A book's record, with its page count."""
    pages = session.scalar(select(func.count(Page.id)).where(Page.book_id == book.id)) or 0
    return BookInfo(
        id=book.id,
        child_id=book.child_id,
        kind=book.kind,
        kind_label=BookKind(book.kind).label,
        title=book.title,
        trim=book.trim,
        trim_label=_trim_label(book.trim),
        status=book.status,
        status_label=BookStatus(book.status).label,
        pages=pages,
        autoflowed_photos=autoflowed_photos,
    )


def _trim_label(token: str) -> str:
    try:
        return TrimSize(token).label
    except ValueError:
        return token


def _fill(text: str, child: Child) -> str:
    """The child's name for ``{name}`` (template files) and ``[Name]`` (as practitioners write it)."""
    return fill_name_text(text.replace("{name}", child.display_name), child.display_name)


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


def _pages_from_template(
    session: Session, book: Book, child: Child, sections: tuple[SectionTemplate, ...]
) -> None:
    position = 0
    for section in sections:
        for start in section.pages:
            frames = page_template(start.template)
            texts: dict[str, str] = {}
            heading_key = "title" if "title" in frames.frame_keys() else "heading"
            if start.heading:
                texts[heading_key] = _fill(start.heading, child)
            if start.text:
                body_key = "subtitle" if "subtitle" in frames.frame_keys() else "text"
                texts[body_key] = _fill(start.text, child)
            page = _add_page(
                session,
                book,
                position,
                _fill(section.title, child),
                start.template,
                _fill(start.prompt, child),
                texts,
            )
            picture_keys = [f.key for f in frames.frames
                            if f.kind in (FrameKind.DRAWING, FrameKind.PHOTO)]
            if start.picture and picture_keys:  # a suggested drawing, easily changed
                page.frames.append(FrameContentRow(frame_key=picture_keys[0], clipart=start.picture))
            position += 1


def planned_sections(kind: BookKind, plan: Plan) -> list[str]:
    """The section titles a new book of this kind gets for a child with this plan; raises nothing.

    Titles are as written in the template, with ``{name}`` left in place.
    """
    return [section.title for section in book_template(kind).for_plan(plan)]


def new_book(
    library: Library,
    child_id: int,
    kind: BookKind,
    *,
    trim: TrimSize = TrimSize.A4_PORTRAIT,
    title: str | None = None,
    autoflow: bool = False,
) -> BookInfo:
    """Start a book from its book template (optionally laying out the child's photos).

    Raises NotFound (no such child). ``autoflowed_photos`` on the result
    says how many photos were laid out.
    """
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
        _pages_from_template(s, book, child, tmpl.for_plan(Plan(child.plan)))
        s.flush()
        placed = _autoflow(s, book) if autoflow else 0
        library.audit(
            s, "new book", "book", book.id, kind=kind.value, trim=trim.value, autoflowed=placed
        )
        return book_info(book, s, autoflowed_photos=placed)


def _photo_caption(item: MediaItem) -> str:
    if item.caption:
        return item.caption
    if item.taken_at:
        return f"{item.taken_at:%B %Y}"
    return ""


def _date_range(dates: list) -> str:
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
    grids = autoflow_templates()  # photos per page -> template, from the page templates
    per_page = max(grids)
    chunks = [photos[i : i + per_page] for i in range(0, len(photos), per_page)]
    for page in pages:
        if page.position >= insert_at:
            page.position += len(chunks)
    for offset, chunk in enumerate(chunks):
        template = grids.get(len(chunk)) or grids[min(n for n in grids if n >= len(chunk))]
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


def book_info_by_id(library: Library, book_id: int) -> BookInfo:
    """One book's record; raises NotFound."""
    with library.session() as s:
        return book_info(get_book(s, book_id), s)


def list_books(library: Library, child_id: int) -> list[BookInfo]:
    """A child's books, oldest first; raises NotFound (no such child)."""
    with library.session() as s:
        get_child(s, child_id)
        books = s.scalars(select(Book).where(Book.child_id == child_id).order_by(Book.id))
        return [book_info(b, s) for b in books]


def list_pages(library: Library, book_id: int) -> list[PageInfo]:
    """A book's pages in order; raises NotFound (no such book)."""
    with library.session() as s:
        book = get_book(s, book_id)
        return [page_info(p) for p in sorted(book.pages, key=lambda p: p.position)]


# --- managing books ---------------------------------------------------------------


def rename_book(library: Library, book_id: int, title: str) -> BookInfo:
    """Give a book a new title; raises InvalidInput (empty title) or NotFound."""
    title = " ".join(title.split())
    if not title:
        raise InvalidInput(translate("services.books", "a book needs a title"))
    with library.transaction() as s:
        book = get_book(s, book_id)
        old, book.title = book.title, title
        library.audit(s, "rename book", "book", book.id, old=old, new=title)
        return book_info(book, s)


def duplicate_book(library: Library, book_id: int, title: str | None = None) -> BookInfo:
    """A copy of a book, with every page and what it holds, as a new draft; raises NotFound."""
    with library.transaction() as s:
        source = get_book(s, book_id)
        copy = Book(
            child_id=source.child_id,
            kind=source.kind,
            title=(title or f"{source.title} (copy)").strip(),
            trim=source.trim,
            status=BookStatus.DRAFT.value,
            due_date=source.due_date,
        )
        s.add(copy)
        for page in sorted(source.pages, key=lambda p: p.position):
            new_page = Page(
                position=page.position, section=page.section, template=page.template,
                prompt=page.prompt,
            )  # fmt: skip
            copy.pages.append(new_page)
            for row in page.frames:
                new_page.frames.append(
                    FrameContentRow(frame_key=row.frame_key, **{f: getattr(row, f) for f in FRAME_FIELDS})
                )
        s.flush()
        library.audit(s, "duplicate book", "book", copy.id, source=book_id)
        return book_info(copy, s)


def delete_book(library: Library, book_id: int) -> dict:
    """Delete a book with its pages and comments; raises NotFound.

    Returns a snapshot of everything deleted (plain data): ``restore_book``
    puts the book back from it, so the window can offer Undo.
    """
    with library.transaction() as s:
        book = get_book(s, book_id)
        snapshot = {
            "id": book.id,
            **{f: getattr(book, f) for f in BOOK_FIELDS},
            "page_count": len(book.pages),
            "pages": [
                {
                    "id": p.id,
                    "position": p.position,
                    "section": p.section,
                    "template": p.template,
                    "prompt": p.prompt,
                    "version": p.version,  # back as it was: whoever had it open can still save
                    "changed_by": p.changed_by,
                    "frames": {r.frame_key: {f: getattr(r, f) for f in FRAME_FIELDS} for r in p.frames},
                }
                for p in sorted(book.pages, key=lambda p: p.position)
            ],
            "workflow": _workflow_history(s, book.id),  # QA moves, revisions, records, deliveries
            "comments": [  # threads before their replies, every field (services.comment_rows)
                comment_snapshot(c) for c in s.scalars(select(Comment).where(Comment.book_id == book.id)
                                                       .order_by(Comment.parent_id.is_not(None), Comment.id))
            ],
        }
        for comment in s.scalars(select(Comment).where(Comment.book_id == book.id,
                                                       Comment.parent_id.is_(None))):  # replies follow
            s.delete(comment)
        s.delete(book)
        library.audit(s, "delete book", "book", book_id, title=snapshot["title"],
                      pages=snapshot["page_count"])  # fmt: skip
    return snapshot


def _workflow_history(session: Session, book_id: int) -> dict:
    from lifebook.services.workflow import history_rows

    return history_rows(session, book_id)


def _restore_workflow_history(session: Session, book: Book, data: dict | None) -> None:
    from lifebook.services.workflow import restore_history_rows

    restore_history_rows(session, book, data)


def restore_book(library: Library, snapshot: dict) -> BookInfo:
    """Put back a book deleted by ``delete_book`` (same ids where free); raises NotFound if its child went."""
    with library.transaction() as s:
        get_child(s, snapshot["child_id"])  # a deleted child's books cannot come back
        book_id = snapshot["id"] if s.get(Book, snapshot["id"]) is None else None
        book = Book(id=book_id, **{f: snapshot[f] for f in BOOK_FIELDS})
        s.add(book)
        page_ids: dict[int, Page] = {}
        for snap in snapshot["pages"]:
            page_id = snap["id"] if s.get(Page, snap["id"]) is None else None
            page = Page(id=page_id, position=snap["position"], section=snap["section"],
                        template=snap["template"], prompt=snap["prompt"],
                        version=snap.get("version", 1), changed_by=snap.get("changed_by", ""))  # fmt: skip
            book.pages.append(page)
            page_ids[snap["id"]] = page
            for key, values in snap["frames"].items():
                values = dict(values)
                if values["media_id"] is not None and s.get(MediaItem, values["media_id"]) is None:
                    values["media_id"] = None  # the photo was deleted meanwhile
                page.frames.append(FrameContentRow(frame_key=key, **values))
        s.flush()
        owners = {old: page.id for old, page in page_ids.items()}
        insert_snapshots(s, [{**c, "book_id": book.id, "page_id": owners.get(c["page_id"])}
                             for c in snapshot["comments"]])
        _restore_workflow_history(s, book, snapshot.get("workflow"))
        s.flush()
        library.audit(s, "restore book", "book", book.id, title=book.title)
        return book_info(book, s)
