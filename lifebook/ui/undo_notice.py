"""A visible "Page deleted — Undo" notice, so an undoable deletion is never silent."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from lifebook.ui import style

SHOWN_MS = 12000


class UndoNotice(QFrame):
    """A slim bar with a message and an Undo button; hides itself after a while."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoNotice")
        self.setStyleSheet(
            f"QFrame#undoNotice {{ background: {style.INK}; border-radius: 8px; }}"
            "QFrame#undoNotice QLabel { color: white; font-weight: 600; }"
            f"QFrame#undoNotice QPushButton {{ color: {style.INK}; background: #FDF0C4; "
            "border: none; padding: 4px 14px; }")
        self.message = QLabel()
        self.message.setWordWrap(True)  # a long notice (or a longer language) wraps, never clips
        self.message.setAccessibleName(QCoreApplication.translate("UndoNotice", "Notice"))
        self.undo_button = QPushButton(QCoreApplication.translate("UndoNotice", "Undo"))
        self.undo_button.clicked.connect(self._undo)
        close = QPushButton("✕")
        close.setAccessibleName(QCoreApplication.translate("UndoNotice", "Close notice"))
        close.setToolTip(QCoreApplication.translate("UndoNotice", "Close this notice"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 6, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(close)
        self._action: Callable[[], None] | None = None
        self._timer = QTimer(self, singleShot=True, interval=SHOWN_MS)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_notice(self, text: str, undo: Callable[[], None] | None, *, button: str = "",
                    lasting: bool = False) -> None:
        """Show ``text``; ``button`` names what ``undo`` does; a ``lasting`` notice stays until closed."""
        self.message.setText(text)
        self._action = undo
        self.undo_button.setText(button or QCoreApplication.translate("UndoNotice", "Undo"))
        self.undo_button.setToolTip("")
        self.undo_button.setVisible(undo is not None)
        self.show()
        self.raise_()
        if lasting:
            self._timer.stop()
        else:
            self._timer.start()

    def _undo(self) -> None:
        action, self._action = self._action, None
        self.hide()
        if action is not None:
            action()

    def keyPressEvent(self, event) -> None:  # Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
        else:
            super().keyPressEvent(event)
