"""The main window's one background job at a time: progress bar, Cancel, and busy actions.

A mixin for MainWindow, which provides ``job``, ``runner``, ``progress``,
``cancel_button`` and the actions that wait while a job runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from lifebook.ui.jobs import Job


class WindowJobs:
    job: Job | None
    runner: Any
    progress: Any
    cancel_button: Any
    import_action: Any
    demo_action: Any
    open_library_action: Any

    if TYPE_CHECKING:  # QMainWindow provides it; a stub here would hide the real one
        def statusBar(self) -> Any: ...  # noqa: N802

    def _start_job(self, title: str, work, on_done) -> None:
        if self.job is not None:
            self.statusBar().showMessage(QCoreApplication.translate("WindowJobs", "Please wait for the current task to finish."), 5000)
            return
        job = Job(work)
        self.job = job
        job.progressed.connect(self._on_progress)
        def finished(result: object) -> None:
            self._end_job()
            on_done(result)

        def failed(message: str) -> None:
            self._end_job()
            QMessageBox.warning(cast(QWidget, self), title, message)

        job.finished.connect(finished)
        job.failed.connect(failed)
        self._set_busy(True, title)
        self.runner.start(job)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{done} of {total}")
        self.statusBar().showMessage(message)

    def cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)

    def _end_job(self) -> None:
        self.job = None
        self._set_busy(False)

    def _set_busy(self, busy: bool, title: str = "") -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        for act in (self.import_action, self.demo_action, self.open_library_action):
            act.setEnabled(not busy)
        if busy:
            self.progress.setValue(0)
            self.statusBar().showMessage(title)
