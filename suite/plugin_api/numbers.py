"""The one formatter for numbers shown to a user: money, counts, decimals, hours, percentages.

Every table, board, card, list and export of the suite formats its figures here, so an amount
reads the same everywhere (``¥1,234.50``, ``-¥12.00``), a count ``12,345`` and a share
``12.5%``. Nothing here imports Qt: services, exports and the command line use it too::

    from suite.plugin_api.numbers import format_money, format_count, format_percent, format_number

    format_money(Decimal("1234.5"))          # '¥1,234.50'
    format_count(12345)                      # '12,345'
    format_percent(Decimal("0.125"))         # '12.5%'   (a fraction)
    format_percent(12.5, fraction=False)     # '12.5%'   (already a percentage)
    format_number(value, "money")            # by a column's kind (NUMBER_KINDS)

Digits are grouped by thousands with a comma, the grouping of both the office's languages
(zh_CN and English); the decimal point is a point. An empty value (None, "") is shown as
an empty string, never as ``0`` or ``None``.

In a Qt table, :func:`suite.plugin_api.ui.number_item` makes a right-aligned cell from the
same formatter, and a :class:`~suite.plugin_api.lists.ListColumn` of a number kind is
formatted and right-aligned by the list widget.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

#: kinds of figures (a list column's ``kind`` or :func:`format_number`'s): right-aligned
NUMBER_KINDS = ("int", "decimal", "hours", "percent", "money")
#: the currency sign of the office
CURRENCY = "¥"


def _decimal(value: Any) -> Decimal | None:
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        return value
    try:
        return Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        return None


def format_money(value: Any, places: int = 2, *, sign: bool = False) -> str:
    """``¥1,234.50`` (``-¥12.00`` for a negative amount, ``+¥3.00`` with *sign* for a
    positive one); an empty string for None."""
    amount = _decimal(value)
    if amount is None:
        return "" if value is None or value == "" else str(value)
    rounded = round(amount, places)
    prefix = "-" if rounded < 0 else ("+" if sign and rounded > 0 else "")
    return f"{prefix}{CURRENCY}{abs(rounded):,.{places}f}"


def format_count(value: Any) -> str:
    """A whole number with thousands separators: ``12,345`` (``-3``); '' for None."""
    number = _decimal(value)
    if number is None:
        return "" if value is None or value == "" else str(value)
    return f"{int(number.to_integral_value()):,}"


def format_decimal(value: Any, places: int = 2) -> str:
    """A number with *places* decimals and thousands separators: ``1,234.50``."""
    number = _decimal(value)
    if number is None:
        return "" if value is None or value == "" else str(value)
    text = f"{number:,.{places}f}"
    return "0" + text[2:] if text.startswith("-0") and not any(ch in "123456789" for ch in text) else text


def format_percent(value: Any, places: int = 1, *, fraction: bool = True) -> str:
    """A share as a percentage: 0.125 -> ``12.5%`` (with ``fraction=False`` the value is
    already a percentage: 12.5 -> ``12.5%``)."""
    number = _decimal(value)
    if number is None:
        return "" if value is None or value == "" else str(value)
    return format_decimal(number * 100 if fraction else number, places) + "%"


def format_number(value: Any, kind: str = "decimal", places: int | None = None) -> str:
    """*value* formatted by *kind*: ``money``, ``int`` (a count), ``decimal``, ``percent``
    (a fraction) or ``hours`` (shown as a decimal; a list column adds the unit)."""
    if kind == "money":
        return format_money(value, 2 if places is None else places)
    if kind == "int":
        return format_count(value)
    if kind == "percent":
        return format_percent(value, 1 if places is None else places)
    if kind == "hours":
        return format_decimal(value, 1 if places is None else places)
    if kind == "decimal":
        return format_decimal(value, 2 if places is None else places)
    raise ValueError(f"unknown number kind {kind!r} (one of {', '.join(NUMBER_KINDS)})")


__all__ = ["CURRENCY", "NUMBER_KINDS", "format_count", "format_decimal", "format_money", "format_number",
           "format_percent"]
