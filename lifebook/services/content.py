"""Build the layout engine's input (model.content) from the store."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from lifebook.layout.clipart import read_colours
from lifebook.layout.pagination import number_pages
from lifebook.model.content import (
    BookContent,
    Crop,
    FrameContent,
    JourneyStop,
    MediaRef,
    PageContent,
    PictureFit,
)
from lifebook.model.drawing import Drawing, DrawingError
from lifebook.model.enums import BookKind, BookStatus
from lifebook.model.richtext import RichText
from lifebook.model.trim import TrimSize
from lifebook.services.books import get_book
from lifebook.services.chronology import birth_date, event_info, ordered_events
from lifebook.services.chronology_links import links_for
from lifebook.services.family_tree import family_members
from lifebook.store.db import Library
from lifebook.store.models import Book, Child, FrameContentRow, MediaItem, Page, Person


def media_ref(library: Library, item: MediaItem) -> MediaRef:
    """What the layout needs to know of a photo row (its stored file, size, agreement)."""
    return MediaRef(
        media_id=item.id,
        sha256=item.sha256,
        path=library.media.path_for(item.sha256, item.format),
        width=item.width,
        height=item.height,
        orientation=item.orientation,
        use_agreed=item.use_agreed,
        caption=item.caption,
    )


def _frame(library: Library, row: FrameContentRow) -> FrameContent:
    rich = RichText.from_storage(row.text, row.marks)
    return FrameContent(
        frame_key=row.frame_key,
        text=rich.text,
        marks=rich.marks,
        media=media_ref(library, row.media) if row.media is not None else None,
        crop=Crop(row.crop_x, row.crop_y, max(1.0, row.crop_zoom)),
        rotation=row.rotation % 360,
        style=row.style,
        clipart=row.clipart or None,
        clipart_colours=stored_colours(row.clipart_colours),
        drawing=stored_drawing(row.drawing),
        fit=stored_fit(row.fit),
    )


def stored_fit(stored: str | None) -> PictureFit | None:
    """A frame's stored fit choice; None for the default (or a value this version does not know)."""
    try:
        return PictureFit(stored) if stored else None
    except ValueError:
        return None


def journey_stops(library: Library, session: Session, child: Child) -> tuple[JourneyStop, ...]:
    """The child's chronology as a book may show it: in order, private notes left out.

    Each stop carries the first photo linked to its event (if that photo is still there).
    """
    birth = birth_date(child)
    events = [e for e in ordered_events(session, child.id) if not e.private]
    links = links_for(session, [e.id for e in events])
    infos = [event_info(event, birth, links.get(event.id)) for event in events]
    _load_media(session, [media_id for info in infos for media_id in info.photo_ids])
    stops = []
    for info in infos:
        photo = None
        for media_id in info.photo_ids:
            item = session.get(MediaItem, media_id)  # from the identity map: loaded just above
            if item is not None:
                photo = media_ref(library, item)
                break
        stops.append(JourneyStop(
            event_id=info.id, date=info.date_display if info.date_start else info.date_text,
            age=info.age, title=info.title, detail=info.detail, category=info.category,
            photo=photo, include_in_book=info.include_in_book, sensitive=info.sensitive,
            private=info.private,
        ))
    return tuple(stops)


def _load_media(session: Session, media_ids: list[int]) -> None:
    """Bring these photo rows into the session in one query, so ``session.get`` needs none."""
    wanted = sorted(set(media_ids))
    for start in range(0, len(wanted), 500):  # well under every database's parameter limit
        session.scalars(select(MediaItem).where(MediaItem.id.in_(wanted[start:start + 500]))).all()


def _load_book(session: Session, book_id: int) -> Book:
    """The book with its pages, their frames and photos, its child and their people: five queries."""
    book = session.scalars(
        select(Book).where(Book.id == book_id).options(
            selectinload(Book.pages).selectinload(Page.frames).joinedload(FrameContentRow.media),
            joinedload(Book.child).selectinload(Child.people),
        )
    ).unique().one_or_none()
    if book is None:
        return get_book(session, book_id)  # raises NotFound with the usual words
    return book


def stored_colours(stored: str | None) -> tuple[tuple[str, str], ...]:
    """A frame's stored recolouring as (part, colour) pairs; none if it cannot be read."""
    try:
        return tuple(sorted(read_colours(stored).items()))
    except ValueError:
        return ()  # unreadable: the picture keeps its own colours


def stored_drawing(stored: str | None) -> Drawing | None:
    """A frame's stored drawing; None if there is none or it cannot be read."""
    if not stored:
        return None
    try:
        return Drawing.from_json(stored)
    except DrawingError:
        return None  # kept as stored; the frame shows without it rather than failing the book


def load_book_content(library: Library, book_id: int) -> BookContent:
    """A book with every page and what it holds, as the layout engine's input; raises NotFound."""
    with library.session() as s:
        book = _load_book(s, book_id)
        people: list[Person] = book.child.people
        _load_media(s, [p.photo_media_id for p in people if p.photo_media_id])  # the family tree's
        pages = tuple(
            PageContent(
                page_id=p.id,
                number=n,
                template=p.template,
                section=p.section,
                prompt=p.prompt,
                frames={r.frame_key: _frame(library, r) for r in p.frames},
                for_later=p.for_later,
            )
            for n, p in enumerate(sorted(book.pages, key=lambda p: p.position), start=1)
        )
        cover = next((p for p in pages if p.template == "cover"), None)
        cover_photo = cover.frames.get("photo1") if cover is not None else None
        family = family_members(
            s, book.child, photo_ref=lambda item: media_ref(library, item),
            child_photo=cover_photo.media if cover_photo is not None else None,
        )
        content = BookContent(
            book_id=book.id,
            kind=BookKind(book.kind),
            title=book.title,
            trim=TrimSize(book.trim),
            child_name=book.child.display_name,
            child_id=book.child_id,
            last_changed=book.updated_at,
            approved=book.status in (BookStatus.APPROVED.value, BookStatus.HANDED_OVER.value),
            pages=pages,
            personalise_note=book.personalise_note,
            copied_from_child=_copied_from_child(s, book),
            family=family,
            journey=journey_stops(library, s, book.child),
            child_age=_age(book.child.date_of_birth),
            date_of_birth=birth_date(book.child).describe(),
        )
    # a journey or chronology table page may print as several: number the printed pages
    return number_pages(content)


def _age(born: date | None, today: date | None = None) -> int | None:
    if born is None:
        return None
    today = today or date.today()
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _copied_from_child(session: Session, book: Book) -> str:
    """The name of the child whose letter this one was copied from ("" if none)."""
    if book.copied_from_book_id is None:
        return ""
    source = session.get(Book, book.copied_from_book_id)
    return source.child.display_name if source is not None else ""
