"""The storyboard: every page of the book as a card, to see the whole story at once.

Drag a card to move its page (one undoable step, as in the page strip);
click a card to open that page on the canvas. Each card shows the page,
its words as the child will read them, and a gentle note when a Words and
Pictures page has too many words or long ones (lifebook.checks.panels).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from lifebook.checks.panels import panel_findings, panel_words
from lifebook.layout.display import Finding, FindingCode
from lifebook.layout.naming import fill_name_text
from lifebook.model.enums import BookKind
from lifebook.render.qt import ImageSource
from lifebook.ui import style
from lifebook.ui.editor.document import BookDocument
from lifebook.ui.editor.page_strip import PAGE_ID_ROLE, PageListModel
from lifebook.ui.editor.thumbnails import ThumbnailCache, thumbnail_size
from lifebook.ui.jobs import Runner

CARD_SCALE = 1.45  # cards are this much bigger than the page strip's thumbnails
WORDS_ROLE = Qt.ItemDataRole.UserRole + 20  # the page's words, as printed
NOTE_ROLE = Qt.ItemDataRole.UserRole + 21  # a short warning for the card, or ""
PAD = 10
TEXT_LINES = 3
WARN = "#B5522E"
NEW_PAGE_TEMPLATE = "words-and-pictures"


class StoryboardModel(PageListModel):
    """The page list with each page's words and its panel warning."""

    def __init__(self, doc: BookDocument, thumbnails: ThumbnailCache) -> None:
        super().__init__(doc, thumbnails)
        self._notes: dict[int, list[Finding]] = {}
        self.reload()

    def reload(self) -> None:
        self._notes = {}
        for finding in panel_findings(self.doc.content):
            if finding.page_id is not None:
                self._notes.setdefault(finding.page_id, []).append(finding)
        super().reload()

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role in (WORDS_ROLE, NOTE_ROLE) and index.isValid():
            page = self.doc.page(self.page_ids()[index.row()])
            if page is None:
                return ""
            if role == WORDS_ROLE:
                texts = [fill_name_text(f.text, self.doc.content.child_name)
                         for key, f in page.frames.items() if f.text.strip()]
                return " ".join(" ".join(t.split()) for t in texts)
            return _note(self._notes.get(page.page_id, []), len(panel_words(self.doc.content, page)))
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return "Click to open this page. Drag to move it."
        return super().data(index, role)


def _note(findings: list[Finding], words: int) -> str:
    codes = {f.code for f in findings}
    if FindingCode.PANEL_TOO_LONG in codes:
        return f"{words} words: try fewer"
    if FindingCode.PANEL_LONG_WORDS in codes:
        return "Some long words"
    return ""


