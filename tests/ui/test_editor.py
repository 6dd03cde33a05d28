"""The book editor as a whole: typing, templates, checks, export, autosave."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from lifebook.render.derivatives import InlineExecutor
from lifebook.services.content import load_book_content
from lifebook.store.db import Library
from lifebook.ui.editor.editor import BookEditor
from lifebook.ui.editor.export_dialog import ExportDialog
from lifebook.ui.editor.template_picker import TemplatePicker
from lifebook.ui.jobs import InlineJobRunner
from lifebook.ui.main_window import MainWindow


@pytest.fixture
def sample_library(demo_copy) -> Library:  # type: ignore[no-untyped-def]
    """The sample library (not the empty one of tests/conftest.py)."""
    return demo_copy[0]


@pytest.fixture
def demo(demo_copy) -> dict:  # type: ignore[no-untyped-def]
    return demo_copy[1]


@pytest.fixture
def editor(qtbot, sample_library: Library, demo: dict) -> BookEditor:
    widget = BookEditor(sample_library, demo.book.id, runner=InlineJobRunner())
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def _page(editor: BookEditor, template: str):  # type: ignore[no-untyped-def]
    return next(p for p in editor.doc.pages if p.template == template)


def _stored_text(sample_library: Library, book_id: int, page_id: int, key: str) -> str:
    page = next(p for p in load_book_content(sample_library, book_id).pages if p.page_id == page_id)
    return page.frames[key].text if key in page.frames else ""


def test_typing_in_the_panel_edits_the_page_and_undo_reverts(qtbot, editor: BookEditor, sample_library: Library) -> None:
    page = _page(editor, "text-only")
    editor.doc.selection.select_frame(page.page_id, "text")
    box = editor.properties.text_edit
    assert box.isVisibleTo(editor) and "Sarah found it very hard" in box.toPlainText()
    box.selectAll()
    qtbot.keyClicks(box, "Poppy is safe now.")
    editor.properties.commit_text()  # what the 350 ms pause does
    assert _stored_text(sample_library, editor.doc.book_id, page.page_id, "text") == "Poppy is safe now."
    layout = editor.doc.layout(page.page_id)
    drawn = " ".join(run.text for run in layout.items if getattr(run, "frame_key", "") == "text"
                     and hasattr(run, "baseline"))
    assert "Poppy is safe now." in drawn  # the canvas paints the new layout
    # Ctrl+Z in the text box undoes the book edit, as one step for the whole typing
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Sarah found it very hard" in _stored_text(sample_library, editor.doc.book_id, page.page_id, "text")
    assert "Sarah found it very hard" in box.toPlainText()
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _stored_text(sample_library, editor.doc.book_id, page.page_id, "text") == "Poppy is safe now."


def test_change_template_keeps_content_and_undoes(qtbot, editor: BookEditor, monkeypatch) -> None:
    page = _page(editor, "two-photos")
    before = {k: (v.text, v.media.media_id if v.media else None) for k, v in page.frames.items()}
    editor.doc.selection.select_page(page.page_id)
    monkeypatch.setattr(TemplatePicker, "choose", classmethod(lambda cls, *a, **k: "four-photos"))
    editor.template_action.trigger()
    changed = editor.doc.page(page.page_id)
    assert changed.template == "four-photos"
    after = {k: (v.text, v.media.media_id if v.media else None) for k, v in changed.frames.items()}
    assert after == before  # every photo and word is still there, in matching frames
    editor.undo_action.trigger()
    assert editor.doc.page(page.page_id).template == "two-photos"


def test_findings_list_overflow_and_click_goes_there(qtbot, editor: BookEditor) -> None:
    page = _page(editor, "text-only")
    editor.doc.set_text(page.page_id, "text", "A very long story. " * 300)
    editor.findings.refresh()
    model = editor.findings.model
    rows = [model.index(r, 0) for r in range(model.rowCount())]
    overflow = next(i for i in rows if "too long" in i.data())
    assert "to fix before printing" in editor.findings.summary.text()
    editor.doc.selection.select_page(editor.doc.pages[0].page_id)
    editor.findings.view.clicked.emit(overflow)
    assert editor.doc.selection.page_id == page.page_id
    assert editor.doc.selection.frame_key == "text"


def test_export_shows_progress_and_writes_the_pdf(qtbot, editor: BookEditor, tmp_path: Path) -> None:
    dialog = ExportDialog(editor.doc, editor, runner=InlineJobRunner(), executor=InlineExecutor(),
                          folder=tmp_path)
    qtbot.addWidget(dialog)
    values: list[int] = []
    dialog.progress.valueChanged.connect(values.append)
    dialog.crop_marks.setChecked(True)
    assert not dialog.final.isEnabled()  # not approved in QA yet
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    out = Path(dialog.path_edit.text())
    assert out.parent == tmp_path and out.exists() and out.read_bytes().startswith(b"%PDF")
    assert dialog.exported is not None
    assert dialog.exported.pages == sum(p.parts for p in editor.doc.pages)  # journey continues
    assert len(values) > 3 and values[-1] == dialog.progress.maximum()
    assert dialog.open_folder_button.isVisibleTo(dialog)
    assert "Saved the draft" in dialog.status.text()


def test_cancelled_export_leaves_no_file(qtbot, editor: BookEditor, tmp_path: Path) -> None:
    dialog = ExportDialog(editor.doc, editor, runner=InlineJobRunner(), executor=InlineExecutor(),
                          folder=tmp_path)
    qtbot.addWidget(dialog)
    # press Cancel as soon as the export reports its first progress
    dialog.progress.valueChanged.connect(lambda _v: dialog.job and dialog.job.cancel())
    dialog.start()
    assert not list(tmp_path.glob("*.pdf"))
    assert "cancelled" in dialog.status.text()
    assert dialog.export_button.isEnabled()


def test_closing_the_window_keeps_what_was_typed(qtbot, sample_library: Library, demo: dict) -> None:
    window = MainWindow(sample_library, InlineJobRunner())
    qtbot.addWidget(window)
    window.show()
    window.refresh(("book", demo.book.id))
    editor = window.editor
    assert editor is not None
    page = _page(editor, "text-only")
    editor.doc.selection.select_frame(page.page_id, "text")
    editor.properties.text_edit.setPlainText("Typed just before closing.")
    assert editor.typing.pending  # not yet written...
    window.close()  # ...but closing commits it
    assert _stored_text(sample_library, demo.book.id, page.page_id, "text") == "Typed just before closing."


def test_ctrl_s_confirms_everything_is_saved(qtbot, editor: BookEditor) -> None:
    messages: list[str] = []
    editor.status_message.connect(messages.append)
    assert editor.save_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    editor.save_action.trigger()
    assert messages and "saved" in messages[-1]


def test_a_refused_edit_leaves_nothing_to_undo(editor: BookEditor) -> None:
    page = _page(editor, "photo-text")
    steps = editor.doc.undo_stack.count()
    with pytest.raises(Exception, match="no photo with id 99999"):
        editor.doc.place_photo(page.page_id, "photo1", 99999)
    assert editor.doc.undo_stack.count() == steps
    with pytest.raises(Exception, match="no page template"):
        editor.doc.add_page("no-such-template", page.page_id)
    assert editor.doc.undo_stack.count() == steps
