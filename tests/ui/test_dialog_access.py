"""Every window the menus open (and those that buttons open): each control named and
explained, each reached with Tab, and Escape closes the dialog without changing anything.

The dialogs are opened through their menu items, as a user opens them
(tests/ui/menu_dialogs.py shows them without blocking).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QRadioButton, QWidget

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
from tests.ui.test_accessibility import describe, interactive_widgets, unnamed_or_untipped


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


# --- the keyboard -------------------------------------------------------------------------


def focus_in(dialog: QWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog.raise_()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    if QApplication.focusWidget() is None or not dialog.isAncestorOf(QApplication.focusWidget()):
        dialog.focusNextChild()


def tab_reaches(dialog: QWidget, qtbot, presses: int = 90) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """The widgets that take the focus as Tab is pressed, from the dialog's first."""
    focus_in(dialog, qtbot)
    reached: list[QWidget] = []
    for _ in range(presses):
        w = QApplication.focusWidget()
        if w is not None and w not in reached:
            reached.append(w)
        qtbot.keyClick(w or dialog, Qt.Key.Key_Tab)
    return reached


def is_reached(w: QWidget, reached: list[QWidget]) -> bool:
    if any(r is w or w.isAncestorOf(r) or r.focusProxy() is w or w.focusProxy() is r for r in reached):
        return True
    if isinstance(w, QRadioButton):  # Tab goes to one button of a group; the arrows choose within it
        group = w.group()
        mates = group.buttons() if group is not None else [
            s for s in (w.parentWidget() or w).findChildren(QRadioButton) if s.parentWidget() is w.parentWidget()]
        return any(m in reached for m in mates)
    return False


def test_tab_reaches_every_control_of_every_dialog(qtbot, demo_copy) -> None:  # type: ignore[no-untyped-def]
    library, demo = demo_copy
    window = open_sample(qtbot, library, demo)
    problems = []
    for text, opened in each_window(window, demo):
        for w in opened.windows:
            if not isinstance(w, QDialog):
                continue
            reached = tab_reaches(w, qtbot)
            for control in interactive_widgets(w):
                if control.isEnabled() and not is_reached(control, reached):
                    problems.append(f"{text}: Tab never reaches {describe(control)}")
    assert not problems, "\n".join(problems)


def test_escape_closes_every_dialog_and_changes_nothing(qtbot, demo_copy) -> None:  # type: ignore[no-untyped-def]
    from lifebook.services.audit import list_audit

    library, demo = demo_copy
    window = open_sample(qtbot, library, demo)
    problems = []
    for text, opened in each_window(window, demo):
        for w in opened.windows:
            if not isinstance(w, QDialog):
                continue
            before = len(list_audit(library))
            focus_in(w, qtbot)
            qtbot.keyClick(QApplication.focusWidget() or w, Qt.Key.Key_Escape)
            if w.isVisible():
                problems.append(f"{text}: Escape left {type(w).__name__} open")
            elif w.result() != QDialog.DialogCode.Rejected:
                problems.append(f"{text}: Escape accepted {type(w).__name__}")
            if len(list_audit(library)) != before:
                problems.append(f"{text}: Escape changed the library")
    assert not problems, "\n".join(problems)


def test_the_editor_adds_a_page_takes_words_and_exports_with_keys_alone(qtbot, demo_copy, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from lifebook.render.derivatives import InlineExecutor
    from lifebook.services.content import load_book_content
    from lifebook.ui.editor.export_dialog import ExportDialog
    from tests.ui.modal_helpers import when_modal

    library, demo = demo_copy
    window = open_sample(qtbot, library, demo)
    window.refresh(("book", demo.book.id))
    editor = window.editor
    assert editor is not None
    doc, canvas = editor.doc, editor.canvas
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    canvas.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(canvas.hasFocus)

    # Ctrl+Return: the template picker, answered with Enter on the chosen layout
    pages = len(doc.pages)
    def choose_with_enter(dialog: QWidget) -> None:
        focus_in(dialog, qtbot)
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)

    seen = when_modal(choose_with_enter)
    qtbot.keyClick(canvas, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(doc.pages) == pages + 1)
    assert seen and not isinstance(seen[-1], BaseException)
    page_id = doc.selection.page_id
    assert page_id is not None and doc.index_of(page_id) > 0

    # Tab walks the new page's frames; typing on a text frame writes in it
    layout = doc.layout(page_id)
    assert layout is not None
    kinds = {box.key: box.kind for box in layout.frames}
    window.activateWindow()  # back from the picker
    qtbot.waitUntil(window.isActiveWindow)
    canvas.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(canvas.hasFocus)
    for _ in range(len(kinds)):
        qtbot.keyClick(canvas, Qt.Key.Key_Tab)
        if kinds.get(doc.selection.frame_key or "") == "text":
            break
    text_key = doc.selection.frame_key
    assert text_key and kinds[text_key] == "text", f"Tab never chose a text frame: {kinds}"
    order = [box.key for box in layout.frames]
    if order.index(text_key) > 0:  # Shift+Tab goes back a frame, Tab forward again
        qtbot.keyClick(canvas, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert doc.selection.frame_key == order[order.index(text_key) - 1]
        qtbot.keyClick(canvas, Qt.Key.Key_Tab)
        assert doc.selection.frame_key == text_key
    qtbot.keyClicks(canvas, "W")  # the first letter opens the box over the frame, and goes in it
    box = canvas.text_editor.box if canvas.text_editor is not None else None
    assert box is not None
    qtbot.waitUntil(lambda: window.focusWidget() is box)
    qtbot.keyClicks(box, "ritten with keys alone")
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    editor.flush()
    stored = next(p for p in load_book_content(library, doc.book_id).pages if p.page_id == page_id)
    assert stored.frames[text_key].text == "Written with keys alone"

    # Ctrl+E: the export dialog; type where the PDF goes, Enter exports
    qtbot.keyClick(QApplication.focusWidget() or canvas, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialogs = [d for d in editor.findChildren(ExportDialog) if d.isVisible()]
    assert dialogs, "Ctrl+E opened no export dialog"
    dialog = dialogs[-1]
    dialog.executor = InlineExecutor()  # the pictures are made in this process, as in every test
    focus_in(dialog, qtbot)
    out = tmp_path / "keys.pdf"
    for _ in range(20):  # Tab to the file name
        if QApplication.focusWidget() is dialog.path_edit:
            break
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.path_edit
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.path_edit, str(out))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(out.exists, timeout=60000)
