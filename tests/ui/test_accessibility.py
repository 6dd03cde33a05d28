"""Accessibility: names and tooltips, keyboard reach, visible focus, the user's
font size, and readable contrast in light and dark mode.

Screenshots of the window in Fusion light and dark are saved when
LIFEBOOK_SHOTS names a folder.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QStyleFactory,
    QTabBar,
    QTextEdit,
    QWidget,
)

from lifebook.services import children as child_service
from lifebook.ui import style
from lifebook.ui.child_dialog import ChildDialog
from lifebook.ui.editor.export_dialog import ExportDialog
from lifebook.ui.jobs import InlineJobRunner
from lifebook.ui.main_window import MainWindow
from lifebook.ui.new_book_dialog import NewBookDialog
from lifebook.ui.preferences_dialog import PreferencesDialog
from tests.ui.chrome_walk import menu_actions, open_sample, visible_widgets

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit,
               QPlainTextEdit, QSlider)


def interactive_widgets(root: QWidget) -> list[QWidget]:
    found = []
    for w in visible_widgets(root):
        if not isinstance(w, INTERACTIVE) or w.objectName().startswith("qt_"):
            continue
        parent = w.parentWidget()
        if isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar) or isinstance(w, QHeaderView):
            continue  # parts of another control
        found.append(w)
    return found


def accessible_name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def describe(w: QWidget) -> str:
    text = w.text() if isinstance(w, QAbstractButton) else accessible_name(w)
    owner = w.parentWidget()
    while owner is not None and type(owner).__module__.startswith("PySide6"):
        owner = owner.parentWidget()
    return f"{type(w).__name__} {w.objectName()!r} {text!r} in {type(owner).__name__}"


def unnamed_or_untipped(root: QWidget) -> list[str]:
    problems = []
    for w in interactive_widgets(root):
        if not accessible_name(w):
            problems.append(f"no accessible name: {describe(w)}")
        if not w.toolTip() and not w.property("lifebookNoTip"):
            problems.append(f"no tooltip: {describe(w)}")
    return problems


@pytest.fixture
def sample_window(qtbot, demo_copy) -> tuple[MainWindow, object]:  # type: ignore[no-untyped-def]
    library, demo = demo_copy
    return open_sample(qtbot, library, demo), demo


# --- names and tooltips -------------------------------------------------------------------


def test_every_control_in_the_window_has_a_name_and_a_tooltip(qtbot, sample_window) -> None:  # type: ignore[no-untyped-def]
    window, demo = sample_window
    problems = []
    tabs = window.child_page.tabs
    for index in range(tabs.count()):  # the child's overview, chronology and people
        tabs.setCurrentIndex(index)
        problems += unnamed_or_untipped(window)
    window.refresh(("book", demo.book.id))
    qtbot.wait(20)
    for index in range(window.left_tabs.count()):  # the library and the book's sections
        window.left_tabs.setCurrentIndex(index)
        problems += unnamed_or_untipped(window)
    assert not problems, "\n".join(sorted(set(problems)))


def test_the_main_dialogs_name_and_explain_every_control(qtbot, sample_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, demo = sample_window
    child = child_service.child_info_by_id(window.library, demo.child.id)
    window.refresh(("book", demo.book.id))
    assert window.editor is not None
    dialogs: list[QDialog] = [
        NewBookDialog(child, window),
        ChildDialog(window, child),
        ChildDialog(window),
        PreferencesDialog(window, path=tmp_path / "prefs.toml"),
        ExportDialog(window.editor.doc, window, runner=InlineJobRunner()),
    ]
    problems = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        problems += unnamed_or_untipped(dialog)
        dialog.close()
    assert not problems, "\n".join(sorted(set(problems)))


# --- the keyboard ------------------------------------------------------------------------


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def test_every_menu_is_opened_with_alt_and_a_letter_and_every_item_has_a_key(sample_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, demo = sample_window
    window.refresh(("book", demo.book.id))  # the editor fills the Edit, View and Page menus
    qtbot.wait(20)
    problems = []
    titles = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    for title in titles:
        if mnemonic(title) is None:
            problems.append(f"menu bar: {title!r} has no Alt+letter")
    letters = Counter(mnemonic(t) for t in titles if mnemonic(t))
    problems += [f"menu bar: Alt+{k.upper()} opens {n} menus" for k, n in letters.items() if n > 1]
    per_menu: dict[str, list[str]] = {}
    for where, act in menu_actions(window):
        if where == "menu bar" or not act.isVisible() or not act.text():
            continue
        if act.menu() is None and act.shortcut().isEmpty() and mnemonic(act.text()) is None:
            problems.append(f"{where}: {act.text()!r} has neither a shortcut nor an underlined letter")
        if mnemonic(act.text()):
            per_menu.setdefault(where, []).append(mnemonic(act.text()) or "")
    for where, keys in per_menu.items():
        problems += [f"{where}: the letter {k!r} is underlined in {n} items"
                     for k, n in Counter(keys).items() if n > 1]
    assert not problems, "\n".join(problems)


def test_tab_walks_through_the_main_controls(qtbot, sample_window) -> None:  # type: ignore[no-untyped-def]
    window, _demo = sample_window
    window.activateWindow()
    window.tree.setFocus(Qt.FocusReason.TabFocusReason)
    reached: list[QWidget] = []
    for _ in range(60):
        w = QApplication.focusWidget()
        if w is not None and w not in reached:
            reached.append(w)
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    page = window.child_page
    wanted = {
        "the children and books": window.tree,
        "Edit details": page.edit_child_button,
        "the books": page.books,
        "New book": page.new_book_button,
        "Import photos": page.import_button,
    }
    missed = [name for name, w in wanted.items() if w not in reached]
    assert not missed, f"Tab never reaches: {missed}"


def test_the_focused_control_is_clearly_marked(qtbot, qapp: QApplication) -> None:
    qapp.setStyleSheet(style.stylesheet())
    try:
        holder = QWidget()
        qtbot.addWidget(holder)
        first, second = QPushButton("First", holder), QPushButton("Second", holder)
        first.move(10, 10)
        second.move(10, 60)
        holder.resize(200, 120)
        holder.show()
        qtbot.waitExposed(holder)
        holder.activateWindow()
        second.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda: second.hasFocus())
        unfocused = first.grab().toImage()
        first.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda: first.hasFocus())
        focused = first.grab().toImage()
        focus = QColor(style.LIGHT.focus)
        ring = [focused.pixelColor(x, focused.height() // 2) for x in range(0, 4)]
        assert focused != unfocused
        assert any(abs(c.red() - focus.red()) + abs(c.green() - focus.green())
                   + abs(c.blue() - focus.blue()) < 60 for c in ring), "no focus ring in the focus colour"
    finally:
        qapp.setStyleSheet("")


# --- the user's font size -------------------------------------------------------------------


def test_text_follows_the_users_font_size(qtbot, qapp: QApplication) -> None:
    def heading_size(points: float) -> float:
        font = QFont(qapp.font())
        font.setPointSizeF(points)
        old = qapp.font()
        qapp.setFont(font)
        qapp.setStyleSheet(style.stylesheet())
        try:
            label = QLabel("Welcome")
            label.setObjectName("heading")
            qtbot.addWidget(label)
            label.ensurePolished()
            return label.font().pointSizeF()
        finally:
            qapp.setStyleSheet("")
            qapp.setFont(old)

    assert heading_size(16) == pytest.approx(heading_size(10) * 1.6, rel=0.05)


def test_no_style_sheet_fixes_a_font_size() -> None:
    ui = Path(style.__file__).parent
    fixed = [f"{p.relative_to(ui)}:{n}: {line.strip()}"
             for p in sorted(ui.rglob("*.py"))
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"font-size:\s*\d+(\.\d+)?\s*(px|pt)", line)]
    assert not fixed, "fixed font sizes ignore the user's setting; use style.font_size():\n" + "\n".join(fixed)


# --- contrast in light and dark mode ----------------------------------------------------------


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def fusion_palette(dark: bool) -> QPalette:
    """Fusion's light palette, or a dark one as the system's dark mode gives it."""
    palette = QStyleFactory.create("Fusion").standardPalette()
    if not dark:
        return palette
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, "#202124"), (roles.WindowText, "#E8EAED"),
                         (roles.Base, "#17181A"), (roles.AlternateBase, "#2A2B2E"),
                         (roles.Text, "#E8EAED"), (roles.Button, "#2D2E31"), (roles.ButtonText, "#E8EAED"),
                         (roles.Highlight, "#8AB4F8"), (roles.HighlightedText, "#202124"),
                         (roles.ToolTipBase, "#303134"), (roles.ToolTipText, "#E8EAED"),
                         (roles.PlaceholderText, "#9AA0A6"), (roles.Link, "#8AB4F8")):
        palette.setColor(role, QColor(colour))
    return palette


ROLE_PAIRS = [("WindowText", "Window"), ("Text", "Base"), ("Text", "AlternateBase"),
              ("ButtonText", "Button"), ("HighlightedText", "Highlight"), ("ToolTipText", "ToolTipBase")]


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_text_reads_at_4_5_to_1_in_light_and_dark_mode(qtbot, qapp: QApplication, sample_window, dark: bool) -> None:  # type: ignore[no-untyped-def]
    window, _demo = sample_window
    palette = style.readable_palette(fusion_palette(dark))  # as apply_style() installs it
    low = []
    for text, back in ROLE_PAIRS:
        ratio = contrast(palette.color(getattr(QPalette.ColorRole, text)),
                         palette.color(getattr(QPalette.ColorRole, back)))
        if ratio < 4.5:
            low.append(f"palette {text} on {back}: {ratio:.1f}:1")
    colours = style.DARK if dark else style.LIGHT
    assert style.is_dark(palette) == dark
    for what, (fg, bg) in style.text_pairs(colours).items():
        ratio = contrast(QColor(fg), QColor(bg))
        if ratio < 4.5:
            low.append(f"{what} ({fg} on {bg}): {ratio:.1f}:1")
    assert not low, "\n".join(low)

    old_style, old_palette = qapp.style().name(), qapp.palette()
    qapp.setStyle("Fusion")
    qapp.setPalette(fusion_palette(dark))
    style.apply_style(qapp)
    assert qapp.palette().color(QPalette.ColorRole.Highlight) == palette.color(QPalette.ColorRole.Highlight)
    try:
        window.refresh(("book", _demo.book.id))
        qtbot.wait(50)
        shots = os.environ.get("LIFEBOOK_SHOTS")
        if shots:
            window.grab().save(str(Path(shots) / f"fusion-{'dark' if dark else 'light'}.png"))
            window.refresh(("child", _demo.child.id))
            qtbot.wait(50)
            window.grab().save(str(Path(shots) / f"fusion-{'dark' if dark else 'light'}-child.png"))
    finally:
        qapp.setStyleSheet("")
        qapp.setPalette(old_palette)
        qapp.setStyle(old_style)
