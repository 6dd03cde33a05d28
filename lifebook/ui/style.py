"""The application's look: a calm, warm palette shared by every window."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

ACCENT = "#E07A5F"
ACCENT_DARK = "#C4624A"
TEAL = "#3D8C95"
INK = "#2E2A28"
SOFT_INK = "#6B625C"
PAPER = "#FFFCF6"
PANEL = "#F6F0E8"

# Text on colour keeps WCAG AA contrast (4.5:1, tests/ui/test_accessibility.py):
# ACCENT (2.9:1 under white text) is for marks and outlines; buttons use PRIMARY.
PRIMARY = "#B4513A"  # white text 5.0:1
PRIMARY_HOVER = "#A84B36"  # white text 5.6:1
TEAL_TEXT = "#2F6F77"  # on PAPER 5.6:1

# Font sizes are relative to the user's font (the system's setting), never fixed:
# BASE_POINT_SIZE is only the size they are written against.
BASE_POINT_SIZE = 10.0


@dataclass(frozen=True)
class Colours:
    """The window's colours in one mode; each (text, background) pair reads at 4.5:1 or more."""

    paper: str
    panel: str
    ink: str
    soft_ink: str
    card: str
    border: str
    selection: str
    heading: str
    badge: str
    badge_ink: str
    problems: str
    problems_border: str
    focus: str
    disabled: str  # disabled text (WCAG does not ask contrast of it)


LIGHT = Colours(paper=PAPER, panel=PANEL, ink=INK, soft_ink=SOFT_INK, card="#FFFFFF",
                border="#D9CFC4", selection="#FBE3DA", heading=TEAL_TEXT, badge="#FDF0C4",
                badge_ink="#6B4E00", problems="#FFF6F4", problems_border="#F2C9C0", focus=TEAL,
                disabled="#A39A93")
DARK = Colours(paper="#1F1B19", panel="#2A2522", ink="#F3EDE6", soft_ink="#CFC5BC", card="#2A2522",
               border="#5A514A", selection="#6B3A2C", heading="#7CC4CC", badge="#4A3B12",
               badge_ink="#FDF0C4", problems="#3A2420", problems_border="#7A4A40", focus="#7CC4CC",
               disabled="#80766F")


def text_pairs(colours: Colours) -> dict[str, tuple[str, str]]:
    """What the style sheet writes on what: name -> (text colour, background)."""
    return {
        "text on the window": (colours.ink, colours.paper),
        "text in lists and cards": (colours.ink, colours.card),
        "quieter text": (colours.soft_ink, colours.paper),
        "quieter text in cards": (colours.soft_ink, colours.card),
        "section titles": (colours.heading, colours.paper),
        "chosen list item": (colours.ink, colours.selection),
        "badge": (colours.badge_ink, colours.badge),
        "status bar": (colours.ink, colours.panel),
        "problems list": (colours.ink, colours.problems),
        "main buttons": ("#FFFFFF", PRIMARY),
        "main buttons under the pointer": ("#FFFFFF", PRIMARY_HOVER),
    }


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def base_point_size() -> float:
    """The user's font size in points (the system's, unless the app was told otherwise)."""
    size = QGuiApplication.font().pointSizeF() if QGuiApplication.instance() else -1.0
    return size if size > 0 else BASE_POINT_SIZE


def font_size(points: float, base: float | None = None) -> str:
    """A style-sheet font size: `points` at the usual 10 pt, scaled to the user's font."""
    scale = (base if base is not None else base_point_size()) / BASE_POINT_SIZE
    return f"font-size: {points * scale:.1f}pt"


