"""The session class of the suite: fills in authors and timestamps and writes the audit log
in the same transaction as every ORM insert, update and delete."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from enum import Enum

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from suite.db.base import Base, utcnow


class SuiteSession(Session):
    """A Session whose ``info["ctx"]`` names the acting user (see Context.unit_of_work)."""


def _acting(session: Session):
    ctx = session.info.get("ctx")
    if ctx is None:
        return None, "system", utcnow()
    user = ctx.user
    return user.id, user.username, ctx.now()


def _plain(value):
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return str(value)


#: columns every record carries; the audit row itself says who and when
_BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "created_by", "updated_by", "version"})


def _audited(obj) -> bool:
    return isinstance(obj, Base) and getattr(type(obj), "__audit__", True)


def _column_attrs(obj):
    mapper = inspect(obj).mapper
    return [attr for attr in mapper.column_attrs]


@event.listens_for(SuiteSession, "before_flush")
def _stamp(session: Session, _flush_context, _instances) -> None:
    user_id, _name, now = _acting(session)
    for obj in session.new:
        if hasattr(obj, "created_at") and getattr(obj, "created_at", None) is None:
            obj.created_at = now
        if hasattr(obj, "updated_at"):
            obj.updated_at = now if getattr(obj, "updated_at", None) is None else obj.updated_at
        if hasattr(obj, "created_by") and getattr(obj, "created_by", None) is None:
            obj.created_by = user_id
        if hasattr(obj, "updated_by") and getattr(obj, "updated_by", None) is None:
            obj.updated_by = user_id
    for obj in session.dirty:
        if not session.is_modified(obj, include_collections=False):
            continue
        if hasattr(obj, "updated_at"):
            obj.updated_at = now
        if hasattr(obj, "updated_by"):
            obj.updated_by = user_id


@event.listens_for(SuiteSession, "after_flush")
def _audit(session: Session, _flush_context) -> None:
    from suite.core.models import AuditLog

    user_id, username, now = _acting(session)
    rows = []
    for action, objects in (("insert", session.new), ("update", session.dirty), ("delete", session.deleted)):
        for obj in objects:
            if not _audited(obj):
                continue
            state = inspect(obj)
            redact = type(obj).__audit_redact__
            changes: dict[str, list] = {}
            for attr in _column_attrs(obj):
                key = attr.key
                if key in _BOOKKEEPING:
                    continue
                hist = state.attrs[key].history
                if action == "insert":
                    new = state.attrs[key].value
                    if new is None:
                        continue
                    changes[key] = [None, "***" if key in redact else _plain(new)]
                elif action == "delete":
                    old = (hist.unchanged or hist.deleted or [None])[0]
                    changes[key] = ["***" if key in redact else _plain(old), None]
                elif hist.has_changes():
                    old = hist.deleted[0] if hist.deleted else None
                    new = hist.added[0] if hist.added else None
                    if old == new:
                        continue
                    if key in redact:
                        changes[key] = ["***", "***"]
                    else:
                        changes[key] = [_plain(old), _plain(new)]
            if action == "update" and not changes:
                continue
            identity = state.mapper.primary_key_from_instance(obj)
            rows.append(
                {
                    "at": now,
                    "user_id": user_id,
                    "username": username,
                    "action": action,
                    "table_name": obj.__tablename__,
                    "row_id": ",".join(str(v) for v in identity),
                    "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True),
                }
            )
    if rows:
        session.connection().execute(AuditLog.__table__.insert(), rows)
