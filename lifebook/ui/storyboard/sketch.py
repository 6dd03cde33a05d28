"""A sketch pad for a picture frame: draw with a mouse, a pen or a finger.

Strokes are kept as points (fractions of the frame's box), so they are
stored and printed as vector lines, never as a bitmap. The frame's picture
from the library, if it has one, is shown underneath so a drawing can add
to it (a child's own touches, a speech bubble's words).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lifebook.layout.clipart import clipart_items
from lifebook.layout.display import PageLayout, Rect
from lifebook.layout.drawing import drawing_items
from lifebook.model.drawing import Drawing, PenStroke
from lifebook.render.qt import QtPagePainter
from lifebook.ui.review.drawing_pad import CRAYONS

WIDTHS = (("Thin", 0.006), ("Medium", 0.012), ("Thick", 0.024))  # fractions of the box's width
ERASE_REACH = 0.02  # the eraser takes lines within this much of the box's width


class SketchPad(QWidget):
    """The frame's box on paper; every drag of the pen is one line."""

    changed = Signal()

    def __init__(self, aspect: float, drawing: Drawing | None = None, picture: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.aspect = drawing.aspect if drawing else aspect
        self.strokes: list[PenStroke] = list(drawing.strokes) if drawing else []
        self.picture = picture
        self.colour = CRAYONS[0][1]
        self.width_fraction = WIDTHS[1][1]
        self.erasing = False
        self._history: list[list[PenStroke]] = []
        self._current: list[tuple[float, float]] | None = None
        self.setMinimumSize(420, 300)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(QCoreApplication.translate("SketchPad", "Sketch pad"))
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(760, 520)

    def paper(self) -> QRectF:
        w, h = float(self.width() - 16), float(self.height() - 16)
        if w / self.aspect > h:
            w = h * self.aspect
        else:
            h = w / self.aspect
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def drawing(self) -> Drawing:
        return Drawing(self.aspect, tuple(self.strokes))

    # --- editing ------------------------------------------------------------------

    def can_undo(self) -> bool:
        return bool(self._history)

    def undo(self) -> None:
        if self._history:
            self.strokes = self._history.pop()
            self._changed()

    def clear(self) -> None:
        if self.strokes:
            self._history.append(list(self.strokes))
            self.strokes = []
            self._changed()

    def _changed(self) -> None:
        self.update()
        self.changed.emit()

    def _at(self, pos: QPointF) -> tuple[float, float]:
        p = self.paper()
        return (min(1.0, max(0.0, (pos.x() - p.x()) / p.width())),
                min(1.0, max(0.0, (pos.y() - p.y()) / p.height())))

    def _erase_at(self, point: tuple[float, float]) -> None:
        kept = [s for s in self.strokes
                if _distance(point, s.points, self.aspect) > ERASE_REACH + s.width / 2]
        if len(kept) != len(self.strokes):
            self.strokes = kept
            self._changed()

    # --- Qt overrides ---------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._history.append(list(self.strokes))
        point = self._at(event.position())
        if self.erasing:
            self._current = None
            self._erase_at(point)
        else:
            self._current = [point]
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not event.buttons() & Qt.MouseButton.LeftButton:
            return
        point = self._at(event.position())
        if self.erasing:
            self._erase_at(point)
        elif self._current is not None:
            self._current.append(point)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self._current is not None:
            self.strokes.append(PenStroke(self.colour, self.width_fraction, tuple(self._current)))
            self._current = None
            self._changed()
        elif self._history and self._history[-1] == self.strokes:
            self._history.pop()  # the eraser touched nothing: nothing to undo

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), QColor("#E9E2D8"))
        paper = self.paper()
        painter.fillRect(paper, QColor("#FFFFFF"))
        box = Rect(0, 0, paper.width(), paper.height())
        items = clipart_items(self.picture, box) if self.picture else []
        strokes = list(self.strokes)
        if self._current:
            strokes.append(PenStroke(self.colour, self.width_fraction, tuple(self._current)))
        items += drawing_items(Drawing(self.aspect, tuple(strokes)), box)
        painter.translate(paper.topLeft())
        page = PageLayout(0, 1, "", box.w, box.h, 0.0, 0.0, items=list(items), background="#FFFFFF")
        QtPagePainter().paint(painter, page, scale=1.0)
        painter.end()


