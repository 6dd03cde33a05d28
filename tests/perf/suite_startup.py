"""Start a window and report when it is first painted, then exit at once.

    python tests/perf/suite_startup.py lifebook --library L    # Lifebook's own start-up (run_app)
    python tests/perf/suite_startup.py bare --size 1280x800    # a bare PySide6 window

Prints one JSON line: ``painted_at`` (``time.time()`` when the window's
first paint pass has finished), ``import_s`` (seconds spent importing the
window's code, from process start), and the window's size. The caller
compares ``painted_at`` with when it started the process, so interpreter
start-up counts for both. Lifebook goes through ``lifebook.app.run_app``
itself, so whatever it does before showing the window is measured; an event
filter on the application spots the first paint of a top-level window and a
zero-delay timer waits for that whole paint pass (children included) to end.
Run it with ``QT_QPA_PLATFORM=offscreen``; settings and caches should point
at a scratch folder (run.py sets XDG_CONFIG_HOME and friends).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(_ROOT))


def main(argv: list[str]) -> int:
    started = time.perf_counter()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.window: QWidget | None = None

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # Qt override
            if (self.window is None and event.type() == QEvent.Type.Paint
                    and isinstance(obj, QWidget) and obj.window().isWindow()
                    and isinstance(obj.window(), QMainWindow)):
                self.window = obj.window()
                QTimer.singleShot(0, self.report)
            return False

        def report(self) -> None:
            window = self.window
            assert window is not None
            print(json.dumps({
                "painted_at": time.time(),
                "import_s": imported - started,
                "size": [window.width(), window.height()],
            }), flush=True)
            os._exit(0)  # the figure is taken: nothing after first paint is measured

    app = QApplication(sys.argv[:1])
    watch = FirstPaint()
    app.installEventFilter(watch)
    if argv[0] == "bare":
        imported = time.perf_counter()
        width, height = (int(v) for v in argv[argv.index("--size") + 1].split("x"))
        window = QMainWindow()
        window.setWindowTitle("Bare window")
        window.resize(width, height)
        window.show()
        return app.exec()
    from lifebook.app import run_app

    imported = time.perf_counter()
    return run_app(argv[argv.index("--library") + 1])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
