"""Comments on a book: add, reply, resolve, reopen, delete (and bring back), list threads.

A comment is pinned to a whole book, a page, or one frame of a page. The
first comment of a thread may have replies; resolving or deleting a thread
acts on the whole thread. Deleting returns a snapshot that
``restore_comments`` puts back (Undo), under new ids if the old ones were
taken again meanwhile.

What a carer records while reading the book with the child (review mode)
arrives here too, through ``add_child_reaction``: a comment marked "from the
child", with the carer's name. Comments are never part of a book's content,
so no export can print them.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lifebook.i18n import QT_TRANSLATE_NOOP, translate
from lifebook.layout.templates import page_template
from lifebook.model.comments import (
    COMMENT_MAX_CHARS,
    DRAWING_MAX_BYTES,
    NOTE_MAX_CHARS,
    PNG_SIGNATURE,
    CommentInfo,
    CommentKind,
    CommentThread,
    Feeling,
)
from lifebook.services.books import get_book
from lifebook.services.comment_rows import insert_snapshots, snapshot
from lifebook.services.errors import InvalidInput, NotFound
from lifebook.services.pages import get_page
from lifebook.store.db import Library
from lifebook.store.models import Comment, Page, utcnow


def _frame_label(page: Page | None, frame_key: str | None) -> str:
    if page is None or not frame_key:
        return ""
    try:
        spec = next((f for f in page_template(page.template).frames if f.key == frame_key), None)
    except Exception:  # an unknown template: the key is all there is, and it is never shown
        spec = None
    return spec.label if spec is not None and spec.label else translate("services.comments", "a part of the page")


def _info(row: Comment, page: Page | None) -> CommentInfo:
    return CommentInfo(
        id=row.id, book_id=row.book_id, page_id=row.page_id,
        page_number=page.position + 1 if page is not None else None,
        frame_key=row.frame_key or None, frame_label=_frame_label(page, row.frame_key),
        parent_id=row.parent_id, author=row.author, body=row.body, created_at=row.created_at,
        resolved=row.resolved, kind=row.kind, from_child=row.from_child,
        carer_name=row.carer_name, reaction=row.reaction, has_drawing=row.drawing is not None,
        resolved_by=row.resolved_by,
    )


def _get(s: Session, comment_id: int) -> Comment:
    row = s.get(Comment, comment_id)
    if row is None:
        raise NotFound(translate("services.comments", "there is no comment with id {comment_id} "
                                                      "in this library").format(comment_id=comment_id))
    return row


def _clean_body(body: str, what: str = QT_TRANSLATE_NOOP("services.comments", "comment"), limit: int = COMMENT_MAX_CHARS) -> str:
    text = (body or "").strip()
    if not text:
        raise InvalidInput(translate("services.comments", "the {what} is empty: type something "
                                                          "first").format(
                                                              what=translate("services.comments", what)))
    if len(text) > limit:
        raise InvalidInput(translate("services.comments", "the {what} is {length} characters "
                                                          "long; please keep it under {limit}").format(
            what=translate("services.comments", what), length=len(text), limit=limit))
    return text


def _clean_name(name: str | None, what: str) -> str:
    text = " ".join((name or "").split())
    if not text:
        raise InvalidInput(translate("services.comments", "please give {what}").format(
            what=translate("services.comments", what)))
    if len(text) > 100:
        raise InvalidInput(translate("services.comments", "{what} is too long (keep it under 100 "
                                                          "characters)").format(
                                                              what=translate("services.comments", what)))
    return text


def _place(s: Session, book_id: int, page_id: int | None, frame_key: str | None) -> Page | None:
    get_book(s, book_id)
    if page_id is None:
        if frame_key:
            raise InvalidInput(translate("services.comments", "a comment on a part of a page needs the page too"))
        return None
    page = get_page(s, page_id)
    if page.book_id != book_id:
        raise InvalidInput(translate("services.comments", "page {page_id} is not in book {book_id}").format(
            page_id=page_id, book_id=book_id))
    if frame_key and frame_key not in page_template(page.template).frame_keys():
        raise InvalidInput(translate("services.comments", "that part of the page is not on this page's layout any more"))
    return page


def add_comment(library: Library, book_id: int, body: str, *, page_id: int | None = None,
                frame_key: str | None = None, author: str | None = None) -> CommentInfo:
    """Start a thread on a book, a page or a frame; raises InvalidInput or NotFound."""
    text = _clean_body(body)
    with library.transaction() as s:
        page = _place(s, book_id, page_id, frame_key)
        row = Comment(book_id=book_id, page_id=page_id, frame_key=frame_key or None,
                      author=author or library.actor, body=text)
        s.add(row)
        s.flush()
        library.audit(s, "add comment", "comment", row.id, book=book_id, page=page_id)
        return _info(row, page)


def reply(library: Library, comment_id: int, body: str, *, author: str | None = None) -> CommentInfo:
    """Reply to a thread (to its first comment, whichever comment is given); reopens it."""
    text = _clean_body(body, QT_TRANSLATE_NOOP("services.comments", "reply"))
    with library.transaction() as s:
        first = _get(s, comment_id)
        if first.parent_id is not None:
            first = _get(s, first.parent_id)
        row = Comment(book_id=first.book_id, page_id=first.page_id, frame_key=first.frame_key,
                      parent_id=first.id, author=author or library.actor, body=text)
        s.add(row)
        first.resolved = False  # a new word on a thread wants reading
        s.flush()
        library.audit(s, "reply to comment", "comment", row.id, thread=first.id)
        return _info(row, s.get(Page, first.page_id) if first.page_id else None)


def set_resolved(library: Library, comment_id: int, resolved: bool, *,
                 by: str | None = None) -> CommentInfo:
    """Mark a thread resolved (or open again); returns its first comment. Raises NotFound."""
    with library.transaction() as s:
        first = _get(s, comment_id)
        if first.parent_id is not None:
            first = _get(s, first.parent_id)
        first.resolved = resolved
        first.resolved_by = (by or library.actor) if resolved else ""
        first.resolved_at = utcnow() if resolved else None
        library.audit(s, "resolve comment" if resolved else "reopen comment", "comment", first.id)
        return _info(first, s.get(Page, first.page_id) if first.page_id else None)


def resolve(library: Library, comment_id: int, *, by: str | None = None) -> CommentInfo:
    """Mark a thread as dealt with; raises NotFound."""
    return set_resolved(library, comment_id, True, by=by)


def reopen(library: Library, comment_id: int) -> CommentInfo:
    """Open a resolved thread again; raises NotFound."""
    return set_resolved(library, comment_id, False)


def delete_comment(library: Library, comment_id: int) -> list[dict]:
    """Delete a comment; the first of a thread takes its replies with it.

    Returns snapshots (the comment first, then its replies) that
    ``restore_comments`` brings back. Raises NotFound.
    """
    with library.transaction() as s:
        row = _get(s, comment_id)
        replies = s.scalars(select(Comment).where(Comment.parent_id == row.id)
                            .order_by(Comment.id)).all()
        snapshots = [snapshot(row)] + [snapshot(r) for r in replies]
        for reply_row in replies:
            s.delete(reply_row)
        s.flush()  # the replies first: the database would otherwise cascade under the ORM
        s.delete(row)
        library.audit(s, "delete comment", "comment", comment_id, replies=len(replies))
    return snapshots


def restore_comments(library: Library, snapshots: list[dict]) -> list[int]:
    """Put deleted comments back (Undo); returns their ids. Raises NotFound if the page went."""
    if not snapshots:
        return []
    with library.transaction() as s:
        first = snapshots[0]
        get_book(s, first["book_id"])
        if first["page_id"] is not None and s.get(Page, first["page_id"]) is None:
            raise NotFound(translate("services.comments", "the page this comment was on has been deleted"))
        ids = insert_snapshots(s, snapshots)
        library.audit(s, "restore comment", "comment", ids[0], count=len(ids))
    return ids


def get_comment(library: Library, comment_id: int) -> CommentInfo:
    """One comment or reply; raises NotFound."""
    with library.session() as s:
        row = _get(s, comment_id)
        return _info(row, s.get(Page, row.page_id) if row.page_id else None)


def list_threads(library: Library, book_id: int, *, page_id: int | None = None,
                 include_resolved: bool = True) -> list[CommentThread]:
    """A book's threads in book order (the whole book first, then page by page); raises NotFound."""
    with library.session() as s:
        get_book(s, book_id)
        query = select(Comment).where(Comment.book_id == book_id)
        if page_id is not None:
            query = query.where(Comment.page_id == page_id)
        rows = s.scalars(query.order_by(Comment.created_at, Comment.id)).all()
        pages = {p.id: p for p in s.scalars(select(Page).where(Page.book_id == book_id))}
        infos = [_info(r, pages.get(r.page_id) if r.page_id else None) for r in rows]
    replies: dict[int, list[CommentInfo]] = {}
    for info in infos:
        if info.parent_id is not None:
            replies.setdefault(info.parent_id, []).append(info)
    threads = [CommentThread(info, tuple(replies.get(info.id, ())))
               for info in infos if info.parent_id is None]
    if not include_resolved:
        threads = [t for t in threads if not t.resolved]
    return sorted(threads, key=lambda t: (t.first.page_number or 0, t.first.created_at, t.id))


