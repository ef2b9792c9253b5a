"""The catalogue: water in buckets (with a deposit per returnable bucket), dishes by
category, other goods."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select

from suite.plugin_api import NotFound, ValidationError, check_version
from suite.plugin_api.context import Context
from suite.plugin_api.db import pinyin_match
from suite.plugin_api.i18n import domain
from suite_plugins.orders.models import PRODUCT_KINDS, Product
from suite_plugins.orders.services.common import CATALOG, VIEW, to_money

T = domain("orders")

MAX_PRICE = Decimal("99999.99")


@dataclass(frozen=True)
class ProductView:
    id: int
    code: str | None
    name: str
    kind: str
    category: str
    unit: str
    price: Decimal
    active: bool
    bucket_litres: Decimal | None
    deposit: Decimal
    returnable: bool
    sort_order: int
    notes: str
    version: int

    @property
    def label(self) -> str:
        return f"{self.name} ({self.unit})" if self.unit else self.name


@dataclass
class ProductInput:
    name: str
    price: Decimal | str
    kind: str = "goods"
    category: str = ""
    unit: str = ""
    active: bool = True
    code: str | None = None
    bucket_litres: Decimal | str | None = None
    deposit: Decimal | str = Decimal("0")
    returnable: bool = False
    sort_order: int = 0
    notes: str = ""
    extra: dict = field(default_factory=dict)


def _view(p: Product) -> ProductView:
    return ProductView(p.id, p.code, p.name, p.kind, p.category, p.unit, p.price, p.active, p.bucket_litres,
                       p.deposit, p.returnable, p.sort_order, p.notes, p.version)


def validate_product(data: ProductInput) -> dict:
    """Clean values of a product, or ValidationError naming each bad field."""
    errors: dict[str, object] = {}
    name = (data.name or "").strip()
    if not name:
        errors["name"] = T("Enter the product's name.")
    elif len(name) > 100:
        errors["name"] = T("At most {n} characters.", n=100)
    kind = (data.kind or "goods").strip()
    if kind not in PRODUCT_KINDS:
        errors["kind"] = T("Choose water, dish or goods.")
    price = deposit = Decimal("0.00")
    try:
        price = to_money(data.price, "price")
        if price < 0:
            errors["price"] = T("A price cannot be negative.")
        elif price > MAX_PRICE:
            errors["price"] = T("A price above {max} is surely a typing mistake.", max=MAX_PRICE)
    except ValidationError as exc:
        errors.update(exc.fields)
    try:
        deposit = to_money(data.deposit if data.deposit not in (None, "") else "0", "deposit")
        if deposit < 0:
            errors["deposit"] = T("A deposit cannot be negative.")
    except ValidationError as exc:
        errors.update(exc.fields)
    litres = None
    if data.bucket_litres not in (None, ""):
        try:
            litres = Decimal(str(data.bucket_litres).strip().lower().removesuffix("l").strip())
            if not Decimal("0") < litres < Decimal("1000"):
                raise ValueError
            litres = litres.quantize(Decimal("0.1"))
        except Exception:
            errors["bucket_litres"] = T("Bucket size is a number of litres, such as 18.9.")
    returnable = bool(data.returnable)
    if returnable and kind != "water":
        errors["returnable"] = T("Only water comes in returnable buckets.")
    if deposit > 0 and not returnable:
        errors["deposit"] = T("A deposit applies only to returnable buckets.")
    code = (data.code or "").strip() or None
    if code and len(code) > 40:
        errors["code"] = T("At most {n} characters.", n=40)
    if errors:
        raise ValidationError(fields=errors)
    return dict(name=name, kind=kind, category=(data.category or "").strip()[:60], unit=(data.unit or "").strip()[:20],
                price=price, active=bool(data.active), code=code, bucket_litres=litres, deposit=deposit,
                returnable=returnable, sort_order=int(data.sort_order or 0), notes=(data.notes or "").strip())


def save_product(ctx: Context, data: ProductInput, *, product_id: int | None = None,
                 expected_version: int | None = None) -> int:
    """Create (``product_id=None``) or change a product
    (``expected_version``: the version the caller read, a TypeError without it; ConflictError
    if someone saved it since)."""
    ctx.require(CATALOG)
    values = validate_product(data)
    with ctx.unit_of_work() as s:
        clash = s.scalar(select(Product.id).where(Product.name == values["name"]))
        if clash and clash != product_id:
            raise ValidationError(fields={"name": T("A product called \u201c{name}\u201d exists already.", name=values["name"])})
        if values["code"]:
            clash = s.scalar(select(Product.id).where(Product.code == values["code"]))
            if clash and clash != product_id:
                raise ValidationError(fields={"code": T("The code \u201c{code}\u201d is taken.", code=values["code"])})
        if product_id is None:
            product = Product(**values)
            s.add(product)
        else:
            product = s.get(Product, product_id)
            if product is None:
                raise NotFound(T("That product no longer exists."))
            check_version(product, expected_version)
            for key, value in values.items():
                setattr(product, key, value)
        s.flush()
        return product.id


def set_active(ctx: Context, product_id: int, active: bool, *, expected_version: int) -> None:
    """Take a product off the menu (or back on). Products are never deleted: orders point
    to them."""
    ctx.require(CATALOG)
    with ctx.unit_of_work() as s:
        product = s.get(Product, product_id)
        if product is None:
            raise NotFound(T("That product no longer exists."))
        check_version(product, expected_version)
        product.active = active


def get_product(ctx: Context, product_id: int) -> ProductView:
    ctx.require(VIEW)
    with ctx.read() as s:
        p = s.get(Product, product_id)
        if p is None:
            raise NotFound(T("That product no longer exists."))
        return _view(p)


def list_products(ctx: Context, *, include_inactive: bool = False, kind: str | None = None,
                  category: str | None = None, text: str = "") -> list[ProductView]:
    ctx.require(VIEW)
    stmt = select(Product).order_by(Product.kind.desc(), Product.category, Product.sort_order, Product.name_pinyin)
    if not include_inactive:
        stmt = stmt.where(Product.active.is_(True))
    if kind:
        stmt = stmt.where(Product.kind == kind)
    if category:
        stmt = stmt.where(Product.category == category)
    if text:
        stmt = stmt.where(Product.name.contains(text, autoescape=True) | (Product.code == text)
                          | pinyin_match(Product.name_pinyin, Product.name_initials, text))  # nfsq: 农夫山泉
    with ctx.read() as s:
        return [_view(p) for p in s.scalars(stmt)]


def categories(ctx: Context) -> list[str]:
    ctx.require(VIEW)
    with ctx.read() as s:
        return [c for c in s.scalars(select(Product.category).where(Product.category != "").distinct().order_by(Product.category))]


def count_products(ctx: Context) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(Product)) or 0
