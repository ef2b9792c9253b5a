"""Checklist templates (items and schedules): data an office edits, one versioned aggregate.

The defaults come from the policies (seed 004): the pre-shift checks of every shift
(cleanliness, room hygiene, utensils ready, menus and pens in place), opening and closing
checks, the weekly cleaning day (Saturday afternoon) and the monthly inspection on the 15th.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from suite.plugin_api import ValidationError, core
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.kitchen import codes
from suite_plugins.kitchen import permissions as P
from suite_plugins.kitchen.models import Equipment, Schedule, Template, TemplateItem
from suite_plugins.kitchen.services.common import check_version, get, number, text
from suite_plugins.kitchen.services.schedule import Rule

T = domain("kitchen")


@dataclass
class ItemInput:
    text: str
    kind: str = "yes_no"
    min_value: object = None
    max_value: object = None
    equipment_id: int | None = None
    required: bool = True
    id: int | None = None  # an existing item (keeps its answers)


@dataclass
class ScheduleInput:
    kind: str
    start_time: dt.time
    end_time: dt.time
    label: str = ""
    weekday: int | None = None
    day_of_month: int | None = None
    id: int | None = None


@dataclass
class TemplateInput:
    name: str
    code: str = "custom"
    department_id: int | None = None
    role: str = ""
    items: list[ItemInput] = field(default_factory=list)
    schedules: list[ScheduleInput] = field(default_factory=list)


@dataclass(frozen=True)
class ItemView:
    id: int
    position: int
    text: str
    kind: str
    min_value: Decimal | None
    max_value: Decimal | None
    equipment_id: int | None
    required: bool


@dataclass(frozen=True)
class ScheduleView:
    id: int
    kind: str
    label: str
    weekday: int | None
    day_of_month: int | None
    start_time: dt.time
    end_time: dt.time

    @property
    def text(self) -> str:
        times = f"{self.start_time:%H:%M}-{self.end_time:%H:%M}"
        if self.kind == "weekday":
            return f"{codes.WEEKDAYS[self.weekday or 0]} {times}"
        if self.kind == "monthday":
            return str(T("Day {n} of the month {times}", n=self.day_of_month, times=times))
        if self.kind == "shift":
            return f"{self.label or codes.label(codes.SCHEDULE_KINDS, 'shift')} {times}"
        return f"{codes.label(codes.SCHEDULE_KINDS, 'daily')} {times}"


@dataclass(frozen=True)
class TemplateView:
    id: int
    name: str
    code: str
    department_id: int | None
    role: str
    archived: bool
    version: int
    items: tuple[ItemView, ...]
    schedules: tuple[ScheduleView, ...]


def _view(t: Template) -> TemplateView:
    items = tuple(ItemView(i.id, i.position, i.text, i.kind, i.min_value, i.max_value, i.equipment_id, i.required)
                  for i in t.items if not i.archived)
    schedules = tuple(ScheduleView(s.id, s.kind, s.label, s.weekday, s.day_of_month, s.start_time, s.end_time)
                      for s in t.schedules if s.valid_until is None)
    return TemplateView(t.id, t.name, t.code, t.department_id, t.role, t.archived, t.version, items, schedules)


def _clean_item(s, n: int, item: ItemInput) -> dict:
    where = f"items.{n}"
    label = text(item.text, where, required=True, message=T("Item {n}: write what is checked.", n=n + 1), limit=200)
    if item.kind not in codes.ITEM_KINDS:
        raise ValidationError(fields={where: T("Item {n}: choose its kind.", n=n + 1)})
    lo = hi = None
    equipment_id = None
    if item.kind == "number":
        lo = number(item.min_value, where, required=False)
        hi = number(item.max_value, where, required=False)
        if lo is None and hi is None:
            raise ValidationError(fields={where: T("Item {n}: give its limits.", n=n + 1)})
        if lo is not None and hi is not None and lo > hi:
            raise ValidationError(fields={where: T("Item {n}: the maximum must not be below the minimum.", n=n + 1)})
    if item.kind == "temperature":
        equipment = s.get(Equipment, item.equipment_id) if item.equipment_id else None
        if equipment is None:
            raise ValidationError(fields={where: T("Item {n}: name the equipment whose temperature is taken.", n=n + 1)})
        equipment_id = equipment.id
    return dict(position=n, text=label, kind=item.kind, min_value=lo, max_value=hi, equipment_id=equipment_id,
                required=bool(item.required))


def _clean_schedule(n: int, sch: ScheduleInput) -> dict:
    where = f"schedules.{n}"
    if sch.kind not in codes.SCHEDULE_KINDS:
        raise ValidationError(fields={where: T("Schedule {n}: choose how often.", n=n + 1)})
    if not isinstance(sch.start_time, dt.time) or not isinstance(sch.end_time, dt.time):
        raise ValidationError(fields={where: T("Schedule {n}: give the time window.", n=n + 1)})
    if sch.end_time <= sch.start_time:
        raise ValidationError(fields={where: T(
            "Schedule {n}: the time window is empty: it must end after it starts ({start} to {end}).",
            n=n + 1, start=f"{sch.start_time:%H:%M}", end=f"{sch.end_time:%H:%M}")})
    weekday = day = None
    if sch.kind == "weekday":
        if sch.weekday is None or not 0 <= int(sch.weekday) <= 6:
            raise ValidationError(fields={where: T("Schedule {n}: choose the weekday.", n=n + 1)})
        weekday = int(sch.weekday)
    if sch.kind == "monthday":
        if sch.day_of_month is None or not 1 <= int(sch.day_of_month) <= 31:
            raise ValidationError(fields={where: T("Schedule {n}: the day of the month is 1 to 31.", n=n + 1)})
        day = int(sch.day_of_month)
    return dict(kind=sch.kind, label=text(sch.label, where, limit=40), weekday=weekday, day_of_month=day,
                start_time=sch.start_time.replace(second=0, microsecond=0),
                end_time=sch.end_time.replace(second=0, microsecond=0))


def _clean(s, data: TemplateInput) -> tuple[dict, list[tuple[int | None, dict]], list[tuple[int | None, dict]]]:
    head = dict(name=text(data.name, "name", required=True, message=T("Name the checklist."), limit=80),
                code=data.code if data.code in codes.TEMPLATE_CODES else "custom",
                department_id=data.department_id, role=text(data.role, "role", limit=30))
    if data.department_id is not None and s.get(core.Department, data.department_id) is None:
        raise ValidationError(fields={"department_id": T("That department does not exist.")})
    if not data.items:
        raise ValidationError(fields={"items": T("A checklist needs at least one item.")})
    if not data.schedules:
        raise ValidationError(fields={"schedules": T("A checklist needs a schedule: when is it due?")})
    items = [(i.id, _clean_item(s, n, i)) for n, i in enumerate(data.items)]
    schedules = [(x.id, _clean_schedule(n, x)) for n, x in enumerate(data.schedules)]
    return head, items, schedules


def create_template(ctx: Context, data: TemplateInput, *, valid_from: dt.date | None = None) -> int:
    ctx.require(P.MANAGE)
    start = valid_from or ctx.today()
    with ctx.unit_of_work() as s:
        head, items, schedules = _clean(s, data)
        t = Template(**head)
        t.items = [TemplateItem(**v) for _id, v in items]
        t.schedules = [Schedule(valid_from=start, **v) for _id, v in schedules]
        s.add(t)
        s.flush()
        return t.id


def update_template(ctx: Context, template_id: int, data: TemplateInput, *, expected_version: int) -> None:
    """Change a template. Items and schedules given with their id are changed in place; new ones
    are added; ones left out are retired (past runs keep them). A changed schedule starts a new
    schedule from today, so the runs of the past keep the times they were due at."""
    ctx.require(P.MANAGE)
    today = ctx.today()
    with ctx.unit_of_work() as s:
        t = get(s, Template, template_id, T("That checklist no longer exists."))
        check_version(t, expected_version, "qa_templates")
        head, items, schedules = _clean(s, data)
        for key, value in head.items():
            if getattr(t, key) != value:
                setattr(t, key, value)
        by_id = {i.id: i for i in t.items}
        kept = set()
        for item_id, values in items:
            row = by_id.get(item_id) if item_id is not None else None
            if row is None:
                t.items.append(TemplateItem(**values))
                continue
            kept.add(row.id)
            for key, value in values.items():
                if getattr(row, key) != value:
                    setattr(row, key, value)
        for row in t.items:
            if row.id is not None and row.id not in kept and not row.archived:
                row.archived = True
        current = {x.id: x for x in t.schedules if x.valid_until is None}
        keep_s = set()
        for sched_id, values in schedules:
            row = current.get(sched_id) if sched_id is not None else None
            if row is not None and all(getattr(row, k) == v for k, v in values.items()):
                keep_s.add(row.id)
                continue
            t.schedules.append(Schedule(valid_from=today, **values))
        _retire(s, [row for row in current.values() if row.id not in keep_s], today)


def _retire(s, schedules, today: dt.date) -> None:
    """End schedules: their last day is today when a run was recorded today, else yesterday."""
    from suite_plugins.kitchen.models import Run

    for row in schedules:
        if row.valid_until is not None:
            continue
        ran_today = s.scalar(select(Run.id).where(Run.schedule_id == row.id, Run.due_on == today)) is not None
        row.valid_until = today if ran_today else today - dt.timedelta(days=1)
        if row.valid_from is not None and row.valid_from > row.valid_until:
            row.valid_from = row.valid_until


def archive_template(ctx: Context, template_id: int, *, expected_version: int) -> None:
    ctx.require(P.MANAGE)
    with ctx.unit_of_work() as s:
        t = get(s, Template, template_id, T("That checklist no longer exists."))
        check_version(t, expected_version, "qa_templates")
        t.archived = True
        _retire(s, t.schedules, ctx.today())


def list_templates(ctx: Context, *, include_archived: bool = False) -> list[TemplateView]:
    ctx.require(P.VIEW)
    q = select(Template).options(selectinload(Template.items), selectinload(Template.schedules)).order_by(Template.id)
    if not include_archived:
        q = q.where(Template.archived.is_(False))
    with ctx.read() as s:
        return [_view(t) for t in s.scalars(q)]


def get_template(ctx: Context, template_id: int) -> TemplateView:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        return _view(get(s, Template, template_id, T("That checklist no longer exists.")))


def rules(ctx: Context, start: dt.date, end: dt.date) -> tuple[list[Rule], dict]:
    """The schedules in force at some point of start..end, as expansion rules."""
    S = Schedule.__table__
    with ctx.read() as s:
        rows = s.execute(select(S).where((S.c.valid_from.is_(None)) | (S.c.valid_from <= end),
                                         (S.c.valid_until.is_(None)) | (S.c.valid_until >= start))).all()
        T_ = Template.__table__
        templates = {r.id: r for r in s.execute(select(T_.c.id, T_.c.name, T_.c.code, T_.c.department_id))}
    out = [Rule(r.id, r.template_id, r.kind, r.start_time, r.end_time, r.weekday, r.day_of_month, r.valid_from,
                r.valid_until, r.label) for r in rows]
    return out, templates


# ---------------------------------------------------------------------------- defaults


def _t(h: int, m: int = 0) -> dt.time:
    return dt.time(h, m)


def default_templates(ctx: Context) -> list[TemplateInput]:
    """The checklists of the policies (seed 004), in the office's language at seeding time."""
    production = None
    quality = None
    for d in core.list_departments(ctx):
        if d.code == "production":
            production = d.id
        if d.code == "quality":
            quality = d.id
    lunch, dinner = T.now("Lunch shift"), T.now("Dinner shift")
    return [
        TemplateInput(T.now("Pre-shift checks"), "pre_shift", production, "kitchen", items=[
            ItemInput(T.now("Pre-shift meeting held, the day's tasks given")),
            ItemInput(T.now("Work areas clean")),
            ItemInput(T.now("Room hygiene checked")),
            ItemInput(T.now("Utensils ready and complete")),
            ItemInput(T.now("Menus in place, pens working")),
            ItemInput(T.now("Staff health check done before work")),
        ], schedules=[ScheduleInput("shift", _t(9, 45), _t(10, 45), lunch),
                      ScheduleInput("shift", _t(16, 15), _t(17, 0), dinner)]),
        TemplateInput(T.now("Opening checks"), "opening", production, "kitchen", items=[
            ItemInput(T.now("Equipment working")),
            ItemInput(T.now("Ingredients checked for spoilage and contamination")),
            ItemInput(T.now("Tableware sterilised")),
            ItemInput(T.now("Remarks"), "text", required=False),
        ], schedules=[ScheduleInput("daily", _t(9, 0), _t(9, 45))]),
        TemplateInput(T.now("Closing checks"), "closing", production, "kitchen", items=[
            ItemInput(T.now("Ingredients covered, labelled and stored by category")),
            ItemInput(T.now("Work surfaces and tools cleaned")),
            ItemInput(T.now("Gas, water and power switched off")),
            ItemInput(T.now("Waste removed")),
        ], schedules=[ScheduleInput("daily", _t(20, 30), _t(21, 30))]),
        TemplateInput(T.now("Weekly cleaning day"), "weekly_cleaning", production, "kitchen", items=[
            ItemInput(T.now("Walls clean")),
            ItemInput(T.now("Floors clean, no dust or waste")),
            ItemInput(T.now("Doors and windows clean and bright")),
            ItemInput(T.now("Toilets free of insects and odours")),
            ItemInput(T.now("Pest control checked")),
        ], schedules=[ScheduleInput("weekday", _t(14, 0), _t(17, 0), weekday=5)]),
        TemplateInput(T.now("Monthly inspection"), "monthly_inspection", quality, "quality", items=[
            ItemInput(T.now("Rules followed in every post")),
            ItemInput(T.now("Skills test passed")),
            ItemInput(T.now("Food-safety records complete")),
            ItemInput(T.now("Findings"), "text", required=False),
        ], schedules=[ScheduleInput("monthday", _t(14, 0), _t(17, 0), day_of_month=15)]),
    ]


def ensure_defaults(ctx: Context) -> None:
    """Seed the default checklists once (an office that deleted them keeps them deleted)."""
    from suite_plugins.kitchen.services.common import SETTINGS_NS

    if core.get_setting(ctx, SETTINGS_NS, "seeded", False):
        return
    with ctx.read() as s:
        exists = s.scalar(select(Template.id).limit(1)) is not None
    if not exists:
        for data in default_templates(ctx):
            create_template(ctx, data)
    core.set_setting(ctx, SETTINGS_NS, "seeded", True, permission=P.MANAGE)


def start_records_on(ctx: Context, day: dt.date) -> int:
    """The first day the kitchen keeps its checklists in the suite: schedules without any run
    recorded yet start on that day (days before it show no run, not missed ones). Returns how
    many schedules moved."""
    from suite_plugins.kitchen.models import Run

    ctx.require(P.MANAGE)
    moved = 0
    with ctx.unit_of_work() as s:
        used = set(s.scalars(select(Run.schedule_id).distinct()))
        for row in s.scalars(select(Schedule).where(Schedule.valid_until.is_(None))):
            if row.id not in used and row.valid_from != day:
                row.valid_from = day
                moved += 1
    return moved
