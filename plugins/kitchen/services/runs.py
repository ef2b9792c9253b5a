"""Checklist runs, derived from the schedules on read: upcoming, due now, overdue, done, done
late, missed. Only what somebody recorded is stored (``qa_runs``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select

from suite.plugin_api import ValidationError
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.kitchen import permissions as P
from suite_plugins.kitchen.models import Reading, Run, RunAnswer, Schedule, Template, TemplateItem
from suite_plugins.kitchen.services import schedule as sched
from suite_plugins.kitchen.services import templates as tpl
from suite_plugins.kitchen.services.common import (acting_staff, check_staff, get, guard_day, local_text, number,
                                                   staff_names, text, when)

T = domain("kitchen")


@dataclass(frozen=True)
class RunView:
    schedule_id: int
    template_id: int
    template_name: str
    code: str
    label: str
    day: dt.date
    start: dt.datetime
    end: dt.datetime
    status: str
    department_id: int | None
    run_id: int | None = None
    completed_at: dt.datetime | None = None
    staff_id: int | None = None
    staff_name: str = ""
    passed: bool | None = None
    missed_note: str = ""
    note: str = ""
    version: int | None = None

    @property
    def key(self) -> str:
        return f"{self.schedule_id}:{self.day.isoformat()}"

    @property
    def open(self) -> bool:
        """Not done and not explained: what blocks the day's sign-off."""
        return self.status not in ("done", "done_late") and not self.missed_note


def status_of(now: dt.datetime, start: dt.datetime, end: dt.datetime, day_end: dt.datetime,
              completed_at: dt.datetime | None) -> str:
    if completed_at is not None:
        return "done" if completed_at <= end else "done_late"
    if now < start:
        return "upcoming"
    if now <= end:
        return "due"
    if now < day_end:
        return "overdue"
    return "missed"


def runs_between(ctx: Context, start: dt.date, end: dt.date) -> list[RunView]:
    """Every run of the office-local days start..end (inclusive), with its status now."""
    ctx.require(P.VIEW)
    rules, templates = tpl.rules(ctx, start, end)
    occurrences = sched.expand(rules, start, end, ctx.timezone)
    R = Run.__table__
    with ctx.read() as s:
        recorded = {(r.schedule_id, r.due_on): r for r in s.execute(
            select(R.c.id, R.c.schedule_id, R.c.due_on, R.c.completed_at, R.c.staff_id, R.c.passed, R.c.missed_note,
                   R.c.note, R.c.version).where(R.c.due_on >= start, R.c.due_on <= end))}
    names = staff_names(ctx, [r.staff_id for r in recorded.values()])
    now = ctx.now()
    tz = ctx.timezone
    out = []
    day_ends: dict[dt.date, dt.datetime] = {}
    for o in occurrences:
        t = templates[o.template_id]
        r = recorded.get((o.schedule_id, o.day))
        day_end = day_ends.get(o.day)
        if day_end is None:
            day_end = day_ends[o.day] = dt.datetime.combine(o.day + dt.timedelta(days=1), dt.time(0), tzinfo=tz)
        completed = r.completed_at if r is not None else None
        out.append(RunView(o.schedule_id, o.template_id, t.name, t.code, o.label, o.day, o.start, o.end,
                           status_of(now, o.start, o.end, day_end, completed), t.department_id,
                           run_id=r.id if r else None, completed_at=completed, staff_id=r.staff_id if r else None,
                           staff_name=names.get(r.staff_id, "") if r else "", passed=r.passed if r else None,
                           missed_note=r.missed_note if r else "", note=r.note if r else "",
                           version=r.version if r else None))
    return out


def day_runs(ctx: Context, day: dt.date | None = None) -> list[RunView]:
    return runs_between(ctx, day or ctx.today(), day or ctx.today())


@dataclass(frozen=True)
class RunCounts:
    due: int
    overdue: int
    upcoming: int
    done: int
    missed: int


def counts(runs: list[RunView]) -> RunCounts:
    c = {k: 0 for k in ("due", "overdue", "upcoming", "done", "missed")}
    for r in runs:
        c["done" if r.status in ("done", "done_late") else r.status] += 1
    return RunCounts(**c)


# ---------------------------------------------------------------------------- recording


@dataclass
class Answer:
    item_id: int
    value: object = None  # bool for yes/no, a number, a text
    reading_id: int | None = None


@dataclass(frozen=True)
class ItemResult:
    item_id: int
    text: str
    kind: str
    value: str
    ok: bool


