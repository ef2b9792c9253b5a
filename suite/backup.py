"""Backups of the SQLite database, and restoring one.

A backup uses SQLite's online backup API, so it is consistent even while the suite is
writing. Automatic backups are taken at the first start of each day and before every
migration and rotated: 14 daily, 12 monthly, 10 pre-migration. Every backup has a manifest
beside it (``NAME.manifest.json``: size, SHA-256, the head of the audit chain it holds) and
writes an audit row naming its checksum. A restore checks the file against its manifest
(checksum, audit chain and its head, the audit log's triggers), then its integrity and schema
revisions, before replacing anything; it keeps the replaced database as a backup and writes an
audit row (``--force`` restores a file that fails the trust checks, and says so in that row).
The daily backup verifies the newest backup it keeps.

On PostgreSQL the server's own tools (pg_dump / pg_restore) are the right way; both
commands say so and explain the procedure instead of pretending.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import logging
import os
import socket
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

    @property
    def manifest(self) -> dict | None:
        return read_manifest(self.path)

    @property
    def verified(self) -> dict | None:
        """{"at", "ok", "reason"} of the last check of this backup, or None."""
        m = self.manifest
        return m.get("verified") if m else None


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


def office_zone(db) -> dt.tzinfo:
    """The office's time zone (the company setting every PC shares), read straight from the
    SQLite file, so that backup names and days follow the office's clock, not this PC's: a PC
    set to another zone still names the 07:58 backup ``...-075800``. The default zone when the
    database has no such setting yet (or no settings table: before its first upgrade)."""
    import sqlite3
    from zoneinfo import ZoneInfo

    from suite.plugin_api.context import DEFAULT_TIMEZONE

    name = DEFAULT_TIMEZONE
    path = getattr(db, "sqlite_path", None)
    if path is not None and Path(path).exists():
        try:
            conn = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True, timeout=5)
            try:
                row = conn.execute("SELECT value FROM core_settings WHERE namespace = 'company' "
                                   "AND key = 'timezone'").fetchone()
            finally:
                conn.close()
            if row and row[0]:
                name = json.loads(row[0]) or name
        except (sqlite3.Error, ValueError, TypeError):
            log.debug("the office time zone could not be read from %s", path, exc_info=True)
    try:
        return ZoneInfo(str(name))
    except Exception:  # noqa: BLE001 - a zone this PC's time zone database lacks
        return ZoneInfo(DEFAULT_TIMEZONE)


def _office_now(db, now: dt.datetime | None, tz: dt.tzinfo | None) -> dt.datetime:
    """*now* (default: the current time) as an aware time in the office's zone; a naive
    *now* is taken as the office's wall-clock time."""
    zone = tz or office_zone(db)
    if now is None:
        return dt.datetime.now(dt.timezone.utc).astimezone(zone)
    return now.replace(tzinfo=zone) if now.tzinfo is None else now.astimezone(zone)


# ---------------------------------------------------------------------------- manifests

MANIFEST_FORMAT = "suite-backup-manifest/1"


def manifest_path(file: Path) -> Path:
    file = Path(file)
    return file.with_name(file.stem + ".manifest.json")


def sha256_of(file: Path) -> str:
    digest = hashlib.sha256()
    with Path(file).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_manifest(file: Path) -> dict | None:
    path = manifest_path(file)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _write_json(path: Path, data: dict) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def _readonly_engine(file: Path):
    from sqlalchemy import create_engine

    return create_engine(f"sqlite:///file:{Path(file).as_posix()}?mode=ro&uri=true", hide_parameters=True)


def _chain_state(file: Path) -> tuple[dict | None, int]:
    """(head {"id", "hash"} or None, rows) of the audit log in a backup file."""
    with sqlite3.connect(f"file:{Path(file).as_posix()}?mode=ro", uri=True) as conn:
        cols = {r[1] for r in conn.execute("PRAGMA table_info(core_audit_log)")}
        if "row_hash" not in cols:
            return None, 0
        row = conn.execute("SELECT id, row_hash FROM core_audit_log ORDER BY id DESC LIMIT 1").fetchone()
        count = conn.execute("SELECT count(*) FROM core_audit_log").fetchone()[0]
    conn.close()
    return ({"id": int(row[0]), "hash": row[1]} if row else None), int(count)


