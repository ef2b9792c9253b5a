"""Long work off the GUI thread, with progress, a Cancel button and results on the GUI thread.

::

    def export(job, rows):
        for i, row in enumerate(rows):
            if job.cancelled:            # or job.check(), which raises Cancelled
                return None
            job.progress(i, len(rows), "Writing rows")
            ...
        return len(rows)

    handle = run_in_worker(self, export, rows, title=self.tr("Exporting"),
                           on_result=lambda n: ..., on_error=lambda exc: ...)

The function runs on Qt's global thread pool and receives a :class:`Job` first. ``on_result``,
``on_error`` and ``on_cancel`` are called on the GUI thread, and never after the *parent*
widget is gone. A window-modal progress dialog with a Cancel button appears when the work
takes longer than ``delay_ms`` (default 400 ms); cancelling sets a flag the function checks.
A cancelled function delivers no result, even if it returns one.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from suite.plugin_api.lists import Cancelled

log = logging.getLogger("suite.ui")

__all__ = ["Cancelled", "Job", "ProgressDialog", "WorkerHandle", "run_in_worker", "wait_for_workers"]

_running: set["WorkerHandle"] = set()
_lock = threading.Lock()


class Job:
    """What the worker function gets: progress reporting and the cancel flag."""

    def __init__(self, emitter: "_Emitter") -> None:
        self._emitter = emitter
        self._cancel = threading.Event()
        self._last_emit = 0.0

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int | None = None, text: str = "") -> None:
        """Report progress (at most about 20 times a second reach the GUI)."""
        now = time.monotonic()
        if total is not None and done >= total or now - self._last_emit >= 0.05:
            self._last_emit = now
            try:
                self._emitter.progressed.emit(int(done), -1 if total is None else int(total), str(text))
            except RuntimeError:  # the receiving side is gone
                pass


class _Emitter(QObject):
    progressed = Signal(object, object, str)
    succeeded = Signal(object)
    failed = Signal(object)
    stopped = Signal()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple, job: Job, emitter: _Emitter, done: threading.Event) -> None:
        super().__init__()
        self.fn, self.args, self.job, self.emitter, self.done = fn, args, job, emitter, done

    def run(self) -> None:  # on a pool thread
        try:
            try:
                result = self.fn(self.job, *self.args)
            except Cancelled:
                self.emitter.stopped.emit()
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
                if self.job.cancelled:
                    self.emitter.stopped.emit()
                else:
                    self.emitter.failed.emit(exc)
            else:
                if self.job.cancelled:
                    self.emitter.stopped.emit()
                else:
                    self.emitter.succeeded.emit(result)
        except RuntimeError:  # the emitter was deleted while the work ran (shutdown)
            pass
        finally:
            self.done.set()


class ProgressDialog(QDialog):
    """A small window-modal dialog: what is being done, a progress bar, Cancel."""

    cancelRequested = Signal()

    def __init__(self, title: str, cancellable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workerProgress")
        self.setWindowTitle(title or self.tr("Working"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, cancellable)
        self.cancellable = cancellable
        self.label = QLabel(title or self.tr("Please wait…"))
        self.label.setWordWrap(True)
        self.label.setMinimumWidth(320)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until a total is known
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.clicked.connect(self._cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)

    def set_progress(self, done: int, total: int, text: str) -> None:
        if total and total > 0:
            self.bar.setRange(0, max(1, min(total, 2**31 - 1)))
            self.bar.setValue(max(0, min(done, total)))
        if text:
            self.label.setText(text)

    def _cancel(self) -> None:
        if not self.cancellable:
            return
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancelling…"))
        self.cancelRequested.emit()

    def reject(self) -> None:  # Esc or the window's close button
        self._cancel()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.cancellable and self.isVisible() and not getattr(self, "_closing", False):
            event.ignore()
            self._cancel()
            return
        super().closeEvent(event)

    def finish(self) -> None:
        self._closing = True
        self.hide()
        self.deleteLater()


class WorkerHandle(QObject):
    """A running job: cancel it, wait for it, or listen to its signals (GUI thread)."""

    progressed = Signal(object, object, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, parent: QObject | None, title: str, cancellable: bool, show_progress: bool, delay_ms: int) -> None:
        super().__init__(parent)
        self.setObjectName("workerHandle")
        self.emitter = _Emitter()
        self.job = Job(self.emitter)
        self.title = title
        self.cancellable = cancellable
        self.done_event = threading.Event()
        self.running = True
        self.outcome: str | None = None  # "result", "error" or "cancelled"
        self.result: Any = None
        self.error: BaseException | None = None
        self.dialog: ProgressDialog | None = None
        self._last_progress: tuple[int, int, str] | None = None
        self.emitter.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.emitter.succeeded.connect(self._on_result, Qt.ConnectionType.QueuedConnection)
        self.emitter.failed.connect(self._on_error, Qt.ConnectionType.QueuedConnection)
        self.emitter.stopped.connect(self._on_cancel, Qt.ConnectionType.QueuedConnection)
        job = self.job
        self.destroyed.connect(lambda *_: job.cancel())  # the owner went away: ask the work to stop
        if show_progress:
            QTimer.singleShot(max(0, delay_ms), self, self._show_dialog)

    # ------------------------------------------------------------------ control

    def cancel(self) -> None:
        """Ask the function to stop (it checks ``job.cancelled``); no result will be delivered."""
        if self.cancellable and self.running:
            self.job.cancel()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the function has returned, then deliver its outcome (tests, shutdown)."""
        ok = self.done_event.wait(timeout_ms / 1000)
        QCoreApplication.processEvents()
        deadline = time.monotonic() + 2
        while ok and self.running and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.005)
        return ok and not self.running

    # ------------------------------------------------------------------ GUI thread

    def _show_dialog(self) -> None:
        if not self.running or self.dialog is not None:
            return
        parent = self.parent()
        window = parent.window() if isinstance(parent, QWidget) else None
        self.dialog = ProgressDialog(self.title, self.cancellable, window)
        self.dialog.cancelRequested.connect(self.cancel)
        if self._last_progress:
            self.dialog.set_progress(*self._last_progress)
        self.dialog.show()

    @Slot(object, object, str)
    def _on_progress(self, done, total, text) -> None:
        if not self.running:
            return
        self._last_progress = (done, total, text)
        if self.dialog is not None:
            self.dialog.set_progress(done, total, text)
        self.progressed.emit(done, total, text)

    @Slot(object)
    def _on_result(self, result) -> None:
        self.result, self.outcome = result, "result"
        self._end()
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _on_error(self, exc) -> None:
        self.error, self.outcome = exc, "error"
        self._end()
        self.failed.emit(exc)
        self.finished.emit()

    @Slot()
    def _on_cancel(self) -> None:
        self.outcome = "cancelled"
        self._end()
        self.cancelled.emit()
        self.finished.emit()

    def _end(self) -> None:
        self.running = False
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.finish()
        self.dialog = None
        with _lock:
            _running.discard(self)


