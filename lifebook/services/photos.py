"""A child's photos: importing them, their details, agreeing their use, deleting.

Each file is checked on its own: a bad file gets one clear line naming it
and saying what is wrong, and the import goes on with the others. Each
accepted photo is committed in its own transaction, so cancelling or a
crash keeps every photo imported so far and touches nothing stored before.

Every later edit (caption, date taken, source, a manager's agreement, delete)
is one transaction with its audit entry. Deleting a photo removes it from
the child's library but leaves the stored original file: originals are
content-addressed and may be shared by another child's record of the same
photo, and a library backup taken before the delete still points at it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import Executor
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from PIL import Image
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from lifebook.fileio import write_atomically
from lifebook.i18n import QT_TRANSLATE_NOOP, translate
from lifebook.model.dates import DateError, check_not_future, format_uk_date, parse_uk_date
from lifebook.model.enums import DatePrecision
from lifebook.model.records import DuplicatePhoto, PhotoDetails, PhotoInfo, Placement
from lifebook.render.images import ImageInfo, ImageRejected, decode_reduced, open_image
from lifebook.services.children import get_child
from lifebook.services.errors import InvalidInput, NotFound, ServiceError
from lifebook.services.photo_intake import (
    NOT_COPIED,
    PreparedPhoto,
    jpeg_bytes,
    prepared_in_order,
    result_of,
)
from lifebook.store.db import Library
from lifebook.store.models import Book, FrameContentRow, MediaItem, Page

THUMB_EDGE = 512

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]


__all__ = ["DuplicatePhoto", "PhotoDetails", "PhotoInfo", "Placement"]  # re-exported records


@dataclass
class Rejection:
    """A file an import refused, and why in plain words."""

    file: str
    reason: str

    @property
    def line(self) -> str:
        return f"{self.file}: {self.reason}"


@dataclass
class ImportReport:
    """What an import did: photos added, files already in the library, files refused."""

    imported: list[PhotoInfo] = field(default_factory=list)
    duplicates: list[DuplicatePhoto] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.rejected and not self.cancelled

    def as_dict(self) -> dict:
        return {
            "imported": [m.as_dict() for m in self.imported],
            "duplicates": [m.as_dict() for m in self.duplicates],
            "rejected": [{"file": r.file, "reason": r.reason} for r in self.rejected],
            "cancelled": self.cancelled,
        }


def _photo_fields(item: MediaItem) -> dict:
    return {
        "id": item.id,
        "child_id": item.child_id,
        "sha256": item.sha256,
        "original_name": item.original_name,
        "format": item.format,
        "width": item.width,
        "height": item.height,
        "orientation": item.orientation,
        "taken_at": item.taken_at,
        "caption": item.caption,
        "source": item.source,
        "use_agreed": item.use_agreed,
        "agreed_by": item.agreed_by or "",
        "imported_at": item.imported_at,
    }


def photo_info(item: MediaItem) -> PhotoInfo:
    """A photo's record as plain data."""
    return PhotoInfo(**_photo_fields(item))


def _duplicate(item: MediaItem, path: Path) -> DuplicatePhoto:
    return DuplicatePhoto(**_photo_fields(item), file=str(path))


def thumbnail_path(library: Library, sha256: str, edge: int = THUMB_EDGE) -> Path:
    """Where the cached thumbnail of this photo lives (it may not exist yet); raises nothing."""
    return library.cache_dir / "thumbs" / sha256[:2] / f"{sha256}-{edge}.jpg"


def media_path(library: Library, item: MediaItem) -> Path:
    """The stored original of a photo row; raises nothing."""
    return library.media.path_for(item.sha256, item.format)


def ensure_thumbnail(library: Library, item: MediaItem, edge: int = THUMB_EDGE) -> Path:
    """The cached thumbnail of a photo, made again if the cache was cleared; raises ImageRejected."""
    return thumbnail_of(library, item.sha256, item.format, edge)


def thumbnail_of(library: Library, sha256: str, fmt: str, edge: int = THUMB_EDGE) -> Path:
    """The cached thumbnail of the photo with this hash and format (a PhotoInfo's).

    Raises ImageRejected or OSError if the original cannot be read.
    Safe off the UI thread: it opens no database session.
    """
    target = thumbnail_path(library, sha256, edge)
    if not target.exists():
        with open_image(library.media.path_for(sha256, fmt)) as im:
            _save_jpeg(decode_reduced(im, edge), target)
    return target


def _save_jpeg(image: Image.Image, target: Path) -> None:
    write_atomically(target, jpeg_bytes(image))


