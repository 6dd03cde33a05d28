"""Starting and managing books from the window: new book, statuses, rename, duplicate, delete."""

from __future__ import annotations

from pathlib import Path

import pytest
from dialog_helpers import click_in_next_box, type_in_next_input
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence

from lifebook.model.enums import BookKind, Plan
from lifebook.model.trim import TrimSize
from lifebook.services import books as book_service
from lifebook.services import pages as page_service
from lifebook.services.children import add_child, list_children
from lifebook.services.photos import import_photos
from lifebook.store.models import Book
from lifebook.ui.main_window import ROLE_ID, ROLE_KIND, MainWindow
from lifebook.ui.new_book_dialog import NewBookDialog


@pytest.fixture
def child(window: MainWindow) -> dict:
    made = add_child(window.library, "Mia Rose Smith", preferred_name="Mia", plan=Plan.LONG_TERM_FOSTER_CARE)
    window.refresh(("child", made.id))
    return made


def _accept_new_book(qtbot, monkeypatch, act=None) -> list[NewBookDialog]:  # type: ignore[no-untyped-def]
    seen: list[NewBookDialog] = []

    def fake_exec(dialog: NewBookDialog) -> int:
        seen.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        if act:
            act(dialog)
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(NewBookDialog, "exec", fake_exec)
    return seen


def test_new_book_is_offered_in_the_menu_on_the_page_and_by_ctrl_n(window: MainWindow, child: dict) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert "New book…" in [a.text().replace("&", "") for a in file_menu.actions()]
    assert window.new_book_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.new_book_action.shortcut().toString() == "Ctrl+N"
    assert window.child_page.new_book_button.isVisible()


