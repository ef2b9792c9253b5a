"""Import of customers and products from CSV or XLSX.

CSV comes as UTF-8, UTF-8 with a BOM, or GBK/GB18030 as Excel writes it on a Chinese
Windows: ``utf-8-sig`` is tried first, then ``gb18030`` (a superset of GBK), never the other
way round. Headers may be Chinese or English (姓名/name, 电话/phone ...).

:func:`preview` reads the file and lists every bad row with its reason; :func:`commit`
writes the valid rows of a preview, all in one transaction (bulk inserts, with one audit row
per written row), or nothing.

Every column is mapped to a field (the usual Chinese and English headers are recognised; the
caller may change the mapping with :class:`ImportOptions`). A customer file's area column
(片区, 区域, area) decides the area: a name no area has is flagged (and listed in
``missing_areas``, which :func:`create_areas` creates in one step), never replaced by an area
guessed from the address. Without an area column the address's keywords decide. An empty
address, or one no area claims, is flagged unless the office accepts such rows; an office
that does not deliver by area imports without any area (``use_areas=False``).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, select

from suite.plugin_api import UserError, ValidationError, core
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.orders.models import Product
from suite_plugins.orders.services.catalog import ProductInput, validate_product
from suite_plugins.orders.services.common import IMPORT

T = domain("orders")

MAX_ROWS = 500_000
KINDS = ("customers", "products")

CUSTOMER_HEADERS = {
    "name": ("name", "customer", "姓名", "客户", "客户名称", "客户姓名", "名称", "单位名称"),
    "phone": ("phone", "mobile", "tel", "电话", "手机", "手机号", "手机号码", "联系电话", "电话号码"),
    "phone2": ("phone2", "landline", "电话2", "座机", "备用电话", "固定电话"),
    "address": ("address", "地址", "送货地址", "配送地址", "收货地址", "详细地址"),
    "area": ("area", "片区", "区域", "配送片区", "所属片区", "配送区域", "送货片区", "district", "zone"),
    "kind": ("kind", "type", "类型", "客户类型"),
    "notes": ("notes", "note", "remark", "备注", "说明"),
}
PRODUCT_HEADERS = {
    "name": ("name", "product", "名称", "品名", "商品名称", "菜名", "产品名称"),
    "code": ("code", "sku", "编码", "编号", "商品编码"),
    "kind": ("kind", "type", "类型", "种类"),
    "category": ("category", "类别", "分类", "类目"),
    "unit": ("unit", "单位"),
    "price": ("price", "单价", "价格", "售价"),
    "bucket_litres": ("bucket_litres", "litres", "liters", "容量", "桶容量", "规格", "升"),
    "deposit": ("deposit", "押金", "桶押金"),
    "returnable": ("returnable", "回收", "可回收", "回收桶", "是否回收"),
    "active": ("active", "在售", "状态", "上架"),
}
REQUIRED = {"customers": ("name", "phone"), "products": ("name", "price")}
KIND_WORDS = {
    "water": ("water", "水", "桶装水", "饮用水"),
    "dish": ("dish", "菜", "菜品", "餐品", "菜肴"),
    "goods": ("goods", "商品", "配件", "其他", "other"),
}
YES = {"1", "y", "yes", "true", "是", "可", "对", "√", "在售", "上架", "有"}
NO = {"0", "n", "no", "false", "否", "不", "×", "停售", "下架", "无", ""}


@dataclass(frozen=True)
class RowProblem:
    line: int  # line of the file (the header is line 1)
    reason: object  # a message, translated when shown
    values: tuple[str, ...] = ()
    code: str = "invalid"  # no_address | outside_areas | unknown_area | invalid

    @property
    def text(self) -> str:
        return str(self.reason)

    @property
    def kind_of_reason(self) -> str:
        """The reason without its values (the message's English source): rows alike group."""
        return getattr(self.reason, "text", None) or str(self.reason)


@dataclass(frozen=True)
class ImportOptions:
    """What the office chose in the preview. ``mapping``: field -> column index (-1: not
    imported); fields left out keep the recognised column."""

    mapping: dict[str, int] | None = None
    use_areas: bool = True
    accept_no_address: bool = False
    accept_outside_areas: bool = False


@dataclass
class ImportPreview:
    kind: str
    filename: str
    encoding: str
    columns: dict[str, str]  # field -> header found
    total: int
    valid: list[dict] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    mapping: dict[str, int] = field(default_factory=dict)  # field -> column index
    missing_areas: dict[str, int] = field(default_factory=dict)  # area named in the file -> rows
    options: ImportOptions = field(default_factory=ImportOptions)

    @property
    def ok_count(self) -> int:
        return len(self.valid)

    def summary(self) -> list[tuple[int, RowProblem]]:
        """(rows, first row) per kind of reason, most frequent first."""
        counts = Counter(p.kind_of_reason for p in self.problems)
        first: dict[str, RowProblem] = {}
        for p in self.problems:
            first.setdefault(p.kind_of_reason, p)
        return [(n, first[k]) for k, n in counts.most_common()]


def fields_of(kind: str) -> tuple[str, ...]:
    """The fields a file of this kind may fill, in the preview's order."""
    return tuple(CUSTOMER_HEADERS if kind == "customers" else PRODUCT_HEADERS)


FIELD_LABELS = {
    "name": T("Name"), "phone": T("Phone"), "phone2": T("Second phone"), "address": T("Address"),
    "area": T("Area"), "kind": T("Type"), "notes": T("Notes"), "code": T("Code"), "category": T("Category"),
    "unit": T("Unit"), "price": T("Price"), "bucket_litres": T("Bucket litres"), "deposit": T("Bucket deposit"),
    "returnable": T("Returnable bucket"), "active": T("On sale"),
}


# ---------------------------------------------------------------------------- preview


def preview(ctx: Context, kind: str, data: bytes, filename: str = "import.csv",
            options: ImportOptions | None = None) -> ImportPreview:
    """Read and check a file; nothing is written."""
    ctx.require(IMPORT)
    options = options or ImportOptions()
    if kind not in KINDS:
        raise UserError(T("Import customers or products, not \u201c{kind}\u201d.", kind=kind))
    header, rows, encoding = core.read_rows(data, filename)
    if len(rows) > MAX_ROWS:
        raise UserError(T("{file} has {n} rows; at most {max} can be imported at once.", file=filename,
                          n=len(rows), max=MAX_ROWS))
    table = CUSTOMER_HEADERS if kind == "customers" else PRODUCT_HEADERS
    cols = core.map_headers(header, table)
    for name, index in (options.mapping or {}).items():
        if name not in table:
            raise UserError(T("There is no field “{field}” in a {kind} file.", field=name, kind=kind))
        if index is None or index < 0:
            cols.pop(name, None)
        elif index >= len(header):
            raise UserError(T("{file} has {n} columns: column {index} does not exist.", file=filename, n=len(header),
                              index=index + 1))
        else:
            for other in [f for f, i in cols.items() if i == index and f != name]:
                cols.pop(other)  # one column fills one field
            cols[name] = index
    missing = [f for f in REQUIRED[kind] if f not in cols]
    if missing:
        wanted = ", ".join(f"{f} ({table[f][2]})" for f in missing)
        raise UserError(T("{file}: the first row must name the columns; missing: {columns}. Found: {found}.",
                          file=filename, columns=wanted, found=", ".join(h for h in header if h) or "—"))
    result = ImportPreview(kind, filename, encoding, {f: header[i] for f, i in cols.items()}, len(rows),
                           header=list(header), mapping=dict(cols), options=options)
    if kind == "customers":
        _check_customers(ctx, rows, cols, result, options)
    else:
        _check_products(ctx, rows, cols, result)
    return result


def preview_file(ctx: Context, kind: str, path: str | Path, options: ImportOptions | None = None) -> ImportPreview:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(T("Cannot read {file}: {error}", file=str(path), error=exc.strerror or exc)) from exc
    return preview(ctx, kind, data, path.name, options)


def create_areas(ctx: Context, names, *, travel_minutes: int = 30) -> list[int]:
    """Create the areas a file names that do not exist yet (the preview's one click); the
    preview is then read again. Names that exist meanwhile are skipped."""
    existing = {_area_key(a.name) for a in core.list_areas(ctx, include_archived=True)}
    ids = []
    for name in dict.fromkeys(n.strip() for n in names if n and n.strip()):
        if _area_key(name) in existing:
            continue
        ids.append(core.save_area(ctx, name, "", travel_minutes=travel_minutes))
        existing.add(_area_key(name))
    return ids


def problems_csv(result: ImportPreview, path: str | Path) -> Path | None:
    """Every problem row, with its line and reason, to a CSV the office can fix in Excel and
    import again: ``<file>.problems.csv`` beside the file, in the input's encoding (UTF-8 with
    a BOM for a workbook). None when there is no problem."""
    if not result.problems:
        return None
    path = Path(path)
    out = path.with_name(f"{path.stem}.problems.csv")
    encoding = {"xlsx": "utf-8-sig", "utf-8": "utf-8"}.get(result.encoding, result.encoding)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(list(result.header) + [str(T("Line")), str(T("Problem"))])
    width = len(result.header)
    for p in result.problems:
        values = list(p.values)[:width] + [""] * max(0, width - len(p.values))
        writer.writerow(values + [p.line, p.text])
    out.write_bytes(buf.getvalue().encode(encoding, errors="replace"))
    return out


def _get(row: list[str], cols: dict[str, int], name: str) -> str:
    i = cols.get(name)
    return row[i].strip() if i is not None and i < len(row) else ""


def _area_key(name: str) -> str:
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", name or "")).casefold()


class _Areas:
    """The area of an address by the areas' keywords, as core.resolve_area decides it
    (the longest keyword found wins), without a query per row; and an area by its name."""

    def __init__(self, ctx: Context) -> None:
        words = []
        self.by_name: dict[str, int] = {}
        for area in core.list_areas(ctx):
            self.by_name[_area_key(area.name)] = area.id
            for word in area.keywords + (area.name,):
                if word:
                    words.append((len(word), word, area.id))
        self.words = sorted(words, reverse=True)

    def __call__(self, address: str) -> int | None:
        for _n, word, area_id in self.words:
            if word in address:
                return area_id
        return None

    def named(self, name: str) -> int | None:
        return self.by_name.get(_area_key(name))


class _Flagged(ValueError):
    """A row problem with its code (see RowProblem)."""

    def __init__(self, reason, code: str) -> None:
        super().__init__(reason)
        self.code = code


def _check_customers(ctx: Context, rows, cols, result: ImportPreview, options: ImportOptions) -> None:
    areas = _Areas(ctx)
    seen: dict[str, int] = {}
    pending: list[tuple[int, dict, list[str]]] = []
    for n, row in enumerate(rows, start=2):
        name, raw_phone, address = _get(row, cols, "name"), _get(row, cols, "phone"), _get(row, cols, "address")
        kind_raw = _get(row, cols, "kind")
        try:
            if not name:
                raise ValueError(T("the name is empty"))
            if len(name) > 120:
                raise ValueError(T("the name is longer than {n} characters", n=120))
            try:
                phone = core.normalise_phone(raw_phone)
            except ValidationError as exc:
                raise ValueError(exc.message) from None
            if phone in seen:
                raise ValueError(T("the phone {phone} is also on line {line}", phone=phone, line=seen[phone]))
            phone2 = ""
            if _get(row, cols, "phone2"):
                try:
                    phone2 = core.normalise_phone(_get(row, cols, "phone2"))
                except ValidationError as exc:
                    raise ValueError(exc.message) from None
            if len(address) > 300:
                raise ValueError(T("the address is longer than {n} characters", n=300))
            area_id = None
            area_name = _get(row, cols, "area") if options.use_areas else ""
            if area_name:
                area_id = areas.named(area_name)
                if area_id is None:  # never guessed from the address instead
                    result.missing_areas[area_name] = result.missing_areas.get(area_name, 0) + 1
                    raise _Flagged(T("the area \u201c{area}\u201d does not exist yet: create it from the preview, or "
                                     "correct the file", area=area_name), "unknown_area")
            if not address and not options.accept_no_address:
                raise _Flagged(T("the address is empty (import such rows only if the office allows it)"), "no_address")
            if options.use_areas and address and area_id is None:
                area_id = areas(address)
                if area_id is None and not options.accept_outside_areas:
                    raise _Flagged(T("the address \u201c{address}\u201d lies outside every delivery area",
                                     address=address), "outside_areas")
            kind = "company" if kind_raw.lower() in ("company", "单位", "公司", "企业") else "person"
            if kind_raw and kind == "person" and kind_raw.lower() not in ("person", "个人", "家庭", "住户"):
                raise ValueError(T("the type \u201c{value}\u201d is neither person (个人) nor company (单位)", value=kind_raw))
        except ValueError as exc:
            result.problems.append(RowProblem(n, exc.args[0], tuple(row), getattr(exc, "code", "invalid")))
            continue
        seen[phone] = n
        pending.append((n, {"name": name, "phone": phone, "phone2": phone2 if phone2 != phone else "",
                            "address": address, "area_id": area_id, "kind": kind,
                            "notes": _get(row, cols, "notes")}, row))
    taken = _existing_phones(ctx, [p["phone"] for _, p, _ in pending] + [p["phone2"] for _, p, _ in pending if p["phone2"]])
    for n, clean, row in pending:
        clash = taken.get(clean["phone"]) or (taken.get(clean["phone2"]) if clean["phone2"] else None)
        if clash:
            result.problems.append(RowProblem(n, T("the phone already belongs to customer \u201c{name}\u201d", name=clash),
                                              tuple(row)))
            continue
        clean["line"] = n
        result.valid.append(clean)
    result.problems.sort(key=lambda p: p.line)


def _existing_phones(ctx: Context, phones: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    with ctx.read() as s:
        for start in range(0, len(phones), 900):
            chunk = phones[start:start + 900]
            for phone, name in s.execute(select(core.CustomerPhone.phone, core.Customer.name)
                                         .join(core.Customer, core.Customer.id == core.CustomerPhone.customer_id)
                                         .where(core.CustomerPhone.phone.in_(chunk))):
                out[phone] = name
    return out


def _word_kind(text: str) -> str | None:
    low = text.strip().lower()
    if not low:
        return "goods"
    for kind, words in KIND_WORDS.items():
        if low in words:
            return kind
    return None


def _flag(text: str, default: bool) -> bool | None:
    low = text.strip().lower()
    if not low:
        return default
    if low in YES:
        return True
    if low in NO:
        return False
    return None


def _check_products(ctx: Context, rows, cols, result: ImportPreview) -> None:
    with ctx.read() as s:
        names = set(s.scalars(select(Product.name)))
        codes = {c for c in s.scalars(select(Product.code)) if c}
    seen_names: dict[str, int] = {}
    seen_codes: dict[str, int] = {}
    for n, row in enumerate(rows, start=2):
        try:
            kind = _word_kind(_get(row, cols, "kind"))
            if kind is None:
                raise ValueError(T("the type \u201c{value}\u201d is not water (水), dish (菜品) or goods (商品)",
                                   value=_get(row, cols, "kind")))
            returnable = _flag(_get(row, cols, "returnable"), kind == "water")
            active = _flag(_get(row, cols, "active"), True)
            if returnable is None or active is None:
                raise ValueError(T("yes/no columns take 是/否 or yes/no"))
            if kind != "water":
                returnable = False
            data = ProductInput(name=_get(row, cols, "name"), price=_get(row, cols, "price") or "x", kind=kind,
                                category=_get(row, cols, "category"), unit=_get(row, cols, "unit"), active=active,
                                code=_get(row, cols, "code") or None, bucket_litres=_get(row, cols, "bucket_litres") or None,
                                deposit=_get(row, cols, "deposit") or "0", returnable=returnable)
            try:
                clean = validate_product(data)
            except ValidationError as exc:
                raise ValueError("; ".join(exc.field_messages().values())) from None
            if clean["name"] in names:
                raise ValueError(T("a product called \u201c{name}\u201d exists already", name=clean["name"]))
            if clean["name"] in seen_names:
                raise ValueError(T("\u201c{name}\u201d is also on line {line}", name=clean["name"], line=seen_names[clean["name"]]))
            if clean["code"] and (clean["code"] in codes or clean["code"] in seen_codes):
                raise ValueError(T("the code \u201c{code}\u201d is taken", code=clean["code"]))
        except ValueError as exc:
            result.problems.append(RowProblem(n, exc.args[0], tuple(row)))
            continue
        seen_names[clean["name"]] = n
        if clean["code"]:
            seen_codes[clean["code"]] = n
        clean["line"] = n
        result.valid.append(clean)


# ---------------------------------------------------------------------------- commit


def commit(ctx: Context, result: ImportPreview) -> int:
    """Write the valid rows of a preview in one transaction; returns how many. If anything
    changed since the preview (a phone taken meanwhile), nothing is written."""
    ctx.require(IMPORT)
    if not result.valid:
        return 0
    if result.kind == "customers":
        ctx.require(core.CUSTOMERS_EDIT)
        return _commit_customers(ctx, result.valid)
    return _commit_products(ctx, result.valid)


def _stamp(ctx: Context) -> dict:
    now = ctx.now()
    return {"created_at": now, "updated_at": now, "created_by": ctx.user.id, "updated_by": ctx.user.id, "version": 1}


def _insert_ids(conn, table, values: list[dict]) -> list[int]:
    """Insert many rows and return their ids in order. SQLite: the writer holds the database
    lock (BEGIN IMMEDIATE), so ids after the current maximum are ours and one executemany
    does it (RETURNING there costs a statement per row). PostgreSQL: RETURNING in batches."""
    from sqlalchemy import func

    if conn.dialect.name == "sqlite":
        first = (conn.execute(select(func.max(table.c.id))).scalar() or 0) + 1
        ids = list(range(first, first + len(values)))
        for n, row in zip(ids, values):
            row["id"] = n
        for start in range(0, len(values), 10_000):
            conn.execute(insert(table), values[start:start + 10_000])
        return ids
    ids: list[int] = []
    for start in range(0, len(values), 5000):
        res = conn.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), values[start:start + 5000])
        ids.extend(res.scalars().all())
    return ids


