"""The audit log: who changed what, when, old -> new.

Rows are written automatically for every ORM insert, update and delete (suite.db.session);
:func:`record` covers the few writes that bypass the ORM (association tables, bulk imports).
No service updates or deletes audit rows, and database triggers refuse it anyway. Every row is
a link of a hash chain (:mod:`suite.core.audit_chain`): all writes go through its ``append``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from suite.core import permissions as P
from suite.core.audit_chain import append
from suite.core.models import AuditLog
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain

T = domain("core")


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


def audit_conditions(*, username: str | None = None, table: str | None = None,
                     start: dt.datetime | None = None, end: dt.datetime | None = None) -> list:
    """The WHERE conditions of the audit log's filters (user, table, [start, end) in UTC)."""
    a = AuditLog.__table__
    out = []
    if username:
        out.append(a.c.username == username)
    if table:
        out.append(a.c.table_name == table)
    if start is not None:
        out.append(a.c.at >= start)
    if end is not None:
        out.append(a.c.at < end)
    return out


def audit_changes_column(ctx: Context):
    """The stored changes as they may leave the service (personal data hidden from a user
    without ``customers.view_pii``)."""
    from suite.core.pii import audit_changes_sql

    a = AuditLog.__table__
    return audit_changes_sql(ctx, a.c.changes, a.c.table_name)


def audit_select(ctx: Context, *, username: str | None = None, table: str | None = None,
                 start: dt.datetime | None = None, end: dt.datetime | None = None):
    """The filtered audit log as a SQL select (newest first), for lists and reports."""
    ctx.require(P.AUDIT_VIEW)
    a = AuditLog.__table__
    stmt = select(  # personal data hidden from a user without customers.view_pii
        a.c.id, a.c.at, a.c.username, a.c.action, a.c.table_name, a.c.row_id,
        audit_changes_column(ctx).label("changes"),
    )
    return stmt.where(*audit_conditions(username=username, table=table, start=start, end=end))


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


# ---------------------------------------------------------------------------- reading it


#: pseudo tables of audit rows written without a model (backups, exports)
_PSEUDO_TABLES = {"backup": T("Backup")}
_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: a value longer than this is cut (``…``) when shown in a list or a report
VALUE_CHARS = 120


def action_label(action: str) -> str:
    """The words for an audit action (insert -> Added, export -> Exported...)."""
    words = {"insert": T("Added"), "update": T("Changed"), "delete": T("Deleted"), "export": T("Exported"),
             "backup": T("Backed up"), "restore": T("Restored"), "repair": T("Repaired")}
    found = words.get(action)
    return str(found) if found is not None else action


@dataclass(frozen=True)
class AuditLine:
    """One changed field of one audit row, as a manager reads it: what kind of record
    (``Crew``), which one (``2026-12-01 张伟``), which field (``Vehicle``), old and new in
    words, who and when (office time)."""
    entry_id: int
    at: dt.datetime
    when: str
    username: str
    action: str
    action_label: str
    table_name: str
    record_type: str
    row_id: str
    record: str
    field: str
    field_label: str
    old: str
    new: str


