"""The stock ledger: every change of stock is a move; balances follow in the same transaction.

Rules (DOMAIN §3, issue 10):

* a move is never changed or deleted (the mapper refuses it); :func:`reverse` records a
  counter-move;
* a manual move (issue, transfer, write-off, adjustment, return) that would take a balance
  below zero is refused; consumption recorded from sales (:func:`consume`) never is: the
  shortfall goes to the item's placeholder batch as a negative balance, flagged;
* issues pick batches first-expiry-first-out; a batch chosen by hand needs a reason; an
  expired batch (expiry before today in the office's time zone) or a blocked one is never
  issued or transferred, only written off;
* an issue from the bar needs the order or ticket it serves (见单下货);
* the balance rows a move touches are locked (``SELECT ... FOR UPDATE``) before they are
  read, so two storekeepers taking the last units of a batch cannot both succeed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Date, bindparam, event, func, or_, select
from sqlalchemy.orm import Session

from suite.plugin_api import NotFound, ValidationError
from suite.plugin_api.context import Context
from suite_plugins.inventory import permissions as P
from suite_plugins.inventory.models import Balance, Batch, Item, Location, Move
from suite_plugins.inventory.services.common import ZERO, check_unit, get_item, get_location, qty
from suite.plugin_api.i18n import domain

T = domain("inventory")

PLACEHOLDER_CODE = "—"
#: how many of the earliest-expiring batches an issue reads first
FEFO_WINDOW = 12


# ----------------------------------------------------------------------------- immutability

def _refuse_change(mapper, connection, target):
    raise ValidationError(T("A posted stock move cannot be changed or deleted: record a counter-move instead."))


event.listen(Move, "before_update", _refuse_change)
event.listen(Move, "before_delete", _refuse_change)


# ----------------------------------------------------------------------------- helpers

def is_expired(ctx: Context, batch: Batch) -> bool:
    """Expired: the expiry date lies before today in the office's time zone (the expiry day
    itself is the last day the batch may be used)."""
    return batch.expiry is not None and batch.expiry < ctx.today()


def fmt_qty(value: Decimal) -> str:
    text = f"{value.normalize():f}" if value == value.to_integral() else f"{value:f}".rstrip("0")
    return text.rstrip(".") or "0"


def placeholder_batch(s: Session, item: Item) -> Batch:
    b = s.scalar(select(Batch).where(Batch.item_id == item.id, Batch.placeholder.is_(True)))
    if b is None:
        b = Batch(item_id=item.id, code=PLACEHOLDER_CODE, placeholder=True, unit_cost=item.standard_cost)
        s.add(b)
        s.flush()
    return b


def _locked_balance(s: Session, item_id: int, location_id: int, batch_id: int) -> Balance | None:
    stmt = (select(Balance).where(Balance.item_id == item_id, Balance.location_id == location_id,
                                  Balance.batch_id == batch_id)
            .with_for_update().execution_options(populate_existing=True))
    return s.scalar(stmt)


def post(s: Session, ctx: Context, *, kind: str, item: Item, location: Location, batch: Batch, quantity: Decimal,
         unit_cost: Decimal | None = None, reason: str = "", order_id: int | None = None, reference: str = "",
         receipt_id: int | None = None, stocktake_id: int | None = None, reverses_id: int | None = None,
         allow_negative: bool = False, at: dt.datetime | None = None, balance: Balance | None = None) -> Move:
    """Write one ledger line and bring its balance along (the only writer of both).

    *balance*: the row of (item, location, batch) when the caller has just read it locked in
    this transaction (the FEFO plan does); otherwise it is read here, locked."""
    if balance is not None and (balance.item_id, balance.location_id, balance.batch_id) == (item.id, location.id,
                                                                                             batch.id):
        bal = balance
    else:
        bal = _locked_balance(s, item.id, location.id, batch.id)
    if bal is None:
        bal = Balance(item_id=item.id, location_id=location.id, batch_id=batch.id, quantity=ZERO, expiry=batch.expiry)
        s.add(bal)
    new = bal.quantity + quantity
    if new < 0 and quantity < 0 and not allow_negative:
        raise ValidationError(T("Only {available} {unit} of {name} (batch {batch}) at {location}: "
                                "{quantity} cannot be taken.", available=fmt_qty(max(bal.quantity, ZERO)),
                                unit=item.unit, name=item.name, batch=batch.code, location=location.name,
                                quantity=fmt_qty(-quantity)))
    move = Move(at=at or ctx.now(), kind=kind, item_id=item.id, location_id=location.id, batch_id=batch.id,
                quantity=quantity, unit_cost=batch.unit_cost if unit_cost is None else unit_cost,
                reason=reason, order_id=order_id, reference=reference[:60], receipt_id=receipt_id,
                stocktake_id=stocktake_id, reverses_id=reverses_id, shortfall=new < 0,
                staff_id=ctx.user.staff_id, username=ctx.user.username)
    s.add(move)
    bal.quantity = new
    s.flush()
    return move


def emit_moves(ctx: Context, moves: list[Move]) -> None:
    if moves:
        ctx.emit("suite_stock_did_move", move_ids=[m.id for m in moves])


def _check_usable(ctx: Context, item: Item, batch: Batch, *, action: str) -> None:
    if batch.item_id != item.id:
        raise ValidationError(fields={"batch_id": T("Batch {batch} is not a batch of {name}.", batch=batch.code,
                                                    name=item.name)})
    if batch.blocked:
        raise ValidationError(T("Batch {batch} of {name} is blocked ({reason}): it cannot be {action}.",
                                batch=batch.code, name=item.name, reason=batch.block_reason, action=action))
    if is_expired(ctx, batch):
        raise ValidationError(T("Batch {batch} of {name} expired on {expiry}: it cannot be {action}, "
                                "only written off.", batch=batch.code, name=item.name,
                                expiry=batch.expiry.isoformat(), action=action))


def fefo_candidates(s: Session, ctx: Context, item_id: int, location_id: int, *, lock: bool = False):
    """(balance, batch) pairs that may be issued, earliest expiry first (no expiry last)."""
    stmt = (select(Balance, Batch).join(Batch, Batch.id == Balance.batch_id)
            .where(Balance.item_id == item_id, Balance.location_id == location_id, Balance.quantity > 0,
                   Batch.blocked.is_(False), or_(Batch.expiry.is_(None), Batch.expiry >= ctx.today()))
            .order_by(Balance.expiry.is_(None), Balance.expiry, Batch.received_on, Batch.id))
    if lock:
        stmt = stmt.with_for_update(of=Balance).execution_options(populate_existing=True)
    return list(s.execute(stmt))


def _fefo_rows(s: Session, ctx: Context, item_id: int, location_id: int, *, lock: bool = False):
    stmt = (select(Balance, Batch).join(Batch, Batch.id == Balance.batch_id)
            .where(Balance.item_id == item_id, Balance.location_id == location_id, Balance.quantity > 0,
                   Batch.blocked.is_(False), or_(Batch.expiry.is_(None), Batch.expiry >= ctx.today()))
            .order_by(Balance.expiry.is_(None), Balance.expiry, Batch.received_on, Batch.id))
    if lock:
        stmt = stmt.with_for_update(of=Balance).execution_options(populate_existing=True)
    return stmt


def fefo_plan(s: Session, ctx: Context, item: Item, location: Location, quantity: Decimal, *,
              lock: bool = False) -> tuple[list[tuple[Batch, Decimal]], Decimal]:
    """How *quantity* is taken FEFO: [(batch, quantity)], and what is left untaken."""
    takes, left = _fefo_takes(s, ctx, item, location, quantity, lock=lock)
    return [(batch, take) for _bal, batch, take in takes], left


def _fefo_takes(s: Session, ctx: Context, item: Item, location: Location, quantity: Decimal, *,
                lock: bool = False) -> tuple[list[tuple[Balance, Batch, Decimal]], Decimal]:
    """:func:`fefo_plan` with the balance row of each batch (read once, locked when *lock*),
    so the moves that follow need not read it again."""
    plan = []
    left = quantity
    stmt = _fefo_rows(s, ctx, item.id, location.id, lock=lock)
    rows = list(s.execute(stmt.limit(FEFO_WINDOW)))   # the earliest batches nearly always suffice
    if len(rows) == FEFO_WINDOW and sum((b.quantity for b, _ in rows), ZERO) < quantity:
        rows = list(s.execute(stmt))
    for bal, batch in rows:
        if left <= 0:
            break
        take = min(bal.quantity, left)
        plan.append((bal, batch, take))
        left -= take
    return plan, left


def _shortage_message(s: Session, ctx: Context, item: Item, location: Location, quantity: Decimal,
                      available: Decimal):
    expired = s.scalar(select(func.count()).select_from(Balance).join(Batch, Batch.id == Balance.batch_id)
                       .where(Balance.item_id == item.id, Balance.location_id == location.id, Balance.quantity > 0,
                              Batch.expiry < ctx.today()))
    if expired and available <= 0:
        return T("Only expired stock of {name} is left at {location}: write it off; nothing can be issued.",
                 name=item.name, location=location.name)
    return T("Only {available} {unit} of {name} can be issued at {location}, not {quantity}.",
             available=fmt_qty(available), unit=item.unit, name=item.name, location=location.name,
             quantity=fmt_qty(quantity))


# ----------------------------------------------------------------------------- manual moves

@dataclass(frozen=True)
class MoveResult:
    move_ids: tuple[int, ...]
    batches: tuple[tuple[int, Decimal], ...]  # (batch id, quantity)


def _start(ctx: Context, s: Session, item_id: int, location_id: int, quantity, unit):
    item = get_item(s, item_id)
    location = get_location(s, location_id)
    q = qty(quantity)
    check_unit(item, unit)
    return item, location, q


def _manual_batch(s: Session, ctx: Context, item: Item, batch_id: int, reason: str, action) -> Batch:
    batch = s.get(Batch, batch_id)
    if batch is None:
        raise NotFound(T("That batch does not exist."))
    _check_usable(ctx, item, batch, action=action)
    return batch


def issue(ctx: Context, *, item_id: int, location_id: int, quantity, unit: str | None = None,
          batch_id: int | None = None, reason: str = "", order_id: int | None = None, ticket: str = "") -> MoveResult:
    """Take stock out of a location for use (the kitchen, the bar). FEFO unless a batch is
    chosen (with a reason)."""
    ctx.require(P.STOCK)
    reason, ticket = (reason or "").strip(), (ticket or "").strip()
    with ctx.unit_of_work() as s:
        item, location, q = _start(ctx, s, item_id, location_id, quantity, unit)
        if location.kind == "bar" and order_id is None and not ticket:
            raise ValidationError(fields={"ticket": T("An issue from the bar needs the order or ticket it serves "
                                                      "(见单下货).")})
        action = T("issued")
        if batch_id is not None:
            if not reason:
                raise ValidationError(fields={"reason": T("Choosing a batch by hand needs a reason.")})
            batch = _manual_batch(s, ctx, item, batch_id, reason, action)
            plan = [(None, batch, q)]
        else:
            plan, left = _fefo_takes(s, ctx, item, location, q, lock=True)
            if left > 0:
                raise ValidationError(_shortage_message(s, ctx, item, location, q, q - left))
        moves = [post(s, ctx, kind="issue", item=item, location=location, batch=b, quantity=-take, reason=reason,
                      order_id=order_id, reference=ticket, balance=bal) for bal, b, take in plan]
        emit_moves(ctx, moves)
        return MoveResult(tuple(m.id for m in moves), tuple((b.id, t) for _bal, b, t in plan))


def transfer(ctx: Context, *, item_id: int, from_location_id: int, to_location_id: int, quantity,
             unit: str | None = None, batch_id: int | None = None, reason: str = "") -> MoveResult:
    """Move stock between locations (store room -> bar, depot -> van). Expired or blocked
    batches never move."""
    ctx.require(P.STOCK)
    reason = (reason or "").strip()
    with ctx.unit_of_work() as s:
        item, source, q = _start(ctx, s, item_id, from_location_id, quantity, unit)
        target = get_location(s, to_location_id)
        if target.id == source.id:
            raise ValidationError(fields={"to_location_id": T("Choose another location to move the stock to.")})
        action = T("transferred")
        if batch_id is not None:
            plan = [(None, _manual_batch(s, ctx, item, batch_id, reason, action), q)]
        else:
            plan, left = _fefo_takes(s, ctx, item, source, q, lock=True)
            if left > 0:
                raise ValidationError(_shortage_message(s, ctx, item, source, q, q - left))
        moves = []
        for bal, b, take in plan:
            moves.append(post(s, ctx, kind="transfer", item=item, location=source, batch=b, quantity=-take,
                              reason=reason, reference=target.code, balance=bal))
            moves.append(post(s, ctx, kind="transfer", item=item, location=target, batch=b, quantity=take,
                              reason=reason, reference=source.code))
        emit_moves(ctx, moves)
        return MoveResult(tuple(m.id for m in moves), tuple((b.id, t) for _bal, b, t in plan))


def write_off(ctx: Context, *, batch_id: int, location_id: int, quantity, reason: str, unit: str | None = None,
              kind: str = "waste") -> MoveResult:
    """Waste or spoilage (expired stock goes this way), or a return to the supplier
    (``kind="return"``). Needs a reason; never below zero."""
    ctx.require(P.STOCK)
    reason = (reason or "").strip()
    if kind not in ("waste", "return"):
        raise ValidationError(fields={"kind": T("Choose waste or return to supplier.")})
    with ctx.unit_of_work() as s:
        batch = s.get(Batch, batch_id)
        if batch is None:
            raise NotFound(T("That batch does not exist."))
        item, location, q = _start(ctx, s, batch.item_id, location_id, quantity, unit)
        if not reason:
            raise ValidationError(fields={"reason": T("Say why the stock is written off.") if kind == "waste"
                                          else T("Say why the stock goes back to the supplier.")})
        move = post(s, ctx, kind=kind, item=item, location=location, batch=batch, quantity=-q, reason=reason)
        emit_moves(ctx, [move])
        return MoveResult((move.id,), ((batch.id, q),))


def adjust(ctx: Context, *, batch_id: int, location_id: int, quantity, reason: str, unit: str | None = None) -> MoveResult:
    """A correction with a reason: ``quantity`` signed (+ found, - missing); never below zero."""
    ctx.require(P.STOCK)
    reason = (reason or "").strip()
    with ctx.unit_of_work() as s:
        batch = s.get(Batch, batch_id)
        if batch is None:
            raise NotFound(T("That batch does not exist."))
        item = get_item(s, batch.item_id)
        location = get_location(s, location_id)
        q = qty(quantity, allow_negative=True)
        check_unit(item, unit)
        if not reason:
            raise ValidationError(fields={"reason": T("An adjustment needs a reason.")})
        move = post(s, ctx, kind="adjustment", item=item, location=location, batch=batch, quantity=q, reason=reason)
        emit_moves(ctx, [move])
        return MoveResult((move.id,), ((batch.id, q),))


def reverse(ctx: Context, move_id: int, *, reason: str) -> int:
    """Cancel a move by a counter-move (the original stays in the ledger)."""
    ctx.require(P.STOCK)
    reason = (reason or "").strip()
    with ctx.unit_of_work() as s:
        m = s.get(Move, move_id)
        if m is None:
            raise NotFound(T("That stock move does not exist."))
        if not reason:
            raise ValidationError(fields={"reason": T("Say why the move is reversed.")})
        if m.reverses_id is not None:
            raise ValidationError(T("This move is itself a reversal: record a new move instead."))
        if s.scalar(select(Move.id).where(Move.reverses_id == m.id)) is not None:
            raise ValidationError(T("This move was already reversed."))
        item, location, batch = s.get(Item, m.item_id), s.get(Location, m.location_id), s.get(Batch, m.batch_id)
        counter = post(s, ctx, kind="reversal", item=item, location=location, batch=batch, quantity=-m.quantity,
                       unit_cost=m.unit_cost, reason=reason, order_id=m.order_id, reference=m.reference,
                       reverses_id=m.id)
        emit_moves(ctx, [counter])
        return counter.id


# ----------------------------------------------------------------------------- sales

def consume(s: Session, ctx: Context, item: Item, location: Location, quantity: Decimal, *, order_id: int | None,
            kind: str = "sale", reason: str = "") -> list[Move]:
    """Consumption recorded from a sale (a delivery, a recipe deduction), inside the caller's
    transaction. Never refuses for a stock reason: FEFO over usable batches, and what is
    missing goes to the item's placeholder batch as a negative (flagged) balance."""
    moves = []
    if quantity <= 0:
        return moves
    plan, left = _fefo_takes(s, ctx, item, location, quantity, lock=True)
    for bal, batch, take in plan:
        moves.append(post(s, ctx, kind=kind, item=item, location=location, batch=batch, quantity=-take,
                          order_id=order_id, reason=reason, balance=bal))
    if left > 0:
        moves.append(post(s, ctx, kind=kind, item=item, location=location, batch=placeholder_batch(s, item),
                          quantity=-left, order_id=order_id, reason=reason, allow_negative=True))
    return moves


