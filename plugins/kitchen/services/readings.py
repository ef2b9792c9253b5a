"""The temperature log. A reading outside the equipment's critical limits is refused unless
it carries its corrective action: what was done, by whom, and the re-check reading and time.
The re-check is itself a reading (pointing at the one it re-checks); the first reading is
resolved when a re-check comes back within the limits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from suite.plugin_api import ValidationError
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.kitchen import permissions as P
from suite_plugins.kitchen.models import Equipment, Reading
from suite_plugins.kitchen.services.common import (acting_staff, check_staff, get, guard_day, local_day, local_text,
                                                   staff_names, temperature, text, when)
from suite_plugins.kitchen.services.equipment import in_range, limits_text

T = domain("kitchen")


@dataclass
class ReadingInput:
    equipment_id: int
    value: object
    taken_at: dt.datetime | None = None
    staff_id: int | None = None
    corrective_action: str = ""
    action_staff_id: int | None = None
    recheck_value: object = None
    recheck_at: dt.datetime | None = None


@dataclass(frozen=True)
class ReadingView:
    id: int
    equipment_id: int
    equipment_name: str
    taken_at: dt.datetime
    day: dt.date
    value: Decimal
    staff_id: int | None
    staff_name: str
    limit_min: Decimal | None
    limit_max: Decimal | None
    out_of_range: bool
    corrective_action: str
    action_staff_name: str
    recheck_of_id: int | None
    resolved: bool

    @property
    def limits_text(self) -> str:
        return limits_text(self.limit_min, self.limit_max)


def _check(ctx: Context, s, data: ReadingInput, n: int | None = None) -> tuple[Equipment, dict, dict | None]:
    prefix = "" if n is None else f"{n}."
    e = get(s, Equipment, data.equipment_id, T("That equipment no longer exists."))
    if e.archived:
        raise ValidationError(fields={prefix + "equipment_id": T("{name} is archived.", name=e.name)})
    try:
        value = temperature(data.value, prefix + "value")
        taken = when(ctx, data.taken_at, prefix + "taken_at")
    except ValidationError as exc:
        raise ValidationError(T("{name}: {message}", name=e.name, message=str(exc)), fields=exc.fields) from None
    staff = check_staff(s, acting_staff(ctx, data.staff_id), prefix + "staff_id")
    out = not in_range(value, e.min_c, e.max_c)
    first = dict(equipment_id=e.id, taken_at=taken, day=local_day(ctx, taken), value=value, staff_id=staff,
                 limit_min=e.min_c, limit_max=e.max_c, out_of_range=out, resolved=not out)
    if not out:
        return e, first, None
    action = (data.corrective_action or "").strip()
    if not action or data.recheck_value in (None, ""):
        raise ValidationError(T(
            "{name} reads {value} °C, outside its limits ({limits}): the reading is taken only with its corrective "
            "action (what was done, by whom) and the re-check reading and time.",
            name=e.name, value=value, limits=limits_text(e.min_c, e.max_c)),
            fields={prefix + "corrective_action": T("Write the corrective action.")})
    first["corrective_action"] = text(action, prefix + "corrective_action")
    first["action_staff_id"] = check_staff(s, acting_staff(ctx, data.action_staff_id), prefix + "action_staff_id")
    re_value = temperature(data.recheck_value, prefix + "recheck_value")
    re_at = when(ctx, data.recheck_at, prefix + "recheck_at")
    if re_at <= taken:
        raise ValidationError(fields={prefix + "recheck_at": T("The re-check comes after the reading.")})
    re_ok = in_range(re_value, e.min_c, e.max_c)
    first["resolved"] = re_ok
    recheck = dict(equipment_id=e.id, taken_at=re_at, day=local_day(ctx, re_at), value=re_value,
                   staff_id=first["action_staff_id"] or staff, limit_min=e.min_c, limit_max=e.max_c,
                   out_of_range=not re_ok, resolved=True)
    return e, first, recheck


def _write(ctx: Context, s, e: Equipment, first: dict, recheck: dict | None, amendment: str | None) -> Reading:
    """Add the reading (and its re-check once the reading has its id: see ``_link``)."""
    guard_day(ctx, s, first["day"], amendment,
              str(T("Reading {value} °C of {name} at {time}", value=first["value"], name=e.name,
                    time=local_text(ctx, first["taken_at"]))))
    row = Reading(**first)
    s.add(row)
    if recheck is not None and recheck["day"] != first["day"]:
        guard_day(ctx, s, recheck["day"], amendment, str(T("Re-check of {name}", name=e.name)))
    return row


def _link(s, written: list[tuple[Reading, dict | None]]) -> list[int]:
    s.flush()
    rechecks = [Reading(recheck_of_id=row.id, **recheck) for row, recheck in written if recheck is not None]
    if rechecks:
        s.add_all(rechecks)
        s.flush()
    return [row.id for row, _ in written]


def record_reading(ctx: Context, data: ReadingInput, *, amendment: str | None = None) -> int:
    """One reading (with its re-check when out of range); returns the reading's id."""
    ctx.require(P.RECORD)
    with ctx.unit_of_work() as s:
        e, first, recheck = _check(ctx, s, data)
        return _link(s, [(_write(ctx, s, e, first, recheck, amendment), recheck)])[0]


