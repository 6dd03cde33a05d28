"""A panel that scrolls up and down on a short screen rather than squashing what it holds.

On a 1366 x 768 laptop (and with a larger system font, or a longer language) side
panels run out of height; Qt's layouts then press buttons and wrapped labels to a few
pixels. Inside one of these, everything keeps the height it needs and the panel scrolls.
Only the height scrolls: the panel is as wide as its place gives it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def vertical_scroller(panel: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click on a panel never takes the focus from the text
    area.setWidget(panel)
    return area
