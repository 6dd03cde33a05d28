"""PageCanvas: the editor's view of one page, or of a two-page spread.

It paints ``BookDocument.layout(page_id)`` with QtPagePainter, the very
display list the PDF prints, so what the worker sees is what the book will
be. Every change goes through the document (undoable); the canvas keeps no
content of its own, only a live preview of a photo being moved in its frame.

Photos: click selects a frame; drag a photo onto another frame to swap
them; double-click a photo (or hold Alt) to move it inside its frame, and
Ctrl + wheel zooms it; arrow keys nudge it; Delete takes it out of the frame.
Photos dragged from the photo strip (MEDIA_MIME) or files from the desktop
can be dropped on any photo frame.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip, QWidget

from lifebook.layout.display import FrameBox, ImageItem, PageLayout, Rect
from lifebook.layout.engine import cover_crop, rotated_size
from lifebook.model.content import Crop
from lifebook.render.qt import Guides, QtPagePainter
from lifebook.services.errors import ServiceError
from lifebook.services.photos import ImportReport, import_photos
from lifebook.store.models import Book
from lifebook.ui import style
from lifebook.ui.editor.document import BookDocument
from lifebook.ui.editor.mime import (
    FRAME_MIME,
    MEDIA_MIME,
    decode_frame,
    decode_media_id,
    encode_frame,
)
from lifebook.ui.editor.screen_images import ScreenImages
from lifebook.ui.jobs import InlineJobRunner, Job, ThreadJobRunner

MARGIN = 24  # logical pixels around the page(s)
BACKDROP = QColor("#E9E3DA")
ZOOM_STEPS = (10, 25, 33, 50, 67, 75, 100, 125, 150, 200, 300, 400, 600, 800)
PHOTO_KINDS = ("photo", "drawing")
NUDGE = 0.02  # of the visible part of the photo, per arrow key press (x5 with Shift)
PHOTO_ZOOM_STEP = 1.1  # per wheel notch
HINT_PHOTO = ("Drag to swap with another photo. Double-click (or hold Alt and drag) to move "
              "the photo inside its frame; Ctrl + wheel zooms it.")
HINT_ADJUST = ("Moving the photo in its frame: drag to move it, Ctrl + wheel or the arrow keys "
               "to fine-tune. Press Enter or Esc when you are done.")


@dataclass(frozen=True)
class PageSlot:
    """Where a shown page sits in the viewport (logical pixels)."""

    page_id: int
    layout: PageLayout
    origin: QPointF  # the trim's top-left corner
    clip: QRectF  # what of it may be painted (trim, plus bleed away from the spine)


@dataclass
class _PhotoDrag:
    page_id: int
    key: str
    start: QPointF
    crop: tuple[float, float, float, float]
    rect: Rect


class PageCanvas(QAbstractScrollArea):
    zoom_changed = Signal(float)  # percent of physical size
    spread_mode_changed = Signal(bool)
    adjust_mode_changed = Signal(bool)
    status_message = Signal(str)  # hints and problems for the status bar
    text_edit_requested = Signal(int, str)  # double-click on a text frame: page id, key
    photos_imported = Signal(object)  # ImportReport of files dropped on a frame

    def __init__(
        self,
        doc: BookDocument | None = None,
        parent: QWidget | None = None,
        *,
        images: ScreenImages | None = None,
        runner: ThreadJobRunner | InlineJobRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.images = images if images is not None else ScreenImages(self)
        self.images.ready.connect(self._on_image_ready)
        self.runner = runner if runner is not None else ThreadJobRunner()
        self.painter = QtPagePainter(self.images)
        self.doc: BookDocument | None = None
        self._fit = True
        self._percent = 100.0
        self._last_zoom = -1.0
        self._spread = False
        self._guides = Guides(trim=False, bleed=False, safe=False)
        self._adjust: tuple[int, str] | None = None
        self._hover: tuple[int, str] | None = None
        self._drop_target: tuple[int, str] | None = None
        self._press: tuple[QPointF, int, str] | None = None  # possible drag of a photo
        self._photo_drag: _PhotoDrag | None = None
        self._preview: tuple[int, str, tuple[float, float, float, float]] | None = None
        self._pending: tuple[int, str, float, float, float] | None = None
        self._wheel_rest = 0
        self.job: Job | None = None
        self._commit = QTimer(self, singleShot=True, interval=400)
        self._commit.timeout.connect(lambda: self.flush_pending(merge=True))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.viewport().setMouseTracking(True)
        self.viewport().setAutoFillBackground(False)
        self.setMinimumSize(240, 240)
        if doc is not None:
            self.set_document(doc)

    # --- the document -----------------------------------------------------------

    def set_document(self, doc: BookDocument | None) -> None:
        if self.doc is not None:
            self.flush_pending()
            for signal, slot in self._doc_signals(self.doc):
                signal.disconnect(slot)
        self.doc = doc
        self._adjust = self._hover = self._preview = None
        if doc is not None:
            for signal, slot in self._doc_signals(doc):
                signal.connect(slot)
            if doc.selection.page_id is None and doc.pages:
                doc.selection.select_page(doc.pages[0].page_id)
        self._relayout()

    def _doc_signals(self, doc: BookDocument) -> list:  # type: ignore[type-arg]
        return [(doc.pages_changed, self._on_pages_changed),
                (doc.structure_changed_signal, self._on_structure_changed),
                (doc.selection.page_selected, self._on_page_selected),
                (doc.selection.frame_selected, self._on_frame_selected)]

    def _on_pages_changed(self, page_ids: list) -> None:  # type: ignore[type-arg]
        if set(page_ids) & set(self.shown_pages()):
            self.viewport().update()

    def _on_structure_changed(self, _select: object) -> None:
        self._relayout()

    def _on_page_selected(self, _page_id: int) -> None:
        self.set_adjust_mode(False)
        self._relayout()
        self.verticalScrollBar().setValue(0)

    def _on_frame_selected(self, page_id: int, key: str) -> None:
        if self._adjust and self._adjust != (page_id, key):
            self.set_adjust_mode(False)
        item = self._image_item(page_id, key)
        if item is not None:  # ready for panning before the first drag
            s = self._device_scale()
            self.images.prefetch_whole(item, round(item.rect.w * s), round(item.rect.h * s))
        self.viewport().update()

    def _on_image_ready(self, _key: object) -> None:
        self.viewport().update()

    # --- what is shown ------------------------------------------------------------

    def shown_pages(self) -> list[int]:
        return [pid for pid in self._shown_slots() if pid is not None]

    def _shown_slots(self) -> list[int | None]:
        """Page ids left to right; None for the empty side of a spread."""
        if self.doc is None or not self.doc.pages:
            return []
        pages = self.doc.pages
        index = max(0, self.doc.index_of(self.doc.selection.page_id or -1))
        if not self._spread:
            return [pages[index].page_id]
        if index == 0:
            return [None, pages[0].page_id]  # page 1 is a right-hand page on its own
        left = index if index % 2 == 1 else index - 1
        right = pages[left + 1].page_id if left + 1 < len(pages) else None
        return [pages[left].page_id, right]

    def _page_size(self) -> tuple[float, float, float]:
        for pid in self.shown_pages():
            layout = self.doc.layout(pid) if self.doc else None
            if layout is not None:
                return layout.width, layout.height, layout.bleed
        return 595.0, 842.0, 8.5

    def _content_size(self, scale: float) -> tuple[float, float]:
        w, h, b = self._page_size()
        n = 2 if self._spread else 1
        return (n * w + 2 * b) * scale + 2 * MARGIN, (h + 2 * b) * scale + 2 * MARGIN

    def slots(self) -> list[PageSlot]:
        if self.doc is None:
            return []
        s = self.scale()
        w, h, b = self._page_size()
        cw, ch = self._content_size(s)
        vp = self.viewport()
        ox = max(0.0, (vp.width() - cw) / 2) - self.horizontalScrollBar().value() + MARGIN
        oy = max(0.0, (vp.height() - ch) / 2) - self.verticalScrollBar().value() + MARGIN
        shown = self._shown_slots()
        out = []
        for i, pid in enumerate(shown):
            layout = self.doc.layout(pid) if pid is not None else None
            if layout is None:
                continue
            x, y = ox + (b + i * w) * s, oy + b * s
            left = x - (b * s if i == 0 else 0.0)
            right = x + w * s + (b * s if i == len(shown) - 1 else 0.0)
            clip = QRectF(left, y - b * s, right - left, (h + 2 * b) * s)
            out.append(PageSlot(pid, layout, QPointF(x, y), clip))
        return out

    def _relayout(self) -> None:
        s = self.scale()
        cw, ch = self._content_size(s)
        vp = self.viewport()
        for bar, extra, page in ((self.horizontalScrollBar(), cw - vp.width(), vp.width()),
                                 (self.verticalScrollBar(), ch - vp.height(), vp.height())):
            bar.setRange(0, max(0, round(extra)))
            bar.setPageStep(page)
            bar.setSingleStep(40)
        percent = self.zoom_percent()
        if abs(percent - self._last_zoom) > 0.01:
            self._last_zoom = percent
            self.zoom_changed.emit(percent)
        self.viewport().update()

    # --- zoom ------------------------------------------------------------------------

    def _unit(self) -> float:
        """Logical pixels per point at 100% (physical size at the screen's logical DPI)."""
        return self.logicalDpiX() / 72.0

    def scale(self) -> float:
        """Logical pixels per point, as shown now."""
        if not self._fit:
            return self._percent / 100.0 * self._unit()
        w, h, b = self._page_size()
        n = 2 if self._spread else 1
        vp = self.viewport()
        fit = min((vp.width() - 2 * MARGIN) / (n * w + 2 * b),
                  (vp.height() - 2 * MARGIN) / (h + 2 * b))
        return max(fit, 0.02)

    def _device_scale(self) -> float:
        return self.scale() * self.viewport().devicePixelRatioF()

    def zoom_percent(self) -> float:
        return self.scale() / self._unit() * 100.0

    def is_fit(self) -> bool:
        return self._fit

    def zoom_fit(self) -> None:
        self._fit = True
        self._relayout()

    def zoom_actual(self) -> None:
        self.set_zoom_percent(100.0)

    def zoom_in(self) -> None:
        now = self.zoom_percent()
        self.set_zoom_percent(next((z for z in ZOOM_STEPS if z > now * 1.01), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        now = self.zoom_percent()
        lower = [z for z in ZOOM_STEPS if z < now * 0.99]
        self.set_zoom_percent(lower[-1] if lower else ZOOM_STEPS[0])

    def set_zoom_percent(self, percent: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``percent``, keeping the point under ``anchor`` (default: the centre) still."""
        vp = self.viewport()
        anchor = anchor or QPointF(vp.width() / 2, vp.height() / 2)
        old = self.scale()
        cw, ch = self._content_size(old)
        bars = (self.horizontalScrollBar(), self.verticalScrollBar())
        spans = (vp.width(), vp.height())
        at = (anchor.x(), anchor.y())
        points = [(at[i] - max(0.0, (spans[i] - (cw, ch)[i]) / 2) + bars[i].value() - MARGIN) / old
                  for i in range(2)]
        self._fit = False
        self._percent = min(max(float(percent), ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        self._relayout()
        new = self.scale()
        cw, ch = self._content_size(new)
        for i in range(2):
            offset = max(0.0, (spans[i] - (cw, ch)[i]) / 2)
            bars[i].setValue(round(points[i] * new + MARGIN + offset - at[i]))
        self.viewport().update()

    # --- view options ------------------------------------------------------------------

    def spread_mode(self) -> bool:
        return self._spread

    def set_spread_mode(self, on: bool) -> None:
        if on != self._spread:
            self._spread = on
            self._relayout()
            self.spread_mode_changed.emit(on)

    def guides(self) -> Guides:
        return self._guides

    def set_guides(self, *, trim: bool | None = None, bleed: bool | None = None,
                   safe: bool | None = None, frames: bool | None = None) -> None:
        g = self._guides
        self._guides = Guides(g.trim if trim is None else trim, g.bleed if bleed is None else bleed,
                              g.safe if safe is None else safe,
                              g.frames if frames is None else frames)
        self.viewport().update()

    def show_trim(self, on: bool) -> None:
        self.set_guides(trim=on)

    def show_bleed(self, on: bool) -> None:
        self.set_guides(bleed=on)

    def show_safe_margin(self, on: bool) -> None:
        self.set_guides(safe=on)

    def next_page(self) -> None:
        self._step_page(+1)

    def previous_page(self) -> None:
        self._step_page(-1)

    def _step_page(self, direction: int) -> None:
        if self.doc is None or not self.doc.pages:
            return
        self.flush_pending()
        index = max(0, self.doc.index_of(self.doc.selection.page_id or -1))
        if self._spread:
            left = 0 if index == 0 else (index if index % 2 == 1 else index - 1)
            index = (1 if left == 0 else left + 2) if direction > 0 else max(0, left - 2)
        else:
            index += direction
        if 0 <= index < len(self.doc.pages):
            self.doc.selection.select_page(self.doc.pages[index].page_id)

    # --- geometry helpers ------------------------------------------------------------

    def view_point(self, page_id: int, x: float, y: float) -> QPointF:
        """Viewport position of the point (x, y), in points, of a shown page."""
        for slot in self.slots():
            if slot.page_id == page_id:
                s = self.scale()
                return QPointF(slot.origin.x() + x * s, slot.origin.y() + y * s)
        raise KeyError(f"page {page_id} is not shown")

    def frame_rect(self, page_id: int, key: str) -> QRectF:
        """A frame's rectangle in viewport coordinates."""
        layout = self.doc.layout(page_id) if self.doc else None
        box = next((f for f in layout.frames if f.key == key), None) if layout else None
        if box is None:
            raise KeyError(f"no frame {key!r} on page {page_id}")
        top_left = self.view_point(page_id, box.rect.x, box.rect.y)
        s = self.scale()
        return QRectF(top_left.x(), top_left.y(), box.rect.w * s, box.rect.h * s)

    def page_at(self, pos: QPointF) -> tuple[PageSlot, float, float] | None:
        s = self.scale()
        for slot in self.slots():
            if slot.clip.contains(pos):
                return slot, (pos.x() - slot.origin.x()) / s, (pos.y() - slot.origin.y()) / s
        return None

    def frame_at(self, pos: QPointF) -> tuple[int, FrameBox] | None:
        """The topmost frame under ``pos`` (the last one in paint order)."""
        hit = self.page_at(pos)
        if hit is None:
            return None
        slot, x, y = hit
        for box in reversed(slot.layout.frames):
            r = box.rect
            if r.x <= x <= r.right and r.y <= y <= r.bottom:
                return slot.page_id, box
        return None

    def _image_item(self, page_id: int, key: str) -> ImageItem | None:
        layout = self.doc.layout(page_id) if self.doc and key else None
        if layout is None:
            return None
        return next((i for i in layout.items
                     if isinstance(i, ImageItem) and i.frame_key == key), None)

    def _crop_now(self, page_id: int, key: str) -> tuple[float, float, float, float] | None:
        if self._preview and self._preview[:2] == (page_id, key):
            return self._preview[2]
        item = self._image_item(page_id, key)
        return item.crop if item else None

    # --- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        p = QPainter(self.viewport())
        p.fillRect(event.rect(), BACKDROP)
        dpr = self.viewport().devicePixelRatioF()
        s = self.scale()
        for slot in self.slots():
            lay = slot.layout
            trim = QRectF(slot.origin.x(), slot.origin.y(), lay.width * s, lay.height * s)
            paper = slot.clip if self._guides.bleed else trim
            p.fillRect(paper.translated(0, 2), QColor(0, 0, 0, 38))  # a soft shadow
            p.save()
            p.setClipRect(slot.clip)
            p.translate(slot.origin)
            p.scale(1 / dpr, 1 / dpr)  # paint in device pixels: sharp on high-DPI screens
            self.painter.paint(p, self._previewed(lay), scale=s * dpr,
                               include_bleed=self._guides.bleed, editor=True, guides=self._guides)
            p.restore()
            if self._guides.bleed:  # the part that is cut off, veiled
                p.save()
                p.setClipRect(slot.clip)
                veil = QColor(255, 255, 255, 90)
                for r in _outside(slot.clip, trim):
                    p.fillRect(r, veil)
                p.restore()
        self._paint_overlays(p)
        p.end()

    def _previewed(self, layout: PageLayout) -> PageLayout:
        if not self._preview or self._preview[0] != layout.page_id:
            return layout
        _pid, key, crop = self._preview
        items = [dataclasses.replace(i, crop=crop)
                 if isinstance(i, ImageItem) and i.frame_key == key else i for i in layout.items]
        return dataclasses.replace(layout, items=items)

    def _paint_overlays(self, p: QPainter) -> None:
        if self.doc is None:
            return
        sel = self.doc.selection
        marks: list[tuple[tuple[int, str] | None, QColor, float, bool]] = [
            (self._hover, QColor("#B9AC9C"), 1.0, False),
            ((sel.page_id, sel.frame_key) if sel.page_id and sel.frame_key else None,
             QColor(style.ACCENT), 2.0, False),
            (self._adjust, QColor(style.TEAL), 2.0, True),
            (self._drop_target, QColor(style.ACCENT), 3.0, False),
        ]
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for where, ink, width, dashed in marks:
            if where is None or where[0] not in self.shown_pages():
                continue
            try:
                rect = self.frame_rect(*where).adjusted(-1, -1, 1, 1)
            except KeyError:
                continue
            pen = QPen(ink, width)
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect)
            if where == self._drop_target:
                p.fillRect(rect, QColor(224, 122, 95, 40))
            if width == 2.0 and not dashed:
                self._label(p, rect, where)
        p.restore()

    def _label(self, p: QPainter, rect: QRectF, where: tuple[int, str]) -> None:
        layout = self.doc.layout(where[0]) if self.doc else None
        box = next((f for f in layout.frames if f.key == where[1]), None) if layout else None
        text = (box.label or box.key) if box else where[1]
        metrics = p.fontMetrics()
        tag = QRectF(rect.x(), rect.y() - metrics.height() - 6,
                     metrics.horizontalAdvance(text) + 12, metrics.height() + 4)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(style.ACCENT))
        p.drawRoundedRect(tag, 4, 4)
        p.setPen(QColor("white"))
        p.drawText(tag, Qt.AlignmentFlag.AlignCenter, text)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._relayout()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # Qt override
        self.viewport().update()

    # --- mouse ---------------------------------------------------------------------------

    def _photo_frame(self, hit: tuple[int, FrameBox] | None) -> tuple[int, str] | None:
        """(page id, key) if ``hit`` is a photo or drawing frame with a photo in it."""
        if hit is None or hit[1].kind not in PHOTO_KINDS:
            return None
        return (hit[0], hit[1].key) if self._image_item(hit[0], hit[1].key) else None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        self.setFocus()
        if event.button() != Qt.MouseButton.LeftButton or self.doc is None:
            return super().mousePressEvent(event)
        self.flush_pending()
        pos = event.position()
        hit = self.frame_at(pos)
        if hit is None:
            on_page = self.page_at(pos)
            self.set_adjust_mode(False)
            if on_page is not None:
                self.doc.selection.select_frame(on_page[0].page_id, "")
            return None
        page_id, box = hit
        self.doc.selection.select_frame(page_id, box.key)
        photo = self._photo_frame(hit)
        if photo is None:
            return None
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if alt or self._adjust == photo:
            item = self._image_item(*photo)
            assert item is not None
            self._photo_drag = _PhotoDrag(page_id, box.key, pos, item.crop, item.rect)
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        else:
            self._press = (pos, page_id, box.key)
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        pos = event.position()
        drag = self._photo_drag
        if drag is not None:
            s = self.scale()
            left, top, right, bottom = drag.crop
            fw, fh = right - left, bottom - top
            dx = (pos.x() - drag.start.x()) / s * fw / max(drag.rect.w, 1e-6)
            dy = (pos.y() - drag.start.y()) / s * fh / max(drag.rect.h, 1e-6)
            new_left = min(max(left - dx, 0.0), 1.0 - fw)
            new_top = min(max(top - dy, 0.0), 1.0 - fh)
            self._preview = (drag.page_id, drag.key, (new_left, new_top, new_left + fw, new_top + fh))
            self.viewport().update()
            return
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            start, page_id, key = self._press
            if (pos - start).manhattanLength() >= QApplication.startDragDistance():
                self._press = None
                self._start_frame_drag(page_id, key)
            return
        self._hover_at(pos)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # Qt override
        self._press = None
        drag, self._photo_drag = self._photo_drag, None
        if drag is not None and self._preview and self.doc is not None:
            self._queue_crop(drag.page_id, drag.key, self._preview[2])
            self.flush_pending(merge=False)  # one drag is one undo step
        self._hover_at(event.position())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # Qt override
        hit = self.frame_at(event.position())
        photo = self._photo_frame(hit)
        if photo is not None and self.doc is not None:
            self.doc.selection.select_frame(*photo)
            self.set_adjust_mode(self._adjust != photo)
        elif hit is not None and hit[1].kind not in PHOTO_KINDS:
            self.text_edit_requested.emit(hit[0], hit[1].key)

    def leaveEvent(self, event: object) -> None:  # Qt override
        if self._hover is not None:
            self._hover = None
            self.viewport().update()

    def _hover_at(self, pos: QPointF) -> None:
        hit = self.frame_at(pos)
        where = (hit[0], hit[1].key) if hit else None
        photo = self._photo_frame(hit)
        if photo is not None and photo == self._adjust:
            cursor = Qt.CursorShape.OpenHandCursor
        elif photo is not None:
            cursor = Qt.CursorShape.PointingHandCursor
        else:
            cursor = Qt.CursorShape.ArrowCursor
        self.viewport().setCursor(cursor)
        if where != self._hover:
            self._hover = where
            self.viewport().setToolTip(HINT_PHOTO if photo and photo != self._adjust else "")
            if photo is None:
                QToolTip.hideText()
            self.viewport().update()

    def set_adjust_mode(self, on: bool) -> None:
        """Enter or leave "move the photo in its frame" for the selected photo."""
        sel = self.doc.selection if self.doc else None
        target = (sel.page_id, sel.frame_key) if on and sel and sel.page_id else None
        if target is not None and self._image_item(*target) is None:
            target = None
        if target == self._adjust:
            return
        self.flush_pending()
        self._adjust = target
        self.adjust_mode_changed.emit(target is not None)
        self.status_message.emit(HINT_ADJUST if target else "")
        self.viewport().update()

    def adjust_mode(self) -> bool:
        return self._adjust is not None

    # --- wheel and keys ------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:  # Qt override
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier or self.doc is None:
            return super().wheelEvent(event)
        self._wheel_rest += event.angleDelta().y()
        notches, self._wheel_rest = int(self._wheel_rest / 120), self._wheel_rest % 120
        if self._wheel_rest and self._wheel_rest * event.angleDelta().y() < 0:
            self._wheel_rest -= 120  # keep the remainder's sign
            notches += 1
        event.accept()
        if not notches:
            return None
        pos = event.position()
        hit = self.frame_at(pos)
        sel = self.doc.selection
        photo = self._photo_frame(hit)
        if photo is not None and photo == (sel.page_id, sel.frame_key):
            self._zoom_photo(photo, PHOTO_ZOOM_STEP ** notches, pos)
        else:
            now = self.zoom_percent()
            steps = [z for z in ZOOM_STEPS if (z > now * 1.01 if notches > 0 else z < now * 0.99)]
            if steps:
                index = min(abs(notches), len(steps)) - 1
                self.set_zoom_percent(steps[index] if notches > 0 else steps[-1 - index], pos)
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        key = event.key()
        sel = self.doc.selection if self.doc else None
        photo = (sel.page_id, sel.frame_key) if sel and sel.page_id and sel.frame_key else None
        if photo is not None and self._image_item(*photo) is None:
            photo = None
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                  Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in arrows and photo is not None:
            step = NUDGE * (5 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
            self._nudge_photo(photo, arrows[key][0] * step, arrows[key][1] * step)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and photo is not None:
            self.flush_pending()
            self.set_adjust_mode(False)
            self.doc.place_photo(photo[0], photo[1], None)  # type: ignore[union-attr]
        elif key == Qt.Key.Key_PageDown:
            self.next_page()
        elif key == Qt.Key.Key_PageUp:
            self.previous_page()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and photo is not None:
            self.set_adjust_mode(not self.adjust_mode())
        elif key == Qt.Key.Key_Escape and self.adjust_mode():
            self.set_adjust_mode(False)
        elif key == Qt.Key.Key_Escape and sel is not None and sel.page_id and sel.frame_key:
            sel.select_frame(sel.page_id, "")
        else:
            super().keyPressEvent(event)

    # --- moving and zooming a photo in its frame ---------------------------------------

    def _nudge_photo(self, photo: tuple[int, str], dx: float, dy: float) -> None:
        """Move the photo by fractions of its visible part (positive: right, down)."""
        crop = self._crop_now(*photo)
        if crop is None:
            return
        left, top, right, bottom = crop
        fw, fh = right - left, bottom - top
        new_left = min(max(left - dx * fw, 0.0), 1.0 - fw)
        new_top = min(max(top - dy * fh, 0.0), 1.0 - fh)
        self._queue_crop(*photo, (new_left, new_top, new_left + fw, new_top + fh))
        self._commit.start()

    def _zoom_photo(self, photo: tuple[int, str], factor: float, pos: QPointF) -> None:
        """Zoom the photo in its frame, keeping the spot under the mouse where it is."""
        crop = self._crop_now(*photo)
        item = self._image_item(*photo)
        page = self.doc.page(photo[0]) if self.doc else None
        content = page.frames.get(photo[1]) if page else None
        if crop is None or item is None or content is None or content.media is None:
            return
        zoom = self._pending[4] if self._pending and self._pending[:2] == photo \
            else content.crop.zoom
        new_zoom = min(max(zoom * factor, 1.0), 8.0)
        rect = self.frame_rect(*photo)
        u = min(max((pos.x() - rect.x()) / max(rect.width(), 1e-6), 0.0), 1.0)
        v = min(max((pos.y() - rect.y()) / max(rect.height(), 1e-6), 0.0), 1.0)
        left, top, right, bottom = crop
        ratio = zoom / new_zoom
        fw, fh = (right - left) * ratio, (bottom - top) * ratio
        cx = left + u * (right - left) - u * fw + fw / 2
        cy = top + v * (bottom - top) - v * fh + fh / 2
        src_w, src_h = rotated_size(content.media, content.rotation)
        new_crop = cover_crop(src_w, src_h, item.rect.w, item.rect.h, Crop(cx, cy, new_zoom))
        self._queue_crop(*photo, new_crop, zoom=new_zoom)
        self._commit.start()

    def _queue_crop(self, page_id: int, key: str, crop: tuple[float, float, float, float],
                    zoom: float | None = None) -> None:
        """Show ``crop`` at once; it is saved by flush_pending (soon, or at once)."""
        if zoom is None:
            if self._pending and self._pending[:2] == (page_id, key):
                zoom = self._pending[4]
            else:
                page = self.doc.page(page_id) if self.doc else None
                content = page.frames.get(key) if page else None
                zoom = content.crop.zoom if content else 1.0
        self._preview = (page_id, key, crop)
        cx, cy = (crop[0] + crop[2]) / 2, (crop[1] + crop[3]) / 2
        self._pending = (page_id, key, cx, cy, zoom)
        self.viewport().update()

    def flush_pending(self, merge: bool = True) -> None:
        """Save a photo move or zoom still being shown as a preview (one undo step)."""
        self._commit.stop()
        pending, self._pending = self._pending, None
        if pending is not None and self.doc is not None:
            self.doc.set_crop(*pending, merge=merge)
        self._preview = None
        self.viewport().update()

    # --- drag and drop -----------------------------------------------------------------

    def _start_frame_drag(self, page_id: int, key: str) -> None:
        item = self._image_item(page_id, key)
        if item is None:
            return
        mime = QMimeData()
        mime.setData(FRAME_MIME, encode_frame(page_id, key))
        mime.setData(MEDIA_MIME, str(item.media_id).encode())
        drag = QDrag(self)
        drag.setMimeData(mime)
        picture = self.images(item, 96, max(1, round(96 * item.rect.h / max(item.rect.w, 1))))
        if picture is not None:
            drag.setPixmap(QPixmap.fromImage(picture).scaledToWidth(96))
            drag.setHotSpot(QPoint(48, 12))
        drag.exec(Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, Qt.DropAction.MoveAction)
        self._drop_target = None
        self.viewport().update()

    def _accepts(self, mime: QMimeData) -> bool:
        return mime.hasFormat(FRAME_MIME) or mime.hasFormat(MEDIA_MIME) or any(
            u.isLocalFile() for u in mime.urls())

    def _drop_frame(self, event: QDropEvent | QDragMoveEvent) -> tuple[int, str] | None:
        hit = self.frame_at(event.position())
        if hit is None or hit[1].kind not in PHOTO_KINDS:
            return None
        mime = event.mimeData()
        if mime.hasFormat(FRAME_MIME) and decode_frame(mime.data(FRAME_MIME).data()) == (
                hit[0], hit[1].key):
            return None  # onto itself
        return hit[0], hit[1].key

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt override
        if self.doc is not None and self._accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # Qt override
        target = self._drop_frame(event) if self.doc is not None else None
        if target != self._drop_target:
            self._drop_target = target
            self.viewport().update()
        if target is not None and self._accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: object) -> None:  # Qt override
        self._drop_target = None
        self.viewport().update()

    def dropEvent(self, event: QDropEvent) -> None:  # Qt override
        self._drop_target = None
        self.viewport().update()
        target = self._drop_frame(event) if self.doc is not None else None
        mime = event.mimeData()
        if target is None or self.doc is None or not self._accepts(mime):
            event.ignore()
            return
        self.flush_pending()
        page_id, key = target
        try:
            if mime.hasFormat(FRAME_MIME):
                source = decode_frame(mime.data(FRAME_MIME).data())
                if source is None:
                    event.ignore()
                    return
                self.doc.swap_photos(source[0], source[1], page_id, key)
                event.setDropAction(Qt.DropAction.MoveAction)
            elif mime.hasFormat(MEDIA_MIME):
                media_id = decode_media_id(mime.data(MEDIA_MIME).data())
                if media_id is None:
                    event.ignore()
                    return
                self.doc.place_photo(page_id, key, media_id)
                event.setDropAction(Qt.DropAction.CopyAction)
            else:
                files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
                self.import_into_frame(page_id, key, files)
                event.setDropAction(Qt.DropAction.CopyAction)
        except ServiceError as exc:
            self.status_message.emit(f"The photo could not be placed: {exc}.")
            event.ignore()
            return
        event.accept()
        self.doc.selection.select_frame(page_id, key)

    def import_into_frame(self, page_id: int, key: str, files: list[Path]) -> None:
        """Import files into the book's child's photos (a background job), then place the first."""
        if self.doc is None or not files:
            return
        library = self.doc.library
        with library.session() as s:
            book = s.get(Book, self.doc.book_id)
            child_id = book.child_id if book is not None else None
        if child_id is None:
            return
        self.status_message.emit(f"Importing {len(files)} photo(s)…")
        job = Job(lambda progress, cancel: import_photos(
            library, child_id, files, progress=progress, cancel=cancel))
        job.finished.connect(lambda report: self._imported(page_id, key, report))
        job.failed.connect(lambda message: self.status_message.emit(
            f"The photos could not be imported: {message}"))
        self.job = job
        self.runner.start(job)

    def _imported(self, page_id: int, key: str, report: ImportReport) -> None:
        self.job = None
        self.photos_imported.emit(report)
        placed = (report.imported or report.duplicates or [None])[0]
        if report.rejected:
            self.status_message.emit("; ".join(r.line for r in report.rejected))
        if placed is not None and self.doc is not None and self.doc.page(page_id) is not None:
            self.doc.place_photo(page_id, key, placed["id"])
            self.doc.selection.select_frame(page_id, key)
            if not report.rejected:
                self.status_message.emit("Photo imported and placed.")


def _outside(outer: QRectF, inner: QRectF) -> list[QRectF]:
    """The parts of ``outer`` outside ``inner`` (as up to four rectangles)."""
    parts = [QRectF(outer.left(), outer.top(), outer.width(), inner.top() - outer.top()),
             QRectF(outer.left(), inner.bottom(), outer.width(), outer.bottom() - inner.bottom()),
             QRectF(outer.left(), inner.top(), inner.left() - outer.left(), inner.height()),
             QRectF(inner.right(), inner.top(), outer.right() - inner.right(), inner.height())]
    return [r for r in parts if r.width() > 0 and r.height() > 0]


__all__ = ["FRAME_MIME", "MEDIA_MIME", "PageCanvas", "PageSlot"]
