"""Customer inquiries (咨询): every question by phone, online service or another channel is
recorded with its answer and answered within the reply clock (seed 003: 30 minutes; if it
cannot be answered at once, the customer is told when).

The reply deadline is computed when the inquiry is received, with the calendar then in force
(round the clock, or the office hours, as the office chooses), and never moves; whether the
answer came in time is stored when it is given. An inquiry can become an order (the order
desk, through its api) or a complaint carrying its text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import aliased

from suite.plugin_api import ConflictError, NotFound, ValidationError, core
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite.plugin_api.lists import ListColumn, ListFilter, ListQuery
from suite_plugins.complaints import codes
from suite_plugins.complaints.models import Complaint, Inquiry, InquiryNote
from suite_plugins.complaints.permissions import HANDLE, STATISTICS, VIEW
from suite_plugins.complaints.services import cases, orders_link, policies, sla

T = domain("complaints")

I = Inquiry.__table__
#: an open inquiry is "due soon" this long before its deadline
DUE_SOON = dt.timedelta(minutes=10)
#: the complaint channel an inquiry's channel becomes
COMPLAINT_CHANNEL = {"phone": "hotline", "online": "online", "in_person": "in_person", "other": "hotline"}


@dataclass
class InquiryInput:
    channel: str
    topic: str
    question: str
    #: None: an unnamed caller (``caller_name`` and ``contact`` may still say who it was)
    customer_id: int | None = None
    caller_name: str = ""
    contact: str = ""
    received_at: dt.datetime | None = None
    #: answered at once: the answer (the reply clock stops at once)
    answer: str = ""


@dataclass(frozen=True)
class InquiryView:
    id: int
    number: str
    channel: str
    customer_id: int | None
    customer_name: str
    caller_name: str
    #: masked for users who may not see customers' personal data
    contact: str
    topic: str
    question: str
    answer: str
    received_at: dt.datetime
    due_at: dt.datetime
    promised_at: dt.datetime | None
    answered_at: dt.datetime | None
    answered_by: str
    on_time: bool | None
    reply_minutes: int | None
    converted_kind: str
    converted_id: int | None
    version: int
    notes: tuple[tuple[str, dt.datetime, str, dt.datetime | None], ...] = ()

    @property
    def who(self) -> str:
        return self.customer_name or self.caller_name or str(T("Unnamed caller"))

    @property
    def topic_label(self) -> str:
        return codes.label(codes.INQUIRY_TOPICS, self.topic)

    @property
    def channel_label(self) -> str:
        return codes.label(codes.INQUIRY_CHANNELS, self.channel)

    def state(self, now: dt.datetime) -> str:
        """answered | late (answered after the deadline) | overdue | soon | open"""
        if self.answered_at is not None:
            return "answered" if self.on_time else "late"
        if now > self.due_at:
            return "overdue"
        if now > self.due_at - DUE_SOON:
            return "soon"
        return "open"


# ---------------------------------------------------------------------------- rules


def reply_deadline(ctx: Context, received_at: dt.datetime) -> dt.datetime:
    """The reply deadline of an inquiry received at ``received_at``, by the office's settings."""
    settings = policies.get_desk_settings(ctx)
    calendar = policies.work_calendar(ctx) if settings.inquiry_business_hours else sla.ROUND_THE_CLOCK
    due = sla.deadline(received_at, settings.inquiry_reply_minutes, calendar)
    return due or received_at + dt.timedelta(minutes=settings.inquiry_reply_minutes)


