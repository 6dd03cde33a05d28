"""Drag and drop on the page canvas: place, swap and import photos into frames.

CanvasDrops is a helper owned by PageCanvas (canvas.py), which hands it its
drag and drop events; it owns the frame a drag is over and the import job.
Photos dragged from the photo strip carry MEDIA_MIME; a photo dragged from
one frame to another carries FRAME_MIME and swaps the two; files dropped
from the desktop are imported into the child's photos, then placed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, Qt, SignalInstance
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent, QPixmap

from lifebook.services.errors import ServiceError
from lifebook.services.photos import ImportReport, import_photos
from lifebook.ui.editor.canvas_types import PHOTO_KINDS, Where
from lifebook.ui.editor.mime import (
    FRAME_MIME,
    MEDIA_MIME,
    decode_frame,
    decode_media_id,
    encode_frame,
)
from lifebook.ui.jobs import Job

if TYPE_CHECKING:
    from lifebook.ui.editor.canvas import PageCanvas
    from lifebook.ui.editor.document import BookDocument


class CanvasDrops:
    """Drag and drop for one PageCanvas."""

    def __init__(self, canvas: PageCanvas) -> None:
        self.canvas = canvas
        self.target: Where | None = None  # the frame a drag is over, marked on the page
        self.job: Job | None = None  # a running import of dropped files

    @property
    def doc(self) -> BookDocument | None:
        return self.canvas.doc

    @property
    def status_message(self) -> SignalInstance:
        return self.canvas.status_message

    @property
    def photos_imported(self) -> SignalInstance:
        return self.canvas.photos_imported

    def _set_target(self, target: Where | None) -> None:
        if target != self.target:
            self.target = target
            self.canvas.viewport().update()

    # --- dragging a photo out of its frame ---------------------------------------------------

    def start_frame_drag(self, where: Where) -> None:
        canvas = self.canvas
        item = canvas.image_item(where)
        if item is None:
            return
        mime = QMimeData()
        mime.setData(FRAME_MIME, encode_frame(*where))
        mime.setData(MEDIA_MIME, str(item.media_id).encode())
        drag = QDrag(canvas)
        drag.setMimeData(mime)
        picture = canvas.images(item, 96, max(1, round(96 * item.rect.h / max(item.rect.w, 1))))
        if picture is not None:
            drag.setPixmap(QPixmap.fromImage(picture).scaledToWidth(96))
            drag.setHotSpot(QPoint(48, 12))
        drag.exec(Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, Qt.DropAction.MoveAction)
        self.target = None
        canvas.viewport().update()

    # --- dropping on the page -----------------------------------------------------------------

    def _drop_frame(self, event: QDropEvent | QDragMoveEvent) -> Where | None:
        """The photo frame a drag is over, if it can take what is dragged."""
        mime = event.mimeData()
        if self.doc is None or not (mime.hasFormat(FRAME_MIME) or mime.hasFormat(MEDIA_MIME)
                                    or any(u.isLocalFile() for u in mime.urls())):
            return None
        hit = self.canvas.frame_at(event.position())
        if hit is None or hit[1].kind not in PHOTO_KINDS:
            return None
        if mime.hasFormat(FRAME_MIME) and decode_frame(mime.data(FRAME_MIME).data()) == (
                hit[0], hit[1].key):
            return None  # onto itself
        return hit[0], hit[1].key

    def drag_enter(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if self.doc is not None and (mime.hasFormat(FRAME_MIME) or mime.hasFormat(MEDIA_MIME)
                                     or mime.hasUrls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def drag_move(self, event: QDragMoveEvent) -> None:
        target = self._drop_frame(event)
        self._set_target(target)
        if target is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def drag_leave(self) -> None:
        self.target = None
        self.canvas.viewport().update()

    def drop(self, event: QDropEvent) -> None:
        self.drag_leave()
        target, mime = self._drop_frame(event), event.mimeData()
        source = decode_frame(mime.data(FRAME_MIME).data()) if mime.hasFormat(FRAME_MIME) else None
        media_id = decode_media_id(mime.data(MEDIA_MIME).data()) \
            if mime.hasFormat(MEDIA_MIME) else None
        files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if target is None or self.doc is None or not (source or media_id or files):
            event.ignore()
            return
        self.canvas.flush_pending()
        try:
            if source is not None:
                self.doc.swap_photos(*source, *target)
            elif media_id is not None:
                self.doc.place_photo(*target, media_id)
            else:
                self.import_into_frame(target, files)
        except ServiceError as exc:
            self.status_message.emit(QCoreApplication.translate("CanvasDrops", "The photo could not be placed: {exc}.").format(exc=exc))
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction if source else Qt.DropAction.CopyAction)
        event.accept()
        self.doc.selection.select_frame(*target)

    # --- files from the desktop -----------------------------------------------------------------

    def import_into_frame(self, where: Where, files: list[Path]) -> None:
        """Import files into the child's photos (a background job), then place the first."""
        if self.doc is None or not files:
            return
        library = self.doc.library
        child_id = self.doc.content.child_id
        self.status_message.emit(QCoreApplication.translate("CanvasDrops", "Importing {len_files} photo(s)…").format(len_files=len(files)))
        job = Job(lambda progress, cancel: import_photos(
            library, child_id, files, progress=progress, cancel=cancel))
        job.finished.connect(lambda report: self._imported(where, report))
        job.failed.connect(lambda message: self.status_message.emit(
            QCoreApplication.translate("CanvasDrops", "The photos could not be imported: {message}").format(message=message)))
        self.job = job
        self.canvas.runner.start(job)

    def _imported(self, where: Where, report: ImportReport) -> None:
        self.job = None
        self.photos_imported.emit(report)
        first = (report.imported or report.duplicates or [None])[0]
        if report.rejected:
            self.status_message.emit("; ".join(r.line for r in report.rejected))
        if first is not None and self.doc is not None and self.doc.page(where[0]) is not None:
            try:
                self.doc.place_photo(*where, first.id)
            except ServiceError as exc:
                self.status_message.emit(QCoreApplication.translate("CanvasDrops", "The photo could not be placed: {exc}.").format(exc=exc))
                return
            self.doc.selection.select_frame(*where)
            if not report.rejected:
                self.status_message.emit(QCoreApplication.translate("CanvasDrops", "Photo imported and placed."))
