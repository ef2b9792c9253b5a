"""What the inventory services share: parsing quantities, finding records, the office day."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from sqlalchemy.orm import Session

from suite.plugin_api import ConflictError, NotFound, ValidationError
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.inventory.models import QTY_PLACES, Item, Location, Supplier

T = domain("inventory")
ZERO = Decimal("0")
PLUGIN = "inventory"


def qty(value, field: str = "quantity", *, allow_zero: bool = False, allow_negative: bool = False) -> Decimal:
    """A quantity typed by a user: a number greater than zero (three places at most)."""
    if isinstance(value, float):
        value = repr(value)
    try:
        q = Decimal(str(value).strip().replace(",", ""))
    except (InvalidOperation, ValueError):
        raise ValidationError(fields={field: T("Enter the quantity as a number.")}) from None
    if not q.is_finite():
        raise ValidationError(fields={field: T("Enter the quantity as a number.")})
    if q != q.quantize(QTY_PLACES):
        raise ValidationError(fields={field: T("A quantity has at most three decimal places.")})
    if (q == 0 and not allow_zero) or (q < 0 and not allow_negative):
        raise ValidationError(fields={field: T("The quantity must be greater than zero.")})
    if abs(q) >= Decimal("100000000000"):
        raise ValidationError(fields={field: T("The quantity is too large.")})
    return q.quantize(QTY_PLACES)


def money_in(value, field: str) -> Decimal:
    from suite.plugin_api.db import money

    try:
        m = money(value if value not in (None, "") else "0")
    except (InvalidOperation, ValueError):
        raise ValidationError(fields={field: T("Enter the amount as a number.")}) from None
    if m < 0:
        raise ValidationError(fields={field: T("The amount cannot be negative.")})
    return m


def check_unit(item: Item, unit: str | None) -> None:
    if unit not in (None, "") and unit.strip() != item.unit:
        raise ValidationError(fields={"unit": T("{name} is counted in {unit}, not in {given}.",
                                                name=item.name, unit=item.unit, given=unit.strip())})


def check_version(obj, expected_version: int) -> None:
    if expected_version is None or obj.version != expected_version:
        raise ConflictError(table=obj.__tablename__, row_id=obj.id)


def get_item(s: Session, item_id: int) -> Item:
    item = s.get(Item, item_id) if item_id is not None else None
    if item is None:
        raise NotFound(T("That item does not exist."))
    return item


def get_location(s: Session, location_id: int) -> Location:
    loc = s.get(Location, location_id) if location_id is not None else None
    if loc is None:
        raise NotFound(T("That location does not exist."))
    return loc


def get_supplier_row(s: Session, supplier_id: int) -> Supplier:
    sup = s.get(Supplier, supplier_id) if supplier_id is not None else None
    if sup is None:
        raise NotFound(T("That supplier does not exist."))
    return sup


def today(ctx: Context) -> dt.date:
    return ctx.today()


def local_day(ctx: Context, at: dt.datetime) -> dt.date:
    return ctx.to_local(at).date()


def setting(ctx: Context, key: str, default):
    from suite.plugin_api import core

    try:
        return core.get_setting(ctx, PLUGIN, key, default)
    except Exception:  # noqa: BLE001 - a missing settings table must not stop stock work
        return default


#: office settings of the inventory, with their defaults
SETTINGS_DEFAULTS = {"expiry_alert_days": 3, "count_sheet_show_expected": False}


def settings(ctx: Context) -> dict:
    """The inventory's office settings (defaults for those never set)."""
    out = dict(SETTINGS_DEFAULTS)
    for key, default in SETTINGS_DEFAULTS.items():
        value = setting(ctx, key, default)
        out[key] = bool(value) if isinstance(default, bool) else value
    return out


def save_settings(ctx: Context, *, expiry_alert_days=None, count_sheet_show_expected: bool | None = None) -> None:
    """Store the settings the manager changes (checked first: nothing is stored on a bad value)."""
    from suite.plugin_api import core
    from suite_plugins.inventory import permissions as P

    ctx.require(P.MANAGE)
    values = {}
    if expiry_alert_days is not None:
        try:
            days = int(expiry_alert_days)
        except (TypeError, ValueError):
            days = -1
        if not 0 <= days <= 90:
            raise ValidationError(fields={"expiry_alert_days": T("Warn between 0 and 90 days ahead.")})
        values["expiry_alert_days"] = days
    if count_sheet_show_expected is not None:
        values["count_sheet_show_expected"] = bool(count_sheet_show_expected)
    with ctx.unit_of_work():
        for key, value in values.items():
            core.set_setting(ctx, PLUGIN, key, value, permission=P.MANAGE, default=SETTINGS_DEFAULTS[key])
