"""Guard against the PySide6 release that frees None/True from under Python.

PySide6 6.12.0 on Python 3.11 decrements the reference count of None on
every call that returns nothing. Painting a page makes hundreds of such
calls, so the editor died with "Fatal Python error: none_dealloc" after a
few minutes. pyproject.toml pins below it; this test fails if a PySide6
with the bug is installed again.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QImage, QPainter


class _Emitter(QObject):
    changed = Signal(int)


@pytest.mark.skipif(sys.version_info >= (3, 12),
                    reason="None and True are immortal from Python 3.12: the bug cannot crash it")
def test_painting_and_signals_do_not_leak_references_to_none(qapp) -> None:
    emitter = _Emitter()
    emitter.changed.connect(lambda _v: None)
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before_none, before_true = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        painter.save()
        painter.setPen(QColor("red"))
        painter.restore()
        emitter.changed.emit(1)
    after_none, after_true = sys.getrefcount(None), sys.getrefcount(True)
    painter.end()
    # 500 rounds of four void calls: a leaking binding loses at least 1,000 references
    assert after_none > before_none - 200, (before_none, after_none)
    assert after_true > before_true - 200, (before_true, after_true)
