"""Two people on one page: when someone else saved it first, no words are lost.

The editor remembers each page's version (BookDocument.versions) and every text
save passes it. A save made on a page that someone else has changed since (on a
team server, or another Lifebook window on the same library file) is refused by
the service with PageChanged ("Jo changed this page a moment ago"). Then:

- the page is reloaded and shows the other person's words: what is stored is
  what everyone sees, and nothing of theirs is overwritten behind their back;
- the words typed here are kept in the undo history, as the step just before
  "Jo's changes": Ctrl+Z (or the notice's "Put my words back") puts them back
  in their frame, on top of everything else the other person changed, and
  Ctrl+Shift+Z returns to theirs;
- a calm notice under the page says what happened (never a modal dialog).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from lifebook.model.richtext import RichText
from lifebook.services import pages as page_service
from lifebook.services.errors import PageChanged
from lifebook.ui.editor.commands import _Applied

if TYPE_CHECKING:
    from lifebook.ui.editor.document import BookDocument
    from lifebook.ui.editor.editor import BookEditor


class TheirWordsCommand(_Applied):
    """ "Jo's changes": redo shows Jo's words in the frame, undo puts back the words typed here.

    Only that frame's words move: whatever else is on the page (Jo's other changes, or
    anyone's since) is left as it is.
    """

    def __init__(self, doc: BookDocument, text: str, page_id: int, frame_key: str,
                 mine: RichText, theirs: RichText) -> None:
        super().__init__(doc, text)
        self.page_id, self.frame_key = page_id, frame_key
        self.mine, self.theirs = mine, theirs

    def _put(self, rich: RichText) -> None:
        page_service.set_frame_text(self.doc.library, self.page_id, self.frame_key, rich.text,
                                    rich.marks)
        self.doc.saved([self.page_id])

    def reapply(self) -> None:
        self._put(self.theirs)

    def undo(self) -> None:
        self._put(self.mine)
        self.announce()

    def announce(self) -> None:
        self.doc.pages_edited([self.page_id])


def their_name(doc: BookDocument, refused: PageChanged) -> str:
    """Who changed the page, or "" when it was this same person in another window."""
    who = refused.changed_by
    return who if who and who != doc.library.actor else ""


def keep_my_words(doc: BookDocument, page_id: int, frame_key: str, mine: RichText,
                  refused: PageChanged) -> None:
    """A text save was refused: show the page as stored now, with ``mine`` one undo step away."""
    doc.took_in([page_id], refused.changed_by)  # the version now, read before the words
    frame = page_service.snapshot_page(doc.library, page_id)["frames"].get(frame_key, {})
    theirs = RichText.from_storage(frame.get("text"), frame.get("marks"))
    who = their_name(doc, refused)
    what = (QCoreApplication.translate(
        "PageConflict", "{name} changed this page a moment ago.").format(name=who) if who
        else QCoreApplication.translate(
            "PageConflict", "This page was changed in another Lifebook window a moment ago."))
    if theirs == mine:  # they wrote the very same words: nothing to keep
        doc.pages_edited([page_id])
        doc.page_conflict.emit(page_id, frame_key, what, None)
        return
    label = (QCoreApplication.translate("PageConflict", "{name}'s changes").format(name=who) if who
             else QCoreApplication.translate("PageConflict", "Changes from another window"))
    # already stored (theirs): the first redo only shows the page as it is now
    doc.undo_stack.push(TheirWordsCommand(doc, label, page_id, frame_key, mine, theirs))
    shows = (QCoreApplication.translate(
        "PageConflict", "The page now shows {name}'s words; yours are kept.").format(name=who) if who
        else QCoreApplication.translate(
            "PageConflict", "It now shows the words saved there; yours are kept."))
    doc.page_conflict.emit(page_id, frame_key, f"{what} {shows}", mine)


def show_conflict(editor: BookEditor, page_id: int, frame_key: str, message: str,
                  mine: RichText | None) -> None:
    """The notice under the page, with "Put my words back"; open text boxes show the page as stored."""
    on_page = editor.canvas.text_editor
    if on_page is not None:
        on_page.show_stored(page_id, frame_key)
    doc = editor.doc

    def put_back() -> None:
        editor.flush()
        page = doc.page(page_id)
        frame = page.frames.get(frame_key) if page else None
        if mine is None or page is None or (frame.rich if frame else RichText()) == mine:
            return  # already back (Ctrl+Z), or the page has gone
        doc.save_text(QCoreApplication.translate("PageConflict", "Put my words back"),
                      page_id, frame_key, mine)
        editor.properties.show_selection()
        if on_page is not None:
            on_page.show_stored(page_id, frame_key)

    editor.notice.show_notice(
        message, put_back if mine is not None else None, lasting=True,
        button=QCoreApplication.translate("PageConflict", "Put my words back"))
    editor.notice.undo_button.setToolTip(QCoreApplication.translate(
        "PageConflict", "Put back the words you typed, in place of theirs (Ctrl+Z does the same)"))
