"""Stocktake (盘点): a count sheet per location, counts entered by keyboard, differences
reviewed and posted as adjustments in one transaction with the approver recorded."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from suite.plugin_api import NotFound, ValidationError
from suite.plugin_api.context import Context
from suite_plugins.inventory import permissions as P
from suite_plugins.inventory.models import Balance, Batch, Item, Location, Stocktake, StocktakeCount
from suite_plugins.inventory.services import stock
from suite_plugins.inventory.services.common import ZERO, check_version, get_location, qty
from suite.plugin_api.i18n import domain

T = domain("inventory")


def start(ctx: Context, location_id: int, *, show_expected: bool = False) -> int:
    """Open a count for a location: one line per batch on the books there (expected quantity
    frozen now)."""
    ctx.require(P.STOCK)
    with ctx.unit_of_work() as s:
        loc = get_location(s, location_id)
        if s.scalar(select(Stocktake.id).where(Stocktake.location_id == loc.id, Stocktake.status == "counting")):
            raise ValidationError(T("A stocktake of {location} is already being counted.", location=loc.name))
        st = Stocktake(location_id=loc.id, status="counting", started_at=ctx.now(), counted_on=ctx.today(),
                       show_expected=show_expected, counter_staff_id=ctx.user.staff_id,
                       counter_name=ctx.user.display_name or ctx.user.username)
        rows = s.execute(select(Balance, Batch).join(Batch, Batch.id == Balance.batch_id)
                         .join(Item, Item.id == Balance.item_id)
                         .where(Balance.location_id == loc.id, Balance.quantity != 0)
                         .order_by(Item.code, Balance.expiry, Batch.id))
        for bal, batch in rows:
            st.counts.append(StocktakeCount(item_id=bal.item_id, batch_id=batch.id, expected=bal.quantity,
                                            unit_cost=batch.unit_cost))
        s.add(st)
        s.flush()
        return st.id


def _get(s, stocktake_id: int) -> Stocktake:
    st = s.get(Stocktake, stocktake_id)
    if st is None:
        raise NotFound(T("That stocktake does not exist."))
    return st


def enter_counts(ctx: Context, stocktake_id: int, counts: dict[int, object], *, expected_version: int) -> int:
    """Counted quantities by count line id (zero allowed; blank clears). Returns the
    stocktake's new version."""
    ctx.require(P.STOCK)
    with ctx.unit_of_work() as s:
        st = _get(s, stocktake_id)
        check_version(st, expected_version)
        if st.status != "counting":
            raise ValidationError(T("This stocktake was posted: its counts cannot change."))
        by_id = {c.id: c for c in st.counts}
        for count_id, value in counts.items():
            line = by_id.get(count_id)
            if line is None:
                raise ValidationError(fields={"count": T("That line is not on this count sheet.")})
            line.counted = None if value in (None, "") else qty(value, "count", allow_zero=True)
        s.flush()
        return st.version


def add_line(ctx: Context, stocktake_id: int, *, batch_id: int, counted, expected_version: int) -> int:
    """A batch found that is not on the sheet (expected 0)."""
    ctx.require(P.STOCK)
    with ctx.unit_of_work() as s:
        st = _get(s, stocktake_id)
        check_version(st, expected_version)
        if st.status != "counting":
            raise ValidationError(T("This stocktake was posted: its counts cannot change."))
        batch = s.get(Batch, batch_id)
        if batch is None:
            raise NotFound(T("That batch does not exist."))
        if any(c.batch_id == batch.id for c in st.counts):
            raise ValidationError(fields={"batch_id": T("Batch {batch} is already on the count sheet.",
                                                        batch=batch.code)})
        st.counts.append(StocktakeCount(item_id=batch.item_id, batch_id=batch.id, expected=ZERO,
                                        counted=qty(counted, "count", allow_zero=True), unit_cost=batch.unit_cost))
        s.flush()
        return st.version


@dataclass(frozen=True)
class CountLine:
    id: int
    item_id: int
    item_code: str
    item_name: str
    unit: str
    batch_id: int
    batch_code: str
    expiry: dt.date | None
    expected: Decimal | None   # None when hidden from the counter
    counted: Decimal | None
    difference: Decimal | None
    value: Decimal | None