def write_manifest(file: Path, kind: str, taken_at: dt.datetime, db=None) -> dict:
    """The manifest beside a backup just written: its size, SHA-256 and audit chain head."""
    from suite import __version__

    head, rows = _chain_state(file)
    data = {
        "format": MANIFEST_FORMAT,
        "file": Path(file).name,
        "kind": kind,
        "taken_at": taken_at.astimezone(dt.timezone.utc).isoformat(timespec="seconds"),
        "suite_version": __version__,
        "size": Path(file).stat().st_size,
        "sha256": sha256_of(file),
        "audit_head": head,
        "audit_rows": rows,
    }
    if db is not None:
        from suite.core.audit_head import database_key

        data["database"] = database_key(db)
    _write_json(manifest_path(file), data)
    return data


def _actor() -> str:
    try:
        return f"{getpass.getuser()}@{socket.gethostname()}"
    except Exception:  # noqa: BLE001 - no user name on this system
        return "?"


def audit_event(db, action: str, row_id: str, changes: dict, ctx=None) -> None:
    """An audit row for a backup or a restore (in its own transaction)."""
    from suite.core import audit_chain

    user = ctx.user if ctx is not None else None
    with db.writer_engine().begin() as conn:
        audit_chain.append(conn, [{
            "at": dt.datetime.now(dt.timezone.utc), "user_id": user.id if user else None,
            "username": user.username if user else "system", "action": action, "table_name": "backup",
            "row_id": row_id[:64],
            "changes": json.dumps({k: [None, v] for k, v in changes.items()}, ensure_ascii=False, sort_keys=True,
                                  default=str),
        }])


def record_backup(db, file: Path, manifest: dict, ctx=None) -> None:
    """Say in the audit log that a backup was written, with its checksum."""
    try:
        audit_event(db, "backup", Path(file).name, {
            "kind": manifest.get("kind"), "file": str(file), "sha256": manifest.get("sha256"),
            "audit_head": manifest.get("audit_head"), "by": _actor()}, ctx)
    except Exception:  # noqa: BLE001 - the backup itself is good; a schema not yet upgraded
        log.warning("the audit row of backup %s was not written", file, exc_info=True)


def backup_now(db, to_dir: Path | None = None, *, kind: str = "manual", settings=None,
               now: dt.datetime | None = None, ctx=None, record: bool = True, tz: dt.tzinfo | None = None) -> Path:
    """Take a backup now, with its manifest and an audit row (as *ctx*'s user, or the
    system). The file is named by the office's time (*tz*, else *ctx*'s zone, else the zone
    stored in the database). Returns the file written."""
    source = _require_sqlite(db)
    if not source.exists():
        raise UserError(T("There is no database file at {path} to back up.", path=str(source)))
    now = _office_now(db, now, tz or (ctx.timezone if ctx is not None else None))
    folder = Path(to_dir) if to_dir else backup_root(db, settings) / kind
    target = folder / f"{source.stem}-{_stamp(now)}.db"
    n = 1
    while target.exists():
        target = folder / f"{source.stem}-{_stamp(now)}-{n}.db"
        n += 1
    _copy(source, target)
    manifest = write_manifest(target, kind, now, db)
    log.info("backup written to %s", target)
    if record:
        record_backup(db, target, manifest, ctx)
    if kind == "manual":  # taken by hand: checked at once, so the backup page can say so
        verify_backup(target)
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
        manifest_path(old).unlink(missing_ok=True)
        removed.append(old)
    return removed


