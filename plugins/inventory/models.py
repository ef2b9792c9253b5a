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
from suite.plugin_api.i18n import domain

T = domain("inventory")

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
    __label__ = T("Supplier")

    name: Mapped[str] = mapped_column(String(120), unique=True, info={"label": T("Name")})
    #: the name's pinyin keys (``xfsc`` finds 鲜丰食材), kept by the session
    name_pinyin: Mapped[str] = pinyin_column("name")
    name_initials: Mapped[str] = pinyin_column("name", initials=True)
    contact: Mapped[str] = mapped_column(String(60), default="", info={"label": T("Contact")})
    phone: Mapped[str] = mapped_column(String(40), default="", info={"label": T("Phone")})
    address: Mapped[str] = mapped_column(String(200), default="", info={"label": T("Address")})
    supplies: Mapped[str] = mapped_column(String(200), default="", info={"label": T("Supplies")})
    #: food: needs a business licence and a food business or production licence;
    #: otherwise (packaging, cleaning) a business licence is enough
    food: Mapped[bool] = mapped_column(Boolean, default=True, info={"label": T("Food")})
    #: the department responsible for the supplier (core department code)
    department: Mapped[str] = mapped_column(String(30), default="purchasing", info={"label": T("Department")})
    active: Mapped[bool] = mapped_column(Boolean, default=True, info={"label": T("Active")})
    suspended: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Suspended")})
    suspend_reason: Mapped[str] = mapped_column(Text, default="", info={"label": T("Suspend reason")})
    notes: Mapped[str] = mapped_column(Text, default="", info={"label": T("Notes")})

    licences: Mapped[list["Licence"]] = relationship(back_populates="supplier", order_by="Licence.id")


class Licence(RecordMixin, Base):
    """A licence or certificate of a supplier (营业执照, 食品经营许可证, inspection report...)."""

    __tablename__ = "inv_licences"
    __label__ = T("Licence")
    __aggregate_parent__ = "supplier"

    supplier_id: Mapped[int] = mapped_column(ForeignKey("inv_suppliers.id"), index=True,
                                             info={"label": T("Supplier")})
    kind: Mapped[str] = mapped_column(String(30), info={"label": T("Kind"),
                                                         "choices": "suite_plugins.inventory.services.suppliers:LICENCE_LABELS"})
    number: Mapped[str] = mapped_column(String(60), info={"label": T("Number")})
    issuer: Mapped[str] = mapped_column(String(120), default="", info={"label": T("Issuer")})
    expires_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, info={"label": T("Expires on")})
    #: a core attachment id (a scan of the document)
    attachment_id: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": T("Attachment")})
    attachment_name: Mapped[str] = mapped_column(String(200), default="", info={"label": T("Attachment name")})

    supplier: Mapped[Supplier] = relationship(back_populates="licences")


class Location(RecordMixin, Base):
    __tablename__ = "inv_locations"
    __label__ = T("Location")

    code: Mapped[str] = mapped_column(String(20), unique=True, info={"label": T("Code")})
    name: Mapped[str] = mapped_column(String(80), info={"label": T("Name")})
    kind: Mapped[str] = mapped_column(String(20), info={"label": T("Kind"),
                                                         "choices": "suite_plugins.inventory.services.catalog:LOCATION_LABELS"})
    #: stock here is sold or served (bar, van): expired stock never comes here
    sales: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Sales")})
    #: a van of the order desk (its vehicle id)
    vehicle_id: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": T("Vehicle")})
    active: Mapped[bool] = mapped_column(Boolean, default=True, info={"label": T("Active")})


