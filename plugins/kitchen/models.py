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
from suite.plugin_api.i18n import domain

T = domain("kitchen")

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
    __label__ = T("Equipment")

    name: Mapped[str] = mapped_column(String(80), info={"label": T("Name")})
    kind: Mapped[str] = mapped_column(String(20), info={"label": T("Kind")})
    location: Mapped[str] = mapped_column(String(80), default="", info={"label": T("Location")})
    min_c: Mapped[Decimal | None] = mapped_column(Celsius(), nullable=True, info={"label": T("Lowest °C")})
    max_c: Mapped[Decimal | None] = mapped_column(Celsius(), nullable=True, info={"label": T("Highest °C")})
    position: Mapped[int] = mapped_column(Integer, default=0, info={"label": T("Position")})
    #: preventive maintenance: every so many days, next due on
    maintenance_days: Mapped[int | None] = mapped_column(Integer, nullable=True,
                                                         info={"label": T("Maintenance every (days)")})
    maintenance_due_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True,
                                                               info={"label": T("Maintenance due on")})
    archived: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Archived")})


class Template(RecordMixin, Base):
    """A checklist an office edits: items and schedules are children of the aggregate."""

    __tablename__ = "qa_templates"
    __label__ = T("Checklist template")

    name: Mapped[str] = mapped_column(String(80), info={"label": T("Name")})
    #: pre_shift | opening | closing | weekly_cleaning | monthly_inspection | custom
    code: Mapped[str] = mapped_column(String(30), default="custom", info={"label": T("Code")})
    department_id: Mapped[int | None] = mapped_column(ForeignKey("core_departments.id"), nullable=True,
                                                      info={"label": T("Department")})
    role: Mapped[str] = mapped_column(String(30), default="", info={"label": T("Role")})
    archived: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Archived")})

    items: Mapped[list["TemplateItem"]] = relationship(back_populates="template", order_by="TemplateItem.position",
                                                       cascade="all, delete-orphan")
    schedules: Mapped[list["Schedule"]] = relationship(back_populates="template", order_by="Schedule.id",
                                                       cascade="all, delete-orphan")


class TemplateItem(RecordMixin, Base):
    __tablename__ = "qa_template_items"
    __label__ = T("Checklist item")
    __aggregate_parent__ = "template"

    template_id: Mapped[int] = mapped_column(ForeignKey("qa_templates.id"), index=True, info={"label": T("Template")})
    position: Mapped[int] = mapped_column(Integer, default=0, info={"label": T("Position")})
    text: Mapped[str] = mapped_column(String(200), info={"label": T("Text")})
    #: yes_no | number | temperature | text | photo
    kind: Mapped[str] = mapped_column(String(20), info={"label": T("Kind")})
    min_value: Mapped[Decimal | None] = mapped_column(Celsius(), nullable=True, info={"label": T("Minimum value")})
    max_value: Mapped[Decimal | None] = mapped_column(Celsius(), nullable=True, info={"label": T("Maximum value")})
    equipment_id: Mapped[int | None] = mapped_column(ForeignKey("qa_equipment.id"), nullable=True,
                                                     info={"label": T("Equipment")})
    required: Mapped[bool] = mapped_column(Boolean, default=True, info={"label": T("Required")})
    #: removed from the template (kept: past runs answered it)
    archived: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Archived")})

    template: Mapped[Template] = relationship(Template, back_populates="items")


class Schedule(RecordMixin, Base):
    """When a template falls due: every shift (a named window each day), daily with a time
    window, a weekday, or a day of the month (the 29th-31st fall on the last day of a shorter
    month). Windows are office-local wall times, start before end, within one day."""

    __tablename__ = "qa_schedules"
    __label__ = T("Checklist schedule")
    __aggregate_parent__ = "template"

    template_id: Mapped[int] = mapped_column(ForeignKey("qa_templates.id"), index=True, info={"label": T("Template")})
    kind: Mapped[str] = mapped_column(String(10), info={"label": T("Kind")})  # shift | daily | weekday | monthday
    label: Mapped[str] = mapped_column(String(40), default="", info={"label": T("Label")})
    weekday: Mapped[int | None] = mapped_column(SmallInteger, nullable=True,
                                                info={"label": T("Weekday")})  # 0 = Monday
    day_of_month: Mapped[int | None] = mapped_column(SmallInteger, nullable=True, info={"label": T("Day of month")})
    start_time: Mapped[dt.time] = mapped_column(Time, info={"label": T("Start time")})
    end_time: Mapped[dt.time] = mapped_column(Time, info={"label": T("End time")})
    #: the first and last office-local day the schedule makes runs (a removed schedule ends)
    valid_from: Mapped[dt.date | None] = mapped_column(Date, nullable=True, info={"label": T("Valid from")})
    valid_until: Mapped[dt.date | None] = mapped_column(Date, nullable=True, info={"label": T("Valid until")})

    template: Mapped[Template] = relationship(Template, back_populates="schedules")


