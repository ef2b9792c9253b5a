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

POINTS = Numeric(10, 2)


class StaffTerms(RecordMixin, Base):
    """A person's pay terms for scoring: the monthly standard wage, the bonus at stake, and
    whether the weekend rest rule applies (cooks and hot-pot prep staff are exempt)."""

    __tablename__ = "perf_staff_terms"
    __audit_redact__ = frozenset({"monthly_wage", "bonus"})

    staff_id: Mapped[int] = mapped_column(ForeignKey("core_staff.id"), unique=True)
    monthly_wage: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    bonus: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    weekend_exempt: Mapped[bool] = mapped_column(Boolean, default=False)


class Rule(RecordMixin, Base):
    __tablename__ = "perf_rules"

    code: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    source_kind: Mapped[str] = mapped_column(String(10))  # metric | event
    source: Mapped[str] = mapped_column(String(80))
    condition: Mapped[str] = mapped_column(Text, default="")
    points: Mapped[Decimal] = mapped_column(POINTS)
    multiplier_field: Mapped[str] = mapped_column(String(60), default="")
    monthly_cap: Mapped[Decimal | None] = mapped_column(POINTS, nullable=True)
    #: comma-separated department codes; empty: every department
    departments: Mapped[str] = mapped_column(String(200), default="")
    #: comma-separated roles (staff positions, e.g. 配送员, 厨师); empty: every role. A rule
    #: with both applies to a person in one of its departments AND one of its roles
    roles: Mapped[str] = mapped_column(String(200), default="", server_default="")
    valid_from: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    valid_to: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    enabled: Mapped[bool] = mapped_column(Boolean, default=False)


class EventNote(Base):
    """What a domain event said, written cheaply inside the writer's transaction."""

    __tablename__ = "perf_events"
    __audit__ = False
    __table_args__ = (Index("ix_perf_events_month_event", "month", "event"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event: Mapped[str] = mapped_column(String(60))
    plugin: Mapped[str] = mapped_column(String(40))
    source_kind: Mapped[str] = mapped_column(String(40))
    source_id: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    #: what the source said when the event fired (read through its api; None when it could
    #: not be read then: the evaluation reads it again)
    day: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    staff_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    fields: Mapped[str | None] = mapped_column(Text, nullable=True)


class LedgerEntry(RecordMixin, Base):
    __tablename__ = "perf_ledger"
    __table_args__ = (Index("ix_perf_ledger_month_staff", "month", "staff_id", "points"),
                      Index("ix_perf_ledger_month_rule", "month", "rule_id", "staff_id", "points"))

    staff_id: Mapped[int] = mapped_column(ForeignKey("core_staff.id"))
    month: Mapped[int] = mapped_column(Integer)  # year*100+month
    day: Mapped[dt.date] = mapped_column(Date)
    rule_id: Mapped[int | None] = mapped_column(ForeignKey("perf_rules.id"), nullable=True)
    points: Mapped[Decimal] = mapped_column(POINTS)
    kind: Mapped[str] = mapped_column(String(10))  # rule | reversal | manual
    source_plugin: Mapped[str] = mapped_column(String(40), default="")
    source_kind: Mapped[str] = mapped_column(String(60), default="")
    source_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    source_page: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class ReviewDay(RecordMixin, Base):
    """A supervisor's review of one agent's chat records of one day."""

    __tablename__ = "perf_review_days"
    __table_args__ = (UniqueConstraint("staff_id", "day"),)

    staff_id: Mapped[int] = mapped_column(ForeignKey("core_staff.id"))
    day: Mapped[dt.date] = mapped_column(Date)
    month: Mapped[int] = mapped_column(Integer, index=True)
    records: Mapped[int] = mapped_column(Integer)
    failing: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(10), default="pending")  # pending | done
    items: Mapped[list["ReviewRecord"]] = relationship(back_populates="review", cascade="all, delete-orphan",
                                                        order_by="ReviewRecord.number")


class ReviewRecord(RecordMixin, Base):
    """One reviewed chat record: which of the criteria it failed (a string of criterion codes)."""

    __tablename__ = "perf_review_records"
    __aggregate_parent__ = "review"

    review_id: Mapped[int] = mapped_column(ForeignKey("perf_review_days.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    failed: Mapped[str] = mapped_column(String(60), default="")
    review: Mapped[ReviewDay] = relationship(back_populates="items")


class Absence(RecordMixin, Base):
    """A leave request (pending / approved / rejected) or an unapproved absence (recorded)."""

    __tablename__ = "perf_absences"
    __table_args__ = (Index("ix_perf_absences_staff_start", "staff_id", "start"),)

    staff_id: Mapped[int] = mapped_column(ForeignKey("core_staff.id"))
    kind: Mapped[str] = mapped_column(String(10))  # leave | absence
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)  # inclusive
    status: Mapped[str] = mapped_column(String(10))  # pending | approved | rejected | recorded
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("core_users.id"), nullable=True)


class MoneyItem(RecordMixin, Base):
    """An advance, a property damage, an inspection result or a manual money adjustment."""

    __tablename__ = "perf_money_items"
    __table_args__ = (Index("ix_perf_money_month_staff", "month", "staff_id"),)
    __audit_redact__ = frozenset({"amount"})

    staff_id: Mapped[int] = mapped_column(ForeignKey("core_staff.id"))
    month: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(12))  # advance | damage | inspection | adjustment
    amount: Mapped[Decimal] = mapped_column(Money())
    passed: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")


