"""Standing (recurring) deliveries: "每周一送两桶".

A standing order belongs to a customer: items, a rule (weekdays, every N days from its start,
or days of the month), a time window, start and end dates, an optional pause, and whether
statutory holidays are skipped (the office's list of holidays is the setting
``statutory_holidays``: ISO dates separated by commas or spaces). :func:`generate_day` turns
the day's occurrences into confirmed orders ahead of planning; it is idempotent: an
occurrence generated once (or skipped) is recorded and never generated again. One
occurrence can be skipped or changed without touching the rule. Creating, changing,
pausing and ending are audited by the session (every ORM write is).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from suite.plugin_api import NotFound, ValidationError, check_version, core
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.orders.models import STANDING_PATTERNS, Order, Product, StandingItem, StandingOccurrence, StandingOrder
from suite_plugins.orders.services.common import CREATE, VIEW, setting

T = domain("orders")

_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
WEEKDAY_NAMES = {1: T("Mon"), 2: T("Tue"), 3: T("Wed"), 4: T("Thu"), 5: T("Fri"), 6: T("Sat"), 7: T("Sun")}


@dataclass
class StandingInput:
    customer_id: int
    items: list[tuple[int, int]]  # (product id, quantity)
    pattern: str = "weekly"
    weekdays: list[int] = field(default_factory=list)  # 1 = Monday
    every_n_days: int | None = None
    month_days: list[int] = field(default_factory=list)
    window_start: str = ""
    window_end: str = ""
    start_on: dt.date | None = None
    end_on: dt.date | None = None
    skip_holidays: bool = True
    address: str = ""
    notes: str = ""


@dataclass(frozen=True)
class StandingView:
    id: int
    customer_id: int
    customer_name: str
    items: tuple[tuple[int, str, int], ...]  # (product id, name, quantity)
    pattern: str
    weekdays: tuple[int, ...]
    every_n_days: int | None
    month_days: tuple[int, ...]
    window_start: str
    window_end: str
    start_on: dt.date
    end_on: dt.date | None
    paused_from: dt.date | None
    paused_to: dt.date | None
    skip_holidays: bool
    address: str
    notes: str
    version: int

    @property
    def summary(self) -> str:
        """"Mon, Thu 09:00-11:00: 农夫山泉 18.9L×2" in the reader's language."""
        if self.pattern == "weekly":
            rule = ", ".join(str(WEEKDAY_NAMES[d]) for d in self.weekdays)
        elif self.pattern == "every_n":
            rule = str(T("every {n} days", n=self.every_n_days))
        else:
            rule = str(T("on day {days} of the month", days=", ".join(str(d) for d in self.month_days)))
        window = f" {self.window_start}-{self.window_end}" if self.window_start else ""
        items = ", ".join(f"{name}×{q}" for _pid, name, q in self.items)
        return f"{rule}{window}: {items}"


def _ints(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in (text or "").split(",") if x.strip())


def _view(s, so: StandingOrder) -> StandingView:
    names = dict(s.execute(select(Product.id, Product.name).where(Product.id.in_([i.product_id for i in so.items]))).all())
    customer = s.get(core.Customer, so.customer_id)
    return StandingView(so.id, so.customer_id, customer.name if customer else "",
                        tuple((i.product_id, names.get(i.product_id, ""), i.quantity) for i in so.items), so.pattern,
                        _ints(so.weekdays), so.every_n_days, _ints(so.month_days), so.window_start, so.window_end,
                        so.start_on, so.end_on, so.paused_from, so.paused_to, so.skip_holidays, so.address, so.notes,
                        so.version)


def _clean_items(s, items) -> list[tuple[int, int]]:
    if not items:
        raise ValidationError(fields={"items": T("A standing order needs at least one item.")})
    out = []
    seen = set()
    for product_id, quantity in items:
        if product_id in seen:
            raise ValidationError(fields={"items": T("Each product once: change its quantity instead.")})
        seen.add(product_id)
        product = s.get(Product, product_id)
        if product is None or not product.active:
            raise ValidationError(fields={"items": T("That product is no longer sold.")})
        if not isinstance(quantity, int) or not 1 <= quantity <= 999:
            raise ValidationError(fields={"items": T("A quantity from 1 to {n}.", n=999)})
        out.append((product_id, quantity))
    return out


