"""What a person can do with photos in any photo list: details, agree, withdraw, delete.

``PhotoActions`` gives a list view (the editor's photo strip, the photos on
a child's page) a right-click menu, double-click for details and the Delete
key, all through ``services.photos``. It says what changed with signals, so
the owner refreshes what it shows. ``PhotoFeed`` carries each photo from an
import job to the window as soon as it is in the library.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QIcon,
    QKeyEvent,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lifebook.model.records import PhotoInfo
from lifebook.services import photos as photo_service
from lifebook.services.errors import ServiceError
from lifebook.store.db import Library
from lifebook.ui.photo_dialog import PhotoDetailsDialog


def _photos(n: int) -> str:
    """'this photo' or 'these 3 photos', to go inside a translated sentence."""
    return (QCoreApplication.translate("PhotoActions", "this photo") if n == 1 else
            QCoreApplication.translate("PhotoActions", "these {n} photos").format(n=n))


def import_summary(report: photo_service.ImportReport) -> str:
    """What an import did, in whole sentences for the status bar ("Imported 4 photos. 1 could not…")."""
    def counted(one: str, many: str, n: int) -> str:  # both already translated
        return one if n == 1 else many.format(n=n)

    done = len(report.imported)
    sentences = [QCoreApplication.translate("PhotoActions", "No photos were imported.") if done == 0 else
                 counted(QCoreApplication.translate("PhotoActions", "Imported 1 photo."),
                    QCoreApplication.translate("PhotoActions", "Imported {n} photos."), done)]
    if report.duplicates:
        sentences.append(counted(QCoreApplication.translate("PhotoActions", "1 was already in the library."),
                            QCoreApplication.translate("PhotoActions", "{n} were already in the library."),
                            len(report.duplicates)))
    if report.rejected:
        sentences.append(counted(QCoreApplication.translate("PhotoActions", "1 could not be imported (see the list)."),
                            QCoreApplication.translate("PhotoActions", "{n} could not be imported (see the list)."),
                            len(report.rejected)))
    if report.cancelled:
        sentences.append(QCoreApplication.translate(
            "PhotoActions", "Stopped when you pressed Cancel; the photos already imported are kept."))
    return " ".join(sentences)


def confirm_and_delete(parent: QWidget, library: Library, media_id: int) -> bool:
    """Ask first, then delete; a photo still in a book is refused with where it is."""
    places = photo_service.photo_placements(library, media_id)
    if places:
        QMessageBox.information(
            parent, QCoreApplication.translate("photo_actions", "This photo is in a book"),
            QCoreApplication.translate("photo_actions", "This photo cannot be deleted while it is in a book. {value1}\n\nTake it off the page first, then delete it.").format(value1=photo_service.describe_placements(places)))
        return False
    photo = photo_service.get_photo(library, media_id)
    name = photo.label
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("photo_actions", "Delete this photo?"),
        QCoreApplication.translate("photo_actions", "Delete '{name}' from this child's photos?\n\nIt is not in any book. The copy on your computer, and any backup of the library, are not touched.").format(name=name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        photo_service.delete_photo(library, media_id)
    except ServiceError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("photo_actions", "Could not delete the photo"), str(exc))
        return False
    return True


SHOWN_IN_AGREE = 8  # thumbnails shown when agreeing; the rest are counted


def _thumb_label(library: Library, media_id: int) -> QLabel:
    label = QLabel()
    label.setFixedSize(84, 64)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("background: #F6F0E8; border-radius: 4px;")
    try:
        photo = photo_service.get_photo(library, media_id)
        pixmap = QPixmap(str(photo_service.thumbnail_of(library, photo.sha256, photo.format)))
        label.setPixmap(pixmap.scaled(80, 60, Qt.AspectRatioMode.KeepAspectRatio,
                                      Qt.TransformationMode.SmoothTransformation))
        label.setToolTip(photo.label)
    except Exception:  # a missing original: an empty tile, never a crash
        pass
    return label


class AgreeDialog(QDialog):
    """Who agreed these photos can be used (the person using Lifebook, unless changed).

    The photos are shown, so whoever records the agreement sees what is agreed.
    """

    def __init__(self, library: Library, count: int, parent: QWidget | None = None,
                 media_ids: list[int] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("AgreeDialog", "Agree use of photos"))
        self.setMinimumWidth(520)
        intro = QLabel(
            QCoreApplication.translate("AgreeDialog", "Record that a manager has agreed {photos_count} can be used in this child's books. Photos other than the child's own are agreed first, because some photos can upset a child.").format(photos_count=_photos(count)))
        intro.setWordWrap(True)
        self.name = QLineEdit(library.actor)
        self.name.setAccessibleName(QCoreApplication.translate("AgreeDialog", "Who agreed"))
        self.name.setPlaceholderText(QCoreApplication.translate("AgreeDialog", "The manager's name"))
        self.name.selectAll()
        self.error = QLabel("")
        self.error.setStyleSheet("color: #B3261E;")
        self.ok = QPushButton(QCoreApplication.translate("AgreeDialog", "Record agreement"))
        self.ok.setObjectName("primary")
        self.ok.setDefault(True)
        cancel = QPushButton(QCoreApplication.translate("AgreeDialog", "Cancel"))
        self.ok.clicked.connect(self._accept)
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(self.ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if media_ids:
            strip = QHBoxLayout()
            strip.setSpacing(6)
            for media_id in media_ids[:SHOWN_IN_AGREE]:
                strip.addWidget(_thumb_label(library, media_id))
            if len(media_ids) > SHOWN_IN_AGREE:
                strip.addWidget(QLabel(QCoreApplication.translate("AgreeDialog", "and {value1} more").format(value1=len(media_ids) - SHOWN_IN_AGREE)))
            strip.addStretch(1)
            layout.addLayout(strip)
        layout.addWidget(QLabel(QCoreApplication.translate("AgreeDialog", "Who agreed")))
        layout.addWidget(self.name)
        layout.addWidget(self.error)
        layout.addLayout(row)

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(QCoreApplication.translate("AgreeDialog", "Please say who agreed."))
            return
        self.accept()


class _PhotoKeys(QObject):
    """Keys on a photo list: Delete (or Backspace) asks to delete the chosen photo;
    Alt+Enter opens its details; the menu key (or Shift+F10) opens the photo menu."""

    def __init__(self, parent: QObject, delete: Callable[[], object],
                 details: Callable[[], object], menu: Callable[[], object]) -> None:
        super().__init__(parent)
        self._delete, self._details, self._menu = delete, details, menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not mods:
            self._delete()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == Qt.KeyboardModifier.AltModifier:
            self._details()
        elif key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10
                                        and mods == Qt.KeyboardModifier.ShiftModifier):
            self._menu()
        else:
            return False
        return True


class PhotoActions(QObject):
    """Photo menu actions for one or more list views; emits what changed."""

    changed = Signal(list)  # media ids whose details changed
    deleted = Signal(int)  # media id
    status_message = Signal(str)

    def __init__(self, parent: QWidget, library: Callable[[], Library]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._library = library

    @property
    def library(self) -> Library:
        return self._library()

    # --- wiring a view -------------------------------------------------------------------

    def attach(self, view: QAbstractItemView, id_role: int, *, double_click: bool = True) -> None:
        """Right-click menu, double-click for details and Delete, on a view whose rows carry ids."""
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        def ids() -> list[int]:
            rows = sorted(view.selectionModel().selectedIndexes(), key=lambda i: i.row())
            return [int(i.data(id_role)) for i in rows if i.data(id_role) is not None]

        def menu(pos: QPoint) -> None:
            index = view.indexAt(pos)
            if index.isValid() and not view.selectionModel().isSelected(index):
                view.setCurrentIndex(index)
            chosen = ids()
            if chosen:
                self.menu_for(chosen, view).popup(view.viewport().mapToGlobal(pos))

        def keyboard_menu() -> None:  # at the current photo, not wherever the mouse is
            current = view.currentIndex()
            if ids() and current.isValid():
                menu(view.visualRect(current).center())

        def details() -> None:
            current = view.currentIndex()
            if current.isValid() and current.data(id_role) is not None:
                self.show_details(int(current.data(id_role)))

        view.customContextMenuRequested.connect(menu)
        if double_click:
            view.doubleClicked.connect(
                lambda index: self.show_details(int(index.data(id_role))) if index.isValid() else None)
        view.installEventFilter(_PhotoKeys(
            view, lambda: len(ids()) == 1 and self.delete(ids()[0]), details, keyboard_menu))

    def menu_for(self, media_ids: list[int], parent: QWidget | None = None) -> QMenu:
        menu = QMenu(parent or self._parent)
        n = len(media_ids)
        details = menu.addAction(QCoreApplication.translate("PhotoActions", "Photo details…"), lambda: self.show_details(media_ids[0]))
        details.setEnabled(n == 1)
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("PhotoActions", "Agree use of {n} photo{value3}…").format(n=n, value3='s' if n != 1 else ''),
                       lambda: self.agree(media_ids))
        menu.addAction(QCoreApplication.translate("PhotoActions", "Withdraw agreement"), lambda: self.withdraw(media_ids))
        menu.addSeparator()
        delete = menu.addAction(QCoreApplication.translate("PhotoActions", "Delete photo…"), lambda: self.delete(media_ids[0]))
        delete.setEnabled(n == 1)
        if n > 1:
            delete.setToolTip(QCoreApplication.translate("PhotoActions", "Choose one photo to delete it"))
        return menu

    # --- the actions --------------------------------------------------------------------

    def show_details(self, media_id: int) -> PhotoDetailsDialog:
        dialog = PhotoDetailsDialog(self.library, media_id, self._parent)
        dialog.exec()
        if dialog.deleted:
            self.deleted.emit(media_id)
            self.status_message.emit(QCoreApplication.translate("PhotoActions", "The photo was deleted."))
        elif dialog.saved is not None:
            self.changed.emit([media_id])
            self.status_message.emit(QCoreApplication.translate("PhotoActions", "Photo details saved."))
        return dialog

    def agree(self, media_ids: list[int]) -> bool:
        dialog = AgreeDialog(self.library, len(media_ids), self._parent, media_ids)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            photo_service.agree_photos(self.library, media_ids, dialog.name.text())
        except ServiceError as exc:
            QMessageBox.warning(self._parent, QCoreApplication.translate("PhotoActions", "Could not record the agreement"), str(exc))
            return False
        self.changed.emit(list(media_ids))
        who = dialog.name.text().strip()
        self.status_message.emit(QCoreApplication.translate("PhotoActions", "Recorded that {who} agreed {value3}.").format(who=who, value3=_photos(len(media_ids))))
        return True

    def withdraw(self, media_ids: list[int]) -> bool:
        try:
            photo_service.withdraw_agreement(self.library, media_ids)
        except ServiceError as exc:
            QMessageBox.warning(self._parent, QCoreApplication.translate("PhotoActions", "Could not withdraw the agreement"), str(exc))
            return False
        self.changed.emit(list(media_ids))
        self.status_message.emit(
            QCoreApplication.translate("PhotoActions", "Agreement withdrawn for this photo; the checks will list it until a manager agrees again.")
            if len(media_ids) == 1 else
            QCoreApplication.translate("PhotoActions", "Agreement withdrawn for these {n} photos; the checks will list them until a manager agrees again.").format(n=len(media_ids)))
        return True

    def delete(self, media_id: int) -> bool:
        if confirm_and_delete(self._parent, self.library, media_id):
            self.deleted.emit(media_id)
            self.status_message.emit(QCoreApplication.translate("PhotoActions", "The photo was deleted."))
            return True
        return False


class PhotoFeed(QObject):
    """Carries each imported photo from a job's thread to the window, as it lands."""

    arrived = Signal(object)  # a PhotoInfo from services.photos

    def send(self, media: PhotoInfo) -> None:
        with contextlib.suppress(RuntimeError):  # the window has gone; the import goes on
            self.arrived.emit(media)


