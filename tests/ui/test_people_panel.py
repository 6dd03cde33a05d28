"""The People tab, driven as a social worker would: add, edit consent, delete, undo."""

from __future__ import annotations

import pytest
from modal_helpers import press, when_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from lifebook.model.enums import Relationship
from lifebook.services import children
from lifebook.services import people as ps
from lifebook.store.db import Library
from lifebook.ui.jobs import InlineJobRunner
from lifebook.ui.main_window import MainWindow
from lifebook.ui.people.dialog import IDENTIFIED_QUESTION, NAMED_QUESTION, PersonDialog
from lifebook.ui.people.panel import PeoplePanel


@pytest.fixture
def panel(qtbot, demo_copy) -> PeoplePanel:  # type: ignore[no-untyped-def]
    library, demo = demo_copy
    widget = PeoplePanel(InlineJobRunner())
    qtbot.addWidget(widget)
    widget.resize(1100, 650)
    widget.show()
    widget.show_child(library, demo.child.id, "Poppy")
    return widget


def _names(panel: PeoplePanel) -> list[str]:
    return [panel.list.topLevelItem(i).text(0) for i in range(panel.list.topLevelItemCount())]


def _select(panel: PeoplePanel, name: str) -> int:
    for i in range(panel.list.topLevelItemCount()):
        item = panel.list.topLevelItem(i)
        if item.text(0).startswith(name):
            panel.list.setCurrentItem(item)
            return panel.selected_id()
    raise AssertionError(f"{name} is not in the list: {_names(panel)}")


def test_the_childs_page_has_a_people_tab(qtbot, window: MainWindow, library: Library) -> None:
    child = children.add_child(library, "Kai Test")
    ps.add_person(library, child.id, "Josephine Smith", Relationship.GRANDPARENT,
                  known_as="Nanna Jo")
    window.refresh(("child", child.id))
    page = window.child_page
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles == ["Books and photos", "Chronology", "People"]
    page.tabs.setCurrentWidget(page.people)
    assert _names(page.people) == ["Nanna Jo (Josephine Smith)"]
    assert page.people.list.topLevelItem(0).text(1) == "Grandparent"
    assert page.people.title.text() == "People in Kai Test's life"


def test_the_list_shows_relationship_and_both_consents(panel: PeoplePanel) -> None:
    assert _names(panel)[:2] == ["Mummy Sarah (Sarah)", "Daniel"]
    daniel = panel.list.topLevelItem(1)
    assert (daniel.text(1), daniel.text(2), daniel.text(3)) == (
        "Birth father", "Not asked yet", "Not asked yet")
    _select(panel, "Mummy Sarah")
    assert "In 2 photos" in panel.card_uses.text()
    assert "Named in books" in panel.card_consent.text()


def test_add_a_person_then_undo_and_redo(qtbot, panel: PeoplePanel) -> None:
    library, child_id = panel.library, panel.child_id

    def fill(dialog: PersonDialog) -> None:
        assert dialog.named.question.text() == NAMED_QUESTION
        assert dialog.identified.question.text() == IDENTIFIED_QUESTION
        assert not dialog.sibling_lives.isVisibleTo(dialog)  # only for brothers and sisters
        dialog.name.setText("Mia Jones")
        dialog.known_as.setText("Mia")
        dialog.relationship.setCurrentIndex(
            dialog.relationship.findData(Relationship.HALF_SIBLING.value))
        assert dialog.sibling_lives.isVisibleTo(dialog)
        dialog.sibling_lives.setCurrentIndex(dialog.sibling_lives.findData("adopted-elsewhere"))
        dialog.description.setPlainText("Your big sister. She lives with another family.")
        dialog.named.radios["yes"].setChecked(True)
        dialog.save_button.click()

    when_modal(fill)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    mia = ps.list_people(library, child_id)[-1]
    assert (mia.name, mia.known_as, mia.relationship, mia.sibling_lives, mia.consent,
            mia.consent_identified) == ("Mia Jones", "Mia", "half-sibling", "adopted-elsewhere",
                                        "yes", "not-asked")
    assert _names(panel)[-1] == "Mia (Mia Jones)" and panel.selected_id() == mia.id

    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert "Mia (Mia Jones)" not in _names(panel)
    assert len(ps.list_people(library, child_id)) == 5
    qtbot.mouseClick(panel.redo_button, Qt.MouseButton.LeftButton)
    assert ps.get_person(library, mia.id) == mia  # back with the same id and every detail


