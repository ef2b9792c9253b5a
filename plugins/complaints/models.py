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
from suite.plugin_api.i18n import domain

T = domain("complaints")


class Policy(RecordMixin, Base):
    """The deadlines of one severity, in minutes (None: no deadline for that stage)."""

    __tablename__ = "cmp_policies"
    __label__ = T("Deadline policy")

    severity: Mapped[str] = mapped_column(String(20), unique=True, info={"label": T("Severity"),
                                                                          "choices": "suite_plugins.complaints.codes:SEVERITIES"})
    first_contact_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True,
                                                              info={"label": T("First contact minutes")})
    solution_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True,
                                                         info={"label": T("Solution minutes")})
    #: counted from the moment the responsible department is notified
    investigation_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True,
                                                              info={"label": T("Investigation minutes")})
    resolution_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True,
                                                           info={"label": T("Resolution minutes")})
    #: False: round the clock; True: only the office hours of working days count
    business_hours: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Business hours")})


class CalendarDay(RecordMixin, Base):
    """A day that differs from the ordinary week: a statutory holiday on a weekday, or a
    make-up working day (调休) on a weekend. Office data: seeded from ``chinesecalendar``
    for the years it knows, edited by the office for later years."""

    __tablename__ = "cmp_calendar_days"
    __label__ = T("Calendar day")

    day: Mapped[dt.date] = mapped_column(Date, unique=True, info={"label": T("Day")})
    kind: Mapped[str] = mapped_column(String(10), info={"label": T("Kind")})  # holiday | workday
    name: Mapped[str] = mapped_column(String(60), default="", info={"label": T("Name")})
    source: Mapped[str] = mapped_column(String(20), default="office",
                                        info={"label": T("Source")})  # chinesecalendar | office


