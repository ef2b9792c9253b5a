"""Lists (SQL does sort, filter and paging), search, dashboard cards and staff metrics."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import case, func, literal, or_, select

from suite.plugin_api import CardValue
from suite.plugin_api.context import Context
from suite.plugin_api.db import pinyin_match
from suite.plugin_api.lists import ListColumn, ListFilter, ListQuery
from suite.plugin_api.records import SearchHit
from suite_plugins.inventory import permissions as P
from suite_plugins.inventory.models import (Balance, Batch, Item, Licence, Location, Move, PurchaseOrder, Receipt,
                                            ReceiptLine, Stocktake, StocktakeCount, Supplier)
from suite_plugins.inventory.services.catalog import KIND_LABELS, LOCATION_LABELS, STORAGE_LABELS
from suite_plugins.inventory.services.common import setting
from suite.plugin_api.i18n import domain

T = domain("inventory")

I, L, B, BAL, M, S = (Item.__table__, Location.__table__, Batch.__table__, Balance.__table__, Move.__table__,
                      Supplier.__table__)
MOVE_LABELS = {"receipt": T("Receipt"), "issue": T("Issue"), "transfer": T("Transfer"),
               "adjustment": T("Adjustment"), "waste": T("Waste"), "return": T("Return to supplier"),
               "stocktake": T("Stocktake difference"), "sale": T("Sale"), "reversal": T("Reversal")}
EXPIRY_DAYS = 3
#: the reasons the order desk's hooks write on a sale move (codes), as the user reads them
SALE_REASONS = {"delivery": T("Delivered to the customer"), "recipe": T("Recipe of a completed order")}


def reason_text(value) -> str:
    """A move's reason as shown: a sale's code in the user's language, a typed reason as typed."""
    return str(SALE_REASONS.get(value, value or ""))


def fmt_q(value) -> str:
    """A quantity as typed: ``12``, ``2.5``, ``-3`` (SQLite hands back floats)."""
    if value is None or value == "":
        return ""
    d = Decimal(str(value)).quantize(Decimal("0.001"))
    text = f"{d:f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def _badges(labels: dict, level: str = "neutral") -> dict:
    return {k: (v, level) for k, v in labels.items()}


def expiry_days(ctx: Context) -> int:
    """How many days ahead the dashboard warns of expiry (office setting)."""
    try:
        return max(0, int(setting(ctx, "expiry_alert_days", EXPIRY_DAYS)))   # set on the settings tab
    except (TypeError, ValueError):
        return EXPIRY_DAYS


