"""Reorder: items below their reorder point, a suggested purchase list grouped by preferred
supplier, turned into draft purchase orders in one step."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, or_, select

from suite.plugin_api import ValidationError
from suite.plugin_api.context import Context
from suite_plugins.inventory import permissions as P
from suite_plugins.inventory.models import Balance, Batch, Item, POLine, PurchaseOrder, Supplier
from suite_plugins.inventory.services import purchasing
from suite_plugins.inventory.services.common import ZERO
from suite.plugin_api.i18n import domain

T = domain("inventory")


@dataclass(frozen=True)
class Suggestion:
    item_id: int
    item_code: str
    item_name: str
    unit: str
    available: Decimal
    on_order: Decimal
    reorder_point: Decimal
    quantity: Decimal
    supplier_id: int | None
    supplier_name: str
    unit_price: Decimal


def _available_by_item(s, ctx) -> dict[int, Decimal]:
    rows = s.execute(select(Balance.item_id, func.sum(Balance.quantity)).join(Batch, Batch.id == Balance.batch_id)
                     .where(Balance.quantity > 0, Batch.blocked.is_(False),
                            or_(Batch.expiry.is_(None), Batch.expiry >= ctx.today()))
                     .group_by(Balance.item_id))
    return {i: Decimal(str(q)).quantize(Decimal("0.001")) for i, q in rows}


def _on_order(s) -> dict[int, Decimal]:
    rows = s.execute(select(POLine.item_id, func.sum(POLine.quantity - POLine.received))
                     .join(PurchaseOrder, PurchaseOrder.id == POLine.po_id)
                     .where(PurchaseOrder.status.in_(("draft", "sent", "partly_received")))
                     .group_by(POLine.item_id))
    return {i: max(Decimal(str(q)).quantize(Decimal("0.001")), ZERO) for i, q in rows}


def suggestions(ctx: Context) -> list[Suggestion]:
    """Every active item whose usable stock plus what is on order is below its reorder point,
    with the quantity to buy (at least the reorder quantity), by supplier then item."""
    return _below(ctx, covered=False)


def covered(ctx: Context) -> list[Suggestion]:
    """Items whose usable stock is below the reorder point but whose open purchase orders
    bring them back to it (nothing to buy; the manager sees they are on their way)."""
    return [x for x in _below(ctx, covered=True) if x.available + x.on_order >= x.reorder_point]


def _below(ctx: Context, *, covered: bool) -> list[Suggestion]:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        avail, ordered = _available_by_item(s, ctx), _on_order(s)
        names = dict(s.execute(select(Supplier.id, Supplier.name)).all())
        last_price = dict(s.execute(select(Batch.item_id, func.max(Batch.unit_cost)).group_by(Batch.item_id)).all())
        out = []
        for item in s.scalars(select(Item).where(Item.active.is_(True), Item.reorder_point > 0).order_by(Item.code)):
            have, coming = avail.get(item.id, ZERO), ordered.get(item.id, ZERO)
            if (have if covered else have + coming) >= item.reorder_point:
                continue
            q = max(item.reorder_qty, item.reorder_point - have - coming) if have + coming < item.reorder_point else ZERO
            out.append(Suggestion(item.id, item.code, item.name, item.unit, have, coming, item.reorder_point, q,
                                  item.preferred_supplier_id, names.get(item.preferred_supplier_id, ""),
                                  item.standard_cost or last_price.get(item.id) or Decimal("0.00")))
        out.sort(key=lambda x: (x.supplier_name == "", x.supplier_name, x.item_code))
        return out


def below_reorder(ctx: Context) -> list[Suggestion]:
    """Items whose usable stock is below the reorder point (orders already placed aside)."""
    return [x for x in _below(ctx, covered=True) if x.available < x.reorder_point] if ctx.can(P.VIEW) else []


@dataclass(frozen=True)
class DraftResult:
    po_ids: tuple[int, ...]
    refused: tuple[tuple[str, str], ...]  # (supplier name, reason)
    without_supplier: tuple[str, ...]    # item names without a preferred supplier


def create_drafts(ctx: Context, supplier_ids: list[int] | None = None) -> DraftResult:
    """One draft PO per preferred supplier of the suggestions, in one transaction. A supplier
    that may not receive a PO (not qualified, suspended) is left out with the reason."""
    ctx.require(P.PURCHASE)
    todo = suggestions(ctx)
    groups: dict[int, list[Suggestion]] = {}
    without = []
    for sug in todo:
        if sug.supplier_id is None:
            without.append(sug.item_name)
        elif supplier_ids is None or sug.supplier_id in supplier_ids:
            groups.setdefault(sug.supplier_id, []).append(sug)
    po_ids, refused = [], []
    with ctx.unit_of_work():
        for supplier_id, lines in groups.items():
            try:
                po_ids.append(purchasing.create_po(ctx, supplier_id, [purchasing.POLineInput(l.item_id, l.quantity,
                                                                                             l.unit_price)
                                                                      for l in lines],
                                                   notes=str(T("from the reorder suggestions"))))
            except ValidationError as exc:
                refused.append((lines[0].supplier_name, str(exc)))
    return DraftResult(tuple(po_ids), tuple(refused), tuple(without))
