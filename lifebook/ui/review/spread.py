"""The book as spreads for reading with a child: two pages side by side, the cover alone.

Pages are painted by QtPagePainter from the same layouts the PDF prints
(without the editor's placeholders, guides or DRAFT mark). The reader turns
pages with the big buttons (the window's), the arrow keys, a swipe on a
touch screen (QSwipeGesture) or by dragging the page sideways with the mouse.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QGestureEvent, QSizePolicy, QSwipeGesture, QWidget

from lifebook.layout.display import PageLayout
from lifebook.render.qt import ImageSource, QtPagePainter
from lifebook.ui.editor.viewport import sides_for, stepped_index

BACKGROUND = QColor("#FBF3E8")  # the reading view's paper colour (review/style.py)
MARGIN = 28  # pixels around the open book
DRAG_TO_TURN = 80  # pixels of sideways drag that turn a page


class SpreadView(QWidget):
    """Shows one spread of ``layouts``; ``turn(+1)`` and ``turn(-1)`` move through the book."""

    turned = Signal(int)  # the index of a page now shown

    def __init__(self, layouts: list[PageLayout], images: ImageSource | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layouts = layouts
        self.painter = QtPagePainter(images)
        self.index = 0
        self._drag_from: QPointF | None = None
        self._drag_dx = 0.0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(QCoreApplication.translate("SpreadView", "The book"))
        self.grabGesture(Qt.GestureType.SwipeGesture)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)

    # --- where we are -------------------------------------------------------------

    def shown(self) -> list[int]:
        """Indexes of the pages shown, left to right (the cover and a lone last page alone)."""
        sides = sides_for(list(range(len(self.layouts))), self.index, True)
        return [i for i in sides if i is not None]

    def shown_layouts(self) -> list[PageLayout]:
        return [self.layouts[i] for i in self.shown()]

    def can_turn(self, direction: int) -> bool:
        target = stepped_index(self.index, direction, True)
        return 0 <= target < len(self.layouts) and target != self.index

    def turn(self, direction: int) -> bool:
        """One spread on (1) or back (-1); False at either end of the book."""
        if not self.can_turn(direction):
            return False
        self.index = stepped_index(self.index, direction, True)
        self.update()
        self.turned.emit(self.index)
        return True

    def go_to(self, index: int) -> None:
        self.index = min(max(0, index), max(0, len(self.layouts) - 1))
        self.update()
        self.turned.emit(self.index)

    # --- painting -------------------------------------------------------------------

    def page_rects(self) -> list[QRectF]:
        """Where each shown page sits in the widget."""
        pages = self.shown_layouts()
        if not pages:
            return []
        width = sum(p.width for p in pages)
        height = max(p.height for p in pages)
        room_w, room_h = self.width() - 2 * MARGIN, self.height() - 2 * MARGIN
        scale = max(0.01, min(room_w / width, room_h / height))
        x = (self.width() - width * scale) / 2 + self._drag_dx * 0.25
        y = (self.height() - height * scale) / 2
        rects = []
        for page in pages:
            rects.append(QRectF(x, y, page.width * scale, page.height * scale))
            x += page.width * scale
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        p = QPainter(self)
        p.fillRect(self.rect(), BACKGROUND)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rects = self.page_rects()
        dpr = self.devicePixelRatioF()
        if rects:  # a soft shadow under the open book
            book = rects[0].united(rects[-1])
            for spread, alpha in ((14, 10), (8, 16), (3, 26)):
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(90, 60, 30, alpha))
                p.drawRoundedRect(book.adjusted(-spread / 2, 0, spread / 2, spread), 10, 10)
        for page, rect in zip(self.shown_layouts(), rects, strict=True):
            p.save()
            p.setClipRect(rect)
            p.translate(rect.topLeft())
            p.scale(1 / dpr, 1 / dpr)
            self.painter.paint(p, page, scale=rect.width() / page.width * dpr, include_bleed=False)
            p.restore()
        if len(rects) == 2:  # the fold between facing pages
            fold = QLinearGradient(rects[1].x() - 18, 0, rects[1].x() + 18, 0)
            fold.setColorAt(0, QColor(0, 0, 0, 0))
            fold.setColorAt(0.5, QColor(60, 40, 20, 40))
            fold.setColorAt(1, QColor(0, 0, 0, 0))
            p.fillRect(QRectF(rects[1].x() - 18, rects[1].y(), 36, rects[1].height()), fold)
        p.end()

    # --- turning by key, swipe and drag ------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        forward = (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down)
        back = (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up)
        if event.key() in forward:
            self.turn(1)
        elif event.key() in back:
            self.turn(-1)
        elif event.key() == Qt.Key.Key_Home:
            self.go_to(0)
        elif event.key() == Qt.Key.Key_End:
            self.go_to(len(self.layouts) - 1)
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            swipe = event.gesture(Qt.GestureType.SwipeGesture)
            if isinstance(swipe, QSwipeGesture) and swipe.state() == Qt.GestureState.GestureFinished:
                self.swiped(swipe.horizontalDirection())
                event.accept(swipe)
            return True
        return super().event(event)

    def swiped(self, direction: QSwipeGesture.SwipeDirection) -> None:
        """A swipe to the left turns on, as a paper page does; to the right goes back."""
        if direction == QSwipeGesture.SwipeDirection.Left:
            self.turn(1)
        elif direction == QSwipeGesture.SwipeDirection.Right:
            self.turn(-1)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        self.setFocus()
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = event.position()
            self._drag_dx = 0.0

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        if self._drag_from is not None:
            self._drag_dx = event.position().x() - self._drag_from.x()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # Qt override
        if self._drag_from is None:
            return
        dx = event.position().x() - self._drag_from.x()
        self._drag_from, self._drag_dx = None, 0.0
        if dx <= -DRAG_TO_TURN:
            self.turn(1)
        elif dx >= DRAG_TO_TURN:
            self.turn(-1)
        self.update()
