"""Photos for the screen: the editor's ImageSource, with a bounded memory cache.

``ScreenImages`` is called by QtPagePainter for every placed photo with the
pixel size it will be drawn at. Sizes are rounded up to a bucket (a multiple
of 64 pixels, of 256 above 1024), so zooming does not decode the photo
again at every step. On a miss it returns at once the best picture it
already holds (the same crop at another size, or a piece cut out of a
larger crop of the same photo, such as the whole photo fetched for "adjust
photo") or None, and a background job makes the exact picture with
lifebook.render.derivatives.render_derivative (drafted decode: a big JPEG
is never fully decoded for a small frame). The job builds the QImage in the
worker thread; ``ready`` is emitted on the UI thread when it is cached, so
the canvas repaints. Nothing is decoded on the UI thread unless
``synchronous=True`` (tests), where a miss is computed at once.

No disk cache: a drafted decode at screen size takes tens of milliseconds.
"""

from __future__ import annotations

import dataclasses
import math
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRect, QThread, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage

from lifebook.layout.display import ImageItem
from lifebook.render.derivatives import DerivativeSpec, render_derivative, spec_for
from lifebook.ui.jobs import Job, Runner, ThreadJobRunner

DEFAULT_BUDGET = 200 * 1024 * 1024  # bytes of QImages kept in memory
MAX_EDGE = 4096  # longest side ever decoded for the screen; beyond it the painter stretches
WHOLE_EDGE = 2048  # longest side of the whole photo fetched for "adjust photo"
WHOLE = (0.0, 0.0, 1.0, 1.0)
_EPS = 1e-4


@dataclass(frozen=True)
class ImageKey:
    """One screen picture: a photo, turned and cropped, at a bucketed pixel size."""

    sha256: str
    orientation: int
    rotation: int
    crop: tuple[float, float, float, float]
    width: int
    height: int

    @property
    def photo(self) -> tuple[str, int, int]:
        return (self.sha256, self.orientation, self.rotation)

    @property
    def look(self) -> tuple[str, int, int, tuple[float, float, float, float]]:
        """The same picture at any size."""
        return (*self.photo, self.crop)


def bucket(pixels: float) -> int:
    """``pixels`` rounded up to the next multiple of 64 (of 256 above 1024)."""
    step = 64 if pixels <= 1024 else 256
    return max(step, math.ceil(pixels / step) * step)


def bucket_size(px_w: float, px_h: float, limit: int = MAX_EDGE) -> tuple[int, int]:
    """A bucketed size with the aspect ratio of ``px_w`` x ``px_h``, longest side <= limit."""
    px_w, px_h = max(1.0, float(px_w)), max(1.0, float(px_h))
    longest = max(px_w, px_h)
    edge = min(bucket(min(longest, limit)), limit)
    factor = edge / longest
    return max(1, round(px_w * factor)), max(1, round(px_h * factor))


def key_for(item: ImageItem, px_w: float, px_h: float) -> ImageKey:
    crop = spec_for(item, 72).crop  # clamped and valid, as the print derivative uses
    w, h = bucket_size(px_w, px_h)
    return ImageKey(item.sha256, item.orientation if 1 <= item.orientation <= 8 else 1,
                    (round(item.rotation / 90) * 90) % 360,
                    tuple(round(v, 5) for v in crop), w, h)  # type: ignore[arg-type]


def build_image(key: ImageKey, source_path: str, working_dir: Path | None = None) -> QImage:
    """Decode, turn, crop and resample one screen picture (safe in any thread).

    ``working_dir`` is where reduced working copies of huge photos are kept
    (the export's, shared), so a huge PNG is not streamed again for every view.
    """
    spec = DerivativeSpec(key.sha256, source_path, key.crop, key.orientation, key.rotation,
                          key.width, key.height)
    pil = render_derivative(spec, working_dir=working_dir)
    data = pil.tobytes("raw", "RGB")
    image = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
    return image.convertToFormat(QImage.Format.Format_RGB32)  # a deep copy: ``data`` may go