def _report(exc: BaseException) -> None:
    try:
        from suite.ui.errors import show_error
    except ImportError:  # pragma: no cover - the shell's error dialogs are not installed
        log.error("background work failed", exc_info=exc)
        return
    show_error(None, exc)


def run_in_worker(parent: QObject | None, fn: Callable[..., Any], *args: Any, title: str = "",
                  cancellable: bool = True, on_result: Callable[[Any], None] | None = None,
                  on_error: Callable[[BaseException], None] | None = None,
                  on_cancel: Callable[[], None] | None = None, show_progress: bool = True,
                  delay_ms: int = 400) -> WorkerHandle:
    """Run ``fn(job, *args)`` on the thread pool; see the module's documentation.

    Without ``on_error`` a failure is explained to the user (a SuiteError) or reported as a
    defect (anything else). Returns the :class:`WorkerHandle`.
    """
    handle = WorkerHandle(parent, title, cancellable, show_progress, delay_ms)
    if on_result is not None:
        handle.succeeded.connect(on_result)
    handle.failed.connect(on_error if on_error is not None else _report)
    if on_cancel is not None:
        handle.cancelled.connect(on_cancel)
    with _lock:
        _running.add(handle)
    QThreadPool.globalInstance().start(_Runnable(fn, args, handle.job, handle.emitter, handle.done_event))
    return handle


def running_workers() -> int:
    with _lock:
        return len(_running)


def wait_for_workers(timeout_ms: int = 30_000) -> bool:
    """Wait until every started job has finished and delivered (tests, shutdown)."""
    deadline = time.monotonic() + timeout_ms / 1000
    QThreadPool.globalInstance().waitForDone(timeout_ms)
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        with _lock:
            alive = [h for h in _running if shiboken6.isValid(h) and h.running]
            _running.intersection_update(alive)
        if not alive:
            return True
        time.sleep(0.005)
    return False