class Run(RecordMixin, Base):
    """What was recorded for one occurrence of a schedule: the completed checklist, or the
    note explaining why it was missed."""

    __tablename__ = "qa_runs"
    __label__ = T("Checklist run")
    __table_args__ = (
        UniqueConstraint("schedule_id", "due_on"),
        Index("ix_qa_runs_due_on", "due_on"),
    )

    template_id: Mapped[int] = mapped_column(ForeignKey("qa_templates.id"), info={"label": T("Template")})
    schedule_id: Mapped[int] = mapped_column(ForeignKey("qa_schedules.id"), info={"label": T("Schedule")})
    due_on: Mapped[dt.date] = mapped_column(Date, info={"label": T("Due on")})
    window_end: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Window until")})
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                             info={"label": T("Completed at")})
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True, index=True,
                                                 info={"label": T("Employee")})
    passed: Mapped[bool | None] = mapped_column(Boolean, nullable=True, info={"label": T("Passed")})
    on_time: Mapped[bool | None] = mapped_column(Boolean, nullable=True, info={"label": T("On time")})
    #: staff the run is about (the monthly inspection of each person), comma-separated ids
    participants: Mapped[str] = mapped_column(String(400), default="", info={"label": T("Participants")})
    note: Mapped[str] = mapped_column(Text, default="", info={"label": T("Note")})
    missed_note: Mapped[str] = mapped_column(Text, default="", info={"label": T("Missed note")})

    answers: Mapped[list["RunAnswer"]] = relationship(back_populates="run", cascade="all, delete-orphan")


class RunAnswer(RecordMixin, Base):
    __tablename__ = "qa_run_answers"
    __label__ = T("Checklist answer")
    __aggregate_parent__ = "run"

    run_id: Mapped[int] = mapped_column(ForeignKey("qa_runs.id"), index=True, info={"label": T("Run")})
    item_id: Mapped[int] = mapped_column(ForeignKey("qa_template_items.id"), info={"label": T("Item")})
    value_bool: Mapped[bool | None] = mapped_column(Boolean, nullable=True, info={"label": T("Answer (yes/no)")})
    value_number: Mapped[Decimal | None] = mapped_column(Celsius(), nullable=True,
                                                         info={"label": T("Answer (number)")})
    value_text: Mapped[str] = mapped_column(Text, default="", info={"label": T("Answer (text)")})
    reading_id: Mapped[int | None] = mapped_column(ForeignKey("qa_readings.id"), nullable=True,
                                                   info={"label": T("Reading")})
    ok: Mapped[bool] = mapped_column(Boolean, default=True, info={"label": T("OK")})

    run: Mapped[Run] = relationship(back_populates="answers")


class Reading(RecordMixin, Base):
    """A temperature reading. An out-of-range one carries its corrective action; the
    re-check is a reading of its own pointing at the one it re-checks."""

    __tablename__ = "qa_readings"
    __label__ = T("Reading")
    __record_name__ = ("equipment_id", "taken_at")
    __table_args__ = (
        Index("ix_qa_readings_day_equipment", "day", "equipment_id"),
        Index("ix_qa_readings_equipment_taken", "equipment_id", "taken_at"),
    )

    equipment_id: Mapped[int] = mapped_column(ForeignKey("qa_equipment.id"), info={"label": T("Equipment")})
    taken_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Taken at")})
    day: Mapped[dt.date] = mapped_column(Date, info={"label": T("Day")})
    value: Mapped[Decimal] = mapped_column(Celsius(), info={"label": T("Value")})
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True,
                                                 info={"label": T("Employee")})
    limit_min: Mapped[Decimal | None] = mapped_column(Celsius(), nullable=True, info={"label": T("Lowest allowed")})
    limit_max: Mapped[Decimal | None] = mapped_column(Celsius(), nullable=True, info={"label": T("Highest allowed")})
    out_of_range: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Out of range")})
    corrective_action: Mapped[str] = mapped_column(Text, default="", info={"label": T("Corrective action")})
    action_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True,
                                                        info={"label": T("Action taken by")})
    recheck_of_id: Mapped[int | None] = mapped_column(ForeignKey("qa_readings.id"), nullable=True, index=True,
                                                      info={"label": T("Re-check of")})
    #: an out-of-range reading whose re-check came back within the limits
    resolved: Mapped[bool] = mapped_column(Boolean, default=True, info={"label": T("Resolved")})