def _validate(data: StandingInput) -> dict:
    errors: dict[str, object] = {}
    if data.pattern not in STANDING_PATTERNS:
        errors["pattern"] = T("Choose weekdays, every N days or days of the month.")
    elif data.pattern == "weekly" and (not data.weekdays or any(d not in range(1, 8) for d in data.weekdays)):
        errors["weekdays"] = T("Choose at least one weekday.")
    elif data.pattern == "every_n" and not (isinstance(data.every_n_days, int) and 1 <= data.every_n_days <= 365):
        errors["every_n_days"] = T("Every 1 to 365 days.")
    elif data.pattern == "monthly" and (not data.month_days or any(d not in range(1, 32) for d in data.month_days)):
        errors["month_days"] = T("Days of the month are 1 to 31.")
    start, end = (data.window_start or "").strip(), (data.window_end or "").strip()
    if start or end:
        if not (_TIME.match(start) and _TIME.match(end)):
            errors["window"] = T("A time window is two times such as 09:00 and 11:00.")
        elif start >= end:
            errors["window"] = T("The window ends after it starts.")
    if data.start_on is None:
        errors["start_on"] = T("Enter the first day.")
    elif data.end_on is not None and data.end_on < data.start_on:
        errors["end_on"] = T("The last day cannot be before the first.")
    return errors


def holidays(ctx: Context, start: dt.date | None = None, end: dt.date | None = None) -> set[dt.date]:
    """The statutory holidays standing orders skip (those set to skip them): the days off of
    the complaints plugin's holiday calendar when that plugin is installed (through its
    ``api.py``; ``start``..``end``, default this year and the next), and the days of the
    orders setting ``statutory_holidays`` (ISO dates), which the office can use without it."""
    out = set()
    for token in re.split(r"[\s,;，；]+", str(setting(ctx, "statutory_holidays") or "")):
        if token:
            try:
                out.add(dt.date.fromisoformat(token))
            except ValueError:
                continue
    if ctx.has_plugin("complaints"):
        from suite_plugins.complaints import api as complaints

        today = ctx.today()
        out |= complaints.statutory_holidays(ctx, start or dt.date(today.year, 1, 1),
                                             end or dt.date(today.year + 1, 12, 31))
    return out


def _ruled(so: StandingOrder | StandingView, day: dt.date) -> bool:
    """Whether the rule alone (its days, start and end) gives a delivery on *day*."""
    if day < so.start_on or (so.end_on is not None and day > so.end_on):
        return False
    weekdays = so.weekdays if isinstance(so.weekdays, tuple) else _ints(so.weekdays)
    month_days = so.month_days if isinstance(so.month_days, tuple) else _ints(so.month_days)
    if so.pattern == "weekly":
        return day.isoweekday() in weekdays
    if so.pattern == "every_n":
        return (day - so.start_on).days % (so.every_n_days or 1) == 0
    return day.day in month_days


def _paused(so, day: dt.date) -> bool:
    return so.paused_from is not None and so.paused_from <= day <= (so.paused_to or so.paused_from)


def occurs_on(so: StandingOrder | StandingView, day: dt.date, holiday_days: set[dt.date] = frozenset()) -> bool:
    """Whether the rule gives a delivery on *day* (start/end, pause and holidays included)."""
    if not _ruled(so, day) or _paused(so, day):
        return False
    return not (so.skip_holidays and day in holiday_days)


# ---------------------------------------------------------------------------- writing


def create_standing(ctx: Context, data: StandingInput) -> int:
    ctx.require(CREATE)
    errors = _validate(data)
    if errors:
        raise ValidationError(fields=errors)
    with ctx.unit_of_work() as s:
        if s.get(core.Customer, data.customer_id) is None:
            raise NotFound(T("That customer no longer exists."))
        items = _clean_items(s, data.items)
        so = StandingOrder(customer_id=data.customer_id)
        _apply(so, data)
        so.items = [StandingItem(product_id=p, quantity=q) for p, q in items]
        s.add(so)
        s.flush()
        return so.id


def _apply(so: StandingOrder, data: StandingInput) -> None:
    so.pattern = data.pattern
    so.weekdays = ",".join(str(d) for d in sorted(set(data.weekdays))) if data.pattern == "weekly" else ""
    so.every_n_days = data.every_n_days if data.pattern == "every_n" else None
    so.month_days = ",".join(str(d) for d in sorted(set(data.month_days))) if data.pattern == "monthly" else ""
    so.window_start, so.window_end = (data.window_start or "").strip(), (data.window_end or "").strip()
    so.start_on, so.end_on = data.start_on, data.end_on
    so.skip_holidays = bool(data.skip_holidays)
    so.address = (data.address or "").strip()[:300]
    so.notes = (data.notes or "").strip()


