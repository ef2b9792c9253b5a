"""The status bar's connection state: a cheap ping off the GUI thread every few seconds.

SQLAlchemy's ``pool_pre_ping`` replaces dead connections by itself, so once the server is
back the next ping (and every service call) simply works again; this monitor only tells the
user: "connection lost" while the server is unreachable, "reconnected" when it is back.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from suite.plugin_api.i18n import text_of

log = logging.getLogger("suite.ui")

PING_INTERVAL_MS = 10_000
RECONNECTED_SHOWN_MS = 15_000


def role_names(ctx) -> str:
    """The user's roles in the user's language (built-in roles translated)."""
    from suite.core.permissions import BUILTIN_ROLES

    names = []
    for code in ctx.user.roles:
        names.append(text_of(BUILTIN_ROLES[code]) if code in BUILTIN_ROLES else code)
    return ", ".join(names)


class ConnectionMonitor(QObject):
    """Pings the database every ``interval_ms``; ``changed(state)`` says ok / lost /
    reconnected. The label shows the state."""

    changed = Signal(str)

    def __init__(self, db, parent=None, interval_ms: int = PING_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.db = db
        self.state = "ok"
        self.in_flight = False
        self.failures = 0
        self.label = QLabel()
        self.label.setObjectName("connectionState")
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)
        self.calm = QTimer(self)
        self.calm.setSingleShot(True)
        self.calm.setInterval(RECONNECTED_SHOWN_MS)
        self.calm.timeout.connect(self._calm_down)
        self._show()

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.calm.stop()

    def check_now(self) -> None:
        """Start one ping (unless one is still running: a hung server must not pile them up)."""
        from suite.ui.tasks import call_in_thread

        if self.in_flight:
            return
        self.in_flight = True
        call_in_thread(self.db.ping, self._answer, self._error, owner=self)

    def report(self, ok: bool) -> None:
        """What another watcher learnt (the change listener losing the server)."""
        in_flight = self.in_flight  # a ping still under way stays the only one
        self._answer(ok)
        self.in_flight = in_flight

    def _error(self, exc: BaseException) -> None:
        log.warning("database ping raised %s", exc)
        self._answer(False)

    def _answer(self, ok: bool) -> None:
        self.in_flight = False
        if ok:
            self.failures = 0
            if self.state == "lost":
                log.info("database connection is back")
                self._set("reconnected")
                self.calm.start()
        else:
            self.failures += 1
            if self.state != "lost":
                log.warning("database connection lost (%s)", self.db.describe())
                self._set("lost")
                self.calm.stop()

    def _calm_down(self) -> None:
        if self.state == "reconnected":
            self._set("ok", emit=False)

    def _set(self, state: str, emit: bool = True) -> None:
        self.state = state
        self._show()
        if emit:
            self.changed.emit(state)

    def _show(self) -> None:
        texts = {
            "ok": self.tr("● Connected"),
            "lost": self.tr("● Connection lost: reconnecting…"),
            "reconnected": self.tr("● Reconnected"),
        }
        self.label.setText(texts[self.state])
        self.label.setProperty("state", self.state)
        self.label.setToolTip(self.tr("The suite checks the database connection every {n} seconds.")
                              .format(n=max(1, self.timer.interval() // 1000)))
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)
