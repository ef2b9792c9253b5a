"""The supplier scorecard: per month or quarter, weighted criteria the office can edit.

Like ERPNext's supplier scorecard, each criterion scores 0-100 from the period's records and
the total is the weighted average of the active criteria; the standing follows the total:

* on-time receipts: share of receipts against a PO delivered on or before its expected date;
* rejected lines: 100 x (1 - rejected receipt lines / receipt lines);
* substantiated complaints naming the supplier (from the complaints plugin's hook): -25 each;
* kitchen anomalies traced to its batches (the kitchen plugin's API, when present): -25 each.

A criterion without any record in the period scores 100 (nothing held against the supplier).
Every figure carries the ids of the records it came from.
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select

from suite.plugin_api import NotFound, ValidationError
from suite.plugin_api.context import Context
from suite_plugins.inventory import permissions as P
from suite_plugins.inventory.models import Receipt, ReceiptLine, ScoreCriterion, Supplier, SupplierIncident
from suite_plugins.inventory.services.common import check_version
from suite.plugin_api.i18n import domain

T = domain("inventory")

log = logging.getLogger(__name__)

CRITERIA = ("on_time", "rejected_lines", "complaints", "anomalies")
DEFAULT_WEIGHTS = {"on_time": Decimal("40"), "rejected_lines": Decimal("30"), "complaints": Decimal("20"),
                   "anomalies": Decimal("10")}
CRITERION_LABELS = {"on_time": T("On-time receipts"), "rejected_lines": T("Rejected receipt lines"),
                    "complaints": T("Substantiated complaints"), "anomalies": T("Kitchen anomalies")}
STANDINGS = (("excellent", Decimal("90")), ("qualified", Decimal("75")), ("probation", Decimal("60")),
             ("replace", Decimal("0")))
STANDING_LABELS = {"excellent": T("Excellent"), "qualified": T("Qualified"), "probation": T("On probation"),
                   "replace": T("To be replaced"), "none": T("No deliveries")}
PENALTY = Decimal("25")
HUNDRED = Decimal("100")


def ensure_defaults(ctx: Context) -> None:
    with ctx.unit_of_work() as s:
        have = set(s.scalars(select(ScoreCriterion.code)))
        for code in CRITERIA:
            if code not in have:
                s.add(ScoreCriterion(code=code, weight=DEFAULT_WEIGHTS[code], active=True))


@dataclass(frozen=True)
class CriterionWeight:
    code: str
    weight: Decimal
    active: bool
    version: int

    @property
    def label(self) -> str:
        return str(CRITERION_LABELS[self.code])

    @property
    def weight_text(self) -> str:
        return f"{self.weight.normalize():f}"


def weights(ctx: Context) -> list[CriterionWeight]:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        rows = {c.code: CriterionWeight(c.code, c.weight, c.active, c.version)
                for c in s.scalars(select(ScoreCriterion))}
    return [rows.get(code) or CriterionWeight(code, DEFAULT_WEIGHTS[code], True, 0) for code in CRITERIA]


def set_weight(ctx: Context, code: str, weight, *, expected_version: int, active: bool = True) -> None:
    ctx.require(P.MANAGE)
    try:
        w = Decimal(str(weight))
    except Exception:  # noqa: BLE001
        raise ValidationError(fields={"weight": T("Enter the weight as a number.")}) from None
    if not w.is_finite() or w < 0 or w > 100:
        raise ValidationError(fields={"weight": T("A weight lies between 0 and 100.")})
    with ctx.unit_of_work() as s:
        c = s.scalar(select(ScoreCriterion).where(ScoreCriterion.code == code))
        if c is None:
            raise NotFound(T("That criterion does not exist."))
        check_version(c, expected_version)
        c.weight, c.active = w.quantize(Decimal("0.01")), active
        s.flush()
        if not any(x.active and x.weight > 0 for x in s.scalars(select(ScoreCriterion))):
            raise ValidationError(fields={"weight": T("At least one criterion needs a weight above zero.")})


def period_bounds(year: int, month: int | None = None, quarter: int | None = None) -> tuple[dt.date, dt.date]:
    """[first day, last day] of a month or a quarter."""
    if quarter is not None:
        if quarter not in (1, 2, 3, 4):
            raise ValidationError(fields={"quarter": T("A quarter is 1 to 4.")})
        first, last = 3 * quarter - 2, 3 * quarter
    elif month is not None:
        if not 1 <= month <= 12:
            raise ValidationError(fields={"month": T("A month is 1 to 12.")})
        first = last = month
    else:
        raise ValidationError(T("Choose a month or a quarter."))
    return dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])


@dataclass(frozen=True)
class Figure:
    code: str
    weight: Decimal
    score: Decimal
    value: str            # what was measured, e.g. "7 / 8" or "2"
    record_ids: tuple[int, ...]   # receipts / receipt lines / complaints / anomalies behind it
    available: bool = True

    @property
    def label(self) -> str:
        return str(CRITERION_LABELS[self.code])


@dataclass(frozen=True)
class Scorecard:
    supplier_id: int
    supplier_name: str
    start: dt.date
    end: dt.date
    score: Decimal | None      # None: nothing delivered and nothing held against it in the period
    standing: str
    figures: tuple[Figure, ...]
    receipts: int

    @property
    def standing_label(self) -> str:
        return str(STANDING_LABELS[self.standing])


def standing_of(score: Decimal) -> str:
    for code, floor in STANDINGS:
        if score >= floor:
            return code
    return "replace"


def _anomalies(ctx: Context, supplier_id: int, start: dt.date, end: dt.date) -> tuple[int, ...] | None:
    if not ctx.has_plugin("kitchen"):
        return None
    try:
        from suite_plugins.kitchen import api as kitchen  # type: ignore[import-not-found]

        return tuple(a.id for a in kitchen.anomalies_between(ctx, start, end, supplier_id=supplier_id))
    except Exception:  # noqa: BLE001 - the kitchen's answer must not stop the scorecard
        log.exception("kitchen anomalies unavailable for the scorecard")
        return None


def _raw(s, supplier_ids, start, end):
    """The period's receipts, receipt lines and incidents, grouped by supplier in one pass
    each. ``supplier_ids=None``: every supplier's (the ranking). The period is the filter the
    database reads by (its received-on index): a list of all the suppliers' ids would make
    SQLite read every receipt of every supplier through the supplier index instead."""
    def of(column):
        return () if supplier_ids is None else (column.in_(supplier_ids),)

    period = (Receipt.received_on >= start, Receipt.received_on <= end)
    rec = {}
    for sid, rid, on_time in s.execute(select(Receipt.supplier_id, Receipt.id, Receipt.on_time)
                                       .where(*of(Receipt.supplier_id), *period)):
        rec.setdefault(sid, []).append((rid, on_time))
    lines = {}
    for sid, lid, decision in s.execute(select(Receipt.supplier_id, ReceiptLine.id, ReceiptLine.decision)
                                        .join(Receipt, Receipt.id == ReceiptLine.receipt_id)
                                        .where(*of(Receipt.supplier_id), *period)):
        lines.setdefault(sid, []).append((lid, decision))
    inc = {}
    for sid, cid, iid in s.execute(select(SupplierIncident.supplier_id, SupplierIncident.complaint_id,
                                          SupplierIncident.id)
                                   .where(*of(SupplierIncident.supplier_id),
                                          SupplierIncident.on >= start, SupplierIncident.on <= end)):
        inc.setdefault(sid, []).append(cid or iid)
    return rec, lines, inc


def _card(ctx, sup_id, name, start, end, ws, rec, lines, inc) -> Scorecard:
    figures = []
    receipts = rec.get(sup_id, [])
    timed = [(rid, ok) for rid, ok in receipts if ok is not None]
    on_time = [rid for rid, ok in timed if ok]
    late = tuple(rid for rid, ok in timed if not ok)
    s_on = (HUNDRED * len(on_time) / len(timed)) if timed else HUNDRED
    figures.append(Figure("on_time", ws["on_time"].weight, s_on, f"{len(on_time)} / {len(timed)}",
                          tuple(rid for rid, _ in timed) if late else tuple(on_time)))
    ls = lines.get(sup_id, [])
    rejected = tuple(lid for lid, d in ls if d == "reject")
    s_rej = HUNDRED * (1 - Decimal(len(rejected)) / len(ls)) if ls else HUNDRED
    figures.append(Figure("rejected_lines", ws["rejected_lines"].weight, s_rej, f"{len(rejected)} / {len(ls)}",
                          rejected))
    complaints = tuple(inc.get(sup_id, []))
    figures.append(Figure("complaints", ws["complaints"].weight, max(Decimal(0), HUNDRED - PENALTY * len(complaints)),
                          str(len(complaints)), complaints))
    anomalies = _anomalies(ctx, sup_id, start, end)
    if anomalies is None:
        figures.append(Figure("anomalies", ws["anomalies"].weight, HUNDRED, "—", (), available=False))
    else:
        figures.append(Figure("anomalies", ws["anomalies"].weight,
                              max(Decimal(0), HUNDRED - PENALTY * len(anomalies)), str(len(anomalies)), anomalies))
    used = [f for f in figures if f.available and ws[f.code].active and f.weight > 0]
    total_w = sum((f.weight for f in used), Decimal(0))
    score = (sum((f.score * f.weight for f in used), Decimal(0)) / total_w) if total_w else HUNDRED
    score = score.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    figures = [Figure(f.code, f.weight, f.score.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP), f.value,
                      f.record_ids, f.available) for f in figures]
    if not receipts and not complaints and not (anomalies or ()):
        return Scorecard(sup_id, name, start, end, None, "none", tuple(figures), 0)
    return Scorecard(sup_id, name, start, end, score, standing_of(score), tuple(figures), len(receipts))


def scorecard(ctx: Context, supplier_id: int, start: dt.date, end: dt.date) -> Scorecard:
    ctx.require(P.VIEW)
    ws = {w.code: w for w in weights(ctx)}
    with ctx.read() as s:
        name = s.scalar(select(Supplier.name).where(Supplier.id == supplier_id))
        if name is None:
            raise NotFound(T("That supplier does not exist."))
        rec, lines, inc = _raw(s, [supplier_id], start, end)
    return _card(ctx, supplier_id, name, start, end, ws, rec, lines, inc)


def ranking(ctx: Context, start: dt.date, end: dt.date) -> list[Scorecard]:
    """Every active supplier's scorecard, best first."""
    ctx.require(P.VIEW)
    ws = {w.code: w for w in weights(ctx)}
    with ctx.read() as s:
        sups = list(s.execute(select(Supplier.id, Supplier.name).where(Supplier.active.is_(True))))
        rec, lines, inc = _raw(s, None, start, end)   # the suppliers not listed are not looked up
    cards = [_card(ctx, sid, name, start, end, ws, rec, lines, inc) for sid, name in sups]
    cards.sort(key=lambda c: (c.score is None, -(c.score or 0), c.supplier_name))
    return cards


