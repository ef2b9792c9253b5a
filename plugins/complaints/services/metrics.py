"""Staff metrics for performance scoring: complaints naming a person, substantiated ones,
and a handler's timeliness and follow-up satisfaction. A delivery delay whose cause was force
majeure counts against nobody.

Each takes (ctx, staff_ids, start, end) with office-local dates, end exclusive, and counts
the complaints *received* in that period.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import case, func, select, union_all

from suite.plugin_api.context import Context
from suite_plugins.complaints.models import Complaint
from suite_plugins.complaints.permissions import VIEW

C = Complaint.__table__
#: stages whose timeliness is the handler's (the investigation is the department's)
HANDLER_STAGES = (C.c.fc_met, C.c.sol_met, C.c.res_met)


def _period(ctx: Context, start: dt.date, end: dt.date):
    return C.c.received_at >= ctx.day_bounds(start)[0], C.c.received_at < ctx.day_bounds(end)[0]


#: a delivery delay by force majeure (traffic, weather) counts against nobody (seed 001)
COUNTS_AGAINST_STAFF = C.c.delay_cause != "force_majeure"


def attributed(ctx: Context, staff_ids, start: dt.date, end: dt.date) -> dict[int, float]:
    """Complaints naming the person as driver, cook, clerk or responsible (a case counts once)."""
    ctx.require(VIEW)
    ids = list(staff_ids)
    out = {i: 0.0 for i in ids}
    if not ids:
        return out
    period = _period(ctx, start, end)
    parts = [select(C.c.id.label("cid"), col.label("sid")).where(*period, col.in_(ids), COUNTS_AGAINST_STAFF)
             for col in (C.c.driver_staff_id, C.c.cook_staff_id, C.c.clerk_staff_id, C.c.responsible_staff_id)]
    u = union_all(*parts).subquery()
    with ctx.read() as s:
        for sid, n in s.execute(select(u.c.sid, func.count(func.distinct(u.c.cid))).group_by(u.c.sid)):
            out[sid] = float(n)
    return out


def substantiated(ctx: Context, staff_ids, start: dt.date, end: dt.date) -> dict[int, float]:
    """Complaints found justified with the person named responsible."""
    ctx.require(VIEW)
    ids = list(staff_ids)
    out = {i: 0.0 for i in ids}
    if not ids:
        return out
    with ctx.read() as s:
        for sid, n in s.execute(select(C.c.responsible_staff_id, func.count())
                                .where(*_period(ctx, start, end), C.c.substantiated.is_(True), COUNTS_AGAINST_STAFF,
                                       C.c.responsible_staff_id.in_(ids)).group_by(C.c.responsible_staff_id)):
            out[sid] = float(n)
    return out


def handler_sla(ctx: Context, staff_ids, start: dt.date, end: dt.date) -> dict[int, float]:
    """Percent of the first-contact, solution and resolution deadlines met on the cases the
    person handled (deadlines not yet reached are left out; a person without any is absent)."""
    ctx.require(VIEW)
    ids = list(staff_ids)
    if not ids:
        return {}
    met = sum(case((col.is_(True), 1), else_=0) for col in HANDLER_STAGES)
    due = sum(case((col.is_not(None), 1), else_=0) for col in HANDLER_STAGES)
    out: dict[int, float] = {}
    with ctx.read() as s:
        for sid, m, d in s.execute(select(C.c.handler_staff_id, func.sum(met), func.sum(due))
                                   .where(*_period(ctx, start, end), C.c.handler_staff_id.in_(ids))
                                   .group_by(C.c.handler_staff_id)):
            if d:
                out[sid] = round(100.0 * float(m) / float(d), 1)
    return out


def handler_satisfaction(ctx: Context, staff_ids, start: dt.date, end: dt.date) -> dict[int, float]:
    """Average follow-up satisfaction (1-5) of the cases the person handled."""
    ctx.require(VIEW)
    ids = list(staff_ids)
    if not ids:
        return {}
    with ctx.read() as s:
        rows = s.execute(select(C.c.handler_staff_id, func.sum(C.c.satisfaction), func.count(C.c.satisfaction))
                         .where(*_period(ctx, start, end), C.c.handler_staff_id.in_(ids),
                                C.c.satisfaction.is_not(None)).group_by(C.c.handler_staff_id)).all()
    return {sid: round(float(total) / n, 2) for sid, total, n in rows if n}
