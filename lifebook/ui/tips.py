"""Tooltips for the buttons every dialog has: Cancel, Close, OK, Save.

Every control has a tooltip (issue 17); a dialog's own buttons say what they do
in that dialog, and these are the words for the common ones it does not name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

_B = QDialogButtonBox.StandardButton


def standard_tips() -> dict[QDialogButtonBox.StandardButton, str]:
    return {
        _B.Cancel: QCoreApplication.translate("tips", "Close without changing anything"),
        _B.Close: QCoreApplication.translate("tips", "Close this window (Esc)"),
        _B.Ok: QCoreApplication.translate("tips", "Keep what you chose and close"),
        _B.Save: QCoreApplication.translate("tips", "Save and close"),
    }


def explain_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """Give each standard button of ``box`` that has no tooltip yet the usual words."""
    tips = standard_tips()
    for which, tip in tips.items():
        button = box.button(which)
        if button is not None and not button.toolTip():
            button.setToolTip(tip)
    return box

