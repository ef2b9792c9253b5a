"""Global search (Ctrl+K): anomalies by what was found, dish or supplier; equipment by name."""

from __future__ import annotations

from sqlalchemy import or_, select

from suite.plugin_api import SearchHit
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.kitchen import codes
from suite_plugins.kitchen.models import Anomaly, Equipment

T = domain("kitchen")


def search(ctx: Context, text: str, limit: int = 10) -> list[SearchHit]:
    from suite_plugins.kitchen import permissions as P

    ctx.require(P.VIEW)
    text = (text or "").strip()
    if not text:
        return []
    with ctx.read() as s:
        rows = s.execute(select(Anomaly.id, Anomaly.title, Anomaly.kind, Anomaly.occurred_on, Anomaly.status).where(
            or_(Anomaly.title.contains(text, autoescape=True), Anomaly.dish.contains(text, autoescape=True),
                Anomaly.supplier_name.contains(text, autoescape=True))).order_by(Anomaly.occurred_at.desc())
            .limit(limit)).all()
        equipment = s.execute(select(Equipment.id, Equipment.name, Equipment.kind).where(
            Equipment.name.contains(text, autoescape=True)).limit(limit)).all()
    hits = [SearchHit(r.title, f"{r.occurred_on.isoformat()} · {codes.label(codes.ANOMALY_KINDS, r.kind)} · "
                      f"{codes.label(codes.ANOMALY_STATUSES, r.status)}", page="kitchen.anomalies", key=r.id,
                      kind=T("Kitchen anomaly")) for r in rows]
    hits += [SearchHit(e.name, codes.label(codes.EQUIPMENT_KINDS, e.kind), page="kitchen.setup", key=e.id,
                       kind=T("Kitchen equipment")) for e in equipment]
    return hits[:limit]
