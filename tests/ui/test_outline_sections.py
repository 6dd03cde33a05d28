"""Adding, renaming, reordering and removing sections in the outline, with undo."""

from __future__ import annotations

import pytest
from dialog_helpers import click_in_next_box, type_in_next_input
from PySide6.QtCore import Qt
from test_outline import LIFE_STORY_SECTIONS, click

from lifebook.services.books import list_pages
from lifebook.ui.editor.document import BookDocument
from lifebook.ui.editor.outline import SectionOutline, SectionsPanel, section_runs


@pytest.fixture
def panel(qtbot, doc: BookDocument) -> SectionsPanel:
    widget = SectionsPanel(SectionOutline(doc))
    qtbot.addWidget(widget)
    widget.resize(360, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _stored_sections(doc: BookDocument) -> list[str]:
    names: list[str] = []
    for page in list_pages(doc.library, doc.book_id):
        if not names or names[-1] != page.section:
            names.append(page.section)
    return names


def _select_section(qtbot, outline: SectionOutline, name: str) -> None:
    row = outline.section_names().index(name)
    click(qtbot, outline, outline.outline_model.item(row).index())


def test_add_a_section_after_the_current_one(qtbot, panel: SectionsPanel, doc: BookDocument) -> None:
    outline = panel.outline
    pages_before = len(doc.pages)
    _select_section(qtbot, outline, "My birth")
    asked = type_in_next_input("  Our holidays ")
    qtbot.mouseClick(panel.buttons["add"], Qt.MouseButton.LeftButton)
    assert asked and "Name of the new section" in asked[0]
    expected = list(LIFE_STORY_SECTIONS)
    expected.insert(expected.index("My birth") + 1, "Our holidays")
    assert outline.section_names() == expected == _stored_sections(doc)
    assert len(doc.pages) == pages_before + 1
    new_page = doc.page(doc.selection.page_id)
    assert new_page is not None and new_page.section == "Our holidays"
    assert new_page.template == "text-only"
    assert new_page.frames["heading"].text == "Our holidays"

    doc.undo_stack.undo()
    assert outline.section_names() == LIFE_STORY_SECTIONS == _stored_sections(doc)
    assert len(doc.pages) == pages_before


def test_rename_a_section_renames_all_its_pages(qtbot, panel: SectionsPanel, doc: BookDocument) -> None:
    outline = panel.outline
    _select_section(qtbot, outline, "My foster carers")
    carers = [p.page_id for p in doc.pages if p.section == "My foster carers"]
    assert len(carers) == 2
    asked = type_in_next_input("Living with Sue and Dave")
    qtbot.mouseClick(panel.buttons["rename"], Qt.MouseButton.LeftButton)
    assert "My foster carers" in asked[0] and "2 pages" in asked[0]
    assert [doc.page(pid).section for pid in carers] == ["Living with Sue and Dave"] * 2
    assert "Living with Sue and Dave" in _stored_sections(doc)
    assert "My foster carers" not in outline.section_names()
    doc.undo_stack.undo()
    assert outline.section_names() == LIFE_STORY_SECTIONS == _stored_sections(doc)

    type_in_next_input(None)  # Cancel changes nothing
    qtbot.mouseClick(panel.buttons["rename"], Qt.MouseButton.LeftButton)
    assert _stored_sections(doc) == LIFE_STORY_SECTIONS


def test_move_a_section_up_and_down_as_a_block(qtbot, panel: SectionsPanel, doc: BookDocument) -> None:
    outline = panel.outline
    _select_section(qtbot, outline, "My foster carers")
    block = [p.page_id for p in doc.pages if p.section == "My foster carers"]
    qtbot.mouseClick(panel.buttons["up"], Qt.MouseButton.LeftButton)
    expected = list(LIFE_STORY_SECTIONS)
    at = expected.index("My foster carers")
    expected[at - 1], expected[at] = expected[at], expected[at - 1]
    assert outline.section_names() == expected == _stored_sections(doc)
    ids = [p.page_id for p in doc.pages]
    start = ids.index(block[0])
    assert ids[start:start + len(block)] == block  # the pages stay together, in order
    assert outline.current_run() == at - 1  # still on the moved section

    qtbot.mouseClick(panel.buttons["down"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.buttons["down"], Qt.MouseButton.LeftButton)
    expected = list(LIFE_STORY_SECTIONS)
    expected[at], expected[at + 1] = expected[at + 1], expected[at]
    assert outline.section_names() == expected == _stored_sections(doc)
    for _ in range(3):
        doc.undo_stack.undo()
    assert _stored_sections(doc) == LIFE_STORY_SECTIONS

    _select_section(qtbot, outline, "Cover")
    assert not panel.buttons["up"].isEnabled()
    _select_section(qtbot, outline, "My future")
    assert not panel.buttons["down"].isEnabled()


def test_remove_a_section_asks_then_deletes_its_pages_undoably(
    qtbot, panel: SectionsPanel, doc: BookDocument
) -> None:
    outline = panel.outline
    _select_section(qtbot, outline, "My foster carers")
    before = [(p.page_id, p.section, p.template, dict(p.frames)) for p in doc.pages]
    asked = click_in_next_box("Cancel")
    qtbot.mouseClick(panel.buttons["remove"], Qt.MouseButton.LeftButton)
    assert "My foster carers" in asked[0] and "2 pages" in asked[0]
    assert len(doc.pages) == len(before)

    click_in_next_box("Delete 2 pages")
    qtbot.mouseClick(panel.buttons["remove"], Qt.MouseButton.LeftButton)
    assert "My foster carers" not in outline.section_names()
    assert "My foster carers" not in _stored_sections(doc)
    assert len(doc.pages) == len(before) - 2

    doc.undo_stack.undo()
    after = [(p.page_id, p.section, p.template, dict(p.frames)) for p in doc.pages]
    assert after == before  # same pages, same places, same content
    doc.undo_stack.redo()
    assert "My foster carers" not in _stored_sections(doc)


def test_remove_a_section_can_move_its_pages_into_the_one_above(
    qtbot, panel: SectionsPanel, doc: BookDocument
) -> None:
    outline = panel.outline
    _select_section(qtbot, outline, "My foster carers")
    carers = [p.page_id for p in doc.pages if p.section == "My foster carers"]
    previous = LIFE_STORY_SECTIONS[LIFE_STORY_SECTIONS.index("My foster carers") - 1]
    click_in_next_box("Move pages into")
    outline.remove_section_action.trigger()
    assert [doc.page(pid).section for pid in carers] == [previous, previous]
    assert "My foster carers" not in outline.section_names()
    assert len(section_runs(doc.pages)) == len(LIFE_STORY_SECTIONS) - 1
    doc.undo_stack.undo()
    assert _stored_sections(doc) == LIFE_STORY_SECTIONS


def test_the_context_menu_offers_every_section_edit(qtbot, panel: SectionsPanel) -> None:
    texts = [a.text() for a in panel.outline.build_context_menu().actions() if a.text()]
    assert texts == ["Add section…", "Rename section…", "Move section up", "Move section down",
                     "Remove section…"]


def test_keys_in_the_outline_rename_move_and_remove(qtbot, panel: SectionsPanel, doc: BookDocument) -> None:
    outline = panel.outline
    _select_section(qtbot, outline, "My birth")
    outline.setFocus()
    asked = type_in_next_input("Being born")
    qtbot.keyClick(outline, Qt.Key.Key_F2)
    assert asked and "My birth" in asked[0]
    assert "Being born" in _stored_sections(doc)
    qtbot.keyClick(outline, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    names = _stored_sections(doc)
    assert names.index("Being born") == LIFE_STORY_SECTIONS.index("My birth") + 1
    asked = click_in_next_box("Cancel")
    qtbot.keyClick(outline, Qt.Key.Key_Delete)
    assert asked and "Being born" in asked[0]
