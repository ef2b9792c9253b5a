"""The entry forms driven offscreen on the keyboard: a delivery received with its inspection
(a rejected line goes back), a refused supplier, purchase orders from the reorder page to a
receipt, items, suppliers and licences, recipes. With INV_SHOTS=<folder> each dialog is also
saved as a PNG in English and Chinese."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt

from tests.plugins.inventory.conftest import TODAY, bal
from tests.plugins.inventory.test_ui import _page, _shot, settle


@pytest.fixture
def language(request, suite_host):
    from suite.ui.translation import install_translators

    lang = getattr(request, "param", "en")
    install_translators(suite_host, lang)
    yield lang
    install_translators(suite_host, "en")


LANGS = ["en", "zh_CN"] if os.environ.get("INV_SHOTS") else ["en"]


def _active(qtbot, d):
    """The dialog as the user sees it: shown and the active window (its shortcuts work)."""
    d.show()
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow, timeout=2000)
    return d


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:                       # QTest types Latin-1 only: Chinese comes through the input method
        widget.insert(text)


def _choose(form, name, value) -> None:
    combo = form.editor(name)
    index = combo.findData(value)
    assert index >= 0, (name, value)
    combo.setCurrentIndex(index)


def _date(form, name, day: dt.date) -> None:
    form.editor(name).setDate(QDate(day.year, day.month, day.day))


def _line(qtbot, d, item, quantity, *, batch="", expiry=None, cost="", temp="", decision=None, remark="",
          packaging=True):
    f = d.lines.form
    _choose(f, "item_id", item)
    if batch:
        _type(qtbot, f.editor("batch_code"), batch)
    if expiry:
        _date(f, "expiry", expiry)
    _type(qtbot, f.editor("quantity"), quantity)
    if cost:
        _type(qtbot, f.editor("unit_cost"), cost)
    if temp:
        _type(qtbot, f.editor("arrival_temp"), temp)
    f.editor("packaging_ok").setChecked(packaging)
    if decision:
        _choose(f, "decision", decision)
    if remark:
        _type(qtbot, f.editor("remark"), remark)
    qtbot.keyClick(f.editor("remark"), Qt.Key.Key_Return)     # Enter adds the line


@pytest.mark.parametrize("language", LANGS, indirect=True)
def test_a_delivery_is_received_with_its_inspection_and_a_rejected_line_goes_back(qtbot, keeper, world, language):
    from suite_plugins.inventory.services import purchasing as pur
    from suite_plugins.inventory.ui.purchasing import ReceiptsPage

    page = _page(qtbot, ReceiptsPage, keeper)
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)     # Ctrl+N opens the form
    d = _active(qtbot, page.dialog)
    h = d.header
    _choose(h, "supplier_id", world.fresh)
    _choose(h, "location_id", world.cold)
    assert "qualified" in d.supplier_state.text() or "合格" in d.supplier_state.text()
    _line(qtbot, d, world.chicken, "12", batch="CK-0302", expiry=TODAY + dt.timedelta(days=4), cost="18.50",
          temp="3.5")
    assert len(d.lines.lines) == 1 and d.lines.table.item(0, 1).text() == "CK-0302"
    # a chilled item that arrived warm, accepted without a word: refused beside the decision
    _line(qtbot, d, world.chicken, "3", batch="CK-0303", expiry=TODAY + dt.timedelta(days=4), temp="12")
    assert len(d.lines.lines) == 1 and "12" in d.lines.form.error_text("decision")
    _choose(d.lines.form, "decision", "reject")
    _type(qtbot, d.lines.form.editor("remark"), "到货温度12°C")
    qtbot.keyClick(d.lines.form.editor("remark"), Qt.Key.Key_Return)
    assert len(d.lines.lines) == 2
    # the per-line inspection is shown in the lines: the warm arrival against chilled 0-8 °C
    assert "12.0 °C" in d.lines.table.item(1, 6).text() and "8 °C" in d.lines.table.item(1, 6).text()
    assert d.lines.table.item(0, 6).text() != d.lines.table.item(1, 6).text()
    _line(qtbot, d, world.rice, "25", cost="4.20")
    # food accepted before the certificates were seen: refused, nothing saved
    qtbot.keyClick(h.editor("notes"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert d.isVisible() and "索证索票" in h.error_text("certificates_seen")
    assert bal(keeper, world.chicken) == 0
    h.editor("certificates_seen").setChecked(True)
    h.editor("invoice_seen").setChecked(True)
    _type(qtbot, h.editor("supplier_contact"), "陈经理")
    _shot(d, "ReceiptDialog")
    qtbot.keyClick(h.editor("supplier_contact"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert not d.isVisible()
    assert bal(keeper, world.chicken) == Decimal("12") and bal(keeper, world.rice) == Decimal("25")
    r = pur.get_receipt(keeper, d.result_value)
    assert [(l.item_name, l.decision, l.batch_code) for l in r.lines] == [
        ("鸡胸肉", "accept", "CK-0302"), ("鸡胸肉", "reject", "CK-0303"), ("大米", "accept", f"{r.number}-3")]   # no code printed: the receipt's
    assert r.lines[1].arrival_temp == Decimal("12.0") and r.certificates_seen and r.invoice_seen
    assert r.lines[1].batch_id is None                   # nothing of the rejected line entered stock
    assert r.lines[1].problems and r.lines[1].problems[0] in page.render(r.id)   # and the receipt shows the finding
    assert "鸡胸肉 3" in page.message.text()                # what goes back to the supplier is said
    _shot(page, "ReceiptsPage_after")


def test_a_receipt_from_a_supplier_with_an_expired_licence_is_refused_with_the_reason(qtbot, keeper, world):
    from suite_plugins.inventory.ui.receiving import ReceiptDialog
    from tests.plugins.inventory.conftest import snapshot

    before = snapshot(keeper)
    d = ReceiptDialog(keeper)
    qtbot.addWidget(d)
    _active(qtbot, d)
    _choose(d.header, "supplier_id", world.expired)
    assert "expired on 2026-03-01" in d.supplier_state.text() and "refused" in d.supplier_state.text()
    _choose(d.header, "location_id", world.store)
    d.header.editor("certificates_seen").setChecked(True)
    _line(qtbot, d, world.rice, "10")
    assert len(d.lines.lines) == 1
    assert not d.header.save()
    assert "expired on 2026-03-01" in d.header.error_text("supplier_id") and d.isVisible()
    assert snapshot(keeper) == before


def test_line_edits_take_a_line_back_and_a_typed_line_is_added_on_save(qtbot, keeper, world):
    from suite_plugins.inventory.ui.receiving import ReceiptDialog

    d = ReceiptDialog(keeper)
    qtbot.addWidget(d)
    _active(qtbot, d)
    _choose(d.header, "supplier_id", world.fresh)
    _choose(d.header, "location_id", world.store)
    _line(qtbot, d, world.rice, "0")                     # a zero quantity is refused at once
    assert not d.lines.lines and "greater than zero" in d.lines.form.error_text("quantity")
    _type(qtbot, d.lines.form.editor("quantity"), "5")
    qtbot.keyClick(d.lines.form.editor("quantity"), Qt.Key.Key_Return)
    d.lines.table.setCurrentCell(0, 0)
    d.lines.table.setFocus()
    qtbot.keyClick(d.lines.table, Qt.Key.Key_Return)        # back into the form to change it
    assert not d.lines.lines and d.lines.form.editor("quantity").text() == "5.000"
    _type(qtbot, d.lines.form.editor("quantity"), "6")        # typed, not added: saving adds it
    d.header.editor("certificates_seen").setChecked(True)
    assert d.header.save()
    assert bal(keeper, world.rice) == Decimal("6")


@pytest.mark.parametrize("language", LANGS, indirect=True)
def test_reorder_to_a_draft_changed_sent_and_received_against(qtbot, keeper, manager, world, language):
    from suite_plugins.inventory.services import purchasing as pur
    from suite_plugins.inventory.ui.purchasing import PurchaseOrdersPage

    page = _page(qtbot, PurchaseOrdersPage, keeper)
    d = _active(qtbot, page.new())
    _choose(d.header, "supplier_id", world.fresh)
    _date(d.header, "expected_on", TODAY + dt.timedelta(days=2))
    _choose(d.lines.form, "item_id", world.chicken)
    assert d.lines.form.editor("unit_price").text() == "18.00"      # the item's standard cost
    _type(qtbot, d.lines.form.editor("quantity"), "20")
    qtbot.keyClick(d.lines.form.editor("quantity"), Qt.Key.Key_Return)
    _shot(d, "PurchaseOrderDialog")
    assert d.header.save()
    po_id = d.result_value
    po = pur.get_po(keeper, po_id)
    assert po.status == "draft" and [(l.item_id, l.quantity) for l in po.lines] == [(world.chicken, Decimal("20"))]
    page.open_key(po_id)
    d = _active(qtbot, page.edit())
    assert len(d.lines.lines) == 1
    d.lines.take_back(0)
    _type(qtbot, d.lines.form.editor("quantity"), "15")
    assert d.header.save()
    assert pur.get_po(keeper, po_id).lines[0].quantity == Decimal("15")
    page.send()
    assert pur.get_po(keeper, po_id).status == "sent"
    assert page.edit() is None and "PO" in page.message.text()
    d = _active(qtbot, page.receive())
    assert d.header.editor("supplier_id").currentData() == world.fresh
    assert [(l["item_id"], l["quantity"]) for l in d.lines.lines] == [(world.chicken, Decimal("15"))]
    assert not d.header.save()                         # perishable: the expiry is asked for
    assert d.header.banner.text() and (language != "en" or "expiry" in d.header.banner.text())
    d.lines.take_back(0)
    _date(d.lines.form, "expiry", TODAY + dt.timedelta(days=5))
    _type(qtbot, d.lines.form.editor("arrival_temp"), "2")
    d.header.editor("certificates_seen").setChecked(True)
    assert d.header.save()
    assert pur.get_po(keeper, po_id).status == "received" and bal(keeper, world.chicken) == Decimal("15")
    d = page.cancel()
    d.fields["reason"].setText("重复下单")
    d.buttons.button(d.buttons.StandardButton.Ok).click()
    assert d.error.text() and d.isVisible()


@pytest.mark.parametrize("language", LANGS, indirect=True)
def test_an_item_is_made_and_changed_through_its_form(qtbot, manager, world, language):
    from suite_plugins.inventory.services import catalog
    from suite_plugins.inventory.ui.catalog import ItemsPage

    page = _page(qtbot, ItemsPage, manager)
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    d = _active(qtbot, page.dialog)
    f = d.form
    _type(qtbot, f.editor("code"), "RM009")
    _type(qtbot, f.editor("name"), "鸡蛋")
    _type(qtbot, f.editor("unit"), "kg")
    _choose(f, "storage", "chilled")
    f.editor("shelf_life_days").setValue(20)
    _type(qtbot, f.editor("reorder_point"), "-1")
    assert not f.save() and "0" in f.error_text("reorder_point")
    _type(qtbot, f.editor("reorder_point"), "5")
    _choose(f, "preferred_supplier_id", world.fresh)
    _type(qtbot, f.editor("standard_cost"), "11.5")
    _shot(d, "ItemDialog")
    qtbot.keyClick(f.editor("name"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not d.isVisible()
    item_id = d.result_value
    data, version = catalog.item_input(manager, item_id)
    assert (data.name, data.storage, data.shelf_life_days, data.reorder_point, data.standard_cost,
            data.preferred_supplier_id) == ("鸡蛋", "chilled", 20, Decimal("5.000"), Decimal("11.50"), world.fresh)
    # the same code twice: refused beside the field
    d = _active(qtbot, page.new())
    _type(qtbot, d.form.editor("code"), "RM009")
    _type(qtbot, d.form.editor("name"), "鸭蛋")
    _type(qtbot, d.form.editor("unit"), "kg")
    assert not d.form.save() and "RM009" in d.form.error_text("code")
    d.form.confirm_discard = False                      # (the discard question is the form's own, tested there)
    d.reject()
    page.open_key(item_id)
    d = _active(qtbot, page.edit())
    d.form.editor("shelf_life_days").setValue(0)          # no longer perishable
    assert d.form.save()
    assert catalog.item_input(manager, item_id)[0].shelf_life_days is None


@pytest.mark.parametrize("language", LANGS, indirect=True)
def test_a_location_is_made_changed_and_taken_out_of_use_through_its_page(qtbot, manager, keeper, world, receive,
                                                                        language):
    from suite_plugins.inventory.services import catalog
    from suite_plugins.inventory.ui.catalog import LocationsPage

    page = _page(qtbot, LocationsPage, manager)
    assert page.table.model.rowCount() == 5
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    d = _active(qtbot, page.dialog)
    f = d.form
    _type(qtbot, f.editor("code"), "V1")
    _type(qtbot, f.editor("name"), "一号送水车")
    _choose(f, "kind", "van")
    assert f.editor("sales").isChecked()             # a van sells: the kind ticks the box
    _shot(d, "LocationDialog")
    qtbot.keyClick(f.editor("name"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not d.isVisible()
    van = d.result_value
    v = catalog.location_input(manager, van)[0]
    assert (v.code, v.name, v.kind, v.sales) == ("V1", "一号送水车", "van", True)
    # a code already taken: refused beside the field, nothing saved
    d = _active(qtbot, page.new())
    _type(qtbot, d.form.editor("code"), "C1")
    _type(qtbot, d.form.editor("name"), "二号冷藏库")
    assert not d.form.save() and "C1" in d.form.error_text("code")
    _shot(d, "LocationDialogRefused")
    d.form.confirm_discard = False
    d.reject()
    assert len(catalog.locations(manager)) == 6
    # the cold room holds stock: it stays in use, and the page says why
    receive(keeper, world.chicken, "2", expiry=TODAY + dt.timedelta(days=3))
    page.refresh()
    settle(qtbot)
    page.open_key(world.cold)
    assert not page.toggle()
    assert "still holds stock" in page.last_error or "仍有库存" in page.last_error
    assert world.cold in [l.id for l in catalog.locations(manager)]
    # the empty van is taken out of use, then back
    page.open_key(van)
    d = _active(qtbot, page.edit())
    assert d.form.editor("code").text() == "V1"
    d.form.confirm_discard = False
    d.reject()
    page.last_error = ""
    assert page.toggle(), (page.table.current_key(), van, page.last_error)
    assert van not in [l.id for l in catalog.locations(manager)]
    assert page.toggle_button.text() in ("Put back in use", "重新启用")
    _shot(page, "LocationsPage")
    assert page.toggle()
    assert van in [l.id for l in catalog.locations(manager)]


@pytest.mark.parametrize("language", LANGS, indirect=True)
def test_a_supplier_its_licence_with_the_scan_and_the_suspension(qtbot, manager, world, tmp_path, language):
    from suite_plugins.inventory.services import suppliers as sup
    from suite_plugins.inventory.ui import common
    from suite_plugins.inventory.ui.suppliers import SuppliersPage

    page = _page(qtbot, SuppliersPage, manager)
    d = _active(qtbot, page.new())
    _type(qtbot, d.form.editor("name"), "绿源蔬菜")
    _type(qtbot, d.form.editor("contact"), "Li")
    _choose(d.form, "department", "purchasing")
    _shot(d, "SupplierDialog")
    assert d.form.save()
    sid = d.result_value
    assert not sup.qualification(manager, sid).qualified
    page.open_key(sid)
    scan = tmp_path / "食品经营许可证.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"scan" * 100)
    d = _active(qtbot, page.add_licence())
    _choose(d.form, "kind", "food_business")
    _type(qtbot, d.form.editor("number"), "JY13301000099")
    assert not d.form.save() and d.form.error_text("expires_on")      # a licence needs its expiry
    _date(d.form, "expires_on", TODAY + dt.timedelta(days=20))
    d.set_scan(str(scan))
    _shot(d, "LicenceDialog")
    assert d.form.save()
    v = sup.get_supplier(manager, sid)
    lic = v.licences[0]
    assert (lic.kind, lic.attachment_name) == ("food_business", "食品经营许可证.png")
    info, data = sup.licence_scan(manager, lic.id)
    assert data == scan.read_bytes() and len(info.sha256) == 64
    assert "scan:" in page.detail.text() and "2026-03-22" in page.detail.text()   # warned: 20 days left
    assert "#8a4b00" in page.detail.text()
    _shot(page, "SuppliersPage_licence")
    d = page.suspend()
    d.fields["reason"].setText("送货延误")
    d.buttons.button(d.buttons.StandardButton.Ok).click()
    assert sup.get_supplier(manager, sid).suspended
    common.CONFIRM_ANSWERS[:] = [False]
    assert not page.reinstate() and sup.get_supplier(manager, sid).suspended   # asked first; No keeps it
    common.CONFIRM_ANSWERS[:] = [True]
    assert page.reinstate() and not sup.get_supplier(manager, sid).suspended


@pytest.mark.parametrize("language", LANGS, indirect=True)
def test_a_recipe_with_a_sub_recipe_is_typed_and_a_cycle_is_refused(qtbot, manager, world, language):
    from suite_plugins.inventory.services import recipes
    from suite_plugins.inventory.ui.recipes import RecipesPage

    page = _page(qtbot, RecipesPage, manager)
    d = _active(qtbot, page.new())
    _type(qtbot, d.header.editor("name"), "Rice base")
    _choose(d.lines.form, "item_id", f"i:{world.rice}")
    _type(qtbot, d.lines.form.editor("quantity"), "0.2")
    qtbot.keyClick(d.lines.form.editor("quantity"), Qt.Key.Key_Return)
    assert d.header.save()
    base = d.result_value
    d = _active(qtbot, page.new())
    _type(qtbot, d.header.editor("name"), "Chicken rice")
    _choose(d.header, "location_id", world.cold)
    for key, q in ((f"i:{world.chicken}", "0.15"), (f"r:{base}", "1")):
        _choose(d.lines.form, "item_id", key)
        _type(qtbot, d.lines.form.editor("quantity"), q)
        qtbot.keyClick(d.lines.form.editor("quantity"), Qt.Key.Key_Return)
    _shot(d, "RecipeDialog")
    assert d.header.save()
    dish = d.result_value
    assert recipes.get_recipe(manager, dish).lines == (("鸡胸肉", Decimal("0.150"), "kg"),
                                                       ("Rice base", Decimal("1.000"), "portion" if language == "en" else "份"))
    page.table.refresh()
    page.open_key(base)
    d = _active(qtbot, page.edit())
    _choose(d.lines.form, "item_id", f"r:{dish}")           # the base would contain the dish that contains it
    _type(qtbot, d.lines.form.editor("quantity"), "1")
    qtbot.keyClick(d.lines.form.editor("quantity"), Qt.Key.Key_Return)
    assert not d.header.save() and "Chicken rice" in d.header.banner.text()
    assert len(recipes.get_recipe(manager, base).lines) == 1
    _shot(page, "RecipesPage")


@pytest.mark.parametrize("language", LANGS, indirect=True)
def test_a_scorecard_figure_opens_the_records_it_counts(qtbot, manager, keeper, world, clock, language):
    from suite_plugins.inventory.services import purchasing as pur
    from suite_plugins.inventory.ui.suppliers import ScorecardPage

    po = pur.create_po(keeper, world.fresh, [pur.POLineInput(world.chicken, "10")], expected_on=TODAY)
    pur.send_po(keeper, po, expected_version=pur.get_po(keeper, po).version)
    clock.advance(days=2)
    exp = TODAY + dt.timedelta(days=6)
    rid = pur.receive(keeper, pur.ReceiptInput(world.fresh, world.cold, [
        pur.ReceiptLineInput(world.chicken, "10", "18", expiry=exp, arrival_temp="3"),
        pur.ReceiptLineInput(world.chicken, "2", "18", expiry=exp, arrival_temp="11", decision="reject",
                             remark="温度超标")], po_id=po, certificates_seen=True))
    opened = []
    import dataclasses

    ctx = dataclasses.replace(manager.with_clock(clock), page_opener=lambda page, key: opened.append((page, key)))
    page = _page(qtbot, ScorecardPage, ctx)
    page.period.setCurrentIndex(4 + 2)        # quarters 1-4, then months: March
    assert f"fig:{world.fresh}:on_time" in page.body.text() and f"fig:{world.fresh}:rejected_lines" in page.body.text()
    page.body.linkActivated.emit(f"fig:{world.fresh}:rejected_lines")
    assert "温度超标" in page.records.text() and f"page:inventory.receipts/{rid}" in page.records.text()
    page.records.linkActivated.emit(f"page:inventory.receipts/{rid}")
    assert opened == [("inventory.receipts", rid)]
    page.body.linkActivated.emit(f"fig:{world.fresh}:on_time")
    assert "2026-03-04" in page.records.text()                 # received two days after the expected day
    _shot(page, "ScorecardPage_records")


@pytest.mark.parametrize("language", LANGS, indirect=True)
def test_the_settings_tab_sets_how_far_ahead_expiry_is_warned(qtbot, manager, keeper, world, receive, language):
    from suite.plugin_api import PermissionDenied, ValidationError
    from suite_plugins.inventory.services import common, queries
    from suite_plugins.inventory.ui.settings import InventorySettings
    from suite_plugins.inventory.ui.stocktake import StocktakePage

    receive(keeper, world.chicken, "4", expiry=TODAY + dt.timedelta(days=5), code="CK-5D")
    assert queries.expiring(manager) == []                       # 5 days out, warned 3 days ahead
    tab = _page(qtbot, InventorySettings, manager)
    assert tab.expiry_days.value() == 3 and not tab.show_expected.isChecked()
    tab.expiry_days.setValue(7)
    tab.show_expected.setChecked(True)
    _shot(tab, "InventorySettings")
    tab.save()
    assert [row[2] for row in queries.expiring(manager)] == ["CK-5D"]
    assert _page(qtbot, StocktakePage, manager).show_expected.isChecked()   # the office's choice is the default
    with pytest.raises(ValidationError) as err:
        common.save_settings(manager, expiry_alert_days=120, count_sheet_show_expected=False)
    assert "90" in str(err.value.fields["expiry_alert_days"])
    assert common.settings(manager) == {"expiry_alert_days": 7, "count_sheet_show_expected": True}   # nothing changed
    with pytest.raises(PermissionDenied):
        common.save_settings(keeper, expiry_alert_days=1)     # the manager's
