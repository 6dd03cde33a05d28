"""Losing the team server mid-edit: the words stay on screen, and are saved when it is back.

A save that finds the team server unreachable (``ServerUnreachable``, raised within a
few seconds: see ``store.server``) does not lose the words typed:

- ``OfflineEdits`` (one per open book) keeps them, frame by frame, with the page version
  they were typed on; the page and the text boxes go on showing them; they are also kept
  on this laptop (``services.reconnect.keep_unsaved``), so closing the window loses
  nothing either. While offline nothing is sent to the server from the UI thread (which
  would wait seconds each time): more typing is simply kept too. Other changes (placing
  a photo, undo, adding a page) need the server, so they are not made, and the bar says so.
- ``OfflineMode`` (one per editor) shows the calm bar in the editor's notice area, and
  every few seconds asks, in the background (the job runner), whether the server answers.
  When it does, the kept words are saved on the UI thread as ordinary edits, with the
  versions they were typed on: a colleague's change in the meantime is refused and handled
  by conflicts.py (both people's words kept), and each saved edit is an undo step again.
  A save whose COMMIT went unanswered is checked first (``services.reconnect.save_landed``),
  never repeated blindly.
- Closing the window while words are unsaved asks first; if the user closes anyway, the
  words kept on this laptop are saved the next time the book is opened (``restore_kept``).

Offline here means "the connection went for a while": a team library is not edited
offline beyond keeping unsaved words. For work away from the network, use a laptop library.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from lifebook.model.content import FrameContent
from lifebook.model.richtext import RichText
from lifebook.services import pages as page_service
from lifebook.services import reconnect
from lifebook.services.errors import NotFound, ServerUnreachable
from lifebook.ui.editor.orphaned_words import OrphanedWordsDialog
from lifebook.ui.jobs import Job

if TYPE_CHECKING:
    from lifebook.ui.editor.document import BookDocument
    from lifebook.ui.editor.editor import BookEditor

RETRY_MS = 3000  # while offline, ask whether the server answers this often (in the background)


def offline_message() -> str:
    return QCoreApplication.translate(
        "Offline", "The team server cannot be reached. Your changes are kept on this laptop and will be saved when it is back.")


def not_done_message() -> str:
    return QCoreApplication.translate(
        "Offline", "The team server cannot be reached, so that change was not made. Your typing is kept on this laptop and will be saved when the server is back.")


def back_message(saved: bool) -> str:
    if saved:
        return QCoreApplication.translate("Offline", "Back online; your changes are saved.")
    return QCoreApplication.translate("Offline", "Back online.")


@dataclass
class _Kept:
    label: str
    rich: RichText
    version: int | None  # the page's version the words were typed on
    merge_key: tuple | None
    unsure: RichText | None = None  # words whose save went unanswered at COMMIT


class EditorUndoStack(QUndoStack):
    """The book's undo stack: undo and redo need the server, so while offline they wait."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.offline: OfflineEdits | None = None

    def undo(self) -> None:  # Qt override (the toolbar's action is disabled while offline)
        if self.offline is not None and self.offline.active:
            self.offline.refused.emit(not_done_message())
            return
        super().undo()

    def redo(self) -> None:  # Qt override
        if self.offline is not None and self.offline.active:
            self.offline.refused.emit(not_done_message())
            return
        super().redo()


