"""The editor's side panels never squash their controls on a 1366 x 768 screen.

With a photo chosen, the photo tools (Rotate, Centre, Choose a picture, fit or fill)
and the comment box used to be pressed to a few pixels high; each panel now scrolls
instead, so every control keeps the height it needs to be read and clicked.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QPlainTextEdit, QTextEdit, QWidget


def _squashed(panel: QWidget) -> list[str]:
    found = []
    for widget in panel.findChildren(QWidget):
        if not isinstance(widget, (QAbstractButton, QPlainTextEdit, QTextEdit)) or not widget.isVisibleTo(panel):
            continue
        need = min(widget.minimumSizeHint().height(), widget.maximumHeight())  # a box made short on purpose
        if widget.height() < need:
            found.append(f"{type(widget).__name__} {widget.text() if isinstance(widget, QAbstractButton) else ''!r}"
                         f": {widget.height()} px high, needs {need}")
    return found


def test_with_a_photo_chosen_no_control_beside_the_page_is_squashed(qtbot, active_editor) -> None:  # type: ignore[no-untyped-def]
    editor = active_editor
    page = next(p for p in editor.doc.pages
                if any(f.media is not None for f in p.frames.values()) and "heading" in p.frames)
    key = next(k for k, f in page.frames.items() if f.media is not None)
    editor.doc.selection.select_page(page.page_id)
    editor.doc.selection.select_frame(page.page_id, key)
    qtbot.waitUntil(lambda: editor.properties.rotate_button.isVisible())
    assert editor.properties.rotate_button.isEnabled()
    qtbot.wait(100)  # the layouts settle
    assert _squashed(editor.properties) == []
    assert _squashed(editor.comments) == []