def import_photos(
    library: Library,
    child_id: int,
    paths: Iterable[Path | str],
    *,
    source: str = "",
    use_agreed: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    imported: Callable[[PhotoInfo], None] | None = None,
    executor: Executor | None = None,
) -> ImportReport:
    """Import ``paths`` for the child, one committed photo at a time; raises NotFound (no child).

    A file that cannot be imported is a ``Rejection`` in the report, not an error.

    ``imported`` is called with each new photo's details as soon as it is
    committed, so a window can show it while the rest are still importing.
    Photos are checked and thumbnailed in worker processes, several at once
    (``services.photo_intake``; ``executor`` replaces the pool, e.g. in tests); each is
    copied into the library and committed here, in the order given, so a
    cancel keeps exactly the photos imported so far.
    """
    files = [Path(p) for p in paths]
    with library.session() as s:
        get_child(s, child_id)
    report = ImportReport()
    prepared = prepared_in_order(files, THUMB_EDGE, executor, store=library.media)
    try:
        for index, (path, future) in enumerate(prepared):
            if cancel and cancel():
                report.cancelled = True
                break
            if progress:
                progress(index, len(files), translate("services.photos", "Importing {name}").format(
                    name=path.name))
            before = len(report.imported)
            try:
                _import_one(library, child_id, path, result_of(path, future, THUMB_EDGE), source,
                            use_agreed, report)
            except ImageRejected as exc:
                report.rejected.append(Rejection(str(path), str(exc)))
            if imported and len(report.imported) > before:
                imported(report.imported[-1])
    finally:
        prepared.close()  # stops the workers: nothing outlives the import
    if progress and not report.cancelled:
        progress(len(files), len(files), translate("services.photos", "Import finished"))
    return report


def _import_one(
    library: Library,
    child_id: int,
    path: Path,
    prepared: PreparedPhoto,
    source: str,
    use_agreed: bool,
    report: ImportReport,
) -> None:
    info = prepared.info
    try:
        if prepared.staged is not None:  # copied and hashed by the worker: rename it into place
            sha = prepared.staged[0]
            library.media.place(sha, Path(prepared.staged[1]), info.extension)
        else:
            sha, _stored = library.media.add(path, info.extension)
    except OSError as exc:
        raise ImageRejected(NOT_COPIED, "services.photos", why=exc.strerror) from exc
    write_atomically(thumbnail_path(library, sha), prepared.thumbnail)
    try:
        _record_photo(library, child_id, path, sha, info, source, use_agreed, report)
    except IntegrityError:  # another program stored the same photo a moment ago
        with library.session() as s:
            existing = s.scalar(
                select(MediaItem).where(MediaItem.child_id == child_id, MediaItem.sha256 == sha))
            if existing is None:
                raise
            report.duplicates.append(_duplicate(existing, path))


def _record_photo(library: Library, child_id: int, path: Path, sha: str, info: ImageInfo,
                  source: str, use_agreed: bool, report: ImportReport) -> None:
    """One photo's row, or a duplicate noted; the database's uniqueness has the last word."""
    with library.transaction() as s:
        existing = s.scalar(
            select(MediaItem).where(MediaItem.child_id == child_id, MediaItem.sha256 == sha)
        )
        if existing is not None:
            report.duplicates.append(_duplicate(existing, path))
            return
        item = MediaItem(
            child_id=child_id,
            sha256=sha,
            original_name=path.name,
            format=info.extension,
            byte_size=path.stat().st_size,
            width=info.width,
            height=info.height,
            orientation=info.orientation,
            taken_at=info.taken_at,
            had_gps=info.has_gps,
            source=source,
            use_agreed=use_agreed,
        )
        s.add(item)
        s.flush()
        library.audit(s, "import photo", "media", item.id, file=path.name, sha256=sha)
        report.imported.append(photo_info(item))


def list_media(library: Library, child_id: int) -> list[PhotoInfo]:
    """A child's photos in the order taken (undated last); raises NotFound (no such child)."""
    with library.session() as s:
        get_child(s, child_id)
        items = s.scalars(
            select(MediaItem)
            .where(MediaItem.child_id == child_id)
            .order_by(MediaItem.taken_at.is_(None), MediaItem.taken_at, MediaItem.id)
        )
        return [photo_info(m) for m in items]


# --- one photo's details ------------------------------------------------------

CAPTION_MAX = 500
SOURCE_MAX = 200
AGREED_BY_MAX = 100