def drawing_png(library: Library, comment_id: int) -> bytes | None:
    """The PNG of a child's drawn "my page", or None; raises NotFound."""
    with library.session() as s:
        return _get(s, comment_id).drawing


def add_child_reaction(
    library: Library,
    book_id: int,
    page_id: int,
    *,
    carer_name: str,
    feeling: Feeling | str | None = None,
    note: str = "",
    my_page: str = "",
    drawing: bytes | None = None,
) -> CommentInfo:
    """Record what the child said about a page, as a comment "from the child".

    Give exactly one of: a ``feeling`` sticker; a ``note`` in the child's
    words; or a "my page" addition (``my_page`` words and/or a ``drawing``
    as PNG bytes). It never changes the book. Raises InvalidInput or NotFound.
    """
    carer = _clean_name(carer_name, QT_TRANSLATE_NOOP("services.comments", "the carer's name"))
    given = [feeling is not None, bool(note.strip()), bool(my_page.strip()) or drawing is not None]
    if sum(given) != 1:
        raise InvalidInput(translate("services.comments", "choose one thing to keep: a feeling, a note, or the child's own page"))
    reaction, body = "", ""
    if feeling is not None:
        try:
            reaction, kind = Feeling(feeling).value, CommentKind.FEELING
        except ValueError:
            raise InvalidInput(translate("services.comments", "'{feeling}' is not one of the feelings").format(feeling=feeling)) from None
    elif note.strip():
        body, kind = _clean_body(note, QT_TRANSLATE_NOOP("services.comments", "note"), NOTE_MAX_CHARS), CommentKind.NOTE
    else:
        kind = CommentKind.MY_PAGE
        body = _clean_body(my_page, QT_TRANSLATE_NOOP("services.comments", "page"), NOTE_MAX_CHARS) if my_page.strip() else ""
        if drawing is not None:
            if not drawing.startswith(PNG_SIGNATURE):
                raise InvalidInput(translate("services.comments", "the drawing could not be kept: it is not a PNG picture"))
            if len(drawing) > DRAWING_MAX_BYTES:
                raise InvalidInput(translate("services.comments", "the drawing is too big to keep ({size} "
                                                                  "KB; the limit is {most} MB)").format(
                                                                      size=len(drawing) // 1024, most=DRAWING_MAX_BYTES // 1024 // 1024))
    with library.transaction() as s:
        page = _place(s, book_id, page_id, None)
        row = Comment(book_id=book_id, page_id=page_id, author=carer, body=body, kind=kind.value,
                      from_child=True, carer_name=carer, reaction=reaction, drawing=drawing)
        s.add(row)
        s.flush()
        library.audit(s, "child's reaction", "comment", row.id, book=book_id, page=page_id,
                      kind=kind.value)
        return _info(row, page)
