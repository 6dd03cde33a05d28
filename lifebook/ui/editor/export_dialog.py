"""Export to PDF: options, progress with cancel, then open the folder or preview.

"Preview" shows the exported PDF inside Lifebook (lifebook/ui/pdf_preview.py),
so it works on a laptop with no PDF viewer; "Open in PDF viewer" uses the
system's viewer and, when there is none, says so and offers the folder.
"""

from __future__ import annotations

import re
from concurrent.futures import Executor
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lifebook.checks.preflight import summary
from lifebook.layout.handout import handout_offered
from lifebook.render.derivatives import end_pool, start_pool
from lifebook.services.audit import record_export
from lifebook.services.errors import InvalidInput
from lifebook.services.export import ExportOptions, ExportResult, export_book
from lifebook.services.letters import select_part
from lifebook.services.preferences import load_preferences
from lifebook.services.workflow import approved_content, book_workflow
from lifebook.ui.editor.document import BookDocument
from lifebook.ui.jobs import Job, Runner, ThreadJobRunner
from lifebook.ui.pdf_preview import PdfPreviewDialog, open_pdf_externally


def default_pdf_path(title: str, folder: Path | None = None) -> Path:
    safe = re.sub(r"[^\w\- ']+", "", title).strip() or "Lifebook book"
    base = folder or (Path.home() / "Documents" if (Path.home() / "Documents").is_dir() else Path.home())
    return base / f"{safe}.pdf"


