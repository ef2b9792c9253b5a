"""Import of customers and products: encodings Excel writes, XLSX, a preview listing each
bad row with its reason, one transaction for the confirmed rows, malformed files."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from suite.plugin_api import UserError, ValidationError, core
from suite_plugins.orders.models import Product
from suite_plugins.orders.services import catalog, imports

CUSTOMERS = (
    "姓名,手机,地址,备注\r\n"
    "刘洋,138 0013 8000,朝阳街8号,\r\n"
    "陈静,13900139000,人民西路1号,周末送\r\n"
    ",13700137000,东风路1号,\r\n"                 # no name
    "周杰,1390013abcd,东风路2号,\r\n"              # letters in the phone
    "吴敏,13600136000,火星路9号,\r\n"              # outside every area
    "郑强,13800138000,南京路3号,\r\n"              # same phone as line 2
    "孙丽,13912345678,滨江大道6号,\r\n"            # a customer of the office has it
)


def _count(ctx, model) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_customer_csv_in_every_encoding_excel_writes(office, encoding):
    data = CUSTOMERS.encode(encoding)
    result = imports.preview(office.ctx, "customers", data, "客户.csv")
    assert result.encoding == {"gbk": "gb18030"}.get(encoding, encoding)
    assert [r["name"] for r in result.valid] == ["刘洋", "陈静"]
    reasons = {p.line: p.text for p in result.problems}
    assert set(reasons) == {4, 5, 6, 7, 8}
    assert "name is empty" in reasons[4]
    assert "only digits" in reasons[5]
    assert "outside every delivery area" in reasons[6]
    assert "also on line 2" in reasons[7]
    assert "already belongs to customer \u201c王芳\u201d" in reasons[8]


def test_commit_writes_only_the_valid_rows_with_audit(office):
    ctx = office.ctx
    before = _count(ctx, core.Customer)
    result = imports.preview(ctx, "customers", CUSTOMERS.encode("gbk"), "客户.csv")
    assert imports.commit(ctx, result) == 2
    assert _count(ctx, core.Customer) == before + 2
    found = core.find_by_phone(ctx, "13800138000")
    assert [c.name for c in found] == ["刘洋"]
    assert found[0].area == "东城片区" and found[0].default_address.address == "朝阳街8号"
    log = core.audit_entries(ctx, table="core_customers")
    assert any(e.changes.get("name") == [None, "陈静"] and e.changes.get("source") == [None, "import"] for e in log)
    # committing the same preview again finds the phones taken and writes nothing
    with pytest.raises(ValidationError, match="nothing was imported"):
        imports.commit(ctx, result)
    assert _count(ctx, core.Customer) == before + 2


def test_products_from_xlsx(office):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["品名", "类型", "类别", "单位", "单价", "桶容量", "押金", "回收", "编码"])
    ws.append(["景田 18.9L", "桶装水", "桶装水", "桶", 16, "18.9", 30, "是", "JT189"])
    ws.append(["宫保鸡丁", "菜品", "热菜", "份", "28.5", None, None, None, None])
    ws.append(["鱼香肉丝", "菜品", "热菜", "份", "-3", None, None, None, None])        # negative price
    ws.append(["红烧鱼", "菜品", "热菜", "份", "58", None, None, None, None])          # exists already
    ws.append(["矿泉水", "饮料", "", "瓶", "2", None, None, None, None])               # unknown type
    ws.append(["一次性杯", "商品", "配件", "包", "5", None, "10", None, None])         # deposit, not returnable
    buf = io.BytesIO()
    wb.save(buf)
    result = imports.preview(office.ctx, "products", buf.getvalue(), "菜单.xlsx")
    assert result.encoding == "xlsx"
    assert [r["name"] for r in result.valid] == ["景田 18.9L", "宫保鸡丁"]
    reasons = {p.line: p.text for p in result.problems}
    assert "cannot be negative" in reasons[4]
    assert "exists already" in reasons[5]
    assert "not water" in reasons[6]
    assert "deposit applies only to returnable" in reasons[7]
    assert imports.commit(office.ctx, result) == 2
    water = next(p for p in catalog.list_products(office.ctx) if p.name == "景田 18.9L")
    assert (water.price, water.deposit, water.returnable, water.code, str(water.bucket_litres)) == (
        Decimal("16.00"), Decimal("30.00"), True, "JT189", "18.9")
    dish = next(p for p in catalog.list_products(office.ctx) if p.name == "宫保鸡丁")
    assert dish.price == Decimal("28.50") and dish.kind == "dish"


@pytest.mark.parametrize("data, filename, words", [
    (b"", "a.csv", "is empty"),
    (b"\r\n\r\n", "a.csv", "is empty"),
    (b"\x00\x01\x02binary\x00", "a.csv", "not a text file"),
    (b"PK\x03\x04garbage", "a.xlsx", "not a readable Excel workbook"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1old", "a.xls", "old Excel 97"),
    ("foo,bar\r\n1,2\r\n".encode(), "a.csv", "missing: name"),
    ('姓名,电话\r\n"王五,138\r\n'.encode(), "a.csv", "not a well-formed CSV"),
    (b"\xff\xfe\xff\xfe\x80\x80", "a.csv", "neither UTF-8 nor GBK"),
])
def test_malformed_files_get_a_clear_message_and_write_nothing(office, data, filename, words):
    before = _count(office.ctx, core.Customer)
    with pytest.raises(UserError, match=words):
        imports.preview(office.ctx, "customers", data, filename)
    assert _count(office.ctx, core.Customer) == before


def test_the_command_line_previews_and_writes(office, tmp_path, capsys):
    import argparse

    from suite_plugins.orders import cli

    path = tmp_path / "menu.csv"
    path.write_bytes("名称,价格,类型\r\n酸辣汤,12,菜品\r\n坏菜,abc,菜品\r\n".encode("gbk"))
    args = argparse.Namespace(kind="products", file=str(path), yes=False, dry_run=True, as_user=None)
    assert cli.import_run(office.ctx, args) == 2
    out = capsys.readouterr().out
    assert "1 valid, 1 with problems" in out and "line 3:" in out
    assert _count(office.ctx, Product) == 5
    args.dry_run, args.yes = False, True
    assert cli.import_run(office.ctx, args) == 0
    assert "1 row(s) written" in capsys.readouterr().out
    assert _count(office.ctx, Product) == 6


def test_suite_orders_import_from_the_command_line(run_suite, tmp_path):
    """The real ``suite`` command: a GBK file, the problems listed, the valid rows written."""
    db = tmp_path / "office.db"
    path = tmp_path / "客户.csv"
    path.write_bytes("姓名,电话,地址\r\n吴一,13100000001,\r\n吴二,131abc,\r\n".encode("gbk"))
    result = run_suite("--lang", "en", "--db", str(db), "orders-import", "customers", str(path), "--yes")
    assert result.returncode == 0, result.stderr
    assert "1 valid, 1 with problems (read as gb18030)" in result.stdout
    assert "line 3:" in result.stdout and "1 row(s) written." in result.stdout
    again = run_suite("--lang", "en", "--db", str(db), "orders-import", "customers", str(path), "--dry-run")
    assert again.returncode == 2 and "already belongs to customer" in again.stdout
    bad = run_suite("--lang", "en", "--db", str(db), "orders-import", "customers", str(tmp_path / "missing.csv"))
    assert bad.returncode == 2 and "Cannot read" in bad.stderr
