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
from suite.db.pinyin import fill_keys


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
        fill_keys(obj, only_changed=False)
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
        fill_keys(obj, only_changed=True)
        if hasattr(obj, "updated_at"):
            obj.updated_at = now
        if hasattr(obj, "updated_by"):
            obj.updated_by = user_id
    _bump_aggregate_roots(session, user_id, now)


_LINKS: dict[type, tuple] = {}


def _aggregate_link(cls):
    """How a child class reaches its parent: (relationship key or None, parent mapper, the
    child's foreign-key attribute keys in the order of the parent's primary key). Cached."""
    link = _LINKS.get(cls)
    if link is not None:
        return link
    name = cls.__aggregate_parent__
    mapper = inspect(cls)
    if name in mapper.relationships:
        rel = mapper.relationships[name]
        if rel.uselist or rel.secondary is not None:
            raise TypeError(f"{cls.__name__}.__aggregate_parent__ = {name!r} must name a many-to-one relationship")
        by_remote = {remote: local for local, remote in rel.local_remote_pairs}
        cols = [by_remote[c] for c in rel.mapper.primary_key]
        rel_key, target = rel.key, rel.mapper
    elif name in mapper.column_attrs:
        (col,) = mapper.column_attrs[name].columns
        fks = list(col.foreign_keys)
        if len(fks) != 1:
            raise TypeError(f"{cls.__name__}.__aggregate_parent__ = {name!r} must be a foreign-key column")
        table = fks[0].column.table
        target = next((m for m in mapper.registry.mappers if m.local_table is table), None)
        if target is None:
            raise TypeError(f"{cls.__name__}.__aggregate_parent__: no model maps {table.name}")
        cols, rel_key = [col], None
    else:
        raise TypeError(f"{cls.__name__}.__aggregate_parent__ = {name!r} is neither a relationship nor a column")
    keys = [mapper.get_property_by_column(c).key for c in cols]
    link = _LINKS[cls] = (rel_key, target, keys)
    return link


def _aggregate_parents(session: Session, obj) -> list:
    """The objects one level up in *obj*'s aggregate (see ``Base.__aggregate_parent__``): the
    parent it belongs to now and, when it was moved, the one it left. Works whether or not the
    relationship is loaded and whether the link was set as an object or as a foreign key."""
    if not getattr(type(obj), "__aggregate_parent__", None):
        return []
    rel_key, target, keys = _aggregate_link(type(obj))
    state = inspect(obj)
    found: list = []
    if rel_key is not None:
        hist = state.attrs[rel_key].history  # never loads: only what the session already holds
        found += [p for p in (*hist.added, *hist.unchanged, *hist.deleted) if p is not None]
    idents = {tuple(state.attrs[k].value for k in keys)}  # the current foreign key
    for k in keys:  # and the one before a move made through the column
        for old in state.attrs[k].history.deleted:
            if len(keys) == 1:
                idents.add((old,))
    for ident in idents:
        if all(v is not None for v in ident):
            parent = session.get(target.class_, ident if len(ident) > 1 else ident[0])
            if parent is not None:
                found.append(parent)
    return found


def _child_collection_changed(obj) -> bool:
    """True when a collection on *obj* that holds its aggregate's children (or a many-to-many
    collection such as a user's roles) gained or lost a member."""
    state = inspect(obj)
    for rel in state.mapper.relationships:
        if not rel.uselist:
            continue
        child = rel.mapper.class_
        part = rel.secondary is not None
        if not part and getattr(child, "__aggregate_parent__", None):
            _key, target, keys = _aggregate_link(child)
            part = target is state.mapper and set(rel.remote_side) >= {
                rel.mapper.get_property(k).columns[0] for k in keys}
        if part and state.attrs[rel.key].history.has_changes():
            return True
    return False


def _touch(parent, user_id, now) -> None:
    """Make the flush write *parent*, so its version column moves."""
    pstate = inspect(parent)
    mapper = pstate.mapper
    if mapper.version_id_col is None:
        return
    if hasattr(parent, "updated_at"):
        parent.updated_at = now
        if hasattr(parent, "updated_by"):
            parent.updated_by = user_id
        key = "updated_at"
    else:
        skip = set(mapper.primary_key) | {mapper.version_id_col}
        key = next(a for a in mapper.column_attrs if a.columns[0] not in skip).key
    # flagged, not only set: a clock that has not moved since the last write (a coarse system
    # clock, a test's clock) gives the same timestamp, and an unchanged value writes nothing
    flag_modified(parent, key)


def _bump_aggregate_roots(session: Session, user_id, now) -> None:
    """Changing, adding, removing or moving a child row of an aggregate writes its root (and
    every parent on the way up), so the root's version moves in the same flush and a stale
    save of the aggregate conflicts."""
    changed = [o for o in session.new] + [o for o in session.deleted]
    changed += [o for o in session.dirty if session.is_modified(o, include_collections=False)]
    children = [o for o in changed if getattr(type(o), "__aggregate_parent__", None)]
    changed_ids = {id(o) for o in changed}
    roots = [o for o in session.dirty if id(o) not in changed_ids and _child_collection_changed(o)]
    if not roots and not children:
        return
    seen: set[int] = set()
    with session.no_autoflush:
        todo = list(roots)
        for obj in children:
            todo += _aggregate_parents(session, obj)
        while todo:
            parent = todo.pop()
            if id(parent) in seen:
                continue
            seen.add(id(parent))
            pstate = inspect(parent)
            if pstate.persistent and parent not in session.deleted:
                _touch(parent, user_id, now)
            todo += _aggregate_parents(session, parent)


def _deleted_by_flush(session: Session, flush_context) -> list:
    """Every object this flush deletes: those given to ``session.delete`` (and their cascades)
    and those the unit of work deletes as orphans (a child taken out of a ``delete-orphan``
    collection), which ``session.deleted`` never lists."""
    deleted = list(session.deleted)
    seen = {id(o) for o in deleted}
    for state, (isdelete, listonly) in flush_context.states.items():
        if isdelete and not listonly:
            obj = state.obj()
            if obj is not None and id(obj) not in seen:
                seen.add(id(obj))
                deleted.append(obj)
    return deleted


@event.listens_for(SuiteSession, "after_flush")
def _audit(session: Session, flush_context) -> None:
    user_id, username, now = _acting(session)
    rows = []
    deleted = _deleted_by_flush(session, flush_context)
    gone = {id(o) for o in deleted}
    dirty = [o for o in session.dirty if id(o) not in gone]
    for action, objects in (("insert", session.new), ("update", dirty), ("delete", deleted)):
        for obj in objects:
            if not _audited(obj):
                continue
            state = inspect(obj)
            redact = type(obj).__audit_redact__
            changes: dict[str, list] = {}
            for attr in _column_attrs(obj):
                key = attr.key
                if key in _BOOKKEEPING or "pinyin" in attr.columns[0].info:  # derived from the name
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
    _announce(session, deleted)


def _announce(session: Session, deleted: list) -> None:
    """PostgreSQL: NOTIFY, from this transaction, the tables this flush wrote (audited or
    not; aggregate roots are among them: their versions moved), so other windows and PCs hear
    of it when, and only if, the transaction commits (suite.db.changes)."""
    bind = session.get_bind()
    if bind.dialect.name != "postgresql":
        return
    tables = {obj.__tablename__ for objects in (session.new, deleted) for obj in objects
              if isinstance(obj, Base)}
    tables |= {obj.__tablename__ for obj in session.dirty
               if isinstance(obj, Base) and session.is_modified(obj, include_collections=False)}
    if tables:
        from suite.db.changes import announce

        announce(session.connection(), tables)


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
