"""Editing what a page holds. Every call is one committed user action."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lifebook.services.errors import InvalidInput, NotFound
from lifebook.store.db import Library
from lifebook.store.models import FrameContentRow, MediaItem, Page


def get_page(session: Session, page_id: int) -> Page:
    page = session.get(Page, page_id)
    if page is None:
        raise NotFound(f"there is no page with id {page_id} in this library")
    return page


def _frame(session: Session, page: Page, frame_key: str) -> FrameContentRow:
    row = session.scalar(
        select(FrameContentRow).where(
            FrameContentRow.page_id == page.id, FrameContentRow.frame_key == frame_key
        )
    )
    if row is None:
        row = FrameContentRow(page_id=page.id, frame_key=frame_key)
        session.add(row)
    return row


def set_frame_text(library: Library, page_id: int, frame_key: str, text: str) -> None:
    with library.transaction() as s:
        page = get_page(s, page_id)
        _frame(s, page, frame_key).text = text
        library.audit(s, "edit text", "page", page.id, frame=frame_key, length=len(text))


def place_photo(
    library: Library,
    page_id: int,
    frame_key: str,
    media_id: int | None,
    *,
    crop: tuple[float, float, float] | None = None,
) -> None:
    with library.transaction() as s:
        page = get_page(s, page_id)
        if media_id is not None:
            item = s.get(MediaItem, media_id)
            if item is None:
                raise NotFound(f"there is no photo with id {media_id} in this library")
            if item.child_id != page.book.child_id:
                raise InvalidInput("that photo belongs to another child's library")
        row = _frame(s, page, frame_key)
        row.media_id = media_id
        if crop is not None:
            row.crop_x, row.crop_y, row.crop_zoom = crop
        library.audit(s, "place photo", "page", page.id, frame=frame_key, media_id=media_id)
