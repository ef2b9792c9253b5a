"""The inventory pages driven offscreen: lists render, dialogs save through the services,
counts are typed on the keyboard, a refusal is explained. With INV_SHOTS=<folder> each page
is also saved as a PNG in English and Chinese (for looking at; kept out of git)."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from suite.plugin_api.ui import wait_for_workers
from tests.plugins.inventory.conftest import TODAY, bal


def settle(qtbot, ms: int = 50):
    wait_for_workers(10_000)
    qtbot.wait(ms)
    wait_for_workers(10_000)


@pytest.fixture
def stocked(keeper, manager, world, receive):
    from suite_plugins.inventory.services import purchasing as pur, stock

    receive(keeper, world.chicken, "8", expiry=TODAY + dt.timedelta(days=2), code="CK-0301")
    receive(keeper, world.chicken, "5", expiry=TODAY + dt.timedelta(days=5), code="CK-0302")
    receive(keeper, world.rice, "30", location=world.store, temp=None, code="MI-01")
    stock.issue(keeper, item_id=world.chicken, location_id=world.cold, quantity="1.5")
    pur.create_po(keeper, world.fresh, [pur.POLineInput(world.chicken, "20", "18")])
    return world


def _page(qtbot, cls, ctx):
    w = cls(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 720)
    w.show()
    settle(qtbot)
    return w


def _shot(widget, name):
    folder = os.environ.get("INV_SHOTS")
    if folder:
        from suite.plugin_api.i18n import current_language

        widget.grab().save(os.path.join(folder, f"{name}_{current_language()}.png"))


PAGES = [("stock", "BalancesPage"), ("stock", "MovesPage"), ("catalog", "ItemsPage"), ("batches", "BatchesPage"),
         ("catalog", "LocationsPage"), ("purchasing", "ReceiptsPage"), ("purchasing", "PurchaseOrdersPage"), ("purchasing", "ReorderPage"), ("recipes", "RecipesPage"),
         ("stocktake", "StocktakePage"), ("suppliers", "SuppliersPage"), ("suppliers", "ScorecardPage"),
         ("stock", "BucketsPage")]


@pytest.mark.parametrize("language", ["en", "zh_CN"] if os.environ.get("INV_SHOTS") else ["en"])
def test_every_page_opens_and_shows_its_data(qtbot, manager, stocked, suite_host, language):
    import importlib

    from suite.ui.translation import install_translators

    install_translators(suite_host, language)
    try:
        _open_all(qtbot, manager, importlib)
    finally:
        install_translators(suite_host, "en")


def _open_all(qtbot, manager, importlib):
    for module, name in PAGES:
        cls = getattr(importlib.import_module(f"suite_plugins.inventory.ui.{module}"), name)
        page = _page(qtbot, cls, manager)
        if hasattr(page, "table") and hasattr(page.table, "select_key"):
            model = page.table.view.model() if hasattr(page.table, "view") else None
            if model is not None and model.rowCount() and page.detail is not None:
                page.table.view.setCurrentIndex(model.index(0, 0))
                settle(qtbot)
        _shot(page, name)
        page.close()


def test_balances_page_lists_batches_and_issues_through_the_dialog(qtbot, manager, keeper, stocked):
    from suite_plugins.inventory.ui.stock import BalancesPage

    page = _page(qtbot, BalancesPage, keeper)
    model = page.table.view.model()
    texts = {model.index(r, 3).data() for r in range(model.rowCount())}
    assert {"CK-0301", "CK-0302", "MI-01"} <= texts
    assert "¥" in page.value.text()
    d = page.issue()
    d.fields["item"].setCurrentIndex(d.fields["item"].findData(stocked.chicken))
    d.fields["location"].setCurrentIndex(d.fields["location"].findData(stocked.cold))
    d.fields["quantity"].setText("99")
    d.buttons.button(d.buttons.StandardButton.Ok).click()
    assert "Only 11.5 kg" in d.error.text() and d.isVisible()       # refused, nothing changed
    assert bal(keeper, stocked.chicken) == Decimal("11.5")
    d.fields["quantity"].setText("2")
    d.buttons.button(d.buttons.StandardButton.Ok).click()
    settle(qtbot)
    assert not d.isVisible() and bal(keeper, stocked.chicken) == Decimal("9.5")


def test_counts_are_typed_down_the_sheet_and_posted(qtbot, manager, keeper, stocked):
    from suite_plugins.inventory.ui.stocktake import COUNT_COLUMN, StocktakePage

    page = _page(qtbot, StocktakePage, manager)
    page.location.setCurrentIndex(page.location.findData(stocked.cold))
    page.start()
    assert page.table.rowCount() == 2
    t = page.table
    assert t.currentRow() == 0 and "CK-0301" in page.entry_label.text()   # ready for the first count
    for text in ("6.5", "4"):
        qtbot.keyClicks(page.entry, text)
        qtbot.keyClick(page.entry, Qt.Key.Key_Return)   # into the line; the next line comes up
    assert [t.item(r, COUNT_COLUMN).text() for r in range(2)] == ["6.5", "4"]
    _shot(page, "StocktakePage_counting")
    moves = page.post()
    assert moves and len(moves) == 1          # 6.5 was right; 4 of 5 is one difference
    assert bal(keeper, stocked.chicken) == Decimal("10.5")
    assert "No count open" in page.status.text()


def test_reorder_page_makes_draft_pos_and_says_what_it_could_not(qtbot, keeper, stocked):
    from suite_plugins.inventory.ui.purchasing import ReorderPage

    page = _page(qtbot, ReorderPage, keeper)
    assert "大米" in page.body.text() and "过期粮油" in page.body.text()
    result = page.create()
    assert result is not None and "过期粮油" in page.result.text()


def test_a_list_page_says_what_its_pane_is_for_and_the_stocktake_opens_on_the_count(qtbot, keeper, stocked):
    """No empty panes: the detail pane is collapsed until a line is chosen (the list has the
    room) and comes back with that line's details; the stocktake page opens on the location
    being counted, not on the first location of the list."""
    from suite_plugins.inventory.services import stocktake
    from suite_plugins.inventory.ui.batches import BatchesPage
    from suite_plugins.inventory.ui.stocktake import StocktakePage

    page = BatchesPage(keeper)                 # before its rows are read and one chosen
    qtbot.addWidget(page)
    assert "Choose a line" in page.detail.text() and not page.splitter.detail_shown()
    settle(qtbot)
    assert page.table.current_key() is None and not page.splitter.detail_shown()
    page.table.view.selectRow(0)
    assert page.current is not None and page.splitter.detail_shown()
    assert "Choose a line" not in page.detail.text()
    stocktake.start(keeper, stocked.cold)
    st = _page(qtbot, StocktakePage, keeper)
    assert st.location.currentData() == stocked.cold and st.sheet is not None and st.table.rowCount() > 0
