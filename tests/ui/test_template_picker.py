"""The template picker, driven through the real dialog with qtbot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from lifebook.layout.templates import page_templates
from lifebook.model.enums import BookKind
from lifebook.model.trim import TrimSize
from lifebook.ui.editor.template_picker import TemplatePicker, cached_preview
from lifebook.ui.jobs import InlineJobRunner


def picker(qtbot, kind: BookKind, trim: TrimSize = TrimSize.A4_PORTRAIT, **options) -> TemplatePicker:
    dialog = TemplatePicker(kind, trim, runner=InlineJobRunner(), **options)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("kind", list(BookKind))
def test_picker_offers_only_the_templates_for_the_kind(qtbot, kind: BookKind) -> None:
    dialog = picker(qtbot, kind)
    keys = [t.key for t in dialog.templates]
    assert set(keys) == {t.key for t in page_templates().values() if t.offered_for(kind)}
    assert dialog.template_model.rowCount() == len(keys)
    for key in keys:
        preview = dialog.preview(key)
        assert preview is not None and not preview.isNull()
    if kind is BookKind.WORDS_AND_PICTURES:
        assert "letter" not in keys and "timeline" not in keys


def test_double_click_chooses_and_accepts(qtbot) -> None:
    dialog = picker(qtbot, BookKind.LIFE_STORY)
    index = dialog.index_of("two-photos")
    dialog.view.scrollTo(index)
    centre = dialog.view.visualRect(index).center()
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        # a real double-click: QTest's mouseDClick alone leaves out the first release
        qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen_template() == "two-photos"


def test_current_template_is_preselected_and_ok_follows_the_choice(qtbot) -> None:
    dialog = picker(qtbot, BookKind.LATER_LIFE_LETTER, current="letter", accept_label="Change")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.chosen_template() == "letter"
    assert ok.text() == "Change" and ok.isEnabled()
    dialog.view.clearSelection()
    assert dialog.chosen_template() is None
    assert not ok.isEnabled()


def test_previews_are_cached_per_template_and_trim(qtbot) -> None:
    first = picker(qtbot, BookKind.LIFE_STORY, TrimSize.SQUARE_210)
    image = cached_preview("photo-text", TrimSize.SQUARE_210)
    assert image is not None
    assert abs(image.width() - image.height()) <= 1  # a square page
    second = picker(qtbot, BookKind.LIFE_STORY, TrimSize.SQUARE_210)
    assert cached_preview("photo-text", TrimSize.SQUARE_210).cacheKey() == image.cacheKey()
    assert second.preview("photo-text").toImage().size() == first.preview("photo-text").toImage().size()
