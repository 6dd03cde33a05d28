"""The checks panel: findings grouped by kind, errors first; click a line to go there."""

from __future__ import annotations

import re

import pytest
from modal_helpers import when_modal
from PySide6.QtCore import Qt

from lifebook.model.enums import Severity
from lifebook.services import photos as photo_service
from lifebook.ui.editor.document import BookDocument
from lifebook.ui.editor.findings import FINDING_ROLE, GROUP_ROLE, FindingsPanel
from lifebook.ui.photo_actions import AgreeDialog


@pytest.fixture
def panel(qtbot, doc: BookDocument) -> FindingsPanel:
    widget = FindingsPanel(doc)
    qtbot.addWidget(widget)
    widget.resize(360, 500)
    widget.show()
    return widget


def _placed_media(doc: BookDocument) -> list[int]:
    return sorted({f.media.media_id for p in doc.pages for f in p.frames.values()
                   if f.media is not None})


def _withdraw_all(doc: BookDocument) -> list[int]:
    ids = _placed_media(doc)
    photo_service.withdraw_agreement(doc.library, ids)
    doc.pages_edited([p.page_id for p in doc.pages])
    return ids


def _rows(panel: FindingsPanel) -> list[str]:
    return [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]


def test_repeated_findings_are_one_line_and_errors_come_first(qtbot, panel: FindingsPanel,
                                                              doc: BookDocument) -> None:
    _withdraw_all(doc)
    text_page = next(p for p in doc.pages if p.template == "text-only")
    doc.set_text(text_page.page_id, "text", "A very long story. " * 300)
    panel.refresh()
    not_agreed = [f for f in doc.findings() if f.code == "photo-not-agreed"]
    assert len(not_agreed) > 5

    rows = _rows(panel)
    assert rows[0].startswith("●  Page") and "too long" in rows[0]  # the one error, on its own
    group = panel.group_index("photo-not-agreed")
    assert group.isValid()
    assert group.data() == f"▲  ▸ {len(not_agreed)} photos not yet agreed by a manager"
    assert panel.model.rowCount(group) == len(not_agreed)
    assert len(rows) < len(doc.findings())  # grouped, not one line each
    severities = []
    for r in range(panel.model.rowCount()):
        index = panel.model.index(r, 0)
        finding = index.data(FINDING_ROLE) or panel.model.index(0, 0, index).data(FINDING_ROLE)
        severities.append(Severity(finding.severity))
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    assert [order[s] for s in severities] == sorted(order[s] for s in severities)
    for text in rows + [panel.model.index(r, 0, group).data()
                        for r in range(panel.model.rowCount(group))]:
        assert not re.search(r'frame "|\b(photo|caption)\d', text), text


def test_clicking_a_group_opens_it_and_a_line_in_it_goes_to_its_frame(
    qtbot, panel: FindingsPanel, doc: BookDocument
) -> None:
    _withdraw_all(doc)
    panel.refresh()
    group = panel.group_index("photo-not-agreed")
    assert not panel.view.isExpanded(group)
    rect = panel.view.visualRect(group)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.view.isExpanded(group)
    assert "▾" in group.data()

    child = panel.model.index(2, 0, group)
    finding = child.data(FINDING_ROLE)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.view.visualRect(child).center())
    assert (doc.selection.page_id, doc.selection.frame_key) == (finding.page_id, finding.frame_key)

    doc.set_text(doc.pages[1].page_id, "heading", "A new heading")  # an edit refreshes the list
    panel.refresh()
    assert panel.view.isExpanded(panel.group_index("photo-not-agreed"))  # still open


def test_agree_these_photos_records_the_agreement_and_clears_the_group(
    qtbot, panel: FindingsPanel, doc: BookDocument
) -> None:
    ids = _withdraw_all(doc)
    panel.refresh()
    assert panel.agree_button.isVisible()
    assert panel.agree_button.text() == f"Agree these {len(ids)} photos…"
    assert sorted(panel.not_agreed_media_ids()) == ids

    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, AgreeDialog)
        dialog.name.setText("Priya Manager")
        dialog.ok.click()

    when_modal(answer)
    qtbot.mouseClick(panel.agree_button, Qt.MouseButton.LeftButton)

    assert not panel.group_index("photo-not-agreed").isValid()
    assert not any(f.code == "photo-not-agreed" for f in doc.findings())
    assert not panel.agree_button.isVisible()
    assert all(photo_service.get_photo(doc.library, m).agreed_by == "Priya Manager"
               for m in ids)


def test_a_kind_seen_once_is_a_plain_line(qtbot, panel: FindingsPanel, doc: BookDocument) -> None:
    on_journey = {s.photo.media_id for s in doc.content.journey if s.photo is not None}
    ids = [m for m in _placed_media(doc) if m not in on_journey]  # shown once in the book
    photo_service.withdraw_agreement(doc.library, ids[:1])
    doc.pages_edited([p.page_id for p in doc.pages])
    panel.refresh()
    lines = [panel.model.index(r, 0) for r in range(panel.model.rowCount())]
    single = [i for i in lines if i.data(FINDING_ROLE) is not None
              and i.data(FINDING_ROLE).code == "photo-not-agreed"]
    assert len(single) == sum(1 for f in doc.findings() if f.code == "photo-not-agreed")
    assert all(i.data(GROUP_ROLE) is None for i in single)
    assert panel.agree_button.text() == "Agree this photo…"