def test_a_dialog_with_no_name_or_a_bad_date_says_so_and_saves_nothing(
        qtbot, panel: PeoplePanel) -> None:
    seen: list[str] = []

    def fill(dialog: PersonDialog) -> None:
        dialog.save_button.click()
        seen.append(dialog.error.text())
        dialog.name.setText("Gran")
        dialog.died.edit.setText("32/13/2020")
        dialog.save_button.click()
        seen.append(dialog.error.text())
        assert dialog.isVisible()
        dialog.cancel_button.click()

    when_modal(fill)
    panel.add_button.click()
    assert seen[0].startswith("Please give their name")
    assert seen[1] and seen[1] != seen[0]
    assert len(ps.list_people(panel.library, panel.child_id)) == 5
    assert not panel.undo_stack.canUndo()


def test_edit_consent_to_be_identified_then_undo(qtbot, panel: PeoplePanel) -> None:
    daniel_id = _select(panel, "Daniel")

    def fill(dialog: PersonDialog) -> None:
        assert dialog.identified.value() == "not-asked"
        dialog.identified.radios["no"].setChecked(True)
        dialog.identified.asked.edit.setText("3/2/2025")
        dialog.identified.note.setText("Did not want his photo used")
        dialog.save_button.click()

    when_modal(fill)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    daniel = ps.get_person(panel.library, daniel_id)
    assert (daniel.consent_identified, daniel.consent_identified_note) == (
        "no", "Did not want his photo used")
    assert daniel.consent_identified_date is not None
    assert daniel.consent_identified_date.isoformat() == "2025-02-03"  # read the UK way
    assert panel.list.currentItem().text(3) == "No"

    panel.undo_stack.undo()
    daniel = ps.get_person(panel.library, daniel_id)
    assert (daniel.consent_identified, daniel.consent_identified_date,
            daniel.consent_identified_note) == ("not-asked", None, "")
    assert panel.list.currentItem().text(3) == "Not asked yet"


def test_deleting_someone_in_use_asks_first_listing_where_they_appear(
        qtbot, panel: PeoplePanel) -> None:
    library = panel.library
    sarah_id = _select(panel, "Mummy Sarah")
    tagged = [p.id for p in ps.photos_of_person(library, sarah_id)]
    asked: list[str] = []

    def cancel(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_modal(cancel)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert "In 2 photos: 'Poppy's first home with Sarah', 'Sarah and Poppy at the park'" \
        in asked[0]
    assert "Their photos are on page 6 of 'Poppy's life story'" in asked[0]  # after the tree
    assert ps.get_person(library, sarah_id).name == "Sarah"  # Cancel kept her

    when_modal(press(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert not any(n.startswith("Mummy Sarah") for n in _names(panel))
    assert panel.notice.isVisible() and "Mummy Sarah was deleted" in panel.notice.message.text()

    qtbot.mouseClick(panel.notice.undo_button, Qt.MouseButton.LeftButton)
    assert _names(panel)[0] == "Mummy Sarah (Sarah)"
    assert [p.id for p in ps.photos_of_person(library, sarah_id)] == tagged


def test_deleting_someone_nowhere_else_needs_no_question_and_undoes(
        qtbot, panel: PeoplePanel) -> None:
    priya_id = _select(panel, "Priya")
    seen = when_modal(lambda box: box.close(), tries=5)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert seen == [] and "Priya" not in _names(panel)
    qtbot.keyClick(panel.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Priya" in _names(panel) and ps.get_person(panel.library, priya_id).name == "Priya"
