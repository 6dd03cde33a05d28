"""Editing pages and what they hold. Every call is one committed user action.

Undo and redo in the editor are commands over these services: before an
edit the command takes a ``snapshot`` of the page (or of the book's page
order) and undo restores it. Snapshots are plain dicts, so they can also
be logged or tested.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from lifebook.i18n import translate
from lifebook.layout.clipart import find_clipart, read_colours
from lifebook.layout.templates import page_template
from lifebook.model.content import PictureFit
from lifebook.model.drawing import Drawing, DrawingError
from lifebook.model.enums import FrameKind
from lifebook.model.records import PageInfo
from lifebook.model.richtext import Mark, RichText
from lifebook.services.comment_rows import insert_snapshots, page_comment_snapshots
from lifebook.services.errors import InvalidInput, NotFound, PageChanged
from lifebook.store.db import Library
from lifebook.store.models import Book, FrameContentRow, MediaItem, Page

FRAME_FIELDS = ("text", "marks", "style", "media_id", "crop_x", "crop_y", "crop_zoom", "rotation",
                "clipart", "clipart_colours", "drawing", "fit")
PICTURE_FIELDS = ("media_id", "crop_x", "crop_y", "crop_zoom", "rotation", "clipart", "clipart_colours",
                  "drawing", "fit")
# Content may move between frames of these kinds when a template changes.
COMPATIBLE = {
    FrameKind.PHOTO: (FrameKind.PHOTO, FrameKind.DRAWING),
    FrameKind.DRAWING: (FrameKind.DRAWING, FrameKind.PHOTO),
    FrameKind.TEXT: (FrameKind.TEXT,),
    FrameKind.TITLE: (FrameKind.TITLE, FrameKind.TEXT),
    FrameKind.CAPTION: (FrameKind.CAPTION,),
    FrameKind.AUTO: (FrameKind.AUTO,),
}


def get_page(session: Session, page_id: int) -> Page:
    """The page's ORM row in this session; raises NotFound."""
    page = session.get(Page, page_id)
    if page is None:
        raise NotFound(translate("services.pages", "there is no page with id {page_id} in "
                                                   "this library").format(page_id=page_id))
    return page


def page_info(page: Page) -> PageInfo:
    """A page's record: number (from 1), section and template."""
    return PageInfo(id=page.id, book_id=page.book_id, number=page.position + 1,
                    section=page.section, template=page.template)


def _frame(session: Session, page: Page, frame_key: str) -> FrameContentRow:
    row = session.scalar(
        select(FrameContentRow).where(
            FrameContentRow.page_id == page.id, FrameContentRow.frame_key == frame_key
        )
    )
    if row is None:
        row = FrameContentRow(page_id=page.id, frame_key=frame_key)
        session.add(row)
        session.flush()
    return row


def _ordered(book: Book) -> list[Page]:
    return sorted(book.pages, key=lambda p: p.position)


def _renumber(pages: list[Page]) -> None:
    for n, page in enumerate(pages):
        page.position = n


# --- frame content ----------------------------------------------------------


def page_version(library: Library, page_id: int) -> int:
    """The page's version now (it moves with every change to the page); raises NotFound."""
    with library.session() as s:
        return get_page(s, page_id).version


def page_versions(library: Library, book_id: int) -> dict[int, int]:
    """Every page of a book with its version now (page id -> version), in one read."""
    with library.session() as s:
        return {pid: v for pid, v in s.execute(
            select(Page.id, Page.version).where(Page.book_id == book_id))}


def _same_version(library: Library, session: Session, page_id: int, expected: int | None) -> None:
    """Refuse a save made on an out-of-date page, holding the page until this one commits."""
    if expected is None:
        return
    row = session.execute(select(Page.version, Page.changed_by).where(Page.id == page_id)
                          .with_for_update()).first()  # SQLite: its write lock already serialises
    if row is None or row.version == expected:
        return
    who = row.changed_by if row.changed_by and row.changed_by != library.actor else ""
    raise PageChanged(translate("services.pages", "{who} changed this page a moment ago").format(
        who=who) if who else
                      translate("services.pages", "This page was changed in another Lifebook a moment ago"),
                      row.version, row.changed_by)


