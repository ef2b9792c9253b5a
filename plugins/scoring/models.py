"""Tables of performance scoring (prefix ``perf_``).

The points ledger (``perf_ledger``) is append-only: every point is a row naming its source
(plugin, kind, id); a source that no longer earns its points is reversed by a counter-row.
``perf_events`` is the cheap note the domain-event hooks write inside another plugin's
transaction (no rule runs there); the evaluation reads it, and the staff metrics, apart.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from suite.plugin_api.db import Base, Money, RecordMixin, UTCDateTime
from suite.plugin_api.i18n import domain

T = domain("scoring")

POINTS = Numeric(10, 2)


class StaffTerms(RecordMixin, Base):
    """A person's pay terms for scoring: the monthly standard wage, the bonus at stake, and
    whether the weekend rest rule applies (cooks and hot-pot prep staff are exempt)."""

    __tablename__ = "perf_staff_terms"
    __label__ = T("Pay terms")
    __record_name__ = "staff_id"
    __audit_redact__ = frozenset({"monthly_wage", "bonus"})

    staff_id: Mapped[int] = mapped_column(ForeignKey("core_staff.id"), unique=True, info={"label": T("Employee")})
    monthly_wage: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"), info={"label": T("Monthly wage")})
    bonus: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"), info={"label": T("Bonus")})
    weekend_exempt: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Exempt at weekends")})


class Rule(RecordMixin, Base):
    __tablename__ = "perf_rules"
    __label__ = T("Point rule")

    code: Mapped[str] = mapped_column(String(60), unique=True, info={"label": T("Code")})
    name: Mapped[str] = mapped_column(String(120), info={"label": T("Name")})
    source_kind: Mapped[str] = mapped_column(String(10), info={"label": T("Source kind")})  # metric | event
    source: Mapped[str] = mapped_column(String(80), info={"label": T("Source")})
    condition: Mapped[str] = mapped_column(Text, default="", info={"label": T("Condition")})
    points: Mapped[Decimal] = mapped_column(POINTS, info={"label": T("Points")})
    multiplier_field: Mapped[str] = mapped_column(String(60), default="", info={"label": T("Multiplier field")})
    monthly_cap: Mapped[Decimal | None] = mapped_column(POINTS, nullable=True, info={"label": T("Monthly cap")})
    #: comma-separated department codes; empty: every department
    departments: Mapped[str] = mapped_column(String(200), default="", info={"label": T("Departments")})
    #: comma-separated roles (staff positions, e.g. 配送员, 厨师); empty: every role. A rule
    #: with both applies to a person in one of its departments AND one of its roles
    roles: Mapped[str] = mapped_column(String(200), default="", server_default="", info={"label": T("Roles")})
    valid_from: Mapped[dt.date | None] = mapped_column(Date, nullable=True, info={"label": T("Valid from")})
    valid_to: Mapped[dt.date | None] = mapped_column(Date, nullable=True, info={"label": T("Valid to")})
    enabled: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Enabled")})


class EventNote(Base):
    """What a domain event said, written cheaply inside the writer's transaction."""

    __tablename__ = "perf_events"
    __label__ = T("Scoring event note")
    __audit__ = False
    __table_args__ = (Index("ix_perf_events_month_event", "month", "event"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, info={"label": T("No.")})
    event: Mapped[str] = mapped_column(String(60), info={"label": T("Event")})
    plugin: Mapped[str] = mapped_column(String(40), info={"label": T("Plugin")})
    source_kind: Mapped[str] = mapped_column(String(40), info={"label": T("Source kind")})
    source_id: Mapped[int] = mapped_column(Integer, info={"label": T("Source record")})
    month: Mapped[int] = mapped_column(Integer, info={"label": T("Month")})
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Time")})
    #: what the source said when the event fired (read through its api; None when it could
    #: not be read then: the evaluation reads it again)
    day: Mapped[dt.date | None] = mapped_column(Date, nullable=True, info={"label": T("Day")})
    staff_id: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": T("Employee")})
    fields: Mapped[str | None] = mapped_column(Text, nullable=True, info={"label": T("Fields")})


class LedgerEntry(RecordMixin, Base):
    __tablename__ = "perf_ledger"
    __label__ = T("Points ledger entry")
    __record_name__ = ("staff_id", "month")
    __table_args__ = (Index("ix_perf_ledger_month_staff", "month", "staff_id", "points"),
                      Index("ix_perf_ledger_month_rule", "month", "rule_id", "staff_id", "points"))

    staff_id: Mapped[int] = mapped_column(ForeignKey("core_staff.id"), info={"label": T("Employee")})
    month: Mapped[int] = mapped_column(Integer, info={"label": T("Month")})  # year*100+month
    day: Mapped[dt.date] = mapped_column(Date, info={"label": T("Day")})
    rule_id: Mapped[int | None] = mapped_column(ForeignKey("perf_rules.id"), nullable=True, info={"label": T("Rule")})
    points: Mapped[Decimal] = mapped_column(POINTS, info={"label": T("Points")})
    kind: Mapped[str] = mapped_column(String(10), info={"label": T("Kind")})  # rule | reversal | manual
    source_plugin: Mapped[str] = mapped_column(String(40), default="", info={"label": T("Source plugin")})
    source_kind: Mapped[str] = mapped_column(String(60), default="", info={"label": T("Source kind")})
    source_id: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": T("Source record")})
    source_page: Mapped[str] = mapped_column(String(60), default="", info={"label": T("Source page")})
    note: Mapped[str] = mapped_column(Text, default="", info={"label": T("Note")})


class ReviewDay(RecordMixin, Base):
    """A supervisor's review of one agent's chat records of one day."""

    __tablename__ = "perf_review_days"
    __label__ = T("Review day")
    __table_args__ = (UniqueConstraint("staff_id", "day"),)

    staff_id: Mapped[int] = mapped_column(ForeignKey("core_staff.id"), info={"label": T("Employee")})
    day: Mapped[dt.date] = mapped_column(Date, info={"label": T("Day")})
    month: Mapped[int] = mapped_column(Integer, index=True, info={"label": T("Month")})
    records: Mapped[int] = mapped_column(Integer, info={"label": T("Records")})
    failing: Mapped[int] = mapped_column(Integer, default=0, info={"label": T("Failing")})
    status: Mapped[str] = mapped_column(String(10), default="pending", info={"label": T("Status")})  # pending | done
    items: Mapped[list["ReviewRecord"]] = relationship(back_populates="review", cascade="all, delete-orphan",
                                                        order_by="ReviewRecord.number")


class ReviewRecord(RecordMixin, Base):
    """One reviewed chat record: which of the criteria it failed (a string of criterion codes)."""

    __tablename__ = "perf_review_records"
    __label__ = T("Review record")
    __aggregate_parent__ = "review"

    review_id: Mapped[int] = mapped_column(ForeignKey("perf_review_days.id"), index=True,
                                           info={"label": T("Review day")})
    number: Mapped[int] = mapped_column(Integer, info={"label": T("Number")})
    failed: Mapped[str] = mapped_column(String(60), default="", info={"label": T("Failed")})
    review: Mapped[ReviewDay] = relationship(back_populates="items")


class Absence(RecordMixin, Base):
    """A leave request (pending / approved / rejected) or an unapproved absence (recorded)."""

    __tablename__ = "perf_absences"
    __label__ = T("Absence")
    __record_name__ = ("staff_id", "start")
    __table_args__ = (Index("ix_perf_absences_staff_start", "staff_id", "start"),)

    staff_id: Mapped[int] = mapped_column(ForeignKey("core_staff.id"), info={"label": T("Employee")})
    kind: Mapped[str] = mapped_column(String(10), info={"label": T("Kind")})  # leave | absence
    start: Mapped[dt.date] = mapped_column(Date, info={"label": T("Starts")})
    end: Mapped[dt.date] = mapped_column(Date, info={"label": T("Ends")})  # inclusive
    status: Mapped[str] = mapped_column(String(10),
                                        info={"label": T("Status")})  # pending | approved | rejected | recorded
    reason: Mapped[str] = mapped_column(Text, default="", info={"label": T("Reason")})
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("core_users.id"), nullable=True,
                                                   info={"label": T("Decided by")})