class AuditFormatter:
    """Turns stored audit values into what a manager reads: labels from the models
    (:mod:`suite.plugin_api.labels`), money through the shared formatter, stored times in the
    office's time zone, a referenced record by its name (the driver's name, not ``3``),
    yes/no and coded values in words. It caches the names it looked up: make one per page
    or report. Nothing it shows changes what is stored (the hash chain stays as it is)."""

    def __init__(self, ctx: Context, *, max_chars: int | None = VALUE_CHARS) -> None:
        from suite.core.pii import pii

        self.ctx = ctx
        self.tz = ctx.timezone
        _import_models(ctx)
        self.max_chars = max_chars
        self.mask = pii(ctx)
        self._names: dict[tuple[str, str], str | None] = {}

    # ------------------------------------------------------------------ labels

    def table_label(self, table_name: str) -> str:
        from suite.plugin_api import labels

        if table_name.startswith("export:"):
            return T.now("Export of the list {name}", name=table_name.partition(":")[2])
        if table_name in _PSEUDO_TABLES:
            return str(_PSEUDO_TABLES[table_name])
        return labels.table_label(table_name)

    def field_label(self, table_name: str, key: str) -> str:
        from suite.plugin_api import labels

        if key == "*":
            return T.now("Personal data")
        if not key:
            return ""
        return labels.column_label(table_name, key)

    # ------------------------------------------------------------------ values

    def value(self, table_name: str, key: str, value: Any) -> str:
        """One stored value of *key* in words (an empty string for "no value")."""
        from suite.plugin_api import labels
        from suite.plugin_api.numbers import format_decimal, format_money

        if value is None:
            return ""
        if value == "***" or value == "****":
            return T.now("(hidden)")
        column = labels.column_for(table_name, key)
        if column is not None:
            choice = labels.choice_label(table_name, key, value)
            if choice is not None:
                return choice
            kind = _kind(column)
            if kind == "bool" or isinstance(value, bool):
                return T.now("Yes") if value else T.now("No")
            if kind == "money":
                return format_money(value)
            if kind == "decimal":
                return format_decimal(value, getattr(column.type, "scale", None) or 2)
            if kind == "datetime" and isinstance(value, str):
                return self.time(value)
            target = _referenced_table(column, key)
            if target and not isinstance(value, bool) and value != "":
                return self.record_name(target, str(value))
        elif isinstance(value, bool):
            return T.now("Yes") if value else T.now("No")
        if isinstance(value, str) and _ISO_TIME.match(value):
            return self.time(value)
        if isinstance(value, (list, dict)):
            text = json.dumps(value, ensure_ascii=False, default=str)
        else:
            text = str(value)
        text = text.replace("\r", " ").replace("\n", " ")
        if text == "":
            return T.now("(empty)")
        return self._cut(text)

    def time(self, text: str) -> str:
        """A stored ISO time (UTC) as office time: ``2026-12-02 07:58``."""
        try:
            moment = dt.datetime.fromisoformat(text)
        except ValueError:
            return text
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.timezone.utc)
        return moment.astimezone(self.tz).strftime("%Y-%m-%d %H:%M")

    def _cut(self, text: str) -> str:
        if self.max_chars and len(text) > self.max_chars:
            return text[: self.max_chars - 1] + "\u2026"
        return text

    # ------------------------------------------------------------------ records

    def record_name(self, table_name: str, row_id: str, changes: dict | None = None, _depth: int = 0) -> str:
        """What a record is called (its name, number, plate...), ``#id`` when it has none or
        no longer exists. *changes* (of a deleted row) name it when the row is gone."""
        cache_key = (table_name, row_id)
        if cache_key not in self._names:
            self._names[cache_key] = self._lookup(table_name, row_id, _depth)
        name = self._names[cache_key]
        if name:
            return name
        if changes:
            from suite.plugin_api import labels

            spec = labels.record_name_spec(table_name)
            if isinstance(spec, tuple):
                parts = []
                for key in spec:
                    pair = changes.get(key)
                    old = pair[0] if isinstance(pair, list) and len(pair) == 2 else None
                    new = pair[1] if isinstance(pair, list) and len(pair) == 2 else None
                    got = new if new is not None else old
                    if got is not None:
                        parts.append(self.value(table_name, key, got))
                if parts:
                    return " ".join(p for p in parts if p)
        return f"#{row_id}"

    def _lookup(self, table_name: str, row_id: str, depth: int) -> str | None:
        from sqlalchemy import select as _select

        from suite.plugin_api import labels

        table = labels.table_for(table_name)
        spec = labels.record_name_spec(table_name)
        if table is None or spec is None or depth > 2:
            return None
        pk = list(table.primary_key.columns)
        ids = str(row_id).split(",")
        if len(ids) != len(pk):
            return None
        model = labels.model_for(table_name)
        personal = getattr(model, "__personal_data__", frozenset()) if model is not None else frozenset()
        try:
            keys = [pk_col.type.python_type(v) for pk_col, v in zip(pk, ids)]
        except (ValueError, NotImplementedError, TypeError):
            keys = ids
        cond = [c == v for c, v in zip(pk, keys)]
        with self.ctx.read() as s:
            row = s.execute(_select(table).where(*cond)).mappings().first()
        if row is None:
            return None
        if callable(spec):
            return str(spec(row))
        if isinstance(spec, labels.FirstOf):  # no declared name: the first name column filled in
            spec = next(((key,) for key in spec if row.get(key) not in (None, "")), ())
        parts = []
        for key in spec:
            column = table.c.get(key)
            value = row.get(key)
            if value is None or value == "":
                continue
            if key in personal:
                value = self.mask.address(value) if "address" in key else self.mask.phone(value)
                parts.append(str(value))
                continue
            if column is not None and column.foreign_keys:
                target = next(iter(column.foreign_keys)).column.table.name
                parts.append(self.record_name(target, str(value), _depth=depth + 1))
            elif isinstance(value, dt.datetime):
                parts.append(value.astimezone(self.tz).strftime("%Y-%m-%d %H:%M"))
            elif isinstance(value, dt.date):
                parts.append(value.isoformat())
            else:  # a coded value in words, an amount as money
                parts.append(self.value(table_name, key, value if isinstance(value, (str, int, bool)) else str(value)))
        return " ".join(p for p in parts if p) or None

    # ------------------------------------------------------------------ rows

    def lines(self, entry: "AuditEntry") -> list[AuditLine]:
        """One :class:`AuditLine` per field the audit row records (one for a row without
        any: an export, a backup)."""
        when = self.ctx.to_local(entry.at).strftime("%Y-%m-%d %H:%M:%S")
        record_type = self.table_label(entry.table_name)
        changes = entry.changes if isinstance(entry.changes, dict) else {}
        record = self.record_name(entry.table_name, entry.row_id, changes) \
            if not entry.table_name.startswith("export:") and entry.table_name not in _PSEUDO_TABLES \
            else entry.row_id
        out = []
        common = dict(entry_id=entry.id, at=entry.at, when=when, username=entry.username, action=entry.action,
                      action_label=action_label(entry.action), table_name=entry.table_name,
                      record_type=record_type, row_id=entry.row_id, record=record)
        for key, pair in (changes or {"": None}).items():
            old, new = self.pair(entry.table_name, key, pair)
            out.append(AuditLine(field=key, field_label=self.field_label(entry.table_name, key), old=old, new=new,
                                 **common))
        return out

    def pair(self, table_name: str, key: str, pair: Any) -> tuple[str, str]:
        """(old, new) in words of one stored change (``[old, new]``, or a single value)."""
        if isinstance(pair, list) and len(pair) == 2:
            return self.value(table_name, key, pair[0]), self.value(table_name, key, pair[1])
        return "", self.value(table_name, key, pair)


