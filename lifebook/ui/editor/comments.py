"""The comments panel: a book's comment threads beside the page, and pins on the canvas.

Anyone reviewing can comment on the selected frame, or on the page when no
frame is selected; reply to a thread; resolve it (or open it again); and
delete it (Undo brings it back). Clicking a thread shows its page and frame;
clicking a pin on the page shows its thread. What the child said in review
mode is here too, marked "from the child" with the carer's name.

Comments are kept apart from the book's content, so they are never printed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lifebook.model.comments import CommentInfo, CommentKind, CommentThread, Feeling
from lifebook.services import comments as comment_service
from lifebook.services.errors import ServiceError
from lifebook.store.db import LibraryError
from lifebook.ui.editor.canvas import PageCanvas
from lifebook.ui.editor.comment_commands import DeleteCommentCommand, ResolveCommentCommand
from lifebook.ui.editor.comment_pins import CommentPins
from lifebook.ui.editor.document import BookDocument
from lifebook.ui.review.faces import face_icon
from lifebook.ui.undo_notice import UndoNotice

THREAD_ROLE = Qt.ItemDataRole.UserRole + 1
TEXT_ROLE = Qt.ItemDataRole.UserRole + 2  # the text before wrapping
CHILD_BACKGROUND = QColor("#EAF4F4")


def _item_text(info: CommentInfo, *, first: bool) -> str:
    """Where (for a thread), what it says, then who and when."""
    when = f"{info.created_at.day} {info.created_at:%B %Y}"
    where = f"{info.where_text}{' · resolved' if info.resolved else ''}\n" if first else ""
    return f"{where}{info.summary}\n— {info.byline}, {when}"


def wrapped(text: str, width: int, metrics: QFontMetrics) -> str:
    """``text`` with line breaks so that no line is wider than ``width`` pixels."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            trial = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(trial) > width:
                out.append(line)
                line = word
            else:
                line = trial
        out.append(line)
    return "\n".join(out)


