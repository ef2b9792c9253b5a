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
from suite.plugin_api.i18n import domain

T = domain("orders")

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
    __label__ = T("Product")
    __table_args__ = (UniqueConstraint("name"),)

    code: Mapped[str | None] = mapped_column(String(40), unique=True, nullable=True, info={"label": T("Code")})
    name: Mapped[str] = mapped_column(String(100), info={"label": T("Name")})
    #: the name's pinyin (``nfsq`` finds 农夫山泉), kept by the session
    name_pinyin: Mapped[str] = pinyin_column("name")
    name_initials: Mapped[str] = pinyin_column("name", initials=True)
    kind: Mapped[str] = mapped_column(String(10), default="goods", info={"label": T("Kind"),
                                                                          "choices": "suite_plugins.orders.services.common:KIND_LABELS"})
    category: Mapped[str] = mapped_column(String(60), default="", info={"label": T("Category")})
    unit: Mapped[str] = mapped_column(String(20), default="", info={"label": T("Unit")})
    price: Mapped[Decimal] = mapped_column(Money(), default=ZERO, info={"label": T("Price")})
    active: Mapped[bool] = mapped_column(Boolean, default=True, info={"label": T("Active")})
    #: water: litres per bucket (18.9, 11.3 ...)
    bucket_litres: Mapped[Decimal | None] = mapped_column(Numeric(5, 1), nullable=True,
                                                          info={"label": T("Litres per bucket")})
    #: deposit charged for each returnable container the customer keeps
    deposit: Mapped[Decimal] = mapped_column(Money(), default=ZERO, info={"label": T("Deposit")})
    returnable: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Returnable")})
    sort_order: Mapped[int] = mapped_column(Integer, default=0, info={"label": T("Sort order")})
    notes: Mapped[str] = mapped_column(Text, default="", info={"label": T("Notes")})


class Vehicle(RecordMixin, Base):
    __tablename__ = "orders_vehicles"
    __label__ = T("Vehicle")

    plate: Mapped[str] = mapped_column(String(20), unique=True, info={"label": T("Plate")})
    name: Mapped[str] = mapped_column(String(60), default="", info={"label": T("Name")})
    capacity_buckets: Mapped[int] = mapped_column(Integer, default=40, info={"label": T("Capacity (buckets)")})
    default_driver_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True,
                                                                info={"label": T("Default driver")})
    active: Mapped[bool] = mapped_column(Boolean, default=True, info={"label": T("Active")})
    notes: Mapped[str] = mapped_column(Text, default="", info={"label": T("Notes")})
    #: the vehicle's usual first departure of the day, office time ("08:30"; empty: none set)
    departure: Mapped[str] = mapped_column(String(5), default="", info={"label": T("Departure")})


class VehicleCheck(RecordMixin, Base):
    """A pre-departure check. A failed one blocks the vehicle for that day."""

    __tablename__ = "orders_vehicle_checks"
    __label__ = T("Vehicle check")
    __record_name__ = ("day", "vehicle_id")
    __table_args__ = (Index("ix_orders_vehicle_checks_vehicle_day", "vehicle_id", "day"),)

    vehicle_id: Mapped[int] = mapped_column(ForeignKey("orders_vehicles.id"), info={"label": T("Vehicle")})
    day: Mapped[dt.date] = mapped_column(Date, info={"label": T("Day")})
    checked_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Checked at")})
    driver_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True,
                                                        info={"label": T("Driver")})
    tyres: Mapped[bool] = mapped_column(Boolean, info={"label": T("Tyres")})
    brakes: Mapped[bool] = mapped_column(Boolean, info={"label": T("Brakes")})
    lights: Mapped[bool] = mapped_column(Boolean, info={"label": T("Lights")})
    load: Mapped[bool] = mapped_column(Boolean, info={"label": T("Load")})
    passed: Mapped[bool] = mapped_column(Boolean, info={"label": T("Passed")})
    notes: Mapped[str] = mapped_column(Text, default="", info={"label": T("Notes")})


