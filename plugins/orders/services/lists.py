"""The order desk's lists as :class:`ListQuery` objects (the pages render them; exports and
the command line can read them too). Each checks the permission and masks personal data for
users without ``customers.view_pii``."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, or_, select

from suite.plugin_api import core
from suite.plugin_api.context import Context
from suite.plugin_api.db import pinyin_match
from suite.plugin_api.i18n import domain
from suite.plugin_api.lists import ListColumn, ListFilter, ListQuery
from suite_plugins.orders.models import DepositEntry, Order, Product, Vehicle
from suite_plugins.orders.services import numbering
from suite_plugins.orders.services.common import (
    CHANNEL_LABELS,
    KIND_LABELS,
    STATUS_LABELS,
    VIEW,
)

T = domain("orders")

STATUS_LEVELS = {"new": "info", "confirmed": "info", "dispatched": "warning", "delivered": "success",
                 "completed": "neutral", "cancelled": "danger"}


def order_list(ctx: Context) -> ListQuery:
    """Every order, newest first; search by number (or its tail), phone or customer name;
    filters by state, channel and period."""
    ctx.require(VIEW)
    mask = core.pii(ctx)  # the rows hold masked values for a user without customers.view_pii
    o = Order.__table__
    area = core.Area.__table__.alias("area")
    driver = core.Staff.__table__.alias("driver")
    stmt = (
        select(o.c.id, o.c.number, o.c.status, o.c.channel, o.c.customer_name, o.c.table_no, area.c.name.label("area"),
               mask.phone_sql(o.c.contact_phone).label("contact_phone"), mask.address_sql(o.c.address).label("address"),
               o.c.promised_at, (o.c.total_amount + o.c.adjustments).label("total"),
               driver.c.name.label("driver"), o.c.created_at, o.c.delivered_at, o.c.late_minutes,
               o.c.standing_order_id.is_not(None).label("standing"))
        .select_from(o.outerjoin(area, area.c.id == o.c.area_id).outerjoin(driver, driver.c.id == o.c.driver_staff_id))
    )
    today = ctx.today()

    def search(text: str):
        text = text.strip()
        if not text:
            return None
        normal = numbering.normalise_number(text)
        if normal:
            return o.c.number == normal
        digits = text.replace(" ", "").replace("-", "")
        conds = [o.c.customer_name.contains(text, autoescape=True)]
        if digits.isdigit():
            if len(digits) <= 4:
                conds.append(o.c.number.like(f"%-{int(digits):04d}"))
            match = mask.phone_match(o.c.contact_phone, digits)  # the whole number only without the right
            if match is not None:
                conds.append(match)
        return or_(*conds)

    def period(value):
        if value == "today":
            return o.c.day == today
        if value == "7d":
            return o.c.day > today - dt.timedelta(days=7)
        if value == "30d":
            return o.c.day > today - dt.timedelta(days=30)
        return None

    return ListQuery(
        name="orders.orders", title=T("Orders"), select=stmt,
        columns=(
            ListColumn("number", T("Order no."), width=14, priority=1),
            ListColumn("status", T("State"), kind="badge",
                       badges={k: (v, STATUS_LEVELS[k]) for k, v in STATUS_LABELS.items()}, priority=1),
            ListColumn("channel", T("Channel"), kind="badge", badges={k: (v, "neutral") for k, v in CHANNEL_LABELS.items()}, priority=4),
            ListColumn("customer_name", T("Customer"), width=10, priority=2),
            ListColumn("standing", T("Standing"), width=6, sortable=False,
                       format=lambda v: str(T("standing")) if v else "", priority=5),
            ListColumn("table_no", T("Table"), width=4, priority=4),
            ListColumn("area", T("Area"), width=8, priority=3),
            ListColumn("contact_phone", T("Phone"), kind="phone", width=13, priority=3),
            ListColumn("address", T("Address"), width=20, priority=3),
            ListColumn("promised_at", T("Promised"), kind="datetime", priority=2),
            ListColumn("total", T("Amount"), kind="money", priority=2),
            ListColumn("driver", T("Driver"), width=6, priority=4),
            ListColumn("created_at", T("Taken at"), kind="datetime", priority=4),
            ListColumn("delivered_at", T("Delivered at"), kind="datetime", priority=5),
            ListColumn("late_minutes", T("Late (min)"), kind="int",
                       format=lambda v: str(v) if v is not None and v > 0 else "", priority=5),
        ),
        sort="id", descending=True, search=search,
        search_hint=T("Number, its last digits, phone or customer"),
        filters=(
            ListFilter("status", T("State"), (("", T("All states")),) + tuple(STATUS_LABELS.items()),
                       lambda v: o.c.status == v if v else None),
            ListFilter("channel", T("Channel"), (("", T("All channels")),) + tuple(CHANNEL_LABELS.items()),
                       lambda v: o.c.channel == v if v else None),
            ListFilter("period", T("Period"), (("today", T("Today")), ("7d", T("Last 7 days")),
                                               ("30d", T("Last 30 days")), ("", T("All time"))),
                       period, default="7d"),
        ),
        export_permission="orders.reports",
    )


def product_list(ctx: Context) -> ListQuery:
    ctx.require(VIEW)
    p = Product.__table__
    return ListQuery(
        name="orders.products", title=T("Catalogue"),
        select=select(p.c.id, p.c.code, p.c.name, p.c.name_pinyin, p.c.kind, p.c.category, p.c.unit, p.c.price, p.c.bucket_litres,
                      p.c.deposit, p.c.returnable, p.c.active),
        columns=(
            ListColumn("name", T("Name"), width=16, sort_by="name_pinyin"),
            ListColumn("code", T("Code"), width=6),
            ListColumn("kind", T("Kind"), kind="badge", badges={k: (v, "neutral") for k, v in KIND_LABELS.items()}),
            ListColumn("category", T("Category"), width=8),
            ListColumn("unit", T("Unit"), width=4),
            ListColumn("price", T("Price"), kind="money"),
            ListColumn("bucket_litres", T("Litres"), format=lambda v: f"{v}L" if v else "", align="right"),
            ListColumn("deposit", T("Deposit"), kind="money", format=lambda v: f"¥{v:,.2f}" if v else ""),
            ListColumn("returnable", T("Returnable"), kind="bool"),
            ListColumn("active", T("On sale"), kind="badge", badges={True: (T("On sale"), "success"),
                                                                    False: (T("Off the menu"), "neutral")}),
        ),
        sort="name", search=lambda text: or_(p.c.name.contains(text, autoescape=True), p.c.code == text,
                                             p.c.category == text, pinyin_match(p.c.name_pinyin, p.c.name_initials, text)),
        search_hint=T("Name, code or category"),
        filters=(ListFilter("kind", T("Kind"), (("", T("All kinds")),) + tuple(KIND_LABELS.items()),
                            lambda v: p.c.kind == v if v else None),
                 ListFilter("active", T("On sale"), (("yes", T("On sale")), ("no", T("Off the menu")), ("", T("All"))),
                            lambda v: p.c.active.is_(v == "yes") if v else None, default="yes")),
    )


def vehicle_list(ctx: Context) -> ListQuery:
    ctx.require(VIEW)
    v = Vehicle.__table__
    driver = core.Staff.__table__.alias("driver")
    return ListQuery(
        name="orders.vehicles", title=T("Vehicles"),
        select=select(v.c.id, v.c.plate, v.c.name, v.c.capacity_buckets, driver.c.name.label("driver"),
                      v.c.departure, v.c.active, v.c.notes).select_from(v.outerjoin(driver, driver.c.id == v.c.default_driver_staff_id)),
        columns=(
            ListColumn("plate", T("Plate"), width=10),
            ListColumn("name", T("Vehicle"), width=10),
            ListColumn("capacity_buckets", T("Capacity (buckets)"), kind="int"),
            ListColumn("driver", T("Usual driver"), width=8),
            ListColumn("departure", T("Usual departure"), width=6),
            ListColumn("active", T("In service"), kind="bool"),
            ListColumn("notes", T("Notes"), width=20),
        ),
        sort="plate", search=lambda text: or_(v.c.plate.contains(text, autoescape=True),
                                              v.c.name.contains(text, autoescape=True)),
    )


def deposit_holders(ctx: Context) -> ListQuery:
    """Customers on the deposit ledger, one row each: buckets held, deposit held, last
    movement, and the primary phone and default address that tell customers of the same name
    apart (masked without customers.view_pii); the movements are the customer's ledger."""
    ctx.require(VIEW)
    mask = core.pii(ctx)
    d = DepositEntry.__table__
    c = core.Customer.__table__
    ph = core.CustomerPhone.__table__.alias("ph")
    ad = core.CustomerAddress.__table__.alias("ad")
    sub = select(d.c.customer_id.label("id"), func.sum(d.c.buckets).label("buckets_held"),
                 func.sum(d.c.amount).label("deposit_held"), func.max(d.c.at).label("last_at")) \
        .group_by(d.c.customer_id).subquery("held")
    # one phone and one address per customer (the primary / default one, the first if several)
    first_phone = select(func.min(ph.c.id)).where(ph.c.customer_id == sub.c.id, ph.c.is_primary.is_(True)) \
        .scalar_subquery()
    first_address = select(func.min(ad.c.id)).where(ad.c.customer_id == sub.c.id, ad.c.is_default.is_(True)) \
        .scalar_subquery()
    phone = core.CustomerPhone.__table__.alias("phone")
    address = core.CustomerAddress.__table__.alias("address")
    stmt = select(sub.c.id, c.c.name, mask.phone_sql(phone.c.phone).label("phone"),
                  mask.address_sql(address.c.address).label("address"), sub.c.buckets_held, sub.c.deposit_held,
                  sub.c.last_at) \
        .select_from(sub.join(c, c.c.id == sub.c.id)
                     .outerjoin(phone, phone.c.id == first_phone).outerjoin(address, address.c.id == first_address))
    return ListQuery(
        name="orders.deposits", title=T("Bucket deposits"), select=stmt,
        columns=(
            ListColumn("name", T("Customer"), width=14),
            ListColumn("phone", T("Phone"), kind="phone", width=13, sortable=False),
            ListColumn("address", T("Address"), width=20, sortable=False),
            ListColumn("buckets_held", T("Buckets held"), kind="int", nullable=False),
            ListColumn("deposit_held", T("Deposit held"), kind="money", nullable=False),
            ListColumn("last_at", T("Last movement"), kind="datetime", nullable=False),
        ),
        sort="buckets_held", descending=True, search=lambda text: c.c.name.contains(text, autoescape=True),
        search_hint=T("Customer name"),
    )
