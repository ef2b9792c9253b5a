"""When something goes wrong: a defect is reported in a short dialog (details in the log) and
the suite keeps running; a refusal (SuiteError) is explained; a broken page stays contained;
a lost PostgreSQL connection shows in the status bar and comes back by itself."""

from __future__ import annotations

import logging
import os
import socket
import threading

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from suite.plugin_api.errors import ValidationError
from tests.ui.conftest import settle, top_levels


@pytest.fixture
def excepthook(runtime, tmp_path):
    """The suite's exception hook, writing to a log file of the test."""
    from suite.logs import setup_logging
    from suite.ui.errors import install_excepthook

    log_path = setup_logging(tmp_path / "logs" / "suite.log")
    uninstall = install_excepthook(log_path)
    yield log_path
    uninstall()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_suite", False):
            root.removeHandler(handler)
            handler.close()
    import suite.logs

    suite.logs._configured = None


def _flush_logs():
    for handler in logging.getLogger().handlers:
        handler.flush()


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_exception_in_a_slot_shows_the_error_dialog_and_the_suite_keeps_going(excepthook, qtbot):
    from suite.ui.errors import ErrorDialog

    calls = []

    def broken():
        raise ZeroDivisionError("the till does not add up")

    boom = QPushButton("boom")
    fine = QPushButton("fine")
    qtbot.addWidget(boom)
    qtbot.addWidget(fine)
    boom.clicked.connect(broken)
    fine.clicked.connect(lambda: calls.append("fine"))
    boom.click()
    dialogs = top_levels(ErrorDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert "ZeroDivisionError: the till does not add up" in dialog.what.text()
    assert "Nothing you had already saved was lost" in dialog.safe.text()
    assert str(excepthook) in dialog.where.text()
    _flush_logs()
    logged = excepthook.read_text(encoding="utf-8")
    assert "Traceback" in logged and "the till does not add up" in logged and "def broken" not in logged
    assert "in broken" in logged
    # a second failure while the dialog is open does not stack another dialog
    boom.click()
    assert len(top_levels(ErrorDialog)) == 1
    assert "2 times" in dialog.repeats.text()
    # the suite keeps going
    fine.click()
    assert calls == ["fine"]
    dialog.close()


@pytest.mark.qt_no_exception_capture
def test_a_refusal_is_explained_not_reported_as_a_crash(excepthook, qtbot):
    from suite.ui.errors import ErrorDialog

    def refuse():
        raise ValidationError(fields={"quantity": "Quantity must be greater than zero."})

    button = QPushButton("save")
    qtbot.addWidget(button)
    button.clicked.connect(refuse)
    button.click()
    assert not top_levels(ErrorDialog)
    boxes = [b for b in top_levels(QMessageBox) if b.objectName() == "suiteMessage"]
    assert len(boxes) == 1
    assert boxes[0].windowTitle() == "Please check your input"
    assert boxes[0].text() == "Quantity must be greater than zero."
    boxes[0].close()
    _flush_logs()
    assert "Traceback" not in excepthook.read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_failures_on_worker_threads_reach_the_gui_thread(excepthook, qtbot):
    from suite.ui.errors import ErrorDialog
    from suite.ui.tasks import call_in_thread

    def work():
        raise KeyError("route 7")

    call_in_thread(work)  # no on_error: reported
    qtbot.waitUntil(lambda: bool(top_levels(ErrorDialog)), timeout=5000)
    dialog = top_levels(ErrorDialog)[0]
    assert "KeyError" in dialog.what.text()
    dialog.close()
    # a plain thread's exception as well
    thread = threading.Thread(target=lambda: 1 / 0)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(top_levels(ErrorDialog)), timeout=5000)
    assert "ZeroDivisionError" in top_levels(ErrorDialog)[0].what.text()
    top_levels(ErrorDialog)[0].close()


def test_a_page_whose_factory_raises_is_contained(owner_window, qtbot, monkeypatch):
    from suite.plugin_api.records import Page
    from suite.ui.main_window import PageError

    owner_window.records["bad.page"] = Page("bad.page", "Bad page", "tests.ui.no_such_module:Page")
    widget = owner_window.open_page("bad.page")
    assert isinstance(widget, PageError)
    assert owner_window.current_page_id() == "bad.page"
    assert "ModuleNotFoundError" in " ".join(l.text() for l in widget.findChildren(type(owner_window.title)))
    # the rest works
    assert type(owner_window.open_page("core.company")).__name__ == "CompanyPage"


# ---------------------------------------------------------------------------- the connection


class Proxy:
    """A TCP forwarder to PostgreSQL that can be cut and restored (the network cable)."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.listener.listen(16)
        self.up = True
        self.sockets: list[socket.socket] = []
        self.stopped = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.stopped:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.up:
                client.close()
                continue
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            self.sockets += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(a: socket.socket, b: socket.socket) -> None:
        try:
            while data := a.recv(65536):
                b.sendall(data)
        except OSError:
            pass
        finally:
            for s in (a, b):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def cut(self) -> None:
        self.up = False
        for s in self.sockets:
            try:
                s.shutdown(socket.SHUT_RDWR)
                s.close()
            except OSError:
                pass
        self.sockets.clear()

    def restore(self) -> None:
        self.up = True

    def close(self) -> None:
        self.stopped = True
        self.cut()
        self.listener.close()


def test_a_lost_postgresql_connection_shows_and_comes_back(request, qtbot, qapp):
    from sqlalchemy.engine import make_url

    from suite.db.engine import open_database
    from suite.plugin_api.testing import postgres_url
    from suite.ui.status import ConnectionMonitor

    url = postgres_url(request.config) or os.environ.get("SUITE_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("SUITE_TEST_POSTGRES_URL is not set")
    parsed = make_url(url)
    proxy = Proxy((parsed.host or "127.0.0.1", parsed.port or 5432))
    db = open_database(parsed.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False))
    try:
        monitor = ConnectionMonitor(db, interval_ms=100_000)
        qtbot.addWidget(monitor.label)
        states = []
        monitor.changed.connect(states.append)
        monitor.check_now()
        qtbot.waitUntil(lambda: not monitor.in_flight, timeout=10_000)
        assert monitor.state == "ok" and "Connected" in monitor.label.text()

        proxy.cut()
        monitor.check_now()
        qtbot.waitUntil(lambda: monitor.state == "lost", timeout=15_000)
        assert "Connection lost" in monitor.label.text()
        assert monitor.label.property("state") == "lost"

        proxy.restore()
        monitor.check_now()
        qtbot.waitUntil(lambda: monitor.state == "reconnected", timeout=15_000)
        assert "Reconnected" in monitor.label.text()
        assert states == ["lost", "reconnected"]
        # and the database works again through the same engine (pool_pre_ping)
        assert db.ping()
        monitor.stop()
        settle(qtbot)
    finally:
        db.dispose()
        proxy.close()
