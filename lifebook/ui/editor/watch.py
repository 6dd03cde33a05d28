"""The editor notices other people's changes to the open book, and shows them.

A timer asks the book's watcher (``store.page_notify``: notifications on a team
server, a cheap poll on a laptop library) whether to look; when it says so, one
read (``services.page_watch.book_changes``) finds the pages whose version moved
without this window saving them, and pages added, deleted or moved. Those pages
are reloaded, the page strip and the checks follow, and the notice under the
page says so calmly ("Jo changed page 4.").

Words being typed are never thrown away: a changed page with unsaved typing on it
is left as it is, and the next save is refused and handled by conflicts.py (the
other person's words shown, these kept one Ctrl+Z away). The watcher stops when
the editor closes; on a server its listening thread ends with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from lifebook.services.errors import ServerUnreachable
from lifebook.services.page_watch import BookChanges, PageChange, book_changes, watch_book

if TYPE_CHECKING:
    from lifebook.ui.editor.editor import BookEditor

POLL_SECONDS = 3.0  # a laptop library: look this often (one small query)
TICK_MS = 250  # how often the timer asks the watcher (no query unless it is due)



def _joined(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return QCoreApplication.translate("EditorWatch", "{first} and {last}").format(first=", ".join(items[:-1]), last=items[-1])


class EditorWatch(QObject):
    def __init__(self, editor: BookEditor, poll_seconds: float | None = None) -> None:
        super().__init__(editor)
        self.editor = editor
        doc = editor.doc
        self._poll_seconds = POLL_SECONDS if poll_seconds is None else poll_seconds
        self.watch = watch_book(doc.library, doc.book_id, self._poll_seconds)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        stops = self._stops = [self.watch.stop]  # not self: the editor's children are gone by then
        editor.destroyed.connect(lambda *_: [stop() for stop in stops])

    def resume(self) -> None:
        """The team server is back (offline.py): listen again if the listener gave up while it
        was gone, and catch up at once with what others changed meanwhile."""
        if self.watch.stopped:
            return
        doc = self.editor.doc
        if doc.library.is_server and not self.watch.alive:  # its listener ended with the connection
            self.watch.stop()
            self.watch = watch_book(doc.library, doc.book_id, self._poll_seconds)
            self._stops.append(self.watch.stop)
        try:
            self.check()
        except ServerUnreachable:
            self.editor.doc.offline.lost()

    def stop(self) -> None:
        """Stop looking (the editor is closing); a listening thread ends before this returns."""
        self._timer.stop()
        self.watch.stop()

    def _tick(self) -> None:
        offline = self.editor.doc.offline
        if offline.active:  # the team server is out of reach: offline.py asks when it is back
            return
        if self.watch.due():
            try:
                self.check()
            except ServerUnreachable:
                offline.lost()

    def check(self) -> BookChanges:
        """Look now; reload and announce what someone else changed. Returns what was found."""
        doc = self.editor.doc
        changes = book_changes(doc.library, doc.book_id, doc.versions,
                               [p.page_id for p in doc.pages])
        if changes.empty:
            return changes
        typing = self.editor.typing
        busy = typing.pending_page if typing.pending else None  # words not yet saved there
        shown = [c for c in changes.changed if c.page_id != busy]
        if not shown and not changes.structure:
            return changes  # only the page being typed on: conflicts.py handles it on save
        for change in changes.added:
            doc.versions[change.page_id] = change.version  # read before the content (reload)
        for change in shown:  # someone else's change, taken in: older undo steps would undo it
            doc.took_in([change.page_id], change.changed_by, {change.page_id: change.version})
        ids = [c.page_id for c in shown]
        if changes.structure:
            doc.structure_changed(doc.selection.page_id)
            doc.pages_changed.emit(ids)
        else:
            doc.pages_edited(ids)
        on_page = self.editor.canvas.text_editor
        if on_page is not None and on_page.where is not None and on_page.where[0] in ids \
                and on_page.where[0] != busy:
            on_page.show_stored(*on_page.where)
        self._announce(shown, changes)
        return changes

    def _announce(self, shown: list[PageChange], changes: BookChanges) -> None:
        doc = self.editor.doc
        me = doc.library.actor
        people = list(dict.fromkeys(c.changed_by for c in (*shown, *changes.added)
                                    if c.changed_by and c.changed_by != me))
        numbers = sorted({page.number for c in shown if (page := doc.page(c.page_id))})
        where = (QCoreApplication.translate("EditorWatch", "page {number}").format(number=numbers[0]) if len(numbers) == 1 else
                 QCoreApplication.translate("EditorWatch", "pages {numbers}").format(numbers=_joined([str(n) for n in numbers])))
        others = any(c.changed_by == me for c in (*shown, *changes.added))  # my other window
        changed = QCoreApplication.translate("EditorWatch", "changed {where}").format(where=where)
        adders = list(dict.fromkeys(c.changed_by for c in changes.added  # a new page names its maker
                                    if c.changed_by and c.changed_by != me))
        if changes.structure and not numbers and adders and not changes.removed \
                and not changes.reordered:
            message = (QCoreApplication.translate("EditorWatch", "{name} added a page.") if len(changes.added) == 1 else
                       QCoreApplication.translate("EditorWatch", "{name} added {count} pages.")).format(name=_joined(adders),
                                                                  count=len(changes.added))
        elif changes.structure and not numbers:
            message = (QCoreApplication.translate("EditorWatch", "{name} added, moved or removed pages.").format(name=_joined(people))
                       if people else QCoreApplication.translate("EditorWatch", "Pages were added, moved or removed in another Lifebook."))
        elif people:
            message = QCoreApplication.translate("EditorWatch", "{name} {what}.").format(name=_joined(people), what=changed)
        elif others:
            message = QCoreApplication.translate("EditorWatch", "Another Lifebook window {what}.").format(what=changed)
        else:
            message = QCoreApplication.translate("EditorWatch", "Someone else {what}.").format(what=changed)
        if changes.structure and numbers:
            message += " " + QCoreApplication.translate("EditorWatch", "Pages were also added, moved or removed.")
        notice = self.editor.notice
        if notice.isVisible() and not notice.undo_button.isHidden():
            self.editor.status_message.emit(message)  # never cover "Put my words back"
        else:
            notice.show_notice(message, None)
