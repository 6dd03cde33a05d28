from __future__ import annotations

from pathlib import Path

import pytest

from lifebook.store.db import Library
from lifebook.ui.jobs import InlineJobRunner
from lifebook.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, library: Library) -> MainWindow:
    win = MainWindow(library, InlineJobRunner())
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """The sample library, made once per run; tests get their own copy of it."""
    from lifebook.services.demo import create_demo

    folder = tmp_path_factory.mktemp("demo-template")
    lib = Library.open(folder / "library.sqlite3")
    result = create_demo(lib)
    lib.close()  # the last connection checkpoints the WAL, so the files can be copied
    return folder, result


@pytest.fixture
def demo_copy(tmp_path: Path, _demo_template: tuple[Path, dict]):
    """(library, demo result) on a private copy of the sample library."""
    import shutil

    source, result = _demo_template
    target = tmp_path / "demo"
    shutil.copytree(source, target)
    lib = Library.open(target / "library.sqlite3")
    yield lib, result
    lib.close()


@pytest.fixture
def doc(demo_copy):  # type: ignore[no-untyped-def]
    """The sample life story book, opened as the editor opens it, on a private copy."""
    from lifebook.ui.editor.document import BookDocument

    lib, result = demo_copy
    return BookDocument(lib, result.book.id)


@pytest.fixture
def active_editor(qtbot, demo_copy):  # type: ignore[no-untyped-def]
    """The sample book in an editor at 1366 x 768, shown and holding the keyboard."""
    from lifebook.ui.editor.editor import BookEditor

    library, demo = demo_copy
    widget = BookEditor(library, demo.book.id, runner=InlineJobRunner())
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def wp_editor(qtbot, library: Library):  # type: ignore[no-untyped-def]
    """The editor on a new Words and Pictures book for Ava (born 1 May 2020), at 1366 x 768."""
    from datetime import date

    from lifebook.model.enums import BookKind
    from lifebook.services import books, children
    from lifebook.ui.editor.editor import BookEditor

    child = children.add_child(library, "Ava", date_of_birth=date(2020, 5, 1))
    book = books.new_book(library, child.id, BookKind.WORDS_AND_PICTURES)
    widget = BookEditor(library, book.id, runner=InlineJobRunner())
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


@pytest.fixture
def jo(editor):  # type: ignore[no-untyped-def]
    """Jo, a second person with the test's editor's library file open (its own ``editor``)."""
    other = Library.open(editor.doc.library.db_path)
    other.actor = "Jo"
    yield other
    other.close()


@pytest.fixture
def pseudo_translated(qapp):  # type: ignore[no-untyped-def]
    """Every string 40% longer and bracketed (tests/ui/menu_dialogs.py), with the window's style sheet."""
    from lifebook import i18n as core_i18n
    from lifebook.ui.i18n import use_qt_for_services
    from lifebook.ui.style import STYLESHEET
    from tests.ui.menu_dialogs import PseudoTranslator

    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    use_qt_for_services()  # the services' sentences too, as install_translators does at start-up
    qapp.setStyleSheet(STYLESHEET)  # the fonts and paddings the window really has
    yield translator
    qapp.setStyleSheet("")
    qapp.removeTranslator(translator)
    core_i18n.set_translator(None)