class MoneyItem(RecordMixin, Base):
    """An advance, a property damage, an inspection result or a manual money adjustment."""

    __tablename__ = "perf_money_items"
    __label__ = T("Money item")
    __record_name__ = ("staff_id", "month")
    __table_args__ = (Index("ix_perf_money_month_staff", "month", "staff_id"),)
    __audit_redact__ = frozenset({"amount"})

    staff_id: Mapped[int] = mapped_column(ForeignKey("core_staff.id"), info={"label": T("Employee")})
    month: Mapped[int] = mapped_column(Integer, info={"label": T("Month")})
    kind: Mapped[str] = mapped_column(String(12),
                                      info={"label": T("Kind")})  # advance | damage | inspection | adjustment
    amount: Mapped[Decimal] = mapped_column(Money(), info={"label": T("Amount")})
    passed: Mapped[bool | None] = mapped_column(Boolean, nullable=True, info={"label": T("Passed")})
    reason: Mapped[str] = mapped_column(Text, default="", info={"label": T("Reason")})


class Template(RecordMixin, Base):
    """A department's assessment: KPIs, the final-score formula and the grade bands."""

    __tablename__ = "perf_templates"
    __label__ = T("KPI template")

    name: Mapped[str] = mapped_column(String(100), info={"label": T("Name")})
    #: a department code; empty: the office's default template
    department: Mapped[str] = mapped_column(String(40), default="", unique=True, info={"label": T("Department")})
    formula: Mapped[str] = mapped_column(Text, info={"label": T("Formula")})
    #: "A:90,B:75,C:60,D:0": the lowest score of each grade, best first
    grades: Mapped[str] = mapped_column(String(200), default="A:90,B:75,C:60,D:0", info={"label": T("Grades")})
    kpis: Mapped[list["TemplateKpi"]] = relationship(back_populates="template", cascade="all, delete-orphan",
                                                     order_by="TemplateKpi.position")