def balance_list(ctx: Context, location_id: int | None = None) -> ListQuery:
    """Stock per item, location and batch (zero balances left out)."""
    ctx.require(P.VIEW)
    costs = ctx.can(P.COSTS)
    today = ctx.today()
    status = case((BAL.c.quantity < 0, literal("negative")), (B.c.blocked.is_(True), literal("blocked")),
                  (BAL.c.expiry < today, literal("expired")),
                  (BAL.c.expiry <= today + dt.timedelta(days=expiry_days(ctx)), literal("expiring")),
                  else_=literal("ok")).label("status")
    value = (BAL.c.quantity * B.c.unit_cost).label("value") if costs else literal(None).label("value")
    stmt = (select(BAL.c.id, I.c.code, I.c.name, I.c.name_pinyin, L.c.name.label("location"),
                   B.c.code.label("batch"), BAL.c.expiry, BAL.c.quantity, I.c.unit, value, status, BAL.c.batch_id,
                   BAL.c.item_id)
            .select_from(BAL.join(I, I.c.id == BAL.c.item_id).join(L, L.c.id == BAL.c.location_id)
                         .join(B, B.c.id == BAL.c.batch_id))
            .where(BAL.c.quantity != 0))
    if location_id is not None:
        stmt = stmt.where(BAL.c.location_id == location_id)
    cols = [ListColumn("item_id", T("Item no."), hidden=True),
            ListColumn("code", T("Code"), width=8), ListColumn("name", T("Item"), width=16, sort_by="name_pinyin"),
            ListColumn("location", T("Location"), width=10), ListColumn("batch", T("Batch"), width=12),
            ListColumn("expiry", T("Expiry"), kind="date"), ListColumn("quantity", T("Quantity"), align="right", format=fmt_q),
            ListColumn("unit", T("Unit"), width=5)]
    if costs:
        cols.append(ListColumn("value", T("Value"), kind="money"))
    cols.append(ListColumn("status", T("Status"), kind="badge", badges={
        "ok": (T("OK"), "success"), "expiring": (T("Expiring soon"), "warning"), "expired": (T("Expired"), "danger"),
        "blocked": (T("Blocked"), "danger"), "negative": (T("Negative: count it"), "danger")}))
    locs = _locations(ctx)
    # sorted by item (the items' codes follow their numbers) on the balances' own index, so the
    # first page of a million-move ledger is read without sorting every balance
    return ListQuery(name="inventory.balances", title=T("Stock balances"), select=stmt, columns=tuple(cols),
                     sort="item_id", key="id",
                     search=lambda text: or_(I.c.name.contains(text, autoescape=True),
                                             I.c.code.contains(text, autoescape=True),
                                             B.c.code.contains(text, autoescape=True),
                                             pinyin_match(I.c.name_pinyin, I.c.name_initials, text)),
                     filters=(ListFilter("location", T("Location"),
                                         ((None, T("All")), *((str(i), n) for i, n in locs)),
                                         lambda v: None if v is None else BAL.c.location_id == int(v)),
                              ListFilter("status", T("Status"),
                                         ((None, T("All")), ("expiring", T("Expiring soon")), ("expired", T("Expired")),
                                          ("negative", T("Negative")), ("blocked", T("Blocked"))),
                                         lambda v: None if v is None else status == v)))


def _locations(ctx):
    with ctx.read() as s:
        return [(i, n) for i, n in s.execute(select(Location.id, Location.name).where(Location.active.is_(True))
                                             .order_by(Location.code))]


def location_list(ctx: Context) -> ListQuery:
    """Locations with what they hold (lines of stock); those out of use too, behind a filter."""
    ctx.require(P.VIEW)
    lines = (select(func.count()).where(BAL.c.location_id == L.c.id, BAL.c.quantity != 0)
             .correlate(L).scalar_subquery().label("lines"))
    stmt = select(L.c.id, L.c.code, L.c.name, L.c.kind, L.c.sales, lines, L.c.active)
    return ListQuery(name="inventory.locations", title=T("Locations"), select=stmt, columns=(
        ListColumn("code", T("Code"), width=8), ListColumn("name", T("Location"), width=16),
        ListColumn("kind", T("Kind"), kind="badge", badges=_badges(LOCATION_LABELS)),
        ListColumn("sales", T("Sales location"), kind="bool"),
        ListColumn("lines", T("Stock lines"), kind="int"),
        ListColumn("active", T("In use"), kind="bool")),
        sort="code", key="id",
        search=lambda text: or_(L.c.name.contains(text, autoescape=True), L.c.code.contains(text, autoescape=True)),
        filters=(ListFilter("active", T("In use"), ((None, T("All")), ("yes", T("In use")), ("no", T("Out of use"))),
                            lambda v: None if v is None else L.c.active.is_(v == "yes"), default="yes"),))


