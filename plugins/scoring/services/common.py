"""Shared helpers of performance scoring: months, settings, the staff in scope, masking."""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from suite.plugin_api import ValidationError, core
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.scoring import permissions as P

T = domain("scoring")
NS = "scoring"
FEN = Decimal("0.01")
MASK = "***"

#: every setting of the plugin and its default (thresholds and amounts are office data)
DEFAULTS: dict[str, Any] = {
    "cs_records_per_day": 20,      # chat records reviewed per agent-day
    "cs_fail_records": 4,          # a day's point is lost at this many failing records
    "cs_tier1_below": 20, "cs_tier1_amount": "50.00",
    "cs_tier2_below": 15, "cs_tier2_amount": "100.00",
    "cs_lose_all_below": 12,
    "rest_days": {"customer_service": 4, "*": 2},
    "absence_rate": "2.00",        # an unapproved absence costs 200 % of a day's standard wage
    "inspection_day": 15,
    "inspection_pass": "5.00", "inspection_fail": "2.00",
    "advance_share": "0.50",       # advances may not exceed half the month's pay
    "cs_department": "customer_service",
}


def setting(ctx: Context, key: str) -> Any:
    return core.get_setting(ctx, NS, key, DEFAULTS[key])


def settings(ctx: Context) -> dict[str, Any]:
    stored = core.get_settings(ctx, NS)
    return {k: stored.get(k, v) for k, v in DEFAULTS.items()}


def save_settings(ctx: Context, values: dict[str, Any]) -> None:
    ctx.require(P.MANAGE)
    errors = {}
    for key, value in values.items():
        if key not in DEFAULTS:
            errors[key] = T("Unknown setting.")
        elif key in ("rest_days", "cs_department"):
            continue
        elif key in ("cs_records_per_day", "cs_fail_records", "cs_tier1_below", "cs_tier2_below",
                     "cs_lose_all_below", "inspection_day"):
            if not isinstance(value, int) or value < 0:
                errors[key] = T("Enter a whole number of 0 or more.")
        elif key.endswith("_amount") or key in ("inspection_pass", "inspection_fail", "absence_rate", "advance_share"):
            try:
                if Decimal(str(value)) < 0:
                    raise ValueError
            except Exception:
                errors[key] = T("Enter an amount of 0 or more.")
    if "rest_days" in values:
        rest = values["rest_days"]
        if not isinstance(rest, dict) or not all(isinstance(v, int) and 0 <= v <= 31 for v in rest.values()):
            errors["rest_days"] = T("Rest days are whole numbers from 0 to 31 per department.")
    if values.get("cs_fail_records", 1) == 0:
        errors["cs_fail_records"] = T("At least one failing record must lose the day.")
    if errors:
        raise ValidationError(fields=errors)
    for key, value in values.items():
        core.set_setting(ctx, NS, key, value, permission=P.MANAGE, default=DEFAULTS[key])


# ------------------------------------------------------------------ months

def month_key(year: int, month: int) -> int:
    return year * 100 + month


def parse_month(value: Any) -> int:
    """2026-11, 202611, (2026, 11) or a date -> 202611."""
    if isinstance(value, int) and value > 190000:
        y, m = divmod(value, 100)
    elif isinstance(value, dt.date):
        y, m = value.year, value.month
    elif isinstance(value, tuple):
        y, m = value
    else:
        text = str(value).strip()
        try:
            y, m = (int(p) for p in text.replace("/", "-").split("-")[:2])
        except ValueError:
            raise ValidationError(T("\u201c{value}\u201d is not a month (write 2026-11).", value=text)) from None
    if not 1 <= m <= 12 or not 1900 < y < 3000:
        raise ValidationError(T("\u201c{value}\u201d is not a month (write 2026-11).", value=str(value)))
    return month_key(y, m)


def month_bounds(key: int) -> tuple[dt.date, dt.date]:
    """[first day, first day of the next month) of a month key."""
    y, m = divmod(key, 100)
    start = dt.date(y, m, 1)
    end = dt.date(y + (m == 12), m % 12 + 1, 1)
    return start, end


def month_label(key: int) -> str:
    y, m = divmod(key, 100)
    return f"{y}-{m:02d}"


def days_in(key: int) -> int:
    y, m = divmod(key, 100)
    return calendar.monthrange(y, m)[1]


def last_month(ctx: Context) -> int:
    first = ctx.today().replace(day=1) - dt.timedelta(days=1)
    return month_key(first.year, first.month)


def this_month(ctx: Context) -> int:
    t = ctx.today()
    return month_key(t.year, t.month)


def fen(value: Decimal) -> Decimal:
    return Decimal(value).quantize(FEN, rounding=ROUND_HALF_UP)


# ------------------------------------------------------------------ people

def rest_days(ctx: Context, department: str | None, table: dict | None = None) -> int:
    table = table if table is not None else setting(ctx, "rest_days")
    return int(table.get(department or "", table.get("*", 2)))


def working_days(key: int, rest: int) -> int:
    """A person's working days in a month: the month's days less their rest days."""
    return max(0, days_in(key) - rest)


def staff_in_scope(ctx: Context, *, department: str | None = None) -> list:
    """The staff the acting user may see: everyone with the view permission, else only the
    user's own staff record (read-only), else nobody."""
    people = core.list_staff(ctx.as_system(), department=department)
    if ctx.can(P.VIEW):
        return people
    if ctx.can(P.OWN) and ctx.user.staff_id:
        return [p for p in people if p.id == ctx.user.staff_id]
    return []


def require_staff_visible(ctx: Context, staff_id: int) -> None:
    if ctx.can(P.VIEW):
        return
    if ctx.can(P.OWN) and ctx.user.staff_id == staff_id:
        return
    ctx.require(P.VIEW)


def money_text(ctx: Context, value: Decimal | None) -> str:
    """A money figure as the acting user may see it."""
    if value is None:
        return ""
    if not ctx.can(P.MONEY):
        return MASK
    return f"{fen(value):,.2f}"
