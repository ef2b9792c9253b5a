"""The order desk's PDFs, read back with pdftotext and pdffonts: route sheet, deposit
statement, kitchen ticket (80 mm and A5), daily close, monthly summary."""

from __future__ import annotations

import datetime as dt

import pytest

from suite.core.company import save_company
from suite.plugin_api import ValidationError
from suite.plugin_api.reports import render_report
from suite_plugins.orders import api
from suite_plugins.orders.services import close, deliveries, dispatch, orders
from suite_plugins.orders.services.deliveries import DeliveryInput
from suite_plugins.orders.services.orders import ItemInput, OrderInput
from tests.plugins.orders.conftest import water_order
from tests.reports.conftest import pdf_fonts, pdf_page_count, pdf_pages, pdf_text

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def day_done(office):
    """Three water orders on driver 0 (two delivered), a table order paid at the bar."""
    ctx = office.ctx
    save_company(ctx, name="清泉桶装水配送站", address="东风路188号", phone="0571-8888 6666")
    for vid in office.vehicles:
        dispatch.record_check(ctx, vid, tyres=True, brakes=True, lights=True, load=True)
    ids = []
    for customer, qty in (("wang", 3), ("li", 2), ("zhao", 1)):
        oid = orders.create_order(ctx, water_order(office, customer, qty, notes="放门口" if customer == "li" else ""))
        orders.confirm_order(ctx, oid)
        dispatch.reassign(ctx, oid, office.drivers[0], "同一路线")
        ids.append(oid)
    dispatch.dispatch_driver(ctx, DAY, office.drivers[0])
    office.clock.advance(minutes=30)
    deliveries.confirm_delivery(ctx, ids[0], DeliveryInput(signed_by="王芳"))
    deliveries.confirm_delivery(ctx, ids[1], DeliveryInput(signed_by="李娜", payment_method="wechat"))
    table = orders.create_order(ctx, OrderInput(channel="table", table_no="7", guests=3, notes="少辣",
                                                items=[ItemInput(office.products["fish"], 1),
                                                       ItemInput(office.products["rice"], 2)]))
    orders.confirm_order(ctx, table)
    deliveries.checkout(ctx, table, None, "cash")
    return {"water": ids, "table": table}


def _render(ctx, report_id, params, tmp_path):
    path = tmp_path / f"{report_id}.pdf"
    render_report(ctx, report_id, params, path)
    fonts = pdf_fonts(path)
    assert fonts and all(f["emb"] == "yes" for f in fonts), fonts
    return path


def test_route_sheet(office, day_done, tmp_path):
    ctx = office.ctx
    path = _render(ctx, "orders.route_sheet", {"day": DAY, "driver": office.drivers[0]}, tmp_path)
    text = pdf_text(path)
    assert "Route sheet" in text and "张伟 · vehicle 浙A·D1001" in text
    numbers = [api.get_order(ctx, i).number for i in day_done["water"]]
    positions = [text.index(n) for n in numbers]
    assert positions == sorted(positions)                    # stops in order
    for words in ("东风路12号3层", "13912345678", "西环路88号", "放门口", "Customer's signature",
                  "Driver's signature", "¥48.00"):                # the third stop: 18 + 30 deposit still to collect
        assert words in text, words
    # every driver with stops: one driver here, on one page
    path = _render(ctx, "orders.route_sheet", {"day": DAY}, tmp_path)
    assert pdf_page_count(path) == 1


def test_deposit_statement(office, day_done, tmp_path):
    path = _render(office.ctx, "orders.deposit_statement", {"customer": office.customers["wang"]}, tmp_path)
    text = pdf_text(path)
    assert "Bucket deposit statement" in text and "王芳" in text
    assert "Buckets out" in text and "Deposit paid" in text and "¥90.00" in text
    assert "Closing: buckets held" in text


