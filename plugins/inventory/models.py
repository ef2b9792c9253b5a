"""Tables of the inventory plugin (prefix ``inv_``).

The stock ledger (``inv_moves``) is the source of truth: a move is never changed or deleted
(a counter-move reverses it). ``inv_balances`` holds one row per item, location and batch,
written in the same transaction as every move (``services.stock``); a test checks it always
equals the sum of the ledger.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import (Boolean, Date, ForeignKey, Index, Integer, Numeric, String, Text, TypeDecorator,
                        UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from suite.plugin_api.db import Base, Money, RecordMixin, UTCDateTime, pinyin_column

QTY_PLACES = Decimal("0.001")
ZERO = Decimal("0")


class Qty(TypeDecorator):
    """A quantity as ``Decimal`` with three places (kg, litres, pieces), never a float."""

    impl = Numeric(14, 3)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("a quantity must be a Decimal or a string, never a float")
        value = Decimal(value).quantize(QTY_PLACES, rounding=ROUND_HALF_UP)
        return str(value) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return Decimal(str(value)).quantize(QTY_PLACES, rounding=ROUND_HALF_UP)


ITEM_KINDS = ("ingredient", "drink", "packaging", "cleaning", "water_full", "water_empty", "other")
STORAGE = ("ambient", "chilled", "frozen")
LOCATION_KINDS = ("store_room", "cold_room", "freezer", "bar", "depot", "van", "kitchen")
MOVE_KINDS = ("receipt", "issue", "transfer", "adjustment", "waste", "return", "stocktake", "sale", "reversal")
PO_STATUSES = ("draft", "sent", "partly_received", "received", "cancelled")
DECISIONS = ("accept", "reject", "accept_remark")
LICENCE_KINDS = ("business_licence", "food_business", "food_production", "inspection_report", "other")


class Supplier(RecordMixin, Base):
    __tablename__ = "inv_suppliers"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    #: the name's pinyin keys (``xfsc`` finds 鲜丰食材), kept by the session
    name_pinyin: Mapped[str] = pinyin_column("name")
    name_initials: Mapped[str] = pinyin_column("name", initials=True)
    contact: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    supplies: Mapped[str] = mapped_column(String(200), default="")
    #: food: needs a business licence and a food business or production licence;
    #: otherwise (packaging, cleaning) a business licence is enough
    food: Mapped[bool] = mapped_column(Boolean, default=True)
    #: the department responsible for the supplier (core department code)
    department: Mapped[str] = mapped_column(String(30), default="purchasing")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    suspended: Mapped[bool] = mapped_column(Boolean, default=False)
    suspend_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    licences: Mapped[list["Licence"]] = relationship(back_populates="supplier", order_by="Licence.id")


class Licence(RecordMixin, Base):
    """A licence or certificate of a supplier (营业执照, 食品经营许可证, inspection report...)."""

    __tablename__ = "inv_licences"
    __aggregate_parent__ = "supplier"

    supplier_id: Mapped[int] = mapped_column(ForeignKey("inv_suppliers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    number: Mapped[str] = mapped_column(String(60))
    issuer: Mapped[str] = mapped_column(String(120), default="")
    expires_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    #: a core attachment id (a scan of the document)
    attachment_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    attachment_name: Mapped[str] = mapped_column(String(200), default="")

    supplier: Mapped[Supplier] = relationship(back_populates="licences")


class Location(RecordMixin, Base):
    __tablename__ = "inv_locations"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(20))
    #: stock here is sold or served (bar, van): expired stock never comes here
    sales: Mapped[bool] = mapped_column(Boolean, default=False)
    #: a van of the order desk (its vehicle id)
    vehicle_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Item(RecordMixin, Base):
    __tablename__ = "inv_items"

    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    #: the name's pinyin keys (``nfsq`` finds 农夫山泉), kept by the session
    name_pinyin: Mapped[str] = pinyin_column("name")
    name_initials: Mapped[str] = pinyin_column("name", initials=True)
    kind: Mapped[str] = mapped_column(String(20))
    unit: Mapped[str] = mapped_column(String(20))
    category: Mapped[str] = mapped_column(String(60), default="")
    reorder_point: Mapped[Decimal] = mapped_column(Qty(), default=ZERO)
    reorder_qty: Mapped[Decimal] = mapped_column(Qty(), default=ZERO)
    #: default shelf life in days (None: not perishable, no expiry needed)
    shelf_life_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    storage: Mapped[str] = mapped_column(String(10), default="ambient")
    preferred_supplier_id: Mapped[int | None] = mapped_column(ForeignKey("inv_suppliers.id"), nullable=True)
    standard_cost: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    #: a product of the order desk that is this item (a bucket of water)
    product_id: Mapped[int | None] = mapped_column(Integer, nullable=True, unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    @property
    def perishable(self) -> bool:
        return self.shelf_life_days is not None


class Batch(RecordMixin, Base):
    __tablename__ = "inv_batches"
    __table_args__ = (UniqueConstraint("item_id", "code"), Index("ix_inv_batches_item_expiry", "item_id", "expiry"))

    item_id: Mapped[int] = mapped_column(ForeignKey("inv_items.id"))
    code: Mapped[str] = mapped_column(String(40), index=True)
    supplier_id: Mapped[int | None] = mapped_column(ForeignKey("inv_suppliers.id"), nullable=True, index=True)
    receipt_id: Mapped[int | None] = mapped_column(ForeignKey("inv_receipts.id"), nullable=True)
    received_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    production_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    expiry: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    unit_cost: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    blocked: Mapped[bool] = mapped_column(Boolean, default=False)
    block_reason: Mapped[str] = mapped_column(Text, default="")
    #: the placeholder batch of an item that holds stock taken without a batch (sales beyond stock)
    placeholder: Mapped[bool] = mapped_column(Boolean, default=False)


class Move(RecordMixin, Base):
    """One line of the stock ledger: a signed quantity of one batch at one location."""

    __tablename__ = "inv_moves"
    __table_args__ = (
        Index("ix_inv_moves_item_at", "item_id", "at"),
        Index("ix_inv_moves_batch", "batch_id"),
        Index("ix_inv_moves_at", "at"),
        Index("ix_inv_moves_order", "order_id"),
    )

    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    kind: Mapped[str] = mapped_column(String(12))
    item_id: Mapped[int] = mapped_column(ForeignKey("inv_items.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("inv_locations.id"))
    batch_id: Mapped[int] = mapped_column(ForeignKey("inv_batches.id"))
    quantity: Mapped[Decimal] = mapped_column(Qty())
    unit_cost: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    reason: Mapped[str] = mapped_column(Text, default="")
    #: what the move serves: an order (id of the order desk), a ticket number, a document
    order_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reference: Mapped[str] = mapped_column(String(60), default="")
    receipt_id: Mapped[int | None] = mapped_column(ForeignKey("inv_receipts.id"), nullable=True)
    stocktake_id: Mapped[int | None] = mapped_column(ForeignKey("inv_stocktakes.id"), nullable=True)
    #: the move this one reverses
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("inv_moves.id"), nullable=True, unique=True)
    #: consumption from a sale that took the balance below zero (for the next stocktake)
    shortfall: Mapped[bool] = mapped_column(Boolean, default=False)
    staff_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    username: Mapped[str] = mapped_column(String(64), default="")


class Balance(RecordMixin, Base):
    """Stock of one batch at one location: the sum of its moves (kept with every move)."""

    __tablename__ = "inv_balances"
    __table_args__ = (UniqueConstraint("item_id", "location_id", "batch_id"),
                      Index("ix_inv_balances_location_item", "location_id", "item_id"))

    item_id: Mapped[int] = mapped_column(ForeignKey("inv_items.id"), index=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("inv_locations.id"))
    batch_id: Mapped[int] = mapped_column(ForeignKey("inv_batches.id"), index=True)
    quantity: Mapped[Decimal] = mapped_column(Qty(), default=ZERO)
    #: the batch's expiry, copied for FEFO picking from one index
    expiry: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class PurchaseOrder(RecordMixin, Base):
    __tablename__ = "inv_purchase_orders"

    number: Mapped[str] = mapped_column(String(20), unique=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("inv_suppliers.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    ordered_on: Mapped[dt.date] = mapped_column(Date)
    expected_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    lines: Mapped[list["POLine"]] = relationship(back_populates="order", order_by="POLine.id",
                                                 cascade="all, delete-orphan")


class POLine(RecordMixin, Base):
    __tablename__ = "inv_po_lines"
    __aggregate_parent__ = "order"

    po_id: Mapped[int] = mapped_column(ForeignKey("inv_purchase_orders.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("inv_items.id"))
    quantity: Mapped[Decimal] = mapped_column(Qty())
    unit_price: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    received: Mapped[Decimal] = mapped_column(Qty(), default=ZERO)

    order: Mapped[PurchaseOrder] = relationship(back_populates="lines")


class Receipt(RecordMixin, Base):
    """A delivery received from a supplier, with its incoming inspection (进货查验)."""

    __tablename__ = "inv_receipts"
    __table_args__ = (Index("ix_inv_receipts_received_on", "received_on"),)

    number: Mapped[str] = mapped_column(String(20), unique=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("inv_suppliers.id"), index=True)
    po_id: Mapped[int | None] = mapped_column(ForeignKey("inv_purchase_orders.id"), nullable=True, index=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("inv_locations.id"))
    received_on: Mapped[dt.date] = mapped_column(Date)
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    #: delivered on or before the PO's expected date (None: no PO or no expected date)
    on_time: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    invoice_seen: Mapped[bool] = mapped_column(Boolean, default=False)
    certificates_seen: Mapped[bool] = mapped_column(Boolean, default=False)
    inspector: Mapped[str] = mapped_column(String(64), default="")
    inspector_staff_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    supplier_contact: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    lines: Mapped[list["ReceiptLine"]] = relationship(back_populates="receipt", order_by="ReceiptLine.id",
                                                      cascade="all, delete-orphan")


class ReceiptLine(RecordMixin, Base):
    __tablename__ = "inv_receipt_lines"
    __aggregate_parent__ = "receipt"

    receipt_id: Mapped[int] = mapped_column(ForeignKey("inv_receipts.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("inv_items.id"), index=True)
    po_line_id: Mapped[int | None] = mapped_column(ForeignKey("inv_po_lines.id"), nullable=True)
    quantity: Mapped[Decimal] = mapped_column(Qty())
    unit_cost: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    batch_code: Mapped[str] = mapped_column(String(40), default="")
    production_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    expiry: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    arrival_temp: Mapped[Decimal | None] = mapped_column(Numeric(5, 1, asdecimal=True), nullable=True)
    packaging_ok: Mapped[bool] = mapped_column(Boolean, default=True)
    sensory_ok: Mapped[bool] = mapped_column(Boolean, default=True)
    certificates_ok: Mapped[bool] = mapped_column(Boolean, default=True)
    decision: Mapped[str] = mapped_column(String(16), default="accept")
    remark: Mapped[str] = mapped_column(Text, default="")
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("inv_batches.id"), nullable=True)

    receipt: Mapped[Receipt] = relationship(back_populates="lines")


class Stocktake(RecordMixin, Base):
    __tablename__ = "inv_stocktakes"

    location_id: Mapped[int] = mapped_column(ForeignKey("inv_locations.id"), index=True)
    status: Mapped[str] = mapped_column(String(12), default="counting")  # counting | posted
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    counted_on: Mapped[dt.date] = mapped_column(Date)
    show_expected: Mapped[bool] = mapped_column(Boolean, default=False)
    posted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    approver_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    approver_name: Mapped[str] = mapped_column(String(64), default="")
    counter_staff_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    counter_name: Mapped[str] = mapped_column(String(64), default="")

    counts: Mapped[list["StocktakeCount"]] = relationship(back_populates="stocktake", order_by="StocktakeCount.id",
                                                          cascade="all, delete-orphan")


class StocktakeCount(RecordMixin, Base):
    __tablename__ = "inv_stocktake_counts"
    __aggregate_parent__ = "stocktake"

    stocktake_id: Mapped[int] = mapped_column(ForeignKey("inv_stocktakes.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("inv_items.id"))
    batch_id: Mapped[int] = mapped_column(ForeignKey("inv_batches.id"))
    expected: Mapped[Decimal] = mapped_column(Qty(), default=ZERO)
    counted: Mapped[Decimal | None] = mapped_column(Qty(), nullable=True)
    unit_cost: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))

    stocktake: Mapped[Stocktake] = relationship(back_populates="counts")


class Recipe(RecordMixin, Base):
    """A dish (a product of the order desk) or a semi-finished preparation: its ingredients."""

    __tablename__ = "inv_recipes"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    product_id: Mapped[int | None] = mapped_column(Integer, nullable=True, unique=True)
    #: where the ingredients are taken from
    location_id: Mapped[int | None] = mapped_column(ForeignKey("inv_locations.id"), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    lines: Mapped[list["RecipeLine"]] = relationship(back_populates="recipe", order_by="RecipeLine.id",
                                                     cascade="all, delete-orphan",
                                                     foreign_keys="RecipeLine.recipe_id")


class RecipeLine(RecordMixin, Base):
    __tablename__ = "inv_recipe_lines"
    __aggregate_parent__ = "recipe"

    recipe_id: Mapped[int] = mapped_column(ForeignKey("inv_recipes.id"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("inv_items.id"), nullable=True)
    sub_recipe_id: Mapped[int | None] = mapped_column(ForeignKey("inv_recipes.id"), nullable=True)
    quantity: Mapped[Decimal] = mapped_column(Qty())

    recipe: Mapped[Recipe] = relationship(back_populates="lines", foreign_keys=[recipe_id])


class SupplierIncident(RecordMixin, Base):
    """Something held against a supplier: a substantiated complaint naming it."""

    __tablename__ = "inv_supplier_incidents"
    __table_args__ = (UniqueConstraint("supplier_id", "source"),)

    supplier_id: Mapped[int] = mapped_column(ForeignKey("inv_suppliers.id"), index=True)
    source: Mapped[str] = mapped_column(String(40))  # complaint:<id>
    complaint_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    on: Mapped[dt.date] = mapped_column(Date, index=True)
    note: Mapped[str] = mapped_column(Text, default="")


class ScoreCriterion(RecordMixin, Base):
    """A criterion of the supplier scorecard and its weight (editable by the office)."""

    __tablename__ = "inv_score_criteria"

    code: Mapped[str] = mapped_column(String(30), unique=True)
    weight: Mapped[Decimal] = mapped_column(Numeric(6, 2, asdecimal=True))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
