"""The Help menu's guides: keyboard shortcuts, and making your first book.

The words live in ``assets/help/*.md`` (data, not code), shown as Markdown
in a QTextBrowser, so they can be improved without touching the program.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lifebook.resources import assets_dir
from lifebook.ui import style
from lifebook.ui.tips import explain_buttons

GUIDES = {
    "keyboard-shortcuts": str(QT_TRANSLATE_NOOP("help", "Keyboard shortcuts")),
    "making-your-first-book": str(QT_TRANSLATE_NOOP("help", "Making your first book")),
}


def guide_text(name: str) -> str:
    return (assets_dir() / "help" / f"{name}.md").read_text(encoding="utf-8")


class HelpDialog(QDialog):
    """One guide, readable and scrollable; not modal, so it can stay open beside the work."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("help", GUIDES[name]))
        self.resize(640, 620)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(QCoreApplication.translate("help", "The guide"))
        self.browser.setToolTip(QCoreApplication.translate("help", "Scroll with the arrow keys or Page Down; Esc closes the guide"))
        self.browser.setMarkdown(guide_text(name))
        self.browser.document().setDocumentMargin(18)
        soften_headings(self.browser.document())
        self.browser.setStyleSheet("QTextBrowser { background: white; color: #2E2A28; border: none; "
                                   f"{style.font_size(11)}; }}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        explain_buttons(buttons)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)


HEADING_SIZES = {1: 18.0, 2: 13.5, 3: 12.0}


def soften_headings(document: QTextDocument) -> None:
    """Markdown headings at a calm size, in the app's teal (Qt's defaults shout)."""
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setFontPointSize(HEADING_SIZES.get(level, 12.0))
            fmt.setForeground(QColor(style.INK if level == 1 else style.TEAL))
            cursor.mergeCharFormat(fmt)
            spacing = QTextBlockFormat()
            spacing.setTopMargin(14 if level > 1 else 0)
            spacing.setBottomMargin(6)
            cursor.mergeBlockFormat(spacing)
        block = block.next()


def show_guide(name: str, parent: QWidget | None = None) -> HelpDialog:
    dialog = HelpDialog(name, parent)
    dialog.show()
    dialog.raise_()
    return dialog


def add_help_actions(menu: QMenu, parent: QWidget) -> list[QAction]:
    """Put the guides at the top of a Help menu; returns their actions."""
    actions = []
    first = menu.actions()[0] if menu.actions() else None
    for name, source in GUIDES.items():
        title = QCoreApplication.translate("help", source)
        action = QAction(QCoreApplication.translate("help", "&{title}…").format(title=title), parent)
        action.setToolTip(QCoreApplication.translate("help", "Open the guide: {title}").format(title=title))
        action.triggered.connect(lambda _checked=False, n=name: show_guide(n, parent))
        if first is not None:
            menu.insertAction(first, action)
        else:
            menu.addAction(action)
        actions.append(action)
    if first is not None:
        menu.insertSeparator(first)
    return actions
