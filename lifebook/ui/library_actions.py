"""Starting and managing the work from the window: children and books.

A mixin for MainWindow: adding and editing children, deleting a child,
and starting, opening, renaming, duplicating and deleting books. Deleting
a book can be undone until the window closes: the service returns a
snapshot of the book, and Undo puts it back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from lifebook.model.records import BookInfo
from lifebook.services import books as book_service
from lifebook.services import children as child_service
from lifebook.services.errors import ServiceError
from lifebook.ui.child_dialog import ChildDialog
from lifebook.ui.new_book_dialog import NewBookDialog

if TYPE_CHECKING:
    from lifebook.ui.main_window import MainWindow

def _pages(n: int) -> str:
    return "1 page" if n == 1 else f"{n} pages"


def _count(n: int, noun: str) -> str:
    return f"1 {noun}" if n == 1 else f"{n} {noun}s"


class LibraryActions:
    """Children and books: the user's actions, each through one service call."""

    deleted_books: list[dict]

    # --- helpers ---------------------------------------------------------------------

    def _try(self: MainWindow, title: str, work):  # type: ignore[misc]
        try:
            return work()
        except ServiceError as exc:
            QMessageBox.warning(self, title, str(exc))
            return None

    def _book(self: MainWindow, book_id: int | None) -> BookInfo | None:  # type: ignore[misc]
        if book_id is None:
            return None
        try:
            return book_service.book_info_by_id(self.library, book_id)
        except ServiceError:
            return None

    def chosen_book_id(self: MainWindow) -> int | None:  # type: ignore[misc]
        """The book the user means: the open one, or the one chosen on the child's page."""
        selection = self.current_selection()
        if selection and selection[0] == "book":
            return int(selection[1])
        if self.stack.currentWidget() is self.child_page:
            return self.child_page.selected_book_id()
        return None

    # --- children --------------------------------------------------------------------

    def add_child(self: MainWindow) -> None:  # type: ignore[misc]
        dialog = ChildDialog(self)
        if dialog.exec() != ChildDialog.DialogCode.Accepted:
            return
        child = self._try(QCoreApplication.translate("LibraryActions", "Could not add the child"), lambda: child_service.add_child(self.library, **dialog.values()))
        if child is not None:
            self.refresh(("child", child.id))
            self.statusBar().showMessage(QCoreApplication.translate("LibraryActions", "Added {name}. Start a book with New book… (Ctrl+N).").format(name=child.name), 8000)

    def edit_child(self: MainWindow, child_id: int | None = None) -> None:  # type: ignore[misc]
        child_id = child_id or self.current_child_id()
        if child_id is None:
            return
        child = child_service.child_info_by_id(self.library, child_id)
        dialog = ChildDialog(self, child)
        if dialog.exec() != ChildDialog.DialogCode.Accepted:
            return
        updated = self._try(QCoreApplication.translate("LibraryActions", "Could not save the child's details"),
                            lambda: child_service.update_child(self.library, child_id, **dialog.values()))
        if updated is not None:
            self.refresh(self.current_selection())
            self.statusBar().showMessage(QCoreApplication.translate("LibraryActions", "Saved {name}'s details.").format(name=updated.name), 6000)

    def delete_child(self: MainWindow, child_id: int | None = None) -> None:  # type: ignore[misc]
        child_id = child_id or self.current_child_id()
        if child_id is None:
            return
        child = child_service.child_info_by_id(self.library, child_id)
        goes = [_count(child.books or 0, "book"), _count(child.photos or 0, "photo")]
        if child.people:
            goes.append(_count(child.people, "person") if child.people == 1 else f"{child.people} people")
        if child.events:
            goes.append(_count(child.events, "chronology entry").replace("entrys", "entries"))
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("LibraryActions", "Delete child"))
        box.setText(QCoreApplication.translate("LibraryActions", "Delete {name} and everything that goes with them: {value3}?").format(name=child.name, value3=', '.join(goes)))
        box.setInformativeText(QCoreApplication.translate("LibraryActions", "This cannot be undone."))
        delete = box.addButton(QCoreApplication.translate("LibraryActions", "Delete {name}").format(name=child.name), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return
        self.close_editor()
        gone = self._try(QCoreApplication.translate("LibraryActions", "Could not delete the child"), lambda: child_service.delete_child(self.library, child_id))
        if gone is not None:
            self.deleted_books = [s for s in self.deleted_books if s["child_id"] != child_id]
            self._update_undo_delete()
            self.refresh(("none", 0))
            self.statusBar().showMessage(QCoreApplication.translate("LibraryActions", "Deleted {name}.").format(name=gone.name), 8000)

    # --- books -----------------------------------------------------------------------

    def new_book(self: MainWindow) -> None:  # type: ignore[misc]
        child_id = self.current_child_id()
        if child_id is None:
            self.statusBar().showMessage(QCoreApplication.translate("LibraryActions", "Add a child first, then start their book."), 6000)
            return
        child = child_service.child_info_by_id(self.library, child_id)
        dialog = NewBookDialog(child, self)
        if dialog.exec() != NewBookDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        book = self._try(QCoreApplication.translate("LibraryActions", "Could not start the book"),
                         lambda: book_service.new_book(self.library, child_id, **values))
        if book is None:
            return
        self.refresh(("book", book.id))  # opens it in the editor
        placed = book.autoflowed_photos or 0
        extra = f", with {_count(placed, 'photo')} laid out" if placed else ""
        self.statusBar().showMessage(QCoreApplication.translate("LibraryActions", "Started “{title}”: {pages_pages}{extra}.").format(title=book.title, pages_pages=_pages(book.pages), extra=extra), 8000)

    def open_book(self: MainWindow, book_id: int | None = None) -> None:  # type: ignore[misc]
        book_id = book_id or self.chosen_book_id()
        if book_id is not None:
            self.refresh(("book", book_id))

    def rename_book(self: MainWindow, book_id: int | None = None) -> None:  # type: ignore[misc]
        book = self._book(book_id or self.chosen_book_id())
        if book is None:
            return
        title, ok = QInputDialog.getText(self, QCoreApplication.translate("LibraryActions", "Rename book"), QCoreApplication.translate("LibraryActions", "New title:"), text=book.title)
        if not ok or title.strip() == book.title:
            return
        renamed = self._try(QCoreApplication.translate("LibraryActions", "Could not rename the book"),
                            lambda: book_service.rename_book(self.library, book.id, title))
        if renamed is not None:
            self._after_book_change(book.id, renamed.title)
            self.statusBar().showMessage(QCoreApplication.translate("LibraryActions", "Renamed to “{title}”.").format(title=renamed.title), 6000)

    def duplicate_book(self: MainWindow, book_id: int | None = None) -> None:  # type: ignore[misc]
        book = self._book(book_id or self.chosen_book_id())
        if book is None:
            return
        if self.editor is not None:
            self.editor.flush()
        copy = self._try(QCoreApplication.translate("LibraryActions", "Could not duplicate the book"),
                         lambda: book_service.duplicate_book(self.library, book.id))
        if copy is not None:
            self.refresh(("child", copy.child_id))
            self.child_page.show_books(book_service.list_books(self.library, copy.child_id), copy.id)
            self.statusBar().showMessage(QCoreApplication.translate("LibraryActions", "Made a copy: “{title}”.").format(title=copy.title), 6000)

    def delete_book(self: MainWindow, book_id: int | None = None) -> None:  # type: ignore[misc]
        book = self._book(book_id or self.chosen_book_id())
        if book is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("LibraryActions", "Delete book"))
        box.setText(QCoreApplication.translate("LibraryActions", "Delete “{title}” ({pages_pages})?").format(title=book.title, pages_pages=_pages(book.pages)))
        box.setInformativeText(QCoreApplication.translate("LibraryActions", "You can undo this until you close Lifebook."))
        delete = box.addButton(QCoreApplication.translate("LibraryActions", "Delete book"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return
        if self.editor is not None and self.editor.doc.book_id == book.id:
            self.close_editor()
        snapshot = self._try(QCoreApplication.translate("LibraryActions", "Could not delete the book"),
                             lambda: book_service.delete_book(self.library, book.id))
        if snapshot is None:
            return
        self.deleted_books.append(snapshot)
        self.refresh(("child", book.child_id))
        self._update_undo_delete()
        self.statusBar().showMessage(QCoreApplication.translate("LibraryActions", "Deleted “{title}”. Undo brings it back.").format(title=book.title), 8000)

    def undo_delete_book(self: MainWindow) -> None:  # type: ignore[misc]
        if not self.deleted_books:
            return
        snapshot = self.deleted_books[-1]
        book = self._try(QCoreApplication.translate("LibraryActions", "Could not bring the book back"), lambda: book_service.restore_book(self.library, snapshot))
        if book is None:
            return
        self.deleted_books.pop()
        self.refresh(("child", book.child_id))
        self.child_page.show_books(book_service.list_books(self.library, book.child_id), book.id)
        self._update_undo_delete()
        self.statusBar().showMessage(QCoreApplication.translate("LibraryActions", "“{title}” is back, with all its {pages_pages}.").format(title=book.title, pages_pages=_pages(book.pages)), 8000)

    def _update_undo_delete(self: MainWindow) -> None:  # type: ignore[misc]
        last = self.deleted_books[-1] if self.deleted_books else None
        self.undo_delete_action.setEnabled(last is not None)
        self.undo_delete_action.setText(QCoreApplication.translate("LibraryActions", "Undo delete of “{value1}”").format(value1=last['title']) if last else QCoreApplication.translate("LibraryActions", "Undo delete boo&k"))
        shown = self.current_child_id()
        if last is not None and last["child_id"] == shown:
            self.child_page.show_notice(
                QCoreApplication.translate("LibraryActions", "Deleted “{value1}” ({value3}). You can bring it back until you close Lifebook.").format(value1=last['title'], value3=_pages(last['page_count'])))
        else:
            self.child_page.show_notice(None)

    def _after_book_change(self: MainWindow, book_id: int, title: str) -> None:  # type: ignore[misc]
        self.refresh(self.current_selection())
        if self.editor is not None and self.editor.doc.book_id == book_id:
            self.editor.doc.structure_changed()  # the title shows on the cover and in the PDF

    # --- context menu on the library tree ----------------------------------------------------

    def build_tree_menu(self: MainWindow, kind: str, ident: int) -> QMenu:  # type: ignore[misc]
        menu = QMenu(self)
        if kind == "book":
            menu.addAction(QCoreApplication.translate("LibraryActions", "Open"), lambda: self.open_book(ident))
            menu.addAction(QCoreApplication.translate("LibraryActions", "Rename…"), lambda: self.rename_book(ident))
            menu.addAction(QCoreApplication.translate("LibraryActions", "Duplicate"), lambda: self.duplicate_book(ident))
            menu.addSeparator()
            menu.addAction(QCoreApplication.translate("LibraryActions", "Delete…"), lambda: self.delete_book(ident))
        else:
            menu.addAction(QCoreApplication.translate("LibraryActions", "New book…"), self.new_book)
            menu.addAction(QCoreApplication.translate("LibraryActions", "Edit details…"), lambda: self.edit_child(ident))
            menu.addAction(QCoreApplication.translate("LibraryActions", "Import photos…"), self.choose_photos)
            menu.addSeparator()
            menu.addAction(QCoreApplication.translate("LibraryActions", "Delete child…"), lambda: self.delete_child(ident))
        return menu

    def _tree_menu(self: MainWindow, pos: QPoint) -> None:  # type: ignore[misc]
        index = self.tree.indexAt(pos)
        if not index.isValid():
            return
        self.tree.setCurrentIndex(index)
        menu = self.build_tree_menu(index.data(self.ROLE_KIND), int(index.data(self.ROLE_ID)))
        menu.exec(self.tree.viewport().mapToGlobal(pos))