def record_readings(ctx: Context, entries: list[ReadingInput], *, amendment: str | None = None) -> list[int]:
    """The grid: every equipment at once. All entries are checked first; one refused entry
    refuses the whole grid (its message names the equipment) and nothing is written."""
    ctx.require(P.RECORD)
    entries = [e for e in entries if e.value not in (None, "")]
    if not entries:
        raise ValidationError(T("Enter at least one reading."))
    with ctx.unit_of_work() as s:
        checked = [_check(ctx, s, data, n) for n, data in enumerate(entries)]
        return _link(s, [(_write(ctx, s, e, first, recheck, amendment), recheck) for e, first, recheck in checked])


def add_recheck(ctx: Context, reading_id: int, value, *, at: dt.datetime | None = None, staff_id: int | None = None,
                corrective_action: str = "", amendment: str | None = None) -> int:
    """Another re-check of an out-of-range reading whose re-check was still out of range."""
    ctx.require(P.RECORD)
    with ctx.unit_of_work() as s:
        first = get(s, Reading, reading_id, T("That reading no longer exists."))
        if not first.out_of_range or first.recheck_of_id is not None:
            raise ValidationError(T("Only an out-of-range reading is re-checked."))
        e = s.get(Equipment, first.equipment_id)
        v = temperature(value)
        at = when(ctx, at)
        if at <= first.taken_at:
            raise ValidationError(fields={"recheck_at": T("The re-check comes after the reading.")})
        ok = in_range(v, first.limit_min, first.limit_max)
        guard_day(ctx, s, first.day, amendment, str(T("Re-check of {name}", name=e.name)))
        if corrective_action.strip():
            first.corrective_action = (first.corrective_action + "\n" + corrective_action.strip()).strip()
        staff = check_staff(s, acting_staff(ctx, staff_id), "staff_id")
        row = Reading(equipment_id=e.id, taken_at=at, day=local_day(ctx, at), value=v, staff_id=staff,
                      limit_min=first.limit_min, limit_max=first.limit_max, out_of_range=not ok, resolved=True,
                      recheck_of_id=first.id)
        s.add(row)
        if ok and not first.resolved:
            first.resolved = True
        s.flush()
        return row.id


def _views(ctx: Context, rows) -> list[ReadingView]:
    names = staff_names(ctx, [r.staff_id for r in rows] + [r.action_staff_id for r in rows])
    with ctx.read() as s:
        equipment = dict(s.execute(select(Equipment.id, Equipment.name)).all())
    return [ReadingView(r.id, r.equipment_id, equipment.get(r.equipment_id, ""), r.taken_at, r.day, r.value,
                        r.staff_id, names.get(r.staff_id, ""), r.limit_min, r.limit_max, r.out_of_range,
                        r.corrective_action, names.get(r.action_staff_id, ""), r.recheck_of_id, r.resolved)
            for r in rows]


def readings_between(ctx: Context, start: dt.date, end: dt.date, *, equipment_id: int | None = None,
                     only_out_of_range: bool = False) -> list[ReadingView]:
    ctx.require(P.VIEW)
    R = Reading.__table__
    q = select(R).where(R.c.day >= start, R.c.day <= end).order_by(R.c.taken_at, R.c.id)
    if equipment_id is not None:
        q = q.where(R.c.equipment_id == equipment_id)
    if only_out_of_range:
        q = q.where(R.c.out_of_range.is_(True))
    with ctx.read() as s:
        rows = s.execute(q).all()
    return _views(ctx, rows)


def unresolved(ctx: Context, start: dt.date, end: dt.date) -> list[ReadingView]:
    """Out-of-range readings without a re-check within the limits."""
    ctx.require(P.VIEW)
    R = Reading.__table__
    with ctx.read() as s:
        rows = s.execute(select(R).where(R.c.day >= start, R.c.day <= end, R.c.out_of_range.is_(True),
                                         R.c.recheck_of_id.is_(None), R.c.resolved.is_(False))).all()
    return _views(ctx, rows)


def out_of_range_count(ctx: Context, day: dt.date) -> int:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(Reading).where(
            Reading.day == day, Reading.out_of_range.is_(True), Reading.recheck_of_id.is_(None))) or 0


def out_of_range_per_equipment(ctx: Context, start: dt.date, end: dt.date) -> list[tuple[str, int]]:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        rows = s.execute(select(Equipment.name, func.count(Reading.id))
                         .join(Reading, (Reading.equipment_id == Equipment.id) & (Reading.day >= start)
                               & (Reading.day <= end) & Reading.out_of_range.is_(True)
                               & Reading.recheck_of_id.is_(None), isouter=True)
                         .group_by(Equipment.id, Equipment.name, Equipment.position)
                         .order_by(Equipment.position, Equipment.id)).all()
    return [(name, int(n)) for name, n in rows]


def trend(ctx: Context, equipment_id: int, start: dt.date, end: dt.date) -> list[tuple[dt.datetime, Decimal]]:
    """The readings of one equipment over a period, for its trend chart."""
    ctx.require(P.VIEW)
    R = Reading.__table__
    with ctx.read() as s:
        return [(t, v) for t, v in s.execute(select(R.c.taken_at, R.c.value).where(
            R.c.equipment_id == equipment_id, R.c.day >= start, R.c.day <= end).order_by(R.c.taken_at))]
