"""Where points and KPIs come from: the staff metrics of every plugin, and the domain events
(noted cheaply by the hooks, their details read through the source plugin's ``api.py`` when
the evaluation runs, never inside the source's write)."""

from __future__ import annotations

import datetime as dt
import importlib
import json
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.scoring.models import EventNote
from suite_plugins.scoring.services.common import month_key

T = domain("scoring")

log = logging.getLogger(__name__)


def _resolve(ref: str) -> Any:
    module, _, attr = ref.partition(":")
    obj = importlib.import_module(module)
    for part in attr.split("."):
        obj = getattr(obj, part)
    return obj


# ------------------------------------------------------------------ staff metrics

@dataclass(frozen=True)
class MetricInfo:
    id: str
    title: str
    unit: str
    better: str
    plugin: str
    compute: str


def metrics(ctx: Context) -> dict[str, MetricInfo]:
    """Every staff metric the active plugins contribute, by id."""
    if ctx.host is None:
        return {}
    return {m.id: MetricInfo(m.id, str(m.title), m.unit, m.better, m.plugin, m.compute)
            for m in ctx.host.staff_metrics()}


def compute_metric(ctx: Context, metric_id: str, staff_ids, start: dt.date, end: dt.date) -> dict[int, float]:
    """One metric for the staff over [start, end). A plugin whose metric fails is logged and
    left out: scoring goes on without it."""
    info = metrics(ctx).get(metric_id)
    if info is None:
        return {}
    try:
        return dict(_resolve(info.compute)(ctx.as_system(), list(staff_ids), start, end) or {})
    except Exception:  # noqa: BLE001 - another plugin's failure never stops the month
        log.exception("staff metric %s failed", metric_id)
        return {}


# ------------------------------------------------------------------ domain events

@dataclass(frozen=True)
class EventSource:
    event: str
    plugin: str
    kind: str
    title: Any
    fields: tuple[str, ...]
    page: str


EVENTS: dict[str, EventSource] = {e.event: e for e in (
    EventSource("suite_order_did_deliver", "orders", "order", T("Order delivered"),
                ("late_minutes", "amount", "on_time"), "orders.list"),
    EventSource("suite_order_did_complete", "orders", "order", T("Order completed"),
                ("late_minutes", "amount", "on_time"), "orders.list"),
    EventSource("suite_order_did_cancel", "orders", "order", T("Order cancelled"), ("amount",), "orders.list"),
    EventSource("suite_complaint_did_open", "complaints", "complaint", T("Complaint received"), (), "complaints.list"),
    EventSource("suite_complaint_did_close", "complaints", "complaint", T("Complaint closed"),
                ("substantiated", "satisfaction"), "complaints.list"),
    EventSource("suite_kitchen_anomaly_did_open", "kitchen", "anomaly", T("Kitchen anomaly opened"), (),
                "kitchen.anomalies"),
)}


def note_event(ctx: Context, session, event: str, source_id: int) -> None:
    """Called by the event hooks inside the writer's transaction: adds one small row with
    what the source says now (one read through its api, in a savepoint), runs no rule, and
    swallows any error of its own so that the write it observes always goes on."""
    try:
        src = EVENTS[event]
        today = ctx.today()
        note = EventNote(event=event, plugin=src.plugin, source_kind=src.kind, source_id=int(source_id),
                         month=month_key(today.year, today.month), at=ctx.now())
    except Exception:  # noqa: BLE001
        log.exception("scoring could not note %s %s", event, source_id)
        return
    try:
        with session.begin_nested():
            occ = _READERS[src.kind](ctx, src, int(source_id), note.at)
        if occ is not None:
            note.day, note.staff_id = occ.day, occ.staff_id
            note.fields = json.dumps({**occ.fields, "_voided": occ.voided}, sort_keys=True)
    except Exception:  # noqa: BLE001 - read again at the evaluation
        log.info("scoring: %s %s not readable at the event", src.kind, source_id)
    try:
        session.add(note)
    except Exception:  # noqa: BLE001
        log.exception("scoring could not note %s %s", event, source_id)


@dataclass(frozen=True)
class Occurrence:
    """One occurrence of an event with its details, as the rules see it."""

    event: str
    plugin: str
    kind: str
    source_id: int
    day: dt.date
    staff_id: int | None
    fields: dict
    page: str
    voided: bool = False
    #: the noted fields as stored (identical fields share one text: rules remember by it)
    key: str | None = None


