"""The cleaning and maintenance log: cleaning of an area, equipment faults (reported,
repaired, by whom) and preventive maintenance (which moves the equipment's next due date)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from suite.plugin_api import ValidationError
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.kitchen import permissions as P
from suite_plugins.kitchen.models import Equipment, LogEntry
from suite_plugins.kitchen.services.common import (acting_staff, check_staff, check_version, get, guard_day,
                                                   local_day, staff_names, text, when)

T = domain("kitchen")


@dataclass(frozen=True)
class LogView:
    id: int
    kind: str
    day: dt.date
    area: str
    equipment: str
    description: str
    reported_at: dt.datetime
    reported_by: str
    done_at: dt.datetime | None
    done_by: str
    result: str
    version: int


def log_cleaning(ctx: Context, area: str, description: str = "", *, at: dt.datetime | None = None,
                 staff_id: int | None = None, amendment: str | None = None) -> int:
    ctx.require(P.RECORD)
    area = text(area, "area", required=True, message=T("Name the area cleaned."), limit=80)
    at = when(ctx, at)
    with ctx.unit_of_work() as s:
        staff = check_staff(s, acting_staff(ctx, staff_id), "staff_id")
        guard_day(ctx, s, local_day(ctx, at), amendment, str(T("Cleaning of {area}", area=area)))
        row = LogEntry(kind="cleaning", day=local_day(ctx, at), area=area, description=text(description, "description"),
                       reported_at=at, reported_by_staff_id=staff, done_at=at, done_by_staff_id=staff)
        s.add(row)
        s.flush()
        return row.id


def report_fault(ctx: Context, equipment_id: int, description: str, *, at: dt.datetime | None = None,
                 staff_id: int | None = None, amendment: str | None = None) -> int:
    ctx.require(P.RECORD)
    description = text(description, "description", required=True, message=T("Describe the fault."))
    at = when(ctx, at)
    with ctx.unit_of_work() as s:
        e = get(s, Equipment, equipment_id, T("That equipment no longer exists."))
        guard_day(ctx, s, local_day(ctx, at), amendment, str(T("Fault of {name} reported", name=e.name)))
        row = LogEntry(kind="fault", day=local_day(ctx, at), area=e.location, equipment_id=e.id,
                       description=description, reported_at=at,
                       reported_by_staff_id=check_staff(s, acting_staff(ctx, staff_id), "staff_id"))
        s.add(row)
        s.flush()
        return row.id


def repair_fault(ctx: Context, entry_id: int, result: str, *, expected_version: int, at: dt.datetime | None = None,
                 staff_id: int | None = None, amendment: str | None = None) -> None:
    ctx.require(P.RECORD)
    result = text(result, "result", required=True, message=T("Write what was repaired."))
    at = when(ctx, at)
    with ctx.unit_of_work() as s:
        row = get(s, LogEntry, entry_id, T("That log entry no longer exists."))
        check_version(row, expected_version, "qa_log_entries")
        if row.kind != "fault":
            raise ValidationError(T("Only a fault is repaired."))
        if row.done_at is not None:
            raise ValidationError(T("This fault was already repaired."))
        if at < row.reported_at:
            raise ValidationError(fields={"at": T("The repair comes after the fault was reported.")})
        guard_day(ctx, s, local_day(ctx, at), amendment, str(T("Fault repaired: {what}", what=row.description[:60])))
        row.done_at = at
        row.done_by_staff_id = check_staff(s, acting_staff(ctx, staff_id), "staff_id")
        row.result = result


def record_maintenance(ctx: Context, equipment_id: int, description: str, *, at: dt.datetime | None = None,
                       staff_id: int | None = None, amendment: str | None = None) -> int:
    """Preventive maintenance done: the equipment's next due date moves on by its interval."""
    ctx.require(P.RECORD)
    description = text(description, "description", required=True, message=T("Write what was done."))
    at = when(ctx, at)
    day = local_day(ctx, at)
    with ctx.unit_of_work() as s:
        e = get(s, Equipment, equipment_id, T("That equipment no longer exists."))
        staff = check_staff(s, acting_staff(ctx, staff_id), "staff_id")
        guard_day(ctx, s, day, amendment, str(T("Maintenance of {name}", name=e.name)))
        row = LogEntry(kind="maintenance", day=day, area=e.location, equipment_id=e.id, description=description,
                       reported_at=at, reported_by_staff_id=staff, done_at=at, done_by_staff_id=staff)
        s.add(row)
        if e.maintenance_days:
            e.maintenance_due_on = day + dt.timedelta(days=e.maintenance_days)
        s.flush()
        return row.id


def entries_between(ctx: Context, start: dt.date, end: dt.date, *, kind: str | None = None) -> list[LogView]:
    ctx.require(P.VIEW)
    L = LogEntry.__table__
    q = select(L).where(L.c.day >= start, L.c.day <= end).order_by(L.c.reported_at, L.c.id)
    if kind:
        q = q.where(L.c.kind == kind)
    with ctx.read() as s:
        rows = s.execute(q).all()
        equipment = dict(s.execute(select(Equipment.id, Equipment.name)).all())
    names = staff_names(ctx, [r.reported_by_staff_id for r in rows] + [r.done_by_staff_id for r in rows])
    return [LogView(r.id, r.kind, r.day, r.area, equipment.get(r.equipment_id, ""), r.description, r.reported_at,
                    names.get(r.reported_by_staff_id, ""), r.done_at, names.get(r.done_by_staff_id, ""), r.result,
                    r.version) for r in rows]


def open_faults(ctx: Context) -> list[LogView]:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        first = s.scalar(select(LogEntry.day).where(LogEntry.kind == "fault", LogEntry.done_at.is_(None))
                         .order_by(LogEntry.day).limit(1))
    if first is None:
        return []
    return [e for e in entries_between(ctx, first, ctx.today(), kind="fault") if e.done_at is None]


def maintenance_due(ctx: Context, within_days: int = 14) -> list[tuple[int, str, dt.date]]:
    ctx.require(P.VIEW)
    limit = ctx.today() + dt.timedelta(days=within_days)
    with ctx.read() as s:
        return [tuple(r) for r in s.execute(select(Equipment.id, Equipment.name, Equipment.maintenance_due_on).where(
            Equipment.archived.is_(False), Equipment.maintenance_due_on.is_not(None),
            Equipment.maintenance_due_on <= limit).order_by(Equipment.maintenance_due_on))]
