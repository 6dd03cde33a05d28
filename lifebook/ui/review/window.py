"""Review with the child: a calm, full-screen reading view for a carer and a child.

It opens with one question (who is reading with the child today?), then shows
the book as spreads with big page-turn buttons. On any page the carer can
keep the child's reaction: a feeling sticker, a note in the child's words, or
a typed or drawn "my page". Each is kept as a comment "from the child" with
the carer's name (services.comments.add_child_reaction), for the practitioner
to read in the editor's comments panel. Nothing here can change the book:
the view reads the book's content and writes only those comments.
"""

from __future__ import annotations

import dataclasses
from functools import partial

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lifebook.layout.display import PageLayout
from lifebook.layout.engine import layout_page
from lifebook.model.comments import CommentInfo, Feeling
from lifebook.render.qt import render_page_image
from lifebook.services import comments as comment_service
from lifebook.services.content import load_book_content
from lifebook.services.errors import ServiceError
from lifebook.store.db import Library, LibraryError
from lifebook.ui import settings as app_settings
from lifebook.ui.editor.screen_images import ScreenImages, build_image
from lifebook.ui.jobs import Runner, ThreadJobRunner
from lifebook.ui.review.faces import face_icon
from lifebook.ui.review.reactions import MyPageScreen, ReactionPicker, TurnButton, _button, _label
from lifebook.ui.review.spread import SpreadView
from lifebook.ui.review.style import review_stylesheet

TOAST_MS = 3500
CARER_KEY = "review/carer"


class BookPages:
    """The book's pages laid out for reading, each when first needed (no DRAFT mark)."""

    def __init__(self, library: Library, book_id: int) -> None:
        self.content = load_book_content(library, book_id)
        self._cache: dict[int, PageLayout] = {}

    def __len__(self) -> int:
        return len(self.content.pages)

    def __getitem__(self, index: int) -> PageLayout:
        if index not in self._cache:
            page = layout_page(self.content, self.content.pages[index])
            self._cache[index] = dataclasses.replace(page, watermark=None)
        return self._cache[index]