@dataclass(frozen=True)
class StocktakeView:
    id: int
    location_id: int
    location_name: str
    status: str
    counted_on: dt.date
    show_expected: bool
    approver_name: str
    counter_name: str
    version: int
    lines: tuple[CountLine, ...]

    @property
    def uncounted(self) -> int:
        return sum(1 for l in self.lines if l.counted is None)


def get(ctx: Context, stocktake_id: int, *, for_review: bool = False) -> StocktakeView:
    """The count sheet. Expected quantities and differences are shown to the counter only when
    the stocktake says so; the reviewer (manager) always sees them."""
    ctx.require(P.VIEW)
    reveal = for_review and ctx.can(P.MANAGE)
    costs = ctx.can(P.COSTS)
    with ctx.read() as s:
        st = _get(s, stocktake_id)
        loc = s.get(Location, st.location_id)
        show = reveal or st.show_expected or st.status == "posted"
        lines = []
        for c in st.counts:
            item, batch = s.get(Item, c.item_id), s.get(Batch, c.batch_id)
            diff = None if c.counted is None else c.counted - c.expected
            lines.append(CountLine(c.id, item.id, item.code, item.name, item.unit, batch.id, batch.code, batch.expiry,
                                   c.expected if show else None, c.counted, diff if show else None,
                                   (diff * c.unit_cost).quantize(Decimal("0.01")) if show and costs and diff is not None
                                   else None))
        return StocktakeView(st.id, st.location_id, loc.name, st.status, st.counted_on, st.show_expected,
                             st.approver_name, st.counter_name, st.version, tuple(lines))


def post(ctx: Context, stocktake_id: int, *, expected_version: int) -> list[int]:
    """Post the differences as stocktake adjustments, all in one transaction, with the acting
    manager recorded as approver. Posting twice is refused."""
    ctx.require(P.MANAGE)
    with ctx.unit_of_work() as s:
        st = _get(s, stocktake_id)
        if st.status == "posted":
            raise ValidationError(T("This stocktake was already posted on {day} by {name}.",
                                    day=st.posted_at.astimezone(ctx.timezone).date().isoformat(),
                                    name=st.approver_name))
        check_version(st, expected_version)
        missing = [c for c in st.counts if c.counted is None]
        if missing:
            raise ValidationError(T("{n} lines are not counted yet: enter a count (0 if none) for every line.",
                                    n=len(missing)))
        loc = s.get(Location, st.location_id)
        moves = []
        for c in st.counts:
            diff = c.counted - c.expected
            if diff == 0:
                continue
            moves.append(stock.post(s, ctx, kind="stocktake", item=s.get(Item, c.item_id), location=loc,
                                    batch=s.get(Batch, c.batch_id), quantity=diff, unit_cost=c.unit_cost,
                                    stocktake_id=st.id, reason=str(T("stocktake {day}", day=st.counted_on.isoformat())),
                                    allow_negative=True))
        st.status, st.posted_at = "posted", ctx.now()
        st.approver_id, st.approver_name = ctx.user.id, ctx.user.display_name or ctx.user.username
        s.flush()
        stock.emit_moves(ctx, moves)
        return [m.id for m in moves]


def open_for(ctx: Context, location_id: int) -> int | None:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        return s.scalar(select(Stocktake.id).where(Stocktake.location_id == location_id,
                                                   Stocktake.status == "counting"))


def default_location(ctx: Context) -> int | None:
    """The location the stocktake page opens on: one being counted, else the one counted
    last (None: nothing was ever counted)."""
    ctx.require(P.VIEW)
    with ctx.read() as s:
        return s.scalar(select(Stocktake.location_id).order_by((Stocktake.status == "counting").desc(),
                                                              Stocktake.id.desc()).limit(1))


def recent(ctx: Context, limit: int = 30) -> list[tuple[int, str, str, dt.date]]:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        return [(st.id, loc.name, st.status, st.counted_on) for st, loc in s.execute(
            select(Stocktake, Location).join(Location, Location.id == Stocktake.location_id)
            .order_by(Stocktake.id.desc()).limit(limit))]