def _check(data: InquiryInput, errors: dict) -> tuple[str, str, str, str]:
    if data.channel not in codes.INQUIRY_CHANNELS:
        errors["channel"] = T("Choose how the inquiry came in.")
    if data.topic not in codes.INQUIRY_TOPICS:
        errors["topic"] = T("Choose what the inquiry is about.")
    question = (data.question or "").strip()
    if not question:
        errors["question"] = T("Write down the customer's question.")
    elif len(question) > cases.MAX_TEXT:
        errors["question"] = T("At most {n} characters.", n=cases.MAX_TEXT)
    caller = (data.caller_name or "").strip()
    if len(caller) > 60:
        errors["caller_name"] = T("At most {n} characters.", n=60)
    contact = (data.contact or "").strip()
    if len(contact) > 40:
        errors["contact"] = T("At most {n} characters.", n=40)
    answer = (data.answer or "").strip()
    if len(answer) > cases.MAX_TEXT:
        errors["answer"] = T("At most {n} characters.", n=cases.MAX_TEXT)
    return question, caller, contact, answer


def _number(ctx: Context, session, received_at: dt.datetime) -> str:
    prefix = f"ZX{ctx.to_local(received_at).date():%Y%m%d}-"
    taken = session.scalar(select(func.count(Inquiry.id)).where(Inquiry.number >= prefix, Inquiry.number < prefix + "~"))
    return f"{prefix}{taken + 1:03d}"


def _at(ctx: Context, at: dt.datetime | None, field: str, not_before: dt.datetime | None = None) -> dt.datetime:
    at = at or ctx.now()
    if at.tzinfo is None:
        at = ctx.local_to_utc(at)
    at = at.astimezone(dt.timezone.utc)
    if at > ctx.now() + cases.CLOCK_SKEW:
        raise ValidationError(fields={field: T("This time is in the future.")})
    if not_before is not None and at < not_before:
        raise ValidationError(fields={field: T("This cannot be earlier than the time the inquiry came in ({received}).",
                                               received=cases.local_text(ctx, not_before))})
    return at