class Sample(RecordMixin, Base):
    """A retained food sample (留样)."""

    __tablename__ = "qa_samples"
    __label__ = T("Sample")
    __table_args__ = (Index("ix_qa_samples_day", "day"), Index("ix_qa_samples_open_keep", "disposed_at", "keep_until"))

    day: Mapped[dt.date] = mapped_column(Date, info={"label": T("Day")})
    meal: Mapped[str] = mapped_column(String(20),
                                      info={"label": T("Meal")})  # breakfast | lunch | dinner | batch | banquet
    batch: Mapped[str] = mapped_column(String(80), default="", info={"label": T("Batch")})
    dish: Mapped[str] = mapped_column(String(80), info={"label": T("Dish")})
    weight_g: Mapped[int] = mapped_column(Integer, info={"label": T("Weight (g)")})
    sampled_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Sampled at")})
    sampled_by_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True,
                                                            info={"label": T("Sampled by")})
    fridge_id: Mapped[int | None] = mapped_column(ForeignKey("qa_equipment.id"), nullable=True,
                                                  info={"label": T("Fridge")})
    order_id: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": T("Order")})
    keep_until: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Keep until")})
    disposed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                            info={"label": T("Disposed at")})
    disposed_by_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True,
                                                             info={"label": T("Disposed by")})


class Certificate(RecordMixin, Base):
    """A health certificate (健康证) of a staff member."""

    __tablename__ = "qa_certificates"
    __label__ = T("Certificate")
    __record_name__ = ("staff_id", "number")

    staff_id: Mapped[int] = mapped_column(ForeignKey("core_staff.id"), index=True, info={"label": T("Employee")})
    number: Mapped[str] = mapped_column(String(60), info={"label": T("Number")})
    issued_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, info={"label": T("Issued on")})
    expires_on: Mapped[dt.date] = mapped_column(Date, info={"label": T("Expires on")})


class HealthCheck(RecordMixin, Base):
    """The morning health check (晨检) of one staff member on one day."""

    __tablename__ = "qa_health_checks"
    __label__ = T("Health check")
    __record_name__ = ("day", "staff_id")
    __table_args__ = (UniqueConstraint("day", "staff_id"),)

    day: Mapped[dt.date] = mapped_column(Date, index=True, info={"label": T("Day")})
    staff_id: Mapped[int] = mapped_column(ForeignKey("core_staff.id"), info={"label": T("Employee")})
    checked_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Checked at")})
    checked_by_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True,
                                                            info={"label": T("Checked by")})
    temperature: Mapped[Decimal | None] = mapped_column(Celsius(), nullable=True, info={"label": T("Temperature")})
    #: comma-separated codes: fever, diarrhoea, vomiting, jaundice, sore_throat, hand_wound
    symptoms: Mapped[str] = mapped_column(String(200), default="", info={"label": T("Symptoms")})
    fit: Mapped[bool] = mapped_column(Boolean, info={"label": T("Fit")})
    action: Mapped[str] = mapped_column(String(20), default="",
                                        info={"label": T("Action")})  # "" | sent_home | non_food_work
    note: Mapped[str] = mapped_column(Text, default="", info={"label": T("Note")})


class Anomaly(RecordMixin, Base):
    """A non-conformance found in the kitchen, traced to its cause and closed."""

    __tablename__ = "qa_anomalies"
    __label__ = T("Anomaly")
    __table_args__ = (Index("ix_qa_anomalies_occurred_on", "occurred_on"),)

    kind: Mapped[str] = mapped_column(String(30), info={"label": T("Kind")})
    title: Mapped[str] = mapped_column(String(120), info={"label": T("Title")})
    description: Mapped[str] = mapped_column(Text, default="", info={"label": T("Description")})
    occurred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Occurred at")})
    occurred_on: Mapped[dt.date] = mapped_column(Date, info={"label": T("Occurred on")})
    dish: Mapped[str] = mapped_column(String(80), default="", info={"label": T("Dish")})
    order_id: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": T("Order")})
    batch_id: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": T("Batch")})
    batch_code: Mapped[str] = mapped_column(String(60), default="", info={"label": T("Batch code")})
    supplier_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True, info={"label": T("Supplier")})
    supplier_name: Mapped[str] = mapped_column(String(120), default="", info={"label": T("Supplier name")})
    complaint_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True,
                                                     info={"label": T("Complaint")})
    equipment_id: Mapped[int | None] = mapped_column(ForeignKey("qa_equipment.id"), nullable=True,
                                                     info={"label": T("Equipment")})
    department_id: Mapped[int | None] = mapped_column(ForeignKey("core_departments.id"), nullable=True,
                                                      info={"label": T("Department")})
    responsible_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True, index=True,
                                                             info={"label": T("Responsible")})
    corrective_action: Mapped[str] = mapped_column(Text, default="", info={"label": T("Corrective action")})
    status: Mapped[str] = mapped_column(String(10), default="open", info={"label": T("Status")})  # open | closed
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                          info={"label": T("Closed at")})

    events: Mapped[list["AnomalyEvent"]] = relationship(back_populates="anomaly", order_by="AnomalyEvent.id",
                                                        cascade="all, delete-orphan")


