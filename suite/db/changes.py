"""Telling other windows and PCs that committed data changed (no Qt here: the shell's
:mod:`suite.ui.live` turns what this module reports into a signal).

PostgreSQL: the writer's own transaction sends ``NOTIFY suite_changes`` naming the tables it
wrote (:func:`announce`, called by the session for every flush and by the audit chain for every
append), so a notification is delivered exactly when the transaction commits and never when it
rolls back. :class:`PostgresListener` keeps one connection of its own that LISTENs, and
reconnects when the server goes away.

SQLite: there is no NOTIFY. :class:`SqliteWatcher` polls ``PRAGMA data_version`` on a
connection of its own (a few microseconds: the number changes when any other connection, in
this process or another, commits); when it moved, the audit log's new rows (every write is
audited) name the tables.

Both report ``on_change(tables)`` with a frozenset of table names, or ``None`` for "anything
may have changed" (after a reconnect, a restore), and ``on_state("ok" | "lost")``, from their
own thread.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import time
from collections.abc import Callable, Iterable

from sqlalchemy import text

log = logging.getLogger("suite.db")

#: the LISTEN/NOTIFY channel of the suite
CHANNEL = "suite_changes"
#: PostgreSQL refuses payloads of 8000 bytes and more; a longer list says "everything"
MAX_PAYLOAD = 7000
#: who wrote (logged by the listeners; this process's writes are reported like any other)
ORIGIN = f"{socket.gethostname()}:{os.getpid()}"
_SENT = "suite_announced"


def encode(tables: Iterable[str] | None) -> str:
    """The NOTIFY payload: ``{"tables": [...], "origin": "host:pid"}`` (``"*"``: everything)."""
    names = "*" if tables is None else sorted(set(tables))
    payload = json.dumps({"tables": names, "origin": ORIGIN}, separators=(",", ":"))
    if len(payload.encode("utf-8")) > MAX_PAYLOAD:
        payload = json.dumps({"tables": "*", "origin": ORIGIN}, separators=(",", ":"))
    return payload


def decode(payload: str) -> frozenset[str] | None:
    """The tables a payload names; None for "everything" (or a payload this suite did not write)."""
    try:
        names = json.loads(payload).get("tables")
    except (ValueError, AttributeError):
        return None
    if not isinstance(names, list):
        return None
    return frozenset(str(n) for n in names)


def announce(conn, tables: Iterable[str]) -> None:
    """Within the transaction of *conn* (a SQLAlchemy Connection): tell the listeners, on
    commit, that *tables* changed. Each table is named once per transaction (the engine's
    commit and rollback events forget what was sent). Nothing on SQLite (see SqliteWatcher)."""
    if conn.dialect.name != "postgresql":
        return
    sent = conn.info.setdefault(_SENT, set())
    new = set(tables) - sent
    if not new:
        return
    sent |= new
    conn.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": encode(new)})


def forget_announced(conn) -> None:
    """The transaction ended (the engine's commit and rollback events)."""
    conn.info.pop(_SENT, None)


# ---------------------------------------------------------------------------- watchers


class Watcher:
    """A daemon thread that reports committed changes. ``start()``, ``stop()``."""

    name = "suite-changes"

    def __init__(self, on_change: Callable[[frozenset[str] | None], None],
                 on_state: Callable[[str], None] | None = None) -> None:
        self.on_change = on_change
        self.on_state = on_state or (lambda _state: None)
        self.state = "starting"
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        #: set once the watcher has its connection and is looking (tests wait for it)
        self.ready = threading.Event()

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run_guarded, name=self.name, daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def halt(self) -> None:
        """Ask the thread to end, without waiting for it."""
        self._stop.set()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.on_state(state)

    def _run_guarded(self) -> None:
        try:
            self.run()
        except Exception:  # noqa: BLE001 - a watcher must never take the program down
            log.exception("the change watcher stopped")

    def run(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class SqliteWatcher(Watcher):
    """Polls ``PRAGMA data_version`` every *interval* seconds on a connection of its own."""

    name = "suite-sqlite-watcher"

    def __init__(self, path, on_change, on_state=None, *, interval: float = 0.5) -> None:
        super().__init__(on_change, on_state)
        self.path = str(path)
        self.interval = interval

    def run(self) -> None:
        import sqlite3

        conn = sqlite3.connect(self.path, timeout=5, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA busy_timeout=5000")
            version = conn.execute("PRAGMA data_version").fetchone()[0]
            last_id = self._last_audit_id(conn)
            self._set_state("ok")
            self.ready.set()
            while not self._stop.wait(self.interval):
                try:
                    now = conn.execute("PRAGMA data_version").fetchone()[0]
                    if now == version:
                        continue
                    version = now
                    tables, last_id = self._tables_since(conn, last_id)
                except sqlite3.Error as exc:
                    log.warning("watching %s for changes: %s", self.path, exc)
                    continue
                if tables is None or tables:
                    self.on_change(tables)
        finally:
            conn.close()

    @staticmethod
    def _last_audit_id(conn) -> int:
        try:
            return int(conn.execute("SELECT coalesce(max(id), 0) FROM core_audit_log").fetchone()[0])
        except Exception:  # noqa: BLE001 - not migrated yet
            return 0

    def _tables_since(self, conn, last_id: int) -> tuple[frozenset[str] | None, int]:
        """The tables the audit rows after *last_id* name (and the log itself), and the new last id.
        A log that went backwards (a restored backup) means: everything."""
        head = self._last_audit_id(conn)
        if head < last_id:
            return None, head
        if head == last_id:
            return frozenset(), head  # a write the audit log does not see (a login, a counter)
        rows = conn.execute("SELECT DISTINCT table_name FROM core_audit_log WHERE id > ?", (last_id,)).fetchall()
        return frozenset([r[0] for r in rows] + ["core_audit_log"]), head


def _psycopg_params(url) -> dict:
    params = url.translate_connect_args(username="user", database="dbname")
    params.update({k: v for k, v in url.query.items() if isinstance(v, str)})
    params.setdefault("connect_timeout", 5)
    # a server that vanished without closing the connection (a cable, a sleeping laptop) is
    # noticed in seconds, not after the system's two-hour keepalive
    params.setdefault("keepalives", 1)
    params.setdefault("keepalives_idle", 5)
    params.setdefault("keepalives_interval", 2)
    params.setdefault("keepalives_count", 2)
    params["application_name"] = "backoffice-suite listener"
    return params


class PostgresListener(Watcher):
    """LISTENs on :data:`CHANNEL` on a connection of its own (psycopg, autocommit). When the
    connection breaks it reports "lost", tries again every *retry* seconds, and after it is
    back reports "ok" and ``on_change(None)``: what changed meanwhile was not heard."""

    name = "suite-pg-listener"
    #: a query now and then, so that a silently dead connection is noticed
    PING_EVERY = 5.0

    def __init__(self, url, on_change, on_state=None, *, retry: float = 1.0, wait: float = 0.25) -> None:
        super().__init__(on_change, on_state)
        self.params = _psycopg_params(url)
        self.retry = retry
        self.wait = wait
        #: the server process of the listening connection (tests end it to cut the line)
        self.backend_pid: int | None = None
        self.connects = 0

    def run(self) -> None:
        import psycopg

        lost_before = False
        while not self._stop.is_set():
            conn = None
            try:
                conn = psycopg.connect(autocommit=True, **self.params)
                conn.execute(f"LISTEN {CHANNEL}")
                self.backend_pid = conn.info.backend_pid
                self.connects += 1
                self._set_state("ok")
                self.ready.set()
                if lost_before:
                    log.info("the change listener is connected again")
                    self.on_change(None)
                self._listen(conn)
            except (psycopg.Error, OSError) as exc:
                if self._stop.is_set():
                    break
                if self.state != "lost":
                    log.warning("the change listener lost the server: %s", str(exc).strip().splitlines()[0]
                                if str(exc).strip() else type(exc).__name__)
                lost_before = True
                self._set_state("lost")
                self.ready.set()
                self._stop.wait(self.retry)
            finally:
                if conn is not None:
                    try:
                        conn.close()
                    except Exception:  # noqa: BLE001 - a broken connection may not close cleanly
                        pass

    def _listen(self, conn) -> None:
        last_ping = time.monotonic()
        while not self._stop.is_set():
            for note in conn.notifies(timeout=self.wait):
                tables = decode(note.payload)
                log.debug("change notified by %s: %s", note.pid, note.payload[:200])
                self.on_change(tables)
            if time.monotonic() - last_ping >= self.PING_EVERY:
                conn.execute("SELECT 1")
                last_ping = time.monotonic()


def watcher_for(db, on_change, on_state=None, **options) -> Watcher:
    """The watcher that fits the database: SQLite's poller or PostgreSQL's listener."""
    if db.is_sqlite:
        return SqliteWatcher(db.sqlite_path, on_change, on_state,
                             **{k: v for k, v in options.items() if k == "interval"})
    return PostgresListener(db.url, on_change, on_state, **{k: v for k, v in options.items() if k in ("retry", "wait")})
