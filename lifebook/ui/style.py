"""The application's look: a calm, warm palette shared by every window."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle

ACCENT = "#E07A5F"
ACCENT_DARK = "#C4624A"
TEAL = "#3D8C95"
INK = "#2E2A28"
SOFT_INK = "#6B625C"
PAPER = "#FFFCF6"
PANEL = "#F6F0E8"

STYLESHEET = f"""
QMainWindow, QWidget#page {{ background: {PAPER}; }}
QTreeView, QListView {{
    background: white; border: 1px solid #E6DDD2; border-radius: 8px; padding: 4px;
    selection-background-color: #FBE3DA; selection-color: {INK};
}}
QTreeView::item {{ padding: 5px 2px; }}
QLabel#heading {{ font-size: 20pt; font-weight: 600; color: {INK}; }}
QLabel#subheading {{ font-size: 11pt; color: {SOFT_INK}; }}
QLabel#sectionTitle {{ font-size: 12pt; font-weight: 600; color: {TEAL}; }}
QLabel#badge {{
    background: #FDF0C4; color: #6B4E00; border-radius: 9px; padding: 2px 10px; font-weight: 600;
}}
QFrame#card {{ background: white; border: 1px solid #E6DDD2; border-radius: 12px; }}
QPushButton {{
    padding: 7px 16px; border-radius: 8px; border: 1px solid #D9CFC4; background: white;
}}
QPushButton:hover {{ background: #FFF4EE; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT_DARK}; font-weight: 600; }}
QPushButton#primary:hover {{ background: {ACCENT_DARK}; }}
QListWidget#problems {{ background: #FFF6F4; border: 1px solid #F2C9C0; border-radius: 8px; }}
QStatusBar {{ background: {PANEL}; }}
QToolButton#primaryTool {{
    background: {ACCENT}; color: white; border-radius: 6px; padding: 4px 12px; font-weight: 600;
}}
QToolButton#primaryTool:hover {{ background: {ACCENT_DARK}; }}
/* the keyboard focus is always clearly visible */
QPushButton:focus, QToolButton:focus, QComboBox:focus, QLineEdit:focus, QDateEdit:focus,
QSpinBox:focus, QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {TEAL}; }}
QTreeView:focus, QListView:focus, QTextEdit:focus, QPlainTextEdit:focus,
QAbstractScrollArea:focus {{ border: 2px solid {TEAL}; }}
"""


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
