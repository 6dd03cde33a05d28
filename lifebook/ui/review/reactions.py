"""What the child thinks of a page: feeling stickers, their own words, their own page.

Two calm screens of the review window. ``ReactionPicker`` shows the five
feeling stickers, a line for a short note in the child's words and a way to
"make my own page"; ``MyPageScreen`` is a drawing pad with crayons and a box
to type in. Each emits what to keep; the window stores it (as a comment
"from the child", through the comments service) and never changes the book.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lifebook.model.comments import NOTE_MAX_CHARS, Feeling
from lifebook.ui.review.drawing_pad import DrawingPad, crayon_box
from lifebook.ui.review.faces import FeelingButton


def _label(text: str, name: str, *, wrap: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def _button(text: str, name: str = "") -> QPushButton:
    button = QPushButton(text)
    if name:
        button.setObjectName(name)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class TurnButton(QAbstractButton):
    """A big round page-turn button with a drawn arrow (no font needed)."""

    def __init__(self, direction: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.direction = direction
        text = "Next pages" if direction > 0 else "Pages before"
        self.setAccessibleName(text)
        self.setToolTip(text)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setFixedSize(84, 84)

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(84, 84)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        circle = QRectF(self.rect()).adjusted(6, 6, -6, -6)
        enabled = self.isEnabled()
        p.setPen(Qt.PenStyle.NoPen)
        if enabled:
            p.setBrush(QColor(90, 60, 30, 30))
            p.drawEllipse(circle.translated(0, 3))
        p.setBrush(QColor("#E07A5F") if enabled and (self.isDown() or self.underMouse())
                   else QColor("#FFFFFF") if enabled else QColor(255, 255, 255, 90))
        if self.hasFocus():
            p.setPen(QPen(QColor("#3D8C95"), 3))
        p.drawEllipse(circle)
        ink = QColor("#FFFFFF") if enabled and (self.isDown() or self.underMouse()) else \
            QColor("#E07A5F") if enabled else QColor("#D9CFC4")
        pen = QPen(ink, 7)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        c, d = circle.center(), self.direction * 7
        p.drawPolyline([QPointF(c.x() - d, c.y() - 15), QPointF(c.x() + d, c.y()),
                        QPointF(c.x() - d, c.y() + 15)])
        p.end()


def page_icon(image: QImage, size: int = 120) -> QIcon:
    pixmap = QPixmap.fromImage(image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation))
    return QIcon(pixmap)


class ReactionPicker(QWidget):
    """ "How does this page make you feel?" Stickers, the child's words, or their own page."""

    feeling_chosen = Signal(int, str)  # page index, Feeling value
    note_given = Signal(int, str)  # page index, the words
    my_page_wanted = Signal(int)  # page index
    back_wanted = Signal()

    def __init__(self, child_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewScreen")
        self.child_name = child_name
        self.pages: list[int] = []  # the page indexes shown in the spread
        self.title = _label(QCoreApplication.translate("ReactionPicker", "How does this page make you feel?"), "reviewTitle", wrap=True)
        self.which = _label(QCoreApplication.translate("ReactionPicker", "Which page?"), "reviewHint")
        self.page_choice = QButtonGroup(self)
        self.page_choice.setExclusive(True)
        self.page_row = QHBoxLayout()
        self.page_row.setSpacing(18)
        self.feeling_buttons: dict[Feeling, FeelingButton] = {}
        stickers = QHBoxLayout()
        stickers.setSpacing(8)
        for feeling in Feeling:
            button = FeelingButton(feeling)
            button.clicked.connect(lambda _=False, f=feeling: self.feeling_chosen.emit(
                self.chosen_page(), f.value))
            self.feeling_buttons[feeling] = button
            stickers.addWidget(button)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("childWords")
        self.note_edit.setMaxLength(NOTE_MAX_CHARS)
        self.note_edit.setPlaceholderText(QCoreApplication.translate("ReactionPicker", "Write what {child_name} says about this page…").format(child_name=child_name))
        self.note_edit.setAccessibleName(QCoreApplication.translate("ReactionPicker", "What {child_name} says").format(child_name=child_name))
        self.keep_note_button = _button(QCoreApplication.translate("ReactionPicker", "Keep these words"), "reviewPrimary")
        self.keep_note_button.setEnabled(False)
        self.note_edit.textChanged.connect(
            lambda text: self.keep_note_button.setEnabled(bool(text.strip())))
        self.note_edit.returnPressed.connect(self._keep_note)
        self.keep_note_button.clicked.connect(self._keep_note)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.keep_note_button)
        self.my_page_button = _button(QCoreApplication.translate("ReactionPicker", "✎  Make my own page"), "reviewSoft")
        self.my_page_button.clicked.connect(lambda: self.my_page_wanted.emit(self.chosen_page()))
        self.back_button = _button(QCoreApplication.translate("ReactionPicker", "Back to the book"), "reviewSoft")
        self.back_button.clicked.connect(self.back_wanted)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.my_page_button)

        card = QWidget()
        card.setObjectName("reviewCard")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(40, 28, 40, 28)
        inner.setSpacing(16)
        inner.addWidget(self.title)
        inner.addWidget(self.which)
        inner.addLayout(self.page_row)
        inner.addLayout(stickers)
        inner.addWidget(_label(QCoreApplication.translate("ReactionPicker", "Or, in {child_name}'s own words:").format(child_name=child_name), "reviewHint"))
        inner.addLayout(note_row)
        inner.addSpacing(6)
        inner.addLayout(bottom)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 30, 60, 30)
        outer.addStretch(1)
        outer.addWidget(card)
        outer.addStretch(1)

    def show_pages(self, pages: list[int], images: list[QImage]) -> None:
        """Offer the pages of the spread (the first is chosen) and clear the note."""
        self.pages = list(pages)
        for button in self.page_choice.buttons():
            self.page_choice.removeButton(button)
        while self.page_row.count():
            item = self.page_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.page_row.addStretch(1)
        for n, (index, image) in enumerate(zip(pages, images, strict=True)):
            button = QToolButton()
            button.setObjectName("pageChoice")
            button.setCheckable(True)
            button.setChecked(n == 0)
            button.setIcon(page_icon(image))
            button.setIconSize(QSize(120, 120))
            button.setText(QCoreApplication.translate("ReactionPicker", "Page {value1}").format(value1=index + 1))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setAccessibleName(QCoreApplication.translate("ReactionPicker", "Page {value1}").format(value1=index + 1))
            self.page_choice.addButton(button, index)
            self.page_row.addWidget(button)
        self.page_row.addStretch(1)
        two = len(pages) > 1
        self.which.setVisible(two)
        for button in self.page_choice.buttons():
            button.setVisible(two)
        self.title.setText(QCoreApplication.translate("ReactionPicker", "How does this page make you feel?"))
        self.note_edit.clear()

    def chosen_page(self) -> int:
        chosen = self.page_choice.checkedId()
        return chosen if chosen >= 0 else (self.pages[0] if self.pages else 0)

    def _keep_note(self) -> None:
        words = self.note_edit.text().strip()
        if words:
            self.note_given.emit(self.chosen_page(), words)


