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
from suite.plugin_api.i18n import domain

T = domain("core")


class User(RecordMixin, Base):
    __tablename__ = "core_users"
    __label__ = T("User")
    __record_name__ = "username"
    __audit_redact__ = frozenset({"password_hash"})

    username: Mapped[str] = mapped_column(String(64), unique=True, info={"label": T("User name")})
    display_name: Mapped[str] = mapped_column(String(100), default="", info={"label": T("Name shown")})
    password_hash: Mapped[str] = mapped_column(String(255), info={"label": T("Password")})
    active: Mapped[bool] = mapped_column(Boolean, default=True, info={"label": T("Active")})
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, info={"label": T("Failed log-ins")})
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                             info={"label": T("Locked until")})
    last_login_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                              info={"label": T("Last log-in")})
    language: Mapped[str | None] = mapped_column(String(10), nullable=True, info={"label": T("Language")})

    roles: Mapped[list["Role"]] = relationship(secondary="core_user_roles", lazy="selectin")


class Role(RecordMixin, Base):
    """A role is data: built-in ones carry a ``code``; an office may add its own."""

    __tablename__ = "core_roles"
    __label__ = T("Role")

    code: Mapped[str | None] = mapped_column(String(40), unique=True, nullable=True, info={"label": T("Code")})
    name: Mapped[str] = mapped_column(String(100), info={"label": T("Name")})
    description: Mapped[str] = mapped_column(Text, default="", info={"label": T("Description")})
    archived: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Archived")})


class UserRole(Base):
    __tablename__ = "core_user_roles"
    __label__ = T("User role")
    __record_name__ = ("user_id", "role_id")
    #: a user's roles are part of the user (``User.roles`` changes bump it as a many-to-many
    #: collection; a row written directly does through this declaration)
    __aggregate_parent__ = "user_id"

    user_id: Mapped[int] = mapped_column(ForeignKey("core_users.id"), primary_key=True, info={"label": T("User")})
    role_id: Mapped[int] = mapped_column(ForeignKey("core_roles.id"), primary_key=True, info={"label": T("Role")})


class RolePermission(Base):
    __tablename__ = "core_role_permissions"
    __label__ = T("Role permission")
    __record_name__ = ("role_id", "permission")
    #: a role's permissions are part of the role: granting or revoking one moves its version
    __aggregate_parent__ = "role_id"

    role_id: Mapped[int] = mapped_column(ForeignKey("core_roles.id"), primary_key=True, info={"label": T("Role")})
    permission: Mapped[str] = mapped_column(String(80), primary_key=True, info={"label": T("Permission")})


class KnownPermission(Base):
    """Every permission id the suite has seen, so that default grants are made only once and
    a manager's later revocation sticks."""

    __tablename__ = "core_permissions"
    __label__ = T("Known permission")

    id: Mapped[str] = mapped_column(String(80), primary_key=True, info={"label": T("No.")})
    plugin: Mapped[str] = mapped_column(String(60), info={"label": T("Plugin")})
    first_seen: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("First seen")})


class Department(RecordMixin, Base):
    __tablename__ = "core_departments"
    __label__ = T("Department")

    code: Mapped[str | None] = mapped_column(String(40), unique=True, nullable=True, info={"label": T("Code")})
    name: Mapped[str] = mapped_column(String(100), info={"label": T("Name")})
    archived: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Archived")})


