"""Photo details, agreeing photos and deleting them, through the editor's photo strip."""

from __future__ import annotations

from pathlib import Path

import pytest
from modal_helpers import press, when_modal
from PIL import Image
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from lifebook.services import photos as photo_service
from lifebook.ui.editor.document import BookDocument
from lifebook.ui.editor.photo_strip import MEDIA_ID_ROLE, PhotoStrip
from lifebook.ui.jobs import InlineJobRunner
from lifebook.ui.photo_actions import AgreeDialog
from lifebook.ui.photo_dialog import PhotoDetailsDialog


@pytest.fixture
def strip(qtbot, doc: BookDocument) -> PhotoStrip:
    widget = PhotoStrip(doc, InlineJobRunner())
    qtbot.addWidget(widget)
    widget.resize(560, 600)
    widget.show()
    return widget


def _row_of(strip: PhotoStrip, media_id: int):  # type: ignore[no-untyped-def]
    return strip.proxy.index(strip.visible_media_ids().index(media_id), 0)


def _placed(doc: BookDocument) -> dict[int, list[tuple[int, str]]]:
    out: dict[int, list[tuple[int, str]]] = {}
    for p in doc.pages:
        for key, f in p.frames.items():
            if f.media is not None:
                out.setdefault(f.media.media_id, []).append((p.page_id, key))
    return out


def _unused(strip: PhotoStrip) -> int:
    return next(m for m in strip.visible_media_ids() if m not in _placed(strip.doc))


def _findings(doc: BookDocument, code: str) -> list:  # type: ignore[type-arg]
    return [f for f in doc.findings() if f.code == code]


# --- placing from the keyboard ------------------------------------------------------------


def test_enter_places_the_photo_in_the_selected_frame(qtbot, strip: PhotoStrip,
                                                     doc: BookDocument) -> None:
    page = next(p for p in doc.pages if p.template == "two-photos")
    media_id = _unused(strip)
    doc.selection.select_frame(page.page_id, "photo2")
    strip.view.setFocus()
    strip.view.setCurrentIndex(_row_of(strip, media_id))
    messages: list[str] = []
    strip.status_message.connect(messages.append)

    qtbot.keyClick(strip.view, Qt.Key.Key_Return)

    assert doc.page(page.page_id).frames["photo2"].media.media_id == media_id
    assert messages[-1].startswith(f"Photo placed on page {page.number}.")
    doc.undo_stack.undo()  # one undoable edit, like a drag
    assert (doc.page(page.page_id).frames.get("photo2") is None
            or doc.page(page.page_id).frames["photo2"].media is None
            or doc.page(page.page_id).frames["photo2"].media.media_id != media_id)


def test_enter_without_a_photo_frame_selected_says_what_to_do(qtbot, strip: PhotoStrip,
                                                             doc: BookDocument) -> None:
    page = next(p for p in doc.pages if p.template == "two-photos")
    before = _placed(doc)
    doc.selection.select_frame(page.page_id, "heading")  # a text frame
    strip.view.setCurrentIndex(strip.proxy.index(0, 0))
    messages: list[str] = []
    strip.status_message.connect(messages.append)
    qtbot.keyClick(strip.view, Qt.Key.Key_Enter)
    assert _placed(doc) == before
    assert messages == ["Click a photo frame on the page first, then press Enter on a photo "
                        "to place it there."]


# --- details ----------------------------------------------------------------------------