def receive_back(s: Session, ctx: Context, item: Item, location: Location, quantity: Decimal, *,
                 order_id: int | None, kind: str = "sale", reason: str = "") -> Move | None:
    """Stock coming back from a sale (empty buckets collected): onto the placeholder batch,
    where it also makes good an earlier shortfall."""
    if quantity <= 0:
        return None
    return post(s, ctx, kind=kind, item=item, location=location, batch=placeholder_batch(s, item),
                quantity=quantity, order_id=order_id, reason=reason)


# ----------------------------------------------------------------------------- reading

def usable_in(s: Session, ctx: Context, item_id: int, location_id: int | None = None) -> Decimal:
    stmt = (select(func.coalesce(func.sum(Balance.quantity), 0)).join(Batch, Batch.id == Balance.batch_id)
            .where(Balance.item_id == item_id, Balance.quantity > 0, Batch.blocked.is_(False),
                   or_(Batch.expiry.is_(None), Batch.expiry >= ctx.today())))
    if location_id is not None:
        stmt = stmt.where(Balance.location_id == location_id)
    return Decimal(str(s.scalar(stmt))).quantize(Decimal("0.001"))


_BAL, _BATCH = Balance.__table__, Batch.__table__
#: built once: this runs on every order review and confirm (the order desk's stock check)
_USABLE_BY_LOCATION = (select(_BAL.c.item_id, _BAL.c.location_id, func.sum(_BAL.c.quantity))
                       .select_from(_BAL.join(_BATCH, _BATCH.c.id == _BAL.c.batch_id))
                       .where(_BAL.c.item_id.in_(bindparam("item_ids", expanding=True)), _BAL.c.quantity > 0,
                              _BATCH.c.blocked.is_(False),
                              or_(_BATCH.c.expiry.is_(None), _BATCH.c.expiry >= bindparam("today", type_=Date)))
                       .group_by(_BAL.c.item_id, _BAL.c.location_id))


