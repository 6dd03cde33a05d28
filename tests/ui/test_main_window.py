"""The main window, driven through its real widgets with qtbot."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from lifebook.services.children import add_child, list_children
from lifebook.store.db import Library
from lifebook.ui.dialogs import AddChildDialog
from lifebook.ui.jobs import InlineJobRunner
from lifebook.ui.main_window import ROLE_ID, ROLE_KIND, MainWindow


def _photo(path: Path, colour: str = "teal", size=(640, 480)) -> Path:
    Image.new("RGB", size, colour).save(path, "JPEG")
    return path


def test_window_is_titled_lifebook_and_offers_sample_on_empty_library(window: MainWindow) -> None:
    assert window.windowTitle() == "Lifebook"
    assert window.stack.currentWidget() is window.welcome
    assert window.sample_button.isVisible()
    assert not window.import_action.isEnabled()  # no child to import into yet


def test_creating_the_sample_lists_child_and_book(qtbot, window: MainWindow) -> None:
    qtbot.mouseClick(window.sample_button, Qt.MouseButton.LeftButton)
    model = window.tree_model
    assert model.rowCount() == 1
    child = model.item(0)
    assert child.text() == "Poppy Sample"
    assert child.rowCount() == 1
    assert child.child(0).data(ROLE_KIND) == "book"
    assert "life story" in child.child(0).text()
    # the window opens the new book in the editor, with its pages in the strip
    assert window.editor is not None
    assert window.stack.currentWidget() is window.editor
    assert window.editor.page_strip.model().rowCount() >= 8
    assert window.left_tabs.tabText(1) == "Sections"
    assert window.photos_holder.isVisible()


def test_file_menu_has_open_library_and_import(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text().replace("&", "") for a in file_menu.actions()]
    assert "Open library…" in texts
    assert "Import photos…" in texts


def test_add_child_through_dialog(qtbot, window: MainWindow, monkeypatch) -> None:
    def fake_exec(dialog: AddChildDialog) -> int:
        qtbot.keyClicks(dialog.name, "Ruby Jones")
        assert dialog.dob.edit.text() == ""  # no silent default date of birth
        return AddChildDialog.DialogCode.Accepted

    monkeypatch.setattr(AddChildDialog, "exec", fake_exec)
    window.add_child_action.trigger()
    children = list_children(window.library)
    assert [c.name for c in children] == ["Ruby Jones"]
    assert children[0].date_of_birth is None
    assert window.stack.currentWidget() is window.child_page
    assert window.child_name.text() == "Ruby Jones"
    assert not window.sample_badge.isVisible()


def test_import_shows_photos_and_each_problem(qtbot, window: MainWindow, tmp_path: Path) -> None:
    child = add_child(window.library, "Ruby Jones")
    window.refresh(("child", child.id))
    good = _photo(tmp_path / "garden.jpg")
    bad = tmp_path / "letter.jpg"
    bad.write_bytes(b"PK\x03\x04 this is a Word document really")
    progress: list[tuple[int, int]] = []
    window.progress.valueChanged.connect(lambda v: progress.append((v, window.progress.maximum())))
    window.import_files([good, bad])
    assert window.photo_model.rowCount() == 1
    assert window.problems.isVisibleTo(window)
    assert window.problems.count() == 1
    assert "letter.jpg" in window.problems.item(0).text()
    assert "not a picture" in window.problems.item(0).text()
    assert progress and progress[-1][1] == 2
    assert not window.progress.isVisible()  # hidden again when the job ends
    assert "Imported 1 photo" in window.statusBar().currentMessage()


def test_dropping_files_imports_them(qtbot, window: MainWindow, tmp_path: Path) -> None:
    child = add_child(window.library, "Ruby Jones")
    window.refresh(("child", child.id))
    files = [_photo(tmp_path / f"p{n}.jpg", colour) for n, colour in enumerate(["red", "blue"])]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.photo_model.rowCount() == 2
    assert window.last_import is not None and len(window.last_import.imported) == 2


def test_cancel_stops_import_and_keeps_what_was_done(qtbot, window: MainWindow, tmp_path: Path) -> None:
    child = add_child(window.library, "Ruby Jones")
    window.refresh(("child", child.id))
    files = [_photo(tmp_path / f"p{n}.jpg", colour) for n, colour in enumerate(["red", "blue", "green"])]
    # press Cancel as soon as the first photo reports progress
    window.progress.valueChanged.connect(lambda v: v >= 1 and window.cancel_button.click())
    window.import_files(files)
    report = window.last_import
    assert report is not None and report.cancelled
    assert 1 <= len(report.imported) < 3
    assert window.photo_model.rowCount() == len(report.imported)
    assert "Cancel" in window.statusBar().currentMessage()


def test_open_library_switches_and_reports_bad_files(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    other = Library.open(tmp_path / "other.sqlite3")
    add_child(other, "Sam Other")
    other.close()
    assert window.open_library(tmp_path / "other.sqlite3")
    assert window.tree_model.item(0).text() == "Sam Other"
    assert window.tree.currentIndex().data(ROLE_ID) is not None

    not_a_db = tmp_path / "notes.sqlite3"
    not_a_db.write_text("hello")
    warnings: list[str] = []
    monkeypatch.setattr("lifebook.ui.main_window.QMessageBox.warning",
                        lambda _parent, _title, text: warnings.append(text))
    assert not window.open_library(not_a_db)
    assert warnings and "notes.sqlite3" in warnings[0] and "not a Lifebook library" in warnings[0]
    assert not_a_db.read_text() == "hello"  # nothing written to the user's file
    assert window.tree_model.item(0).text() == "Sam Other"  # still on the working library


def test_a_read_only_library_says_so_in_the_title(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from lifebook.store.db import Library as Lib

    Lib.open(tmp_path / "cd.sqlite3").close()
    lib = Lib.open(tmp_path / "cd.sqlite3", read_only=True)
    try:
        win = MainWindow(lib, InlineJobRunner())
        qtbot.addWidget(win)
        assert "read-only" in win.windowTitle() and "cd.sqlite3" in win.windowTitle()
    finally:
        lib.close()