def _occurrence(ctx: Context, s, schedule_id: int, day: dt.date) -> tuple[Schedule, sched.Occurrence]:
    row = get(s, Schedule, schedule_id, T("That schedule no longer exists."))
    rule = sched.Rule(row.id, row.template_id, row.kind, row.start_time, row.end_time, row.weekday,
                      row.day_of_month, row.valid_from, row.valid_until, row.label)
    if not sched.falls_on(rule, day):
        raise ValidationError(T("This checklist is not due on {day}.", day=day.isoformat()))
    start, end = sched.window(day, row.start_time, row.end_time, ctx.timezone)
    return row, sched.Occurrence(row.id, row.template_id, day, start, end, row.label)


def _get_or_new_run(s, schedule: Schedule, occ: sched.Occurrence) -> Run:
    run = s.scalar(select(Run).where(Run.schedule_id == schedule.id, Run.due_on == occ.day))
    if run is None:
        run = Run(template_id=schedule.template_id, schedule_id=schedule.id, due_on=occ.day, window_end=occ.end)
        s.add(run)
    return run


def complete_run(ctx: Context, schedule_id: int, day: dt.date, answers: list[Answer], *,
                 staff_id: int | None = None, at: dt.datetime | None = None, note: str = "",
                 participants: tuple[int, ...] = (), amendment: str | None = None) -> int:
    """Record a checklist as done: every required item answered; numbers are checked against
    their limits and temperature items against their equipment (the item refers to it)."""
    ctx.require(P.RECORD)
    at = when(ctx, at)
    note = text(note, "note")
    with ctx.unit_of_work() as s:
        schedule, occ = _occurrence(ctx, s, schedule_id, day)
        if at < occ.start - dt.timedelta(hours=2):
            raise ValidationError(fields={"at": T("This checklist cannot be done before {time}.",
                                                  time=local_text(ctx, occ.start - dt.timedelta(hours=2)))})
        items = {i.id: i for i in s.scalars(select(TemplateItem).where(
            TemplateItem.template_id == schedule.template_id, TemplateItem.archived.is_(False)))}
        given = {a.item_id: a for a in answers}
        rows = []
        passed = True
        for item in sorted(items.values(), key=lambda i: i.position):
            a = given.pop(item.id, None)
            value = None if a is None else a.value
            blank = value is None or (isinstance(value, str) and not value.strip())
            if item.kind == "temperature" and a is not None and a.reading_id is not None:
                blank = False
            if blank:
                if item.required:
                    raise ValidationError(fields={f"item.{item.id}": T("Answer “{item}”.", item=item.text)})
                continue
            row = RunAnswer(item_id=item.id)
            if item.kind == "yes_no":
                row.value_bool = bool(value) if not isinstance(value, str) else value.strip().lower() in (
                    "1", "y", "yes", "true", "是", "合格", "ok")
                row.ok = row.value_bool
            elif item.kind in ("number", "temperature"):
                if item.kind == "temperature" and a.reading_id is not None:
                    reading = get(s, Reading, a.reading_id, T("That reading no longer exists."))
                    if reading.equipment_id != item.equipment_id:
                        raise ValidationError(fields={f"item.{item.id}": T("That reading is of other equipment.")})
                    row.reading_id = reading.id
                    row.value_number = reading.value
                    row.ok = not reading.out_of_range or reading.resolved
                else:
                    value_n = number(value, f"item.{item.id}")
                    row.value_number = value_n
                    if item.kind == "number":
                        row.ok = ((item.min_value is None or value_n >= item.min_value)
                                  and (item.max_value is None or value_n <= item.max_value))
                    else:  # the reading goes into the temperature log, with its rules
                        from suite_plugins.kitchen.services import readings

                        reading_id = readings.record_reading(ctx, readings.ReadingInput(
                            item.equipment_id, value, taken_at=at, staff_id=staff_id), amendment=amendment)
                        reading = s.get(Reading, reading_id)
                        row.reading_id = reading_id
                        row.value_number = reading.value
                        row.ok = not reading.out_of_range
            else:
                row.value_text = text(str(value), f"item.{item.id}")
                row.ok = True
            passed = passed and row.ok
            rows.append(row)
        if given:
            raise ValidationError(T("An answer was given for an item that is not on this checklist."))
        for sid in participants:
            check_staff(s, sid, "participants")
        staff = check_staff(s, acting_staff(ctx, staff_id), "staff_id")
        run = _get_or_new_run(s, schedule, occ)
        if run.completed_at is not None:
            raise ValidationError(T("This checklist was already done at {time}.", time=local_text(ctx, run.completed_at)))
        guard_day(ctx, s, day, amendment, str(T("Checklist {name} recorded", name=_name(s, schedule.template_id))))
        run.completed_at = at
        run.staff_id = staff
        run.passed = passed
        run.on_time = at <= occ.end
        run.note = note
        run.participants = ",".join(str(i) for i in participants)
        run.answers = rows
        s.flush()
        return run.id


