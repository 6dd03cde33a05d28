"""Moving and zooming a photo inside its frame on the page canvas.

PhotoAdjuster is a helper owned by PageCanvas (canvas.py). It previews a
move at once and saves it through the document when the drag ends, or after
a short pause for wheel and arrow-key changes, so one gesture is one undo
step. It owns that state: which photo is being adjusted, the drag, the
preview shown and the change not yet saved.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QTimer

from lifebook.layout.display import ImageItem, PageLayout
from lifebook.layout.engine import cover_crop, rotated_size
from lifebook.model.content import Crop, PictureFit
from lifebook.ui.editor.canvas_types import Crop4, Where

if TYPE_CHECKING:
    from lifebook.ui.editor.canvas import PageCanvas

NUDGE = 0.02  # of the visible part of a photo, per arrow key press (x5 with Shift)
PHOTO_ZOOM_STEP = 1.1  # per wheel notch
SAVE_PAUSE_MS = 400  # wheel and arrow-key changes are saved after this pause


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


class PhotoAdjuster:
    """Photo pan and zoom in its frame, for one PageCanvas."""

    def __init__(self, canvas: PageCanvas) -> None:
        self.canvas = canvas
        self.adjusting: Where | None = None  # "move the photo in its frame" is on for it
        self.drag: PhotoDrag | None = None  # the mouse is moving the photo
        self.preview: tuple[Where, Crop4] | None = None  # shown, not yet saved
        self.pending: tuple[Where, float, float, float] | None = None  # centre x, y, zoom
        self.commit = QTimer(canvas, singleShot=True, interval=SAVE_PAUSE_MS)
        self.commit.timeout.connect(lambda: self.flush(merge=True))

    def reset(self) -> None:
        """Forget everything (a new document); nothing is saved."""
        self.adjusting = self.preview = None

    def _update(self) -> None:
        self.canvas.viewport().update()

    # --- what is shown ------------------------------------------------------------------------

    def previewed(self, layout: PageLayout) -> PageLayout:
        """``layout`` with the photo being moved shown where it is now."""
        if not self.preview or self.preview[0][0] != layout.page_id:
            return layout
        (_pid, key), crop = self.preview
        return dataclasses.replace(layout, items=[
            dataclasses.replace(i, crop=crop) if isinstance(i, ImageItem) and i.frame_key == key
            else i for i in layout.items])

    def crop_now(self, where: Where) -> Crop4 | None:
        if self.preview and self.preview[0] == where:
            return self.preview[1]
        item = self.canvas.image_item(where)
        return item.crop if item else None

    def zoom_now(self, where: Where) -> float:
        if self.pending and self.pending[0] == where:
            return self.pending[3]
        doc = self.canvas.doc
        page = doc.page(where[0]) if doc else None
        content = page.frames.get(where[1]) if page else None
        return content.crop.zoom if content else 1.0

    def fitted(self, where: Where) -> bool:
        """The photo is shown whole (fit): there is nothing to move or zoom, and its pan is kept."""
        doc = self.canvas.doc
        page = doc.page(where[0]) if doc else None
        content = page.frames.get(where[1]) if page else None
        return content is not None and content.picture_fit == PictureFit.FIT

    # --- gestures --------------------------------------------------------------------------------

    def start_drag(self, where: Where, pos: QPointF, item: ImageItem) -> None:
        if not self.fitted(where):
            self.drag = PhotoDrag(where, pos, item.crop, (item.rect.w, item.rect.h))

    def drag_to(self, pos: QPointF) -> bool:
        """The photo follows the mouse; False if no photo is being dragged."""
        drag = self.drag
        if drag is None:
            return False
        s = self.canvas.scale()
        dx = (pos.x() - drag.start.x()) / s / max(drag.size[0], 1e-6)
        dy = (pos.y() - drag.start.y()) / s / max(drag.size[1], 1e-6)
        self.preview = (drag.where, shifted_crop(drag.crop, dx, dy))
        self._update()
        return True

    def end_drag(self) -> None:
        """Save the drag as one undo step."""
        drag, self.drag = self.drag, None
        if drag is not None and self.preview is not None:
            self.queue(drag.where, self.preview[1])
            self.flush(merge=False)

    def nudge(self, where: Where, dx: float, dy: float) -> None:
        """Move the photo by (dx, dy) of its visible part; saved after a pause."""
        crop = self.crop_now(where)
        if crop is not None and not self.fitted(where):
            self.queue(where, shifted_crop(crop, dx, dy))
            self.commit.start()

    def zoom(self, where: Where, factor: float, pos: QPointF) -> None:
        """Zoom the photo in its frame, keeping the spot under the mouse where it is."""
        doc = self.canvas.doc
        crop, item = self.crop_now(where), self.canvas.image_item(where)
        page = doc.page(where[0]) if doc else None
        content = page.frames.get(where[1]) if page else None
        if crop is None or item is None or content is None or content.media is None or self.fitted(where):
            return
        zoom = self.zoom_now(where)
        new_zoom = min(max(zoom * factor, 1.0), 8.0)
        rect = self.canvas.frame_rect(*where)
        u = min(max((pos.x() - rect.x()) / max(rect.width(), 1e-6), 0.0), 1.0)
        v = min(max((pos.y() - rect.y()) / max(rect.height(), 1e-6), 0.0), 1.0)
        left, top, right, bottom = crop
        fw, fh = (right - left) * zoom / new_zoom, (bottom - top) * zoom / new_zoom
        cx = left + u * (right - left - fw) + fw / 2
        cy = top + v * (bottom - top - fh) + fh / 2
        src_w, src_h = rotated_size(content.media, content.rotation)
        self.queue(where, cover_crop(src_w, src_h, item.rect.w, item.rect.h,
                                     Crop(cx, cy, new_zoom)), new_zoom)
        self.commit.start()

    # --- saving -------------------------------------------------------------------------------

    def queue(self, where: Where, crop: Crop4, zoom: float | None = None) -> None:
        """Show ``crop`` at once; flush saves it (after a pause, or at once)."""
        zoom = self.zoom_now(where) if zoom is None else zoom
        self.preview = (where, crop)
        self.pending = (where, (crop[0] + crop[2]) / 2, (crop[1] + crop[3]) / 2, zoom)
        self._update()

    def flush(self, merge: bool = True) -> None:
        """Save the photo move or zoom being previewed (merging with the last one if ``merge``)."""
        self.commit.stop()
        pending, self.pending = self.pending, None
        doc = self.canvas.doc
        if pending is not None and doc is not None:
            (page_id, key), cx, cy, zoom = pending
            doc.set_crop(page_id, key, cx, cy, zoom, merge=merge)
        self.preview = None
        self._update()