def move_list(ctx: Context, *, item_id: int | None = None, batch_id: int | None = None) -> ListQuery:
    ctx.require(P.VIEW)
    costs = ctx.can(P.COSTS)
    stmt = (select(M.c.id, M.c.at, M.c.kind, I.c.name, B.c.code.label("batch"), L.c.name.label("location"),
                   M.c.quantity, I.c.unit, (M.c.unit_cost if costs else literal(None)).label("unit_cost"),
                   M.c.reference, M.c.order_id, M.c.reason, M.c.username, M.c.shortfall)
            .select_from(M.join(I, I.c.id == M.c.item_id).join(L, L.c.id == M.c.location_id)
                         .join(B, B.c.id == M.c.batch_id)))
    if item_id is not None:
        stmt = stmt.where(M.c.item_id == item_id)
    if batch_id is not None:
        stmt = stmt.where(M.c.batch_id == batch_id)
    cols = [ListColumn("at", T("When"), kind="datetime", priority=1),
            ListColumn("kind", T("Move"), kind="badge", badges=_badges(MOVE_LABELS, "info"), priority=1),
            ListColumn("name", T("Item"), width=14, priority=1), ListColumn("batch", T("Batch"), width=12, priority=3),
            ListColumn("location", T("Location"), width=10, priority=2),
            ListColumn("quantity", T("Quantity"), align="right", format=fmt_q, priority=1),
            ListColumn("unit", T("Unit"), width=5, priority=2)]
    if costs:
        cols.append(ListColumn("unit_cost", T("Unit cost"), kind="money", priority=4))
    cols += [ListColumn("reference", T("Reference"), width=12, priority=5),
             ListColumn("reason", T("Reason"), width=16, format=reason_text, priority=3),
             ListColumn("username", T("By"), width=8, priority=4)]
    return ListQuery(name="inventory.moves", title=T("Stock moves"), select=stmt, columns=tuple(cols),
                     sort="at", descending=True, key="id",
                     search=lambda text: or_(I.c.name.contains(text, autoescape=True),
                                             B.c.code.contains(text, autoescape=True),
                                             M.c.reference.contains(text, autoescape=True)),
                     filters=(ListFilter("kind", T("Move"), ((None, T("All")), *MOVE_LABELS.items()),
                                         lambda v: None if v is None else M.c.kind == v),))


def item_list(ctx: Context) -> ListQuery:
    ctx.require(P.VIEW)
    on_hand = (select(func.coalesce(func.sum(BAL.c.quantity), 0)).where(BAL.c.item_id == I.c.id)
               .correlate(I).scalar_subquery().label("on_hand"))
    stmt = (select(I.c.id, I.c.code, I.c.name, I.c.name_pinyin, I.c.kind, I.c.unit, I.c.storage, I.c.shelf_life_days,
                   I.c.reorder_point, on_hand, S.c.name.label("supplier"))
            .select_from(I.outerjoin(S, S.c.id == I.c.preferred_supplier_id)).where(I.c.active.is_(True)))
    return ListQuery(name="inventory.items", title=T("Items"), select=stmt, columns=(
        ListColumn("code", T("Code"), width=8), ListColumn("name", T("Item"), width=16, sort_by="name_pinyin"),
        ListColumn("kind", T("Kind"), kind="badge", badges=_badges(KIND_LABELS)),
        ListColumn("unit", T("Unit"), width=5),
        ListColumn("storage", T("Storage"), kind="badge", badges=_badges(STORAGE_LABELS, "info")),
        ListColumn("shelf_life_days", T("Shelf life (days)"), kind="int"),
        ListColumn("reorder_point", T("Reorder point"), align="right", format=fmt_q),
        ListColumn("on_hand", T("On hand"), align="right", format=fmt_q),
        ListColumn("supplier", T("Preferred supplier"), width=14)),
        sort="name", key="id",
        search=lambda text: or_(I.c.name.contains(text, autoescape=True), I.c.code.contains(text, autoescape=True),
                                pinyin_match(I.c.name_pinyin, I.c.name_initials, text)),
        search_hint=T("Name, pinyin initials or code"),
        filters=(ListFilter("kind", T("Kind"), ((None, T("All")), *KIND_LABELS.items()), lambda v: None if v is None else I.c.kind == v),))


