"""Screenshots of the whole window, pseudo-translated, at 1366 x 768: to look for clipping.

    xvfb-run -a -s '-screen 0 1366x768x24' python tools/shots.py FOLDER

Opens a throw-away sample library under the pseudo-translator (every string 40%
longer and bracketed, tests/ui/menu_dialogs.py) and saves one PNG per view:
the child's tabs (books and photos, chronology, people), the caseload, the
book editor on the life story book, a later life letter and a words and
pictures book, and every window the menus open (and a few that buttons open).
Not a test: look at the pictures. tests/ui/test_clipping.py checks what it can.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def safe(name: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="where the PNGs go")
    parser.add_argument("--plain", action="store_true", help="without the pseudo-translator")
    args = parser.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)
    home = tempfile.mkdtemp(prefix="lifebook-shots-")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = os.path.join(home, var.lower())  # never the user's own settings

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    from lifebook.model.enums import BookKind
    from lifebook.services import books
    from lifebook.services.demo import create_demo
    from lifebook.store.db import Library
    from lifebook.ui.jobs import InlineJobRunner
    from lifebook.ui.main_window import MainWindow
    from lifebook.ui.style import apply_style
    from tests.ui.menu_dialogs import (
        MENU_DIALOGS,
        OTHER_NEEDS_BOOK,
        PseudoTranslator,
        close_all,
        open_menu_dialog,
        open_with,
        other_dialogs,
    )

    translator = PseudoTranslator()
    if not args.plain:
        from lifebook.ui.i18n import use_qt_for_services

        app.installTranslator(translator)
        use_qt_for_services()  # the services' sentences too, as the window does at start-up
    apply_style(app)
    library = Library.open(Path(home) / "library.sqlite3")
    demo = create_demo(library)
    letter = books.new_book(library, demo.child.id, BookKind.LATER_LIFE_LETTER)
    story = books.new_book(library, demo.child.id, BookKind.WORDS_AND_PICTURES)
    window = MainWindow(library, InlineJobRunner())
    window.resize(1366, 768)
    window.show()
    saved: list[str] = []

    def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        for _ in range(3):
            app.processEvents()
        path = args.folder / f"{len(saved) + 1:02d}-{safe(name)}.png"
        widget.grab().save(str(path))
        saved.append(path.name)

    window.refresh(("child", demo.child.id))
    tabs = window.child_page.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        shot(window, f"child {tabs.tabText(index)}")
    tabs.setCurrentIndex(0)
    for name, book_id in (("life story book", demo.book.id), ("later life letter", letter.id),
                          ("words and pictures", story.id)):
        window.refresh(("book", book_id))
        shot(window, f"editor {name}")
        if window.sections_panel is not None:
            window.left_tabs.setCurrentWidget(window.sections_panel)
            shot(window, f"editor {name} sections")
            window.left_tabs.setCurrentIndex(0)
    for text in MENU_DIALOGS:
        opened = open_menu_dialog(window, demo, text)
        for n, w in enumerate(opened.windows):
            shot(w, f"menu {text}" + (f" {n + 1}" if n else ""))
        if not opened.windows:
            print(f"{text}: opened no window of its own ({opened.asked})")
        close_all(opened)
    openers = other_dialogs(window, demo)
    for text, opener in openers.items():
        window.refresh(("book", demo.book.id) if text in OTHER_NEEDS_BOOK else ("child", demo.child.id))
        if text == "Chronology event":
            window.child_page.tabs.setCurrentWidget(window.chronology)
        if text == "Person":
            window.child_page.tabs.setCurrentWidget(window.child_page.people)
        opened = open_with(opener)
        for n, w in enumerate(opened.windows):
            shot(w, f"other {text}" + (f" {n + 1}" if n else ""))
        close_all(opened)
    window.close()
    library.close()
    print(f"{len(saved)} pictures in {args.folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
