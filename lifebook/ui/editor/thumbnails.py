"""Page thumbnails for the page strip, rendered off the UI thread.

Thumbnails are painted from the document's page layouts (the same display
lists the canvas and the PDF use) by ``render_page_image``, inside jobs on
the injected runner, so the UI thread only lays pages out and turns the
finished QImages into pixmaps. Each is cached by page id and a revision
bumped whenever that page changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSize, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap

from lifebook.layout.display import ImageItem, PageLayout
from lifebook.render.qt import ImageSource, render_page_image
from lifebook.ui.editor.document import BookDocument
from lifebook.ui.jobs import Job, Runner

THUMB_BOX = QSize(132, 150)  # the largest a thumbnail may be, in logical pixels
BATCH = 4  # pages per rendering job, so thumbnails appear a few at a time

ImageKey = tuple[int, int, int]  # id of an ImageItem in the layout, pixel width, height


def thumbnail_size(page_w_pt: float, page_h_pt: float, box: QSize = THUMB_BOX) -> QSize:
    """Logical size of a page thumbnail that fits ``box``, keeping the page's shape."""
    scale = min(box.width() / page_w_pt, box.height() / page_h_pt)
    return QSize(max(1, round(page_w_pt * scale)), max(1, round(page_h_pt * scale)))


class ThumbnailCache(QObject):
    """Page thumbnails, rendered in jobs and kept per (page id, revision)."""

    ready = Signal(int)  # page id whose thumbnail has just arrived
    invalidated = Signal(list)  # page ids whose thumbnails are now stale

    def __init__(
        self,
        doc: BookDocument,
        runner: Runner,
        images: ImageSource | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.runner = runner
        self.images = images
        self.device_ratio = 1.0
        self._counter = 0
        self._revision: dict[int, int] = {}
        self._pixmaps: dict[int, tuple[int, QPixmap]] = {}
        self._in_flight: dict[int, int] = {}
        self._queued: list[int] = []
        self._photos_used: dict[int, tuple[int, ...]] = {}  # QImage cache keys each page was drawn with
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._start_jobs)
        self._image_timer = QTimer(self)  # photos arrive in bursts: redraw once per burst
        self._image_timer.setSingleShot(True)
        self._image_timer.setInterval(150)
        self._image_timer.timeout.connect(self._photos_arrived)
        signal = getattr(images, "ready", None)
        if signal is not None and hasattr(signal, "connect"):
            signal.connect(self._photo_ready)
        doc.pages_changed.connect(self.bump)
        doc.structure_changed_signal.connect(self._structure_changed)

    # --- revisions ----------------------------------------------------------------

    def revision(self, page_id: int) -> int:
        return self._revision.get(page_id, 0)

    def bump(self, page_ids: list[int]) -> None:
        for pid in page_ids:
            self._counter += 1
            self._revision[pid] = self._counter
        self.invalidated.emit(list(page_ids))

    def _structure_changed(self, _select: object = None) -> None:
        self.bump_all()

    def bump_all(self) -> None:
        """Every layout was dropped (page numbers may have moved): redraw every page."""
        ids = [p.page_id for p in self.doc.pages]
        live = set(ids)
        for cache in (self._pixmaps, self._revision, self._photos_used):
            for pid in [k for k in cache if k not in live]:
                del cache[pid]
        self.bump(ids)

    def _photo_ready(self, *_args: object) -> None:
        self._image_timer.start()

    def _photos_arrived(self) -> None:
        """Redraw the pages whose photos the image source can now give better."""
        stale = []
        for pid, used in list(self._photos_used.items()):
            if not self.is_current(pid) or self.doc.page(pid) is None:
                continue
            layout = self.doc.layout(pid)
            if layout is not None and _signature(self._fetch_photos(layout)) != used:
                stale.append(pid)
        if stale:
            self.bump(stale)

    # --- pixmaps -------------------------------------------------------------------

    def is_current(self, page_id: int) -> bool:
        held = self._pixmaps.get(page_id)
        return held is not None and held[0] == self.revision(page_id)

    def pixmap(self, page_id: int) -> QPixmap | None:
        """The newest thumbnail there is (maybe stale), asking for a fresh one if needed."""
        held = self._pixmaps.get(page_id)
        if held is None or held[0] != self.revision(page_id):
            self.request(page_id)
        return held[1] if held is not None else None

    def request(self, page_id: int) -> None:
        rev = self.revision(page_id)
        if self._in_flight.get(page_id) == rev or page_id in self._queued:
            return
        self._queued.append(page_id)
        self._timer.start()

    def _start_jobs(self) -> None:
        queued, self._queued = self._queued, []
        batch: list[tuple[int, int, PageLayout, dict[ImageKey, QImage | None]]] = []
        for pid in queued:
            rev = self.revision(pid)
            if self.is_current(pid) or self._in_flight.get(pid) == rev:
                continue
            layout = self.doc.layout(pid)
            if layout is None:
                continue
            batch.append((pid, rev, layout, self._fetch_photos(layout)))
            self._in_flight[pid] = rev
            if len(batch) == BATCH:
                self._launch(batch)
                batch = []
        if batch:
            self._launch(batch)

    def _scale(self, layout: PageLayout) -> float:
        size = thumbnail_size(layout.width, layout.height)
        return size.width() / layout.width * self.device_ratio

    def _fetch_photos(self, layout: PageLayout) -> dict[ImageKey, QImage | None]:
        """Ask the image source on this thread, so it need not be thread-safe."""
        if self.images is None:
            return {}
        scale = self._scale(layout)
        found: dict[ImageKey, QImage | None] = {}
        for item in layout.items:
            if isinstance(item, ImageItem):
                w = max(1, round(item.rect.w * scale))
                h = max(1, round(item.rect.h * scale))
                found[(id(item), w, h)] = self.images(item, w, h)
        return found

    def _launch(self, batch: list[tuple[int, int, PageLayout, dict[ImageKey, QImage | None]]]) -> None:
        ratio = self.device_ratio
        scales = [self._scale(layout) for _pid, _rev, layout, _photos in batch]

        def work(_progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> list:
            out = []
            for (pid, rev, layout, photos), scale in zip(batch, scales, strict=True):
                if cancelled():
                    break

                def source(item: ImageItem, w: int, h: int,
                           photos: dict[ImageKey, QImage | None] = photos) -> QImage | None:
                    return photos.get((id(item), w, h))

                image = render_page_image(layout, scale, source, include_bleed=False, editor=True)
                image.setDevicePixelRatio(ratio)
                out.append((pid, rev, image, _signature(photos)))
            return out

        job = Job(work)
        job.finished.connect(self._arrived)
        job.failed.connect(lambda _message, b=batch: self._failed([pid for pid, *_ in b]))
        self.runner.start(job)

    def _arrived(self, results: list) -> None:
        for pid, rev, image, used in results:
            if self._in_flight.get(pid) == rev:
                del self._in_flight[pid]
            if rev != self.revision(pid):
                continue  # the page changed while it was drawn; a newer one is on its way
            self._pixmaps[pid] = (rev, QPixmap.fromImage(image))
            if used:
                self._photos_used[pid] = used
            else:
                self._photos_used.pop(pid, None)
            self.ready.emit(pid)

    def _failed(self, page_ids: list[int]) -> None:
        for pid in page_ids:
            self._in_flight.pop(pid, None)  # the placeholder stays; the next change tries again


def _signature(photos: dict[ImageKey, QImage | None]) -> tuple[int, ...]:
    return tuple(0 if img is None or img.isNull() else img.cacheKey() for img in photos.values())
