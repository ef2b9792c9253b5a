"""Staff metrics for performance scoring. Each takes (ctx, staff_ids, start, end), office-local
dates with end exclusive, and returns {staff_id: value}."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from suite.plugin_api.context import Context
from suite_plugins.kitchen import permissions as P
from suite_plugins.kitchen.models import Anomaly, HealthCheck, Run
from suite_plugins.kitchen.services import health


def runs_on_time(ctx: Context, staff_ids, start: dt.date, end: dt.date) -> dict[int, float]:
    """Checklist runs the person recorded within their time window."""
    ctx.require(P.VIEW)
    ids = list(staff_ids)
    out = {i: 0.0 for i in ids}
    if ids:
        with ctx.read() as s:
            for sid, n in s.execute(select(Run.staff_id, func.count()).where(
                    Run.staff_id.in_(ids), Run.on_time.is_(True), Run.due_on >= start, Run.due_on < end)
                    .group_by(Run.staff_id)):
                out[sid] = float(n)
    return out


def health_checks_missed(ctx: Context, staff_ids, start: dt.date, end: dt.date) -> dict[int, float]:
    """Days the kitchen worked (some morning check was recorded) on which a food handler
    of the kitchen department had none."""
    ctx.require(P.VIEW)
    ids = list(staff_ids)
    out = {i: 0.0 for i in ids}
    handlers = {p.id for p in health.food_handlers(ctx)} & set(ids)
    if not handlers:
        return out
    with ctx.read() as s:
        days = s.scalar(select(func.count(func.distinct(HealthCheck.day))).where(
            HealthCheck.day >= start, HealthCheck.day < end)) or 0
        checked = dict(s.execute(select(HealthCheck.staff_id, func.count()).where(
            HealthCheck.staff_id.in_(handlers), HealthCheck.day >= start, HealthCheck.day < end)
            .group_by(HealthCheck.staff_id)).all())
    for sid in handlers:
        out[sid] = float(max(0, days - checked.get(sid, 0)))
    return out


def anomalies_attributed(ctx: Context, staff_ids, start: dt.date, end: dt.date) -> dict[int, float]:
    """Anomalies of the period naming the person as responsible."""
    ctx.require(P.VIEW)
    ids = list(staff_ids)
    out = {i: 0.0 for i in ids}
    if ids:
        with ctx.read() as s:
            for sid, n in s.execute(select(Anomaly.responsible_staff_id, func.count()).where(
                    Anomaly.responsible_staff_id.in_(ids), Anomaly.occurred_on >= start, Anomaly.occurred_on < end)
                    .group_by(Anomaly.responsible_staff_id)):
                out[sid] = float(n)
    return out