class CommentsPanel(QWidget):
    """Threads of one open book; ``pins`` draws them on ``canvas``."""

    status_message = Signal(str)

    def __init__(self, doc: BookDocument, canvas: PageCanvas | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.library = doc.library
        self.canvas = canvas
        self.threads: list[CommentThread] = []
        self.heading = QLabel(QCoreApplication.translate("CommentsPanel", "Comments"))
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)  # longer in other languages: wrap, never clip
        self.show_resolved = QCheckBox(QCoreApplication.translate("CommentsPanel", "Show resolved"))
        self.show_resolved.setToolTip(QCoreApplication.translate("CommentsPanel", "Also list the comments marked as resolved"))
        self.show_resolved.toggled.connect(lambda _on: self.refresh())
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setIndentation(14)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.viewport().installEventFilter(self)  # re-wrap the text when it is resized
        self.tree.setAccessibleName(QCoreApplication.translate("CommentsPanel", "Comments on this book"))
        self.tree.setToolTip(QCoreApplication.translate("CommentsPanel", "Comments on this book, each with its replies. Choose one to see where it is."))
        self.tree.currentItemChanged.connect(lambda *_: self._thread_chosen())
        self.empty = QLabel(QCoreApplication.translate("CommentsPanel", "No comments yet. Choose a page or a part of it, write a comment "
                            "below and press Add comment."))
        self.empty.setWordWrap(True)
        self.empty.setObjectName("subheading")
        self.resolve_button = QPushButton(QCoreApplication.translate("CommentsPanel", "Resolve"))
        self.resolve_button.setToolTip(QCoreApplication.translate("CommentsPanel", "Mark this thread as dealt with (Undo brings it back)"))
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.delete_button = QPushButton(QCoreApplication.translate("CommentsPanel", "Delete"))
        self.delete_button.setToolTip(QCoreApplication.translate("CommentsPanel", "Delete this comment and its replies (Undo brings them back)"))
        self.delete_button.clicked.connect(self.delete_current)
        self.drawing_button = QPushButton(QCoreApplication.translate("CommentsPanel", "See the drawing"))
        self.drawing_button.setToolTip(QCoreApplication.translate("CommentsPanel", "Show the page the child drew"))
        self.drawing_button.clicked.connect(self.show_drawing)
        self.target = QLabel()
        self.target.setWordWrap(True)
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(QCoreApplication.translate("CommentsPanel", "Write a comment…"))
        self.edit.setAccessibleName(QCoreApplication.translate("CommentsPanel", "Comment"))
        self.edit.setToolTip(QCoreApplication.translate("CommentsPanel", "Write a comment for the people working on this book. Comments are never printed."))
        self.edit.setFixedHeight(56)
        self.edit.setTabChangesFocus(True)  # Tab moves on, as everywhere else
        self.add_button = QPushButton(QCoreApplication.translate("CommentsPanel", "Add comment"))
        self.add_button.setToolTip(QCoreApplication.translate("CommentsPanel", "Add the comment to the chosen page or part of it"))
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.add)
        self.reply_button = QPushButton(QCoreApplication.translate("CommentsPanel", "Reply"))
        self.reply_button.setToolTip(QCoreApplication.translate("CommentsPanel", "Add this to the chosen thread"))
        self.reply_button.clicked.connect(self.reply)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B3261E;")
        self.problem.hide()
        self.notice = UndoNotice(self)
        self._build_layout()
        self.pins = CommentPins(canvas, lambda: self.threads, self.select_thread) if canvas else None
        doc.selection.frame_selected.connect(lambda *_: self._show_target())
        doc.structure_changed_signal.connect(lambda *_: self.refresh())
        self.edit.textChanged.connect(self._update_buttons)
        self.refresh()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.show_resolved)
        thread_buttons = QHBoxLayout()
        for button in (self.resolve_button, self.delete_button, self.drawing_button):
            thread_buttons.addWidget(button)
        thread_buttons.addStretch(1)
        write_buttons = QHBoxLayout()
        write_buttons.addWidget(self.reply_button)
        write_buttons.addStretch(1)
        write_buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)  # in the list's place when it is empty
        layout.addLayout(thread_buttons)
        layout.addWidget(self.notice)
        layout.addWidget(self.target)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        layout.addLayout(write_buttons)

    # --- reading ------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the threads again and show them, keeping the chosen one."""
        keep = self.current_thread_id()
        try:
            self.threads = comment_service.list_threads(self.library, self.doc.book_id)
        except ServiceError:
            self.threads = []  # the book has gone; the window closes the editor
        shown = [t for t in self.threads if self.show_resolved.isChecked() or not t.resolved]
        self.tree.blockSignals(True)
        self.tree.clear()
        for thread in shown:
            item = self._item(thread.first, first=True)
            for answer in thread.replies:
                item.addChild(self._item(answer, first=False))
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
            if thread.id == keep:
                self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)
        self._wrap_items()
        hidden = len(self.threads) - len(shown)
        self.tree.setVisible(bool(shown))  # the empty list gives its room to the words saying why
        self.empty.setVisible(not shown)
        if not shown and hidden == 1:
            self.empty.setText(QCoreApplication.translate("CommentsPanel", "The one comment thread is resolved. Tick Show resolved to see it."))
        elif not shown and hidden:
            self.empty.setText(QCoreApplication.translate("CommentsPanel", "All {hidden} comment threads are resolved. Tick Show resolved to see them.").format(hidden=hidden))
        self._update_buttons()
        self._show_target()
        if self.canvas is not None:
            self.canvas.viewport().update()

    def _item(self, info: CommentInfo, *, first: bool) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        item.setData(0, TEXT_ROLE, _item_text(info, first=first))
        item.setData(0, THREAD_ROLE, info.id if first else info.parent_id)
        item.setToolTip(0, f"{info.summary}\n{info.byline}, {info.when_text}")
        if info.kind == CommentKind.FEELING.value and info.reaction in Feeling._value2member_map_:
            item.setIcon(0, face_icon(Feeling(info.reaction), 22))
        if info.from_child:
            item.setBackground(0, QBrush(CHILD_BACKGROUND))
        if first and info.resolved:
            item.setForeground(0, QBrush(QColor("#8A7B6E")))
        return item

    def _wrap_items(self) -> None:
        metrics = QFontMetrics(self.tree.font())
        room = self.tree.viewport().width() - 16
        for n in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(n)
            if top is None:
                continue
            rows = [(top, 1)] + [(top.child(i), 2) for i in range(top.childCount())]
            for item, depth in rows:
                if item is None:
                    continue
                icon = 26 if not item.icon(0).isNull() else 0
                width = max(80, room - depth * self.tree.indentation() - icon)
                item.setText(0, wrapped(item.data(0, TEXT_ROLE), width, metrics))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.Resize and watched is self.tree.viewport():
            self._wrap_items()
        return False

    def current_thread(self) -> CommentThread | None:
        wanted = self.current_thread_id()
        return next((t for t in self.threads if t.id == wanted), None)

    def current_thread_id(self) -> int | None:
        item = self.tree.currentItem() if hasattr(self, "tree") else None
        return item.data(0, THREAD_ROLE) if item is not None else None

    def select_thread(self, thread_id: int) -> None:
        """Show a thread (a pin was clicked): list it, choose it and go to its page."""
        thread = next((t for t in self.threads if t.id == thread_id), None)
        if thread is not None and thread.resolved and not self.show_resolved.isChecked():
            self.show_resolved.setChecked(True)
        for n in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(n)
            if item is not None and item.data(0, THREAD_ROLE) == thread_id:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return

    def _thread_chosen(self) -> None:
        thread = self.current_thread()
        if thread is not None and thread.first.page_id and self.doc.page(thread.first.page_id):
            self.doc.selection.select_frame(thread.first.page_id, thread.first.frame_key or "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        thread = self.current_thread()
        typed = bool(self.edit.toPlainText().strip())
        self.resolve_button.setEnabled(thread is not None)
        self.resolve_button.setText(QCoreApplication.translate("CommentsPanel", "Reopen") if thread and thread.resolved else QCoreApplication.translate("CommentsPanel", "Resolve"))
        self.delete_button.setEnabled(thread is not None)
        self.drawing_button.setVisible(bool(thread and thread.first.has_drawing))
        self.reply_button.setEnabled(thread is not None and typed)
        self.add_button.setEnabled(typed and not self.library.read_only)

    def _target(self) -> tuple[int | None, str]:
        sel = self.doc.selection
        return sel.page_id, sel.frame_key or ""

    def _show_target(self) -> None:
        page_id, key = self._target()
        page = self.doc.page(page_id) if page_id else None
        if page is None:
            self.target.setText(QCoreApplication.translate("CommentsPanel", "New comment on the whole book:"))
            return
        label = ""
        layout = self.doc.layout(page.page_id) if key else None
        box = next((f for f in layout.frames if f.key == key), None) if layout else None
        if box is not None:
            label = f", {box.label or 'the chosen part'}"
        self.target.setText(QCoreApplication.translate("CommentsPanel", "New comment on page {number}{label}:").format(number=page.number, label=label))

    # --- writing --------------------------------------------------------------------

    def say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _attempt(self, action) -> object | None:
        try:
            result = action()
        except (ServiceError, LibraryError) as exc:
            self.say(str(exc)[:1].upper() + str(exc)[1:] + ".")
            return None
        self.say("")
        return result

    def add(self) -> CommentInfo | None:
        """A new thread on the selected frame, or page, from the words typed."""
        page_id, key = self._target()
        info = self._attempt(lambda: comment_service.add_comment(
            self.library, self.doc.book_id, self.edit.toPlainText(), page_id=page_id,
            frame_key=key or None))
        if isinstance(info, CommentInfo):
            self.edit.clear()
            self.refresh()
            self.select_thread(info.id)
            self.status_message.emit(QCoreApplication.translate("CommentsPanel", "Comment added. It is never printed."))
            return info
        return None

    def reply(self) -> CommentInfo | None:
        thread_id = self.current_thread_id()
        if thread_id is None:
            return None
        info = self._attempt(lambda: comment_service.reply(self.library, thread_id,
                                                           self.edit.toPlainText()))
        if isinstance(info, CommentInfo):
            self.edit.clear()
            self.refresh()
            return info
        return None

    def toggle_resolved(self) -> None:
        thread = self.current_thread()
        if thread is None:
            return
        resolved = not thread.resolved
        done = self._attempt(lambda: comment_service.set_resolved(self.library, thread.id, resolved))
        if done is not None:
            self.doc.undo_stack.push(ResolveCommentCommand(self, thread.id, resolved))
            self.refresh()
            self.status_message.emit(QCoreApplication.translate("CommentsPanel", "Comment resolved.") if resolved else QCoreApplication.translate("CommentsPanel", "Comment opened again."))

    def delete_current(self) -> None:
        thread = self.current_thread()
        if thread is None:
            return
        snapshots = self._attempt(lambda: comment_service.delete_comment(self.library, thread.id))
        if isinstance(snapshots, list):
            command = DeleteCommentCommand(self, thread.id, snapshots)
            self.doc.undo_stack.push(command)
            self.refresh()
            stack, at = self.doc.undo_stack, self.doc.undo_stack.index()

            def undo() -> None:
                if stack.index() == at and stack.canUndo():  # still the deletion on top
                    stack.undo()

            replies = len(snapshots) - 1
            self.notice.show_notice("Comment deleted" + (f" with {replies} repl{'ies' if replies != 1 else 'y'}"
                                                         if replies else "") + ".", undo)

    def show_drawing(self) -> QDialog | None:
        thread = self.current_thread()
        png = comment_service.drawing_png(self.library, thread.id) if thread else None
        if not png or thread is None:
            return None
        dialog = QDialog(self)
        dialog.setWindowTitle(QCoreApplication.translate("CommentsPanel", "The child's own page ({where_text})").format(where_text=thread.first.where_text))
        picture = QLabel()
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        picture.setPixmap(pixmap.scaledToWidth(720, Qt.TransformationMode.SmoothTransformation))
        scroll = QScrollArea()
        scroll.setWidget(picture)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(f"{thread.first.byline}, {thread.first.when_text}"))
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        dialog.resize(780, 600)
        dialog.open()
        return dialog
