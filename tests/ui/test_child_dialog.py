"""Adding and editing a child: typed UK dates, a visible preferred name, every detail."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel

from lifebook.model.enums import Plan
from lifebook.model.records import ChildInfo
from lifebook.services.children import add_child, child_info_by_id, list_children
from lifebook.ui.child_dialog import ChildDialog
from lifebook.ui.date_field import DateField
from lifebook.ui.main_window import MainWindow


@pytest.fixture
def dialog(qtbot) -> ChildDialog:
    d = ChildDialog()
    qtbot.addWidget(d)
    d.show()
    return d


def _type(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.clear()
    qtbot.keyClicks(field, text)


def test_labels_show_no_literal_ampersands(dialog: ChildDialog) -> None:
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Date of birth" in texts
    assert not [t for t in texts if "&" in t]


def test_preferred_name_is_suggested_visibly_and_stays_editable(qtbot, dialog: ChildDialog) -> None:
    assert dialog.preferred.text() == ""
    qtbot.keyClicks(dialog.name, "Ruby Mae Jones")
    assert dialog.preferred.text() == "Ruby"  # shown to the user, who can change it
    assert "Suggested from the full name" in dialog.preferred_hint.text()
    _type(qtbot, dialog.preferred, "Rubes")
    qtbot.keyClicks(dialog.name, "-Smith")  # further typing no longer overwrites it
    assert dialog.preferred.text() == "Rubes"
    assert "Suggested" not in dialog.preferred_hint.text()
    assert dialog.values()["preferred_name"] == "Rubes"


def test_there_is_no_silent_default_date_of_birth(qtbot, dialog: ChildDialog) -> None:
    qtbot.keyClicks(dialog.name, "Kai Brown")
    assert dialog.dob.edit.text() == ""
    assert dialog.ok_button.isEnabled()
    values = dialog.values()
    assert values["date_of_birth"] is None
    assert all(values[k] is None for k in dialog.key_dates)


@pytest.mark.parametrize(
    ("typed", "shown", "expected"),
    [
        ("23 March 2019", "Understood as 23 March 2019", date(2019, 3, 23)),
        ("23/03/2019", "Understood as 23 March 2019", date(2019, 3, 23)),
        ("23-3-2019", "Understood as 23 March 2019", date(2019, 3, 23)),
        ("2019-03-23", "Understood as 23 March 2019", date(2019, 3, 23)),
        ("March 2019", "Understood as March 2019 (month only)", date(2019, 3, 1)),
        ("2019", "Understood as 2019 (year only)", date(2019, 1, 1)),
        ("about 2018", "Understood as about 2018", date(2018, 1, 1)),
        ("approx 2018", "Understood as about 2018", date(2018, 1, 1)),
    ],
)
def test_date_of_birth_says_what_it_understood(qtbot, dialog: ChildDialog, typed: str,
                                               shown: str, expected: date) -> None:
    qtbot.keyClicks(dialog.name, "Kai Brown")
    qtbot.keyClicks(dialog.dob.edit, typed)
    assert dialog.dob.feedback.text() == shown
    assert dialog.dob.feedback.isVisible()
    assert dialog.ok_button.isEnabled()
    assert dialog.values()["date_of_birth"] == expected


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("31/02/2019", "There is no 31 February 2019"),
        ("spring 2109", "The date of birth spring 2109 is in the future"),
        ("23 Marchh 2019", "I can't read '23 Marchh 2019' as a date: try 23/03/2019"),
        ("03/23/2019", "There is no month 23"),
    ],
)
def test_bad_or_future_dates_of_birth_are_refused_with_a_reason(qtbot, dialog: ChildDialog,
                                                                typed: str, said: str) -> None:
    qtbot.keyClicks(dialog.name, "Kai Brown")
    qtbot.keyClicks(dialog.dob.edit, typed)
    assert said in dialog.dob.feedback.text()
    assert not dialog.ok_button.isEnabled()
    assert "red" in dialog.hint.text()
    dialog.dob.edit.clear()  # empty is allowed: not known
    assert dialog.ok_button.isEnabled()
    tomorrow = date.today() + timedelta(days=1)
    qtbot.keyClicks(dialog.dob.edit, f"{tomorrow.day}/{tomorrow.month}/{tomorrow.year}")
    assert "in the future" in dialog.dob.feedback.text()


def test_key_dates_need_the_day(qtbot, dialog: ChildDialog) -> None:
    qtbot.keyClicks(dialog.name, "Kai Brown")
    placement = dialog.key_dates["placement_date"]
    qtbot.keyClicks(placement.edit, "March 2020")
    assert "needs the day" in placement.feedback.text() and "March 2020" in placement.feedback.text()
    assert not dialog.ok_button.isEnabled()
    _type(qtbot, placement.edit, "2/3/2020")
    assert placement.feedback.text() == "Understood as 2 March 2020"
    assert dialog.values()["placement_date"] == date(2020, 3, 2)


def test_date_field_shows_a_stored_date_as_it_reads(qtbot) -> None:
    field = DateField("date of birth")
    qtbot.addWidget(field)
    field.set_date(date(2018, 1, 1), "approximate")
    assert field.edit.text() == "about 2018"
    assert field.parsed() == (date(2018, 1, 1), "approximate")


def _accept_after(qtbot, monkeypatch, act) -> None:  # type: ignore[no-untyped-def]
    def fake_exec(dialog: ChildDialog) -> int:
        dialog.show()
        act(dialog)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ChildDialog, "exec", fake_exec)


def test_add_child_in_the_window_keeps_an_approximate_birth(qtbot, window: MainWindow, monkeypatch) -> None:
    def act(d: ChildDialog) -> None:
        qtbot.keyClicks(d.name, "Ruby Mae Jones")
        qtbot.keyClicks(d.dob.edit, "about 2018")
        d.pronouns.setCurrentText("she/her")

    _accept_after(qtbot, monkeypatch, act)
    window.add_child_action.trigger()
    (child,) = list_children(window.library)
    assert (child.name, child.preferred_name, child.pronouns) == ("Ruby Mae Jones", "Ruby", "she/her")
    assert (child.date_of_birth, child.dob_precision) == (date(2018, 1, 1), "approximate")
    assert "born about 2018" in window.child_details.text()


def test_edit_child_changes_every_detail(qtbot, window: MainWindow, monkeypatch) -> None:
    child = add_child(window.library, "Kai Brown", preferred_name="Kai", date_of_birth=date(2019, 3, 23))
    window.refresh(("child", child.id))

    def act(d: ChildDialog) -> None:
        assert d.windowTitle() == "Edit Kai Brown's details"
        assert d.ok_button.text() == "Save changes"
        assert d.dob.edit.text() == "23 March 2019"  # shown as it reads
        assert d.preferred.text() == "Kai"
        _type(qtbot, d.name, "Kai Green")
        assert d.preferred.text() == "Kai"  # an existing preferred name is not replaced
        _type(qtbot, d.preferred, "KJ")
        d.pronouns.setCurrentText("they/them")
        _type(qtbot, d.dob.edit, "March 2019")
        d.plan.setCurrentIndex(d.plan.findData(Plan.LONG_TERM_FOSTER_CARE.value))
        for key, text in {"came_into_care": "2/1/2020", "placement_date": "3 February 2020",
                          "placement_order_date": "2020-06-07", "adoption_order_date": "",
                          "celebration_hearing_date": "9/9/21", "match_date": "1/10/2021"}.items():
            _type(qtbot, d.key_dates[key].edit, text)
        d.nation.setCurrentIndex(d.nation.findText("Northern Ireland"))
        _type(qtbot, d.worker, "  Sam   Patel ")

    _accept_after(qtbot, monkeypatch, act)
    qtbot.mouseClick(window.child_page.edit_child_button, Qt.MouseButton.LeftButton)
    stored = child_info_by_id(window.library, child.id)
    assert (stored.name, stored.preferred_name, stored.pronouns) == ("Kai Green", "KJ", "they/them")
    assert (stored.date_of_birth_text, stored.plan) == ("March 2019", "long-term-foster-care")
    assert stored.as_dict()["key_dates"] == {"came_into_care": "2020-01-02", "placement": "2020-02-03",
                                   "placement_order": "2020-06-07", "adoption_order": None,
                                   "celebration_hearing": "2021-09-09", "match": "2021-10-01",
                                   "order": None, "plan_started": None}
    assert (stored.nation, stored.allocated_worker) == ("northern-ireland", "Sam Patel")
    assert window.child_name.text() == "Kai Green"
    assert "Placement: 3 February 2020" in window.child_page.key_dates.text()
    assert window.tree_model.item(0).text() == "Kai Green"


def test_dialog_form_uses_one_class_for_add_and_edit(qtbot) -> None:
    add = ChildDialog()
    edit = ChildDialog(child=ChildInfo(
        id=1, name="A B", preferred_name="", display_name="A B", pronouns="", date_of_birth=None,
        dob_precision=None, date_of_birth_text="", plan="adoption", plan_label="Adoption",
        is_sample=False))
    for d in (add, edit):
        qtbot.addWidget(d)
        assert isinstance(d.layout().itemAt(0).layout(), QFormLayout)
    assert (add.ok_button.text(), edit.ok_button.text()) == ("Add child", "Save changes")
