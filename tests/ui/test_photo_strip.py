"""The photo strip, driven through the real widget with qtbot (jobs run inline)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from lifebook.services.photos import import_photos, list_media
from lifebook.ui.editor.document import BookDocument
from lifebook.ui.editor.mime import MEDIA_MIME, decode_media_id
from lifebook.ui.editor.photo_strip import MEDIA_ID_ROLE, PhotoStrip
from lifebook.ui.jobs import InlineJobRunner


@pytest.fixture
def strip(qtbot, doc: BookDocument) -> PhotoStrip:
    widget = PhotoStrip(doc, InlineJobRunner())
    qtbot.addWidget(widget)
    widget.resize(560, 600)
    widget.show()
    return widget


def all_media(strip: PhotoStrip) -> list[dict]:
    assert strip.child_id is not None
    return list_media(strip.doc.library, strip.child_id)


def placed(doc: BookDocument) -> list[tuple[int, str, int]]:
    return [(p.page_id, key, f.media.media_id)
            for p in doc.pages for key, f in p.frames.items() if f.media is not None]


def test_strip_shows_every_photo_with_a_thumbnail(qtbot, strip: PhotoStrip) -> None:
    media = all_media(strip)
    assert len(media) >= 15
    assert strip.visible_media_ids() == [m.id for m in media]
    qtbot.waitUntil(lambda: all(strip.photo_model.icon(m.id) is not None for m in media))
    icon = strip.photo_model.icon(media[0].id)
    assert not icon.isNull()
    first = strip.proxy.index(0, 0)
    assert first.data() == (media[0].caption or media[0].original_name)
    assert "Drag onto a photo frame to place it." in first.data(Qt.ItemDataRole.ToolTipRole)
    assert not strip.empty_label.isVisible()


def test_filter_matches_caption_or_file_name_in_any_case(strip: PhotoStrip) -> None:
    media = all_media(strip)
    word = media[3].caption.split()[-1]
    strip.filter_edit.setText(word.upper())
    expected = [m.id for m in media
                if word.casefold() in (m.caption + m.original_name).casefold()]
    assert strip.visible_media_ids() == expected
    assert 0 < len(expected) < len(media)

    name = media[5].original_name  # e.g. demo-06-beach.jpg
    strip.filter_edit.setText(name[:7])
    assert strip.visible_media_ids() == [media[5].id]

    strip.filter_edit.setText("nothing is called this")
    assert strip.visible_media_ids() == []
    assert strip.empty_label.text() == "No photos match those words."
    strip.filter_edit.clear()
    assert len(strip.visible_media_ids()) == len(media)


def test_not_used_hides_placed_photos_until_they_are_removed(strip: PhotoStrip,
                                                            doc: BookDocument) -> None:
    media = all_media(strip)
    used = {m for _p, _k, m in placed(doc)}
    assert used
    strip.unused_toggle.setChecked(True)
    assert strip.visible_media_ids() == [m.id for m in media if m.id not in used]

    counts = [m for *_where, m in placed(doc)]
    page_id, key, media_id = next(p for p in placed(doc) if counts.count(p[2]) == 1)
    doc.place_photo(page_id, key, None)  # removed from its only frame: shown again
    assert media_id in strip.visible_media_ids()
    doc.undo_stack.undo()
    assert media_id not in strip.visible_media_ids()

    free = next(m.id for m in media if m.id not in used)
    doc.place_photo(page_id, key, free)  # placing a photo hides it at once
    assert free not in strip.visible_media_ids()
    strip.unused_toggle.setChecked(False)
    assert len(strip.visible_media_ids()) == len(media)


def test_dragging_a_photo_carries_its_media_id(strip: PhotoStrip) -> None:
    index = strip.proxy.index(2, 0)
    mime = strip.proxy.mimeData([index])
    assert mime.hasFormat(MEDIA_MIME)
    raw = bytes(mime.data(MEDIA_MIME).data())
    assert raw == str(index.data(MEDIA_ID_ROLE)).encode("utf-8")
    assert decode_media_id(raw) == index.data(MEDIA_ID_ROLE)
    assert strip.view.dragEnabled()
    assert strip.proxy.flags(index) & Qt.ItemFlag.ItemIsDragEnabled


def test_refresh_picks_up_new_photos(strip: PhotoStrip, doc: BookDocument) -> None:
    before = strip.visible_media_ids()
    path = Path(doc.library.db_path).parent / "new-puppy.jpg"
    Image.new("RGB", (800, 600), "gold").save(path, "JPEG")
    import_photos(doc.library, strip.child_id, [path])
    strip.refresh()
    after = strip.visible_media_ids()
    assert len(after) == len(before) + 1
    strip.filter_edit.setText("puppy")
    assert len(strip.visible_media_ids()) == 1
    assert strip.photo_model.icon(strip.visible_media_ids()[0]) is not None
