"""The month sheet page, driven offscreen."""

from __future__ import annotations

import datetime as dt

import pytest

from suite_plugins.scoring.services import ledger, months, reviews
from tests.plugins.scoring.conftest import NOV


@pytest.fixture(autouse=True)
def _sqlite_only(suite_backend):
    """Pages, PDFs and the demo run on SQLite; the services they call are tested on both."""
    if suite_backend != "sqlite":
        pytest.skip("tested on SQLite (the services underneath run on PostgreSQL too)")


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
    from suite.ui.translation import install_translators
    from suite_plugins.scoring.ui.sheet import SheetPage

    clerk = login("clerk", staff_key="cs")
    install_translators(suite_host, "zh_CN")
    try:
        page = SheetPage(clerk)
        qtbot.addWidget(page)
        page.resize(1300, 300)
        page.grab().save("/tmp/scoring_sheet_clerk_zh.png")
    finally:
        install_translators(suite_host, "en")
    assert page.table.rowCount() == 1 and not page.close_button.isVisible()
    assert page.table.item(0, 10).text() == "***"


def shoot(widget, name: str, lang: str) -> None:
    widget.grab().save(f"/tmp/scoring_{name}_{lang}.png")


def test_review_grid_from_the_keyboard(qtbot, manager, staff):
    import time

    from PySide6.QtCore import Qt

    from suite_plugins.scoring.services import reviews as svc
    from suite_plugins.scoring.ui.reviews import ReviewPage

    page = ReviewPage(manager)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    day = page.current_day()
    first = page.agent.currentData()
    started = time.perf_counter()
    # record 1 fails greeting and timely reply, record 3 fails wording; then save
    qtbot.keyClick(page.grid, Qt.Key_1)
    qtbot.keyClick(page.grid, Qt.Key_6)
    qtbot.keyClick(page.grid, Qt.Key_Return)
    qtbot.keyClick(page.grid, Qt.Key_Return)
    qtbot.keyClick(page.grid, Qt.Key_4)
    assert "Failing records: 2" in page.count.text()
    shoot(page, "reviews", "en")
    page.save_and_next()
    assert time.perf_counter() - started < 60
    got = svc.get_review(manager, first, day)
    assert got.failing == 2 and got.marks[0] == ("greeting", "timely") and got.marks[2] == ("wording",)
    assert page.agent.currentData() != first  # moved on to the next agent


def test_person_page_opens_a_ledger_line_source(qtbot, manager, staff):
    from suite_plugins.scoring.ui.person import PersonPage

    opened = []
    ctx = manager
    ctx.page_opener = lambda page_id, key: opened.append((page_id, key))
    ledger.adjust(manager, staff["cook"], NOV, "1", "扫除认真")
    page = PersonPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.open_key({"staff_id": staff["cook"], "month": NOV})
    assert page.ledger.rowCount() == 1 and "扫除认真" in page.ledger.item(0, 2).text()
    # a line from an order opens the order page with its id
    from suite_plugins.scoring.services.ledger import LedgerLine

    assert ledger.open_source(ctx, LedgerLine(0, dt.date(2026, 11, 3), 1, "rule", "r", "orders", "order", 42,
                                              "orders.list", "")) is True
    assert opened == [("orders.list", 42)]
    shoot(page, "person", "en")


def test_rules_templates_and_attendance_pages(qtbot, manager, staff, metric):
    from suite_plugins.scoring.services import attendance
    from suite_plugins.scoring.ui.attendance import AttendancePage
    from suite_plugins.scoring.ui.rules import RulesPage
    from suite_plugins.scoring.ui.templates import TemplatesPage

    metric(staff["cook"], NOV, 4)
    rp = RulesPage(manager)
    qtbot.addWidget(rp)
    rp.resize(1200, 650)
    rp.new()
    rp.code.setText("chk")
    rp.name.setText("Checklists")
    rp.source.setCurrentIndex(rp.source.findData("fake.checklists"))
    rp.condition.setText("value > 0")
    rp.points.setText("0.5")
    rp.multiplier.setText("value")
    rp.preview()
    assert "厨师刘师傅 +2.00" in rp.preview_text.text()
    rp.save()
    assert any(r.code == "chk" for r in rp.rules)
    shoot(rp, "rules", "en")
    tp = TemplatesPage(manager)
    qtbot.addWidget(tp)
    tp.resize(1000, 600)
    tp.new()
    tp.name.setText("Kitchen")
    tp.department.setCurrentIndex(tp.department.findData("production"))
    tp.add_kpi("fake.checklists", "20", "1")
    tp.save()
    assert any(t.department == "production" for t in tp.items)
    shoot(tp, "templates", "en")
    ap = AttendancePage(manager)
    qtbot.addWidget(ap)
    ap.resize(1000, 600)
    ap.picker.set_month(2026, 12)
    ap.staff.setCurrentIndex(ap.staff.findData(staff["waiter"]))
    ap.reason.setText("看病")
    ap.request()
    assert ap.table.rowCount() == 1
    ap.table.selectRow(0)
    ap.decide(True)
    assert attendance.list_absences(manager, 202612)[0].status == "approved"
    shoot(ap, "attendance", "en")


