"""The family tree page in the editor: drawn on the canvas, and drawn again when photos change."""

from __future__ import annotations

from modal_helpers import when_modal
from PySide6.QtCore import QItemSelectionModel

from lifebook.layout.display import ImageItem, TextRun
from lifebook.services import photos as photo_service
from lifebook.ui.editor.document import BookDocument
from lifebook.ui.editor.page_strip import PageStrip
from lifebook.ui.editor.photo_strip import PhotoStrip
from lifebook.ui.jobs import InlineJobRunner
from lifebook.ui.photo_actions import AgreeDialog


def _tree_page(doc: BookDocument) -> int:
    return next(p.page_id for p in doc.pages if p.template == "family-tree")


def _tree_photos(doc: BookDocument) -> list[int]:
    layout = doc.layout(_tree_page(doc))
    assert layout is not None
    return [i.media_id for i in layout.items if isinstance(i, ImageItem)]


def test_choosing_the_page_in_the_strip_shows_the_family_on_the_canvas(qtbot, active_editor) -> None:
    doc = active_editor.doc
    strip: PageStrip = active_editor.page_strip
    row = doc.index_of(_tree_page(doc))
    strip.setCurrentIndex(strip.page_model.index(row))
    assert doc.selection.page_id == _tree_page(doc)
    layout = doc.layout(_tree_page(doc))
    words = " ".join(i.text for i in layout.items if isinstance(i, TextRun))
    assert "Sarah" in words and "Birth father" in words and "Daniel" not in words
    assert any("family tree" in f.message for f in doc.findings())  # Daniel's consent, in words
    shot = active_editor.canvas.grab().toImage()
    assert not shot.isNull() and shot.width() > 200


def test_agreeing_the_childs_photo_draws_it_in_the_tree_again(qtbot, doc: BookDocument) -> None:
    photos = PhotoStrip(doc, InlineJobRunner())
    qtbot.addWidget(photos)
    photos.resize(560, 600)
    photos.show()
    cover = doc.pages[0].frames["photo1"].media
    assert cover is not None and cover.media_id in _tree_photos(doc)  # the child, from the cover

    photo_service.withdraw_agreement(doc.library, [cover.media_id])
    photos._photos_changed([cover.media_id])
    assert cover.media_id not in _tree_photos(doc)  # not agreed: the tree waits for a manager
    assert not [f for f in doc.findings() if f.frame_key == "tree" and f.code == "photo-not-agreed"]

    selection = photos.view.selectionModel()
    selection.clearSelection()
    row = photos.proxy.index(photos.visible_media_ids().index(cover.media_id), 0)
    selection.select(row, QItemSelectionModel.SelectionFlag.Select)
    menu = photos.photo_actions.menu_for(photos.selected_media_ids(), photos)
    agree = next(a for a in menu.actions() if a.text().startswith("Agree use of"))

    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, AgreeDialog)
        dialog.name.setText("Sam Manager")
        dialog.ok.click()

    when_modal(answer)
    agree.trigger()
    assert cover.media_id in _tree_photos(doc)
