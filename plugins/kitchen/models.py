"""Tables of the kitchen QA plugin (prefix ``qa_``).

Runs of a checklist are *derived* from the schedules when read (due, done, done late,
missed): ``qa_runs`` holds only what somebody recorded (a completed checklist, or the note
explaining a missed one). Critical limits live on the equipment; a reading keeps a copy of
the limits in force when it was taken, so a later change of the limits does not re-judge
history.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import (Boolean, Date, ForeignKey, Index, Integer, Numeric, SmallInteger, String, Text, Time,
                        TypeDecorator, UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from suite.plugin_api.db import Base, RecordMixin, UTCDateTime

TENTH = Decimal("0.1")


class Celsius(TypeDecorator):
    """A temperature (or any measured figure) in tenths, as ``Decimal``, on every database."""

    impl = Numeric(6, 1)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, float):
            value = repr(value)
        value = Decimal(str(value)).quantize(TENTH, rounding=ROUND_HALF_UP)
        return str(value) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return Decimal(str(value)).quantize(TENTH, rounding=ROUND_HALF_UP)


class Equipment(RecordMixin, Base):
    """A fridge, freezer, cold room, hot-holding unit, sterilising cabinet or dishwasher."""

    __tablename__ = "qa_equipment"

    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(20))
    location: Mapped[str] = mapped_column(String(80), default="")
    min_c: Mapped[Decimal | None] = mapped_column(Celsius(), nullable=True)
    max_c: Mapped[Decimal | None] = mapped_column(Celsius(), nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: preventive maintenance: every so many days, next due on
    maintenance_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    maintenance_due_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class Template(RecordMixin, Base):
    """A checklist an office edits: items and schedules are children of the aggregate."""

    __tablename__ = "qa_templates"

    name: Mapped[str] = mapped_column(String(80))
    #: pre_shift | opening | closing | weekly_cleaning | monthly_inspection | custom
    code: Mapped[str] = mapped_column(String(30), default="custom")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("core_departments.id"), nullable=True)
    role: Mapped[str] = mapped_column(String(30), default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    items: Mapped[list["TemplateItem"]] = relationship(back_populates="template", order_by="TemplateItem.position",
                                                       cascade="all, delete-orphan")
    schedules: Mapped[list["Schedule"]] = relationship(back_populates="template", order_by="Schedule.id",
                                                       cascade="all, delete-orphan")


class TemplateItem(RecordMixin, Base):
    __tablename__ = "qa_template_items"
    __aggregate_parent__ = "template"

    template_id: Mapped[int] = mapped_column(ForeignKey("qa_templates.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(String(200))
    #: yes_no | number | temperature | text | photo
    kind: Mapped[str] = mapped_column(String(20))
    min_value: Mapped[Decimal | None] = mapped_column(Celsius(), nullable=True)
    max_value: Mapped[Decimal | None] = mapped_column(Celsius(), nullable=True)
    equipment_id: Mapped[int | None] = mapped_column(ForeignKey("qa_equipment.id"), nullable=True)
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    #: removed from the template (kept: past runs answered it)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    template: Mapped[Template] = relationship(Template, back_populates="items")


class Schedule(RecordMixin, Base):
    """When a template falls due: every shift (a named window each day), daily with a time
    window, a weekday, or a day of the month (the 29th-31st fall on the last day of a shorter
    month). Windows are office-local wall times, start before end, within one day."""

    __tablename__ = "qa_schedules"
    __aggregate_parent__ = "template"

    template_id: Mapped[int] = mapped_column(ForeignKey("qa_templates.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # shift | daily | weekday | monthday
    label: Mapped[str] = mapped_column(String(40), default="")
    weekday: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)  # 0 = Monday
    day_of_month: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time] = mapped_column(Time)
    #: the first and last office-local day the schedule makes runs (a removed schedule ends)
    valid_from: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    valid_until: Mapped[dt.date | None] = mapped_column(Date, nullable=True)

    template: Mapped[Template] = relationship(Template, back_populates="schedules")


class Run(RecordMixin, Base):
    """What was recorded for one occurrence of a schedule: the completed checklist, or the
    note explaining why it was missed."""

    __tablename__ = "qa_runs"
    __table_args__ = (
        UniqueConstraint("schedule_id", "due_on"),
        Index("ix_qa_runs_due_on", "due_on"),
    )

    template_id: Mapped[int] = mapped_column(ForeignKey("qa_templates.id"))
    schedule_id: Mapped[int] = mapped_column(ForeignKey("qa_schedules.id"))
    due_on: Mapped[dt.date] = mapped_column(Date)
    window_end: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True, index=True)
    passed: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    on_time: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    #: staff the run is about (the monthly inspection of each person), comma-separated ids
    participants: Mapped[str] = mapped_column(String(400), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    missed_note: Mapped[str] = mapped_column(Text, default="")

    answers: Mapped[list["RunAnswer"]] = relationship(back_populates="run", cascade="all, delete-orphan")


class RunAnswer(RecordMixin, Base):
    __tablename__ = "qa_run_answers"
    __aggregate_parent__ = "run"

    run_id: Mapped[int] = mapped_column(ForeignKey("qa_runs.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("qa_template_items.id"))
    value_bool: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    value_number: Mapped[Decimal | None] = mapped_column(Celsius(), nullable=True)
    value_text: Mapped[str] = mapped_column(Text, default="")
    reading_id: Mapped[int | None] = mapped_column(ForeignKey("qa_readings.id"), nullable=True)
    ok: Mapped[bool] = mapped_column(Boolean, default=True)

    run: Mapped[Run] = relationship(back_populates="answers")


class Reading(RecordMixin, Base):
    """A temperature reading. An out-of-range one carries its corrective action; the
    re-check is a reading of its own pointing at the one it re-checks."""

    __tablename__ = "qa_readings"
    __table_args__ = (
        Index("ix_qa_readings_day_equipment", "day", "equipment_id"),
        Index("ix_qa_readings_equipment_taken", "equipment_id", "taken_at"),
    )

    equipment_id: Mapped[int] = mapped_column(ForeignKey("qa_equipment.id"))
    taken_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    day: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[Decimal] = mapped_column(Celsius())
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True)
    limit_min: Mapped[Decimal | None] = mapped_column(Celsius(), nullable=True)
    limit_max: Mapped[Decimal | None] = mapped_column(Celsius(), nullable=True)
    out_of_range: Mapped[bool] = mapped_column(Boolean, default=False)
    corrective_action: Mapped[str] = mapped_column(Text, default="")
    action_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True)
    recheck_of_id: Mapped[int | None] = mapped_column(ForeignKey("qa_readings.id"), nullable=True, index=True)
    #: an out-of-range reading whose re-check came back within the limits
    resolved: Mapped[bool] = mapped_column(Boolean, default=True)


class Sample(RecordMixin, Base):
    """A retained food sample (留样)."""

    __tablename__ = "qa_samples"
    __table_args__ = (Index("ix_qa_samples_day", "day"), Index("ix_qa_samples_open_keep", "disposed_at", "keep_until"))

    day: Mapped[dt.date] = mapped_column(Date)
    meal: Mapped[str] = mapped_column(String(20))  # breakfast | lunch | dinner | batch | banquet
    batch: Mapped[str] = mapped_column(String(80), default="")
    dish: Mapped[str] = mapped_column(String(80))
    weight_g: Mapped[int] = mapped_column(Integer)
    sampled_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    sampled_by_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True)
    fridge_id: Mapped[int | None] = mapped_column(ForeignKey("qa_equipment.id"), nullable=True)
    order_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    keep_until: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    disposed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    disposed_by_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True)


class Certificate(RecordMixin, Base):
    """A health certificate (健康证) of a staff member."""

    __tablename__ = "qa_certificates"

    staff_id: Mapped[int] = mapped_column(ForeignKey("core_staff.id"), index=True)
    number: Mapped[str] = mapped_column(String(60))
    issued_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    expires_on: Mapped[dt.date] = mapped_column(Date)


class HealthCheck(RecordMixin, Base):
    """The morning health check (晨检) of one staff member on one day."""

    __tablename__ = "qa_health_checks"
    __table_args__ = (UniqueConstraint("day", "staff_id"),)

    day: Mapped[dt.date] = mapped_column(Date, index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("core_staff.id"))
    checked_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    checked_by_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True)
    temperature: Mapped[Decimal | None] = mapped_column(Celsius(), nullable=True)
    #: comma-separated codes: fever, diarrhoea, vomiting, jaundice, sore_throat, hand_wound
    symptoms: Mapped[str] = mapped_column(String(200), default="")
    fit: Mapped[bool] = mapped_column(Boolean)
    action: Mapped[str] = mapped_column(String(20), default="")  # "" | sent_home | non_food_work
    note: Mapped[str] = mapped_column(Text, default="")


class Anomaly(RecordMixin, Base):
    """A non-conformance found in the kitchen, traced to its cause and closed."""

    __tablename__ = "qa_anomalies"
    __table_args__ = (Index("ix_qa_anomalies_occurred_on", "occurred_on"),)

    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    occurred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    dish: Mapped[str] = mapped_column(String(80), default="")
    order_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    batch_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    batch_code: Mapped[str] = mapped_column(String(60), default="")
    supplier_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    supplier_name: Mapped[str] = mapped_column(String(120), default="")
    complaint_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    equipment_id: Mapped[int | None] = mapped_column(ForeignKey("qa_equipment.id"), nullable=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("core_departments.id"), nullable=True)
    responsible_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True, index=True)
    corrective_action: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="open")  # open | closed
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    events: Mapped[list["AnomalyEvent"]] = relationship(back_populates="anomaly", order_by="AnomalyEvent.id",
                                                        cascade="all, delete-orphan")


class AnomalyEvent(RecordMixin, Base):
    """What happened to an anomaly: opened, changed, closed, reopened. Never changed."""

    __tablename__ = "qa_anomaly_events"
    __aggregate_parent__ = "anomaly"

    anomaly_id: Mapped[int] = mapped_column(ForeignKey("qa_anomalies.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    note: Mapped[str] = mapped_column(Text, default="")

    anomaly: Mapped[Anomaly] = relationship(back_populates="events")


class LogEntry(RecordMixin, Base):
    """Cleaning of an area, an equipment fault (reported, repaired) or preventive maintenance."""

    __tablename__ = "qa_log_entries"
    __table_args__ = (Index("ix_qa_log_entries_day", "day"),)

    kind: Mapped[str] = mapped_column(String(20))  # cleaning | fault | maintenance
    day: Mapped[dt.date] = mapped_column(Date)
    area: Mapped[str] = mapped_column(String(80), default="")
    equipment_id: Mapped[int | None] = mapped_column(ForeignKey("qa_equipment.id"), nullable=True)
    description: Mapped[str] = mapped_column(Text, default="")
    reported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    reported_by_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True)
    done_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    done_by_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True)
    result: Mapped[str] = mapped_column(Text, default="")


class Day(RecordMixin, Base):
    """The daily sign-off. A signed day is locked; corrections are amendments."""

    __tablename__ = "qa_days"

    day: Mapped[dt.date] = mapped_column(Date, unique=True)
    signed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    signed_by: Mapped[int | None] = mapped_column(ForeignKey("core_users.id"), nullable=True)
    signer_name: Mapped[str] = mapped_column(String(80), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    amendments: Mapped[list["Amendment"]] = relationship(back_populates="day_row", order_by="Amendment.id",
                                                         cascade="all, delete-orphan")


class Amendment(RecordMixin, Base):
    """A correction of a signed day: what changed, why, who and when."""

    __tablename__ = "qa_amendments"
    __aggregate_parent__ = "day_row"

    day_id: Mapped[int] = mapped_column(ForeignKey("qa_days.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    user_id: Mapped[int | None] = mapped_column(ForeignKey("core_users.id"), nullable=True)
    user_name: Mapped[str] = mapped_column(String(80), default="")
    reason: Mapped[str] = mapped_column(Text)
    change: Mapped[str] = mapped_column(Text, default="")

    day_row: Mapped[Day] = relationship(back_populates="amendments")