class _Keep:
    """Leave this detail as it is (the default for every ``update_photo`` field)."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP = _Keep()


class PhotoInUse(ServiceError):
    """The photo is on a page of a book; the message says where."""

    def __init__(self, message: str, placements: list[Placement]) -> None:
        super().__init__(message)
        self.placements = placements


def _get_media(session, media_id: int) -> MediaItem:
    item = session.get(MediaItem, media_id)
    if item is None:
        raise NotFound(translate("services.photos", "there is no photo with id {media_id} in "
                                                    "this library").format(media_id=media_id))
    return item


def get_photo(library: Library, media_id: int) -> PhotoDetails:
    """A photo's details, with the pages it is placed on (``placements``); raises NotFound."""
    with library.session() as s:
        item = _get_media(s, media_id)
        return PhotoDetails(
            **_photo_fields(item),
            byte_size=item.byte_size,
            had_gps=item.had_gps,
            placements=tuple(_placements(s, [media_id]).get(media_id, [])),
        )


def photo_placements(library: Library, media_id: int) -> list[Placement]:
    """Every page, in every book, that holds this photo (book and page order); raises NotFound."""
    with library.session() as s:
        _get_media(s, media_id)
        return _placements(s, [media_id]).get(media_id, [])


def _placements(session, media_ids: list[int]) -> dict[int, list[Placement]]:
    rows = session.execute(
        select(FrameContentRow.media_id, Book.id, Book.title, Page.id, Page.position)
        .join(Page, FrameContentRow.page_id == Page.id)
        .join(Book, Page.book_id == Book.id)
        .where(FrameContentRow.media_id.in_(media_ids))
        .order_by(Book.id, Page.position)
    ).all()
    out: dict[int, list[Placement]] = {}
    for media_id, book_id, title, page_id, position in rows:
        places = out.setdefault(media_id, [])
        place = Placement(book_id, title, page_id, position + 1)
        if place not in places:  # two frames of one page are one place to look
            places.append(place)
    return out


def describe_placements(placements: list[Placement]) -> str:
    """"It is on page 4 of 'Poppy's life story'" (pages and books in plain words); raises nothing."""
    by_book: dict[int, tuple[str, list[int]]] = {}
    for p in placements:
        by_book.setdefault(p.book_id, (p.book_title, []))[1].append(p.page_number)
    parts = []
    for title, pages in by_book.values():
        numbers = sorted(set(pages))
        if len(numbers) == 1:
            parts.append(translate("services.photos", "page {page} of '{title}'").format(
                page=numbers[0], title=title))
        else:
            parts.append(translate("services.photos", "pages {pages} and {last} of '{title}'").format(
                pages=", ".join(map(str, numbers[:-1])), last=numbers[-1], title=title))
    if not parts:
        return translate("services.photos", "It is not in any book.")
    return translate("services.photos", "It is on {places}.").format(places=_and_list(parts))


