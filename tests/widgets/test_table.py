"""The lazy table: model checks, 100,000 rows scrolled and sorted in SQL, search, filters,
masked phones, activation, and export to CSV/Excel with an audit row."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import Boolean, Column, Date, Integer, MetaData, String, Table, Text, event, select

from suite.core import lists
from suite.core.audit import audit_entries
from suite.core.customers import CustomerInput, create_customer, mask_address
from suite.db.base import Money, UTCDateTime
from suite.plugin_api.lists import ListColumn, ListQuery
from suite.plugin_api.ui import LazyTable, LazyTableModel
from tests.widgets.conftest import bulk_customers, type_text


def make_table(qtbot, ctx, query, **kwargs) -> LazyTable:
    table = LazyTable(ctx, query, **kwargs)
    qtbot.addWidget(table)
    table.resize(1000, 420)
    table.show()
    qtbot.waitExposed(table)
    return table


def column_of(table: LazyTable, key: str) -> int:
    return next(i for i, c in enumerate(table.model.columns) if c.key == key)


def texts(table: LazyTable, key: str, rows: int) -> list[str]:
    col = column_of(table, key)
    return [table.model.index(r, col).data() for r in range(rows)]


@pytest.fixture
def statements(ctx):
    seen: list[str] = []

    def listener(conn, cursor, statement, params, context, many):
        seen.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", listener)
    yield seen
    event.remove(ctx.db.engine, "before_cursor_execute", listener)


def test_the_model_passes_qtmodeltester(qtmodeltester, ctx):
    bulk_customers(ctx, 450, phone_every=3)
    model = LazyTableModel(ctx, lists.customer_list(ctx), page_size=100)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() >= 100
    # the tester stays connected: resets, sorting and further pages are checked as they happen
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.set_search("客户")
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450


def test_a_hundred_thousand_rows_scroll_by_pages_and_sort_in_sql(qtbot, ctx, statements):
    names = bulk_customers(ctx, 100_000, phone_every=2)
    table = make_table(qtbot, ctx, lists.customer_list(ctx), page_size=200)
    model, view = table.model, table.view
    assert model.rowCount() == 200  # the first page only
    assert texts(table, "name", 3) == sorted(names)[:3]

    for page in range(2, 5):
        view.scrollToBottom()
        qtbot.waitUntil(lambda page=page: model.rowCount() == 200 * page)
    assert model.rowCount() == 800 and model.pager.pages_read == 4
    keys = [model.row_key(r) for r in range(model.rowCount())]
    assert len(set(keys)) == 800
    assert texts(table, "name", 800) == sorted(names)[:800]

    qtbot.waitUntil(lambda: table.row_count == (100_000, True), timeout=20_000)
    assert table.count_label.text() == "100,000 rows"

    # click the Name header: already ascending, so the second click sorts descending
    header = view.horizontalHeader()
    name_col = column_of(table, "name")
    statements.clear()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(name_col) + 10, header.height() // 2))
    assert model.pager.descending and model.pager.sort_key == "name"
    assert model.rowCount() == 200
    assert texts(table, "name", 5) == sorted(names, reverse=True)[:5]
    # names sort by their pinyin key (an index of its own)
    assert any("ORDER BY core_customers.name_pinyin DESC, core_customers.id DESC" in s for s in statements)
    assert header.sortIndicatorSection() == name_col
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    # the primary key: newest first
    table.sort_by("id", descending=True)
    assert [model.row_key(r) for r in range(3)] == [100_000, 99_999, 99_998]
    assert texts(table, "phone", 2) == ["139 0010 0000", ""]  # every second customer has no phone


def test_column_that_cannot_be_sorted_keeps_the_current_order(qtbot, ctx, statements):
    bulk_customers(ctx, 30)
    table = make_table(qtbot, ctx, lists.customer_list(ctx))
    header = table.view.horizontalHeader()
    notes = column_of(table, "notes")
    statements.clear()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(notes) + 10, header.height() // 2))
    assert table.model.pager.sort_key == "name"
    assert header.sortIndicatorSection() == column_of(table, "name")
    assert not any("ORDER BY" in s and "notes" in s.split("ORDER BY")[-1] for s in statements)


def test_search_box_filters_in_sql_after_a_pause(qtbot, ctx):
    names = bulk_customers(ctx, 2_000)
    create_customer(ctx, CustomerInput("张三豆浆店", phones=["13700001234"]))
    table = make_table(qtbot, ctx, lists.customer_list(ctx))
    table.search_box.setFocus()
    type_text(table.search_box, "豆浆")
    assert table.search_box.text() == "豆浆"
    assert table.model.rowCount() > 1  # not yet: the search waits for a pause in typing
    qtbot.waitUntil(lambda: table.model.rowCount() == 1, timeout=3000)
    assert texts(table, "name", 1) == ["张三豆浆店"]
    qtbot.waitUntil(lambda: table.count_label.text() == "1 rows")

    table.search_box.clear()
    qtbot.keyClicks(table.search_box, "1370000")
    qtbot.keyClick(table.search_box, Qt.Key.Key_Return)  # Enter searches at once
    assert texts(table, "name", table.model.rowCount()) == ["张三豆浆店"]

    table.set_search_text(names[5][-4:])
    shown = texts(table, "name", table.model.rowCount())
    assert names[5] in shown and all(names[5][-4:] in n for n in shown)

    table.set_search_text("")
    combo = table.filter_combos["kind"]
    combo.setCurrentIndex(combo.findData("company"))
    assert set(texts(table, "kind", table.model.rowCount())) == {"Organisation"}


def test_masked_phones_for_a_user_without_the_right(qtbot, ctx, viewer):
    cid = create_customer(ctx, CustomerInput("刘洋", phones=["13912345678"], addresses=["海淀区学院路15号"]))
    table = make_table(qtbot, viewer, lists.customer_list(viewer))
    row = table.model.row_of_key(cid)
    assert texts(table, "phone", row + 1)[row] == "139****5678"
    assert texts(table, "address", row + 1)[row] == mask_address("海淀区学院路15号") == "海淀区****"
    assert table.model.row_values(row)["phone"] == "139****5678"
    owner_table = make_table(qtbot, ctx, lists.customer_list(ctx))
    assert texts(owner_table, "phone", 1) == ["139 1234 5678"]


def test_enter_and_double_click_activate_with_the_row_key(qtbot, ctx):
    bulk_customers(ctx, 20)
    table = make_table(qtbot, ctx, lists.customer_list(ctx))
    table.view.setFocus()
    table.view.setCurrentIndex(table.model.index(2, 1))
    expected = table.model.row_key(2)
    with qtbot.waitSignal(table.activated) as got:
        qtbot.keyClick(table.view, Qt.Key.Key_Return)
    assert got.args == [expected]
    assert table.current_key() == expected
    rect = table.view.visualRect(table.model.index(4, 1))
    with qtbot.waitSignal(table.activated) as got:
        # QTest's double click lacks the first press a real one starts with
        qtbot.mousePress(table.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseRelease(table.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert got.args == [table.model.row_key(4)]


def test_badges_and_money_are_drawn(qtbot, ctx, tmp_path):
    items = _items_table(ctx)
    table = make_table(qtbot, ctx, _items_query(items))
    model = table.model
    amount = column_of(table, "amount")
    assert model.index(0, amount).data() == "¥1,234.50"
    assert model.index(0, amount).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(1, amount).data() == "-¥8.00"
    assert model.index(1, amount).data(Qt.ItemDataRole.ForegroundRole) is not None
    status = column_of(table, "status")
    assert model.index(1, status).data(LazyTableModel.BadgeRole) == ("Late", "danger")
    at = column_of(table, "at")
    assert model.index(0, at).data() == "2026-03-02 09:05"  # 01:05 UTC in Shanghai
    image = table.view.grab().toImage()
    rect = table.view.visualRect(model.index(1, status)).translated(table.view.viewport().pos())
    colours = {image.pixelColor(x, rect.center().y()).name() for x in range(rect.left(), rect.right())}
    assert "#fad2cf" in colours  # the red pill of "Late"


def _items_table(ctx):
    md = MetaData()
    items = Table("wtest_items", md, Column("id", Integer, primary_key=True), Column("name", String(40)),
                  Column("amount", Money()), Column("due", Date()), Column("at", UTCDateTime()),
                  Column("paid", Boolean()), Column("status", String(10)), Column("note", Text()))
    md.create_all(ctx.db.engine)
    at = dt.datetime(2026, 3, 2, 1, 5, tzinfo=dt.timezone.utc)
    with ctx.db.engine.begin() as conn:
        conn.execute(items.insert(), [
            {"id": 1, "name": "桶装水 18.9L", "amount": Decimal("1234.50"), "due": dt.date(2026, 3, 5), "at": at,
             "paid": True, "status": "open", "note": "=HYPERLINK(\"http://x\")"},
            {"id": 2, "name": "矿泉水", "amount": Decimal("-8"), "due": None, "at": at + dt.timedelta(hours=1),
             "paid": False, "status": "late", "note": "送到三楼"},
        ])
    return items


def _items_query(items, **kwargs) -> ListQuery:
    return ListQuery(
        name="test.items", title="水单 Items", select=select(items), sort="id",
        columns=(ListColumn("name", "品名"), ListColumn("amount", "金额", kind="money"),
                 ListColumn("due", "Due", kind="date"), ListColumn("at", "At", kind="datetime"),
                 ListColumn("paid", "Paid", kind="bool"),
                 ListColumn("status", "Status", kind="badge", badges={"open": ("Open", "info"), "late": ("Late", "danger")}),
                 ListColumn("note", "Note")),
        **kwargs)


def test_export_csv_is_utf8_with_bom_masked_and_audited(qtbot, ctx, viewer, tmp_path):
    create_customer(ctx, CustomerInput("陈静茶馆", phones=["13811112222"], notes="老客户，周五送水"))
    bulk_customers(ctx, 1_200)
    table = make_table(qtbot, viewer, lists.customer_list(viewer))
    table.set_search_text("")
    path = tmp_path / "客户.csv"
    with qtbot.waitSignal(table.exported, timeout=20_000):
        table.export_to(path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:4] == ["No.", "Name", "Kind", "Area"]
    assert len(rows) == 1 + 1_201  # every page, not only those loaded
    chen = next(r for r in rows if r[1] == "陈静茶馆")
    assert "138****2222" in chen and "老客户，周五送水" in chen
    assert not any("13811112222" in cell for r in rows for cell in r)
    entries = audit_entries(ctx, table="export:core.customers")
    assert len(entries) == 1
    entry = entries[0]
    assert entry.username == "viewer" and entry.action == "export"
    assert entry.changes["rows"] == 1_201 and entry.changes["format"] == "csv" and entry.changes["file"] == "客户.csv"
    assert "1,201" in table.message_label.text()


def test_export_xlsx_reads_back_typed_and_safe(qtbot, ctx, tmp_path):
    from openpyxl import load_workbook

    items = _items_table(ctx)
    table = make_table(qtbot, ctx, _items_query(items))
    path = tmp_path / "items.xlsx"
    with qtbot.waitSignal(table.exported, timeout=20_000):
        table.export_to(path, "xlsx")
    ws = load_workbook(path).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("品名", "金额", "Due", "At", "Paid", "Status", "Note")
    assert rows[1][0] == "桶装水 18.9L"
    assert rows[1][1] == pytest.approx(1234.5) and ws["B2"].number_format.startswith('"¥"')
    assert rows[1][2] == dt.datetime(2026, 3, 5)
    assert rows[1][3] == dt.datetime(2026, 3, 2, 9, 5)
    assert rows[1][4:6] == ("Yes", "Open")
    assert rows[1][6] == '=HYPERLINK("http://x")' and ws["G2"].data_type == "s"  # text, never a formula
    assert rows[2][5] == "Late" and rows[2][2] is None
    assert audit_entries(ctx, table="export:test.items")[0].changes["rows"] == 2
    csv_path = tmp_path / "items.csv"
    with qtbot.waitSignal(table.exported, timeout=20_000):
        table.export_to(csv_path)
    with open(csv_path, encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))
    assert lines[1][1] == "1234.50" and lines[1][6].startswith("'=")


def test_export_needs_the_lists_export_permission(qtbot, ctx, suite_login, tmp_path):
    from suite.plugin_api.errors import PermissionDenied

    clerk = suite_login("clerk")  # may see customers, may not export them
    table = make_table(qtbot, clerk, lists.customer_list(clerk))
    assert table.export_csv_button.isHidden() and table.export_xlsx_button.isHidden()
    handle = table.export_to(tmp_path / "x.csv")
    assert handle.wait()
    assert isinstance(handle.error, PermissionDenied)
    assert not (tmp_path / "x.csv").exists()
    assert table.message_label.text() == str(handle.error)
    assert audit_entries(ctx, table="export:core.customers") == []


def test_export_button_asks_for_a_file_then_exports(qtbot, ctx, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    bulk_customers(ctx, 10)
    table = make_table(qtbot, ctx, lists.customer_list(ctx))
    target = tmp_path / "out"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(table.exported, timeout=20_000) as got:
        qtbot.mouseClick(table.export_xlsx_button, Qt.MouseButton.LeftButton)
    assert got.args[0].path.name == "out.xlsx" and (tmp_path / "out.xlsx").exists()
    assert table.default_export_name("csv").endswith(".csv")


def test_a_broken_query_is_explained_beside_the_list(qtbot, ctx):
    md = MetaData()
    ghost = Table("wtest_missing_table", md, Column("id", Integer, primary_key=True), Column("name", String(10)))
    query = ListQuery(name="test.ghost", title="Ghost", select=select(ghost), columns=(ListColumn("name", "Name"),))
    table = make_table(qtbot, ctx, query)
    assert table.model.rowCount() == 0
    assert not table.model.canFetchMore()
    assert "could not be read" in table.message_label.text()


def _arrow_points_down(table: LazyTable, column: int) -> bool:
    """Read the painted sort arrow of a header section: wider at its top row means \u25bc."""
    header = table.view.horizontalHeader()
    x = header.sectionViewportPosition(column)
    width = header.sectionSize(column)
    image = header.grab().toImage()
    rows = []
    for y in range(image.height()):
        dark = [px for px in range(x + width // 2, x + width - 1) if image.pixelColor(px, y).lightness() < 140]
        if dark:
            rows.append(max(dark) - min(dark))
    assert len(rows) >= 2, "no sort arrow painted"
    return rows[0] > rows[-1]


def test_sort_arrows_point_the_way_the_values_run(qtbot, ctx):
    """Sorted newest first shows \u25bc, smallest first \u25b2 (Qt's header hands the style the
    opposite indicator; the shell used to show \u25b2 on a list sorted newest first)."""
    bulk_customers(ctx, 5)
    table = make_table(qtbot, ctx, lists.customer_list(ctx))
    column = column_of(table, "name")
    header = table.view.horizontalHeader()
    header.resizeSection(column, 400)
    table.model.setHeaderData(column, Qt.Orientation.Horizontal, "")
    table.sort_by("name", descending=True)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert _arrow_points_down(table, column)
    table.sort_by("name", descending=False)
    assert not _arrow_points_down(table, column)