class Crew(RecordMixin, Base):
    """Which vehicle a driver drives on a day."""

    __tablename__ = "orders_crews"
    __label__ = T("Crew")
    __record_name__ = ("day", "driver_staff_id")
    __table_args__ = (UniqueConstraint("day", "driver_staff_id"),)

    day: Mapped[dt.date] = mapped_column(Date, info={"label": T("Day")})
    driver_staff_id: Mapped[int] = mapped_column(ForeignKey("core_staff.id"), info={"label": T("Driver")})
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("orders_vehicles.id"), info={"label": T("Vehicle")})
    #: that day's departure, office time ("09:15"), set on the dispatch board; empty: the vehicle's
    departure: Mapped[str] = mapped_column(String(5), default="", info={"label": T("Departure")})


class Order(RecordMixin, Base):
    __tablename__ = "orders_orders"
    __label__ = T("Order")
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

    number: Mapped[str] = mapped_column(String(16), unique=True, info={"label": T("Number")})
    day: Mapped[dt.date] = mapped_column(Date, info={"label": T("Day")})
    seq: Mapped[int] = mapped_column(Integer, info={"label": T("Number of the day")})
    channel: Mapped[str] = mapped_column(String(10), info={"label": T("Channel"),
                                                            "choices": "suite_plugins.orders.services.common:CHANNEL_LABELS"})
    status: Mapped[str] = mapped_column(String(12), default="new", info={"label": T("Status"),
                                                                          "choices": "suite_plugins.orders.services.common:STATUS_LABELS"})
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("core_customers.id"), nullable=True,
                                                    info={"label": T("Customer")})
    customer_name: Mapped[str] = mapped_column(String(120), default="", info={"label": T("Customer name")})
    address: Mapped[str] = mapped_column(String(300), default="", info={"label": T("Address")})
    area_id: Mapped[int | None] = mapped_column(ForeignKey("core_areas.id"), nullable=True, info={"label": T("Area")})
    contact_phone: Mapped[str] = mapped_column(String(32), default="", info={"label": T("Contact phone")})
    requested_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                             info={"label": T("Requested at")})
    promised_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                            info={"label": T("Promised at")})
    table_no: Mapped[str] = mapped_column(String(20), default="", info={"label": T("Table no.")})
    guests: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": T("Guests")})
    notes: Mapped[str] = mapped_column(Text, default="", info={"label": T("Notes")})
    #: goods, without container deposits
    total_amount: Mapped[Decimal] = mapped_column(Money(), default=ZERO, info={"label": T("Total amount")})
    #: the sum of recorded adjustments (a delivered order is corrected, never edited)
    adjustments: Mapped[Decimal] = mapped_column(Money(), default=ZERO, info={"label": T("Adjustments")})
    #: deposit for the containers the customer will keep on top of the empties handed back
    deposit_due: Mapped[Decimal] = mapped_column(Money(), default=ZERO, info={"label": T("Deposit due")})
    #: returnable containers ordered, and empties the customer is expected to hand back
    buckets: Mapped[int] = mapped_column(Integer, default=0, info={"label": T("Buckets")})
    empties_expected: Mapped[int] = mapped_column(Integer, default=0, info={"label": T("Empties expected")})
    clerk_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True,
                                                       info={"label": T("Clerk")})
    driver_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True,
                                                        info={"label": T("Driver")})
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("orders_vehicles.id"), nullable=True,
                                                   info={"label": T("Vehicle")})
    stop_seq: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": T("Stop no.")})
    plan_day: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True, info={"label": T("Plan day")})
    assign_reason: Mapped[str] = mapped_column(String(300), default="",
                                               info={"label": T("Reason for the assignment")})
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                             info={"label": T("Confirmed at")})
    dispatched_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                              info={"label": T("Dispatched at")})
    delivered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                             info={"label": T("Delivered at")})
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                             info={"label": T("Completed at")})
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                             info={"label": T("Cancelled at")})
    cancel_reason: Mapped[str] = mapped_column(Text, default="", info={"label": T("Cancel reason")})
    amount_collected: Mapped[Decimal] = mapped_column(Money(), default=ZERO, info={"label": T("Amount collected")})
    payment_method: Mapped[str] = mapped_column(String(12), default="", info={"label": T("Payment method")})
    late_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": T("Late minutes")})
    #: the standing order this order was generated from (None: keyed by hand)
    standing_order_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True,
                                                          info={"label": T("Standing order")})

    items: Mapped[list["OrderItem"]] = relationship(
        back_populates="order", order_by="OrderItem.id", cascade="all, delete-orphan"
    )


