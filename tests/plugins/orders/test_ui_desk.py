"""The order desk page driven from the keyboard, as a clerk would. (Chinese text is committed
with ``insert`` as an input method does: QTest cannot type non-Latin keys.)"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from suite_plugins.orders import api
from suite_plugins.orders.services import orders
from suite_plugins.orders.ui.desk import OrderDesk
from tests.plugins.orders.conftest import water_order


@pytest.fixture
def desk(office, qtbot):
    page = OrderDesk(office.ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    return page


def _type_phone(qtbot, desk, text, found=True):
    desk.phone_edit.setFocus()
    qtbot.keyClicks(desk.phone_edit, text)
    if found:
        qtbot.waitUntil(lambda: desk.matches.count() > 0, timeout=2000)


def test_phone_enter_shows_the_customer_and_enter_repeats_the_last_order(office, desk, qtbot):
    first = orders.create_order(office.ctx, water_order(office, "wang", 3))
    _type_phone(qtbot, desk, "1391234")
    assert desk.matches.count() == 1 and "王芳" in desk.matches.item(0).text()
    qtbot.keyClick(desk.phone_edit, Qt.Key.Key_Return)
    assert desk.customer_name.text() == "王芳"
    assert "Buckets held: 0" in desk.customer_info.text()
    assert desk.contact_phone.text() == "13912345678"
    assert desk.last_orders.count() == 1 and api.get_order(office.ctx, first).number in desk.last_orders.item(0).text()
    assert desk.product_edit.hasFocus()
    qtbot.keyClick(desk.product_edit, Qt.Key.Key_Return)      # empty product: repeat the last order
    assert [(p.name, q) for p, q in desk.lines] == [("农夫山泉 18.9L", 3)]
    assert "¥54.00" in desk.total_label.text() and "deposit ¥90.00" in desk.total_label.text()
    assert "3 bucket(s), 0 empties to collect" in desk.total_label.text()
    qtbot.keyClick(desk, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    refs = api.recent_orders(office.ctx, office.customers["wang"])
    assert len(refs) == 2 and refs[0].status == "confirmed"
    assert f"Order {refs[0].number} confirmed · promised 09:55" in desk.promise_label.text()
    assert "Tell the customer" in desk.banner.text()


def test_typing_products_and_a_new_customer_inline(office, desk, qtbot):
    _type_phone(qtbot, desk, "13500001111", found=False)
    qtbot.keyClick(desk.phone_edit, Qt.Key.Key_Return)
    assert desk.new_box.isVisible() and desk.new_name.hasFocus()
    desk.new_name.insert("钱多多")
    qtbot.keyClick(desk.new_name, Qt.Key.Key_Return)
    desk.new_address.insert("朝阳街100号")
    qtbot.keyClick(desk.new_address, Qt.Key.Key_Return)
    assert desk.customer_name.text() == "钱多多"
    desk.product_edit.insert("纸杯")
    desk.qty.setValue(2)
    qtbot.keyClick(desk.product_edit, Qt.Key.Key_Return)
    desk.product_edit.insert("农夫")
    qtbot.keyClick(desk.product_edit, Qt.Key.Key_Return)
    assert [(p.name, q) for p, q in desk.lines] == [("一次性纸杯", 2), ("农夫山泉 18.9L", 1)]
    desk.product_edit.insert("不存在的东西")
    qtbot.keyClick(desk.product_edit, Qt.Key.Key_Return)
    assert "No product on sale" in desk.banner.text()
    oid = desk.save(confirm=True)
    ref = api.get_order(office.ctx, oid)
    assert ref.customer_name == "钱多多" and ref.total_amount == 29 and ref.status == "confirmed"


def test_refusals_show_in_the_banner_and_save_nothing(office, desk, qtbot):
    _type_phone(qtbot, desk, "139abc", found=False)
    desk.choose_first_match()
    assert "no letters" in desk.banner.text()
    desk.clear()
    _type_phone(qtbot, desk, "1391234")
    desk.choose_first_match()
    desk.address.setEditText("火星基地1号")
    desk.add_line(desk.products["农夫山泉 18.9L"], 1)
    assert desk.save() is None
    assert "outside every delivery area" in desk.banner.text()
    desk.address.setEditText("东风路12号3层")
    desk.asap.setChecked(False)
    desk.requested.setDateTime(dt.datetime(2026, 3, 2, 7, 0))
    assert desk.save() is None and "already passed" in desk.banner.text()
    assert api.recent_orders(office.ctx, office.customers["wang"]) == []


def test_a_table_order_and_its_ticket(office, desk, qtbot):
    desk.channel.setCurrentIndex(desk.channel.findData("table"))
    desk.table_no.setText("6")
    desk.guests.setValue(2)
    desk.add_line(desk.products["红烧鱼"], 1)
    oid = desk.save()
    assert api.get_order(office.ctx, oid).channel == "table"
    desk.print_ticket()
    assert "Ticket saved as" in desk.banner.text() and desk.banner.text().endswith(".pdf.")


def test_changing_a_confirmed_order_from_the_list_is_recorded(office, desk, qtbot):
    from dataclasses import replace

    from sqlalchemy import select

    from suite_plugins.orders.models import OrderChange
    from suite_plugins.orders.ui.order_list import OrderListPage

    oid = orders.create_order(office.ctx, water_order(office, "wang", 2))
    orders.confirm_order(office.ctx, oid)
    ctx = replace(office.ctx, page_opener=lambda page, key: desk.open_key(key) if page == "orders.desk" else None)
    page = OrderListPage(ctx)
    qtbot.addWidget(page)
    page.open_key(oid)
    assert page.edit_button.isEnabled() and page.edit()
    assert desk.editing is not None and desk.change_reason.isVisible()
    assert [(p.name, q) for p, q in desk.lines] == [("农夫山泉 18.9L", 2)]
    desk.add_line(desk.products["农夫山泉 18.9L"], 1)
    desk.change_reason.setText("客户来电加一桶")
    qtbot.keyClick(desk, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "changed" in desk.promise_label.text()
    assert api.get_order(office.ctx, oid).total_amount == 54
    with office.ctx.read() as s:
        change = s.scalar(select(OrderChange).where(OrderChange.order_id == oid))
        assert change.reason == "客户来电加一桶" and change.kind == "edit"
    assert desk.editing is None and not desk.change_reason.isVisible()
