"""Opening the database: an embedded SQLite file, or a PostgreSQL server for several PCs."""

from __future__ import annotations

import logging
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from suite.plugin_api.errors import UserError
from suite.plugin_api.i18n import domain

if TYPE_CHECKING:  # pragma: no cover
    from sqlalchemy.orm import Session, sessionmaker

T = domain("db")
log = logging.getLogger("suite.db")

NETWORK_FILESYSTEMS = {
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs", "sshfs", "9p",
    "afs", "ncpfs", "fuse.gvfsd-fuse", "davfs", "fuse.davfs2", "ceph", "glusterfs",
    "fuse.glusterfs", "lustre",
}
BUSY_TIMEOUT_MS = 10_000


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path).expanduser().resolve().as_posix()}"


def normalise_url(url: str) -> URL:
    """Parse a database URL; ``postgresql://`` means psycopg 3. Bad URLs raise UserError."""
    url = url.strip()
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise UserError(T("Not a database URL: {url}", url=url)) from None
    backend = parsed.get_backend_name()
    if backend == "postgresql" and parsed.get_driver_name() in ("", "psycopg2", "psycopg"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    elif backend == "sqlite":
        if parsed.database in (None, "", ":memory:"):
            raise UserError(T("An in-memory SQLite database cannot hold the suite's data; give a file path."))
    else:
        raise UserError(
            T("Unsupported database \u201c{backend}\u201d: use a SQLite file or PostgreSQL.", backend=backend)
        )
    return parsed


# --------------------------------------------------------------------------- network shares


def read_mounts() -> list[tuple[str, str]]:
    """(mount point, filesystem type) pairs of this Linux machine, longest path first."""
    try:
        lines = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return []
    return parse_mounts("\n".join(lines))


def parse_mounts(text_: str) -> list[tuple[str, str]]:
    mounts = []
    for line in text_.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            point = parts[1].replace("\\040", " ")
            mounts.append((point, parts[2]))
    mounts.sort(key=lambda m: len(m[0]), reverse=True)
    return mounts


def network_share_reason(path: Path | str, mounts: list[tuple[str, str]] | None = None,
                         platform: str | None = None) -> str | None:
    """Why *path* is on a network share (a UNC path, a mapped network drive, an NFS/SMB
    mount), or None when it is on a local disk. SQLite's file locking is unreliable there."""
    raw = str(path)
    platform = platform or sys.platform
    if raw.startswith("\\\\") or raw.startswith("//"):
        return "UNC path"
    if platform == "win32":  # pragma: no cover - Windows only
        drive = os.path.splitdrive(os.path.abspath(raw))[0]
        if drive.startswith("\\\\"):
            return "UNC path"
        if re.fullmatch(r"[A-Za-z]:", drive):
            import ctypes

            if ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4:  # DRIVE_REMOTE
                return "mapped network drive"
        return None
    if mounts is None:
        mounts = read_mounts()
    full = os.path.abspath(raw)
    for point, fstype in mounts:
        if full == point or full.startswith(point.rstrip("/") + "/"):
            if fstype.lower() in NETWORK_FILESYSTEMS:
                return f"{fstype} network mount"
            return None
    return None


def refuse_network_share(path: Path | str) -> None:
    reason = network_share_reason(path)
    if reason:
        raise UserError(
            T(
                "The database file {path} is on a network share ({reason}). SQLite cannot be "
                "shared safely between PCs: when several PCs share the data, set up a "
                "PostgreSQL server and point every PC at it (see README).",
                path=str(path),
                reason=reason,
            )
        )


# --------------------------------------------------------------------------- engine


def _install_sqlite_events(engine: Engine, building: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # Take BEGIN over from the driver, as SQLAlchemy's pysqlite docs describe, so that
        # SAVEPOINT works and transactions start exactly where we say.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        mode = cur.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            log.warning("SQLite refused WAL journal mode (got %s)", mode)
        cur.execute("PRAGMA foreign_keys=ON")
        # A file being built (the demo) is thrown away if the build fails: no fsync per commit.
        # Every later connection (a normal open) is FULL again: the setting is per connection.
        cur.execute("PRAGMA synchronous=OFF" if building else "PRAGMA synchronous=FULL")
        if building:
            cur.execute("PRAGMA cache_size=-65536")  # 64 MiB: the whole file stays in memory
            cur.execute("PRAGMA temp_store=MEMORY")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        mode = conn.get_execution_options().get("sqlite_begin", "")
        conn.exec_driver_sql(f"BEGIN {mode}".strip())


#: the audit chain's advisory lock on PostgreSQL (suite.core.audit_chain.CHAIN_LOCK)
CHAIN_LOCK = 742002


def _install_postgres_events(engine: Engine) -> None:
    """A transaction takes the audit chain's lock before its first INSERT, UPDATE or DELETE,
    whichever way it is written (ORM flush, ``session.execute``, ``session.connection()``), and
    keeps it to commit or rollback. Every writer then takes the chain first and rows after, so
    appending to the chain cannot deadlock with row locks; reads before the first write (a
    password check, a search) still run side by side."""
    from sqlalchemy.sql.dml import UpdateBase

    @event.listens_for(engine, "before_execute")
    def _chain_first(conn, clauseelement, multiparams, params, execution_options):
        if not isinstance(clauseelement, UpdateBase) or conn.info.get("suite_chain_locked"):
            return
        conn.info["suite_chain_locked"] = True
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({CHAIN_LOCK})")

    def _released(conn):
        from suite.db.changes import forget_announced

        conn.info.pop("suite_chain_locked", None)
        forget_announced(conn)

    event.listen(engine, "commit", _released)
    event.listen(engine, "rollback", _released)


@dataclass
class Database:
    """One engine and its session factory. Create with :func:`open_database`."""

    url: URL
    engine: Engine
    _sessions: "sessionmaker | None" = field(default=None, repr=False)
    _writer: Engine | None = field(default=None, repr=False)

    @property
    def sessions(self) -> "sessionmaker":
        """The session factory (the ORM is imported only when a session is first needed:
        commands such as ``suite db status`` never pay for it)."""
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            from suite.db.session import SuiteSession

            self._sessions = sessionmaker(bind=self.engine, class_=SuiteSession, expire_on_commit=False, autoflush=True)
        return self._sessions

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        return Path(self.url.database) if self.is_sqlite and self.url.database else None

    def describe(self) -> str:
        """Where the data lives, for the status bar and ``suite db status``."""
        if self.is_sqlite:
            return f"SQLite: {self.url.database}"
        host = self.url.host or "localhost"
        port = f":{self.url.port}" if self.url.port else ""
        return f"PostgreSQL: {host}{port}/{self.url.database}"

    def session(self) -> "Session":
        return self.sessions()

    def writer_engine(self) -> Engine:
        """The engine for write transactions: SQLite takes the write lock at BEGIN, so two
        writers queue on the busy timeout instead of failing half-way."""
        if self._writer is None:
            self._writer = self.engine.execution_options(sqlite_begin="IMMEDIATE") if self.is_sqlite else self.engine
        return self._writer

    def dispose(self) -> None:
        self.engine.dispose()

    def ping(self) -> bool:
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except Exception:
            return False


def _check_sqlite_path(path: Path, create_dirs: bool) -> None:
    """Refuse, with one line naming what to fix, a path that cannot be a database file."""
    if path.is_dir():
        raise UserError(T("{path} is a folder, not a database file: give the path of a file, for example {example}.",
                          path=str(path), example=str(path / "suite.db")))
    if path.exists():
        return
    folder = path.parent
    if create_dirs:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            raise UserError(T("The folder {folder} for the database file cannot be created: choose a file in a folder "
                              "you may write to.", folder=str(folder))) from None
    if not folder.is_dir():
        raise UserError(T("The folder {folder} for the database file does not exist: create it or choose another file.",
                          folder=str(folder)))
    if not os.access(folder, os.W_OK):
        raise UserError(T("The database file {path} cannot be created: you may not write to the folder {folder}. "
                          "Choose a file in a folder you may write to.", path=str(path), folder=str(folder)))


def open_database(url: str | URL, *, check_share: bool = True, echo: bool = False,
                  create_dirs: bool = True, building: bool = False) -> Database:
    """An engine on *url*. ``building=True`` is for a SQLite file that is being created and
    is deleted when that fails (``suite demo``): its connections skip the fsync of each
    commit (``synchronous=OFF``). Never for a database that holds anybody's work."""
    parsed = url if isinstance(url, URL) else normalise_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database)
        if check_share:
            refuse_network_share(path)
        _check_sqlite_path(path, create_dirs)
        engine = create_engine(
            parsed,
            echo=echo,
            hide_parameters=True,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        )
        _install_sqlite_events(engine, building)
    else:
        try:
            import psycopg  # noqa: F401
        except ImportError:
            raise UserError(
                T("PostgreSQL support is not installed: pip install \"backoffice-suite[postgres]\"")
            ) from None
        engine = create_engine(
            parsed,
            echo=echo,
            hide_parameters=True,
            pool_pre_ping=True,
            pool_size=5,
            max_overflow=5,
            connect_args={"connect_timeout": 5, "application_name": "backoffice-suite"},
        )
        _install_postgres_events(engine)
    return Database(parsed, engine)


# --------------------------------------------------------------------------- first contact


def check_database(db: Database) -> None:
    """Connect once and read, so that a database that cannot be used is explained in one line
    naming what to fix (a server that does not answer, a database that does not exist, a file
    that is not SQLite...) instead of a driver's error half-way through start-up."""
    from sqlalchemy.exc import DBAPIError

    try:
        with db.engine.connect() as conn:
            if db.is_sqlite:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            else:
                conn.exec_driver_sql("SELECT 1").scalar()
    except DBAPIError as exc:
        log.info("cannot use the database %s", db.describe(), exc_info=True)
        raise _explain(db, exc) from None


def _explain(db: Database, exc: Exception) -> Exception:
    text_ = str(getattr(exc, "orig", exc) or exc)
    if db.is_sqlite:
        path = str(db.sqlite_path)
        if "not a database" in text_ or "malformed" in text_ or "encrypted" in text_:
            return UserError(T("{path} is not a SQLite database (it is some other kind of file): give the path of the "
                               "suite's database file, or a new file name.", path=path))
        if "unable to open" in text_ or "readonly" in text_ or "read-only" in text_ or "disk I/O" in text_:
            return UserError(T("The database file {path} cannot be opened or created: check that its folder exists "
                               "and that you may write there, or choose another file.", path=path))
        return exc
    url = db.url
    host, port = url.host or "localhost", url.port or 5432
    where = f"{host}:{port}"
    if url.host and not url.host.startswith("/") and not _tcp_reachable(url.host, port):
        return UserError(T("The PostgreSQL server at {where} does not answer: check that it is running and that the "
                           "host and port in the database URL are right.", where=where))
    if url.database != "postgres" and _can_log_in(url.set(database="postgres")):
        return UserError(T("The PostgreSQL server at {where} has no database \u201c{name}\u201d: create it "
                           "(createdb -O {user} {name}) or correct the name in the database URL.",
                           where=where, name=url.database or "", user=url.username or "suite"))
    return UserError(T("The PostgreSQL server at {where} refused the log-in as \u201c{user}\u201d: check the user name "
                       "and password in the database URL (and that the server lets this PC in).",
                       where=where, user=url.username or ""))


def _tcp_reachable(host: str, port: int, timeout: float = 3.0) -> bool:
    import socket

    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def _can_log_in(url: URL) -> bool:
    from sqlalchemy.pool import NullPool

    probe = create_engine(url, poolclass=NullPool, hide_parameters=True, connect_args={"connect_timeout": 5})
    try:
        with probe.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        return True
    except Exception:  # noqa: BLE001 - any failure means: not with these credentials either
        return False
    finally:
        probe.dispose()
