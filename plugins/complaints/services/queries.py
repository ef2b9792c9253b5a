"""Reading cases: the case page, the complaint list, open deadlines for the dashboard and the
reminders, a customer's open complaints for the order desk, and the global search."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import and_, case, func, literal, null, or_, select
from sqlalchemy.orm import aliased

from suite.plugin_api import NotFound, core
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite.plugin_api.lists import ListColumn, ListFilter, ListQuery
from suite.plugin_api.records import SearchHit
from suite_plugins.complaints import codes
from suite_plugins.complaints.models import Complaint, Event
from suite_plugins.complaints.permissions import VIEW
from suite_plugins.complaints.services import cases, compensation, followup, sla
from suite_plugins.complaints.services.clock import MAX_FAILED_FOLLOWUPS

T = domain("complaints")

#: a deadline this close counts as due soon (highlighted in the list and on the dashboard)
DUE_SOON = dt.timedelta(minutes=60)
#: the reminder comes this long before a deadline
REMINDER_LEAD = dt.timedelta(minutes=15)
CASE_PAGE = "complaints.list"

C = Complaint.__table__


# ---------------------------------------------------------------------------- the case page


@dataclass(frozen=True)
class StageLine:
    stage: str
    start: dt.datetime | None
    minutes: int | None
    due: dt.datetime | None
    new_due: dt.datetime | None
    done: dt.datetime | None
    met: bool | None
    stopped: bool
    #: counting time left (negative: overspent), for a stage not done
    remaining: dt.timedelta | None
    #: the deadline falls in a year without a holiday calendar: computed without holidays
    without_holidays: bool = False

    @property
    def label(self) -> str:
        return codes.label(codes.STAGES, self.stage)

    @property
    def state(self) -> str:
        """done | late | overdue | soon | running | waiting | none"""
        if self.minutes is None or self.start is None:
            return "none"
        if self.done is not None:
            return "done" if self.met is not False else "late"
        if self.stopped:
            return "waiting"
        if self.remaining is not None and self.remaining <= dt.timedelta(0):
            return "overdue"
        if self.remaining is not None and self.remaining <= DUE_SOON:
            return "soon"
        return "running"


@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    kind: str
    note: str
    staff: str
    detail: str
    recorded_at: dt.datetime

    @property
    def label(self) -> str:
        return codes.label(codes.EVENT_KINDS, self.kind)


@dataclass(frozen=True)
class CaseView:
    id: int
    number: str
    version: int
    status: str
    is_open: bool
    channel: str
    category: str
    severity: str
    suggested_severity: str
    description: str
    received_at: dt.datetime
    customer_id: int
    customer_name: str
    customer_phone: str
    order_id: int | None
    order_number: str
    order_amount: Decimal | None
    staff_ids: dict[str, int | None]
    staff_names: dict[str, str]
    responsible_department: str
    root_cause: str
    substantiated: bool | None
    supplier_id: int | None
    supplier_name: str
    resolution: str
    policy_business_hours: bool
    stages: list[StageLine]
    paused_since: dt.datetime | None
    next_due: dt.datetime | None
    next_stage: str
    resolved_at: dt.datetime | None
    closed_at: dt.datetime | None
    first_contact_at: dt.datetime | None
    followup_from: dt.datetime | None
    followup_due: dt.datetime | None
    satisfaction: int | None
    failed_followups: int
    compensation_total: Decimal
    approval_pending: bool
    timeline: list[TimelineEntry] = field(default_factory=list)
    actions: list = field(default_factory=list)
    followups: list = field(default_factory=list)
    #: a delivery delay's cause: force_majeure | internal | "" (not known)
    delay_cause: str = ""

    @property
    def status_label(self) -> str:
        return codes.label(codes.STATUSES, self.status)

    @property
    def can_close(self) -> bool:
        return (self.is_open and self.first_contact_at is not None and self.resolved_at is not None
                and not self.approval_pending
                and (self.satisfaction is not None or self.failed_followups >= MAX_FAILED_FOLLOWUPS))


def _detail(kind: str, data: dict, department: str, due_at, stage: str, ctx: Context) -> str:
    if kind == "department_notified" or (kind == "investigation_done" and department):
        text = codes.label(codes.DEPARTMENTS, department)
        if kind == "investigation_done" and data.get("root_cause"):
            text += " \u00b7 " + codes.label(codes.ROOT_CAUSES, data["root_cause"])
        return text
    if kind == "deadline_extended":
        return f"{codes.label(codes.STAGES, stage)} \u2192 {cases.local_text(ctx, due_at)}"
    if kind == "action":
        amount = f" \u00a5{data['amount']}" if data.get("amount") else ""
        return codes.label(codes.ACTION_KINDS, data.get("kind")) + amount
    if kind == "approval":
        verdict = T("approved") if data.get("approved") else T("rejected")
        return f"{codes.label(codes.ACTION_KINDS, data.get('kind'))} {verdict}"
    if kind == "followup":
        method = codes.label(codes.FOLLOWUP_METHODS, data.get("method"))
        if data.get("reached"):
            return str(T("{method}: satisfaction {score}/5", method=method, score=data.get("satisfaction")))
        return str(T("{method}: not reached", method=method))
    if kind == "severity_changed":
        return f"{codes.label(codes.SEVERITIES, data.get('from'))} \u2192 {codes.label(codes.SEVERITIES, data.get('to'))}"
    if kind == "received":
        return codes.label(codes.CHANNELS, data.get("channel"))
    return ""


def get_case(ctx: Context, complaint_id: int) -> CaseView:
    """Everything the case page shows, with each stage's clock as of now."""
    ctx.require(VIEW)
    now = ctx.now()
    with ctx.read() as s:
        c = s.get(Complaint, complaint_id)
        if c is None:
            raise NotFound(T("That complaint no longer exists."))
        clock = cases.clock_of(ctx, s, c)
        stages = []
        for st in clock.stages.values():
            remaining = None
            if st.applies and st.done is None:
                remaining = sla.remaining(st.start, st.minutes, now, st.calendar, clock.pauses)
                if st.new_due is not None:
                    # an extended stage alarms at the new time told to the customer
                    remaining = st.new_due - now
            stages.append(StageLine(st.stage, st.start, st.minutes, st.due, st.new_due, st.done, st.met, st.stopped,
                                    remaining, st.without_holidays))
        cust = s.get(core.Customer, c.customer_id)
        phones = sorted(cust.phones, key=lambda p: (not p.is_primary, p.id)) if cust else []
        phone = phones[0].phone if phones else ""
        mask = core.pii(ctx)
        phone = core.format_phone(phone) if mask.visible else mask.phone(phone)
        staff_ids = {"driver": c.driver_staff_id, "cook": c.cook_staff_id, "clerk": c.clerk_staff_id,
                     "handler": c.handler_staff_id, "responsible": c.responsible_staff_id}
        wanted = {v for v in staff_ids.values() if v}
        events = s.execute(select(Event).where(Event.complaint_id == c.id).order_by(Event.at, Event.id)).scalars().all()
        wanted |= {e.staff_id for e in events if e.staff_id}
        names = dict(s.execute(select(core.Staff.id, core.Staff.name).where(core.Staff.id.in_(wanted))).all()) \
            if wanted else {}
        timeline = []
        for e in events:
            data = json.loads(e.data) if e.data else {}
            timeline.append(TimelineEntry(e.at, e.kind, e.note, names.get(e.staff_id, ""),
                                          _detail(e.kind, data, e.department, e.due_at, e.stage, ctx), e.created_at))
        view = CaseView(
            id=c.id, number=c.number, version=c.version, status=c.status, is_open=c.is_open, channel=c.channel,
            category=c.category, severity=c.severity, suggested_severity=c.suggested_severity,
            description=c.description, received_at=c.received_at, customer_id=c.customer_id,
            customer_name=cust.name if cust else "", customer_phone=phone, order_id=c.order_id,
            order_number=c.order_number, order_amount=c.order_amount, staff_ids=staff_ids,
            staff_names={k: names.get(v, "") for k, v in staff_ids.items()},
            responsible_department=c.responsible_department, root_cause=c.root_cause,
            substantiated=c.substantiated, supplier_id=c.supplier_id, supplier_name=c.supplier_name,
            resolution=c.resolution, policy_business_hours=clock.policy.business_hours, stages=stages,
            paused_since=c.paused_since, next_due=c.next_due_at, next_stage=c.next_stage,
            resolved_at=c.resolved_at, closed_at=c.closed_at, first_contact_at=c.first_contact_at,
            followup_from=c.followup_from, followup_due=c.followup_due_at, satisfaction=c.satisfaction,
            failed_followups=c.failed_followups, compensation_total=c.compensation_total,
            approval_pending=c.approval_pending, timeline=timeline, delay_cause=c.delay_cause,
        )
    actions = compensation.list_actions(ctx, complaint_id)
    visits = followup.list_followups(ctx, complaint_id)
    return CaseView(**{**view.__dict__, "actions": actions, "followups": visits})