def check_versions(library: Library, session: Session, expected: Mapping[int, int] | None) -> None:
    """``_same_version`` for each page an action changes (page id -> the version it was made on)."""
    for page_id, version in sorted((expected or {}).items()):
        _same_version(library, session, page_id, version)


def set_frame_text(
    library: Library, page_id: int, frame_key: str, text: str, marks: Iterable[Mark] = (), *,
    expected_version: int | None = None,
) -> RichText:
    """Store a frame's words exactly as typed (NFC) with their bold/italic marks.

    With ``expected_version`` (the page's version when it was opened) a save made on
    an out-of-date page is refused with PageChanged, and nothing is stored. Raises NotFound.
    """
    rich = RichText.of(text, marks)
    with library.transaction() as s:
        _same_version(library, s, page_id, expected_version)
        page = get_page(s, page_id)
        row = _frame(s, page, frame_key)
        if (row.text, row.marks) != (rich.text, rich.marks_json()):
            page.book.personalise_note = ""  # a copied letter has been made its child's own
        row.text, row.marks = rich.text, rich.marks_json()
        library.audit(s, "edit text", "page", page.id, frame=frame_key, length=len(rich.text))
    return rich


def set_frame_style(library: Library, page_id: int, frame_key: str, style: str | None, *,
                    expected_version: int | None = None) -> None:
    """Give a text frame a named style (None for the template's); raises NotFound, PageChanged."""
    with library.transaction() as s:
        _same_version(library, s, page_id, expected_version)
        page = get_page(s, page_id)
        _frame(s, page, frame_key).style = style
        library.audit(s, "change text style", "page", page.id, frame=frame_key, style=style)


def place_photo(
    library: Library,
    page_id: int,
    frame_key: str,
    media_id: int | None,
    *,
    crop: tuple[float, float, float] | None = None,
    expected_version: int | None = None,
) -> None:
    """Put a photo in a frame (None clears it), centred and unzoomed; raises NotFound or InvalidInput.

    InvalidInput: the photo belongs to another child. Like every page edit here, with
    ``expected_version`` (the page's version the change was made on) a change to a page
    someone else has changed since is refused with PageChanged, and nothing is stored.
    """
    with library.transaction() as s:
        _same_version(library, s, page_id, expected_version)
        page = get_page(s, page_id)
        if media_id is not None:
            item = s.get(MediaItem, media_id)
            if item is None:
                raise NotFound(translate("services.pages", "there is no photo with id {media_id} in "
                                                           "this library").format(media_id=media_id))
            if item.child_id != page.book.child_id:
                raise InvalidInput(translate("services.pages", "that photo belongs to another child's library"))
        row = _frame(s, page, frame_key)
        row.media_id = media_id
        row.crop_x, row.crop_y, row.crop_zoom = crop or (0.5, 0.5, 1.0)
        row.rotation = 0
        if media_id is not None:
            row.clipart = None  # a frame holds a photo or a clipart picture, not both
        library.audit(s, "place photo", "page", page.id, frame=frame_key, media_id=media_id)


def place_clipart(library: Library, page_id: int, frame_key: str, key: str | None,
                  colours: dict[str, str] | None = None, *,
                  expected_version: int | None = None) -> None:
    """Put a picture from the clipart library in a frame (None clears it), in place of any photo.

    ``colours`` recolours its parts: {"skin": "#a8693f", "hair": ..., "clothes": ...}.
    Raises NotFound (no such page), or InvalidInput (no such picture, or a colour that is not one).
    """
    if key is not None and find_clipart(key) is None:
        raise InvalidInput(translate("services.pages", "there is no picture called {key!r} in "
                                                       "the clipart library").format(key=key))
    try:
        stored = json.dumps(read_colours(json.dumps(colours)), sort_keys=True) if colours else None
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None
    with library.transaction() as s:
        _same_version(library, s, page_id, expected_version)
        page = get_page(s, page_id)
        row = _frame(s, page, frame_key)
        row.clipart = key
        row.clipart_colours = stored if key else None
        if key is not None:
            row.media_id = None
            row.crop_x, row.crop_y, row.crop_zoom, row.rotation = 0.5, 0.5, 1.0, 0
        library.audit(s, "place picture", "page", page.id, frame=frame_key, clipart=key)


