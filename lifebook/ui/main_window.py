"""The main window: the library's children and books, photos, import, the book editor.

The child's page is in child_page.py; starting and managing children and
books (new book, rename, duplicate, delete with undo) in library_actions.py.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from lifebook.model.records import BookInfo, ChildInfo, DemoResult, PhotoInfo
from lifebook.services import books as book_service
from lifebook.services import children as child_service
from lifebook.services import photo_cache
from lifebook.services import photos as photo_service
from lifebook.services.demo import create_demo
from lifebook.services.errors import NotFound
from lifebook.services.preferences import act_as_preferred_name
from lifebook.store.db import Library, LibraryError
from lifebook.ui import settings as app_settings
from lifebook.ui.backup_actions import backup_menu_actions, backup_on_close, explain_damage
from lifebook.ui.bundle_actions import bundle_menu_actions
from lifebook.ui.caseload import show_caseload
from lifebook.ui.child_page import ChildPage
from lifebook.ui.child_page import label as _label  # one styled-label helper
from lifebook.ui.chronology.wiring import install_chronology
from lifebook.ui.draft_check import draft_check_action
from lifebook.ui.editor.editor import BookEditor
from lifebook.ui.editor.outline import SectionsPanel
from lifebook.ui.editor.photo_strip import MEDIA_ID_ROLE
from lifebook.ui.editor.word_export import word_export_action
from lifebook.ui.help import add_help_actions
from lifebook.ui.jobs import Job, Runner, ThreadJobRunner
from lifebook.ui.letter_actions import sibling_letter_action
from lifebook.ui.library_actions import LibraryActions
from lifebook.ui.open_library_dialog import choose_library
from lifebook.ui.photo_actions import PhotoFeed, import_summary, wire_photo_grid
from lifebook.ui.preferences_dialog import PreferencesDialog
from lifebook.ui.server_dialog import server_library_action
from lifebook.ui.startup import first_size
from lifebook.ui.window_jobs import WindowJobs
from lifebook.ui.workflow.actions import add_workflow_menu

IMAGE_FILTER = "Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.tif *.tiff *.bmp *.gif);;All files (*)"
ROLE_KIND = Qt.ItemDataRole.UserRole + 1
ROLE_ID = Qt.ItemDataRole.UserRole + 2




class MainWindow(LibraryActions, WindowJobs, QMainWindow):
    ROLE_KIND = ROLE_KIND
    ROLE_ID = ROLE_ID

    def __init__(self, library: Library, runner: Runner | None = None) -> None:
        super().__init__()
        self.library = library
        self.runner = runner or ThreadJobRunner()
        self.job: Job | None = None
        self.editor: BookEditor | None = None
        self.sections_panel: SectionsPanel | None = None
        self.deleted_books: list[dict] = []  # snapshots: Undo puts them back until the window closes
        self.last_import: photo_service.ImportReport | None = None
        self.photo_feed = PhotoFeed(self)  # each imported photo, as soon as it is in
        self.photo_feed.arrived.connect(self._photo_imported)
        self._show_library_state()
        self.setAcceptDrops(True)
        first_size(self)  # until _restore_session() puts back the last size
        self._build_actions()
        self._build_body()
        self.chronology = install_chronology(self)  # the child's Chronology tab, File > Import chronology…
        self._build_status()
        self._restore_state()
        if not library.is_server:  # a server is opened by its address, not from the recent list
            app_settings.remember_library(library.db_path)
        self._fill_recent_menu()
        self._restore_session()  # fills the tree once, on the remembered child or book

    # --- construction -----------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, slot, shortcut=None, tip: str = "") -> QAction:
            act = QAction(text, self)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            act.setToolTip(tip or text.replace("&", "").rstrip("…"))
            act.setStatusTip(act.toolTip())
            act.triggered.connect(slot)
            return act

        self.open_library_action = action(
            QCoreApplication.translate("MainWindow", "&Open library…"), self.choose_library, QKeySequence.StandardKey.Open,
            QCoreApplication.translate("MainWindow", "Open another Lifebook library, or make a new one"),
        )
        self.add_child_action = action(QCoreApplication.translate("MainWindow", "&Add a child…"), self.add_child, "Ctrl+Shift+N", QCoreApplication.translate("MainWindow", "Add a child to this library"))
        self.edit_child_action = action(QCoreApplication.translate("MainWindow", "&Edit child's details…"), lambda: self.edit_child(), None,
                                        QCoreApplication.translate("MainWindow", "Change the chosen child's name, date of birth, plan and key dates"))
        self.delete_child_action = action(QCoreApplication.translate("MainWindow", "Dele&te child…"), lambda: self.delete_child(), None,
                                          QCoreApplication.translate("MainWindow", "Delete the chosen child, with their books and photos"))
        self.new_book_action = action(QCoreApplication.translate("MainWindow", "&New book…"), self.new_book, QKeySequence.StandardKey.New,
                                      QCoreApplication.translate("MainWindow", "Start a life story book, words and pictures or a later life letter"))
        self.rename_book_action = action(QCoreApplication.translate("MainWindow", "Rena&me book…"), lambda: self.rename_book(), None,
                                         QCoreApplication.translate("MainWindow", "Change the chosen book's title"))
        self.duplicate_book_action = action(QCoreApplication.translate("MainWindow", "D&uplicate book"), lambda: self.duplicate_book(), None,
                                            QCoreApplication.translate("MainWindow", "Make a copy of the chosen book, with all its pages"))
        self.delete_book_action = action(QCoreApplication.translate("MainWindow", "&Delete book…"), lambda: self.delete_book(), None,
                                         QCoreApplication.translate("MainWindow", "Delete the chosen book (you can undo it until you close Lifebook)"))
        self.undo_delete_action = action(QCoreApplication.translate("MainWindow", "Undo delete boo&k"), self.undo_delete_book, None,
                                         QCoreApplication.translate("MainWindow", "Bring back the book you deleted last"))
        self.undo_delete_action.setEnabled(False)
        self.import_action = action(
            QCoreApplication.translate("MainWindow", "&Import photos…"), self.choose_photos, "Ctrl+Shift+I",
            QCoreApplication.translate("MainWindow", "Copy photos into the chosen child's library. You can also drag them onto the window."),
        )
        self.demo_action = action(QCoreApplication.translate("MainWindow", "Create the sam&ple book"), self.create_sample, None,
                                  QCoreApplication.translate("MainWindow", "Add a made-up child with a finished-looking life story book"))
        self.caseload_action = action(QCoreApplication.translate("MainWindow", "Caseload and deadlines…"), lambda: show_caseload(self), "Ctrl+Shift+L",
                                      QCoreApplication.translate("MainWindow", "Every child's life story work: what is due, overdue or waiting for QA"))
        self.quit_action = action(QCoreApplication.translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.preferences_action = action(QCoreApplication.translate("MainWindow", "Pre&ferences…"), lambda: PreferencesDialog(self).exec(),
                                         None, QCoreApplication.translate("MainWindow", "Your name as the author of exported PDFs"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        file_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
        file_menu.addAction(self.open_library_action)
        file_menu.addAction(server_library_action(self))  # File > Open team server library…
        self.recent_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Open recent library"))
        self.recent_menu.setProperty("lifebookData", True)  # library paths
        self.export_menu_action = action(QCoreApplication.translate("MainWindow", "E&xport PDF…"), lambda: self.editor and self.editor.export_pdf(),
                                         None, QCoreApplication.translate("MainWindow", "Make a print-ready PDF of the open book"))
        self.export_word_action = word_export_action(self, lambda: self.editor)
        self.sibling_letter_action = sibling_letter_action(self)
        for act in (None, self.new_book_action, self.rename_book_action, self.duplicate_book_action,
                    self.sibling_letter_action, draft_check_action(self),
                    self.delete_book_action, self.undo_delete_action, None, self.add_child_action,
                    self.edit_child_action, self.delete_child_action, self.import_action,
                    self.demo_action, None, self.caseload_action, None, self.export_menu_action,
                    self.export_word_action, self.preferences_action, None,
                    *backup_menu_actions(self), None, *bundle_menu_actions(self), None,
                    self.quit_action):
            file_menu.addSeparator() if act is None else file_menu.addAction(act)
        self.edit_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        self.view_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
        self.page_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Page"))
        self.workflow_actions = add_workflow_menu(self)  # send for QA, sign off, deliver
        help_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        help_menu.addAction(action(QCoreApplication.translate("MainWindow", "&About Lifebook"), self.about))
        add_help_actions(help_menu, self)

    def _build_body(self) -> None:
        self.tree_model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.setMinimumWidth(240)
        self.tree.setAccessibleName(QCoreApplication.translate("MainWindow", "Children and books"))
        self.tree.setToolTip(QCoreApplication.translate("MainWindow", "The children in this library and their books. Right-click for more."))
        self._filling = False  # refresh() shows the selection once, when the tree is full
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)

        library_panel = QWidget()
        library_layout = QVBoxLayout(library_panel)
        library_layout.setContentsMargins(0, 6, 0, 0)
        library_layout.addWidget(self.tree, 1)
        add_button = QPushButton(QCoreApplication.translate("MainWindow", "Add a child…"))
        add_button.setToolTip(self.add_child_action.toolTip())
        add_button.clicked.connect(self.add_child)
        library_layout.addWidget(add_button)
        caseload_button = QPushButton(QCoreApplication.translate("MainWindow", "Caseload and deadlines…"))
        caseload_button.setToolTip(self.caseload_action.toolTip())
        caseload_button.clicked.connect(self.caseload_action.trigger)
        library_layout.addWidget(caseload_button)
        self.left_tabs = QTabWidget()
        self.left_tabs.addTab(library_panel, QCoreApplication.translate("MainWindow", "Library"))
        self.photos_holder = QWidget()
        self.photos_layout = QVBoxLayout(self.photos_holder)
        self.photos_layout.setContentsMargins(0, 6, 0, 0)
        self.photos_layout.addWidget(_label(QCoreApplication.translate("MainWindow", "Photos"), "sectionTitle"))
        self.photos_holder.hide()
        left_split = QSplitter(Qt.Orientation.Vertical)
        left_split.addWidget(self.left_tabs)
        left_split.addWidget(self.photos_holder)
        left_split.setSizes([300, 420])
        left = QWidget()  # the margins go here: a splitter leaves its own out of its minimum width
        left.setObjectName("leftColumn")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        left_layout.addWidget(left_split)

        self.stack = QStackedWidget()
        self.welcome = self._build_welcome()
        self.child_page = self._build_child_page()
        for page in (self.welcome, self.child_page):
            self.stack.addWidget(page)

        self.main_splitter = QSplitter()
        self.main_splitter.addWidget(left)
        self.main_splitter.addWidget(self.stack)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([250, 1100])
        self.setCentralWidget(self.main_splitter)

    def _card(self) -> tuple[QFrame, QVBoxLayout]:
        card = QFrame()
        card.setObjectName("card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        return card, layout

    def _build_welcome(self) -> QWidget:
        page = QWidget()
        page.setObjectName("page")
        outer = QVBoxLayout(page)
        outer.setContentsMargins(40, 40, 40, 40)
        card, layout = self._card()
        layout.addWidget(_label(QCoreApplication.translate("MainWindow", "Welcome to Lifebook"), "heading"))
        layout.addWidget(_label(
            QCoreApplication.translate("MainWindow", "Lifebook helps you make life story books, words and pictures and later life "
            "letters that a child can keep and re-read for years.\n\nThis library is empty. "
            "Would you like to see a sample book first? It uses a made-up child, Poppy, and "
            "painted pictures, so you can explore safely before starting real work."),
            "subheading", wrap=True))
        buttons = QHBoxLayout()
        self.sample_button = QPushButton(QCoreApplication.translate("MainWindow", "Create the sample book"))
        self.sample_button.setObjectName("primary")
        self.sample_button.clicked.connect(self.create_sample)
        start_button = QPushButton(QCoreApplication.translate("MainWindow", "Add a child…"))
        start_button.clicked.connect(self.add_child)
        buttons.addWidget(self.sample_button)
        buttons.addWidget(start_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        outer.addWidget(card)
        outer.addStretch(1)
        return page

    def _build_child_page(self) -> ChildPage:
        page = ChildPage(self.runner)
        # the window reads and fills these directly
        self.child_name, self.sample_badge = page.child_name, page.sample_badge
        self.child_details = page.child_details
        self.photo_model, self.photos, self.photos_empty = page.photo_model, page.photos, page.photos_empty
        self.problems, self.problems_title = page.problems, page.problems_title
        self.photo_actions = wire_photo_grid(self, self.photos, MEDIA_ID_ROLE, lambda: self.library,
                                             self.refresh)
        page.import_button.clicked.connect(self.choose_photos)
        page.new_book_button.clicked.connect(self.new_book)
        page.edit_child_button.clicked.connect(lambda: self.edit_child())
        page.delete_child_button.clicked.connect(lambda: self.delete_child())
        page.open_book_button.clicked.connect(lambda: self.open_book(page.selected_book_id()))
        page.rename_book_button.clicked.connect(lambda: self.rename_book(page.selected_book_id()))
        page.duplicate_book_button.clicked.connect(lambda: self.duplicate_book(page.selected_book_id()))
        page.delete_book_button.clicked.connect(lambda: self.delete_book(page.selected_book_id()))
        page.undo_delete_button.clicked.connect(self.undo_delete_book)
        page.book_activated.connect(self.open_book)
        page.books.customContextMenuRequested.connect(self._books_menu)
        return page

    def _books_menu(self, pos) -> None:
        item = self.child_page.books.itemAt(pos)
        if item is not None:
            self.child_page.books.setCurrentItem(item)
            menu = self.build_tree_menu("book", self.child_page.selected_book_id() or 0)
            menu.exec(self.child_page.books.viewport().mapToGlobal(pos))

    def _build_status(self) -> None:
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(280)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(QCoreApplication.translate("MainWindow", "Cancel"))
        self.cancel_button.setToolTip(QCoreApplication.translate("MainWindow", "Stop after the current photo; photos already imported are kept"))
        self.cancel_button.clicked.connect(self.cancel_job)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self._set_busy(False)
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Library: {where}").format(where=self.library.where))

    # --- state ------------------------------------------------------------

    def refresh(self, select: tuple[str, int] | None = None) -> None:
        """Reload the tree from the library, keeping (or setting) the selection."""
        select = select or self.current_selection()
        self._filling = True
        self.tree_model.clear()
        children = child_service.list_children(self.library)
        target = None
        for child in children:
            item = QStandardItem(child.name)
            if child.is_sample:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            item.setData("child", ROLE_KIND)
            item.setData(child.id, ROLE_ID)
            item.setToolTip(QCoreApplication.translate("MainWindow", "{plan_label} · {photos} photos").format(plan_label=child.plan_label, photos=child.photos))
            if select == ("child", child.id):
                target = item
            for book in book_service.list_books(self.library, child.id):
                book_item = QStandardItem(book.title)
                book_item.setData("book", ROLE_KIND)
                book_item.setData(book.id, ROLE_ID)
                book_item.setToolTip(QCoreApplication.translate("MainWindow", "{kind_label} · {pages} pages · {status_label}").format(kind_label=book.kind_label, pages=book.pages, status_label=book.status_label))
                item.appendRow(book_item)
                if select == ("book", book.id):
                    target = book_item
            self.tree_model.appendRow(item)
        self.tree.expandAll()
        if target is None and children:
            target = self.tree_model.item(0)
        if target is not None:
            self.tree.setCurrentIndex(target.index())
        self._filling = False
        self._show_selection()

    def current_selection(self) -> tuple[str, int] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return index.data(ROLE_KIND), index.data(ROLE_ID)

    def current_child_id(self) -> int | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        if index.data(ROLE_KIND) == "book":
            index = index.parent()
        return index.data(ROLE_ID)

    def _current_changed(self, *_args: object) -> None:
        if not self._filling:
            self._show_selection()

    def _show_selection(self) -> None:
        selection = self.current_selection()
        if selection is None or selection[0] != "book":
            self.close_editor()
        has_children = self.tree_model.rowCount() > 0
        self.import_action.setEnabled(has_children)
        if selection is None:
            self.stack.setCurrentWidget(self.welcome)
            return
        kind, ident = selection
        try:
            if kind == "child":
                self._show_child(child_service.child_info_by_id(self.library, ident))
            else:
                self._show_book(book_service.book_info_by_id(self.library, ident))
        except NotFound:  # the tree still shows another library's row while it is rebuilt
            return

    def _show_child(self, child: ChildInfo) -> None:
        self.child_page.show_child(child, book_service.list_books(self.library, child.id))
        media = photo_service.list_media(self.library, child.id)  # read once, for both lists
        self.child_page.people.show_child(self.library, child.id, child.display_name, media)
        self.chronology.show_child(self.library, child.id)
        self._load_photos(child.id, media)
        self.child_page.show_photos_or_hint()
        self._update_undo_delete()
        self.stack.setCurrentWidget(self.child_page)

    def _load_photos(self, child_id: int, media: list[PhotoInfo] | None = None) -> None:
        self.photo_model.library = self.library
        self.photo_model.set_media(media if media is not None else photo_service.list_media(self.library, child_id))
        self.photos_empty.setVisible(self.photo_model.rowCount() == 0)

    def _show_book(self, book: BookInfo) -> None:
        if (self.editor is None or self.editor.doc.book_id != book.id) and photo_cache.needs_fetching(self.library):
            library = self.library  # a team library: the photos come to this laptop first, cancellably
            self._start_job(QCoreApplication.translate("MainWindow", "Opening {title}…").format(title=book.title),
                            lambda progress, cancel: photo_cache.fetch_book_photos(library, book.id, progress, cancel),
                            lambda done: self._open_book(book) if done else self._book_not_opened(book))
            return
        self._open_book(book)

    def _book_not_opened(self, book: BookInfo) -> None:
        self.refresh(("child", book.child_id))
        self.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "The book was not opened. The photos brought so far stay on this laptop."), 8000)

    def _open_book(self, book: BookInfo) -> None:
        if self.editor is None or self.editor.doc.book_id != book.id:
            self.close_editor()
            self.editor = BookEditor(self.library, book.id, runner=self.runner)
            self.editor.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
            self.stack.addWidget(self.editor)
            self.photos_layout.addWidget(self.editor.photo_strip, 1)
            self.sections_panel = SectionsPanel(self.editor.outline)
            self.editor.outline.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
            self.left_tabs.addTab(self.sections_panel, QCoreApplication.translate("MainWindow", "Sections"))
            self.photos_holder.show()
            self._fill_editor_menus(self.editor)
        else:  # back to the open book: show any chronology changes made meanwhile
            self.editor.doc.chronology_changed()
        self.stack.setCurrentWidget(self.editor)

    def close_editor(self) -> None:
        """Close the open book's editor, committing anything still being typed."""
        editor, self.editor = self.editor, None
        if editor is None:
            return
        editor.flush()
        editor.watch.stop()  # no listening thread outlives the editor
        panel, self.sections_panel = self.sections_panel, None
        if panel is not None:
            self.left_tabs.removeTab(self.left_tabs.indexOf(panel))
            panel.deleteLater()
        self.photos_holder.hide()
        self.stack.removeWidget(editor)
        for menu in (self.edit_menu, self.view_menu, self.page_menu):
            menu.clear()
        editor.photo_strip.setParent(None)
        editor.outline.setParent(None)
        editor.deleteLater()
        self.export_menu_action.setEnabled(False)
        self.export_word_action.setEnabled(False)

    def _fill_editor_menus(self, editor: BookEditor) -> None:
        for menu, actions in (
            (self.edit_menu, [editor.undo_action, editor.redo_action, None, editor.save_action]),
            (self.view_menu, [editor.zoom_fit_action, editor.zoom_actual_action, editor.zoom_in_action,
                              editor.zoom_out_action, None, editor.spread_action, editor.guides_action]),
            (self.page_menu, [editor.add_page_action, editor.duplicate_action, editor.delete_action,
                              None, editor.template_action]),
        ):
            menu.clear()
            for act in actions:
                menu.addSeparator() if act is None else menu.addAction(act)
        self.export_menu_action.setEnabled(True)
        self.export_word_action.setEnabled(True)

    def _show_problems(self, lines: list[str]) -> None:
        self.child_page.show_problems(lines)

    # --- actions ----------------------------------------------------------

    def create_sample(self) -> None:
        self._start_job(QCoreApplication.translate("MainWindow", "Creating the sample book"), lambda progress, cancel: create_demo(self.library, progress),
                        self._sample_done)

    def _sample_done(self, result: DemoResult) -> None:
        self.refresh(("book", result.book.id))
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "The sample book is ready: Poppy's life story."), 8000)

    def choose_photos(self) -> None:
        if self.current_child_id() is None:
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Choose a child first, then import their photos."), 6000)
            return
        files, _ = QFileDialog.getOpenFileNames(self, QCoreApplication.translate("MainWindow", "Import photos"), str(Path.home()), IMAGE_FILTER)
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, files: list[Path]) -> None:
        child_id = self.current_child_id()
        if child_id is None:
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Choose a child first, then import their photos."), 6000)
            return

        def work(progress, cancel):
            return photo_service.import_photos(self.library, child_id, files, progress=progress,
                                               cancel=cancel, imported=self.photo_feed.send)

        self._start_job(QCoreApplication.translate("MainWindow", "Importing {len_files} photo(s)").format(len_files=len(files)), work, self._import_done)

    def _photo_imported(self, media: PhotoInfo) -> None:
        """Show each photo as it lands, in the open book's photo strip or the child's photos."""
        if self.editor is not None:
            self.editor.photo_strip.add_photo(media)
        elif self.stack.currentWidget() is self.child_page and self.current_child_id() == media.child_id:
            self.photo_model.add_media(media)
            self.child_page.show_photos_or_hint()

    def _import_done(self, report: photo_service.ImportReport) -> None:
        self.last_import = report
        self.refresh()
        self._show_problems([r.line for r in report.rejected])
        self.statusBar().showMessage(import_summary(report), 10000)

    def choose_library(self) -> None:
        choose_library(self)  # a file here or the team server (open_library_dialog.py)

    def _show_library_state(self) -> None:
        """The title says when the library cannot be changed, and a damaged one says why."""
        if self.library.read_only:
            self.setWindowTitle(QCoreApplication.translate("MainWindow", "Lifebook — {name} (read-only)").format(name=self.library.db_path.name))
        else:
            self.setWindowTitle(QCoreApplication.translate("MainWindow", "Lifebook"))
        if self.library.damage:  # once the window is built and shown
            QTimer.singleShot(0, lambda: explain_damage(self))

    def open_library(self, path: Path) -> bool:
        try:
            library = Library.open(path, read_only_if_damaged=True)
            act_as_preferred_name(library)
        except LibraryError as exc:
            QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "Could not open the library"), str(exc))
            return False
        self.use_library(library)
        return True

    def use_library(self, library: Library) -> None:
        """Switch the window to an opened library: a file, or a team server (server_dialog.py)."""
        self._save_session()
        self.close_editor()
        self.library.close()
        self.library = library
        self._show_library_state()
        self.deleted_books = []  # those snapshots belong to the other library
        self._update_undo_delete()
        if not library.is_server:
            app_settings.remember_library(library.db_path)
        self._fill_recent_menu()
        self._restore_session()
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Library: {where}").format(where=library.where))

    def about(self) -> None:
        from lifebook.ui.about import AboutDialog

        AboutDialog(self.library.db_path, self).exec()

    # --- remembered state -----------------------------------------------------

    def _restore_state(self) -> None:
        store = app_settings.settings()
        geometry = store.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = store.value("window/splitter")
        if splitter is not None:
            self.main_splitter.restoreState(splitter)
        self.export_menu_action.setEnabled(False)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in app_settings.recent_libraries():
            act = self.recent_menu.addAction(str(path))
            act.triggered.connect(lambda _checked=False, p=path: self.open_library(p))
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

    def _save_session(self) -> None:
        page = self.editor.doc.selection.page_id if self.editor is not None else None
        app_settings.remember_place(self.library.db_path, self.current_selection(), page)

    def _restore_session(self) -> None:
        """Go back to the book and page (or the child) the user was on last time."""
        place = app_settings.last_place(self.library.db_path)
        if place is None:
            self.refresh()
            return
        kind, ident, page_id = place
        self.refresh((kind, ident))
        if self.current_selection() != (kind, ident):
            return  # it has gone since; the first child is shown instead
        if self.editor is not None and page_id is not None and self.editor.doc.page(page_id):
            self.editor.doc.selection.select_page(page_id)

    def closeEvent(self, event) -> None:  # Qt override
        if self.editor is not None and not self.editor.offline.may_close(self):
            event.ignore()  # words the team server has not got yet: the user chose to wait
            return
        self._save_session()
        self.close_editor()
        backup_on_close(self)
        store = app_settings.settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/splitter", self.main_splitter.saveState())
        super().closeEvent(event)

    # --- drag and drop ----------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # Qt override
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.import_files(files)