class Staff(RecordMixin, Base):
    __tablename__ = "core_staff"
    __label__ = T("Staff member")

    name: Mapped[str] = mapped_column(String(100), info={"label": T("Name")})
    #: the name's pinyin (``zhang wei``, ``zw``) for search and sort, kept by the session
    name_pinyin: Mapped[str] = pinyin_column("name", surname=True)
    name_initials: Mapped[str] = pinyin_column("name", initials=True, surname=True)
    phone: Mapped[str] = mapped_column(String(32), default="", info={"label": T("Phone")})
    department_id: Mapped[int | None] = mapped_column(ForeignKey("core_departments.id"), nullable=True, index=True,
                                                      info={"label": T("Department")})
    position: Mapped[str] = mapped_column(String(100), default="", info={"label": T("Position")})
    hired_on: Mapped[dt.date | None] = mapped_column(nullable=True, info={"label": T("Hired on")})
    #: the login of this person, if they have one
    user_id: Mapped[int | None] = mapped_column(ForeignKey("core_users.id"), nullable=True, unique=True,
                                                info={"label": T("User")})
    notes: Mapped[str] = mapped_column(Text, default="", info={"label": T("Notes")})
    archived: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Archived")})


class Area(RecordMixin, Base):
    """A delivery area. ``keywords`` (one per line or comma-separated: streets, districts,
    estates) let the suite recognise the area of a typed address."""

    __tablename__ = "core_areas"
    __label__ = T("Area")

    name: Mapped[str] = mapped_column(String(100), unique=True, info={"label": T("Name")})
    keywords: Mapped[str] = mapped_column(Text, default="", info={"label": T("Keywords")})
    travel_minutes: Mapped[int] = mapped_column(Integer, default=30, info={"label": T("Travel minutes")})
    archived: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Archived")})


def _is_person(customer) -> bool:
    return (customer.kind or "person") == "person"


class Customer(RecordMixin, Base):
    __tablename__ = "core_customers"
    __label__ = T("Customer")
    #: an import writes the phones and address into the customer's audit row
    __personal_data__ = frozenset({"phones", "address"})
    __table_args__ = (
        Index("ix_core_customers_name", "name"),
        # the customer list sorts by "last changed" (1.6 s over a million rows without it)
        Index("ix_core_customers_updated_at", "updated_at"),
    )

    name: Mapped[str] = mapped_column(String(120), info={"label": T("Name")})
    kind: Mapped[str] = mapped_column(String(20), default="person", info={"label": T("Kind")})  # person | company
    #: the name's pinyin for search and sort (a person's surname read as a surname)
    name_pinyin: Mapped[str] = pinyin_column("name", surname=_is_person)
    name_initials: Mapped[str] = pinyin_column("name", initials=True, surname=_is_person)
    area_id: Mapped[int | None] = mapped_column(ForeignKey("core_areas.id"), nullable=True, index=True,
                                                info={"label": T("Area")})
    notes: Mapped[str] = mapped_column(Text, default="", info={"label": T("Notes")})
    archived: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Archived")})

    phones: Mapped[list["CustomerPhone"]] = relationship(
        back_populates="customer", order_by="CustomerPhone.id", cascade="all, delete-orphan"
    )
    addresses: Mapped[list["CustomerAddress"]] = relationship(
        back_populates="customer", order_by="CustomerAddress.id", cascade="all, delete-orphan"
    )


class CustomerPhone(RecordMixin, Base):
    __tablename__ = "core_customer_phones"
    __label__ = T("Customer phone")
    __record_name__ = "phone"
    __personal_data__ = frozenset({"phone"})
    __aggregate_parent__ = "customer"

    customer_id: Mapped[int] = mapped_column(ForeignKey("core_customers.id"), index=True,
                                             info={"label": T("Customer")})
    phone: Mapped[str] = mapped_column(String(32), index=True, info={"label": T("Phone")})  # digits only
    label: Mapped[str] = mapped_column(String(40), default="", info={"label": T("Label")})
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Primary")})

    customer: Mapped[Customer] = relationship(back_populates="phones")