def not_agreed_icon(icon: QIcon, size: QSize) -> QIcon:
    """The thumbnail with a small amber mark in its corner: not yet agreed by a manager."""
    pixmap = icon.pixmap(size)
    ratio = pixmap.devicePixelRatio()
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    w = pixmap.width() / ratio
    d = 18.0
    painter.setPen(QColor("white"))
    painter.setBrush(QColor("#C98A00"))
    painter.drawEllipse(QRectF(w - d - 3, 3, d, d))
    font = painter.font()
    font.setBold(True)
    font.setPixelSize(13)
    painter.setFont(font)
    painter.drawText(QRectF(w - d - 3, 3, d, d), Qt.AlignmentFlag.AlignCenter, "!")
    painter.end()
    return QIcon(pixmap)


def wire_photo_grid(window: QMainWindow, view: QAbstractItemView, id_role: int,
                    library: Callable[[], Library], refresh: Callable[[], None]) -> PhotoActions:
    """Give a grid of photos (rows carrying media ids in ``id_role``) the photo actions."""
    actions = PhotoActions(window, library)
    actions.attach(view, id_role)
    actions.changed.connect(lambda _ids: refresh())
    actions.deleted.connect(lambda _id: refresh())
    actions.status_message.connect(lambda text: window.statusBar().showMessage(text, 6000))
    return actions
