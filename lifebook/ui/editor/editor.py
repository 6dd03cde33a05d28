"""BookEditor: the canvas, page strip, properties and checks for one open book.

The main window places the editor in its centre and the editor's photo
strip and section outline in its left column. Every action here has a
keyboard shortcut and a plain-English tooltip.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lifebook.model.enums import BookKind
from lifebook.store.db import Library
from lifebook.ui.editor.canvas import PageCanvas
from lifebook.ui.editor.chronology_facts import ChronologyFacts
from lifebook.ui.editor.comments import CommentsPanel
from lifebook.ui.editor.conflicts import show_conflict
from lifebook.ui.editor.document import BookDocument
from lifebook.ui.editor.export_dialog import ExportDialog
from lifebook.ui.editor.findings import FindingsPanel
from lifebook.ui.editor.guidance import GuidancePanel
from lifebook.ui.editor.offline import OfflineMode
from lifebook.ui.editor.outline import SectionOutline
from lifebook.ui.editor.page_strip import PageStrip
from lifebook.ui.editor.photo_strip import PhotoStrip
from lifebook.ui.editor.properties import PropertiesPanel
from lifebook.ui.editor.screen_images import ScreenImages, build_image
from lifebook.ui.editor.template_picker import TemplatePicker
from lifebook.ui.editor.text_editing import TypingSession
from lifebook.ui.editor.watch import EditorWatch
from lifebook.ui.jobs import Runner
from lifebook.ui.review.window import open_review
from lifebook.ui.scrolling import vertical_scroller
from lifebook.ui.storyboard.view import StoryboardDialog
from lifebook.ui.undo_notice import UndoNotice
from lifebook.ui.workflow.banner import WorkflowBanner


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    label.setWordWrap(True)  # longer in other languages: wrap, never clip
    return label


UNDO_LABEL_CHARS = 22


def _short_label(action: QAction, verb: str, text: str) -> None:
    """ "Undo Move page to section" is long for a toolbar: shorten it, keep it whole in the tip."""
    full = f"{verb} {text}".strip()
    short = full if len(full) <= UNDO_LABEL_CHARS else full[:UNDO_LABEL_CHARS - 1].rstrip() + "…"
    action.setText(short)
    action.setToolTip(f"{full} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")


class BookEditor(QWidget):
    status_message = Signal(str)

    def __init__(
        self,
        library: Library,
        book_id: int,
        *,
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.doc = BookDocument(library, book_id, self)
        synchronous = runner.synchronous
        self.images = ScreenImages(self, runner=runner if synchronous else None, synchronous=synchronous,
                                   builder=partial(build_image, working_dir=library.cache_dir / "print"))
        self.canvas = PageCanvas(self.doc, images=self.images, runner=runner)
        self.page_strip = PageStrip(self.doc, runner, self.images)
        self.page_strip.setFlow(QListView.Flow.LeftToRight)
        self.page_strip.setWrapping(False)
        self.page_strip.setFixedHeight(self.page_strip.thumb_size.height() + 64)
        self.page_strip.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.page_strip.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.outline = SectionOutline(self.doc)
        self.photo_strip = PhotoStrip(self.doc, runner)
        self.typing = TypingSession(self.doc, self)  # shared by the panel and the page
        self.canvas.enable_typing(self.typing)
        self.properties = PropertiesPanel(self.doc, typing=self.typing)
        self.findings = FindingsPanel(self.doc)
        self.guidance: GuidancePanel | None = None  # a letter's prompts beside the page
        self.comments = CommentsPanel(self.doc, self.canvas)
        for widget in (self.canvas, self.page_strip, self.comments):
            widget.status_message.connect(self.status_message)
        self.canvas.text_edit_requested.connect(lambda *_: self.properties.text_edit.setFocus())
        self.canvas.photos_imported.connect(lambda _r: self.photo_strip.refresh())
        self.notice = UndoNotice(self)
        self.page_strip.page_deleted.connect(self._page_deleted)
        self.doc.page_conflict.connect(partial(show_conflict, self))  # someone else saved first
        self.properties.change_template_requested.connect(self.change_template)
        self._build_actions()
        self._build_layout()
        if self.doc.pages:
            self.doc.selection.select_page(self.doc.pages[0].page_id)
        self.offline = OfflineMode(self)  # the team server out of reach: words kept (offline.py)
        self.doc.offline.restore_kept()  # words kept on this laptop when it last closed offline
        self.watch = EditorWatch(self)  # other people's changes to this book (watch.py)

    # --- actions ---------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, tip: str = "", checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(tip or text.replace("&", "").rstrip("…"))
        action.setStatusTip(action.toolTip())
        action.setCheckable(checkable)
        (action.toggled if checkable else action.triggered).connect(slot)
        return action

    def _build_actions(self) -> None:
        stack = self.doc.undo_stack
        self.undo_action = stack.createUndoAction(self, QCoreApplication.translate("BookEditor", "&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, QCoreApplication.translate("BookEditor", "&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action.triggered.connect(self.properties.show_selection)
        self.redo_action.triggered.connect(self.properties.show_selection)
        stack.undoTextChanged.connect(self._undo_text_changed)
        stack.redoTextChanged.connect(self._redo_text_changed)
        self.add_page_action = self._action(QCoreApplication.translate("BookEditor", "&Add page…"), lambda: self.page_strip.add_page_after(),
                                            "Ctrl+Return", QCoreApplication.translate("BookEditor", "Add a page after this one, from a template"))
        self.duplicate_action = self._action(QCoreApplication.translate("BookEditor", "&Duplicate page"), lambda: self.page_strip.duplicate_page(),
                                             "Ctrl+D", QCoreApplication.translate("BookEditor", "Make a copy of this page after it"))
        self.delete_action = self._action(QCoreApplication.translate("BookEditor", "De&lete page"), lambda: self.page_strip.delete_page(),
                                          "Ctrl+Backspace", QCoreApplication.translate("BookEditor", "Delete this page (Undo brings it back)"))
        self.template_action = self._action(QCoreApplication.translate("BookEditor", "Change &template…"), lambda: self.change_template(),
                                            "Ctrl+T", QCoreApplication.translate("BookEditor", "Choose another layout for this page; nothing is lost"))
        self.zoom_fit_action = self._action(QCoreApplication.translate("BookEditor", "Zoom to &fit"), self.canvas.zoom_fit, "Ctrl+0",
                                            QCoreApplication.translate("BookEditor", "Show the whole page"))
        self.zoom_actual_action = self._action(QCoreApplication.translate("BookEditor", "&Actual size"), self.canvas.zoom_actual, "Ctrl+1",
                                               QCoreApplication.translate("BookEditor", "Show the page at its printed size"))
        self.zoom_in_action = self._action(QCoreApplication.translate("BookEditor", "Zoom &in"), self.canvas.zoom_in, QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_action = self._action(QCoreApplication.translate("BookEditor", "Zoom &out"), self.canvas.zoom_out, QKeySequence.StandardKey.ZoomOut)
        self.spread_action = self._action(QCoreApplication.translate("BookEditor", "Two-page &spread"), self.canvas.set_spread_mode, "Ctrl+2",
                                          QCoreApplication.translate("BookEditor", "Show facing pages side by side, as in the printed book"),
                                          checkable=True)
        self.guides_action = self._action(QCoreApplication.translate("BookEditor", "Show &guides"), self._guides, "Ctrl+;",
                                          QCoreApplication.translate("BookEditor", "Show the trim edge, the bleed and the safe margin"),
                                          checkable=True)
        self.export_action = self._action(QCoreApplication.translate("BookEditor", "E&xport PDF…"), self.export_pdf, "Ctrl+E",
                                          QCoreApplication.translate("BookEditor", "Make a print-ready PDF of this book"))
        self.save_action = self._action(QCoreApplication.translate("BookEditor", "&Save"), self.confirm_saved, QKeySequence.StandardKey.Save,
                                        QCoreApplication.translate("BookEditor", "Lifebook saves every change as you make it"))
        self.review_action = self._action(QCoreApplication.translate("BookEditor", "Review with &child"), lambda: self.review_with_child(), None,
                                          QCoreApplication.translate("BookEditor", "Read this book with the child, full screen, and keep what they say"))
        self.storyboard_action = self._action(QCoreApplication.translate("BookEditor", "Story&board…"), lambda: self.show_storyboard(), "Ctrl+Shift+B",
                                              QCoreApplication.translate("BookEditor", "See every page as a card: drag to reorder, click to open"))
        self.actions_list = [self.storyboard_action, self.undo_action, self.redo_action, self.add_page_action,
                             self.duplicate_action, self.delete_action, self.template_action,
                             self.zoom_fit_action, self.zoom_actual_action, self.zoom_in_action,
                             self.zoom_out_action, self.spread_action, self.guides_action,
                             self.export_action, self.save_action, self.review_action]
        self.letter_dates: ChronologyFacts | None = None  # a letter: insert chronology dates
        if self.doc.content.kind == BookKind.LATER_LIFE_LETTER:
            boxes = [self.properties.text_edit, *([self.canvas.text_editor.box]
                                                  if self.canvas.text_editor else [])]
            self.letter_dates = ChronologyFacts(self.doc, self.typing, boxes, self)
            self.guidance_action = self._action(QCoreApplication.translate("BookEditor", "&Guidance"), self._show_guidance, "Ctrl+Shift+G",
                                                QCoreApplication.translate("BookEditor", "Show or hide the writing guidance for this "
                                                "section"), checkable=True)
            self.actions_list += [self.letter_dates.action, self.guidance_action]
            self.guidance = GuidancePanel(self.doc, insert_date=self.letter_dates.menu_action,
                                          flush=self.flush)
            self.properties.show_prompt = False  # the guidance panel shows the prompts
            self.properties.prompt.hide()  # shown once already, for the first page
        for action in self.actions_list:
            self.addAction(action)

    def _build_layout(self) -> None:
        toolbar = QToolBar(QCoreApplication.translate("BookEditor", "Book"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Export comes first, so a narrow window never hides it behind the » menu
        letter = [self.letter_dates.action, self.guidance_action, None] if self.letter_dates else []
        for action in (self.export_action, None, self.undo_action, self.redo_action, None, *letter,
                       self.add_page_action, self.template_action, self.storyboard_action, None,
                       self.zoom_fit_action,
                       self.zoom_actual_action, self.spread_action, self.guides_action, None, self.review_action):
            toolbar.addSeparator() if action is None else toolbar.addAction(action)
        export_button = toolbar.widgetForAction(self.export_action)
        export_button.setObjectName("primaryTool")
        for button in toolbar.findChildren(QToolButton):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab reaches the toolbar
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(4)
        centre_layout.addWidget(toolbar)
        self.workflow_banner = WorkflowBanner(self.doc)  # QA status; follows the edits
        centre_layout.addWidget(self.workflow_banner)
        centre_layout.addWidget(self.canvas, 1)
        centre_layout.addWidget(self.notice)
        centre_layout.addWidget(self.page_strip)

        right = QSplitter(Qt.Orientation.Vertical)
        props = QWidget()
        props_layout = QVBoxLayout(props)
        props_layout.setContentsMargins(8, 8, 8, 8)
        props_layout.addWidget(self.properties)
        checks = QWidget()
        checks_layout = QVBoxLayout(checks)
        checks_layout.setContentsMargins(8, 8, 8, 8)
        checks_layout.addWidget(_heading(QCoreApplication.translate("BookEditor", "Checks before printing")))
        checks_layout.addWidget(self.findings)
        right.addWidget(vertical_scroller(props))  # never squashed: a short screen scrolls the panel
        right.addWidget(checks)
        right.addWidget(vertical_scroller(self.comments))
        right.setSizes([420, 110, 290])  # the selected frame's tools first; comments keep their box
        right.setMinimumWidth(280)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(centre)
        if self.guidance is not None:
            self.splitter.addWidget(self.guidance)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([900, 280, 320] if self.guidance is not None else [900, 320])
        if self.guidance is not None:
            self.guidance_action.setChecked(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    # --- behaviour -----------------------------------------------------------------

    def _undo_text_changed(self, text: str) -> None:
        _short_label(self.undo_action, QCoreApplication.translate("BookEditor", "Undo"), text)

    def _redo_text_changed(self, text: str) -> None:
        _short_label(self.redo_action, QCoreApplication.translate("BookEditor", "Redo"), text)

    def _page_deleted(self, message: str) -> None:
        stack = self.doc.undo_stack
        at = stack.index()

        def undo() -> None:
            if stack.index() == at and stack.canUndo():  # still the deletion on top
                self.properties.undo()

        self.notice.show_notice(message, undo)

    def _show_guidance(self, on: bool) -> None:
        if self.guidance is not None:
            self.guidance.setVisible(on)

    def _guides(self, on: bool) -> None:
        self.canvas.set_guides(trim=on, bleed=on, safe=on)

    def change_template(self, page_id: int | None = None) -> None:
        page_id = page_id or self.doc.selection.page_id
        page = self.doc.page(page_id) if page_id else None
        if page is None:
            return
        self.properties.commit_text()
        key = TemplatePicker.choose(self.doc.content.kind, self.doc.content.trim, self,
                                    title=str(QT_TRANSLATE_NOOP("TemplatePicker", "Change this page's template")),
                                    accept_label=str(QT_TRANSLATE_NOOP("TemplatePicker", "Use this template")),
                                    current=page.template, runner=self.runner)
        if key and key != page.template:
            self.doc.change_template(page.page_id, key)
            self.status_message.emit(QCoreApplication.translate("BookEditor", "Template changed. Undo with Ctrl+Z."))

    def export_pdf(self) -> ExportDialog:
        self.flush()
        dialog = ExportDialog(self.doc, self, runner=self.runner)
        dialog.open()
        return dialog

    def review_with_child(self, **options: object) -> QWidget:
        self.flush()
        window = open_review(self.doc.library, self.doc.book_id, runner=self.runner, parent=self, **options)  # type: ignore[arg-type]
        window.reaction_kept.connect(lambda _info: self.comments.refresh())  # the child's words, at once
        return window

    def show_storyboard(self) -> StoryboardDialog:
        self.flush()
        dialog = StoryboardDialog(self.doc, self.runner, self.images, self)
        dialog.open()
        return dialog

    def confirm_saved(self) -> None:
        self.flush()
        self.status_message.emit(QCoreApplication.translate("BookEditor", "All changes are saved. Lifebook saves every change as you make it."))

    def flush(self) -> None:
        """Commit anything still being typed or dragged: before export, close or switching book."""
        self.properties.commit_text()
        self.canvas.flush_pending()

