"""Reminders while the suite is open: a notice 15 minutes before a complaint's deadline, and
10 minutes before an inquiry's reply is due.

One watcher per logged-in user lives on the GUI thread and asks the service every half
minute (off the GUI thread) for deadlines falling due within the next 15 minutes; each one
is announced once through ``ctx.notify``. The complaints page starts it, and so does the
dashboard's deadline card, so it runs whichever page the user keeps open.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer

from suite.plugin_api import CardValue
from suite.plugin_api.ui import run_in_worker
from suite_plugins.complaints.services import cards, inquiries, queries

log = logging.getLogger("suite.complaints")

_watchers: dict[object, "ReminderWatcher"] = {}


class ReminderWatcher(QObject):
    INTERVAL_MS = 30_000

    def __init__(self, ctx, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintReminders")
        self.ctx = ctx
        self.announced: set[tuple[int, str, object]] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self._busy = False

    def check(self) -> None:
        if self._busy:
            return
        self._busy = True
        run_in_worker(self, lambda _job: queries.due_reminders(self.ctx) + inquiries.due_reminders(self.ctx),
                      show_progress=False, cancellable=False,
                      on_result=self.announce, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        log.warning("complaint reminders failed: %s", exc)

    def announce(self, reminders) -> list[str]:
        """Notify the deadlines not announced yet; returns the messages shown."""
        self._busy = False
        shown = []
        for r in reminders:
            key = (type(r).__name__, getattr(r, "complaint_id", None) or getattr(r, "inquiry_id", None),
                   getattr(r, "stage", ""), r.due)
            if key in self.announced:
                continue
            self.announced.add(key)
            text = r.message(self.ctx)
            self.ctx.notify(text, "warning")
            shown.append(text)
        return shown


def ensure_watcher(ctx) -> ReminderWatcher | None:
    """The watcher of this user (started on first call); call on the GUI thread."""
    app = QCoreApplication.instance()
    if app is None:
        return None
    key = (id(ctx.db), ctx.user.id, ctx.user.username)
    found = _watchers.get(key)
    if found is not None and shiboken6.isValid(found):
        return found
    watcher = ReminderWatcher(ctx, app)
    _watchers[key] = watcher
    watcher.check()
    return watcher


def stop_all() -> None:
    """Stop every watcher (logout, tests)."""
    for watcher in list(_watchers.values()):
        if shiboken6.isValid(watcher):
            watcher.timer.stop()
            watcher.deleteLater()
    _watchers.clear()


def deadline_card(ctx) -> CardValue:
    """The dashboard's deadline card; it also makes sure the reminders run (on the GUI thread)."""
    value = cards.deadline_card(ctx)
    app = QCoreApplication.instance()
    if app is not None:
        QTimer.singleShot(0, app, lambda: ensure_watcher(ctx))
    return value


def inquiry_card(ctx) -> CardValue:
    """The dashboard's inquiry card; it also makes sure the reminders run (on the GUI thread)."""
    value = cards.inquiry_card(ctx)
    app = QCoreApplication.instance()
    if app is not None:
        QTimer.singleShot(0, app, lambda: ensure_watcher(ctx))
    return value