# ---------------------------------------------------------------------------- the list


def _due_state(now: dt.datetime):
    """A CASE giving each row's deadline state: breached, soon, ok, waiting, or empty (closed,
    or nothing due)."""
    return case(
        (C.c.is_open.is_(False), null()),
        (and_(C.c.next_due_at.is_(None), C.c.paused_since.is_not(None)), literal("waiting")),
        (C.c.next_due_at.is_(None), null()),
        (C.c.next_due_at < now, literal("breached")),
        (C.c.next_due_at < now + DUE_SOON, literal("soon")),
        else_=literal("ok"),
    )


DUE_BADGES = {
    "breached": (T("Overdue"), "danger"),
    "soon": (T("Due soon"), "warning"),
    "ok": (T("On time"), "info"),
    "waiting": (T("Clock stopped"), "neutral"),
}
SEVERITY_BADGES = {"urgent": (codes.SEVERITIES["urgent"], "danger"), "general": (codes.SEVERITIES["general"], "info"),
                   "non_urgent": (codes.SEVERITIES["non_urgent"], "neutral")}
STATUS_BADGES = {
    "new": (codes.STATUSES["new"], "warning"), "in_progress": (codes.STATUSES["in_progress"], "info"),
    "investigating": (codes.STATUSES["investigating"], "info"), "waiting": (codes.STATUSES["waiting"], "neutral"),
    "resolved": (codes.STATUSES["resolved"], "success"), "closed": (codes.STATUSES["closed"], "neutral"),
}