class ScreenImages(QObject):
    """An ImageSource (``images(item, px_w, px_h) -> QImage | None``) for the editor."""

    ready = Signal(object)  # ImageKey now cached (or failed): repaint what shows it

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        runner: Runner | None = None,
        synchronous: bool = False,
        budget_bytes: int = DEFAULT_BUDGET,
        builder: Callable[[ImageKey, str], QImage] = build_image,
    ) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self.budget_bytes = budget_bytes
        self._builder = builder
        self._pool: QThreadPool | None = None
        if runner is None and not synchronous:
            self._pool = QThreadPool(self)
            self._pool.setMaxThreadCount(max(2, min(4, QThread.idealThreadCount() - 1)))
            runner = ThreadJobRunner(self._pool)
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(self.shutdown)
        self._runner = runner
        self._jobs: dict[ImageKey, Job] = {}
        self._cache: OrderedDict[ImageKey, QImage] = OrderedDict()
        self._by_photo: dict[tuple[str, int, int], set[ImageKey]] = {}
        self._bytes = 0
        self._pending: set[ImageKey] = set()
        self._failed: set[tuple[str, int, int]] = set()
        self.builds = 0  # pictures made so far (for tests and curiosity)

    # --- the ImageSource ---------------------------------------------------------

    def __call__(self, item: ImageItem, px_w: int, px_h: int) -> QImage | None:
        key = key_for(item, px_w, px_h)
        hit = self._cache.get(key)
        if hit is not None:
            self._cache.move_to_end(key)
            return hit
        if key.photo in self._failed:
            return None
        fallback, ratio, same_look = self._fallback(key)
        if fallback is not None and same_look and 1.0 <= ratio <= 2.0:
            return fallback  # a slightly larger one of the same crop is as good
        if self.synchronous:
            return self._build_now(key, item.source_path)
        self._request(key, item.source_path)
        return self._cache.get(key) or fallback  # an inline runner has already made it

    def prefetch_whole(self, item: ImageItem, px_w: int, px_h: int) -> None:
        """Fetch the whole photo, so panning and zooming it show at once.

        ``px_w`` x ``px_h`` is the frame's size on screen; the whole photo is
        fetched at the matching resolution (at most WHOLE_EDGE pixels).
        """
        left, top, right, bottom = spec_for(item, 72).crop
        w = px_w / max(right - left, _EPS)
        h = px_h / max(bottom - top, _EPS)
        size = bucket_size(w, h, WHOLE_EDGE)
        base = key_for(item, 1, 1)
        key = dataclasses.replace(base, crop=WHOLE, width=size[0], height=size[1])
        if key in self._cache or key in self._pending or key.photo in self._failed:
            return
        if self.synchronous:
            self._build_now(key, item.source_path)
        else:
            self._request(key, item.source_path)

    # --- state -----------------------------------------------------------------

    @property
    def cached_bytes(self) -> int:
        return self._bytes

    @property
    def pending(self) -> int:
        return len(self._pending)

    def __len__(self) -> int:
        return len(self._cache)

    def __contains__(self, key: object) -> bool:
        return key in self._cache

    def shutdown(self, wait_ms: int = 3000) -> None:
        """Cancel what is queued and wait for pictures being made (call before quitting)."""
        for job in self._jobs.values():
            job.cancel()
        if self._pool is not None:
            self._pool.clear()
            self._pool.waitForDone(wait_ms)
        QCoreApplication.sendPostedEvents()  # deliver results still queued (they hold objects)

    def clear(self) -> None:
        """Forget every picture (and every failure: a missing file may be back)."""
        self._cache.clear()
        self._by_photo.clear()
        self._failed.clear()
        self._bytes = 0

    # --- making pictures ---------------------------------------------------------

    def _build_now(self, key: ImageKey, source_path: str) -> QImage | None:
        try:
            image = self._builder(key, source_path)
        except Exception:  # an unreadable photo shows as a placeholder, never a crash
            self._failed.add(key.photo)
            return None
        self._insert(key, image)
        return image

    def _request(self, key: ImageKey, source_path: str) -> None:
        if key in self._pending or self._runner is None:
            return
        self._pending.add(key)
        builder = self._builder

        def work(_progress: object, cancel: Callable[[], bool]) -> tuple:
            if cancel():
                return (key, None, "cancelled")
            try:
                return (key, builder(key, source_path), None)
            except Exception as exc:  # reported back to the UI thread with its key
                return (key, None, str(exc) or exc.__class__.__name__)

        job = Job(work)
        job.finished.connect(self._on_built)  # queued: runs on this object's (UI) thread
        self._jobs[key] = job
        self._runner.start(job)

    @Slot(object)
    def _on_built(self, result: tuple) -> None:
        key, image, error = result
        self._pending.discard(key)
        self._jobs.pop(key, None)
        if image is None or image.isNull():
            if error != "cancelled":
                self._failed.add(key.photo)
        else:
            self._insert(key, image)
        self.ready.emit(key)

    def _insert(self, key: ImageKey, image: QImage) -> None:
        old = self._cache.pop(key, None)
        if old is not None:
            self._bytes -= old.sizeInBytes()
        self._cache[key] = image
        self._by_photo.setdefault(key.photo, set()).add(key)
        self._bytes += image.sizeInBytes()
        self.builds += 1
        while self._bytes > self.budget_bytes and len(self._cache) > 1:
            gone, picture = self._cache.popitem(last=False)
            self._bytes -= picture.sizeInBytes()
            keys = self._by_photo.get(gone.photo)
            if keys is not None:
                keys.discard(gone)
                if not keys:
                    del self._by_photo[gone.photo]

    # --- making do while the exact picture is on its way --------------------------

    def _fallback(self, key: ImageKey) -> tuple[QImage | None, float, bool]:
        """The best picture held for ``key``: (image, resolution ratio, same crop?).

        Candidates are cached pictures of the same photo whose crop contains
        the wanted crop; the wanted part is cut out of them. The ratio is the
        candidate's pixels across the wanted crop over the wanted width.
        """
        best: tuple[float, ImageKey, QRect | None] | None = None
        left, top, right, bottom = key.crop
        for other in self._by_photo.get(key.photo, ()):
            ol, ot, or_, ob = other.crop
            if left < ol - _EPS or top < ot - _EPS or right > or_ + _EPS or bottom > ob + _EPS:
                continue
            image = self._cache[other]
            if other.crop == key.crop:
                ratio, region = image.width() / key.width, None
            else:
                sx = image.width() / max(or_ - ol, _EPS)
                sy = image.height() / max(ob - ot, _EPS)
                x, y = round((left - ol) * sx), round((top - ot) * sy)
                w = max(1, min(round((right - left) * sx), image.width() - x))
                h = max(1, min(round((bottom - top) * sy), image.height() - y))
                ratio, region = w / key.width, QRect(x, y, w, h)
            score = _score(ratio)
            if best is None or score > best[0]:
                best = (score, other, region)
        if best is None:
            return None, 0.0, False
        _score_value, other, region = best
        self._cache.move_to_end(other)
        image = self._cache[other]
        if region is None:
            return image, image.width() / key.width, True
        return image.copy(region), region.width() / key.width, False


def _score(ratio: float) -> float:
    """Prefer enough pixels (ratio >= 1), then as few extra as possible."""
    return 2.0 - ratio / 100.0 if ratio >= 1.0 else ratio
