"""What every service module of the order desk shares: permissions, labels, settings and
small helpers (status history, the day lock)."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy import select

from suite.plugin_api import ValidationError, core
from suite.plugin_api.context import Context
from suite.plugin_api.db import CENT
from suite.plugin_api.i18n import Msg, domain
from suite_plugins.orders.models import DayClose, StatusChange

T = domain("orders")

# ---------------------------------------------------------------------------- permissions

VIEW = "orders.view"
CREATE = "orders.create"
CANCEL = "orders.cancel"
ADJUST = "orders.adjust"
CHECKOUT = "orders.checkout"
DISPATCH = "orders.dispatch"
VEHICLES = "orders.vehicles"
DELIVER = "orders.deliver"
DEPOSITS = "orders.deposits"
CATALOG = "orders.catalog"
CLOSE_DAY = "orders.close_day"
REPORTS = "orders.reports"
IMPORT = "orders.import"
CONFIGURE = "orders.configure"

# ---------------------------------------------------------------------------- labels

STATUS_LABELS = {
    "new": T("New"),
    "confirmed": T("Confirmed"),
    "dispatched": T("Dispatched"),
    "delivered": T("Delivered"),
    "completed": T("Completed"),
    "cancelled": T("Cancelled"),
}
CHANNEL_LABELS = {
    "phone": T("Phone"),
    "web": T("Website"),
    "app": T("Mobile app"),
    "walk_in": T("Walk-in"),
    "table": T("Dine-in"),
}
METHOD_LABELS = {
    "cash": T("Cash"),
    "wechat": T("WeChat Pay"),
    "alipay": T("Alipay"),
    "card": T("Bank card"),
    "account": T("Monthly account"),
}
EXCEPTION_LABELS = {
    "": T("None"),
    "absent": T("Customer absent"),
    "refused": T("Refused"),
    "damaged": T("Damaged"),
}
KIND_LABELS = {
    "water": T("Bottled water"),
    "dish": T("Dish"),
    "goods": T("Goods"),
}
DEPOSIT_KIND_LABELS = {
    "out": T("Buckets out"),
    "return": T("Empties returned"),
    "deposit": T("Deposit paid"),
    "refund": T("Deposit refunded"),
    "adjust": T("Adjustment"),
}


def label(mapping: dict, code: str) -> str:
    return str(mapping.get(code, code))


# ---------------------------------------------------------------------------- settings

SETTINGS_NAMESPACE = "orders"
DEFAULTS = {
    "minutes_per_stop": 12,      # a driver's time at each stop, for the promised time
    "dispatch_every_minutes": 30,  # drivers leave at least this often: the longest wait to leave
    "kitchen_minutes": 20,       # table and walk-in orders: time to serve
    "default_travel_minutes": 30,
    "stop_weight": 2,            # one stop weighs like this many buckets when balancing
    "requested_grace_minutes": 5,
    "statutory_holidays": "",    # ISO dates the standing orders skip (when they skip holidays)
}


def setting(ctx: Context, key: str):
    return core.get_setting(ctx, SETTINGS_NAMESPACE, key, DEFAULTS.get(key))


def settings_in(ctx: Context, s) -> dict:
    """Every setting of the plugin (defaults filled in), read once per transaction in the
    open session ``s``: the promise asks for several and they do not change under it."""
    cached = s.info.get("orders_settings")
    if cached is None:
        cached = {**DEFAULTS, **core.get_settings(ctx, SETTINGS_NAMESPACE, session=s)}
        s.info["orders_settings"] = cached
    return cached


@dataclass(frozen=True)
class AreaFacts:
    id: int
    name: str
    travel_minutes: int
    archived: bool


def area_in(s, area_id: int | None) -> AreaFacts | None:
    """An area's name, travel time and archived flag, read once per transaction (a column
    tuple, not the ORM object)."""
    if not area_id:
        return None
    cache = s.info.setdefault("orders_areas", {})
    if area_id not in cache:
        row = s.execute(select(core.Area.name, core.Area.travel_minutes, core.Area.archived)
                        .where(core.Area.id == area_id)).first()
        cache[area_id] = AreaFacts(area_id, row[0], row[1], bool(row[2])) if row is not None else None
    return cache[area_id]


# ---------------------------------------------------------------------------- parsing helpers


def to_money(value, field: str) -> Decimal:
    """A user's amount as Decimal (refuses floats, letters, more than two places)."""
    if isinstance(value, float):
        raise TypeError("money must be a Decimal or a string, never a float")
    if isinstance(value, Decimal):
        amount = value
    else:
        text = str(value if value is not None else "").strip().replace(",", "").replace("¥", "").replace("￥", "")
        if text == "":
            return Decimal("0.00")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise ValidationError(fields={field: T("\u201c{value}\u201d is not an amount.", value=value)}) from None
    if not amount.is_finite():
        raise ValidationError(fields={field: T("\u201c{value}\u201d is not an amount.", value=value)})
    if amount.as_tuple().exponent < -2 and amount != amount.quantize(CENT):
        raise ValidationError(fields={field: T("Amounts have at most two decimal places.")})
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def to_int(value, field: str) -> int:
    if isinstance(value, bool):
        raise ValidationError(fields={field: T("Enter a whole number.")})
    if isinstance(value, int):
        return value
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return int(value)
    text = str(value if value is not None else "").strip()
    if re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    raise ValidationError(fields={field: T("\u201c{value}\u201d is not a whole number.", value=value)})