def record_complaint(ctx: Context, session, complaint_id: int, supplier_id: int) -> None:
    """A substantiated complaint named the supplier (from the complaints plugin's event)."""
    if session.get(Supplier, supplier_id) is None:
        return
    source = f"complaint:{complaint_id}"
    if session.scalar(select(func.count()).select_from(SupplierIncident)
                      .where(SupplierIncident.supplier_id == supplier_id, SupplierIncident.source == source)):
        return
    session.add(SupplierIncident(supplier_id=supplier_id, source=source, complaint_id=complaint_id, on=ctx.today()))
    session.flush()




@dataclass(frozen=True)
class RecordRef:
    """One record behind a scorecard figure, and the page that opens it (None: not installed)."""
    label: str
    page: str | None
    key: int | None


def figure_records(ctx: Context, supplier_id: int, code: str, start: dt.date, end: dt.date) -> list[RecordRef]:
    """The records a figure counts against the supplier: the late receipts, the rejected lines,
    the complaints naming it, the kitchen anomalies traced to its batches."""
    ctx.require(P.VIEW)
    from suite_plugins.inventory.models import Item, PurchaseOrder
    from suite_plugins.inventory.services.stock import fmt_qty

    if code not in CRITERIA:
        raise ValidationError(T("Unknown scorecard criterion {code}.", code=code))
    if code == "anomalies":
        if not ctx.has_plugin("kitchen"):
            return []
        from suite_plugins.kitchen import api as kitchen  # type: ignore[import-not-found]

        return [RecordRef(f"{a.occurred_on.isoformat()} {a.title}", "kitchen.anomalies", a.id)
                for a in kitchen.anomalies_between(ctx, start, end, supplier_id=supplier_id)]
    period = (Receipt.supplier_id == supplier_id, Receipt.received_on >= start, Receipt.received_on <= end)
    with ctx.read() as s:
        if code == "on_time":
            rows = s.execute(select(Receipt.id, Receipt.number, Receipt.received_on, PurchaseOrder.number,
                                    PurchaseOrder.expected_on)
                             .join(PurchaseOrder, PurchaseOrder.id == Receipt.po_id)
                             .where(*period, Receipt.on_time.is_(False)).order_by(Receipt.received_on))
            return [RecordRef(str(T("{receipt} received {day}, expected {expected} ({po})", receipt=number,
                                    day=day.isoformat(), expected=expected.isoformat() if expected else "—",
                                    po=po)), "inventory.receipts", rid)
                    for rid, number, day, po, expected in rows]
        if code == "rejected_lines":
            rows = s.execute(select(Receipt.id, Receipt.number, Item.name, ReceiptLine.quantity, Item.unit,
                                    ReceiptLine.remark)
                             .join(Receipt, Receipt.id == ReceiptLine.receipt_id)
                             .join(Item, Item.id == ReceiptLine.item_id)
                             .where(*period, ReceiptLine.decision == "reject").order_by(Receipt.received_on))
            return [RecordRef(f"{number} · {name} {fmt_qty(q)} {unit}" + (f": {remark}" if remark else ""),
                              "inventory.receipts", rid) for rid, number, name, q, unit, remark in rows]
        rows = s.execute(select(SupplierIncident.id, SupplierIncident.complaint_id, SupplierIncident.on)
                         .where(SupplierIncident.supplier_id == supplier_id, SupplierIncident.on >= start,
                                SupplierIncident.on <= end).order_by(SupplierIncident.on))
        has_complaints = ctx.has_plugin("complaints")
        return [RecordRef(str(T("Complaint #{id} ({day})", id=cid or iid, day=on.isoformat())),
                          "complaints.list" if cid and has_complaints else None, cid)
                for iid, cid, on in rows]
