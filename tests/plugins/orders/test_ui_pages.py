"""The order desk's other pages, driven as a user would: order list, dispatch board, daily
close, deposits, catalogue, vehicles, import. And every contribution resolves."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from suite.host import resolve
from suite.plugin_api.ui import wait_for_workers
from suite_plugins.orders import api
from suite_plugins.orders.services import deliveries, dispatch, lists, orders
from suite_plugins.orders.services.deliveries import DeliveryInput
from suite_plugins.orders.services.orders import ItemInput, OrderInput
from tests.plugins.orders.conftest import water_order

DAY = dt.date(2026, 3, 2)


def _page(qtbot, cls, ctx):
    page = cls(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    return page


def test_every_page_report_card_and_search_provider_resolves(office, qtbot):
    host = office.ctx.host
    pages = [p for p in host.pages() if p.plugin == "orders"]
    assert {p.id for p in pages} >= {"orders.desk", "orders.list", "orders.dispatch", "orders.vehicles",
                                     "orders.catalog", "orders.deposits", "orders.close", "orders.import"}
    assert next(p for p in pages if p.id == "orders.desk").shortcut == "F2"
    for page in pages:
        widget = resolve(page.factory)(office.ctx)
        qtbot.addWidget(widget)
        assert widget.objectName()
    for card in host.dashboard_cards():
        if card.plugin == "orders":
            assert resolve(card.compute)(office.ctx).value
    for report in host.reports():
        if report.plugin == "orders":
            assert callable(resolve(report.build))
    for metric in host.staff_metrics():
        if metric.plugin == "orders":
            assert isinstance(resolve(metric.compute)(office.ctx, office.drivers, DAY, DAY + dt.timedelta(days=1)), dict)
    oid = orders.create_order(office.ctx, water_order(office))
    provider = next(p for p in host.search_providers() if p.id == "orders")
    hits = resolve(provider.search)(office.ctx, "20260302-0001", 10)
    assert [h.key for h in hits] == [oid] and hits[0].page == "orders.list"


def test_list_models_pass_the_model_tester(office, qtbot, qtmodeltester):
    from suite.plugin_api.ui import LazyTableModel

    orders.create_order(office.ctx, water_order(office))
    for query in (lists.order_list(office.ctx), lists.product_list(office.ctx), lists.vehicle_list(office.ctx),
                  lists.deposit_holders(office.ctx)):
        model = LazyTableModel(office.ctx, query)
        qtmodeltester.check(model)


def test_order_list_shows_an_order_and_acts_on_it(office, qtbot):
    from suite_plugins.orders.ui.order_list import OrderListPage

    ctx = office.ctx
    oid = orders.create_order(ctx, water_order(office, qty=2))
    page = _page(qtbot, OrderListPage, ctx)
    page.table.wait_idle()
    assert page.table.model.rowCount() == 1
    page.open_key(oid)
    html = page.detail.toPlainText()
    assert "20260302-0001" in html and "农夫山泉 18.9L" in html and "王芳" in html
    assert page.confirm_button.isEnabled() and not page.adjust_button.isEnabled()
    assert page.confirm()
    assert api.get_order(ctx, oid).status == "confirmed" and "promised" in page.banner.text()
    assert not page.cancel()                                 # no reason given
    assert "Say why" in page.banner.text()
    page.reason.setText("客户改主意了")
    assert page.cancel()
    assert api.get_order(ctx, oid).status == "cancelled"
    assert "客户改主意了" in page.detail.toPlainText()
    # a table order paid at the bar, then adjusted
    table = orders.create_order(ctx, OrderInput(channel="table", table_no="2", guests=2,
                                                items=[ItemInput(office.products["rice"], 2)]))
    orders.confirm_order(ctx, table)
    page.open_key(table)
    assert page.checkout_button.isEnabled()
    page.checkout_method.setCurrentIndex(page.checkout_method.findData("wechat"))
    assert page.checkout()
    ref = api.get_order(ctx, table)
    assert ref.status == "completed" and ref.amount_collected == 44
    page.reason.setText("菜上错了，退一份")
    page.amount.setText("-22")
    assert page.adjust()
    assert api.get_order(ctx, table).total_amount == 22


def test_dispatch_board_plans_moves_checks_sends_and_delivers(office, qtbot):
    from suite_plugins.orders.ui.dispatch_board import DispatchBoard

    ctx = office.ctx
    ids = []
    for customer in ("wang", "li", "zhao", "wang"):
        oid = orders.create_order(ctx, water_order(office, customer))
        orders.confirm_order(ctx, oid)
        ids.append(oid)
    board = _page(qtbot, DispatchBoard, ctx)
    assert board.tree.topLevelItem(board.tree.topLevelItemCount() - 1).text(0) == "Not assigned"
    board.plan()
    assert "Planned 4 stop(s) over 3 driver(s)." in board.banner.text()
    assert board.select("order", ids[0])
    assert "lowest load" in board.tree.currentItem().text(8)
    target = office.drivers[2]
    board.move_driver.setCurrentIndex(board.move_driver.findData(target))
    board.move()
    assert "Say why" in board.banner.text()
    board.move_reason.setText("客户指定")
    board.move()
    assert api.get_order(ctx, ids[0]).driver_staff_id == target
    # a failed check needs notes, then blocks the vehicle
    vehicle = office.vehicles[2]
    board.check_vehicle.setCurrentIndex(board.check_vehicle.findData(vehicle))
    board.checks["brakes"].setChecked(False)
    board.record_check()
    assert "Say what failed" in board.banner.text()
    board.check_notes.setText("刹车异响")
    board.record_check()
    assert "blocked for the day" in board.banner.text()
    assert api.get_order(ctx, ids[0]).driver_staff_id is None   # back in the plan
    for vid in office.vehicles[:2]:
        dispatch.record_check(ctx, vid, tyres=True, brakes=True, lights=True, load=True)
    board.plan()
    driver = api.get_order(ctx, ids[1]).driver_staff_id
    board.select("driver", driver)
    board.send_out()
    assert "dispatched" in board.banner.text()
    assert api.get_order(ctx, ids[1]).status == "dispatched"
    board.select("order", ids[1])
    assert board.delivery.isEnabled()
    board.delivery.empties.setValue(0)
    assert board.delivery.record()
    assert "Delivered" in board.banner.text()
    assert api.get_order(ctx, ids[1]).status == "delivered"


def test_the_board_shows_the_dispatchers_own_reason_after_a_re_plan_and_a_full_one(office, qtbot):
    from suite_plugins.orders.ui.dispatch_board import DispatchBoard

    ctx = office.ctx
    ids = []
    for customer in ("wang", "li"):
        oid = orders.create_order(ctx, water_order(office, customer))
        orders.confirm_order(ctx, oid)
        ids.append(oid)
    board = _page(qtbot, DispatchBoard, ctx)
    board.plan()
    assert board.select("order", ids[0])
    board.move_driver.setCurrentIndex(board.move_driver.findData(office.drivers[2]))
    board.move_reason.setText("客户指定王师傅送")
    board.move()
    new = orders.create_order(ctx, water_order(office, "zhao"))
    orders.confirm_order(ctx, new)
    board.plan()
    assert "2 already planned stayed with their driver; 1 placed now." in board.banner.text()
    for full in (False, True):
        board.full_replan.setChecked(full)
        board.plan()
        assert board.select("order", ids[0])
        why = board.tree.currentItem().text(8)
        assert board.why_text.text() == why  # in full below the tree
        assert "客户指定王师傅送" in why and "manual assignment kept" not in why and "\u241e" not in why
        assert api.get_order(ctx, ids[0]).driver_staff_id == office.drivers[2]
    assert not board.full_replan.isChecked()  # a full re-plan is asked for each time


def test_close_page_records_cash_and_closes_the_day(office, qtbot):
    from suite_plugins.orders.ui.close import ClosePage

    ctx = office.ctx
    dispatch.record_check(ctx, office.vehicles[0], tyres=True, brakes=True, lights=True, load=True)
    oid = orders.create_order(ctx, water_order(office, qty=1))
    orders.confirm_order(ctx, oid)
    dispatch.reassign(ctx, oid, office.drivers[0], "test")
    dispatch.dispatch_order(ctx, oid)
    deliveries.confirm_delivery(ctx, oid, DeliveryInput(signed_by="王芳"))
    page = _page(qtbot, ClosePage, ctx)
    assert page.figure_labels["amount"].text() == "¥48.00" and page.state_label.text() == "Open"
    page.ask = lambda *_: True
    assert not page.close_day()
    assert "Cash not yet handed in by: 张伟" in page.banner.text()
    assert page.select_driver(office.drivers[0])
    assert page.handed.text() == "48.00"
    page.handed.setText("40")
    assert not page.record_handin()
    page.handed_note.setText("少收8元")
    assert page.record_handin()
    assert page.close_day()
    assert page.state_label.text().startswith("Closed")
    assert api.get_order(ctx, oid).status == "completed"
    page.tabs.setCurrentIndex(1)
    assert "1 orders taken, 1 delivered" in page.month_totals.text()


def test_deposits_page_refunds_and_refuses(office, qtbot):
    from suite_plugins.orders.ui.deposits import DepositsPage

    ctx = office.ctx
    dispatch.record_check(ctx, office.vehicles[0], tyres=True, brakes=True, lights=True, load=True)
    oid = orders.create_order(ctx, water_order(office, qty=2))
    orders.confirm_order(ctx, oid)
    dispatch.reassign(ctx, oid, office.drivers[0], "test")
    dispatch.dispatch_order(ctx, oid)
    deliveries.confirm_delivery(ctx, oid, DeliveryInput(signed_by="王芳"))
    page = _page(qtbot, DepositsPage, ctx)
    page.table.wait_idle()
    assert page.table.model.rowCount() == 1
    page.open_key(office.customers["wang"])
    assert "2 bucket(s) held, deposit ¥60.00" in page.title.text()
    assert page.ledger.rowCount() == 2
    page.refund_buckets.setValue(5)
    page.refund_amount.setText("60")
    assert not page.refund() and "holds only 2" in page.banner.text()
    page.refund_buckets.setValue(2)
    assert page.refund()
    assert "0 bucket(s) held, deposit ¥0.00" in page.title.text()


def test_catalogue_and_vehicle_forms(office, qtbot):
    from suite_plugins.orders.ui.catalog import CatalogPage, VehiclesPage

    page = _page(qtbot, CatalogPage, office.ctx)
    page.new()
    page.form.editor("name").setText("农夫山泉 18.9L")
    page.form.editor("price").setText("19")
    assert not page.form.save()
    assert "exists already" in page.form.error_text("name")
    page.form.editor("name").setText("康师傅矿物质水 18.9L")
    page.form.editor("kind").setCurrentIndex(page.form.editor("kind").findData("water"))
    page.form.editor("deposit").setText("25")
    assert not page.form.save()                              # deposit without a returnable bucket
    assert "returnable" in page.form.error_text("deposit")
    page.form.editor("returnable").setChecked(True)
    assert page.form.save()
    from suite_plugins.orders.services import catalog

    assert any(p.name == "康师傅矿物质水 18.9L" and p.deposit == 25 for p in catalog.list_products(office.ctx))
    vehicles = _page(qtbot, VehiclesPage, office.ctx)
    vehicles.new()
    vehicles.form.editor("plate").setText("浙A·E7777")
    vehicles.form.editor("capacity_buckets").setValue(50)
    assert vehicles.form.save()
    assert any(v.plate == "浙A·E7777" and v.capacity_buckets == 50 for v in dispatch.list_vehicles(office.ctx))


def test_import_page_previews_then_writes(office, qtbot, tmp_path):
    from suite_plugins.orders.ui.imports import ImportPage

    path = tmp_path / "客户.csv"
    path.write_bytes("姓名,电话,地址\r\n周一,13300000001,东风路1号\r\n周二,133abc,东风路2号\r\n".encode("gbk"))
    page = _page(qtbot, ImportPage, office.ctx)
    page.load_file(str(path))
    wait_for_workers()
    qtbot.waitUntil(lambda: page.preview is not None, timeout=5000)
    assert "1 valid, 1 with problems" in page.summary.text() and "gb18030" in page.summary.text()
    assert page.problems.rowCount() == 1 and page.problems.item(0, 0).text() == "3"
    assert page.write_button.isEnabled()
    page.write()
    wait_for_workers()
    qtbot.waitUntil(lambda: "written" in page.banner.text(), timeout=5000)
    assert "1 row(s) written" in page.banner.text()
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04nonsense")
    page.load_file(str(bad))
    wait_for_workers()
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=5000)
    assert "not a readable Excel workbook" in page.banner.text()


def test_a_refund_due_is_shown_as_such_never_as_a_negative_amount_due(office, qtbot):
    from decimal import Decimal

    from suite_plugins.orders.ui.dispatch_board import DispatchBoard

    ctx = office.ctx
    dispatch.record_check(ctx, office.vehicles[0], tyres=True, brakes=True, lights=True, load=True)
    oid = orders.create_order(ctx, water_order(office, qty=1))
    orders.confirm_order(ctx, oid)
    dispatch.reassign(ctx, oid, office.drivers[0], "test")
    dispatch.dispatch_order(ctx, oid)
    deliveries.confirm_delivery(ctx, oid, DeliveryInput(signed_by="王芳"))
    orders.adjust_order(ctx, oid, "-5", "少送一个桶盖")
    sheet = dispatch.route_sheet(ctx, ctx.today(), office.drivers[0])
    stop = next(s for s in sheet.stops if s.order_id == oid)
    assert (stop.amount_to_collect, stop.refund_due) == (Decimal("0.00"), Decimal("5.00"))
    assert sheet.amount == Decimal("0.00")
    board = _page(qtbot, DispatchBoard, ctx)
    assert board.select("order", oid)
    assert board.tree.currentItem().text(5) == "Refund ¥5.00"


def test_the_import_preview_maps_columns_and_creates_the_missing_areas(office, qtbot, tmp_path):
    import shutil
    from pathlib import Path

    from suite.plugin_api import core
    from suite_plugins.orders.ui.imports import ImportPage

    path = tmp_path / "客户.csv"
    shutil.copy(Path(__file__).resolve().parent / "data" / "customers_gbk.csv", path)
    page = _page(qtbot, ImportPage, office.ctx)

    def read(action):
        before = page.preview
        action()
        wait_for_workers()
        qtbot.waitUntil(lambda: page.preview is not None and page.preview is not before, timeout=10_000)
        return page.preview

    result = read(lambda: page.load_file(str(path)))
    assert result.ok_count == 198
    assert page.mapping_combos["area"].currentText() == "4. 片区"
    assert page.areas_label.isVisible() and "北城片区 (5)" in page.areas_label.text()
    result = read(page.create_areas)
    assert "2 area(s) created" in page.banner.text()
    assert result.ok_count == 206 and not page.create_areas_button.isVisible()
    assert {"北城片区", "南区"} <= {a.name for a in core.list_areas(office.ctx)}
    result = read(lambda: page.accept_no_address.setChecked(True))
    assert result.ok_count == 211
    # the area column switched off in the mapping: the addresses decide
    combo = page.mapping_combos["area"]
    result = read(lambda: combo.setCurrentIndex(combo.findData(-1)))
    assert "area" not in result.mapping and page.mapping_combos["area"].currentData() == -1
    page.grab().save(str(tmp_path / "import.png"))


def test_the_board_marks_orders_from_a_standing_order(office, qtbot):
    from suite_plugins.orders.services import standing
    from suite_plugins.orders.ui.dispatch_board import DispatchBoard

    ctx = office.ctx
    standing.create_standing(ctx, standing.StandingInput(
        customer_id=office.customers["li"], items=[(office.products["water"], 2)], weekdays=[1], start_on=ctx.today()))
    generated = standing.generate_day(ctx).created[0]
    by_hand = orders.create_order(ctx, water_order(office, "wang"))
    orders.confirm_order(ctx, by_hand)
    board = _page(qtbot, DispatchBoard, ctx)
    board.plan()
    assert board.select("order", generated) and board.tree.currentItem().text(2) == "[standing] 李娜"
    assert board.select("order", by_hand) and board.tree.currentItem().text(2) == "王芳"
    sheet_stops = [st for sh in dispatch.board(ctx).sheets for st in sh.stops]
    assert {st.order_id: st.standing for st in sheet_stops} == {generated: True, by_hand: False}
    assert "standing order" in next(st.notes for st in sheet_stops if st.order_id == generated)


def test_the_standing_order_editor_creates_pauses_and_skips(office, qtbot):
    import datetime as dt

    from suite_plugins.orders.services import standing
    from suite_plugins.orders.ui.standing import StandingPage

    ctx = office.ctx
    page = _page(qtbot, StandingPage, ctx)
    assert not page.editor.isEnabled()
    page.phone.setText("13912345678")
    page.find_customer()
    assert page.customer_label.text() == "王芳" and page.editor.isEnabled() and page.table.rowCount() == 0
    # two items: two buckets and a pack of cups
    page.items.set_items([(office.products["water"], 2)])
    page.items.add_line(office.products["cups"], 1)
    assert not page.save()                      # no weekday chosen
    assert "at least one weekday" in page.banner.text()
    assert standing.list_standing(ctx, office.customers["wang"]) == []
    page.days[1].setChecked(True)
    page.days[4].setChecked(True)
    assert page.save()
    assert page.table.rowCount() == 1 and "Mon, Thu 09:00-11:00" in page.table.item(0, 0).text()
    view = standing.list_standing(ctx, office.customers["wang"])[0]
    assert [(pid, q) for pid, _n, q in view.items] == [(office.products["water"], 2), (office.products["cups"], 1)]
    assert page.items.items() == [(office.products["water"], 2), (office.products["cups"], 1)]
    # the same product twice is refused, nothing changes
    page.items.add_line(office.products["water"], 1)
    assert not page.save() and "Each product once" in page.banner.text()
    assert len(standing.get_standing(ctx, view.id).items) == 2
    page.items.remove_line()
    # the coming days: Mondays and Thursdays of four weeks, today first
    assert page.days_table.rowCount() == 8 and page.days_table.item(0, 0).text().startswith("2026-03-02")
    page.pause_from.setDate(page.pause_from.date().addDays(1))
    assert page.pause()
    view = standing.list_standing(ctx, office.customers["wang"])[0]
    assert view.paused_from == ctx.today() + dt.timedelta(days=1)
    assert page.days_table.item(1, 2).text() == "paused"      # Thursday the 5th
    page.days_table.setCurrentCell(0, 0)                      # today, a Monday
    page.reason.setText("客户出差")
    assert page.skip()
    assert page.days_table.item(0, 2).text() == "skipped" and page.days_table.item(0, 3).text() == "客户出差"
    page.generate()
    assert "0 order(s) generated" in page.banner.text()
    page.last_day.setDate(page.last_day.date().addDays(30))
    assert page.end()
    assert standing.list_standing(ctx, office.customers["wang"])[0].end_on == ctx.today() + dt.timedelta(days=30)
    assert page.table.item(0, 2).text() == (ctx.today() + dt.timedelta(days=30)).isoformat()


def test_one_day_of_a_standing_order_is_changed_or_set_back_on_the_page(office, qtbot, tmp_path):
    from suite_plugins.orders.services import standing
    from suite_plugins.orders.ui.standing import StandingPage

    ctx = office.ctx
    sid = standing.create_standing(ctx, standing.StandingInput(
        customer_id=office.customers["wang"], items=[(office.products["water"], 2)], weekdays=[1, 4],
        start_on=ctx.today()))
    page = _page(qtbot, StandingPage, ctx)
    page.open_key(office.customers["wang"])
    page.days_table.setCurrentCell(1, 0)                      # Thursday the 5th
    assert page.change_button.isEnabled() and not page.restore_button.isEnabled()
    dialog = page.open_change_dialog()
    assert dialog.editor.items() == [(office.products["water"], 2)]
    dialog.editor.table.cellWidget(0, 1).setValue(3)          # three buckets before the holiday
    dialog.editor.add_line(office.products["cups"], 1)
    dialog.reason.setText("节前多要一桶")
    dialog.grab().save(str(tmp_path / "change-day.png"))
    dialog.accept()
    days = standing.upcoming(ctx, sid, ctx.today(), 7)
    assert (days[1].state, days[1].items_text) == ("change", "农夫山泉 18.9L×3, 一次性纸杯×1")
    assert page.days_table.item(1, 1).text() == "农夫山泉 18.9L×3, 一次性纸杯×1"
    assert page.days_table.item(1, 2).text() == "changed" and page.restore_button.isEnabled()
    assert standing.get_standing(ctx, sid).items == ((office.products["water"], "农夫山泉 18.9L", 2),)
    # a change that breaks a rule is refused on the page, nothing changes
    bad = page.open_change_dialog()
    bad.editor.set_items([(office.products["water"], 1), (office.products["water"], 2)])
    bad.accept()
    assert "Each product once" in page.banner.text()
    assert standing.upcoming(ctx, sid, ctx.today(), 7)[1].items_text == "农夫山泉 18.9L×3, 一次性纸杯×1"
    assert page.restore()
    assert standing.upcoming(ctx, sid, ctx.today(), 7)[1].state == "rule"
    # today's order taken: that day can no longer be skipped or changed here
    standing.open_day(ctx)
    page.refresh()
    page.days_table.setCurrentCell(0, 0)
    assert page.days_table.item(0, 2).text() == "order taken" and not page.skip_button.isEnabled()
    assert not page.change_button.isEnabled()
    page.grab().save(str(tmp_path / "standing.png"))


def test_opening_the_board_the_list_or_the_desk_generates_the_days_standing_orders(office, qtbot):
    from suite_plugins.orders.models import Order
    from suite_plugins.orders.services import catalog, standing
    from suite_plugins.orders.ui.desk import OrderDesk
    from suite_plugins.orders.ui.dispatch_board import DispatchBoard
    from suite_plugins.orders.ui.order_list import OrderListPage
    from sqlalchemy import func, select

    ctx = office.ctx

    def count():
        with ctx.read() as s:
            return s.scalar(select(func.count()).select_from(Order).where(Order.standing_order_id.is_not(None)))

    standing.create_standing(ctx, standing.StandingInput(
        customer_id=office.customers["wang"], items=[(office.products["water"], 2)], weekdays=[1], start_on=ctx.today()))
    board = _page(qtbot, DispatchBoard, ctx)
    assert count() == 1
    board.plan()
    assert sum(board.tree.topLevelItem(i).childCount() for i in range(board.tree.topLevelItemCount())) == 1
    _page(qtbot, OrderListPage, ctx)
    _page(qtbot, OrderDesk, ctx)
    assert count() == 1                                      # once only
    # one that cannot be generated is named on the page that opened the day
    standing.create_standing(ctx, standing.StandingInput(
        customer_id=office.customers["li"], items=[(office.products["small"], 1)], weekdays=[1], start_on=ctx.today()))
    catalog.set_active(ctx, office.products["small"], False,
                       expected_version=catalog.get_product(ctx, office.products["small"]).version)
    desk = _page(qtbot, OrderDesk, ctx)
    assert "1 standing order(s) could not be turned into orders" in desk.banner.text()
    assert "no longer sold" in desk.banner.text() and count() == 1


def test_the_order_list_marks_orders_from_a_standing_order(office, qtbot):
    from suite.plugin_api.ui import LazyTableModel
    from suite_plugins.orders.services import standing

    ctx = office.ctx
    standing.create_standing(ctx, standing.StandingInput(
        customer_id=office.customers["li"], items=[(office.products["water"], 2)], weekdays=[1], start_on=ctx.today()))
    generated = standing.generate_day(ctx).created[0]
    by_hand = orders.create_order(ctx, water_order(office, "wang"))
    model = LazyTableModel(ctx, lists.order_list(ctx))
    col = next(i for i, c in enumerate(model.columns) if c.key == "standing")
    marks = {model.row_key(r): model.index(r, col).data() for r in range(model.rowCount())}
    assert marks == {generated: "standing", by_hand: ""}


def test_deposit_holders_of_the_same_name_are_told_apart_one_row_each(office, qtbot, suite_login):
    from suite.plugin_api import core
    from suite.plugin_api.ui import LazyTableModel
    from suite_plugins.orders.services import deposits

    ctx = office.ctx
    ids = [core.create_customer(ctx, core.CustomerInput("博雅幼儿园", phones=[phone], addresses=[address]))
           for phone, address in (("13600000001", "东风路1号"), ("13600000002", "西环路2号"), ("13600000003", "南京路3号"))]
    for n, cid in enumerate(ids):
        for _ in range(2):  # two movements each: still one row
            deposits.correct(ctx, cid, 3 + n, "盘点")
    model = LazyTableModel(ctx, lists.deposit_holders(ctx))
    cols = {c.key: i for i, c in enumerate(model.columns)}
    rows = [model.row_key(r) for r in range(model.rowCount())]
    assert sorted(rows) == sorted(ids)
    seen = {(model.index(r, cols["phone"]).data(), model.index(r, cols["address"]).data(),
             model.index(r, cols["buckets_held"]).data()) for r in range(model.rowCount())}
    assert seen == {("136 0000 0001", "东风路1号", "6"), ("136 0000 0002", "西环路2号", "8"),
                    ("136 0000 0003", "南京路3号", "10")}
    from suite.core.users import save_role

    save_role(ctx, name="Deposit viewer", permissions=["orders.view", "customers.view"])
    viewer = suite_login("Deposit viewer", username="ledger").with_clock(office.clock)  # sees the ledger, not phone numbers or addresses
    masked = LazyTableModel(viewer, lists.deposit_holders(viewer))
    shown = {(masked.index(r, cols["phone"]).data(), masked.index(r, cols["address"]).data())
             for r in range(masked.rowCount())}
    assert len(shown) == 3 and not any("0000 000" in p or a in ("东风路1号", "西环路2号") for p, a in shown), shown


def test_the_board_shows_an_order_confirmed_on_another_pc_keeping_what_the_dispatcher_was_doing(office, qtbot):
    """Issue 14 §5: the clerk confirms an order on the next PC; the dispatcher's board shows it
    within 2 s and keeps the row chosen, the folded driver, the boxes' choices and the
    delivery being typed."""
    import time

    from suite.ui.live import LiveChanges, shown_tables_changed
    from suite_plugins.orders.ui.dispatch_board import DispatchBoard

    ctx = office.ctx
    record = next(p for p in ctx.host.pages() if p.id == "orders.dispatch")
    ids = []
    for customer in ("wang", "li", "zhao"):
        oid = orders.create_order(ctx, water_order(office, customer))
        orders.confirm_order(ctx, oid)
        ids.append(oid)
    for vid in office.vehicles:
        dispatch.record_check(ctx, vid, tyres=True, brakes=True, lights=True, load=True)
    dispatch.plan_day(ctx, DAY)
    driver = api.get_order(ctx, ids[0]).driver_staff_id
    dispatch.dispatch_driver(ctx, DAY, driver)
    board = _page(qtbot, DispatchBoard, ctx)
    live = LiveChanges(ctx.db, board, interval=0.1)
    live.changed.connect(lambda tables: board.refresh() if shown_tables_changed(record.shows, tables) else None)
    live.start()
    qtbot.waitUntil(live.watcher.ready.is_set)
    other = next(api.get_order(ctx, i).driver_staff_id for i in ids if api.get_order(ctx, i).driver_staff_id != driver)
    assert board.select("driver", other)
    board.tree.currentItem().setExpanded(False)
    assert board.select("order", ids[0])
    board.delivery.amount.setText("12.00")
    board.delivery.note.setText("门口放桶")
    board.check_vehicle.setCurrentIndex(board.check_vehicle.findData(office.vehicles[2]))

    new = orders.create_order(ctx, water_order(office, "li", qty=3))  # the clerk, on the next PC
    orders.confirm_order(ctx, new)
    started = time.monotonic()
    def shown(key) -> bool:
        tree = board.tree
        return any(tree.topLevelItem(i).child(j).data(0, Qt.ItemDataRole.UserRole) == ("order", key)
                   for i in range(tree.topLevelItemCount()) for j in range(tree.topLevelItem(i).childCount()))

    qtbot.waitUntil(lambda: shown(new), timeout=2000)
    assert time.monotonic() - started < 2.0
    live.stop()
    assert board._current() == ("order", ids[0]) and board.delivery.order_id == ids[0]
    assert board.delivery.amount.text() == "12.00" and board.delivery.note.text() == "门口放桶"
    assert board.check_vehicle.currentData() == office.vehicles[2]
    folded = [board.tree.topLevelItem(i) for i in range(board.tree.topLevelItemCount())
              if board.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == ("driver", other)]
    assert folded and not folded[0].isExpanded()


def test_departures_are_set_on_the_vehicles_page_and_for_the_day_on_the_board(office, qtbot):
    """A vehicle's usual departure is typed on the vehicles page (bad times refused beside the
    field, nothing saved); the board shows each driver's departure and sets another for one
    day, and the promised times follow it."""
    from suite_plugins.orders.ui.catalog import VehiclesPage
    from suite_plugins.orders.ui.dispatch_board import DispatchBoard

    ctx = office.ctx
    van = office.vehicles[0]
    driver = office.drivers[0]
    page = _page(qtbot, VehiclesPage, ctx)
    page.open_key(van)
    assert page.form.editor("departure").text() == ""
    page.form.editor("departure").setText("十点")
    assert not page.form.save()
    assert "08:30" in page.form.error_text("departure")
    assert next(v for v in dispatch.list_vehicles(ctx) if v.id == van).departure == ""
    page.form.editor("departure").setText("１０：３０")          # full-width, as an IME types it
    assert page.form.save()
    assert next(v for v in dispatch.list_vehicles(ctx) if v.id == van).departure == "10:30"
    page.open_key(van)
    assert page.form.editor("departure").text() == "10:30"
    model = page.table.model
    column = next(i for i in range(model.columnCount()) if model.headerData(i, Qt.Orientation.Horizontal) ==
                  "Usual departure")
    assert "10:30" in {model.index(r, column).data() for r in range(model.rowCount())}

    oid = orders.create_order(ctx, water_order(office, "wang"))       # the east side: the first van's driver
    orders.confirm_order(ctx, oid)
    board = _page(qtbot, DispatchBoard, ctx)
    board.plan()
    assert api.get_order(ctx, oid).driver_staff_id == driver
    board.select("driver", driver)
    top = board.tree.currentItem()
    assert top.text(6) == "leaves 10:30"
    assert board.departure_driver.currentData() == driver
    # the field's hint is read whole at the board's width (the rest is in its tooltip)
    board.resize(1100, 700)
    qtbot.wait(20)
    field = board.departure_time
    assert field.fontMetrics().horizontalAdvance(field.placeholderText()) < field.width() - 8
    assert "08:30" in field.placeholderText() and "08:30" in field.toolTip()
    assert board.departure_time.text() == "10:30"
    before = api.get_order(ctx, oid).promised_at
    board.departure_time.setText("25:00")
    board.set_departure()
    assert "08:30" in board.banner.text()
    assert next(c for c in dispatch.crews(ctx, DAY) if c.driver_staff_id == driver).departure == "10:30"
    board.departure_time.setText("9:40")
    qtbot.keyClick(board.departure_time, Qt.Key.Key_Return)
    assert "leaves at 09:40" in board.banner.text()
    assert next(c for c in dispatch.crews(ctx, DAY) if c.driver_staff_id == driver).departure == "09:40"
    board.select("driver", driver)
    assert board.tree.currentItem().text(6) == "leaves 09:40"
    # the vehicle's usual time is untouched; a new promise for the east side counts from 09:40
    assert next(v for v in dispatch.list_vehicles(ctx) if v.id == van).departure == "10:30"
    review = orders.review_order(ctx, orders.create_order(ctx, water_order(office, "wang")))
    assert "leaves at 09:40" in review.promise.explanation
    assert review.promise.at < before


def test_the_daily_close_report_defaults_to_the_day_the_close_page_shows(office, qtbot):
    from suite.reports.params import default_value
    from suite_plugins.orders.ui.close import ClosePage

    ctx = office.ctx.with_clock(lambda: dt.datetime(2026, 3, 2, 16, 30, tzinfo=dt.timezone.utc))  # 00:30 in Shanghai
    from suite_plugins.orders import plugin

    report = next(r for r in plugin.suite_reports() if r.id == "orders.daily_close")
    page = _page(qtbot, ClosePage, ctx)
    day = default_value(ctx, next(p for p in report.params if p.name == "day"))
    assert page.day == day == dt.date(2026, 3, 3)
