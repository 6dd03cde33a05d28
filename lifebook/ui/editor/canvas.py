"""PageCanvas: the editor's view of the selected page, or of its two-page spread.

It paints ``BookDocument.layout(page_id)`` with QtPagePainter: the very display
list the PDF prints. Every change goes through the document (undoable); the
canvas only keeps a live preview of a photo being moved in its frame.

The widget handles events and delegates to helpers it owns, each with its own
state: PageViewport (viewport.py: zoom, where pages sit, hit-testing; no
widget), PhotoAdjuster (canvas_crop.py: moving a photo in its frame),
CanvasDrops (canvas_drops.py: drag and drop), FrameMarks (canvas_marks.py:
outlines and tags over the page) and FrameTextEditor (canvas_text.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QPointF,
    QRectF,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
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
from lifebook.ui.editor.canvas_crop import NUDGE, PHOTO_ZOOM_STEP, PhotoAdjuster
from lifebook.ui.editor.canvas_drops import CanvasDrops
from lifebook.ui.editor.canvas_marks import FrameMarks
from lifebook.ui.editor.canvas_text import FrameTextEditor
from lifebook.ui.editor.canvas_types import PHOTO_KINDS, Where
from lifebook.ui.editor.document import BookDocument
from lifebook.ui.editor.screen_images import ScreenImages
from lifebook.ui.editor.text_editing import TypingSession
from lifebook.ui.editor.viewport import (
    PageSlot,
    PageViewport,
    sides_for,
    stepped_index,
    stepped_zoom,
)
from lifebook.ui.jobs import Job, Runner, ThreadJobRunner

BACKDROP = QColor("#E9E3DA")
HINT_PHOTO = ("Drag the photo onto another frame to swap them. Double-click it (or hold Alt "
              "and drag) to move it inside its frame; Ctrl + wheel zooms it.")
HINT_ADJUST = ("Moving the photo in its frame: drag it, or use the arrow keys; Ctrl + wheel "
               "zooms it. Press Enter or Esc when you are done.")


class PageCanvas(QAbstractScrollArea):
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
        self.view = PageViewport(self._layout_of)
        self.photos = PhotoAdjuster(self)
        self.drops = CanvasDrops(self)
        self.marks = FrameMarks(self.frame_rect)
        self._last_zoom = -1.0
        self._guides = Guides()
        self._hover: Where | None = None
        self._press: tuple[QPointF, Where] | None = None  # may become a drag of the photo
        self._wheel_rest = 0
        self._shown: list[int] = []
        self.text_editor: FrameTextEditor | None = None  # typing on the page (enable_typing)
        self.overlays: list[Callable[[QPainter, list[int]], None]] = []  # e.g. comment pins
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

    @property
    def job(self) -> Job | None:
        """A running import of files dropped on a frame."""
        return self.drops.job

    # --- the document -----------------------------------------------------------------

    def set_document(self, doc: BookDocument | None) -> None:
        if self.doc is not None:
            if self.text_editor is not None:
                self.text_editor.close()
            self.flush_pending()
            for signal, slot in self._doc_signals(self.doc):
                signal.disconnect(slot)
        self.doc = doc
        self._hover = None
        self.photos.reset()
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

    def _layout_of(self, page_id: int) -> PageLayout | None:
        return self.doc.layout(page_id) if self.doc is not None else None

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
        if self.photos.adjusting and self.photos.adjusting != (page_id, key):
            self.set_adjust_mode(False)
        if self.text_editor is not None and self.text_editor.where not in (None, (page_id, key)):
            self.text_editor.close()
        item = self.image_item((page_id, key))
        if item is not None:  # the whole photo, so moving it in its frame shows at once
            s = self._device_scale()
            self.images.prefetch_whole(item, round(item.rect.w * s), round(item.rect.h * s))
            self.status_message.emit(HINT_PHOTO)
        self.viewport().update()

    # --- what is shown, and where (asked of the viewport) --------------------------------------

    def _current_index(self) -> int:
        if self.doc is None:
            return 0
        return max(0, self.doc.index_of(self.doc.selection.page_id or -1))

    def _synced(self) -> PageViewport:
        """The viewport geometry, told what the widget knows now."""
        view, vp = self.view, self.viewport()
        view.unit = self.logicalDpiX() / 72.0
        view.width, view.height = vp.width(), vp.height()
        view.scroll_x = self.horizontalScrollBar().value()
        view.scroll_y = self.verticalScrollBar().value()
        pages = [p.page_id for p in self.doc.pages] if self.doc is not None else []
        view.sides = sides_for(pages, self._current_index(), view.spread)
        return view

    def shown_pages(self) -> list[int]:
        return self._synced().shown_pages()

    def slots(self) -> list[PageSlot]:
        return self._synced().slots()

    def view_point(self, page_id: int, x: float, y: float) -> QPointF:
        """Viewport position of the point (x, y), in points, of a shown page."""
        return self._synced().view_point(page_id, x, y)

    def frame_rect(self, page_id: int, key: str) -> QRectF:
        """A frame's rectangle in viewport coordinates."""
        return self._synced().frame_rect(page_id, key)

    def page_at(self, pos: QPointF) -> tuple[PageSlot, float, float] | None:
        """The shown page under ``pos``, with the point in its points."""
        return self._synced().page_at(pos)

    def frame_at(self, pos: QPointF) -> tuple[int, FrameBox] | None:
        """The topmost frame under ``pos`` (the last one in paint order)."""
        return self._synced().frame_at(pos)

    def _relayout(self, *_args: object) -> None:
        x_range, y_range = self._synced().scroll_ranges()
        vp = self.viewport()
        for bar, extra, page in ((self.horizontalScrollBar(), x_range, vp.width()),
                                 (self.verticalScrollBar(), y_range, vp.height())):
            bar.setRange(0, extra)
            bar.setPageStep(page)
            bar.setSingleStep(40)
        percent = self.zoom_percent()
        if abs(percent - self._last_zoom) > 0.01:
            self._last_zoom = percent
            self.zoom_changed.emit(percent)
        if self.text_editor is not None:
            self.text_editor.place()
        self.viewport().update()

    def image_item(self, where: Where | None) -> ImageItem | None:
        """The photo placed in the frame ``where``, as laid out."""
        layout = self.doc.layout(where[0]) if self.doc and where and where[1] else None
        if layout is None or where is None:
            return None
        return next((i for i in layout.items
                     if isinstance(i, ImageItem) and i.frame_key == where[1]), None)

    def _photo_frame(self, hit: tuple[int, FrameBox] | None) -> Where | None:
        """(page id, key) if ``hit`` is a photo or drawing frame with a photo in it."""
        if hit is None or hit[1].kind not in PHOTO_KINDS:
            return None
        return (hit[0], hit[1].key) if self.image_item((hit[0], hit[1].key)) else None

    def _selected_photo(self) -> Where | None:
        sel = self.doc.selection if self.doc else None
        where = (sel.page_id, sel.frame_key) if sel and sel.page_id and sel.frame_key else None
        return where if self.image_item(where) else None

    # --- zoom and view options ------------------------------------------------------------

    def scale(self) -> float:
        """Logical pixels per point, as shown now."""
        return self._synced().scale()

    def _device_scale(self) -> float:
        return self.scale() * self.viewport().devicePixelRatioF()

    def zoom_percent(self) -> float:
        return self._synced().zoom_percent()

    def is_fit(self) -> bool:
        return self.view.fit

    def zoom_fit(self) -> None:
        self.view.fit = True
        self._relayout()

    def zoom_actual(self) -> None:
        """100%: the page at its physical size."""
        self.set_zoom_percent(100.0)

    def zoom_in(self) -> None:
        self._zoom_steps(1)

    def zoom_out(self) -> None:
        self._zoom_steps(-1)

    def _zoom_steps(self, steps: int, anchor: QPointF | None = None) -> None:
        percent = stepped_zoom(self.zoom_percent(), steps)
        if percent is not None:
            self.set_zoom_percent(percent, anchor)

    def set_zoom_percent(self, percent: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``percent``, keeping the point under ``anchor`` (default: the centre) still."""
        vp = self.viewport()
        anchor = anchor or QPointF(vp.width() / 2, vp.height() / 2)
        point = self._synced().content_point(anchor)  # in points
        self.view.set_zoom(percent)
        self._relayout()
        x, y = self._synced().scroll_keeping(point, anchor)
        self.horizontalScrollBar().setValue(x)
        self.verticalScrollBar().setValue(y)

    def spread_mode(self) -> bool:
        return self.view.spread

    def set_spread_mode(self, on: bool) -> None:
        if on != self.view.spread:
            self.view.spread = on
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
        index = stepped_index(self._current_index(), direction, self.view.spread)
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
            self.painter.paint(p, self.photos.previewed(slot.layout), scale=s * dpr,
                               include_bleed=self._guides.bleed, editor=True, guides=self._guides)
            p.restore()
            if self._guides.bleed:  # veil what the printer cuts off
                veil = QPainterPath()
                veil.addRect(slot.clip)
                veil.addRect(trim)  # odd-even fill: the ring between them
                p.fillPath(veil, QColor(255, 255, 255, 90))
        shown = self.shown_pages()
        self.marks.paint(p, self.doc, shown, hover=self._hover, adjusting=self.photos.adjusting,
                         drop_target=self.drops.target)
        self.marks.paint_overflow(p, self.doc, shown)
        for overlay in self.overlays:  # editor-only marks, never printed
            overlay(p, shown)
        p.end()

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
        item = self.image_item(photo)
        if photo is None or item is None:
            return
        if event.modifiers() & Qt.KeyboardModifier.AltModifier or self.photos.adjusting == photo:
            self.photos.start_drag(photo, pos, item)
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        else:
            self._press = (pos, photo)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        pos = event.position()
        if self.photos.drag_to(pos):  # the photo follows the mouse
            return
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            start, photo = self._press
            if (pos - start).manhattanLength() >= QApplication.startDragDistance():
                self._press = None
                self.drops.start_frame_drag(photo)
        else:
            self._hover_at(pos)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # Qt override
        self._press = None
        self.photos.end_drag()  # one drag, one undo step
        self._hover_at(event.position())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # Qt override
        hit = self.frame_at(event.position())
        photo = self._photo_frame(hit)
        if photo is not None and self.doc is not None:
            self.doc.selection.select_frame(*photo)
            self.set_adjust_mode(self.photos.adjusting != photo)
        elif hit is not None and hit[1].kind not in PHOTO_KINDS and not self.edit_text(hit[0], hit[1].key):
            self.text_edit_requested.emit(hit[0], hit[1].key)

    def leaveEvent(self, event: object) -> None:  # Qt override
        self._hover = None
        self.viewport().update()

    def _hover_at(self, pos: QPointF) -> None:
        hit = self.frame_at(pos)
        photo = self._photo_frame(hit)
        adjusting = self.photos.adjusting
        cursor = (Qt.CursorShape.ArrowCursor if photo is None else Qt.CursorShape.OpenHandCursor
                  if photo == adjusting else Qt.CursorShape.PointingHandCursor)
        self.viewport().setCursor(cursor)
        where = (hit[0], hit[1].key) if hit else None
        if where != self._hover:
            self._hover = where
            self.viewport().setToolTip(HINT_PHOTO if photo and photo != adjusting else "")
            self.viewport().update()

    # --- moving a photo in its frame (PhotoAdjuster) ------------------------------------------

    def set_adjust_mode(self, on: bool) -> None:
        """Enter or leave "move the photo in its frame" for the selected photo."""
        target = self._selected_photo() if on else None
        if target != self.photos.adjusting:
            self.flush_pending()
            self.photos.adjusting = target
            self.adjust_mode_changed.emit(target is not None)
            self.status_message.emit(HINT_ADJUST if target else "")
            self.viewport().update()

    def adjust_mode(self) -> bool:
        return self.photos.adjusting is not None

    def flush_pending(self, merge: bool = True) -> None:
        """Save the photo move or zoom being previewed (merging with the last one if ``merge``)."""
        self.photos.flush(merge)

    # --- drag and drop (CanvasDrops) -----------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt override
        self.drops.drag_enter(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # Qt override
        self.drops.drag_move(event)

    def dragLeaveEvent(self, event: object) -> None:  # Qt override
        self.drops.drag_leave()

    def dropEvent(self, event: QDropEvent) -> None:  # Qt override
        self.drops.drop(event)

    def import_into_frame(self, where: Where, files: list[Path]) -> None:
        """Import files into the child's photos (a background job), then place the first."""
        self.drops.import_into_frame(where, files)

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
            self.photos.zoom(photo, PHOTO_ZOOM_STEP ** notches, pos)
        else:
            self._zoom_steps(notches, pos)

    def focusNextPrevChild(self, next: bool) -> bool:  # Qt override: Tab walks the page's frames
        """Tab and Shift+Tab choose the page's frames in turn, then leave the page."""
        sel = self.doc.selection if self.doc else None
        layout = self._layout_of(sel.page_id) if sel and sel.page_id else None
        if sel is None or layout is None or not layout.frames or self.text_editor_open():
            return super().focusNextPrevChild(next)
        keys = [box.key for box in layout.frames]
        at = keys.index(sel.frame_key) if sel.frame_key in keys else (-1 if next else len(keys))
        step = at + (1 if next else -1)
        if not 0 <= step < len(keys):
            sel.select_frame(sel.page_id or 0, "")  # out of the page, to the next control
            return super().focusNextPrevChild(next)
        sel.select_frame(sel.page_id or 0, keys[step])
        return True

    def text_editor_open(self) -> bool:
        return self.text_editor is not None and self.text_editor.is_open

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        key, photo = event.key(), self._selected_photo()
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                  Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        direction = arrows.get(Qt.Key(key))
        if direction is not None and photo is not None:
            step = NUDGE * (5 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
            self.photos.nudge(photo, direction[0] * step, direction[1] * step)
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
