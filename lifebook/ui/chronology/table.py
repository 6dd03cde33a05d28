"""The chronology table: a model of the child's events, its sort and filter, and its view.

Rows are ``EventInfo`` records from ``services.chronology.list_events``.
Sorting by date (or age) keeps the chronology's own order: unknown dates
last, then as added. The view takes a photo or a person dropped on a row
and says so with a signal; the panel links them through the services.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from lifebook.model.records import EventInfo
from lifebook.ui.editor.mime import MEDIA_MIME, decode_media_id

PERSON_MIME = "application/x-lifebook-person-id"  # UTF-8 decimal id of a Person

EVENT_ROLE = Qt.ItemDataRole.UserRole + 1
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

COLUMNS = (str(QT_TRANSLATE_NOOP("EventTableModel", "Date")), str(QT_TRANSLATE_NOOP("EventTableModel", "Age")), str(QT_TRANSLATE_NOOP("EventTableModel", "Event")), str(QT_TRANSLATE_NOOP("EventTableModel", "Category")),
           str(QT_TRANSLATE_NOOP("EventTableModel", "Place")), str(QT_TRANSLATE_NOOP("EventTableModel", "Flags")), str(QT_TRANSLATE_NOOP("EventTableModel", "Photos")), str(QT_TRANSLATE_NOOP("EventTableModel", "People")))
DATE, AGE, EVENT, CATEGORY, PLACE, FLAGS, PHOTOS, PEOPLE = range(len(COLUMNS))
FLAG_WORDS = (("include_in_book", "Book"), ("sensitive", "Sensitive"), ("private", "Private"))
FLAG_TIPS = {
    "include_in_book": "Shown in the child's life story book",
    "sensitive": "Sensitive: for the later life letter only",
    "private": "A private note for workers: never exported, never in a book",
}
UNKNOWN_COLOUR = QColor("#9A6700")
QUIET_COLOUR = QColor("#6B625C")


def flags_text(e: EventInfo) -> str:
    """'Book', 'Book · Sensitive', 'Private' (each word's meaning is in the tooltip)."""
    return " · ".join(word for name, word in FLAG_WORDS if getattr(e, name))


def _order(e: EventInfo) -> int:
    """A whole number that sorts as the chronology does (unknown dates last)."""
    day = e.date_start.toordinal() if e.date_start else 10_000_000
    return day * 100_000 + e.position


def decode_person_id(data: bytes | bytearray | memoryview) -> int | None:
    text = bytes(data).decode("utf-8", "replace").strip()
    return int(text) if text.isdigit() else None


class EventTableModel(QAbstractTableModel):
    """The child's events, one per row; EVENT_ROLE gives the record."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.events: list[EventInfo] = []

    def set_events(self, events: list[EventInfo]) -> None:
        self.beginResetModel()
        self.events = list(events)
        self.endResetModel()

    def row_of(self, event_id: int) -> int:
        return next((r for r, e in enumerate(self.events) if e.id == event_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.events)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("EventTableModel", COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.events):
            return None
        e, column = self.events[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(e, column)
        if role == EVENT_ROLE:
            return e
        if role == EVENT_ID_ROLE:
            return e.id
        if role == SORT_ROLE:
            if column in (DATE, AGE):
                return _order(e)
            if column == PHOTOS:
                return len(e.photo_ids)
            if column == PEOPLE:
                return len(e.person_ids)
            return self._text(e, column).casefold()
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == DATE and e.date_start is None:
                return UNKNOWN_COLOUR
            if column in (AGE, FLAGS, PHOTOS, PEOPLE):
                return QUIET_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PHOTOS, PEOPLE):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(e, column)
        return None

    @staticmethod
    def _text(e: EventInfo, column: int) -> str:
        if column == DATE:
            return e.date_display or "Not known"
        if column == AGE:
            return e.age
        if column == EVENT:
            return e.title
        if column == CATEGORY:
            return e.category_label
        if column == PLACE:
            return e.place
        if column == FLAGS:
            return flags_text(e)
        if column == PHOTOS:
            return str(len(e.photo_ids)) if e.photo_ids else ""
        if column == PEOPLE:
            return str(len(e.person_ids)) if e.person_ids else ""
        return ""

    @staticmethod
    def _tip(e: EventInfo, column: int) -> str:
        if column == DATE and e.date_start is None:
            return (f"The date “{e.date_text}” could not be read" if e.date_text
                    else "No date yet") + ": double-click to edit the event."
        if column == FLAGS:
            return "\n".join(FLAG_TIPS[name] for name, _w in FLAG_WORDS if getattr(e, name))
        if column == PHOTOS:
            return "Photos linked to this event. Drag a photo onto the row to link it."
        if column == PEOPLE:
            return "People involved. Drag a person onto the row to link them."
        lines = [e.title]
        if e.detail:
            lines.append(e.detail)
        if e.source:
            lines.append(f"Imported from {e.source}")
        return "\n".join(lines)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDropEnabled)


class EventFilter(QSortFilterProxyModel):
    """Narrows the events by words, a category, and "in the book" / "sensitive" / "private"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []
        self._category: str | None = None
        self._flags: set[str] = set()  # each one asked for must be set on the event

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_words", text.casefold().split()))

    def set_category(self, category: str | None) -> None:
        self._refilter(lambda: setattr(self, "_category", category or None))

    def set_flag(self, name: str, wanted: bool) -> None:
        flags = set(self._flags)
        (flags.add if wanted else flags.discard)(name)
        self._refilter(lambda: setattr(self, "_flags", flags))

    def is_filtering(self) -> bool:
        return bool(self._words or self._category or self._flags)

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        e: EventInfo = self.sourceModel().index(source_row, 0, source_parent).data(EVENT_ROLE)
        if e is None:
            return False
        if self._category and e.category != self._category:
            return False
        if any(not getattr(e, flag) for flag in self._flags):
            return False
        haystack = " ".join((e.title, e.detail, e.place, e.date_display, e.date_text,
                             e.category_label, e.age)).casefold()
        return all(word in haystack for word in self._words)


class EventTableView(QTableView):
    """The table; a photo or person dropped on a row asks for a link."""

    photo_dropped = Signal(int, int)  # event id, media id
    person_dropped = Signal(int, int)  # event id, person id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.setAccessibleName(QCoreApplication.translate("EventTableView", "Chronology events"))
        self.setToolTip(QCoreApplication.translate("EventTableView", "The child's life in dated events. Enter or double-click changes an event; drag photos and people onto a row to link them."))
        self.setStyleSheet(
            "QTableView { background: white; alternate-background-color: #FBF8F3; "
            "border: 1px solid #E6DDD2; border-radius: 8px; gridline-color: #EFE7DD; "
            "selection-background-color: #FBE3DA; selection-color: #2E2A28; }")

    def size_columns(self) -> None:
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(EVENT, QHeaderView.ResizeMode.Stretch)
        # a stretched column never shrinks below its heading: the table scrolls sideways instead
        header.setMinimumSectionSize(header.sectionSizeHint(EVENT))
        for column, width in ((DATE, 118), (AGE, 96), (CATEGORY, 128), (PLACE, 104),
                              (FLAGS, 108), (PHOTOS, 56), (PEOPLE, 56)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            # never narrower than its heading, however long the words are in the user's language
            self.setColumnWidth(column, max(width, header.sectionSizeHint(column)))

    @staticmethod
    def _carries(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        mime = event.mimeData()
        return mime.hasFormat(MEDIA_MIME) or mime.hasFormat(PERSON_MIME)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt override
        if self._carries(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # Qt override
        index = self.indexAt(event.position().toPoint())
        if self._carries(event) and index.isValid():
            self.selectRow(index.row())  # the row it would link to is shown chosen
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # Qt override
        index = self.indexAt(event.position().toPoint())
        event_id = index.data(EVENT_ID_ROLE) if index.isValid() else None
        mime = event.mimeData()
        if event_id is None or not self._carries(event):
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.selectRow(index.row())
        if mime.hasFormat(MEDIA_MIME):
            media_id = decode_media_id(mime.data(MEDIA_MIME).data())
            if media_id is not None:
                self.photo_dropped.emit(int(event_id), media_id)
        else:
            person_id = decode_person_id(mime.data(PERSON_MIME).data())
            if person_id is not None:
                self.person_dropped.emit(int(event_id), person_id)
