"""Changes committed elsewhere, as a Qt signal on the GUI thread.

:class:`LiveChanges` runs the database's watcher (:mod:`suite.db.changes`: PostgreSQL's
LISTEN thread, SQLite's ``PRAGMA data_version`` poller) and gathers what it hears for a short
moment, so that a burst of writes refreshes a page once::

    live = LiveChanges(db, parent)
    live.changed.connect(lambda tables: ...)   # frozenset of table names, or None: everything
    live.state_changed.connect(lambda state: ...)   # "ok" | "lost" (PostgreSQL)
    live.start()

:func:`shown_tables_changed` says whether a page or card that shows *shows* is touched.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger("suite.ui")

#: what arrives within this many milliseconds refreshes once
GATHER_MS = 150


def shown_tables_changed(shows: Iterable[str], tables: frozenset[str] | None) -> bool:
    """True when a page (or card) that shows *shows* must refresh after *tables* changed."""
    shows = tuple(shows)
    if not shows:
        return False
    return tables is None or not tables.isdisjoint(shows)


class LiveChanges(QObject):
    changed = Signal(object)
    state_changed = Signal(str)
    # from the watcher's thread (queued to this object's thread)
    _heard = Signal(object)
    _state = Signal(str)

    def __init__(self, db, parent: QObject | None = None, *, interval: float = 0.5, retry: float = 2.0) -> None:
        super().__init__(parent)
        from suite.db.changes import watcher_for

        self.db = db
        self.state = "starting"
        self._pending: set[str] | None = set()
        self._due = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GATHER_MS)
        self._timer.timeout.connect(self._deliver)
        self._heard.connect(self._gather)
        self._state.connect(self._on_state)
        self.watcher = watcher_for(db, self._from_thread(self._heard), self._from_thread(self._state),
                                   interval=interval, retry=retry)
        watcher = self.watcher
        self.destroyed.connect(lambda *_: watcher.halt())  # a window deleted without closing

    @staticmethod
    def _from_thread(signal):
        def emit(value) -> None:
            try:
                signal.emit(value)
            except RuntimeError:  # this object is gone (and its watcher halted): nobody listens
                pass
        return emit

    def start(self) -> None:
        self.watcher.start()

    def stop(self) -> None:
        self._timer.stop()
        self.watcher.stop()

    def _gather(self, tables) -> None:
        if tables is None or self._pending is None:
            self._pending = None
        else:
            self._pending |= tables
        self._due = True
        if not self._timer.isActive():
            self._timer.start()

    def _deliver(self) -> None:
        if not self._due:
            return
        tables = None if self._pending is None else frozenset(self._pending)
        self._pending, self._due = set(), False
        log.debug("committed elsewhere: %s", "everything" if tables is None else ", ".join(sorted(tables)))
        self.changed.emit(tables)

    def _on_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)
