"""A whole book from an empty library, through the window alone.

A practitioner never opens a terminal: add a child with a typed date, import
photos, start a book, place photos with the mouse and with the keyboard, type
formatted words on the page, and export a draft. The stored words carry no
markup, and the PDF holds every word typed.
"""

from __future__ import annotations

from pathlib import Path

import pikepdf
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from lifebook.model.richtext import BOLD, Mark
from lifebook.render.derivatives import InlineExecutor
from lifebook.services import books as book_service
from lifebook.services.children import list_children
from lifebook.services.content import load_book_content
from lifebook.store.db import Library
from lifebook.ui.child_dialog import ChildDialog
from lifebook.ui.editor.export_dialog import ExportDialog
from lifebook.ui.editor.mime import MEDIA_MIME
from lifebook.ui.editor.photo_strip import MEDIA_ID_ROLE
from lifebook.ui.jobs import InlineJobRunner
from lifebook.ui.main_window import MainWindow
from lifebook.ui.new_book_dialog import NewBookDialog

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def _photos(folder: Path) -> list[Path]:
    colours = ["#E07A5F", "#3D8C95", "#F2CC8F", "#81B29A", "#6D597A"]
    paths = []
    for n, colour in enumerate(colours):
        path = folder / f"photo-{n + 1}.jpg"
        Image.new("RGB", (1800, 1350), colour).save(path, "JPEG", quality=90)
        paths.append(path)
    return paths


def _drop_files(window: MainWindow, files: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, LEFT,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def _type(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_a_whole_book_from_an_empty_library(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    library = Library.open(tmp_path / "library.sqlite3")
    window = MainWindow(library, InlineJobRunner())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)

    # 1. add a child, typing the date of birth as people in the UK do
    def fill_child(dialog: ChildDialog) -> int:
        dialog.show()
        qtbot.keyClicks(dialog.name, "Ruby Mae Jones")
        qtbot.keyClicks(dialog.dob.edit, "23/03/2019")
        assert "23 March 2019" in dialog.dob.feedback.text()
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return dialog.result()

    monkeypatch.setattr(ChildDialog, "exec", fill_child)
    window.add_child_action.trigger()
    (child,) = list_children(library)
    assert (child.name, child.as_dict()["date_of_birth"]) == ("Ruby Mae Jones", "2019-03-23")

    # 2. import photos by dropping them on the window
    _drop_files(window, _photos(tmp_path))
    assert window.last_import is not None and len(window.last_import.imported) == 5

    # 3. a new life story book, from the child's page
    def new_book(dialog: NewBookDialog) -> int:
        dialog.show()
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), LEFT)
        return dialog.result()

    monkeypatch.setattr(NewBookDialog, "exec", new_book)
    qtbot.mouseClick(window.child_page.new_book_button, LEFT)
    window.activateWindow()  # the dialog has closed: the window has the keyboard again
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    editor = window.editor
    assert editor is not None
    doc = editor.doc
    photo_page = next(p for p in doc.pages if p.template == "photo-text")
    media = editor.photo_strip.visible_media_ids()
    assert len(media) == 5

    # 4a. place a photo with the mouse: drop it from the strip onto the frame
    doc.selection.select_page(photo_page.page_id)
    qtbot.wait(20)
    mime = QMimeData()
    mime.setData(MEDIA_MIME, str(media[0]).encode())
    target = editor.canvas.frame_rect(photo_page.page_id, "photo1").center()
    drop = QDropEvent(target, Qt.DropAction.CopyAction, mime, LEFT, Qt.KeyboardModifier.NoModifier)
    editor.canvas.dropEvent(drop)
    assert doc.page(photo_page.page_id).frames["photo1"].media.media_id == media[0]

    # 4b. and one with the keyboard: choose the frame, then Enter on a photo in the strip
    two = next(p for p in doc.pages if p.template == "two-photos")
    doc.selection.select_page(two.page_id)
    qtbot.wait(20)
    qtbot.mouseClick(editor.canvas.viewport(), LEFT,
                     pos=editor.canvas.frame_rect(two.page_id, "photo2").center().toPoint())
    view = editor.photo_strip.view
    view.setFocus()
    row = next(r for r in range(view.model().rowCount())
               if int(view.model().index(r, 0).data(MEDIA_ID_ROLE)) == media[1])
    view.setCurrentIndex(view.model().index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert doc.page(two.page_id).frames["photo2"].media.media_id == media[1]

    # 5. type formatted words on the page: click the text, start typing, Ctrl+B
    doc.selection.select_page(photo_page.page_id)
    qtbot.wait(20)
    text_spot = editor.canvas.frame_rect(photo_page.page_id, "text").center().toPoint()
    qtbot.mouseClick(editor.canvas.viewport(), LEFT, pos=QPoint(text_spot))
    _type(qtbot, "Ruby loves ")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_B, CTRL)
    _type(qtbot, "painting")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_B, CTRL)
    _type(qtbot, " and 5 * 3 = 15 sums.")
    editor.flush()
    stored = next(p for p in load_book_content(library, doc.book_id).pages
                  if p.page_id == photo_page.page_id).frames["text"]
    assert stored.text.endswith("Ruby loves painting and 5 * 3 = 15 sums.")
    start = stored.text.index("painting")
    assert Mark(start, start + len("painting"), BOLD) in stored.marks
    assert "**" not in stored.text

    # 6. export a draft
    out = tmp_path / "ruby.pdf"
    dialog = ExportDialog(doc, editor, runner=InlineJobRunner(), executor=InlineExecutor(),
                          folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(out))
    qtbot.mouseClick(dialog.export_button, LEFT)
    assert out.exists() and "Saved the draft" in dialog.status.text()
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) == sum(p.parts for p in doc.pages)  # journey pages continue
    import subprocess

    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Ruby loves painting and 5 * 3 = 15 sums." in " ".join(text.split())
    assert "Ruby Mae Jones" in text or "Ruby" in text
    books = book_service.list_books(library, child.id)
    assert len(books) == 1
    window.close()
    library.close()
