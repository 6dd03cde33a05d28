"""Importing photos into a child's library.

Each file is checked on its own: a bad file gets one clear line naming it
and saying what is wrong, and the import goes on with the others. Each
accepted photo is committed in its own transaction, so cancelling or a
crash keeps every photo imported so far and touches nothing stored before.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image
from sqlalchemy import select

from lifebook.fileio import write_atomically
from lifebook.render.images import (
    ImageRejected,
    decode_reduced,
    open_image,
    read_info,
)
from lifebook.services.children import get_child
from lifebook.store.db import Library
from lifebook.store.models import MediaItem

THUMB_EDGE = 512

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]


@dataclass
class Rejection:
    file: str
    reason: str

    @property
    def line(self) -> str:
        return f"{self.file}: {self.reason}"


@dataclass
class ImportReport:
    imported: list[dict] = field(default_factory=list)
    duplicates: list[dict] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.rejected and not self.cancelled

    def as_dict(self) -> dict:
        return {
            "imported": self.imported,
            "duplicates": self.duplicates,
            "rejected": [{"file": r.file, "reason": r.reason} for r in self.rejected],
            "cancelled": self.cancelled,
        }


def media_dict(item: MediaItem) -> dict:
    return {
        "id": item.id,
        "child_id": item.child_id,
        "sha256": item.sha256,
        "original_name": item.original_name,
        "format": item.format,
        "width": item.width,
        "height": item.height,
        "orientation": item.orientation,
        "taken_at": item.taken_at.isoformat() if item.taken_at else None,
        "caption": item.caption,
        "source": item.source,
        "use_agreed": item.use_agreed,
    }


def thumbnail_path(library: Library, sha256: str, edge: int = THUMB_EDGE) -> Path:
    return library.cache_dir / "thumbs" / sha256[:2] / f"{sha256}-{edge}.jpg"


def media_path(library: Library, item: MediaItem) -> Path:
    return library.media.path_for(item.sha256, item.format)


def ensure_thumbnail(library: Library, item: MediaItem, edge: int = THUMB_EDGE) -> Path:
    """The cached thumbnail of a photo, made again if the cache was cleared."""
    target = thumbnail_path(library, item.sha256, edge)
    if not target.exists():
        with open_image(media_path(library, item)) as im:
            _save_jpeg(decode_reduced(im, edge), target)
    return target


def _save_jpeg(image: Image.Image, target: Path) -> None:
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=85, optimize=True)
    write_atomically(target, buf.getvalue())


def _check_file(path: Path) -> None:
    """Reasons a path cannot even be opened, in plain words."""
    if not path.exists():
        raise ImageRejected("cannot be found (no file at this path)")
    if path.is_dir():
        raise ImageRejected("is a folder, not a photo")
    try:
        size = path.stat().st_size
        with path.open("rb"):
            pass
    except PermissionError:
        raise ImageRejected("cannot be read: permission denied") from None
    except OSError as exc:
        raise ImageRejected(f"cannot be read ({exc.strerror})") from None
    if size == 0:
        raise ImageRejected("is empty (0 bytes)")


def import_photos(
    library: Library,
    child_id: int,
    paths: Iterable[Path | str],
    *,
    source: str = "",
    use_agreed: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportReport:
    files = [Path(p) for p in paths]
    with library.session() as s:
        get_child(s, child_id)
    report = ImportReport()
    for index, path in enumerate(files):
        if cancel and cancel():
            report.cancelled = True
            break
        if progress:
            progress(index, len(files), f"Importing {path.name}")
        try:
            _import_one(library, child_id, path, source, use_agreed, report)
        except ImageRejected as exc:
            report.rejected.append(Rejection(str(path), str(exc)))
    if progress and not report.cancelled:
        progress(len(files), len(files), "Import finished")
    return report


def _import_one(
    library: Library,
    child_id: int,
    path: Path,
    source: str,
    use_agreed: bool,
    report: ImportReport,
) -> None:
    _check_file(path)
    with open_image(path) as im:
        info = read_info(im)
        # A full (draft-reduced) decode proves the file is whole before we keep it,
        # and gives the thumbnail the library shows.
        thumb = decode_reduced(im, THUMB_EDGE)
    try:
        sha, _stored = library.media.add(path, info.extension)
    except OSError as exc:
        raise ImageRejected(f"could not be copied into the library ({exc.strerror})") from exc
    _save_jpeg(thumb, thumbnail_path(library, sha))
    with library.transaction() as s:
        existing = s.scalar(
            select(MediaItem).where(MediaItem.child_id == child_id, MediaItem.sha256 == sha)
        )
        if existing is not None:
            report.duplicates.append(media_dict(existing) | {"file": str(path)})
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
        report.imported.append(media_dict(item))


def list_media(library: Library, child_id: int) -> list[dict]:
    with library.session() as s:
        get_child(s, child_id)
        items = s.scalars(
            select(MediaItem)
            .where(MediaItem.child_id == child_id)
            .order_by(MediaItem.taken_at.is_(None), MediaItem.taken_at, MediaItem.id)
        )
        return [media_dict(m) for m in items]