class CustomerAddress(RecordMixin, Base):
    __tablename__ = "core_customer_addresses"
    __label__ = T("Customer address")
    __record_name__ = "address"
    __personal_data__ = frozenset({"address"})
    __aggregate_parent__ = "customer"

    customer_id: Mapped[int] = mapped_column(ForeignKey("core_customers.id"), index=True,
                                             info={"label": T("Customer")})
    address: Mapped[str] = mapped_column(String(300), info={"label": T("Address")})
    area_id: Mapped[int | None] = mapped_column(ForeignKey("core_areas.id"), nullable=True, info={"label": T("Area")})
    label: Mapped[str] = mapped_column(String(40), default="", info={"label": T("Label")})
    is_default: Mapped[bool] = mapped_column(Boolean, default=False, info={"label": T("Default")})

    customer: Mapped[Customer] = relationship(back_populates="addresses")


class Setting(RecordMixin, Base):
    """Settings shared by every PC of the office (company letterhead, plugin options).
    Settings of one PC (database URL, language, printer) live in its TOML file instead."""

    __tablename__ = "core_settings"
    __label__ = T("Setting")
    __record_name__ = ("namespace", "key")
    __table_args__ = (UniqueConstraint("namespace", "key"),)

    namespace: Mapped[str] = mapped_column(String(60), info={"label": T("Namespace")})
    key: Mapped[str] = mapped_column(String(100), info={"label": T("Key")})
    value: Mapped[str] = mapped_column(Text, info={"label": T("Value")})  # JSON


class Attachment(RecordMixin, Base):
    __tablename__ = "core_attachments"
    __label__ = T("Attachment")

    filename: Mapped[str] = mapped_column(String(255), info={"label": T("Filename")})
    mime: Mapped[str] = mapped_column(String(100), default="application/octet-stream", info={"label": T("File type")})
    size: Mapped[int] = mapped_column(Integer, default=0, info={"label": T("Size")})
    sha256: Mapped[str] = mapped_column(String(64), default="", info={"label": T("SHA-256")})
    data: Mapped[bytes] = mapped_column(LargeBinary, info={"label": T("Data")})


class AuditLog(Base):
    """Append-only: triggers in the database refuse UPDATE and DELETE on this table, and
    every row is a link of a hash chain (``prev_hash`` -> ``row_hash``, see
    :mod:`suite.core.audit_chain`), so a change made around the triggers is found."""

    __tablename__ = "core_audit_log"
    __label__ = T("Audit log row")
    __audit__ = False
    __table_args__ = (
        Index("ix_core_audit_log_table_at", "table_name", "at"),
        Index("ix_core_audit_log_user_at", "user_id", "at"),
        Index("ix_core_audit_log_at", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, info={"label": T("No.")})
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), info={"label": T("Time")})
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": T("User")})
    username: Mapped[str] = mapped_column(String(64), info={"label": T("User name")})
    action: Mapped[str] = mapped_column(String(10), info={"label": T("Action")})
    table_name: Mapped[str] = mapped_column(String(64), info={"label": T("Table")})
    #: the primary key, several columns joined by commas (a role and one of its permissions)
    row_id: Mapped[str] = mapped_column(String(255), info={"label": T("Row")})
    changes: Mapped[str] = mapped_column(Text, info={"label": T("Changes")})
    #: SHA-256 of the previous row's content (64 zeros for the first row) and of this row's
    prev_hash: Mapped[str] = mapped_column(String(64), info={"label": T("Previous hash")})
    row_hash: Mapped[str] = mapped_column(String(64), info={"label": T("Row hash")})


class LoginEvent(Base):
    """Successful and failed logins (the audit log covers data changes; this covers access)."""

    __tablename__ = "core_login_events"
    __label__ = T("Log-in attempt")
    __audit__ = False

    id: Mapped[int] = mapped_column(Integer, primary_key=True, info={"label": T("No.")})
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True, info={"label": T("Time")})
    username: Mapped[str] = mapped_column(String(64), info={"label": T("User name")})
    success: Mapped[bool] = mapped_column(Boolean, info={"label": T("Success")})
    reason: Mapped[str] = mapped_column(String(100), default="", info={"label": T("Reason")})
