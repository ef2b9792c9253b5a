"""What the reports print: the inspector pack of a date range (every record, day by day), the
monthly kitchen summary, and the blank daily sheet. Read in a few range queries, then grouped
by day, so a month costs about what a day costs."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from suite.plugin_api import ValidationError
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.kitchen import codes
from suite_plugins.kitchen import permissions as P
from suite_plugins.kitchen.services import anomalies, equipment, health, logbook, readings, runs, samples, signoff
from suite_plugins.kitchen.services import templates as tpl

T = domain("kitchen")
MAX_DAYS = 93


@dataclass
class PackDay:
    day: dt.date
    runs: list = field(default_factory=list)
    results: dict = field(default_factory=dict)
    readings: list = field(default_factory=list)
    samples: list = field(default_factory=list)
    disposals: list = field(default_factory=list)
    checks: list = field(default_factory=list)
    anomalies: list = field(default_factory=list)
    log: list = field(default_factory=list)
    signed: tuple | None = None  # (signed_at, signer, amendments)


@dataclass(frozen=True)
class Pack:
    start: dt.date
    end: dt.date
    equipment: list
    days: list[PackDay]


def pack(ctx: Context, start: dt.date, end: dt.date) -> Pack:
    ctx.require(P.VIEW)
    if end < start:
        raise ValidationError(T("The period ends before it starts."))
    if (end - start).days >= MAX_DAYS:
        raise ValidationError(T("The inspector pack covers at most {n} days at a time.", n=MAX_DAYS))
    days = {start + dt.timedelta(days=i): PackDay(start + dt.timedelta(days=i)) for i in range((end - start).days + 1)}
    for r in runs.runs_between(ctx, start, end):
        days[r.day].runs.append(r)
    results = runs.results_between(ctx, start, end)
    for d in days.values():
        d.results = {r.run_id: results.get(r.run_id, []) for r in d.runs if r.run_id}
    for x in readings.readings_between(ctx, start, end):
        days[x.day].readings.append(x)
    for x in samples.samples_between(ctx, start, end):
        days[x.day].samples.append(x)
    for x in samples.disposals_between(ctx, start, end):
        d = ctx.to_local(x.disposed_at).date()
        if d in days:
            days[d].disposals.append(x)
    for x in health.checks_between(ctx, start, end):
        days[x.day].checks.append(x)
    for x in anomalies.anomalies_between(ctx, start, end, with_events=True):
        days[x.occurred_on].anomalies.append(x)
    for x in logbook.entries_between(ctx, start, end):
        days[x.day].log.append(x)
    for d, value in signoff.signed_days(ctx, start, end).items():
        days[d].signed = value
    return Pack(start, end, equipment.list_equipment(ctx, include_archived=True), list(days.values()))


@dataclass(frozen=True)
class MonthSummary:
    year: int
    month: int
    on_time_by_day: list[tuple[dt.date, float | None]]
    runs_total: int
    runs_on_time: int
    runs_late: int
    runs_missed: int
    out_of_range: list[tuple[str, int]]
    readings_total: int
    anomalies_by_kind: list[tuple[str, int]]
    anomalies_open: int
    samples: int
    samples_late_disposal: int
    checks: int
    unfit: int
    days_signed: int
    amendments: int
    inspections: list


def month_summary(ctx: Context, year: int, month: int) -> MonthSummary:
    ctx.require(P.VIEW)
    start = dt.date(year, month, 1)
    end = dt.date(year, month, calendar.monthrange(year, month)[1])
    all_runs = runs.runs_between(ctx, start, end)
    by_day: dict[dt.date, list] = defaultdict(list)
    for r in all_runs:
        by_day[r.day].append(r)
    share = [(d, float(s) if (s := runs.on_time_share(by_day.get(d, []))) is not None else None)
             for d in (start + dt.timedelta(days=i) for i in range((end - start).days + 1))]
    ended = [r for r in all_runs if r.status in ("done", "done_late", "missed")]
    kinds = Counter(a.kind for a in anomalies.anomalies_between(ctx, start, end))
    all_samples = samples.samples_between(ctx, start, end)
    late = sum(1 for s in all_samples if s.disposed_at is not None and s.disposed_at > s.keep_until + samples.OVERDUE_AFTER)
    checks = health.checks_between(ctx, start, end)
    return MonthSummary(
        year, month, share, len(ended), sum(1 for r in ended if r.status == "done"),
        sum(1 for r in ended if r.status == "done_late"), sum(1 for r in ended if r.status == "missed"),
        readings.out_of_range_per_equipment(ctx, start, end), len(readings.readings_between(ctx, start, end)),
        [(codes.label(codes.ANOMALY_KINDS, k), n) for k, n in kinds.most_common()],
        sum(1 for a in anomalies.anomalies_between(ctx, start, end) if a.status == "open"),
        len(all_samples), late, len(checks), sum(1 for c in checks if not c.fit),
        len(signoff.signed_days(ctx, start, end)), len(signoff.amendments_between(ctx, start, end)),
        runs.monthly_inspections(ctx, year, month))


@dataclass(frozen=True)
class DailySheet:
    day: dt.date
    runs: list
    items: dict
    equipment: list
    handlers: list
    sample_rows: int


def daily_sheet(ctx: Context, day: dt.date) -> DailySheet:
    ctx.require(P.VIEW)
    day_runs = runs.runs_between(ctx, day, day)
    items = {t.id: t.items for t in tpl.list_templates(ctx, include_archived=True)}
    return DailySheet(day, day_runs, items, equipment.list_equipment(ctx), health.food_handlers(ctx), 8)