def _name(s, template_id: int) -> str:
    t = s.get(Template, template_id)
    return t.name if t else ""


def explain_missed(ctx: Context, schedule_id: int, day: dt.date, note: str, *, amendment: str | None = None) -> int:
    """The reason a run was not done (the sign-off accepts a missed run with its note)."""
    ctx.require(P.RECORD)
    note = text(note, "note", required=True, message=T("Write why the checklist was not done."))
    with ctx.unit_of_work() as s:
        schedule, occ = _occurrence(ctx, s, schedule_id, day)
        if ctx.now() <= occ.end:
            raise ValidationError(T("This checklist is still due: do it, or explain it once its time has passed."))
        run = _get_or_new_run(s, schedule, occ)
        if run.completed_at is not None:
            raise ValidationError(T("This checklist was done: there is nothing to explain."))
        guard_day(ctx, s, day, amendment, str(T("Missed checklist {name} explained", name=_name(s, schedule.template_id))))
        run.missed_note = note
        s.flush()
        return run.id


def _result(kind: str, text_: str, item_id: int, value_bool, value_number, value_text, ok) -> ItemResult:
    if kind == "yes_no":
        value = T.now("Yes") if value_bool else T.now("No")
    elif value_number is not None:
        value = f"{value_number}" + (" °C" if kind == "temperature" else "")
    else:
        value = value_text
    return ItemResult(item_id, text_, kind, value, bool(ok))


def _results(ctx: Context, where) -> dict[int, list[ItemResult]]:
    A = RunAnswer.__table__
    I = TemplateItem.__table__
    R = Run.__table__
    q = (select(A.c.run_id, I.c.kind, I.c.text, I.c.id, A.c.value_bool, A.c.value_number, A.c.value_text, A.c.ok)
         .join(I, I.c.id == A.c.item_id).join(R, R.c.id == A.c.run_id).where(where)
         .order_by(A.c.run_id, I.c.position, I.c.id))
    out: dict[int, list[ItemResult]] = {}
    with ctx.read() as s:
        for run_id, *rest in s.execute(q):
            out.setdefault(run_id, []).append(_result(*rest))
    return out


def run_results(ctx: Context, run_id: int) -> list[ItemResult]:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        get(s, Run, run_id, T("That checklist run no longer exists."))
    return _results(ctx, Run.__table__.c.id == run_id).get(run_id, [])


def results_between(ctx: Context, start: dt.date, end: dt.date) -> dict[int, list[ItemResult]]:
    """The answers of every run recorded on start..end, by run id (for reports): one query."""
    ctx.require(P.VIEW)
    R = Run.__table__
    return _results(ctx, (R.c.due_on >= start) & (R.c.due_on <= end))


def on_time_share(runs: list[RunView]) -> Decimal | None:
    ended = [r for r in runs if r.status in ("done", "done_late", "missed")]
    if not ended:
        return None
    return Decimal(sum(1 for r in ended if r.status == "done")) / Decimal(len(ended))


@dataclass(frozen=True)
class InspectionRow:
    on: dt.date
    passed: bool
    department_id: int | None
    staff_ids: tuple[int, ...] = field(default=())


def monthly_inspections(ctx: Context, year: int, month: int) -> list[InspectionRow]:
    """The monthly inspections (template code ``monthly_inspection``) done in a month."""
    ctx.require(P.VIEW)
    start = dt.date(year, month, 1)
    end = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    with ctx.read() as s:
        rows = s.execute(select(Run.due_on, Run.passed, Template.department_id, Run.participants)
                         .join(Template, Template.id == Run.template_id)
                         .where(Template.code == "monthly_inspection", Run.due_on >= start, Run.due_on <= end,
                                Run.completed_at.is_not(None)).order_by(Run.due_on, Run.id)).all()
    return [InspectionRow(r.due_on, bool(r.passed), r.department_id,
                          tuple(int(x) for x in r.participants.split(",") if x)) for r in rows]
