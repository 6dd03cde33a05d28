"""Choosing a page template, with a picture of each one.

Used to add a page and to change a page's template. Each preview is a real
layout of the template with friendly sample words and empty photo frames
(painted in editor mode, so the empty frames show as soft placeholders).
Previews are cached per (template, trim size, kind of book) for the whole session.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from lifebook.layout.display import PageLayout
from lifebook.layout.engine import layout_page
from lifebook.layout.family_tree import SAMPLE_FAMILY
from lifebook.layout.templates import PageTemplate, page_templates
from lifebook.model.content import BookContent, FrameContent, PageContent
from lifebook.model.enums import BookKind, FrameKind
from lifebook.model.trim import TrimSize
from lifebook.render.qt import render_page_image
from lifebook.ui import style
from lifebook.ui.jobs import Job, Runner
from lifebook.ui.tips import explain_buttons

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 2
PREVIEW_BOX = QSize(150, 170)
CELL = QSize(196, 262)
TEXT_HEIGHT = 74


# Sample words shown in previews, by frame key first and then by frame kind.
SAMPLE_BY_KEY = {
    "title": "My life story",
    "subtitle": "Made with love, just for you",
    "heading": "A day to remember",
}
SAMPLE_BY_KIND = {
    FrameKind.TITLE: "A day to remember",
    FrameKind.TEXT: (
        "This is where the story goes: a few warm sentences about what happened, "
        "who was there and how everyone felt.\n\nYou can add as much or as little as you like."
    ),
    FrameKind.CAPTION: "Who is in this photo?",
}

# The order templates are offered in: the everyday ones first, the cover last.
ORDER = ("photo-text", "two-photos", "three-photos", "four-photos", "full-bleed-photo",
         "text-only", "words-and-pictures", "letter", "timeline", "family-tree", "cover")

# (template, trim, book kind): the kind chooses the type family, so it is part of the key
_previews: dict[tuple[str, str, str], QImage] = {}


def offered_templates(kind: BookKind) -> list[PageTemplate]:
    """The page templates a kind of book may use, in the order they are offered."""
    rank = {key: n for n, key in enumerate(ORDER)}
    offered = [t for t in page_templates().values() if t.offered_for(kind)]
    return sorted(offered, key=lambda t: (rank.get(t.key, len(ORDER)), t.name))


def preview_scale(trim: TrimSize, box: QSize = PREVIEW_BOX) -> float:
    spec = trim.spec
    return min(box.width() / spec.width_pt, box.height() / spec.height_pt)


def sample_layout(template: PageTemplate, kind: BookKind, trim: TrimSize) -> PageLayout:
    """The template laid out with sample words and no photos."""
    frames = {}
    for spec in template.frames_for(trim):
        text = SAMPLE_BY_KEY.get(spec.key) or SAMPLE_BY_KIND.get(spec.kind, "")
        if text and spec.kind in SAMPLE_BY_KIND:
            frames[spec.key] = FrameContent(spec.key, text=text)
    page = PageContent(page_id=0, number=3, template=template.key, frames=frames)
    book = BookContent(book_id=0, kind=kind, title="My life story", trim=trim,
                       child_name="Sam", approved=True, pages=(page,), family=SAMPLE_FAMILY)
    return layout_page(book, page)


def render_preview(template: PageTemplate, kind: BookKind, trim: TrimSize,
                   device_ratio: float = 1.0) -> QImage:
    """A preview image; safe to call off the UI thread (QImage, not QPixmap)."""
    image = render_page_image(sample_layout(template, kind, trim),
                              preview_scale(trim) * device_ratio, include_bleed=False, editor=True)
    image.setDevicePixelRatio(device_ratio)
    return image


def cached_preview(key: str, trim: TrimSize, kind: BookKind = BookKind.LIFE_STORY) -> QImage | None:
    return _previews.get((key, trim.value, kind.value))


class TemplateDelegate(QStyledItemDelegate):
    """A template's preview, its name in bold and its description underneath."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return CELL

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect: QRect = option.rect
        state = option.state
        card = rect.adjusted(4, 4, -4, -4)
        style.paint_item_card(painter, card, state, 10)
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        size = (pixmap.deviceIndependentSize().toSize()
                if isinstance(pixmap, QPixmap) and not pixmap.isNull() else PREVIEW_BOX)
        page = QRect(QPoint(0, 0), size)
        page.moveCenter(QPoint(rect.center().x(), rect.top() + 12 + PREVIEW_BOX.height() // 2))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 28))
        painter.drawRect(page.translated(2, 2))
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            painter.drawPixmap(page, pixmap)
        else:
            painter.fillRect(page, QColor(style.PANEL))
        painter.setPen(QColor("#D9CFC4"))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(page.adjusted(0, 0, -1, -1))
        text = QRect(card.left() + 8, rect.top() + PREVIEW_BOX.height() + 20,
                     card.width() - 16, TEXT_HEIGHT)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(style.INK))
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(text, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, name)
        line = painter.fontMetrics().height() + 2
        painter.setFont(QFont(option.font))
        painter.setPen(QColor(style.SOFT_INK))
        painter.drawText(text.adjusted(0, line, 0, 0),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap,
                         str(index.data(DESCRIPTION_ROLE) or ""))
        painter.restore()


class TemplatePicker(QDialog):
    """Pick one of the page templates offered for a kind of book.

    ``chosen_template()`` gives the chosen key once the dialog is accepted
    (OK, Enter or a double-click). ``runner`` draws previews off the UI
    thread; without one they are drawn at once.
    """

    def __init__(
        self,
        kind: BookKind,
        trim: TrimSize,
        parent: QWidget | None = None,
        *,
        title: str = str(QT_TRANSLATE_NOOP("TemplatePicker", "Choose a page template")),
        accept_label: str = str(QT_TRANSLATE_NOOP("TemplatePicker", "Choose")),
        current: str | None = None,
        runner: Runner | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.trim = trim
        self.runner = runner
        self.setWindowTitle(QCoreApplication.translate("TemplatePicker", title))  # callers mark theirs
        self.setObjectName("templatePicker")
        self.templates = offered_templates(kind)
        self.template_model = QStandardItemModel(self)
        for tmpl in self.templates:
            item = QStandardItem(tmpl.name)
            item.setData(tmpl.key, KEY_ROLE)
            item.setData(tmpl.description, DESCRIPTION_ROLE)
            item.setToolTip(f"{tmpl.name}: {tmpl.description}")
            item.setEditable(False)
            item.setDragEnabled(False)
            self.template_model.appendRow(item)

        intro = QLabel(QCoreApplication.translate("TemplatePicker", "Choose how the page is laid out. You can change it later; "
                       "nothing you have written or placed is lost."))
        intro.setWordWrap(True)
        intro.setObjectName("subheading")
        self.view = QListView(self)
        self.view.setModel(self.template_model)
        self.view.setItemDelegate(TemplateDelegate(self.view))
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setGridSize(CELL)
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setMouseTracking(True)
        self.view.setWordWrap(True)
        self.view.setSpacing(0)
        self.view.setAccessibleName(QCoreApplication.translate("TemplatePicker", "Page templates"))
        self.view.setToolTip(QCoreApplication.translate("TemplatePicker", "The layouts a page can have: choose one with the arrow keys, then press Enter"))
        self.view.doubleClicked.connect(self._double_clicked)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("TemplatePicker", accept_label))
        ok.setObjectName("primary")
        ok.setDefault(True)
        ok.setToolTip(QCoreApplication.translate("TemplatePicker", "Use the chosen layout"))
        explain_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_ok())

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        columns = min(5, max(1, len(self.templates)))
        rows = min(2, (len(self.templates) + columns - 1) // columns)
        self.resize(columns * CELL.width() + 48, rows * CELL.height() + 120)

        self._select(current if current else (self.templates[0].key if self.templates else None))
        self._update_ok()
        self._load_previews()

    # --- choosing ---------------------------------------------------------------------

    def chosen_template(self) -> str | None:
        idx = self.view.currentIndex()
        if not idx.isValid() or not self.view.selectionModel().isSelected(idx):
            return None
        return str(idx.data(KEY_ROLE))

    def index_of(self, key: str) -> QModelIndex:
        for row in range(self.template_model.rowCount()):
            idx = self.template_model.index(row, 0)
            if idx.data(KEY_ROLE) == key:
                return idx
        return QModelIndex()

    def preview(self, key: str) -> QPixmap | None:
        idx = self.index_of(key)
        value = idx.data(Qt.ItemDataRole.DecorationRole) if idx.isValid() else None
        return value if isinstance(value, QPixmap) else None

    def _select(self, key: str | None) -> None:
        idx = self.index_of(key) if key else QModelIndex()
        if idx.isValid():
            self.view.setCurrentIndex(idx)
            self.view.scrollTo(idx)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.chosen_template() is not None)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.accept()

    @classmethod
    def choose(
        cls,
        kind: BookKind,
        trim: TrimSize,
        parent: QWidget | None = None,
        **options: object,
    ) -> str | None:
        """Show the picker and return the chosen key, or None if cancelled."""
        dialog = cls(kind, trim, parent, **options)  # type: ignore[arg-type]
        try:
            return dialog.chosen_template() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    # --- previews ------------------------------------------------------------------------

    def _load_previews(self) -> None:
        ratio = self.devicePixelRatioF()
        wanted = []
        for tmpl in self.templates:
            image = cached_preview(tmpl.key, self.trim, self.kind)
            if image is not None and image.devicePixelRatio() == ratio:
                self._show_preview(tmpl.key, image)
            else:
                wanted.append(tmpl)
        if not wanted:
            return
        kind, trim = self.kind, self.trim

        def work(_progress: Callable[[int, int, str], None],
                 cancelled: Callable[[], bool]) -> list[tuple[str, QImage]]:
            out = []
            for tmpl in wanted:
                if cancelled():
                    break
                out.append((tmpl.key, render_preview(tmpl, kind, trim, ratio)))
            return out

        if self.runner is None:
            self._previews_ready(work(lambda *_: None, lambda: False))
            return
        job = Job(work)
        job.finished.connect(self._previews_ready)
        self.finished.connect(lambda _code: job.cancel())
        self.runner.start(job)

    def _previews_ready(self, results: list[tuple[str, QImage]]) -> None:
        for key, image in results:
            _previews[(key, self.trim.value, self.kind.value)] = image
            self._show_preview(key, image)

    def _show_preview(self, key: str, image: QImage) -> None:
        idx = self.index_of(key)
        if idx.isValid():
            self.template_model.setData(idx, QPixmap.fromImage(image),
                                        Qt.ItemDataRole.DecorationRole)