class ReviewWindow(QWidget):
    """The reading view; ``carer`` skips the first question when already known."""

    reaction_kept = Signal(object)  # the CommentInfo just kept

    def __init__(self, library: Library, book_id: int, *, carer: str = "",
                 runner: Runner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.library = library
        self.book_id = book_id
        self.pages = BookPages(library, book_id)
        content = self.pages.content
        self.child_name = content.child_name
        self.carer = ""
        self.kept: list[CommentInfo] = []  # what this session kept
        runner = runner or ThreadJobRunner()
        self.images = ScreenImages(self, runner=runner if runner.synchronous else None,
                                   synchronous=runner.synchronous,
                                   builder=partial(build_image, working_dir=library.cache_dir / "print"))
        self.setObjectName("reviewWindow")
        self.setWindowTitle(QCoreApplication.translate("ReviewWindow", "Reading {title} with {child_name}").format(title=content.title, child_name=self.child_name))
        self.setStyleSheet(review_stylesheet())
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_welcome(content.title))
        self.stack.addWidget(self._build_reading(content.title))
        self.picker = ReactionPicker(self.child_name)
        self.picker.feeling_chosen.connect(self._keep_feeling)
        self.picker.note_given.connect(self._keep_note)
        self.picker.my_page_wanted.connect(self._open_my_page)
        self.picker.back_wanted.connect(self.show_book)
        self.my_page = MyPageScreen(self.child_name)
        self.my_page.kept.connect(self._keep_my_page)
        self.my_page.back_wanted.connect(lambda: self.stack.setCurrentWidget(self.picker))
        self.stack.addWidget(self.picker)
        self.stack.addWidget(self.my_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._escape)
        self.images.ready.connect(lambda _key: self.spread.update())
        self._show_where()
        carer = " ".join(carer.split())
        if carer:
            self.start_reading(carer)

    # --- the screens --------------------------------------------------------------

    def _build_welcome(self, title: str) -> QWidget:
        screen = QWidget()
        screen.setObjectName("reviewScreen")
        card = QWidget()
        card.setObjectName("reviewCard")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(48, 40, 48, 40)
        inner.setSpacing(16)
        inner.addWidget(_label(QCoreApplication.translate("ReviewWindow", "Let's read {title} together").format(title=title), "reviewTitle", wrap=True))
        inner.addWidget(_label(QCoreApplication.translate("ReviewWindow", "Who is reading with {child_name} today?").format(child_name=self.child_name), "reviewHint"))
        self.carer_edit = QLineEdit(str(app_settings.settings().value(CARER_KEY, "") or ""))
        self.carer_edit.setObjectName("childWords")
        self.carer_edit.setPlaceholderText(QCoreApplication.translate("ReviewWindow", "Your name, for example Sam Taylor"))
        self.carer_edit.setAccessibleName(QCoreApplication.translate("ReviewWindow", "Your name"))
        self.carer_edit.setMaxLength(100)
        self.carer_edit.setToolTip(QCoreApplication.translate("ReviewWindow", "Your name, so the social worker knows who read the book with the child"))
        self.carer_problem = _label("", "reviewProblem")
        self.carer_problem.hide()
        self.start_button = _button(QCoreApplication.translate("ReviewWindow", "Start reading"), "reviewPrimary")
        self.start_button.clicked.connect(lambda: self.start_reading(self.carer_edit.text()))
        self.start_button.setToolTip(QCoreApplication.translate("ReviewWindow", "Open the book at its first page"))
        self.carer_edit.returnPressed.connect(self.start_button.click)
        inner.addWidget(self.carer_edit)
        inner.addWidget(self.carer_problem)
        inner.addWidget(_label(QCoreApplication.translate("ReviewWindow", "What {child_name} shares is kept for the social worker. Nothing in the book itself can be changed here.").format(child_name=self.child_name),
                               "reviewSmall", wrap=True))
        inner.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        outer = QVBoxLayout(screen)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        return screen

    def _build_reading(self, title: str) -> QWidget:
        screen = QWidget()
        screen.setObjectName("reviewScreen")
        self.spread = SpreadView(self.pages, self.images)  # type: ignore[arg-type]
        self.spread.turned.connect(lambda _i: self._show_where())
        self.prev_button = TurnButton(-1)
        self.next_button = TurnButton(+1)
        self.prev_button.clicked.connect(lambda: self.spread.turn(-1))
        self.next_button.clicked.connect(lambda: self.spread.turn(1))
        self.where = _label("", "reviewSmall")
        self.react_button = _button(QCoreApplication.translate("ReviewWindow", "  How does {child_name} feel about this?").format(child_name=self.child_name), "reviewPrimary")
        self.react_button.setIcon(face_icon(Feeling.HAPPY, 30))
        self.react_button.setIconSize(QSize(30, 30))
        self.react_button.clicked.connect(self.open_reactions)
        self.finish_button = _button(QCoreApplication.translate("ReviewWindow", "Close the book"), "reviewSoft")
        self.finish_button.clicked.connect(self.close)
        self.toast = _label("", "reviewToast")
        self.toast.hide()
        self._toast_timer = QTimer(self, singleShot=True, interval=TOAST_MS)
        self._toast_timer.timeout.connect(self.toast.hide)
        top = QHBoxLayout()
        top.setContentsMargins(24, 14, 24, 0)
        top.addWidget(_label(title, "reviewBookTitle"))
        top.addStretch(1)
        top.addWidget(self.finish_button)
        middle = QHBoxLayout()
        middle.setContentsMargins(16, 0, 16, 0)
        middle.addWidget(self.prev_button, 0, Qt.AlignmentFlag.AlignVCenter)
        middle.addWidget(self.spread, 1)
        middle.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignVCenter)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(24, 0, 24, 18)
        bottom.addWidget(self.where, 1, Qt.AlignmentFlag.AlignLeft)
        bottom.addWidget(self.react_button, 0, Qt.AlignmentFlag.AlignCenter)
        bottom.addStretch(1)
        layout = QVBoxLayout(screen)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.toast, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(bottom)
        return screen

    # --- moving between screens -----------------------------------------------------

    def start_reading(self, name: str) -> bool:
        """Begin with the carer's name (asked once); False, with a gentle word, without one."""
        name = " ".join((name or "").split())
        if not name:
            self.carer_problem.setText(QCoreApplication.translate("ReviewWindow", "Please write your name, so the social worker knows "
                                       "who shared this with the child."))
            self.carer_problem.show()
            self.carer_edit.setFocus()
            return False
        self.carer = name
        app_settings.settings().setValue(CARER_KEY, name)
        self.show_book()
        return True

    def show_book(self) -> None:
        self.stack.setCurrentIndex(1)
        self.spread.setFocus()

    def open_reactions(self) -> None:
        shown = self.spread.shown()
        self.picker.show_pages(shown, [self._thumbnail(i) for i in shown])
        self.stack.setCurrentWidget(self.picker)
        self.picker.note_edit.setFocus()

    def _open_my_page(self, page_index: int) -> None:
        self.my_page.start(page_index)
        self.stack.setCurrentWidget(self.my_page)

    def _escape(self) -> None:
        if self.stack.currentIndex() >= 2:
            self.show_book()
        else:
            self.close()

    def _thumbnail(self, index: int) -> QImage:
        page = self.pages[index]
        return render_page_image(page, 160 / max(page.width, page.height), self.images,
                                 include_bleed=False)

    def _show_where(self) -> None:
        shown, total = self.spread.shown(), len(self.pages)
        if not shown:
            self.where.setText(QCoreApplication.translate("ReviewWindow", "This book has no pages yet."))
        elif len(shown) == 1:
            self.where.setText(QCoreApplication.translate("ReviewWindow", "Page {value1} of {total}").format(value1=shown[0] + 1, total=total))
        else:
            self.where.setText(QCoreApplication.translate("ReviewWindow", "Pages {value1} and {value3} of {total}").format(value1=shown[0] + 1, value3=shown[1] + 1, total=total))
        self.prev_button.setEnabled(self.spread.can_turn(-1))
        self.next_button.setEnabled(self.spread.can_turn(1))
        self.react_button.setEnabled(bool(shown))

    # --- keeping what the child says (comments, never the book) ------------------------

    def _keep(self, page_index: int, thanks: str, **given: object) -> bool:
        page_id = self.pages.content.pages[page_index].page_id
        try:
            info = comment_service.add_child_reaction(
                self.library, self.book_id, page_id, carer_name=self.carer, **given)  # type: ignore[arg-type]
        except (ServiceError, LibraryError) as exc:
            self.show_book()
            self._say(QCoreApplication.translate("ReviewWindow", "That could not be kept: {exc}").format(exc=exc))
            return False
        self.kept.append(info)
        self.reaction_kept.emit(info)
        self.show_book()
        self._say(thanks)
        return True

    def _keep_feeling(self, page_index: int, feeling: str) -> None:
        label = Feeling(feeling).label.lower()
        thanks = (f"Thank you, {self.child_name}. We kept that you want to know more."
                  if feeling == Feeling.WANT_TO_KNOW_MORE else
                  f"Thank you, {self.child_name}. We kept that you feel {label}.")
        self._keep(page_index, thanks, feeling=Feeling(feeling))

    def _keep_note(self, page_index: int, words: str) -> None:
        self._keep(page_index, QCoreApplication.translate("ReviewWindow", "Thank you, {child_name}. Your words are kept safe.").format(child_name=self.child_name), note=words)

    def _keep_my_page(self, page_index: int, words: str, drawing: object) -> None:
        self._keep(page_index, QCoreApplication.translate("ReviewWindow", "Thank you, {child_name}. Your page is kept safe.").format(child_name=self.child_name),
                   my_page=words, drawing=drawing)

    def _say(self, text: str) -> None:
        self.toast.setText(text)
        self.toast.show()
        self._toast_timer.start()

    # --- Qt -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if self.stack.currentIndex() == 1:
            self.spread.keyPressEvent(event)
        else:
            super().keyPressEvent(event)


def open_review(library: Library, book_id: int, *, carer: str = "", runner: Runner | None = None,
                parent: QWidget | None = None, full_screen: bool = True) -> ReviewWindow:
    """Open the reading view for a book (full screen by default); raises NotFound."""
    window = ReviewWindow(library, book_id, carer=carer, runner=runner, parent=parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    if full_screen:
        window.showFullScreen()
    else:
        window.resize(1366, 768)
        window.show()
    window.activateWindow()
    return window
