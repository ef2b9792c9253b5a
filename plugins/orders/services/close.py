"""The daily close (日清月结): a day's orders, money by payment method, the cash each driver
hands in, cancellations with reasons; closing locks the day. And the monthly summary.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from decimal import Decimal

from sqlalchemy import and_, func, select

from suite.plugin_api import ValidationError, core
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.orders.models import (
    PAYMENT_METHODS,
    STATUSES,
    ZERO,
    CashHandIn,
    DayClose,
    Delivery,
    DepositEntry,
    Order,
    OrderChange,
)
from suite_plugins.orders.services.common import (
    CLOSE_DAY,
    REPORTS,
    VIEW,
    dumps,
    ensure_day_open,
    to_money,
)

T = domain("orders")


@dataclass(frozen=True)
class DriverCash:
    driver_staff_id: int | None  # None: the bar
    driver: str
    deliveries: int
    buckets: int
    empties: int
    cash_expected: Decimal
    other_methods: Decimal
    handed_in: Decimal | None
    note: str = ""

    @property
    def difference(self) -> Decimal | None:
        return None if self.handed_in is None else self.handed_in - self.cash_expected


@dataclass(frozen=True)
class Cancellation:
    order_id: int
    number: str
    customer_name: str
    reason: str
    username: str
    at: dt.datetime


@dataclass(frozen=True)
class AdjustmentLine:
    number: str
    amount_delta: Decimal
    reason: str
    username: str


@dataclass(frozen=True)
class DaySummary:
    day: dt.date
    orders_taken: int
    by_status: dict[str, int]
    delivered: int
    late: int
    amount_total: Decimal
    by_method: dict[str, Decimal]
    deposits_collected: Decimal
    deposits_refunded: Decimal
    drivers: tuple[DriverCash, ...]
    cancellations: tuple[Cancellation, ...]
    adjustments: tuple[AdjustmentLine, ...]
    still_out: int
    closed: bool
    closed_at: dt.datetime | None = None
    closed_by: str = ""
    notes: str = ""

    @property
    def cash_expected(self) -> Decimal:
        return sum((d.cash_expected for d in self.drivers), ZERO)

    @property
    def cash_handed_in(self) -> Decimal:
        return sum((d.handed_in or ZERO for d in self.drivers), ZERO)


def _bounds(ctx: Context, day: dt.date):
    return ctx.day_bounds(day)


def day_summary(ctx: Context, day: dt.date) -> DaySummary:
    ctx.require(VIEW)
    lo, hi = _bounds(ctx, day)
    with ctx.read() as s:
        by_status = {k: 0 for k in STATUSES}
        for status, n in s.execute(select(Order.status, func.count()).where(Order.day == day).group_by(Order.status)):
            by_status[status] = n
        d = Delivery.__table__
        in_day = and_(d.c.attempt_at >= lo, d.c.attempt_at < hi, d.c.delivered.is_(True))
        by_method = {m: ZERO for m in PAYMENT_METHODS}
        for method, total in s.execute(select(d.c.payment_method, func.sum(d.c.amount_collected)).where(in_day)
                                       .group_by(d.c.payment_method)):
            by_method[method or "cash"] = by_method.get(method or "cash", ZERO) + Decimal(str(total or 0)).quantize(Decimal("0.01"))
        delivered = s.scalar(select(func.count()).select_from(d).where(in_day)) or 0
        late = s.scalar(select(func.count()).select_from(d).where(in_day, d.c.late_minutes > 0)) or 0
        deposits_in = Decimal(str(s.scalar(select(func.coalesce(func.sum(d.c.deposit_collected), 0)).where(in_day)) or 0))
        refunded = Decimal(str(s.scalar(select(func.coalesce(func.sum(DepositEntry.amount), 0)).where(
            DepositEntry.kind == "refund", DepositEntry.at >= lo, DepositEntry.at < hi)) or 0))
        names = dict(s.execute(select(core.Staff.id, core.Staff.name)).all())
        per: dict = defaultdict(lambda: {"n": 0, "b": 0, "e": 0, "cash": ZERO, "other": ZERO})
        for driver, method, n, b, e, amount in s.execute(
                select(d.c.driver_staff_id, d.c.payment_method, func.count(), func.sum(d.c.buckets_delivered),
                       func.sum(d.c.empties_collected), func.sum(d.c.amount_collected))
                .where(in_day).group_by(d.c.driver_staff_id, d.c.payment_method)):
            row = per[driver]
            row["n"] += n
            row["b"] += int(b or 0)
            row["e"] += int(e or 0)
            money = Decimal(str(amount or 0)).quantize(Decimal("0.01"))
            if method == "cash":
                row["cash"] += money
            else:
                row["other"] += money
        handins = {h.driver_staff_id: h for h in s.scalars(select(CashHandIn).where(CashHandIn.day == day))}
        for did in handins:
            per[did]  # a hand-in without deliveries still shows
        drivers = []
        for did, row in sorted(per.items(), key=lambda kv: (kv[0] is None, names.get(kv[0] or 0, ""))):
            h = handins.get(did)
            drivers.append(DriverCash(did, names.get(did, "") if did else str(T("Bar / counter")), row["n"], row["b"],
                                      row["e"], row["cash"], row["other"], h.handed_in if h else None,
                                      h.note if h else ""))
        cancellations = []
        for o in s.scalars(select(Order).where(Order.cancelled_at >= lo, Order.cancelled_at < hi).order_by(Order.cancelled_at)):
            from suite_plugins.orders.models import StatusChange

            who = s.scalar(select(StatusChange.username).where(StatusChange.order_id == o.id,
                                                               StatusChange.to_status == "cancelled")) or ""
            cancellations.append(Cancellation(o.id, o.number, o.customer_name, o.cancel_reason, who, o.cancelled_at))
        adjustments = tuple(AdjustmentLine(number, c.amount_delta, c.reason, c.username) for c, number in s.execute(
            select(OrderChange, Order.number).join(Order, Order.id == OrderChange.order_id)
            .where(OrderChange.kind == "adjustment", OrderChange.at >= lo, OrderChange.at < hi).order_by(OrderChange.at)))
        still_out = s.scalar(select(func.count()).select_from(Order).where(
            Order.status == "dispatched", Order.dispatched_at < hi)) or 0
        closed = s.scalar(select(DayClose).where(DayClose.day == day))
        return DaySummary(day, sum(by_status.values()), by_status, delivered, late, sum(by_method.values(), ZERO),
                          by_method, deposits_in.quantize(Decimal("0.01")), (-refunded).quantize(Decimal("0.01")),
                          tuple(drivers), tuple(cancellations), adjustments, still_out, closed is not None,
                          closed.closed_at if closed else None, closed.closed_by if closed else "",
                          closed.notes if closed else "")


def record_cash_handin(ctx: Context, day: dt.date, driver_staff_id: int, handed_in: Decimal | str, note: str = "") -> Decimal:
    """The cash a driver hands in for a day; a difference from what they collected needs a
    note. Returns the difference (handed in - expected)."""
    ctx.require(CLOSE_DAY)
    amount = to_money(handed_in, "handed_in")
    if amount < 0:
        raise ValidationError(fields={"handed_in": T("The cash handed in cannot be negative.")})
    summary = day_summary(ctx, day)
    expected = next((dcash.cash_expected for dcash in summary.drivers if dcash.driver_staff_id == driver_staff_id), ZERO)
    note = (note or "").strip()
    if amount != expected and not note:
        name = next((dc.driver for dc in summary.drivers if dc.driver_staff_id == driver_staff_id), "")
        raise ValidationError(fields={"note": T("{name} collected {expected} in cash; {amount} differs: say why.",
                                                name=name,
                                                expected=f"¥{expected:,.2f}", amount=f"¥{amount:,.2f}")})
    with ctx.unit_of_work() as s:
        ensure_day_open(s, ctx, day)
        row = s.scalar(select(CashHandIn).where(CashHandIn.day == day, CashHandIn.driver_staff_id == driver_staff_id))
        if row is None:
            row = CashHandIn(day=day, driver_staff_id=driver_staff_id)
            s.add(row)
        row.expected, row.handed_in, row.note = expected, amount, note
    return amount - expected


def close_day(ctx: Context, day: dt.date, notes: str = "") -> DaySummary:
    """Close a day: every driver's cash must be handed in and no order may still be out.
    The day's delivered orders become completed; the figures are kept as they were; the
    day is locked."""
    ctx.require(CLOSE_DAY)
    if day > ctx.today():
        raise ValidationError(T("{day} has not happened yet.", day=day.isoformat()))
    summary = day_summary(ctx, day)
    if summary.closed:
        raise ValidationError(T("{day} is closed already.", day=day.isoformat()))
    problems = []
    if summary.still_out:
        problems.append(T("{n} order(s) are still out with drivers: confirm their delivery first.", n=summary.still_out))
    missing = [dcash.driver for dcash in summary.drivers
               if dcash.driver_staff_id is not None and dcash.cash_expected > 0 and dcash.handed_in is None]
    if missing:
        problems.append(T("Cash not yet handed in by: {names}.", names=", ".join(missing)))
    if problems:
        raise ValidationError(T("{day} cannot be closed: {problems}", day=day.isoformat(),
                                problems=" ".join(str(p) for p in problems)))
    lo, hi = _bounds(ctx, day)
    from suite_plugins.orders.services.orders import complete_loaded

    with ctx.unit_of_work() as s:
        for order in s.scalars(select(Order).where(Order.status == "delivered", Order.delivered_at >= lo,
                                                   Order.delivered_at < hi)):
            complete_loaded(ctx, s, order, T("daily close {day}", day=day.isoformat()))
        ensure_day_open(s, ctx, day)
        s.add(DayClose(day=day, closed_at=ctx.now(), closed_by=ctx.user.display_name or ctx.user.username,
                       summary=dumps(_snapshot(summary)), notes=(notes or "").strip()))
    return day_summary(ctx, day)


def _snapshot(summary: DaySummary) -> dict:
    data = asdict(summary)
    data.pop("cancellations", None)
    return json.loads(dumps(data))


def closed_days(ctx: Context, start: dt.date, end: dt.date) -> list[dt.date]:
    ctx.require(VIEW)
    with ctx.read() as s:
        return list(s.scalars(select(DayClose.day).where(DayClose.day >= start, DayClose.day < end).order_by(DayClose.day)))


# ---------------------------------------------------------------------------- the month


@dataclass(frozen=True)
class MonthDay:
    day: dt.date
    orders_taken: int
    delivered: int
    cancelled: int
    late: int
    amount: Decimal
    by_method: dict[str, Decimal]
    closed: bool


@dataclass(frozen=True)
class DriverMonth:
    driver_staff_id: int
    driver: str
    deliveries: int
    on_time: int
    buckets: int
    empties: int
    amount: Decimal

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.deliveries if self.deliveries else None


@dataclass(frozen=True)
class MonthSummary:
    month: dt.date  # first day
    days: tuple[MonthDay, ...]
    drivers: tuple[DriverMonth, ...]
    by_method: dict[str, Decimal] = field(default_factory=dict)

    @property
    def orders_taken(self) -> int:
        return sum(d.orders_taken for d in self.days)

    @property
    def delivered(self) -> int:
        return sum(d.delivered for d in self.days)

    @property
    def cancelled(self) -> int:
        return sum(d.cancelled for d in self.days)

    @property
    def late(self) -> int:
        return sum(d.late for d in self.days)

    @property
    def amount(self) -> Decimal:
        return sum((d.amount for d in self.days), ZERO)


def month_bounds(month: dt.date) -> tuple[dt.date, dt.date]:
    first = month.replace(day=1)
    nxt = (first + dt.timedelta(days=32)).replace(day=1)
    return first, nxt


def month_summary(ctx: Context, month: dt.date) -> MonthSummary:
    """Per day of the month: orders taken, delivered, cancelled, late, money by method,
    closed or not; per driver: deliveries, on time, buckets, money."""
    ctx.require(REPORTS)
    first, nxt = month_bounds(month)
    lo, hi = ctx.day_bounds(first)[0], ctx.day_bounds(nxt)[0]
    tz = ctx.timezone
    with ctx.read() as s:
        taken = defaultdict(int)
        cancelled = defaultdict(int)
        for day, status, n in s.execute(select(Order.day, Order.status, func.count()).where(
                Order.day >= first, Order.day < nxt).group_by(Order.day, Order.status)):
            taken[day] += n
            if status == "cancelled":
                cancelled[day] += n
        d = Delivery.__table__
        delivered = defaultdict(int)
        late = defaultdict(int)
        amount = defaultdict(lambda: ZERO)
        methods: dict = defaultdict(lambda: {m: ZERO for m in PAYMENT_METHODS})
        per_driver: dict = defaultdict(lambda: [0, 0, 0, 0, ZERO])
        for at, method, money, late_min, driver, b, e in s.execute(
                select(d.c.attempt_at, d.c.payment_method, d.c.amount_collected, d.c.late_minutes, d.c.driver_staff_id,
                       d.c.buckets_delivered, d.c.empties_collected)
                .where(d.c.attempt_at >= lo, d.c.attempt_at < hi, d.c.delivered.is_(True))):
            if at.tzinfo is None:
                at = at.replace(tzinfo=dt.timezone.utc)
            day = at.astimezone(tz).date()
            money = Decimal(str(money or 0)).quantize(Decimal("0.01"))
            delivered[day] += 1
            if late_min is not None and late_min > 0:
                late[day] += 1
            amount[day] += money
            methods[day][method or "cash"] += money
            if driver is not None:
                row = per_driver[driver]
                row[0] += 1
                row[1] += 0 if (late_min is not None and late_min > 0) else 1
                row[2] += b or 0
                row[3] += e or 0
                row[4] += money
        closed = set(s.scalars(select(DayClose.day).where(DayClose.day >= first, DayClose.day < nxt)))
        names = dict(s.execute(select(core.Staff.id, core.Staff.name)).all())
    days = []
    day = first
    while day < nxt:
        days.append(MonthDay(day, taken[day], delivered[day], cancelled[day], late[day], amount[day], dict(methods[day]),
                             day in closed))
        day += dt.timedelta(days=1)
    drivers = tuple(sorted((DriverMonth(k, names.get(k, ""), *v) for k, v in per_driver.items()),
                           key=lambda r: (-r.deliveries, r.driver)))
    totals = {m: sum((dd.by_method.get(m, ZERO) for dd in days), ZERO) for m in PAYMENT_METHODS}
    return MonthSummary(first, tuple(days), drivers, totals)
