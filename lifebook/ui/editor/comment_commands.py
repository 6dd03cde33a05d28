"""Undo for comments: deleting a thread and resolving or reopening one.

They sit on the book's undo stack with the page edits, so Ctrl+Z brings
back a comment deleted by mistake. Each command makes its change through
the comments service when it is created; undo and redo call it again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from lifebook.services import comments as comment_service
from lifebook.services.errors import ServiceError
from lifebook.store.db import LibraryError

if TYPE_CHECKING:
    from lifebook.ui.editor.comments import CommentsPanel


class _CommentCommand(QUndoCommand):
    def __init__(self, panel: CommentsPanel, text: str) -> None:
        super().__init__(text)
        self.panel = panel
        self._done = True  # the change was made before the command was pushed

    def redo(self) -> None:  # Qt override
        if self._done:
            self._done = False
            return
        self._run(self.do)

    def undo(self) -> None:  # Qt override
        self._run(self.undo_change)

    def _run(self, step) -> None:
        try:
            step()
        except (ServiceError, LibraryError) as exc:
            self.panel.say(QCoreApplication.translate("_CommentCommand", "That could not be undone: {exc}").format(exc=exc))
        self.panel.refresh()

    def do(self) -> None:
        raise NotImplementedError

    def undo_change(self) -> None:
        raise NotImplementedError


class DeleteCommentCommand(_CommentCommand):
    """Delete a comment (a thread with its replies); undo puts them back."""

    def __init__(self, panel: CommentsPanel, comment_id: int, snapshots: list[dict]) -> None:
        super().__init__(panel, "Delete comment")
        self.comment_id = comment_id
        self.snapshots = snapshots

    def do(self) -> None:
        self.snapshots = comment_service.delete_comment(self.panel.library, self.comment_id)

    def undo_change(self) -> None:
        ids = comment_service.restore_comments(self.panel.library, self.snapshots)
        self.comment_id = ids[0]  # it may have come back under a new id


class ResolveCommentCommand(_CommentCommand):
    def __init__(self, panel: CommentsPanel, comment_id: int, resolved: bool) -> None:
        super().__init__(panel, "Resolve comment" if resolved else "Reopen comment")
        self.comment_id = comment_id
        self.resolved = resolved

    def do(self) -> None:
        comment_service.set_resolved(self.panel.library, self.comment_id, self.resolved)

    def undo_change(self) -> None:
        comment_service.set_resolved(self.panel.library, self.comment_id, not self.resolved)
