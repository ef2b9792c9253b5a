"""The session class of the suite: fills in authors and timestamps and writes the audit log
in the same transaction as every ORM insert, update and delete."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from enum import Enum

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

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
    _bump_aggregate_roots(session, user_id, now)


def _aggregate_parent(obj):
    """The object one level up in *obj*'s aggregate, or None (see ``Base.__aggregate_parent__``)."""
    attr = getattr(type(obj), "__aggregate_parent__", None)
    if not attr:
        return None
    parent = getattr(obj, attr, None)
    if parent is None:  # detached from its parent in this flush: the old parent changed
        hist = inspect(obj).attrs[attr].history
        parent = hist.deleted[0] if hist.deleted else None
    return parent


def _child_collection_changed(obj) -> bool:
    """True when a collection of aggregate children on *obj* gained or lost a member."""
    state = inspect(obj)
    for rel in state.mapper.relationships:
        if rel.uselist and getattr(rel.mapper.class_, "__aggregate_parent__", None):
            if state.attrs[rel.key].history.has_changes():
                return True
    return False


def _bump_aggregate_roots(session: Session, user_id, now) -> None:
    """Changing, adding or removing a child row of an aggregate writes its root, so the root's
    version moves in the same flush and a stale save of the aggregate conflicts."""
    changed = [o for o in session.new] + [o for o in session.deleted]
    changed += [o for o in session.dirty if session.is_modified(o, include_collections=False)]
    roots = [o for o in session.dirty if o not in changed and _child_collection_changed(o)]
    if not roots and not any(getattr(type(o), "__aggregate_parent__", None) for o in changed):
        return
    seen: set[int] = set()
    with session.no_autoflush:
        for obj in changed + roots:
            parent = obj if obj in roots else _aggregate_parent(obj)
            while parent is not None and id(parent) not in seen:
                seen.add(id(parent))
                pstate = inspect(parent)
                if pstate.persistent and parent not in session.deleted:
                    if hasattr(parent, "updated_at"):
                        parent.updated_at = now
                        if hasattr(parent, "updated_by"):
                            parent.updated_by = user_id
                    else:  # no timestamp to write: force the version column's UPDATE
                        flag_modified(parent, pstate.mapper.version_id_col.key
                                      if pstate.mapper.version_id_col is not None
                                      else pstate.mapper.column_attrs[0].key)
                parent = _aggregate_parent(parent)


@event.listens_for(SuiteSession, "after_flush")
def _audit(session: Session, _flush_context) -> None:
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
        from suite.core.audit_chain import append

        append(session.connection(), rows)


class UnauditedWrite(RuntimeError):
    """A bulk UPDATE or DELETE through the session on an audited table (it would skip the
    audit log): write through ORM objects instead (see docs/plugins.md)."""


def _statement_tables(state) -> list:
    tables = [m.local_table for m in state.all_mappers]
    table = getattr(state.statement, "table", None)
    if table is not None:
        tables.append(getattr(table, "local_table", table))
    return tables


def _is_audited_table(table) -> bool:
    from suite.core.models import AuditLog

    name = getattr(table, "name", "")
    if name == AuditLog.__tablename__:
        return True
    for mapper in Base.registry.mappers:
        if mapper.local_table is table or getattr(mapper.local_table, "name", None) == name:
            return bool(getattr(mapper.class_, "__audit__", True))
    return False


@event.listens_for(SuiteSession, "do_orm_execute")
def _refuse_bulk_writes(state) -> None:
    """``session.execute(update(Model)...)`` and ``delete(Model)`` change rows without an
    audit row: refused on every audited table (and always on the audit log itself)."""
    if not (state.is_update or state.is_delete):
        return
    for table in _statement_tables(state):
        if _is_audited_table(table):
            verb = "UPDATE" if state.is_update else "DELETE"
            raise UnauditedWrite(
                f"bulk {verb} of {getattr(table, 'name', table)} through the session is refused: it would "
                "not be audited. Change the rows as ORM objects (or write the audit rows yourself with "
                "suite.plugin_api.core.audit_record_many on session.connection())."
            )
