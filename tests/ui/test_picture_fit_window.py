"""Fit or fill, chosen in the window: the properties panel's two buttons, and undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from lifebook.layout.display import ImageItem, StrokeItem
from lifebook.model.content import PictureFit
from lifebook.services import pages as page_service
from lifebook.services.content import load_book_content
from lifebook.services.photos import import_photos
from lifebook.ui.editor.editor import BookEditor


@pytest.fixture
def editor(wp_editor: BookEditor) -> BookEditor:
    return wp_editor  # tests/ui/conftest.py


def _stored(editor: BookEditor, page_id: int) -> PictureFit | None:
    book = load_book_content(editor.doc.library, editor.doc.book_id)
    return next(p for p in book.pages if p.page_id == page_id).frames["photo1"].fit


def _select(editor: BookEditor, index: int) -> int:
    page_id = editor.doc.pages[index].page_id
    editor.doc.selection.select_frame(page_id, "photo1")
    return page_id


def test_choosing_fill_for_a_picture_clips_it_to_its_frame_and_undo_fits_it_again(
        qtbot, editor: BookEditor) -> None:
    page_id = _select(editor, 1)  # "Who is worried": starts with the social worker picture
    choice = editor.properties.fit_choice
    whole, fill = choice.buttons[PictureFit.FIT], choice.buttons[PictureFit.FILL]
    assert choice.isVisible() and whole.text() == "Show the whole picture"
    assert whole.isChecked() and not fill.isChecked()  # clipart fits by default
    qtbot.mouseClick(fill, Qt.MouseButton.LeftButton)
    assert _stored(editor, page_id) == PictureFit.FILL
    assert fill.isChecked()
    layout = editor.doc.layout(page_id)
    assert layout is not None
    lines = [i for i in layout.items if isinstance(i, StrokeItem) and i.frame_key == "photo1"]
    assert lines and all(i.clip is not None for i in lines)  # the page shows it filled
    editor.undo_action.trigger()
    assert _stored(editor, page_id) is None  # back to the default
    assert whole.isChecked()
    editor.redo_action.trigger()
    assert _stored(editor, page_id) == PictureFit.FILL and fill.isChecked()


def test_a_photo_shown_whole_has_no_zoom_and_keeps_its_crop(
        qtbot, editor: BookEditor, tmp_path: Path) -> None:
    path = tmp_path / "tall.jpg"
    Image.new("RGB", (600, 900), "#3D8C95").save(path, "JPEG")
    child_id = editor.doc.content.child_id
    [photo] = import_photos(editor.doc.library, child_id, [path], use_agreed=True).imported
    page_id = editor.doc.pages[2].page_id
    page_service.place_photo(editor.doc.library, page_id, "photo1", photo.id, crop=(0.5, 0.3, 2.0))
    editor.doc.saved([page_id])  # this window's own change (else its next edit here is refused)
    editor.doc.pages_edited([page_id])
    _select(editor, 2)
    panel = editor.properties
    assert panel.fit_choice.buttons[PictureFit.FILL].isChecked()  # photos fill by default
    assert panel.zoom_slider.isEnabled()
    qtbot.mouseClick(panel.fit_choice.buttons[PictureFit.FIT], Qt.MouseButton.LeftButton)
    assert _stored(editor, page_id) == PictureFit.FIT
    assert not panel.zoom_slider.isEnabled()  # nothing to zoom when the whole photo shows
    layout = editor.doc.layout(page_id)
    assert layout is not None
    image = next(i for i in layout.items if isinstance(i, ImageItem))
    frame = next(f.rect for f in layout.frames if f.key == "photo1")
    assert image.crop == (0.0, 0.0, 1.0, 1.0) and image.rect.w < frame.w
    page = editor.doc.page(page_id)
    assert page is not None and page.frames["photo1"].crop.zoom == 2.0  # kept for filling again
    editor.undo_action.trigger()
    assert _stored(editor, page_id) is None and panel.zoom_slider.isEnabled()


def test_an_empty_frame_offers_no_choice(editor: BookEditor) -> None:
    page_id = editor.doc.pages[3].page_id
    page_service.place_clipart(editor.doc.library, page_id, "photo1", None)
    editor.doc.pages_edited([page_id])
    _select(editor, 3)
    assert not editor.properties.fit_choice.isVisible()
