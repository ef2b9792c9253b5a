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
    result = run_suite("--lang", "en", "--db", str(db), "orders-import", "customers", str(path), "--yes",
                       "--accept-no-address")
    assert result.returncode == 0, result.stderr
    assert "1 valid, 1 with problems (read as gb18030)" in result.stdout
    assert "line 3:" in result.stdout and "1 row(s) written." in result.stdout
    again = run_suite("--lang", "en", "--db", str(db), "orders-import", "customers", str(path), "--dry-run",
                      "--accept-no-address")
    assert again.returncode == 2 and "already belongs to customer" in again.stdout
    bad = run_suite("--lang", "en", "--db", str(db), "orders-import", "customers", str(tmp_path / "missing.csv"))
    assert bad.returncode == 2 and "Cannot read" in bad.stderr


# ---------------------------------------------------------------------------- a real office's file (issue 12 §1)

from pathlib import Path  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
FILES = [("customers_gbk.csv", "gb18030"), ("customers.xlsx", "xlsx")]


def _codes(result) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for p in result.problems:
        out.setdefault(p.code, []).append(p.values[0])
    return out


@pytest.mark.parametrize("name, encoding", FILES)
def test_the_offices_own_file_is_read_with_its_area_column(office, name, encoding):
    result = imports.preview(office.ctx, "customers", (DATA / name).read_bytes(), name)
    assert result.total == 217 and result.encoding == encoding
    assert result.columns["area"] == "片区" and result.mapping["name"] == 0
    valid = {r["name"]: r for r in result.valid}
    # 180 clean, 10 full-width phones, 5 written with +86/spaces/dashes, 3 placed by keyword
    assert len(valid) == 198, sorted(_codes(result).items())
    assert valid["全角3"]["phone"] == "13800000003"
    assert [valid[f"格式{i}"]["phone"] for i in range(5)] == [f"1370000000{i + 1}" for i in range(5)]
    assert valid["客户004"]["area_id"] == office.areas["西城片区"]
    assert valid["关键字0"]["area_id"] == office.areas["南城片区"]
    codes = _codes(result)
    # the area the file names is used, never one guessed from the address (南区 has 东风路)
    assert sorted(codes["unknown_area"]) == sorted([f"北城{i}" for i in range(5)] + [f"南区{i}" for i in range(3)])
    assert result.missing_areas == {"北城片区": 5, "南区": 3}
    assert sorted(codes["no_address"]) == [f"无址{i}" for i in range(5)]
    assert sorted(codes["outside_areas"]) == [f"远郊{i}" for i in range(4)]
    assert sorted(codes["invalid"]) == ["重复乙", "重复甲"]
    text = {p.values[0]: p.text for p in result.problems}
    assert "南区" in text["南区0"] and "does not exist yet" in text["南区0"]
    assert "also on line 3" in text["重复甲"]
    assert "address is empty" in text["无址0"]
    summary = result.summary()
    assert sum(n for n, _ in summary) == len(result.problems) == 19
    assert summary[0][0] == 8 and summary[0][1].code == "unknown_area"


def test_missing_areas_are_created_in_one_step_then_the_rows_import(office):
    ctx = office.ctx
    data = (DATA / "customers_gbk.csv").read_bytes()
    first = imports.preview(ctx, "customers", data, "c.csv")
    before = len(core.list_areas(ctx))
    created = imports.create_areas(ctx, list(first.missing_areas))
    assert len(created) == 2 and len(core.list_areas(ctx)) == before + 2
    assert imports.create_areas(ctx, ["北城片区"]) == []  # twice: nothing twice
    again = imports.preview(ctx, "customers", data, "c.csv")
    assert again.ok_count == 206 and not again.missing_areas
    south = next(r for r in again.valid if r["name"] == "南区0")
    assert south["area_id"] == next(a.id for a in core.list_areas(ctx) if a.name == "南区")
    assert imports.commit(ctx, again) == 206


