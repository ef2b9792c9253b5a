"""What other plugins may use of the inventory (declare ``"inventory"`` in REQUIRES or
OPTIONAL). No Qt here; every function takes the Context first and checks ``inventory.view``.

::

    from suite_plugins.inventory import api as inventory

    for b in inventory.search_batches(ctx, "鸡胸"):
        print(b.code, b.item_name, b.supplier_name, b.expiry, b.blocked)
    ctx.open_page(inventory.BATCH_PAGE, batch_id)        # the batch and its traceability
    ctx.open_page(inventory.SUPPLIER_PAGE, supplier_id)

Hooks the inventory declares (see :mod:`.hookspecs`): ``suite_stock_did_move(ctx, session,
move_ids)`` and ``suite_batch_did_block(ctx, session, batch_id)``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select

from suite.plugin_api import NotFound
from suite.plugin_api.context import Context
from suite.plugin_api.db import pinyin_match
from suite.plugin_api.i18n import domain

T = domain("inventory")

BATCH_PAGE = "inventory.batches"      # ctx.open_page(BATCH_PAGE, batch_id)
SUPPLIER_PAGE = "inventory.suppliers"  # ctx.open_page(SUPPLIER_PAGE, supplier_id)
VIEW_PERMISSION = "inventory.view"


@dataclass(frozen=True)
class BatchRef:
    id: int
    code: str
    item_id: int
    item_name: str
    supplier_id: int | None
    supplier_name: str
    received_on: dt.date | None
    expiry: dt.date | None
    blocked: bool


@dataclass(frozen=True)
class SupplierRef:
    id: int
    name: str
    qualified: bool
    suspended: bool


def _batch_rows(s, stmt):
    from suite_plugins.inventory.models import Batch, Item, Supplier

    stmt = stmt.add_columns(Item.name, Supplier.name).join(Item, Item.id == Batch.item_id) \
        .outerjoin(Supplier, Supplier.id == Batch.supplier_id)
    return [BatchRef(b.id, b.code, b.item_id, item_name, b.supplier_id, sup_name or "", b.received_on, b.expiry,
                     b.blocked) for b, item_name, sup_name in s.execute(stmt)]


def search_batches(ctx: Context, text: str, limit: int = 20) -> list[BatchRef]:
    """Batches by batch code or item name, newest first (placeholder batches left out)."""
    from suite_plugins.inventory.models import Batch, Item

    ctx.require(VIEW_PERMISSION)
    t = (text or "").strip()
    with ctx.read() as s:
        stmt = select(Batch).where(Batch.placeholder.is_(False))
        if t:
            stmt = stmt.where(or_(
                Batch.code.contains(t, autoescape=True), Item.name.contains(t, autoescape=True),
                pinyin_match(Item.name_pinyin, Item.name_initials, t)))
        stmt = stmt.order_by(Batch.received_on.desc(), Batch.id.desc()).limit(limit)
        return _batch_rows(s, stmt)


def get_batch(ctx: Context, batch_id: int) -> BatchRef:
    """The batch with this id; raises NotFound."""
    from suite_plugins.inventory.models import Batch
    
    ctx.require(VIEW_PERMISSION)
    with ctx.read() as s:
        rows = _batch_rows(s, select(Batch).where(Batch.id == batch_id))
    if not rows:
        raise NotFound(T("That batch does not exist."))
    return rows[0]


def list_suppliers(ctx: Context, *, include_inactive: bool = False) -> list[SupplierRef]:
    """Suppliers by name, with whether they are qualified (licences valid) and suspended."""
    from suite_plugins.inventory.services import suppliers

    return [SupplierRef(v.id, v.name, v.qualification.qualified, v.suspended)
            for v in suppliers.suppliers(ctx, include_inactive=include_inactive)]


def get_supplier(ctx: Context, supplier_id: int) -> SupplierRef:
    """The supplier with this id; raises NotFound."""
    from suite_plugins.inventory.services import suppliers

    v = suppliers.get_supplier(ctx, supplier_id)
    return SupplierRef(v.id, v.name, v.qualification.qualified, v.suspended)
