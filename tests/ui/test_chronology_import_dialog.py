"""File > Import chronology…: preview, map columns with unusual names, import, and the report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from modal_helpers import when_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from lifebook.model.records import ChildInfo
from lifebook.services import chronology as chron
from lifebook.services.children import add_child
from lifebook.ui.chronology.import_dialog import ImportChronologyDialog
from lifebook.ui.jobs import InlineJobRunner
from lifebook.ui.main_window import MainWindow

# a case management export: a title line, a blank line, then headers nobody else uses
EXPORT = (
    "Chronology export for P. Rose\n"
    "\n"
    "Dt of occurrence;Chronology entry;Loc;Worker narrative;Ref no\n"
    "01/06/2019;Born at St Mary's;Café Row, Leeds;7lb 2oz — healthy;A1\n"
    "spring 2020;Moved to Nan's;Leeds;Mum was not well;A2\n"
    "the week after Easter;Visit from Gran;;;A3\n"
    "01/06/2019;Born at St Mary's;Café Row, Leeds;7lb 2oz — healthy;A1\n"
)


@pytest.fixture
def export(tmp_path: Path) -> Path:
    path = tmp_path / "chronology export.csv"
    path.write_bytes(EXPORT.encode("cp1252"))  # Windows-1252, as Excel on a council laptop saves
    return path


@pytest.fixture
def child(library) -> ChildInfo:  # type: ignore[no-untyped-def]
    return add_child(library, "Poppy Rose", preferred_name="Poppy", date_of_birth=date(2019, 6, 1))


def _pick(combo: QComboBox, text: str) -> None:
    """Choose an entry of a combo as a user does, by what it says."""
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)


def test_unusual_headers_are_mapped_in_the_dialog_and_imported(qtbot, library, child: ChildInfo,
                                                               export: Path) -> None:
    dialog = ImportChronologyDialog(library, child.id, InlineJobRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.load_file(export)
    assert dialog.header_spin.value() == 3  # the first row with the column names
    headers = [dialog.preview.horizontalHeaderItem(c).text()
               for c in range(dialog.preview.columnCount())]
    assert headers == ["Dt of occurrence", "Chronology entry", "Loc", "Worker narrative", "Ref no"]
    assert dialog.preview.item(1, 2).text() == "Café Row, Leeds"  # Windows-1252 read right
    assert dialog.preview.item(1, 3).text() == "7lb 2oz — healthy"
    combos = [dialog.preview.cellWidget(0, c) for c in range(5)]
    # the dates are recognised by what the column holds; the rest wait for the user
    assert [c.currentText() for c in combos] == ["Date", "Leave out", "Leave out", "Leave out",
                                                 "Leave out"]
    assert not dialog.import_button.isEnabled()
    assert "Choose the column that says what happened" in dialog.summary.text()
    _pick(combos[1], "What happened (event)")
    _pick(combos[2], "Place")
    _pick(combos[3], "Details")
    summary = dialog.summary.text()
    assert "4 rows (rows 4 to 7) will be read as events" in summary
    assert "what happened from “Chronology entry”" in summary
    assert "Left out: “Ref no”" in summary
    assert "1 date can't be read" in summary
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    events = chron.list_events(library, child.id)
    assert [(e.title, e.place, e.date_display) for e in events] == [
        ("Born at St Mary's", "Café Row, Leeds", "1 June 2019"),
        ("Moved to Nan's", "Leeds", "spring 2020"),
        ("Visit from Gran", "", "the week after Easter"),
    ]
    assert events[0].detail == "7lb 2oz — healthy"
    lines = dialog.report_lines()
    assert dialog.report_heading.text() == "Imported 3 events from chronology export.csv."
    assert any(line.startswith("Row 6: the date 'the week after Easter' could not be read")
               for line in lines)
    assert "Row 7: the same as row 4" in lines
    assert dialog.import_button.text() == "Close"


def test_a_field_is_read_from_one_column_only(qtbot, library, child: ChildInfo,
                                              export: Path) -> None:
    dialog = ImportChronologyDialog(library, child.id, InlineJobRunner())
    qtbot.addWidget(dialog)
    dialog.load_file(export)
    combos = [dialog.preview.cellWidget(0, c) for c in range(5)]
    _pick(combos[1], "What happened (event)")
    _pick(combos[3], "What happened (event)")
    assert [c.currentText() for c in combos[1:4]] == ["Leave out", "Leave out",
                                                      "What happened (event)"]
    assert dialog.mapping()["Worker narrative"] == "title"


def test_importing_the_same_file_again_adds_nothing_and_says_so(qtbot, library, child: ChildInfo,
                                                                export: Path) -> None:
    for _ in range(2):
        dialog = ImportChronologyDialog(library, child.id, InlineJobRunner())
        qtbot.addWidget(dialog)
        dialog.load_file(export)
        _pick(dialog.preview.cellWidget(0, 1), "What happened (event)")
        dialog.import_button.click()
    assert len(chron.list_events(library, child.id)) == 3
    assert dialog.report_heading.text() == "Imported 0 events from chronology export.csv."
    assert sum("already in the chronology" in line for line in dialog.report_lines()) == 3


def test_a_file_that_cannot_be_read_is_named_in_the_dialog(qtbot, library, child: ChildInfo,
                                                            tmp_path: Path) -> None:
    dialog = ImportChronologyDialog(library, child.id, InlineJobRunner())
    qtbot.addWidget(dialog)
    notes = tmp_path / "notes.docx"
    notes.write_bytes(b"PK")
    assert not dialog.load_file(notes)
    assert "can be imported from a .csv or .xlsx file" in dialog.error.text()
    assert not dialog.import_button.isEnabled()


def test_file_import_chronology_in_the_window_fills_the_chronology_tab(
        qtbot, window: MainWindow, export: Path) -> None:
    child = add_child(window.library, "Poppy Rose", date_of_birth=date(2019, 6, 1))
    window.refresh(("child", child.id))

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportChronologyDialog)
        dialog.load_file(export)
        _pick(dialog.preview.cellWidget(0, 1), "What happened (event)")
        dialog.import_button.click()
        dialog.import_button.click()  # now "Close"

    seen = when_modal(answer)
    window.import_chronology_action.trigger()
    assert seen and not any(isinstance(s, BaseException) for s in seen)
    assert window.child_page.tabs.currentWidget() is window.chronology
    assert window.chronology.visible_titles() == ["Born at St Mary's", "Moved to Nan's",
                                                  "Visit from Gran"]