def _answer(ctx: Context, q: Inquiry, answer: str, at: dt.datetime) -> None:
    q.answer, q.answered_at, q.answered_by_staff_id = answer, at, ctx.user.staff_id
    # stored when answered: later changes of the reply clock never move it
    q.on_time = at <= q.due_at
    q.reply_minutes = max(0, int((at - q.received_at).total_seconds() // 60))


def create_inquiry(ctx: Context, data: InquiryInput) -> int:
    """Record an inquiry and start its reply clock (or close it at once with its answer)."""
    ctx.require(HANDLE)
    errors: dict[str, object] = {}
    question, caller, contact, answer = _check(data, errors)
    received_at = data.received_at or ctx.now()
    if received_at.tzinfo is None:
        received_at = ctx.local_to_utc(received_at)
    received_at = received_at.astimezone(dt.timezone.utc)
    if received_at > ctx.now() + cases.CLOCK_SKEW:
        errors["received_at"] = T("This time is in the future.")
    if errors:
        raise ValidationError(fields=errors)
    due = reply_deadline(ctx, received_at)
    with ctx.unit_of_work() as s:
        if data.customer_id is not None and s.get(core.Customer, data.customer_id) is None:
            raise ValidationError(fields={"customer": T("That customer no longer exists.")})
        local = ctx.to_local(received_at)
        q = Inquiry(number=_number(ctx, s, received_at), channel=data.channel, customer_id=data.customer_id,
                    caller_name=caller, contact=contact, topic=data.topic, question=question,
                    received_at=received_at, received_month=local.year * 100 + local.month, due_at=due,
                    taken_by_staff_id=ctx.user.staff_id)
        if answer:
            _answer(ctx, q, answer, max(received_at, ctx.now()))
        s.add(q)
        s.flush()
        return q.id


def _get(session, inquiry_id: int, expected_version: int) -> Inquiry:
    q = session.get(Inquiry, inquiry_id)
    if q is None:
        raise NotFound(T("That inquiry no longer exists."))
    if q.version != expected_version:
        raise ConflictError(table="cmp_inquiries", row_id=q.id)
    return q


def answer_inquiry(ctx: Context, inquiry_id: int, answer: str, *, expected_version: int,
                   at: dt.datetime | None = None) -> None:
    """The customer got the answer: the reply clock stops; in time or not is stored."""
    ctx.require(HANDLE)
    answer = cases.clean_text(answer, "answer", required=True, message=T("Write down the answer given."))
    with ctx.unit_of_work() as s:
        q = _get(s, inquiry_id, expected_version)
        if q.answered_at is not None:
            raise ValidationError(T("Inquiry {number} was already answered at {at}.", number=q.number,
                                    at=cases.local_text(ctx, q.answered_at)))
        _answer(ctx, q, answer, _at(ctx, at, "answered_at", q.received_at))


def promise_reply(ctx: Context, inquiry_id: int, promised_at: dt.datetime, *, expected_version: int,
                  note: str = "") -> None:
    """The question cannot be answered at once: record the time told to the customer. The
    reply clock keeps its deadline (a promise later than it is still late)."""
    ctx.require(HANDLE)
    note = cases.clean_text(note, "note")
    if promised_at is None:
        raise ValidationError(fields={"promised_at": T("Enter the time told to the customer.")})
    if promised_at.tzinfo is None:
        promised_at = ctx.local_to_utc(promised_at)
    promised_at = promised_at.astimezone(dt.timezone.utc)
    if promised_at <= ctx.now():
        raise ValidationError(fields={"promised_at": T("The time told to the customer must be later than now.")})
    if promised_at > ctx.now() + dt.timedelta(days=7):
        raise ValidationError(fields={"promised_at": T("At most 7 days from now.")})
    with ctx.unit_of_work() as s:
        q = _get(s, inquiry_id, expected_version)
        if q.answered_at is not None:
            raise ValidationError(T("Inquiry {number} was already answered at {at}.", number=q.number,
                                    at=cases.local_text(ctx, q.answered_at)))
        q.promised_at = promised_at
        q.notes.append(InquiryNote(kind="promise", at=ctx.now(), text=note, promised_at=promised_at,
                                   staff_id=ctx.user.staff_id))


EDITABLE = ("channel", "topic", "question", "customer_id", "caller_name", "contact")


def update_inquiry(ctx: Context, inquiry_id: int, *, expected_version: int, **changes) -> None:
    """Correct an inquiry's details (not its clock)."""
    ctx.require(HANDLE)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    with ctx.unit_of_work() as s:
        q = _get(s, inquiry_id, expected_version)
        merged = InquiryInput(channel=changes.get("channel", q.channel), topic=changes.get("topic", q.topic),
                              question=changes.get("question", q.question),
                              customer_id=changes.get("customer_id", q.customer_id),
                              caller_name=changes.get("caller_name", q.caller_name),
                              contact=changes.get("contact", q.contact))
        errors: dict[str, object] = {}
        question, caller, contact, _ = _check(merged, errors)
        if merged.customer_id is not None and s.get(core.Customer, merged.customer_id) is None:
            errors["customer"] = T("That customer no longer exists.")
        if errors:
            raise ValidationError(fields=errors)
        q.channel, q.topic, q.question = merged.channel, merged.topic, question
        q.customer_id, q.caller_name, q.contact = merged.customer_id, caller, contact


def add_note(ctx: Context, inquiry_id: int, text: str, *, expected_version: int) -> None:
    ctx.require(HANDLE)
    text = cases.clean_text(text, "note", required=True, message=T("Write the note."))
    with ctx.unit_of_work() as s:
        q = _get(s, inquiry_id, expected_version)
        q.notes.append(InquiryNote(kind="note", at=ctx.now(), text=text, staff_id=ctx.user.staff_id))


# ---------------------------------------------------------------------------- conversions


def convert_to_complaint(ctx: Context, inquiry_id: int, *, category: str, expected_version: int,
                         customer_id: int | None = None) -> int:
    """The inquiry is really a complaint: open one carrying its text (and the customer; an
    unnamed caller must be chosen or created as a customer first). Returns the complaint's id."""
    ctx.require(HANDLE)
    from suite_plugins.complaints.services import intake

    with ctx.unit_of_work() as s:  # one transaction: the complaint and the link, or neither
        q = _get(s, inquiry_id, expected_version)
        if q.converted_kind:
            raise ValidationError(T("Inquiry {number} was already turned into an order or a complaint.", number=q.number))
        who = customer_id or q.customer_id
        if who is None:
            raise ValidationError(fields={"customer": T(
                "A complaint needs a customer: choose or create the caller first.")})
        text = q.question + (f"\n\n{T('Answer given')}: {q.answer}" if q.answer else "")
        complaint_id = intake.create_complaint(ctx, intake.ComplaintInput(
            customer_id=who, channel=COMPLAINT_CHANNEL.get(q.channel, "hotline"), category=category,
            description=f"{text}\n({T('From inquiry {number}', number=q.number)})"))
        q.converted_kind, q.converted_id = "complaint", complaint_id
        if q.customer_id is None:
            q.customer_id = who
    return complaint_id


def convert_to_order(ctx: Context, inquiry_id: int, *, expected_version: int, order_id: int | None = None,
                     order_number: str = "") -> None:
    """The inquiry ended in an order taken at the order desk: link it (by id or number, found
    through the order desk's api). Without an order yet, the inquiry is marked as becoming one."""
    ctx.require(HANDLE)
    if not ctx.has_plugin("orders") and ctx.host is not None:
        raise ValidationError(T("The order desk is not installed."))
    with ctx.unit_of_work() as s:
        q = _get(s, inquiry_id, expected_version)
        if q.converted_kind == "complaint":
            raise ValidationError(T("Inquiry {number} was already turned into an order or a complaint.", number=q.number))
        order = None
        if order_id is not None or (order_number or "").strip():
            if q.customer_id is not None:
                order = orders_link.resolve_order(ctx, q.customer_id, order_id, order_number)
            else:  # an unnamed caller: the order names the customer
                order = orders_link.resolve_order(ctx, None, order_id, order_number)
        q.converted_kind, q.converted_id = "order", order.id if order else None
        if order is not None and q.customer_id is None:
            q.customer_id = order.customer_id


# ---------------------------------------------------------------------------- reading


def _view(ctx: Context, s, q: Inquiry) -> InquiryView:
    name = s.scalar(select(core.Customer.name).where(core.Customer.id == q.customer_id)) if q.customer_id else ""
    answered_by = s.scalar(select(core.Staff.name).where(core.Staff.id == q.answered_by_staff_id)) \
        if q.answered_by_staff_id else ""
    contact = q.contact
    if contact and not ctx.can(core.CUSTOMERS_VIEW_PII):
        contact = core.mask_phone(contact)
    return InquiryView(q.id, q.number, q.channel, q.customer_id, name or "", q.caller_name, contact, q.topic,
                       q.question, q.answer, q.received_at, q.due_at, q.promised_at, q.answered_at, answered_by or "",
                       q.on_time, q.reply_minutes, q.converted_kind, q.converted_id, q.version,
                       tuple((n.kind, n.at, n.text, n.promised_at) for n in q.notes))


def get_inquiry(ctx: Context, inquiry_id: int) -> InquiryView:
    ctx.require(VIEW)
    with ctx.read() as s:
        q = s.get(Inquiry, inquiry_id)
        if q is None:
            raise NotFound(T("That inquiry no longer exists."))
        return _view(ctx, s, q)


STATE_BADGES = {
    "overdue": (T("Overdue"), "danger"), "soon": (T("Due soon"), "warning"), "open": (T("Waiting for an answer"), "info"),
    "answered": (T("Answered in time"), "success"), "late": (T("Answered late"), "neutral"),
}


def inquiry_list(ctx: Context) -> ListQuery:
    """Inquiries, the open ones first by their reply deadline; filter by state and topic."""
    ctx.require(VIEW)
    now = ctx.now()
    cu = core.Customer.__table__
    staff = aliased(core.Staff.__table__)
    state = case(
        (and_(I.c.answered_at.is_not(None), I.c.on_time.is_(True)), "answered"),
        (I.c.answered_at.is_not(None), "late"),
        (I.c.due_at < now, "overdue"),
        (I.c.due_at < now + DUE_SOON, "soon"),
        else_="open",
    )
    stmt = (
        select(I.c.id.label("id"), I.c.number.label("number"), I.c.received_at.label("received_at"),
               func.coalesce(cu.c.name, I.c.caller_name).label("who"), I.c.channel.label("channel"),
               I.c.topic.label("topic"), I.c.question.label("question"), I.c.due_at.label("due_at"),
               state.label("state"), staff.c.name.label("answered_by"), I.c.reply_minutes.label("reply_minutes"))
        .select_from(I.outerjoin(cu, cu.c.id == I.c.customer_id).outerjoin(staff, staff.c.id == I.c.answered_by_staff_id))
    )

    def search(text: str):
        text = text.strip()
        if not text:
            return None
        return or_(I.c.number.contains(text, autoescape=True), cu.c.name.contains(text, autoescape=True),
                   I.c.caller_name.contains(text, autoescape=True), I.c.question.contains(text, autoescape=True))

    def state_filter(value):
        if value == "open":
            return I.c.answered_at.is_(None)
        if value == "overdue":
            return and_(I.c.answered_at.is_(None), I.c.due_at < now)
        if value == "answered":
            return I.c.answered_at.is_not(None)
        return None

    return ListQuery(
        name="complaints.inquiries", title=T("Inquiries"), select=stmt,
        columns=(
            ListColumn("number", T("Inquiry no."), width=14),
            ListColumn("received_at", T("Received"), kind="datetime"),
            ListColumn("who", T("Customer"), width=10, format=lambda v: v or str(T("Unnamed caller"))),
            ListColumn("topic", T("Topic"), format=lambda v: codes.label(codes.INQUIRY_TOPICS, v), width=8),
            ListColumn("question", T("Question"), width=24),
            ListColumn("due_at", T("Answer by"), kind="datetime"),
            ListColumn("state", T("State"), kind="badge", badges=STATE_BADGES, sortable=False),
            ListColumn("answered_by", T("Answered by"), width=8),
            ListColumn("reply_minutes", T("Minutes to answer"), kind="int", width=10),
        ),
        sort="due_at", descending=False, search=search,
        search_hint=T("Number, customer or caller, words of the question"),
        filters=(
            ListFilter("state", T("Show"), (("open", T("Waiting for an answer")), ("overdue", T("Overdue")),
                                            ("answered", T("Answered")), (None, T("All"))), state_filter, default=None),
            ListFilter("topic", T("Topic"), ((None, T("All")), *codes.INQUIRY_TOPICS.items()),
                       lambda v: None if v is None else I.c.topic == v),
        ),
    )


@dataclass(frozen=True)
class InquiryDeadlines:
    open: int
    overdue: int
    due_soon: int
    #: (id, number, due) of the open ones falling due soonest
    next: tuple[tuple[int, str, dt.datetime], ...] = ()


def open_inquiries(ctx: Context, limit: int = 5) -> InquiryDeadlines:
    """Open inquiries: how many, overdue, due within ``DUE_SOON``, and the next ones."""
    ctx.require(VIEW)
    now = ctx.now()
    with ctx.read() as s:
        n_open, overdue, soon = s.execute(select(
            func.count(), func.sum(case((I.c.due_at < now, 1), else_=0)),
            func.sum(case((and_(I.c.due_at >= now, I.c.due_at < now + DUE_SOON), 1), else_=0)),
        ).where(I.c.answered_at.is_(None))).one()
        rows = s.execute(select(I.c.id, I.c.number, I.c.due_at).where(I.c.answered_at.is_(None))
                         .order_by(I.c.due_at).limit(limit)).all() if limit else []
    return InquiryDeadlines(int(n_open or 0), int(overdue or 0), int(soon or 0),
                            tuple((r.id, r.number, r.due_at) for r in rows))


@dataclass(frozen=True)
class InquiryReminder:
    inquiry_id: int
    number: str
    due: dt.datetime

    def message(self, ctx: Context) -> str:
        return str(T("Inquiry {number}: answer due at {time}", number=self.number,
                     time=ctx.to_local(self.due).strftime("%H:%M")))


def due_reminders(ctx: Context, lead: dt.timedelta = DUE_SOON) -> list[InquiryReminder]:
    """Open inquiries whose reply falls due within ``lead``."""
    ctx.require(VIEW)
    now = ctx.now()
    with ctx.read() as s:
        rows = s.execute(select(I.c.id, I.c.number, I.c.due_at).where(
            I.c.answered_at.is_(None), I.c.due_at > now, I.c.due_at <= now + lead).order_by(I.c.due_at)).all()
    return [InquiryReminder(r.id, r.number, r.due_at) for r in rows]


# ---------------------------------------------------------------------------- statistics


@dataclass(frozen=True)
class InquiryStatistics:
    total: int
    answered: int
    on_time: int
    #: still open and past the deadline
    overdue: int
    avg_reply_minutes: float | None
    by_topic: tuple[tuple[str, int], ...]

    @property
    def on_time_rate(self) -> float | None:
        """Answered in time among the inquiries whose deadline fell due (answered, or overdue)."""
        due = self.answered + self.overdue
        return self.on_time / due if due else None


def inquiry_statistics(ctx: Context, first_month: int, last_month: int | None = None) -> InquiryStatistics:
    """Inquiries received in the months [first, last]: by topic, on time, average reply time."""
    ctx.require(STATISTICS)
    last_month = last_month or first_month
    now = ctx.now()
    period = I.c.received_month.between(first_month, last_month)
    with ctx.read() as s:
        total, answered, on_time, overdue, minutes, n_minutes = s.execute(select(
            func.count(), func.count(I.c.answered_at), func.sum(case((I.c.on_time.is_(True), 1), else_=0)),
            func.sum(case((and_(I.c.answered_at.is_(None), I.c.due_at < now), 1), else_=0)),
            func.sum(I.c.reply_minutes), func.count(I.c.reply_minutes),
        ).where(period)).one()
        topics = dict(s.execute(select(I.c.topic, func.count()).where(period).group_by(I.c.topic)).all())
    by_topic = tuple(sorted(((k, int(v)) for k, v in topics.items()),
                            key=lambda kv: (-kv[1], list(codes.INQUIRY_TOPICS).index(kv[0])
                                            if kv[0] in codes.INQUIRY_TOPICS else 99)))
    return InquiryStatistics(int(total or 0), int(answered or 0), int(on_time or 0), int(overdue or 0),
                             float(minutes) / n_minutes if n_minutes else None, by_topic)


def answered_on_time(ctx: Context, staff_ids, start: dt.date, end: dt.date) -> dict[int, float]:
    """Staff metric: percent of the inquiries the person answered (received in [start, end),
    office-local dates) that were answered in time; a person without any is absent."""
    ctx.require(VIEW)
    ids = list(staff_ids)
    if not ids:
        return {}
    lo, hi = ctx.day_bounds(start)[0], ctx.day_bounds(end)[0]
    out: dict[int, float] = {}
    with ctx.read() as s:
        for sid, met, n in s.execute(
            select(I.c.answered_by_staff_id, func.sum(case((I.c.on_time.is_(True), 1), else_=0)), func.count())
            .where(I.c.received_at >= lo, I.c.received_at < hi, I.c.answered_by_staff_id.in_(ids))
            .group_by(I.c.answered_by_staff_id)
        ):
            if n:
                out[sid] = round(100.0 * float(met) / float(n), 1)
    return out


def complaint_of(ctx: Context, inquiry_id: int) -> int | None:
    """The complaint an inquiry became (None if none)."""
    with ctx.read() as s:
        q = s.get(Inquiry, inquiry_id)
        if q is None or q.converted_kind != "complaint":
            return None
        return q.converted_id if s.get(Complaint, q.converted_id) is not None else None
