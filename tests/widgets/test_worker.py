"""run_in_worker: results and errors on the GUI thread, progress, the delayed progress dialog,
and Cancel stopping the function without delivering a result."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from suite.plugin_api.errors import UserError
from suite.plugin_api.ui import Cancelled, ProgressDialog, run_in_worker


@pytest.fixture
def owner(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    return w


def test_result_arrives_on_the_gui_thread(qtbot, owner):
    seen = {}

    def work(job, a, b):
        seen["worker"] = threading.current_thread()
        return a + b

    def done(result):
        seen["result"] = result
        seen["delivered_on"] = threading.current_thread()

    handle = run_in_worker(owner, work, 2, 3, on_result=done, show_progress=False)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 5
    assert seen["worker"] is not threading.main_thread()
    assert seen["delivered_on"] is threading.main_thread()
    assert handle.outcome == "result" and not handle.running


def test_errors_arrive_on_the_gui_thread(qtbot, owner):
    errors = []

    def work(job):
        raise UserError("The printer is out of paper.")

    handle = run_in_worker(owner, work, on_error=lambda exc: errors.append((exc, threading.current_thread())),
                           show_progress=False)
    assert handle.wait()
    assert str(errors[0][0]) == "The printer is out of paper."
    assert errors[0][1] is threading.main_thread()
    assert handle.outcome == "error"


def test_cancel_stops_the_function_and_delivers_no_result(qtbot, owner):
    steps = []
    results, cancels = [], []
    started = threading.Event()

    def work(job):
        started.set()
        for i in range(10_000):
            if job.cancelled:
                return "partial"  # returned after a cancel: must not be delivered
            steps.append(i)
            job.progress(i, 10_000, f"step {i}")
            time.sleep(0.002)
        return "complete"

    handle = run_in_worker(owner, work, on_result=results.append, on_cancel=lambda: cancels.append(1),
                           title="Counting buckets", delay_ms=50)
    assert started.wait(5)
    qtbot.waitUntil(lambda: handle.dialog is not None and handle.dialog.isVisible(), timeout=3000)
    dialog = handle.dialog
    assert dialog.windowModality() == Qt.WindowModality.WindowModal and dialog.windowTitle() == "Counting buckets"
    qtbot.waitUntil(lambda: dialog.bar.value() > 0, timeout=3000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert handle.wait()
    count = len(steps)
    time.sleep(0.05)
    assert len(steps) == count < 10_000  # stopped
    assert results == [] and cancels == [1]
    assert handle.outcome == "cancelled"
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_function_may_stop_with_job_check(qtbot, owner):
    results, cancels = [], []

    def work(job):
        while True:
            job.check()
            time.sleep(0.001)

    handle = run_in_worker(owner, work, on_result=results.append, on_cancel=lambda: cancels.append(1),
                           show_progress=False)
    time.sleep(0.02)
    handle.cancel()
    assert handle.wait()
    assert results == [] and cancels == [1]


def test_quick_work_shows_no_dialog_and_slow_work_does(qtbot, owner):
    quick = run_in_worker(owner, lambda job: 1, delay_ms=300)
    assert quick.wait()
    qtbot.wait(350)
    assert quick.dialog is None
    assert not [w for w in owner.findChildren(ProgressDialog) if w.isVisible()]

    release = threading.Event()
    slow = run_in_worker(owner, lambda job: release.wait(5), delay_ms=30, cancellable=False, title="Backing up")
    qtbot.waitUntil(lambda: slow.dialog is not None and slow.dialog.isVisible(), timeout=3000)
    assert slow.dialog.cancel_button.isHidden()  # not cancellable: no button
    assert slow.dialog.label.text() == "Backing up"
    qtbot.keyClick(slow.dialog, Qt.Key.Key_Escape)  # Esc does not stop uncancellable work
    assert slow.running and not slow.job.cancelled
    release.set()
    assert slow.wait()
    assert slow.outcome == "result"


def test_work_is_asked_to_stop_when_its_owner_goes_away(qtbot):
    owner = QWidget()
    stopped = threading.Event()

    def work(job):
        for _ in range(5000):
            if job.cancelled:
                stopped.set()
                return None
            time.sleep(0.001)
        return None

    handle = run_in_worker(owner, work, show_progress=False)
    assert handle.running
    owner.deleteLater()
    qtbot.waitUntil(stopped.is_set, timeout=3000)


def test_cancelled_is_the_lists_exception():
    from suite.plugin_api.lists import Cancelled as ListsCancelled

    assert Cancelled is ListsCancelled
