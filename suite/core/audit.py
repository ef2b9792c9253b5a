"""The audit log: who changed what, when, old -> new.

Rows are written automatically for every ORM insert, update and delete (suite.db.session);
:func:`record` covers the few writes that bypass the ORM (association tables, bulk imports).
No service updates or deletes audit rows, and database triggers refuse it anyway. Every row is
a link of a hash chain (:mod:`suite.core.audit_chain`): all writes go through its ``append``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from suite.core import permissions as P
from suite.core.audit_chain import append
from suite.core.models import AuditLog
from suite.plugin_api.context import Context


def record(session, ctx: Context, table: str, row_id: str, action: str, changes: dict) -> None:
    """Add one audit row in the current transaction."""
    append(
        session.connection(),
        [{
            "at": ctx.now(), "user_id": ctx.user.id, "username": ctx.user.username, "action": action,
            "table_name": table, "row_id": str(row_id),
            "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True, default=str),
        }],
    )


def record_many(session, ctx: Context, table: str, action: str, rows: Iterable[tuple[str, dict]]) -> int:
    """Audit rows for a bulk write (one per written row), in one statement."""
    now = ctx.now()
    payload = [
        {
            "at": now, "user_id": ctx.user.id, "username": ctx.user.username, "action": action,
            "table_name": table, "row_id": str(row_id),
            "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True, default=str),
        }
        for row_id, changes in rows
    ]
    if payload:
        append(session.connection(), payload)
    return len(payload)


@dataclass(frozen=True)
class AuditEntry:
    """One audit record: who, when, what (insert/update/delete), which row, and ``changes`` as
    ``{column: [old, new]}``."""
    id: int
    at: dt.datetime
    username: str
    action: str
    table_name: str
    row_id: str
    changes: dict


def audit_select(ctx: Context, *, username: str | None = None, table: str | None = None,
                 start: dt.datetime | None = None, end: dt.datetime | None = None):
    """The filtered audit log as a SQL select (newest first), for lists and reports."""
    from suite.core.pii import audit_changes_sql

    ctx.require(P.AUDIT_VIEW)
    a = AuditLog.__table__
    stmt = select(  # personal data hidden from a user without customers.view_pii
        a.c.id, a.c.at, a.c.username, a.c.action, a.c.table_name, a.c.row_id,
        audit_changes_sql(ctx, a.c.changes, a.c.table_name).label("changes"),
    )
    if username:
        stmt = stmt.where(a.c.username == username)
    if table:
        stmt = stmt.where(a.c.table_name == table)
    if start is not None:
        stmt = stmt.where(a.c.at >= start)
    if end is not None:
        stmt = stmt.where(a.c.at < end)
    return stmt


def audit_entries(ctx: Context, *, limit: int = 10_000, **filters) -> list[AuditEntry]:
    """Audit records, newest first (``audit.view``); filters: ``username``, ``table``,
    ``start``, ``end`` (UTC). Personal data is hidden from a user without
    ``customers.view_pii``."""
    stmt = audit_select(ctx, **filters).order_by(AuditLog.__table__.c.at.desc(), AuditLog.__table__.c.id.desc()).limit(limit)
    with ctx.read() as s:
        return [
            AuditEntry(r.id, r.at, r.username, r.action, r.table_name, r.row_id, json.loads(r.changes or "{}"))
            for r in s.execute(stmt)
        ]


def audited_tables(ctx: Context) -> list[str]:
    ctx.require(P.AUDIT_VIEW)
    with ctx.read() as s:
        return sorted(s.scalars(select(AuditLog.table_name).distinct()))


def audited_users(ctx: Context) -> list[str]:
    """User names that appear in the audit log (for the audit page's filter)."""
    ctx.require(P.AUDIT_VIEW)
    with ctx.read() as s:
        return sorted(s.scalars(select(AuditLog.username).distinct()))


def audit_entry(ctx: Context, entry_id: int) -> AuditEntry | None:
    """One audit row with all its changes (the list shows them shortened)."""
    ctx.require(P.AUDIT_VIEW)
    with ctx.read() as s:
        r = s.execute(audit_select(ctx).where(AuditLog.__table__.c.id == entry_id)).first()
    if r is None:
        return None
    return AuditEntry(r.id, r.at, r.username, r.action, r.table_name, r.row_id, json.loads(r.changes or "{}"))
