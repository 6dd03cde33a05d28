"""The choice, per picture frame, between showing the whole picture and filling the frame.

Two buttons side by side in the properties panel, one of them always
pressed: "Show the whole picture" (letterbox: nothing is cut off) and
"Fill the frame" (the edges are trimmed to the frame's shape). Choosing is
an edit of the book, so it can be undone like any other.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from lifebook.model.content import PictureFit

CHOICES = (
    (PictureFit.FIT, "Show the whole picture",
     "Show all of the picture, as large as fits, with space around it if its shape "
     "is not the frame's. Nothing is cut off."),
    (PictureFit.FILL, "Fill the frame",
     "Fill the whole frame with the picture; its edges are trimmed to the frame's shape."),
)


class PictureFitChoice(QWidget):
    """Fit or fill for the selected picture frame; ``chosen`` is emitted only for a user's click."""

    chosen = Signal(object)  # PictureFit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[PictureFit, QPushButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for fit, label, tip in CHOICES:
            button = QPushButton(label)
            button.setCheckable(True)
            button.setToolTip(tip)
            button.setAccessibleName(label)
            button.clicked.connect(lambda _checked=False, f=fit: self._clicked(f))
            self.group.addButton(button)
            self.buttons[fit] = button
            row.addWidget(button, 1)
        self.setStyleSheet("QPushButton:checked { background: #F8DDD3; border: 2px solid #E07A5F; }")
        # no heading: the panel is short on a laptop screen, and the two buttons say what they do
        self.setAccessibleName(QCoreApplication.translate("PictureFitChoice", "How the picture sits in its frame"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)

    def show_fit(self, fit: PictureFit) -> None:
        """Press the button for ``fit`` (what the frame shows now), without emitting ``chosen``."""
        self.buttons[fit].setChecked(True)

    def current(self) -> PictureFit:
        return next((f for f, b in self.buttons.items() if b.isChecked()), PictureFit.FIT)

    def _clicked(self, fit: PictureFit) -> None:
        self.chosen.emit(fit)