def complaint_list(ctx: Context, *, customer_id: int | None = None) -> ListQuery:
    """The complaint list: open cases first by their next deadline; filters by state,
    severity and category; search by number, customer, order number or description."""
    ctx.require(VIEW)
    now = ctx.now()
    cu = core.Customer.__table__
    st = core.Staff.__table__
    handler = aliased(st)
    due_state = _due_state(now)
    stmt = (
        select(
            C.c.id.label("id"), C.c.number.label("number"), C.c.received_at.label("received_at"),
            cu.c.name.label("customer"), C.c.category.label("category"), C.c.severity.label("severity"),
            C.c.status.label("status"), C.c.next_stage.label("next_stage"), C.c.next_due_at.label("next_due_at"),
            due_state.label("due_state"), handler.c.name.label("handler"), C.c.order_number.label("order_number"),
            C.c.compensation_total.label("compensation"),
        )
        .select_from(C.join(cu, cu.c.id == C.c.customer_id).outerjoin(handler, handler.c.id == C.c.handler_staff_id))
    )
    if customer_id is not None:
        stmt = stmt.where(C.c.customer_id == customer_id)

    def search(text: str):
        text = text.strip()
        if not text:
            return None
        return or_(C.c.number.contains(text, autoescape=True), cu.c.name.contains(text, autoescape=True),
                   C.c.order_number.contains(text, autoescape=True), C.c.description.contains(text, autoescape=True))

    def state_filter(value):
        if value == "open":
            return C.c.is_open.is_(True)
        if value == "overdue":
            return and_(C.c.is_open.is_(True), C.c.next_due_at < now)
        if value == "soon":
            return and_(C.c.is_open.is_(True), C.c.next_due_at >= now, C.c.next_due_at < now + DUE_SOON)
        if value == "waiting":
            return and_(C.c.is_open.is_(True), C.c.paused_since.is_not(None))
        if value == "followup":
            return and_(C.c.is_open.is_(True), C.c.next_stage == "followup")
        if value == "approval":
            return C.c.approval_pending.is_(True)
        if value == "closed":
            return C.c.is_open.is_(False)
        return None

    return ListQuery(
        name="complaints.list", title=T("Complaints"), select=stmt,
        columns=(
            ListColumn("number", T("No."), width=14, priority=1),
            ListColumn("customer", T("Customer"), width=10, priority=2),
            ListColumn("category", T("Problem"), format=lambda v: codes.label(codes.CATEGORIES, v), width=12, priority=2),
            ListColumn("severity", T("Severity"), kind="badge", badges=SEVERITY_BADGES, priority=3),
            ListColumn("next_due_at", T("Next deadline"), kind="datetime", priority=1),
            ListColumn("due_state", T("On time?"), kind="badge", badges=DUE_BADGES, sortable=False, priority=2),
            ListColumn("next_stage", T("Next deadline for"), format=lambda v: codes.label(codes.STAGES, v), width=10, priority=4),
            ListColumn("status", T("Status"), kind="badge", badges=STATUS_BADGES, priority=2),
            ListColumn("received_at", T("Received"), kind="datetime", priority=4),
            ListColumn("handler", T("Handled by"), width=8, priority=4),
            ListColumn("order_number", T("Order"), width=12, priority=5),
            ListColumn("compensation", T("Compensation"), kind="money", priority=3),
        ),
        sort="next_due_at", descending=False, search=search,
        search_hint=T("Number, customer, order number or words of the description"),
        filters=(
            ListFilter("state", T("Show"), (
                ("open", T("Open")), ("overdue", T("Overdue")), ("soon", T("Due within the hour")),
                ("waiting", T("Waiting for the customer")), ("followup", T("Follow-up due")),
                ("approval", T("Compensation awaiting approval")), ("closed", T("Closed")), (None, T("All")),
            ), state_filter, default="open"),
            ListFilter("severity", T("Severity"), ((None, T("All")), *codes.SEVERITIES.items()),
                       lambda v: None if v is None else C.c.severity == v),
            ListFilter("category", T("Problem"), ((None, T("All")), *codes.CATEGORIES.items()),
                       lambda v: None if v is None else C.c.category == v),
        ),
    )