def _load(s, standing_id: int, expected_version: int) -> StandingOrder:
    so = s.get(StandingOrder, standing_id)
    if so is None:
        raise NotFound(T("That standing order no longer exists."))
    check_version(so, expected_version)
    return so


def update_standing(ctx: Context, standing_id: int, data: StandingInput, *, expected_version: int) -> None:
    """Change the rule or the items (``expected_version``: the version the caller read)."""
    ctx.require(CREATE)
    errors = _validate(data)
    if errors:
        raise ValidationError(fields=errors)
    with ctx.unit_of_work() as s:
        so = _load(s, standing_id, expected_version)
        items = _clean_items(s, data.items)
        _apply(so, data)
        for old in list(so.items):
            s.delete(old)  # explicitly: the audit log keeps the lines replaced
        so.items = [StandingItem(product_id=p, quantity=q) for p, q in items]
        s.flush()


def pause_standing(ctx: Context, standing_id: int, start: dt.date | None, end: dt.date | None, *,
                   expected_version: int) -> None:
    """Pause over [start, end] (both None: resume)."""
    ctx.require(CREATE)
    if (start is None) != (end is None):
        raise ValidationError(fields={"pause": T("A pause has a first and a last day.")})
    if start is not None and end < start:
        raise ValidationError(fields={"pause": T("The last day cannot be before the first.")})
    with ctx.unit_of_work() as s:
        so = _load(s, standing_id, expected_version)
        so.paused_from, so.paused_to = start, end
        s.flush()


def end_standing(ctx: Context, standing_id: int, last_day: dt.date, *, expected_version: int) -> None:
    """No delivery after *last_day*."""
    ctx.require(CREATE)
    with ctx.unit_of_work() as s:
        so = _load(s, standing_id, expected_version)
        if last_day < so.start_on:
            raise ValidationError(fields={"end_on": T("The last day cannot be before the first.")})
        so.end_on = last_day
        s.flush()


def _occurrence(s, so: StandingOrder, day: dt.date) -> StandingOccurrence | None:
    return s.scalar(select(StandingOccurrence).where(StandingOccurrence.standing_id == so.id,
                                                     StandingOccurrence.day == day))


def skip_occurrence(ctx: Context, standing_id: int, day: dt.date, reason: str, *, expected_version: int) -> None:
    """No delivery that one day; the rule stays."""
    ctx.require(CREATE)
    with ctx.unit_of_work() as s:
        so = _load(s, standing_id, expected_version)
        occ = _check_day(ctx, s, so, day)
        if occ is None:
            so.occurrences.append(StandingOccurrence(day=day, action="skip", reason=(reason or "").strip()[:300]))
        else:
            occ.action, occ.items_json, occ.reason = "skip", "", (reason or "").strip()[:300]
        s.flush()


def change_occurrence(ctx: Context, standing_id: int, day: dt.date, items: list[tuple[int, int]], reason: str = "", *,
                      expected_version: int) -> None:
    """Other items that one day (say, three buckets before a holiday); the rule stays."""
    ctx.require(CREATE)
    with ctx.unit_of_work() as s:
        so = _load(s, standing_id, expected_version)
        occ = _check_day(ctx, s, so, day)
        clean = _clean_items(s, items)
        text = json.dumps(clean)
        if occ is None:
            so.occurrences.append(StandingOccurrence(day=day, action="change", items_json=text,
                                                     reason=(reason or "").strip()[:300]))
        else:
            occ.action, occ.items_json, occ.reason = "change", text, (reason or "").strip()[:300]
        s.flush()


def restore_occurrence(ctx: Context, standing_id: int, day: dt.date, *, expected_version: int) -> None:
    """That one day follows the rule again (a skip or a change undone)."""
    ctx.require(CREATE)
    with ctx.unit_of_work() as s:
        so = _load(s, standing_id, expected_version)
        occ = _occurrence(s, so, day)
        if occ is None:
            return
        if occ.action == "generated":
            raise ValidationError(fields={"day": T("The order of {day} was already generated: change or cancel "
                                                   "that order.", day=day.isoformat())})
        so.occurrences.remove(occ)
        s.delete(occ)  # explicitly, so that the audit log keeps what it was
        s.flush()


def _check_day(ctx: Context, s, so: StandingOrder, day: dt.date) -> StandingOccurrence | None:
    if not occurs_on(so, day, holidays(ctx, day, day)):
        raise ValidationError(fields={"day": T("The standing order has no delivery on {day}.", day=day.isoformat())})
    occ = _occurrence(s, so, day)
    if occ is not None and occ.action == "generated":
        raise ValidationError(fields={"day": T("The order of {day} was already generated: change or cancel that order.",
                                               day=day.isoformat())})
    return occ


