"""Privacy in the window: the checks panel shows privacy findings, Preferences sets the author."""

from __future__ import annotations

from pathlib import Path

import pytest
from modal_helpers import when_modal
from PySide6.QtCore import Qt

from lifebook.services.children import add_person
from lifebook.services.preferences import Preferences, load_preferences, save_preferences
from lifebook.ui.editor.document import BookDocument
from lifebook.ui.editor.export_dialog import ExportDialog
from lifebook.ui.editor.findings import FINDING_ROLE, FindingsPanel
from lifebook.ui.jobs import InlineJobRunner
from lifebook.ui.main_window import MainWindow
from lifebook.ui.preferences_dialog import PreferencesDialog


@pytest.fixture
def panel(qtbot, doc: BookDocument) -> FindingsPanel:
    widget = FindingsPanel(doc)
    qtbot.addWidget(widget)
    widget.resize(420, 600)
    widget.show()
    return widget


@pytest.fixture(autouse=True)
def _no_author_yet() -> None:
    save_preferences(Preferences())


def _lines(panel: FindingsPanel) -> list[str]:
    out = []
    for row in range(panel.model.rowCount()):
        index = panel.model.index(row, 0)
        out.append(index.data())
        out += [panel.model.index(r, 0, index).data() for r in range(panel.model.rowCount(index))]
    return out


def _index_of(panel: FindingsPanel, words: str):  # type: ignore[no-untyped-def]
    for row in range(panel.model.rowCount()):
        index = panel.model.index(row, 0)
        if words in (index.data() or ""):
            return index
    raise AssertionError(f"no line with {words!r}: {_lines(panel)}")


def test_the_panel_shows_a_school_name_and_a_relative_named_without_consent(
        qtbot, panel: FindingsPanel, doc: BookDocument) -> None:
    assert any("Oak Tree School" in line for line in _lines(panel))  # the sample's own caption

    add_person(doc.library, doc.content.child_id, "Kelly Price", relationship="Birth aunt")
    page = next(p for p in doc.pages if p.template == "text-only")
    doc.people_changed()
    doc.set_text(page.page_id, "text", "Auntie Kelly Price came to see Poppy at 12 Acacia Road.")
    panel.refresh()
    named = _index_of(panel, "names Kelly Price (birth aunt)")
    assert "but nobody has asked yet whether Kelly Price agrees to be named" in named.data()
    assert "\u201cyour birth aunt\u201d" in named.data()
    address = _index_of(panel, "\u201c12 Acacia Road\u201d")
    assert address.data().startswith("▲  Page")  # a warning: to look at, not to fix

    doc.selection.select_page(doc.pages[0].page_id)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.view.visualRect(named).center())
    finding = named.data(FINDING_ROLE)
    assert (doc.selection.page_id, doc.selection.frame_key) == (page.page_id, "text")
    assert finding.page_id == page.page_id

    doc.set_text(page.page_id, "text", "Poppy's aunt came to see her.")  # fixed: gone
    panel.refresh()
    assert not any("Kelly" in line or "Acacia" in line for line in _lines(panel))


def test_preferences_saves_the_author_and_refuses_a_bad_name_without_losing_it(
        qtbot, tmp_path: Path) -> None:
    path = tmp_path / "prefs.json"
    dialog = PreferencesDialog(path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.author.text() == ""
    qtbot.keyClicks(dialog.author, "Priya   Shah")
    assert dialog.save()
    assert load_preferences(path).author == "Priya Shah"

    again = PreferencesDialog(path=path)
    qtbot.addWidget(again)
    assert again.author.text() == "Priya Shah"
    again.author.setText("Priya\x07Shah")
    assert not again.save()
    assert "control character" in again.message.text()
    assert load_preferences(path).author == "Priya Shah"  # nothing stored was lost


def test_the_export_dialog_names_the_author_set_in_preferences(qtbot, doc: BookDocument) -> None:
    dialog = ExportDialog(doc, runner=InlineJobRunner())
    qtbot.addWidget(dialog)
    assert "No name set" in dialog.author_label.text()
    assert dialog.options().author == ""
    save_preferences(Preferences(author="Priya Shah"))
    later = ExportDialog(doc, runner=InlineJobRunner())
    qtbot.addWidget(later)
    assert later.author_label.text() == "Priya Shah"
    assert later.options().author == "Priya Shah"


def test_file_preferences_opens_the_dialog(qtbot, window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert window.preferences_action in file_menu.actions()

    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, PreferencesDialog)
        dialog.author.setText("Sam Okafor")
        dialog.save()

    seen = when_modal(answer)
    window.preferences_action.trigger()
    assert seen and isinstance(seen[0], PreferencesDialog)
    assert load_preferences().author == "Sam Okafor"


def test_several_of_a_kind_are_one_group_line_in_plain_words(qtbot, panel: FindingsPanel,
                                                              doc: BookDocument) -> None:
    page = next(p for p in doc.pages if p.template == "text-only")
    doc.set_text(page.page_id, "text", "Poppy went to Hillside Nursery before Oak Tree School.")
    panel.refresh()
    group = panel.group_index("privacy-school")
    assert group.isValid()
    assert group.data() == "▲  ▸ 3 school names in the book"
    children = [panel.model.index(r, 0, group).data() for r in range(panel.model.rowCount(group))]
    assert any("\u201cHillside Nursery\u201d" in line for line in children)
    assert not any("privacy" in line or "frame" in line for line in _lines(panel))
