"""Tagging people in a photo's details, and the photo strip showing one person's photos."""

from __future__ import annotations

import pytest
from modal_helpers import when_modal
from PySide6.QtCore import Qt

from lifebook.services import people as ps
from lifebook.services import photos as photo_service
from lifebook.ui.editor.document import BookDocument
from lifebook.ui.editor.photo_strip import PhotoStrip
from lifebook.ui.jobs import InlineJobRunner
from lifebook.ui.photo_dialog import PhotoDetailsDialog


@pytest.fixture
def strip(qtbot, doc: BookDocument) -> PhotoStrip:
    widget = PhotoStrip(doc, InlineJobRunner())
    qtbot.addWidget(widget)
    widget.resize(560, 600)
    widget.show()
    return widget


def _person(doc: BookDocument, name: str) -> int:
    child_id = doc.content.child_id
    return next(p.id for p in ps.list_people(doc.library, child_id) if p.name == name)


def _choose(strip: PhotoStrip, person_id: int | None) -> None:
    box = strip.person_filter
    box.setCurrentIndex(box.findData(person_id) if person_id is not None else 0)


def test_tick_who_is_in_a_photo_in_its_details(qtbot, strip: PhotoStrip,
                                               doc: BookDocument) -> None:
    daniel, sarah = _person(doc, "Daniel"), _person(doc, "Sarah")
    media_id = next(m for m in strip.visible_media_ids()
                    if sarah in [p.id for p in ps.people_in_photo(doc.library, m)])
    shown: list[list[str]] = []

    def fill(dialog: PhotoDetailsDialog) -> None:
        items = [dialog.people.item(i) for i in range(dialog.people.count())]
        shown.append([i.text() for i in items if i.checkState() == Qt.CheckState.Checked])
        dialog.people.set_checked(daniel)
        dialog.people.set_checked(sarah, False)
        dialog.caption.setText("Daniel at the park")
        dialog.save_button.click()

    when_modal(fill)
    strip.photo_actions.show_details(media_id)
    assert shown == [["Mummy Sarah · Birth mother"]]
    assert [p.id for p in ps.people_in_photo(doc.library, media_id)] == [daniel]
    assert photo_service.get_photo(doc.library, media_id).caption == "Daniel at the park"

    _choose(strip, daniel)  # the strip read the new tag when the details were saved
    assert strip.visible_media_ids() == [media_id]


def test_details_saved_without_touching_the_ticks_keep_the_tags(qtbot, doc: BookDocument) -> None:
    sarah = _person(doc, "Sarah")
    [media_id, *_] = [p.id for p in ps.photos_of_person(doc.library, sarah)]
    dialog = PhotoDetailsDialog(doc.library, media_id)
    qtbot.addWidget(dialog)
    assert dialog.people.changes() == {}
    dialog.caption.setText("New words")
    assert dialog.save()
    assert [p.id for p in ps.people_in_photo(doc.library, media_id)] == [sarah]


def test_the_strip_shows_the_photos_of_one_person(qtbot, strip: PhotoStrip,
                                                  doc: BookDocument) -> None:
    everyone = strip.visible_media_ids()
    carers = _person(doc, "Jo and Sam")
    theirs = {p.id for p in ps.photos_of_person(doc.library, carers)}
    assert len(theirs) == 5 and len(everyone) > 5
    names = [strip.person_filter.itemText(i) for i in range(strip.person_filter.count())]
    assert names[:3] == ["Everyone", "Photos of Mummy Sarah", "Photos of Daniel"]

    _choose(strip, carers)
    assert set(strip.visible_media_ids()) == theirs
    strip.filter_edit.setText("garden")  # the words filter narrows it further
    assert [photo_service.get_photo(doc.library, m).caption
            for m in strip.visible_media_ids()] == ["Jo and Sam's garden"]
    strip.filter_edit.clear()

    _choose(strip, _person(doc, "Daniel"))  # nobody has tagged him yet: say how
    assert strip.visible_media_ids() == []
    assert "No photos of Daniel yet" in strip.empty_label.text()

    _choose(strip, None)
    assert strip.visible_media_ids() == everyone