class Item(RecordMixin, Base):
    __tablename__ = "inv_items"
    __label__ = T("Stock item")

    code: Mapped[str] = mapped_column(String(30), unique=True, info={"label": T("Code")})
    name: Mapped[str] = mapped_column(String(100), unique=True, info={"label": T("Name")})
    #: the name's pinyin keys (``nfsq`` finds 农夫山泉), kept by the session
    name_pinyin: Mapped[str] = pinyin_column("name")
    name_initials: Mapped[str] = pinyin_column("name", initials=True)
    kind: Mapped[str] = mapped_column(String(20), info={"label": T("Kind"),
                                                         "choices": "suite_plugins.inventory.services.catalog:KIND_LABELS"})
    unit: Mapped[str] = mapped_column(String(20), info={"label": T("Unit")})
    category: Mapped[str] = mapped_column(String(60), default="", info={"label": T("Category")})
    reorder_point: Mapped[Decimal] = mapped_column(Qty(), default=ZERO, info={"label": T("Reorder point")})
    reorder_qty: Mapped[Decimal] = mapped_column(Qty(), default=ZERO, info={"label": T("Reorder quantity")})
    #: default shelf life in days (None: not perishable, no expiry needed)
    shelf_life_days: Mapped[int | None] = mapped_column(Integer, nullable=True,
                                                        info={"label": T("Shelf life (days)")})
    storage: Mapped[str] = mapped_column(String(10), default="ambient", info={"label": T("Storage"),
                                                                               "choices": "suite_plugins.inventory.services.catalog:STORAGE_LABELS"})
    preferred_supplier_id: Mapped[int | None] = mapped_column(ForeignKey("inv_suppliers.id"), nullable=True,
                                                              info={"label": T("Preferred supplier")})
    standard_cost: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"),
                                                   info={"label": T("Standard cost")})
    #: a product of the order desk that is this item (a bucket of water)
    product_id: Mapped[int | None] = mapped_column(Integer, nullable=True, unique=True, info={"label": T("Product")})
    active: Mapped[bool] = mapped_column(Boolean, default=True, info={"label": T("Active")})

    @property
    def perishable(self) -> bool:
        return self.shelf_life_days is not None


class Batch(RecordMixin, Base):
    __tablename__ = "inv_batches"
    __label__ = T("Batch")
    __table_args__ = (UniqueConstraint("item_id", "code"), Index("ix_inv_batches_item_expiry", "item_id", "expiry"))

    item_id: Mapped[int] = mapped_column(ForeignKey("inv_items.id"), info={"label": T("Item")})
    code: Mapped[str] = mapped_column(String(40), index=True, info={"label": T("Code")})
    supplier_id: Mapped[int | None] = mapped_column(ForeignKey("inv_suppliers.id"), nullable=True, index=True,
                                                    info={"label": T("Supplier")})
    receipt_id: Mapped[int | None] = mapped_column(ForeignKey("inv_receipts.id"), nullable=True,
                                                   info={"label": T("Receipt")})
    received_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, info={"label": T("Received on")})
    production_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True, info={"label": T("Production date")})
    expiry: Mapped[dt.date | None] = mapped_column(Date, nullable=True, info={"label": T("Expiry")})
    unit_cost: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"), info={"label": T("Unit cost")})
    blocked: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Blocked")})
    block_reason: Mapped[str] = mapped_column(Text, default="", info={"label": T("Block reason")})
    #: the placeholder batch of an item that holds stock taken without a batch (sales beyond stock)
    placeholder: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Placeholder")})


class Move(RecordMixin, Base):
    """One line of the stock ledger: a signed quantity of one batch at one location."""

    __tablename__ = "inv_moves"
    __label__ = T("Stock move")
    __record_name__ = ("kind", "item_id")
    __table_args__ = (
        Index("ix_inv_moves_item_at", "item_id", "at"),
        Index("ix_inv_moves_batch", "batch_id"),
        Index("ix_inv_moves_at", "at"),
        Index("ix_inv_moves_order", "order_id"),
    )

    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Time")})
    kind: Mapped[str] = mapped_column(String(12), info={"label": T("Kind"),
                                                         "choices": "suite_plugins.inventory.services.queries:MOVE_LABELS"})
    item_id: Mapped[int] = mapped_column(ForeignKey("inv_items.id"), info={"label": T("Item")})
    location_id: Mapped[int] = mapped_column(ForeignKey("inv_locations.id"), info={"label": T("Location")})
    batch_id: Mapped[int] = mapped_column(ForeignKey("inv_batches.id"), info={"label": T("Batch")})
    quantity: Mapped[Decimal] = mapped_column(Qty(), info={"label": T("Quantity")})
    unit_cost: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"), info={"label": T("Unit cost")})
    reason: Mapped[str] = mapped_column(Text, default="", info={"label": T("Reason")})
    #: what the move serves: an order (id of the order desk), a ticket number, a document
    order_id: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": T("Order")})
    reference: Mapped[str] = mapped_column(String(60), default="", info={"label": T("Reference")})
    receipt_id: Mapped[int | None] = mapped_column(ForeignKey("inv_receipts.id"), nullable=True,
                                                   info={"label": T("Receipt")})
    stocktake_id: Mapped[int | None] = mapped_column(ForeignKey("inv_stocktakes.id"), nullable=True,
                                                     info={"label": T("Stocktake")})
    #: the move this one reverses
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("inv_moves.id"), nullable=True, unique=True,
                                                    info={"label": T("Reverses")})
    #: consumption from a sale that took the balance below zero (for the next stocktake)
    shortfall: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Shortfall")})
    staff_id: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": T("Employee")})
    username: Mapped[str] = mapped_column(String(64), default="", info={"label": T("User name")})


