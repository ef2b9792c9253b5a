"""Personal data (customers' phone numbers and addresses): the one place that decides what a
user may see of it.

Every service that hands a phone number or an address out of the suite (a list row, a view, an
export, a search hit, a report, a record of the plugin API) passes it through :func:`pii`
first, so a user without ``customers.view_pii`` receives ``139****5678`` and ``东风路****``
whatever the widget, the file or the plugin does with the value afterwards::

    from suite.plugin_api import core

    mask = core.pii(ctx)                      # decided once for the acting user
    phone = mask.phone(order.contact_phone)   # '139****5678' without the right
    address = mask.address(order.address)
    stmt = select(mask.phone_sql(o.c.contact_phone).label("contact_phone"), ...)  # list rows
    cond = mask.phone_match(p.c.phone, typed)  # whole number only without the right

Without the right, phone search matches the whole number only: a prefix search would give the
number back digit by digit (the 44 searches of issue 8).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import String, case, func, literal
from sqlalchemy.sql.elements import ColumnElement

from suite.core import permissions as P

MASK = "****"
_STARS = "*" * 20  # a phone has at most 20 digits
_DIGITS = re.compile(r"[^0-9]")


def mask_phone(phone: str | None) -> str:
    """``13912345678`` -> ``139****5678``; a short number keeps its last two digits."""
    if not phone:
        return ""
    if len(phone) >= 11:
        return phone[:3] + MASK + phone[-4:]
    if len(phone) > 4:
        return "*" * (len(phone) - 2) + phone[-2:]
    return MASK


def mask_address(address: str | None) -> str:
    """The first few characters of an address (a third, 2 to 6 of them) and ``****``."""
    if not address:
        return ""
    keep = min(6, max(2, len(address) // 3))
    return address[:keep] + MASK


def _substr(*args) -> ColumnElement:
    return func.substr(*args, type_=String())


def _text(value: str) -> ColumnElement:
    return literal(value, String())


def mask_phone_sql(column) -> ColumnElement:
    """:func:`mask_phone` in SQL, the same on SQLite and PostgreSQL (for list queries, so the
    rows themselves hold the masked value)."""
    n = func.length(column)
    return case(
        (column.is_(None), None),
        (column == "", ""),
        (n >= 11, _substr(column, 1, 3) + _text(MASK) + _substr(column, n - 3)),
        (n > 4, _substr(_text(_STARS), 1, n - 2) + _substr(column, n - 1)),
        else_=_text(MASK),
    )


def mask_address_sql(column) -> ColumnElement:
    """:func:`mask_address` in SQL, the same on SQLite and PostgreSQL."""
    n = func.length(column)
    keep = case((n < 9, 2), (n < 12, 3), (n < 15, 4), (n < 18, 5), else_=6)  # min(6, max(2, n // 3))
    return case(
        (column.is_(None), None),
        (column == "", ""),
        else_=_substr(column, 1, keep) + _text(MASK),
    )


def phone_digits(text: str | None) -> str:
    """The digits of a typed phone number (full-width ones read as ASCII, NFKC), a leading 86
    country code dropped: written ``+86``/``0086`` even in part of a number (``+86 136-0000``
    while the clerk is still typing), bare ``86`` only before a whole mobile number."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    digits = _DIGITS.sub("", text)
    if text.startswith("+86") or text.startswith("0086"):
        digits = digits[4:] if text.startswith("0086") else digits[2:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return digits


@dataclass(frozen=True)
class PersonalData:
    """What one user may see of customers' personal data (see :func:`pii`)."""

    visible: bool

    @property
    def masked(self) -> bool:
        return not self.visible

    @property
    def prefix_search(self) -> bool:
        """May phone numbers be searched by their first digits (the order desk's lookup)?"""
        return self.visible

    def phone(self, value: str | None) -> str:
        return (value or "") if self.visible else mask_phone(value)

    def address(self, value: str | None) -> str:
        return (value or "") if self.visible else mask_address(value)

    def phone_sql(self, column) -> ColumnElement:
        """The column as it may leave the service (put it in a list's select, labelled)."""
        return column if self.visible else mask_phone_sql(column)

    def address_sql(self, column) -> ColumnElement:
        return column if self.visible else mask_address_sql(column)

    def phone_match(self, column, text: str | None, *, min_digits: int = 3) -> ColumnElement | None:
        """The condition "this phone column matches what was typed": the numbers starting with
        the digits for a user who may see them, the whole number only for anyone else (a prefix
        answer would reveal the number digit by digit). None when nothing searchable was typed."""
        digits = phone_digits(text)
        if len(digits) < min_digits:
            return None
        if self.prefix_search:
            return (column >= digits) & (column < digits + ":")
        if len(digits) < 5:  # no phone number is that short (see normalise_phone)
            return None
        return column == digits


def personal_data_tables() -> frozenset[str]:
    """Tables whose model declares ``__personal_data__`` (core's and every loaded plugin's)."""
    from suite.db.base import Base

    return frozenset(m.local_table.name for m in Base.registry.mappers
                     if m.class_.__dict__.get("__personal_data__") and m.local_table is not None)


#: what the audit log shows of a change to a table holding personal data, without the right
#: (the mask itself: no words, so nothing to translate)
HIDDEN_CHANGES = '{"*": "****"}'


def audit_changes_sql(ctx, changes, table_name) -> ColumnElement:
    """The audit log's ``changes`` as it may leave the service: hidden for rows of a table
    holding personal data when the user may not see it (the JSON cannot be masked key by key
    in SQL the same way on both databases). Owner and manager hold the right by default."""
    if pii(ctx).visible:
        return changes
    tables = sorted(personal_data_tables())
    if not tables:
        return changes
    return case((table_name.in_(tables), _text(HIDDEN_CHANGES)), else_=changes)


def pii(ctx) -> PersonalData:
    """What the acting user of *ctx* may see of customers' phone numbers and addresses."""
    return PersonalData(bool(ctx.can(P.CUSTOMERS_VIEW_PII)))
