"""Declarative base, column types and mixins shared by core and every plugin."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import DateTime, ForeignKey, Integer, MetaData, Numeric, String, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from suite.plugin_api.i18n import domain

T = domain("core")

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CENT = Decimal("0.01")


def utcnow() -> dt.datetime:
    """The current time, timezone-aware in UTC (what every timestamp column stores)."""
    return dt.datetime.now(dt.timezone.utc)


class UTCDateTime(TypeDecorator):
    """A timezone-aware UTC timestamp on every database.

    PostgreSQL stores ``timestamptz``; SQLite stores naive UTC text. Values come back aware
    (UTC). Naive values are refused: a naive time is a bug waiting for daylight saving.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC timestamp is required")
        value = value.astimezone(dt.timezone.utc)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(dt.timezone.utc)


class Money(TypeDecorator):
    """Money as ``Decimal`` in ``Numeric(12, 2)``: never a float in Python.

    SQLite has no decimal type: it keeps the number as a double, which holds every amount of
    twelve digits exactly to the cent; values are quantized back to cents when read.
    """

    impl = Numeric(12, 2)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money must be a Decimal or a string, never a float")
        value = Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)
        if dialect.name == "sqlite":
            return str(value)
        return value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def money(value: object) -> Decimal:
    """Parse a user's amount ('12', '12.5', Decimal) into a two-place Decimal."""
    if isinstance(value, float):
        value = repr(value)
    return Decimal(str(value).strip().replace(",", "").replace("¥", "").replace("￥", "")).quantize(
        CENT, rounding=ROUND_HALF_UP
    )


class Base(DeclarativeBase):
    """The one declarative base of the suite. Core tables start with ``core_``; each plugin's
    tables start with its own prefix (``orders_``, ``cmp_``...)."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    #: set to False on a model whose rows must not be copied into the audit log
    __audit__ = True
    #: attribute names whose values the audit log records only as "changed"
    __audit_redact__: frozenset[str] = frozenset()
    #: on a child row of an aggregate (an order line, a customer's phone): the name of the
    #: relationship to its parent. Adding, changing or deleting the child bumps the version of
    #: the parent (and of its own parent, up to the root) in the same flush, so a stale save of
    #: the whole aggregate conflicts. ``None`` on a root or a stand-alone record.
    __aggregate_parent__: str | None = None
    #: the attributes (and audit keys) of this table that hold customers' personal data (a
    #: phone number, an address): the audit log hides its rows' changes from a user without
    #: ``customers.view_pii`` (see ``suite.core.pii``)
    __personal_data__: frozenset[str] = frozenset()
    #: what one row is called (a translatable message, singular: ``T("Crew")``); every
    #: column carries ``info={"label": T(...)}`` (see :mod:`suite.plugin_api.labels`)
    __label__ = None
    #: how one row is named in the audit log: a column key, a tuple of keys or a function of
    #: the row's mapping; None: its name, title, number... column (suite.plugin_api.labels)
    __record_name__ = None


class IdMixin:
    """An integer primary key ``id``."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True, sort_order=-100, info={"label": T("No.")})


class TimestampMixin:
    """``created_at`` / ``updated_at`` in UTC, filled in by the unit of work."""

    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, sort_order=100,
                                                    info={"label": T("Created at")})
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, sort_order=101,
                                                    info={"label": T("Changed at")})


class AuthorMixin:
    """``created_by`` / ``updated_by``: the acting user, filled in by the unit of work."""

    @declared_attr
    def created_by(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("core_users.id"), nullable=True, sort_order=102, info={"label": T("Created by")})

    @declared_attr
    def updated_by(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("core_users.id"), nullable=True, sort_order=103, info={"label": T("Changed by")})


class VersionMixin:
    """An optimistic-lock counter: saving a row someone changed since it was read fails with
    :class:`~suite.plugin_api.errors.ConflictError` instead of overwriting their work."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, sort_order=104,
                                         info={"label": T("Version")})

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.version}


class RecordMixin(IdMixin, TimestampMixin, AuthorMixin, VersionMixin):
    """Everything a business record carries: id, timestamps, authors and the version counter."""


def short_text(length: int = 200):
    return String(length)
