"""Every window the menus open (and those that buttons open): each control named and
explained, each reached with Tab, and Escape closes the dialog without changing anything.

The dialogs are opened through their menu items, as a user opens them
(tests/ui/menu_dialogs.py shows them without blocking).
"""

from __future__ import annotations

from tests.ui.chrome_walk import open_sample
from tests.ui.menu_dialogs import (
    MENU_DIALOGS,
    MENU_NO_DIALOG,
    OTHER_NEEDS_BOOK,
    close_all,
    open_menu_dialog,
    open_with,
    other_dialogs,
    plain,
)
from tests.ui.test_accessibility import unnamed_or_untipped


def each_window(window, demo):  # type: ignore[no-untyped-def]
    """(name, opened) for every menu dialog and every button-opened dialog, one at a time."""
    for text in MENU_DIALOGS:
        opened = open_menu_dialog(window, demo, text)
        try:
            yield text, opened
        finally:
            close_all(opened)
    for text, opener in other_dialogs(window, demo).items():
        window.refresh(("book", demo.book.id) if text in OTHER_NEEDS_BOOK else ("child", demo.child.id))
        opened = open_with(opener)
        try:
            yield text, opened
        finally:
            close_all(opened)


def test_every_menu_item_is_known_to_open_a_dialog_or_not(qtbot, demo_copy) -> None:  # type: ignore[no-untyped-def]
    """A new menu item is walked by these tests once it is listed in tests/ui/menu_dialogs.py."""
    from tests.ui.chrome_walk import menu_actions

    library, demo = demo_copy
    window = open_sample(qtbot, library, demo)
    window.refresh(("book", demo.book.id))
    known = set(MENU_DIALOGS) | MENU_NO_DIALOG
    unknown = sorted({plain(act.text()) for where, act in menu_actions(window)
                      if where != "menu bar" and act.text() and plain(act.text()) not in known})
    assert not unknown, f"add to MENU_DIALOGS or MENU_NO_DIALOG in tests/ui/menu_dialogs.py: {unknown}"


def test_every_window_the_menus_open_names_and_explains_each_control(qtbot, demo_copy) -> None:  # type: ignore[no-untyped-def]
    library, demo = demo_copy
    window = open_sample(qtbot, library, demo)
    problems = []
    for text, opened in each_window(window, demo):
        assert opened.windows, f"{text}: opened no window (asked: {opened.asked})"
        for w in opened.windows:
            problems += [f"{text}: {line}" for line in unnamed_or_untipped(w)]
    assert not problems, "\n".join(sorted(set(problems)))
