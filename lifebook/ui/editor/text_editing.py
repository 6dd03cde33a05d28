"""Typing a frame's words: a formatted text box, and the session that saves it.

``RichTextEdit`` shows bold and italic *as* bold and italic (never markup
characters) and reads back exactly the characters typed plus their marks
(lifebook.model.richtext). Its Ctrl+Z / Ctrl+Shift+Z go to the book's undo
stack; Ctrl+B / Ctrl+I format the selection, or the next characters typed.

``TypingSession`` is shared by every text box that edits the open book (the
side panel and the editor over the frame on the page). It:

- writes each change to a crash-recovery journal at once (services.recovery);
- commits the words to the library 300 ms after typing pauses, when the box
  loses focus, before undo, and when the window closes;
- groups typing into undo steps like a word processor: one step per burst,
  where a burst ends when the box loses focus, another frame is chosen,
  formatting is applied, or the typing pauses for more than 2 seconds.
"""

from __future__ import annotations

import contextlib
import time

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from lifebook.layout.bidi import paragraph_level
from lifebook.model.richtext import BOLD, ITALIC, Mark, RichText
from lifebook.services import recovery
from lifebook.ui.editor.document import BookDocument

COMMIT_DELAY_MS = 300
BURST_PAUSE_S = 2.0
_LINE_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n", "\ufffc": None})


def _is_bold(fmt: QTextCharFormat) -> bool:
    return fmt.fontWeight() >= QFont.Weight.DemiBold.value


class RichTextEdit(QTextEdit):
    """A text box over formatted runs: what you see is bold, what is stored is marks."""

    undo_requested = Signal()
    redo_requested = Signal()
    focus_left = Signal()
    format_starting = Signal()  # bold or italic is about to be applied by the user
    formatted = Signal()  # ... and has been

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)  # the book's undo stack undoes typing
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.extra_actions: list[QAction] = []  # added to the right-click menu (a letter's dates)

    # --- reading and writing the formatted text ---------------------------------

    def rich(self) -> RichText:
        parts: list[str] = []
        marks: list[Mark] = []
        offset = 0
        block = self.document().begin()
        first = True
        while block.isValid():
            if not first:
                parts.append("\n")
                offset += 1
            first = False
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.isValid():
                    text = fragment.text().translate(_LINE_BREAKS)
                    fmt = fragment.charFormat()
                    if _is_bold(fmt):
                        marks.append(Mark(offset, offset + len(text), BOLD))
                    if fmt.fontItalic():
                        marks.append(Mark(offset, offset + len(text), ITALIC))
                    parts.append(text)
                    offset += len(text)
                it += 1
            block = block.next()
        return RichText.of("".join(parts), marks)

    def set_rich(self, rich: RichText) -> None:
        """Show ``rich``, keeping the caret where it was as far as possible."""
        position = self.textCursor().position()
        self.blockSignals(True)
        try:
            self.document().clear()
            cursor = QTextCursor(self.document())
            for start, end in rich.lines():
                if start:
                    cursor.insertBlock()
                block = QTextBlockFormat()
                # the same paragraph direction as the page (mostly Arabic script: right to left)
                block.setLayoutDirection(Qt.LayoutDirection.RightToLeft
                                         if paragraph_level(rich.text[start:end]) % 2
                                         else Qt.LayoutDirection.LeftToRight)
                cursor.setBlockFormat(block)
                for run in rich.runs(start, end):
                    fmt = QTextCharFormat()
                    fmt.setFontWeight(QFont.Weight.Bold.value if run.bold else QFont.Weight.Normal.value)
                    fmt.setFontItalic(run.italic)
                    cursor.insertText(run.text, fmt)
            cursor.setPosition(min(position, len(rich.text)))
            cursor.setCharFormat(QTextCharFormat())
            self.setTextCursor(cursor)
        finally:
            self.blockSignals(False)

    # --- formatting ------------------------------------------------------------------

    def toggle(self, style: str) -> None:
        """Bold or italic for the selection, or for what is typed next."""
        self.format_starting.emit()
        cursor = self.textCursor()
        fmt = QTextCharFormat()
        if cursor.hasSelection():
            on = not self._all_selected(style)
        else:
            current = self.currentCharFormat()
            on = not (_is_bold(current) if style == BOLD else current.fontItalic())
        if style == BOLD:
            fmt.setFontWeight(QFont.Weight.Bold.value if on else QFont.Weight.Normal.value)
        else:
            fmt.setFontItalic(on)
        self.mergeCurrentCharFormat(fmt)  # the selection (textChanged follows), or the caret's
        self.formatted.emit()

    def _all_selected(self, style: str) -> bool:
        cursor = self.textCursor()
        rich = self.rich()
        start, end = sorted((cursor.selectionStart(), cursor.selectionEnd()))
        # document positions count block separators as one character, as rich() does
        return all(
            any(m.style == style and m.start <= i < m.end for m in rich.marks)
            for i in range(start, end)
            if i < len(rich.text) and rich.text[i] != "\n"
        )

    # --- keys --------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
            or event.matches(QKeySequence.StandardKey.Bold)
            or event.matches(QKeySequence.StandardKey.Italic)
        ):
            event.accept()  # ours, not a window shortcut's
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.redo_requested.emit()
        elif event.matches(QKeySequence.StandardKey.Bold):
            self.toggle(BOLD)
        elif event.matches(QKeySequence.StandardKey.Italic):
            self.toggle(ITALIC)
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # Qt override
        menu = self.createStandardContextMenu(event.pos())
        if self.extra_actions:
            menu.addSeparator()
            menu.addActions(self.extra_actions)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def insertFromMimeData(self, source: QMimeData) -> None:  # Qt override
        """Paste words only: fonts, colours and pictures from elsewhere are left behind."""
        if source.hasText():
            self.textCursor().insertText(source.text().replace("\r\n", "\n"))

    def focusOutEvent(self, event: QFocusEvent) -> None:  # Qt override
        super().focusOutEvent(event)
        self.focus_left.emit()


