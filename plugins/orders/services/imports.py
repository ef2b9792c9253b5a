"""Import of customers and products from CSV or XLSX.

CSV comes as UTF-8, UTF-8 with a BOM, or GBK/GB18030 as Excel writes it on a Chinese
Windows: ``utf-8-sig`` is tried first, then ``gb18030`` (a superset of GBK), never the other
way round. Headers may be Chinese or English (姓名/name, 电话/phone ...).

:func:`preview` reads the file and lists every bad row with its reason; :func:`commit`
writes the valid rows of a preview, all in one transaction (bulk inserts, with one audit row
per written row), or nothing.
"""

from __future__ import annotations

import csv
import io
import re
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

    @property
    def text(self) -> str:
        return str(self.reason)


@dataclass
class ImportPreview:
    kind: str
    filename: str
    encoding: str
    columns: dict[str, str]  # field -> header found
    total: int
    valid: list[dict] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def ok_count(self) -> int:
        return len(self.valid)


# ---------------------------------------------------------------------------- reading files


def decode_csv(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 (with or without BOM) first, then GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = (("utf-8-sig", "utf-8-sig"), ("gb18030", "gb18030"))
    else:
        candidates = (("utf-8", "utf-8"), ("gb18030", "gb18030"))
    for codec, label_ in candidates:
        try:
            return data.decode(codec), label_
        except UnicodeDecodeError:
            continue
    raise UserError(T("The file is neither UTF-8 nor GBK/GB18030 text: save it from Excel as CSV or XLSX."))


def read_rows(data: bytes, filename: str) -> tuple[list[str], list[list[str]], str]:
    """(header, rows, encoding) of a CSV or XLSX file. Malformed files raise UserError."""
    name = filename.lower()
    if not data:
        raise UserError(T("The file {file} is empty.", file=filename))
    if name.endswith((".xlsx", ".xlsm")) or data[:4] == b"PK\x03\x04":
        return _read_xlsx(data, filename)
    if name.endswith(".xls") or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise UserError(T("{file} is an old Excel 97 workbook: save it as .xlsx or .csv first.", file=filename))
    if b"\x00" in data[:4096]:
        raise UserError(T("{file} is not a text file (CSV) nor an Excel workbook (XLSX).", file=filename))
    text, encoding = decode_csv(data)
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)  # the header's separator
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        raise UserError(T("{file} is not a well-formed CSV file: {error}", file=filename, error=exc)) from exc
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    if not rows:
        raise UserError(T("The file {file} is empty.", file=filename))
    return [h.strip() for h in rows[0]], rows[1:], encoding


def _read_xlsx(data: bytes, filename: str) -> tuple[list[str], list[list[str]], str]:
    import zipfile

    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UserError(T("{file} is not a readable Excel workbook: {error}", file=filename, error=exc)) from exc
    try:
        ws = wb.worksheets[0]
        rows = []
        for values in ws.iter_rows(values_only=True):
            cells = ["" if v is None else _cell(v) for v in values]
            if any(c.strip() for c in cells):
                rows.append(cells)
    finally:
        wb.close()
    if not rows:
        raise UserError(T("The file {file} is empty.", file=filename))
    return [h.strip() for h in rows[0]], rows[1:], "xlsx"


def _cell(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a phone number Excel turned into a number
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _map_headers(header: list[str], table: dict[str, tuple[str, ...]]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, raw in enumerate(header):
        key = re.sub(r"[\s*：:()（）]", "", raw).lower()
        for fieldname, names in table.items():
            if fieldname not in found and key in {n.lower() for n in names}:
                found[fieldname] = index
                break
    return found


# ---------------------------------------------------------------------------- preview


def preview(ctx: Context, kind: str, data: bytes, filename: str = "import.csv") -> ImportPreview:
    """Read and check a file; nothing is written."""
    ctx.require(IMPORT)
    if kind not in KINDS:
        raise UserError(T("Import customers or products, not \u201c{kind}\u201d.", kind=kind))
    header, rows, encoding = read_rows(data, filename)
    if len(rows) > MAX_ROWS:
        raise UserError(T("{file} has {n} rows; at most {max} can be imported at once.", file=filename,
                          n=len(rows), max=MAX_ROWS))
    table = CUSTOMER_HEADERS if kind == "customers" else PRODUCT_HEADERS
    cols = _map_headers(header, table)
    missing = [f for f in REQUIRED[kind] if f not in cols]
    if missing:
        wanted = ", ".join(f"{f} ({table[f][2]})" for f in missing)
        raise UserError(T("{file}: the first row must name the columns; missing: {columns}. Found: {found}.",
                          file=filename, columns=wanted, found=", ".join(h for h in header if h) or "—"))
    result = ImportPreview(kind, filename, encoding, {f: header[i] for f, i in cols.items()}, len(rows))
    if kind == "customers":
        _check_customers(ctx, rows, cols, result)
    else:
        _check_products(ctx, rows, cols, result)
    return result


def preview_file(ctx: Context, kind: str, path: str | Path) -> ImportPreview:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(T("Cannot read {file}: {error}", file=str(path), error=exc.strerror or exc)) from exc
    return preview(ctx, kind, data, path.name)


def _get(row: list[str], cols: dict[str, int], name: str) -> str:
    i = cols.get(name)
    return row[i].strip() if i is not None and i < len(row) else ""


class _Areas:
    """The area of an address by the areas' keywords, as core.resolve_area decides it
    (the longest keyword found wins), without a query per row."""

    def __init__(self, ctx: Context) -> None:
        words = []
        for area in core.list_areas(ctx):
            for word in area.keywords + (area.name,):
                if word:
                    words.append((len(word), word, area.id))
        self.words = sorted(words, reverse=True)

    def __call__(self, address: str) -> int | None:
        for _n, word, area_id in self.words:
            if word in address:
                return area_id
        return None


def _check_customers(ctx: Context, rows, cols, result: ImportPreview) -> None:
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
            area_id = areas(address) if address else None
            if address and area_id is None:
                raise ValueError(T("the address \u201c{address}\u201d lies outside every delivery area", address=address))
            kind = "company" if kind_raw.lower() in ("company", "单位", "公司", "企业") else "person"
            if kind_raw and kind == "person" and kind_raw.lower() not in ("person", "个人", "家庭", "住户"):
                raise ValueError(T("the type \u201c{value}\u201d is neither person (个人) nor company (单位)", value=kind_raw))
        except ValueError as exc:
            result.problems.append(RowProblem(n, exc.args[0], tuple(row)))
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