def test_kitchen_ticket_in_three_copies(office, day_done, tmp_path):
    number = api.get_order(office.ctx, day_done["table"]).number
    path = _render(office.ctx, "orders.kitchen_ticket", {"order": number}, tmp_path)
    assert pdf_page_count(path) == 1                          # one long receipt
    text = pdf_text(path)
    for copy in ("Kitchen copy", "Cashier copy", "Table copy"):
        assert text.count(copy) == 1
    assert text.count("红烧鱼") == 3 and text.count("Table 7 · 3 guests") == 3 and "少辣" in text
    assert "2026-03-02 09:30" in text
    a5 = _render(office.ctx, "orders.kitchen_ticket_a5", {"order": number}, tmp_path)
    pages = pdf_pages(a5)
    assert len(pages) == 3 and "Kitchen copy" in pages[0] and "Table copy" in pages[2]
    assert "¥102.00" not in pages[0] and "¥102.00" in pages[1]  # the kitchen sees no prices
    with pytest.raises(ValidationError, match="no order"):
        render_report(office.ctx, "orders.kitchen_ticket", {"order": "20990101-0001"}, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_daily_close_and_monthly_summary(office, day_done, tmp_path):
    ctx = office.ctx
    deliveries.confirm_delivery(ctx, day_done["water"][2], DeliveryInput(signed_by="赵敏"))
    close.record_cash_handin(ctx, DAY, office.drivers[0], "192")  # 54 + 90 deposit, and 18 + 30 deposit
    text = pdf_text(_render(ctx, "orders.daily_close", {"day": DAY}, tmp_path))
    assert "Daily close" in text and "not closed yet" in text
    assert "Cash by driver" in text and "张伟" in text and "Bar / counter" in text
    assert "No order was cancelled." in text
    summary = close.day_summary(ctx, DAY)
    assert f"¥{summary.amount_total:,.2f}" in text
    month = pdf_text(_render(ctx, "orders.monthly_summary", {"month": DAY}, tmp_path))
    assert "Monthly summary" in month and "2026-03" in month and "张伟" in month
    assert "03-02 Mon" in month


def test_reports_print_in_chinese(office, day_done, tmp_path):
    from suite.bootstrap import load_catalogs
    from suite.plugin_api import i18n

    load_catalogs(office.ctx.host, "zh_CN")
    try:
        number = api.get_order(office.ctx, day_done["table"]).number
        ticket = pdf_text(_render(office.ctx, "orders.kitchen_ticket", {"order": number}, tmp_path))
        assert "厨房联" in ticket and "收银联" in ticket and "7 号桌" in ticket
        sheet = pdf_text(_render(office.ctx, "orders.route_sheet", {"day": DAY}, tmp_path))
        assert "配送路线单" in sheet and "客户签收" in sheet
        daily = pdf_text(_render(office.ctx, "orders.daily_close", {"day": DAY}, tmp_path))
        assert "日清" in daily and "微信支付" in daily
    finally:
        i18n.set_language("en")


def test_the_route_sheet_marks_a_standing_delivery(office, tmp_path):
    from suite_plugins.orders.services import standing

    ctx = office.ctx
    standing.create_standing(ctx, standing.StandingInput(
        customer_id=office.customers["li"], items=[(office.products["water"], 2)], weekdays=[1], start_on=DAY))
    generated = standing.generate_day(ctx, DAY).created[0]
    by_hand = orders.create_order(ctx, water_order(office, "wang"))
    orders.confirm_order(ctx, by_hand)
    for oid in (generated, by_hand):
        dispatch.reassign(ctx, oid, office.drivers[0], "同一路线")
    path = _render(ctx, "orders.route_sheet", {"day": DAY, "driver": office.drivers[0]}, tmp_path)
    text = pdf_text(path)
    assert text.count("(standing") == 1  # under the customer's name (the narrow column wraps it)
    assert text.index("李娜") < text.index("(standing") < text.index("王芳")
