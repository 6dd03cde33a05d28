"""The window's photo grid, photos arriving one by one as they import, and the Help guides."""

from __future__ import annotations

import re
from pathlib import Path

from modal_helpers import when_modal
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from lifebook.services import photos as photo_service
from lifebook.services.children import add_child
from lifebook.ui.editor.photo_strip import MEDIA_ID_ROLE
from lifebook.ui.help import HelpDialog, guide_text
from lifebook.ui.jobs import InlineJobRunner
from lifebook.ui.main_window import MainWindow
from lifebook.ui.photo_dialog import PhotoDetailsDialog

README = Path(__file__).resolve().parents[2] / "README.md"


def _photo(path: Path, colour: str = "orange") -> Path:
    Image.new("RGB", (320, 240), colour).save(path, "JPEG")
    return path


def _grid_ids(window: MainWindow) -> list[int]:
    model = window.photo_model
    return [model.index(r, 0).data(MEDIA_ID_ROLE) for r in range(model.rowCount())]


def test_each_photo_shows_in_the_grid_as_soon_as_it_is_imported(qtbot, window: MainWindow,
                                                                tmp_path: Path) -> None:
    child = add_child(window.library, "Ruby Jones")
    window.refresh(("child", child.id))
    files = [_photo(tmp_path / f"p{n}.jpg", c) for n, c in enumerate(["red", "blue", "green"])]
    seen: list[tuple[int, bool]] = []
    window.photo_feed.arrived.connect(
        lambda _m: seen.append((window.photo_model.rowCount(), window.last_import is None)))
    window.import_files(files)
    assert seen == [(1, True), (2, True), (3, True)]  # each one shown before the import ended
    assert window.photo_model.rowCount() == 3


def test_each_photo_joins_the_open_books_strip_as_it_imports(qtbot, demo_copy,
                                                            tmp_path: Path) -> None:
    library, result = demo_copy
    window = MainWindow(library, InlineJobRunner())
    qtbot.addWidget(window)
    window.show()
    window.refresh(("book", result.book.id))
    strip = window.editor.photo_strip
    before = len(strip.visible_media_ids())
    seen: list[int] = []
    window.photo_feed.arrived.connect(lambda _m: seen.append(len(strip.visible_media_ids())))
    window.import_files([_photo(tmp_path / "kite.jpg", "purple"), _photo(tmp_path / "cake.jpg")])
    assert seen == [before + 1, before + 2]
    strip.filter_edit.setText("kite")
    assert len(strip.visible_media_ids()) == 1


def test_grid_double_click_opens_details_and_right_click_agrees(qtbot, window: MainWindow,
                                                               tmp_path: Path) -> None:
    child = add_child(window.library, "Ruby Jones")
    window.refresh(("child", child.id))
    window.import_files([_photo(tmp_path / f"p{n}.jpg", c) for n, c in enumerate(["red", "blue"])])
    ids = _grid_ids(window)
    index = window.photo_model.index(0, 0)
    assert "Not yet agreed for use by a manager" in index.data(Qt.ItemDataRole.ToolTipRole)
    rect = window.photos.visualRect(index)

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, PhotoDetailsDialog)
        dialog.caption.setText("Ruby's first bike")
        dialog.save_button.click()

    when_modal(fill)
    qtbot.mouseClick(window.photos.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.photos.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert photo_service.get_photo(window.library, ids[0]).caption == "Ruby's first bike"
    assert window.photo_model.index(0, 0).data() == "Ruby's first bike"  # the grid shows it

    menu = window.photo_actions.menu_for(ids, window.photos)
    agree = next(a for a in menu.actions() if a.text() == "Agree use of 2 photos…")
    when_modal(lambda dialog: dialog.ok.click())
    agree.trigger()
    assert all(photo_service.get_photo(window.library, m).agreed_by == window.library.actor
               for m in ids)
    assert "agreed these 2 photos" in window.statusBar().currentMessage()
    tip = window.photo_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert f"Use agreed by {window.library.actor}." in tip  # the grid shows the agreement


def test_grid_delete_asks_first(qtbot, window: MainWindow, tmp_path: Path) -> None:
    child = add_child(window.library, "Ruby Jones")
    window.refresh(("child", child.id))
    window.import_files([_photo(tmp_path / "a.jpg")])
    [media_id] = _grid_ids(window)
    asked: list[str] = []

    def yes(box) -> None:  # type: ignore[no-untyped-def]
        asked.append(box.windowTitle())
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(yes)
    delete = next(a for a in window.photo_actions.menu_for([media_id]).actions()
                  if a.text() == "Delete photo…")
    delete.trigger()
    assert asked == ["Delete this photo?"]
    assert _grid_ids(window) == []


def test_help_menu_opens_the_guides(qtbot, window: MainWindow) -> None:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    titles = [a.text() for a in help_menu.actions() if a.text()]
    assert titles[:2] == ["&Keyboard shortcuts…", "&Making your first book…"]
    help_menu.actions()[1].trigger()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, HelpDialog) and w.isVisible())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Making your first book"
    text = dialog.browser.toPlainText()
    for step in ("Add the child", "Bring in their photos", "Start a new book", "Place the photos",
                 "Write the words", "Check the book", "Export a PDF", "Ask your manager for QA"):
        assert step in text
    assert "#" not in text and "**" not in text  # shown as formatted text, not Markdown