def test_a_fresh_installation_without_areas(suite_ctx):
    ctx = suite_ctx
    data = (DATA / "customers.xlsx").read_bytes()
    result = imports.preview(ctx, "customers", data, "c.xlsx")
    # every row names an area that does not exist yet: listed, not 208 rejections "outside every area"
    assert set(result.missing_areas) == {"东城片区", "西城片区", "南城片区", "北城片区", "南区"}
    assert not any("outside every delivery area" in p.text for p in result.problems if p.code == "unknown_area")
    # an office that does not deliver by area imports without any
    plain = imports.preview(ctx, "customers", data, "c.xlsx", imports.ImportOptions(use_areas=False))
    assert plain.ok_count == 210 and all(r["area_id"] is None for r in plain.valid)
    accepting = imports.preview(ctx, "customers", data, "c.xlsx",
                                imports.ImportOptions(use_areas=False, accept_no_address=True))
    assert accepting.ok_count == 215 and {p.code for p in accepting.problems} == {"invalid"}


def test_empty_and_unclaimed_addresses_import_only_when_the_office_says_so(office):
    data = (DATA / "customers_gbk.csv").read_bytes()
    result = imports.preview(office.ctx, "customers", data, "c.csv",
                             imports.ImportOptions(accept_no_address=True, accept_outside_areas=True))
    names = {r["name"]: r for r in result.valid}
    assert names["无址0"]["area_id"] is None and names["远郊0"]["area_id"] is None
    assert result.ok_count == 207


def test_the_column_mapping_can_be_changed(office):
    data = "客户名称,联系人电话,地址,片区\r\n刘洋,13800138000,朝阳街8号,东城片区\r\n".encode("gbk")
    with pytest.raises(UserError, match="missing: phone"):
        imports.preview(office.ctx, "customers", data, "c.csv")
    result = imports.preview(office.ctx, "customers", data, "c.csv", imports.ImportOptions(mapping={"phone": 1}))
    assert result.ok_count == 1 and result.valid[0]["phone"] == "13800138000"
    # the area column left out: the address decides
    result = imports.preview(office.ctx, "customers", data, "c.csv",
                             imports.ImportOptions(mapping={"phone": 1, "area": -1}))
    assert "area" not in result.mapping and result.valid[0]["area_id"] == office.areas["东城片区"]
    with pytest.raises(UserError, match="column 9 does not exist"):
        imports.preview(office.ctx, "customers", data, "c.csv", imports.ImportOptions(mapping={"phone": 8}))


@pytest.mark.parametrize("name", ["customers_gbk.csv", "customers.xlsx"])
def test_the_command_line_summarises_by_reason_and_writes_the_problem_rows(office, tmp_path, capsys, name):
    import argparse
    import csv as csv_module
    import shutil

    from suite_plugins.orders import cli

    path = tmp_path / name
    shutil.copy(DATA / name, path)
    args = argparse.Namespace(kind="customers", file=str(path), yes=False, dry_run=True, as_user=None)
    assert cli.import_run(office.ctx, args) == 2
    out = capsys.readouterr().out
    assert "198 valid, 19 with problems" in out
    assert "Problems by reason:" in out and "8 row(s): the area" in out and "5 row(s): the address is empty" in out
    assert "北城片区 (5), 南区 (3)" in out
    problems = tmp_path / f"{path.stem}.problems.csv"
    assert str(problems) in out
    encoding = "gb18030" if name.endswith(".csv") else "utf-8-sig"
    rows = list(csv_module.reader(problems.read_bytes().decode(encoding).splitlines()))
    assert rows[0] == ["客户名称", "手机", "地址", "片区", "备注", "Line", "Problem"]
    assert len(rows) == 20 and {r[0] for r in rows[1:]} >= {"北城0", "无址4", "远郊3", "重复乙"}
    # fixed in "Excel": the problem file imports again once the areas exist and addresses are filled in
    fixed = tmp_path / "fixed.csv"
    body = [r[:5] for r in rows[1:] if r[0].startswith(("北城", "远郊"))]
    for r in body:
        r[3] = r[3] or "南城片区"
    fixed.write_bytes("\r\n".join(",".join(r) for r in [rows[0][:5]] + body).encode("gbk"))
    args = argparse.Namespace(kind="customers", file=str(fixed), yes=True, dry_run=False, as_user=None,
                              create_areas=True, no_areas=False, accept_no_address=False, accept_outside_areas=False)
    assert cli.import_run(office.ctx, args) == 0
    out = capsys.readouterr().out
    assert "Areas created: 北城片区." in out and "9 row(s) written." in out