class Balance(RecordMixin, Base):
    """Stock of one batch at one location: the sum of its moves (kept with every move)."""

    __tablename__ = "inv_balances"
    __label__ = T("Stock balance")
    __record_name__ = ("item_id", "location_id")
    __table_args__ = (UniqueConstraint("item_id", "location_id", "batch_id"),
                      Index("ix_inv_balances_location_item", "location_id", "item_id"))

    item_id: Mapped[int] = mapped_column(ForeignKey("inv_items.id"), index=True, info={"label": T("Item")})
    location_id: Mapped[int] = mapped_column(ForeignKey("inv_locations.id"), info={"label": T("Location")})
    batch_id: Mapped[int] = mapped_column(ForeignKey("inv_batches.id"), index=True, info={"label": T("Batch")})
    quantity: Mapped[Decimal] = mapped_column(Qty(), default=ZERO, info={"label": T("Quantity")})
    #: the batch's expiry, copied for FEFO picking from one index
    expiry: Mapped[dt.date | None] = mapped_column(Date, nullable=True, info={"label": T("Expiry")})


class PurchaseOrder(RecordMixin, Base):
    __tablename__ = "inv_purchase_orders"
    __label__ = T("Purchase order")

    number: Mapped[str] = mapped_column(String(20), unique=True, info={"label": T("Number")})
    supplier_id: Mapped[int] = mapped_column(ForeignKey("inv_suppliers.id"), index=True,
                                             info={"label": T("Supplier")})
    status: Mapped[str] = mapped_column(String(20), default="draft", info={"label": T("Status"),
                                                                            "choices": "suite_plugins.inventory.services.purchasing:STATUS_LABELS"})
    ordered_on: Mapped[dt.date] = mapped_column(Date, info={"label": T("Ordered on")})
    expected_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, info={"label": T("Expected on")})
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True, info={"label": T("Sent at")})
    cancel_reason: Mapped[str] = mapped_column(Text, default="", info={"label": T("Cancel reason")})
    notes: Mapped[str] = mapped_column(Text, default="", info={"label": T("Notes")})

    lines: Mapped[list["POLine"]] = relationship(back_populates="order", order_by="POLine.id",
                                                 cascade="all, delete-orphan")


class POLine(RecordMixin, Base):
    __tablename__ = "inv_po_lines"
    __label__ = T("Purchase order line")
    __record_name__ = ("po_id", "item_id")
    __aggregate_parent__ = "order"

    po_id: Mapped[int] = mapped_column(ForeignKey("inv_purchase_orders.id"), index=True,
                                       info={"label": T("Purchase order")})
    item_id: Mapped[int] = mapped_column(ForeignKey("inv_items.id"), info={"label": T("Item")})
    quantity: Mapped[Decimal] = mapped_column(Qty(), info={"label": T("Quantity")})
    unit_price: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"), info={"label": T("Unit price")})
    received: Mapped[Decimal] = mapped_column(Qty(), default=ZERO, info={"label": T("Received")})

    order: Mapped[PurchaseOrder] = relationship(back_populates="lines")