class Complaint(RecordMixin, Base):
    __tablename__ = "cmp_complaints"
    __label__ = T("Complaint")
    __table_args__ = (
        Index("ix_cmp_complaints_open_next_due", "is_open", "next_due_at"),
        Index("ix_cmp_complaints_month_category", "received_month", "category"),
        Index("ix_cmp_complaints_customer_open", "customer_id", "is_open"),
        Index("ix_cmp_complaints_received_at", "received_at"),
    )

    number: Mapped[str] = mapped_column(String(20), unique=True, info={"label": T("Number")})
    channel: Mapped[str] = mapped_column(String(20), info={"label": T("Channel"),
                                                            "choices": "suite_plugins.complaints.codes:CHANNELS"})
    customer_id: Mapped[int] = mapped_column(ForeignKey("core_customers.id"), info={"label": T("Customer")})
    #: the order complained about: an id of the order desk (its published api), plus the
    #: number as it was at intake, so the case still reads right if the order is archived
    order_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True, info={"label": T("Order")})
    order_number: Mapped[str] = mapped_column(String(40), default="", info={"label": T("Order number")})
    order_amount: Mapped[Decimal | None] = mapped_column(Money(), nullable=True, info={"label": T("Order amount")})
    description: Mapped[str] = mapped_column(Text, info={"label": T("Description")})
    category: Mapped[str] = mapped_column(String(30), info={"label": T("Category"),
                                                             "choices": "suite_plugins.complaints.codes:CATEGORIES"})
    severity: Mapped[str] = mapped_column(String(20), info={"label": T("Severity"),
                                                             "choices": "suite_plugins.complaints.codes:SEVERITIES"})
    suggested_severity: Mapped[str] = mapped_column(String(20), info={"label": T("Suggested severity"),
                                                                       "choices": "suite_plugins.complaints.codes:SEVERITIES"})
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Received at")})
    #: office-local year*100+month of received_at, for monthly statistics
    received_month: Mapped[int] = mapped_column(Integer, info={"label": T("Month received")})

    driver_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True,
                                                        info={"label": T("Driver")})
    cook_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True,
                                                      info={"label": T("Cook")})
    clerk_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True,
                                                       info={"label": T("Clerk")})
    #: the customer-service person handling the case
    handler_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True, index=True,
                                                         info={"label": T("Handler")})

    responsible_department: Mapped[str] = mapped_column(String(30), default="",
                                                        info={"label": T("Responsible department"),
                                                               "choices": "suite_plugins.complaints.codes:DEPARTMENTS"})
    responsible_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True, index=True,
                                                             info={"label": T("Responsible")})
    root_cause: Mapped[str] = mapped_column(String(30), default="", info={"label": T("Root cause"),
                                                                           "choices": "suite_plugins.complaints.codes:ROOT_CAUSES"})
    #: None until someone decides whether the complaint was justified
    substantiated: Mapped[bool | None] = mapped_column(Boolean, nullable=True, info={"label": T("Substantiated")})
    supplier_id: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": T("Supplier")})
    supplier_name: Mapped[str] = mapped_column(String(120), default="", info={"label": T("Supplier name")})
    resolution: Mapped[str] = mapped_column(Text, default="", info={"label": T("Resolution")})

    # ------------------------------------------------------------ derived from the events
    status: Mapped[str] = mapped_column(String(20), default="new", info={"label": T("Status"),
                                                                          "choices": "suite_plugins.complaints.codes:STATUSES"})
    is_open: Mapped[bool] = mapped_column(Boolean, default=True, info={"label": T("Open")})
    paused_since: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                             info={"label": T("Paused since")})
    first_contact_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                                 info={"label": T("First contact at")})
    solution_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                            info={"label": T("Solution at")})
    notified_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                            info={"label": T("Notified at")})
    investigated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                                info={"label": T("Investigated at")})
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                            info={"label": T("Resolved at")})
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                          info={"label": T("Closed at")})
    # SLA deadline of each stage (pauses included), the new time told to the customer when a
    # deadline could not be met, and whether the stage was done in time (None: not yet)
    fc_due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                          info={"label": T("First contact due")})
    sol_due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                           info={"label": T("Solution due")})
    inv_due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                           info={"label": T("Investigation due")})
    res_due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                           info={"label": T("Resolution due")})
    fc_new_due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                              info={"label": T("First contact due (extended)")})
    sol_new_due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                               info={"label": T("Solution due (extended)")})
    inv_new_due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                               info={"label": T("Investigation due (extended)")})
    res_new_due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                               info={"label": T("Resolution due (extended)")})
    fc_met: Mapped[bool | None] = mapped_column(Boolean, nullable=True, info={"label": T("First contact on time")})
    sol_met: Mapped[bool | None] = mapped_column(Boolean, nullable=True, info={"label": T("Solution on time")})
    inv_met: Mapped[bool | None] = mapped_column(Boolean, nullable=True, info={"label": T("Investigation on time")})
    res_met: Mapped[bool | None] = mapped_column(Boolean, nullable=True, info={"label": T("Resolution on time")})
    #: wall-clock minutes from intake to first contact and to resolution
    fc_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": T("First contact minutes")})
    res_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": T("Resolution minutes")})
    followup_from: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                              info={"label": T("Follow-up from")})
    followup_due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                                info={"label": T("Follow-up due")})
    #: the earliest deadline still ahead of the case and its stage (None while paused or closed)
    next_due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                            info={"label": T("Next due at")})
    next_stage: Mapped[str] = mapped_column(String(20), default="", info={"label": T("Next stage")})
    #: refunds, coupons and medical costs, rejected ones left out
    compensation_total: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"),
                                                        info={"label": T("Compensation total")})
    approval_pending: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Approval pending")})
    satisfaction: Mapped[int | None] = mapped_column(SmallInteger, nullable=True, info={"label": T("Satisfaction")})
    failed_followups: Mapped[int] = mapped_column(Integer, default=0, info={"label": T("Failed follow-ups")})
    #: a delivery delay's cause: force_majeure (traffic, weather: explained and apologised
    #: for) or internal (route planning, vehicle failure: counts against delivery); "" unknown
    delay_cause: Mapped[str] = mapped_column(String(20), default="", info={"label": T("Delay cause")})


class Event(RecordMixin, Base):
    """One thing that happened to a case. Never changed once written."""

    __tablename__ = "cmp_events"
    __label__ = T("Complaint event")
    #: events, actions and follow-ups are the case's own history (its derived columns come from
    #: them): recording one moves the complaint's version, so a stale edit of the case conflicts
    __aggregate_parent__ = "complaint_id"
    __table_args__ = (Index("ix_cmp_events_complaint_at", "complaint_id", "at"),)

    complaint_id: Mapped[int] = mapped_column(ForeignKey("cmp_complaints.id"), info={"label": T("Complaint")})
    kind: Mapped[str] = mapped_column(String(30), info={"label": T("Kind")})
    #: when it happened (may be earlier than when it was typed in: created_at)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Time")})
    stage: Mapped[str] = mapped_column(String(20), default="", info={"label": T("Stage")})
    #: deadline_extended: the new time told to the customer
    due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True, info={"label": T("Due at")})
    department: Mapped[str] = mapped_column(String(30), default="", info={"label": T("Department")})
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True,
                                                 info={"label": T("Employee")})
    note: Mapped[str] = mapped_column(Text, default="", info={"label": T("Note")})
    #: JSON: the policy in force (received, severity_changed), ids of related rows...
    data: Mapped[str] = mapped_column(Text, default="", info={"label": T("Data")})


