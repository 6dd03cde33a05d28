"""Typing on the page: a text box over the frame, at the page's zoom.

Double-click a text frame, press Enter on it, or simply start typing once it
is selected: a RichTextEdit opens over the frame in the book's own font, at
the size the page shows it. It shares the editor's TypingSession with the
side panel, so the page behind re-lays out a moment after typing pauses and
Ctrl+Z undoes one burst of typing at a time. Esc, a click elsewhere or
changing page closes it; the words are already saved.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontDatabase, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QFrame

from lifebook.layout import fonts
from lifebook.layout.display import TextRun
from lifebook.model.richtext import RichText
from lifebook.ui import style
from lifebook.ui.editor.text_editing import RichTextEdit, TypingSession

if TYPE_CHECKING:
    from lifebook.ui.editor.canvas import PageCanvas

TEXT_FRAME_KINDS = ("text", "title", "caption")
DEFAULT_SIZE = 14.0


@cache
def qt_family(face: str) -> str:
    """Register a bundled face with Qt once; the family name Qt knows it by."""
    font_id = QFontDatabase.addApplicationFontFromData(fonts.font_path(face).read_bytes())
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else ""


class FrameTextEditor(QObject):
    """The in-place text box of one canvas."""

    def __init__(self, canvas: PageCanvas, typing: TypingSession) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.typing = typing
        self.where: tuple[int, str] | None = None
        self.box = RichTextEdit(canvas.viewport())
        self.box.setObjectName("onPageText")
        self.box.setAccessibleName(QCoreApplication.translate("FrameTextEditor", "Text on the page"))
        self.box.setFrameShape(QFrame.Shape.NoFrame)
        self.box.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.box.setStyleSheet(
            f"QTextEdit#onPageText {{ background: white; "
            f"border: 2px solid {style.ACCENT}; border-radius: 2px; }}")
        self.box.hide()
        self.box.textChanged.connect(self._changed)
        self.box.focus_left.connect(self.typing.end_burst)
        self.box.format_starting.connect(self.typing.end_burst)
        self.box.formatted.connect(self.typing.end_burst)
        self.box.installEventFilter(self)
        self._loading = False

    @property
    def is_open(self) -> bool:
        return self.where is not None and self.box.isVisible()

    # --- opening and closing ---------------------------------------------------------

    def open(self, page_id: int, key: str, typed: str = "") -> bool:
        """Open the box over the frame; ``typed`` is the key that opened it, added at the end."""
        doc = self.canvas.doc
        if doc is None or self._kind(page_id, key) not in TEXT_FRAME_KINDS:
            return False
        self.typing.end_burst()
        page = doc.page(page_id)
        frame = page.frames.get(key) if page else None
        self.where = (page_id, key)
        self._loading = True
        try:
            self.box.set_rich(frame.rich if frame else RichText())
        finally:
            self._loading = False
        self.place()
        self.box.show()
        self.box.raise_()
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.box.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.box.setTextCursor(cursor)
        if typed:
            self.box.insertPlainText(typed)
        return True

    def close(self) -> None:
        if self.where is None:
            return
        self.typing.end_burst()
        self.where = None
        had_focus = self.box.hasFocus()
        self.box.hide()
        if had_focus:
            self.canvas.setFocus()
        self.canvas.viewport().update()

    def show_stored(self, page_id: int, key: str) -> None:
        """If open on this frame, show its words as stored now (another person's, after a conflict)."""
        if self.where != (page_id, key) or self.canvas.doc is None:
            return
        page = self.canvas.doc.page(page_id)
        frame = page.frames.get(key) if page else None
        self._loading = True
        try:
            self.box.set_rich(frame.rich if frame else RichText())
        finally:
            self._loading = False

    def place(self) -> None:
        """Follow the frame: after zooming, scrolling or a re-layout."""
        if self.where is None:
            return
        if self.where[0] not in self.canvas.shown_pages():
            self.close()
            return
        rect = self.canvas.frame_rect(*self.where)
        self.box.setGeometry(rect.toAlignedRect().adjusted(-4, -4, 4, 4))
        face, size = self._face_and_size(*self.where)
        font = QFont(qt_family(face) or self.box.font().family())
        font.setPointSizeF(max(4.0, size * self.canvas.scale() * 72 / self.box.logicalDpiY()))
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        self.box.document().setDefaultFont(font)
        self.box.document().setDocumentMargin(2)

    # --- helpers ------------------------------------------------------------------------

    def _kind(self, page_id: int, key: str) -> str:
        layout = self.canvas.doc.layout(page_id) if self.canvas.doc else None
        box = next((f for f in layout.frames if f.key == key), None) if layout else None
        return box.kind if box else ""

    def _face_and_size(self, page_id: int, key: str) -> tuple[str, float]:
        layout = self.canvas.doc.layout(page_id) if self.canvas.doc else None
        runs = [i for i in (layout.items if layout else []) if isinstance(i, TextRun)
                and i.frame_key == key]
        if runs:
            face = runs[0].font.split("-")[0]
            return face, runs[0].size
        family = fonts.face_name(fonts.face_names()[0]).split("-")[0]
        return family, DEFAULT_SIZE

    def _changed(self) -> None:
        if self._loading or self.where is None:
            return
        self.typing.changed(*self.where, self.box.rich())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if (watched is self.box and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape):
            self.close()
            return True
        return super().eventFilter(watched, event)
