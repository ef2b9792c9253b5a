"""Water buckets: full and empty bucket stock per depot and van, against the buckets the
shop owns and those customers hold on deposit (the order desk's deposit ledger).

    bucket stock (full + empty, every location) + held by customers = owned

The difference is what is unaccounted for (lost, broken without a write-off, miscounted).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from suite.plugin_api import ValidationError
from suite.plugin_api.context import Context
from suite_plugins.inventory import permissions as P
from suite_plugins.inventory.models import Balance, Item, Location
from suite_plugins.inventory.services.common import PLUGIN, setting
from suite.plugin_api.i18n import domain

T = domain("inventory")


@dataclass(frozen=True)
class BucketRow:
    location_id: int
    location: str
    kind: str
    full: int
    empty: int


@dataclass(frozen=True)
class Reconciliation:
    rows: tuple[BucketRow, ...]
    full: int
    empty: int
    held_by_customers: int | None    # None: no order desk
    owned: int | None                # None: not entered yet

    @property
    def accounted(self) -> int:
        return self.full + self.empty + (self.held_by_customers or 0)

    @property
    def difference(self) -> int | None:
        return None if self.owned is None else self.accounted - self.owned


def reconciliation(ctx: Context) -> Reconciliation:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        per = {}
        for loc_id, kind, q in s.execute(select(Balance.location_id, Item.kind, func.sum(Balance.quantity))
                                         .join(Item, Item.id == Balance.item_id)
                                         .where(Item.kind.in_(("water_full", "water_empty")))
                                         .group_by(Balance.location_id, Item.kind)):
            per.setdefault(loc_id, {})[kind] = int(Decimal(str(q)))
        rows = []
        for loc in s.scalars(select(Location).where(Location.kind.in_(("depot", "van"))).order_by(Location.code)):
            got = per.pop(loc.id, {})
            rows.append(BucketRow(loc.id, loc.name, loc.kind, got.get("water_full", 0), got.get("water_empty", 0)))
        for loc_id, got in per.items():  # buckets somewhere else
            loc = s.get(Location, loc_id)
            rows.append(BucketRow(loc.id, loc.name, loc.kind, got.get("water_full", 0), got.get("water_empty", 0)))
    held = None
    if ctx.has_plugin("orders"):
        from suite_plugins.orders import api as orders

        try:
            held = orders.buckets_held_total(ctx)
        except Exception:  # noqa: BLE001 - a user without the order desk's view right
            held = None
    owned = setting(ctx, "buckets_owned", None)
    return Reconciliation(tuple(rows), sum(r.full for r in rows), sum(r.empty for r in rows), held,
                          int(owned) if owned is not None else None)


def set_owned(ctx: Context, owned) -> None:
    """How many buckets the shop owns (bought, less those scrapped)."""
    ctx.require(P.MANAGE)
    try:
        n = int(str(owned).strip())
    except ValueError:
        raise ValidationError(fields={"owned": T("Enter the number of buckets owned.")}) from None
    if n < 0:
        raise ValidationError(fields={"owned": T("The number of buckets owned cannot be negative.")})
    from suite.plugin_api import core

    core.set_setting(ctx, PLUGIN, "buckets_owned", n, permission=P.MANAGE)
