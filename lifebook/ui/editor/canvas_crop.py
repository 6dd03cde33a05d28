"""Moving and zooming a photo inside its frame on the page canvas.

A mixin of PageCanvas (canvas.py). The canvas previews a move at once and
saves it through the document when the drag ends, or after a short pause
for wheel and arrow-key changes, so one gesture is one undo step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

from lifebook.layout.engine import cover_crop, rotated_size
from lifebook.model.content import Crop

if TYPE_CHECKING:
    from lifebook.ui.editor.canvas import PageCanvas

Crop4 = tuple[float, float, float, float]  # left, top, right, bottom, fractions of the photo
Where = tuple[int, str]  # page id, frame key


@dataclass(frozen=True)
class PhotoDrag:
    where: Where
    start: QPointF
    crop: Crop4
    size: tuple[float, float]  # the frame, points


def shifted_crop(crop: Crop4, dx: float, dy: float) -> Crop4:
    """``crop`` after moving the photo by (dx, dy) of its visible part, kept inside the photo."""
    left, top, right, bottom = crop
    fw, fh = right - left, bottom - top
    left = min(max(left - dx * fw, 0.0), 1.0 - fw)
    top = min(max(top - dy * fh, 0.0), 1.0 - fh)
    return (left, top, left + fw, top + fh)


class CanvasCropMixin:
    """Photo pan and zoom for PageCanvas; expects the canvas's attributes and methods."""

    # --- moving and zooming a photo in its frame ---------------------------------------------

    def _crop_now(self: PageCanvas, where: Where) -> Crop4 | None:
        if self._preview and self._preview[0] == where:
            return self._preview[1]
        item = self._image_item(where)
        return item.crop if item else None

    def _zoom_now(self: PageCanvas, where: Where) -> float:
        if self._pending and self._pending[0] == where:
            return self._pending[3]
        page = self.doc.page(where[0]) if self.doc else None
        content = page.frames.get(where[1]) if page else None
        return content.crop.zoom if content else 1.0

    def _zoom_photo(self: PageCanvas, where: Where, factor: float, pos: QPointF) -> None:
        """Zoom the photo in its frame, keeping the spot under the mouse where it is."""
        crop, item = self._crop_now(where), self._image_item(where)
        page = self.doc.page(where[0]) if self.doc else None
        content = page.frames.get(where[1]) if page else None
        if crop is None or item is None or content is None or content.media is None:
            return
        zoom = self._zoom_now(where)
        new_zoom = min(max(zoom * factor, 1.0), 8.0)
        rect = self.frame_rect(*where)
        u = min(max((pos.x() - rect.x()) / max(rect.width(), 1e-6), 0.0), 1.0)
        v = min(max((pos.y() - rect.y()) / max(rect.height(), 1e-6), 0.0), 1.0)
        left, top, right, bottom = crop
        fw, fh = (right - left) * zoom / new_zoom, (bottom - top) * zoom / new_zoom
        cx = left + u * (right - left - fw) + fw / 2
        cy = top + v * (bottom - top - fh) + fh / 2
        src_w, src_h = rotated_size(content.media, content.rotation)
        self._queue_crop(where, cover_crop(src_w, src_h, item.rect.w, item.rect.h,
                                           Crop(cx, cy, new_zoom)), new_zoom)
        self._commit.start()

    def _queue_crop(self: PageCanvas, where: Where, crop: Crop4, zoom: float | None = None) -> None:
        """Show ``crop`` at once; flush_pending saves it (after a pause, or at once)."""
        zoom = self._zoom_now(where) if zoom is None else zoom
        self._preview = (where, crop)
        self._pending = (where, (crop[0] + crop[2]) / 2, (crop[1] + crop[3]) / 2, zoom)
        self.viewport().update()

    def flush_pending(self: PageCanvas, merge: bool = True) -> None:
        """Save the photo move or zoom being previewed (merging with the last one if ``merge``)."""
        self._commit.stop()
        pending, self._pending = self._pending, None
        if pending is not None and self.doc is not None:
            (page_id, key), cx, cy, zoom = pending
            self.doc.set_crop(page_id, key, cx, cy, zoom, merge=merge)
        self._preview = None
        self.viewport().update()