def batch_list(ctx: Context, *, supplier_id: int | None = None) -> ListQuery:
    ctx.require(P.VIEW)
    today = ctx.today()
    on_hand = (select(func.coalesce(func.sum(BAL.c.quantity), 0)).where(BAL.c.batch_id == B.c.id)
               .correlate(B).scalar_subquery().label("on_hand"))
    state = case((B.c.blocked.is_(True), literal("blocked")), (B.c.expiry < today, literal("expired")),
                 else_=literal("ok")).label("state")
    stmt = (select(B.c.id, B.c.code, I.c.name, S.c.name.label("supplier"), B.c.received_on, B.c.expiry, on_hand,
                   I.c.unit, state)
            .select_from(B.join(I, I.c.id == B.c.item_id).outerjoin(S, S.c.id == B.c.supplier_id))
            .where(B.c.placeholder.is_(False)))
    if supplier_id is not None:
        stmt = stmt.where(B.c.supplier_id == supplier_id)
    return ListQuery(name="inventory.batches", title=T("Batches"), select=stmt, columns=(
        ListColumn("code", T("Batch"), width=12), ListColumn("name", T("Item"), width=14),
        ListColumn("supplier", T("Supplier"), width=14), ListColumn("received_on", T("Received"), kind="date"),
        ListColumn("expiry", T("Expiry"), kind="date"), ListColumn("on_hand", T("On hand"), align="right", format=fmt_q),
        ListColumn("unit", T("Unit"), width=5),
        ListColumn("state", T("Status"), kind="badge", badges={"ok": (T("OK"), "success"),
                                                                "expired": (T("Expired"), "danger"),
                                                                "blocked": (T("Blocked"), "danger")})),
        sort="received_on", descending=True, key="id",
        search=lambda text: or_(B.c.code.contains(text, autoescape=True), I.c.name.contains(text, autoescape=True)))


def receipt_list(ctx: Context) -> ListQuery:
    ctx.require(P.VIEW)
    R, RL = Receipt.__table__, ReceiptLine.__table__
    rejected = (select(func.count()).where(RL.c.receipt_id == R.c.id, RL.c.decision == "reject")
                .correlate(R).scalar_subquery().label("rejected"))
    lines = (select(func.count()).where(RL.c.receipt_id == R.c.id).correlate(R).scalar_subquery().label("lines"))
    stmt = (select(R.c.id, R.c.number, R.c.received_on, S.c.name.label("supplier"), lines, rejected, R.c.on_time,
                   R.c.certificates_seen, R.c.inspector)
            .select_from(R.join(S, S.c.id == R.c.supplier_id)))
    return ListQuery(name="inventory.receipts", title=T("Receipts"), select=stmt, columns=(
        ListColumn("number", T("Receipt"), width=14), ListColumn("received_on", T("Date"), kind="date"),
        ListColumn("supplier", T("Supplier"), width=16), ListColumn("lines", T("Lines"), kind="int"),
        ListColumn("rejected", T("Rejected"), kind="int"), ListColumn("on_time", T("On time"), kind="bool"),
        ListColumn("certificates_seen", T("Certificates seen"), kind="bool"),
        ListColumn("inspector", T("Inspector"), width=8)),
        sort="received_on", descending=True, key="id",
        search=lambda text: or_(R.c.number.contains(text, autoescape=True), S.c.name.contains(text, autoescape=True)))


def po_list(ctx: Context) -> ListQuery:
    ctx.require(P.VIEW)
    from suite_plugins.inventory.services.purchasing import STATUS_LABELS

    PO = PurchaseOrder.__table__
    stmt = (select(PO.c.id, PO.c.number, PO.c.ordered_on, PO.c.expected_on, S.c.name.label("supplier"), PO.c.status)
            .select_from(PO.join(S, S.c.id == PO.c.supplier_id)))
    return ListQuery(name="inventory.pos", title=T("Purchase orders"), select=stmt, columns=(
        ListColumn("number", T("PO"), width=14), ListColumn("ordered_on", T("Ordered"), kind="date"),
        ListColumn("expected_on", T("Expected delivery"), kind="date"), ListColumn("supplier", T("Supplier"), width=16),
        ListColumn("status", T("Status"), kind="badge", badges={
            "draft": (STATUS_LABELS["draft"], "neutral"), "sent": (STATUS_LABELS["sent"], "info"),
            "partly_received": (STATUS_LABELS["partly_received"], "warning"),
            "received": (STATUS_LABELS["received"], "success"),
            "cancelled": (STATUS_LABELS["cancelled"], "danger")})),
        sort="ordered_on", descending=True, key="id",
        search=lambda text: or_(PO.c.number.contains(text, autoescape=True), S.c.name.contains(text, autoescape=True)),
        filters=(ListFilter("status", T("Status"), ((None, T("All")), *STATUS_LABELS.items()), lambda v: None if v is None else PO.c.status == v),))