def test_every_page_in_chinese(qtbot, manager, staff, suite_host):
    from suite.ui.translation import install_translators
    from suite_plugins.scoring.ui.attendance import AttendancePage
    from suite_plugins.scoring.ui.person import PersonPage
    from suite_plugins.scoring.ui.reviews import ReviewPage
    from suite_plugins.scoring.ui.rules import RulesPage
    from suite_plugins.scoring.ui.settings import ScoringSettings
    from suite_plugins.scoring.ui.sheet import SheetPage
    from suite_plugins.scoring.ui.templates import TemplatesPage

    install_translators(suite_host, "zh_CN")
    try:
        for name, cls in (("sheet", SheetPage), ("person", PersonPage), ("reviews", ReviewPage),
                          ("attendance", AttendancePage), ("rules", RulesPage), ("templates", TemplatesPage),
                          ("settings", ScoringSettings)):
            page = cls(manager)
            qtbot.addWidget(page)
            page.resize(1200, 650)
            shoot(page, name, "zh")
            if name == "templates":
                assert page.tr("Save") == "保存"
    finally:
        install_translators(suite_host, "en")


def test_settings_page_saves_and_refuses(qtbot, manager):
    import pytest

    from suite.plugin_api import ValidationError
    from suite_plugins.scoring.services import common
    from suite_plugins.scoring.ui.settings import ScoringSettings

    page = ScoringSettings(manager)
    qtbot.addWidget(page)
    page.fields["cs_records_per_day"].setValue(18)
    page.rest.setText("customer_service=4, production=3, *=2")
    page.save()
    assert common.setting(manager, "cs_records_per_day") == 18
    assert common.setting(manager, "rest_days") == {"customer_service": 4, "production": 3, "*": 2}
    page.fields["inspection_pass"].setText("-5")
    with pytest.raises(ValidationError):
        page.save()
    assert common.setting(manager, "inspection_pass") == "5.00"
    page.resize(700, 500)
    shoot(page, "settings", "en")


def test_print_all_from_the_sheet_runs_in_a_worker(qtbot, manager, staff, tmp_path):
    from suite_plugins.scoring.ui.sheet import SheetPage

    page = SheetPage(manager)
    qtbot.addWidget(page)
    handle = page.print_all(str(tmp_path / "folder"), one_file=False)
    qtbot.waitUntil(lambda: page.batch_result is not None, timeout=60_000)
    assert handle is not None and len(page.batch_result) == len(staff)


def test_kpi_figures_open_their_records_and_the_sheet_opens_the_person(qtbot, manager, staff):
    """Enter on a KPI lists the records the figure came from; Enter there opens one on its
    page. Enter on a row of the month sheet opens the person's month."""
    from PySide6.QtCore import Qt

    from suite_plugins.scoring.services import templates
    from suite_plugins.scoring.ui.person import PersonPage
    from suite_plugins.scoring.ui.sheet import SheetPage
    from tests.plugins.scoring.test_kpi_sources import note

    d = staff["driver"]
    note(manager, "suite_order_did_deliver", 21, d, dt.date(2026, 11, 3), late_minutes=0, amount=36.0, on_time=True)
    note(manager, "suite_order_did_deliver", 22, d, dt.date(2026, 11, 9), late_minutes=30, amount=36.0, on_time=False)
    templates.save_template(manager, name="配送", department="delivery",
                            kpis=[templates.KpiInput("orders.deliveries", "40", "1"),
                                  templates.KpiInput("orders.orders_taken", "10", "1")])
    opened = []
    manager.page_opener = lambda page_id, key: opened.append((page_id, key))
    sheet = SheetPage(manager)
    qtbot.addWidget(sheet)
    row = next(i for i in range(sheet.table.rowCount()) if sheet.table.item(i, 0).text() == "配送员老张")
    sheet.table.setCurrentCell(row, 2)
    sheet.table.setFocus()
    qtbot.keyClick(sheet.table, Qt.Key_Return)
    assert opened == [("scoring.person", {"staff_id": d, "month": NOV})]
    page = PersonPage(manager)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.open_key(opened.pop()[1])
    assert page.kpis.rowCount() == 2
    page.kpis.setCurrentCell(0, 0)
    qtbot.keyClick(page.kpis, Qt.Key_Return)
    dlg = page.records_dialog
    assert dlg is not None and dlg.table.rowCount() == 2 and "30 min late" in dlg.table.item(1, 1).text()
    dlg.table.setCurrentCell(1, 0)
    qtbot.keyClick(dlg.table, Qt.Key_Enter)
    assert opened == [("orders.list", 22)]
    shoot(dlg, "kpi_records", "en")
    # a metric whose plugin names no records one by one opens the page that lists them
    page.kpis.setCurrentCell(1, 0)
    qtbot.keyClick(page.kpis, Qt.Key_Return)
    assert opened[-1] == ("orders.list", None)
