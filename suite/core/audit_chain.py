"""The audit log's hash chain: every row carries the SHA-256 of its own content and of the row
before it, so a row changed, deleted, inserted or moved breaks the chain at that row.

Appending reads the head of the chain (one indexed read of the highest id) and writes the new
rows with the next ids; the append is serialised, so rows written by concurrent sessions form
one chain: SQLite writers already hold the database's write lock (``BEGIN IMMEDIATE``), and on
PostgreSQL the append takes a transaction-scoped advisory lock first. The database refuses a
row that does not continue the chain, and UPDATE, DELETE (and TRUNCATE) on the table, with
triggers that :func:`ensure_guards` checks, and re-creates when they are missing or changed,
at every start.

The chain proves the rows are those that were written, as long as the last verified head
(row id + hash) is also kept outside the database: someone with the database file and time
can recompute a whole chain, but not the head the settings folder and every backup's
manifest remember (see :mod:`suite.core.audit_head`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import event, select, text
from sqlalchemy.engine import Engine

from suite.plugin_api.i18n import domain

T = domain("core")
log = logging.getLogger("suite.audit")

#: the previous hash of the very first row
GENESIS = "0" * 64
#: PostgreSQL advisory lock key that serialises appends (migrations use 742001)
CHAIN_LOCK = 742002
FORMAT = "v1"

_COLUMNS = ("id", "at", "user_id", "username", "action", "table_name", "row_id", "changes", "prev_hash", "row_hash")
_Row = __import__("collections").namedtuple("_Row", _COLUMNS)


def _table():
    from suite.core.models import AuditLog

    return AuditLog.__table__


_UTC = dt.timezone.utc
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_sha256 = hashlib.sha256


def at_text(at: dt.datetime) -> str:
    """The canonical form of a row's time: UTC, microseconds, ``Z``
    (``2026-03-02T01:00:00.000000Z``)."""
    if at.tzinfo is not _UTC:
        at = at.replace(tzinfo=_UTC) if at.tzinfo is None else at.astimezone(_UTC)
    return at.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def row_digest(id: int, at: dt.datetime, user_id: int | None, username: str, action: str, table_name: str,
               row_id: str, changes: str, prev_hash: str) -> str:
    """SHA-256 (hex) of a row's canonical content, the previous row's hash included: the JSON
    array ``["v1", id, time, user_id, username, action, table, row, changes, prev_hash]``."""
    payload = _ENCODE([FORMAT, int(id), at_text(at), None if user_id is None else int(user_id), username, action,
                       table_name, row_id, changes, prev_hash])
    return _sha256(payload.encode("utf-8")).hexdigest()


def _digest_of(row) -> str:
    # row: the columns of _COLUMNS, in that order
    return row_digest(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8])


# ---------------------------------------------------------------------------- appending


def head(conn) -> tuple[int, str] | None:
    """(id, hash) of the last row, or None for an empty log: one read of the primary key."""
    a = _table()
    row = conn.execute(select(a.c.id, a.c.row_hash).order_by(a.c.id.desc()).limit(1)).first()
    return (int(row.id), row.row_hash) if row else None


#: conn.info key of the head this transaction last appended: (transaction, (id, hash))
_HEAD_KEY = "suite_audit_head"


def _forget_head(conn, *_args) -> None:
    conn.info.pop(_HEAD_KEY, None)


# The head a transaction appended stays the head until that transaction ends (SQLite writers
# hold the write lock, PostgreSQL writers the chain's advisory lock), unless a savepoint is
# rolled back (its rows are gone): forget it then, and at commit and rollback.
for _name in ("commit", "rollback", "rollback_savepoint"):
    event.listen(Engine, _name, _forget_head)


def append(conn, rows: list[dict]) -> int:
    """Append audit rows (dicts of at, user_id, username, action, table_name, row_id, changes)
    to the chain, in the connection's transaction. Returns the number of rows written.
    The head is read once per transaction (and again after a rolled-back savepoint): the
    rows appended since are this transaction's own."""
    if not rows:
        return 0
    postgres = conn.dialect.name == "postgresql"
    cached = conn.info.get(_HEAD_KEY)
    if cached is not None and cached[0] is conn.get_transaction():
        last = cached[1]  # and on PostgreSQL this transaction holds the lock already
    else:
        if postgres:
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": CHAIN_LOCK})
        last = head(conn)
    next_id, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    out = []
    for row in rows:
        full = {
            "id": next_id, "at": row["at"], "user_id": row.get("user_id"), "username": row["username"],
            "action": row["action"], "table_name": row["table_name"], "row_id": str(row["row_id"]),
            "changes": row["changes"], "prev_hash": prev,
        }
        full["row_hash"] = prev = row_digest(**full)
        out.append(full)
        next_id += 1
    if postgres:
        # through the SECURITY DEFINER function: on a hardened server the suite's role may
        # insert into the audit log only this way (README, several PCs)
        payload = [dict(r, at=r["at"].astimezone(dt.timezone.utc).isoformat()) for r in out]
        conn.execute(text("SELECT core_audit_append(CAST(:rows AS jsonb))"),
                     {"rows": json.dumps(payload, ensure_ascii=False)})
    else:
        conn.execute(_table().insert(), out)
    if postgres:  # the writes that bypass the ORM are audited here: other PCs hear of them too
        from suite.db.changes import announce

        announce(conn, {r["table_name"] for r in out} | {_table().name})
    conn.info[_HEAD_KEY] = (conn.get_transaction(), (out[-1]["id"], out[-1]["row_hash"]))
    return len(out)


