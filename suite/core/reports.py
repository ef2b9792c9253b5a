"""The core's own report: an extract of the audit log (who changed what, when, old -> new).

Declared in :mod:`suite.core.plugin` as ``core.audit_extract``; its data comes from the audit
service (:func:`suite.core.audit.audit_entries`), which checks ``audit.view``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

from suite.core.audit import AuditEntry, audit_entries
from suite.plugin_api.errors import ValidationError
from suite.plugin_api.i18n import domain

T = domain("core")

#: at most this many changes are listed (the newest); about 500 landscape pages
MAX_ROWS = 20_000
#: per changed row at most this many fields are shown, each value cut to VALUE_CHARS
MAX_FIELDS = 12
VALUE_CHARS = 80
#: a range of at most this many days is charted per day, a longer one per table
DAYS_CHARTED = 62


def audit_extract(ctx, params: dict, doc) -> list:
    """Changes between two office-local dates (both included), optionally of one user and one
    table, oldest first, with a chart of how many changes per day (or per table)."""
    start: dt.date = params["start"]
    end: dt.date = params["end"]
    if end < start:
        raise ValidationError(fields={"end": T("The end date is before the start date.")})
    user = params.get("user") or None
    table = params.get("table") or None
    lo, _ = ctx.day_bounds(start)
    _, hi = ctx.day_bounds(end)
    entries = audit_entries(ctx, start=lo, end=hi, username=user, table=table, limit=MAX_ROWS + 1)
    truncated = len(entries) > MAX_ROWS
    entries = list(reversed(entries[:MAX_ROWS]))

    story: list = []
    users = {e.username for e in entries}
    tables = {e.table_name for e in entries}
    story.append(doc.key_values([
        (T("Number of changes"), doc.number(len(entries))),
        (T("Number of users"), doc.number(len(users))),
        (T("Tables"), doc.number(len(tables))),
    ]))
    if truncated:
        story.append(doc.note(T("Only the newest {n} changes are listed: choose fewer days or a user or table.",
                                n=doc.number(MAX_ROWS))))
    story.append(doc.spacer(3))
    if entries:
        story.append(_chart(ctx, doc, entries, start, end))
        story.append(doc.spacer(3))
    story += doc.table(
        [T("Time"), T("User"), T("Action"), T("Table"), T("Row"), T("Changes")],
        [(doc.datetime(e.at, seconds=True), e.username, action_label(e.action), e.table_name, e.row_id,
          readable_changes(e, ctx.timezone)) for e in entries],
        empty_text=T("No change was recorded in this period."),
    )
    return story


def _chart(ctx, doc, entries: list[AuditEntry], start: dt.date, end: dt.date):
    days = (end - start).days + 1
    height = 42 if days <= 31 else 50
    if days <= DAYS_CHARTED:
        per_day = Counter(e.at.astimezone(ctx.timezone).date() for e in entries)
        data = [((start + dt.timedelta(days=i)).strftime("%m-%d"), per_day.get(start + dt.timedelta(days=i), 0))
                for i in range(days)]
        return doc.bar_chart(data, title=T("Changes per day"), height_mm=height)
    per_table = Counter(e.table_name for e in entries).most_common(15)
    return doc.bar_chart(per_table, title=T("Changes per table (the 15 busiest)"), height_mm=height, horizontal=True)


def action_label(action: str) -> str:
    return {
        "insert": T.now("created"),
        "update": T.now("changed"),
        "delete": T.now("deleted"),
    }.get(action, action)


_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def _value(value: Any, tz=None) -> str:
    if value is None:
        return "\u2205"  # empty set: "no value"
    if isinstance(value, bool):
        return T.now("yes") if value else T.now("no")
    text = str(value).replace("\r", " ").replace("\n", " ")
    if text == "":
        return T.now("(empty)")
    if _ISO_TIME.match(text):  # a stored time: show it in the office's time zone
        try:
            moment = dt.datetime.fromisoformat(text)
            if moment.tzinfo is not None and tz is not None:
                moment = moment.astimezone(tz)
            return moment.strftime("%Y-%m-%d %H:%M:%S")
        except ValueError:
            pass
    if len(text) > VALUE_CHARS:
        text = text[:VALUE_CHARS - 1] + "\u2026"
    return text


def readable_changes(entry: AuditEntry, tz=None) -> str:
    """``field: old → new`` per changed field, separated by semicolons (created rows:
    ``field = value``); stored times are shown in the time zone *tz*."""
    changes = entry.changes or {}
    parts = []
    for key in list(changes)[:MAX_FIELDS]:
        pair = changes[key]
        old, new = (list(pair) + [None, None])[:2] if isinstance(pair, (list, tuple)) else (None, pair)
        if entry.action == "insert":
            parts.append(f"{key} = {_value(new, tz)}")
        elif entry.action == "delete":
            parts.append(f"{key}: {_value(old, tz)}")
        else:
            parts.append(f"{key}: {_value(old, tz)} \u2192 {_value(new, tz)}")
    if len(changes) > MAX_FIELDS:
        parts.append(T.now("\u2026 and {n} more fields", n=len(changes) - MAX_FIELDS))
    return "; ".join(parts)
