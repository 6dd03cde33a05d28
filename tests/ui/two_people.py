"""Two people on one book: shared by the page-conflict and page-watch tests."""

from __future__ import annotations

from lifebook.services import pages
from lifebook.store.db import Library
from lifebook.ui.editor.editor import BookEditor

JO_WORDS = "Poppy went to the seaside with Jo."
MY_WORDS = "Poppy loves her new school."


def text_page(editor: BookEditor) -> int:
    return next(p.page_id for p in editor.doc.pages if p.template == "text-only")


def jo_saves(jo: Library, page_id: int, text: str, key: str = "text") -> None:
    """Jo saves the page as Jo's own editor would: on the version Jo has open."""
    pages.set_frame_text(jo, page_id, key, text, expected_version=pages.page_version(jo, page_id))


def type_in_panel(qtbot, editor: BookEditor, page_id: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into the side panel's text box for the page's "text" frame, replacing its words."""
    editor.doc.selection.select_frame(page_id, "text")
    box = editor.properties.text_edit
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.selectAll()
    qtbot.keyClicks(box, text)
