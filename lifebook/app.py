"""Start the Lifebook window: wires the UI to a library.

The window appears before the database layer is even imported (see
lifebook/ui/startup.py): only Qt is imported at the top of this module.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

from lifebook.cli.output import EXIT_ERROR
from lifebook.store.paths import ENV_VAR, is_server_url, resolve_library_path
from lifebook.ui import error_handler
from lifebook.ui.i18n import install_translators
from lifebook.ui.startup import ModuleLoader, StartingWindow, app_icon
from lifebook.ui.style import apply_style

if TYPE_CHECKING:
    from lifebook.services.recovery import RecoveredTyping
    from lifebook.store.db import Library
    from lifebook.ui.main_window import MainWindow


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName("Lifebook")
    app.setOrganizationName("Lifebook")
    app.setApplicationDisplayName("Lifebook")
    apply_style(app)  # sized to the user's font, light or dark as the system is
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("org.lifebook.Lifebook")  # matches packaging/linux/*.desktop
    if existing is None:  # once per process: the window's words, and the book templates' language
        install_translators(app)
        error_handler.install()  # an error no handler caught is shown, not lost on a terminal
        os.environ.setdefault("LIFEBOOK_LOCALE", QLocale.system().name())  # layout/templates.py
    return app


def run_app(library_path: str | None = None) -> int:
    app = make_application()
    location = library_path or os.environ.get(ENV_VAR)
    starting = StartingWindow()
    loader = ModuleLoader(parent=starting)
    outcome: dict[str, object] = {}

    def open_window(_problem: str) -> None:
        try:
            from lifebook.services.preferences import act_as_preferred_name
            from lifebook.store.db import Library, LibraryError
            from lifebook.ui.main_window import MainWindow
        except Exception as exc:  # a damaged installation: say so rather than wait forever
            starting.hide()
            QMessageBox.critical(None, QCoreApplication.translate("App", "Lifebook could not start"),
                                 QCoreApplication.translate("App", "Part of Lifebook is missing or damaged ({problem}). "
                                                                   "Please reinstall Lifebook.").format(problem=exc))
            app.exit(EXIT_ERROR)
            return
        try:
            if is_server_url(location):  # a team library on PostgreSQL
                library = Library.open_server(str(location))
            else:
                library = Library.open(resolve_library_path(library_path), read_only_if_damaged=True)
            act_as_preferred_name(library)  # the audit log's "who"
        except LibraryError as exc:
            starting.hide()
            QMessageBox.critical(None, QCoreApplication.translate("App", "Lifebook cannot open its library"), str(exc))
            app.exit(EXIT_ERROR)
            return
        window = MainWindow(library)
        outcome["window"] = window  # kept alive until the event loop ends
        starting.hand_over(window)
        announce_recovered_typing(window, library)
        _warm_up_in_background()

    starting.painted.connect(loader.start)  # import only once the window is on screen
    loader.loaded.connect(open_window, Qt.ConnectionType.QueuedConnection)  # on the UI thread
    starting.show()
    code = app.exec()
    QThreadPool.globalInstance().waitForDone(5000)  # let background jobs finish before exit
    return code


def announce_recovered_typing(window: MainWindow, library: Library) -> RecoveredTyping | None:
    """Put back words typed just before Lifebook last stopped unexpectedly, and say so."""
    from lifebook.services.recovery import recover_typing

    recovered = recover_typing(library)
    if recovered is not None and recovered.kept_as_comment:
        window.statusBar().showMessage(QCoreApplication.translate(
            "App", "The words you were typing on page {number} when Lifebook last closed "
            "unexpectedly are kept as a comment on that page: the page was changed since, so "
            "they were not put back over the changes.").format(number=recovered.page_number), 30000)
    elif recovered is not None:
        window.statusBar().showMessage(QCoreApplication.translate(
            "App", "Lifebook put back the words you were typing on page {number} "
            "when it last closed unexpectedly. Undo is not needed: nothing else changed.").format(
                number=recovered.page_number), 20000)
    return recovered


def _warm_up_in_background() -> None:
    """Parse the bundled fonts and templates while the user looks at the library.

    The first page layout otherwise pays for it (about 0.1 s per book kind)
    on the UI thread, just as a book opens.
    """

    def warm() -> None:
        from lifebook.layout import fonts
        from lifebook.layout.styles import load_styles
        from lifebook.layout.templates import page_templates

        load_styles()
        page_templates()
        for face in fonts.face_names():
            fonts.string_width("Aa", face, 12)

    threading.Thread(target=warm, name="lifebook-warm-up", daemon=True).start()


def run_review(library: Library, book_id: int, carer: str = "") -> int:
    """``lifebook review BOOK_ID``: only the calm reading view, full screen, until it closes."""
    from lifebook.ui.review.window import open_review

    app = make_application()
    window = open_review(library, book_id, carer=carer)
    window.destroyed.connect(app.quit)
    code = app.exec()
    QThreadPool.globalInstance().waitForDone(5000)
    return code