def set_drawing(library: Library, page_id: int, frame_key: str, drawing: Drawing | None, *,
                expected_version: int | None = None) -> None:
    """Keep the pen strokes drawn over a frame, as vectors (None or no strokes clears them).

    Raises NotFound, or InvalidInput for a drawing that is not sensible.
    """
    try:
        stored = Drawing.checked(drawing.aspect, drawing.strokes).to_json() if drawing and drawing.strokes else None
    except DrawingError as exc:
        raise InvalidInput(str(exc)) from None
    with library.transaction() as s:
        _same_version(library, s, page_id, expected_version)
        page = get_page(s, page_id)
        _frame(s, page, frame_key).drawing = stored
        library.audit(s, "draw" if stored else "clear drawing", "page", page.id, frame=frame_key,
                      strokes=len(drawing.strokes) if drawing else 0)


def set_fit(library: Library, page_id: int, frame_key: str, fit: PictureFit | str | None, *,
            expected_version: int | None = None) -> None:
    """Show the whole picture in a frame ("fit") or fill the frame ("fill"); None for the default.

    The choice belongs to the frame's picture (it moves with it when pictures are swapped).
    Raises NotFound, or InvalidInput for a choice that is neither.
    """
    try:
        choice = PictureFit(fit) if fit is not None else None
    except ValueError:
        raise InvalidInput(translate("services.pages", "a picture can fit its frame or fill it, "
                                                       "not {fit!r}").format(fit=fit)) from None
    with library.transaction() as s:
        _same_version(library, s, page_id, expected_version)
        page = get_page(s, page_id)
        _frame(s, page, frame_key).fit = choice.value if choice else None
        library.audit(s, "change picture fit", "page", page.id, frame=frame_key,
                      fit=choice.value if choice else "default")


def set_crop(
    library: Library, page_id: int, frame_key: str, centre_x: float, centre_y: float, zoom: float,
    *, expected_version: int | None = None,
) -> None:
    """Pan and zoom a photo in its frame (values clamped to sensible ranges); raises NotFound."""
    with library.transaction() as s:
        _same_version(library, s, page_id, expected_version)
        page = get_page(s, page_id)
        row = _frame(s, page, frame_key)
        row.crop_x = min(1.0, max(0.0, centre_x))
        row.crop_y = min(1.0, max(0.0, centre_y))
        row.crop_zoom = min(8.0, max(1.0, zoom))
        library.audit(s, "crop photo", "page", page.id, frame=frame_key)


def rotate_photo(library: Library, page_id: int, frame_key: str, degrees: int = 90, *,
                 expected_version: int | None = None) -> int:
    """Turn a photo in its frame by a multiple of 90° clockwise; returns the new rotation.

    Raises InvalidInput (not a multiple of 90) or NotFound.
    """
    if degrees % 90:
        raise InvalidInput(translate("services.pages", "photos turn in steps of 90 degrees"))
    with library.transaction() as s:
        _same_version(library, s, page_id, expected_version)
        page = get_page(s, page_id)
        row = _frame(s, page, frame_key)
        row.rotation = (row.rotation + degrees) % 360
        library.audit(s, "rotate photo", "page", page.id, frame=frame_key, rotation=row.rotation)
        return row.rotation


def swap_photos(
    library: Library, page_a: int, key_a: str, page_b: int, key_b: str, *,
    expected_versions: Mapping[int, int] | None = None,
) -> None:
    """Swap the photos (with their crops) of two frames, on one page or two; raises NotFound.

    ``expected_versions``: page id -> the version the swap was made on (PageChanged if one moved).
    """
    with library.transaction() as s:
        check_versions(library, s, expected_versions)
        a = _frame(s, get_page(s, page_a), key_a)
        b = _frame(s, get_page(s, page_b), key_b)
        for name in PICTURE_FIELDS:
            va, vb = getattr(a, name), getattr(b, name)
            setattr(a, name, vb)
            setattr(b, name, va)
        library.audit(s, "swap photos", "page", page_a, a=f"{page_a}:{key_a}", b=f"{page_b}:{key_b}")


# --- snapshots (undo) -----------------------------------------------------------


