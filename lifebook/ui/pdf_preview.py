"""Looking at an exported PDF inside Lifebook, page by page.

Many council laptops have no PDF viewer set up, so "Preview" after an export
shows the PDF here: pypdfium2 renders each page to an image in a background
job (one page at a time, never on the UI thread) and the pages appear in a
scrolling column as they are ready. What is shown is the PDF itself, so it
is exactly what will print.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lifebook.ui.jobs import Job, Runner, ThreadJobRunner

PAGE_WIDTH = 560  # pixels across each rendered page (before the screen's scale)


class PreviewError(RuntimeError):
    """The PDF could not be read; the message says why."""


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except Exception as exc:  # pdfium raises its own PdfiumError
        raise PreviewError(QCoreApplication.translate("pdf_preview", "{name} could not be opened as a PDF ({exc})").format(name=path.name, exc=exc)) from exc
    try:
        return len(pdf)
    finally:
        pdf.close()


def render_pages(path: Path, width: int, page_ready: Callable[[int, int, QImage], None],
                 cancelled: Callable[[], bool] = lambda: False) -> int:
    """Render each page ``width`` pixels wide, calling ``page_ready(index, total, image)``."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except Exception as exc:
        raise PreviewError(QCoreApplication.translate("pdf_preview", "{name} could not be opened as a PDF ({exc})").format(name=path.name, exc=exc)) from exc
    try:
        total = len(pdf)
        for index in range(total):
            if cancelled():
                break
            page = pdf[index]
            try:
                crop = _trim_crop(page)
                scale = width / max(page.get_width() - crop[0] - crop[2], 1.0)
                image = page.render(scale=scale, crop=crop).to_pil().convert("RGB")
            finally:
                page.close()
            data = image.tobytes()
            qimage = QImage(data, image.width, image.height, image.width * 3,
                            QImage.Format.Format_RGB888).copy()  # own the pixels
            page_ready(index, total, qimage)
        return total
    finally:
        pdf.close()


def _trim_crop(page) -> tuple[float, float, float, float]:
    """How much to cut off each side (left, bottom, right, top) to show the trimmed page.

    A print-ready page carries bleed (and perhaps crop marks) outside its
    TrimBox; the preview shows the page as it will be once trimmed.
    """
    try:
        ml, mb, mr, mt = page.get_mediabox()
        tl, tb, tr, tt = page.get_trimbox()
    except Exception:  # no boxes to read: show the whole page
        return (0.0, 0.0, 0.0, 0.0)
    crop = (tl - ml, tb - mb, mr - tr, mt - tt)
    return crop if all(c >= 0 for c in crop) else (0.0, 0.0, 0.0, 0.0)


class _Pages(QObject):
    """Carries rendered pages from the job's thread to the dialog."""

    ready = Signal(int, int, QImage)

    def send(self, index: int, total: int, image: QImage) -> None:
        with contextlib.suppress(RuntimeError):  # the dialog was closed: nobody is listening
            self.ready.emit(index, total, image)