# ---------------------------------------------------------------------------- reading and generating


def list_standing(ctx: Context, customer_id: int | None = None, day: dt.date | None = None) -> list[StandingView]:
    """Standing orders (of a customer), those still running on *day* (default today)."""
    ctx.require(VIEW)
    day = day or ctx.today()
    with ctx.read() as s:
        stmt = select(StandingOrder).order_by(StandingOrder.id)
        if customer_id is not None:
            stmt = stmt.where(StandingOrder.customer_id == customer_id)
        return [_view(s, so) for so in s.scalars(stmt) if so.end_on is None or so.end_on >= day]


def get_standing(ctx: Context, standing_id: int) -> StandingView:
    ctx.require(VIEW)
    with ctx.read() as s:
        so = s.get(StandingOrder, standing_id)
        if so is None:
            raise NotFound(T("That standing order no longer exists."))
        return _view(s, so)


#: what one day of a standing order is, as :func:`upcoming` shows it
DAY_STATES = {
    "rule": T("as the rule says"),
    "skip": T("skipped"),
    "change": T("changed"),
    "generated": T("order taken"),
    "holiday": T("statutory holiday: no delivery"),
    "paused": T("paused"),
}


@dataclass(frozen=True)
class DayView:
    """One delivery day of a standing order (see :func:`upcoming`)."""

    day: dt.date
    state: str                                # a key of DAY_STATES
    items: tuple[tuple[int, str, int], ...]   # what goes that day: (product id, name, quantity)
    reason: str = ""
    order_id: int | None = None
    order_number: str = ""

    @property
    def state_label(self) -> str:
        return str(DAY_STATES.get(self.state, self.state))

    @property
    def items_text(self) -> str:
        return ", ".join(f"{name}×{q}" for _pid, name, q in self.items)

    @property
    def open(self) -> bool:
        """Whether the day can still be skipped, changed or set back to the rule."""
        return self.state in ("rule", "skip", "change")


def upcoming(ctx: Context, standing_id: int, start: dt.date | None = None, days: int = 28) -> list[DayView]:
    """The standing order's delivery days from *start* (default today) for *days* days: what
    the rule gives, each day's own skip or change, the order already taken, and the days a
    pause or a statutory holiday leaves out."""
    ctx.require(VIEW)
    start = start or ctx.today()
    end = start + dt.timedelta(days=days - 1)
    holiday_days = holidays(ctx, start, end)
    with ctx.read() as s:
        so = s.get(StandingOrder, standing_id)
        if so is None:
            raise NotFound(T("That standing order no longer exists."))
        own = {o.day: o for o in s.scalars(select(StandingOccurrence).where(
            StandingOccurrence.standing_id == so.id, StandingOccurrence.day >= start, StandingOccurrence.day <= end))}
        wanted = {i.product_id for i in so.items}
        for occ in own.values():
            if occ.action == "change":
                wanted |= {p for p, _q in json.loads(occ.items_json)}
        names = dict(s.execute(select(Product.id, Product.name).where(Product.id.in_(wanted))).all())
        numbers = dict(s.execute(select(Order.id, Order.number).where(
            Order.id.in_([o.order_id for o in own.values() if o.order_id]))).all())
        rule_items = tuple((i.product_id, names.get(i.product_id, ""), i.quantity) for i in so.items)
        out = []
        for n in range(days):
            day = start + dt.timedelta(days=n)
            if not _ruled(so, day):
                continue
            occ = own.get(day)
            items = rule_items
            if occ is not None and occ.action == "change":
                items = tuple((p, names.get(p, ""), q) for p, q in json.loads(occ.items_json))
            if occ is not None and occ.action == "generated":
                out.append(DayView(day, "generated", items, occ.reason, occ.order_id, numbers.get(occ.order_id, "")))
            elif _paused(so, day):
                out.append(DayView(day, "paused", ()))
            elif so.skip_holidays and day in holiday_days:
                out.append(DayView(day, "holiday", ()))
            elif occ is not None:
                out.append(DayView(day, occ.action, () if occ.action == "skip" else items, occ.reason))
            else:
                out.append(DayView(day, "rule", items))
        return out


@dataclass(frozen=True)
class Generated:
    created: tuple[int, ...]                 # the new orders
    refused: tuple[tuple[int, str], ...]     # (standing order, why) left for the clerk to look at

    @property
    def refused_text(self) -> str:
        """"2 standing order(s) could not be turned into orders: …" (empty when none was refused)."""
        if not self.refused:
            return ""
        return str(T("{n} standing order(s) could not be turned into orders: {why}", n=len(self.refused),
                     why="; ".join(why for _sid, why in self.refused[:3])))