# ---------------------------------------------------------------------------- verifying


@dataclass(frozen=True)
class ChainReport:
    """The outcome of a verification. ``problem`` is "" when the chain holds, else one of
    changed, unlinked, start, missing_head, rewritten; ``broken_id`` names the first broken link."""

    rows: int
    head_id: int | None
    head_hash: str | None
    problem: str = ""
    broken_id: int | None = None
    message: str = ""

    @property
    def ok(self) -> bool:
        return not self.problem


def verify(conn, *, expected: dict | None = None, progress: Callable[[int], None] | None = None,
           cancelled: Callable[[], bool] | None = None) -> ChainReport:
    """Walk the whole chain in id order, recomputing every hash. *expected* is a head kept
    outside the database ({"id", "hash", "at"}): its row must still be there, unchanged."""
    a = _table()
    stmt = select(*(a.c[name] for name in _COLUMNS)).order_by(a.c.id)
    result = conn.execution_options(stream_results=True, yield_per=5000).execute(stmt)
    count = 0
    prev_id: int | None = None
    prev_hash = GENESIS
    want_id = int(expected["id"]) if expected and expected.get("id") else None
    seen_expected: str | None = None

    def broken(problem: str, row_id: int, message) -> ChainReport:
        result.close()
        return ChainReport(count, prev_id, prev_hash if prev_id else None, problem, row_id, str(message))

    for row in result:
        if cancelled is not None and count % 5000 == 0 and cancelled():
            result.close()
            from suite.plugin_api.lists import Cancelled

            raise Cancelled()
        row = _Row(*row)
        if row.prev_hash != prev_hash:
            if prev_id is None:
                return broken("start", row.id, T(
                    "The audit log does not start at its first row: the rows before row {id} were removed.",
                    id=row.id))
            return broken("unlinked", row.id, T(
                "Audit row {id} does not follow row {prev}: a row between them was deleted, inserted or moved.",
                id=row.id, prev=prev_id))
        if _digest_of(row) != row.row_hash:
            return broken("changed", row.id, T(
                "Audit row {id} was changed after it was written: its content no longer matches its hash.",
                id=row.id))
        if want_id is not None and row.id == want_id:
            seen_expected = row.row_hash
        prev_id, prev_hash = int(row.id), row.row_hash
        count += 1
        if progress is not None and count % 5000 == 0:
            progress(count)
    result.close()
    if want_id is not None:
        when = str(expected.get("at") or "")[:16].replace("T", " ")
        if seen_expected is None:
            return ChainReport(count, prev_id, prev_hash if prev_id else None, "missing_head", want_id, str(T(
                "The audit log was emptied or cut short: row {id}, verified on {when}, is no longer there "
                "(the log ends at row {last}).", id=want_id, when=when, last=prev_id or 0)))
        if seen_expected != expected.get("hash"):
            return ChainReport(count, prev_id, prev_hash if prev_id else None, "rewritten", want_id, str(T(
                "The audit log was rewritten: row {id} is not the row verified on {when}.", id=want_id, when=when)))
    return ChainReport(count, prev_id, prev_hash if prev_id else None, "", None, str(T(
        "The audit log is intact: {n} rows, the chain ends at row {id}.", n=count, id=prev_id or 0)))


