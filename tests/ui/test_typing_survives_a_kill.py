"""Killing Lifebook a moment after typing loses nothing that was on screen.

A real process types into the editor and is killed with SIGKILL before the
debounce could commit the words; the next start puts them back.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from lifebook.app import announce_recovered_typing
from lifebook.services.content import load_book_content
from lifebook.store.db import Library
from lifebook.ui.jobs import InlineJobRunner
from lifebook.ui.main_window import MainWindow

SCRIPT = textwrap.dedent("""
    import os, signal, sys
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication
    from lifebook.app import make_application
    from lifebook.store.db import Library
    from lifebook.ui.editor.editor import BookEditor
    from lifebook.ui.jobs import InlineJobRunner

    app = make_application()
    library = Library.open(sys.argv[1])
    editor = BookEditor(library, int(sys.argv[2]), runner=InlineJobRunner())
    editor.show()
    page = next(p for p in editor.doc.pages if p.template == "text-only")
    editor.doc.selection.select_frame(page.page_id, "text")
    box = editor.properties.text_edit
    box.selectAll()
    for ch in sys.argv[3]:  # key presses carrying any character, as a keyboard sends them
        QApplication.sendEvent(box, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                              Qt.KeyboardModifier.NoModifier, ch))
    print("typed", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # no commit timer ever fires
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_words_typed_just_before_a_kill_come_back(qtbot, demo_copy, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    library, demo = demo_copy
    book_id = demo.book.id
    library.close()
    words = "Poppy’s words, typed a moment before the laptop died ✓"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-c", SCRIPT, str(library.db_path), str(book_id), words],
                         env=env, capture_output=True, text=True, timeout=120)
    assert run.stdout.strip() == "typed", run.stderr
    assert run.returncode == -signal.SIGKILL

    again = Library.open(library.db_path)
    try:
        def text_now() -> str:
            content = load_book_content(again, book_id)
            page = next(p for p in content.pages if p.template == "text-only")
            return page.frames["text"].text

        assert text_now() != words  # the kill came before the commit
        window = MainWindow(again, InlineJobRunner())
        qtbot.addWidget(window)
        recovered = announce_recovered_typing(window, again)
        assert recovered is not None and text_now() == words
        assert f"page {recovered.page_number}" in window.statusBar().currentMessage()
    finally:
        again.close()
