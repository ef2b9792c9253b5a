"""Dispatch (调度): vehicles and their pre-departure checks, crews, the daily delivery plan,
manual overrides, departure, and the route sheets' data.

The plan takes the day's confirmed delivery orders, groups them by area and gives each to a
driver so that workloads (buckets, and stops weighted like ``stop_weight`` buckets) stay
balanced within each vehicle's capacity. Every assignment carries its reason; a dispatcher's
manual override is logged and kept when the day is re-planned.

A plan stays put: re-planning keeps every order already on a driver (dispatched ones always;
planned ones too unless the dispatcher asks for a full re-plan) and places only the new
ones; an area's orders go to the driver already serving it (planned stops, or orders he
left with) while his vehicle has room.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import and_, bindparam, case, func, or_, select, update

from suite.plugin_api import NotFound, ValidationError, check_version, core
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.orders.models import (
    DELIVERY_CHANNELS,
    Assignment,
    Crew,
    Delivery,
    Order,
    OrderItem,
    Plan,
    Vehicle,
    VehicleCheck,
)
from suite_plugins.orders.services.common import (
    DISPATCH,
    VEHICLES,
    VIEW,
    ensure_day_open,
    load_order,
    record_status,
    shown,
    stored,
    setting,
    to_int,
)

T = domain("orders")

# ---------------------------------------------------------------------------- vehicles


@dataclass(frozen=True)
class VehicleView:
    id: int
    plate: str
    name: str
    capacity_buckets: int
    default_driver_staff_id: int | None
    default_driver: str
    active: bool
    notes: str
    version: int
    state: str  # unchecked | passed | blocked (for the day asked)
    check_notes: str = ""
    departure: str = ""  # the usual first departure of the day ("08:30"; empty: none set)

    @property
    def state_label(self) -> str:
        return str(VEHICLE_STATE_LABELS.get(self.state, self.state))


VEHICLE_STATE_LABELS = {"unchecked": T("Not checked"), "passed": T("Checked"), "blocked": T("Blocked")}


_HHMM = re.compile(r"^([01]?\d|2[0-3])[:：]([0-5]\d)$")


def clean_departure(text: str | None, field_name: str = "departure") -> str:
    """A departure time as "HH:MM" ("8:30" and a full-width colon accepted; empty: none)."""
    text = unicodedata.normalize("NFKC", str(text or "")).strip()
    if not text:
        return ""
    m = _HHMM.match(text)
    if m is None:
        raise ValidationError(fields={field_name: T("A departure is a time such as 08:30.")})
    return f"{int(m.group(1)):02d}:{m.group(2)}"


def save_vehicle(ctx: Context, *, plate: str, capacity_buckets: int | str, name: str = "",
                 default_driver_staff_id: int | None = None, active: bool = True, notes: str = "",
                 departure: str = "", vehicle_id: int | None = None, expected_version: int | None = None) -> int:
    """Create (``vehicle_id=None``) or change a vehicle; ``departure`` is its usual first
    departure of the day ("08:30", office time; the promised times count from it)
    (``expected_version``: the version the caller read, a TypeError without it; ConflictError
    if someone saved it since)."""
    ctx.require(VEHICLES)
    errors = {}
    try:
        departure = clean_departure(departure)
    except ValidationError as exc:
        errors.update(exc.fields)
    plate = (plate or "").strip().upper().replace(" ", "")
    if not plate:
        errors["plate"] = T("Enter the number plate.")
    elif len(plate) > 20:
        errors["plate"] = T("At most {n} characters.", n=20)
    try:
        capacity = to_int(capacity_buckets, "capacity_buckets")
        if not 1 <= capacity <= 1000:
            errors["capacity_buckets"] = T("Capacity is a number of buckets between 1 and 1000.")
    except ValidationError as exc:
        errors.update(exc.fields)
        capacity = 0
    if errors:
        raise ValidationError(fields=errors)
    with ctx.unit_of_work() as s:
        clash = s.scalar(select(Vehicle.id).where(Vehicle.plate == plate))
        if clash and clash != vehicle_id:
            raise ValidationError(fields={"plate": T("A vehicle with plate {plate} exists already.", plate=plate)})
        if default_driver_staff_id is not None and s.get(core.Staff, default_driver_staff_id) is None:
            raise ValidationError(fields={"default_driver_staff_id": T("That staff member no longer exists.")})
        if vehicle_id is None:
            v = Vehicle(plate=plate)
            s.add(v)
        else:
            v = s.get(Vehicle, vehicle_id)
            if v is None:
                raise NotFound(T("That vehicle no longer exists."))
            check_version(v, expected_version)
        v.plate, v.name, v.capacity_buckets = plate, (name or "").strip()[:60], capacity
        v.default_driver_staff_id, v.active, v.notes = default_driver_staff_id, active, (notes or "").strip()
        v.departure = departure
        s.flush()
        return v.id


def _state(s, vehicle_id: int, day: dt.date) -> tuple[str, str]:
    rows = s.execute(select(VehicleCheck.passed, VehicleCheck.notes).where(
        VehicleCheck.vehicle_id == vehicle_id, VehicleCheck.day == day).order_by(VehicleCheck.id)).all()
    if any(not passed for passed, _ in rows):
        return "blocked", next(n for p, n in rows if not p)
    if rows:
        return "passed", ""
    return "unchecked", ""


def list_vehicles(ctx: Context, day: dt.date | None = None, include_inactive: bool = False) -> list[VehicleView]:
    ctx.require(VIEW)
    day = day or ctx.today()
    with ctx.read() as s:
        stmt = select(Vehicle, core.Staff.name).outerjoin(core.Staff, core.Staff.id == Vehicle.default_driver_staff_id) \
            .order_by(Vehicle.plate)
        if not include_inactive:
            stmt = stmt.where(Vehicle.active.is_(True))
        out = []
        for v, driver in s.execute(stmt):
            state, notes = _state(s, v.id, day)
            out.append(VehicleView(v.id, v.plate, v.name, v.capacity_buckets, v.default_driver_staff_id, driver or "",
                                   v.active, v.notes, v.version, state, notes, v.departure))
        return out


def record_check(ctx: Context, vehicle_id: int, *, tyres: bool, brakes: bool, lights: bool, load: bool,
                 driver_staff_id: int | None = None, notes: str = "", day: dt.date | None = None) -> bool:
    """The pre-departure check (车辆准备). A failed item blocks the vehicle for the day;
    returns whether it passed."""
    ctx.require(DISPATCH)
    day = day or ctx.today()
    passed = all((tyres, brakes, lights, load))
    if not passed and not (notes or "").strip():
        raise ValidationError(fields={"notes": T("Say what failed, so that it can be repaired.")})
    with ctx.unit_of_work() as s:
        v = s.get(Vehicle, vehicle_id)
        if v is None or not v.active:
            raise NotFound(T("That vehicle no longer exists."))
        ensure_day_open(s, ctx, day)
        s.add(VehicleCheck(vehicle_id=vehicle_id, day=day, checked_at=ctx.now(), driver_staff_id=driver_staff_id,
                           tyres=tyres, brakes=brakes, lights=lights, load=load, passed=passed,
                           notes=(notes or "").strip()))
        if not passed:
            # orders planned on a blocked vehicle go back to the pool
            reason = stored(T("vehicle {plate} failed its check", plate=v.plate))
            for order in s.scalars(select(Order).where(Order.vehicle_id == vehicle_id, Order.plan_day == day,
                                                       Order.status == "confirmed")):
                order.driver_staff_id = order.vehicle_id = order.stop_seq = None
                order.assign_reason = reason
        return passed


# ---------------------------------------------------------------------------- crews


@dataclass(frozen=True)
class CrewView:
    driver_staff_id: int
    driver: str
    phone: str
    vehicle_id: int | None
    plate: str
    capacity: int
    state: str
    departure: str = ""  # that day's departure: the crew's own, else the vehicle's usual one


def _drivers(ctx: Context) -> list:
    return core.list_staff(ctx.as_system(), department="delivery")


def set_crew(ctx: Context, day: dt.date, driver_staff_id: int, vehicle_id: int) -> None:
    """Put a driver in a vehicle for a day."""
    ctx.require(DISPATCH)
    with ctx.unit_of_work() as s:
        _set_crew(ctx, s, day, driver_staff_id, vehicle_id)


def _set_crew(ctx: Context, s, day: dt.date, driver_staff_id: int, vehicle_id: int) -> Crew:
    v = s.get(Vehicle, vehicle_id)
    if v is None or not v.active:
        raise NotFound(T("That vehicle no longer exists."))
    if s.get(core.Staff, driver_staff_id) is None:
        raise NotFound(T("That staff member no longer exists."))
    state, notes = _state(s, vehicle_id, day)
    if state == "blocked":
        raise ValidationError(T("Vehicle {plate} failed its pre-departure check on {day} ({notes}): it cannot "
                                "be used that day.", plate=v.plate, day=day.isoformat(), notes=notes))
    other = s.scalar(select(Crew).where(Crew.day == day, Crew.vehicle_id == vehicle_id,
                                        Crew.driver_staff_id != driver_staff_id))
    if other is not None:
        name = s.get(core.Staff, other.driver_staff_id).name
        raise ValidationError(T("Vehicle {plate} is already driven by {name} that day.", plate=v.plate, name=name))
    crew = s.scalar(select(Crew).where(Crew.day == day, Crew.driver_staff_id == driver_staff_id))
    if crew is None:
        crew = Crew(day=day, driver_staff_id=driver_staff_id, vehicle_id=vehicle_id)
        s.add(crew)
    elif crew.vehicle_id != vehicle_id:
        crew.vehicle_id = vehicle_id
        for order in s.scalars(select(Order).where(Order.driver_staff_id == driver_staff_id, Order.plan_day == day,
                                                   Order.status == "confirmed")):
            order.vehicle_id = vehicle_id
    s.flush()
    return crew


def crews(ctx: Context, day: dt.date) -> list[CrewView]:
    ctx.require(VIEW)
    drivers = _drivers(ctx)
    with ctx.read() as s:
        by_driver = {c.driver_staff_id: c for c in s.scalars(select(Crew).where(Crew.day == day))}
        out = []
        for d in drivers:
            crew = by_driver.get(d.id)
            v = s.get(Vehicle, crew.vehicle_id) if crew else None
            state = _state(s, v.id, day)[0] if v else ""
            out.append(CrewView(d.id, d.name, d.phone, v.id if v else None, v.plate if v else "",
                                v.capacity_buckets if v else 0, state,
                                ((crew.departure if crew else "") or (v.departure if v else ""))))
        return out


def set_departure(ctx: Context, day: dt.date, driver_staff_id: int, departure: str) -> None:
    """When the driver's vehicle leaves that day ("09:15", office time; empty: the vehicle's
    usual departure). The promised times of the orders his route takes count from it."""
    ctx.require(DISPATCH)
    departure = clean_departure(departure)
    with ctx.unit_of_work() as s:
        ensure_day_open(s, ctx, day)
        crew = s.scalar(select(Crew).where(Crew.day == day, Crew.driver_staff_id == driver_staff_id))
        if crew is None:
            auto = _auto_crews(ctx, s, day, [d for d in _drivers(ctx) if d.id == driver_staff_id])
            if driver_staff_id not in auto:
                raise ValidationError(T("That driver has no vehicle today: put them in one first."))
            s.flush()
            crew = s.scalar(select(Crew).where(Crew.day == day, Crew.driver_staff_id == driver_staff_id))
        crew.departure = departure
        s.flush()


def _auto_crews(ctx: Context, s, day: dt.date, drivers) -> dict[int, Vehicle]:
    """Existing crews of the day, plus a vehicle for every driver without one: their own
    vehicle first, then any free one. Blocked vehicles are skipped."""
    vehicles = list(s.scalars(select(Vehicle).where(Vehicle.active.is_(True)).order_by(Vehicle.plate)))
    usable = {v.id: v for v in vehicles if _state(s, v.id, day)[0] != "blocked"}
    existing = {c.driver_staff_id: c for c in s.scalars(select(Crew).where(Crew.day == day))}
    taken: set[int] = set()
    out: dict[int, Vehicle] = {}
    driver_ids = {d.id for d in drivers}
    for did, crew in existing.items():
        if did in driver_ids and crew.vehicle_id in usable:
            out[did] = usable[crew.vehicle_id]
            taken.add(crew.vehicle_id)
    for d in drivers:
        if d.id in out:
            continue
        own = next((v for v in usable.values() if v.default_driver_staff_id == d.id and v.id not in taken), None)
        if own is not None:
            out[d.id] = own
            taken.add(own.id)
    for d in drivers:
        if d.id in out:
            continue
        free = next((v for v in usable.values() if v.id not in taken
                     and (v.default_driver_staff_id is None or v.default_driver_staff_id not in driver_ids
                          or v.default_driver_staff_id in out)), None)
        if free is not None:
            out[d.id] = free
            taken.add(free.id)
    for did, v in out.items():
        crew = existing.get(did)
        if crew is None:
            s.add(Crew(day=day, driver_staff_id=did, vehicle_id=v.id))
        elif crew.vehicle_id != v.id:
            crew.vehicle_id = v.id
    return out


# ---------------------------------------------------------------------------- the plan


@dataclass
class DriverLoad:
    """A driver's workload of the day (what they already delivered or carry, plus what the
    plan gives them) and the vehicle's room for the next departure (``carried``: buckets on
    board not yet delivered)."""

    driver_staff_id: int
    driver: str
    vehicle_id: int | None
    plate: str
    capacity: int
    buckets: int = 0
    stops: int = 0
    areas: list = field(default_factory=list)
    carried: int = 0

    def fits(self, buckets: int) -> bool:
        return self.carried + buckets <= self.capacity

    def score(self, stop_weight: int) -> int:
        return self.buckets + stop_weight * self.stops


@dataclass(frozen=True)
class PlannedStop:
    order_id: int
    number: str
    driver_staff_id: int | None
    stop_seq: int | None
    reason: str
    manual: bool = False
    kept: bool = False  # already on this driver before the run: left where it was


@dataclass(frozen=True)
class PlanResult:
    day: dt.date
    stops: tuple[PlannedStop, ...]
    unassigned: tuple[PlannedStop, ...]
    loads: tuple[DriverLoad, ...]

    @property
    def assigned_count(self) -> int:
        return len(self.stops)


def _due(day_end: dt.datetime, day: dt.date):
    """Confirmed delivery orders due on the day (promised before its end, or planned for it)."""
    return and_(Order.status == "confirmed", Order.channel.in_(DELIVERY_CHANNELS),
                or_(Order.promised_at < day_end, Order.plan_day == day, Order.promised_at.is_(None)))


def plan_day(ctx: Context, day: dt.date | None = None, *, full: bool = False) -> PlanResult:
    """Plan (or re-plan) the deliveries of a day and write the assignments; the day's orders
    from standing orders are generated first when missing. Orders already planned keep their driver and stop (``full=True``: every planned order not moved by hand
    is placed again); manual assignments and dispatched orders are never moved."""
    from suite_plugins.orders.services.standing import open_day

    ctx.require(DISPATCH)
    day = day or ctx.today()
    open_day(ctx, day)  # the day's standing deliveries exist before they are planned
    stop_weight = int(setting(ctx, "stop_weight"))
    drivers = _drivers(ctx)
    username = ctx.user.username
    now = ctx.now()
    with ctx.unit_of_work() as s:
        ensure_day_open(s, ctx, day)
        crew = _auto_crews(ctx, s, day, drivers)
        areas = {a.id: a.name for a in core.list_areas(ctx, include_archived=True)}
        o = Order.__table__
        rows = s.execute(select(o.c.id, o.c.number, o.c.area_id, o.c.buckets, o.c.promised_at, o.c.driver_staff_id,
                                o.c.vehicle_id, o.c.version, o.c.plan_day, o.c.stop_seq, o.c.assign_reason)
                         .where(_due(ctx.day_bounds(day)[1], day)).order_by(o.c.promised_at, o.c.id)).all()
        manual_ids = set()
        if rows:
            ids = [r.id for r in rows]
            last = {}
            for start in range(0, len(ids), 900):
                chunk = ids[start:start + 900]
                latest = select(Assignment.order_id, func.max(Assignment.id).label("mid")) \
                    .where(Assignment.order_id.in_(chunk)).group_by(Assignment.order_id).subquery()
                for oid, manual in s.execute(select(Assignment.order_id, Assignment.manual)
                                             .join(latest, Assignment.id == latest.c.mid)):
                    last[oid] = manual
            manual_ids = {oid for oid, manual in last.items() if manual}
        loads = {d.id: DriverLoad(d.id, d.name, crew[d.id].id, crew[d.id].plate, crew[d.id].capacity_buckets)
                 for d in drivers if d.id in crew}
        # the day's work so far counts towards balance; what is on board counts against room,
        # and its areas are served by him (as the promise's queue counts them)
        for did, status, aid, n, b in s.execute(
                select(o.c.driver_staff_id, o.c.status, o.c.area_id, func.count(),
                       func.coalesce(func.sum(o.c.buckets), 0))
                .where(o.c.plan_day == day, o.c.driver_staff_id.in_(list(loads)),
                       o.c.status.in_(("dispatched", "delivered", "completed")))
                .group_by(o.c.driver_staff_id, o.c.status, o.c.area_id)):
            loads[did].stops += n
            loads[did].buckets += int(b)
            if status == "dispatched":
                loads[did].carried += int(b)
                loads[did].areas.extend([aid] * n)
        result_stops: dict[int, tuple[int | None, object, bool]] = {}
        unassigned: list[PlannedStop] = []
        # manual overrides stay where the dispatcher put them, with the dispatcher's reason;
        # orders planned before stay with their driver (drivers load from the first plan)
        pool = []
        stay: set[int] = set()
        for r in rows:
            manual = r.id in manual_ids
            on_driver = r.driver_staff_id in loads and r.plan_day == day and r.stop_seq is not None
            if on_driver and (manual or not full):
                load = loads[r.driver_staff_id]
                load.buckets += r.buckets
                load.carried += r.buckets
                load.stops += 1
                load.areas.append(r.area_id)
                result_stops[r.id] = (r.driver_staff_id, shown(r.assign_reason), manual)
                stay.add(r.id)
            else:
                pool.append(r)
        if not loads:
            for r in pool:
                unassigned.append(PlannedStop(r.id, r.number, None, None, T("no driver has a usable vehicle today")))
        else:
            # largest areas first, each area's orders by promised time
            by_area: dict[int | None, list] = defaultdict(list)
            for r in pool:
                by_area[r.area_id].append(r)
            order_areas = sorted(by_area, key=lambda a: (-sum(r.buckets + stop_weight for r in by_area[a]), areas.get(a or 0, "")))
            for area_id in order_areas:
                area_name = areas.get(area_id or 0, str(T("no area")))
                for r in by_area[area_id]:
                    fits = [ld for ld in loads.values() if ld.fits(r.buckets)]
                    if not fits:
                        unassigned.append(PlannedStop(r.id, r.number, None, None,
                                                      T("area {area}: no vehicle has room for {n} more bucket(s)",
                                                        area=area_name, n=r.buckets)))
                        continue
                    # one area, one driver: the one already serving it, while his vehicle has room
                    serving = [ld for ld in loads.values() if area_id in ld.areas]
                    same = [ld for ld in serving if ld.fits(r.buckets)]
                    if same:
                        chosen = max(same, key=lambda ld: (ld.areas.count(area_id), -ld.score(stop_weight), ld.driver))
                        reason = T("area {area}, already serving it: {b} bucket(s), {n} stop(s)", area=area_name,
                                   b=chosen.buckets, n=chosen.stops)
                    else:
                        chosen = min(fits, key=lambda ld: (ld.score(stop_weight), ld.driver))
                        if serving:
                            full_one = max(serving, key=lambda ld: ld.areas.count(area_id))
                            reason = T("area {area}: {driver}'s vehicle {plate}, which serves it, has no room for "
                                       "{n} more bucket(s); lowest load: {b} bucket(s), {s} stop(s)",
                                       area=area_name, driver=full_one.driver, plate=full_one.plate, n=r.buckets,
                                       b=chosen.buckets, s=chosen.stops)
                        else:
                            reason = T("area {area}, lowest load: {b} bucket(s), {n} stop(s)", area=area_name,
                                       b=chosen.buckets, n=chosen.stops)
                    chosen.buckets += r.buckets
                    chosen.carried += r.buckets
                    chosen.stops += 1
                    chosen.areas.append(area_id)
                    result_stops[r.id] = (chosen.driver_staff_id, reason, False)
        # stop order per driver: area by area (in the order first met), then promised time
        info = {r.id: r for r in rows}
        per_driver: dict[int, list[int]] = defaultdict(list)
        seq_of: dict[int, int] = {}
        for oid, (did, _reason, _manual) in result_stops.items():
            if oid in stay:
                seq_of[oid] = info[oid].stop_seq
            else:
                per_driver[did].append(oid)
        # new stops continue after the ones the driver already set out with today and the kept ones
        done_seq = dict(s.execute(select(o.c.driver_staff_id, func.max(o.c.stop_seq)).where(
            o.c.plan_day == day, o.c.driver_staff_id.in_(list(per_driver) or [0]),
            o.c.status.in_(("dispatched", "delivered", "completed"))).group_by(o.c.driver_staff_id)).all())
        for oid in stay:
            did = result_stops[oid][0]
            if did in per_driver:
                done_seq[did] = max(done_seq.get(did) or 0, info[oid].stop_seq or 0)
        for did, oids in per_driver.items():
            first_area: dict = {}
            for oid in sorted(oids, key=lambda i: (info[i].promised_at or now, i)):
                first_area.setdefault(info[oid].area_id, len(first_area))
            ordered = sorted(oids, key=lambda i: (first_area[info[i].area_id], info[i].promised_at or now, i))
            for n, oid in enumerate(ordered, (done_seq.get(did) or 0) + 1):
                seq_of[oid] = n
        # write: orders, the assignment log, the plan row, audit rows for the bulk update
        params, log, audit = [], [], []
        for oid, (did, reason, manual) in result_stops.items():
            if oid in stay:
                continue  # left exactly where it was
            vid = loads[did].vehicle_id
            kept = stored(reason)[:300]
            params.append({"b_id": oid, "b_driver": did, "b_vehicle": vid, "b_seq": seq_of[oid], "b_reason": kept})
            if not manual:
                log.append({"order_id": oid, "day": day, "at": now, "username": username, "driver_staff_id": did,
                            "vehicle_id": vid, "stop_seq": seq_of[oid], "manual": False, "reason": kept})
            audit.append((oid, {"driver_staff_id": [info[oid].driver_staff_id, did], "stop_seq": [None, seq_of[oid]]}))
        for stop in unassigned:
            kept = stored(stop.reason)[:300]
            params.append({"b_id": stop.order_id, "b_driver": None, "b_vehicle": None, "b_seq": None, "b_reason": kept})
            log.append({"order_id": stop.order_id, "day": day, "at": now, "username": username, "driver_staff_id": None,
                        "vehicle_id": None, "stop_seq": None, "manual": False, "reason": kept})
        if params:
            stmt = update(o).where(o.c.id == bindparam("b_id")).values(
                driver_staff_id=bindparam("b_driver"), vehicle_id=bindparam("b_vehicle"), stop_seq=bindparam("b_seq"),
                assign_reason=bindparam("b_reason"), plan_day=day, version=o.c.version + 1, updated_at=now,
                updated_by=ctx.user.id)
            s.connection().execute(stmt, params)
        if log:
            s.connection().execute(Assignment.__table__.insert(), log)
        if audit:
            core.audit_record_many(s, ctx, "orders_orders", "update", [(str(i), c) for i, c in audit])
        plan = s.scalar(select(Plan).where(Plan.day == day))
        if plan is None:
            plan = Plan(day=day, planned_at=now, runs=0)
            s.add(plan)
        plan.planned_at, plan.orders_count, plan.unassigned_count = now, len(rows), len(unassigned)
        plan.runs = (plan.runs or 0) + 1
        s.flush()
        stops = tuple(PlannedStop(oid, info[oid].number, did, seq_of[oid], str(reason), manual, oid in stay)
                      for oid, (did, reason, manual) in sorted(result_stops.items(), key=lambda kv: (kv[1][0], seq_of[kv[0]])))
        unassigned = [PlannedStop(u.order_id, u.number, None, None, str(u.reason)) for u in unassigned]
        return PlanResult(day, stops, tuple(unassigned), tuple(loads.values()))


def reassign(ctx: Context, order_id: int, driver_staff_id: int | None, reason: str, *, stop_seq: int | None = None) -> None:
    """A dispatcher's manual override (logged, and kept by later re-plans). ``None`` takes
    the order off every driver."""
    ctx.require(DISPATCH)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(fields={"reason": T("Say why the order is moved.")})
    with ctx.unit_of_work() as s:
        order = load_order(s, order_id)
        if order.status != "confirmed":
            raise ValidationError(T("Order {number} is not waiting for dispatch: it cannot be moved.", number=order.number))
        day = order.plan_day or ctx.today()
        ensure_day_open(s, ctx, day)
        vehicle = None
        if driver_staff_id is not None:
            crew = s.scalar(select(Crew).where(Crew.day == day, Crew.driver_staff_id == driver_staff_id))
            if crew is None:
                drivers = _drivers(ctx)
                auto = _auto_crews(ctx, s, day, [d for d in drivers if d.id == driver_staff_id])
                vehicle = auto.get(driver_staff_id)
                if vehicle is None:
                    raise ValidationError(T("That driver has no vehicle today: put them in one first."))
            else:
                vehicle = s.get(Vehicle, crew.vehicle_id)
            state, notes = _state(s, vehicle.id, day)
            if state == "blocked":
                raise ValidationError(T("Vehicle {plate} failed its pre-departure check on {day} ({notes}): it cannot "
                                        "be used that day.", plate=vehicle.plate, day=day.isoformat(), notes=notes))
            load = s.scalar(select(func.coalesce(func.sum(Order.buckets), 0)).where(
                Order.driver_staff_id == driver_staff_id, Order.plan_day == day,
                Order.status.in_(("confirmed", "dispatched")), Order.id != order.id)) or 0
            if load + order.buckets > vehicle.capacity_buckets:
                raise ValidationError(T("Vehicle {plate} holds {cap} buckets; it already carries {load}.",
                                        plate=vehicle.plate, cap=vehicle.capacity_buckets, load=load))
            if stop_seq is None:
                stop_seq = (s.scalar(select(func.max(Order.stop_seq)).where(
                    Order.driver_staff_id == driver_staff_id, Order.plan_day == day, Order.id != order.id)) or 0) + 1
        order.driver_staff_id = driver_staff_id
        order.vehicle_id = vehicle.id if vehicle else None
        order.stop_seq = stop_seq if driver_staff_id else None
        order.plan_day = day
        order.assign_reason = stored(T("moved by {user}: {reason}", user=ctx.user.display_name or ctx.user.username,
                                       reason=reason))[:300]
        s.add(Assignment(order_id=order.id, day=day, at=ctx.now(), username=ctx.user.username,
                         driver_staff_id=driver_staff_id, vehicle_id=order.vehicle_id, stop_seq=order.stop_seq,
                         manual=True, reason=reason[:300]))
        s.flush()


@dataclass(frozen=True)
class AssignmentEntry:
    """One line of an order's assignment history, readable: ``reason`` in the reader's
    language (a plan's reason) or as the dispatcher typed it (a manual move)."""

    at: dt.datetime
    day: dt.date
    username: str
    driver_staff_id: int | None
    driver: str
    vehicle_id: int | None
    plate: str
    stop_seq: int | None
    manual: bool
    reason: str


def assignment_log(ctx: Context, order_id: int) -> list[AssignmentEntry]:
    """Who was given the order, when and why, oldest first."""
    ctx.require(VIEW)
    with ctx.read() as s:
        rows = s.execute(select(Assignment, core.Staff.name, Vehicle.plate)
                         .outerjoin(core.Staff, core.Staff.id == Assignment.driver_staff_id)
                         .outerjoin(Vehicle, Vehicle.id == Assignment.vehicle_id)
                         .where(Assignment.order_id == order_id).order_by(Assignment.id)).all()
        return [AssignmentEntry(a.at, a.day, a.username, a.driver_staff_id, name or "", a.vehicle_id, plate or "",
                                a.stop_seq, a.manual, shown(a.reason)) for a, name, plate in rows]


# ---------------------------------------------------------------------------- the queue a promise is made from


@dataclass(frozen=True)
class Queue:
    """Where a new order of an area would go on a day: the driver the plan gives that area
    (the one already serving it, else the lowest open load) and the stops before it."""

    day: dt.date
    driver_staff_id: int | None
    driver: str
    plate: str
    stops_before: int       # the driver's open stops of the day (planned or on board)
    waiting_in_area: int    # confirmed orders of the area for the day not planned yet
    serving: bool           # the driver already has orders of the area that day
    departure: str = ""     # when his vehicle leaves that day ("08:30"; empty: not set)


@functools.lru_cache(maxsize=2)
def _queue_statements(area_is_null: bool):
    """The day's queue as one statement (and the area's waiting orders alone, for a day
    without delivery staff), built once: only its parameters change from call to call.
    Parameters: q_day, q_oid (the order asking, left out), q_start/q_end (the day's bounds)
    and q_area (unless the area is none)."""
    o, staff, dept = Order.__table__, core.Staff.__table__, core.Department.__table__
    crew, vehicle, check = Crew.__table__, Vehicle.__table__, VehicleCheck.__table__
    day, oid = bindparam("q_day", type_=o.c.plan_day.type), bindparam("q_oid", type_=o.c.id.type)
    start, end = bindparam("q_start", type_=o.c.promised_at.type), bindparam("q_end", type_=o.c.promised_at.type)
    area_cond = o.c.area_id.is_(None) if area_is_null else o.c.area_id == bindparam("q_area", type_=o.c.area_id.type)
    # the area's orders not planned yet: left unplanned on the day, or never planned and due
    # that day (two seeks on the plan_queue index rather than one OR; the due time is counted,
    # not filtered on, so that SQLite does not pick the index on status and promised time)
    unplanned = (o.c.driver_staff_id.is_(None), o.c.status == "confirmed", o.c.channel.in_(DELIVERY_CHANNELS), area_cond,
                 o.c.id != oid)
    due = and_(o.c.promised_at >= start, o.c.promised_at < end)
    waiting = [select(func.count()).select_from(o).where(o.c.plan_day == day, *unplanned),
               select(func.coalesce(func.sum(case((due, 1), else_=0)), 0)).select_from(o).where(
                   o.c.plan_day.is_(None), *unplanned)]
    # each driver's open stops of the day, and those in the area (from the index alone)
    counts = select(o.c.driver_staff_id.label("did"), func.count().label("n"),
                    func.sum(case((area_cond, 1), else_=0)).label("in_area")).where(
        o.c.plan_day == day, o.c.status.in_(("confirmed", "dispatched")), o.c.driver_staff_id.is_not(None),
        o.c.id != oid).group_by(o.c.driver_staff_id).subquery()
    blocked = select(check.c.id).where(check.c.vehicle_id == crew.c.vehicle_id, check.c.day == day,
                                       check.c.passed.is_(False)).exists()
    queue = (select(staff.c.id, staff.c.name, vehicle.c.plate, blocked, crew.c.departure, vehicle.c.departure,
                    counts.c.n, counts.c.in_area, *(q.correlate(None).scalar_subquery() for q in waiting))
             .join(dept, dept.c.id == staff.c.department_id)
             .outerjoin(crew, and_(crew.c.driver_staff_id == staff.c.id, crew.c.day == day))
             .outerjoin(vehicle, vehicle.c.id == crew.c.vehicle_id)
             .outerjoin(counts, counts.c.did == staff.c.id)
             .where(dept.c.code == "delivery", staff.c.archived.is_(False)))
    return queue, waiting


def queue_for(ctx: Context, s, day: dt.date, area_id: int | None, order_id: int | None = None) -> Queue:
    """The real queue of the day (only that day's orders count), read in one query: the
    delivery staff with the day's crew, whether its vehicle is blocked, the departures, each
    driver's open stops of the day (and those in the area), and the area's orders not planned
    yet."""
    start, end = ctx.day_bounds(day)
    params = {"q_day": day, "q_oid": order_id or 0, "q_start": start, "q_end": end}
    if area_id is not None:
        params["q_area"] = area_id
    queue, waiting_q = _queue_statements(area_id is None)
    staff = s.execute(queue, params).all()
    if not staff:
        return Queue(day, None, "", "", 0, sum(s.scalar(q, params) or 0 for q in waiting_q), False)
    waiting = (staff[0][8] or 0) + (staff[0][9] or 0)
    per_driver = {row[0]: row[6] or 0 for row in staff}
    in_area = {row[0]: int(row[7] or 0) for row in staff}
    names = {row[0]: row[1] for row in staff}
    if any(row[2] is not None for row in staff):
        candidates = {row[0]: row[2] for row in staff if row[2] is not None and not row[3]}
        departures = {row[0]: row[4] or row[5] or "" for row in staff}
    else:
        # no crews yet that day: each driver in his own vehicle, as the plan will put him
        own = {did: (plate, dep) for did, plate, dep in s.execute(
            select(Vehicle.default_driver_staff_id, Vehicle.plate, Vehicle.departure).where(
                Vehicle.active.is_(True), Vehicle.default_driver_staff_id.in_(list(names) or [0])))}
        candidates = {did: "" for did in names}
        departures = {did: own[did][1] for did in names if did in own}
    if not candidates:
        return Queue(day, None, "", "", 0, waiting, False)
    serving = [did for did in candidates if in_area.get(did)]
    if serving:
        chosen = max(serving, key=lambda d: (in_area[d], -per_driver.get(d, 0), names[d]))
    else:
        chosen = min(candidates, key=lambda d: (per_driver.get(d, 0), names[d]))
    return Queue(day, chosen, names[chosen], candidates[chosen], per_driver.get(chosen, 0), waiting, bool(serving),
                 departures.get(chosen) or "")


# ---------------------------------------------------------------------------- departure


def dispatch_driver(ctx: Context, day: dt.date, driver_staff_id: int) -> list[int]:
    """The driver leaves with every confirmed order planned for them: those orders become
    *dispatched*. The vehicle must have passed today's check and hold the load."""
    ctx.require(DISPATCH)
    with ctx.unit_of_work() as s:
        ensure_day_open(s, ctx)
        crew = s.scalar(select(Crew).where(Crew.day == day, Crew.driver_staff_id == driver_staff_id))
        if crew is None:
            raise ValidationError(T("That driver has no vehicle today: put them in one first."))
        vehicle = s.get(Vehicle, crew.vehicle_id)
        _check_departure(s, vehicle, day)
        orders = list(s.scalars(select(Order).where(Order.driver_staff_id == driver_staff_id, Order.plan_day == day,
                                                    Order.status == "confirmed").order_by(Order.stop_seq)))
        if not orders:
            raise ValidationError(T("No confirmed orders are planned for that driver on {day}.", day=day.isoformat()))
        carried = s.scalar(select(func.coalesce(func.sum(Order.buckets), 0)).where(
            Order.driver_staff_id == driver_staff_id, Order.plan_day == day, Order.status == "dispatched")) or 0
        load = carried + sum(o.buckets for o in orders)
        if load > vehicle.capacity_buckets:
            raise ValidationError(T("Vehicle {plate} holds {cap} buckets; the planned load is {load}.",
                                    plate=vehicle.plate, cap=vehicle.capacity_buckets, load=load))
        now = ctx.now()
        for order in orders:
            order.status, order.dispatched_at, order.vehicle_id = "dispatched", now, vehicle.id
        s.flush()
        for order in orders:
            record_status(s, ctx, order.id, "confirmed", "dispatched", vehicle.plate)
            ctx.emit("suite_order_did_dispatch", order_id=order.id)
        return [o.id for o in orders]


def dispatch_order(ctx: Context, order_id: int) -> None:
    """One order leaves (a late addition to a driver already out)."""
    ctx.require(DISPATCH)
    with ctx.unit_of_work() as s:
        order = load_order(s, order_id)
        if order.status != "confirmed":
            raise ValidationError(T("Order {number} is not confirmed: it cannot be dispatched.", number=order.number))
        if order.channel not in DELIVERY_CHANNELS:
            raise ValidationError(T("Order {number} is served at the restaurant: it is not dispatched.", number=order.number))
        if order.driver_staff_id is None or order.vehicle_id is None:
            raise ValidationError(T("Order {number} has no driver yet: plan the day or assign it.", number=order.number))
        ensure_day_open(s, ctx)
        day = order.plan_day or ctx.today()
        vehicle = s.get(Vehicle, order.vehicle_id)
        _check_departure(s, vehicle, day)
        order.status, order.dispatched_at = "dispatched", ctx.now()
        s.flush()
        record_status(s, ctx, order.id, "confirmed", "dispatched", vehicle.plate)
        ctx.emit("suite_order_did_dispatch", order_id=order.id)


def _check_departure(s, vehicle: Vehicle, day: dt.date) -> None:
    state, notes = _state(s, vehicle.id, day)
    if state == "blocked":
        raise ValidationError(T("Vehicle {plate} failed its pre-departure check on {day} ({notes}): it cannot "
                                "leave that day.", plate=vehicle.plate, day=day.isoformat(), notes=notes))
    if state == "unchecked":
        raise ValidationError(T("Vehicle {plate} has not had its pre-departure check on {day}: check tyres, brakes, "
                                "lights and load first.", plate=vehicle.plate, day=day.isoformat()))


# ---------------------------------------------------------------------------- board and route sheets


@dataclass(frozen=True)
class Stop:
    order_id: int
    stop_seq: int | None
    number: str
    status: str
    customer_id: int | None
    customer_name: str
    address: str
    area: str
    phone: str
    items: str
    buckets: int
    empties_expected: int
    buckets_held: int
    amount_to_collect: Decimal  # never below zero
    promised_at: dt.datetime | None
    notes: str
    reason: str
    refund_due: Decimal = Decimal("0.00")  # what goes back to the customer (an adjustment below what was paid)
    standing: bool = False  # generated from a standing order


@dataclass(frozen=True)
class RouteSheet:
    day: dt.date
    driver_staff_id: int
    driver: str
    driver_phone: str
    plate: str
    capacity: int
    stops: tuple[Stop, ...]
    departure: str = ""  # that day's departure ("08:30"; empty: none set)

    @property
    def buckets(self) -> int:
        return sum(s.buckets for s in self.stops)

    @property
    def empties(self) -> int:
        return sum(s.empties_expected for s in self.stops)

    @property
    def amount(self) -> Decimal:
        return sum((s.amount_to_collect for s in self.stops), Decimal("0.00"))


@dataclass(frozen=True)
class Board:
    day: dt.date
    sheets: tuple[RouteSheet, ...]
    unassigned: tuple[Stop, ...]
    plan_runs: int
    planned_at: dt.datetime | None


def _stops(ctx: Context, s, where) -> list[Stop]:
    from suite_plugins.orders.services.deposits import balances_in

    mask = core.pii(ctx)
    areas = {a.id: a.name for a in core.list_areas(ctx, include_archived=True)}
    orders = list(s.scalars(select(Order).where(where).order_by(Order.stop_seq, Order.promised_at, Order.id)))
    items: dict[int, list[str]] = defaultdict(list)
    if orders:
        for start in range(0, len(orders), 900):
            chunk = [o.id for o in orders[start:start + 900]]
            for oid, name, qty in s.execute(select(OrderItem.order_id, OrderItem.name, OrderItem.quantity)
                                            .where(OrderItem.order_id.in_(chunk)).order_by(OrderItem.id)):
                items[oid].append(f"{name}×{qty}")
    held = balances_in(s, [o.customer_id for o in orders if o.customer_id])
    # a delivered order's deposit is what the driver took at the door (the customer may have
    # kept more buckets than foreseen), not the deposit the order expected
    door: dict[int, Decimal] = {}
    done = [o.id for o in orders if o.status in ("delivered", "completed")]
    for start in range(0, len(done), 900):
        for oid, deposit in s.execute(select(Delivery.order_id, func.sum(Delivery.deposit_collected))
                                      .where(Delivery.order_id.in_(done[start:start + 900]), Delivery.delivered.is_(True))
                                      .group_by(Delivery.order_id)):
            door[oid] = Decimal(str(deposit or 0))
    out = []
    zero = Decimal("0.00")
    for o in orders:
        deposit = door.get(o.id, o.deposit_due) if o.status in ("delivered", "completed") else o.deposit_due
        balance = o.total_amount + o.adjustments + deposit - o.amount_collected
        out.append(Stop(o.id, o.stop_seq, o.number, o.status, o.customer_id, o.customer_name,
                        mask.address(o.address), areas.get(o.area_id or 0, ""), mask.phone(o.contact_phone),
                        ", ".join(items[o.id]), o.buckets, o.empties_expected, held.get(o.customer_id, 0),
                        max(balance, zero), o.promised_at, o.notes, shown(o.assign_reason), max(-balance, zero),
                        o.standing_order_id is not None))
    return out


def route_sheet(ctx: Context, day: dt.date, driver_staff_id: int) -> RouteSheet:
    ctx.require(VIEW)
    with ctx.read() as s:
        staff = s.get(core.Staff, driver_staff_id)
        if staff is None:
            raise NotFound(T("That staff member no longer exists."))
        crew = s.scalar(select(Crew).where(Crew.day == day, Crew.driver_staff_id == driver_staff_id))
        v = s.get(Vehicle, crew.vehicle_id) if crew else None
        stops = _stops(ctx, s, and_(Order.driver_staff_id == driver_staff_id, Order.plan_day == day,
                                    Order.status.in_(("confirmed", "dispatched", "delivered", "completed"))))
        return RouteSheet(day, staff.id, staff.name, staff.phone, v.plate if v else "", v.capacity_buckets if v else 0,
                          tuple(stops), (crew.departure if crew else "") or (v.departure if v else ""))


def board(ctx: Context, day: dt.date | None = None) -> Board:
    """The dispatch board: each driver's route, and what is not assigned yet."""
    ctx.require(VIEW)
    day = day or ctx.today()
    sheets = []
    with ctx.read() as s:
        plan = s.scalar(select(Plan).where(Plan.day == day))
        crew_rows = {c.driver_staff_id: c for c in s.scalars(select(Crew).where(Crew.day == day))}
        for d in _drivers(ctx):
            crew = crew_rows.get(d.id)
            v = s.get(Vehicle, crew.vehicle_id) if crew else None
            stops = _stops(ctx, s, and_(Order.driver_staff_id == d.id, Order.plan_day == day,
                                        Order.status.in_(("confirmed", "dispatched", "delivered", "completed"))))
            sheets.append(RouteSheet(day, d.id, d.name, d.phone, v.plate if v else "", v.capacity_buckets if v else 0,
                                     tuple(stops), (crew.departure if crew else "") or (v.departure if v else "")))
        waiting = _stops(ctx, s, and_(_due(ctx.day_bounds(day)[1], day), Order.driver_staff_id.is_(None)))
        return Board(day, tuple(sheets), tuple(waiting), plan.runs if plan else 0, plan.planned_at if plan else None)