class OrderItem(RecordMixin, Base):
    __tablename__ = "orders_order_items"
    __label__ = T("Order item")
    __record_name__ = "name"
    __aggregate_parent__ = "order"

    order_id: Mapped[int] = mapped_column(ForeignKey("orders_orders.id"), index=True, info={"label": T("Order")})
    product_id: Mapped[int] = mapped_column(ForeignKey("orders_products.id"), index=True,
                                            info={"label": T("Product")})
    name: Mapped[str] = mapped_column(String(100), info={"label": T("Name")})
    unit: Mapped[str] = mapped_column(String(20), default="", info={"label": T("Unit")})
    quantity: Mapped[int] = mapped_column(Integer, info={"label": T("Quantity")})
    unit_price: Mapped[Decimal] = mapped_column(Money(), info={"label": T("Unit price")})
    amount: Mapped[Decimal] = mapped_column(Money(), info={"label": T("Amount")})
    returnable: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Returnable")})
    deposit: Mapped[Decimal] = mapped_column(Money(), default=ZERO, info={"label": T("Deposit")})
    notes: Mapped[str] = mapped_column(String(200), default="", info={"label": T("Notes")})

    order: Mapped[Order] = relationship(back_populates="items")


class StatusChange(Base):
    """Every state change of an order: who, when, from -> to, why."""

    __tablename__ = "orders_status_history"
    __label__ = T("Status change")
    __record_name__ = "order_id"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, info={"label": T("No.")})
    order_id: Mapped[int] = mapped_column(ForeignKey("orders_orders.id"), index=True, info={"label": T("Order")})
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Time")})
    user_id: Mapped[int | None] = mapped_column(ForeignKey("core_users.id"), nullable=True, info={"label": T("User")})
    username: Mapped[str] = mapped_column(String(64), info={"label": T("User name")})
    from_status: Mapped[str] = mapped_column(String(12), default="", info={"label": T("From status"),
                                                                            "choices": "suite_plugins.orders.services.common:STATUS_LABELS"})
    to_status: Mapped[str] = mapped_column(String(12), info={"label": T("To status"),
                                                              "choices": "suite_plugins.orders.services.common:STATUS_LABELS"})
    reason: Mapped[str] = mapped_column(Text, default="", info={"label": T("Reason")})


class OrderChange(Base):
    """An edit made after confirmation, or an adjustment of a delivered order."""

    __tablename__ = "orders_order_changes"
    __label__ = T("Order change")
    __record_name__ = "order_id"
    #: an edit's old -> new values may be an address or a phone
    __personal_data__ = frozenset({"changes"})

    id: Mapped[int] = mapped_column(Integer, primary_key=True, info={"label": T("No.")})
    order_id: Mapped[int] = mapped_column(ForeignKey("orders_orders.id"), index=True, info={"label": T("Order")})
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Time")})
    user_id: Mapped[int | None] = mapped_column(ForeignKey("core_users.id"), nullable=True, info={"label": T("User")})
    username: Mapped[str] = mapped_column(String(64), info={"label": T("User name")})
    kind: Mapped[str] = mapped_column(String(12), info={"label": T("Kind")})  # edit | adjustment
    changes: Mapped[str] = mapped_column(Text, default="{}", info={"label": T("Changes")})  # JSON {field: [old, new]}
    amount_delta: Mapped[Decimal] = mapped_column(Money(), default=ZERO, info={"label": T("Amount change")})
    reason: Mapped[str] = mapped_column(Text, default="", info={"label": T("Reason")})


