"""The application's look: a calm, warm palette shared by every window."""

from __future__ import annotations

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
"""