class Template(RecordMixin, Base):
    """A department's assessment: KPIs, the final-score formula and the grade bands."""

    __tablename__ = "perf_templates"

    name: Mapped[str] = mapped_column(String(100))
    #: a department code; empty: the office's default template
    department: Mapped[str] = mapped_column(String(40), default="", unique=True)
    formula: Mapped[str] = mapped_column(Text)
    #: "A:90,B:75,C:60,D:0": the lowest score of each grade, best first
    grades: Mapped[str] = mapped_column(String(200), default="A:90,B:75,C:60,D:0")
    kpis: Mapped[list["TemplateKpi"]] = relationship(back_populates="template", cascade="all, delete-orphan",
                                                     order_by="TemplateKpi.position")


class TemplateKpi(RecordMixin, Base):
    __tablename__ = "perf_template_kpis"
    __aggregate_parent__ = "template"

    template_id: Mapped[int] = mapped_column(ForeignKey("perf_templates.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    metric: Mapped[str] = mapped_column(String(80))
    target: Mapped[Decimal] = mapped_column(POINTS)
    weight: Mapped[Decimal] = mapped_column(POINTS)
    template: Mapped[Template] = relationship(Template, back_populates="kpis")


class Month(RecordMixin, Base):
    __tablename__ = "perf_months"

    month: Mapped[int] = mapped_column(Integer, unique=True)
    status: Mapped[str] = mapped_column(String(10), default="open")  # open | closed
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    reopen_reason: Mapped[str] = mapped_column(Text, default="")
    lines: Mapped[list["MonthLine"]] = relationship(back_populates="sheet", cascade="all, delete-orphan")


class MonthLine(RecordMixin, Base):
    """One employee's line of a month: the manager's comment, and, once closed, every figure
    as printed (JSON), never recomputed."""

    __tablename__ = "perf_month_lines"
    __aggregate_parent__ = "sheet"
    __table_args__ = (UniqueConstraint("month_id", "staff_id"),)
    __audit_redact__ = frozenset({"frozen"})

    month_id: Mapped[int] = mapped_column(ForeignKey("perf_months.id"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("core_staff.id"))
    comment: Mapped[str] = mapped_column(Text, default="")
    final_score: Mapped[Decimal | None] = mapped_column(POINTS, nullable=True)
    grade: Mapped[str] = mapped_column(String(10), default="")
    frozen: Mapped[str] = mapped_column(Text, default="")
    sheet: Mapped[Month] = relationship(back_populates="lines")
