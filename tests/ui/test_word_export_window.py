"""File > Export Word document… saves an editable copy of the open book."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtWidgets import QFileDialog, QMessageBox

from lifebook.services.audit import list_audit
from lifebook.ui.jobs import InlineJobRunner
from lifebook.ui.main_window import MainWindow


def test_export_word_from_the_file_menu(qtbot, demo_copy, tmp_path: Path, monkeypatch) -> None:
    library, demo = demo_copy
    window = MainWindow(library, InlineJobRunner())
    qtbot.addWidget(window)
    window.show()
    [action] = [a for a in window.menuBar().actions()[0].menu().actions()
                if a.text() == "Export &Word document…"]
    window.refresh(("child", demo.child.id))
    assert not action.isEnabled()  # no book open
    window.refresh(("book", demo.book.id))
    assert action.isEnabled()
    out = tmp_path / "poppy"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    action.trigger()
    saved = tmp_path / "poppy.docx"
    document = docx.Document(str(saved))
    assert "All about Poppy now" in [p.text for p in document.paragraphs]
    assert len(document.inline_shapes) > 0
    assert list_audit(library)[0].what == "Exported book"
    assert "Word copy" in window.statusBar().currentMessage()