# ---------------------------------------------------------------------------- open deadlines


@dataclass(frozen=True)
class OpenDeadline:
    id: int
    number: str
    customer: str
    category: str
    severity: str
    stage: str
    due: dt.datetime
    state: str  # breached | soon | ok

    @property
    def stage_label(self) -> str:
        return codes.label(codes.STAGES, self.stage)


@dataclass(frozen=True)
class DeadlineSummary:
    open: int
    overdue: int
    due_soon: int
    waiting: int
    followups_due: int
    awaiting_approval: int
    next: list[OpenDeadline]


def open_deadlines(ctx: Context, limit: int = 10) -> DeadlineSummary:
    """Open complaints with the next deadline: how many are open, overdue, due within the hour,
    waiting for the customer, due a follow-up or awaiting approval, and the next ``limit``
    deadlines (overdue first). Served by the (is_open, next_due_at) index."""
    ctx.require(VIEW)
    now = ctx.now()
    cu = core.Customer.__table__
    with ctx.read() as s:
        conn = s.connection()
        open_ = C.c.is_open.is_(True)
        counts = conn.execute(select(
            func.count(),
            func.sum(case((C.c.next_due_at < now, 1), else_=0)),
            func.sum(case((and_(C.c.next_due_at >= now, C.c.next_due_at < now + DUE_SOON), 1), else_=0)),
            func.sum(case((C.c.paused_since.is_not(None), 1), else_=0)),
            func.sum(case((C.c.next_stage == "followup", 1), else_=0)),
            func.sum(case((C.c.approval_pending.is_(True), 1), else_=0)),
        ).where(open_)).one()
        rows = conn.execute(
            select(C.c.id, C.c.number, cu.c.name, C.c.category, C.c.severity, C.c.next_stage, C.c.next_due_at)
            .select_from(C.join(cu, cu.c.id == C.c.customer_id))
            .where(open_, C.c.next_due_at.is_not(None)).order_by(C.c.next_due_at, C.c.id).limit(limit)
        ).all()
    nxt = [OpenDeadline(r.id, r.number, r.name, r.category, r.severity, r.next_stage, r.next_due_at,
                        "breached" if r.next_due_at < now else "soon" if r.next_due_at < now + DUE_SOON else "ok")
           for r in rows]
    n = [int(v or 0) for v in counts]
    return DeadlineSummary(n[0], n[1], n[2], n[3], n[4], n[5], nxt)


