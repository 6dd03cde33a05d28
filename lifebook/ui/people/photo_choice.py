"""Choosing a person's own photo from the child's photos (or none)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lifebook.model.records import PhotoInfo
from lifebook.services import photos as photo_service

PREVIEW = QSize(96, 72)
GRID_ICON = QSize(120, 90)
MEDIA_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def photo_pixmap(library: object, photo: PhotoInfo, size: QSize) -> QPixmap:
    """The photo's cached thumbnail scaled to ``size`` (an empty pixmap if it cannot be read)."""
    try:
        path = photo_service.thumbnail_of(library, photo.sha256, photo.format)  # type: ignore[arg-type]
    except Exception:  # a missing original: an empty tile, never a crash
        return QPixmap()
    pixmap = QPixmap(str(path))
    if pixmap.isNull():
        return pixmap
    return pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)


class PhotoPicker(QDialog):
    """The child's photos in a grid; the chosen one is ``chosen_id``."""

    def __init__(self, library: object, photos: list[PhotoInfo], current: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PhotoPicker", "Choose their photo"))
        self.setMinimumSize(640, 460)
        self.chosen_id: int | None = current
        self.grid = QListWidget()
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setIconSize(GRID_ICON)
        self.grid.setGridSize(QSize(144, 128))
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setWordWrap(True)
        self.grid.setAccessibleName(QCoreApplication.translate("PhotoPicker", "The child's photos"))
        for photo in photos:
            item = QListWidgetItem(QIcon(photo_pixmap(library, photo, GRID_ICON)), photo.label)
            item.setData(MEDIA_ID_ROLE, photo.id)
            item.setToolTip(photo.label)
            self.grid.addItem(item)
            if photo.id == current:
                self.grid.setCurrentItem(item)
        intro = QLabel(QCoreApplication.translate("PhotoPicker", "Choose a photo where they are easy to recognise. It shows in the people "
                       "list and, with their consent, on the family tree page."))
        intro.setWordWrap(True)
        self.ok = QPushButton(QCoreApplication.translate("PhotoPicker", "Use this photo"))
        self.ok.setObjectName("primary")
        self.ok.setDefault(True)
        cancel = QPushButton(QCoreApplication.translate("PhotoPicker", "Cancel"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(self.ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.grid, 1)
        layout.addLayout(row)
        cancel.clicked.connect(self.reject)
        self.ok.clicked.connect(self._accept)
        self.grid.itemDoubleClicked.connect(lambda _item: self._accept())

    def _accept(self) -> None:
        item = self.grid.currentItem()
        if item is None:
            return
        self.chosen_id = int(item.data(MEDIA_ID_ROLE))
        self.accept()


class PhotoChoice(QWidget):
    """A small preview of the chosen photo with Choose… and Remove."""

    def __init__(self, library: object, photos: list[PhotoInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.photos = {p.id: p for p in photos}
        self._media_id: int | None = None
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)  # "No photo" in a longer language wraps inside the square
        self.preview.setStyleSheet("background: #F6F0E8; border-radius: 6px; color: #6B625C;")
        self.preview.setAccessibleName(QCoreApplication.translate("PhotoChoice", "Their photo"))
        self.choose_button = QPushButton(QCoreApplication.translate("PhotoChoice", "Choose…"))
        self.choose_button.setToolTip(QCoreApplication.translate("PhotoChoice", "Pick one of the child's photos"))
        self.choose_button.setEnabled(bool(photos))
        if not photos:
            self.choose_button.setToolTip(QCoreApplication.translate("PhotoChoice", "Import the child's photos first"))
        self.remove_button = QPushButton(QCoreApplication.translate("PhotoChoice", "No photo"))
        self.remove_button.setToolTip(QCoreApplication.translate("PhotoChoice", "Show their initial instead of a photo"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.remove_button)
        layout.addStretch(1)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(lambda: self.set_media_id(None))
        self.set_media_id(None)

    def media_id(self) -> int | None:
        return self._media_id

    def set_media_id(self, media_id: int | None) -> None:
        photo = self.photos.get(media_id) if media_id is not None else None
        self._media_id = photo.id if photo is not None else None
        self.remove_button.setEnabled(photo is not None)
        if photo is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(QCoreApplication.translate("PhotoChoice", "No photo"))
            return
        pixmap = photo_pixmap(self.library, photo, PREVIEW)
        self.preview.setPixmap(pixmap)
        self.preview.setToolTip(photo.label)

    def choose(self) -> None:
        picker = PhotoPicker(self.library, list(self.photos.values()), self._media_id, self)
        if picker.exec() == QDialog.DialogCode.Accepted:
            self.set_media_id(picker.chosen_id)