def stylesheet(base: float | None = None, dark: bool = False) -> str:
    """The application style sheet for the user's font size, in light or dark mode."""
    c = DARK if dark else LIGHT
    return f"""
QMainWindow, QWidget#page {{ background: {c.paper}; color: {c.ink}; }}
QTreeView, QListView {{
    background: {c.card}; color: {c.ink}; border: 1px solid {c.border}; border-radius: 8px; padding: 4px;
    selection-background-color: {c.selection}; selection-color: {c.ink};
}}
QTreeView::item {{ padding: 5px 2px; }}
QLabel#heading {{ {font_size(20, base)}; font-weight: 600; color: {c.ink}; }}
QLabel#subheading {{ {font_size(11, base)}; color: {c.soft_ink}; }}
QLabel#sectionTitle {{ {font_size(12, base)}; font-weight: 600; color: {c.heading}; }}
QLabel#badge {{
    background: {c.badge}; color: {c.badge_ink}; border-radius: 9px; padding: 2px 10px; font-weight: 600;
}}
QFrame#card {{ background: {c.card}; color: {c.ink}; border: 1px solid {c.border}; border-radius: 12px; }}
QPushButton {{
    padding: 7px 16px; border-radius: 8px; border: 1px solid {c.border}; background: {c.card}; color: {c.ink};
}}
QPushButton:hover {{ background: {c.selection}; }}
QPushButton:disabled {{ color: {c.disabled}; }}
QPushButton#primary {{ background: {PRIMARY}; color: white; border: 1px solid {PRIMARY_HOVER}; font-weight: 600; }}
QPushButton#primary:hover {{ background: {PRIMARY_HOVER}; }}
QListWidget#problems {{ background: {c.problems}; color: {c.ink}; border: 1px solid {c.problems_border}; border-radius: 8px; }}
QStatusBar {{ background: {c.panel}; color: {c.ink}; }}
QToolButton#primaryTool {{
    background: {PRIMARY}; color: white; border-radius: 6px; padding: 4px 12px; font-weight: 600;
}}
QToolButton#primaryTool:hover {{ background: {PRIMARY_HOVER}; }}
/* the keyboard focus is always clearly visible */
QPushButton:focus, QToolButton:focus, QComboBox:focus, QLineEdit:focus, QDateEdit:focus,
QSpinBox:focus, QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {c.focus}; }}
QTreeView:focus, QListView:focus, QTextEdit:focus, QPlainTextEdit:focus,
QAbstractScrollArea:focus {{ border: 2px solid {c.focus}; }}
QCheckBox:focus, QRadioButton:focus {{ border-radius: 4px; padding: 1px; }}
"""


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
                + 0.0722 * channel(colour.blueF()))

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_palette(palette: QPalette) -> QPalette:
    """The palette, with chosen items readable (Fusion's light highlight is 3.7:1)."""
    roles = QPalette.ColorRole
    palette = QPalette(palette)
    if contrast(palette.color(roles.HighlightedText), palette.color(roles.Highlight)) < 4.5:
        dark = is_dark(palette)
        palette.setColor(roles.Highlight, QColor(DARK.heading if dark else TEAL_TEXT))
        palette.setColor(roles.HighlightedText, QColor(DARK.paper if dark else "#FFFFFF"))
    return palette


def apply_style(app: QApplication) -> None:
    """Our style sheet for the app's font and palette (light or dark mode)."""
    app.setPalette(readable_palette(app.palette()))
    app.setStyleSheet(stylesheet(dark=is_dark(app.palette())))


# the light style at the usual font size, for code that wants the text itself
STYLESHEET = stylesheet(BASE_POINT_SIZE)


def paint_item_card(painter: QPainter, card: QRect, state: QStyle.StateFlag, radius: float) -> None:
    """The rounded card behind a selected or hovered item in our picture lists."""
    if state & QStyle.StateFlag.State_Selected:
        painter.setPen(QColor(ACCENT))
        painter.setBrush(QColor("#FBE3DA"))
        painter.drawRoundedRect(card, radius, radius)
    elif state & QStyle.StateFlag.State_MouseOver:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#FFF4EE"))
        painter.drawRoundedRect(card, radius, radius)


def paint_page_thumbnail(painter: QPainter, page: QRect, pixmap: object, shadow_alpha: int) -> None:
    """A page's picture in a strip or storyboard card: a soft shadow, the picture (or a
    blank panel while it is being made) and a thin edge."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0, shadow_alpha))
    painter.drawRect(page.translated(2, 2))
    if isinstance(pixmap, QPixmap) and not pixmap.isNull():
        painter.drawPixmap(page, pixmap)
    else:
        painter.fillRect(page, QColor(PANEL))
    painter.setPen(QColor("#D9CFC4"))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(page.adjusted(0, 0, -1, -1))


def item_text_colour(state: QStyle.StateFlag, palette: QPalette) -> QColor:
    """Text on paint_item_card's card: ink on the light card, else the view's text colour."""
    if state & (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_MouseOver):
        return QColor(INK)
    return palette.color(QPalette.ColorRole.Text)
