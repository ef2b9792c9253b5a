"""Formatting for reports: money, numbers, dates and times in the office's time zone.

No reportlab here: services and pages may use these too.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

CENT = Decimal("0.01")


def to_decimal(value: Any) -> Decimal | None:
    """Decimal of a money value (Decimal, int, str; a float goes through its shortest repr)."""
    if value is None or value == "":
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        raise TypeError("a boolean is not an amount")
    if isinstance(value, float):
        return Decimal(repr(value))
    try:
        return Decimal(str(value).replace(",", "").replace("\u00a5", "").replace("\uffe5", "").strip())
    except InvalidOperation:
        raise ValueError(f"not an amount: {value!r}") from None


def money(value: Any, symbol: str = "\u00a5", places: int = 2) -> str:
    """``¥1,234.50``; negative amounts ``-¥1,234.50``; None -> ``""``."""
    amount = to_decimal(value)
    if amount is None:
        return ""
    quantum = Decimal(1).scaleb(-places)
    amount = amount.quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if amount < 0 else ""
    return f"{sign}{symbol}{abs(amount):,.{places}f}"


def number(value: Any, places: int = 0) -> str:
    """``12,345`` or ``12,345.6`` (``places`` decimals, half up); None -> ``""``."""
    amount = to_decimal(value)
    if amount is None:
        return ""
    amount = amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{amount:,.{places}f}"


def percent(value: Any, places: int = 1) -> str:
    """``0.125`` -> ``12.5%``."""
    amount = to_decimal(value)
    if amount is None:
        return ""
    return number(amount * 100, places) + "%"


def date(value: dt.date | dt.datetime | None) -> str:
    """``2026-11-01`` (a datetime is shown as its date as stored; use :func:`datetime` for UTC
    values)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    return value.isoformat()


def datetime(value: dt.datetime | None, tz=None, *, seconds: bool = False) -> str:
    """``2026-11-01 14:05`` in the time zone *tz* (a ZoneInfo; the office's: ``ctx.timezone``).

    A naive value is taken as UTC (the database stores UTC)."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    if tz is not None:
        value = value.astimezone(tz)
    return value.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def time(value: dt.datetime | dt.time | None, tz=None) -> str:
    """``14:05`` (a datetime is converted to *tz* first)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)
        if tz is not None:
            value = value.astimezone(tz)
    return value.strftime("%H:%M")
