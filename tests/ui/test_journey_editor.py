"""The journey in the editor: how many printed pages it takes, and chronology changes."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import Qt

from lifebook.layout.display import TextRun
from lifebook.render.derivatives import InlineExecutor
from lifebook.services import chronology
from lifebook.ui.editor.document import BookDocument
from lifebook.ui.editor.export_dialog import ExportDialog
from lifebook.ui.editor.page_strip import PageStrip
from lifebook.ui.jobs import InlineJobRunner


def journey_page(doc: BookDocument):  # type: ignore[no-untyped-def]
    return next(p for p in doc.pages if p.template == "timeline")


def words(doc: BookDocument, page_id: int, editor_only: bool = False) -> str:
    layout = doc.layout(page_id)
    assert layout is not None
    items = layout.editor_only if editor_only else layout.items
    return " ".join(i.text.replace("\u00a0", " ") for i in items if isinstance(i, TextRun))


@pytest.fixture
def strip(qtbot, doc: BookDocument) -> PageStrip:
    widget = PageStrip(doc, InlineJobRunner())
    qtbot.addWidget(widget)
    widget.resize(220, 900)
    widget.show()
    return widget


def test_the_strip_and_the_canvas_say_the_journey_takes_three_printed_pages(
    strip: PageStrip, doc: BookDocument
) -> None:
    page = journey_page(doc)
    assert page.parts == 3
    row = [p.page_id for p in doc.pages].index(page.page_id)
    model = strip.page_model
    assert model.index(row).data() == f"{page.number}–{page.number + 2} · My journey"
    assert model.index(row).data(Qt.ItemDataRole.ToolTipRole).startswith(
        f"Pages {page.number} to {page.number + 2} in “My journey”")
    assert model.index(row + 1).data() == f"{page.number + 3} · My future"
    note = words(doc, page.page_id, editor_only=True)
    assert "continues over 3 pages" in note
    assert "Poppy was born at the hospital in Ashford" in words(doc, page.page_id)


def test_a_chronology_change_shows_the_next_time_the_book_is_painted(
    strip: PageStrip, doc: BookDocument
) -> None:
    page = journey_page(doc)
    first_title = "A picnic in the garden"
    before = words(doc, page.page_id)
    assert first_title not in before
    assert doc.chronology_changed() is False  # nothing changed: nothing laid out again
    for n in range(12):  # enough to need another printed page
        chronology.add_event(doc.library, doc.content.child_id, date_text=f"{n + 1}/04/2019",
                             title=first_title if n == 0 else f"Spring day {n}")
    assert first_title not in words(doc, page.page_id)  # the hook has not been called yet
    assert doc.chronology_changed() is True
    assert first_title in words(doc, page.page_id)
    page = journey_page(doc)
    assert page.parts == 4
    row = [p.page_id for p in doc.pages].index(page.page_id)
    assert strip.page_model.index(row + 1).data() == f"{page.number + 4} · My future"
    future = doc.layout(doc.pages[row + 1].page_id)
    assert future is not None and future.number == page.number + 4  # its printed number moved


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_export_prints_the_chronology_as_it_is_now(qtbot, doc: BookDocument,
                                                   tmp_path: Path) -> None:
    chronology.add_event(doc.library, doc.content.child_id, date_text="2025",
                         title="Learned to ride a bike", category="milestone")
    dialog = ExportDialog(doc, runner=InlineJobRunner(), executor=InlineExecutor(),
                          folder=tmp_path)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.exported is not None
    printed = sum(p.parts for p in doc.pages)
    assert dialog.exported.pages == printed == len(doc.pages) + 2
    out = Path(dialog.path_edit.text())
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) == printed
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Learned to ride a bike" in text
    assert text.count("Poppy's journey") == 3


def test_a_journey_photo_not_yet_agreed_is_found_and_can_be_agreed(qtbot, doc: BookDocument
                                                                    ) -> None:
    from lifebook.services import photos as photo_service
    from lifebook.ui.editor.findings import FindingsPanel

    page = journey_page(doc)
    late = [s for s in doc.content.journey if s.photo is not None][-1]  # on a continuation page
    photo_service.withdraw_agreement(doc.library, [late.photo.media_id])
    doc.pages_edited([p.page_id for p in doc.pages])
    found = [f for f in doc.findings() if f.code == "photo-not-agreed" and f.media_id is not None]
    assert [(f.page_id, f.media_id) for f in found] == [(page.page_id, late.photo.media_id)]
    assert found[0].page_number > page.number  # printed on a continuation page
    assert late.title in found[0].message
    panel = FindingsPanel(doc)
    qtbot.addWidget(panel)
    panel.refresh()
    assert late.photo.media_id in panel.not_agreed_media_ids()
    photo_service.agree_photos(doc.library, [late.photo.media_id], "Priya Manager")
    doc.photos_changed([late.photo.media_id])
    assert not [f for f in doc.findings() if f.code == "photo-not-agreed"]
