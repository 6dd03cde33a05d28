"""The child's page: who the child is, their books (with each book's status), their photos.

The main window fills it and wires its buttons; it holds no data of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lifebook.model.dates import format_uk_date
from lifebook.model.records import BookInfo, ChildInfo
from lifebook.services.children import KEY_DATE_NAMES, KEY_DATES
from lifebook.ui.editor.photo_strip import PhotoListModel
from lifebook.ui.jobs import Runner
from lifebook.ui.labels import label as _tr_label
from lifebook.ui.people.panel import PeoplePanel

GRID_ICON = QSize(150, 112)  # the child's photos, larger than the editor's strip

BOOK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_COLOURS = {
    "draft": "#6B625C",
    "in-review": "#B26B00",
    "changes-requested": "#B3261E",
    "approved": "#2F6F55",
    "handed-over": "#3D8C95",
}
COLUMNS = [str(QT_TRANSLATE_NOOP("ChildPage", "Book")), str(QT_TRANSLATE_NOOP("ChildPage", "Kind")),
           str(QT_TRANSLATE_NOOP("ChildPage", "Pages")), str(QT_TRANSLATE_NOOP("ChildPage", "Status"))]


def label(text: str, name: str = "", wrap: bool = False) -> QLabel:
    """A label with a style name (see ui/style.py), optionally wrapping."""
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


def _button(text: str, tip: str, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    if primary:
        button.setObjectName("primary")
    return button


class ChildPage(QWidget):
    """Header and details, the books table with its buttons, the photo grid."""

    book_activated = Signal(int)  # double-click or Enter on a book: open it

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(8)

        header = QHBoxLayout()
        self.child_name = label("", "heading")
        self.child_name.setProperty("lifebookData", True)  # the child's name
        self.sample_badge = label(QCoreApplication.translate("ChildPage", "Sample"), "badge")
        header.addWidget(self.child_name)
        header.addWidget(self.sample_badge)
        header.addStretch(1)
        self.edit_child_button = _button(QCoreApplication.translate("ChildPage", "Edit details…"), QCoreApplication.translate("ChildPage", "Change the child's name, date of birth, plan and key dates"))
        self.delete_child_button = _button(QCoreApplication.translate("ChildPage", "Delete child…"), QCoreApplication.translate("ChildPage", "Delete this child, with their books and photos"))
        header.addWidget(self.edit_child_button)
        header.addWidget(self.delete_child_button)
        layout.addLayout(header)
        self.child_details = label("", "subheading", wrap=True)
        self.key_dates = label("", "keyDates", wrap=True)
        layout.addWidget(self.child_details)
        layout.addWidget(self.key_dates)
        self.tabs, overview, self.people = QTabWidget(), QWidget(), PeoplePanel(runner)
        self.tabs.tabBar().setChangeCurrentOnDrag(True)  # a dragged photo can reach another tab
        self.tabs.tabBar().setAcceptDrops(True)
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(overview, QCoreApplication.translate("ChildPage", "Books and photos"))  # then Chronology (ui/chronology/wiring.py)
        self.tabs.addTab(self.people, QCoreApplication.translate("ChildPage", "People"))  # ui/people/panel.py
        layout = QVBoxLayout(overview)  # the books and photos go on the first tab
        layout.setContentsMargins(10, 10, 10, 10)

        books_header = QHBoxLayout()
        books_header.addWidget(label(QCoreApplication.translate("ChildPage", "Books"), "sectionTitle"))
        books_header.addStretch(1)
        self.new_book_button = _button(QCoreApplication.translate("ChildPage", "New book…"), QCoreApplication.translate("ChildPage", "Start a life story book, words and pictures or a "
                                       "later life letter for this child (Ctrl+N)"), primary=True)
        books_header.addWidget(self.new_book_button)
        layout.addLayout(books_header)

        self.notice = QFrame()
        self.notice.setObjectName("notice")
        self.notice.setStyleSheet("QFrame#notice { background: #FFF6DA; border: 1px solid #EBD58A;"
                                  " border-radius: 8px; }")
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.setContentsMargins(12, 6, 8, 6)
        self.notice_text = label("", wrap=True)
        self.undo_delete_button = _button(QCoreApplication.translate("ChildPage", "Undo"), QCoreApplication.translate("ChildPage", "Bring the deleted book back, exactly as it was"))
        notice_layout.addWidget(self.notice_text, 1)
        notice_layout.addWidget(self.undo_delete_button)
        self.notice.hide()
        layout.addWidget(self.notice)

        self.books = QTreeWidget()
        self.books.setObjectName("books")
        self.books.setAccessibleName(QCoreApplication.translate("ChildPage", "Books"))
        self.books.setToolTip(QCoreApplication.translate("ChildPage", "The child's books. Double-click or press Enter to open one; right-click for more."))
        self.books.setColumnCount(len(COLUMNS))
        self.books.setHeaderLabels([QCoreApplication.translate("ChildPage", c) for c in COLUMNS])
        self.books.setRootIsDecorated(False)
        self.books.setUniformRowHeights(True)
        self.books.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.books.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header_view = self.books.header()
        header_view.setStretchLastSection(False)
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header_view.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.books.itemActivated.connect(lambda item, _c: self.book_activated.emit(item.data(0, BOOK_ID_ROLE)))
        self.books.itemSelectionChanged.connect(self._update_buttons)
        self.books_empty = label(QCoreApplication.translate("ChildPage", "No books yet. Start one with New book…"), "subheading", wrap=True)
        layout.addWidget(self.books)
        layout.addWidget(self.books_empty)

        self.book_buttons = QWidget()
        row = QHBoxLayout(self.book_buttons)
        row.setContentsMargins(0, 0, 0, 0)
        self.open_book_button = _button(QCoreApplication.translate("ChildPage", "Open"), QCoreApplication.translate("ChildPage", "Open this book in the editor"))
        self.rename_book_button = _button(QCoreApplication.translate("ChildPage", "Rename…"), QCoreApplication.translate("ChildPage", "Change this book's title"))
        self.duplicate_book_button = _button(QCoreApplication.translate("ChildPage", "Duplicate"), QCoreApplication.translate("ChildPage", "Make a copy of this book, with all its pages"))
        self.delete_book_button = _button(QCoreApplication.translate("ChildPage", "Delete…"), QCoreApplication.translate("ChildPage", "Delete this book (you can undo it until you close Lifebook)"))
        for button in (self.open_book_button, self.rename_book_button, self.duplicate_book_button,
                       self.delete_book_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addWidget(self.book_buttons)

        photos_header = QHBoxLayout()
        photos_header.addWidget(label(QCoreApplication.translate("ChildPage", "Photos"), "sectionTitle"))
        photos_header.addStretch(1)
        self.import_button = _button(QCoreApplication.translate("ChildPage", "Import photos…"), QCoreApplication.translate("ChildPage", "Copy photos into this child's library. "
                                     "You can also drag them onto the window."))
        photos_header.addWidget(self.import_button)
        layout.addLayout(photos_header)
        # the editor's photo strip model: thumbnails are made off the UI thread
        self.photo_model = PhotoListModel(None, runner, self, icon_size=GRID_ICON)
        self.photos = QListView()
        self.photos.setModel(self.photo_model)
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(GRID_ICON)
        self.photos.setGridSize(QSize(176, 160))
        self.photos.setResizeMode(QListView.ResizeMode.Adjust)
        self.photos.setMovement(QListView.Movement.Static)
        self.photos.setWordWrap(True)
        self.photos.setAccessibleName(QCoreApplication.translate("ChildPage", "Photos"))
        self.photos.setToolTip(QCoreApplication.translate("ChildPage", "The child's photos. Double-click a photo for its details; right-click to agree or delete."))
        self.photos.setDragEnabled(True)  # onto an event in the Chronology tab
        self.photos_empty = label(
            QCoreApplication.translate("ChildPage", "No photos yet. Use Import photos…, or drag photos from your computer onto this window."),
            "subheading", wrap=True)
        layout.addWidget(self.photos, 1)
        layout.addWidget(self.photos_empty)
        self.problems_title = label(QCoreApplication.translate("ChildPage", "Some files could not be imported"), "sectionTitle")
        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        self.problems.setMaximumHeight(120)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems)
        layout.addStretch(0)  # takes the space when there are no photos to show
        self.show_problems([])
        self._update_buttons()

    # --- filling ------------------------------------------------------------------

    def show_child(self, child: ChildInfo, books: list[BookInfo]) -> None:
        self.child_name.setText(child.name)
        self.sample_badge.setVisible(child.is_sample)
        parts = []
        if child.preferred_name and child.preferred_name != child.name:
            parts.append(QCoreApplication.translate("ChildPage", "known as {name}").format(name=child.preferred_name))
        if child.pronouns:
            parts.append(child.pronouns)
        parts.append(_tr_label(child.plan_label))
        parts.append(QCoreApplication.translate("ChildPage", "born {date}").format(date=child.date_of_birth_text)
                     if child.date_of_birth_text
                     else QCoreApplication.translate("ChildPage", "date of birth not known"))
        n_books, n_photos = child.books or 0, child.photos or 0
        parts.append(QCoreApplication.translate("ChildPage", "1 book") if n_books == 1
                     else QCoreApplication.translate("ChildPage", "{n} books").format(n=n_books))
        parts[-1] += ", " + (QCoreApplication.translate("ChildPage", "1 photo") if n_photos == 1
                             else QCoreApplication.translate("ChildPage", "{n} photos").format(n=n_photos))
        self.child_details.setText(" · ".join(parts))
        dates = []
        for key, label in KEY_DATES.items():
            value = child.key_dates.get(KEY_DATE_NAMES[key])
            if value:
                dates.append(QCoreApplication.translate("ChildPage", "{what}: {date}").format(what=_tr_label(label), date=format_uk_date(value)))
        self.key_dates.setText(" · ".join(dates))
        self.key_dates.setVisible(bool(dates))
        self.show_books(books)

    def show_books(self, books: list[BookInfo], select: int | None = None) -> None:
        select = select if select is not None else self.selected_book_id()
        self.books.clear()
        for book in books:
            item = QTreeWidgetItem([book.title, book.kind_label, str(book.pages),
                                    book.status_label])
            colour = QColor(STATUS_COLOURS.get(book.status, "#2E2A28"))
            item.setIcon(3, _dot(colour))  # keeps its colour when the row is selected
            item.setData(0, BOOK_ID_ROLE, book.id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setForeground(3, QBrush(colour))
            item.setToolTip(0, f"{book.title} · {book.trim_label}")
            self.books.addTopLevelItem(item)
            if book.id == select:
                self.books.setCurrentItem(item)
        first = self.books.topLevelItem(0)
        if self.books.currentItem() is None and first is not None:
            self.books.setCurrentItem(first)
        self.books.setVisible(bool(books))
        self.books_empty.setVisible(not books)
        self.book_buttons.setVisible(bool(books))
        self._fit_books_height(len(books))
        self._update_buttons()

    def _fit_books_height(self, count: int) -> None:
        """Tall enough for every book (up to six, then it scrolls), so no empty box."""
        rows = max(1, min(count, 6))
        row_height = self.books.sizeHintForRow(0) if count else self.fontMetrics().height() + 12
        height = self.books.header().sizeHint().height() + rows * max(row_height, 1)
        self.books.setFixedHeight(height + 2 * self.books.frameWidth() + 10)

    def selected_book_id(self) -> int | None:
        item = self.books.currentItem()
        return int(item.data(0, BOOK_ID_ROLE)) if item is not None else None

    def _column(self, column: int) -> list[str]:
        items = (self.books.topLevelItem(i) for i in range(self.books.topLevelItemCount()))
        return [item.text(column) for item in items if item is not None]

    def book_titles(self) -> list[str]:
        return self._column(0)

    def book_statuses(self) -> list[str]:
        return self._column(3)

    def show_notice(self, text: str | None) -> None:
        self.notice_text.setText(text or "")
        self.notice.setVisible(bool(text))

    def show_photos_or_hint(self) -> None:
        """The photo grid when there are photos; otherwise only the hint how to add them."""
        has = self.photo_model.rowCount() > 0
        self.photos.setVisible(has)
        self.photos_empty.setVisible(not has)

    def show_problems(self, lines: list[str]) -> None:
        self.problems.clear()
        self.problems.addItems(lines)
        self.problems.setVisible(bool(lines))
        self.problems_title.setVisible(bool(lines))

    def _update_buttons(self) -> None:
        has = self.books.currentItem() is not None
        for button in (self.open_book_button, self.rename_book_button, self.duplicate_book_button,
                       self.delete_book_button):
            button.setEnabled(has)


def _dot(colour: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)