@dataclass(frozen=True)
class Reminder:
    complaint_id: int
    number: str
    stage: str
    due: dt.datetime

    def message(self, ctx: Context) -> str:
        return str(T("Complaint {number}: {stage} due at {time}", number=self.number,
                     stage=codes.label(codes.STAGES, self.stage), time=ctx.to_local(self.due).strftime("%H:%M")))


def due_reminders(ctx: Context, lead: dt.timedelta = REMINDER_LEAD) -> list[Reminder]:
    """Deadlines falling due within ``lead`` from now (the reminder 15 minutes before)."""
    ctx.require(VIEW)
    now = ctx.now()
    with ctx.read() as s:
        rows = s.execute(select(C.c.id, C.c.number, C.c.next_stage, C.c.next_due_at)
                         .where(C.c.is_open.is_(True), C.c.next_due_at > now, C.c.next_due_at <= now + lead)
                         .order_by(C.c.next_due_at)).all()
    return [Reminder(r.id, r.number, r.next_stage, r.next_due_at) for r in rows]


# ---------------------------------------------------------------------------- links


@dataclass(frozen=True)
class OpenComplaint:
    id: int
    number: str
    category: str
    status: str
    received_at: dt.datetime
    next_due: dt.datetime | None


def customer_open_complaints(ctx: Context, customer_id: int) -> list[OpenComplaint]:
    ctx.require(VIEW)
    with ctx.read() as s:
        rows = s.execute(select(C.c.id, C.c.number, C.c.category, C.c.status, C.c.received_at, C.c.next_due_at)
                         .where(C.c.customer_id == customer_id, C.c.is_open.is_(True))
                         .order_by(C.c.received_at.desc())).all()
    return [OpenComplaint(*r) for r in rows]


def customer_facts(ctx: Context, customer_id: int):
    """For the order desk: the customer's open complaints (one line each, the first says how many)."""
    if not ctx.can(VIEW):
        return None
    found = customer_open_complaints(ctx, customer_id)
    if not found:
        return None
    facts = [(T("Open complaints"), str(len(found)), "danger")]
    for c in found[:3]:
        facts.append((T("Complaint {number}", number=c.number),
                      f"{codes.label(codes.CATEGORIES, c.category)} \u00b7 {codes.label(codes.STATUSES, c.status)}",
                      "warning"))
    return facts


def search(ctx: Context, text: str, limit: int = 10) -> list[SearchHit]:
    """Global search: by complaint number, customer name or order number."""
    ctx.require(VIEW)
    text = (text or "").strip()
    if len(text) < 2:
        return []
    cu = core.Customer.__table__
    with ctx.read() as s:
        rows = s.execute(
            select(C.c.id, C.c.number, C.c.category, C.c.status, C.c.received_at, cu.c.name)
            .select_from(C.join(cu, cu.c.id == C.c.customer_id))
            .where(or_(C.c.number.contains(text, autoescape=True), C.c.order_number.contains(text, autoescape=True),
                       cu.c.name.contains(text, autoescape=True)))
            .order_by(C.c.received_at.desc()).limit(limit)
        ).all()
    return [SearchHit(f"{r.number} {r.name}",
                      f"{codes.label(codes.CATEGORIES, r.category)} \u00b7 {codes.label(codes.STATUSES, r.status)} \u00b7 "
                      f"{cases.local_text(ctx, r.received_at)}",
                      page=CASE_PAGE, key=r.id, kind=T("Complaint")) for r in rows]
