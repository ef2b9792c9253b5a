"""Traceability and recall: from a batch to its receipt, supplier, inspection, every move,
and the orders and dishes that used it; a recall blocks the batch and lists where it went."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from suite.plugin_api import NotFound, ValidationError
from suite.plugin_api.context import Context
from suite_plugins.inventory import permissions as P
from suite_plugins.inventory.models import Balance, Batch, Item, Location, Move, Receipt, ReceiptLine, Supplier
from suite_plugins.inventory.services.common import check_version
from suite.plugin_api.i18n import domain

T = domain("inventory")


@dataclass(frozen=True)
class TraceMove:
    id: int
    at: dt.datetime
    kind: str
    location: str
    quantity: Decimal
    order_id: int | None
    reference: str
    reason: str
    username: str


@dataclass(frozen=True)
class BatchTrace:
    batch_id: int
    code: str
    item_id: int
    item_name: str
    unit: str
    supplier_id: int | None
    supplier_name: str
    receipt_id: int | None
    receipt_number: str
    received_on: dt.date | None
    expiry: dt.date | None
    blocked: bool
    block_reason: str
    inspection: str
    version: int
    moves: tuple[TraceMove, ...]
    order_ids: tuple[int, ...]
    on_hand: tuple[tuple[str, Decimal], ...]   # (location, quantity)

    @property
    def issued(self) -> Decimal:
        return -sum((m.quantity for m in self.moves if m.quantity < 0 and m.kind != "transfer"), Decimal("0"))


def batch_trace(ctx: Context, batch_id: int) -> BatchTrace:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        b = s.get(Batch, batch_id)
        if b is None:
            raise NotFound(T("That batch does not exist."))
        item = s.get(Item, b.item_id)
        sup = s.get(Supplier, b.supplier_id) if b.supplier_id else None
        receipt = s.get(Receipt, b.receipt_id) if b.receipt_id else None
        inspection = ""
        if receipt is not None:
            line = s.scalar(select(ReceiptLine).where(ReceiptLine.batch_id == b.id))
            if line is not None:
                from suite_plugins.inventory.services.purchasing import DECISION_LABELS

                bits = [str(DECISION_LABELS[line.decision])]
                if line.arrival_temp is not None:
                    bits.append(f"{line.arrival_temp} °C")
                if line.remark:
                    bits.append(line.remark)
                bits.append(str(T("inspected by {name}", name=receipt.inspector)))
                inspection = "; ".join(bits)
        moves = tuple(TraceMove(m.id, m.at, m.kind, loc.name, m.quantity, m.order_id, m.reference, m.reason,
                                m.username)
                      for m, loc in s.execute(select(Move, Location).join(Location, Location.id == Move.location_id)
                                              .where(Move.batch_id == b.id).order_by(Move.at, Move.id)))
        on_hand = tuple((loc.name, bal.quantity) for bal, loc in s.execute(
            select(Balance, Location).join(Location, Location.id == Balance.location_id)
            .where(Balance.batch_id == b.id, Balance.quantity != 0)))
        orders = tuple(sorted({m.order_id for m in moves if m.order_id is not None}))
        return BatchTrace(b.id, b.code, item.id, item.name, item.unit, b.supplier_id, sup.name if sup else "",
                          b.receipt_id, receipt.number if receipt else "", b.received_on, b.expiry, b.blocked,
                          b.block_reason, inspection, b.version, moves, orders, on_hand)


def recall(ctx: Context, batch_id: int, *, reason: str, expected_version: int) -> BatchTrace:
    """Block a batch (no further issue, transfer or sale) and say where it went."""
    ctx.require(P.MANAGE)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(fields={"reason": T("Say why the batch is recalled.")})
    with ctx.unit_of_work() as s:
        b = s.get(Batch, batch_id)
        if b is None:
            raise NotFound(T("That batch does not exist."))
        check_version(b, expected_version)
        if b.blocked:
            raise ValidationError(T("Batch {batch} is already blocked.", batch=b.code))
        b.blocked, b.block_reason = True, reason
        s.flush()
        ctx.emit("suite_batch_did_block", batch_id=b.id)
    return batch_trace(ctx, batch_id)


def supplier_batches(ctx: Context, supplier_id: int) -> list[tuple[int, str, str, dt.date | None, dt.date | None, bool]]:
    """(batch id, code, item name, received on, expiry, blocked) of a supplier, newest first."""
    ctx.require(P.VIEW)
    with ctx.read() as s:
        return [(b.id, b.code, i.name, b.received_on, b.expiry, b.blocked) for b, i in s.execute(
            select(Batch, Item).join(Item, Item.id == Batch.item_id).where(Batch.supplier_id == supplier_id)
            .order_by(Batch.received_on.desc(), Batch.id.desc()))]
