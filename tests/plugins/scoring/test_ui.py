"""The month sheet page, driven offscreen."""

from __future__ import annotations

import datetime as dt

from suite_plugins.scoring.services import ledger, months, reviews
from tests.plugins.scoring.conftest import NOV


def test_month_sheet_shows_everyone_sorts_and_exports(qtbot, manager, staff, tmp_path):
    from suite_plugins.scoring.ui.sheet import SheetPage

    reviews.save_review(manager, staff["cs"], dt.date(2026, 11, 3), failing=4, expected_version=None)
    ledger.adjust(manager, staff["cook"], NOV, "3", "卫生检查优秀")
    page = SheetPage(manager)
    qtbot.addWidget(page)
    page.resize(1300, 500)
    assert page.table.rowCount() == len(staff)
    names = [page.table.item(i, 0).text() for i in range(page.table.rowCount())]
    assert "厨师刘师傅" in names
    page.table.sortItems(3)
    page.grab().save("/tmp/scoring_sheet_en.png")
    page.close_month()
    assert months.state(manager, NOV).status == "closed" and not page.close_button.isEnabled()
    from suite_plugins.scoring.services.export import export_sheet

    out = export_sheet(manager, NOV, tmp_path / "s.xlsx")
    from openpyxl import load_workbook

    ws = load_workbook(out).active
    assert ws.max_row == len(staff) + 1 and ws.cell(1, 1).value == "Employee"


def test_month_sheet_for_a_clerk_is_her_own_and_masked(qtbot, login, staff, suite_host):
    from suite.bootstrap import load_catalogs
    from suite_plugins.scoring.ui.sheet import SheetPage

    clerk = login("clerk", staff_key="cs")
    load_catalogs(suite_host, "zh_CN")
    try:
        page = SheetPage(clerk)
        qtbot.addWidget(page)
        page.resize(1300, 300)
        page.grab().save("/tmp/scoring_sheet_zh.png")
    finally:
        load_catalogs(suite_host, "en")
    assert page.table.rowCount() == 1 and not page.close_button.isVisible()
    assert page.table.item(0, 10).text() == "***"
