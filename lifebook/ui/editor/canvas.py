"""PageCanvas: the editor's view of the selected page, or of its two-page spread.

It paints ``BookDocument.layout(page_id)`` with QtPagePainter: the very display
list the PDF prints. Every change goes through the document (undoable); the
canvas only keeps a live preview of a photo being moved in its frame.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QPointF,
    QRectF,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from lifebook.layout.display import FrameBox, ImageItem, PageLayout
from lifebook.render.qt import Guides, QtPagePainter
from lifebook.ui.editor.canvas_crop import CanvasCropMixin, PhotoDrag, shifted_crop
from lifebook.ui.editor.canvas_drops import CanvasDropsMixin
from lifebook.ui.editor.canvas_marks import CanvasMarksMixin
from lifebook.ui.editor.canvas_text import FrameTextEditor
from lifebook.ui.editor.document import BookDocument
from lifebook.ui.editor.screen_images import ScreenImages
from lifebook.ui.editor.text_editing import TypingSession
from lifebook.ui.jobs import Job, Runner, ThreadJobRunner

MARGIN = 24  # logical pixels around the page(s)
BACKDROP = QColor("#E9E3DA")
ZOOM_STEPS = (10, 25, 33, 50, 67, 75, 100, 125, 150, 200, 300, 400, 600, 800)  # percent
PHOTO_KINDS = ("photo", "drawing")
NUDGE = 0.02  # of the visible part of a photo, per arrow key press (x5 with Shift)
PHOTO_ZOOM_STEP = 1.1  # per wheel notch
HINT_PHOTO = ("Drag the photo onto another frame to swap them. Double-click it (or hold Alt "
              "and drag) to move it inside its frame; Ctrl + wheel zooms it.")
HINT_ADJUST = ("Moving the photo in its frame: drag it, or use the arrow keys; Ctrl + wheel "
               "zooms it. Press Enter or Esc when you are done.")
Crop4 = tuple[float, float, float, float]  # left, top, right, bottom, fractions of the photo
Where = tuple[int, str]  # page id, frame key


@dataclass(frozen=True)
class PageSlot:
    """Where a shown page sits in the viewport (logical pixels)."""

    page_id: int
    layout: PageLayout
    origin: QPointF  # the trim's top-left corner
    clip: QRectF  # what of it may be painted: trim, plus the bleed away from the spine


class PageCanvas(CanvasCropMixin, CanvasDropsMixin, CanvasMarksMixin, QAbstractScrollArea):
    """Click selects a frame; drag a photo onto another frame to swap them; double-click a
    photo (or Alt + drag) to move it in its frame, Ctrl + wheel zooms it, arrows nudge it,
    Delete takes it out. Photos (MEDIA_MIME) and files can be dropped on photo frames."""

    zoom_changed = Signal(float)  # percent of physical size
    spread_mode_changed = Signal(bool)
    adjust_mode_changed = Signal(bool)  # "move the photo in its frame" on or off
    status_message = Signal(str)  # hints and problems for the status bar
    text_edit_requested = Signal(int, str)  # double-click on a text frame: page id, key
    photos_imported = Signal(object)  # ImportReport of files dropped on a frame

    def __init__(
        self,
        doc: BookDocument | None = None,
        parent: QWidget | None = None,
        *,
        images: ScreenImages | None = None,
        runner: Runner | None = None,
    ) -> None:
        super().__init__(parent)
        self.images = images if images is not None else ScreenImages(self)
        self.images.ready.connect(self._on_image_ready)
        self.runner = runner if runner is not None else ThreadJobRunner()
        self.painter = QtPagePainter(self.images)
        self.doc: BookDocument | None = None
        self.job: Job | None = None  # a running import of dropped files
        self._fit, self._percent, self._last_zoom = True, 100.0, -1.0
        self._spread = False
        self._guides = Guides()
        self._adjust: Where | None = None
        self._hover: Where | None = None
        self._drop_target: Where | None = None
        self._press: tuple[QPointF, Where] | None = None  # may become a drag of the photo
        self._photo_drag: PhotoDrag | None = None
        self._preview: tuple[Where, Crop4] | None = None  # shown, not yet saved
        self._pending: tuple[Where, float, float, float] | None = None  # centre x, y, zoom
        self._wheel_rest = 0
        self._shown: list[int] = []
        self.text_editor: FrameTextEditor | None = None  # typing on the page (enable_typing)
        self._commit = QTimer(self, singleShot=True, interval=400)
        self._commit.timeout.connect(lambda: self.flush_pending(merge=True))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.viewport().setMouseTracking(True)
        self.setMinimumSize(240, 240)
        self.set_document(doc)

    def enable_typing(self, typing: TypingSession) -> None:
        """Let the user type on the page, saving through ``typing`` (shared with the panel)."""
        self.text_editor = FrameTextEditor(self, typing)

    def edit_text(self, page_id: int, key: str, typed: str = "") -> bool:
        return self.text_editor is not None and self.text_editor.open(page_id, key, typed)

    # --- the document -----------------------------------------------------------------

    def set_document(self, doc: BookDocument | None) -> None:
        if self.doc is not None:
            if self.text_editor is not None:
                self.text_editor.close()
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

    def _doc_signals(self, doc: BookDocument) -> list[tuple[SignalInstance, Callable[..., None]]]:
        return [(doc.pages_changed, self._on_pages_changed),
                (doc.structure_changed_signal, self._relayout),
                (doc.selection.page_selected, self._on_page_selected),
                (doc.selection.frame_selected, self._on_frame_selected)]

    def _on_image_ready(self, _key: object) -> None:
        self.viewport().update()

    def _on_pages_changed(self, page_ids: list[int]) -> None:
        if set(page_ids) & set(self.shown_pages()):
            self.viewport().update()

    def _on_page_selected(self, _page_id: int) -> None:
        self.set_adjust_mode(False)
        before, self._shown = self._shown, self.shown_pages()
        self._relayout()
        if self._shown != before:
            self.verticalScrollBar().setValue(0)

    def _on_frame_selected(self, page_id: int, key: str) -> None:
        if self._adjust and self._adjust != (page_id, key):
            self.set_adjust_mode(False)
        if self.text_editor is not None and self.text_editor.where not in (None, (page_id, key)):
            self.text_editor.close()
        item = self._image_item((page_id, key))
        if item is not None:  # the whole photo, so moving it in its frame shows at once
            s = self._device_scale()
            self.images.prefetch_whole(item, round(item.rect.w * s), round(item.rect.h * s))
            self.status_message.emit(HINT_PHOTO)
        self.viewport().update()

    # --- what is shown, and where -------------------------------------------------------

    def shown_pages(self) -> list[int]:
        return [pid for pid in self._sides() if pid is not None]

    def _sides(self) -> list[int | None]:
        """Page ids from left to right; None for the empty side of a spread."""
        if self.doc is None or not self.doc.pages:
            return []
        pages = self.doc.pages
        index = max(0, self.doc.index_of(self.doc.selection.page_id or -1))
        if not self._spread:
            return [pages[index].page_id]
        if index == 0:
            return [None, pages[0].page_id]  # page 1 is a right-hand page on its own
        left = index if index % 2 == 1 else index - 1
        return [pages[left].page_id, pages[left + 1].page_id if left + 1 < len(pages) else None]

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

    def _offset(self, scale: float) -> tuple[float, float]:
        """Where the content's top-left corner is in the viewport (centred when it fits)."""
        cw, ch = self._content_size(scale)
        vp = self.viewport()
        return (max(0.0, (vp.width() - cw) / 2) - self.horizontalScrollBar().value(),
                max(0.0, (vp.height() - ch) / 2) - self.verticalScrollBar().value())

    def slots(self) -> list[PageSlot]:
        s = self.scale()
        w, h, b = self._page_size()
        ox, oy = self._offset(s)
        sides = self._sides()
        out = []
        for i, pid in enumerate(sides):
            layout = self.doc.layout(pid) if self.doc and pid is not None else None
            if layout is None:
                continue
            x, y = ox + MARGIN + (b + i * w) * s, oy + MARGIN + b * s
            left = x - (b * s if i == 0 else 0.0)
            right = x + w * s + (b * s if i == len(sides) - 1 else 0.0)
            clip = QRectF(left, y - b * s, right - left, (h + 2 * b) * s)
            out.append(PageSlot(layout.page_id, layout, QPointF(x, y), clip))
        return out

    def _relayout(self, *_args: object) -> None:
        cw, ch = self._content_size(self.scale())
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
        if self.text_editor is not None:
            self.text_editor.place()
        self.viewport().update()

    def view_point(self, page_id: int, x: float, y: float) -> QPointF:
        """Viewport position of the point (x, y), in points, of a shown page."""
        slot = next((sl for sl in self.slots() if sl.page_id == page_id), None)
        if slot is None:
            raise KeyError(f"page {page_id} is not shown")
        return slot.origin + QPointF(x, y) * self.scale()

    def frame_rect(self, page_id: int, key: str) -> QRectF:
        """A frame's rectangle in viewport coordinates."""
        layout = self.doc.layout(page_id) if self.doc else None
        box = next((f for f in layout.frames if f.key == key), None) if layout else None
        if box is None:
            raise KeyError(f"no frame {key!r} on page {page_id}")
        return QRectF(self.view_point(page_id, box.rect.x, box.rect.y),
                      self.view_point(page_id, box.rect.right, box.rect.bottom))

    def page_at(self, pos: QPointF) -> tuple[PageSlot, float, float] | None:
        """The shown page under ``pos``, with the point in its points."""
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
            if box.rect.x <= x <= box.rect.right and box.rect.y <= y <= box.rect.bottom:
                return slot.page_id, box
        return None

    def _image_item(self, where: Where | None) -> ImageItem | None:
        layout = self.doc.layout(where[0]) if self.doc and where and where[1] else None
        if layout is None or where is None:
            return None
        return next((i for i in layout.items
                     if isinstance(i, ImageItem) and i.frame_key == where[1]), None)

    def _photo_frame(self, hit: tuple[int, FrameBox] | None) -> Where | None:
        """(page id, key) if ``hit`` is a photo or drawing frame with a photo in it."""
        if hit is None or hit[1].kind not in PHOTO_KINDS:
            return None
        return (hit[0], hit[1].key) if self._image_item((hit[0], hit[1].key)) else None

    def _selected_photo(self) -> Where | None:
        sel = self.doc.selection if self.doc else None
        where = (sel.page_id, sel.frame_key) if sel and sel.page_id and sel.frame_key else None
        return where if self._image_item(where) else None

    # --- zoom and view options ------------------------------------------------------------

    def _unit(self) -> float:
        """Logical pixels per point at 100% (physical size at the screen's logical DPI)."""
        return self.logicalDpiX() / 72.0

    def scale(self) -> float:
        """Logical pixels per point, as shown now."""
        if not self._fit:
            return self._percent / 100.0 * self._unit()
        w, h, b = self._page_size()
        vp = self.viewport()
        n = 2 if self._spread else 1
        return max(0.02, min((vp.width() - 2 * MARGIN) / (n * w + 2 * b),
                             (vp.height() - 2 * MARGIN) / (h + 2 * b)))

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
        """100%: the page at its physical size."""
        self.set_zoom_percent(100.0)

    def zoom_in(self) -> None:
        self._zoom_steps(1)

    def zoom_out(self) -> None:
        self._zoom_steps(-1)

    def _zoom_steps(self, steps: int, anchor: QPointF | None = None) -> None:
        now = self.zoom_percent()
        if steps > 0:
            bigger = [z for z in ZOOM_STEPS if z > now * 1.01] or [ZOOM_STEPS[-1]]
            self.set_zoom_percent(bigger[min(steps, len(bigger)) - 1], anchor)
        elif steps < 0:
            smaller = [z for z in ZOOM_STEPS if z < now * 0.99] or [ZOOM_STEPS[0]]
            self.set_zoom_percent(smaller[-min(-steps, len(smaller))], anchor)

    def set_zoom_percent(self, percent: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``percent``, keeping the point under ``anchor`` (default: the centre) still."""
        vp = self.viewport()
        anchor = anchor or QPointF(vp.width() / 2, vp.height() / 2)
        old = self.scale()
        ox, oy = self._offset(old)
        px, py = (anchor.x() - ox) / old, (anchor.y() - oy) / old  # content point, points
        self._fit = False
        self._percent = min(max(float(percent), ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        self._relayout()
        new = self.scale()
        cw, ch = self._content_size(new)
        self.horizontalScrollBar().setValue(
            round(px * new + max(0.0, (vp.width() - cw) / 2) - anchor.x()))
        self.verticalScrollBar().setValue(
            round(py * new + max(0.0, (vp.height() - ch) / 2) - anchor.y()))

    def spread_mode(self) -> bool:
        return self._spread

    def set_spread_mode(self, on: bool) -> None:
        if on != self._spread:
            self._spread = on
            self._shown = self.shown_pages()
            self._relayout()
            self.spread_mode_changed.emit(on)

    def guides(self) -> Guides:
        return self._guides

    def set_guides(self, **shown: bool) -> None:
        """Turn guides on or off: trim=, bleed=, safe=, frames= (see render.qt.Guides)."""
        self._guides = dataclasses.replace(self._guides, **shown)
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
        index = max(0, self.doc.index_of(self.doc.selection.page_id or -1))
        if self._spread:
            left = 0 if index == 0 else index - (index + 1) % 2
            index = (1 if left == 0 else left + 2) if direction > 0 else max(0, left - 2)
        else:
            index += direction
        if 0 <= index < len(self.doc.pages):
            self.flush_pending()
            self.doc.selection.select_page(self.doc.pages[index].page_id)

    # --- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        p = QPainter(self.viewport())
        p.fillRect(event.rect(), BACKDROP)
        dpr = self.viewport().devicePixelRatioF()
        s = self.scale()
        for slot in self.slots():
            trim = QRectF(slot.origin, QPointF(slot.layout.width, slot.layout.height) * s
                          + slot.origin)
            p.fillRect((slot.clip if self._guides.bleed else trim).translated(0, 2),
                       QColor(0, 0, 0, 38))  # a soft shadow
            p.save()
            p.setClipRect(slot.clip)
            p.translate(slot.origin)
            p.scale(1 / dpr, 1 / dpr)  # paint device pixels: sharp on high-DPI screens
            self.painter.paint(p, self._previewed(slot.layout), scale=s * dpr,
                               include_bleed=self._guides.bleed, editor=True, guides=self._guides)
            p.restore()
            if self._guides.bleed:  # veil what the printer cuts off
                veil = QPainterPath()
                veil.addRect(slot.clip)
                veil.addRect(trim)  # odd-even fill: the ring between them
                p.fillPath(veil, QColor(255, 255, 255, 90))
        self._paint_marks(p)
        self._paint_overflow(p)
        p.end()

    def _previewed(self, layout: PageLayout) -> PageLayout:
        if not self._preview or self._preview[0][0] != layout.page_id:
            return layout
        (_pid, key), crop = self._preview
        return dataclasses.replace(layout, items=[
            dataclasses.replace(i, crop=crop) if isinstance(i, ImageItem) and i.frame_key == key
            else i for i in layout.items])

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._relayout()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # Qt override
        if self.text_editor is not None:
            self.text_editor.place()
        self.viewport().update()

    # --- mouse ------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        self.setFocus()
        if event.button() != Qt.MouseButton.LeftButton or self.doc is None:
            super().mousePressEvent(event)
            return
        self.flush_pending()
        pos = event.position()
        hit = self.frame_at(pos)
        on_page = self.page_at(pos)
        if hit is None:
            self.set_adjust_mode(False)
            if on_page is not None:
                self.doc.selection.select_frame(on_page[0].page_id, "")
            return
        self.doc.selection.select_frame(hit[0], hit[1].key)
        photo = self._photo_frame(hit)
        item = self._image_item(photo)
        if photo is None or item is None:
            return
        if event.modifiers() & Qt.KeyboardModifier.AltModifier or self._adjust == photo:
            self._photo_drag = PhotoDrag(photo, pos, item.crop, (item.rect.w, item.rect.h))
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        else:
            self._press = (pos, photo)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        pos = event.position()
        drag = self._photo_drag
        if drag is not None:  # the photo follows the mouse
            s = self.scale()
            dx = (pos.x() - drag.start.x()) / s / max(drag.size[0], 1e-6)
            dy = (pos.y() - drag.start.y()) / s / max(drag.size[1], 1e-6)
            self._preview = (drag.where, shifted_crop(drag.crop, dx, dy))
            self.viewport().update()
        elif self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            start, photo = self._press
            if (pos - start).manhattanLength() >= QApplication.startDragDistance():
                self._press = None
                self._start_frame_drag(photo)
        else:
            self._hover_at(pos)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # Qt override
        self._press = None
        drag, self._photo_drag = self._photo_drag, None
        if drag is not None and self._preview is not None:
            self._queue_crop(drag.where, self._preview[1])
            self.flush_pending(merge=False)  # one drag, one undo step
        self._hover_at(event.position())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # Qt override
        hit = self.frame_at(event.position())
        photo = self._photo_frame(hit)
        if photo is not None and self.doc is not None:
            self.doc.selection.select_frame(*photo)
            self.set_adjust_mode(self._adjust != photo)
        elif hit is not None and hit[1].kind not in PHOTO_KINDS and not self.edit_text(hit[0], hit[1].key):
            self.text_edit_requested.emit(hit[0], hit[1].key)

    def leaveEvent(self, event: object) -> None:  # Qt override
        self._hover = None
        self.viewport().update()

    def _hover_at(self, pos: QPointF) -> None:
        hit = self.frame_at(pos)
        photo = self._photo_frame(hit)
        cursor = (Qt.CursorShape.ArrowCursor if photo is None else Qt.CursorShape.OpenHandCursor
                  if photo == self._adjust else Qt.CursorShape.PointingHandCursor)
        self.viewport().setCursor(cursor)
        where = (hit[0], hit[1].key) if hit else None
        if where != self._hover:
            self._hover = where
            self.viewport().setToolTip(HINT_PHOTO if photo and photo != self._adjust else "")
            self.viewport().update()

    def set_adjust_mode(self, on: bool) -> None:
        """Enter or leave "move the photo in its frame" for the selected photo."""
        target = self._selected_photo() if on else None
        if target != self._adjust:
            self.flush_pending()
            self._adjust = target
            self.adjust_mode_changed.emit(target is not None)
            self.status_message.emit(HINT_ADJUST if target else "")
            self.viewport().update()

    def adjust_mode(self) -> bool:
        return self._adjust is not None

    # --- wheel and keys -------------------------------------------------------------------

    def _typed_into_text_frame(self, event: QKeyEvent) -> bool:
        """Enter, or typing, on a selected text frame opens the text box over it."""
        sel = self.doc.selection if self.doc else None
        if sel is None or not sel.page_id or not sel.frame_key:
            return False
        text = event.text()
        typing = bool(text) and text.isprintable() and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier)
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)
        return (typing or enter) and self.edit_text(sel.page_id, sel.frame_key, text if typing else "")

    def wheelEvent(self, event: QWheelEvent) -> None:  # Qt override
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier or self.doc is None:
            super().wheelEvent(event)
            return
        event.accept()
        self._wheel_rest += event.angleDelta().y()  # trackpads send small steps
        notches = int(self._wheel_rest / 120)  # towards zero, so both ways keep the rest
        self._wheel_rest -= notches * 120
        pos = event.position()
        photo = self._photo_frame(self.frame_at(pos))
        if notches and photo is not None and photo == self._selected_photo():
            self._zoom_photo(photo, PHOTO_ZOOM_STEP ** notches, pos)
        else:
            self._zoom_steps(notches, pos)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        key, photo = event.key(), self._selected_photo()
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                  Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in arrows and photo is not None:
            step = NUDGE * (5 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
            crop = self._crop_now(photo)
            if crop is not None:
                self._queue_crop(photo, shifted_crop(crop, arrows[key][0] * step, arrows[key][1] * step))
                self._commit.start()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and photo and self.doc:
            self.set_adjust_mode(False)
            self.flush_pending()
            self.doc.place_photo(photo[0], photo[1], None)
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self._step_page(1 if key == Qt.Key.Key_PageDown else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and photo is not None:
            self.set_adjust_mode(not self.adjust_mode())
        elif self._typed_into_text_frame(event):
            pass
        elif key == Qt.Key.Key_Escape and self.adjust_mode():
            self.set_adjust_mode(False)
        elif key == Qt.Key.Key_Escape and self.doc and self.doc.selection.frame_key:
            self.doc.selection.select_frame(self.doc.selection.page_id or 0, "")
        else:
            super().keyPressEvent(event)
