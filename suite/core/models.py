"""Core tables (prefix ``core_``)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from suite.db.base import Base, RecordMixin, UTCDateTime
from suite.db.pinyin import pinyin_column


class User(RecordMixin, Base):
    __tablename__ = "core_users"
    __audit_redact__ = frozenset({"password_hash"})

    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    language: Mapped[str | None] = mapped_column(String(10), nullable=True)

    roles: Mapped[list["Role"]] = relationship(secondary="core_user_roles", lazy="selectin")


class Role(RecordMixin, Base):
    """A role is data: built-in ones carry a ``code``; an office may add its own."""

    __tablename__ = "core_roles"

    code: Mapped[str | None] = mapped_column(String(40), unique=True, nullable=True)
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class UserRole(Base):
    __tablename__ = "core_user_roles"
    #: a user's roles are part of the user (``User.roles`` changes bump it as a many-to-many
    #: collection; a row written directly does through this declaration)
    __aggregate_parent__ = "user_id"

    user_id: Mapped[int] = mapped_column(ForeignKey("core_users.id"), primary_key=True)
    role_id: Mapped[int] = mapped_column(ForeignKey("core_roles.id"), primary_key=True)


class RolePermission(Base):
    __tablename__ = "core_role_permissions"
    #: a role's permissions are part of the role: granting or revoking one moves its version
    __aggregate_parent__ = "role_id"

    role_id: Mapped[int] = mapped_column(ForeignKey("core_roles.id"), primary_key=True)
    permission: Mapped[str] = mapped_column(String(80), primary_key=True)


class KnownPermission(Base):
    """Every permission id the suite has seen, so that default grants are made only once and
    a manager's later revocation sticks."""

    __tablename__ = "core_permissions"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    plugin: Mapped[str] = mapped_column(String(60))
    first_seen: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class Department(RecordMixin, Base):
    __tablename__ = "core_departments"

    code: Mapped[str | None] = mapped_column(String(40), unique=True, nullable=True)
    name: Mapped[str] = mapped_column(String(100))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class Staff(RecordMixin, Base):
    __tablename__ = "core_staff"

    name: Mapped[str] = mapped_column(String(100))
    #: the name's pinyin (``zhang wei``, ``zw``) for search and sort, kept by the session
    name_pinyin: Mapped[str] = pinyin_column("name", surname=True)
    name_initials: Mapped[str] = pinyin_column("name", initials=True, surname=True)
    phone: Mapped[str] = mapped_column(String(32), default="")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("core_departments.id"), nullable=True, index=True)
    position: Mapped[str] = mapped_column(String(100), default="")
    hired_on: Mapped[dt.date | None] = mapped_column(nullable=True)
    #: the login of this person, if they have one
    user_id: Mapped[int | None] = mapped_column(ForeignKey("core_users.id"), nullable=True, unique=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class Area(RecordMixin, Base):
    """A delivery area. ``keywords`` (one per line or comma-separated: streets, districts,
    estates) let the suite recognise the area of a typed address."""

    __tablename__ = "core_areas"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    keywords: Mapped[str] = mapped_column(Text, default="")
    travel_minutes: Mapped[int] = mapped_column(Integer, default=30)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


def _is_person(customer) -> bool:
    return (customer.kind or "person") == "person"


class Customer(RecordMixin, Base):
    __tablename__ = "core_customers"
    #: an import writes the phones and address into the customer's audit row
    __personal_data__ = frozenset({"phones", "address"})
    __table_args__ = (
        Index("ix_core_customers_name", "name"),
        # the customer list sorts by "last changed" (1.6 s over a million rows without it)
        Index("ix_core_customers_updated_at", "updated_at"),
    )

    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(20), default="person")  # person | company
    #: the name's pinyin for search and sort (a person's surname read as a surname)
    name_pinyin: Mapped[str] = pinyin_column("name", surname=_is_person)
    name_initials: Mapped[str] = pinyin_column("name", initials=True, surname=_is_person)
    area_id: Mapped[int | None] = mapped_column(ForeignKey("core_areas.id"), nullable=True, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    phones: Mapped[list["CustomerPhone"]] = relationship(
        back_populates="customer", order_by="CustomerPhone.id", cascade="all, delete-orphan"
    )
    addresses: Mapped[list["CustomerAddress"]] = relationship(
        back_populates="customer", order_by="CustomerAddress.id", cascade="all, delete-orphan"
    )


class CustomerPhone(RecordMixin, Base):
    __tablename__ = "core_customer_phones"
    __personal_data__ = frozenset({"phone"})
    __aggregate_parent__ = "customer"

    customer_id: Mapped[int] = mapped_column(ForeignKey("core_customers.id"), index=True)
    phone: Mapped[str] = mapped_column(String(32), index=True)  # digits only
    label: Mapped[str] = mapped_column(String(40), default="")
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)

    customer: Mapped[Customer] = relationship(back_populates="phones")


class CustomerAddress(RecordMixin, Base):
    __tablename__ = "core_customer_addresses"
    __personal_data__ = frozenset({"address"})
    __aggregate_parent__ = "customer"

    customer_id: Mapped[int] = mapped_column(ForeignKey("core_customers.id"), index=True)
    address: Mapped[str] = mapped_column(String(300))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("core_areas.id"), nullable=True)
    label: Mapped[str] = mapped_column(String(40), default="")
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)

    customer: Mapped[Customer] = relationship(back_populates="addresses")


class Setting(RecordMixin, Base):
    """Settings shared by every PC of the office (company letterhead, plugin options).
    Settings of one PC (database URL, language, printer) live in its TOML file instead."""

    __tablename__ = "core_settings"
    __table_args__ = (UniqueConstraint("namespace", "key"),)

    namespace: Mapped[str] = mapped_column(String(60))
    key: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(Text)  # JSON


class Attachment(RecordMixin, Base):
    __tablename__ = "core_attachments"

    filename: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    data: Mapped[bytes] = mapped_column(LargeBinary)


class AuditLog(Base):
    """Append-only: triggers in the database refuse UPDATE and DELETE on this table, and
    every row is a link of a hash chain (``prev_hash`` -> ``row_hash``, see
    :mod:`suite.core.audit_chain`), so a change made around the triggers is found."""

    __tablename__ = "core_audit_log"
    __audit__ = False
    __table_args__ = (
        Index("ix_core_audit_log_table_at", "table_name", "at"),
        Index("ix_core_audit_log_user_at", "user_id", "at"),
        Index("ix_core_audit_log_at", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(10))
    table_name: Mapped[str] = mapped_column(String(64))
    #: the primary key, several columns joined by commas (a role and one of its permissions)
    row_id: Mapped[str] = mapped_column(String(255))
    changes: Mapped[str] = mapped_column(Text)
    #: SHA-256 of the previous row's content (64 zeros for the first row) and of this row's
    prev_hash: Mapped[str] = mapped_column(String(64))
    row_hash: Mapped[str] = mapped_column(String(64))


class LoginEvent(Base):
    """Successful and failed logins (the audit log covers data changes; this covers access)."""

    __tablename__ = "core_login_events"
    __audit__ = False

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
    username: Mapped[str] = mapped_column(String(64))
    success: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(String(100), default="")