class Plan(RecordMixin, Base):
    """The daily delivery plan (one per day, re-planned in place)."""

    __tablename__ = "orders_plans"
    __label__ = T("Delivery plan")

    day: Mapped[dt.date] = mapped_column(Date, unique=True, info={"label": T("Day")})
    planned_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Planned at")})
    orders_count: Mapped[int] = mapped_column(Integer, default=0, info={"label": T("Orders")})
    unassigned_count: Mapped[int] = mapped_column(Integer, default=0, info={"label": T("Unassigned orders")})
    runs: Mapped[int] = mapped_column(Integer, default=0, info={"label": T("Runs")})


class Assignment(Base):
    """The log of who was given which order and why (plan runs and manual overrides)."""

    __tablename__ = "orders_assignments"
    __label__ = T("Delivery assignment")
    __record_name__ = ("day", "order_id")

    id: Mapped[int] = mapped_column(Integer, primary_key=True, info={"label": T("No.")})
    order_id: Mapped[int] = mapped_column(ForeignKey("orders_orders.id"), index=True, info={"label": T("Order")})
    day: Mapped[dt.date] = mapped_column(Date, info={"label": T("Day")})
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Time")})
    username: Mapped[str] = mapped_column(String(64), info={"label": T("User name")})
    driver_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True,
                                                        info={"label": T("Driver")})
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("orders_vehicles.id"), nullable=True,
                                                   info={"label": T("Vehicle")})
    stop_seq: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": T("Stop no.")})
    manual: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Manual")})
    reason: Mapped[str] = mapped_column(String(300), default="", info={"label": T("Reason")})


class Delivery(RecordMixin, Base):
    """A delivery attempt: delivered (maybe with damaged buckets), or failed (customer
    absent, refused)."""

    __tablename__ = "orders_deliveries"
    __label__ = T("Delivery")
    __record_name__ = "order_id"
    #: an attempt is part of its order: a stale edit of the order after a driver's attempt conflicts
    __aggregate_parent__ = "order_id"
    __table_args__ = (Index("ix_orders_deliveries_driver_at", "driver_staff_id", "attempt_at"),)

    order_id: Mapped[int] = mapped_column(ForeignKey("orders_orders.id"), index=True, info={"label": T("Order")})
    attempt_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Attempted at")})
    delivered: Mapped[bool] = mapped_column(Boolean, info={"label": T("Delivered")})
    exception: Mapped[str] = mapped_column(String(12), default="", info={"label": T("Exception"),
                                                                          "choices": "suite_plugins.orders.services.common:EXCEPTION_LABELS"})
    signed_by: Mapped[str] = mapped_column(String(60), default="", info={"label": T("Signed by")})
    buckets_delivered: Mapped[int] = mapped_column(Integer, default=0, info={"label": T("Buckets delivered")})
    empties_collected: Mapped[int] = mapped_column(Integer, default=0, info={"label": T("Empties collected")})
    damaged_buckets: Mapped[int] = mapped_column(Integer, default=0, info={"label": T("Damaged buckets")})
    amount_collected: Mapped[Decimal] = mapped_column(Money(), default=ZERO, info={"label": T("Amount collected")})
    deposit_collected: Mapped[Decimal] = mapped_column(Money(), default=ZERO, info={"label": T("Deposit collected")})
    payment_method: Mapped[str] = mapped_column(String(12), default="", info={"label": T("Payment method"),
                                                                               "choices": "suite_plugins.orders.services.common:METHOD_LABELS"})
    driver_staff_id: Mapped[int | None] = mapped_column(ForeignKey("core_staff.id"), nullable=True,
                                                        info={"label": T("Driver")})
    late_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": T("Late minutes")})
    note: Mapped[str] = mapped_column(Text, default="", info={"label": T("Note")})


