"""The daily sign-off: the quality controller or a manager reviews a day and signs it.
Signing is refused while something required is open: a run neither done nor explained, an
out-of-range reading without its re-check within the limits, an open anomaly of the day
without an owner. A signed day is locked; a correction is an amendment (see
``common.guard_day``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from suite.plugin_api import ValidationError
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.kitchen import permissions as P
from suite_plugins.kitchen.models import Amendment, Day
from suite_plugins.kitchen.services import anomalies, health, readings, runs, samples
from suite_plugins.kitchen.services.common import local_text, text

T = domain("kitchen")


@dataclass(frozen=True)
class AmendmentView:
    at: dt.datetime
    user_name: str
    reason: str
    change: str


@dataclass(frozen=True)
class DayReview:
    day: dt.date
    runs: list
    readings: list
    samples: list
    checks: list
    anomalies: list
    blockers: tuple[str, ...]
    signed_at: dt.datetime | None
    signer_name: str
    amendments: tuple[AmendmentView, ...]

    @property
    def signed(self) -> bool:
        return self.signed_at is not None


def blockers(ctx: Context, day: dt.date, day_runs=None, day_readings=None, day_anomalies=None) -> list[str]:
    out: list[str] = []
    for r in (day_runs if day_runs is not None else runs.day_runs(ctx, day)):
        if r.open:
            what = f"{r.template_name}{' · ' + r.label if r.label else ''} {r.start.astimezone(ctx.timezone):%H:%M}"
            out.append(str(T("Checklist {what} is not done and has no note.", what=what)))
    for x in (day_readings if day_readings is not None else readings.readings_between(ctx, day, day)):
        if x.out_of_range and x.recheck_of_id is None and not x.resolved:
            out.append(str(T("{name} read {value} °C at {time} without a re-check within the limits.",
                             name=x.equipment_name, value=x.value, time=local_text(ctx, x.taken_at, "%H:%M"))))
    for a in (day_anomalies if day_anomalies is not None else anomalies.anomalies_between(ctx, day, day)):
        if a.status == "open" and not a.has_owner:
            out.append(str(T("Anomaly “{title}” is open without a responsible department or person.", title=a.title)))
    return out


def _amendments(row: Day | None) -> tuple[AmendmentView, ...]:
    if row is None:
        return ()
    return tuple(AmendmentView(a.at, a.user_name, a.reason, a.change) for a in row.amendments)


def review(ctx: Context, day: dt.date) -> DayReview:
    ctx.require(P.VIEW)
    day_runs = runs.day_runs(ctx, day)
    day_readings = readings.readings_between(ctx, day, day)
    day_anomalies = anomalies.anomalies_between(ctx, day, day)
    with ctx.read() as s:
        row = s.scalar(select(Day).where(Day.day == day))
        amend = _amendments(row)
        signed_at, signer = (row.signed_at, row.signer_name) if row is not None else (None, "")
    return DayReview(day, day_runs, day_readings, samples.samples_between(ctx, day, day),
                     health.checks_between(ctx, day, day), day_anomalies,
                     tuple(blockers(ctx, day, day_runs, day_readings, day_anomalies)), signed_at, signer, amend)


def sign_day(ctx: Context, day: dt.date, *, note: str = "") -> None:
    ctx.require(P.SIGN)
    note = text(note, "note")
    if day > ctx.today():
        raise ValidationError(T("A day is signed once it has begun."))
    with ctx.unit_of_work() as s:
        row = s.scalar(select(Day).where(Day.day == day))
        if row is not None and row.signed_at is not None:
            raise ValidationError(T("{day} was already signed by {who}.", day=day.isoformat(), who=row.signer_name))
        open_items = blockers(ctx, day)
        if open_items:
            raise ValidationError(T("{day} cannot be signed while {n} item(s) are open: {items}",
                                    day=day.isoformat(), n=len(open_items), items=" ".join(open_items)))
        if row is None:
            row = Day(day=day)
            s.add(row)
        row.signed_at = ctx.now()
        row.signed_by = ctx.user.id
        row.signer_name = ctx.user.display_name or ctx.user.username
        row.note = note
        s.info.setdefault("kitchen_days", {})[day] = row


def signed_days(ctx: Context, start: dt.date, end: dt.date) -> dict[dt.date, tuple[dt.datetime, str, tuple]]:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        rows = list(s.scalars(select(Day).where(Day.day >= start, Day.day <= end)))
        return {r.day: (r.signed_at, r.signer_name, _amendments(r)) for r in rows if r.signed_at is not None}


def amendments_between(ctx: Context, start: dt.date, end: dt.date) -> list[tuple[dt.date, AmendmentView]]:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        rows = s.execute(select(Day.day, Amendment).join(Amendment, Amendment.day_id == Day.id)
                         .where(Day.day >= start, Day.day <= end).order_by(Amendment.at)).all()
        return [(d, AmendmentView(a.at, a.user_name, a.reason, a.change)) for d, a in rows]
