"""Running long work off the UI thread, with progress and cancel.

``ThreadJobRunner`` uses QThreadPool; ``InlineJobRunner`` runs the job at once
on the calling thread, so tests stay fast and deterministic (the Picard
habit). The window is given one or the other; it never creates threads itself.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance

from lifebook.services.errors import ServiceError

Progress = Callable[[int, int, str], None]
Work = Callable[[Progress, Callable[[], bool]], Any]


class Job(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._work(self._progress, self._cancel.is_set)
        except ServiceError as exc:  # an expected refusal: its message is for the user
            self._report(self.failed, str(exc))
        except Exception as exc:  # shown to the user, never swallowed
            traceback.print_exc()
            self._report(self.failed, str(exc) or exc.__class__.__name__)
        else:
            self._report(self.finished, result)

    def _progress(self, done: int, total: int, message: str) -> None:
        self._report(self.progressed, done, total, message)

    def _report(self, signal: SignalInstance, *args: object) -> None:
        """Emit, unless whoever asked for the job has gone (the window closed mid-job)."""
        try:
            signal.emit(*args)
        except RuntimeError:  # "Signal source has been deleted": nobody is listening now
            self.cancel()


class Runner(Protocol):
    """What the window is given to run jobs: ThreadJobRunner, or InlineJobRunner in tests."""

    synchronous: bool  # True when start() runs the job before it returns

    def start(self, job: Job) -> None: ...


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        self.job.run()


class ThreadJobRunner:
    synchronous = False

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()
        self._live: set[Job] = set()

    def start(self, job: Job) -> None:
        self._live.add(job)  # keep the QObject alive until it reports
        job.finished.connect(lambda _r: self._live.discard(job))
        job.failed.connect(lambda _m: self._live.discard(job))
        self.pool.start(_Runnable(job))


class InlineJobRunner:
    synchronous = True

    def start(self, job: Job) -> None:
        job.run()
