"""The "Chronology" tab of the child's page: the child's life in dated events.

A sortable, filterable table of events; Add, Edit and Delete (each undoable:
Ctrl+Z in the panel, Edit > Undo, the Undo buttons, or the notice after a
deletion); photos and people dragged from the lists beside the table onto
a row are linked to that event (the event dialog has ticked lists for the
keyboard). Above the table, the gaps and doubts the chronology has.

Everything goes through ``services.chronology``, ``chronology_links`` and
``chronology_gaps``; the panel keeps only what it shows.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lifebook.model.chronology import ChronologyDate, stored_date
from lifebook.model.enums import ChronologyCategory
from lifebook.model.records import EventInfo, PhotoInfo
from lifebook.services import children as child_service
from lifebook.services import chronology as chron
from lifebook.services import chronology_links as links
from lifebook.services import photos as photo_service
from lifebook.services.chronology_gaps import chronology_findings
from lifebook.services.errors import ServiceError
from lifebook.store.db import Library
from lifebook.ui.child_page import label
from lifebook.ui.chronology.commands import (
    AddEventCommand,
    DeleteEventCommand,
    EditEventCommand,
    linked,
    set_links,
)
from lifebook.ui.chronology.event_dialog import EventDialog
from lifebook.ui.chronology.findings_strip import FindingsStrip
from lifebook.ui.chronology.sources import DragSources
from lifebook.ui.chronology.table import (
    DATE,
    EVENT_ID_ROLE,
    EVENT_ROLE,
    EventFilter,
    EventTableModel,
    EventTableView,
)
from lifebook.ui.jobs import Runner
from lifebook.ui.undo_notice import UndoNotice

FLAG_FILTERS = (("include_in_book", str(QT_TRANSLATE_NOOP("ChronologyPanel", "Only in the book")),
                 str(QT_TRANSLATE_NOOP("ChronologyPanel", "Show only events shown in the child's book"))),
                ("sensitive", str(QT_TRANSLATE_NOOP("ChronologyPanel", "Sensitive")),
                 str(QT_TRANSLATE_NOOP("ChronologyPanel", "Show only events for the later life letter only"))),
                ("private", str(QT_TRANSLATE_NOOP("ChronologyPanel", "Private notes")),
                 str(QT_TRANSLATE_NOOP("ChronologyPanel", "Show only private notes for workers"))))


def _button(text: str, tip: str, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    if primary:
        button.setObjectName("primary")
    return button


class ChronologyPanel(QWidget):
    """One child's chronology: filters, findings, the table, and photos and people to link."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library: Library | None = None
        self.child_id: int | None = None
        self.birth: ChronologyDate | None = None
        self.media: list[PhotoInfo] = []
        self._stale = False
        self.undo_stack = QUndoStack(self)
        self.undo_action = self._shortcut(self.undo_stack.createUndoAction(self, QCoreApplication.translate("ChronologyPanel", "&Undo")),
                                          QKeySequence.StandardKey.Undo)
        self.redo_action = self._shortcut(self.undo_stack.createRedoAction(self, QCoreApplication.translate("ChronologyPanel", "&Redo")),
                                          QKeySequence.StandardKey.Redo)

        self.add_button = _button(QCoreApplication.translate("ChronologyPanel", "Add event…"), QCoreApplication.translate("ChronologyPanel", "Add something that happened in the child's life "
                                  "(Ctrl+Shift+E)"), primary=True)
        self.edit_button = _button(QCoreApplication.translate("ChronologyPanel", "Edit…"), QCoreApplication.translate("ChronologyPanel", "Change the chosen event (Enter, or double-click)"))
        self.delete_button = _button(QCoreApplication.translate("ChronologyPanel", "Delete"), QCoreApplication.translate("ChronologyPanel", "Delete the chosen event (Delete key). "
                                     "You can undo it."))
        self.undo_button = _button(QCoreApplication.translate("ChronologyPanel", "Undo"), QCoreApplication.translate("ChronologyPanel", "Undo the last change to the chronology (Ctrl+Z)"))
        self.redo_button = _button(QCoreApplication.translate("ChronologyPanel", "Redo"), QCoreApplication.translate("ChronologyPanel", "Redo the change you undid (Ctrl+Shift+Z)"))
        self.import_button = _button(QCoreApplication.translate("ChronologyPanel", "Import…"), QCoreApplication.translate("ChronologyPanel", "Import a chronology from a spreadsheet or a "
                                     "case management export (.csv or .xlsx)"))
        self.add_button.clicked.connect(self.add_event)
        self.edit_button.clicked.connect(lambda: self.edit_event())
        self.delete_button.clicked.connect(lambda: self.delete_event())
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda t: self.undo_button.setToolTip(QCoreApplication.translate("ChronologyPanel", "Undo: {t} (Ctrl+Z)").format(t=t) if t else QCoreApplication.translate("ChronologyPanel", "Undo")))
        add_shortcut = QAction(self)
        add_shortcut.setShortcut(QKeySequence("Ctrl+Shift+E"))
        add_shortcut.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add_shortcut.triggered.connect(self.add_event)
        self.addAction(add_shortcut)

        self.search = QLineEdit()
        self.search.setPlaceholderText(QCoreApplication.translate("ChronologyPanel", "Find an event by words, place or date"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(QCoreApplication.translate("ChronologyPanel", "Find an event"))
        self.search.setToolTip(QCoreApplication.translate("ChronologyPanel", "Type a word from an event's title, place or notes"))
        self.category = QComboBox()
        self.category.setToolTip(QCoreApplication.translate("ChronologyPanel", "Show only the events of one category"))
        self.category.setAccessibleName(QCoreApplication.translate("ChronologyPanel", "Show category"))
        self.category.addItem(QCoreApplication.translate("ChronologyPanel", "All categories"), "")
        for c in ChronologyCategory:
            self.category.addItem(c.label, c.value)
        self.flag_boxes: dict[str, QCheckBox] = {}

        self.model = EventTableModel(self)
        self.proxy = EventFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = EventTableView()
        self.table.setModel(self.proxy)
        self.table.size_columns()
        self.table.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda index: self.edit_event(self._id_at(index)))
        self.table.activated.connect(lambda index: self.edit_event(self._id_at(index)))
        self.table.photo_dropped.connect(self.link_photo)
        self.table.person_dropped.connect(self.link_person)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        delete_key = QAction(self.table)
        delete_key.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence("Backspace")])
        delete_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.triggered.connect(lambda: self.delete_event())
        self.table.addAction(delete_key)
        self.search.textChanged.connect(self._filter_text)
        self.category.currentIndexChanged.connect(
            lambda _i: self._refiltered(self.proxy.set_category, self.category.currentData()))

        self.findings = FindingsStrip()
        self.findings.event_chosen.connect(self.select_event)
        self.notice = UndoNotice()
        self.sources = DragSources(runner)
        self.counts = QLabel()
        self.counts.setObjectName("subheading")
        self.empty = label(QCoreApplication.translate("ChronologyPanel", "No events yet. Add the first with Add event…, or import a "
                           "chronology with Import…"), "subheading", wrap=True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout.addLayout(buttons)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.category, 1)
        for name, text, tip in FLAG_FILTERS:
            box = QCheckBox(QCoreApplication.translate("ChronologyPanel", text))
            box.setToolTip(QCoreApplication.translate("ChronologyPanel", tip))
            box.toggled.connect(lambda on, n=name: self._refiltered(self.proxy.set_flag, n, on))
            self.flag_boxes[name] = box
            filters.addWidget(box)
        layout.addLayout(filters)
        layout.addWidget(self.notice)
        layout.addWidget(self.findings)
        split = QSplitter()
        table_side = QWidget()
        table_layout = QVBoxLayout(table_side)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.empty)
        table_layout.addWidget(self.counts)
        split.addWidget(table_side)
        split.addWidget(self.sources)
        split.setStretchFactor(0, 1)
        split.setSizes([800, 190])
        layout.addWidget(split, 1)
        self._update_buttons()

    def _shortcut(self, action: QAction, key: QKeySequence.StandardKey) -> QAction:
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    # --- the child shown ---------------------------------------------------------------

    def show_child(self, library: Library, child_id: int) -> None:
        """Show this child's chronology (loaded now if the tab is showing, else when it is)."""
        if (library, child_id) != (self.library, self.child_id):
            self.undo_stack.clear()  # its commands were for another child's events
            self.notice.hide()
        self.library, self.child_id = library, child_id
        self.sources.photo_model.library = library
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self, select: int | None = None) -> None:
        """Read the events, findings, photos and people again; keep (or set) the chosen event."""
        if self.library is None or self.child_id is None:
            return
        self._stale = False
        select = select if select is not None else self.selected_event_id()
        try:
            child = child_service.child_info_by_id(self.library, self.child_id)
            events = chron.list_events(self.library, self.child_id)
            findings = chronology_findings(self.library, self.child_id)
            media = photo_service.list_media(self.library, self.child_id)
            people = child_service.list_people(self.library, self.child_id)
        except ServiceError:  # the child has gone (deleted in another window)
            self.model.set_events([])
            self.findings.set_findings([])
            return
        self.birth = stored_date("", child.date_of_birth, child.dob_precision)
        self.model.set_events(events)
        self.findings.set_findings(findings)
        self.media = media
        self.sources.photo_model.set_media(media)
        self.sources.set_people(people)
        if select is not None:
            self.select_event(select)
        self._update_counts()
        self._update_buttons()

    # --- choosing -------------------------------------------------------------------------

    def _id_at(self, index: QModelIndex) -> int | None:
        value = index.data(EVENT_ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else None

    def selected_event_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self._id_at(rows[0]) if rows else None

    def event_info(self, event_id: int) -> EventInfo | None:
        row = self.model.row_of(event_id)
        return self.model.events[row] if row >= 0 else None

    def select_event(self, event_id: int) -> None:
        row = self.model.row_of(event_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # hidden by the filters: clear them so it can be seen
            self.clear_filters()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def clear_filters(self) -> None:
        self.search.clear()
        self.category.setCurrentIndex(0)
        for box in self.flag_boxes.values():
            box.setChecked(False)

    def visible_titles(self) -> list[str]:
        """The events' titles as the table shows them now, top to bottom."""
        return [self.proxy.index(r, 0).data(EVENT_ROLE).title for r in range(self.proxy.rowCount())]

    # --- changes ----------------------------------------------------------------------------

    def _dialog(self, event: EventInfo | None) -> EventDialog:
        icons = {m.id: icon for m in self.media
                 if (icon := self.sources.photo_model.icon(m.id)) is not None}
        return EventDialog(event=event, birth=self.birth, photos=self.media,
                           people=self.sources.people_model.people, icons=icons, parent=self)

    def add_event(self) -> EventInfo | None:
        if self.library is None or self.child_id is None:
            return None
        dialog = self._dialog(None)
        if not dialog.exec():
            return None
        try:
            added = chron.add_event(self.library, self.child_id, **dialog.values())  # type: ignore[arg-type]
            set_links(self.library, added.id, dialog.photo_ids(), dialog.person_ids(), added)
        except ServiceError as exc:
            QMessageBox.warning(self, QCoreApplication.translate("ChronologyPanel", "Could not add the event"), str(exc))
            return None
        self.reload(select=added.id)
        added = self.event_info(added.id) or added
        self._push(AddEventCommand(self.library, added, self._changed, self._failed))
        return added

    def edit_event(self, event_id: int | None = None) -> EventInfo | None:
        event_id = event_id if event_id is not None else self.selected_event_id()
        before = self.event_info(event_id) if event_id is not None else None
        if self.library is None or before is None:
            return None
        dialog = self._dialog(before)
        if not dialog.exec():
            return None
        try:
            chron.update_event(self.library, before.id, **dialog.values())
            set_links(self.library, before.id, dialog.photo_ids(), dialog.person_ids(), before)
        except ServiceError as exc:
            QMessageBox.warning(self, QCoreApplication.translate("ChronologyPanel", "Could not save the event"), str(exc))
            return None
        self.reload(select=before.id)
        after = self.event_info(before.id)
        if after is not None and after != before:
            self._push(EditEventCommand(self.library, before, after, self._changed, self._failed))
        return after

    def delete_event(self, event_id: int | None = None) -> bool:
        event_id = event_id if event_id is not None else self.selected_event_id()
        if self.library is None or event_id is None:
            return False
        try:
            gone = chron.delete_event(self.library, event_id)
        except ServiceError as exc:
            QMessageBox.warning(self, QCoreApplication.translate("ChronologyPanel", "Could not delete the event"), str(exc))
            return False
        self.reload()
        command = DeleteEventCommand(self.library, gone, self._changed, self._failed)
        self._push(command)
        self.notice.show_notice(QCoreApplication.translate("ChronologyPanel", "Deleted “{title}” from the chronology.").format(title=gone.title),
                                lambda: self._undo_if_last(command))
        return True

    def link_photo(self, event_id: int, media_id: int) -> bool:
        return self._link(event_id, photo=media_id)

    def link_person(self, event_id: int, person_id: int) -> bool:
        return self._link(event_id, person=person_id)

    def _link(self, event_id: int, *, photo: int | None = None, person: int | None = None) -> bool:
        before = self.event_info(event_id)
        if self.library is None or before is None:
            return False
        after = linked(before, photo=photo, person=person)
        what = "This photo" if photo is not None else self.sources.people_model.name_of(person or 0)
        if after == before:
            self.notice.show_notice(QCoreApplication.translate("ChronologyPanel", "{what} is already linked to “{title}”.").format(what=what, title=before.title), None)
            return False
        try:
            if photo is not None:
                links.link_photo(self.library, event_id, photo)
            else:
                links.link_person(self.library, event_id, person or 0)
        except ServiceError as exc:
            QMessageBox.warning(self, QCoreApplication.translate("ChronologyPanel", "Could not link it"), str(exc))
            return False
        self.reload(select=event_id)
        after = self.event_info(event_id) or after
        text = f"Link {'a photo' if photo is not None else what} to “{before.title}”"
        command = EditEventCommand(self.library, before, after, self._changed, self._failed, text)
        self._push(command)
        self.notice.show_notice(QCoreApplication.translate("ChronologyPanel", "Linked {value1} to “{title}”.").format(value1='the photo' if photo is not None else what, title=before.title), lambda: self._undo_if_last(command))
        return True

    # --- undo -----------------------------------------------------------------------------

    def _push(self, command) -> None:
        self.undo_stack.push(command)

    def _undo_if_last(self, command) -> None:
        index = self.undo_stack.index()
        if index > 0 and self.undo_stack.command(index - 1) is command:
            self.undo_stack.undo()

    def _changed(self, event_id: int | None) -> None:
        self.reload(select=event_id)

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self, QCoreApplication.translate("ChronologyPanel", "Could not undo or redo"), message)

    # --- showing -------------------------------------------------------------------------

    def _filter_text(self, text: str) -> None:
        self._refiltered(self.proxy.set_text, text)

    def _refiltered(self, change, *args) -> None:
        change(*args)
        self._update_counts()
        self._update_buttons()

    def _update_counts(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        events = (QCoreApplication.translate("ChronologyPanel", "1 event") if total == 1
                  else QCoreApplication.translate("ChronologyPanel", "{n} events").format(n=total))
        self.counts.setText(QCoreApplication.translate("ChronologyPanel", "{events}, {shown} shown by the filters").format(events=events, shown=shown) if shown != total
                            else events)
        self.empty.setVisible(total == 0)
        self.counts.setVisible(total > 0)

    def _update_buttons(self) -> None:
        chosen = self.selected_event_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.undo_button.setEnabled(self.undo_stack.canUndo())
        self.redo_button.setEnabled(self.undo_stack.canRedo())
