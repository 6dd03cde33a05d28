"""The page strip: small pictures of every page of the book, in order.

Thumbnails are painted from the document's page layouts (the same display
lists the canvas and the PDF use) by ``render_page_image``, inside jobs on
the injected runner, so the UI thread only lays pages out and turns the
finished QImages into pixmaps. Each thumbnail is cached by page id and a
revision that is bumped whenever that page changes; a stale thumbnail stays
on screen until its replacement is ready, and a page never rendered shows a
neutral placeholder.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QInputDialog,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from lifebook.layout.templates import page_templates
from lifebook.render.qt import ImageSource
from lifebook.ui import style
from lifebook.ui.editor.document import BookDocument
from lifebook.ui.editor.template_picker import TemplatePicker
from lifebook.ui.editor.thumbnails import ThumbnailCache, thumbnail_size
from lifebook.ui.jobs import Runner

PAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_MIME = "application/x-lifebook-page-id"
CAPTION_HEIGHT = 22
PAD = 8


def caption_for(number: int, section: str, parts: int = 1) -> str:
    """'3 · My birth', or just '3' for a page without a section; '10–12 · My journey' for a
    page that prints as three (a journey or chronology table)."""
    pages = f"{number}–{number + parts - 1}" if parts > 1 else str(number)
    return f"{pages} · {section}" if section else pages


class PageListModel(QAbstractListModel):
    """The book's pages, one row each, in book order; dragging a row moves the page."""

    def __init__(self, doc: BookDocument, thumbnails: ThumbnailCache,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.thumbnails = thumbnails
        self._ids: list[int] = [p.page_id for p in doc.pages]
        thumbnails.ready.connect(self._thumbnail_ready)
        thumbnails.invalidated.connect(self._row_changed)

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = [p.page_id for p in self.doc.pages]
        self.endResetModel()

    def page_ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, page_id: int) -> int:
        return self._ids.index(page_id) if page_id in self._ids else -1

    def _thumbnail_ready(self, page_id: int) -> None:
        self._row_changed([page_id])

    def _row_changed(self, page_ids: list[int]) -> None:
        for pid in page_ids:
            row = self.row_of(pid)
            if row >= 0:
                idx = self.index(row)
                self.dataChanged.emit(idx, idx)

    # --- Qt overrides ---------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._ids)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        pid = self._ids[index.row()]
        if role == PAGE_ID_ROLE:
            return pid
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnails.pixmap(pid)
        page = self.doc.page(pid)
        if page is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return caption_for(page.number, page.section, page.parts)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            template = page_templates().get(page.template)
            kind = template.name if template else page.template
            where = f" in “{page.section}”" if page.section else ""
            pages = (f"Pages {page.number} to {page.number + page.parts - 1}" if page.parts > 1
                     else f"Page {page.number}")
            return (f"{pages}{where}: {kind.lower()}.\n"
                    "Drag to move it; right-click for more.")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land between pages, never on one
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [PAGE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [str(self._ids[i.row()]) for i in indexes if i.isValid()]
        data.setData(PAGE_MIME, QByteArray(",".join(ids).encode("utf-8")))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex | QPersistentModelIndex) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not data.hasFormat(PAGE_MIME):
            return False
        try:
            ids = [int(t) for t in bytes(data.data(PAGE_MIME).data()).decode("utf-8").split(",")]
        except ValueError:
            return False
        if len(ids) != 1 or ids[0] not in self._ids:
            return False
        if parent.isValid():
            row = parent.row()
        if row < 0:
            row = len(self._ids)
        return self.move_to(self._ids.index(ids[0]), row)

    def moveRows(self, source_parent: QModelIndex | QPersistentModelIndex, source_row: int,
                 count: int, destination_parent: QModelIndex | QPersistentModelIndex,
                 destination_child: int) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count != 1:
            return False
        return self.move_to(source_row, destination_child)

    def move_to(self, source_row: int, before_row: int) -> bool:
        """Move the page at ``source_row`` to just before ``before_row`` (one undo step).

        The document reloads and the model is reset through
        structure_changed_signal, so no begin/endMoveRows is needed here.
        """
        if not 0 <= source_row < len(self._ids):
            return False
        new_index = before_row if before_row <= source_row else before_row - 1
        if new_index == source_row:
            return True  # dropped where it already was
        self.doc.move_page(self._ids[source_row], new_index)
        return True


