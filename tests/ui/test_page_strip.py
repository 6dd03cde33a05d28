"""The page strip, driven through the real widget with qtbot (jobs run inline)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPixmap

from lifebook.services import pages as page_service
from lifebook.ui.editor.document import BookDocument
from lifebook.ui.editor.outline import SectionOutline
from lifebook.ui.editor.page_strip import PageStrip, caption_for
from lifebook.ui.jobs import InlineJobRunner

DECORATION = Qt.ItemDataRole.DecorationRole


@pytest.fixture
def strip(qtbot, doc: BookDocument) -> PageStrip:
    widget = PageStrip(doc, InlineJobRunner())
    qtbot.addWidget(widget)
    widget.resize(220, 900)
    widget.show()
    return widget


def order(doc: BookDocument) -> list[int]:
    return page_service.page_order(doc.library, doc.book_id)


def captions(strip: PageStrip) -> list[str]:
    model = strip.page_model
    return [model.index(r).data() for r in range(model.rowCount())]


def frames_of(doc: BookDocument, page_id: int) -> dict:
    page = doc.page(page_id)
    assert page is not None
    return {k: (f.text, f.media.media_id if f.media else None) for k, f in page.frames.items()}


def test_strip_lists_every_page_in_order_with_thumbnails(qtbot, strip: PageStrip,
                                                         doc: BookDocument) -> None:
    model = strip.page_model
    assert model.index(0).data(DECORATION) is None  # a placeholder is painted until it is drawn
    assert model.page_ids() == order(doc)
    assert captions(strip) == [caption_for(p.number, p.section, p.parts) for p in doc.pages]
    assert captions(strip)[0] == "1 · Cover"
    assert any(c.endswith(" · My birth") for c in captions(strip))

    def all_drawn() -> bool:
        pixmaps = [model.index(r).data(DECORATION) for r in range(model.rowCount())]
        return all(isinstance(p, QPixmap) and not p.isNull() for p in pixmaps)

    qtbot.waitUntil(all_drawn, timeout=5000)
    thumb = model.index(0).data(DECORATION)
    assert thumb.width() == strip.thumb_size.width()
    assert thumb.height() == strip.thumb_size.height()


def test_a_changed_page_is_drawn_again(qtbot, strip: PageStrip, doc: BookDocument) -> None:
    model = strip.page_model
    page = doc.pages[1]
    model.index(1).data(DECORATION)  # asks for the thumbnail, as painting would
    qtbot.waitUntil(lambda: strip.thumbnails.is_current(page.page_id), timeout=5000)
    before = model.index(1).data(DECORATION).cacheKey()
    doc.set_text(page.page_id, "heading", "A brand new heading")
    assert not strip.thumbnails.is_current(page.page_id)
    stale = model.index(1).data(DECORATION)  # the old picture stays until the new one is ready
    assert stale is not None and stale.cacheKey() == before
    qtbot.waitUntil(lambda: strip.thumbnails.is_current(page.page_id), timeout=5000)
    assert model.index(1).data(DECORATION).cacheKey() != before


def test_dropping_a_page_moves_it_in_one_undoable_step(strip: PageStrip, doc: BookDocument) -> None:
    model = strip.page_model
    start = order(doc)
    mime = model.mimeData([model.index(0)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    expected = start[1:3] + [start[0]] + start[3:]
    assert order(doc) == expected
    assert model.page_ids() == expected
    assert captions(strip)[2] == "3 · Cover"
    assert doc.undo_stack.count() == 1

    doc.undo_stack.undo()
    assert order(doc) == start
    assert model.page_ids() == start


def test_internal_move_through_move_rows(strip: PageStrip, doc: BookDocument) -> None:
    model = strip.page_model
    start = order(doc)
    assert model.moveRow(QModelIndex(), 5, QModelIndex(), 1)  # what QListView does on a drop
    assert order(doc) == [start[0], start[5], *start[1:5], *start[6:]]
    assert strip.current_page_id() == doc.selection.page_id
    doc.undo_stack.undo()
    assert order(doc) == start
    # dropping a page just where it is changes nothing and leaves nothing to undo
    assert model.moveRow(QModelIndex(), 2, QModelIndex(), 3)
    assert order(doc) == start and doc.undo_stack.index() == 0


def test_delete_key_deletes_the_page_and_undo_brings_it_back(qtbot, strip: PageStrip,
                                                              doc: BookDocument) -> None:
    start = order(doc)
    victim = start[3]
    content = frames_of(doc, victim)
    assert any(media for _text, media in content.values())
    doc.selection.select_page(victim)
    assert strip.current_page_id() == victim
    strip.setFocus()
    with qtbot.waitSignal(strip.status_message) as message:
        qtbot.keyClick(strip, Qt.Key.Key_Delete)
    assert message.args == ["Page deleted. Undo with Ctrl+Z."]
    assert victim not in order(doc)
    assert strip.page_model.rowCount() == len(start) - 1
    assert doc.selection.page_id == start[4]  # the next page, not the first
    assert strip.current_page_id() == start[4]

    doc.undo_stack.undo()
    assert order(doc) == start
    assert frames_of(doc, victim) == content
    assert strip.current_page_id() == victim


def test_duplicate_page_puts_a_copy_after_it(strip: PageStrip, doc: BookDocument) -> None:
    start = order(doc)
    source = start[2]
    strip.duplicate_page(source)
    now = order(doc)
    assert len(now) == len(start) + 1
    copy = now[3]
    assert copy not in start
    assert doc.page(copy).template == doc.page(source).template
    assert frames_of(doc, copy) == frames_of(doc, source)
    assert strip.current_page_id() == copy
    doc.undo_stack.undo()
    assert order(doc) == start


def test_add_page_after_uses_the_chosen_template(strip: PageStrip, doc: BookDocument,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    start = order(doc)
    monkeypatch.setattr(strip, "choose_template", lambda *a, **k: "text-only")
    strip.add_page_after(start[0])
    added = order(doc)[1]
    assert added not in start
    assert doc.page(added).template == "text-only"
    assert strip.current_page_id() == added
    monkeypatch.setattr(strip, "choose_template", lambda *a, **k: None)  # cancelled
    strip.add_page_after(start[0])
    assert len(order(doc)) == len(start) + 1


def test_move_to_a_new_section_updates_strip_and_outline(qtbot, strip: PageStrip,
                                                        doc: BookDocument) -> None:
    outline = SectionOutline(doc)
    qtbot.addWidget(outline)
    page = doc.pages[-1]
    menu = strip.build_context_menu(page.page_id)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[:3] == ["Add page after…", "Duplicate page", "Delete page"]
    submenu = next(a.menu() for a in menu.actions() if a.text() == "Move to section")
    entries = [a.text() for a in submenu.actions() if a.text()]
    assert entries == [*strip.sections(), "New section…"]
    assert entries[0] == "Cover"

    strip.move_to_section("Holidays", page.page_id)
    assert doc.page(page.page_id).section == "Holidays"
    assert captions(strip)[-1] == f"{page.number} · Holidays"
    assert outline.section_names()[-1] == "Holidays"
    doc.undo_stack.undo()
    assert outline.section_names()[-1] == page.section


def test_selection_is_shared_both_ways(strip: PageStrip, doc: BookDocument) -> None:
    target = doc.pages[5].page_id
    doc.selection.select_page(target)
    assert strip.current_page_id() == target
    strip.setCurrentIndex(strip.page_model.index(2))
    assert doc.selection.page_id == doc.pages[2].page_id
