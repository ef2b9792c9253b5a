"""The equipment register: fridges, freezers, cold rooms, hot-holding units, sterilising
cabinets, dishwashers, with their critical limits (the limits live here and nowhere else)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from suite.plugin_api import ValidationError
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.kitchen import codes
from suite_plugins.kitchen import permissions as P
from suite_plugins.kitchen.models import Equipment
from suite_plugins.kitchen.services.common import check_version, get, number, text

T = domain("kitchen")


@dataclass
class EquipmentInput:
    name: str
    kind: str
    location: str = ""
    min_c: object = None
    max_c: object = None
    maintenance_days: int | None = None
    maintenance_due_on: dt.date | None = None
    position: int = 0


@dataclass(frozen=True)
class EquipmentView:
    id: int
    name: str
    kind: str
    location: str
    min_c: Decimal | None
    max_c: Decimal | None
    maintenance_days: int | None
    maintenance_due_on: dt.date | None
    archived: bool
    version: int

    @property
    def kind_label(self) -> str:
        return codes.label(codes.EQUIPMENT_KINDS, self.kind)

    @property
    def limits_text(self) -> str:
        return limits_text(self.min_c, self.max_c)

    def in_range(self, value: Decimal) -> bool:
        return in_range(value, self.min_c, self.max_c)


def limits_text(lo: Decimal | None, hi: Decimal | None) -> str:
    if lo is not None and hi is not None:
        return f"{lo} ~ {hi} °C"
    if lo is not None:
        return f"≥ {lo} °C"
    if hi is not None:
        return f"≤ {hi} °C"
    return "—"


def in_range(value: Decimal, lo: Decimal | None, hi: Decimal | None) -> bool:
    return (lo is None or value >= lo) and (hi is None or value <= hi)


def _view(e: Equipment) -> EquipmentView:
    return EquipmentView(e.id, e.name, e.kind, e.location, e.min_c, e.max_c, e.maintenance_days,
                         e.maintenance_due_on, e.archived, e.version)


def _clean(data: EquipmentInput) -> dict:
    name = text(data.name, "name", required=True, message=T("Name the equipment."), limit=80)
    if data.kind not in codes.EQUIPMENT_KINDS:
        raise ValidationError(fields={"kind": T("Choose the kind of equipment.")})
    lo = number(data.min_c, "min_c", required=False)
    hi = number(data.max_c, "max_c", required=False)
    for value, field in ((lo, "min_c"), (hi, "max_c")):
        if value is not None and not (Decimal("-60") <= value <= Decimal("300")):
            raise ValidationError(fields={field: T("A limit must lie between -60 and 300 °C.")})
    if lo is None and hi is None:
        raise ValidationError(fields={"min_c": T("Give at least one critical limit (minimum or maximum).")})
    if lo is not None and hi is not None and lo >= hi:
        raise ValidationError(fields={"max_c": T("The maximum must be above the minimum.")})
    days = data.maintenance_days
    if days is not None and (int(days) <= 0 or int(days) > 3660):
        raise ValidationError(fields={"maintenance_days": T("Enter a number of days greater than zero.")})
    return dict(name=name, kind=data.kind, location=text(data.location, "location", limit=80), min_c=lo, max_c=hi,
                maintenance_days=int(days) if days is not None else None,
                maintenance_due_on=data.maintenance_due_on, position=int(data.position or 0))


def create_equipment(ctx: Context, data: EquipmentInput) -> int:
    ctx.require(P.MANAGE)
    values = _clean(data)
    with ctx.unit_of_work() as s:
        if values["maintenance_due_on"] is None and values["maintenance_days"]:
            values["maintenance_due_on"] = ctx.today() + dt.timedelta(days=values["maintenance_days"])
        row = Equipment(**values)
        s.add(row)
        s.flush()
        return row.id


def update_equipment(ctx: Context, equipment_id: int, data: EquipmentInput, *, expected_version: int) -> None:
    ctx.require(P.MANAGE)
    values = _clean(data)
    with ctx.unit_of_work() as s:
        row = get(s, Equipment, equipment_id, T("That equipment no longer exists."))
        check_version(row, expected_version, "qa_equipment")
        for key, value in values.items():
            if getattr(row, key) != value:
                setattr(row, key, value)


def archive_equipment(ctx: Context, equipment_id: int, *, expected_version: int, archived: bool = True) -> None:
    ctx.require(P.MANAGE)
    with ctx.unit_of_work() as s:
        row = get(s, Equipment, equipment_id, T("That equipment no longer exists."))
        check_version(row, expected_version, "qa_equipment")
        row.archived = archived


def list_equipment(ctx: Context, *, include_archived: bool = False, kinds=None) -> list[EquipmentView]:
    ctx.require(P.VIEW)
    q = select(Equipment).order_by(Equipment.position, Equipment.id)
    if not include_archived:
        q = q.where(Equipment.archived.is_(False))
    if kinds:
        q = q.where(Equipment.kind.in_(tuple(kinds)))
    with ctx.read() as s:
        return [_view(e) for e in s.scalars(q)]


def get_equipment(ctx: Context, equipment_id: int) -> EquipmentView:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        return _view(get(s, Equipment, equipment_id, T("That equipment no longer exists.")))
