"""BookDocument: the open book, its layouts and its undo stack.

It is the one place the editor's widgets read from and edit through. It
holds no data of its own beyond caches: the store is the truth, and every
edit is committed through the services (see commands.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from lifebook.checks.letters import letter_findings
from lifebook.checks.panels import panel_findings
from lifebook.checks.privacy import privacy_findings
from lifebook.layout.display import Finding, ImageItem, PageLayout
from lifebook.layout.engine import layout_page
from lifebook.layout.templates import TemplateError, page_template
from lifebook.model.content import BookContent, PageContent, PictureFit
from lifebook.model.drawing import Drawing
from lifebook.model.richtext import Mark, RichText
from lifebook.services import pages as page_service
from lifebook.services.content import load_book_content
from lifebook.services.errors import PageChanged, ServerUnreachable
from lifebook.services.privacy import privacy_context
from lifebook.services.reconnect import retrying
from lifebook.store.db import Library
from lifebook.ui.editor.commands import (
    AddPageCommand,
    DeletePageCommand,
    PageEditCommand,
    PageOrderCommand,
)
from lifebook.ui.editor.conflicts import keep_my_words
from lifebook.ui.editor.offline import EditorUndoStack, OfflineEdits
from lifebook.ui.editor.refusals import refused_edit

T = TypeVar("T")


class Selection(QObject):
    """What the user is working on: shared by the canvas, strips and panels."""

    page_selected = Signal(int)  # page id
    frame_selected = Signal(int, str)  # page id, frame key ("" for none)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page_id: int | None = None
        self.frame_key: str = ""

    def select_page(self, page_id: int) -> None:
        if page_id != self.page_id:
            self.page_id = page_id
            self.frame_key = ""
            self.page_selected.emit(page_id)
            self.frame_selected.emit(page_id, "")

    def select_frame(self, page_id: int, frame_key: str) -> None:
        self.select_page(page_id)
        if frame_key != self.frame_key:
            self.frame_key = frame_key
            self.frame_selected.emit(page_id, frame_key)

    def go_to(self, page_id: int, frame_key: str | None) -> None:
        """Show what a finding or a guidance item points at: its frame, else its page."""
        if frame_key:
            self.select_frame(page_id, frame_key)
        else:
            self.select_page(page_id)


def _draws_family(template: str) -> bool:
    """Whether pages of ``template`` draw the child's family (the family tree)."""
    try:
        return any(f.options.get("source") == "family" for f in page_template(template).frames)
    except TemplateError:
        return False