def _commit_customers(ctx: Context, rows: list[dict]) -> int:
    stamp = _stamp(ctx)
    ct, pt, at = core.Customer.__table__, core.CustomerPhone.__table__, core.CustomerAddress.__table__
    with ctx.unit_of_work() as s:
        phones = [r["phone"] for r in rows] + [r["phone2"] for r in rows if r["phone2"]]
        taken = set()
        for start in range(0, len(phones), 900):
            taken |= set(s.scalars(select(core.CustomerPhone.phone).where(core.CustomerPhone.phone.in_(phones[start:start + 900]))))
        if taken:
            raise ValidationError(T("{n} phone number(s) were given to other customers since the preview "
                                    "(for example {phone}): nothing was imported. Preview the file again.",
                                    n=len(taken), phone=sorted(taken)[0]))
        conn = s.connection()
        values = [{"name": r["name"], "kind": r["kind"], "area_id": r["area_id"], "notes": r["notes"], "archived": False,
                   **stamp} for r in rows]
        ids = _insert_ids(conn, ct, values)
        phone_rows, address_rows = [], []
        for cid, r in zip(ids, rows):
            phone_rows.append({"customer_id": cid, "phone": r["phone"], "label": "", "is_primary": True, **stamp})
            if r["phone2"]:
                phone_rows.append({"customer_id": cid, "phone": r["phone2"], "label": "", "is_primary": False, **stamp})
            if r["address"]:
                address_rows.append({"customer_id": cid, "address": r["address"], "area_id": r["area_id"], "label": "",
                                     "is_default": True, **stamp})
        for start in range(0, len(phone_rows), 5000):
            conn.execute(insert(pt), phone_rows[start:start + 5000])
        for start in range(0, len(address_rows), 5000):
            conn.execute(insert(at), address_rows[start:start + 5000])
        core.audit_record_many(s, ctx, "core_customers", "insert", (
            (cid, {"name": [None, r["name"]], "kind": [None, r["kind"]], "area_id": [None, r["area_id"]],
                   "notes": [None, r["notes"]], "phones": [None, " ".join(x for x in (r["phone"], r["phone2"]) if x)],
                   "address": [None, r["address"]], "source": [None, "import"]})
            for cid, r in zip(ids, rows)))
        for cid in ids:
            ctx.emit("suite_customer_did_save", customer_id=cid, created=True)
        return len(ids)


def _commit_products(ctx: Context, rows: list[dict]) -> int:
    stamp = _stamp(ctx)
    pt = Product.__table__
    fields = ("code", "name", "kind", "category", "unit", "price", "active", "bucket_litres", "deposit", "returnable",
              "sort_order", "notes")
    with ctx.unit_of_work() as s:
        names = {r["name"] for r in rows}
        clash = set(s.scalars(select(Product.name).where(Product.name.in_(list(names)))))
        if clash:
            raise ValidationError(T("Products were added since the preview (for example \u201c{name}\u201d): "
                                    "nothing was imported. Preview the file again.", name=sorted(clash)[0]))
        ids = _insert_ids(s.connection(), pt, [{**{f: r[f] for f in fields}, **stamp} for r in rows])
        core.audit_record_many(s, ctx, "orders_products", "insert", (
            (pid, {f: [None, str(r[f]) if isinstance(r[f], Decimal) else r[f]] for f in fields if r[f] not in (None, "")})
            for pid, r in zip(ids, rows)))
        return len(ids)
