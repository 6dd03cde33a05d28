"""The Chronology tab: add, edit, delete and undo events, sort and filter, link by drag and drop."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from modal_helpers import when_modal
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from lifebook.model.enums import PersonRole
from lifebook.model.records import ChildInfo
from lifebook.services import chronology as chron
from lifebook.services import photos as photo_service
from lifebook.services.children import add_child, add_person
from lifebook.services.chronology_links import link_photo
from lifebook.ui.chronology.event_dialog import EventDialog
from lifebook.ui.chronology.panel import ChronologyPanel
from lifebook.ui.chronology.table import DATE, EVENT, PHOTOS
from lifebook.ui.main_window import MainWindow


def _photo(path: Path, colour: str) -> Path:
    Image.new("RGB", (160, 120), colour).save(path, "JPEG")
    return path


@pytest.fixture
def child(window: MainWindow) -> ChildInfo:
    return add_child(window.library, "Poppy Rose", preferred_name="Poppy",
                     date_of_birth=date(2019, 3, 23))


@pytest.fixture
def panel(window: MainWindow, child: ChildInfo) -> ChronologyPanel:
    """The Chronology tab of Poppy's page, showing."""
    window.refresh(("child", child.id))
    window.child_page.tabs.setCurrentWidget(window.chronology)
    assert window.chronology.isVisible()
    return window.chronology


def _add(panel: ChronologyPanel, child: ChildInfo, when: str, title: str, **fields) -> int:
    event = chron.add_event(panel.library, child.id, date_text=when, title=title, **fields)
    panel.reload()
    return event.id


def _fill(date_text: str, title: str, *, category: str = "other", place: str = "",
          detail: str = "", sensitive: bool = False, tick_photo: bool = False,
          seen: list[str] | None = None):
    def handle(dialog: QWidget) -> None:
        assert isinstance(dialog, EventDialog)
        dialog.date_edit.setText(date_text)
        if seen is not None:
            seen.append(dialog.date_feedback.text())
        dialog.title_edit.setText(title)
        dialog.category.setCurrentIndex(dialog.category.findData(category))
        dialog.place_edit.setText(place)
        dialog.detail_edit.setPlainText(detail)
        dialog.flags["sensitive"].setChecked(sensitive)
        if tick_photo:
            dialog.photo_list.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    return handle


def test_the_chronology_is_a_tab_of_the_childs_page_with_its_menu_actions(
        window: MainWindow, panel: ChronologyPanel) -> None:
    tabs = window.child_page.tabs
    assert "Chronology" in [tabs.tabText(i) for i in range(tabs.count())]
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert texts.index("Import chronolo&gy…") == texts.index("&Import photos…") + 1
    assert [a.text() for a in window.edit_menu.actions()][0].startswith("&Undo")


def test_adding_an_event_through_the_dialog_shows_how_the_date_was_read(
        qtbot, panel: ChronologyPanel, child: ChildInfo) -> None:
    seen: list[str] = []
    when_modal(_fill("spring 2020", "Started at Little Acorns nursery", category="education",
                     place="Leeds", detail="Three mornings a week", sensitive=True, seen=seen))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert seen == ["Read as: spring 2020 (season) · aged about 1"]
    [event] = chron.list_events(panel.library, child.id)
    assert (event.title, event.precision, event.category, event.place, event.detail) == (
        "Started at Little Acorns nursery", "season", "education", "Leeds",
        "Three mornings a week")
    assert event.sensitive and event.include_in_book and not event.private
    assert panel.visible_titles() == ["Started at Little Acorns nursery"]
    row = panel.proxy.index(0, DATE)
    assert row.data() == "spring 2020" and panel.proxy.index(0, 1).data() == "aged about 1"
    assert panel.selected_event_id() == event.id


def test_a_date_that_cannot_be_read_is_kept_and_said_so(qtbot, panel: ChronologyPanel,
                                                        child: ChildInfo) -> None:
    seen: list[str] = []
    when_modal(_fill("the week after Easter", "Visit from Gran", seen=seen))
    panel.add_event()
    assert "It will be kept as you typed it, with the date not known" in seen[0]
    [event] = chron.list_events(panel.library, child.id)
    assert (event.date_text, event.precision) == ("the week after Easter", "unknown")


def test_an_event_needs_a_title_before_the_dialog_closes(qtbot, panel: ChronologyPanel) -> None:
    dialog = panel._dialog(None)
    qtbot.addWidget(dialog)
    dialog.date_edit.setText("2020")
    dialog.ok_button.click()
    assert dialog.isVisible() is False and dialog.result() == 0
    assert "what happened" in dialog.error.text()