class BookDocument(QObject):
    structure_changed_signal = Signal(object)  # page id to select, or None
    pages_changed = Signal(list)  # ids of pages whose content changed
    findings_changed = Signal()
    page_conflict = Signal(int, str, str, object)  # page id, frame key, message, the words kept

    def __init__(self, library: Library, book_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.book_id = book_id
        self.undo_stack = EditorUndoStack(self)
        self.offline = OfflineEdits(self)  # words the team server has not got yet (offline.py)
        self.undo_stack.offline = self.offline
        self.selection = Selection(self)
        self._layouts: dict[int, PageLayout] = {}
        self._continued: dict[tuple[int, int], PageLayout] = {}  # (page id, part): a journey's
        # each page's version as this window last loaded or saved it: every page edit passes
        # it, so a save on a page someone else changed since is refused, not written over theirs
        self.versions: dict[int, int] = page_service.page_versions(library, book_id)  # before the content
        # how many of other people's changes to each page this window has taken in, and whose
        # the last was: an undo step made before one of them would undo it (refusals.py)
        self.taken_in: dict[int, int] = {}
        self.taken_from: dict[int, str] = {}
        self.content: BookContent = load_book_content(library, book_id)
        self.privacy = privacy_context(library, book_id)  # people, consent, events: the privacy check

    # --- reading ----------------------------------------------------------

    @property
    def pages(self) -> tuple[PageContent, ...]:
        return self.content.pages

    def page(self, page_id: int) -> PageContent | None:
        return next((p for p in self.content.pages if p.page_id == page_id), None)

    def index_of(self, page_id: int) -> int:
        return next((i for i, p in enumerate(self.content.pages) if p.page_id == page_id), -1)

    def layout(self, page_id: int) -> PageLayout | None:
        cached = self._layouts.get(page_id)
        if cached is None:
            page = self.page(page_id)
            if page is None:
                return None
            cached = layout_page(self.content, page)
            self._layouts[page_id] = cached
        return cached

    def printed_layouts(self, page_id: int) -> list[PageLayout]:
        """Every printed page of a stored page: itself, then any continuation pages (a journey
        or chronology table that needs more than one page; see layout.pagination)."""
        first, page = self.layout(page_id), self.page(page_id)
        if first is None or page is None:
            return []
        out = [first]
        for part in range(1, page.parts):
            cached = self._continued.get((page_id, part))
            if cached is None:
                cached = self._continued[(page_id, part)] = layout_page(self.content, page,
                                                                         part=part)
            out.append(cached)
        return out

    def findings(self) -> list[Finding]:
        out: list[Finding] = []
        for page in self.content.pages:
            for layout in self.printed_layouts(page.page_id):
                out.extend(layout.findings)
        return (letter_findings(self.content) + out + privacy_findings(self.content, self.privacy)
                + panel_findings(self.content))  # Words and Pictures pages: short, plain words

    def _forget(self, page_ids: list[int] | None = None) -> None:
        """Drop cached layouts: of ``page_ids``, or all of them."""
        if page_ids is None:
            self._layouts.clear()
            self._continued.clear()
            return
        for pid in page_ids:
            self._layouts.pop(pid, None)
        for key in [k for k in self._continued if k[0] in page_ids]:
            del self._continued[key]

    # --- change notifications (called by commands) ---------------------------

    def saved(self, page_ids: list[int]) -> None:
        """This window has just saved these pages: remember their new versions.

        One save moves a page's version by one. A bigger jump means someone else changed
        the page too, and this window has not shown their change: keep the old version, so
        the next text save on it is refused and the page reloaded (conflicts.py).
        """
        now = page_service.page_versions(self.library, self.book_id)
        for pid in page_ids:
            known, version = self.versions.get(pid), now.get(pid)
            if version is not None and (known is None or version - known <= 1):
                self.versions[pid] = version

    def took_in(self, page_ids: list[int], who: str,
                versions: dict[int, int] | None = None) -> None:
        """These pages now show someone else's changes (as stored now, or at ``versions``)."""
        now = versions if versions is not None else page_service.page_versions(self.library,
                                                                               self.book_id)
        for pid in page_ids:
            if pid in now and now[pid] == self.versions.get(pid):
                continue  # (of several pages refused together, this one had not moved)
            if pid in now:
                self.versions[pid] = now[pid]
            self.taken_in[pid] = self.taken_in.get(pid, 0) + 1
            self.taken_from[pid] = who

    def stamps(self, page_ids: list[int]) -> dict[int, int]:
        """How many other people's changes to each page this window has taken in so far."""
        return {pid: self.taken_in.get(pid, 0) for pid in page_ids}

    def changed_since(self, stamps: dict[int, int]) -> PageChanged | None:
        """Whether someone else's change to one of these pages was taken in after ``stamps``."""
        for pid, seen in stamps.items():
            if self.taken_in.get(pid, 0) != seen:
                return PageChanged("changed since", self.versions.get(pid, 0),
                                   self.taken_from.get(pid, ""))
        return None

    def _numbering(self) -> list[tuple[int, int, int]]:
        return [(p.page_id, p.number, p.parts) for p in self.content.pages]

    def _reload(self) -> bool:
        """Re-read the book; True when its printed page numbers moved (a journey page grew)."""
        if self.offline.active:  # the team server is out of reach: the book stays as shown
            return False
        before = self._numbering()
        versions = page_service.page_versions(self.library, self.book_id)  # before the content
        self.versions = {pid: self.versions.get(pid, v) for pid, v in versions.items()}  # new pages: as read
        self.content = load_book_content(self.library, self.book_id)
        self.privacy = privacy_context(self.library, self.book_id)
        return self._numbering() != before

    def people_changed(self) -> None:
        """Someone's consent, or who is in a photo, changed: check the book again."""
        self.privacy = privacy_context(self.library, self.book_id)
        self.findings_changed.emit()

    def pages_edited(self, page_ids: list[int]) -> None:
        family = self.content.family
        if self._reload():  # e.g. a page became a journey: the pages after it are renumbered
            self._forget()
            self.structure_changed_signal.emit(self.selection.page_id)
        if self.content.family != family:  # people or their photos changed: redraw the tree
            page_ids = [*page_ids, *(p.page_id for p in self.pages if _draws_family(p.template))]
        self._forget(list(page_ids))
        self.pages_changed.emit(list(page_ids))
        self.findings_changed.emit()

    def chronology_changed(self) -> bool:
        """The hook for whatever changes the child's chronology (events, dates, flags,
        linked photos): re-read it, and if the book shows it differently now, lay out every
        page afresh (a journey or chronology table may take more or fewer printed pages, so
        the numbers after it move). Cheap when nothing changed; returns whether anything did.
        """
        before = self.content.journey
        self._reload()
        if self.content.journey == before:
            return False
        self.structure_changed(self.selection.page_id)
        return True

    def photos_changed(self, media_ids: list[int]) -> None:
        """A photo's details or agreement changed: lay out again the pages that show it."""
        changed = set(media_ids)
        pages = [p.page_id for p in self.content.pages
                 if any(f.media is not None and f.media.media_id in changed
                        for f in p.frames.values())
                 or any(isinstance(i, ImageItem) and i.media_id in changed  # journey photos
                        for lay in self.printed_layouts(p.page_id) for i in lay.items)]
        self.pages_edited(pages)  # also when unplaced: it may be someone's in the family tree

    def structure_changed(self, select: int | None = None) -> None:
        self._reload()
        self._forget()  # page numbers moved: every layout shows its number
        ids = [p.page_id for p in self.content.pages]
        if select is None and self.selection.page_id not in ids and ids:
            select = ids[0]
        self.structure_changed_signal.emit(select)
        if select is not None:
            self.selection.select_page(select)
        self.findings_changed.emit()

    # --- edits (each one undoable) ----------------------------------------------

    def _edit(self, text: str, page_ids: list[int], action, merge_key=None, *,
              words: bool = False) -> object:
        """Make an edit through the services, then record it for undo (nothing, if it fails).

        ``action`` passes each page's known version; if someone else changed the page since,
        the edit is refused, the page reloaded and the notice says so (refusals.py). For
        ``words`` the caller handles the refusal itself: typed words are kept (conflicts.py).
        With the team server out of reach, an edit that is not ``words`` is not made (and
        the editor says so); words are kept by save_text (offline.py).
        """
        try:
            if self.offline.active and not words:
                raise ServerUnreachable("offline")
            before = [page_service.snapshot_page(self.library, pid) for pid in page_ids]
            result = retrying(action)  # again at once if the connection broke before COMMIT
            self.saved(page_ids)
        except ServerUnreachable:
            if words:
                raise
            self.offline.refuse()
            return None
        except PageChanged as refused:
            if words:
                raise
            refused_edit(self, page_ids, text, refused)
            return None
        after = [page_service.snapshot_page(self.library, pid) for pid in page_ids]
        self.undo_stack.push(PageEditCommand(self, text, page_ids, before, after, merge_key))
        return result

    def known_version(self, page_id: int) -> int | None:
        return self.versions.get(page_id)

    def known_versions(self, page_ids: list[int]) -> dict[int, int]:
        return {pid: self.versions[pid] for pid in page_ids if pid in self.versions}

    def set_text(self, page_id: int, frame_key: str, text: str, marks: tuple[Mark, ...] = (),
                 *, burst: int | None = None) -> None:
        """Store a frame's words; edits with the same ``burst`` merge into one undo step.

        If someone else changed the page since this window loaded it, the save is refused:
        the page is reloaded with their words and these are kept (conflicts.keep_my_words).
        """
        self.save_text("Typing", page_id, frame_key, RichText.of(text, marks),
                       merge_key=("text", page_id, frame_key, burst) if burst is not None else None)

    def save_text(self, label: str, page_id: int, frame_key: str, rich: RichText,
                  merge_key: tuple | None = None) -> None:
        expected = self.known_version(page_id)
        if self.offline.active:  # kept, not sent: the UI would wait seconds for each save
            self.offline.keep(label, page_id, frame_key, rich, merge_key)
            return
        try:
            self._edit(label, [page_id],
                       lambda: page_service.set_frame_text(self.library, page_id, frame_key, rich.text,
                                                           rich.marks, expected_version=expected),
                       merge_key=merge_key, words=True)
        except PageChanged as refused:
            keep_my_words(self, page_id, frame_key, rich, refused)
        except ServerUnreachable as lost:  # kept on screen and on this laptop until it is back
            self.offline.keep(label, page_id, frame_key, rich, merge_key, lost)

    def set_style(self, page_id: int, frame_key: str, style: str | None) -> None:
        self._edit("Change text style", [page_id],
                   lambda: page_service.set_frame_style(self.library, page_id, frame_key, style,
                                                         expected_version=self.known_version(page_id)))

    def place_photo(self, page_id: int, frame_key: str, media_id: int | None) -> None:
        label = "Place photo" if media_id is not None else "Remove photo"
        self._edit(label, [page_id],
                   lambda: page_service.place_photo(self.library, page_id, frame_key, media_id,
                                                       expected_version=self.known_version(page_id)))

    def place_clipart(self, page_id: int, frame_key: str, key: str | None,
                      colours: dict[str, str] | None = None) -> None:
        self._edit("Place picture" if key else "Remove picture", [page_id],
                   lambda: page_service.place_clipart(self.library, page_id, frame_key, key, colours,
                                                         expected_version=self.known_version(page_id)))

    def set_drawing(self, page_id: int, frame_key: str, drawing: Drawing | None) -> None:
        self._edit("Draw", [page_id],
                   lambda: page_service.set_drawing(self.library, page_id, frame_key, drawing,
                                                       expected_version=self.known_version(page_id)))

    def set_fit(self, page_id: int, frame_key: str, fit: PictureFit) -> None:
        self._edit("Show the whole picture" if fit == PictureFit.FIT else "Fill the frame", [page_id],
                   lambda: page_service.set_fit(self.library, page_id, frame_key, fit,
                                                   expected_version=self.known_version(page_id)))

    def set_crop(self, page_id: int, frame_key: str, cx: float, cy: float, zoom: float,
                 merge: bool = False) -> None:
        self._edit("Move photo in frame", [page_id],
                   lambda: page_service.set_crop(self.library, page_id, frame_key, cx, cy, zoom,
                                                    expected_version=self.known_version(page_id)),
                   merge_key=("crop", page_id, frame_key) if merge else None)

    def rotate_photo(self, page_id: int, frame_key: str) -> None:
        self._edit("Rotate photo", [page_id],
                   lambda: page_service.rotate_photo(self.library, page_id, frame_key, 90,
                                                        expected_version=self.known_version(page_id)))

    def swap_photos(self, page_a: int, key_a: str, page_b: int, key_b: str) -> None:
        ids = [page_a] if page_a == page_b else [page_a, page_b]
        self._edit("Swap photos", ids,
                   lambda: page_service.swap_photos(self.library, page_a, key_a, page_b, key_b,
                                                       expected_versions=self.known_versions(ids)))

    def change_template(self, page_id: int, template: str) -> None:
        self._edit("Change page template", [page_id],
                   lambda: page_service.change_template(self.library, page_id, template,
                                                           expected_version=self.known_version(page_id)))

    def set_section(self, page_id: int, section: str) -> None:
        self._edit("Move page to section", [page_id],
                   lambda: page_service.set_section(self.library, page_id, section,
                                                       expected_version=self.known_version(page_id)))

    def _online(self, action: Callable[[], T]) -> T | None:
        """A change to the book's pages; not made (None) while the team server is out of reach."""
        try:
            if self.offline.active:
                raise ServerUnreachable("offline")
            return action()
        except ServerUnreachable:
            self.offline.refuse()
            return None

    def add_page(self, template: str, after_page_id: int | None) -> None:
        page = self._online(lambda: page_service.add_page(self.library, self.book_id, template,
                                                          after_page_id=after_page_id))
        if page is not None:
            self.undo_stack.push(AddPageCommand(self, "Add page", page.id))

    def duplicate_page(self, page_id: int) -> None:
        page = self._online(lambda: page_service.duplicate_page(self.library, page_id))
        if page is not None:
            self.undo_stack.push(AddPageCommand(self, "Duplicate page", page.id))

    def delete_page(self, page_id: int) -> bool:
        """Delete a page (undoable); False if someone else changed it first (then it stays),
        or while the team server is out of reach."""
        try:
            snapshot = self._online(lambda: page_service.delete_page(
                self.library, page_id, expected_version=self.known_version(page_id)))
        except PageChanged as refused:
            refused_edit(self, [page_id], "Delete page", refused)
            return False
        if snapshot is None:
            return False
        self.undo_stack.push(DeletePageCommand(self, snapshot))
        return True

    def move_page(self, page_id: int, new_index: int) -> None:
        order = [p.page_id for p in self.content.pages]
        if page_id not in order:
            return
        order.remove(page_id)
        order.insert(max(0, min(new_index, len(order))), page_id)
        before = [p.page_id for p in self.content.pages]

        def reorder() -> bool:
            page_service.set_page_order(self.library, self.book_id, order)
            return True

        if order != before and self._online(reorder):
            self.undo_stack.push(PageOrderCommand(self, "Move page", before, order))