def _distance(point: tuple[float, float], line: tuple[tuple[float, float], ...], aspect: float) -> float:
    """How far ``point`` is from a pen line, in widths of the box (y scaled by its shape)."""
    px, py = point[0], point[1] / aspect
    pts = [(x, y / aspect) for x, y in line]
    best = float("inf")
    for (ax, ay), (bx, by) in zip(pts, pts[1:] or pts, strict=False):
        dx, dy = bx - ax, by - ay
        length = dx * dx + dy * dy
        t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
        best = min(best, ((ax + t * dx - px) ** 2 + (ay + t * dy - py) ** 2) ** 0.5)
    return best


class SketchDialog(QDialog):
    """Draw in a picture frame: pen colours and widths, an eraser, undo and start again."""

    def __init__(self, aspect: float, drawing: Drawing | None = None, picture: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("SketchDialog", "Draw in this frame"))
        self.setStyleSheet("QPushButton:checked { background: #F8DDD3; border: 2px solid #E07A5F; }")
        self.pad = SketchPad(aspect, drawing, picture, self)
        self.pad.changed.connect(self._update_buttons)
        tools = QHBoxLayout()
        self.colours = QButtonGroup(self)
        for n, (name, value) in enumerate(CRAYONS):
            button = QToolButton()
            button.setCheckable(True)
            button.setChecked(n == 0)
            button.setToolTip(name)
            button.setAccessibleName(f"{name} pen")
            button.setFixedSize(30, 30)
            button.setStyleSheet(f"QToolButton {{ background: {value}; border-radius: 15px; "
                                 "border: 2px solid #FFFFFF; } QToolButton:checked { border: 4px solid #E07A5F; }")
            button.clicked.connect(lambda _c=False, v=value: self._pen(v))
            self.colours.addButton(button)
            tools.addWidget(button)
        tools.addSpacing(12)
        self.widths = QButtonGroup(self)
        for n, (label, fraction) in enumerate(WIDTHS):
            width_button = QPushButton(label)
            width_button.setCheckable(True)
            width_button.setChecked(n == 1)
            width_button.clicked.connect(lambda _c=False, v=fraction: self._width(v))
            self.widths.addButton(width_button)
            tools.addWidget(width_button)
        tools.addSpacing(12)
        self.eraser = QPushButton(QCoreApplication.translate("SketchDialog", "Eraser"))
        self.eraser.setCheckable(True)
        self.eraser.setToolTip(QCoreApplication.translate("SketchDialog", "Take away a line by touching it"))
        self.eraser.toggled.connect(self._erase)
        self.undo_button = QPushButton(QCoreApplication.translate("SketchDialog", "Undo"))
        self.undo_button.setShortcut("Ctrl+Z")
        self.undo_button.clicked.connect(self.pad.undo)
        self.clear_button = QPushButton(QCoreApplication.translate("SketchDialog", "Start again"))
        self.clear_button.setToolTip(QCoreApplication.translate("SketchDialog", "Take away every line (Undo brings them back)"))
        self.clear_button.clicked.connect(self.pad.clear)
        for tool in (self.eraser, self.undo_button, self.clear_button):
            tools.addWidget(tool)
        tools.addStretch(1)
        hint = QLabel(QCoreApplication.translate("SketchDialog", "Draw with the mouse, a pen or a finger. The lines print sharp at any size."))
        hint.setObjectName("subheading")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.keep_button = buttons.addButton(QCoreApplication.translate("SketchDialog", "Keep drawing"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.pad, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self._update_buttons()

    def _pen(self, colour: str) -> None:
        self.pad.colour = colour
        self.eraser.setChecked(False)

    def _width(self, width: float) -> None:
        self.pad.width_fraction = width
        self.eraser.setChecked(False)

    def _erase(self, on: bool) -> None:
        self.pad.erasing = on
        self.pad.setCursor(Qt.CursorShape.PointingHandCursor if on else Qt.CursorShape.CrossCursor)

    def _update_buttons(self) -> None:
        self.undo_button.setEnabled(self.pad.can_undo())
        self.clear_button.setEnabled(bool(self.pad.strokes))

    @classmethod
    def draw(cls, parent: QWidget | None, aspect: float, drawing: Drawing | None = None,
             picture: str | None = None) -> Drawing | None:
        """Show the pad; the drawing to keep, or None if cancelled."""
        dialog = cls(aspect, drawing, picture, parent)
        return dialog.pad.drawing() if dialog.exec() == QDialog.DialogCode.Accepted else None
