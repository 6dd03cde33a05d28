"""The Caseload view: filters, colour with words, double-click to open, from the main window."""

from __future__ import annotations

from datetime import datetime

import pytest
from caseload_sample import AS_OF, QA, build_sample
from PySide6.QtCore import Qt

from lifebook.store.db import Library
from lifebook.store.models import Book, BookStatusChange
from lifebook.ui.caseload import CaseloadView, CaseloadWindow
from lifebook.ui.caseload.model import STATUS_COLUMN
from lifebook.ui.main_window import MainWindow


@pytest.fixture
def sample(library: Library) -> Library:
    build_sample(library)
    with library.transaction() as s:  # Cara's book goes to QA, so one book is awaiting it
        book = s.query(Book).filter_by(title="All about Cara").one()
        s.add(BookStatusChange(book_id=book.id, from_status=book.status, to_status=QA,
                               at=datetime(2026, 11, 25, 9), by="worker"))
        book.status = QA
    return library


@pytest.fixture
def view(qtbot, sample: Library) -> CaseloadView:
    widget = CaseloadView(lambda: sample, as_of=AS_OF)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def _names(view: CaseloadView) -> list[tuple[str, str]]:
    return [(d.child_name, d.key) for d in view.visible()]


def _click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_every_child_and_deliverable_is_listed_most_urgent_first(view: CaseloadView) -> None:
    names = [d.child_name for d in view.visible()]
    assert set(names) == {"Amy Adams", "Ben Brown", "Cara Clark", "Dan Davies", "Eve Evans", "Fay Fox"}
    assert len(names) == 8
    assert names[:3] == ["Eve Evans", "Ben Brown", "Cara Clark"]
    assert "2 overdue" in view.summary.text() and "1 awaiting QA" in view.summary.text()
    assert "27 November 2026" in view.summary.text()


def test_the_state_is_in_words_as_well_as_colour(view: CaseloadView) -> None:
    cells = {view.proxy.index(r, STATUS_COLUMN).data() for r in range(view.proxy.rowCount())}
    assert {"⚠ Overdue", "◔ Due soon", "? Date unknown", "✔ Done"} <= cells
    first = view.proxy.index(0, STATUS_COLUMN)
    assert first.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert view.proxy.index(0, 5).data() == "29 days overdue"
    assert view.proxy.index(0, 7).data() == "Not started yet"


def test_quick_filters(qtbot, view: CaseloadView) -> None:
    _click(qtbot, view.quick_buttons["overdue"])
    assert [d.child_name for d in view.visible()] == ["Eve Evans", "Ben Brown"]
    _click(qtbot, view.quick_buttons["due-soon"])
    assert [d.child_name for d in view.visible()] == ["Cara Clark"]
    _click(qtbot, view.quick_buttons["awaiting-qa"])
    assert [d.book_title for d in view.visible()] == ["All about Cara"]
    _click(qtbot, view.quick_buttons["all"])
    assert len(view.visible()) == 8


def test_plan_and_worker_filters_combine_with_the_quick_ones(qtbot, view: CaseloadView) -> None:
    view.plan_box.setCurrentIndex(view.plan_box.findText("Adoption"))
    assert {d.child_name for d in view.visible()} == {"Amy Adams"}
    assert len(view.visible()) == 3
    view.plan_box.setCurrentIndex(0)
    view.worker_box.setCurrentIndex(view.worker_box.findText("Aisha Khan"))
    assert [d.child_name for d in view.visible()] == ["Ben Brown", "Cara Clark"]
    view.worker_box.setCurrentIndex(view.worker_box.findText("Not allocated"))
    assert [d.child_name for d in view.visible()] == ["Eve Evans"]
    view.worker_box.setCurrentIndex(view.worker_box.findText("Sam Patel"))
    _click(qtbot, view.quick_buttons["overdue"])
    assert view.visible() == []
    assert view.empty.isVisible() and view.empty.text() == "Nothing is overdue here."


def _double_click(qtbot, view: CaseloadView, row: int) -> None:  # type: ignore[no-untyped-def]
    index = view.proxy.index(row, 1)
    centre = view.table.visualRect(index).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_double_click_opens_the_book_or_the_child(qtbot, view: CaseloadView) -> None:
    ben = view.visible()[1]
    with qtbot.waitSignal(view.open_book, timeout=2000) as opened:
        _double_click(qtbot, view, 1)
    assert opened.args == [ben.book_id]
    eve = view.visible()[0]
    assert eve.book_id is None
    with qtbot.waitSignal(view.open_child, timeout=2000) as went:
        _double_click(qtbot, view, 0)
    assert went.args == [eve.child_id]


def test_the_main_window_opens_the_caseload_and_a_double_click_opens_the_book(
        qtbot, sample: Library, monkeypatch) -> None:
    from lifebook.ui.jobs import InlineJobRunner

    win = MainWindow(sample, InlineJobRunner())
    qtbot.addWidget(win)
    win.show()
    assert "Caseload and deadlines…" in [a.text().replace("&", "") for a in win.menuBar().actions()[0].menu().actions()]
    win.caseload_action.trigger()
    caseload = win.caseload_window  # type: ignore[attr-defined]
    assert isinstance(caseload, CaseloadWindow) and caseload.isVisible()
    view = caseload.view
    view.fixed_as_of = AS_OF
    view.reload()
    _double_click(qtbot, view, 1)  # Ben's book
    assert win.current_selection() == ("book", view.visible()[1].book_id)
    assert win.editor is not None and win.stack.currentWidget() is win.editor
    win.close()
