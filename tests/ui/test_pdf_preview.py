"""Previewing an exported PDF inside Lifebook, and what happens with no PDF viewer."""

from __future__ import annotations

from pathlib import Path

import pytest
from modal_helpers import when_modal
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QMessageBox
from reportlab.lib.pagesizes import A5
from reportlab.pdfgen import canvas

from lifebook.render.derivatives import InlineExecutor
from lifebook.ui.editor.document import BookDocument
from lifebook.ui.editor.export_dialog import ExportDialog
from lifebook.ui.jobs import InlineJobRunner
from lifebook.ui.pdf_preview import PdfPreviewDialog, open_pdf_externally


def _pdf(path: Path, pages: int) -> Path:
    c = canvas.Canvas(str(path), pagesize=A5)
    for n in range(pages):
        c.setFillColorRGB(0.9, 0.4 + n * 0.1, 0.3)
        c.rect(40, 40, 300, 500, fill=1)
        c.drawString(60, 560, f"Page {n + 1}")
        c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("pages", [1, 4])
def test_preview_shows_one_image_per_page(qtbot, tmp_path: Path, pages: int) -> None:
    dialog = PdfPreviewDialog(_pdf(tmp_path / "book.pdf", pages), runner=InlineJobRunner(),
                              title="Poppy's life story")
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(dialog.page_labels) == pages
    for label in dialog.page_labels:
        pixmap = label.pixmap()
        assert not pixmap.isNull()
        assert pixmap.height() > pixmap.width() > 300  # an A5 portrait page, rendered
    image = dialog.page_labels[0].pixmap().toImage()
    colour = image.pixelColor(image.width() // 2, image.height() // 2)
    assert colour.red() > 200 and colour.green() < 150 and colour.blue() < 120  # the drawn box
    assert dialog.windowTitle() == "Preview: Poppy's life story"
    assert dialog.status.text().startswith(f"{pages} page")


def test_preview_of_a_broken_file_says_so(qtbot, tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not really a PDF")
    dialog = PdfPreviewDialog(broken, runner=InlineJobRunner())
    qtbot.addWidget(dialog)
    assert dialog.page_labels == []
    assert dialog.status.text().startswith("The preview could not be shown: broken.pdf could not")


def test_no_pdf_viewer_says_so_and_offers_the_folder(qtbot, tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "book.pdf", 1)
    opened: list[str] = []

    def no_viewer(url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return url.toLocalFile() != str(pdf)  # no PDF program; folders open fine

    said: list[str] = []

    def open_folder(box) -> None:  # type: ignore[no-untyped-def]
        said.append(box.text())
        box.button(QMessageBox.StandardButton.Open).click()

    when_modal(open_folder)
    assert open_pdf_externally(None, pdf, no_viewer) is True  # type: ignore[arg-type]
    assert opened == [str(pdf), str(tmp_path)]
    assert "no program set up to open PDF files" in said[0]
    assert str(pdf) in said[0]


def test_export_then_preview_shows_every_page_of_the_book(qtbot, doc: BookDocument,
                                                          tmp_path: Path) -> None:
    dialog = ExportDialog(doc, runner=InlineJobRunner(), executor=InlineExecutor(), folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.export_button.click()
    assert dialog.preview_button.isVisibleTo(dialog)
    preview = dialog.preview()
    assert preview is not None
    printed = sum(p.parts for p in doc.pages)  # the journey prints as several pages
    assert len(preview.page_labels) == printed == dialog.exported.pages

    dialog.open_url = lambda url: False  # nothing can be opened on this computer
    said: list[str] = []

    def cancel(box) -> None:  # type: ignore[no-untyped-def]
        said.append(box.windowTitle())
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_modal(cancel)
    assert dialog.open_in_viewer() is False
    assert said == ["No PDF viewer found"]
    dialog.open_folder()
    assert "could not be opened" in dialog.status.text()