def _and_list(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return translate("services.photos", "{items} and {last}").format(items=", ".join(items[:-1]),
                                                                     last=items[-1])


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def parse_taken_date(text: str, today: date | None = None) -> date | None:
    """The day a photo was taken, typed the UK way; None if left empty.

    A photo's date is a whole day (the library keeps no "month only" for
    photos), and not in the future. Raises InvalidInput saying what is wrong.
    """
    try:
        parsed = parse_uk_date(text)
        check_not_future(parsed, QT_TRANSLATE_NOOP("model.dates", "date taken"), today)
    except DateError as exc:
        raise InvalidInput(str(exc)) from None
    if parsed.value is None:
        return None
    if parsed.precision is not DatePrecision.DAY:
        raise InvalidInput(
            translate("services.photos", "'{value1}' needs the day too, for example "
                                         "{format_uk_date_value}. If nobody knows the day, "
                                         "leave the date empty and say when in the caption.").format(
                                             value1=text.strip(), format_uk_date_value=format_uk_date(parsed.value))
        )
    return parsed.value


def say_day(value: date) -> str:
    """"Saturday 23 March 2019": the day read back in full, so a slip is easy to see; raises nothing."""
    return f"{WEEKDAYS[value.weekday()]} {format_uk_date(value)}"


def _taken_at(value: object, current: datetime | None) -> datetime | None:
    """A typed, date or datetime value as the stored datetime (keeping a known time of day)."""
    if value is None or isinstance(value, datetime):
        return value
    if isinstance(value, str):
        value = parse_taken_date(value)
        if value is None:
            return None
    if not isinstance(value, date):
        raise InvalidInput(translate("services.photos", "{value!r} is not a date").format(value=value))
    if current is not None and current.date() == value:
        return current  # the same day as the camera said: keep its time
    return datetime(value.year, value.month, value.day)


def _text(value: object, what: str, limit: int) -> str:
    text = " ".join(str(value).split()) if what != "caption" else str(value).strip()
    if len(text) > limit:
        raise InvalidInput(translate("services.photos", "the {what} is too long ({length} "
                                                        "characters; at most {limit})").format(
                                                            what=what, length=len(text), limit=limit))
    return text


def update_photo(
    library: Library,
    media_id: int,
    *,
    caption: object = KEEP,
    taken_at: object = KEEP,
    source: object = KEEP,
    use_agreed: object = KEEP,
    agreed_by: object = KEEP,
    people: object = KEEP,
) -> PhotoInfo:
    """Change a photo's details in one transaction (only those given); raises NotFound or InvalidInput.

    ``taken_at`` may be a date, a datetime, None (not known) or typed text
    such as "23 March 2019" or "23/03/2019". Agreeing use needs a name in
    ``agreed_by`` (who agreed); withdrawing clears it. ``people`` (person ids)
    are exactly the people tagged in it afterwards (``services.people``).
    """
    with library.transaction() as s:
        item = _get_media(s, media_id)
        changes: dict[str, object] = {}
        if people is not KEEP:
            from lifebook.services.people import replace_tags

            added, removed = replace_tags(s, item, people)  # type: ignore[arg-type]
            if added or removed:
                library.audit(s, "tag people in photo", "media", item.id,
                              added=",".join(map(str, added)), removed=",".join(map(str, removed)))
        if caption is not KEEP:
            changes["caption"] = _text(caption, "caption", CAPTION_MAX)
        if taken_at is not KEEP:
            changes["taken_at"] = _taken_at(taken_at, item.taken_at)
        if source is not KEEP:
            changes["source"] = _text(source, "source", SOURCE_MAX)
        agreed = item.use_agreed if use_agreed is KEEP else bool(use_agreed)
        who = (item.agreed_by or "") if agreed_by is KEEP else _text(agreed_by or "", "name",
                                                                     AGREED_BY_MAX)
        if not agreed:
            who = ""
        elif not who and (not item.use_agreed or agreed_by is not KEEP):
            # photos agreed at import (the sample's) may have no name; a new agreement needs one
            raise InvalidInput(translate("services.photos", "please say who agreed this photo can be used"))
        if agreed != item.use_agreed:
            changes["use_agreed"] = agreed
        if who != (item.agreed_by or ""):
            changes["agreed_by"] = who
        changed = {k: v for k, v in changes.items() if getattr(item, k) != v}
        for key, value in changed.items():
            setattr(item, key, value)
        if changed:
            detail = {k: (format_uk_date(v.date()) if isinstance(v, datetime) else v)
                      for k, v in changed.items()}
            library.audit(s, "edit photo details", "media", item.id, **detail)
        return photo_info(item)


def agree_photos(library: Library, media_ids: Iterable[int], agreed_by: str) -> list[PhotoInfo]:
    """Record that ``agreed_by`` agreed these photos can be used; raises InvalidInput or NotFound."""
    who = _text(agreed_by or "", "name", AGREED_BY_MAX)
    if not who:
        raise InvalidInput(translate("services.photos", "please say who agreed these photos can be used"))
    return _set_agreement(library, list(media_ids), True, who)


def withdraw_agreement(library: Library, media_ids: Iterable[int]) -> list[PhotoInfo]:
    """Mark these photos as not (or no longer) agreed for use; raises InvalidInput or NotFound."""
    return _set_agreement(library, list(media_ids), False, "")


def _set_agreement(library: Library, media_ids: list[int], agreed: bool, who: str) -> list[PhotoInfo]:
    if not media_ids:
        raise InvalidInput(translate("services.photos", "choose at least one photo first"))
    with library.transaction() as s:
        items = [_get_media(s, mid) for mid in dict.fromkeys(media_ids)]
        for item in items:
            if item.use_agreed == agreed and (item.agreed_by or "") == who:
                continue
            item.use_agreed, item.agreed_by = agreed, who
            if agreed:
                library.audit(s, "agree photo use", "media", item.id, agreed_by=who)
            else:
                library.audit(s, "withdraw photo agreement", "media", item.id)
        return [photo_info(i) for i in items]


def delete_photo(library: Library, media_id: int) -> PhotoInfo:
    """Remove a photo from the child's library; raises NotFound, or PhotoInUse while a page shows it.

    The stored original stays in the media store (see the module notes).
    """
    with library.transaction() as s:
        item = _get_media(s, media_id)
        places = _placements(s, [media_id]).get(media_id, [])
        if places:
            raise PhotoInUse(
                translate("services.photos", "This photo cannot be deleted while it is in a "
                                             "book. {describe_placements_places} Take it "
                                             "off the page first, then delete it.").format(
                                                 describe_placements_places=describe_placements(places)),
                places,
            )
        gone = photo_info(item)
        library.audit(s, "delete photo", "media", item.id, file=item.original_name,
                      sha256=item.sha256, child_id=item.child_id)
        s.delete(item)
        return gone