class OfflineEdits(QObject):
    """The open book's words that the team server has not got yet."""

    went_offline = Signal()
    back_online = Signal(bool)  # whether kept words were saved
    refused = Signal(str)  # a change that needs the server was not made: why
    orphaned = Signal(list)  # kept words whose page was deleted meanwhile (shown: orphaned_words.py)

    def __init__(self, doc: BookDocument) -> None:
        super().__init__(doc)
        self.doc = doc
        self.active = False
        self._kept: dict[tuple[int, str], _Kept] = {}

    @property
    def pending(self) -> bool:
        return bool(self._kept)

    # --- going offline --------------------------------------------------------------

    def lost(self) -> None:
        """The server cannot be reached (a read found out, or a save)."""
        if not self.active:
            self.active = True
            self.went_offline.emit()

    def keep(self, label: str, page_id: int, frame_key: str, rich: RichText,
             merge_key: tuple | None, problem: ServerUnreachable | None = None) -> None:
        """Words that could not be saved: keep them, on screen and on this laptop."""
        key = (page_id, frame_key)
        kept = self._kept.get(key)
        if kept is None:
            kept = self._kept[key] = _Kept(label, rich, self.doc.versions.get(page_id), merge_key)
        kept.rich = rich
        if problem is not None and problem.outcome_unknown:
            kept.unsure = rich
        self.lost()  # first: nothing reads the server while the page shows the words
        self._show(page_id, frame_key, rich)
        self._persist()

    def refuse(self) -> None:
        """A change other than typing could not be made: say so (nothing was changed)."""
        self.lost()
        self.refused.emit(not_done_message())

    def _show(self, page_id: int, frame_key: str, rich: RichText) -> None:
        """The page shows the kept words (the store still has the old ones)."""
        doc = self.doc
        page = doc.page(page_id)
        if page is None:
            return
        frame = page.frames.get(frame_key) or FrameContent(frame_key)
        frames = {**page.frames, frame_key: replace(frame, text=rich.text, marks=rich.marks)}
        shown = replace(page, frames=frames)
        doc.content = replace(doc.content, pages=tuple(
            shown if p.page_id == page_id else p for p in doc.content.pages))
        doc._forget([page_id])
        doc.pages_changed.emit([page_id])

    def _persist(self) -> None:
        library = self.doc.library
        mine = set(self.doc.versions)
        others = [w for w in reconnect.kept_unsaved(library) if w.page_id not in mine]
        words = [reconnect.UnsavedWords(pid, key, k.rich.text, k.rich.marks_json(), k.version,
                                        k.unsure is not None)
                 for (pid, key), k in self._kept.items()]
        with contextlib.suppress(OSError):  # the words are still on screen and in memory
            reconnect.keep_unsaved(library, others + words)

    # --- coming back -----------------------------------------------------------------

    def restore_kept(self) -> bool:
        """Words kept on this laptop for this book when its window last closed offline: save them
        now, on the versions they were typed on. Returns whether there were any."""
        kept = [w for w in reconnect.kept_unsaved(self.doc.library) if w.page_id in self.doc.versions]
        for words in kept:
            self._kept[(words.page_id, words.frame_key)] = _Kept(
                "Typing", words.rich, words.version, None, words.rich if words.unsure else None)
            if words.version is not None:
                self.doc.versions[words.page_id] = words.version  # a colleague's change is caught
        if kept:
            self.active = True
            self.save_all()
        return bool(kept)

    def save_all(self) -> bool:
        """The server answers again: save the kept words. True when all are saved (online again)."""
        doc = self.doc
        kept, self._kept = self._kept, {}
        had_words = bool(kept)
        self.active = False
        orphans: list[str] = []
        try:
            for key, words in list(kept.items()):
                page_id, frame_key = key
                if words.unsure is not None and words.version is not None and reconnect.save_landed(
                        doc.library, page_id, frame_key, words.unsure, words.version):
                    doc.versions[page_id] = words.version + 1  # it was stored after all
                    words.unsure = None
                try:
                    stored = _stored(doc, page_id, frame_key)
                except NotFound:  # someone deleted the page meanwhile: show the words, never drop them
                    orphans.append(words.rich.text)
                    del kept[key]
                    continue
                if stored != words.rich:  # (on losing the server again, save_text keeps them)
                    doc.save_text(words.label, page_id, frame_key, words.rich, words.merge_key)
                else:
                    doc.pages_edited([page_id])  # shown as stored: nothing more to save
                del kept[key]
                if self.active:  # lost again while saving: keep the rest too
                    break
        except ServerUnreachable:
            self.active = True
        for key, words in kept.items():
            self._kept.setdefault(key, words)
        self._persist()
        if orphans:
            self.orphaned.emit(orphans)
        if self.active:
            return False
        self.back_online.emit(had_words)
        return True


def _stored(doc: BookDocument, page_id: int, frame_key: str) -> RichText:
    """A frame's words as the server has them now; raises NotFound, ServerUnreachable."""
    frame = page_service.snapshot_page(doc.library, page_id)["frames"].get(frame_key, {})
    return RichText.from_storage(frame.get("text"), frame.get("marks"))


