"""Indicators (完成率, 延误率, cancellations): dashboard cards, staff metrics for performance
scoring, and order counts per day or month for other plugins' rates.

Definitions (over the orders *taken* in a period, by their number's day):

* completion rate = delivered or completed / taken;
* cancellation rate = cancelled / taken;
* delay rate = deliveries after the promised time / deliveries (by delivery time);
* on-time rate of a driver = 1 - their delay rate.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import case, func, select

from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite.plugin_api.records import CardValue
from suite_plugins.orders.models import STATUSES, Delivery, Order
from suite_plugins.orders.services.common import STATUS_LABELS, VIEW, label

T = domain("orders")

_DONE = ("delivered", "completed")


def _days(start: dt.date, end: dt.date):
    day = start
    while day < end:
        yield day
        day += dt.timedelta(days=1)


def _month(day: dt.date) -> dt.date:
    return day.replace(day=1)


def orders_for_period(ctx: Context, start: dt.date, end: dt.date, *, by: str = "day",
                      basis: str = "delivered") -> dict[dt.date, int]:
    ctx.require(VIEW)
    if by not in ("day", "month"):
        raise ValueError("by is 'day' or 'month'")
    if basis not in ("delivered", "created"):
        raise ValueError("basis is 'delivered' or 'created'")
    keys = sorted({(_month(d) if by == "month" else d) for d in _days(start, end)})
    out = {k: 0 for k in keys}
    with ctx.read() as s:
        if basis == "created":
            rows = s.execute(select(Order.day, func.count()).where(Order.day >= start, Order.day < end,
                                                                   Order.status != "cancelled").group_by(Order.day))
            for day, n in rows:
                out[_month(day) if by == "month" else day] += n
        else:
            lo, hi = ctx.day_bounds(start)[0], ctx.day_bounds(end)[0]
            tz = ctx.timezone
            for (at,) in s.execute(select(Order.delivered_at).where(Order.delivered_at >= lo, Order.delivered_at < hi,
                                                                     Order.status.in_(_DONE))):
                day = at.astimezone(tz).date()
                out[_month(day) if by == "month" else day] += 1
    return out


def _rates(ctx: Context, start: dt.date, end: dt.date) -> dict:
    """Counts behind the rates over [start, end)."""
    lo, hi = ctx.day_bounds(start)[0], ctx.day_bounds(end)[0]
    with ctx.read() as s:
        by_status = dict(s.execute(select(Order.status, func.count()).where(Order.day >= start, Order.day < end)
                                   .group_by(Order.status)).all())
        d = Delivery.__table__
        delivered = s.scalar(select(func.count()).select_from(d).where(
            d.c.attempt_at >= lo, d.c.attempt_at < hi, d.c.delivered.is_(True), d.c.driver_staff_id.is_not(None))) or 0
        late = s.scalar(select(func.count()).select_from(d).where(
            d.c.attempt_at >= lo, d.c.attempt_at < hi, d.c.delivered.is_(True), d.c.driver_staff_id.is_not(None),
            d.c.late_minutes > 0)) or 0
    taken = sum(by_status.values())
    done = sum(by_status.get(k, 0) for k in _DONE)
    return {"by_status": by_status, "taken": taken, "done": done, "cancelled": by_status.get("cancelled", 0),
            "delivered": delivered, "late": late}


def rates(ctx: Context, start: dt.date, end: dt.date) -> dict[str, float | None]:
    """completion, cancellation and delay rates (0..1, None without data) over [start, end)."""
    ctx.require(VIEW)
    r = _rates(ctx, start, end)
    return {
        "completion": r["done"] / r["taken"] if r["taken"] else None,
        "cancellation": r["cancelled"] / r["taken"] if r["taken"] else None,
        "delay": r["late"] / r["delivered"] if r["delivered"] else None,
        "taken": r["taken"], "delivered": r["delivered"],
    }


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _trend(ctx: Context, key: str, days: int = 7) -> tuple[float, ...]:
    today = ctx.today()
    out = []
    for back in range(days - 1, -1, -1):
        day = today - dt.timedelta(days=back)
        value = rates(ctx, day, day + dt.timedelta(days=1))[key]
        out.append(round((value or 0.0) * 100, 1))
    return tuple(out)


# ---------------------------------------------------------------------------- dashboard cards


def card_today(ctx: Context) -> CardValue:
    """Today's orders, by state (the day's standing deliveries generated first when missing:
    the dashboard is the first page of the day)."""
    from suite_plugins.orders.services.standing import open_day

    ctx.require(VIEW)
    today = ctx.today()
    open_day(ctx, today)
    r = _rates(ctx, today, today + dt.timedelta(days=1))
    parts = [f"{label(STATUS_LABELS, k)} {r['by_status'][k]}" for k in STATUSES if r["by_status"].get(k)]
    trend = tuple(float(v) for v in orders_for_period(ctx, today - dt.timedelta(days=6), today + dt.timedelta(days=1),
                                                      basis="created").values())
    return CardValue(str(r["taken"]), " · ".join(parts) or str(T("No orders yet today")), trend)


def card_completion(ctx: Context) -> CardValue:
    ctx.require(VIEW)
    today = ctx.today()
    value = rates(ctx, today, today + dt.timedelta(days=1))["completion"]
    level = "normal" if value is None else ("good" if value >= 0.9 else "warning" if value >= 0.7 else "normal")
    return CardValue(_pct(value), T("delivered or completed / taken today"), _trend(ctx, "completion"), level)


def card_delay(ctx: Context) -> CardValue:
    ctx.require(VIEW)
    today = ctx.today()
    value = rates(ctx, today, today + dt.timedelta(days=1))["delay"]
    level = "normal" if value is None else ("danger" if value > 0.15 else "warning" if value > 0.05 else "good")
    return CardValue(_pct(value), T("deliveries after the promised time today"), _trend(ctx, "delay"), level)


def card_cancellation(ctx: Context) -> CardValue:
    ctx.require(VIEW)
    today = ctx.today()
    value = rates(ctx, today, today + dt.timedelta(days=1))["cancellation"]
    level = "normal" if value is None else ("danger" if value > 0.1 else "warning" if value > 0.05 else "good")
    return CardValue(_pct(value), T("cancelled / taken today"), _trend(ctx, "cancellation"), level)


# ---------------------------------------------------------------------------- staff metrics


def _driver_rows(ctx: Context, staff_ids, start: dt.date, end: dt.date):
    ids = list(staff_ids)
    lo, hi = ctx.day_bounds(start)[0], ctx.day_bounds(end)[0]
    d = Delivery.__table__
    out = {}
    if not ids:
        return out
    with ctx.read() as s:
        late_case = func.sum(case((d.c.late_minutes > 0, 1), else_=0))
        stmt = (select(d.c.driver_staff_id, func.count(), late_case, func.sum(d.c.buckets_delivered),
                       func.sum(d.c.amount_collected))
                .where(d.c.attempt_at >= lo, d.c.attempt_at < hi, d.c.delivered.is_(True),
                       d.c.driver_staff_id.in_(ids)).group_by(d.c.driver_staff_id))
        for did, n, late, buckets, money in s.execute(stmt):
            out[did] = (int(n), int(late or 0), int(buckets or 0), Decimal(str(money or 0)))
    return out


def deliveries_by_driver(ctx: Context, staff_ids, start: dt.date, end: dt.date) -> dict[int, int]:
    ctx.require(VIEW)
    rows = _driver_rows(ctx, staff_ids, start, end)
    return {sid: rows.get(sid, (0,))[0] for sid in staff_ids}


def metric_deliveries(ctx: Context, staff_ids, start: dt.date, end: dt.date) -> dict[int, float]:
    rows = _driver_rows(ctx, staff_ids, start, end)
    return {sid: float(rows[sid][0]) if sid in rows else 0.0 for sid in staff_ids}


def metric_on_time(ctx: Context, staff_ids, start: dt.date, end: dt.date) -> dict[int, float]:
    """Percent of a driver's deliveries at or before the promised time (drivers without
    deliveries are left out: no data is not a bad score)."""
    rows = _driver_rows(ctx, staff_ids, start, end)
    return {sid: round(100.0 * (n - late) / n, 1) for sid, (n, late, _b, _m) in rows.items() if n}


def metric_buckets(ctx: Context, staff_ids, start: dt.date, end: dt.date) -> dict[int, float]:
    rows = _driver_rows(ctx, staff_ids, start, end)
    return {sid: float(rows[sid][2]) if sid in rows else 0.0 for sid in staff_ids}


def metric_amount(ctx: Context, staff_ids, start: dt.date, end: dt.date) -> dict[int, float]:
    rows = _driver_rows(ctx, staff_ids, start, end)
    return {sid: float(rows[sid][3]) if sid in rows else 0.0 for sid in staff_ids}


def metric_orders_taken(ctx: Context, staff_ids, start: dt.date, end: dt.date) -> dict[int, float]:
    """Orders a clerk took (not cancelled)."""
    ids = list(staff_ids)
    out = {sid: 0.0 for sid in ids}
    if not ids:
        return out
    with ctx.read() as s:
        for sid, n in s.execute(select(Order.clerk_staff_id, func.count()).where(
                Order.day >= start, Order.day < end, Order.status != "cancelled", Order.clerk_staff_id.in_(ids))
                .group_by(Order.clerk_staff_id)):
            out[sid] = float(n)
    return out


def driver_table(ctx: Context, staff_ids, start: dt.date, end: dt.date) -> dict[int, dict]:
    """Per driver: deliveries, on-time rate, buckets, amount (for the indicator page)."""
    ctx.require(VIEW)
    rows = _driver_rows(ctx, staff_ids, start, end)
    out = defaultdict(dict)
    for sid in staff_ids:
        n, late, b, m = rows.get(sid, (0, 0, 0, Decimal(0)))
        out[sid] = {"deliveries": n, "on_time": (n - late) / n if n else None, "buckets": b, "amount": m}
    return dict(out)