class TemplateKpi(RecordMixin, Base):
    __tablename__ = "perf_template_kpis"
    __label__ = T("Template KPI")
    __aggregate_parent__ = "template"

    template_id: Mapped[int] = mapped_column(ForeignKey("perf_templates.id"), index=True,
                                             info={"label": T("Template")})
    position: Mapped[int] = mapped_column(Integer, default=0, info={"label": T("Position")})
    metric: Mapped[str] = mapped_column(String(80), info={"label": T("Metric")})
    target: Mapped[Decimal] = mapped_column(POINTS, info={"label": T("Target")})
    weight: Mapped[Decimal] = mapped_column(POINTS, info={"label": T("Weight")})
    template: Mapped[Template] = relationship(Template, back_populates="kpis")


class Month(RecordMixin, Base):
    __tablename__ = "perf_months"
    __label__ = T("Scoring month")

    month: Mapped[int] = mapped_column(Integer, unique=True, info={"label": T("Month")})
    status: Mapped[str] = mapped_column(String(10), default="open", info={"label": T("Status")})  # open | closed
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                          info={"label": T("Closed at")})
    reopen_reason: Mapped[str] = mapped_column(Text, default="", info={"label": T("Reopen reason")})
    lines: Mapped[list["MonthLine"]] = relationship(back_populates="sheet", cascade="all, delete-orphan")


class MonthLine(RecordMixin, Base):
    """One employee's line of a month: the manager's comment, and, once closed, every figure
    as printed (JSON), never recomputed."""

    __tablename__ = "perf_month_lines"
    __label__ = T("Month sheet line")
    __record_name__ = ("month_id", "staff_id")
    __aggregate_parent__ = "sheet"
    __table_args__ = (UniqueConstraint("month_id", "staff_id"),)
    __audit_redact__ = frozenset({"frozen"})

    month_id: Mapped[int] = mapped_column(ForeignKey("perf_months.id"), index=True, info={"label": T("Month")})
    staff_id: Mapped[int] = mapped_column(ForeignKey("core_staff.id"), info={"label": T("Employee")})
    comment: Mapped[str] = mapped_column(Text, default="", info={"label": T("Comment")})
    final_score: Mapped[Decimal | None] = mapped_column(POINTS, nullable=True, info={"label": T("Final score")})
    grade: Mapped[str] = mapped_column(String(10), default="", info={"label": T("Grade")})
    frozen: Mapped[str] = mapped_column(Text, default="", info={"label": T("Frozen")})
    sheet: Mapped[Month] = relationship(back_populates="lines")