class Joined:
    """Several messages shown as one (each translated when shown)."""

    def __init__(self, parts, sep: str = "; ") -> None:
        self.parts = list(parts)
        self.sep = sep

    def __str__(self) -> str:
        return self.sep.join(str(p) for p in self.parts)

    def __repr__(self) -> str:
        return f"Joined({self.parts!r})"


def yuan(amount: Decimal | None) -> str:
    """¥12.50 (for messages and reasons)."""
    return f"¥{(amount or Decimal(0)):,.2f}"


# ---------------------------------------------------------------------------- history and lock


MARK = "\u241e"  # starts a stored message: shown in the reader's language, not the writer's


def stored(message) -> str:
    """Text to keep in the database for a reason the suite wrote: a message (``T(...)``) is
    kept as its English source and parameters, so every reader sees it in their own
    language; what a person typed is kept as typed."""
    if isinstance(message, Msg):
        params = {k: (json.loads(stored(v)[1:]) if isinstance(v, Msg) else str(v)) for k, v in message.params.items()}
        return MARK + json.dumps([message.text, params], ensure_ascii=False)
    return str(message or "")


def shown(text: str | None) -> str:
    """The reader's-language text of what :func:`stored` kept."""
    if not text or not text.startswith(MARK):
        return text or ""
    try:
        source, params = json.loads(text[1:])
    except ValueError:
        return text
    return str(_msg(source, params))


def _msg(source: str, params: dict) -> Msg:
    values = {k: (_msg(*v) if isinstance(v, list) and len(v) == 2 and isinstance(v[0], str) else v)
              for k, v in params.items()}
    return Msg("orders", source, **values)


def record_status(session, ctx: Context, order_id: int, old: str, new: str, reason: object = "") -> None:
    session.add(StatusChange(order_id=order_id, at=ctx.now(), user_id=ctx.user.id, username=ctx.user.username,
                             from_status=old or "", to_status=new, reason=stored(reason)))


def ensure_day_open(session, ctx: Context, day: dt.date | None = None) -> None:
    """Refuse a write dated on a closed day (日清: a closed day is locked)."""
    day = day or ctx.today()
    if session.scalar(select(DayClose.id).where(DayClose.day == day)) is not None:
        raise ValidationError(T("{day} is closed: nothing dated that day can be changed any more.",
                                day=day.isoformat()))


def load_order(session, order_id: int, expected_version: int | None = None):
    """The order in the caller's session; NotFound when it is gone, ConflictError when
    someone saved it since *expected_version* was read."""
    from suite.plugin_api import ConflictError, NotFound
    from suite_plugins.orders.models import Order

    order = session.get(Order, order_id)
    if order is None:
        raise NotFound(T("That order no longer exists."))
    if expected_version is not None and order.version != expected_version:
        raise ConflictError(table="orders_orders", row_id=order_id)
    return order


def local_day(ctx: Context, value: dt.datetime) -> dt.date:
    return ctx.to_local(value).date()


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