class PageThumbnailDelegate(QStyledItemDelegate):
    """A page thumbnail with a soft shadow, and its caption underneath."""

    def __init__(self, thumb: QSize, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thumb = thumb

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(self.thumb.width() + 2 * PAD, self.thumb.height() + CAPTION_HEIGHT + 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect: QRect = option.rect
        state = option.state
        card = rect.adjusted(3, 2, -3, -2)
        style.paint_item_card(painter, card, state, 8)
        page = QRect(QPoint(0, 0), self.thumb)
        page.moveCenter(QPoint(rect.center().x(), rect.top() + PAD + self.thumb.height() // 2))
        style.paint_page_thumbnail(painter, page, index.data(Qt.ItemDataRole.DecorationRole), 28)
        text_rect = QRect(rect.left() + PAD // 2, page.bottom() + 4, rect.width() - PAD,
                          CAPTION_HEIGHT)
        font = QFont(option.font)
        painter.setFont(font)
        painter.setPen(style.item_text_colour(state, option.palette))  # readable in dark mode too
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        elided = option.fontMetrics.elidedText(
            text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                         elided)
        painter.restore()


class PageStrip(QListView):
    """Every page of the book as a thumbnail; select, reorder, add, copy and delete pages.

    ``images`` is the photo source for thumbnails (see render.qt.ImageSource);
    it is asked on the UI thread, and if it has a ``ready`` signal the
    thumbnails that were drawn without some photo are redrawn when it fires.
    """

    status_message = Signal(str)  # for the window's status bar
    page_deleted = Signal(str)  # "Page 4 deleted.", for the visible notice with Undo

    def __init__(
        self,
        doc: BookDocument,
        runner: Runner,
        images: ImageSource | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.runner = runner
        self.setObjectName("pageStrip")
        self.thumbnails = ThumbnailCache(doc, runner, images, self)
        self.thumbnails.device_ratio = self.devicePixelRatioF()
        self.page_model = PageListModel(doc, self.thumbnails, self)
        self.setModel(self.page_model)
        trim = doc.content.trim.spec
        self.thumb_size = thumbnail_size(trim.width_pt, trim.height_pt)
        self.setItemDelegate(PageThumbnailDelegate(self.thumb_size, self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setMouseTracking(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.setMinimumWidth(self.thumb_size.width() + 2 * PAD + 24)
        self.setAccessibleName(QCoreApplication.translate("PageStrip", "Pages of the book"))
        self.setToolTip(QCoreApplication.translate("PageStrip", "Every page of the book. Click a page to edit it; drag pages to change their order."))
        self._syncing = False
        self.selectionModel().currentChanged.connect(self._current_changed)
        # bound methods, not lambdas: Qt drops them if this widget goes before the document
        doc.structure_changed_signal.connect(self._structure_changed)
        doc.selection.page_selected.connect(self._follow_selection)
        self._follow_selection(doc.selection.page_id)

    def sizeHint(self) -> QSize:  # Qt override
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return QSize(self.thumb_size.width() + 2 * PAD + scrollbar + 2 * self.frameWidth() + 12,
                     super().sizeHint().height())

    # --- reading ---------------------------------------------------------------

    def current_page_id(self) -> int | None:
        idx = self.currentIndex()
        return int(idx.data(PAGE_ID_ROLE)) if idx.isValid() else None

    def _structure_changed(self, _select: object = None) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Re-read the book's pages and show the page the document has selected."""
        self.page_model.reload()
        self._follow_selection(self.doc.selection.page_id)

    # --- selection ---------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        self.doc.selection.select_page(int(current.data(PAGE_ID_ROLE)))

    def _follow_selection(self, page_id: int | None) -> None:
        row = self.page_model.row_of(page_id) if page_id is not None else -1
        if row < 0:
            return
        idx = self.page_model.index(row)
        self._syncing = True
        try:
            self.selectionModel().setCurrentIndex(
                idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._syncing = False
        self.scrollTo(idx)

    def _target(self, page_id: int | None) -> int | None:
        return page_id if page_id is not None else self.current_page_id()

    # --- page actions ------------------------------------------------------------

    def choose_template(self, title: str, accept_label: str, current: str | None = None) -> str | None:
        """Ask for a page template; None if the user cancels. (Tests replace this.)"""
        return TemplatePicker.choose(self.doc.content.kind, self.doc.content.trim, self,
                                     title=title, accept_label=accept_label, current=current,
                                     runner=self.runner)

    def add_page_after(self, page_id: int | None = None, template: str | None = None) -> None:
        """Add a page after ``page_id`` (the selected page by default) from a template."""
        after = self._target(page_id)
        if template is None:
            template = self.choose_template(str(QT_TRANSLATE_NOOP("TemplatePicker", "Add a page")),
                                            str(QT_TRANSLATE_NOOP("TemplatePicker", "Add page")))
            if template is None:
                return
        self.doc.add_page(template, after)
        self.status_message.emit(QCoreApplication.translate("PageStrip", "Page added."))

    def duplicate_page(self, page_id: int | None = None) -> None:
        target = self._target(page_id)
        if target is not None:
            self.doc.duplicate_page(target)
            self.status_message.emit(QCoreApplication.translate("PageStrip", "Page duplicated. The copy follows the original."))

    def delete_page(self, page_id: int | None = None) -> None:
        """Delete a page at once: it is undoable, so there is no question to answer."""
        target = self._target(page_id)
        if target is None or self.doc.page(target) is None:
            return
        ids = [p.page_id for p in self.doc.pages]
        at = ids.index(target)
        neighbour = ids[at + 1] if at + 1 < len(ids) else (ids[at - 1] if at > 0 else None)
        number = at + 1
        if not self.doc.delete_page(target):
            return  # someone else changed it first: it stays, and the notice says so
        if neighbour is not None:
            self.doc.selection.select_page(neighbour)
        self.page_deleted.emit(QCoreApplication.translate("PageStrip", "Page {number} deleted.").format(number=number))
        self.status_message.emit(QCoreApplication.translate("PageStrip", "Page deleted. Undo with Ctrl+Z."))

    def move_to_section(self, section: str, page_id: int | None = None) -> None:
        target = self._target(page_id)
        page = self.doc.page(target) if target is not None else None
        if page is None or not section.strip() or section.strip() == page.section:
            return
        self.doc.set_section(page.page_id, section.strip())
        self.status_message.emit(QCoreApplication.translate("PageStrip", "Page {number} is now in “{value3}”.").format(number=page.number, value3=section.strip()))

    def move_to_new_section(self, page_id: int | None = None) -> None:
        name, ok = QInputDialog.getText(self, QCoreApplication.translate("PageStrip", "New section"), QCoreApplication.translate("PageStrip", "Name of the new section:"))
        if ok and name.strip():
            self.move_to_section(name, page_id)

    def sections(self) -> list[str]:
        """The book's sections in book order, each once."""
        seen: list[str] = []
        for page in self.doc.pages:
            if page.section and page.section not in seen:
                seen.append(page.section)
        return seen

    # --- menu and keys --------------------------------------------------------------

    def build_context_menu(self, page_id: int) -> QMenu:
        page = self.doc.page(page_id)
        menu = QMenu(self)
        # the same shortcuts as the Page menu shows (the keys themselves are handled there)
        for label, slot, keys in (("Add page after…", self.add_page_after, "Ctrl+Return"),
                                  ("Duplicate page", self.duplicate_page, "Ctrl+D"),
                                  ("Delete page", self.delete_page, "Ctrl+Backspace")):
            act = menu.addAction(label, partial(slot, page_id))
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        menu.addSeparator()
        sections = menu.addMenu(QCoreApplication.translate("PageStrip", "Move to section"))
        for name in self.sections():
            act = sections.addAction(name, partial(self.move_to_section, name, page_id))
            act.setCheckable(True)
            act.setChecked(page is not None and page.section == name)
            act.setEnabled(page is None or page.section != name)
        sections.addSeparator()
        sections.addAction(QCoreApplication.translate("PageStrip", "New section…"), lambda: self.move_to_new_section(page_id))
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        idx = self.indexAt(pos)
        if not idx.isValid():
            return
        page_id = int(idx.data(PAGE_ID_ROLE))
        self.doc.selection.select_page(page_id)
        self.build_context_menu(page_id).exec(self.viewport().mapToGlobal(pos))

    def event(self, event: QEvent) -> bool:  # Qt override
        if (event.type() == QEvent.Type.ShortcutOverride
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Delete):
            event.accept()  # Delete here means "delete this page", not a window shortcut
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.delete_page()
            event.accept()
            return
        super().keyPressEvent(event)
