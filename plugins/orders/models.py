"""Tables of the order desk (prefix ``orders_``).

Money is ``Money()`` (Decimal, two places); times are UTC (``UTCDateTime``); an office day
(an order number's day, a vehicle check's day, a closed day) is a plain ``Date`` in the
office's time zone.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from suite.plugin_api.db import Base, Money, RecordMixin, UTCDateTime, pinyin_column

ZERO = Decimal("0.00")

# order states, channels, payment methods, delivery exceptions (stored as these codes)
STATUSES = ("new", "confirmed", "dispatched", "delivered", "completed", "cancelled")
CHANNELS = ("phone", "web", "app", "walk_in", "table")
DELIVERY_CHANNELS = ("phone", "web", "app")
PAYMENT_METHODS = ("cash", "wechat", "alipay", "card", "account")
EXCEPTIONS = ("", "absent", "refused", "damaged")
PRODUCT_KINDS = ("water", "dish", "goods")
DEPOSIT_KINDS = ("out", "return", "deposit", "refund", "adjust")


class Product(RecordMixin, Base):
    """Something the office sells: a bucket of water, a dish, a pack of cups."""

    __tablename__ = "orders_products"
    __table_args__ = (UniqueConstraint("name"),)

    code: Mapped[str | None] = mapped_column(String(40), unique=True, nullable=True)
    name: Mapped[str] = mapped_column(String(100))
    #: the name's pinyin (``nfsq`` finds 农夫山泉), kept by the session
    name_pinyin: Mapped[str] = pinyin_column("name")
    name_initials: Mapped[str] = pinyin_column("name", initials=True)
    kind: Mapped[str] = mapped_column(String(10), default="goods")
    category: Mapped[str] = mapped_column(String(60), default="")
    unit: Mapped[str] = mapped_column(String(20), default="")
    price: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: water: litres per bucket (18.9, 11.3 ...)
    bucket_litres: Mapped[Decimal | None] = mapped_column(Numeric(5, 1), nullable=True)
    #: deposit charged for each returnable container the customer keeps
    deposit: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    returnable: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


class Vehicle(RecordMixin, Base):
    __tablename__ = "orders_vehicles"

    plate: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(60), default="")
    capacity_buckets: Mapped[int] = mapped_column(Integer, default=40)
    default_driver_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    #: the vehicle's usual first departure of the day, office time ("08:30"; empty: none set)
    departure: Mapped[str] = mapped_column(String(5), default="")


class VehicleCheck(RecordMixin, Base):
    """A pre-departure check. A failed one blocks the vehicle for that day."""

    __tablename__ = "orders_vehicle_checks"
    __table_args__ = (Index("ix_orders_vehicle_checks_vehicle_day", "vehicle_id", "day"),)

    vehicle_id: Mapped[int] = mapped_column(ForeignKey("orders_vehicles.id"))
    day: Mapped[dt.date] = mapped_column(Date)
    checked_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    driver_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True)
    tyres: Mapped[bool] = mapped_column(Boolean)
    brakes: Mapped[bool] = mapped_column(Boolean)
    lights: Mapped[bool] = mapped_column(Boolean)
    load: Mapped[bool] = mapped_column(Boolean)
    passed: Mapped[bool] = mapped_column(Boolean)
    notes: Mapped[str] = mapped_column(Text, default="")


class Crew(RecordMixin, Base):
    """Which vehicle a driver drives on a day."""

    __tablename__ = "orders_crews"
    __table_args__ = (UniqueConstraint("day", "driver_staff_id"),)

    day: Mapped[dt.date] = mapped_column(Date)
    driver_staff_id: Mapped[int] = mapped_column(ForeignKey("core_staff.id"))
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("orders_vehicles.id"))
    #: that day's departure, office time ("09:15"), set on the dispatch board; empty: the vehicle's
    departure: Mapped[str] = mapped_column(String(5), default="")


class Order(RecordMixin, Base):
    __tablename__ = "orders_orders"
    __personal_data__ = frozenset({"contact_phone", "address"})
    __table_args__ = (
        Index("ix_orders_orders_day_status", "day", "status"),
        Index("ix_orders_orders_customer_created", "customer_id", "created_at"),
        Index("ix_orders_orders_status_promised", "status", "promised_at"),
        Index("ix_orders_orders_driver_delivered", "driver_staff_id", "delivered_at"),
        Index("ix_orders_orders_delivered_at", "delivered_at"),
        Index("ix_orders_orders_contact_phone", "contact_phone"),
        # the day's queue (the promise, the plan): each driver's open stops and the orders not
        # planned yet, read from the index alone
        Index("ix_orders_orders_plan_queue", "plan_day", "driver_staff_id", "status", "area_id"),
    )

    number: Mapped[str] = mapped_column(String(16), unique=True)
    day: Mapped[dt.date] = mapped_column(Date)
    seq: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(12), default="new")
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("core_customers.id"), nullable=True)
    customer_name: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    area_id: Mapped[int | None] = mapped_column(ForeignKey("core_areas.id"), nullable=True)
    contact_phone: Mapped[str] = mapped_column(String(32), default="")
    requested_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    promised_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    table_no: Mapped[str] = mapped_column(String(20), default="")
    guests: Mapped[int | None] = mapped_column(Integer, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    #: goods, without container deposits
    total_amount: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    #: the sum of recorded adjustments (a delivered order is corrected, never edited)
    adjustments: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    #: deposit for the containers the customer will keep on top of the empties handed back
    deposit_due: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    #: returnable containers ordered, and empties the customer is expected to hand back
    buckets: Mapped[int] = mapped_column(Integer, default=0)
    empties_expected: Mapped[int] = mapped_column(Integer, default=0)
    clerk_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True)
    driver_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True)
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("orders_vehicles.id"), nullable=True)
    stop_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    plan_day: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    assign_reason: Mapped[str] = mapped_column(String(300), default="")
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    dispatched_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    delivered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    amount_collected: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    payment_method: Mapped[str] = mapped_column(String(12), default="")
    late_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: the standing order this order was generated from (None: keyed by hand)
    standing_order_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)

    items: Mapped[list["OrderItem"]] = relationship(
        back_populates="order", order_by="OrderItem.id", cascade="all, delete-orphan"
    )


class OrderItem(RecordMixin, Base):
    __tablename__ = "orders_order_items"
    __aggregate_parent__ = "order"

    order_id: Mapped[int] = mapped_column(ForeignKey("orders_orders.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("orders_products.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    unit: Mapped[str] = mapped_column(String(20), default="")
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[Decimal] = mapped_column(Money())
    amount: Mapped[Decimal] = mapped_column(Money())
    returnable: Mapped[bool] = mapped_column(Boolean, default=False)
    deposit: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    notes: Mapped[str] = mapped_column(String(200), default="")

    order: Mapped[Order] = relationship(back_populates="items")


class StatusChange(Base):
    """Every state change of an order: who, when, from -> to, why."""

    __tablename__ = "orders_status_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders_orders.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    user_id: Mapped[int | None] = mapped_column(ForeignKey("core_users.id"), nullable=True)
    username: Mapped[str] = mapped_column(String(64))
    from_status: Mapped[str] = mapped_column(String(12), default="")
    to_status: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str] = mapped_column(Text, default="")


class OrderChange(Base):
    """An edit made after confirmation, or an adjustment of a delivered order."""

    __tablename__ = "orders_order_changes"
    #: an edit's old -> new values may be an address or a phone
    __personal_data__ = frozenset({"changes"})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders_orders.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    user_id: Mapped[int | None] = mapped_column(ForeignKey("core_users.id"), nullable=True)
    username: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(12))  # edit | adjustment
    changes: Mapped[str] = mapped_column(Text, default="{}")  # JSON {field: [old, new]}
    amount_delta: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    reason: Mapped[str] = mapped_column(Text, default="")


class Plan(RecordMixin, Base):
    """The daily delivery plan (one per day, re-planned in place)."""

    __tablename__ = "orders_plans"

    day: Mapped[dt.date] = mapped_column(Date, unique=True)
    planned_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    orders_count: Mapped[int] = mapped_column(Integer, default=0)
    unassigned_count: Mapped[int] = mapped_column(Integer, default=0)
    runs: Mapped[int] = mapped_column(Integer, default=0)


class Assignment(Base):
    """The log of who was given which order and why (plan runs and manual overrides)."""

    __tablename__ = "orders_assignments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders_orders.id"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    username: Mapped[str] = mapped_column(String(64))
    driver_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True)
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("orders_vehicles.id"), nullable=True)
    stop_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    manual: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(String(300), default="")


class Delivery(RecordMixin, Base):
    """A delivery attempt: delivered (maybe with damaged buckets), or failed (customer
    absent, refused)."""

    __tablename__ = "orders_deliveries"
    #: an attempt is part of its order: a stale edit of the order after a driver's attempt conflicts
    __aggregate_parent__ = "order_id"
    __table_args__ = (Index("ix_orders_deliveries_driver_at", "driver_staff_id", "attempt_at"),)

    order_id: Mapped[int] = mapped_column(ForeignKey("orders_orders.id"), index=True)
    attempt_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    delivered: Mapped[bool] = mapped_column(Boolean)
    exception: Mapped[str] = mapped_column(String(12), default="")
    signed_by: Mapped[str] = mapped_column(String(60), default="")
    buckets_delivered: Mapped[int] = mapped_column(Integer, default=0)
    empties_collected: Mapped[int] = mapped_column(Integer, default=0)
    damaged_buckets: Mapped[int] = mapped_column(Integer, default=0)
    amount_collected: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    deposit_collected: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    payment_method: Mapped[str] = mapped_column(String(12), default="")
    driver_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True)
    late_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class DepositEntry(RecordMixin, Base):
    """The bucket deposit ledger: ``buckets`` held change (+ out, - returned) and deposit
    money (+ paid, - refunded)."""

    __tablename__ = "orders_deposit_ledger"
    __table_args__ = (Index("ix_orders_deposit_ledger_customer_at", "customer_id", "at"),)

    customer_id: Mapped[int] = mapped_column(ForeignKey("core_customers.id"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    kind: Mapped[str] = mapped_column(String(10))
    buckets: Mapped[int] = mapped_column(Integer, default=0)
    amount: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders_orders.id"), nullable=True)
    delivery_id: Mapped[int | None] = mapped_column(ForeignKey("orders_deliveries.id"), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class DayClose(RecordMixin, Base):
    """A closed day (日清): its figures as they were, and the lock."""

    __tablename__ = "orders_day_closes"

    day: Mapped[dt.date] = mapped_column(Date, unique=True)
    closed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    closed_by: Mapped[str] = mapped_column(String(100))
    summary: Mapped[str] = mapped_column(Text, default="{}")  # JSON snapshot
    notes: Mapped[str] = mapped_column(Text, default="")


class CashHandIn(RecordMixin, Base):
    """Cash a driver hands in at the end of a day."""

    __tablename__ = "orders_cash_handins"
    __table_args__ = (UniqueConstraint("day", "driver_staff_id"),)

    day: Mapped[dt.date] = mapped_column(Date)
    driver_staff_id: Mapped[int] = mapped_column(ForeignKey("core_staff.id"))
    expected: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    handed_in: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    note: Mapped[str] = mapped_column(Text, default="")


class NumberCounter(Base):
    """The last order number given out on each day (row-locked while an order is saved)."""

    __tablename__ = "orders_number_counters"
    __audit__ = False

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


STANDING_PATTERNS = ("weekly", "every_n", "monthly")


class StandingOrder(RecordMixin, Base):
    """A customer's standing (recurring) delivery: the same items on given weekdays, every
    N days or on given days of the month, in a time window, between a start and an end,
    paused over a date range, skipping statutory holidays or not."""

    __tablename__ = "orders_standing_orders"

    customer_id: Mapped[int] = mapped_column(ForeignKey("core_customers.id"), index=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    pattern: Mapped[str] = mapped_column(String(12), default="weekly")
    weekdays: Mapped[str] = mapped_column(String(20), default="")     # "1,4": Monday and Thursday
    every_n_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    month_days: Mapped[str] = mapped_column(String(100), default="")  # "1,15"
    window_start: Mapped[str] = mapped_column(String(5), default="")  # "09:00", office time
    window_end: Mapped[str] = mapped_column(String(5), default="")
    start_on: Mapped[dt.date] = mapped_column(Date)
    end_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    paused_from: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    paused_to: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    skip_holidays: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    items: Mapped[list["StandingItem"]] = relationship(
        back_populates="standing", order_by="StandingItem.id", cascade="all, delete-orphan")
    occurrences: Mapped[list["StandingOccurrence"]] = relationship(
        back_populates="standing", order_by="StandingOccurrence.day", cascade="all, delete-orphan")


class StandingItem(RecordMixin, Base):
    __tablename__ = "orders_standing_items"
    __aggregate_parent__ = "standing"

    standing_id: Mapped[int] = mapped_column(ForeignKey("orders_standing_orders.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("orders_products.id"))
    quantity: Mapped[int] = mapped_column(Integer)

    standing: Mapped[StandingOrder] = relationship(back_populates="items")


class StandingOccurrence(RecordMixin, Base):
    """One day of a standing order that is not left to the rule alone: skipped, changed
    (its own items, as JSON), or generated (the order it became: generating twice finds it)."""

    __tablename__ = "orders_standing_occurrences"
    __aggregate_parent__ = "standing"
    __table_args__ = (UniqueConstraint("standing_id", "day"),)

    standing_id: Mapped[int] = mapped_column(ForeignKey("orders_standing_orders.id"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    action: Mapped[str] = mapped_column(String(10))  # skip | change | generated
    items_json: Mapped[str] = mapped_column(Text, default="")
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders_orders.id"), nullable=True)
    reason: Mapped[str] = mapped_column(String(300), default="")

    standing: Mapped[StandingOrder] = relationship(back_populates="occurrences")


class TicketPrint(Base):
    """Each time an order's ticket went to a printer: a later print is a reprint (重印)."""

    __tablename__ = "orders_ticket_prints"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders_orders.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    username: Mapped[str] = mapped_column(String(64))
    copies: Mapped[str] = mapped_column(String(60), default="")  # kitchen,cashier,table
    target: Mapped[str] = mapped_column(String(200), default="")
    reprint: Mapped[bool] = mapped_column(Boolean, default=False)