def daily_backup(db, settings=None, now: dt.datetime | None = None, host=None,
                 tz: dt.tzinfo | None = None) -> list[Path]:
    """At the first start of a day (the office's day: *tz*, else the zone stored in the
    database): one daily backup, and one monthly backup per month; then
    the newest backup kept is verified (checksum, audit chain) and the result kept in its
    manifest. Raises UserError when that check fails."""
    if not db.is_sqlite or not db.sqlite_path or not db.sqlite_path.exists():
        return []
    now = _office_now(db, now, tz)
    root = backup_root(db, settings)
    stem = db.sqlite_path.stem
    written = []
    daily = root / "daily" / f"{stem}-{now:%Y-%m-%d}.db"
    for target, kind in ((daily, "daily"), (root / "monthly" / f"{stem}-{now:%Y-%m}.db", "monthly")):
        if target.exists():
            continue
        written.append(_copy(db.sqlite_path, target))
        record_backup(db, target, write_manifest(target, kind, now, db))
        rotate(target.parent, KEEP[kind])
    for path in written:  # the newest backups kept: read back and checked like a restore would
        problems = verify_backup(path, host)
        if problems:
            raise UserError(T("The newest backup {file} failed its check: {reason}", file=path.name,
                              reason=problems[0]))
    return written


def pre_migration_backup(db, settings=None) -> Path:
    """Before a migration the schema may be older than the audit writer: the audit row of
    this backup is written by the migration runner once the upgrade is done."""
    return backup_now(db, kind="pre-migration", settings=settings, record=False)


def list_backups(db, settings=None) -> list[BackupFile]:
    if not db.is_sqlite:
        return []
    root = backup_root(db, settings)
    found = []
    if root.is_dir():
        for path in root.glob("*/*.db"):
            found.append(BackupFile(path, path.parent.name, _taken_at(path)))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def _taken_at(path: Path) -> dt.datetime:
    """When a backup was taken, aware (UTC): from its manifest, else the file's time."""
    try:
        stamp = json.loads(manifest_path(path).read_text(encoding="utf-8")).get("taken_at")
        if stamp:
            value = dt.datetime.fromisoformat(stamp)
            if value.tzinfo is not None:
                return value.astimezone(dt.timezone.utc)
    except (OSError, ValueError, TypeError, AttributeError):
        pass
    return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.timezone.utc)


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


def trust_problems(file: Path, *, structure_checked: bool = False) -> list[str]:
    """What makes a backup untrustworthy, in order, as one-line reasons ([] when it proves
    itself): no manifest, a checksum or size that does not match it, an audit chain that is
    broken or lacks the head the manifest names, an empty audit log, missing triggers."""
    from suite.core import audit_chain

    file = Path(file)
    manifest = read_manifest(file)
    if manifest is None:
        return [T.now("{file} has no manifest ({manifest}) to prove it is the backup that was written",
                      file=file.name, manifest=manifest_path(file).name)]
    size = file.stat().st_size
    if size != manifest.get("size") or sha256_of(file) != manifest.get("sha256"):
        return [T.now("{file} does not match the checksum in its manifest ({size} bytes, {expected} expected): "
                      "it was changed or damaged", file=file.name, size=size, expected=manifest.get("size"))]
    if not structure_checked:
        return []
    problems = []
    expected = manifest.get("audit_head")
    engine = _readonly_engine(file)
    try:
        with engine.connect() as conn:
            cols = {c["name"] for c in __import__("sqlalchemy").inspect(conn).get_columns("core_audit_log")}
            if "row_hash" not in cols:
                if expected:
                    problems.append(T.now("the audit log of {file} lost its chain", file=file.name))
                return problems
            head = dict(expected, at=manifest.get("taken_at")) if expected else None
            report = audit_chain.verify(conn, expected=head)
            if not report.ok:
                problems.append(report.message)
            elif report.rows == 0:
                problems.append(T.now("the audit log of {file} is empty", file=file.name))
            guards = audit_chain.guard_problems(conn)
            if guards:
                problems.append(T.now("the audit log's triggers were removed from {file} ({names})",
                                      file=file.name, names=", ".join(guards)))
    finally:
        engine.dispose()
    return problems


