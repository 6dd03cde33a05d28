"""Review with the child: reading as spreads, turning pages, and keeping what the child says.

Driven through the widgets as a carer would. Every reaction must arrive as
a comment "from the child" with the carer's name, and the book must be
exactly as it was after a whole session.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QMenuBar, QSwipeGesture, QToolBar, QWidget

from lifebook.model.comments import CommentKind, Feeling
from lifebook.services import books as book_service
from lifebook.services import comments as comment_service
from lifebook.services import pages as page_service
from lifebook.ui.jobs import InlineJobRunner
from lifebook.ui.review.window import ReviewWindow, open_review


@pytest.fixture()
def review(qtbot, demo_copy):  # type: ignore[no-untyped-def]
    library, demo = demo_copy
    window = ReviewWindow(library, demo.book.id, runner=InlineJobRunner())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def book_state(library, book_id: int) -> tuple:  # type: ignore[no-untyped-def]
    """Everything a reading could change: the book's record and every page and frame."""
    info = book_service.book_info_by_id(library, book_id)
    pages = []
    for page in book_service.list_pages(library, book_id):
        snap = page_service.snapshot_page(library, page.id)
        snap.pop("comments")
        pages.append(snap)
    return info, pages


def started(qtbot, review: ReviewWindow, name: str = "Sam Taylor") -> ReviewWindow:  # type: ignore[no-untyped-def]
    review.carer_edit.clear()
    qtbot.keyClicks(review.carer_edit, name)
    qtbot.mouseClick(review.start_button, Qt.MouseButton.LeftButton)
    return review


def drag(widget: QWidget, points: list[QPointF]) -> None:
    """A real press, moves with the button held, and release (QTest's moves hold no button)."""
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    kinds = ([QMouseEvent.Type.MouseButtonPress] + [QMouseEvent.Type.MouseMove] * (len(points) - 2)
             + [QMouseEvent.Type.MouseButtonRelease])
    for n, (kind, point) in enumerate(zip(kinds, points, strict=True)):
        held = none if n == len(points) - 1 else left
        event = QMouseEvent(kind, point, widget.mapToGlobal(point), left if kind != QMouseEvent.Type.MouseMove else none,
                            held, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)


def test_the_carer_gives_their_name_once_before_reading(qtbot, review: ReviewWindow) -> None:
    assert review.stack.currentIndex() == 0
    review.carer_edit.clear()
    qtbot.mouseClick(review.start_button, Qt.MouseButton.LeftButton)
    assert review.stack.currentIndex() == 0 and review.carer_problem.isVisible()
    assert "your name" in review.carer_problem.text()
    started(qtbot, review, "  Sam   Taylor ")
    assert review.stack.currentIndex() == 1 and review.carer == "Sam Taylor"


def test_the_reading_view_has_no_editing_chrome(qtbot, review: ReviewWindow) -> None:
    started(qtbot, review)
    assert not review.findChildren(QToolBar) and not review.findChildren(QMenuBar)
    assert review.spread.shown() == [0]  # the cover, on its own