def recipe_list(ctx: Context) -> ListQuery:
    """Recipes with the number of their lines and where their ingredients are taken from."""
    ctx.require(P.VIEW)
    from suite_plugins.inventory.models import Recipe, RecipeLine

    R, RL = Recipe.__table__, RecipeLine.__table__
    lines = select(func.count()).where(RL.c.recipe_id == R.c.id).correlate(R).scalar_subquery().label("lines")
    stmt = (select(R.c.id, R.c.name, lines, L.c.name.label("location"))
            .select_from(R.outerjoin(L, L.c.id == R.c.location_id)).where(R.c.active.is_(True)))
    return ListQuery(name="inventory.recipes", title=T("Recipes"), select=stmt, columns=(
        ListColumn("name", T("Recipe"), width=18), ListColumn("lines", T("Ingredients"), kind="int"),
        ListColumn("location", T("Taken from"), width=10)),
        sort="name", key="id", search=lambda text: R.c.name.contains(text, autoescape=True))


#: a supplier's standing on its list, in the order the list's CASE decides it
QUALIFICATION_BADGES = {"suspended": (T("Suspended"), "danger"), "unqualified": (T("Not qualified"), "danger"),
                        "expiring": (T("Licence expiring"), "warning"), "qualified": (T("Qualified"), "success")}


def supplier_standing(today: dt.date):
    """The list's standing of a supplier, in SQL, by the rules of
    :func:`~suite_plugins.inventory.services.suppliers.qualification_of`: suspended; not
    qualified (no valid business licence, or a food supplier without a valid food business or
    production licence); a valid licence expiring within the warning period; qualified."""
    from suite_plugins.inventory.services.suppliers import WARN_DAYS

    LI = Licence.__table__

    def valid(*kinds):
        return (select(LI.c.id).where(LI.c.supplier_id == S.c.id, LI.c.kind.in_(kinds),
                                      or_(LI.c.expires_on.is_(None), LI.c.expires_on >= today))
                .correlate(S).exists())

    expiring = (select(LI.c.id).where(LI.c.supplier_id == S.c.id, LI.c.expires_on >= today,
                                      LI.c.expires_on <= today + dt.timedelta(days=WARN_DAYS))
                .correlate(S).exists())
    return case((S.c.suspended.is_(True), literal("suspended")),
                (~valid("business_licence"), literal("unqualified")),
                (S.c.food.is_(True) & ~valid("food_business", "food_production"), literal("unqualified")),
                (expiring, literal("expiring")), else_=literal("qualified")).label("standing")


def supplier_list(ctx: Context) -> ListQuery:
    ctx.require(P.VIEW)
    LI = Licence.__table__
    next_expiry = (select(func.min(LI.c.expires_on)).where(LI.c.supplier_id == S.c.id, LI.c.expires_on.is_not(None))
                   .correlate(S).scalar_subquery().label("next_expiry"))
    stmt = (select(S.c.id, S.c.name, S.c.name_pinyin, S.c.contact, S.c.supplies, next_expiry,
                   supplier_standing(ctx.today()))
            .where(S.c.active.is_(True)))
    return ListQuery(name="inventory.suppliers", title=T("Suppliers"), select=stmt, columns=(
        ListColumn("name", T("Supplier"), width=18, sort_by="name_pinyin"), ListColumn("contact", T("Contact"), width=8),
        ListColumn("supplies", T("Supplies"), width=16), ListColumn("next_expiry", T("First licence expiry"), kind="date"),
        ListColumn("standing", T("Qualification"), kind="badge", badges=QUALIFICATION_BADGES)),
        sort="name", key="id",
        search=lambda text: or_(S.c.name.contains(text, autoescape=True),
                                pinyin_match(S.c.name_pinyin, S.c.name_initials, text)),
        search_hint=T("Name or pinyin initials"))


