"""The export dialog offers "one page per sheet" for a words and pictures book only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import Qt

from lifebook.model.enums import BookKind
from lifebook.render.derivatives import InlineExecutor
from lifebook.services import books, children
from lifebook.store.db import Library
from lifebook.ui.editor.document import BookDocument
from lifebook.ui.editor.export_dialog import ExportDialog
from lifebook.ui.jobs import InlineJobRunner

MM = 72 / 25.4


def _doc(library: Library, kind: BookKind) -> BookDocument:
    child = children.add_child(library, "Ava", date_of_birth=date(2020, 5, 1))
    return BookDocument(library, books.new_book(library, child.id, kind).id)


def test_a_words_and_pictures_book_can_be_exported_one_page_per_sheet(
        qtbot, library: Library, tmp_path: Path) -> None:
    doc = _doc(library, BookKind.WORDS_AND_PICTURES)
    dialog = ExportDialog(doc, runner=InlineJobRunner(), executor=InlineExecutor(), folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.handout.isVisible() and not dialog.handout.isChecked()
    qtbot.mouseClick(dialog.handout, Qt.MouseButton.LeftButton)
    assert dialog.handout.isChecked()
    assert not dialog.bleed.isEnabled() and not dialog.crop_marks.isEnabled()
    assert dialog.path_edit.text().endswith("Ava's story - one page per sheet.pdf")
    assert dialog.options().handout
    dialog.export_button.click()
    assert dialog.exported is not None and dialog.exported.pages == len(doc.pages)
    assert "Saved the draft" in dialog.status.text()
    with pikepdf.open(dialog.exported.out_path) as pdf:
        assert len(pdf.pages) == len(doc.pages)
        assert float(pdf.pages[0].obj.MediaBox[2]) == pytest.approx(297 * MM, abs=0.1)
    qtbot.mouseClick(dialog.handout, Qt.MouseButton.LeftButton)  # unticked: the book as it prints
    assert dialog.bleed.isEnabled() and dialog.path_edit.text().endswith("Ava's story.pdf")
    assert not dialog.options().handout


def test_other_books_are_not_offered_a_handout(qtbot, library: Library, tmp_path: Path) -> None:
    dialog = ExportDialog(_doc(library, BookKind.LIFE_STORY), runner=InlineJobRunner(), folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.handout.isVisible()
    dialog.handout.setChecked(True)  # even if it were ticked somehow
    assert not dialog.options().handout