def usable_by_location(s: Session, ctx: Context, item_ids) -> dict[tuple[int, int], Decimal]:
    """{(item id, location id): usable quantity} for many items in one grouped query (the
    same rows as :func:`usable_in`; a pair with nothing usable is absent)."""
    ids = sorted(set(item_ids))
    if not ids:
        return {}
    rows = s.connection().execute(_USABLE_BY_LOCATION, {"item_ids": ids, "today": ctx.today()})
    return {(i, l): Decimal(str(q)) for i, l, q in rows}


def available(ctx: Context, item_id: int, location_id: int | None = None) -> Decimal:
    """Stock that may be issued (not expired, not blocked), at one location or all."""
    ctx.require(P.VIEW)
    with ctx.read() as s:
        return usable_in(s, ctx, item_id, location_id)


def on_hand(ctx: Context, item_id: int, location_id: int | None = None) -> Decimal:
    """Every unit on the books (expired, blocked and negative balances included)."""
    ctx.require(P.VIEW)
    with ctx.read() as s:
        stmt = select(func.coalesce(func.sum(Balance.quantity), 0)).where(Balance.item_id == item_id)
        if location_id is not None:
            stmt = stmt.where(Balance.location_id == location_id)
        return Decimal(str(s.scalar(stmt))).quantize(Decimal("0.001"))


def ledger_mismatches(ctx: Context) -> list[tuple[int, int, int, Decimal, Decimal]]:
    """(item, location, batch, balance, ledger sum) wherever the balance table differs from
    the ledger: empty when the books are consistent (checked by the tests)."""
    ctx.require(P.VIEW)
    with ctx.read() as s:
        sums = {(i, l, b): Decimal(str(q)).quantize(Decimal("0.001")) for i, l, b, q in s.execute(
            select(Move.item_id, Move.location_id, Move.batch_id, func.sum(Move.quantity))
            .group_by(Move.item_id, Move.location_id, Move.batch_id))}
        bals = {(i, l, b): q for i, l, b, q in s.execute(
            select(Balance.item_id, Balance.location_id, Balance.batch_id, Balance.quantity))}
    out = []
    for key in set(sums) | set(bals):
        a, b = bals.get(key, ZERO), sums.get(key, ZERO)
        if a != b:
            out.append((*key, a, b))
    return out


def placeholder_batch_id(ctx: Context, item_id: int) -> int:
    """The item's batch for stock without a batch of its own (empty buckets, shortfalls)."""
    ctx.require(P.STOCK)
    with ctx.unit_of_work() as s:
        return placeholder_batch(s, get_item(s, item_id)).id
