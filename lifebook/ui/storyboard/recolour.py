"""Recolour a library picture's skin, hair and clothes, so a child can recognise their family."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lifebook.layout.clipart import clipart_items, clipart_picture, find_clipart
from lifebook.layout.display import PageLayout, Rect
from lifebook.render.qt import QtPagePainter

PALETTES: dict[str, tuple[tuple[str, str], ...]] = {
    "skin": (("Light", "#f6d2b8"), ("Fair", "#eec1a0"), ("Medium", "#d9a06f"), ("Tan", "#c68642"),
             ("Brown", "#a8693f"), ("Deep brown", "#8d5524"), ("Dark", "#6b4127")),
    "hair": (("Blonde", "#e8c15a"), ("Red", "#c0582f"), ("Light brown", "#a0703c"),
             ("Brown", "#7a4a26"), ("Black", "#2f2623"), ("Grey", "#c9c4bf")),
    "clothes": (("Blue", "#7fb3e0"), ("Green", "#8ccf8a"), ("Yellow", "#f5d76e"), ("Pink", "#f2a7bf"),
                ("Purple", "#b89ad8"), ("Orange", "#f4ae6a"), ("Red", "#e8797a"), ("Navy", "#4f6d9a")),
}
PART_NAMES = {"skin": "Skin", "hair": "Hair", "clothes": "Clothes"}
PREVIEW = 220


def recolourable_parts(key: str) -> list[str]:
    """The parts of a picture that can be recoloured, in a fixed order."""
    picture = clipart_picture(key)
    roles = {s.role for s in picture.shapes} if picture else set()
    return [part for part in PALETTES if part in roles]


class RecolourDialog(QDialog):
    """Pick a colour for each part; the picture shows the change at once."""

    def __init__(self, key: str, colours: dict[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        item = find_clipart(key)
        self.key = key
        self.colours: dict[str, str] = dict(colours or {})
        self.setWindowTitle(QCoreApplication.translate("RecolourDialog", "Colours: {value1}").format(value1=item.name if item else key))
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW, PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = QGridLayout()
        self.groups: dict[str, QButtonGroup] = {}
        for row, part in enumerate(recolourable_parts(key)):
            grid.addWidget(QLabel(PART_NAMES[part]), row, 0)
            swatches = QHBoxLayout()
            group = QButtonGroup(self)
            for name, value in PALETTES[part]:
                button = QToolButton()
                button.setCheckable(True)
                button.setChecked(self.colours.get(part) == value)
                button.setToolTip(name)
                button.setAccessibleName(f"{PART_NAMES[part]}: {name}")
                button.setFixedSize(28, 28)
                button.setStyleSheet(f"QToolButton {{ background: {value}; border-radius: 14px; "
                                     "border: 2px solid #FFFFFF; } "
                                     "QToolButton:checked { border: 4px solid #E07A5F; }")
                button.clicked.connect(lambda _c=False, p=part, v=value: self.set_colour(p, v))
                group.addButton(button)
                swatches.addWidget(button)
            swatches.addStretch(1)
            grid.addLayout(swatches, row, 1)
            self.groups[part] = group
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.keep_button = buttons.addButton(QCoreApplication.translate("RecolourDialog", "Use these colours"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.reset_button = buttons.addButton(QCoreApplication.translate("RecolourDialog", "As drawn"), QDialogButtonBox.ButtonRole.ResetRole)
        self.reset_button.clicked.connect(self.reset)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.preview)
        body.addLayout(grid, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self._draw()

    def set_colour(self, part: str, value: str) -> None:
        self.colours[part] = value
        self._draw()

    def reset(self) -> None:
        self.colours = {}
        for group in self.groups.values():
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        self._draw()

    def _draw(self) -> None:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(PREVIEW * ratio), round(PREVIEW * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.white)
        items = clipart_items(self.key, Rect(0, 0, PREVIEW, PREVIEW), colours=self.colours)
        painter = QPainter(pixmap)
        QtPagePainter().paint(painter, PageLayout(0, 1, "", PREVIEW, PREVIEW, 0.0, 0.0, items=items),
                              scale=1.0)
        painter.end()
        self.preview.setPixmap(pixmap)

    @classmethod
    def recolour(cls, parent: QWidget | None, key: str,
                 colours: dict[str, str] | None = None) -> dict[str, str] | None:
        """Show the dialog; the colours chosen ({} for as drawn), or None if cancelled."""
        dialog = cls(key, colours, parent)
        return dialog.colours if dialog.exec() == QDialog.DialogCode.Accepted else None
