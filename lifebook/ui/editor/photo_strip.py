"""The photo strip: the child's photos, ready to drag onto the page.

Thumbnails come from the photo service's cached 512-pixel JPEGs, read and
scaled inside jobs on the injected runner (QImage only; pixmaps are made on
the UI thread), so a child with hundreds of photos never freezes the window.
A filter narrows the photos by caption or file name, and "Not yet used in
this book" hides the photos already placed on a page.

With a photo frame selected on the page, Enter on a photo places it there.
Double-click opens the photo's details; the right-click menu agrees the use
of one or many selected photos, withdraws agreement, or deletes a photo
(see lifebook/ui/photo_actions.py). New photos join the strip one by one as
an import brings them in (``add_photo``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    SIGNAL,
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QDrag, QIcon, QImage, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from lifebook.model.records import PhotoInfo
from lifebook.services import photos as photo_service
from lifebook.services.errors import ServerUnreachable
from lifebook.ui import style
from lifebook.ui.editor.document import BookDocument
from lifebook.ui.editor.mime import MEDIA_MIME
from lifebook.ui.jobs import Job, Runner
from lifebook.ui.people.tagging import PersonFilterBox
from lifebook.ui.photo_actions import PhotoActions, not_agreed_icon

MEDIA_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
ICON_SIZE = QSize(104, 78)
GRID_SIZE = QSize(120, 112)
BATCH = 8  # photos per thumbnail job, so they appear a few at a time
DRAG_TIP = str(QT_TRANSLATE_NOOP("PhotoStrip", "Drag onto a photo frame to place it."))
MORE_TIP = str(QT_TRANSLATE_NOOP("PhotoStrip", "Or click a photo frame on the page, then press Enter "
                             "here. Double-click for the photo's details; right-click to agree or delete."))
PICTURE_FRAMES = ("photo", "drawing")


def placeholder_pixmap(size: QSize = ICON_SIZE) -> QPixmap:
    """A soft, neutral tile shown while a thumbnail loads."""
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QColor("#E6DDD2"))
    painter.setBrush(QColor(style.PANEL))
    painter.drawRoundedRect(pixmap.rect().adjusted(0, 0, -1, -1), 6, 6)
    painter.end()
    return pixmap


def load_thumbnail(library: object, media: PhotoInfo, size: QSize, ratio: float = 1.0) -> QImage:
    """Read (making it if needed) a photo's cached thumbnail, scaled to fit ``size``.

    Safe off the UI thread: it touches no database session and makes no
    QPixmap. ``media`` is a PhotoInfo from ``photos.list_media``.
    """
    path = photo_service.thumbnail_of(library, media.sha256, media.format)  # type: ignore[arg-type]
    image = QImage(str(path))
    if image.isNull():
        return image
    target = QSize(round(size.width() * ratio), round(size.height() * ratio))
    image = image.scaled(target, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
    image.setDevicePixelRatio(ratio)
    return image


class PhotoListModel(QAbstractListModel):
    """One child's photos; each row drags out as its media id."""

    thumbnails_loaded = Signal()

    def __init__(self, library: object, runner: Runner, parent: QObject | None = None,
                 icon_size: QSize = ICON_SIZE) -> None:
        super().__init__(parent)
        self.library = library
        self.runner = runner
        self.icon_size = icon_size
        self.device_ratio = 1.0
        self._media: list[PhotoInfo] = []
        self._icons: dict[int, QIcon] = {}
        self._failed: set[int] = set()
        self._placeholder = QIcon(placeholder_pixmap(icon_size))
        self._badged: dict[int, QIcon] = {}  # thumbnails marked "not yet agreed"
        self._generation = 0
        self._jobs: list[Job] = []

    def update_media(self, media: list[PhotoInfo]) -> None:
        """Take in changed details (a caption, an agreement) without resetting the list."""
        if [m.id for m in media] != self.media_ids():
            self.set_media(media)
            return
        for row, (old, new) in enumerate(zip(self._media, media, strict=True)):
            if old != new:
                self._media[row] = new
                self._badged.pop(new.id, None)
                self.dataChanged.emit(self.index(row), self.index(row))

    def set_media(self, media: list[PhotoInfo]) -> None:
        """Show these photos; thumbnails already loaded are kept, the rest load in jobs."""
        self._badged.clear()
        self.beginResetModel()
        self._media = list(media)
        self.endResetModel()
        self._load_thumbnails([m for m in self._media if m.id not in self._icons])

    def add_media(self, media: PhotoInfo) -> bool:
        """Add one photo (just imported) in date order, without disturbing the others."""
        if any(m.id == media.id for m in self._media):
            return False
        key = _order_key(media)
        row = next((r for r, m in enumerate(self._media) if _order_key(m) > key), len(self._media))
        self.beginInsertRows(QModelIndex(), row, row)
        self._media.insert(row, media)
        self.endInsertRows()
        self._load_thumbnails([media], replace=False)
        return True

    def media_ids(self) -> list[int]:
        return [m.id for m in self._media]

    def icon(self, media_id: int) -> QIcon | None:
        """The loaded thumbnail, or None while it is still on its way."""
        return self._icons.get(media_id)

    def _load_thumbnails(self, media: list[PhotoInfo], replace: bool = True) -> None:
        if replace:
            for job in self._jobs:
                job.cancel()  # an older list's photos are not wanted any more
            self._jobs = []
            self._generation += 1
        generation, library, ratio = self._generation, self.library, self.device_ratio
        size = self.icon_size
        new: list[Job] = []
        for start in range(0, len(media), BATCH):
            chunk = media[start:start + BATCH]

            def work(_progress: Callable[[int, int, str], None], cancelled: Callable[[], bool],
                     chunk: list[PhotoInfo] = chunk) -> tuple[int, list[tuple[int, QImage | None]]]:
                out: list[tuple[int, QImage | None]] = []
                for m in chunk:
                    if cancelled():
                        break
                    try:
                        out.append((m.id, load_thumbnail(library, m, size, ratio)))
                    except Exception:  # a missing original shows as a gap, never a crash
                        out.append((m.id, None))
                return generation, out

            job = Job(work)
            job.finished.connect(self._thumbnails_arrived)
            self._jobs.append(job)
            new.append(job)
        for job in new:
            self.runner.start(job)

    def _thumbnails_arrived(self, result: tuple[int, list[tuple[int, QImage | None]]]) -> None:
        generation, loaded = result
        rows = {m.id: r for r, m in enumerate(self._media)}
        for media_id, image in loaded:
            if image is None or image.isNull():
                self._failed.add(media_id)
                continue
            self._icons[media_id] = QIcon(QPixmap.fromImage(image))
            self._badged.pop(media_id, None)
            row = rows.get(media_id)
            if row is not None:
                idx = self.index(row)
                self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DecorationRole])
        if generation == self._generation:
            self.thumbnails_loaded.emit()

    # --- Qt overrides ---------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._media)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._media):
            return None
        m = self._media[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return m.caption or m.original_name
        if role == Qt.ItemDataRole.DecorationRole:
            icon = self._icons.get(m.id)
            if icon is None:
                return self._placeholder
            if m.use_agreed:
                return icon
            if m.id not in self._badged:
                self._badged[m.id] = not_agreed_icon(icon, self.icon_size)
            return self._badged[m.id]
        if role == MEDIA_ID_ROLE:
            return m.id
        if role == SEARCH_ROLE:
            return f"{m.caption}\n{m.original_name}".casefold()
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return _tooltip(m, m.id in self._failed)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [MEDIA_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [self._media[i.row()].id for i in indexes if i.isValid()]
        if ids:  # one photo per drag: a frame holds one photo
            data.setData(MEDIA_MIME, QByteArray(str(ids[0]).encode("utf-8")))
        return data


def _order_key(m: PhotoInfo) -> tuple:
    """The photo service's order: by date taken, undated last, then as imported."""
    return (m.taken_at is None, m.taken_at or datetime.min, m.id)


def _tooltip(m: PhotoInfo, failed: bool) -> str:
    lines = [m.caption or m.original_name]
    if m.caption:
        lines.append(m.original_name)
    if m.taken_at:
        taken = m.taken_at
        lines.append(f"Taken {taken.day} {taken:%B %Y}")
    if not m.use_agreed:
        lines.append("Not yet agreed for use by a manager.")
    elif m.agreed_by:
        lines.append(f"Use agreed by {m.agreed_by}.")
    if failed:
        lines.append("The original photo could not be read.")
    lines.append(QCoreApplication.translate("PhotoStrip", DRAG_TIP))
    lines.append(QCoreApplication.translate("PhotoStrip", MORE_TIP))
    return "\n".join(lines)


class PhotoFilter(QSortFilterProxyModel):
    """Filters by words in the caption or file name, and can hide photos already used."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._hidden: set[int] = set()
        self._only: set[int] | None = None  # the photos of one person (None: everyone's)

    def set_text(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self._refilter(lambda: setattr(self, "_words", words))

    def set_hidden(self, media_ids: set[int]) -> None:
        if media_ids != self._hidden:
            self._refilter(lambda: setattr(self, "_hidden", set(media_ids)))

    def set_only(self, media_ids: set[int] | None) -> None:
        if media_ids != self._only:
            self._refilter(lambda: setattr(self, "_only", media_ids))

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        idx = self.sourceModel().index(source_row, 0, source_parent)
        if idx.data(MEDIA_ID_ROLE) in self._hidden or (
                self._only is not None and idx.data(MEDIA_ID_ROLE) not in self._only):
            return False
        haystack = str(idx.data(SEARCH_ROLE) or "")
        return all(word in haystack for word in self._words)


class PhotoView(QListView):
    """The strip's list: Enter asks to place the current photo; a drag carries one photo."""

    place_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            if self.currentIndex().isValid():
                self.place_requested.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def startDrag(self, supported: Qt.DropAction) -> None:  # Qt override
        """Drag the photo under the mouse (the current one), even when several are selected."""
        index = self.currentIndex()
        if not index.isValid():
            return
        drag = QDrag(self)
        drag.setMimeData(self.model().mimeData([index]))
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon):
            drag.setPixmap(icon.pixmap(ICON_SIZE))
        drag.exec(Qt.DropAction.CopyAction)


class PhotoStrip(QWidget):
    """The child's photos with a filter; drag one onto a photo frame to place it."""

    photo_activated = Signal(int)  # media id, on Enter (placed in the selected frame, if any)
    status_message = Signal(str)

    def __init__(
        self,
        doc: BookDocument,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        child_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setObjectName("photoStrip")
        if child_id is None:
            child_id = doc.content.child_id or None
        self.child_id = child_id

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("PhotoStrip", "Find a photo by caption or file name"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(QCoreApplication.translate("PhotoStrip", "Find a photo"))
        self.filter_edit.setToolTip(QCoreApplication.translate("PhotoStrip", "Type a word from the photo's caption or file name."))
        self.unused_toggle = QCheckBox(QCoreApplication.translate("PhotoStrip", "Not yet used in this book"), self)
        self.unused_toggle.setToolTip(QCoreApplication.translate("PhotoStrip", "Hide the photos already placed on a page of this book."))
        self.person_filter = PersonFilterBox(self)  # the photos of one person (ui/people)

        self.photo_model = PhotoListModel(doc.library, runner, self)
        self.photo_model.device_ratio = self.devicePixelRatioF()
        self.proxy = PhotoFilter(self)
        self.proxy.setSourceModel(self.photo_model)
        self.view = PhotoView(self)
        self.view.setModel(self.proxy)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setIconSize(ICON_SIZE)
        self.view.setGridSize(GRID_SIZE)
        self.view.setUniformItemSizes(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.view.setAccessibleName(QCoreApplication.translate("PhotoStrip", "Photos of the child"))
        self.view.setToolTip(QCoreApplication.translate("PhotoStrip", DRAG_TIP) + "\n"
                             + QCoreApplication.translate("PhotoStrip", MORE_TIP))
        self.view.place_requested.connect(self._activated)
        self.photo_actions = PhotoActions(self, lambda: self.doc.library)
        self.photo_actions.attach(self.view, MEDIA_ID_ROLE)
        self.photo_actions.changed.connect(self._photos_changed)
        self.photo_actions.deleted.connect(lambda _id: self.refresh())
        self.photo_actions.status_message.connect(self._say)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("subheading")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)  # the left column is narrow: one above the other
        layout.addWidget(self.unused_toggle)
        layout.addWidget(self.person_filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)

        self.filter_edit.textChanged.connect(self._filter_changed)
        self.unused_toggle.toggled.connect(lambda _on: self.update_used())
        self.person_filter.chosen.connect(self._person_chosen)
        doc.pages_changed.connect(self._book_changed)
        doc.structure_changed_signal.connect(self._book_changed)
        self.refresh()

    # --- public -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the child's photos again (after an import, say) and re-apply the filters."""
        media = photo_service.list_media(self.doc.library, self.child_id) if self.child_id else []
        self.photo_model.set_media(media)
        self.person_filter.refresh(self.doc.library, self.child_id)
        self.update_used()

    def used_media_ids(self) -> set[int]:
        """Photos placed in any frame of this book."""
        return {
            frame.media.media_id
            for page in self.doc.pages
            for frame in page.frames.values()
            if frame.media is not None
        }

    def _book_changed(self, _what: object = None) -> None:
        """An edit (here or in the checks panel) may have changed a photo's details too."""
        if self.child_id and not self.doc.offline.active:  # offline: shown as they were
            try:
                self.photo_model.update_media(
                    photo_service.list_media(self.doc.library, self.child_id))
            except ServerUnreachable:
                self.doc.offline.lost()
        self.update_used()

    def update_used(self) -> None:
        self.proxy.set_hidden(self.used_media_ids() if self.unused_toggle.isChecked() else set())
        self._update_empty()

    def visible_media_ids(self) -> list[int]:
        """The media ids the list shows now, in order."""
        return [int(self.proxy.index(r, 0).data(MEDIA_ID_ROLE)) for r in range(self.proxy.rowCount())]

    def selected_media_id(self) -> int | None:
        idx = self.view.currentIndex()
        return int(idx.data(MEDIA_ID_ROLE)) if idx.isValid() else None

    def selected_media_ids(self) -> list[int]:
        """Every selected photo, in the order shown."""
        rows = sorted(self.view.selectionModel().selectedIndexes(), key=lambda i: i.row())
        return [int(i.data(MEDIA_ID_ROLE)) for i in rows]

    def add_photo(self, media: PhotoInfo) -> None:
        """Show a photo that has just been imported (for this child), keeping the rest as they are."""
        if media.child_id == self.child_id and self.photo_model.add_media(media):
            self._update_empty()

    def place_in_selected_frame(self, media_id: int) -> bool:
        """Put the photo in the frame selected on the page, if it is a photo frame."""
        selection = self.doc.selection
        layout = self.doc.layout(selection.page_id) if selection.page_id is not None else None
        frame = next((f for f in layout.frames if f.key == selection.frame_key), None) \
            if layout is not None and selection.frame_key else None
        if layout is None or frame is None or frame.kind not in PICTURE_FRAMES:
            self._say(QCoreApplication.translate("PhotoStrip", "Click a photo frame on the page first, then press Enter on a photo to "
                      "place it there."))
            return False
        self.doc.place_photo(layout.page_id, frame.key, media_id)
        self._say(QCoreApplication.translate("PhotoStrip", "Photo placed on page {number}. Undo with Ctrl+Z.").format(number=layout.number))
        return True

    # --- private ------------------------------------------------------------------------

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_empty()

    def _update_empty(self) -> None:
        if self.photo_model.rowCount() == 0:
            message = ("No photos yet. Import this child's photos from their page, "
                       "then drag them onto the book.")
        elif self.proxy.rowCount() == 0 and self.person_filter.person_id() is not None:
            message = (f"No photos of {self.person_filter.person_name()} yet. Tick who is in a "
                       "photo in its details (double-click the photo).")
        elif self.proxy.rowCount() == 0 and self.filter_edit.text().strip():
            message = "No photos match those words."
        elif self.proxy.rowCount() == 0:
            message = "Every photo is already in this book."
        else:
            message = ""
        self.empty_label.setText(message)
        self.empty_label.setVisible(bool(message))

    def _person_chosen(self, media_ids: set[int] | None) -> None:
        self.proxy.set_only(media_ids)
        self._update_empty()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            media_id = int(index.data(MEDIA_ID_ROLE))
            self.place_in_selected_frame(media_id)
            self.photo_activated.emit(media_id)

    def _photos_changed(self, media_ids: list[int]) -> None:
        """Details or agreement changed: show them, and lay out again the pages using them."""
        self.refresh()
        self.doc.photos_changed(media_ids)

    def _say(self, text: str) -> None:
        """A short message for the status bar (the window's own, if nobody listens)."""
        if self.receivers(SIGNAL("status_message(QString)")) > 0:
            self.status_message.emit(text)
            return
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 6000)