class Action(RecordMixin, Base):
    """A handling action: apology, replacement, re-delivery, refund, coupon, medical costs,
    food sealed and sent for testing. Money actions above the threshold wait for approval."""

    __tablename__ = "cmp_actions"
    __label__ = T("Complaint action")
    __aggregate_parent__ = "complaint_id"

    complaint_id: Mapped[int] = mapped_column(ForeignKey("cmp_complaints.id"), index=True,
                                              info={"label": T("Complaint")})
    kind: Mapped[str] = mapped_column(String(20), info={"label": T("Kind"),
                                                         "choices": "suite_plugins.complaints.codes:ACTION_KINDS"})
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Time")})
    #: refund or medical costs paid, or the coupon's value
    amount: Mapped[Decimal | None] = mapped_column(Money(), nullable=True, info={"label": T("Amount")})
    coupon_expires: Mapped[dt.date | None] = mapped_column(Date, nullable=True, info={"label": T("Coupon expires")})
    lab_sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                            info={"label": T("Lab sent at")})
    lab_name: Mapped[str] = mapped_column(String(120), default="", info={"label": T("Lab name")})
    lab_result: Mapped[str] = mapped_column(Text, default="", info={"label": T("Lab result")})
    lab_result_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                              info={"label": T("Lab result at")})
    note: Mapped[str] = mapped_column(Text, default="", info={"label": T("Note")})
    approval: Mapped[str] = mapped_column(String(10), default="none",
                                          info={"label": T("Approval"),
                                                 "choices": "suite_plugins.complaints.codes:APPROVAL_STATES"})  # none|pending|approved|rejected
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("core_users.id"), nullable=True,
                                                    info={"label": T("Approved by")})
    approved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                            info={"label": T("Approved at")})
    approval_note: Mapped[str] = mapped_column(Text, default="", info={"label": T("Approval note")})


class FollowUp(RecordMixin, Base):
    """A follow-up visit (回访) attempt after resolution."""

    __tablename__ = "cmp_followups"
    __label__ = T("Follow-up")
    __aggregate_parent__ = "complaint_id"

    complaint_id: Mapped[int] = mapped_column(ForeignKey("cmp_complaints.id"), index=True,
                                              info={"label": T("Complaint")})
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Time")})
    method: Mapped[str] = mapped_column(String(10), info={"label": T("Method")})
    reached: Mapped[bool] = mapped_column(Boolean, info={"label": T("Reached")})
    satisfaction: Mapped[int | None] = mapped_column(SmallInteger, nullable=True, info={"label": T("Satisfaction")})
    comments: Mapped[str] = mapped_column(Text, default="", info={"label": T("Comments")})
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True,
                                                 info={"label": T("Employee")})


class SurveyRound(RecordMixin, Base):
    """The quarterly satisfaction survey of one quarter."""

    __tablename__ = "cmp_survey_rounds"
    __label__ = T("Survey round")
    __table_args__ = (UniqueConstraint("year", "quarter"),)

    year: Mapped[int] = mapped_column(Integer, info={"label": T("Year")})
    quarter: Mapped[int] = mapped_column(SmallInteger, info={"label": T("Quarter")})
    title: Mapped[str] = mapped_column(String(120), default="", info={"label": T("Title")})
    #: improvement plans for the dimensions that scored low
    improvement_plan: Mapped[str] = mapped_column(Text, default="", info={"label": T("Improvement plan")})
    closed: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Closed")})


