"""The inventory's PDFs (pdftotext, pdffonts) in English and Chinese, and the inspection
ledger as Excel."""

from __future__ import annotations

import datetime as dt
import os
import subprocess

import pytest

from suite.plugin_api.reports import render_report
from tests.plugins.inventory.conftest import TODAY


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdf_fonts(path) -> str:
    return subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout


def _pages(path, name):
    folder = os.environ.get("INV_SHOTS")
    if folder:
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), os.path.join(folder, name)], check=True)


@pytest.fixture
def papers(keeper, manager, world):
    from suite_plugins.inventory.services import purchasing as pur, stocktake

    exp = TODAY + dt.timedelta(days=4)
    po = pur.create_po(keeper, world.fresh, [pur.POLineInput(world.chicken, "20", "18.50")],
                       expected_on=TODAY, notes="上午十点前送达")
    pur.send_po(keeper, po, expected_version=pur.get_po(keeper, po).version)
    pur.receive(keeper, pur.ReceiptInput(world.fresh, world.cold, [
        pur.ReceiptLineInput(world.chicken, "18", "18.50", batch_code="CK20260302", expiry=exp, arrival_temp="3.5",
                             production_date=TODAY - dt.timedelta(days=1)),
        pur.ReceiptLineInput(world.chicken, "2", "18.50", batch_code="CK20260302B", expiry=exp, arrival_temp="12",
                             decision="reject", remark="到货温度超标，退回")], po_id=po, certificates_seen=True,
        invoice_seen=True, supplier_contact="陈经理"))
    st = stocktake.start(keeper, world.cold)
    return po, st


def test_count_sheet_po_scorecard_and_ledger_in_english(papers, manager, tmp_path):
    po, st = papers
    out = render_report(manager, "inventory.count_sheet", {"stocktake_id": str(st)}, tmp_path / "count.pdf")
    text = pdf_text(out)
    for expected in ("Stocktake count sheet", "冷藏库", "鸡胸肉", "CK20260302", "Counted", "Counted by"):
        assert expected in text, expected
    assert "18 " not in text.split("Counted")[1].split("\n")[1]   # the expected quantity stays hidden
    fonts = pdf_fonts(out)
    assert "TrueType" in fonts and " yes yes " in fonts
    _pages(out, "count_sheet_en")

    out = render_report(manager, "inventory.purchase_order", {"po_id": str(po)}, tmp_path / "po.pdf")
    text = pdf_text(out)
    for expected in ("Purchase order", "PO20260302-001", "鲜丰食材", "鸡胸肉", "¥370.00", "Partly received"):
        assert expected in text, expected
    _pages(out, "po_en")

    out = render_report(manager, "inventory.scorecard", {"period": "2026-03"}, tmp_path / "sc.pdf")
    text = pdf_text(out)
    for expected in ("Ranking", "鲜丰食材", "On-time receipts", "1 / 1", "Rejected receipt lines", "1 / 2",
                     "Standing"):
        assert expected in text, expected
    _pages(out, "scorecard_en")

    out = render_report(manager, "inventory.inspection_ledger", {"period": "2026-03-01..2026-03-31"},
                        tmp_path / "ledger.pdf")
    text = pdf_text(out)
    for expected in ("Purchase inspection ledger", "鲜丰食材", "陈经理", "CK20260302", "2026-03-06", "18 kg",
                     "到货温度", "Rejected"):
        assert expected in text, expected
    # every column header on one line: "Certificates" is not broken inside the word
    assert "Certificates" in text and "Certificate\n" not in text
    assert " yes yes " in pdf_fonts(out)
    _pages(out, "ledger_en")


def test_the_ledger_in_chinese_and_as_excel(papers, manager, tmp_path, suite_host):
    from openpyxl import load_workbook

    from suite.bootstrap import load_catalogs
    from suite_plugins.inventory.services import queries

    load_catalogs(suite_host, "zh_CN")
    try:
        out = render_report(manager, "inventory.inspection_ledger", {"period": "2026-03-01..2026-03-31"},
                            tmp_path / "ledger.pdf")
        sc = render_report(manager, "inventory.scorecard", {"period": "2026-03"}, tmp_path / "sc.pdf")
        count = render_report(manager, "inventory.count_sheet", {"stocktake_id": str(papers[1])}, tmp_path / "c.pdf")
    finally:
        load_catalogs(suite_host, "en")
    text = pdf_text(out)
    for expected in ("进货查验台账", "供应商", "生产日期", "索证索票", "拒收"):
        assert expected in text, expected
    assert "供应商评分" in pdf_text(sc) and "盘点表" in pdf_text(count)
    _pages(out, "ledger_zh")
    _pages(sc, "scorecard_zh")
    _pages(count, "count_sheet_zh")
    result = queries.export_inspection_ledger(manager, dt.date(2026, 3, 1), dt.date(2026, 3, 31), tmp_path / "l.xlsx")
    ws = load_workbook(tmp_path / "l.xlsx").active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    flat = " ".join(str(v) for row in values for v in row if v is not None)
    assert "鲜丰食材" in flat and "CK20260302B" in flat and "到货温度超标，退回" in flat
    assert result is not None
