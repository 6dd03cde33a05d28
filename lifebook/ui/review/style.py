"""The reading view's look: soft paper colours, big rounded buttons, large friendly type."""

from __future__ import annotations

from lifebook.ui import style


def review_stylesheet() -> str:
    """The reading view's style sheet, its type sized from the user's font."""
    return f"""
QWidget#reviewWindow, QWidget#reviewScreen {{ background: #FBF3E8; }}
QWidget#reviewCard {{ background: #FFFDF9; border: 1px solid #EEDFCB; border-radius: 28px; }}
QLabel#reviewTitle {{ {style.font_size(24)}; font-weight: 600; color: {style.INK}; }}
QLabel#reviewBookTitle {{ {style.font_size(14)}; font-weight: 600; color: #8A7B6E; }}
QLabel#reviewHint {{ {style.font_size(15)}; color: #6B625C; }}
QLabel#reviewSmall {{ {style.font_size(12)}; color: #8A7B6E; }}
QLabel#reviewProblem {{ {style.font_size(12)}; color: #A8442E; }}
QLabel#reviewToast {{
    background: {style.TEAL}; color: white; {style.font_size(14)}; font-weight: 600;
    border-radius: 18px; padding: 10px 26px;
}}
QPushButton#reviewPrimary {{
    background: {style.ACCENT}; color: white; border: none; border-radius: 26px;
    {style.font_size(15)}; font-weight: 600; padding: 14px 30px; min-height: 24px;
}}
QPushButton#reviewPrimary:hover {{ background: {style.ACCENT_DARK}; }}
QPushButton#reviewPrimary:disabled {{ background: #EBCFC5; }}
QPushButton#reviewSoft {{
    background: #FFFFFF; color: #6B625C; border: 2px solid #EADBC8; border-radius: 22px;
    {style.font_size(13)}; padding: 10px 22px;
}}
QPushButton#reviewSoft:hover {{ background: #FFF4E6; }}
QPushButton#reviewPrimary:focus, QPushButton#reviewSoft:focus {{ border: 3px solid {style.TEAL}; }}
QLineEdit#childWords, QPlainTextEdit#childWords {{
    background: white; border: 2px solid #EADBC8; border-radius: 18px; padding: 10px 16px;
    {style.font_size(15)}; color: {style.INK};
}}
QLineEdit#childWords:focus, QPlainTextEdit#childWords:focus {{ border: 3px solid {style.TEAL}; }}
QToolButton#pageChoice {{
    background: white; border: 3px solid #EADBC8; border-radius: 16px; padding: 8px;
    {style.font_size(12)}; color: #6B625C;
}}
QToolButton#pageChoice:checked {{ border: 3px solid {style.ACCENT}; background: #FFF4EE; }}
"""
