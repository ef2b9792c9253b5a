"""Backups of the SQLite database, and restoring one.

A backup uses SQLite's online backup API, so it is consistent even while the suite is
writing. Automatic backups are taken at the first start of each day and before every
migration and rotated: 14 daily, 12 monthly, 10 pre-migration. A restore checks the file
(integrity check, schema revisions this suite knows) before replacing anything, and keeps
the replaced database as a backup.

On PostgreSQL the server's own tools (pg_dump / pg_restore) are the right way; both
commands say so and explain the procedure instead of pretending.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from suite.plugin_api.errors import UserError
from suite.plugin_api.i18n import domain

T = domain("backup")
log = logging.getLogger("suite.backup")

KEEP = {"daily": 14, "monthly": 12, "pre-migration": 10, "replaced": 10}
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: str
    taken_at: dt.datetime

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def postgres_instructions(db) -> str:
    url = db.url
    host = url.host or "localhost"
    port = url.port or 5432
    user = url.username or "postgres"
    name = url.database
    return T.now(
        "This office keeps its data on a PostgreSQL server ({host}:{port}/{name}); back it up "
        "and restore it with PostgreSQL's own tools, on the server or any PC that has them:\n"
        "  back up:  pg_dump -h {host} -p {port} -U {user} -Fc -f suite-YYYY-MM-DD.dump {name}\n"
        "  restore:  close the suite on every PC, then\n"
        "            pg_restore -h {host} -p {port} -U {user} --clean --if-exists -d {name} suite-YYYY-MM-DD.dump\n"
        "Schedule the pg_dump line daily (Windows Task Scheduler or cron) and keep copies off the server.",
        host=host, port=port, user=user, name=name,
    )


def _require_sqlite(db) -> Path:
    if not db.is_sqlite:
        raise UserError(postgres_instructions(db))
    path = db.sqlite_path
    assert path is not None
    return path


def backup_root(db, settings=None) -> Path:
    custom = settings.get("backup.dir") if settings is not None else None
    if custom:
        return Path(custom).expanduser()
    path = _require_sqlite(db)
    return path.parent / "backups" / path.stem


def _copy(source: Path, target: Path) -> Path:
    """Online backup of *source* into *target* (written to a temp file, then renamed)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    if tmp.exists():
        tmp.unlink()
    src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
    dst = sqlite3.connect(tmp)
    try:
        src.backup(dst, pages=4096)
        # a backup is a single self-contained file
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()
    os.replace(tmp, target)
    return target


def _stamp(now: dt.datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


def backup_now(db, to_dir: Path | None = None, *, kind: str = "manual", settings=None,
               now: dt.datetime | None = None) -> Path:
    """Take a backup now. Returns the file written."""
    source = _require_sqlite(db)
    if not source.exists():
        raise UserError(T("There is no database file at {path} to back up.", path=str(source)))
    now = now or dt.datetime.now()
    folder = Path(to_dir) if to_dir else backup_root(db, settings) / kind
    target = folder / f"{source.stem}-{_stamp(now)}.db"
    n = 1
    while target.exists():
        target = folder / f"{source.stem}-{_stamp(now)}-{n}.db"
        n += 1
    _copy(source, target)
    log.info("backup written to %s", target)
    if not to_dir:
        rotate(folder, KEEP.get(kind))
    return target


def rotate(folder: Path, keep: int | None) -> list[Path]:
    if not keep or not folder.is_dir():
        return []
    files = sorted(folder.glob("*.db"), key=lambda p: p.name, reverse=True)
    removed = []
    for old in files[keep:]:
        old.unlink()
        removed.append(old)
    return removed


def daily_backup(db, settings=None, now: dt.datetime | None = None) -> list[Path]:
    """At the first start of a day: one daily backup, and one monthly backup per month."""
    if not db.is_sqlite or not db.sqlite_path or not db.sqlite_path.exists():
        return []
    now = now or dt.datetime.now()
    root = backup_root(db, settings)
    stem = db.sqlite_path.stem
    written = []
    daily = root / "daily" / f"{stem}-{now:%Y-%m-%d}.db"
    if not daily.exists():
        written.append(_copy(db.sqlite_path, daily))
        rotate(daily.parent, KEEP["daily"])
    monthly = root / "monthly" / f"{stem}-{now:%Y-%m}.db"
    if not monthly.exists():
        written.append(_copy(db.sqlite_path, monthly))
        rotate(monthly.parent, KEEP["monthly"])
    return written


def pre_migration_backup(db, settings=None) -> Path:
    return backup_now(db, kind="pre-migration", settings=settings)


def list_backups(db, settings=None) -> list[BackupFile]:
    if not db.is_sqlite:
        return []
    root = backup_root(db, settings)
    found = []
    if root.is_dir():
        for path in root.glob("*/*.db"):
            found.append(BackupFile(path, path.parent.name, dt.datetime.fromtimestamp(path.stat().st_mtime)))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def last_backup(db, settings=None) -> BackupFile | None:
    items = list_backups(db, settings)
    return items[0] if items else None


# ---------------------------------------------------------------------------- restore


def inspect_backup(file: Path, host) -> dict[str, list[str]]:
    """Check that *file* is an intact suite database whose revisions this suite knows.
    Returns {branch: revisions}. Raises UserError naming what is wrong."""
    from suite.migrate import read_scripts, version_table

    file = Path(file)
    if not file.is_file():
        raise UserError(T("No such file: {path}", path=str(file)))
    with file.open("rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            raise UserError(T("{path} is not a SQLite database; nothing was replaced.", path=str(file)))
    try:
        conn = sqlite3.connect(f"file:{file.as_posix()}?mode=ro", uri=True)
        try:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                raise UserError(
                    T("{path} is damaged (integrity check: {result}); nothing was replaced.",
                      path=str(file), result="; ".join(result[:3]))
                )
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revisions: dict[str, list[str]] = {}
            for loc in host.all_migration_locations():
                table = version_table(loc)
                if table in tables:
                    revisions[loc.branch] = [r[0] for r in conn.execute(f"SELECT version_num FROM {table}")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise UserError(T("{path} cannot be read as a database ({error}); nothing was replaced.",
                          path=str(file), error=str(exc))) from None
    if "core" not in revisions:
        raise UserError(T("{path} is not a database of this suite; nothing was replaced.", path=str(file)))
    for loc in host.all_migration_locations():
        known = read_scripts(loc.path).parents
        for rev in revisions.get(loc.branch, []):
            if rev not in known:
                raise UserError(
                    T("{path} was written by a newer version of the suite (revision {revision} of "
                      "\u201c{branch}\u201d); nothing was replaced.", path=str(file), revision=rev, branch=loc.branch)
                )
    return revisions


def restore(db, file: Path, host, settings=None) -> Path:
    """Replace the database with *file* after checking it. Returns the backup of the
    replaced database."""
    target = _require_sqlite(db)
    file = Path(file).resolve()
    inspect_backup(file, host)
    if target.exists() and file == target.resolve():
        raise UserError(T("That file is the database itself; nothing was replaced."))
    kept = None
    if target.exists():
        kept = backup_now(db, kind="replaced", settings=settings)
    db.dispose()
    src = sqlite3.connect(f"file:{file.as_posix()}?mode=ro", uri=True)
    dst = sqlite3.connect(target, timeout=10)
    try:
        dst.execute("PRAGMA busy_timeout=10000")
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=WAL")
    finally:
        dst.close()
        src.close()
    log.info("database %s restored from %s (previous kept as %s)", target, file, kept)
    return kept