class DepositEntry(RecordMixin, Base):
    """The bucket deposit ledger: ``buckets`` held change (+ out, - returned) and deposit
    money (+ paid, - refunded)."""

    __tablename__ = "orders_deposit_ledger"
    __label__ = T("Deposit entry")
    __table_args__ = (Index("ix_orders_deposit_ledger_customer_at", "customer_id", "at"),)

    customer_id: Mapped[int] = mapped_column(ForeignKey("core_customers.id"), info={"label": T("Customer")})
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Time")})
    kind: Mapped[str] = mapped_column(String(10), info={"label": T("Kind"),
                                                         "choices": "suite_plugins.orders.services.common:DEPOSIT_KIND_LABELS"})
    buckets: Mapped[int] = mapped_column(Integer, default=0, info={"label": T("Buckets")})
    amount: Mapped[Decimal] = mapped_column(Money(), default=ZERO, info={"label": T("Amount")})
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders_orders.id"), nullable=True,
                                                 info={"label": T("Order")})
    delivery_id: Mapped[int | None] = mapped_column(ForeignKey("orders_deliveries.id"), nullable=True,
                                                    info={"label": T("Delivery")})
    note: Mapped[str] = mapped_column(Text, default="", info={"label": T("Note")})


class DayClose(RecordMixin, Base):
    """A closed day (日清): its figures as they were, and the lock."""

    __tablename__ = "orders_day_closes"
    __label__ = T("Day close")

    day: Mapped[dt.date] = mapped_column(Date, unique=True, info={"label": T("Day")})
    closed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Closed at")})
    closed_by: Mapped[str] = mapped_column(String(100), info={"label": T("Closed by")})
    summary: Mapped[str] = mapped_column(Text, default="{}", info={"label": T("Summary")})  # JSON snapshot
    notes: Mapped[str] = mapped_column(Text, default="", info={"label": T("Notes")})


class CashHandIn(RecordMixin, Base):
    """Cash a driver hands in at the end of a day."""

    __tablename__ = "orders_cash_handins"
    __label__ = T("Cash hand-in")
    __table_args__ = (UniqueConstraint("day", "driver_staff_id"),)

    day: Mapped[dt.date] = mapped_column(Date, info={"label": T("Day")})
    driver_staff_id: Mapped[int] = mapped_column(ForeignKey("core_staff.id"), info={"label": T("Driver")})
    expected: Mapped[Decimal] = mapped_column(Money(), default=ZERO, info={"label": T("Expected")})
    handed_in: Mapped[Decimal] = mapped_column(Money(), default=ZERO, info={"label": T("Handed in")})
    note: Mapped[str] = mapped_column(Text, default="", info={"label": T("Note")})


class NumberCounter(Base):
    """The last order number given out on each day (row-locked while an order is saved)."""

    __tablename__ = "orders_number_counters"
    __label__ = T("Order number counter")
    __audit__ = False

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True, info={"label": T("Day")})
    last: Mapped[int] = mapped_column(Integer, default=0, info={"label": T("Last number")})


STANDING_PATTERNS = ("weekly", "every_n", "monthly")


