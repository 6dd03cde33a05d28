"""The sketch pad: drag to draw, erase a line, undo; the drawing goes into the frame, undoably."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from lifebook.model.drawing import Drawing, PenStroke
from lifebook.ui.editor.editor import BookEditor
from lifebook.ui.storyboard import sketch
from lifebook.ui.storyboard.sketch import SketchDialog, SketchPad


def _mouse(pad: SketchPad, kind: QEvent.Type, fx: float, fy: float) -> None:
    paper = pad.paper()
    pos = QPointF(paper.x() + fx * paper.width(), paper.y() + fy * paper.height())
    held = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else Qt.MouseButton.LeftButton
    event = QMouseEvent(kind, pos, pad.mapToGlobal(pos), Qt.MouseButton.LeftButton
                        if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton, held,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(pad, event)


def drag(pad: SketchPad, *points: tuple[float, float]) -> None:
    _mouse(pad, QEvent.Type.MouseButtonPress, *points[0])
    for p in points[1:]:
        _mouse(pad, QEvent.Type.MouseMove, *p)
    _mouse(pad, QEvent.Type.MouseButtonRelease, *points[-1])


@pytest.fixture
def dialog(qtbot) -> SketchDialog:
    widget = SketchDialog(1.5, picture="sun")
    qtbot.addWidget(widget)
    widget.resize(900, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_dragging_draws_a_line_in_the_chosen_colour_and_width(dialog: SketchDialog) -> None:
    pad = dialog.pad
    assert not dialog.undo_button.isEnabled() and not dialog.clear_button.isEnabled()
    red = next(b for b in dialog.colours.buttons() if b.toolTip() == "Red")
    red.click()
    next(b for b in dialog.widths.buttons() if b.text() == "Thick").click()
    drag(pad, (0.1, 0.1), (0.3, 0.2), (0.5, 0.5))
    (line,) = pad.drawing().strokes
    assert line.colour == "#E0524A" and line.width == 0.024
    assert line.points[0] == pytest.approx((0.1, 0.1), abs=0.01)
    assert line.points[-1] == pytest.approx((0.5, 0.5), abs=0.01)
    assert dialog.undo_button.isEnabled()


def test_the_eraser_takes_a_line_and_undo_brings_it_back(dialog: SketchDialog) -> None:
    pad = dialog.pad
    drag(pad, (0.1, 0.8), (0.9, 0.8))
    drag(pad, (0.1, 0.2), (0.9, 0.2))
    assert len(pad.strokes) == 2
    dialog.eraser.click()
    drag(pad, (0.5, 0.2), (0.5, 0.21))
    assert [s.points[0][1] for s in pad.strokes] == [pytest.approx(0.8, abs=0.01)]
    dialog.undo_button.click()
    assert len(pad.strokes) == 2
    dialog.clear_button.click()
    assert pad.strokes == []
    dialog.undo_button.click()
    assert len(pad.strokes) == 2


@pytest.fixture
def editor(wp_editor: BookEditor) -> BookEditor:
    return wp_editor  # tests/ui/conftest.py


def test_draw_puts_the_drawing_in_the_frame_over_its_picture_and_undo_removes_it(
        qtbot, editor: BookEditor, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = editor.doc
    page = doc.pages[3]
    doc.selection.select_frame(page.page_id, "photo1")
    made = Drawing(1.0, (PenStroke("#2e2a28", 0.012, ((0.2, 0.2), (0.8, 0.8))),))
    asked: list[tuple] = []

    def draw(parent, aspect, drawing=None, picture=None):  # type: ignore[no-untyped-def]
        asked.append((round(aspect, 2), drawing, picture))
        return made

    monkeypatch.setattr(sketch.SketchDialog, "draw", staticmethod(draw))
    qtbot.mouseClick(editor.properties.draw_button, Qt.MouseButton.LeftButton)
    ((aspect, before, picture),) = asked
    assert before is None and picture == "house" and aspect > 1  # the frame is wider than tall
    frame = doc.page(page.page_id).frames["photo1"]  # type: ignore[union-attr]
    assert frame.drawing == made and frame.clipart == "house"
    doc.undo_stack.undo()
    assert doc.page(page.page_id).frames["photo1"].drawing is None  # type: ignore[union-attr]