def verify_backup(file: Path, host=None) -> list[str]:
    """Check a backup fully (checksum, structure, chain) and keep the result in its manifest
    (what the backup page shows as "last verified"). Returns the problems ([] = good)."""
    file = Path(file)
    problems = trust_problems(file)
    if not problems:
        try:
            if host is not None:
                inspect_backup(file, host)
            else:
                _integrity(file)
            problems = trust_problems(file, structure_checked=True)
        except UserError as exc:
            problems = [str(exc)]
    manifest = read_manifest(file)
    if manifest is not None:
        manifest["verified"] = {"at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                                "ok": not problems, "reason": problems[0] if problems else ""}
        try:
            _write_json(manifest_path(file), manifest)
        except OSError:
            log.warning("cannot update %s", manifest_path(file), exc_info=True)
    if problems:
        log.error("backup %s failed its check: %s", file, problems[0])
    return problems


def _integrity(file: Path) -> None:
    with file.open("rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            raise UserError(T("{path} is not a SQLite database; nothing was replaced.", path=str(file)))
    try:
        conn = sqlite3.connect(f"file:{file.as_posix()}?mode=ro", uri=True)
        try:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise UserError(T("{path} cannot be read as a database ({error}); nothing was replaced.",
                          path=str(file), error=str(exc))) from None
    if result != ["ok"]:
        raise UserError(T("{path} is damaged (integrity check: {result}); nothing was replaced.",
                          path=str(file), result="; ".join(result[:3])))


def check_backup(file: Path, host, *, force: bool = False) -> list[str]:
    """Everything a restore checks before replacing anything. Raises UserError with a one-line
    reason; with ``force``, the trust checks (manifest, checksum, audit chain, triggers) are
    returned instead of raised (the file must still be an intact database of this suite)."""
    file = Path(file)
    if not file.is_file():
        raise UserError(T("No such file: {path}", path=str(file)))
    with file.open("rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            raise UserError(T("{path} is not a SQLite database; nothing was replaced.", path=str(file)))
    problems = trust_problems(file)
    if problems and not force and read_manifest(file) is not None:  # a checksum that does not match
        raise UserError(T("{reason}; nothing was replaced.", reason=problems[0]))
    inspect_backup(file, host)
    if not problems:
        problems = trust_problems(file, structure_checked=True)
    if problems and not force:
        raise UserError(T("{reason}; nothing was replaced (suite restore --force restores it anyway).",
                          reason=problems[0]))
    return problems


def restore(db, file: Path, host, settings=None, *, force: bool = False, ctx=None) -> Path:
    """Replace the database with *file* after checking it (see :func:`check_backup`). Writes an
    audit row into the restored database saying what was restored, what was forced and by
    whom, and makes its chain head the verified one. Returns the backup of the replaced
    database."""
    from suite.core import audit_chain, audit_head

    target = _require_sqlite(db)
    file = Path(file).resolve()
    forced = check_backup(file, host, force=force)
    if target.exists() and file == target.resolve():
        raise UserError(T("That file is the database itself; nothing was replaced."))
    kept = None
    if target.exists():
        kept = backup_now(db, kind="replaced", settings=settings, ctx=ctx)
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
    if forced:
        log.warning("restore of %s forced past: %s", file, "; ".join(forced))
    # the restored database is brought up to date, its guards back in place, and told
    from suite import migrate

    migrate.upgrade(db, host, backup=False)
    audit_chain.ensure_guards(db)
    manifest = read_manifest(file) or {}
    changes = {"file": str(file), "sha256": manifest.get("sha256") or sha256_of(file),
               "taken_at": manifest.get("taken_at"), "kept": str(kept) if kept else None, "by": _actor()}
    if forced:
        changes["forced"] = forced
    audit_event(db, "restore", file.name, changes, ctx)
    audit_head.reset_head(db)
    return kept
