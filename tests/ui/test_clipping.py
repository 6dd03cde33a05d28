"""Nothing is clipped at 1366 x 768, even when every string is 40% longer.

Under the pseudo-translator, every visible button, check box, radio button and
one-line label in the main window (each view) and in every window the menus
open must be at least as wide as it asks to be, unless it shows an elided text
("…") with the whole text in its tooltip. A wrapped label must be tall enough
for its lines, and each column heading must fit its column (or the column sizes
itself to its heading). tools/shots.py saves the same views as pictures.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QToolButton,
    QWidget,
)

from tests.ui.chrome_walk import open_sample, visible_widgets
from tests.ui.menu_dialogs import (
    MENU_DIALOGS,
    OTHER_NEEDS_BOOK,
    close_all,
    open_menu_dialog,
    open_with,
    other_dialogs,
    plain,
)


def where(w: QWidget) -> str:
    owner = w.parentWidget()
    while owner is not None and type(owner).__module__.startswith("PySide6"):
        owner = owner.parentWidget()
    text = w.text() if isinstance(w, QAbstractButton | QLabel) else ""
    return f"{type(w).__name__} {w.objectName()!r} {text!r} in {type(owner).__name__}"


def elided_with_tip(w: QWidget, text: str) -> bool:
    """Shortened with "…", and the tooltip holds the words it starts with (and the rest)."""
    head = text.replace("&", "").split("…")[0]
    return "…" in text and bool(head) and head in w.toolTip().replace("&", "")


def clipped(root: QWidget) -> list[str]:
    """Each visible control under root whose words do not fit it."""
    problems = []
    for w in visible_widgets(root):
        if w.objectName().startswith("qt_") or w.width() <= 0:
            continue
        if isinstance(w, QPushButton | QToolButton | QCheckBox | QRadioButton):
            text = w.text()
            if text and w.sizeHint().width() > w.width() and not elided_with_tip(w, text) \
                    and not (isinstance(w, QToolButton) and plain(text) in plain(w.toolTip())):  # Qt elides those
                problems.append(f"{where(w)}: {w.width()} wide, needs {w.sizeHint().width()}")
        elif isinstance(w, QLabel) and w.pixmap().isNull() and w.text():
            if not w.wordWrap():
                if w.sizeHint().width() > w.width() and not elided_with_tip(w, w.text()):
                    problems.append(f"{where(w)}: {w.width()} wide, needs {w.sizeHint().width()}")
            elif w.heightForWidth(w.width()) - w.height() > w.fontMetrics().lineSpacing() // 2:  # a line lost
                problems.append(f"{where(w)}: {w.height()} high, needs {w.heightForWidth(w.width())}")
        elif isinstance(w, QAbstractItemView):
            problems += clipped_headings(w)
    return problems


def clipped_headings(view: QAbstractItemView) -> list[str]:
    header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
    head = header() if header is not None else None
    model = view.model()
    if not isinstance(head, QHeaderView) or head.isHidden() or model is None:
        return []
    problems = []
    for col in range(model.columnCount()):
        if head.isSectionHidden(col) or head.sectionResizeMode(col) == QHeaderView.ResizeMode.ResizeToContents:
            continue
        text = model.headerData(col, head.orientation())
        if not isinstance(text, str) or not text:
            continue
        needed = head.sectionSizeHint(col)  # the heading's words, margins and any sort arrow
        if needed > head.sectionSize(col):
            problems.append(f"column {text!r} of {where(view)}: {head.sectionSize(col)} wide, needs {needed}")
    return problems


def test_the_check_finds_a_clipped_button_and_heading(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTreeView, QVBoxLayout

    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    narrow = QPushButton("Caseload and deadlines…")
    narrow.setFixedWidth(60)
    elided = QPushButton("Insert a da…")
    elided.setToolTip("Insert a date from the chronology")
    elided.setFixedWidth(40)
    tree = QTreeView()
    model = QStandardItemModel(0, 2, tree)
    model.setHorizontalHeaderLabels(["A heading much longer than its column", "B"])
    tree.setModel(model)
    tree.header().resizeSection(0, 40)
    for w in (narrow, elided, tree):
        layout.addWidget(w)
    holder.show()
    qtbot.waitExposed(holder)
    found = clipped(holder)
    assert any("Caseload and deadlines" in line for line in found)
    assert any("A heading much longer" in line for line in found)
    assert not any("Insert a da" in line for line in found), "an elided text with its tooltip is not clipped"


def test_nothing_is_clipped_in_the_window(qtbot, demo_copy, pseudo_translated) -> None:  # type: ignore[no-untyped-def]
    from lifebook.model.enums import BookKind
    from lifebook.services import books

    library, demo = demo_copy
    letter = books.new_book(library, demo.child.id, BookKind.LATER_LIFE_LETTER)
    story = books.new_book(library, demo.child.id, BookKind.WORDS_AND_PICTURES)
    window = open_sample(qtbot, library, demo)
    problems = []
    tabs = window.child_page.tabs
    for index in range(tabs.count()):  # books and photos, chronology, people
        tabs.setCurrentIndex(index)
        qtbot.wait(20)
        problems += [f"child's page, tab {index}: {line}" for line in clipped(window)]
    for name, book_id in (("life story book", demo.book.id), ("letter", letter.id), ("words and pictures", story.id)):
        window.refresh(("book", book_id))
        for index in range(window.left_tabs.count()):
            window.left_tabs.setCurrentIndex(index)
            qtbot.wait(20)
            problems += [f"{name}, left tab {index}: {line}" for line in clipped(window)]
        window.left_tabs.setCurrentIndex(0)
    assert not problems, "clipped at 1366 x 768 under pseudo-translation:\n" + "\n".join(sorted(set(problems)))


def test_nothing_is_clipped_in_the_dialogs(qtbot, demo_copy, pseudo_translated) -> None:  # type: ignore[no-untyped-def]
    library, demo = demo_copy
    window = open_sample(qtbot, library, demo)
    problems = []
    for text in MENU_DIALOGS:
        opened = open_menu_dialog(window, demo, text)
        assert opened.windows, f"{text}: no window opened (asked: {opened.asked})"
        for w in opened.windows:
            problems += [f"{text}: {line}" for line in clipped(w)]
        close_all(opened)
    for text, opener in other_dialogs(window, demo).items():
        window.refresh(("book", demo.book.id) if text in OTHER_NEEDS_BOOK else ("child", demo.child.id))
        opened = open_with(opener)
        assert opened.windows, f"{text}: no window opened"
        for w in opened.windows:
            problems += [f"{text}: {line}" for line in clipped(w)]
        close_all(opened)
    assert not problems, "clipped at 1366 x 768 under pseudo-translation:\n" + "\n".join(sorted(set(problems)))