def test_shortcut_guide_has_every_shortcut_in_the_readme() -> None:
    section = README.read_text(encoding="utf-8").split("## Using the editor", 1)[1]
    rows = re.findall(r"^\| ([^|]+) \| ([^|]+) \|$", section.split("\n## ", 1)[0], re.MULTILINE)
    keys = [k.strip() for k, _ in rows if k.strip() not in ("keys", "---")]
    assert len(keys) > 8
    guide = guide_text("keyboard-shortcuts")
    for key in keys:
        assert f"| {key} |" in guide, key


def test_photos_arrive_one_by_one_from_a_real_background_import(qtbot, library,
                                                               tmp_path: Path) -> None:
    from lifebook.ui.jobs import ThreadJobRunner

    window = MainWindow(library, ThreadJobRunner())
    qtbot.addWidget(window)
    window.show()
    child = add_child(library, "Ruby Jones")
    window.refresh(("child", child.id))
    files = [_photo(tmp_path / f"p{n}.jpg", c) for n, c in enumerate(["red", "blue", "green"])]
    seen: list[tuple[int, bool]] = []
    window.photo_feed.arrived.connect(
        lambda _m: seen.append((window.photo_model.rowCount(), window.last_import is None)))
    window.import_files(files)
    qtbot.waitUntil(lambda: window.last_import is not None, timeout=20_000)
    assert seen == [(1, True), (2, True), (3, True)]  # on the UI thread, before the end


def test_preview_renders_in_the_background(qtbot, tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    from lifebook.ui.jobs import ThreadJobRunner
    from lifebook.ui.pdf_preview import PdfPreviewDialog

    path = tmp_path / "three.pdf"
    c = canvas.Canvas(str(path))
    for n in range(3):
        c.drawString(100, 700, f"Page {n + 1}")
        c.showPage()
    c.save()
    dialog = PdfPreviewDialog(path, runner=ThreadJobRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert len(dialog.page_labels) == 3


class _LaterRunner:
    """Holds jobs until told to run them, as a busy thread pool would."""

    synchronous = False

    def __init__(self) -> None:
        self.jobs: list = []

    def start(self, job) -> None:  # type: ignore[no-untyped-def]
        self.jobs.append(job)


def test_the_childs_photos_are_drawn_while_their_thumbnails_load_in_the_background(
        qtbot, library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    child = add_child(library, "Ruby Jones")
    photo_service.import_photos(library, child.id, [_photo(tmp_path / "a.jpg", "red"),
                                                    _photo(tmp_path / "b.jpg", "blue")])
    runner = _LaterRunner()
    window = MainWindow(library, runner)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.refresh(("child", child.id))
    model = window.photo_model
    assert model.rowCount() == 2  # the grid is there at once...
    assert all(model.icon(m) is None for m in _grid_ids(window))  # ...thumbnails not yet made
    thumbnail_jobs = [j for j in runner.jobs]
    assert thumbnail_jobs, "thumbnails must be made by background jobs, not on the UI thread"
    for job in thumbnail_jobs:
        job.run()
    assert all(model.icon(m) is not None for m in _grid_ids(window))