# ---------------------------------------------------------------------------- search

def search_items(ctx: Context, text: str, limit: int = 10) -> list[SearchHit]:
    if not ctx.can(P.VIEW) or not text.strip():
        return []
    t = text.strip()
    with ctx.read() as s:
        rows = s.execute(select(Item.id, Item.code, Item.name, Item.unit)
                         .where(Item.active.is_(True), or_(Item.name.contains(t, autoescape=True),
                                                          Item.code.contains(t, autoescape=True),
                                                          pinyin_match(Item.name_pinyin, Item.name_initials, t)))
                         .order_by(Item.name_pinyin, Item.id).limit(limit))
        return [SearchHit(name, f"{code} · {unit}", page="inventory.items", key=i, kind=T("Item"))
                for i, code, name, unit in rows]


def search_batches(ctx: Context, text: str, limit: int = 10) -> list[SearchHit]:
    if not ctx.can(P.VIEW) or not text.strip():
        return []
    from suite_plugins.inventory import api

    return [SearchHit(f"{b.code} · {b.item_name}", b.supplier_name, page=api.BATCH_PAGE, key=b.id, kind=T("Batch"))
            for b in api.search_batches(ctx, text, limit)]


def search_suppliers(ctx: Context, text: str, limit: int = 10) -> list[SearchHit]:
    if not ctx.can(P.VIEW) or not text.strip():
        return []
    t = text.strip()
    with ctx.read() as s:
        rows = s.execute(select(Supplier.id, Supplier.name, Supplier.supplies)
                         .where(or_(Supplier.name.contains(t, autoescape=True),
                                    pinyin_match(Supplier.name_pinyin, Supplier.name_initials, t)))
                         .order_by(Supplier.name_pinyin, Supplier.id).limit(limit))
        return [SearchHit(name, supplies, page="inventory.suppliers", key=i, kind=T("Supplier"))
                for i, name, supplies in rows]


# ---------------------------------------------------------------------------- dashboard

def reorder_card(ctx: Context) -> CardValue:
    from suite_plugins.inventory.services import reorder

    below = reorder.below_reorder(ctx)
    with ctx.read() as s:
        negative = s.scalar(select(func.count()).select_from(Balance).where(Balance.quantity < 0)) or 0
    caption = T("{n} negative balances to count", n=negative) if negative else (
        T("Next: {names}", names=", ".join(b.item_name for b in below[:3])) if below else T("Everything in stock"))
    return CardValue(str(len(below)), caption, level="danger" if negative else "warning" if below else "good")


def expiring(ctx: Context) -> list[tuple[int, str, str, dt.date, Decimal]]:
    """(batch id, item, batch, expiry, quantity) expiring within the alert days or expired, on hand."""
    ctx.require(P.VIEW)
    horizon = ctx.today() + dt.timedelta(days=expiry_days(ctx))
    with ctx.read() as s:
        rows = s.execute(select(Batch.id, Item.name, Batch.code, Batch.expiry, func.sum(Balance.quantity))
                         .join(Balance, Balance.batch_id == Batch.id).join(Item, Item.id == Batch.item_id)
                         .where(Batch.expiry.is_not(None), Batch.expiry <= horizon, Balance.quantity > 0)
                         .group_by(Batch.id, Item.name, Batch.code, Batch.expiry).order_by(Batch.expiry))
        return [(i, n, c, e, Decimal(str(q))) for i, n, c, e, q in rows]


