"""Tables of the complaints desk (prefix ``cmp_``).

A complaint's history is its events (``cmp_events``): received, first contact, solution
proposed, department notified, waiting for the customer, deadline extended, resolved... They
are the source of truth. The columns of ``cmp_complaints`` listed under "derived" are
recomputed from the events each time one is recorded (``services.clock``), so that lists, the
dashboard and the statistics read one indexed row per case instead of replaying histories.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, SmallInteger, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from suite.plugin_api.db import Base, Money, RecordMixin, UTCDateTime


class Policy(RecordMixin, Base):
    """The deadlines of one severity, in minutes (None: no deadline for that stage)."""

    __tablename__ = "cmp_policies"

    severity: Mapped[str] = mapped_column(String(20), unique=True)
    first_contact_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    solution_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: counted from the moment the responsible department is notified
    investigation_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    resolution_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: False: round the clock; True: only the office hours of working days count
    business_hours: Mapped[bool] = mapped_column(Boolean, default=False)


class CalendarDay(RecordMixin, Base):
    """A day that differs from the ordinary week: a statutory holiday on a weekday, or a
    make-up working day (调休) on a weekend. Office data: seeded from ``chinesecalendar``
    for the years it knows, edited by the office for later years."""

    __tablename__ = "cmp_calendar_days"

    day: Mapped[dt.date] = mapped_column(Date, unique=True)
    kind: Mapped[str] = mapped_column(String(10))  # holiday | workday
    name: Mapped[str] = mapped_column(String(60), default="")
    source: Mapped[str] = mapped_column(String(20), default="office")  # chinesecalendar | office


class Complaint(RecordMixin, Base):
    __tablename__ = "cmp_complaints"
    __table_args__ = (
        Index("ix_cmp_complaints_open_next_due", "is_open", "next_due_at"),
        Index("ix_cmp_complaints_month_category", "received_month", "category"),
        Index("ix_cmp_complaints_customer_open", "customer_id", "is_open"),
        Index("ix_cmp_complaints_received_at", "received_at"),
    )

    number: Mapped[str] = mapped_column(String(20), unique=True)
    channel: Mapped[str] = mapped_column(String(20))
    customer_id: Mapped[int] = mapped_column(ForeignKey("core_customers.id"))
    #: the order complained about: an id of the order desk (its published api), plus the
    #: number as it was at intake, so the case still reads right if the order is archived
    order_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    order_number: Mapped[str] = mapped_column(String(40), default="")
    order_amount: Mapped[Decimal | None] = mapped_column(Money(), nullable=True)
    description: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(30))
    severity: Mapped[str] = mapped_column(String(20))
    suggested_severity: Mapped[str] = mapped_column(String(20))
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    #: office-local year*100+month of received_at, for monthly statistics
    received_month: Mapped[int] = mapped_column(Integer)

    driver_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True)
    cook_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True)
    clerk_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True)
    #: the customer-service person handling the case
    handler_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True, index=True)

    responsible_department: Mapped[str] = mapped_column(String(30), default="")
    responsible_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True, index=True)
    root_cause: Mapped[str] = mapped_column(String(30), default="")
    #: None until someone decides whether the complaint was justified
    substantiated: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    supplier_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    supplier_name: Mapped[str] = mapped_column(String(120), default="")
    resolution: Mapped[str] = mapped_column(Text, default="")

    # ------------------------------------------------------------ derived from the events
    status: Mapped[str] = mapped_column(String(20), default="new")
    is_open: Mapped[bool] = mapped_column(Boolean, default=True)
    paused_since: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    first_contact_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    solution_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    notified_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    investigated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # SLA deadline of each stage (pauses included), the new time told to the customer when a
    # deadline could not be met, and whether the stage was done in time (None: not yet)
    fc_due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    sol_due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    inv_due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    res_due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    fc_new_due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    sol_new_due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    inv_new_due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    res_new_due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    fc_met: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    sol_met: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    inv_met: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    res_met: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    #: wall-clock minutes from intake to first contact and to resolution
    fc_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    res_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    followup_from: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    followup_due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    #: the earliest deadline still ahead of the case and its stage (None while paused or closed)
    next_due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    next_stage: Mapped[str] = mapped_column(String(20), default="")
    #: refunds, coupons and medical costs, rejected ones left out
    compensation_total: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    approval_pending: Mapped[bool] = mapped_column(Boolean, default=False)
    satisfaction: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    failed_followups: Mapped[int] = mapped_column(Integer, default=0)
    #: a delivery delay's cause: force_majeure (traffic, weather: explained and apologised
    #: for) or internal (route planning, vehicle failure: counts against delivery); "" unknown
    delay_cause: Mapped[str] = mapped_column(String(20), default="")


class Event(RecordMixin, Base):
    """One thing that happened to a case. Never changed once written."""

    __tablename__ = "cmp_events"
    #: events, actions and follow-ups are the case's own history (its derived columns come from
    #: them): recording one moves the complaint's version, so a stale edit of the case conflicts
    __aggregate_parent__ = "complaint_id"
    __table_args__ = (Index("ix_cmp_events_complaint_at", "complaint_id", "at"),)

    complaint_id: Mapped[int] = mapped_column(ForeignKey("cmp_complaints.id"))
    kind: Mapped[str] = mapped_column(String(30))
    #: when it happened (may be earlier than when it was typed in: created_at)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    stage: Mapped[str] = mapped_column(String(20), default="")
    #: deadline_extended: the new time told to the customer
    due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    department: Mapped[str] = mapped_column(String(30), default="")
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    #: JSON: the policy in force (received, severity_changed), ids of related rows...
    data: Mapped[str] = mapped_column(Text, default="")


class Action(RecordMixin, Base):
    """A handling action: apology, replacement, re-delivery, refund, coupon, medical costs,
    food sealed and sent for testing. Money actions above the threshold wait for approval."""

    __tablename__ = "cmp_actions"
    __aggregate_parent__ = "complaint_id"

    complaint_id: Mapped[int] = mapped_column(ForeignKey("cmp_complaints.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    #: refund or medical costs paid, or the coupon's value
    amount: Mapped[Decimal | None] = mapped_column(Money(), nullable=True)
    coupon_expires: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    lab_sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    lab_name: Mapped[str] = mapped_column(String(120), default="")
    lab_result: Mapped[str] = mapped_column(Text, default="")
    lab_result_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    approval: Mapped[str] = mapped_column(String(10), default="none")  # none|pending|approved|rejected
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("core_users.id"), nullable=True)
    approved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    approval_note: Mapped[str] = mapped_column(Text, default="")


class FollowUp(RecordMixin, Base):
    """A follow-up visit (回访) attempt after resolution."""

    __tablename__ = "cmp_followups"
    __aggregate_parent__ = "complaint_id"

    complaint_id: Mapped[int] = mapped_column(ForeignKey("cmp_complaints.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    method: Mapped[str] = mapped_column(String(10))
    reached: Mapped[bool] = mapped_column(Boolean)
    satisfaction: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    comments: Mapped[str] = mapped_column(Text, default="")
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True)


class SurveyRound(RecordMixin, Base):
    """The quarterly satisfaction survey of one quarter."""

    __tablename__ = "cmp_survey_rounds"
    __table_args__ = (UniqueConstraint("year", "quarter"),)

    year: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int] = mapped_column(SmallInteger)
    title: Mapped[str] = mapped_column(String(120), default="")
    #: improvement plans for the dimensions that scored low
    improvement_plan: Mapped[str] = mapped_column(Text, default="")
    closed: Mapped[bool] = mapped_column(Boolean, default=False)


class SurveyResponse(RecordMixin, Base):
    __tablename__ = "cmp_survey_responses"
    __table_args__ = (UniqueConstraint("round_id", "customer_id"),)

    round_id: Mapped[int] = mapped_column(ForeignKey("cmp_survey_rounds.id"), index=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("core_customers.id"), nullable=True)
    respondent_group: Mapped[str] = mapped_column(String(20))
    method: Mapped[str] = mapped_column(String(10), default="phone")
    food_quality: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    delivery: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    packaging: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    taste: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    price: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    attitude: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    comments: Mapped[str] = mapped_column(Text, default="")


class MonthNote(RecordMixin, Base):
    """The improvement measures decided for a month, printed in its after-sales report."""

    __tablename__ = "cmp_month_notes"

    month: Mapped[int] = mapped_column(Integer, unique=True)  # year*100+month
    measures: Mapped[str] = mapped_column(Text, default="")


class Inquiry(RecordMixin, Base):
    """A customer inquiry (咨询): a question by phone, online service or another channel,
    answered within the reply clock (seed 003: 30 minutes). The deadline is fixed when the
    inquiry is received; whether it was answered in time is stored when it is answered."""

    __tablename__ = "cmp_inquiries"
    __table_args__ = (
        Index("ix_cmp_inquiries_open_due", "answered_at", "due_at"),
        Index("ix_cmp_inquiries_month_topic", "received_month", "topic"),
    )

    number: Mapped[str] = mapped_column(String(20), unique=True)
    channel: Mapped[str] = mapped_column(String(20))
    #: None: an unnamed caller (then ``caller_name``/``contact`` may say who it was)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("core_customers.id"), nullable=True, index=True)
    caller_name: Mapped[str] = mapped_column(String(60), default="")
    contact: Mapped[str] = mapped_column(String(40), default="")
    topic: Mapped[str] = mapped_column(String(20))
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    received_month: Mapped[int] = mapped_column(Integer)
    #: the reply deadline, computed at intake with the calendar then in force
    due_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    #: the time told to the customer when the question could not be answered at once
    promised_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    taken_by_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True)
    answered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    answered_by_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True, index=True)
    #: stored when answered: the answer came before the deadline; wall minutes to the answer
    on_time: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    reply_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: turned into an order ("order", the order desk's id) or a complaint ("complaint", id)
    converted_kind: Mapped[str] = mapped_column(String(10), default="")
    converted_id: Mapped[int | None] = mapped_column(Integer, nullable=True)

    notes: Mapped[list["InquiryNote"]] = relationship(
        back_populates="inquiry", order_by="InquiryNote.id", cascade="all, delete-orphan"
    )


class InquiryNote(RecordMixin, Base):
    """A step on an inquiry's record: the time promised to the customer, a remark."""

    __tablename__ = "cmp_inquiry_notes"
    __aggregate_parent__ = "inquiry"

    inquiry_id: Mapped[int] = mapped_column(ForeignKey("cmp_inquiries.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # promise | note
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    text: Mapped[str] = mapped_column(Text, default="")
    promised_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True)

    inquiry: Mapped[Inquiry] = relationship(back_populates="notes")