def snapshot_page(library: Library, page_id: int) -> dict:
    """Everything about one page as a plain dict, to restore it exactly (undo); raises NotFound."""
    with library.session() as s:
        page = get_page(s, page_id)
        return {
            "id": page.id,
            "book_id": page.book_id,
            "position": page.position,
            "section": page.section,
            "template": page.template,
            "prompt": page.prompt,
            "frames": {
                row.frame_key: {f: getattr(row, f) for f in FRAME_FIELDS}
                for row in page.frames
            },
            "comments": page_comment_snapshots(s, page.id),  # deleting the page deletes them
        }


def restore_page(library: Library, snapshot: dict, action: str = "undo page edit", *,
                 expected_version: int | None = None) -> None:
    """Put a page back as snapshotted (recreated, same id, if deleted); raises NotFound if its book went.

    With ``expected_version``, an undo or redo on a page someone else has changed since is
    refused with PageChanged (a deleted page is simply brought back).
    """
    restore_pages(library, [snapshot], action, expected_versions=(
        {snapshot["id"]: expected_version} if expected_version is not None else None))


def restore_pages(library: Library, snapshots: list[dict], action: str = "undo page edit", *,
                  expected_versions: Mapping[int, int] | None = None) -> None:
    """``restore_page`` for several pages as one action: all of them, or (PageChanged) none."""
    with library.transaction() as s:
        check_versions(library, s, expected_versions)
        for snapshot in snapshots:
            _restore(library, s, snapshot, action)


def _restore(library: Library, s: Session, snapshot: dict, action: str) -> None:
    book = s.get(Book, snapshot["book_id"])
    if book is None:
        raise NotFound(translate("services.pages", "the book this page belonged to has been deleted"))
    page = s.get(Page, snapshot["id"])
    if page is None:
        others = _ordered(book)
        page = Page(id=snapshot["id"], book_id=book.id, template=snapshot["template"])
        s.add(page)
        others.insert(min(snapshot["position"], len(others)), page)
        _renumber(others)
        s.flush()
        s.expire(book, ["pages"])  # the next page restored in this action sees this one
        insert_snapshots(s, snapshot.get("comments", []))  # back with their page
    page.section = snapshot["section"]
    page.template = snapshot["template"]
    page.prompt = snapshot["prompt"]
    existing = {row.frame_key: row for row in page.frames}
    for key, row in existing.items():
        if key not in snapshot["frames"]:
            s.delete(row)
    for key, values in snapshot["frames"].items():
        found = existing.get(key)
        row = found if found is not None else FrameContentRow(frame_key=key)
        if found is None:
            page.frames.append(row)
        for name, value in values.items():
            setattr(row, name, value)
    library.audit(s, action, "page", page.id)


def page_order(library: Library, book_id: int) -> list[int]:
    """The ids of a book's pages in order; raises NotFound."""
    with library.session() as s:
        book = s.get(Book, book_id)
        if book is None:
            raise NotFound(translate("services.pages", "there is no book with id {book_id} in "
                                                       "this library").format(book_id=book_id))
        return [p.id for p in _ordered(book)]


def set_page_order(library: Library, book_id: int, order: list[int]) -> None:
    """Put a book's pages in this order (each page once); raises NotFound or InvalidInput."""
    with library.transaction() as s:
        book = s.get(Book, book_id)
        if book is None:
            raise NotFound(translate("services.pages", "there is no book with id {book_id} in "
                                                       "this library").format(book_id=book_id))
        pages = {p.id: p for p in book.pages}
        if sorted(order) != sorted(pages):
            raise InvalidInput(translate("services.pages", "the new page order must list each page of the book once"))
        _renumber([pages[i] for i in order])
        library.audit(s, "reorder pages", "book", book.id)


# --- page operations ------------------------------------------------------------