class Receipt(RecordMixin, Base):
    """A delivery received from a supplier, with its incoming inspection (进货查验)."""

    __tablename__ = "inv_receipts"
    __label__ = T("Receipt")
    __table_args__ = (Index("ix_inv_receipts_received_on", "received_on"),)

    number: Mapped[str] = mapped_column(String(20), unique=True, info={"label": T("Number")})
    supplier_id: Mapped[int] = mapped_column(ForeignKey("inv_suppliers.id"), index=True,
                                             info={"label": T("Supplier")})
    po_id: Mapped[int | None] = mapped_column(ForeignKey("inv_purchase_orders.id"), nullable=True, index=True,
                                              info={"label": T("Purchase order")})
    location_id: Mapped[int] = mapped_column(ForeignKey("inv_locations.id"), info={"label": T("Location")})
    received_on: Mapped[dt.date] = mapped_column(Date, info={"label": T("Received on")})
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Received at")})
    #: delivered on or before the PO's expected date (None: no PO or no expected date)
    on_time: Mapped[bool | None] = mapped_column(Boolean, nullable=True, info={"label": T("On time")})
    invoice_seen: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Invoice seen")})
    certificates_seen: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Certificates seen")})
    inspector: Mapped[str] = mapped_column(String(64), default="", info={"label": T("Inspector")})
    inspector_staff_id: Mapped[int | None] = mapped_column(Integer, nullable=True,
                                                           info={"label": T("Inspector (staff)")})
    supplier_contact: Mapped[str] = mapped_column(String(60), default="", info={"label": T("Supplier contact")})
    notes: Mapped[str] = mapped_column(Text, default="", info={"label": T("Notes")})

    lines: Mapped[list["ReceiptLine"]] = relationship(back_populates="receipt", order_by="ReceiptLine.id",
                                                      cascade="all, delete-orphan")


class ReceiptLine(RecordMixin, Base):
    __tablename__ = "inv_receipt_lines"
    __label__ = T("Receipt line")
    __record_name__ = ("receipt_id", "item_id")
    __aggregate_parent__ = "receipt"

    receipt_id: Mapped[int] = mapped_column(ForeignKey("inv_receipts.id"), index=True, info={"label": T("Receipt")})
    item_id: Mapped[int] = mapped_column(ForeignKey("inv_items.id"), index=True, info={"label": T("Item")})
    po_line_id: Mapped[int | None] = mapped_column(ForeignKey("inv_po_lines.id"), nullable=True,
                                                   info={"label": T("Purchase order line")})
    quantity: Mapped[Decimal] = mapped_column(Qty(), info={"label": T("Quantity")})
    unit_cost: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"), info={"label": T("Unit cost")})
    batch_code: Mapped[str] = mapped_column(String(40), default="", info={"label": T("Batch code")})
    production_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True, info={"label": T("Production date")})
    expiry: Mapped[dt.date | None] = mapped_column(Date, nullable=True, info={"label": T("Expiry")})
    arrival_temp: Mapped[Decimal | None] = mapped_column(Numeric(5, 1, asdecimal=True), nullable=True,
                                                         info={"label": T("Arrival temperature")})
    packaging_ok: Mapped[bool] = mapped_column(Boolean, default=True, info={"label": T("Packaging OK")})
    sensory_ok: Mapped[bool] = mapped_column(Boolean, default=True, info={"label": T("Sensory OK")})
    certificates_ok: Mapped[bool] = mapped_column(Boolean, default=True, info={"label": T("Certificates OK")})
    decision: Mapped[str] = mapped_column(String(16), default="accept", info={"label": T("Decision"),
                                                                               "choices": "suite_plugins.inventory.services.purchasing:DECISION_LABELS"})
    remark: Mapped[str] = mapped_column(Text, default="", info={"label": T("Remark")})
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("inv_batches.id"), nullable=True,
                                                 info={"label": T("Batch")})

    receipt: Mapped[Receipt] = relationship(back_populates="lines")


class Stocktake(RecordMixin, Base):
    __tablename__ = "inv_stocktakes"
    __label__ = T("Stocktake")

    location_id: Mapped[int] = mapped_column(ForeignKey("inv_locations.id"), index=True,
                                             info={"label": T("Location")})
    status: Mapped[str] = mapped_column(String(12), default="counting",
                                        info={"label": T("Status")})  # counting | posted
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Started at")})
    counted_on: Mapped[dt.date] = mapped_column(Date, info={"label": T("Counted on")})
    show_expected: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Show expected")})
    posted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                          info={"label": T("Posted at")})
    approver_id: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": T("Approver")})
    approver_name: Mapped[str] = mapped_column(String(64), default="", info={"label": T("Approver (name)")})
    counter_staff_id: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": T("Counted by")})
    counter_name: Mapped[str] = mapped_column(String(64), default="", info={"label": T("Counted by (name)")})

    counts: Mapped[list["StocktakeCount"]] = relationship(back_populates="stocktake", order_by="StocktakeCount.id",
                                                          cascade="all, delete-orphan")