# ---------------------------------------------------------------------------- guards

_REFUSE = "the audit log is append-only"

SQLITE_TRIGGERS = {
    "core_audit_log_no_update": (
        "CREATE TRIGGER core_audit_log_no_update BEFORE UPDATE ON core_audit_log "
        f"BEGIN SELECT RAISE(ABORT, '{_REFUSE}'); END"
    ),
    "core_audit_log_no_delete": (
        "CREATE TRIGGER core_audit_log_no_delete BEFORE DELETE ON core_audit_log "
        f"BEGIN SELECT RAISE(ABORT, '{_REFUSE}'); END"
    ),
    # a new row must continue the chain: this also refuses INSERT OR REPLACE of an old row
    "core_audit_log_chain": (
        "CREATE TRIGGER core_audit_log_chain BEFORE INSERT ON core_audit_log "
        "WHEN NEW.id IS NULL OR NEW.id <= coalesce((SELECT max(id) FROM core_audit_log), 0) "
        "OR NEW.prev_hash IS NOT coalesce((SELECT row_hash FROM core_audit_log ORDER BY id DESC LIMIT 1), "
        f"'{GENESIS}') "
        f"BEGIN SELECT RAISE(ABORT, '{_REFUSE}: a new row must continue the chain'); END"
    ),
}

PG_FUNCTIONS = {
    "core_audit_log_append_only": (
        "CREATE OR REPLACE FUNCTION core_audit_log_append_only() RETURNS trigger AS $$ "
        f"BEGIN RAISE EXCEPTION '{_REFUSE}'; END $$ LANGUAGE plpgsql"
    ),
    "core_audit_log_chain": (
        "CREATE OR REPLACE FUNCTION core_audit_log_chain() RETURNS trigger AS $$ "
        "DECLARE head_id integer; head_hash varchar; "
        "BEGIN "
        "SELECT id, row_hash INTO head_id, head_hash FROM core_audit_log ORDER BY id DESC LIMIT 1; "
        "IF NEW.id IS NULL OR NEW.id <= coalesce(head_id, 0) "
        f"OR NEW.prev_hash IS DISTINCT FROM coalesce(head_hash, '{GENESIS}') THEN "
        f"RAISE EXCEPTION '{_REFUSE}: row % does not continue the chain', NEW.id; "
        "END IF; RETURN NEW; END $$ LANGUAGE plpgsql"
    ),
    # the one way the suite's role appends on a hardened server (it owns nothing there)
    "core_audit_append": (
        "CREATE OR REPLACE FUNCTION core_audit_append(rows jsonb) RETURNS integer "
        "LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$ "  # pinned by install_guards
        "DECLARE n integer; "
        "BEGIN "
        "INSERT INTO core_audit_log (id, at, user_id, username, action, table_name, row_id, changes, prev_hash, row_hash) "
        "SELECT r.id, r.at, r.user_id, r.username, r.action, r.table_name, r.row_id, r.changes, r.prev_hash, r.row_hash "
        "FROM jsonb_to_recordset(rows) AS r(id integer, at timestamptz, user_id integer, username varchar, "
        "action varchar, table_name varchar, row_id varchar, changes text, prev_hash varchar, row_hash varchar) "
        "ORDER BY r.id; "
        "GET DIAGNOSTICS n = ROW_COUNT; RETURN n; END $$"
    ),
}