class AnomalyEvent(RecordMixin, Base):
    """What happened to an anomaly: opened, changed, closed, reopened. Never changed."""

    __tablename__ = "qa_anomaly_events"
    __label__ = T("Anomaly event")
    __aggregate_parent__ = "anomaly"

    anomaly_id: Mapped[int] = mapped_column(ForeignKey("qa_anomalies.id"), index=True, info={"label": T("Anomaly")})
    kind: Mapped[str] = mapped_column(String(20), info={"label": T("Kind")})
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Time")})
    note: Mapped[str] = mapped_column(Text, default="", info={"label": T("Note")})

    anomaly: Mapped[Anomaly] = relationship(back_populates="events")


class LogEntry(RecordMixin, Base):
    """Cleaning of an area, an equipment fault (reported, repaired) or preventive maintenance."""

    __tablename__ = "qa_log_entries"
    __label__ = T("Cleaning or maintenance entry")
    __table_args__ = (Index("ix_qa_log_entries_day", "day"),)

    kind: Mapped[str] = mapped_column(String(20), info={"label": T("Kind")})  # cleaning | fault | maintenance
    day: Mapped[dt.date] = mapped_column(Date, info={"label": T("Day")})
    area: Mapped[str] = mapped_column(String(80), default="", info={"label": T("Area")})
    equipment_id: Mapped[int | None] = mapped_column(ForeignKey("qa_equipment.id"), nullable=True,
                                                     info={"label": T("Equipment")})
    description: Mapped[str] = mapped_column(Text, default="", info={"label": T("Description")})
    reported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Reported at")})
    reported_by_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True,
                                                             info={"label": T("Reported by")})
    done_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True, info={"label": T("Done at")})
    done_by_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True,
                                                         info={"label": T("Done by")})
    result: Mapped[str] = mapped_column(Text, default="", info={"label": T("Result")})


class Day(RecordMixin, Base):
    """The daily sign-off. A signed day is locked; corrections are amendments."""

    __tablename__ = "qa_days"
    __label__ = T("Kitchen day")

    day: Mapped[dt.date] = mapped_column(Date, unique=True, info={"label": T("Day")})
    signed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                          info={"label": T("Signed at")})
    signed_by: Mapped[int | None] = mapped_column(ForeignKey("core_users.id"), nullable=True,
                                                  info={"label": T("Signed by")})
    signer_name: Mapped[str] = mapped_column(String(80), default="", info={"label": T("Signed by (name)")})
    note: Mapped[str] = mapped_column(Text, default="", info={"label": T("Note")})

    amendments: Mapped[list["Amendment"]] = relationship(back_populates="day_row", order_by="Amendment.id",
                                                         cascade="all, delete-orphan")


class Amendment(RecordMixin, Base):
    """A correction of a signed day: what changed, why, who and when."""

    __tablename__ = "qa_amendments"
    __label__ = T("Amendment")
    __aggregate_parent__ = "day_row"

    day_id: Mapped[int] = mapped_column(ForeignKey("qa_days.id"), index=True, info={"label": T("Day")})
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Time")})
    user_id: Mapped[int | None] = mapped_column(ForeignKey("core_users.id"), nullable=True, info={"label": T("User")})
    user_name: Mapped[str] = mapped_column(String(80), default="", info={"label": T("User name")})
    reason: Mapped[str] = mapped_column(Text, info={"label": T("Reason")})
    change: Mapped[str] = mapped_column(Text, default="", info={"label": T("Change")})

    day_row: Mapped[Day] = relationship(back_populates="amendments")
