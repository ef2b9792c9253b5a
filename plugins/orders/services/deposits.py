"""The bucket deposit ledger (押金台账): per customer, buckets out and returned, deposit
paid and refunded, and the balance. Written by deliveries; refunds and corrections by hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from suite.plugin_api import NotFound, ValidationError, core
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.orders.models import ZERO, DepositEntry, Order
from suite_plugins.orders.services.common import (
    DEPOSIT_KIND_LABELS,
    DEPOSITS,
    VIEW,
    ensure_day_open,
    label,
    to_int,
    to_money,
)

T = domain("orders")


@dataclass(frozen=True)
class Balance:
    customer_id: int
    buckets_held: int
    deposit_held: Decimal


@dataclass(frozen=True)
class LedgerLine:
    id: int
    at: dt.datetime
    kind: str
    buckets: int
    amount: Decimal
    order_number: str
    note: str
    buckets_after: int
    deposit_after: Decimal
    username: str = ""

    @property
    def kind_label(self) -> str:
        return label(DEPOSIT_KIND_LABELS, self.kind)


@dataclass(frozen=True)
class Statement:
    customer_id: int
    customer_name: str
    phone: str
    address: str
    start: dt.date | None
    end: dt.date | None
    opening: Balance
    lines: tuple[LedgerLine, ...]
    closing: Balance


def balance_in(s, customer_id: int, before: dt.datetime | None = None) -> Balance:
    stmt = select(func.coalesce(func.sum(DepositEntry.buckets), 0), func.coalesce(func.sum(DepositEntry.amount), 0)) \
        .where(DepositEntry.customer_id == customer_id)
    if before is not None:
        stmt = stmt.where(DepositEntry.at < before)
    buckets, amount = s.execute(stmt).one()
    return Balance(customer_id, int(buckets or 0), Decimal(str(amount or 0)).quantize(Decimal("0.01")))


def balances_in(s, customer_ids) -> dict[int, int]:
    """Buckets held per customer (in the caller's session)."""
    ids = list(set(customer_ids))
    out: dict[int, int] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start:start + 900]
        for cid, n in s.execute(select(DepositEntry.customer_id, func.sum(DepositEntry.buckets))
                                .where(DepositEntry.customer_id.in_(chunk)).group_by(DepositEntry.customer_id)):
            out[cid] = int(n or 0)
    return out


def balance(ctx: Context, customer_id: int) -> Balance:
    ctx.require(VIEW)
    with ctx.read() as s:
        return balance_in(s, customer_id)


def balances(ctx: Context, customer_ids) -> dict[int, Balance]:
    ctx.require(VIEW)
    ids = list(set(customer_ids))
    out = {}
    with ctx.read() as s:
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows = s.execute(select(DepositEntry.customer_id, func.sum(DepositEntry.buckets), func.sum(DepositEntry.amount))
                             .where(DepositEntry.customer_id.in_(chunk)).group_by(DepositEntry.customer_id))
            for cid, b, a in rows:
                out[cid] = Balance(cid, int(b or 0), Decimal(str(a or 0)).quantize(Decimal("0.01")))
    for cid in ids:
        out.setdefault(cid, Balance(cid, 0, ZERO))
    return out


def add_entry(s, ctx: Context, customer_id: int, kind: str, *, buckets: int = 0, amount: Decimal = ZERO,
              order_id: int | None = None, delivery_id: int | None = None, note: str = "") -> None:
    """A ledger line in the caller's transaction (deliveries use it)."""
    if buckets == 0 and amount == 0:
        return
    s.add(DepositEntry(customer_id=customer_id, at=ctx.now(), kind=kind, buckets=buckets, amount=amount,
                       order_id=order_id, delivery_id=delivery_id, note=note))


def refund(ctx: Context, customer_id: int, buckets: int | str, amount: Decimal | str, note: str = "") -> None:
    """The customer hands buckets back for good and gets the deposit back."""
    ctx.require(DEPOSITS)
    errors = {}
    try:
        n = to_int(buckets, "buckets")
        if n < 0:
            errors["buckets"] = T("Enter the number of buckets returned (0 or more).")
    except ValidationError as exc:
        errors.update(exc.fields)
        n = 0
    try:
        money = to_money(amount, "amount")
        if money <= 0:
            errors["amount"] = T("Enter the deposit refunded (more than zero).")
    except ValidationError as exc:
        errors.update(exc.fields)
        money = ZERO
    if errors:
        raise ValidationError(fields=errors)
    with ctx.unit_of_work() as s:
        if s.get(core.Customer, customer_id) is None:
            raise NotFound(T("That customer no longer exists."))
        ensure_day_open(s, ctx)
        bal = balance_in(s, customer_id)
        if n > bal.buckets_held:
            raise ValidationError(fields={"buckets": T("The customer holds only {n} bucket(s).", n=bal.buckets_held)})
        if money > bal.deposit_held:
            raise ValidationError(fields={"amount": T("Only ¥{held} of deposit is held for this customer.",
                                                      held=f"{bal.deposit_held:,.2f}")})
        if n:
            add_entry(s, ctx, customer_id, "return", buckets=-n, note=note)
        add_entry(s, ctx, customer_id, "refund", amount=-money, note=note)


