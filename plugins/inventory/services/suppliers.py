"""Suppliers, their licences and certificates, qualification and suspension.

A supplier is *qualified* when it holds a business licence (营业执照) and, if it supplies
food, a food business or food production licence (食品经营许可证 / 食品生产许可证), none of
them expired. New purchase orders and receipts from a supplier that is not qualified, or is
suspended, are refused with the reason; a licence expiring within 30 days is warned about.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from suite.plugin_api import ValidationError
from suite.plugin_api.context import Context
from suite_plugins.inventory import permissions as P
from suite_plugins.inventory.models import LICENCE_KINDS, Licence, Supplier
from suite_plugins.inventory.services.common import check_version, get_supplier_row
from suite.plugin_api.i18n import domain

T = domain("inventory")

WARN_DAYS = 30
LICENCE_LABELS = {
    "business_licence": T("Business licence (营业执照)"),
    "food_business": T("Food business licence (食品经营许可证)"),
    "food_production": T("Food production licence (食品生产许可证)"),
    "inspection_report": T("Product inspection report"),
    "other": T("Other certificate"),
}


@dataclass(frozen=True)
class SupplierInput:
    name: str
    contact: str = ""
    phone: str = ""
    address: str = ""
    supplies: str = ""
    food: bool = True
    department: str = "purchasing"
    notes: str = ""


@dataclass(frozen=True)
class Qualification:
    qualified: bool
    reasons: tuple[str, ...]      # why not qualified
    warnings: tuple[str, ...]     # licences expiring within 30 days


def _clean(data: SupplierInput) -> dict:
    name = (data.name or "").strip()
    if not name:
        raise ValidationError(fields={"name": T("Give the supplier a name.")})
    return dict(name=name, contact=(data.contact or "").strip()[:60],
                phone=(data.phone or "").strip()[:40], address=(data.address or "").strip()[:200],
                supplies=(data.supplies or "").strip()[:200], food=bool(data.food),
                department=data.department or "purchasing", notes=data.notes or "")


def save_supplier(ctx: Context, data: SupplierInput) -> int:
    ctx.require(P.PURCHASE)
    values = _clean(data)
    with ctx.unit_of_work() as s:
        if s.scalar(select(Supplier.id).where(Supplier.name == values["name"])):
            raise ValidationError(fields={"name": T("A supplier called {name} already exists.", name=values["name"])})
        sup = Supplier(**values)
        s.add(sup)
        s.flush()
        return sup.id


def update_supplier(ctx: Context, supplier_id: int, data: SupplierInput, *, expected_version: int) -> None:
    ctx.require(P.PURCHASE)
    values = _clean(data)
    with ctx.unit_of_work() as s:
        sup = get_supplier_row(s, supplier_id)
        check_version(sup, expected_version)
        if s.scalar(select(Supplier.id).where(Supplier.name == values["name"], Supplier.id != sup.id)):
            raise ValidationError(fields={"name": T("A supplier called {name} already exists.", name=values["name"])})
        for k, v in values.items():
            setattr(sup, k, v)


def add_licence(ctx: Context, supplier_id: int, *, kind: str, number: str, expected_version: int,
                issuer: str = "", expires_on: dt.date | None = None, attachment_id: int | None = None,
                attachment_name: str = "", attachment: tuple[str, bytes] | None = None) -> int:
    """A licence or certificate (part of the supplier's record: its version moves).

    ``attachment`` (file name, bytes): the scan of the document, kept in the database with its
    SHA-256 in the same transaction as the licence (索证: the documents are kept)."""
    ctx.require(P.PURCHASE)
    errors = {}
    if kind not in LICENCE_KINDS:
        errors["kind"] = T("Choose which licence or certificate this is.")
    if not (number or "").strip():
        errors["number"] = T("Enter the licence or certificate number.")
    if kind in ("business_licence", "food_business", "food_production") and expires_on is None:
        errors["expires_on"] = T("Enter the date the licence expires.")
    if errors:
        raise ValidationError(fields=errors)
    with ctx.unit_of_work() as s:
        sup = get_supplier_row(s, supplier_id)
        check_version(sup, expected_version)
        if attachment is not None:
            from suite.plugin_api import core

            attachment_name = attachment[0].replace("\\", "/").rsplit("/", 1)[-1]
            attachment_id = core.save_attachment(ctx, attachment_name, attachment[1], permission=P.PURCHASE)
        lic = Licence(kind=kind, number=number.strip()[:60], issuer=(issuer or "").strip()[:120],
                      expires_on=expires_on, attachment_id=attachment_id, attachment_name=attachment_name[:200])
        sup.licences.append(lic)
        s.flush()
        return lic.id


def qualification_of(sup: Supplier, today: dt.date) -> Qualification:
    warnings, valid, expired = [], {}, {}
    for lic in sup.licences:
        if lic.expires_on is not None and lic.expires_on < today:
            expired.setdefault(lic.kind, lic)
            continue
        valid.setdefault(lic.kind, lic)
        if lic.expires_on is not None and (lic.expires_on - today).days <= WARN_DAYS:
            warnings.append(str(T("{licence} {number} expires on {date}.", licence=LICENCE_LABELS[lic.kind],
                                  number=lic.number, date=lic.expires_on.isoformat())))
    reasons = []

    def missing(kinds: tuple[str, ...], text) -> None:
        if any(k in valid for k in kinds):
            return
        old = next((expired[k] for k in kinds if k in expired), None)
        if old is not None:
            reasons.append(str(T("{licence} {number} expired on {date}.", licence=LICENCE_LABELS[old.kind],
                                 number=old.number, date=old.expires_on.isoformat())))
        else:
            reasons.append(str(text))

    missing(("business_licence",), T("No valid business licence (营业执照)."))
    if sup.food:
        missing(("food_business", "food_production"), T("No valid food business or food production licence."))
    return Qualification(not reasons, tuple(reasons), tuple(warnings))


def qualification(ctx: Context, supplier_id: int) -> Qualification:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        return qualification_of(get_supplier_row(s, supplier_id), ctx.today())


def require_usable(s: Session, ctx: Context, supplier_id: int, what: str) -> Supplier:
    """The supplier, if it may receive a purchase order / deliver; else a clear refusal."""
    sup = get_supplier_row(s, supplier_id)
    if sup.suspended:
        raise ValidationError(fields={"supplier_id": T("{name} is suspended ({reason}): no {what}.",
                                                       name=sup.name, reason=sup.suspend_reason, what=what)})
    if not sup.active:
        raise ValidationError(fields={"supplier_id": T("{name} is archived: no {what}.", name=sup.name, what=what)})
    q = qualification_of(sup, ctx.today())
    if not q.qualified:
        raise ValidationError(fields={"supplier_id": T("{name} is not qualified: {reasons} No {what}.",
                                                       name=sup.name, reasons=" ".join(q.reasons), what=what)})
    return sup


def suspend(ctx: Context, supplier_id: int, *, reason: str, expected_version: int) -> None:
    ctx.require(P.MANAGE)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(fields={"reason": T("Say why the supplier is suspended.")})
    with ctx.unit_of_work() as s:
        sup = get_supplier_row(s, supplier_id)
        check_version(sup, expected_version)
        sup.suspended, sup.suspend_reason = True, reason


def reinstate(ctx: Context, supplier_id: int, *, expected_version: int) -> None:
    ctx.require(P.MANAGE)
    with ctx.unit_of_work() as s:
        sup = get_supplier_row(s, supplier_id)
        check_version(sup, expected_version)
        sup.suspended, sup.suspend_reason = False, ""


@dataclass(frozen=True)
class LicenceView:
    id: int
    kind: str
    number: str
    issuer: str
    expires_on: dt.date | None
    attachment_name: str
    attachment_id: int | None = None

    @property
    def kind_label(self) -> str:
        return str(LICENCE_LABELS.get(self.kind, self.kind))


@dataclass(frozen=True)
class SupplierView:
    id: int
    name: str
    contact: str
    phone: str
    supplies: str
    food: bool
    active: bool
    suspended: bool
    suspend_reason: str
    version: int
    licences: tuple[LicenceView, ...]
    qualification: Qualification


def _view(sup: Supplier, today: dt.date) -> SupplierView:
    return SupplierView(sup.id, sup.name, sup.contact, sup.phone, sup.supplies, sup.food, sup.active, sup.suspended,
                        sup.suspend_reason, sup.version,
                        tuple(LicenceView(l.id, l.kind, l.number, l.issuer, l.expires_on, l.attachment_name,
                                          l.attachment_id)
                              for l in sup.licences), qualification_of(sup, today))


def get_supplier(ctx: Context, supplier_id: int) -> SupplierView:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        return _view(get_supplier_row(s, supplier_id), ctx.today())


def licence_scan(ctx: Context, licence_id: int):
    """The scan kept with a licence: (AttachmentView, bytes), checked against its SHA-256."""
    from suite.plugin_api import NotFound, core

    ctx.require(P.VIEW)
    with ctx.read() as sess:
        lic = sess.get(Licence, licence_id)
        if lic is None or lic.attachment_id is None:
            raise NotFound(T("No scan is kept with that licence."))
        attachment_id = lic.attachment_id
    return core.attachment_data(ctx, attachment_id, permission=P.VIEW)


def supplier_input(ctx: Context, supplier_id: int) -> tuple[SupplierInput, int]:
    """What the supplier form edits, and the version it was read at."""
    ctx.require(P.VIEW)
    with ctx.read() as sess:
        sup = get_supplier_row(sess, supplier_id)
        return SupplierInput(sup.name, sup.contact, sup.phone, sup.address, sup.supplies, sup.food, sup.department,
                             sup.notes), sup.version


def suppliers(ctx: Context, *, include_inactive: bool = False) -> list[SupplierView]:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        stmt = select(Supplier).options(selectinload(Supplier.licences)).order_by(Supplier.name_pinyin, Supplier.id)
        if not include_inactive:
            stmt = stmt.where(Supplier.active.is_(True))
        today = ctx.today()
        return [_view(sup, today) for sup in s.scalars(stmt)]