class TypingSession(QObject):
    """Saves what is typed into one frame: journal at once, library after a pause."""

    committed = Signal(int, str)  # page id, frame key

    def __init__(self, doc: BookDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._pending: tuple[int, str, RichText] | None = None
        self._burst = 0
        self._last_change = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COMMIT_DELAY_MS)
        self._timer.timeout.connect(self.commit)

    @property
    def pending(self) -> bool:
        return self._pending is not None

    @property
    def pending_page(self) -> int | None:
        """The page whose words are typed but not yet saved."""
        return self._pending[0] if self._pending else None

    def changed(self, page_id: int, key: str, rich: RichText) -> None:
        """A text box now holds ``rich`` for this frame."""
        now = time.monotonic()
        if self._pending and self._pending[:2] != (page_id, key):
            self.end_burst()
        elif now - self._last_change > BURST_PAUSE_S:
            self.commit()
            self._burst += 1
        self._last_change = now
        self._pending = (page_id, key, rich)
        with contextlib.suppress(OSError):  # a safety net; the commit below still happens
            recovery.write_typing_journal(self.doc.library, page_id, key, rich,
                                          self.doc.versions.get(page_id))
        self._timer.start()

    def commit(self) -> None:
        """Write pending words to the library now (one undo step per burst)."""
        self._timer.stop()
        pending, self._pending = self._pending, None
        if pending is None:
            return
        page_id, key, rich = pending
        page = self.doc.page(page_id)
        frame = page.frames.get(key) if page else None
        current = frame.rich if frame else RichText()
        if page is not None and rich != current:
            self.doc.set_text(page_id, key, rich.text, rich.marks, burst=self._burst)
        recovery.clear_typing_journal(self.doc.library)
        self.committed.emit(page_id, key)

    def end_burst(self) -> None:
        """Commit, and make the next typing a new undo step."""
        self.commit()
        self._burst += 1