def test_pages_turn_by_button_key_and_swipe(qtbot, review: ReviewWindow) -> None:
    started(qtbot, review)
    spread = review.spread
    assert not review.prev_button.isEnabled()
    qtbot.mouseClick(review.next_button, Qt.MouseButton.LeftButton)
    assert spread.shown() == [1, 2] and review.where.text().startswith("Pages 2 and 3 of ")
    qtbot.keyClick(spread, Qt.Key.Key_Right)
    assert spread.shown() == [3, 4]
    qtbot.keyClick(spread, Qt.Key.Key_Left)
    assert spread.shown() == [1, 2]
    middle = QPointF(spread.width() / 2, spread.height() / 2)
    drag(spread, [middle, middle - QPointF(60, 0), middle - QPointF(200, 0)])  # swipe left
    assert spread.shown() == [3, 4]
    drag(spread, [middle, middle + QPointF(30, 0)])  # a small nudge turns nothing
    assert spread.shown() == [3, 4]
    drag(spread, [middle, middle + QPointF(90, 0), middle + QPointF(200, 0)])  # swipe right
    assert spread.shown() == [1, 2]
    spread.swiped(QSwipeGesture.SwipeDirection.Left)  # a touch screen's swipe gesture
    assert spread.shown() == [3, 4]
    qtbot.mouseClick(review.prev_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(review.prev_button, Qt.MouseButton.LeftButton)
    assert spread.shown() == [0] and not review.prev_button.isEnabled()
    qtbot.keyClick(spread, Qt.Key.Key_End)
    assert len(review.pages) - 1 in spread.shown() and not review.next_button.isEnabled()


def test_each_reaction_arrives_as_a_comment_from_the_child_and_the_book_is_unchanged(
        qtbot, review: ReviewWindow) -> None:
    library, book_id = review.library, review.book_id
    before = book_state(library, book_id)
    started(qtbot, review, "Sam Taylor")
    qtbot.mouseClick(review.next_button, Qt.MouseButton.LeftButton)  # pages 2 and 3
    page_ids = [p.page_id for p in review.pages.content.pages]

    qtbot.mouseClick(review.react_button, Qt.MouseButton.LeftButton)
    assert review.stack.currentWidget() is review.picker
    qtbot.mouseClick(review.picker.feeling_buttons[Feeling.SAD], Qt.MouseButton.LeftButton)
    assert review.stack.currentIndex() == 1 and "sad" in review.toast.text()

    qtbot.mouseClick(review.react_button, Qt.MouseButton.LeftButton)
    second = review.picker.page_choice.buttons()[1]  # the right-hand page
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(review.picker.note_edit, "I like the red door")
    qtbot.mouseClick(review.picker.keep_note_button, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(review.react_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(review.picker.my_page_button, Qt.MouseButton.LeftButton)
    assert review.stack.currentWidget() is review.my_page
    assert not review.my_page.keep_button.isEnabled()  # nothing to keep yet
    qtbot.keyClicks(review.my_page.words, "My cat Biscuit")
    qtbot.mouseClick(review.my_page.keep_button, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(review.react_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(review.picker.my_page_button, Qt.MouseButton.LeftButton)
    pad = review.my_page.pad
    paper = pad.paper()
    drag(pad, [paper.center(), paper.center() + QPointF(40, 10), paper.center() + QPointF(90, 60)])
    assert not pad.is_empty()
    qtbot.mouseClick(review.my_page.keep_button, Qt.MouseButton.LeftButton)

    threads = comment_service.list_threads(library, book_id)
    got = {t.first.kind: t.first for t in threads if t.first.kind != CommentKind.MY_PAGE.value}
    mine = [t.first for t in threads if t.first.kind == CommentKind.MY_PAGE.value]
    assert len(threads) == 4
    for info in [*got.values(), *mine]:
        assert info.from_child and info.carer_name == "Sam Taylor"
        assert info.byline == "From the child, with Sam Taylor"
    assert (got["feeling"].reaction, got["feeling"].page_id) == ("sad", page_ids[1])
    assert (got["note"].body, got["note"].page_id) == ("I like the red door", page_ids[2])
    assert {m.body for m in mine} == {"My cat Biscuit", ""}
    drawn = next(m for m in mine if m.has_drawing)
    assert comment_service.drawing_png(library, drawn.id).startswith(b"\x89PNG")
    assert book_state(library, book_id) == before  # reading never changes the book


def test_escape_goes_back_to_the_book_then_closes(qtbot, review: ReviewWindow) -> None:
    started(qtbot, review)
    qtbot.mouseClick(review.react_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(review.picker.note_edit, Qt.Key.Key_Escape)
    assert review.stack.currentIndex() == 1
    assert comment_service.list_threads(review.library, review.book_id) == []  # nothing kept


def test_a_reaction_that_cannot_be_kept_says_so_and_the_reading_goes_on(
        qtbot, review: ReviewWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    started(qtbot, review)
    monkeypatch.setattr(review.library, "read_only", True)
    monkeypatch.setattr(review.library, "read_only_reason", "this library is on a CD")
    qtbot.mouseClick(review.react_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(review.picker.feeling_buttons[Feeling.HAPPY], Qt.MouseButton.LeftButton)
    assert review.stack.currentIndex() == 1
    assert "could not be kept" in review.toast.text() and "CD" in review.toast.text()


def test_open_review_with_a_known_carer_goes_straight_to_the_book(qtbot, demo_copy) -> None:
    library, demo = demo_copy
    window = open_review(library, demo.book.id, carer="Jo Carer", runner=InlineJobRunner(),
                         full_screen=False)
    qtbot.addWidget(window)
    assert window.stack.currentIndex() == 1 and window.carer == "Jo Carer"


def test_lifebook_review_opens_the_reading_view_for_that_book(
        demo_copy, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from lifebook import app
    from lifebook.cli import main

    library, demo = demo_copy
    opened: list[tuple] = []
    monkeypatch.setattr(app, "run_review", lambda lib, book, carer: opened.append((book, carer)) or 0)
    path = Path(library.db_path)
    assert main(["--library", str(path), "review", str(demo.book.id), "--carer", "Jo"]) == 0
    assert opened == [(demo.book.id, "Jo")]
    assert main(["--library", str(path), "review", "9999"]) == 2
    assert "no book with id 9999" in capsys.readouterr().err
    assert opened == [(demo.book.id, "Jo")]  # no window for a book that is not there


def test_lifebook_comments_lists_the_childs_reactions(
        demo_copy, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from lifebook.cli import main

    library, demo = demo_copy
    page = book_service.list_pages(library, demo.book.id)[2]
    comment_service.add_child_reaction(library, demo.book.id, page.id, carer_name="Jo Carer",
                                       note="I like the red door")
    path = str(library.db_path)
    assert main(["--library", path, "comments", "--book", str(demo.book.id)]) == 0
    out = capsys.readouterr().out
    assert "Page 3: In the child's words: “I like the red door”" in out
    assert "From the child, with Jo Carer" in out
    assert main(["--library", path, "comments", "--book", str(demo.book.id), "--json"]) == 0
    [thread] = json.loads(capsys.readouterr().out)["threads"]
    assert thread["from_child"] and thread["carer_name"] == "Jo Carer" and thread["replies"] == []