PG_TRIGGERS = {
    "core_audit_log_no_change": (
        "CREATE TRIGGER core_audit_log_no_change BEFORE UPDATE OR DELETE OR TRUNCATE ON core_audit_log "
        "FOR EACH STATEMENT EXECUTE FUNCTION core_audit_log_append_only()"
    ),
    "core_audit_log_chain": (
        "CREATE TRIGGER core_audit_log_chain BEFORE INSERT ON core_audit_log "
        "FOR EACH ROW EXECUTE FUNCTION core_audit_log_chain()"
    ),
}


def _squash(sql: str | None) -> str:
    return re.sub(r"\s+", " ", sql or "").strip()


def _pg_body(create_sql: str) -> str:
    return _squash(create_sql.split("$$")[1])


def guard_problems(conn) -> list[str]:
    """Names of the guards (triggers, functions) that are missing, disabled or changed."""
    if conn.dialect.name == "sqlite":
        found = dict(conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'core_audit_log'").all())
        bad = [name for name, sql in SQLITE_TRIGGERS.items() if _squash(found.get(name)) != _squash(sql)]
        return bad + sorted(set(found) - set(SQLITE_TRIGGERS))
    triggers = dict(conn.execute(text(
        "SELECT t.tgname, t.tgenabled FROM pg_trigger t WHERE t.tgrelid = to_regclass('core_audit_log') "
        "AND NOT t.tgisinternal")).all())
    bad = [name for name in PG_TRIGGERS if triggers.get(name) not in ("O", "A")]
    bodies = dict(conn.execute(text(
        "SELECT p.proname, p.prosrc FROM pg_proc p WHERE p.proname = ANY(:names) "
        "AND pg_function_is_visible(p.oid)"), {"names": list(PG_FUNCTIONS)}).all())
    bad += [name for name, sql in PG_FUNCTIONS.items() if _squash(bodies.get(name)) != _pg_body(sql)
            and name not in bad]
    return bad + sorted(set(triggers) - set(PG_TRIGGERS))


def install_guards(conn) -> None:
    """(Re-)create every trigger and function that guards the audit log."""
    if conn.dialect.name == "sqlite":
        found = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'core_audit_log'")]
        for name in found:
            conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}"')
        for sql in SQLITE_TRIGGERS.values():
            conn.exec_driver_sql(sql)
        return
    for name in conn.execute(text(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = to_regclass('core_audit_log') AND NOT tgisinternal")).scalars():
        conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}" ON core_audit_log')
    # the SECURITY DEFINER function looks names up only in the suite's own schema
    schema = conn.execute(text("SELECT current_schema()")).scalar()
    pinned = 'SET search_path = "{}", pg_temp'.format(schema.replace('"', '""'))
    for sql in (*PG_FUNCTIONS.values(), *PG_TRIGGERS.values()):
        conn.execute(text(sql.replace("SET search_path FROM CURRENT", pinned)))


def remove_guards(conn) -> None:
    """Drop the guards (for migrations that rewrite the table)."""
    if conn.dialect.name == "sqlite":
        for name in SQLITE_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        return
    for name in PG_TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON core_audit_log")


def ensure_guards(db) -> list[str]:
    """At every start: check the guards and re-create what is missing, disabled or changed.
    A repair is itself recorded in the audit log. Returns the names repaired ([] when all was
    well). On a hardened PostgreSQL server the suite's role cannot repair them: logged."""
    with db.engine.connect() as conn:
        bad = guard_problems(conn)
    if not bad:
        return []
    log.warning("audit log guards missing or changed: %s; re-creating them", ", ".join(bad))
    try:
        with db.writer_engine().begin() as conn:
            install_guards(conn)
            append(conn, [{
                "at": dt.datetime.now(dt.timezone.utc), "user_id": None, "username": "system", "action": "repair",
                "table_name": "core_audit_log", "row_id": "guards",
                "changes": json.dumps({"guards": [None, bad]}, ensure_ascii=False, sort_keys=True),
            }])
    except Exception:  # noqa: BLE001 - e.g. a role that does not own the table: verify() reports it
        log.error("the audit log guards could not be re-created", exc_info=True)
        return []
    return bad
