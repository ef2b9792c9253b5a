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


def _focused():
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()


def _type(qtbot, text):
    """Keys go wherever the focus is, as on a real keyboard."""
    qtbot.keyClicks(_focused(), text)


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(_focused(), key, modifier)


def test_a_whole_order_typed_with_key_events_only(office, desk, qtbot):
    from suite_plugins.orders.services import catalog
    from suite_plugins.orders.services.queries import get_order

    small = catalog.save_product(office.ctx, catalog.ProductInput("怡宝 5L", "8", code="W05", unit="桶"))
    tissue = catalog.save_product(office.ctx, catalog.ProductInput("抽纸", "3", code="P02", unit="包"))
    orders.create_order(office.ctx, water_order(office, "wang", 2))
    desk.refresh()
    desk.activateWindow()
    desk.phone_edit.setFocus()
    qtbot.waitUntil(lambda: desk.phone_edit.hasFocus())
    _type(qtbot, "13912345678")
    _press(qtbot, Qt.Key.Key_Return)
    assert desk.customer_name.text() == "王芳" and desk.product_edit.hasFocus()
    _press(qtbot, Qt.Key.Key_Return)                     # empty product field: the last order again
    assert [(p.name, q) for p, q in desk.lines] == [("农夫山泉 18.9L", 2)]
    assert desk.product_edit.hasFocus()                  # the next code typed is not lost
    _type(qtbot, "W05*3")
    _press(qtbot, Qt.Key.Key_Return)
    _type(qtbot, "w05 2")                                # lower case code, a space before the quantity
    _press(qtbot, Qt.Key.Key_Enter)
    assert desk.product_edit.hasFocus() and desk.product_edit.text() == ""
    _type(qtbot, "P02")
    _press(qtbot, Qt.Key.Key_Tab)
    assert desk.qty.hasFocus()
    _type(qtbot, "4")
    _press(qtbot, Qt.Key.Key_Return)                     # Enter in the quantity adds the line...
    assert desk.product_edit.hasFocus()                  # ...and goes back to the product field
    assert desk.qty.value() == 1
    _type(qtbot, "P02")
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "2")
    _press(qtbot, Qt.Key.Key_Tab)
    assert desk.add_button.hasFocus()
    _press(qtbot, Qt.Key.Key_Return)                     # Enter on the focused Add button
    assert desk.product_edit.hasFocus()
    _type(qtbot, "zzz")
    _press(qtbot, Qt.Key.Key_Return)
    assert "No product on sale" in desk.banner.text() and desk.product_edit.hasFocus()
    _type(qtbot, "W05")                                  # replaces the wrong text (it was selected)
    _press(qtbot, Qt.Key.Key_Return)
    assert [(p.id, q) for p, q in desk.lines] == [(office.products["water"], 2), (small, 6), (tissue, 6)]
    _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    number = desk.promise_label.text().split()[1]
    assert "confirmed" in desk.promise_label.text()
    order = get_order(office.ctx, desk.last_order_id)
    assert order.number == number and order.status == "confirmed"
    assert sorted((i.product_id, i.quantity) for i in order.items) == sorted(
        [(office.products["water"], 2), (small, 6), (tissue, 6)])
    assert desk.phone_edit.hasFocus()
    _press(qtbot, Qt.Key.Key_F3)                         # the next call: nothing of the last order left
    assert desk.promise_label.text() == "" and desk.lines == [] and desk.phone_edit.hasFocus()
    _type(qtbot, "1398")
    assert desk.phone_edit.text() == "1398"


def test_split_entry_reads_quantities_as_cashiers_type_them():
    from suite_plugins.orders.ui.desk import split_entry

    assert split_entry("W05*3") == ("W05", 3)
    assert split_entry("W05 3") == ("W05", 3)
    assert split_entry("Ｗ０５＊３") == ("W05", 3)
    assert split_entry("农夫 x2") == ("农夫", 2)
    assert split_entry("怡宝 11.3L") == ("怡宝 11.3L", None)
    assert split_entry("W05") == ("W05", None)


def test_a_new_customer_is_not_told_to_repeat_a_last_order(office, desk, qtbot):
    _type_phone(qtbot, desk, "13500002222", found=False)
    qtbot.keyClick(desk.phone_edit, Qt.Key.Key_Return)
    desk.new_name.insert("孙新")
    qtbot.keyClick(desk.new_name, Qt.Key.Key_Return)
    desk.new_address.insert("朝阳街8号")
    qtbot.keyClick(desk.new_address, Qt.Key.Key_Return)
    assert desk.customer_name.text() == "孙新"
    assert "repeat" not in desk.banner.text() and "has not ordered before" in desk.banner.text()
    assert desk.product_edit.hasFocus()


def test_f3_leaves_nothing_of_the_previous_order_on_screen(office, desk, qtbot):
    _type_phone(qtbot, desk, "1391234")
    qtbot.keyClick(desk.phone_edit, Qt.Key.Key_Return)
    desk.add_line(desk.products["农夫山泉 18.9L"], 1)
    assert desk.save(confirm=True) is not None
    assert "confirmed" in desk.promise_label.text()
    qtbot.keyClick(desk, Qt.Key.Key_F3)
    assert desk.promise_label.text() == "" and desk.banner.text() == ""
    assert desk.customer_name.text() == "No customer yet"


def test_the_desk_shows_the_callers_standing_order(office, desk, qtbot):
    from suite_plugins.orders.services import standing

    standing.create_standing(office.ctx, standing.StandingInput(
        customer_id=office.customers["wang"], items=[(office.products["water"], 2)], weekdays=[1],
        window_start="09:00", window_end="11:00", start_on=office.ctx.today()))
    _type_phone(qtbot, desk, "1391234")
    qtbot.keyClick(desk.phone_edit, Qt.Key.Key_Return)
    assert "Standing order: Mon 09:00-11:00: 农夫山泉 18.9L×2" in desk.customer_info.text()
    assert len(desk.standing) == 1


def test_a_phone_typed_in_full_width_digits_finds_the_caller_and_is_the_contact(office, desk, qtbot):
    """Issue 12 §1: an input method's full-width digits (and +86, dashes) at the desk's lookup;
    the number typed, not the customer's main one, becomes the order's contact phone."""
    from suite.plugin_api import core

    c = core.get_customer(office.ctx, office.customers["li"])
    core.update_customer(office.ctx, c.id, core.CustomerInput(
        c.name, phones=[core.PhoneInput(p.phone, p.label, p.is_primary, p.id) for p in c.phones]
        + [core.PhoneInput("13600009999", "店里", False)], addresses=[core.AddressInput(a.address, a.label, None, a.is_default, a.id) for a in c.addresses]),
        expected_version=c.version)
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    desk.phone_edit.setFocus()
    commit = QInputMethodEvent()
    commit.setCommitString("＋８６ １３６－００００")            # as a Chinese input method commits it
    QApplication.sendEvent(desk.phone_edit, commit)
    assert desk.phone_edit.text() == "＋８６ １３６－００００"
    qtbot.waitUntil(lambda: desk.matches.count() > 0, timeout=2000)
    assert "李娜" in desk.matches.item(0).text()
    qtbot.keyClick(desk.phone_edit, Qt.Key.Key_Return)
    assert desk.customer_name.text() == "李娜"
    assert desk.contact_phone.text() == "13600009999"
    assert "only digits" not in desk.banner.text()
