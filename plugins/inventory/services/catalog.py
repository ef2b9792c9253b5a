"""Items and locations."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from decimal import Decimal

from sqlalchemy import func, select

from suite.plugin_api import ValidationError
from suite.plugin_api.context import Context
from suite_plugins.inventory import permissions as P
from suite_plugins.inventory.models import ITEM_KINDS, LOCATION_KINDS, STORAGE, Item, Location, Supplier
from suite_plugins.inventory.services.common import (ZERO, check_version, get_item, get_location, money_in, qty)
from suite.plugin_api.i18n import domain

T = domain("inventory")

KIND_LABELS = {
    "ingredient": T("Ingredient"), "drink": T("Drink"), "packaging": T("Packaging"),
    "cleaning": T("Cleaning supplies"), "water_full": T("Full water bucket"), "water_empty": T("Empty bucket"),
    "other": T("Other"),
}
STORAGE_LABELS = {"ambient": T("Ambient"), "chilled": T("Chilled 0-8 °C"), "frozen": T("Frozen")}
LOCATION_LABELS = {
    "store_room": T("Store room"), "cold_room": T("Cold room"), "freezer": T("Freezer"), "bar": T("Bar"),
    "depot": T("Depot"), "van": T("Van"), "kitchen": T("Kitchen"),
}
#: arrival temperature allowed for each storage condition (°C, inclusive bounds; None: no bound):
#: chilled 0-8 °C, frozen -18 °C or colder, ambient not measured
ARRIVAL_TEMP_RANGE = {"chilled": (Decimal("0"), Decimal("8")), "frozen": (None, Decimal("-18"))}
MAX_ARRIVAL_TEMP = {k: hi for k, (_lo, hi) in ARRIVAL_TEMP_RANGE.items()}


@dataclass(frozen=True)
class ItemInput:
    code: str
    name: str
    kind: str
    unit: str
    category: str = ""
    reorder_point: object = "0"
    reorder_qty: object = "0"
    shelf_life_days: int | None = None
    storage: str = "ambient"
    preferred_supplier_id: int | None = None
    standard_cost: object = "0"
    product_id: int | None = None
    active: bool = True


def _validate_item(s, data: ItemInput, item_id: int | None = None) -> dict:
    errors: dict = {}
    code, name, unit = (data.code or "").strip(), (data.name or "").strip(), (data.unit or "").strip()
    if not code:
        errors["code"] = T("Give the item a code.")
    if not name:
        errors["name"] = T("Give the item a name.")
    if not unit:
        errors["unit"] = T("Say in which unit the item is counted (kg, bottle, bucket...).")
    if data.kind not in ITEM_KINDS:
        errors["kind"] = T("Choose what kind of item this is.")
    if data.storage not in STORAGE:
        errors["storage"] = T("Choose how the item is stored: ambient, chilled or frozen.")
    if data.shelf_life_days is not None and (not isinstance(data.shelf_life_days, int) or data.shelf_life_days <= 0):
        errors["shelf_life_days"] = T("The shelf life is a number of days greater than zero.")
    values = {}
    for f in ("reorder_point", "reorder_qty"):
        try:
            values[f] = qty(getattr(data, f) or "0", f, allow_zero=True)
        except ValidationError as exc:
            errors.update(exc.fields)
    try:
        values["standard_cost"] = money_in(data.standard_cost, "standard_cost")
    except ValidationError as exc:
        errors.update(exc.fields)
    if data.preferred_supplier_id is not None and s.get(Supplier, data.preferred_supplier_id) is None:
        errors["preferred_supplier_id"] = T("That supplier does not exist.")
    if code and s.scalar(select(Item.id).where(Item.code == code, Item.id != (item_id or 0))):
        errors["code"] = T("Another item already has the code {code}.", code=code)
    if name and s.scalar(select(Item.id).where(Item.name == name, Item.id != (item_id or 0))):
        errors["name"] = T("Another item is already called {name}.", name=name)
    if data.product_id is not None and s.scalar(select(Item.id).where(Item.product_id == data.product_id,
                                                                      Item.id != (item_id or 0))):
        errors["product_id"] = T("That product is already linked to another item.")
    if errors:
        raise ValidationError(fields=errors)
    return dict(code=code, name=name, unit=unit, kind=data.kind, category=(data.category or "").strip(),
                shelf_life_days=data.shelf_life_days, storage=data.storage,
                preferred_supplier_id=data.preferred_supplier_id, product_id=data.product_id, active=data.active,
                **values)


def save_item(ctx: Context, data: ItemInput) -> int:
    ctx.require(P.MANAGE)
    with ctx.unit_of_work() as s:
        item = Item(**_validate_item(s, data))
        s.add(item)
        s.flush()
        return item.id


def update_item(ctx: Context, item_id: int, data: ItemInput, *, expected_version: int) -> None:
    ctx.require(P.MANAGE)
    with ctx.unit_of_work() as s:
        item = get_item(s, item_id)
        check_version(item, expected_version)
        values = _validate_item(s, data, item_id)
        if values["unit"] != item.unit:
            from suite_plugins.inventory.models import Move

            if s.scalar(select(Move.id).where(Move.item_id == item.id).limit(1)) is not None:
                raise ValidationError(fields={"unit": T("{name} already has stock moves in {unit}: its unit "
                                                        "cannot change.", name=item.name, unit=item.unit)})
        for k, v in values.items():
            setattr(item, k, v)


def item_input(ctx: Context, item_id: int) -> tuple[ItemInput, int]:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        i = get_item(s, item_id)
        return ItemInput(**{f.name: getattr(i, f.name) for f in fields(ItemInput)}), i.version


@dataclass(frozen=True)
class LocationInput:
    """A location as its form gives it (store room, cold room, freezer, bar, a van...)."""

    code: str
    name: str
    kind: str
    #: stock here is sold or served (expired stock never comes here); None: a bar or a van is
    sales: bool | None = None
    #: the order desk's vehicle this van is
    vehicle_id: int | None = None
    active: bool = True


def _validate_location(s, data: LocationInput, loc: Location | None = None, today=None) -> dict:
    from suite_plugins.inventory.models import Balance, Recipe

    errors: dict = {}
    code, name = (data.code or "").strip(), (data.name or "").strip()
    own = loc.id if loc is not None else 0
    if not code:
        errors["code"] = T("Give the location a code.")
    elif len(code) > 20:
        errors["code"] = T("A location code has at most 20 characters.")
    elif s.scalar(select(Location.id).where(Location.code == code, Location.id != own)):
        errors["code"] = T("Another location already has the code {code}.", code=code)
    if not name:
        errors["name"] = T("Give the location a name.")
    elif len(name) > 80:
        errors["name"] = T("A location name has at most 80 characters.")
    elif s.scalar(select(Location.id).where(Location.name == name, Location.id != own, Location.active.is_(True))):
        errors["name"] = T("Another location is already called {name}.", name=name)
    kind = data.kind
    if kind not in LOCATION_KINDS:
        errors["kind"] = T("Choose what kind of location this is.")
    sales = kind in ("bar", "van") if data.sales is None else bool(data.sales)
    vehicle_id = data.vehicle_id
    if vehicle_id is not None:
        if kind != "van":
            errors["vehicle_id"] = T("Only a van is linked to a vehicle of the order desk.")
        elif s.scalar(select(Location.id).where(Location.vehicle_id == vehicle_id, Location.id != own,
                                                Location.active.is_(True))):
            errors["vehicle_id"] = T("That vehicle already has a location of its own.")
    if loc is not None:
        held = (select(func.count()).select_from(Balance)
                .where(Balance.location_id == loc.id, Balance.quantity != 0))
        if not data.active and loc.active and s.scalar(held):
            errors["active"] = T("{name} still holds stock: transfer it or write it off before taking the "
                                 "location out of use.", name=loc.name)
        if not data.active and loc.active:
            recipes = s.scalars(select(Recipe.name).where(Recipe.location_id == loc.id, Recipe.active.is_(True))
                                .order_by(Recipe.name).limit(3)).all()
            if recipes:
                errors["active"] = T("Recipes take their ingredients from {name} ({recipes}): change them first.",
                                     name=loc.name, recipes=", ".join(recipes))
        if sales and not loc.sales:
            expired = s.scalar(select(func.count()).select_from(Balance)
                               .where(Balance.location_id == loc.id, Balance.quantity > 0,
                                      Balance.expiry.is_not(None), Balance.expiry < today))
            if expired:
                errors["sales"] = T("{name} holds expired stock: write it off before stock is sold from here.",
                                    name=loc.name)
    if errors:
        raise ValidationError(fields=errors)
    return dict(code=code, name=name, kind=kind, sales=sales, vehicle_id=vehicle_id, active=bool(data.active))


def save_location(ctx: Context, code: str | LocationInput, name: str = "", kind: str = "", *,
                  sales: bool | None = None, vehicle_id: int | None = None) -> int:
    """A new location; ``save_location(ctx, LocationInput(...))`` or the fields one by one."""
    ctx.require(P.MANAGE)
    data = code if isinstance(code, LocationInput) else LocationInput(code, name, kind, sales, vehicle_id)
    with ctx.unit_of_work() as s:
        loc = Location(**_validate_location(s, data))
        s.add(loc)
        s.flush()
        return loc.id


def update_location(ctx: Context, location_id: int, data: LocationInput | None = None, *, expected_version: int,
                    name: str | None = None, active: bool | None = None, vehicle_id: int | None = None) -> None:
    """Change a location (its form gives a whole ``LocationInput``; the keywords change one thing).
    A location holding stock, or that recipes take from, is not taken out of use; one holding
    expired stock does not become a sales location."""
    ctx.require(P.MANAGE)
    with ctx.unit_of_work() as s:
        loc = get_location(s, location_id)
        check_version(loc, expected_version)
        if data is None:
            data = LocationInput(loc.code, loc.name if name is None else name, loc.kind, loc.sales,
                                 loc.vehicle_id if vehicle_id is None else vehicle_id,
                                 loc.active if active is None else active)
        values = _validate_location(s, data, loc, ctx.today())
        for k, v in values.items():
            setattr(loc, k, v)


def location_input(ctx: Context, location_id: int) -> tuple[LocationInput, int]:
    """A location as its form shows it, and its version."""
    ctx.require(P.VIEW)
    with ctx.read() as s:
        loc = get_location(s, location_id)
        return LocationInput(loc.code, loc.name, loc.kind, loc.sales, loc.vehicle_id, loc.active), loc.version


@dataclass(frozen=True)
class LocationView:
    id: int
    code: str
    name: str
    kind: str
    sales: bool
    vehicle_id: int | None
    version: int
    active: bool = True


def locations(ctx: Context, *, include_inactive: bool = False) -> list[LocationView]:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        stmt = select(Location).order_by(Location.code)
        if not include_inactive:
            stmt = stmt.where(Location.active.is_(True))
        return [LocationView(l.id, l.code, l.name, l.kind, l.sales, l.vehicle_id, l.version, l.active)
                for l in s.scalars(stmt)]


@dataclass(frozen=True)
class ItemView:
    id: int
    code: str
    name: str
    kind: str
    unit: str
    shelf_life_days: int | None
    storage: str
    reorder_point: Decimal
    reorder_qty: Decimal
    preferred_supplier_id: int | None
    product_id: int | None
    version: int
    #: the standard cost (zero for a user who may not see costs)
    standard_cost: Decimal = ZERO


def items(ctx: Context, *, kind: str | None = None) -> list[ItemView]:
    ctx.require(P.VIEW)
    costs = ctx.can(P.COSTS)
    with ctx.read() as s:
        stmt = select(Item).where(Item.active.is_(True)).order_by(Item.code)
        if kind:
            stmt = stmt.where(Item.kind == kind)
        return [ItemView(i.id, i.code, i.name, i.kind, i.unit, i.shelf_life_days, i.storage, i.reorder_point,
                         i.reorder_qty, i.preferred_supplier_id, i.product_id, i.version,
                         i.standard_cost if costs else ZERO) for i in s.scalars(stmt)]


def item_by_code(ctx: Context, code: str) -> int | None:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        return s.scalar(select(Item.id).where(Item.code == code))


def location_by_code(ctx: Context, code: str) -> int | None:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        return s.scalar(select(Location.id).where(Location.code == code))
