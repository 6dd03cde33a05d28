"""Choose a picture from the clipart library, searching by what it shows.

Each picture is drawn from the same vector shapes the page and the PDF
use (lifebook.layout.clipart), so what is chosen here is what prints.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lifebook.layout.clipart import clipart_items, clipart_library, find_clipart, search_clipart
from lifebook.layout.display import PageLayout, Rect
from lifebook.render.qt import QtPagePainter

ICON = 96  # logical pixels per picture in the list
KEY_ROLE = Qt.ItemDataRole.UserRole


@cache
def clipart_image(key: str, size: int = ICON, ratio: float = 1.0) -> QImage:
    """A library picture drawn by the page painter, ``size`` logical pixels square."""
    px = max(1, round(size * ratio))
    image = QImage(px, px, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor(0, 0, 0, 0))
    page = PageLayout(0, 1, "", size, size, 0.0, 0.0, background="#00000000",
                      items=clipart_items(key, Rect(0, 0, size, size)))
    painter = QPainter(image)
    QtPagePainter().paint(painter, page, scale=1.0)
    painter.end()
    return image


class ClipartPicker(QDialog):
    """The picture library: type to search ("sad", "house", "police"), double-click to choose."""

    def __init__(self, parent: QWidget | None = None, current: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ClipartPicker", "Choose a picture"))
        self.setModal(True)
        self.resize(720, 560)
        intro = QLabel(QCoreApplication.translate("ClipartPicker", "Simple drawings to explain things to a child. Search by what you need: "
                       "a feeling, a person, a place or a thing."))
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(QCoreApplication.translate("ClipartPicker", "Search pictures, for example: sad, house, police, safe"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(QCoreApplication.translate("ClipartPicker", "Search pictures"))
        self.search.textChanged.connect(self._filter)
        self.pictures = QListWidget()
        self.pictures.setViewMode(QListView.ViewMode.IconMode)
        self.pictures.setMovement(QListView.Movement.Static)
        self.pictures.setResizeMode(QListView.ResizeMode.Adjust)
        self.pictures.setIconSize(QSize(ICON, ICON))
        self.pictures.setGridSize(QSize(ICON + 36, ICON + 40))
        self.pictures.setWordWrap(True)
        self.pictures.setUniformItemSizes(True)
        self.pictures.setAccessibleName(QCoreApplication.translate("ClipartPicker", "Pictures"))
        ratio = self.devicePixelRatioF()
        for item in clipart_library():
            icon = QIcon()
            pixmap = QPixmap.fromImage(clipart_image(item.key, ICON, ratio))
            for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
                icon.addPixmap(pixmap, mode)  # a chosen picture keeps its own colours
            row = QListWidgetItem(icon, item.name)
            row.setData(KEY_ROLE, item.key)
            row.setToolTip(f"{item.name}: {', '.join(item.tags[:8])}")
            self.pictures.addItem(row)
        self.pictures.itemDoubleClicked.connect(lambda _item: self.accept())
        self.pictures.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setObjectName("subheading")
        self.empty.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.use_button = self.buttons.addButton(QCoreApplication.translate("ClipartPicker", "Use this picture"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.use_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.pictures, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        if current and find_clipart(current):
            self.select(current)
        self._update_buttons()
        self.search.setFocus()

    # --- reading ----------------------------------------------------------------

    def visible_keys(self) -> list[str]:
        return [str(row.data(KEY_ROLE)) for row in self._rows() if not row.isHidden()]

    def chosen(self) -> str | None:
        row = self.pictures.currentItem()
        if row is None or row.isHidden():
            return None
        return str(row.data(KEY_ROLE))

    def select(self, key: str) -> None:
        for row in self._rows():
            if row.data(KEY_ROLE) == key:
                self.pictures.setCurrentItem(row)
                self.pictures.scrollToItem(row)

    # --- behaviour ----------------------------------------------------------------

    def _rows(self) -> list[QListWidgetItem]:
        rows = (self.pictures.item(i) for i in range(self.pictures.count()))
        return [row for row in rows if row is not None]

    def _filter(self, text: str) -> None:
        wanted = {c.key for c in search_clipart(text)}
        for row in self._rows():
            row.setHidden(row.data(KEY_ROLE) not in wanted)
        shown = [row for row in self._rows() if not row.isHidden()]
        current = self.pictures.currentItem()
        if shown and (current is None or current.isHidden()):
            self.pictures.setCurrentItem(shown[0])
        self.empty.setText(QCoreApplication.translate("ClipartPicker", "No pictures match “{value1}”. Try another word, such as happy, home, school or car.").format(value1=text.strip()))
        self.empty.setVisible(not shown)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.use_button.setEnabled(self.chosen() is not None)

    def accept(self) -> None:  # Qt override
        if self.chosen() is not None:
            super().accept()

    @classmethod
    def choose(cls, parent: QWidget | None = None, current: str | None = None) -> str | None:
        """Show the picker; the chosen picture's key, or None if cancelled."""
        dialog = cls(parent, current)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