def expiring_card(ctx: Context) -> CardValue:
    rows = expiring(ctx)
    today = ctx.today()
    expired = sum(1 for r in rows if r[3] < today)
    caption = T("{expired} expired: write them off", expired=expired) if expired else (
        T("Within {days} days", days=expiry_days(ctx)))
    return CardValue(str(len(rows)), caption, level="danger" if expired else "warning" if rows else "good")


def unqualified(ctx: Context) -> list[tuple[int, str, tuple[str, ...]]]:
    from suite_plugins.inventory.services import suppliers

    return [(v.id, v.name, v.qualification.reasons or (v.suspend_reason,)) for v in suppliers.suppliers(ctx)
            if not v.qualification.qualified or v.suspended]


def expiring_licences(ctx: Context) -> list[tuple[int, str, tuple[str, ...]]]:
    from suite_plugins.inventory.services import suppliers

    return [(v.id, v.name, v.qualification.warnings) for v in suppliers.suppliers(ctx) if v.qualification.warnings]


def unqualified_card(ctx: Context) -> CardValue:
    bad, soon = unqualified(ctx), expiring_licences(ctx)
    caption = T("{n} licences expire within 30 days", n=len(soon)) if soon else T("All licences valid")
    if bad:
        caption = T("{names} · {more}", names=", ".join(b[1] for b in bad[:2]), more=caption)
    return CardValue(str(len(bad)), caption, level="danger" if bad else "warning" if soon else "good")


def stock_value(ctx: Context) -> Decimal | None:
    """Value of the positive stock at batch cost (None without the costs permission)."""
    ctx.require(P.VIEW)
    if not ctx.can(P.COSTS):
        return None
    with ctx.read() as s:
        total = s.scalar(select(func.coalesce(func.sum(Balance.quantity * Batch.unit_cost), 0))
                         .join(Batch, Batch.id == Balance.batch_id).where(Balance.quantity > 0))
        return Decimal(str(total)).quantize(Decimal("0.01"))


def value_card(ctx: Context) -> CardValue:
    value = stock_value(ctx)
    if value is None:
        return CardValue("—", T("Needs the costs permission"))
    return CardValue(f"¥{value:,.0f}", T("at batch cost"))


# ---------------------------------------------------------------------------- staff metrics

def _bounds(ctx, start, end):
    return ctx.day_bounds(start)[0], ctx.day_bounds(end)[0]


def stocktake_differences(ctx: Context, staff_ids, start: dt.date, end: dt.date) -> dict[int, float]:
    """Absolute value of the stocktake differences posted in the period, per counting storekeeper."""
    ctx.require(P.VIEW)
    ids = list(staff_ids)
    out = {i: 0.0 for i in ids}
    if not ids:
        return out
    lo, hi = _bounds(ctx, start, end)
    ST, SC = Stocktake.__table__, StocktakeCount.__table__
    diff = func.abs(SC.c.counted - SC.c.expected) * SC.c.unit_cost
    with ctx.read() as s:
        for sid, v in s.execute(select(ST.c.counter_staff_id, func.sum(diff))
                                .select_from(SC.join(ST, ST.c.id == SC.c.stocktake_id))
                                .where(ST.c.status == "posted", ST.c.posted_at >= lo, ST.c.posted_at < hi,
                                       ST.c.counter_staff_id.in_(ids), SC.c.counted.is_not(None))
                                .group_by(ST.c.counter_staff_id)):
            out[sid] = float(Decimal(str(v or 0)).quantize(Decimal("0.01")))
    return out


def waste_value(ctx: Context, staff_ids, start: dt.date, end: dt.date) -> dict[int, float]:
    """Value written off as waste or spoilage in the period, per storekeeper who recorded it."""
    ctx.require(P.VIEW)
    ids = list(staff_ids)
    out = {i: 0.0 for i in ids}
    if not ids:
        return out
    lo, hi = _bounds(ctx, start, end)
    with ctx.read() as s:
        for sid, v in s.execute(select(M.c.staff_id, func.sum(-M.c.quantity * M.c.unit_cost))
                                .where(M.c.kind == "waste", M.c.at >= lo, M.c.at < hi, M.c.staff_id.in_(ids))
                                .group_by(M.c.staff_id)):
            out[sid] = float(Decimal(str(v or 0)).quantize(Decimal("0.01")))
    return out