def test_editing_then_undo_and_redo_with_the_keyboard(qtbot, panel: ChronologyPanel,
                                                      child: ChildInfo) -> None:
    event_id = _add(panel, child, "3/5/2019", "Moved to Jo and Sam's", category="move")
    panel.select_event(event_id)
    when_modal(_fill("June 2019", "Moved to live with Jo and Sam", category="move",
                     detail="Mum was not well enough to look after Poppy"))
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    [after] = chron.list_events(panel.library, child.id)
    assert (after.title, after.date_display) == ("Moved to live with Jo and Sam", "June 2019")
    panel.window().activateWindow()  # as it is again once the dialog has closed
    qtbot.waitUntil(lambda: panel.window().isActiveWindow())
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    [back] = chron.list_events(panel.library, child.id)
    assert (back.title, back.date_display, back.detail) == ("Moved to Jo and Sam's",
                                                           "3 May 2019", "")
    assert panel.visible_titles() == ["Moved to Jo and Sam's"]
    qtbot.mouseClick(panel.redo_button, Qt.MouseButton.LeftButton)
    [again] = chron.list_events(panel.library, child.id)
    assert again.title == "Moved to live with Jo and Sam"


def test_delete_shows_a_notice_and_undo_brings_the_event_back_with_its_photo(
        qtbot, panel: ChronologyPanel, child: ChildInfo, tmp_path: Path) -> None:
    report = photo_service.import_photos(panel.library, child.id, [_photo(tmp_path / "a.jpg", "red")])
    event_id = _add(panel, child, "2020", "Learned to swim")
    _add(panel, child, "2021", "Learned to ride a bike")
    link_photo(panel.library, event_id, report.imported[0].id)
    panel.reload()
    panel.select_event(event_id)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert panel.visible_titles() == ["Learned to ride a bike"]
    assert panel.notice.isVisible()
    assert "Deleted “Learned to swim”" in panel.notice.message.text()
    qtbot.mouseClick(panel.notice.undo_button, Qt.MouseButton.LeftButton)
    events = chron.list_events(panel.library, child.id)
    assert [e.title for e in events] == ["Learned to swim", "Learned to ride a bike"]
    assert events[0].id == event_id and events[0].photo_ids == (report.imported[0].id,)
    assert panel.selected_event_id() == event_id


def test_undoing_an_add_removes_the_event(qtbot, panel: ChronologyPanel, child: ChildInfo) -> None:
    when_modal(_fill("2022", "First day at school", category="education"))
    panel.add_event()
    assert len(chron.list_events(panel.library, child.id)) == 1
    panel.undo_button.click()
    assert chron.list_events(panel.library, child.id) == []
    panel.redo_button.click()
    assert [e.title for e in chron.list_events(panel.library, child.id)] == ["First day at school"]


