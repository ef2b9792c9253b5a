"""Food sample retention (留样): every dish of a batch meal, at least the minimum weight
(default 125 g), kept refrigerated for at least the keep period (default 48 h); disposal
records who and when and is refused before the period ends; samples past due are flagged."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from suite.plugin_api import ValidationError
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.kitchen import codes
from suite_plugins.kitchen import permissions as P
from suite_plugins.kitchen.models import Equipment, Sample
from suite_plugins.kitchen.services.common import (acting_staff, check_staff, check_version, get, guard_day,
                                                   local_day, local_text, setting, staff_names, text, when)

T = domain("kitchen")

#: a sample still kept this long after its period ends is overdue for disposal
OVERDUE_AFTER = dt.timedelta(hours=24)


@dataclass
class SampleInput:
    dish: str
    weight_g: object
    meal: str = "lunch"
    batch: str = ""
    sampled_at: dt.datetime | None = None
    staff_id: int | None = None
    fridge_id: int | None = None
    order_id: int | None = None


@dataclass(frozen=True)
class SampleView:
    id: int
    day: dt.date
    meal: str
    batch: str
    dish: str
    weight_g: int
    sampled_at: dt.datetime
    sampled_by: str
    fridge: str
    keep_until: dt.datetime
    disposed_at: dt.datetime | None
    disposed_by: str
    state: str  # kept | due | overdue | disposed
    version: int

    @property
    def meal_label(self) -> str:
        return codes.label(codes.MEALS, self.meal)


def _state(now: dt.datetime, keep_until: dt.datetime, disposed_at) -> str:
    if disposed_at is not None:
        return "disposed"
    if now < keep_until:
        return "kept"
    return "overdue" if now >= keep_until + OVERDUE_AFTER else "due"


def _clean(ctx: Context, s, data: SampleInput) -> dict:
    dish = text(data.dish, "dish", required=True, message=T("Name the dish sampled."), limit=80)
    if data.meal not in codes.MEALS:
        raise ValidationError(fields={"meal": T("Choose the meal.")})
    minimum = int(setting(ctx, "sample_min_grams"))
    try:
        weight = int(str(data.weight_g).strip().rstrip("gG克").strip())
    except (TypeError, ValueError):
        raise ValidationError(fields={"weight_g": T("Enter the weight in grams.")}) from None
    if weight < minimum:
        raise ValidationError(fields={"weight_g": T(
            "A sample weighs at least {min} g: {weight} g is too little.", min=minimum, weight=weight)})
    if weight > 5000:
        raise ValidationError(fields={"weight_g": T("{weight} g is not a sample weight.", weight=weight)})
    at = when(ctx, data.sampled_at, "sampled_at")
    fridge = None
    if data.fridge_id is not None:
        e = get(s, Equipment, data.fridge_id, T("That equipment no longer exists."))
        if e.kind not in codes.COLD_KINDS:
            raise ValidationError(fields={"fridge_id": T("Samples are kept refrigerated (0-8 °C): choose a fridge.")})
        fridge = e.id
    hours = int(setting(ctx, "sample_keep_hours"))
    return dict(day=local_day(ctx, at), meal=data.meal, batch=text(data.batch, "batch", limit=80), dish=dish,
                weight_g=weight, sampled_at=at, sampled_by_staff_id=check_staff(s, acting_staff(ctx, data.staff_id),
                                                                                "staff_id"),
                fridge_id=fridge, order_id=data.order_id, keep_until=at + dt.timedelta(hours=hours))


def record_sample(ctx: Context, data: SampleInput, *, amendment: str | None = None) -> int:
    ctx.require(P.RECORD)
    with ctx.unit_of_work() as s:
        values = _clean(ctx, s, data)
        guard_day(ctx, s, values["day"], amendment, str(T("Sample of {dish} recorded", dish=values["dish"])))
        row = Sample(**values)
        s.add(row)
        s.flush()
        return row.id


def record_samples(ctx: Context, entries: list[SampleInput], *, amendment: str | None = None) -> list[int]:
    """The samples of one meal at once: all or none."""
    ctx.require(P.RECORD)
    if not entries:
        raise ValidationError(T("Enter at least one sample."))
    with ctx.unit_of_work() as s:
        return [record_sample(ctx, e, amendment=amendment) for e in entries]


def dispose_sample(ctx: Context, sample_id: int, *, expected_version: int, at: dt.datetime | None = None,
                   staff_id: int | None = None, amendment: str | None = None) -> None:
    ctx.require(P.RECORD)
    at = when(ctx, at)
    with ctx.unit_of_work() as s:
        row = get(s, Sample, sample_id, T("That sample no longer exists."))
        check_version(row, expected_version, "qa_samples")
        if row.disposed_at is not None:
            raise ValidationError(T("This sample was already disposed of at {time}.",
                                    time=local_text(ctx, row.disposed_at)))
        if at < row.keep_until:
            raise ValidationError(T(
                "The sample of {dish} is kept until {until}: it cannot be disposed of before its period ends.",
                dish=row.dish, until=local_text(ctx, row.keep_until)))
        guard_day(ctx, s, local_day(ctx, at), amendment, str(T("Sample of {dish} disposed of", dish=row.dish)))
        row.disposed_at = at
        row.disposed_by_staff_id = check_staff(s, acting_staff(ctx, staff_id), "staff_id")


def _views(ctx: Context, rows) -> list[SampleView]:
    names = staff_names(ctx, [r.sampled_by_staff_id for r in rows] + [r.disposed_by_staff_id for r in rows])
    with ctx.read() as s:
        fridges = dict(s.execute(select(Equipment.id, Equipment.name)).all())
    now = ctx.now()
    return [SampleView(r.id, r.day, r.meal, r.batch, r.dish, r.weight_g, r.sampled_at,
                       names.get(r.sampled_by_staff_id, ""), fridges.get(r.fridge_id, ""), r.keep_until, r.disposed_at,
                       names.get(r.disposed_by_staff_id, ""), _state(now, r.keep_until, r.disposed_at), r.version)
            for r in rows]


def samples_between(ctx: Context, start: dt.date, end: dt.date) -> list[SampleView]:
    ctx.require(P.VIEW)
    S = Sample.__table__
    with ctx.read() as s:
        rows = s.execute(select(S).where(S.c.day >= start, S.c.day <= end).order_by(S.c.sampled_at, S.c.id)).all()
    return _views(ctx, rows)


def disposals_between(ctx: Context, start: dt.date, end: dt.date) -> list[SampleView]:
    ctx.require(P.VIEW)
    S = Sample.__table__
    a = ctx.day_bounds(start)[0]
    b = ctx.day_bounds(end)[1]
    with ctx.read() as s:
        rows = s.execute(select(S).where(S.c.disposed_at >= a, S.c.disposed_at < b).order_by(S.c.disposed_at)).all()
    return _views(ctx, rows)


def kept_samples(ctx: Context) -> list[SampleView]:
    """Samples not yet disposed of, the ones due for disposal first."""
    ctx.require(P.VIEW)
    S = Sample.__table__
    with ctx.read() as s:
        rows = s.execute(select(S).where(S.c.disposed_at.is_(None)).order_by(S.c.keep_until, S.c.id)).all()
    return _views(ctx, rows)


def to_dispose_count(ctx: Context) -> tuple[int, int]:
    """(due for disposal, overdue) now."""
    ctx.require(P.VIEW)
    now = ctx.now()
    with ctx.read() as s:
        due = s.scalar(select(func.count()).select_from(Sample).where(
            Sample.disposed_at.is_(None), Sample.keep_until <= now)) or 0
        overdue = s.scalar(select(func.count()).select_from(Sample).where(
            Sample.disposed_at.is_(None), Sample.keep_until <= now - OVERDUE_AFTER)) or 0
    return due, overdue