def test_double_click_opens_details_and_save_changes_caption_date_and_source(
    qtbot, strip: PhotoStrip, doc: BookDocument
) -> None:
    media_id, [(page_id, key), *_] = next(iter(_placed(doc).items()))
    index = _row_of(strip, media_id)
    understood: list[str] = []

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, PhotoDetailsDialog)
        assert "It is on page" in dialog.used_in.text()
        dialog.caption.setText("Poppy feeding the ducks")
        dialog.taken.setText("23/03/2019")
        understood.append(dialog.taken_hint.text())
        dialog.source.setText("Foster carer's phone")
        dialog.save_button.click()

    when_modal(fill)
    rect = strip.view.visualRect(index)
    qtbot.mouseClick(strip.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(strip.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert understood == ["Understood as Saturday 23 March 2019."]
    saved = photo_service.get_photo(doc.library, media_id)
    assert saved.caption == "Poppy feeding the ducks"
    assert saved.as_dict()["taken_at"].startswith("2019-03-23")
    assert saved.source == "Foster carer's phone"
    assert _row_of(strip, media_id).data() == "Poppy feeding the ducks"


def test_details_dialog_keeps_bad_dates_out_and_says_why(qtbot, doc: BookDocument) -> None:
    media_id = next(iter(_placed(doc)))
    dialog = PhotoDetailsDialog(doc.library, media_id)
    qtbot.addWidget(dialog)
    dialog.caption.setText("Changed")
    dialog.taken.setText("31/02/2019")
    assert dialog.taken_hint.text().startswith("There is no 31 February 2019")
    assert dialog.save() is False
    assert dialog.error.isVisibleTo(dialog) and "31 February" in dialog.error.text()
    assert photo_service.get_photo(doc.library, media_id).caption != "Changed"


# --- agreeing -------------------------------------------------------------------------------


def test_agreeing_many_photos_at_once_clears_their_checks(qtbot, strip: PhotoStrip,
                                                         doc: BookDocument) -> None:
    placed = list(_placed(doc))[:3]
    photo_service.withdraw_agreement(doc.library, placed)
    strip._photos_changed(placed)
    assert len({f.frame_key and (f.page_id, f.frame_key)
                for f in _findings(doc, "photo-not-agreed")}) >= 3

    selection = strip.view.selectionModel()
    selection.clearSelection()
    for media_id in placed:
        selection.select(_row_of(strip, media_id), QItemSelectionModel.SelectionFlag.Select)
    assert sorted(strip.selected_media_ids()) == sorted(placed)
    menu = strip.photo_actions.menu_for(strip.selected_media_ids(), strip)
    agree = next(a for a in menu.actions() if a.text().startswith("Agree use of"))
    assert agree.text() == "Agree use of 3 photos…"

    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, AgreeDialog)
        assert dialog.name.text() == doc.library.actor  # the person using Lifebook, by default
        dialog.name.setText("Sam Manager")
        dialog.ok.click()

    when_modal(answer)
    agree.trigger()

    assert _findings(doc, "photo-not-agreed") == []
    for media_id in placed:
        got = photo_service.get_photo(doc.library, media_id)
        assert (got.use_agreed, got.agreed_by) == (True, "Sam Manager")
    assert "Use agreed by Sam Manager." in _row_of(strip, placed[0]).data(Qt.ItemDataRole.ToolTipRole)

    withdraw = next(a for a in strip.photo_actions.menu_for(placed[:1], strip).actions()
                    if a.text() == "Withdraw agreement")
    withdraw.trigger()
    shown = {pid for pid, _key in _placed(doc)[placed[0]]}
    if any(s.photo is not None and s.photo.media_id == placed[0] for s in doc.content.journey):
        shown |= {p.page_id for p in doc.pages if p.template == "timeline"}  # on the journey too
    assert {f.page_id for f in _findings(doc, "photo-not-agreed")} == shown


# --- deleting -------------------------------------------------------------------------------


def test_deleting_a_photo_in_the_book_is_refused_with_where_it_is(qtbot, strip: PhotoStrip,
                                                                 doc: BookDocument) -> None:
    media_id, places = next(iter(_placed(doc).items()))
    numbers = sorted({doc.page(pid).number for pid, _k in places})
    shown: list[str] = []

    def read(box) -> None:  # type: ignore[no-untyped-def]
        shown.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    when_modal(read)
    strip.view.setCurrentIndex(_row_of(strip, media_id))
    assert strip.photo_actions.delete(media_id) is False
    assert f"It is on page {numbers[0]} of '{doc.content.title}'" in shown[0] or \
        f"It is on pages {numbers[0]}" in shown[0]
    assert media_id in strip.visible_media_ids()


def test_deleting_an_unused_photo_asks_first(qtbot, strip: PhotoStrip, doc: BookDocument) -> None:
    media_id = _unused(strip)
    when_modal(press(QMessageBox.StandardButton.Cancel))
    assert strip.photo_actions.delete(media_id) is False
    assert media_id in strip.visible_media_ids()

    when_modal(press(QMessageBox.StandardButton.Yes))
    assert strip.photo_actions.delete(media_id) is True
    assert media_id not in strip.visible_media_ids()


# --- new photos arrive one by one -------------------------------------------------------


def test_imported_photos_join_the_strip_one_at_a_time(qtbot, strip: PhotoStrip,
                                                     doc: BookDocument) -> None:
    folder = Path(doc.library.db_path).parent
    files = []
    for n, colour in enumerate(("gold", "teal")):
        path = folder / f"new-{n}.jpg"
        Image.new("RGB", (300, 200), colour).save(path, "JPEG")
        files.append(path)
    before = len(strip.visible_media_ids())
    counts: list[int] = []

    def arrived(media: dict) -> None:
        strip.add_photo(media)
        counts.append(len(strip.visible_media_ids()))

    photo_service.import_photos(doc.library, strip.child_id, files, imported=arrived)
    assert counts == [before + 1, before + 2]
    newest = strip.visible_media_ids()[-1]  # no date taken: at the end
    assert strip.proxy.index(before + 1, 0).data(MEDIA_ID_ROLE) == newest
    assert strip.photo_model.icon(newest) is not None


def test_photos_not_yet_agreed_are_marked_and_the_mark_follows_any_change(
    qtbot, strip: PhotoStrip, doc: BookDocument
) -> None:
    media_id, places = next(iter(_placed(doc).items()))
    qtbot.waitUntil(lambda: strip.photo_model.icon(media_id) is not None)
    plain = strip.photo_model.icon(media_id)
    assert _row_of(strip, media_id).data(Qt.ItemDataRole.DecorationRole).cacheKey() == \
        plain.cacheKey()

    photo_service.withdraw_agreement(doc.library, [media_id])  # say, from the checks panel
    doc.pages_edited([places[0][0]])  # every edit tells the strip
    marked = _row_of(strip, media_id).data(Qt.ItemDataRole.DecorationRole)
    assert marked.cacheKey() != plain.cacheKey()
    assert "Not yet agreed" in _row_of(strip, media_id).data(Qt.ItemDataRole.ToolTipRole)

    photo_service.agree_photos(doc.library, [media_id], "Sam Manager")
    doc.pages_edited([places[0][0]])
    assert _row_of(strip, media_id).data(Qt.ItemDataRole.DecorationRole).cacheKey() == \
        plain.cacheKey()


def test_delete_key_in_the_strip_asks_then_deletes(qtbot, strip: PhotoStrip) -> None:
    media_id = _unused(strip)
    strip.view.setFocus()
    strip.view.setCurrentIndex(_row_of(strip, media_id))
    asked: list[str] = []

    def yes(box) -> None:  # type: ignore[no-untyped-def]
        asked.append(box.windowTitle())
        press(QMessageBox.StandardButton.Yes)(box)

    when_modal(yes)
    qtbot.keyClick(strip.view, Qt.Key.Key_Delete)
    assert asked == ["Delete this photo?"]
    assert media_id not in strip.visible_media_ids()


def test_alt_enter_opens_the_details_of_the_chosen_photo(qtbot, strip: PhotoStrip) -> None:
    media_id = strip.visible_media_ids()[1]
    strip.view.setCurrentIndex(_row_of(strip, media_id))
    opened: list[int] = []

    def look(dialog) -> None:  # type: ignore[no-untyped-def]
        opened.append(dialog.media_id)
        dialog.cancel_button.click()

    when_modal(look)
    qtbot.keyClick(strip.view, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
    assert opened == [media_id]
