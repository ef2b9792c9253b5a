"""The order desk's hooks: its stock check, deliveries (buckets) and completions (recipes).

Inside another plugin's transaction these never raise for a stock reason: a delivery or a
completed order stands even when inventory is short (the shortfall is a negative balance
for the next stocktake). Anything else that goes wrong here is logged and rolled back to a
savepoint, so the order desk's write still commits.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import bindparam, literal_column, null, select, union_all
from sqlalchemy.orm import Session

from suite.plugin_api.context import Context
from suite_plugins.inventory.models import Item, Location, Move, Recipe
from suite_plugins.inventory.services import recipes as recipe_svc
from suite_plugins.inventory.services import stock
from suite_plugins.inventory.services.common import ZERO
from suite.plugin_api.i18n import domain

T = domain("inventory")

log = logging.getLogger(__name__)


def _default_location(s: Session, kinds: tuple[str, ...]) -> Location | None:
    for kind in kinds:
        loc = s.scalar(select(Location).where(Location.kind == kind, Location.active.is_(True)).order_by(Location.id))
        if loc is not None:
            return loc
    return None


def kitchen_location(s: Session, recipe: Recipe) -> Location | None:
    if recipe.location_id is not None:
        return s.get(Location, recipe.location_id)
    return _default_location(s, ("kitchen", "store_room", "cold_room"))


def bucket_location(s: Session, vehicle_id: int | None) -> Location | None:
    if vehicle_id is not None:
        van = s.scalar(select(Location).where(Location.vehicle_id == vehicle_id, Location.active.is_(True)))
        if van is not None:
            return van
    return _default_location(s, ("depot", "store_room"))


def demand(s: Session, lines) -> tuple[dict[tuple[int, int | None], Decimal], bool]:
    """{(item id, location id or None for "anywhere"): quantity} an order's lines need, and
    whether any line is ours. Reads plain columns (it runs on every order review)."""
    need: dict[tuple[int, int | None], Decimal] = defaultdict(Decimal)
    ours = False
    for line in lines:
        pid, q = line["product_id"], Decimal(str(line["quantity"]))
        item = s.execute(select(Item.id, Item.kind).where(Item.product_id == pid)).first()
        if item is not None:
            ours = True
            # buckets may sit in the depot or on any van: all of them count at review
            loc = None if item.kind == "water_full" else _default_location_id(s, ("bar", "store_room", "depot"))
            need[(item.id, loc)] += q
            continue
        recipe = s.execute(select(Recipe.id, Recipe.location_id)
                           .where(Recipe.product_id == pid, Recipe.active.is_(True))).first()
        if recipe is not None:
            ours = True
            loc = recipe.location_id or _default_location_id(s, ("kitchen", "store_room", "cold_room"))
            if loc is None:
                continue
            for item_id, amount in recipe_svc.explode(s, recipe.id, q).items():
                need[(item_id, loc)] += amount
    return dict(need), ours


def _default_location_id(s: Session, kinds: tuple[str, ...]) -> int | None:
    for kind in kinds:
        loc = s.scalar(select(Location.id).where(Location.kind == kind, Location.active.is_(True))
                       .order_by(Location.id).limit(1))
        if loc is not None:
            return loc
    return None


_I, _R, _L = Item.__table__, Recipe.__table__, Location.__table__
#: the lines' items kept in stock, their recipes and the active locations in one query, built
#: once (it runs on every order review and confirm): (source, id, kind, product id, location id)
_PRODUCTS_AND_LOCATIONS = union_all(
    select(literal_column("'item'"), _I.c.id, _I.c.kind, _I.c.product_id, null())
    .where(_I.c.product_id.in_(bindparam("pids", expanding=True))),
    select(literal_column("'recipe'"), _R.c.id, null(), _R.c.product_id, _R.c.location_id)
    .where(_R.c.product_id.in_(bindparam("pids", expanding=True)), _R.c.active.is_(True)),
    select(literal_column("'location'"), _L.c.id, _L.c.kind, null(), null()).where(_L.c.active.is_(True)))


def check_stock(ctx: Context, items) -> list[dict] | None:
    """The answer to ``suite_orders_check_stock``: a shortage per product whose stock (or one
    of whose ingredients) is short or only expired. None when no product is kept in stock.

    It runs on every order review and confirm, so it reads everything in a few set-wise
    queries built once: the lines' items and recipes with the active locations, the recipes'
    lines (one query per nesting level), and one grouped sum of usable stock for every item
    needed. Each line
    is checked against that stock on its own (as :func:`demand` does line by line)."""
    lines = list(items)
    if not lines:
        return None
    with ctx.read() as s:
        pids = sorted({line["product_id"] for line in lines})
        kept, cooked, locations = {}, {}, []
        for source, row_id, kind, pid, loc in s.connection().execute(_PRODUCTS_AND_LOCATIONS, {"pids": pids}):
            if source == "item":
                kept[pid] = (row_id, kind)
            elif source == "recipe":
                cooked[pid] = (row_id, loc)
            else:
                locations.append((row_id, kind))
        cooked = {pid: v for pid, v in cooked.items() if pid not in kept}   # a product kept in stock is no dish
        if not kept and not cooked:
            return None
        locations.sort()

        def default_loc(kinds: tuple[str, ...]) -> int | None:
            for kind in kinds:
                for loc_id, loc_kind in locations:
                    if loc_kind == kind:
                        return loc_id
            return None

        per_portion = recipe_svc.explode_many(s, sorted({rid for rid, _ in cooked.values()}))
        needs = []   # (line, {(item id, location id or None): quantity})
        for line in lines:
            pid, q = line["product_id"], Decimal(str(line["quantity"]))
            need: dict[tuple[int, int | None], Decimal] = defaultdict(Decimal)
            if pid in kept:
                item_id, kind = kept[pid]
                # buckets may sit in the depot or on any van: all of them count at review
                loc = None if kind == "water_full" else default_loc(("bar", "store_room", "depot"))
                need[(item_id, loc)] += q
            elif pid in cooked:
                rid, loc = cooked[pid]
                loc = loc or default_loc(("kitchen", "store_room", "cold_room"))
                if loc is not None:
                    for item_id, amount in per_portion[rid].items():
                        need[(item_id, loc)] += amount * q
            else:
                continue
            needs.append((line, need))
        usable = stock.usable_by_location(s, ctx, {item_id for _, need in needs for item_id, _ in need})
        anywhere: dict[int, Decimal] = defaultdict(Decimal)
        for (item_id, _), amount in usable.items():
            anywhere[item_id] += amount
        shortages = []
        for line, need in needs:
            for (item_id, loc_id), amount in need.items():
                have = (anywhere.get(item_id, ZERO) if loc_id is None
                        else usable.get((item_id, loc_id), ZERO)).quantize(Decimal("0.001"))
                if have >= amount:
                    continue
                item = s.get(Item, item_id)
                if loc_id is None:
                    msg = T("only {available} {unit} of {name} in stock, {quantity} needed.",
                            available=stock.fmt_qty(have), unit=item.unit, name=item.name,
                            quantity=stock.fmt_qty(amount))
                else:
                    msg = stock._shortage_message(s, ctx, item, s.get(Location, loc_id), amount, have)
                shortages.append({"product_id": line["product_id"], "name": line["name"],
                                  "available": have.normalize(),
                                  "message": str(T("{product}: {problem}", product=line["name"], problem=str(msg)))})
                break
        return shortages


def _already(s: Session, order_id: int, reason: str) -> bool:
    return s.scalar(select(Move.id).where(Move.order_id == order_id, Move.kind == "sale", Move.reason == reason)
                    .limit(1)) is not None


DELIVERY_REASON = "delivery"
RECIPE_REASON = "recipe"


def _guarded(ctx: Context, session: Session, work) -> None:
    try:
        with session.begin_nested():
            moves = work()
            if moves:
                stock.emit_moves(ctx, moves)
    except Exception:  # noqa: BLE001 - the order desk's write must stand
        log.exception("inventory could not record the stock of an order")


def on_deliver(ctx: Context, session: Session, order_id: int) -> None:
    """Full buckets leave the van (or depot), the empties collected come back onto it."""
    from suite_plugins.orders import api as orders

    def work():
        if _already(session, order_id, DELIVERY_REASON):
            return []
        facts = orders.delivered_buckets(ctx, order_id)
        lines = orders.order_lines(ctx, order_id)
        moves = []
        loc = bucket_location(session, facts.vehicle_id if facts else None)
        if loc is None:
            return moves
        buckets_left = facts.buckets_delivered if facts else None
        for line in lines:
            item = session.scalar(select(Item).where(Item.product_id == line.product_id))
            if item is None or item.kind == "water_empty":
                continue
            if item.kind == "water_full":
                q = Decimal(line.quantity if buckets_left is None else min(buckets_left, line.quantity))
                if buckets_left is not None:
                    buckets_left -= int(q)
                moves += stock.consume(session, ctx, item, loc, q, order_id=order_id, reason=DELIVERY_REASON)
            else:
                other = _default_location(session, ("bar", "store_room", "depot"))
                if other is not None:
                    moves += stock.consume(session, ctx, item, other, Decimal(line.quantity), order_id=order_id,
                                           reason=DELIVERY_REASON)
        if facts and facts.empties_collected:
            empty = session.scalar(select(Item).where(Item.kind == "water_empty", Item.active.is_(True))
                                   .order_by(Item.id))
            if empty is not None:
                m = stock.receive_back(session, ctx, empty, loc, Decimal(facts.empties_collected),
                                       order_id=order_id, reason=DELIVERY_REASON)
                if m is not None:
                    moves.append(m)
        return moves

    _guarded(ctx, session, work)


def on_complete(ctx: Context, session: Session, order_id: int) -> None:
    """A completed order's dishes take their ingredients, FEFO (once per order)."""
    from suite_plugins.orders import api as orders

    def work():
        if _already(session, order_id, RECIPE_REASON):
            return []
        moves = []
        for line in orders.order_lines(ctx, order_id):
            recipe = session.scalar(select(Recipe).where(Recipe.product_id == line.product_id,
                                                         Recipe.active.is_(True)))
            if recipe is None:
                continue
            loc = kitchen_location(session, recipe)
            if loc is None:
                continue
            for item_id, amount in recipe_svc.explode(session, recipe.id, Decimal(line.quantity)).items():
                moves += stock.consume(session, ctx, session.get(Item, item_id), loc, amount, order_id=order_id,
                                       reason=RECIPE_REASON)
        return moves

    _guarded(ctx, session, work)


def orders_using_batch(s: Session, batch_id: int) -> list[int]:
    return sorted({oid for oid in s.scalars(select(Move.order_id).where(Move.batch_id == batch_id,
                                                                        Move.order_id.is_not(None)))})

