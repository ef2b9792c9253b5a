"""Ready-made lists of the core (customers, staff, users, the audit log) for the admin pages.

Each function checks the acting user's permission and decides what is masked, then returns a
:class:`~suite.plugin_api.lists.ListQuery` that a ``LazyTable`` renders page by page.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata

from sqlalchemy import and_, case, exists, func, literal, or_, select

from suite.core import permissions as P
from suite.core.audit import audit_conditions, change_text
from suite.core.customers import CUSTOMER_KINDS, list_areas
from suite.core.pii import phone_digits
from suite.core.pii import pii as personal_data
from suite.core.models import (
    Area,
    AuditLog,
    Customer,
    CustomerAddress,
    CustomerPhone,
    Department,
    Role,
    Staff,
    User,
    UserRole,
)
from suite.core.staff import DepartmentView, list_departments
from suite.db.base import UTCDateTime
from suite.db.pinyin import pinyin_match
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite.plugin_api.lists import ListColumn, ListFilter, ListQuery

T = domain("core")



def _archived_filter(column, default: bool | None) -> ListFilter:
    def where(value):
        return None if value is None else column.is_(bool(value))

    return ListFilter(
        "archived", T("Show"),
        ((False, T("Current")), (True, T("Archived")), (None, T("All"))),
        where, default=default,
    )


def _phone_prefix(text: str) -> str | None:
    """The digits of a typed phone number (3 or more digits and nothing else; full-width ones,
    ＋８６ and dashes read as an input method types them), else None."""
    digits = phone_digits(text)
    compact = re.sub(r"[\s\-+()\u3000]", "", unicodedata.normalize("NFKC", text))
    return digits if len(digits) >= 3 and compact.isdigit() and compact.isascii() else None


# ---------------------------------------------------------------------------- customers


def customer_list(ctx: Context, *, archived: bool | None = False, area_id: int | None = None,
                  kind: str | None = None) -> ListQuery:
    """Customers: name, kind, area, primary phone, default address, notes.

    Phone numbers and addresses are masked unless the user holds ``customers.view_pii``
    (and without it the list cannot be searched by address). Exporting needs
    ``customers.export``.
    """
    ctx.require(P.CUSTOMERS_VIEW)
    mask = personal_data(ctx)
    pii = mask.visible
    c, a = Customer.__table__, Area.__table__
    p, ad = CustomerPhone.__table__, CustomerAddress.__table__
    phone = (select(p.c.phone).where(p.c.customer_id == c.c.id)
             .order_by(p.c.is_primary.desc(), p.c.id).limit(1).scalar_subquery())
    address = (select(ad.c.address).where(ad.c.customer_id == c.c.id)
               .order_by(ad.c.is_default.desc(), ad.c.id).limit(1).scalar_subquery())
    stmt = (
        # the rows themselves hold the masked values: what a plugin or an export reads is masked
        select(c.c.id, c.c.name, c.c.name_pinyin, c.c.kind, a.c.name.label("area"), mask.phone_sql(phone).label("phone"),
               mask.address_sql(address).label("address"), c.c.notes, c.c.archived, c.c.updated_at)
        .select_from(c.outerjoin(a, a.c.id == c.c.area_id))
    )

    def search(text: str):
        conds = [c.c.name.icontains(text, autoescape=True),
                 pinyin_match(c.c.name_pinyin, c.c.name_initials, text)]  # nfsq, zhw, zhangw
        match = mask.phone_match(p.c.phone, text) if _phone_prefix(text) else None
        if match is not None:  # a prefix with the right, the whole number without it
            conds.append(exists().where(p.c.customer_id == c.c.id, match))
        if pii:
            conds.append(exists().where(ad.c.customer_id == c.c.id, ad.c.address.icontains(text, autoescape=True)))
        return or_(*conds)

    kinds = {"person": (T("Person"), "neutral"), "company": (T("Organisation"), "info")}
    areas = list_areas(ctx, include_archived=True)
    columns = (
        ListColumn("id", T("No."), kind="int", width=7, priority=2),
        ListColumn("name", T("Name"), width=18, sort_by="name_pinyin", priority=1),
        # kind and phone are not sortable: on a large list an ORDER BY on them reads every row
        # (measured: 1.4 s and 2.9 s a page over 1,000,000 customers); the kind filter and the
        # phone search do the job instead
        ListColumn("kind", T("Kind"), kind="badge", badges=kinds, width=8, sortable=False, priority=4),
        ListColumn("area", T("Area"), width=10, priority=3),
        ListColumn("phone", T("Phone"), kind="phone", width=14, sortable=False, priority=2),
        ListColumn("address", T("Address"), width=28, sortable=False, priority=3),
        ListColumn("notes", T("Notes"), width=20, sortable=False, priority=5),
        ListColumn("archived", T("Status"), kind="badge", badges={True: (T("Archived"), "neutral")}, width=8, priority=4),
        ListColumn("updated_at", T("Last changed"), kind="datetime", width=16, priority=5),
    )
    filters = (
        _archived_filter(c.c.archived, archived),
        ListFilter("kind", T("Kind"), ((None, T("All kinds")),) + tuple((k, kinds[k][0]) for k in CUSTOMER_KINDS),
                   lambda v: None if v is None else c.c.kind == v, default=kind),
        ListFilter("area", T("Area"),
                   ((None, T("All areas")), (0, T("No area"))) + tuple((ar.id, ar.name) for ar in areas),
                   lambda v: None if v is None else (c.c.area_id.is_(None) if v == 0 else c.c.area_id == v),
                   default=area_id),
    )
    return ListQuery(
        name="core.customers", title=T("Customers"), select=stmt, columns=columns, sort="name",
        search=search,
        search_hint=T("Name, phone or address") if pii else T("Name or phone"),
        filters=filters, export_permission=P.CUSTOMERS_EXPORT,
    )


# ---------------------------------------------------------------------------- staff


def staff_list(ctx: Context, *, department_id: int | None = None, archived: bool | None = False) -> ListQuery:
    """Staff: name, phone, department, position, hired on, login."""
    ctx.require(P.STAFF_VIEW)
    st, d, u = Staff.__table__, Department.__table__, User.__table__
    stmt = (
        select(st.c.id, st.c.name, st.c.name_pinyin, st.c.phone, d.c.name.label("department"), st.c.position, st.c.hired_on,
               u.c.username.label("login"), st.c.notes, st.c.archived)
        .select_from(st.outerjoin(d, d.c.id == st.c.department_id).outerjoin(u, u.c.id == st.c.user_id))
    )
    departments = list_departments(ctx, include_archived=True)

    def department_label(name: str) -> str:
        # built-in departments keep their code as name until the office renames them
        if name in P.BUILTIN_DEPARTMENTS:
            return DepartmentView(0, name, name, False).label
        return name

    def search(text: str):
        like = dict(autoescape=True)
        conds = [st.c.name.icontains(text, **like), st.c.position.icontains(text, **like),
                 pinyin_match(st.c.name_pinyin, st.c.name_initials, text)]
        digits = _phone_prefix(text)
        if digits:
            conds.append(st.c.phone.startswith(digits))
        return or_(*conds)

    columns = (
        ListColumn("id", T("No."), kind="int", width=6, hidden=True),
        ListColumn("name", T("Full name"), width=12, sort_by="name_pinyin"),
        ListColumn("phone", T("Phone"), kind="phone", width=14),
        ListColumn("department", T("Department"), width=14, format=department_label),
        ListColumn("position", T("Position"), width=12),
        ListColumn("hired_on", T("Hired on"), kind="date", width=11),
        ListColumn("login", T("Login"), width=12),
        ListColumn("notes", T("Notes"), width=20, sortable=False),
        ListColumn("archived", T("Status"), kind="badge", badges={True: (T("Archived"), "neutral")}, width=8),
    )
    filters = (
        ListFilter("department", T("Department"),
                   ((None, T("All departments")),) + tuple((dep.id, dep.label) for dep in departments),
                   lambda v: None if v is None else st.c.department_id == v, default=department_id),
        _archived_filter(st.c.archived, archived),
    )
    return ListQuery(
        name="core.staff", title=T("Staff"), select=stmt, columns=columns, sort="name", search=search,
        search_hint=T("Name, position or phone"), filters=filters, export_permission=P.STAFF_MANAGE,
    )


# ---------------------------------------------------------------------------- users


def user_list(ctx: Context) -> ListQuery:
    """Logins: user name, display name, roles, linked staff member, status, last login."""
    ctx.require(P.USERS_MANAGE)
    u, r, ur, st = User.__table__, Role.__table__, UserRole.__table__, Staff.__table__
    roles = (
        select(func.aggregate_strings(func.coalesce(r.c.code, r.c.name), ","))
        .select_from(ur.join(r, r.c.id == ur.c.role_id))
        .where(ur.c.user_id == u.c.id, r.c.archived.is_(False))
        .scalar_subquery()
    )
    staff = select(st.c.name).where(st.c.user_id == u.c.id).limit(1).scalar_subquery()
    now = literal(ctx.now(), UTCDateTime())
    status = case(
        (u.c.active.is_(False), "disabled"),
        (and_(u.c.locked_until.is_not(None), u.c.locked_until > now), "locked"),
        else_="active",
    )
    stmt = select(u.c.id, u.c.username, u.c.display_name, roles.label("roles"), staff.label("staff"),
                  status.label("status"), u.c.last_login_at)

    def role_labels(value: str) -> str:
        names = [part for part in (value or "").split(",") if part]
        return ", ".join(sorted(str(P.BUILTIN_ROLES.get(n, n)) for n in names))

    columns = (
        ListColumn("id", T("No."), kind="int", width=6, hidden=True),
        ListColumn("username", T("User name"), width=12),
        ListColumn("display_name", T("Display name"), width=12),
        ListColumn("roles", T("Roles"), width=22, sortable=False, format=role_labels),
        ListColumn("staff", T("Staff member"), width=12, sortable=False),
        ListColumn("status", T("Status"), kind="badge", width=8, nullable=False, badges={
            "active": (T("Active"), "success"), "locked": (T("Locked"), "warning"),
            "disabled": (T("Disabled"), "neutral")}),
        ListColumn("last_login_at", T("Last login"), kind="datetime", width=16),
    )
    filters = (
        ListFilter("status", T("Show"),
                   ((None, T("All")), ("active", T("Active")), ("locked", T("Locked")), ("disabled", T("Disabled"))),
                   lambda v: None if v is None else status == v),
    )
    return ListQuery(
        name="core.users", title=T("Users"), select=stmt, columns=columns, sort="username",
        search=lambda text: or_(u.c.username.icontains(text, autoescape=True),
                                u.c.display_name.icontains(text, autoescape=True)),
        search_hint=T("User name or display name"), filters=filters, export_permission=P.USERS_MANAGE,
    )


# ---------------------------------------------------------------------------- audit log


def summarise_changes(value: str, limit: int = 300) -> str:
    """``{"name": ["A", "B"]}`` as ``name: A → B``, one field after another."""
    try:
        changes = json.loads(value or "{}")
    except ValueError:
        return (value or "")[:limit]
    if not isinstance(changes, dict):
        return str(changes)[:limit]
    parts = []
    for name, pair in changes.items():
        if isinstance(pair, list) and len(pair) == 2:
            old, new = pair
            if old is None:
                parts.append(f"{name}: {new}")
            elif new is None:
                parts.append(f"{name}: {old} → ∅")
            else:
                parts.append(f"{name}: {old} → {new}")
        else:
            parts.append(f"{name}: {json.dumps(pair, ensure_ascii=False, default=str)}")
    text = "; ".join(parts)
    return text if len(text) <= limit else text[: limit - 1] + "…"


#: separates the parts of a composed list value (record type, row, field, stored value)
_SEP = "\x1f"


def _audit_fields(ctx: Context, conditions: list):
    """The audit log with one row per changed field (``json_each`` of the stored changes,
    the same on SQLite and PostgreSQL): the list shows one change per line."""
    from sqlalchemy import JSON, String, cast, true

    from suite.core.audit import audit_changes_column

    a = AuditLog.__table__
    changes = audit_changes_column(ctx)
    # a row recording no field (an export...) still gets its one line
    source = case((changes == "{}", literal('{"": null}', String())), else_=changes)
    postgres = ctx.db.dialect == "postgresql"
    fields = func.json_each(cast(source, JSON) if postgres else source).table_valued("key", "value").alias("f")
    value = cast(fields.c.value, String()) if postgres else func.json_quote(fields.c.value, type_=String())
    table = a.c.table_name
    sep = literal(_SEP, String())
    return (
        select(
            (cast(a.c.id, String()) + literal(":", String()) + fields.c.key).label("key"),
            a.c.id, a.c.at, a.c.username, a.c.action, a.c.table_name, a.c.row_id,
            (table + sep + a.c.row_id + sep + a.c.action + sep + changes).label("record"),
            (table + sep + fields.c.key).label("field"),
            (table + sep + fields.c.key + sep + a.c.action + sep + value).label("change"),
        )
        .select_from(a.join(fields, true()))
        .where(*conditions)
    )


def audit_list(ctx: Context, username: str | None = None, table: str | None = None,
               start: dt.datetime | None = None, end: dt.datetime | None = None) -> ListQuery:
    """The audit log, newest first, one changed field per line: when (office time), who,
    what (added, changed, deleted, exported), the record type and the record by their names,
    the field by its label and the change in words (old → new: money, office times, a
    referenced record by its name). ``start``/``end`` are UTC instants ([start, end))."""
    from suite.core.audit import AuditFormatter

    ctx.require(P.AUDIT_VIEW)
    conditions = audit_conditions(username=username, table=table, start=start, end=end)
    a = AuditLog.__table__
    fmt = AuditFormatter(ctx)
    actions = {
        "insert": (T("Added"), "success"), "update": (T("Changed"), "info"),
        "delete": (T("Deleted"), "danger"), "export": (T("Exported"), "warning"),
        "backup": (T("Backed up"), "info"), "restore": (T("Restored"), "warning"),
        "repair": (T("Repaired"), "danger"),
    }

    def record(value: str) -> str:
        table_name, _, rest = (value or "").partition(_SEP)
        row_id, _, rest = rest.partition(_SEP)
        action, _, changes = rest.partition(_SEP)
        if table_name.startswith("export:") or table_name == "backup":
            return row_id
        try:
            stored = json.loads(changes) if action == "delete" else None
        except ValueError:
            stored = None
        return fmt.record_name(table_name, row_id, stored if isinstance(stored, dict) else None)

    def field(value: str) -> str:
        table_name, _, key = (value or "").partition(_SEP)
        return fmt.field_label(table_name, key)

    def change(value: str) -> str:
        table_name, _, rest = (value or "").partition(_SEP)
        key, _, rest = rest.partition(_SEP)
        action, _, stored = rest.partition(_SEP)
        try:
            pair = json.loads(stored)
        except ValueError:
            pair = stored
        old, new = fmt.pair(table_name, key, pair)
        return change_text(action, old, new, pair)

    columns = (
        ListColumn("key", T("Line"), hidden=True, sortable=False),
        ListColumn("id", T("No."), kind="int", width=7, hidden=True),
        ListColumn("at", T("Time"), kind="datetime", width=15, priority=1),
        ListColumn("username", T("User"), width=9, priority=1),
        ListColumn("action", T("Action"), kind="badge", badges=actions, width=8, priority=2),
        ListColumn("table_name", T("Record type"), width=12, format=fmt.table_label, priority=1),
        ListColumn("record", T("Record"), width=14, sortable=False, format=record, priority=1),
        ListColumn("field", T("Field"), width=12, sortable=False, format=field, priority=1),
        ListColumn("change", T("Change"), width=26, sortable=False, format=change, priority=1),
        ListColumn("row_id", T("Row"), width=8, sortable=False, hidden=True),
    )
    filters = (
        ListFilter("action", T("Action"),
                   ((None, T("All actions")),) + tuple((k, v[0]) for k, v in actions.items()),
                   lambda v: None if v is None else a.c.action == v),
    )

    def search(text: str):
        like = dict(autoescape=True)
        return or_(a.c.username.icontains(text, **like), a.c.table_name.icontains(text, **like),
                   a.c.row_id == text)

    return ListQuery(
        name="core.audit", title=T("Audit log"), select=_audit_fields(ctx, conditions), columns=columns, key="key",
        sort="at", descending=True, search=search, search_hint=T("User, table or row number"), filters=filters,
        export_permission=P.AUDIT_VIEW,
    )
