"""What every case service shares: finding a case, checking the time of an event, recording
an event and bringing the derived columns up to date from the events."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from suite.plugin_api import ConflictError, NotFound, ValidationError
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.complaints import codes
from suite_plugins.complaints.models import Action, Complaint, Event
from suite_plugins.complaints.services import policies
from suite_plugins.complaints.services.clock import CaseClock, Fact, derive

T = domain("complaints")

#: how far ahead of this PC's clock an event may be dated (another PC's clock may run fast)
CLOCK_SKEW = dt.timedelta(minutes=5)
MAX_TEXT = 4000


def get_row(session: Session, complaint_id: int, *, for_update: bool = False) -> Complaint:
    c = session.get(Complaint, complaint_id)
    if c is None:
        raise NotFound(T("That complaint no longer exists."))
    return c


def check_version(c: Complaint, expected_version: int | None) -> None:
    """Refuse to act on a case someone else changed since it was shown (optimistic lock)."""
    if expected_version is not None and c.version != expected_version:
        raise ConflictError(table="cmp_complaints", row_id=c.id)


def check_open(c: Complaint) -> None:
    if not c.is_open:
        raise ValidationError(T("Complaint {number} is closed: it can no longer be changed.", number=c.number))


def open_case(session: Session, complaint_id: int, expected_version: int | None = None) -> Complaint:
    """The case to act on: it exists, is the version the user saw, and is not closed."""
    c = get_row(session, complaint_id)
    check_version(c, expected_version)
    check_open(c)
    return c


def event_time(ctx: Context, c: Complaint, at: dt.datetime | None, field: str = "at",
               not_before: dt.datetime | None = None, not_before_msg=None) -> dt.datetime:
    """The time of an event: now when not given; never before the intake, never in the future."""
    if at is None:
        at = ctx.now()
    if at.tzinfo is None:
        at = ctx.local_to_utc(at)
    at = at.astimezone(dt.timezone.utc)
    if at < c.received_at:
        raise ValidationError(fields={field: T(
            "This cannot be earlier than the time the complaint was received ({received}).",
            received=local_text(ctx, c.received_at))})
    if not_before is not None and at < not_before:
        raise ValidationError(fields={field: not_before_msg or T("This cannot be earlier than the previous step.")})
    if at > ctx.now() + CLOCK_SKEW:
        raise ValidationError(fields={field: T("This time is in the future.")})
    return at


def local_text(ctx: Context, value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return ctx.to_local(value).strftime("%Y-%m-%d %H:%M")


def clean_text(value: str | None, field: str, *, required: bool = False, message=None, limit: int = MAX_TEXT) -> str:
    text = (value or "").strip()
    if required and not text:
        raise ValidationError(fields={field: message or T("This cannot be empty.")})
    if len(text) > limit:
        raise ValidationError(fields={field: T("At most {n} characters.", n=limit)})
    return text


def facts(session: Session, complaint_id: int) -> list[Fact]:
    rows = session.execute(
        select(Event.kind, Event.at, Event.stage, Event.due_at, Event.data)
        .where(Event.complaint_id == complaint_id).order_by(Event.at, Event.id)
    ).all()
    return [Fact.of(*row) for row in rows]


def clock_of(ctx: Context, session: Session, c: Complaint) -> CaseClock:
    settings = policies.get_desk_settings(ctx)
    return derive(c.received_at, facts(session, c.id), policies.work_calendar(ctx),
                  (settings.followup_from_days, settings.followup_due_days))


def recompute(ctx: Context, session: Session, c: Complaint) -> CaseClock:
    """Bring the derived columns of a case up to date from its events and actions."""
    session.flush()
    was_closed = c.closed_at is not None
    clock = clock_of(ctx, session, c)
    for name, value in clock.columns().items():
        if was_closed and name.endswith(("_due_at", "_met")):
            continue  # a closed case's deadlines and on-time results never move
        if getattr(c, name) != value:
            setattr(c, name, value)
    total = Decimal("0.00")
    pending = False
    for kind, amount, approval in session.execute(
        select(Action.kind, Action.amount, Action.approval).where(Action.complaint_id == c.id)
    ):
        # approved and paid amounts only: pending ones are shown apart until decided
        if kind in codes.MONEY_ACTIONS and approval in ("none", "approved"):
            total += amount or Decimal("0")
        pending = pending or approval == "pending"
    if c.compensation_total != total:
        c.compensation_total = total
    if c.approval_pending != pending:
        c.approval_pending = pending
    # the case row changes with every event, so a form opened before it sees a conflict
    c.updated_at = ctx.now()
    session.flush()
    return clock


def add_event(ctx: Context, session: Session, c: Complaint, kind: str, at: dt.datetime, *, stage: str = "",
              due_at: dt.datetime | None = None, department: str = "", staff_id: int | None = None,
              note: str = "", data: dict | None = None) -> Event:
    """Append an event to a case and recompute the case from its events."""
    event = Event(complaint_id=c.id, kind=kind, at=at, stage=stage, due_at=due_at, department=department,
                  staff_id=staff_id, note=note, data=json.dumps(data, ensure_ascii=False, default=str) if data else "")
    session.add(event)
    recompute(ctx, session, c)
    return event