class StoryCardDelegate(QStyledItemDelegate):
    """A card: the page, its number and section, its words, and any note."""

    def __init__(self, thumb: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thumb = thumb

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = option.fontMetrics.lineSpacing()
        return QSize(self.thumb.width() + 2 * PAD + 48,
                     self.thumb.height() + 2 * PAD + line * (TEXT_LINES + 3) + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        rect: QRect = option.rect
        style.paint_item_card(painter, rect.adjusted(4, 4, -4, -4), option.state, 10)
        page = QRect(QPoint(0, 0), self.thumb)
        page.moveCenter(QPoint(rect.center().x(), rect.top() + PAD + 4 + self.thumb.height() // 2))
        style.paint_page_thumbnail(painter, page, index.data(Qt.ItemDataRole.DecorationRole), 26)

        metrics = option.fontMetrics
        line = metrics.lineSpacing()
        left, width = rect.left() + PAD + 4, rect.width() - 2 * PAD - 8
        y = page.bottom() + 8
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(style.INK))
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        title_box = QRect(left, y, width, 2 * line)
        wrap = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        used = min(painter.fontMetrics().boundingRect(title_box, wrap, title).height(), 2 * line)
        painter.drawText(title_box, wrap, title)  # two lines: section titles can be long
        y += used + 2
        painter.setFont(option.font)
        words = str(index.data(WORDS_ROLE) or "")
        painter.setPen(QColor(style.SOFT_INK if words else "#9A918A"))
        shown = words or "No words yet"
        box = QRect(left, y, width, line * TEXT_LINES)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        if metrics.boundingRect(box, flags, shown).height() > box.height():
            while shown and metrics.boundingRect(box, flags, shown + "…").height() > box.height():
                shown = shown[: shown.rfind(" ")] if " " in shown else shown[:-1]
            shown += "…"
        painter.drawText(box, flags, shown)
        note = str(index.data(NOTE_ROLE) or "")
        if note:
            painter.setPen(QColor(WARN))
            painter.setFont(bold)
            painter.drawText(QRect(left, box.bottom() + 4, width, line), Qt.AlignmentFlag.AlignLeft,
                             "⚠ " + note)
        painter.restore()


class StoryboardView(QListView):
    """The cards, wrapping left to right like a comic strip; drag to reorder, click to open."""

    page_chosen = Signal(int)

    def __init__(self, doc: BookDocument, runner: Runner, images: ImageSource | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.thumbnails = ThumbnailCache(doc, runner, images, self)
        self.thumbnails.device_ratio = CARD_SCALE * self.devicePixelRatioF()
        self.board = StoryboardModel(doc, self.thumbnails)
        self.setModel(self.board)
        trim = doc.content.trim.spec
        small = thumbnail_size(trim.width_pt, trim.height_pt)
        self.card_thumb = QSize(round(small.width() * CARD_SCALE), round(small.height() * CARD_SCALE))
        self.setItemDelegate(StoryCardDelegate(self.card_thumb, self))
        self.setViewMode(QListView.ViewMode.ListMode)  # list mode: drops reorder the pages
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setSpacing(6)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setAccessibleName(QCoreApplication.translate("StoryboardView", "Storyboard: every page of the book"))
        self.setToolTip(QCoreApplication.translate("StoryboardView", "Every page as a card: drag one to move it, Enter or double-click opens it"))
        self.clicked.connect(self._clicked)
        doc.structure_changed_signal.connect(self._refresh)
        doc.pages_changed.connect(self._refresh)

    def _refresh(self, *_args: object) -> None:
        self.board.reload()
        self._select(self.doc.selection.page_id)

    def _select(self, page_id: int | None) -> None:
        row = self.board.row_of(page_id) if page_id else -1
        if row >= 0:
            self.setCurrentIndex(self.board.index(row))

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.page_chosen.emit(int(index.data(PAGE_ID_ROLE)))

    def current_page_id(self) -> int | None:
        index = self.currentIndex()
        return int(index.data(PAGE_ID_ROLE)) if index.isValid() else None


class StoryboardDialog(QDialog):
    """The storyboard over the editor: click a card and the editor shows that page."""

    def __init__(self, doc: BookDocument, runner: Runner, images: ImageSource | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(QCoreApplication.translate("StoryboardDialog", "Storyboard: {title}").format(title=doc.content.title))
        self.resize(1100, 720)
        intro = QLabel(QCoreApplication.translate("StoryboardDialog", "The whole story at a glance. Drag a card to move a page; click a card "
                       "to open that page. One or two short sentences and a simple picture "
                       "on each page work best."))
        intro.setWordWrap(True)
        self.view = StoryboardView(doc, runner, images, self)
        self.view.page_chosen.connect(self._open_page)
        self.add_button = QPushButton(QCoreApplication.translate("StoryboardDialog", "Add a page"))
        self.add_button.setToolTip(QCoreApplication.translate("StoryboardDialog", "Add a new page after the chosen card"))
        self.add_button.clicked.connect(self.add_page)
        self.remove_button = QPushButton(QCoreApplication.translate("StoryboardDialog", "Delete page"))
        self.remove_button.setToolTip(QCoreApplication.translate("StoryboardDialog", "Delete the chosen page (Undo brings it back)"))
        self.remove_button.clicked.connect(self.delete_page)
        self.undo_button = QPushButton(QCoreApplication.translate("StoryboardDialog", "Undo"))
        self.undo_button.setToolTip(QCoreApplication.translate("StoryboardDialog", "Undo the last change to the book"))
        self.undo_button.clicked.connect(doc.undo_stack.undo)
        doc.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(doc.undo_stack.canUndo())
        close = QPushButton(QCoreApplication.translate("StoryboardDialog", "Close"))
        close.clicked.connect(self.reject)
        close.setToolTip(QCoreApplication.translate("StoryboardDialog", "Close the storyboard (Esc)"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view._select(doc.selection.page_id)

    def _open_page(self, page_id: int) -> None:
        self.doc.selection.select_page(page_id)
        self.accept()

    def add_page(self) -> None:
        template = (NEW_PAGE_TEMPLATE if self.doc.content.kind == BookKind.WORDS_AND_PICTURES
                    else _template_of(self.doc, self.view.current_page_id()))
        self.doc.add_page(template, self.view.current_page_id())

    def delete_page(self) -> None:
        page_id = self.view.current_page_id()
        if page_id is not None and len(self.doc.pages) > 1:
            self.doc.delete_page(page_id)


def _template_of(doc: BookDocument, page_id: int | None) -> str:
    page = doc.page(page_id) if page_id else None
    return page.template if page is not None else "photo-text"