class SurveyResponse(RecordMixin, Base):
    __tablename__ = "cmp_survey_responses"
    __label__ = T("Survey response")
    __table_args__ = (UniqueConstraint("round_id", "customer_id"),)

    round_id: Mapped[int] = mapped_column(ForeignKey("cmp_survey_rounds.id"), index=True,
                                          info={"label": T("Survey round")})
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("core_customers.id"), nullable=True,
                                                    info={"label": T("Customer")})
    respondent_group: Mapped[str] = mapped_column(String(20), info={"label": T("Respondent group")})
    method: Mapped[str] = mapped_column(String(10), default="phone", info={"label": T("Method")})
    food_quality: Mapped[int | None] = mapped_column(SmallInteger, nullable=True, info={"label": T("Food quality")})
    delivery: Mapped[int | None] = mapped_column(SmallInteger, nullable=True, info={"label": T("Delivery")})
    packaging: Mapped[int | None] = mapped_column(SmallInteger, nullable=True, info={"label": T("Packaging")})
    taste: Mapped[int | None] = mapped_column(SmallInteger, nullable=True, info={"label": T("Taste")})
    price: Mapped[int | None] = mapped_column(SmallInteger, nullable=True, info={"label": T("Price")})
    attitude: Mapped[int | None] = mapped_column(SmallInteger, nullable=True, info={"label": T("Attitude")})
    comments: Mapped[str] = mapped_column(Text, default="", info={"label": T("Comments")})


class MonthNote(RecordMixin, Base):
    """The improvement measures decided for a month, printed in its after-sales report."""

    __tablename__ = "cmp_month_notes"
    __label__ = T("Month note")

    month: Mapped[int] = mapped_column(Integer, unique=True, info={"label": T("Month")})  # year*100+month
    measures: Mapped[str] = mapped_column(Text, default="", info={"label": T("Measures")})


class Inquiry(RecordMixin, Base):
    """A customer inquiry (咨询): a question by phone, online service or another channel,
    answered within the reply clock (seed 003: 30 minutes). The deadline is fixed when the
    inquiry is received; whether it was answered in time is stored when it is answered."""

    __tablename__ = "cmp_inquiries"
    __label__ = T("Inquiry")
    __table_args__ = (
        Index("ix_cmp_inquiries_open_due", "answered_at", "due_at"),
        Index("ix_cmp_inquiries_month_topic", "received_month", "topic"),
    )

    number: Mapped[str] = mapped_column(String(20), unique=True, info={"label": T("Number")})
    channel: Mapped[str] = mapped_column(String(20), info={"label": T("Channel")})
    #: None: an unnamed caller (then ``caller_name``/``contact`` may say who it was)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("core_customers.id"), nullable=True, index=True,
                                                    info={"label": T("Customer")})
    caller_name: Mapped[str] = mapped_column(String(60), default="", info={"label": T("Caller name")})
    contact: Mapped[str] = mapped_column(String(40), default="", info={"label": T("Contact")})
    topic: Mapped[str] = mapped_column(String(20), info={"label": T("Topic")})
    question: Mapped[str] = mapped_column(Text, info={"label": T("Question")})
    answer: Mapped[str] = mapped_column(Text, default="", info={"label": T("Answer")})
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Received at")})
    received_month: Mapped[int] = mapped_column(Integer, info={"label": T("Month received")})
    #: the reply deadline, computed at intake with the calendar then in force
    due_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Due at")})
    #: the time told to the customer when the question could not be answered at once
    promised_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                            info={"label": T("Promised at")})
    taken_by_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True,
                                                          info={"label": T("Taken by")})
    answered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                            info={"label": T("Answered at")})
    answered_by_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True, index=True,
                                                             info={"label": T("Answered by")})
    #: stored when answered: the answer came before the deadline; wall minutes to the answer
    on_time: Mapped[bool | None] = mapped_column(Boolean, nullable=True, info={"label": T("On time")})
    reply_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": T("Reply minutes")})
    #: turned into an order ("order", the order desk's id) or a complaint ("complaint", id)
    converted_kind: Mapped[str] = mapped_column(String(10), default="", info={"label": T("Converted into (kind)")})
    converted_id: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": T("Converted into")})

    notes: Mapped[list["InquiryNote"]] = relationship(
        back_populates="inquiry", order_by="InquiryNote.id", cascade="all, delete-orphan"
    )


class InquiryNote(RecordMixin, Base):
    """A step on an inquiry's record: the time promised to the customer, a remark."""

    __tablename__ = "cmp_inquiry_notes"
    __label__ = T("Inquiry note")
    __aggregate_parent__ = "inquiry"

    inquiry_id: Mapped[int] = mapped_column(ForeignKey("cmp_inquiries.id"), index=True, info={"label": T("Inquiry")})
    kind: Mapped[str] = mapped_column(String(10), info={"label": T("Kind")})  # promise | note
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Time")})
    text: Mapped[str] = mapped_column(Text, default="", info={"label": T("Text")})
    promised_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                            info={"label": T("Promised at")})
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True,
                                                 info={"label": T("Employee")})

    inquiry: Mapped[Inquiry] = relationship(back_populates="notes")