def add_page(
    library: Library,
    book_id: int,
    template: str,
    *,
    after_page_id: int | None = None,
    section: str | None = None,
) -> PageInfo:
    """A new page from a template after the given page (or at the end); raises NotFound.

    It joins the section of the page before it unless ``section`` is given.
    An unknown template raises the template loader's error.
    """
    page_template(template)
    with library.transaction() as s:
        book = s.get(Book, book_id)
        if book is None:
            raise NotFound(translate("services.pages", "there is no book with id {book_id} in "
                                                       "this library").format(book_id=book_id))
        pages = _ordered(book)
        index = len(pages)
        if after_page_id is not None:
            index = next((i + 1 for i, p in enumerate(pages) if p.id == after_page_id), len(pages))
        if section is None:
            section = pages[index - 1].section if index > 0 and pages else ""
        page = Page(book_id=book.id, position=0, section=section, template=template)
        s.add(page)
        pages.insert(index, page)
        _renumber(pages)
        s.flush()
        library.audit(s, "add page", "page", page.id, template=template)
        return page_info(page)


def duplicate_page(library: Library, page_id: int) -> PageInfo:
    """A copy of a page, with what it holds, just after it; raises NotFound."""
    with library.transaction() as s:
        source = get_page(s, page_id)
        pages = _ordered(source.book)
        copy = Page(book_id=source.book_id, position=0, section=source.section,
                    template=source.template, prompt=source.prompt)
        s.add(copy)
        for row in list(source.frames):
            copy.frames.append(FrameContentRow(frame_key=row.frame_key,
                                               **{f: getattr(row, f) for f in FRAME_FIELDS}))
        pages.insert(pages.index(source) + 1, copy)
        _renumber(pages)
        s.flush()
        library.audit(s, "duplicate page", "page", copy.id, source=page_id)
        return page_info(copy)


def delete_page(library: Library, page_id: int, *, expected_version: int | None = None) -> dict:
    """Delete a page; returns the snapshot that ``restore_page`` brings back. Raises NotFound.

    With ``expected_version``, deleting a page someone else has changed since is refused
    (PageChanged).
    """
    snapshot = snapshot_page(library, page_id)
    with library.transaction() as s:
        _same_version(library, s, page_id, expected_version)
        page = get_page(s, page_id)
        book = page.book
        s.delete(page)
        s.flush()
        _renumber([p for p in _ordered(book) if p.id != page_id])
        library.audit(s, "delete page", "page", page_id, template=snapshot["template"])
    return snapshot


def set_section(library: Library, page_id: int, section: str, *,
                expected_version: int | None = None) -> None:
    """Move a page into the named section; raises NotFound, PageChanged."""
    with library.transaction() as s:
        _same_version(library, s, page_id, expected_version)
        page = get_page(s, page_id)
        page.section = section.strip()
        library.audit(s, "move page to section", "page", page.id, section=page.section)


def change_template(library: Library, page_id: int, template: str, *,
                    expected_version: int | None = None) -> dict[str, str]:
    """Give a page another template; content moves to matching frames. Raises NotFound.

    Frames with the same key keep their content. Content whose key the new
    template lacks moves to an empty frame of a compatible kind; if there is
    none it stays stored with the page (and comes back if the template is
    changed back), and the layout reports it as not shown. Returns the moves
    made, old key -> new key.
    """
    new = page_template(template)
    with library.transaction() as s:
        _same_version(library, s, page_id, expected_version)
        page = get_page(s, page_id)
        old = page_template(page.template)
        old_kinds = {f.key: f.kind for f in old.frames}
        new_kinds = {f.key: f.kind for f in new.frames}
        rows = {row.frame_key: row for row in page.frames if _has_content(row)}
        free = [k for k in new.frame_keys() if k not in rows]
        moves: dict[str, str] = {}
        for key, row in rows.items():
            if key in new_kinds:
                continue
            kind = old_kinds.get(key)
            wanted = COMPATIBLE.get(kind, (kind,)) if kind else ()
            target = next((k for k in free if new_kinds[k] in wanted), None)
            if target is not None:
                free.remove(target)
                empty = next((r for r in page.frames if r.frame_key == target), None)
                if empty is not None:
                    s.delete(empty)
                    s.flush()
                row.frame_key = target
                moves[key] = target
        page.template = template
        library.audit(s, "change template", "page", page.id, template=template, moves=moves)
        return moves


def _has_content(row: FrameContentRow) -> bool:
    return (bool(row.text.strip()) or row.media_id is not None or bool(row.clipart)
            or bool(row.drawing))
