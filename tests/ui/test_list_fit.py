"""The customers, orders, complaints and inventory lists on a 1366x768 laptop, over the demo data: no
horizontal scroll bar (low-priority columns give way, long texts elide), and the detail
pane takes no room until a row is chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import settle

PAGES = ("core.customers", "orders.list", "complaints.list", "inventory.items", "inventory.batches",
         "inventory.receipts", "inventory.pos", "inventory.suppliers")
#: lists without a detail pane
PLAIN = ("inventory.moves", "inventory.balances")


@pytest.fixture
def demo_window(demo_world, qapp, qtbot):
    """``demo_window(page_id)`` -> (main window at 1366x768 on the demo database, the page)."""
    from suite.bootstrap import Runtime
    from suite.config import Settings
    from suite.paths import get_paths
    from suite.ui.app import apply_look
    from suite.ui.screenshot import close_window, open_window

    paths = get_paths().ensure()
    settings = Settings.load(paths.settings_file)
    ctx = demo_world.ctx
    old_settings = ctx.settings
    ctx.settings = settings
    apply_look(qapp)
    runtime = Runtime(settings, paths, ctx.db, demo_world.host, ctx)
    windows = []

    def make(page_id: str):
        window = open_window(runtime, ctx, page_id, language="en", size=(1366, 768))
        windows.append(window)
        settle(qtbot)
        return window, window.open_page(page_id)

    yield make
    settle(qtbot)
    for window in windows:
        close_window(window)
    ctx.settings = old_settings


def _list_and_splitter(page):
    from PySide6.QtWidgets import QSplitter

    from suite.ui.widgets import LazyTable

    table = page.findChild(LazyTable)
    splitter = next(s for s in page.findChildren(QSplitter) if s.indexOf(table) >= 0 or s.isAncestorOf(table))
    return table, splitter


@pytest.mark.slow
@pytest.mark.xdist_group("demo")
@pytest.mark.parametrize("page_id", PAGES)
def test_list_fits_a_1366_pixel_screen_and_its_detail_pane_waits_for_a_row(demo_window, qtbot, page_id):
    window, page = demo_window(page_id)
    assert window.width() == 1366
    table, splitter = _list_and_splitter(page)
    assert table.model.rowCount() > 0
    hbar = table.view.horizontalScrollBar()
    assert not hbar.isVisible(), (page_id, hbar.maximum(), table.auto_hidden)
    assert splitter.sizes()[-1] == 0, splitter.sizes()  # nothing chosen: no detail pane

    table.view.setFocus()
    table.view.setCurrentIndex(table.model.index(0, 0))
    settle(qtbot)
    assert splitter.sizes()[-1] > 0, splitter.sizes()  # a row chosen: its detail beside/under the list
    assert not hbar.isVisible(), (page_id, hbar.maximum(), table.auto_hidden)
    # every column the list declares with priority 1 is still there
    for col in table.model.columns:
        if col.priority == 1:
            assert table.column_shown(col.key), col.key


@pytest.mark.slow
@pytest.mark.xdist_group("demo")
@pytest.mark.parametrize("page_id", PLAIN)
def test_a_list_without_detail_fits_a_1366_pixel_screen(demo_window, page_id):
    from suite.ui.widgets import LazyTable

    _window, page = demo_window(page_id)
    table = page.findChild(LazyTable)
    assert table.model.rowCount() > 0
    assert not table.view.horizontalScrollBar().isVisible(), (page_id, table.auto_hidden)
    for col in table.model.columns:
        if col.priority == 1:
            assert table.column_shown(col.key), col.key


@pytest.mark.slow
@pytest.mark.xdist_group("demo")
def test_a_hidden_column_comes_back_from_the_header_menu_and_is_remembered(demo_window, qtbot):
    window, page = demo_window("orders.list")
    table, _splitter = _list_and_splitter(page)
    table.view.setCurrentIndex(table.model.index(0, 0))  # the order beside the list: less room
    settle(qtbot)
    hidden = sorted(table.auto_hidden)
    assert hidden, "a narrower orders list hides its lowest-priority columns"
    menu = table.header_menu()
    from suite.plugin_api.i18n import text_of

    action = next(a for a in menu.actions() if a.text() == text_of(table.model.query.column(hidden[0]).title))
    assert not action.isChecked()
    action.setChecked(True)  # the user asks for it back
    settle(qtbot)
    assert table.column_shown(hidden[0])
    assert not table.view.horizontalScrollBar().isVisible()  # another column gave way
    menu.deleteLater()
    saved = table.ctx.settings.get("ui", {})["columns"][table.model.query.name]
    assert hidden[0] in saved["shown"]

    table.set_column_shown("number", False)
    assert not table.column_shown("number")
    # the next window (the next start) remembers both choices
    _window2, page2 = demo_window("orders.list")
    table2, _ = _list_and_splitter(page2)
    assert not table2.column_shown("number")
    table2.view.setCurrentIndex(table2.model.index(0, 0))
    settle(qtbot)
    assert table2.column_shown(hidden[0])
    table2.reset_columns()
    assert table2.column_shown("number")
    assert table.model.query.name not in (table2.ctx.settings.get("ui", {}).get("columns") or {})


@pytest.mark.slow
@pytest.mark.xdist_group("demo")
def test_money_in_the_order_list_is_right_aligned_and_formatted(demo_window):
    _window, page = demo_window("orders.list")
    table, _ = _list_and_splitter(page)
    col = next(i for i, c in enumerate(table.model.columns) if c.key == "total")
    index = table.model.index(0, col)
    assert int(index.data(Qt.ItemDataRole.TextAlignmentRole)) & int(Qt.AlignmentFlag.AlignRight)
    assert index.data().startswith("¥") and "." in index.data()