class MyPageScreen(QWidget):
    """The child's own page: draw it, write it, or both."""

    kept = Signal(int, str, object)  # page index, words, PNG bytes or None
    back_wanted = Signal()

    def __init__(self, child_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewScreen")
        self.page_index = 0
        self.pad = DrawingPad()
        self.words = QPlainTextEdit()
        self.words.setObjectName("childWords")
        self.words.setPlaceholderText(QCoreApplication.translate("MyPageScreen", "Or write {child_name}'s page here…").format(child_name=child_name))
        self.words.setAccessibleName(QCoreApplication.translate("MyPageScreen", "{child_name}'s own words for the page").format(child_name=child_name))
        self.words.setFixedHeight(70)
        self.words.setTabChangesFocus(True)
        self.undo_button = _button(QCoreApplication.translate("MyPageScreen", "↶  Undo line"), "reviewSoft")
        self.undo_button.clicked.connect(self.pad.undo_line)
        self.clear_button = _button(QCoreApplication.translate("MyPageScreen", "Start again"), "reviewSoft")
        self.clear_button.clicked.connect(self.pad.clear)
        self.keep_button = _button(QCoreApplication.translate("MyPageScreen", "Keep my page"), "reviewPrimary")
        self.keep_button.clicked.connect(self._keep)
        self.back_button = _button(QCoreApplication.translate("MyPageScreen", "Back"), "reviewSoft")
        self.back_button.clicked.connect(self.back_wanted)
        self.heading = _label(QCoreApplication.translate("MyPageScreen", "My own page"), "reviewTitle")
        tools = QHBoxLayout()
        tools.addWidget(crayon_box(self.pad))
        tools.addStretch(1)
        tools.addWidget(self.undo_button)
        tools.addWidget(self.clear_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.keep_button)
        card = QWidget()
        card.setObjectName("reviewCard")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 20, 32, 20)
        inner.setSpacing(10)
        inner.addWidget(self.heading)
        inner.addLayout(tools)
        inner.addWidget(self.pad, 1)
        inner.addWidget(self.words)
        inner.addLayout(bottom)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 20, 60, 20)
        outer.addWidget(card)
        self.pad.changed.connect(self._update_keep)
        self.words.textChanged.connect(self._update_keep)
        self._update_keep()

    def start(self, page_index: int) -> None:
        self.page_index = page_index
        self.heading.setText(QCoreApplication.translate("MyPageScreen", "My own page, about page {value1}").format(value1=page_index + 1))
        self.pad.clear()
        self.words.clear()
        self.pad.setFocus()

    def _update_keep(self) -> None:
        self.keep_button.setEnabled(not self.pad.is_empty() or bool(self.words.toPlainText().strip()))

    def _keep(self) -> None:
        words = self.words.toPlainText().strip()
        drawing = None if self.pad.is_empty() else self.pad.png_bytes()
        if words or drawing is not None:
            self.kept.emit(self.page_index, words, drawing)
