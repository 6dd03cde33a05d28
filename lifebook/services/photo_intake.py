"""Reading a photo for import: is it whole, what is it, and its thumbnail.

``prepare_photo`` is the slow part of importing a photo (a full, draft-
reduced decode proves the file is whole and gives the thumbnail) and needs
no database, so ``services.photos`` runs it in worker processes, several
photos at once, while the importing process puts each into the library and
commits it. A worker also copies the photo into the media store's
``incoming`` folder (hashed as copied, fsync'd: ``MediaStore.stage``); the
importing process only renames it into place as it commits, and removes
the staged copies of photos a cancel left unimported. This module imports
no database code, so a worker process starts quickly.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections import deque
from collections.abc import Generator, Iterable
from concurrent.futures import Executor, Future, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from lifebook.i18n import QT_TRANSLATE_NOOP
from lifebook.render.derivatives import InlineExecutor, end_pool, start_pool
from lifebook.render.images import ImageInfo, ImageRejected, decode_reduced, open_image, read_info
from lifebook.store.media import MediaStore

# The refusal of a photo that could not be copied into the library (also services.photos).
NOT_COPIED = QT_TRANSLATE_NOOP("services.photos", "could not be copied into the library ({why})")
POOL_FROM = 4  # fewer photos than this are prepared in the importing process: a pool costs more


@dataclass(frozen=True)
class PreparedPhoto:
    """What a worker found: the photo's facts, its thumbnail as JPEG bytes, its staged copy."""

    info: ImageInfo
    thumbnail: bytes
    staged: tuple[str, str] | None = None  # (sha256, temporary file) for MediaStore.place

    def discard(self) -> None:
        """Remove the staged copy if it was never placed (a cancelled import)."""
        if self.staged is not None:
            with contextlib.suppress(OSError):
                Path(self.staged[1]).unlink()


def jpeg_bytes(image: Image.Image) -> bytes:
    """A thumbnail as the JPEG bytes the cache keeps (quality 85, optimised); raises nothing."""
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=85, optimize=True)
    return buf.getvalue()


def check_file(path: Path) -> None:
    """Reasons a path cannot even be opened, in plain words (raises ImageRejected)."""
    if not path.exists():
        raise ImageRejected(QT_TRANSLATE_NOOP("services.photos", "cannot be found (no file at this path)"),
                            "services.photos")
    if path.is_dir():
        raise ImageRejected(QT_TRANSLATE_NOOP("services.photos", "is a folder, not a photo"),
                            "services.photos")
    try:
        size = path.stat().st_size
        with path.open("rb"):
            pass
    except PermissionError:
        raise ImageRejected(QT_TRANSLATE_NOOP("services.photos", "cannot be read: permission denied"),
                            "services.photos") from None
    except OSError as exc:
        raise ImageRejected(QT_TRANSLATE_NOOP("services.photos", "cannot be read ({why})"),
                            "services.photos", why=exc.strerror) from None
    if size == 0:
        raise ImageRejected(QT_TRANSLATE_NOOP("services.photos", "is empty (0 bytes)"), "services.photos")


def prepare_photo(path: str, thumb_edge: int, store: MediaStore | None = None,
                  owner: int | None = None) -> PreparedPhoto:
    """Check, read and thumbnail one photo file, then stage it in ``store``; raises ImageRejected.

    JPEGs are decoded at the smallest DCT scale that still gives ``thumb_edge``
    pixels on the long side (``decode_reduced`` uses ``Image.draft``). A file
    that is refused is never copied.
    """
    file = Path(path)
    check_file(file)
    with open_image(file) as im:
        info = read_info(im)
        thumb = decode_reduced(im, thumb_edge)
    thumbnail = jpeg_bytes(thumb)
    staged = None
    if store is not None:
        try:
            sha, tmp = store.stage(file, owner)
        except OSError as exc:
            raise ImageRejected(NOT_COPIED, "services.photos", why=exc.strerror) from exc
        staged = (sha, str(tmp))
    return PreparedPhoto(info, thumbnail, staged)


def prepared_in_order(paths: Iterable[Path], thumb_edge: int,
                      executor: Executor | None = None, store: MediaStore | None = None,
                      ) -> Generator[tuple[Path, Future[PreparedPhoto]], None, None]:
    """Each path with its preparation, in order, while later ones are prepared alongside.

    Without ``executor``: one worker process per CPU for four photos or more,
    else the calling process. A few photos are prepared ahead, no more, so a
    cancel leaves little work thrown away. Closing the iterator (or leaving
    the loop) cancels what has not started, shuts its own pool down, so no
    process outlives the import, and removes copies staged in ``store`` that
    were not placed.
    """
    files = list(paths)
    own = executor is None and len(files) >= POOL_FROM
    workers = min(os.cpu_count() or 1, len(files))
    pool: Executor
    if executor is not None:
        pool = executor
    elif own:
        pool = start_pool(workers)
    else:
        pool = InlineExecutor()
    ahead = 2 * workers if own or executor is not None else 1
    waiting: deque[tuple[Path, Future[PreparedPhoto]]] = deque()
    handed: list[Future[PreparedPhoto]] = []  # the last one given out: placed, or to tidy
    queue = iter(files)
    args = (thumb_edge, store, os.getpid())
    try:
        while True:
            while len(waiting) < ahead:
                path = next(queue, None)
                if path is None:
                    break
                try:
                    future = pool.submit(prepare_photo, str(path), *args)
                except BrokenProcessPool:  # a worker died: the rest are prepared here
                    future = InlineExecutor().submit(prepare_photo, str(path), *args)
                waiting.append((path, future))
            if not waiting:
                return
            item = waiting.popleft()
            handed[:] = [item[1]]
            yield item
    finally:
        left = handed + [future for _path, future in waiting if not future.cancel()]
        if own:
            end_pool(pool)
        wait(left)
        for future in left:  # placed ones are gone already: removing them again does nothing
            if not future.cancelled() and future.exception() is None:
                future.result().discard()


def result_of(path: Path, future: Future[PreparedPhoto], thumb_edge: int) -> PreparedPhoto:
    """The prepared photo; raises ImageRejected. If its worker died, it is prepared here instead.

    A worker that cannot start (a frozen app without ``freeze_support``) or
    is killed must not fail the import.
    """
    try:
        return future.result()
    except BrokenProcessPool:
        return prepare_photo(str(path), thumb_edge)  # copied into the library by the caller
