"""Help > About shows the version, the library in use and the licences of what is bundled."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from lifebook import __version__
from lifebook.ui.about import AboutDialog
from tests.ui.modal_helpers import when_modal


def test_help_about_lists_the_bundled_licences(window, qtbot) -> None:
    seen: list[dict] = []

    def read(dialog) -> None:
        assert isinstance(dialog, AboutDialog)
        seen.append({"text": dialog.licences.toPlainText(),
                     "library": dialog.library_label.text(),
                     "title": dialog.windowTitle()})
        dialog.reject()

    when_modal(read)
    [about] = [a for a in window.menuBar().actions() if a.text() == "&Help"][0].menu().actions()[-1:]
    assert about.text() == "&About Lifebook"
    about.trigger()
    [shown] = seen
    assert shown["title"] == "About Lifebook"
    assert str(window.library.db_path) in shown["library"]
    for name in ("Qt 6", "LGPL-3.0", "libvips", "Andika", "SIL Open Font License"):
        assert name in shown["text"], name


def test_the_application_has_lifebook_s_icon(window) -> None:
    from lifebook.app import make_application

    app = make_application()
    assert app is QApplication.instance()
    sizes = {s.width() for s in app.windowIcon().availableSizes()}
    assert {16, 32, 256} <= sizes
    assert __version__