def test_new_book_dialog_follows_the_plan_and_opens_the_book(
    qtbot, window: MainWindow, child: dict, monkeypatch, tmp_path: Path
) -> None:
    photo = tmp_path / "garden.jpg"
    Image.new("RGB", (640, 480), "teal").save(photo, "JPEG")
    import_photos(window.library, child.id, [photo])
    window.refresh(("child", child.id))

    def act(d: NewBookDialog) -> None:
        assert d.windowTitle() == "New book for Mia"
        assert [b.text() for b in d.kind_buttons.values()] == [
            "Life story book", "Words and pictures", "Later life letter"]
        assert d.kind() is BookKind.LIFE_STORY
        assert d.title.text() == "Mia's life story"
        assert "My foster family" in d.sections.text()
        assert "My new family" not in d.sections.text()  # adoption only
        assert d.trim.currentText().startswith("A4 portrait")
        assert d.autoflow.isEnabled() and "Mia's photo" in d.autoflow.text()
        letter = d.kind_buttons[BookKind.LATER_LIFE_LETTER]  # click its round button
        qtbot.mouseClick(letter, Qt.MouseButton.LeftButton, pos=QPoint(8, letter.height() // 2))
        assert d.title.text() == "A letter for Mia"
        assert "How your family was chosen" not in d.sections.text()
        d.trim.setCurrentIndex(d.trim.findData(TrimSize.A5_PORTRAIT.value))
        d.autoflow.setChecked(True)

    seen = _accept_new_book(qtbot, monkeypatch, act)
    qtbot.mouseClick(window.child_page.new_book_button, Qt.MouseButton.LeftButton)
    assert seen
    (book,) = book_service.list_books(window.library, child.id)
    assert (book.kind, book.trim, book.title) == ("later-life-letter", "a5-portrait", "A letter for Mia")
    sections = {p.section for p in book_service.list_pages(window.library, book.id)}
    assert "How your family was chosen" not in sections and "Where you grew up" in sections
    assert book_service.AUTOFLOW_SECTION in sections  # the photo was laid out
    assert window.editor is not None and window.editor.doc.book_id == book.id
    assert window.stack.currentWidget() is window.editor
    assert window.current_selection() == ("book", book.id)


def test_ctrl_n_with_no_child_says_to_add_one(qtbot, window: MainWindow, monkeypatch) -> None:
    seen = _accept_new_book(qtbot, monkeypatch)
    window.new_book_action.trigger()
    assert not seen
    assert "Add a child first" in window.statusBar().currentMessage()


def _make_books(window: MainWindow, child: dict) -> tuple[dict, dict]:
    story = book_service.new_book(window.library, child.id, BookKind.LIFE_STORY)
    letter = book_service.new_book(window.library, child.id, BookKind.LATER_LIFE_LETTER)
    with window.library.transaction() as s:
        s.get(Book, story.id).status = "in-review"
    window.refresh(("child", child.id))
    return story, letter


def test_the_childs_page_lists_books_with_their_status(window: MainWindow, child: dict) -> None:
    story, letter = _make_books(window, child)
    page = window.child_page
    assert page.books.isVisible() and not page.books.isColumnHidden(3)
    assert page.books.headerItem().text(3) == "Status"
    assert page.book_titles() == [story.title, letter.title]
    assert page.book_statuses() == ["Ready for quality assurance (QA)", "Draft"]
    first = page.books.topLevelItem(0)
    assert first.text(2) == str(story.pages)
    assert page.books.visualItemRect(first).height() > 0  # on screen, not only a tooltip


def test_rename_from_the_childs_page(qtbot, window: MainWindow, child: dict) -> None:
    story, _letter = _make_books(window, child)
    page = window.child_page
    page.books.setCurrentItem(page.books.topLevelItem(0))
    asked = type_in_next_input("Mia's book of me")
    qtbot.mouseClick(page.rename_book_button, Qt.MouseButton.LeftButton)
    assert asked and "New title" in asked[0]
    assert page.book_titles()[0] == "Mia's book of me"
    book_item = window.tree_model.item(0).child(0)
    assert book_item.text() == "Mia's book of me"


def test_duplicate_from_the_library_tree_context_menu(window: MainWindow, child: dict) -> None:
    story, _letter = _make_books(window, child)
    menu = window.build_tree_menu("book", story.id)
    assert [a.text() for a in menu.actions() if a.text()] == ["Open", "Rename…", "Duplicate", "Delete…"]
    next(a for a in menu.actions() if a.text() == "Duplicate").trigger()
    titles = window.child_page.book_titles()
    assert f"{story.title} (copy)" in titles
    copy = next(b for b in book_service.list_books(window.library, child.id)
                if b.title.endswith("(copy)"))
    assert copy.pages == story.pages and copy.status == "draft"
    child_menu = window.build_tree_menu("child", child.id)
    assert [a.text() for a in child_menu.actions() if a.text()] == [
        "New book…", "Edit details…", "Import photos…", "Delete child…"]


def test_delete_asks_naming_the_book_and_can_be_undone(qtbot, window: MainWindow, child: dict) -> None:
    story, letter = _make_books(window, child)
    page_id = book_service.list_pages(window.library, story.id)[1].id
    page_service.set_frame_text(window.library, page_id, "text", "Mia loves swimming")
    window.refresh(("book", story.id))  # open in the editor, then delete it from the menu
    assert window.editor is not None

    asked = click_in_next_box("Cancel")
    window.delete_book_action.trigger()
    assert f"“{story.title}” ({story.pages} pages)" in asked[0]
    assert len(book_service.list_books(window.library, child.id)) == 2

    click_in_next_box("Delete book")
    window.delete_book_action.trigger()
    assert [b.id for b in book_service.list_books(window.library, child.id)] == [letter.id]
    assert window.editor is None and window.stack.currentWidget() is window.child_page
    assert window.child_page.notice.isVisible()
    assert story.title in window.child_page.notice_text.text()
    assert window.undo_delete_action.isEnabled()

    qtbot.mouseClick(window.child_page.undo_delete_button, Qt.MouseButton.LeftButton)
    books = book_service.list_books(window.library, child.id)
    assert [b.title for b in books] == [story.title, letter.title]
    assert books[0].pages == story.pages and books[0].status == "in-review"
    assert page_service.snapshot_page(window.library, page_id)["frames"]["text"]["text"] == "Mia loves swimming"
    assert not window.child_page.notice.isVisible()
    assert not window.undo_delete_action.isEnabled()


def test_delete_child_names_what_goes_with_them(qtbot, window: MainWindow, child: dict, tmp_path: Path) -> None:
    _make_books(window, child)
    other = add_child(window.library, "Sam Other")
    photo = tmp_path / "a.jpg"
    Image.new("RGB", (64, 48), "red").save(photo, "JPEG")
    import_photos(window.library, child.id, [photo])
    window.refresh(("child", child.id))

    asked = click_in_next_box("Cancel")
    qtbot.mouseClick(window.child_page.delete_child_button, Qt.MouseButton.LeftButton)
    assert "Delete Mia Rose Smith" in asked[0] and "2 books, 1 photo" in asked[0]
    assert len(list_children(window.library)) == 2

    click_in_next_box("Delete Mia Rose Smith")
    qtbot.mouseClick(window.child_page.delete_child_button, Qt.MouseButton.LeftButton)
    assert [c.name for c in list_children(window.library)] == ["Sam Other"]
    assert window.tree_model.rowCount() == 1
    assert window.current_selection() == ("child", other.id)


def test_reopening_returns_to_the_last_book_and_page(qtbot, library, child_factory=None) -> None:  # type: ignore[no-untyped-def]
    from lifebook.ui.jobs import InlineJobRunner

    first = MainWindow(library, InlineJobRunner())
    qtbot.addWidget(first)
    made = add_child(library, "Kai Brown")
    book_service.new_book(library, made.id, BookKind.WORDS_AND_PICTURES)
    story = book_service.new_book(library, made.id, BookKind.LIFE_STORY)
    first.refresh(("book", story.id))
    third = first.editor.doc.pages[3].page_id  # type: ignore[union-attr]
    first.editor.doc.selection.select_page(third)  # type: ignore[union-attr]
    first.close()

    again = MainWindow(library, InlineJobRunner())
    qtbot.addWidget(again)
    assert again.current_selection() == ("book", story.id)
    assert again.editor is not None and again.editor.doc.selection.page_id == third
    index = again.tree.currentIndex()
    assert (index.data(ROLE_KIND), index.data(ROLE_ID)) == ("book", story.id)

    again.refresh(("child", made.id))  # closing on the child's page comes back there
    again.close()
    third_window = MainWindow(library, InlineJobRunner())
    qtbot.addWidget(third_window)
    assert third_window.current_selection() == ("child", made.id)
    assert third_window.editor is None