def record_deposit(ctx: Context, customer_id: int, amount: Decimal | str, note: str = "") -> None:
    """Deposit paid at the counter (not with a delivery)."""
    ctx.require(DEPOSITS)
    money = to_money(amount, "amount")
    if money <= 0:
        raise ValidationError(fields={"amount": T("Enter the deposit paid (more than zero).")})
    with ctx.unit_of_work() as s:
        if s.get(core.Customer, customer_id) is None:
            raise NotFound(T("That customer no longer exists."))
        ensure_day_open(s, ctx)
        add_entry(s, ctx, customer_id, "deposit", amount=money, note=note)


def correct(ctx: Context, customer_id: int, buckets: int | str, note: str) -> None:
    """A counted correction of the buckets a customer holds (after a stock-take at the
    customer's): needs a note."""
    ctx.require(DEPOSITS)
    n = to_int(buckets, "buckets")
    if n == 0:
        raise ValidationError(fields={"buckets": T("A correction changes the number of buckets: enter a non-zero number.")})
    if not (note or "").strip():
        raise ValidationError(fields={"note": T("Say why the bucket count is corrected.")})
    with ctx.unit_of_work() as s:
        if s.get(core.Customer, customer_id) is None:
            raise NotFound(T("That customer no longer exists."))
        ensure_day_open(s, ctx)
        if balance_in(s, customer_id).buckets_held + n < 0:
            raise ValidationError(fields={"buckets": T("A customer cannot hold fewer than zero buckets.")})
        add_entry(s, ctx, customer_id, "adjust", buckets=n, note=note.strip())


def statement(ctx: Context, customer_id: int, start: dt.date | None = None, end: dt.date | None = None) -> Statement:
    """The customer's ledger over [start, end) (office-local days), with running balances."""
    ctx.require(VIEW)
    customer = core.get_customer(ctx, customer_id)
    lo = ctx.day_bounds(start)[0] if start else None
    hi = ctx.day_bounds(end)[0] if end else None
    with ctx.read() as s:
        opening = balance_in(s, customer_id, lo) if lo else Balance(customer_id, 0, ZERO)
        stmt = select(DepositEntry, Order.number, core.User.username).outerjoin(Order, Order.id == DepositEntry.order_id) \
            .outerjoin(core.User, core.User.id == DepositEntry.created_by) \
            .where(DepositEntry.customer_id == customer_id).order_by(DepositEntry.at, DepositEntry.id)
        if lo:
            stmt = stmt.where(DepositEntry.at >= lo)
        if hi:
            stmt = stmt.where(DepositEntry.at < hi)
        lines = []
        buckets, money = opening.buckets_held, opening.deposit_held
        for e, number, username in s.execute(stmt):
            buckets += e.buckets
            money += e.amount
            lines.append(LedgerLine(e.id, e.at, e.kind, e.buckets, e.amount, number or "", e.note, buckets, money,
                                    username or ""))
    address = customer.default_address.address if customer.default_address else ""
    return Statement(customer_id, customer.name, customer.primary_phone, address, start, end, opening, tuple(lines),
                     Balance(customer_id, buckets, money))


def holders_select(ctx: Context, text: str = ""):
    """Customers with buckets or deposit on the ledger, as one SQL select for the deposits
    page: customer_id, name, buckets_held, deposit_held, last_at."""
    ctx.require(VIEW)
    d = DepositEntry.__table__
    c = core.Customer.__table__
    sub = select(d.c.customer_id, func.sum(d.c.buckets).label("buckets_held"), func.sum(d.c.amount).label("deposit_held"),
                 func.max(d.c.at).label("last_at")).group_by(d.c.customer_id).subquery()
    stmt = select(sub.c.customer_id, c.c.name, sub.c.buckets_held, sub.c.deposit_held, sub.c.last_at) \
        .select_from(sub.join(c, c.c.id == sub.c.customer_id))
    if text:
        stmt = stmt.where(c.c.name.contains(text, autoescape=True))
    return stmt