def noted(ctx: Context, month: int, events, after_id: int | None = None) -> list[tuple]:
    """The latest note of each (event, source) of a month: (event, source id, day, staff
    id, fields JSON), in the order noted; ``after_id``: only sources noted since."""
    events = list(events)
    if not events:
        return []
    latest: dict = {}
    q = (select(EventNote.event, EventNote.source_id, EventNote.day, EventNote.staff_id, EventNote.fields)
         .where(EventNote.month == month, EventNote.event.in_(events)).order_by(EventNote.id))
    if after_id is not None:
        q = q.where(EventNote.id > after_id)
    with ctx.read() as s:
        for row in s.execute(q):
            latest[(row[0], row[1])] = row
        order_events = [e for e in events if e in EVENTS and EVENTS[e].kind == "order" and e != "suite_order_did_cancel"]
        if after_id is not None and order_events:
            # an order cancelled since: its delivery is looked at again (and voided)
            ids = list(s.scalars(select(EventNote.source_id).where(EventNote.event == "suite_order_did_cancel",
                                                                  EventNote.id > after_id)))
            for start in range(0, len(ids), 500):
                again = (select(EventNote.event, EventNote.source_id, EventNote.day, EventNote.staff_id,
                                EventNote.fields)
                         .where(EventNote.month == month, EventNote.event.in_(order_events),
                                EventNote.source_id.in_(ids[start:start + 500])).order_by(EventNote.id))
                for row in s.execute(again):
                    latest.setdefault((row[0], row[1]), row)
    return list(latest.values())


def _noted_at(ctx: Context, event: str, source_id: int) -> dt.datetime | None:
    with ctx.read() as s:
        return s.scalar(select(func.max(EventNote.at)).where(EventNote.event == event, EventNote.source_id == source_id))


def cancelled_orders(ctx: Context, month: int) -> set[int]:
    with ctx.read() as s:
        return set(s.scalars(select(EventNote.source_id).where(
            EventNote.event == "suite_order_did_cancel", EventNote.month >= month - 1)))


# The readers take the Context to read with: the writer's own inside an event hook (so they
# see the write in progress), a system Context at the evaluation.

def _order_occurrence(ctx: Context, src: EventSource, oid: int, at: dt.datetime) -> Occurrence | None:
    from suite_plugins.orders import api as orders

    ref = orders.get_order(ctx, oid)
    staff = ref.clerk_staff_id if src.event == "suite_order_did_cancel" else ref.driver_staff_id
    late = int(ref.late_minutes or 0)
    voided = (ref.status == "cancelled") != (src.event == "suite_order_did_cancel")
    when = ref.delivered_at or at
    return Occurrence(src.event, src.plugin, src.kind, oid, ctx.to_local(when).date(), staff,
                      {"late_minutes": late, "amount": float(ref.total_amount), "on_time": late <= 0},
                      src.page, voided)


def _complaint_occurrence(ctx: Context, src: EventSource, cid: int, at: dt.datetime) -> Occurrence | None:
    from suite_plugins.complaints import api as complaints

    ref = complaints.get_complaint(ctx, cid)
    staff = ref.responsible_staff_id or ref.handler_staff_id
    return Occurrence(src.event, src.plugin, src.kind, cid, ctx.to_local(at).date(), staff,
                      {"substantiated": bool(ref.substantiated), "satisfaction": float(ref.satisfaction or 0)},
                      src.page)


def _anomaly_occurrence(ctx: Context, src: EventSource, aid: int, at: dt.datetime) -> Occurrence | None:
    from suite_plugins.kitchen import api as kitchen

    refs = [a for a in kitchen.anomalies_between(ctx, ctx.to_local(at).date(), ctx.to_local(at).date())
            if a.id == aid]
    if not refs:
        return None
    a = refs[0]
    return Occurrence(src.event, src.plugin, src.kind, aid, a.occurred_on, a.responsible_staff_id, {}, src.page)


_READERS = {"order": _order_occurrence, "complaint": _complaint_occurrence, "anomaly": _anomaly_occurrence}


def occurrences(ctx: Context, month: int, events, *, refresh: bool = False,
                after_id: int | None = None) -> list[Occurrence]:
    """The occurrences of the named events noted in a month, with their details as noted
    (``refresh``: read again through the source plugin's api). A source that no longer
    qualifies (an order cancelled after its delivery) comes back ``voided``. Sources of an
    absent plugin, or that cannot be read, are left out."""
    out = []
    system = ctx.as_system()
    cancelled: set[int] | None = None
    parsed: dict[str, tuple[dict, bool]] = {}
    active = {e: ctx.has_plugin(src.plugin) for e, src in EVENTS.items()}
    for event, sid, day, staff, fields in noted(ctx, month, events, after_id):
        src = EVENTS.get(event)
        if src is None or not active[event]:
            continue
        occ = None
        if fields is not None and day is not None and not refresh:
            hit = parsed.get(fields)
            if hit is None:
                data = json.loads(fields)
                hit = parsed[fields] = (data, bool(data.pop("_voided", False)))
            data, voided = hit
            if src.kind == "order" and event != "suite_order_did_cancel":
                if cancelled is None:
                    cancelled = cancelled_orders(ctx, month)
                voided = voided or sid in cancelled
            occ = Occurrence(event, src.plugin, src.kind, sid, day, staff, data, src.page, voided, fields)
        else:
            try:
                at = _noted_at(ctx, event, sid) or ctx.now()
                occ = _READERS[src.kind](system, src, sid, at)
            except Exception:  # noqa: BLE001 - a source that vanished earns nothing
                log.info("scoring: %s %s could not be read", src.kind, sid)
        if occ is not None:
            out.append(occ)
    return out