class OfflineMode(QObject):
    """The editor's side: the bar, the retries in the background, and the question on closing."""

    def __init__(self, editor: BookEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.edits = editor.doc.offline
        self._timer = QTimer(self)
        self._timer.setInterval(RETRY_MS)
        self._timer.timeout.connect(self.try_again)
        self._probe: Job | None = None
        self.edits.went_offline.connect(self._went_offline)
        self.edits.back_online.connect(self._back_online)
        self.edits.refused.connect(self._refused)
        self.edits.orphaned.connect(self._show_orphans)

    @property
    def offline(self) -> bool:
        return self.edits.active

    def _went_offline(self) -> None:
        self.editor.undo_action.setEnabled(False)
        self.editor.redo_action.setEnabled(False)
        self._show_bar(offline_message())
        self._timer.start()

    def _show_orphans(self, words: list[str]) -> None:
        dialog = OrphanedWordsDialog(words, self.editor)
        dialog.setObjectName("orphanedWords")
        dialog.open()  # not blocking: the editor goes on; the words stay until it is closed

    def _refused(self, message: str) -> None:
        self._show_bar(message)

    def _show_bar(self, message: str) -> None:
        notice = self.editor.notice
        notice.show_notice(message, self.try_again, lasting=True,
                           button=QCoreApplication.translate("Offline", "Try again now"))
        notice.undo_button.setToolTip(
            QCoreApplication.translate("Offline", "See whether the team server can be reached now"))

    def try_again(self) -> None:
        """Ask, in the background, whether the server answers; if it does, save the kept words."""
        if self._probe is not None or not self.offline:
            return
        library = self.editor.doc.library
        job = Job(lambda _progress, _cancel: reconnect.reachable(library))
        job.finished.connect(self._answered)
        job.failed.connect(lambda _message: self._answered(False))
        self._probe = job
        self.editor.runner.start(job)

    def _answered(self, reachable: object) -> None:
        self._probe = None
        if reachable is True and self.offline:
            self.edits.save_all()
        elif self.offline and self.editor.notice.isHidden():
            self._show_bar(offline_message())  # closed by the user: still offline, say so again

    def _back_online(self, saved: bool) -> None:
        self._timer.stop()
        stack = self.editor.doc.undo_stack
        self.editor.undo_action.setEnabled(stack.canUndo())
        self.editor.redo_action.setEnabled(stack.canRedo())
        notice = self.editor.notice
        # a colleague's change was caught on saving (conflicts.py): that notice matters more
        conflict = not notice.isHidden() and notice.message.text() not in (offline_message(),
                                                                           not_done_message())
        if not conflict:
            notice.hide()  # the offline bar goes
        watch = getattr(self.editor, "watch", None)  # (none yet while the editor is being built)
        if watch is not None:
            watch.resume()  # listen again, and show what colleagues changed meanwhile
        news = notice.message.text() if not conflict and not notice.isHidden() else ""
        if conflict:
            self.editor.status_message.emit(back_message(saved))
            return
        notice.show_notice(" ".join(t for t in (back_message(saved), news) if t), None)

    def may_close(self, parent: QWidget | None = None) -> bool:
        """Closing with words the server has not got: ask first (they are kept on this laptop)."""
        self.editor.flush()  # the last words typed, too
        if not self.edits.pending:
            return True
        box = QMessageBox(parent or self.editor)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("Offline", "Changes not saved on the team server yet"))
        box.setText(QCoreApplication.translate(
            "Offline", "The team server cannot be reached, so some of your changes are not saved on it yet."))
        box.setInformativeText(QCoreApplication.translate(
            "Offline", "They are kept on this laptop, and Lifebook saves them the next time you open this book while the team server can be reached. Close Lifebook now?"))
        close = box.addButton(QCoreApplication.translate("Offline", "Close and keep them on this laptop"),
                              QMessageBox.ButtonRole.AcceptRole)
        wait = box.addButton(QCoreApplication.translate("Offline", "Keep Lifebook open"),
                             QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(wait)
        box.exec()
        return box.clickedButton() is close