class StandingOrder(RecordMixin, Base):
    """A customer's standing (recurring) delivery: the same items on given weekdays, every
    N days or on given days of the month, in a time window, between a start and an end,
    paused over a date range, skipping statutory holidays or not."""

    __tablename__ = "orders_standing_orders"
    __label__ = T("Standing order")

    customer_id: Mapped[int] = mapped_column(ForeignKey("core_customers.id"), index=True,
                                             info={"label": T("Customer")})
    address: Mapped[str] = mapped_column(String(300), default="", info={"label": T("Address")})
    pattern: Mapped[str] = mapped_column(String(12), default="weekly", info={"label": T("Pattern")})
    weekdays: Mapped[str] = mapped_column(String(20), default="",
                                          info={"label": T("Weekdays")})     # "1,4": Monday and Thursday
    every_n_days: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": T("Every how many days")})
    month_days: Mapped[str] = mapped_column(String(100), default="", info={"label": T("Month days")})  # "1,15"
    window_start: Mapped[str] = mapped_column(String(5), default="",
                                              info={"label": T("Window from")})  # "09:00", office time
    window_end: Mapped[str] = mapped_column(String(5), default="", info={"label": T("Window until")})
    start_on: Mapped[dt.date] = mapped_column(Date, info={"label": T("Starts on")})
    end_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, info={"label": T("Ends on")})
    paused_from: Mapped[dt.date | None] = mapped_column(Date, nullable=True, info={"label": T("Paused from")})
    paused_to: Mapped[dt.date | None] = mapped_column(Date, nullable=True, info={"label": T("Paused to")})
    skip_holidays: Mapped[bool] = mapped_column(Boolean, default=True, info={"label": T("Skip holidays")})
    notes: Mapped[str] = mapped_column(Text, default="", info={"label": T("Notes")})

    items: Mapped[list["StandingItem"]] = relationship(
        back_populates="standing", order_by="StandingItem.id", cascade="all, delete-orphan")
    occurrences: Mapped[list["StandingOccurrence"]] = relationship(
        back_populates="standing", order_by="StandingOccurrence.day", cascade="all, delete-orphan")


class StandingItem(RecordMixin, Base):
    __tablename__ = "orders_standing_items"
    __label__ = T("Standing item")
    __aggregate_parent__ = "standing"

    standing_id: Mapped[int] = mapped_column(ForeignKey("orders_standing_orders.id"), index=True,
                                             info={"label": T("Standing order")})
    product_id: Mapped[int] = mapped_column(ForeignKey("orders_products.id"), info={"label": T("Product")})
    quantity: Mapped[int] = mapped_column(Integer, info={"label": T("Quantity")})

    standing: Mapped[StandingOrder] = relationship(back_populates="items")


class StandingOccurrence(RecordMixin, Base):
    """One day of a standing order that is not left to the rule alone: skipped, changed
    (its own items, as JSON), or generated (the order it became: generating twice finds it)."""

    __tablename__ = "orders_standing_occurrences"
    __label__ = T("Standing occurrence")
    __record_name__ = ("standing_id", "day")
    __aggregate_parent__ = "standing"
    __table_args__ = (UniqueConstraint("standing_id", "day"),)

    standing_id: Mapped[int] = mapped_column(ForeignKey("orders_standing_orders.id"), index=True,
                                             info={"label": T("Standing order")})
    day: Mapped[dt.date] = mapped_column(Date, info={"label": T("Day")})
    action: Mapped[str] = mapped_column(String(10), info={"label": T("Action")})  # skip | change | generated
    items_json: Mapped[str] = mapped_column(Text, default="", info={"label": T("Items")})
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders_orders.id"), nullable=True,
                                                 info={"label": T("Order")})
    reason: Mapped[str] = mapped_column(String(300), default="", info={"label": T("Reason")})

    standing: Mapped[StandingOrder] = relationship(back_populates="occurrences")


class TicketPrint(Base):
    """Each time an order's ticket went to a printer: a later print is a reprint (重印)."""

    __tablename__ = "orders_ticket_prints"
    __label__ = T("Ticket print")
    __record_name__ = "order_id"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, info={"label": T("No.")})
    order_id: Mapped[int] = mapped_column(ForeignKey("orders_orders.id"), index=True, info={"label": T("Order")})
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Time")})
    username: Mapped[str] = mapped_column(String(64), info={"label": T("User name")})
    copies: Mapped[str] = mapped_column(String(60), default="", info={"label": T("Copies")})  # kitchen,cashier,table
    target: Mapped[str] = mapped_column(String(200), default="", info={"label": T("Target")})
    reprint: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Reprint")})
