"""Running a function off the GUI thread and getting its result back on the GUI thread.

The shell uses it for work that must never freeze the window: the database upgrade at
start-up, dashboard cards, global search, the connection ping, backups.

``call_in_thread(fn, on_done, on_error, owner=widget)`` runs ``fn()`` on Qt's global thread
pool; ``on_done(result)`` or ``on_error(exception)`` runs later on the GUI thread, unless
*owner* was destroyed meanwhile (then nothing is called). ``wait_all()`` lets tests and
shutdown wait until every started call has finished.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("suite.ui")

_running: set["_Call"] = set()
_lock = threading.Lock()


class _Call(QObject):
    finished = Signal(bool, object)

    def __init__(self, fn: Callable[[], Any], on_done, on_error, owner: QObject | None) -> None:
        super().__init__()
        self.fn = fn
        self.on_done = on_done
        self.on_error = on_error
        self.owner = owner
        self.cancelled = False
        self.finished.connect(self._deliver)

    def cancel(self) -> None:
        """Drop the result when it arrives (the work itself runs to its end)."""
        self.cancelled = True

    def _deliver(self, ok: bool, value: object) -> None:
        with _lock:
            _running.discard(self)
        if self.cancelled or (self.owner is not None and not shiboken6.isValid(self.owner)):
            return
        if ok:
            if self.on_done is not None:
                self.on_done(value)
        elif self.on_error is not None:
            self.on_error(value)
        else:
            from suite.ui.errors import report_exception

            report_exception(value)


class _Runnable(QRunnable):
    def __init__(self, call: _Call) -> None:
        super().__init__()
        self.call = call

    def run(self) -> None:  # runs on a pool thread
        try:
            result = self.call.fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self._deliver(False, exc)
        else:
            self._deliver(True, result)

    def _deliver(self, ok: bool, value: object) -> None:
        try:
            self.call.finished.emit(ok, value)
        except RuntimeError:  # the application is shutting down: nobody waits for it
            with _lock:
                _running.discard(self.call)


def call_in_thread(fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
                   on_error: Callable[[BaseException], None] | None = None, *,
                   owner: QObject | None = None) -> _Call:
    call = _Call(fn, on_done, on_error, owner)
    with _lock:
        _running.add(call)
    QThreadPool.globalInstance().start(_Runnable(call))
    return call


def pending() -> int:
    with _lock:
        return len(_running)


def wait_all(timeout_ms: int = 30_000) -> bool:
    """Wait for the pool's threads, then deliver their results (tests, shutdown)."""
    from PySide6.QtCore import QCoreApplication

    done = QThreadPool.globalInstance().waitForDone(timeout_ms)
    QCoreApplication.processEvents()
    return done