class StocktakeCount(RecordMixin, Base):
    __tablename__ = "inv_stocktake_counts"
    __label__ = T("Stocktake count")
    __aggregate_parent__ = "stocktake"

    stocktake_id: Mapped[int] = mapped_column(ForeignKey("inv_stocktakes.id"), index=True,
                                              info={"label": T("Stocktake")})
    item_id: Mapped[int] = mapped_column(ForeignKey("inv_items.id"), info={"label": T("Item")})
    batch_id: Mapped[int] = mapped_column(ForeignKey("inv_batches.id"), info={"label": T("Batch")})
    expected: Mapped[Decimal] = mapped_column(Qty(), default=ZERO, info={"label": T("Expected")})
    counted: Mapped[Decimal | None] = mapped_column(Qty(), nullable=True, info={"label": T("Counted")})
    unit_cost: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"), info={"label": T("Unit cost")})

    stocktake: Mapped[Stocktake] = relationship(back_populates="counts")


class Recipe(RecordMixin, Base):
    """A dish (a product of the order desk) or a semi-finished preparation: its ingredients."""

    __tablename__ = "inv_recipes"
    __label__ = T("Recipe")

    name: Mapped[str] = mapped_column(String(100), unique=True, info={"label": T("Name")})
    product_id: Mapped[int | None] = mapped_column(Integer, nullable=True, unique=True, info={"label": T("Product")})
    #: where the ingredients are taken from
    location_id: Mapped[int | None] = mapped_column(ForeignKey("inv_locations.id"), nullable=True,
                                                    info={"label": T("Location")})
    active: Mapped[bool] = mapped_column(Boolean, default=True, info={"label": T("Active")})

    lines: Mapped[list["RecipeLine"]] = relationship(back_populates="recipe", order_by="RecipeLine.id",
                                                     cascade="all, delete-orphan",
                                                     foreign_keys="RecipeLine.recipe_id")


class RecipeLine(RecordMixin, Base):
    __tablename__ = "inv_recipe_lines"
    __label__ = T("Recipe line")
    __aggregate_parent__ = "recipe"

    recipe_id: Mapped[int] = mapped_column(ForeignKey("inv_recipes.id"), index=True, info={"label": T("Recipe")})
    item_id: Mapped[int | None] = mapped_column(ForeignKey("inv_items.id"), nullable=True, info={"label": T("Item")})
    sub_recipe_id: Mapped[int | None] = mapped_column(ForeignKey("inv_recipes.id"), nullable=True,
                                                      info={"label": T("Sub-recipe")})
    quantity: Mapped[Decimal] = mapped_column(Qty(), info={"label": T("Quantity")})

    recipe: Mapped[Recipe] = relationship(back_populates="lines", foreign_keys=[recipe_id])


class SupplierIncident(RecordMixin, Base):
    """Something held against a supplier: a substantiated complaint naming it."""

    __tablename__ = "inv_supplier_incidents"
    __label__ = T("Supplier incident")
    __table_args__ = (UniqueConstraint("supplier_id", "source"),)

    supplier_id: Mapped[int] = mapped_column(ForeignKey("inv_suppliers.id"), index=True,
                                             info={"label": T("Supplier")})
    source: Mapped[str] = mapped_column(String(40), info={"label": T("Source")})  # complaint:<id>
    complaint_id: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": T("Complaint")})
    on: Mapped[dt.date] = mapped_column(Date, index=True, info={"label": T("Day")})
    note: Mapped[str] = mapped_column(Text, default="", info={"label": T("Note")})


class ScoreCriterion(RecordMixin, Base):
    """A criterion of the supplier scorecard and its weight (editable by the office)."""

    __tablename__ = "inv_score_criteria"
    __label__ = T("Score criterion")

    code: Mapped[str] = mapped_column(String(30), unique=True, info={"label": T("Code")})
    weight: Mapped[Decimal] = mapped_column(Numeric(6, 2, asdecimal=True), info={"label": T("Weight")})
    active: Mapped[bool] = mapped_column(Boolean, default=True, info={"label": T("Active")})
