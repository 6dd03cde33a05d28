"""A change to a page that someone else changed first: refused, said so, and nothing overwritten.

Every edit of a page (a photo placed, moved, turned or swapped, fit or fill, a picture,
a drawing, a template, a section, a text style, a deleted page, and the undo or redo of
any of them) is made on the page's version this window knows (BookDocument.versions).
If someone else saved the page since (on a team server, or in another Lifebook window
on the same library file), the service refuses with PageChanged and stores nothing. Then:

- the page is reloaded: it shows what the other person did;
- a calm notice under the page says what was not applied and who changed the page
  ("Your photo change was not applied: Jo changed this page a moment ago.");
- the refused change never reaches the undo history, so Ctrl+Z cannot bring it back
  over the other person's work either.

Typed words have their own, kinder path (conflicts.py): they are kept one Ctrl+Z away.

Undo and redo restore whole-page snapshots, so they are also refused once this window
has taken in someone else's change to the page (the watcher showed it, or a save was
refused): the snapshot was taken before that change, and putting it back would undo
theirs. BookDocument.took_in counts those changes per page; each undo command
remembers the count it was made at.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from lifebook.i18n import QT_TRANSLATE_NOOP
from lifebook.services.errors import PageChanged

if TYPE_CHECKING:
    from lifebook.ui.editor.document import BookDocument

# What was not applied, by the edit's undo label ("Rotate photo" -> "Your photo change...");
# translated where shown (not_applied), QT_TRANSLATE_NOOP lists each for the catalogue.
NOT_APPLIED: dict[str, str] = {
    **dict.fromkeys(("Place photo", "Remove photo", "Swap photos", "Move photo in frame", "Rotate photo",
                     "Show the whole picture", "Fill the frame"),
                    QT_TRANSLATE_NOOP("PageConflict", "Your photo change was not applied")),
    **dict.fromkeys(("Place picture", "Remove picture"),
                    QT_TRANSLATE_NOOP("PageConflict", "Your picture change was not applied")),
    "Draw": QT_TRANSLATE_NOOP("PageConflict", "Your drawing was not applied"),
    "Change page template": QT_TRANSLATE_NOOP("PageConflict", "Your template change was not applied"),
    "Move page to section": QT_TRANSLATE_NOOP("PageConflict", "Your section change was not applied"),
    "Change text style": QT_TRANSLATE_NOOP("PageConflict", "Your text style change was not applied"),
    "Rename section": QT_TRANSLATE_NOOP("PageConflict", "Your new section name was not applied"),
    "Remove section": QT_TRANSLATE_NOOP("PageConflict", "The section was not removed"),
    "Keep for later": QT_TRANSLATE_NOOP("PageConflict", "Your change to when this part is shared was not applied"),
    "Delete page": QT_TRANSLATE_NOOP("PageConflict", "The page was not deleted"),
    "Undo": QT_TRANSLATE_NOOP("PageConflict", "Your undo was not applied"),
    "Redo": QT_TRANSLATE_NOOP("PageConflict", "Your redo was not applied"),
}


def not_applied(label: str) -> str:
    """What was not applied, for an edit's undo label ("Rotate photo" -> "Your photo change")."""
    said = NOT_APPLIED.get(label)
    if said is None:
        return QCoreApplication.translate("PageConflict", "Your change was not applied")
    return QCoreApplication.translate("PageConflict", said)


def refused_edit(doc: BookDocument, page_ids: list[int], label: str, refused: PageChanged,
                 *, since: bool = False) -> None:
    """Reload the pages as stored now and say, under the page, what was not applied and why.

    ``since``: the other person's change was taken in earlier (an undo made before it),
    not just now.
    """
    who = refused.changed_by if refused.changed_by and refused.changed_by != doc.library.actor else ""
    if not since:
        doc.took_in(page_ids, refused.changed_by)
    if since:
        why = (QCoreApplication.translate("PageConflict", "{name} has changed this page since.").format(name=who) if who else
               QCoreApplication.translate("PageConflict", "this page has been changed in another Lifebook window since."))
    else:
        why = (QCoreApplication.translate("PageConflict", "{name} changed this page a moment ago.").format(name=who) if who else
               QCoreApplication.translate("PageConflict", "this page was changed in another Lifebook window a moment ago."))
    shows = (QCoreApplication.translate("PageConflict", "The page now shows {name}'s changes.").format(name=who) if who else
             QCoreApplication.translate("PageConflict", "The page now shows the changes saved there."))
    message = QCoreApplication.translate("PageConflict", "{what}: {why} {shows}").format(what=not_applied(label), why=why, shows=shows)
    doc.pages_edited([pid for pid in page_ids if doc.page(pid) is not None])
    here = page_ids[0] if page_ids else 0
    key = doc.selection.frame_key if doc.selection.page_id == here else ""
    doc.page_conflict.emit(here, key, message, None)
