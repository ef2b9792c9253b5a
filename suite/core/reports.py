"""The core's own report: an extract of the audit log (who changed what, when, old -> new).

Declared in :mod:`suite.core.plugin` as ``core.audit_extract``; its data comes from the audit
service (:func:`suite.core.audit.audit_entries`), which checks ``audit.view``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from suite.core.audit import AuditEntry, AuditFormatter, audit_entries, change_text
from suite.plugin_api.errors import ValidationError
from suite.plugin_api.i18n import domain

T = domain("core")

#: at most this many changes are listed (the newest); about 500 landscape pages
MAX_ROWS = 20_000
#: per audit row at most this many fields are listed (one line each), each value cut to VALUE_CHARS
MAX_FIELDS = 60
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
        (T("Record types"), doc.number(len(tables))),
    ]))
    if truncated:
        story.append(doc.note(T("Only the newest {n} changes are listed: choose fewer days or a user or table.",
                                n=doc.number(MAX_ROWS))))
    story.append(doc.spacer(3))
    if entries:
        story.append(_chart(ctx, doc, entries, start, end))
        story.append(doc.spacer(3))
    fmt = AuditFormatter(ctx, max_chars=VALUE_CHARS)
    rows = []
    for e in entries:
        for line in fmt.lines(e)[:MAX_FIELDS]:
            rows.append((line.when, line.username, line.action_label, line.record_type, line.record,
                         line.field_label, change_text(line.action, line.old, line.new)))
        if len(e.changes or {}) > MAX_FIELDS:
            rows.append(("", "", "", "", "", "", T.now("\u2026 and {n} more fields", n=len(e.changes) - MAX_FIELDS)))
    story += doc.table(
        [T("Time"), T("User"), T("Action"), T("Record type"), T("Record"), T("Field"), T("Change")],
        rows,
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
    fmt = AuditFormatter(ctx)
    per_table = [(fmt.table_label(name), n) for name, n in Counter(e.table_name for e in entries).most_common(15)]
    return doc.bar_chart(per_table, title=T("Changes per table (the 15 busiest)"), height_mm=height, horizontal=True)
