"""The section outline, driven through the real widget with qtbot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from lifebook.ui.editor.document import BookDocument
from lifebook.ui.editor.outline import PAGE_ID_ROLE, SectionOutline, section_runs

LIFE_STORY_SECTIONS = [
    "Cover",
    "All about me now",
    "My birth",
    "My birth family",
    "Why I could not live with my birth family",
    "My foster carers",
    "My new family",
    "My journey",
    "My future",
]


@pytest.fixture
def outline(qtbot, doc: BookDocument) -> SectionOutline:
    widget = SectionOutline(doc)
    qtbot.addWidget(widget)
    widget.resize(360, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot, view: SectionOutline, index: QModelIndex) -> None:
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())


def test_outline_lists_the_life_story_sections_in_order(outline: SectionOutline,
                                                        doc: BookDocument) -> None:
    assert outline.section_names() == LIFE_STORY_SECTIONS
    model = outline.outline_model
    for row, (_name, pages) in enumerate(section_runs(doc.pages)):
        section = model.item(row)
        assert section.rowCount() == len(pages)
        assert [section.child(r).data(PAGE_ID_ROLE) for r in range(section.rowCount())] == \
            [p.page_id for p in pages]
        assert outline.isExpanded(section.index())
    birth = model.item(LIFE_STORY_SECTIONS.index("My birth"))
    page = next(p for p in doc.pages if p.section == "My birth")
    assert birth.child(0).text() == f"Page {page.number} – photo and text"


def test_clicking_a_section_or_page_selects_it(qtbot, outline: SectionOutline,
                                               doc: BookDocument) -> None:
    model = outline.outline_model
    carers = model.item(LIFE_STORY_SECTIONS.index("My foster carers"))
    first, second = (p.page_id for p in doc.pages if p.section == "My foster carers")
    click(qtbot, outline, carers.index())
    assert doc.selection.page_id == first
    click(qtbot, outline, carers.child(1).index())
    assert doc.selection.page_id == second
    assert outline.currentIndex().data(PAGE_ID_ROLE) == second


def test_outline_follows_the_selection_and_the_book(outline: SectionOutline,
                                                    doc: BookDocument) -> None:
    target = doc.pages[6]
    doc.selection.select_page(target.page_id)
    assert outline.currentIndex() == outline.page_index(target.page_id)

    doc.move_page(doc.pages[0].page_id, len(doc.pages) - 1)  # the cover to the end
    assert outline.section_names() == [*LIFE_STORY_SECTIONS[1:], "Cover"]
    assert outline.currentIndex().data(PAGE_ID_ROLE) == target.page_id  # still selected

    doc.set_section(target.page_id, "Holidays")
    assert "Holidays" in outline.section_names()
    doc.change_template(target.page_id, "text-only")
    holidays = outline.page_index(target.page_id)
    assert holidays.parent().data() == "Holidays"
    assert holidays.data().endswith("– text only")

    doc.undo_stack.undo()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert outline.section_names() == LIFE_STORY_SECTIONS


def test_a_folded_section_stays_folded(outline: SectionOutline, doc: BookDocument) -> None:
    section = outline.outline_model.item(1).index()
    outline.collapse(section)
    doc.set_text(doc.pages[0].page_id, "title", "Poppy's book")  # any edit rebuilds the outline
    assert not outline.isExpanded(outline.outline_model.item(1).index())
    assert outline.isExpanded(outline.outline_model.item(2).index())
    inside = next(p for p in doc.pages if p.section == LIFE_STORY_SECTIONS[1])
    doc.selection.select_page(inside.page_id)
    assert outline.currentIndex() == outline.outline_model.item(1).index()