class ExportDialog(QDialog):
    def __init__(
        self,
        doc: BookDocument,
        parent: QWidget | None = None,
        *,
        runner: Runner | None = None,
        executor: Executor | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.runner = runner or ThreadJobRunner()
        self.executor = executor
        self.job: Job | None = None
        self.exported: ExportResult | None = None
        self.setWindowTitle(QCoreApplication.translate("ExportDialog", "Export PDF"))
        self.setMinimumWidth(680)

        self.path_edit = QLineEdit(str(default_pdf_path(doc.content.title, folder)))
        self.path_edit.setAccessibleName(QCoreApplication.translate("ExportDialog", "Where to save the PDF"))
        self.path_edit.setToolTip(QCoreApplication.translate("ExportDialog", "The folder and file name of the PDF"))
        browse = QPushButton(QCoreApplication.translate("ExportDialog", "Choose…"))
        browse.setToolTip(QCoreApplication.translate("ExportDialog", "Choose where to save the PDF"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.crop_marks = QCheckBox(QCoreApplication.translate("ExportDialog", "Add crop marks (for a print shop)"))
        self.crop_marks.setToolTip(QCoreApplication.translate("ExportDialog", "Marks at the corners show a print shop where to cut the pages"))
        self.bleed = QDoubleSpinBox()
        self.bleed.setRange(0.0, 10.0)
        self.bleed.setSingleStep(0.5)
        self.bleed.setValue(3.0)
        self.bleed.setSuffix(" mm")
        self.bleed.setToolTip(QCoreApplication.translate("ExportDialog", "Extra picture past the page edge, trimmed off after printing. 3 mm is usual."))
        self.ppi = QSpinBox()
        self.ppi.setRange(150, 600)
        self.ppi.setSingleStep(50)
        self.ppi.setValue(300)
        self.ppi.setSuffix(QCoreApplication.translate("ExportDialog", " pixels per inch"))
        self.ppi.setToolTip(QCoreApplication.translate("ExportDialog", "Photo resolution in the PDF. 300 is right for printing."))
        approved = book_workflow(doc.library, doc.book_id).approved  # the newest approved revision
        self.final = QCheckBox(QCoreApplication.translate("ExportDialog", "Final copy, without the DRAFT watermark") if approved is None else
                               QCoreApplication.translate("ExportDialog", "Final copy of revision {number} as approved ({approval_line}), without the DRAFT watermark").format(number=approved.number, approval_line=approved.approval_line))
        self.final.setEnabled(approved is not None)
        self.final.setToolTip(QCoreApplication.translate("ExportDialog", "Only books approved in quality assurance (QA) can be exported as final.")
                              if approved is None else QCoreApplication.translate("ExportDialog", "Export the approved revision, exactly as approved"))
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ExportDialog", "Save as"), path_row)
        form.addRow(QCoreApplication.translate("ExportDialog", "Bleed"), self.bleed)
        form.addRow(QCoreApplication.translate("ExportDialog", "Photos"), self.ppi)
        author = load_preferences().author
        self.author_label = QLabel(author or QCoreApplication.translate("ExportDialog", "No name set. Add yours in File ▸ Preferences… "
                                                                 "and the PDF will name you as its author."))
        self.author_label.setWordWrap(True)
        form.addRow(QCoreApplication.translate("ExportDialog", "Author"), self.author_label)
        form.addRow("", self.crop_marks)
        # words and pictures: one page per sheet, big, to read with a young child (layout.handout)
        self.handout = QCheckBox(QCoreApplication.translate("ExportDialog", "One page per sheet: each page big on its own sideways A4 sheet, "
                                 "to read with the child"))
        self.handout.setToolTip(QCoreApplication.translate("ExportDialog", "For printing at home or school: the picture large above the words, "
                                "with no bleed or crop marks"))
        self.handout.toggled.connect(self._handout_toggled)
        if handout_offered(doc.content):
            form.addRow("", self.handout)
        else:
            self.handout.hide()
        form.addRow("", self.final)
        self.part = QComboBox()  # a letter written in parts (services.letters)
        self.part.setAccessibleName(QCoreApplication.translate("ExportDialog", "Which part of the letter"))
        for label, key in (("All of the letter", "all"), ("The letter for now", "now"),
                           ("The part kept for later", "later")):
            self.part.addItem(label, key)
        if any(p.for_later for p in doc.content.pages):
            form.addRow(QCoreApplication.translate("ExportDialog", "Which part"), self.part)
        else:
            self.part.hide()

        self.findings_label = QLabel(QCoreApplication.translate("ExportDialog", "Checks: {value1}").format(value1=summary(doc.findings())))
        self.findings_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.export_button = QPushButton(QCoreApplication.translate("ExportDialog", "Export"))
        self.export_button.setToolTip(QCoreApplication.translate("ExportDialog", "Make the PDF"))
        self.export_button.setObjectName("primary")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(QCoreApplication.translate("ExportDialog", "Cancel"))
        self.cancel_button.setToolTip(QCoreApplication.translate("ExportDialog", "Stop, or close without exporting"))
        self.cancel_button.clicked.connect(self.cancel)
        self.open_folder_button = QPushButton(QCoreApplication.translate("ExportDialog", "Open folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.preview_button = QPushButton(QCoreApplication.translate("ExportDialog", "Preview"))
        self.preview_button.setToolTip(QCoreApplication.translate("ExportDialog", "Look at every page of the PDF here, exactly as it will print"))
        self.preview_button.clicked.connect(self.preview)
        self.viewer_button = QPushButton(QCoreApplication.translate("ExportDialog", "Open in PDF viewer"))
        self.viewer_button.setToolTip(QCoreApplication.translate("ExportDialog", "Open the PDF with the PDF program on this computer"))
        self.viewer_button.clicked.connect(self.open_in_viewer)
        self.open_url = QDesktopServices.openUrl  # tests replace this
        self.preview_dialog: PdfPreviewDialog | None = None
        for b in (self.open_folder_button, self.preview_button, self.viewer_button):
            b.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder_button)
        buttons.addWidget(self.viewer_button)
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.findings_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("ExportDialog", "Save the PDF as"), self.path_edit.text(), QCoreApplication.translate("ExportDialog", "PDF (*.pdf)"))
        if path:
            self.path_edit.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    def _handout_toggled(self, on: bool) -> None:
        """A handout has no bleed or crop marks; its file gets its own name, unless one was typed."""
        self.bleed.setEnabled(not on)
        self.crop_marks.setEnabled(not on)
        book_pdf = default_pdf_path(self.doc.content.title)
        handout_pdf = book_pdf.with_name(f"{book_pdf.stem} - one page per sheet.pdf")
        now = Path(self.path_edit.text())
        if on and now.name == book_pdf.name:
            self.path_edit.setText(str(now.with_name(handout_pdf.name)))
        elif not on and now.name == handout_pdf.name:
            self.path_edit.setText(str(now.with_name(book_pdf.name)))

    def options(self) -> ExportOptions:
        handout = self.handout.isChecked() and handout_offered(self.doc.content)
        return ExportOptions(bleed_mm=self.bleed.value(), ppi=self.ppi.value(),
                             crop_marks=self.crop_marks.isChecked() and not handout,
                             final=self.final.isChecked(), author=load_preferences().author,
                             handout=handout)

    def start(self) -> None:
        if self.job is not None:
            return
        out = Path(self.path_edit.text()).expanduser()
        options = self.options()
        self.doc.chronology_changed()  # the chronology may have changed since the book opened
        book = approved_content(self.doc.library, self.doc.book_id) if options.final else self.doc.content
        try:
            book = select_part(book, self.part.currentData() or "all")
        except InvalidInput as exc:
            self.status.setText(str(exc))
            return
        privacy = self.doc.privacy
        cache = self.doc.library.cache_dir / "print"
        executor = self.executor

        def work(progress, cancel):
            pool = executor or start_pool()
            try:
                return export_book(book, out, options, cache_dir=cache, progress=progress,
                                   cancel=cancel, executor=pool, privacy=privacy)
            finally:
                if executor is None:
                    end_pool(pool)  # with the last pool, multiprocessing's helper process goes too

        job = Job(work)
        self.job = job
        job.progressed.connect(self._progress)
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        self.progress.setValue(0)
        self.progress.show()
        self.export_button.setEnabled(False)
        self.status.setText(QCoreApplication.translate("ExportDialog", "Exporting…"))
        self.runner.start(job)

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)
        self.status.setText(message)

    def _finished(self, result: ExportResult) -> None:
        self.job = None
        self.exported = result
        record_export(self.doc.library, self.doc.content.book_id, result.out_path,
                      pages=result.pages, final=result.final,
                      kind="PDF, one page per sheet" if self.handout.isChecked() else "PDF")
        self.progress.setValue(self.progress.maximum())
        self.export_button.setEnabled(True)
        self.cancel_button.setText(QCoreApplication.translate("ExportDialog", "Close"))
        kind = "final copy" if result.final else "draft"
        self.status.setText(QCoreApplication.translate("ExportDialog", "Saved the {kind}: {out_path} ({pages} pages). {summary_findings}").format(kind=kind, out_path=result.out_path, pages=result.pages, summary_findings=summary(result.findings)))
        for b in (self.open_folder_button, self.viewer_button, self.preview_button):
            b.show()

    def _failed(self, message: str) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.progress.hide()
        self.status.setText(message)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(QCoreApplication.translate("ExportDialog", "Stopping… nothing is saved for a cancelled export."))
            return
        self.reject()

    def open_folder(self) -> None:
        if self.exported and not self.open_url(QUrl.fromLocalFile(str(self.exported.out_path.parent))):
            self.status.setText(QCoreApplication.translate("ExportDialog", "The folder could not be opened. The PDF is saved as {out_path}.").format(out_path=self.exported.out_path))

    def open_in_viewer(self) -> bool:
        return self.exported is not None and open_pdf_externally(self, self.exported.out_path,
                                                                 self.open_url)

    def preview(self) -> PdfPreviewDialog | None:
        """Show the exported PDF's pages inside Lifebook."""
        if not self.exported:
            return None
        self.preview_dialog = PdfPreviewDialog(self.exported.out_path, self, runner=self.runner,
                                               title=self.doc.content.title)
        self.preview_dialog.show()
        return self.preview_dialog
