"""The last verified head of the audit chain, kept outside the database, and the check that
uses it (``suite audit verify``, the background check at start-up, backups, restores).

A chain can be recomputed by whoever has the database and the time; what they cannot change
is the head remembered here, in the settings folder of every PC that verified it
(``audit-heads.json``, one entry per database), and in every backup's manifest. A log that was
emptied, cut short or rebuilt no longer holds that head, and the check says so.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from suite.core import audit_chain
from suite.core.audit_chain import ChainReport
from suite.plugin_api.i18n import domain

T = domain("core")
log = logging.getLogger("suite.audit")

HEADS_FILE = "audit-heads.json"


def heads_file() -> Path:
    from suite.paths import get_paths

    return get_paths().config_dir / HEADS_FILE


def database_key(db) -> str:
    """Which database a head belongs to: the SQLite file, or server/port/database."""
    if db.is_sqlite:
        try:
            return "sqlite:" + str(Path(db.url.database).expanduser().resolve())
        except OSError:  # pragma: no cover
            return "sqlite:" + str(db.url.database)
    url = db.url
    return f"postgresql:{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def _read_all() -> dict:
    path = heads_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("cannot read %s; treating it as empty", path, exc_info=True)
        return {}


def _write_all(data: dict) -> None:
    path = heads_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


def load_head(db) -> dict | None:
    """{"id", "hash", "at"} last verified for this database, or None."""
    entry = _read_all().get(database_key(db))
    return entry if isinstance(entry, dict) and entry.get("id") else None


def save_head(db, head_id: int | None, head_hash: str | None, *, result: str = "ok", message: str = "") -> None:
    data = _read_all()
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    entry = dict(data.get(database_key(db)) or {})
    if head_id:
        entry.update({"id": int(head_id), "hash": head_hash, "at": now})
    entry.update({"checked_at": now, "result": result, "message": message})
    data[database_key(db)] = entry
    _write_all(data)


def last_check(db) -> dict | None:
    """The last check of this database on this PC: {"checked_at", "result", "message", ...}."""
    entry = _read_all().get(database_key(db))
    return entry if isinstance(entry, dict) and entry.get("checked_at") else None


def record_failure(db, report: ChainReport) -> None:
    """Remember that the last check failed (the verified head stays as it was)."""
    save_head(db, None, None, result=report.problem or "error", message=report.message)


def forget_head(db) -> None:
    """A database created from nothing (or replaced by a checked restore) starts afresh."""
    data = _read_all()
    if data.pop(database_key(db), None) is not None:
        _write_all(data)


def reset_head(db) -> None:
    """After a restore: the head of the restored chain is the verified one from now on."""
    with db.engine.connect() as conn:
        head = audit_chain.head(conn)
    forget_head(db)
    if head:
        save_head(db, head[0], head[1])


@dataclass(frozen=True)
class Verification:
    report: ChainReport
    guards: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.report.ok and not self.guards

    @property
    def message(self) -> str:
        if self.report.ok and self.guards:
            return str(T("The audit log's guards are missing or disabled ({names}) and could not be re-created.",
                         names=", ".join(self.guards)))
        return self.report.message


def backup_head(db, settings=None, since: str | None = None) -> dict | None:
    """The highest chain head named by a manifest of this database's own backups (daily,
    monthly, by hand) taken after *since*: a second head kept outside, for a PC whose settings
    folder lost its own."""
    if not db.is_sqlite:
        return None
    from suite import backup

    try:
        items = backup.list_backups(db, settings)
    except Exception:  # noqa: BLE001 - no backup folder: nothing to compare with
        return None
    key, best = database_key(db), None
    for item in items:
        if item.kind not in ("daily", "monthly", "manual"):
            continue
        m = item.manifest or {}
        head = m.get("audit_head")
        if m.get("database") != key or not head or (since and str(m.get("taken_at", "")) <= since):
            continue
        if best is None or head["id"] > best["id"]:
            best = {"id": head["id"], "hash": head["hash"], "at": m.get("taken_at"), "source": item.path.name}
    return best


def verify_database(db, *, remember: bool = True, progress=None, cancelled=None, settings=None) -> Verification:
    """Verify the whole chain against the head kept in the settings folder (or, when a backup
    of this database was taken since, the head its manifest names). When it holds (and
    ``remember``), the new head is kept there; when it does not, the old head stays, so the
    problem is reported again at every start."""
    from sqlalchemy import inspect

    expected = load_head(db)
    later = backup_head(db, settings, since=expected.get("at") if expected else None)
    if later is not None and (expected is None or later["id"] >= expected["id"]):
        expected = later
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("core_audit_log"):
            report = ChainReport(0, None, None, "missing_table", None, str(T(
                "The audit log table is gone: someone dropped it.")))
            guards: tuple[str, ...] = ()
        else:
            report = audit_chain.verify(conn, expected=expected, progress=progress, cancelled=cancelled)
            guards = tuple(audit_chain.guard_problems(conn))
    result = Verification(report, guards)
    if remember:
        try:
            if result.ok:
                save_head(db, report.head_id, report.head_hash)
            else:
                save_head(db, None, None, result=report.problem or "guards", message=result.message)
        except OSError:
            log.warning("cannot write %s", heads_file(), exc_info=True)
    if not result.ok:
        log.error("audit log verification failed: %s", result.message)
    return result


