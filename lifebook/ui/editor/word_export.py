"""File > Export Word document…: an editable .docx of the open book, for files kept in Word.

Writing a Word copy takes a moment (photos are re-encoded), not minutes, so it
runs at once with a busy cursor; what the Word copy cannot hold (the timeline
and family tree pages) is said when it is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from lifebook.services.audit import record_export
from lifebook.services.errors import ServiceError
from lifebook.services.export_word import WordExportResult, export_word
from lifebook.services.preferences import load_preferences

if TYPE_CHECKING:
    from lifebook.ui.editor.editor import BookEditor


def word_export_action(parent: QWidget, editor: Callable[[], BookEditor | None]) -> QAction:
    """The menu action; ``editor()`` gives the open book's editor, or None."""
    action = QAction(QCoreApplication.translate("editor.word_export", "Export &Word document…"), parent)
    action.setToolTip(QCoreApplication.translate("editor.word_export", "Save an editable Word copy of the open book, for files kept in Word"))
    action.triggered.connect(lambda: (ed := editor()) and export_word_document(ed))
    action.setEnabled(False)
    return action


def export_word_document(editor: BookEditor, path: str | None = None) -> WordExportResult | None:
    editor.flush()
    doc = editor.doc
    book = doc.content
    if path is None:
        suggested = Path.home() / f"{book.title}.docx"
        path, _ = QFileDialog.getSaveFileName(editor, QCoreApplication.translate("editor.word_export", "Save a Word copy as"), str(suggested),
                                              QCoreApplication.translate("editor.word_export", "Word document (*.docx)"))
    if not path:
        return None
    out = Path(path if path.lower().endswith(".docx") else path + ".docx")
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = export_word(book, out, author=load_preferences().author)
    except ServiceError as exc:
        QMessageBox.warning(editor, QCoreApplication.translate("editor.word_export", "The Word copy was not saved"), str(exc))
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
    record_export(doc.library, book.book_id, out, pages=result.pages, final=False, kind="Word")
    notes = "\n".join(result.left_out)
    editor.status_message.emit(
        f"Saved a Word copy: {out} ({result.pages} pages, {result.photos} photos)."
        + (f" {len(result.left_out)} page(s) drawn from the record are in the PDF only."
           if result.left_out else ""))
    if notes:
        QMessageBox.information(editor, QCoreApplication.translate("editor.word_export", "Saved, with pages in the PDF only"),
                                QCoreApplication.translate("editor.word_export", "The Word copy is saved at {out}.\n\n{notes}").format(out=out, notes=notes))
    return result
