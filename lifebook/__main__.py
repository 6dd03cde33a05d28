"""``python -m lifebook``: the same as the ``lifebook`` command.

The guard matters: PDF export makes print images in worker processes
started with "spawn", which import ``__main__`` again; without it each
worker would start another Lifebook.
"""

import multiprocessing

from lifebook.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # for the frozen (PyInstaller) app
    raise SystemExit(main())