def test_sorting_by_a_column_and_back_to_the_chronology_order(qtbot, panel: ChronologyPanel,
                                                              child: ChildInfo) -> None:
    _add(panel, child, "2022", "Zoo trip")
    _add(panel, child, "not sure", "Aunt's wedding")
    _add(panel, child, "23/03/2019", "Born")
    _add(panel, child, "March 2021", "Moved")
    assert panel.visible_titles() == ["Born", "Moved", "Zoo trip", "Aunt's wedding"]
    header = panel.table.horizontalHeader()
    middle = header.sectionViewportPosition(EVENT) + header.sectionSize(EVENT) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(middle, header.height() // 2))  # a click on the "Event" heading
    assert panel.visible_titles() == ["Aunt's wedding", "Born", "Moved", "Zoo trip"]
    panel.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
    assert panel.visible_titles() == ["Aunt's wedding", "Zoo trip", "Moved", "Born"]
    panel.table.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
    assert panel.visible_titles() == ["Born", "Moved", "Zoo trip", "Aunt's wedding"]


def test_filtering_by_words_category_and_flags(qtbot, panel: ChronologyPanel,
                                               child: ChildInfo) -> None:
    _add(panel, child, "2019", "Born at St James's", category="birth")
    _add(panel, child, "2020", "Court hearing", category="court", sensitive=True,
         include_in_book=False)
    _add(panel, child, "2021", "Moved to Leeds", category="move", place="Leeds")
    _add(panel, child, "2022", "Worker's note about contact", category="contact", private=True,
         include_in_book=False)
    qtbot.keyClicks(panel.search, "leeds")
    assert panel.visible_titles() == ["Moved to Leeds"]
    assert panel.counts.text() == "4 events, 1 shown by the filters"
    panel.search.clear()
    panel.category.setCurrentIndex(panel.category.findData("court"))
    assert panel.visible_titles() == ["Court hearing"]
    panel.category.setCurrentIndex(0)
    panel.flag_boxes["include_in_book"].click()
    assert panel.visible_titles() == ["Born at St James's", "Moved to Leeds"]
    panel.flag_boxes["include_in_book"].click()
    panel.flag_boxes["private"].click()
    assert panel.visible_titles() == ["Worker's note about contact"]
    panel.flag_boxes["private"].click()
    panel.flag_boxes["sensitive"].click()
    assert panel.visible_titles() == ["Court hearing"]


def _drop(panel: ChronologyPanel, row: int, mime: QMimeData) -> None:
    """Drop ``mime`` on a row of the table, as Qt delivers it to the view."""
    rect = panel.table.visualRect(panel.proxy.index(row, EVENT))
    event = QDropEvent(QPointF(rect.center()), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    panel.table.dropEvent(event)
    assert event.isAccepted()


def test_dragging_a_photo_onto_a_row_links_it_and_undo_unlinks(
        qtbot, window: MainWindow, panel: ChronologyPanel, child: ChildInfo,
        tmp_path: Path) -> None:
    photo_service.import_photos(panel.library, child.id,
                                [_photo(tmp_path / "a.jpg", "red"), _photo(tmp_path / "b.jpg", "blue")])
    _add(panel, child, "2019", "Born")
    moved = _add(panel, child, "2021", "Moved to Jo and Sam's")
    # the photo is dragged from the child's photo grid, as that grid hands it out
    window.refresh(("child", child.id))
    grid = window.child_page.photo_model
    media_id = grid.index(1, 0).data(Qt.ItemDataRole.UserRole + 1)
    mime = grid.mimeData([grid.index(1, 0)])
    _drop(panel, 1, mime)
    [_born, event] = chron.list_events(panel.library, child.id)
    assert event.id == moved and event.photo_ids == (media_id,)
    assert panel.proxy.index(1, PHOTOS).data() == "1"
    assert "Linked the photo to “Moved to Jo and Sam's”" in panel.notice.message.text()
    panel.undo_button.click()
    assert chron.list_events(panel.library, child.id)[1].photo_ids == ()
    # from the panel's own photo list too
    source = panel.sources.photo_model
    _drop(panel, 0, source.mimeData([source.index(0, 0)]))
    assert chron.list_events(panel.library, child.id)[0].photo_ids == (
        source.index(0, 0).data(Qt.ItemDataRole.UserRole + 1),)


def test_dragging_a_person_onto_a_row_says_they_were_involved(
        qtbot, panel: ChronologyPanel, child: ChildInfo) -> None:
    nan = add_person(panel.library, child.id, "Pat", relationship="Nan",
                     role=PersonRole.BIRTH_FAMILY)
    _add(panel, child, "2020", "Stayed with Nan")
    people = panel.sources.people_model
    assert people.index(0, 0).data() == "Pat (Nan)"
    _drop(panel, 0, people.mimeData([people.index(0, 0)]))
    assert chron.list_events(panel.library, child.id)[0].person_ids == (nan.id,)
    _drop(panel, 0, people.mimeData([people.index(0, 0)]))  # twice: said, not linked again
    assert "already linked" in panel.notice.message.text()


def test_linking_from_the_keyboard_by_ticking_a_photo_in_the_dialog(
        qtbot, panel: ChronologyPanel, child: ChildInfo, tmp_path: Path) -> None:
    report = photo_service.import_photos(panel.library, child.id, [_photo(tmp_path / "a.jpg", "red")])
    panel.reload()
    when_modal(_fill("2020", "Holiday in Whitby", tick_photo=True))
    panel.add_event()
    assert chron.list_events(panel.library, child.id)[0].photo_ids == (report.imported[0].id,)


def test_gaps_show_above_the_table_and_lead_to_their_event(panel: ChronologyPanel,
                                                           child: ChildInfo) -> None:
    _add(panel, child, "2019", "Born", category="birth", detail="A healthy girl")
    move = _add(panel, child, "3/5/2019", "Moved to Jo and Sam's", category="move")
    assert panel.findings.isVisible()
    messages = panel.findings.messages()
    assert any(m.startswith("Placement move on 3 May 2019 has no explanation") for m in messages)
    row = next(r for r, m in enumerate(messages) if m.startswith("Placement move"))
    panel.table.clearSelection()
    panel.findings.view.clicked.emit(panel.findings.model.index(row, 0))
    assert panel.selected_event_id() == move
