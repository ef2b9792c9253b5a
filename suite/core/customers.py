"""Customers (with several phones and addresses) and delivery areas.

Phone numbers and addresses are personal data: every view this module returns masks them
unless the acting user holds ``customers.view_pii``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload

from suite.core import permissions as P
from suite.core.models import Area, Customer, CustomerAddress, CustomerPhone
from suite.core.pii import mask_address, mask_phone, pii  # noqa: F401 - mask_* are published here too
from suite.core.validation import MAX_NOTES, clean_text, flush_unique, get_row, searchable, shown, valid_id
from suite.db.pinyin import pinyin_match
from suite.plugin_api.context import Context
from suite.plugin_api.errors import NotFound, ValidationError, check_version
from suite.plugin_api.i18n import domain

T = domain("core")

_PHONE_JUNK = re.compile(r"[\s\-().\u3000（）\u2010-\u2015\u2212]")
_KEYWORD_SPLIT = re.compile(r"[,，;；、\n]+")
CUSTOMER_KINDS = ("person", "company")


# ---------------------------------------------------------------------------- phones and masking


def normalise_phone(raw: str) -> str:
    """Digits of a phone number: spaces, dashes and brackets dropped, +86/0086 removed.
    Full-width digits and signs (１３９, ＋８６, －) read as their ASCII forms (NFKC), as an
    input method or a Chinese spreadsheet types them. Anything else (letters) is refused with
    a clear message."""
    raw = raw if isinstance(raw, str) else ""
    quoted = shown(raw)
    text = _PHONE_JUNK.sub("", unicodedata.normalize("NFKC", raw).strip())
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("0086"):
        text = text[4:]
    elif text.startswith("+"):
        text = text[1:]
    if not text:
        raise ValidationError(T("Enter a phone number."))
    if not text.isdigit() or not text.isascii():
        raise ValidationError(T("A phone number may contain only digits, spaces, '-', '+' and brackets: \u201c{raw}\u201d.", raw=quoted))
    if not 5 <= len(text) <= 20:
        raise ValidationError(T("\u201c{raw}\u201d is not a phone number: it needs 5 to 20 digits.", raw=quoted))
    return text


def format_phone(phone: str) -> str:
    """A mobile number in groups of 3-4-4 (``138 0013 8000``); other numbers, and masked ones,
    as given."""
    if len(phone) == 11 and phone.startswith("1") and phone.isdigit():  # a masked one stays as it is
        return f"{phone[:3]} {phone[3:7]} {phone[7:]}"
    return phone


# ---------------------------------------------------------------------------- views


@dataclass(frozen=True)
class PhoneView:
    """A customer's phone as the acting user may see it (masked without
    ``customers.view_pii``)."""
    id: int
    phone: str  # masked unless the user may see personal data
    label: str
    is_primary: bool


@dataclass(frozen=True)
class AddressView:
    """A customer's address as the acting user may see it (masked without
    ``customers.view_pii``)."""
    id: int
    address: str  # masked unless the user may see personal data
    area_id: int | None
    area: str
    label: str
    is_default: bool


@dataclass(frozen=True)
class CustomerView:
    """A customer with its phones and addresses, masked for a user without
    ``customers.view_pii``; ``version`` is what :func:`update_customer` expects back."""
    id: int
    name: str
    kind: str
    area_id: int | None
    area: str
    notes: str
    archived: bool
    version: int
    phones: tuple[PhoneView, ...] = ()
    addresses: tuple[AddressView, ...] = ()
    masked: bool = True

    @property
    def primary_phone(self) -> str:
        for p in self.phones:
            if p.is_primary:
                return p.phone
        return self.phones[0].phone if self.phones else ""

    @property
    def default_address(self) -> AddressView | None:
        for a in self.addresses:
            if a.is_default:
                return a
        return self.addresses[0] if self.addresses else None


@dataclass
class AddressInput:
    """An address to save with a customer; ``area_id`` None lets the area's keywords decide.
    ``id`` keeps an existing row."""
    address: str
    label: str = ""
    area_id: int | None = None
    is_default: bool = False
    id: int | None = None


@dataclass
class PhoneInput:
    """A phone number to save with a customer (digits; ``+86``, spaces and dashes are removed).
    ``id`` keeps an existing row."""
    phone: str
    label: str = ""
    is_primary: bool = False
    id: int | None = None


@dataclass
class CustomerInput:
    """What :func:`create_customer` and :func:`update_customer` take: phones and addresses as
    inputs or plain strings."""
    name: str
    kind: str = "person"
    area_id: int | None = None
    notes: str = ""
    phones: list[PhoneInput | str] = field(default_factory=list)
    addresses: list[AddressInput | str] = field(default_factory=list)


@dataclass(frozen=True)
class AreaView:
    """A delivery area: the keywords (streets, estates) that place an address in it and its
    travel time."""
    id: int
    name: str
    keywords: tuple[str, ...]
    travel_minutes: int
    archived: bool
    version: int


# ---------------------------------------------------------------------------- areas


def _keywords(text: str) -> tuple[str, ...]:
    return tuple(k.strip() for k in _KEYWORD_SPLIT.split(text or "") if k.strip())


def area_key(name: str) -> str:
    """An area's name as two names are compared: full-width letters as half-width (NFKC), spaces
    dropped, Latin letters without case (``东城 片区`` and ``东城片区`` are one area)."""
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", name or "")).casefold()


def _area_view(a: Area) -> AreaView:
    return AreaView(a.id, a.name, _keywords(a.keywords), a.travel_minutes, a.archived, a.version)


def list_areas(ctx: Context, include_archived: bool = False) -> list[AreaView]:
    """The delivery areas by name (archived ones too when asked)."""
    with ctx.read() as s:
        stmt = select(Area).order_by(Area.name)
        if not include_archived:
            stmt = stmt.where(Area.archived.is_(False))
        return [_area_view(a) for a in s.scalars(stmt)]


def get_area(ctx: Context, area_id: int) -> AreaView:
    """One area (also an inactive one); NotFound when there is none with this id."""
    with ctx.read() as s:
        area = get_row(s, Area, area_id)
        if area is None:
            raise NotFound(T("That area no longer exists."))
        return _area_view(area)


def _check_travel_minutes(errors: dict, travel_minutes) -> None:
    if isinstance(travel_minutes, bool) or not isinstance(travel_minutes, int):
        errors["travel_minutes"] = T("Travel time is a number of minutes between 1 and 1440.")
    elif travel_minutes < 0:
        errors["travel_minutes"] = T("Travel time cannot be negative: enter the minutes a van needs to get there (1 to 1440).")
    elif not 0 < travel_minutes <= 24 * 60:
        errors["travel_minutes"] = T("Travel time is a number of minutes between 1 and 1440.")


def _name_clash(session, name: str, area_id: int | None):
    """The other area (active or not) whose name is the same as *name*, or None."""
    key = area_key(name)
    for other in session.scalars(select(Area)):
        if other.id != area_id and area_key(other.name) == key:
            return other
    return None


def _clash_message(other: Area):
    if other.archived:
        return T("An inactive area called \u201c{name}\u201d exists already: show the inactive areas and "
                 "reactivate it instead.", name=other.name)
    return T("An area called \u201c{name}\u201d exists already.", name=other.name)


def save_area(ctx: Context, name: str, keywords: str | list[str] = "", *, area_id: int | None = None,
              travel_minutes: int = 30, archived: bool = False, expected_version: int | None = None) -> int:
    """Create (``area_id=None``) or change an area (``expected_version``:
    the version the caller read, a TypeError without it; ConflictError if someone saved it since).
    ``keywords``: the streets, estates and landmarks that place an address in the area (one a
    line, or separated by commas). A name another area has (spaces, width and case aside) is
    refused, as are travel minutes outside 1 to 1440; nothing is written then. ``archived``
    True deactivates the area: it is no longer offered nor matched, its customers keep it."""
    ctx.require(P.AREAS_MANAGE)
    errors: dict[str, object] = {}
    name = clean_text(errors, "name", name, 100, required=T("An area needs a name."))
    _check_travel_minutes(errors, travel_minutes)
    if not isinstance(keywords, str):
        keywords = "\n".join(k if isinstance(k, str) else "" for k in (keywords or ()))
    words = "\n".join(_keywords(clean_text(errors, "keywords", keywords, MAX_NOTES)))
    if area_id is not None and not valid_id(area_id):
        raise NotFound(T("That area no longer exists."))
    if errors:
        raise ValidationError(fields=errors)
    with ctx.unit_of_work() as s:
        if area_id is not None:
            area = get_row(s, Area, area_id)
            if area is None:
                raise NotFound(T("That area no longer exists."))
            check_version(area, expected_version)
        clash = _name_clash(s, name, area_id)
        if clash is not None:
            raise ValidationError(fields={"name": _clash_message(clash)})
        if area_id is None:
            area = Area(name=name)
            s.add(area)
        if (area.name, area.keywords, area.travel_minutes, area.archived) != (name, words, travel_minutes, bool(archived)):
            area.name, area.keywords, area.travel_minutes, area.archived = name, words, travel_minutes, bool(archived)
        flush_unique(s, "name", T("An area called \u201c{name}\u201d exists already.", name=name))
        return area.id


def set_area_active(ctx: Context, area_id: int, active: bool, *, expected_version: int) -> None:
    """Deactivate (``active=False``) or reactivate an area, keeping its name, keywords and
    travel time. A deactivated area is no longer offered for new customers nor matched to
    typed addresses; customers and orders that name it keep it."""
    current = get_area(ctx, area_id)
    save_area(ctx, current.name, list(current.keywords), area_id=area_id, travel_minutes=current.travel_minutes,
              archived=not active, expected_version=expected_version)


def resolve_area(ctx: Context, address: str) -> AreaView | None:
    """The delivery area an address lies in, by the areas' keywords (the longest keyword
    found wins), or None when the address is outside every area."""
    best: tuple[int, AreaView] | None = None
    for area in list_areas(ctx):
        for word in area.keywords + (area.name,):
            if word and word in (address or ""):
                if best is None or len(word) > best[0]:
                    best = (len(word), area)
    return best[1] if best else None


# ---------------------------------------------------------------------------- customers


def _view(ctx: Context, c: Customer, areas: dict[int, str]) -> CustomerView:
    mask = pii(ctx)
    phones = tuple(PhoneView(p.id, mask.phone(p.phone), p.label, p.is_primary) for p in c.phones)
    addresses = tuple(
        AddressView(a.id, mask.address(a.address), a.area_id, areas.get(a.area_id or 0, ""), a.label, a.is_default)
        for a in c.addresses
    )
    return CustomerView(c.id, c.name, c.kind, c.area_id, areas.get(c.area_id or 0, ""), c.notes, c.archived,
                        c.version, phones, addresses, masked=mask.masked)


def _area_names(session) -> dict[int, str]:
    return dict(session.execute(select(Area.id, Area.name)).all())


def get_customer(ctx: Context, customer_id: int) -> CustomerView:
    """One customer (``customers.view``); NotFound for an id that does not exist."""
    ctx.require(P.CUSTOMERS_VIEW)
    with ctx.read() as s:
        c = get_row(s, Customer, customer_id)
        if c is None:
            raise NotFound(T("That customer no longer exists."))
        return _view(ctx, c, _area_names(s))


def get_customers(ctx: Context, ids) -> dict[int, CustomerView]:
    """Customers by id, ``{id: CustomerView}``; ids that do not exist are left out."""
    ctx.require(P.CUSTOMERS_VIEW)
    ids = [i for i in set(ids) if valid_id(i)]
    out: dict[int, CustomerView] = {}
    with ctx.read() as s:
        areas = _area_names(s)
        for start in range(0, len(ids), 500):
            for c in s.scalars(select(Customer).where(Customer.id.in_(ids[start:start + 500]))):
                out[c.id] = _view(ctx, c, areas)
    return out


def find_by_phone(ctx: Context, text: str, limit: int = 10) -> list[CustomerView]:
    """Customers whose phone starts with the digits typed (the order desk's lookup). Without
    ``customers.view_pii`` only the whole number finds its customer (see ``core.pii``)."""
    ctx.require(P.CUSTOMERS_VIEW)
    match = pii(ctx).phone_match(CustomerPhone.phone, text)
    if match is None:
        return []
    with ctx.read() as s:
        ids = list(dict.fromkeys(s.scalars(
            select(CustomerPhone.customer_id)
            .where(match)
            .order_by(CustomerPhone.phone, CustomerPhone.customer_id)
            .limit(limit * 3)
        )))[:limit]
        if not ids:
            return []
        areas = _area_names(s)
        found = {c.id: c for c in s.scalars(select(Customer).where(Customer.id.in_(ids), Customer.archived.is_(False)))}
        return [_view(ctx, found[i], areas) for i in ids if i in found]


def search_customers(ctx: Context, text: str, limit: int = 20) -> list[CustomerView]:
    """By name (contains, or its pinyin: ``nfsq`` finds 农夫山泉, ``zhw`` and ``zhangw`` find
    张伟) or phone (prefix; the whole number only without ``customers.view_pii``), in pinyin
    order."""
    ctx.require(P.CUSTOMERS_VIEW)
    text = searchable(text).strip()[:120]  # no name is longer; no column holds a NUL
    if not text:
        return []
    digits = re.sub(r"\D", "", text)
    with ctx.read() as s:
        conds = [pinyin_match(Customer.name_pinyin, Customer.name_initials, text)]
        if not _PINYIN_TYPED.fullmatch(text):
            # characters (or punctuation) are looked for anywhere in the name; letters typed
            # alone are pinyin, and a name's own Latin letters are in its pinyin key too
            # (``abc`` finds ABC超市), so they skip this scan of every name
            conds.append(Customer.name.contains(text, autoescape=True))
        match = pii(ctx).phone_match(CustomerPhone.phone, text)
        if match is not None and len(digits) == len(text.replace(" ", "").replace("-", "")):
            conds.append(Customer.id.in_(select(CustomerPhone.customer_id).where(match)))
        rows = s.scalars(select(Customer).where(or_(*conds), Customer.archived.is_(False))
                          .options(selectinload(Customer.phones), selectinload(Customer.addresses))
                          .order_by(Customer.name_pinyin, Customer.id).limit(limit)).all()
        areas = _area_names(s)
        return [_view(ctx, c, areas) for c in rows]


_PINYIN_TYPED = re.compile(r"[A-Za-z][A-Za-z0-9 ']*")


def _validate(ctx: Context, data: CustomerInput) -> tuple[str, list[PhoneInput], list[AddressInput]]:
    errors: dict[str, object] = {}
    name = clean_text(errors, "name", data.name, 120, required=T("Enter the customer's name."))
    if data.kind not in CUSTOMER_KINDS:
        errors["kind"] = T("Choose person or company.")
    clean_text(errors, "notes", data.notes, MAX_NOTES)
    if data.area_id is not None and not valid_id(data.area_id):
        errors["area_id"] = T("That delivery area no longer exists.")
    phones: list[PhoneInput] = []
    seen = set()
    for item in data.phones:
        item = PhoneInput(item) if isinstance(item, str) else item
        if not isinstance(item.phone, str) or not item.phone.strip():
            continue
        try:
            digits = normalise_phone(item.phone)
        except ValidationError as exc:
            errors["phones"] = exc.message
            continue
        bad: dict[str, object] = {}
        label = clean_text(bad, "label", item.label, 40)
        if "label" in bad and len(label) > 40:
            bad["label"] = T("A phone's label has at most {n} characters.", n=40)
        if bad:
            errors.setdefault("phones", bad["label"])
            continue
        if digits in seen:
            continue
        seen.add(digits)
        phones.append(PhoneInput(digits, label, item.is_primary, item.id))
    if phones and not any(p.is_primary for p in phones):
        phones[0].is_primary = True
    addresses: list[AddressInput] = []
    for item in data.addresses:
        item = AddressInput(item) if isinstance(item, str) else item
        bad: dict[str, object] = {}
        text = clean_text(bad, "address", item.address, 300)
        if "address" in bad and len(text) > 300:
            bad["address"] = T("An address has at most {n} characters.", n=300)
        label = clean_text(bad, "label", item.label, 40)
        if item.area_id is not None and not valid_id(item.area_id):
            bad["area_id"] = T("That delivery area no longer exists.")
        if bad:
            errors.setdefault("addresses", next(iter(bad.values())))
            continue
        if not text:
            continue
        addresses.append(AddressInput(text, label, item.area_id, item.is_default, item.id))
    if addresses and not any(a.is_default for a in addresses):
        addresses[0].is_default = True
    if errors:
        raise ValidationError(fields=errors)
    return name, phones, addresses


def _check_areas(session, data: CustomerInput, addresses: list[AddressInput]) -> None:
    """Every area named exists (inside the unit of work, before anything is written)."""
    wanted = {a.area_id for a in addresses if a.area_id is not None}
    if data.area_id is not None:
        wanted.add(data.area_id)
    if wanted:
        found = set(session.scalars(select(Area.id).where(Area.id.in_(wanted))))
        if wanted - found:
            field_ = "area_id" if data.area_id in wanted - found else "addresses"
            raise ValidationError(fields={field_: T("That delivery area no longer exists.")})


def _apply_children(c: Customer, phones: list[PhoneInput], addresses: list[AddressInput], ctx: Context) -> None:
    by_id = {p.id: p for p in c.phones}
    keep = []
    for item in phones:
        row = by_id.get(item.id) if item.id else next((p for p in c.phones if p.phone == item.phone), None)
        if row is None:
            row = CustomerPhone(phone=item.phone)
        row.phone, row.label, row.is_primary = item.phone, item.label, item.is_primary
        keep.append(row)
    c.phones = keep
    by_id_a = {a.id: a for a in c.addresses}
    keep_a = []
    for item in addresses:
        row = by_id_a.get(item.id) if item.id else next((a for a in c.addresses if a.address == item.address), None)
        if row is None:
            row = CustomerAddress(address=item.address)
        area_id = item.area_id
        if area_id is None:
            area = resolve_area(ctx, item.address)
            area_id = area.id if area else None
        row.address, row.label, row.area_id, row.is_default = item.address, item.label, area_id, item.is_default
        keep_a.append(row)
    c.addresses = keep_a


def create_customer(ctx: Context, data: CustomerInput) -> int:
    """Create a customer (``customers.edit``); ValidationError naming the fields that are
    wrong; returns its id. Emits ``suite_customer_did_save``."""
    ctx.require(P.CUSTOMERS_EDIT)
    name, phones, addresses = _validate(ctx, data)
    with ctx.unit_of_work() as s:
        _check_areas(s, data, addresses)
        c = Customer(name=name, kind=data.kind, notes=(data.notes or "").strip(), area_id=data.area_id)
        s.add(c)
        _apply_children(c, phones, addresses, ctx)
        if c.area_id is None:
            c.area_id = next((a.area_id for a in c.addresses if a.is_default and a.area_id), None)
        s.flush()
        ctx.emit("suite_customer_did_save", customer_id=c.id, created=True)
        return c.id


def update_customer(ctx: Context, customer_id: int, data: CustomerInput, *, expected_version: int) -> None:
    """Save changes. ``expected_version`` is the version the editor read; if someone saved
    the customer since, ConflictError is raised and nothing is written."""
    ctx.require(P.CUSTOMERS_EDIT)
    if not ctx.can(P.CUSTOMERS_VIEW_PII):
        from suite.plugin_api.errors import PermissionDenied

        raise PermissionDenied(P.CUSTOMERS_VIEW_PII, T("Editing a customer needs the right to see phone numbers and addresses."))
    name, phones, addresses = _validate(ctx, data)
    with ctx.unit_of_work() as s:
        c = get_row(s, Customer, customer_id)
        if c is None:
            raise NotFound(T("That customer no longer exists."))
        _check_areas(s, data, addresses)
        check_version(c, expected_version)
        c.name, c.kind, c.notes = name, data.kind, (data.notes or "").strip()
        _apply_children(c, phones, addresses, ctx)
        c.area_id = data.area_id or next((a.area_id for a in c.addresses if a.is_default and a.area_id), None)
        s.flush()
        ctx.emit("suite_customer_did_save", customer_id=c.id, created=False)


def archive_customer(ctx: Context, customer_id: int, archived: bool = True, *, expected_version: int) -> None:
    ctx.require(P.CUSTOMERS_EDIT)
    with ctx.unit_of_work() as s:
        c = get_row(s, Customer, customer_id)
        if c is None:
            raise NotFound(T("That customer no longer exists."))
        check_version(c, expected_version)
        if archived and not c.archived:
            ctx.emit("suite_customer_will_archive", customer_id=customer_id)
        c.archived = bool(archived)


def count_customers(ctx: Context) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(Customer).where(Customer.archived.is_(False))) or 0