def change_text(action: str, old: str, new: str, pair=None) -> str:
    """``old → new`` of one field (an added record: its value; a deleted one: ``old → ∅``;
    an export or a backup: what it recorded)."""
    if pair is not None and not isinstance(pair, list):
        return new
    if action == "delete":
        return f"{old} \u2192 \u2205" if old else "\u2205"
    if action != "update":
        return new or old
    return f"{old or chr(0x2205)} \u2192 {new or chr(0x2205)}"


def _import_models(ctx: Context) -> None:
    """Every plugin's models, enabled or not (plugins import theirs lazily; an old row of a
    disabled plugin still reads by its labels)."""
    import importlib

    host = getattr(ctx, "host", None)
    if host is None:
        return
    for location in host.all_migration_locations():
        for module in location.models:
            try:
                importlib.import_module(module)
            except Exception:  # noqa: BLE001 - a broken plugin: its rows fall back to readable names
                continue


def _referenced_table(column, key: str) -> str | None:
    """The table a column points to: its foreign key, ``info={"references": "core_staff"}``,
    or (a staff number kept without a foreign key) ``core_staff`` for ``*staff_id``."""
    if column.foreign_keys:
        return next(iter(column.foreign_keys)).column.table.name
    if column.info.get("references"):
        return column.info["references"]
    if key == "staff_id" or key.endswith("_staff_id"):
        return "core_staff"
    return None


def _kind(column) -> str:
    from sqlalchemy import Boolean, Date, DateTime, Numeric

    from suite.db.base import Money, UTCDateTime

    kind_type = column.type
    if isinstance(kind_type, Money):
        return "money"
    if isinstance(kind_type, (UTCDateTime, DateTime)):
        return "datetime"
    if isinstance(kind_type, Boolean):
        return "bool"
    if column.foreign_keys:
        return "fk"
    if isinstance(kind_type, Date):
        return "date"
    if isinstance(kind_type, Numeric):
        return "decimal"
    return "text"


def audit_lines(ctx: Context, *, limit: int = 10_000, formatter: AuditFormatter | None = None,
                **filters) -> list[AuditLine]:
    """The audit log one changed field per line, newest first, in words (``audit.view``);
    the filters of :func:`audit_entries`."""
    fmt = formatter or AuditFormatter(ctx)
    out: list[AuditLine] = []
    for entry in audit_entries(ctx, limit=limit, **filters):
        out.extend(fmt.lines(entry))
    return out