def _due_today(s, day: dt.date, holiday_days: set[dt.date]) -> list[tuple[StandingOrder, StandingOccurrence | None]]:
    """The standing orders with a delivery on *day* not generated (nor skipped) yet, with
    that day's own change if any: two queries whatever their number."""
    running = list(s.scalars(select(StandingOrder).where(
        StandingOrder.start_on <= day, or_(StandingOrder.end_on.is_(None), StandingOrder.end_on >= day))
        .order_by(StandingOrder.id)))
    own = {o.standing_id: o for o in s.scalars(select(StandingOccurrence).where(StandingOccurrence.day == day))}
    out = []
    for so in running:
        occ = own.get(so.id)
        if occurs_on(so, day, holiday_days) and (occ is None or occ.action == "change"):
            out.append((so, occ))
    return out


def generate_day(ctx: Context, day: dt.date | None = None) -> Generated:
    """The day's orders from the standing orders, confirmed (so the plan takes them).
    Running it again creates nothing twice, also when another PC generates the same day at
    the same moment (the day of a standing order is unique: the second one is left out). A
    standing order the review refuses (a product no longer sold, an address outside every
    area) is reported and left for the next run; the others are generated."""
    from suite_plugins.orders.services import orders
    from suite_plugins.orders.services.orders import ItemInput, OrderInput

    ctx.require(CREATE)
    day = day or ctx.today()
    holiday_days = holidays(ctx, day, day)
    created: list[int] = []
    refused: list[tuple[int, str]] = []
    with ctx.unit_of_work() as s:
        for so, occ in _due_today(s, day, holiday_days):
            items = json.loads(occ.items_json) if occ is not None else [(i.product_id, i.quantity) for i in so.items]
            requested = None
            if so.window_start:
                hour, minute = (int(x) for x in so.window_start.split(":"))
                requested = ctx.local_to_utc(dt.datetime.combine(day, dt.time(hour, minute)))
                if requested < ctx.now():
                    requested = None  # a window already begun: as soon as possible
            window = f" {so.window_start}-{so.window_end}" if so.window_start else ""
            note = str(T("standing order{window}", window=window)) + (f" · {so.notes}" if so.notes else "")
            data = OrderInput(channel="phone", customer_id=so.customer_id,
                              items=[ItemInput(p, q) for p, q in items], address=so.address, notes=note,
                              requested_at=ctx.to_local(requested).replace(tzinfo=None) if requested else None)
            try:
                with s.begin_nested():
                    oid = orders.create_order(ctx, data)
                    order = s.get(Order, oid)
                    order.standing_order_id = so.id
                    orders.confirm_order(ctx, oid)
                    if occ is None:
                        s.add(StandingOccurrence(standing_id=so.id, day=day, action="generated", order_id=oid))
                    else:
                        occ.action, occ.order_id = "generated", oid
                    s.flush()
            except ValidationError as exc:
                refused.append((so.id, str(exc)))
                continue
            except (IntegrityError, StaleDataError):
                continue  # generated by another PC meanwhile: its order stands, this one was rolled back
            created.append(oid)
    return Generated(tuple(created), tuple(refused))


def open_day(ctx: Context, day: dt.date | None = None) -> Generated:
    """Make sure the day's orders from standing orders exist: called when the order desk,
    the order list or the dispatch board opens, when the dashboard counts today's orders,
    and before a day is planned. Only what is missing is generated (nothing when all is
    done: two quick queries), as the system (the rule takes these orders, not the user who
    happened to open a page). A past day or a closed day is left as it is."""
    from suite_plugins.orders.models import DayClose

    ctx.require(VIEW)
    day = day or ctx.today()
    if day < ctx.today():
        return Generated((), ())
    with ctx.read() as s:
        if s.scalar(select(DayClose.id).where(DayClose.day == day)) is not None:
            return Generated((), ())
        if not _due_today(s, day, holidays(ctx, day, day)):
            return Generated((), ())
    return generate_day(ctx.as_system(), day)


__all__ = [
    "StandingInput", "StandingView", "create_standing", "update_standing", "pause_standing", "end_standing",
    "skip_occurrence", "change_occurrence", "restore_occurrence", "list_standing", "get_standing", "generate_day",
    "Generated", "open_day", "upcoming", "DayView", "DAY_STATES", "occurs_on", "holidays",
]