# ------------------------------------------------------------------ the records behind a KPI

@dataclass(frozen=True)
class SourceRecord:
    """One record a KPI figure came from; ``page`` and ``id`` open it (``ctx.open_page``)."""

    plugin: str
    kind: str
    id: int | None
    day: dt.date | None
    page: str
    label: str


#: metrics counted over the deliveries the order desk's events noted for the driver
_DELIVERY_METRICS = ("orders.deliveries", "orders.on_time_rate", "orders.buckets", "orders.amount_collected")
#: complaints metrics: the roles in which a case counts for the person, and what else it needs
_COMPLAINT_METRICS = {
    "complaints.attributed": (("driver", "cook", "clerk", "responsible"), None),
    "complaints.substantiated": (("responsible",), "substantiated"),
    "complaints.handler_sla": (("handler",), None),
    "complaints.handler_satisfaction": (("handler",), "satisfaction"),
}
#: where the records of the other metrics are listed (no api names them one by one)
_METRIC_PAGES = {"orders.orders_taken": "orders.list", "kitchen.runs_on_time": "kitchen.day",
                 "kitchen.health_checks_missed": "kitchen.health", "inventory.stocktake_differences": "inventory.stocktake",
                 "inventory.waste_value": "inventory.moves"}


def metric_page(metric_id: str) -> str:
    """The page that lists the records of a metric no api names one by one ("" if unknown)."""
    return _METRIC_PAGES.get(metric_id, "")


def kpi_records(ctx: Context, metric_id: str, staff_id: int, month: int) -> list[SourceRecord]:
    """The records a person's KPI figure of a month came from, each opening its source page:
    the deliveries the order desk's events noted, the complaints naming the person (read
    through the complaints api), the kitchen anomalies attributed (the kitchen api). Empty
    when the metric's plugin names no records; :func:`metric_page` then gives the page
    that lists them."""
    from suite_plugins.scoring.services.common import month_bounds, require_staff_visible

    require_staff_visible(ctx, staff_id)
    system = ctx.as_system()
    out: list[SourceRecord] = []
    if metric_id in _DELIVERY_METRICS and ctx.has_plugin("orders"):
        for o in occurrences(system, month, ["suite_order_did_deliver"]):
            if o.staff_id == staff_id and not o.voided:
                late = o.fields.get("late_minutes", 0)
                label = str(T("Delivery, on time")) if o.fields.get("on_time") else str(
                    T("Delivery, {n} min late", n=late))
                out.append(SourceRecord(o.plugin, o.kind, o.source_id, o.day, o.page, label))
    elif metric_id in _COMPLAINT_METRICS and ctx.has_plugin("complaints"):
        from suite_plugins.complaints import api as complaints

        roles, needs = _COMPLAINT_METRICS[metric_id]
        seen: set[int] = set()
        for event, sid, _day, _staff, _fields in noted(system, month, ["suite_complaint_did_open",
                                                                      "suite_complaint_did_close"]):
            if sid in seen:
                continue
            seen.add(sid)
            try:
                ref = complaints.get_complaint(system, sid)
            except Exception:  # noqa: BLE001 - a case that vanished is no longer a source
                continue
            if not any(ref.staff(r) == staff_id for r in roles):
                continue
            if needs == "substantiated" and not ref.substantiated:
                continue
            if needs == "satisfaction" and ref.satisfaction is None:
                continue
            out.append(SourceRecord("complaints", "complaint", ref.id, ctx.to_local(ref.received_at).date(),
                                    complaints.LIST_PAGE, f"{ref.number} · {ref.category_label} · {ref.status_label}"))
    elif metric_id == "kitchen.anomalies" and ctx.has_plugin("kitchen"):
        from suite_plugins.kitchen import api as kitchen

        start, end = month_bounds(month)
        for a in kitchen.anomalies_between(system, start, end - dt.timedelta(days=1)):
            if a.responsible_staff_id == staff_id:
                out.append(SourceRecord("kitchen", "anomaly", a.id, a.occurred_on, kitchen.ANOMALY_PAGE, a.title))
    out.sort(key=lambda r: (r.day or dt.date.min, r.id or 0))
    return out