def test_full_width_phones_are_read_at_the_desk_and_in_the_customer_form(office):
    from suite_plugins.orders.services import orders

    assert core.normalise_phone("＋８６ １３９－１２３４－５６７８") == "13912345678"
    assert core.normalise_phone("139\u20141234\u20145678") == "13912345678"  # an em dash
    found = orders.lookup_phone(office.ctx, "１３９１２３")
    assert [c.name for c in found] == ["王芳"]
    cid = core.create_customer(office.ctx, core.CustomerInput("全角", phones=["１３６ ００００ １１１１"],
                                                               addresses=["东风路1号"]))
    assert [c.id for c in core.find_by_phone(office.ctx, "13600001111")] == [cid]
    with pytest.raises(ValidationError, match="only digits"):
        core.normalise_phone("１３９ＡＢＣ")


def _product_rows():
    rows = [["商品", "编码", "类型", "类别", "单位", "单价", "押金", "回收"]]
    for i in range(200):
        rows.append([f"菜品{i:03d}", f"D{i:03d}", "菜品", "热菜", "份", f"{10 + i % 30}.50", "", ""])
    rows += [
        ["景田 18.9L", "W01", "桶装水", "桶装水", "桶", "１６", "３０", "是"],  # full-width figures
        ["重复编码", "D001", "菜品", "热菜", "份", "12", "", ""],               # code taken in the file
        ["负价", "X1", "菜品", "热菜", "份", "-3", "", ""],
        ["坏回收", "X2", "桶装水", "桶装水", "桶", "16", "30", "也许"],
        ["菜品000", "X3", "菜品", "热菜", "份", "12", "", ""],                  # name also on line 2
        ["", "X4", "菜品", "热菜", "份", "12", "", ""],                         # no name
    ]
    return rows


@pytest.mark.parametrize("fmt", ["gbk", "xlsx"])
def test_products_import_with_the_same_rigour(office, tmp_path, capsys, fmt):
    import argparse
    import csv as csv_module

    from openpyxl import Workbook

    from suite_plugins.orders import cli

    rows = _product_rows()
    if fmt == "gbk":
        path = tmp_path / "菜单.csv"
        buf = io.StringIO()
        csv_module.writer(buf, lineterminator="\r\n").writerows(rows)
        path.write_bytes(buf.getvalue().encode("gbk"))
    else:
        path = tmp_path / "菜单.xlsx"
        wb = Workbook()
        for r in rows:
            wb.active.append(r)
        wb.save(path)
    # "商品" is not a header the import knows for the name: the mapping says which column it is
    with pytest.raises(UserError, match="missing: name"):
        imports.preview_file(office.ctx, "products", path)
    result = imports.preview_file(office.ctx, "products", path, imports.ImportOptions(mapping={"name": 0}))
    assert result.total == 206 and result.ok_count == 201
    water = next(r for r in result.valid if r["name"] == "景田 18.9L")
    assert (water["price"], water["deposit"], water["returnable"]) == (Decimal("16.00"), Decimal("30.00"), True)
    reasons = {p.values[0]: p.text for p in result.problems}
    assert "taken" in reasons["重复编码"] and "cannot be negative" in reasons["负价"]
    assert "yes/no" in reasons["坏回收"] and "also on line 2" in reasons["菜品000"]
    assert "name" in reasons[""].lower()
    written = imports.problems_csv(result, path)
    encoding = "gb18030" if fmt == "gbk" else "utf-8-sig"
    back = list(csv_module.reader(written.read_bytes().decode(encoding).splitlines()))
    assert len(back) == 6 and back[0][-2:] == ["Line", "Problem"]
    before = _count(office.ctx, Product)
    assert imports.commit(office.ctx, result) == 201
    assert _count(office.ctx, Product) == before + 201
    # nothing twice: the same file again finds every name taken
    again = imports.preview_file(office.ctx, "products", path, imports.ImportOptions(mapping={"name": 0}))
    assert again.ok_count == 0 and sum("exists already" in p.text for p in again.problems) == 202  # with the duplicate 菜品000
    args = argparse.Namespace(kind="products", file=str(path), yes=False, dry_run=True, as_user=None)
    with pytest.raises(UserError, match="missing: name"):
        cli.import_run(office.ctx, args)