# ---------------------------------------------------------------------------- inspection ledger

LEDGER_DECISIONS = {"accept": T("Accepted"), "reject": T("Rejected"), "accept_remark": T("Accepted with remark")}


def _ledger_select(start: dt.date, end: dt.date):
    R, RL = Receipt.__table__, ReceiptLine.__table__
    certs = case((R.c.certificates_seen.is_(True), literal("yes")), else_=literal("no")).label("certificates")
    return (select(RL.c.id, R.c.received_on, S.c.name.label("supplier"), R.c.supplier_contact, I.c.name.label("item"),
                   RL.c.batch_code, RL.c.production_date, RL.c.expiry, RL.c.quantity, I.c.unit, certs, RL.c.decision,
                   RL.c.remark, R.c.inspector, R.c.number.label("receipt"))
            .select_from(RL.join(R, R.c.id == RL.c.receipt_id).join(S, S.c.id == R.c.supplier_id)
                         .join(I, I.c.id == RL.c.item_id))
            .where(R.c.received_on >= start, R.c.received_on <= end))


def inspection_ledger_list(ctx: Context, start: dt.date, end: dt.date) -> ListQuery:
    """The purchase inspection ledger (进货查验台账) of a date range as a list (Excel export)."""
    ctx.require(P.VIEW)
    yes_no = {"yes": (T("yes"), "success"), "no": (T("no"), "danger")}
    return ListQuery(name="inventory.inspection_ledger", title=T("Purchase inspection ledger"),
                     select=_ledger_select(start, end), columns=(
        ListColumn("received_on", T("Date"), kind="date"), ListColumn("supplier", T("Supplier")),
        ListColumn("supplier_contact", T("Contact")), ListColumn("item", T("Product")),
        ListColumn("batch_code", T("Batch")), ListColumn("production_date", T("Production date"), kind="date"),
        ListColumn("expiry", T("Expiry"), kind="date"),
        ListColumn("quantity", T("Quantity"), align="right", format=fmt_q), ListColumn("unit", T("Unit")),
        ListColumn("certificates", T("Certificates and invoice seen"), kind="badge", badges=yes_no),
        ListColumn("decision", T("Inspection"), kind="badge", badges=_badges(LEDGER_DECISIONS, "info")),
        ListColumn("remark", T("Remark")), ListColumn("inspector", T("Inspector")),
        ListColumn("receipt", T("Receipt"))),
        sort="received_on", key="id")


@dataclass(frozen=True)
class LedgerRow:
    received_on: dt.date
    supplier: str
    contact: str
    item: str
    batch: str
    production_date: dt.date | None
    expiry: dt.date | None
    quantity: Decimal
    unit: str
    certificates: bool
    decision: str
    remark: str
    inspector: str
    receipt: str


def inspection_ledger(ctx: Context, start: dt.date, end: dt.date) -> list[LedgerRow]:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        rows = s.execute(_ledger_select(start, end).order_by(Receipt.__table__.c.received_on, ReceiptLine.__table__.c.id))
        return [LedgerRow(r.received_on, r.supplier, r.supplier_contact, r.item, r.batch_code, r.production_date,
                          r.expiry, Decimal(str(r.quantity)), r.unit, r.certificates == "yes", r.decision, r.remark,
                          r.inspector, r.receipt) for r in rows]


def export_inspection_ledger(ctx: Context, start: dt.date, end: dt.date, path) -> object:
    """The ledger as an Excel file (audited like every export)."""
    from suite.plugin_api.lists import ListPager, export_list

    return export_list(ctx, ListPager(ctx, inspection_ledger_list(ctx, start, end)), path, "xlsx")