class PdfPreviewDialog(QDialog):
    """Every page of a PDF, in a scrolling column, rendered in the background."""

    def __init__(self, path: Path, parent: QWidget | None = None, *,
                 runner: Runner | None = None, title: str = "") -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.runner = runner or ThreadJobRunner()
        self.setWindowTitle(QCoreApplication.translate("PdfPreviewDialog", "Preview: {value1}").format(value1=title or self.path.stem))
        self.resize(760, 720)
        self.page_labels: list[QLabel] = []
        self.status = QLabel(QCoreApplication.translate("PdfPreviewDialog", "Getting the pages of {name} ready…").format(name=self.path.name))
        self.status.setObjectName("subheading")
        self.status.setWordWrap(True)
        self.column = QWidget()
        self.column.setObjectName("previewColumn")
        self.column.setStyleSheet("QWidget#previewColumn { background: #E9E2D8; }")
        self.column_layout = QVBoxLayout(self.column)
        self.column_layout.setSpacing(18)
        self.column_layout.setContentsMargins(24, 24, 24, 24)
        self.column_layout.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.column)
        self.scroller.setWidgetResizable(True)
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        viewer = QPushButton(QCoreApplication.translate("PdfPreviewDialog", "Open in your PDF viewer"))
        viewer.setToolTip(QCoreApplication.translate("PdfPreviewDialog", "Open the PDF with the PDF program on this computer, if there is one"))
        viewer.clicked.connect(lambda: open_pdf_externally(self, self.path))
        close = QPushButton(QCoreApplication.translate("PdfPreviewDialog", "Close"))
        close.setObjectName("primary")
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(viewer)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(buttons)
        self._pages = _Pages(self)
        self._pages.ready.connect(self._add_page)
        self.job: Job | None = None
        self._start()

    def _start(self) -> None:
        ratio = self.devicePixelRatioF()
        path, pages = self.path, self._pages

        def work(_progress, cancelled):
            return render_pages(path, round(PAGE_WIDTH * ratio), pages.send, cancelled)

        job = Job(work)
        self.job = job
        job.finished.connect(self._done)
        job.failed.connect(self._failed)
        self.runner.start(job)

    def _add_page(self, index: int, total: int, image: QImage) -> None:
        image.setDevicePixelRatio(self.devicePixelRatioF())
        label = QLabel()
        label.setPixmap(QPixmap.fromImage(image))
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        label.setAccessibleName(QCoreApplication.translate("PdfPreviewDialog", "Page {value1}").format(value1=index + 1))
        label.setToolTip(QCoreApplication.translate("PdfPreviewDialog", "Page {value1} of {total}").format(value1=index + 1, total=total))
        label.setStyleSheet("background: white; border: 1px solid #D6CCBF;")
        caption = QLabel(QCoreApplication.translate("PdfPreviewDialog", "Page {value1} of {total}").format(value1=index + 1, total=total))
        caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        caption.setObjectName("subheading")
        at = self.column_layout.count() - 1  # before the stretch
        self.column_layout.insertWidget(at, label, 0, Qt.AlignmentFlag.AlignHCenter)
        self.column_layout.insertWidget(at + 1, caption, 0, Qt.AlignmentFlag.AlignHCenter)
        self.page_labels.append(label)
        self.status.setText(QCoreApplication.translate("PdfPreviewDialog", "Showing {value1} of {total} pages…").format(value1=index + 1, total=total))

    def _done(self, total: int) -> None:
        self.job = None
        word = "page" if total == 1 else "pages"
        self.status.setText(QCoreApplication.translate("PdfPreviewDialog", "{total} {word}, as they will look once printed and trimmed. Saved as {path}.").format(total=total, word=word, path=self.path))

    def _failed(self, message: str) -> None:
        self.job = None
        self.status.setText(QCoreApplication.translate("PdfPreviewDialog", "The preview could not be shown: {message}").format(message=message))

    def closeEvent(self, event) -> None:  # Qt override
        if self.job is not None:
            self.job.cancel()
        super().closeEvent(event)


def open_pdf_externally(parent: QWidget, path: Path,
                        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl) -> bool:
    """Open the PDF in the system's viewer; if there is none, say so and offer the folder."""
    if open_url(QUrl.fromLocalFile(str(path))):
        return True
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("pdf_preview", "No PDF viewer found"),
        QCoreApplication.translate("pdf_preview", "This computer has no program set up to open PDF files, so the PDF could not be opened.\n\nIt is saved as:\n{path}\n\nWould you like to open its folder instead?").format(path=path),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Open)
    if answer != QMessageBox.StandardButton.Open:
        return False
    if open_url(QUrl.fromLocalFile(str(path.parent))):
        return True
    QMessageBox.information(parent, QCoreApplication.translate("pdf_preview", "Could not open the folder"),
                            QCoreApplication.translate("pdf_preview", "The folder could not be opened either. The PDF is saved as:\n{path}").format(path=path))
    return False
