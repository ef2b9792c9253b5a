"""The list queries and the keyset pager (no Qt): paging, NULLs, sorting, search, filters,
counts, masking, permissions, formatting. Runs on SQLite and, when configured, PostgreSQL."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, event, select

from suite.core import lists
from suite.core.customers import CustomerInput, create_customer, mask_phone
from suite.db.base import Money, UTCDateTime
from suite.plugin_api.errors import PermissionDenied
from suite.plugin_api.lists import ListColumn, ListFilter, ListPager, ListQuery, format_money
from tests.widgets.conftest import bulk_customers


def read_all(pager: ListPager) -> list:
    rows = []
    while not pager.at_end:
        rows.extend(pager.fetch_next())
    return rows


@pytest.fixture
def scores(ctx):
    """A table of our own with empty values in the sort column (created in the test database)."""
    md = MetaData()
    table = Table("wtest_scores", md, Column("id", Integer, primary_key=True),
                  Column("name", String(20), nullable=False), Column("score", Integer, nullable=True),
                  Column("amount", Money(), nullable=True), Column("at", UTCDateTime(), nullable=True))
    md.create_all(ctx.db.engine)
    base = dt.datetime(2026, 3, 1, 15, 30, tzinfo=dt.timezone.utc)
    rows = [{"id": i, "name": f"n{i:03d}", "score": None if i % 7 == 0 else (i * 37) % 11,
             "amount": None if i % 5 == 0 else Decimal(i * 113 % 997) / 4,
             "at": None if i % 6 == 0 else base + dt.timedelta(minutes=(i * 53) % 240)} for i in range(1, 121)]
    with ctx.db.engine.begin() as conn:
        conn.execute(table.insert(), rows)
    yield table, rows
    md.drop_all(ctx.db.engine)


def score_query(table) -> ListQuery:
    return ListQuery(
        name="test.scores", title="Scores", select=select(table.c.id, table.c.name, table.c.score, table.c.amount, table.c.at),
        columns=(ListColumn("name", "Name"), ListColumn("score", "Score", kind="int"),
                 ListColumn("amount", "Amount", kind="money"), ListColumn("at", "At", kind="datetime")),
        search=lambda text: table.c.name.contains(text),
        filters=(ListFilter("high", "High", ((None, "All"), (True, "High only")),
                            lambda v: None if v is None else table.c.score >= 8),),
    )


@pytest.mark.parametrize("column", ["score", "amount", "at", "name"])
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_paging_visits_every_row_once_in_order_with_empty_values_last(ctx, scores, column, descending):
    table, rows = scores
    pager = ListPager(ctx, score_query(table), page_size=7)
    assert pager.set_sort(column, descending)
    got = read_all(pager)
    assert [r.id for r in got] == sorted({r.id for r in got}, key=[r.id for r in got].index)  # no duplicates
    assert len(got) == len(rows)
    filled = [r for r in rows if r[column] is not None]
    empty = [r for r in rows if r[column] is None]
    expected = sorted(filled, key=lambda r: (r[column], r["id"]), reverse=descending) + \
        sorted(empty, key=lambda r: r["id"], reverse=descending)
    assert [r.id for r in got] == [r["id"] for r in expected]
    assert pager.pages_read >= len(rows) // 7


def test_the_next_page_asks_for_rows_after_the_last_one_not_an_offset(ctx, scores):
    table, _rows = scores
    pager = ListPager(ctx, score_query(table), page_size=10)
    pager.set_sort("score", True)
    statements = []
    listener = lambda conn, cursor, stmt, params, context, many: statements.append(stmt)  # noqa: E731
    event.listen(ctx.db.engine, "before_cursor_execute", listener)
    try:
        pager.fetch_next()
        pager.fetch_next()
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", listener)
    second = statements[-1].upper()
    assert "(WTEST_SCORES.SCORE, WTEST_SCORES.ID) <" in second
    assert "ORDER BY WTEST_SCORES.SCORE DESC, WTEST_SCORES.ID DESC" in second


def test_search_filters_and_count(ctx, scores):
    table, rows = scores
    pager = ListPager(ctx, score_query(table), page_size=5)
    assert pager.count() == (120, True)
    assert pager.count(cap=50) == (50, False)
    pager.set_search("n01")
    got = read_all(pager)
    assert sorted(r.name for r in got) == sorted(r["name"] for r in rows if "n01" in r["name"])
    assert pager.count() == (len(got), True)
    pager.set_search("")
    pager.set_filter("high", True)
    got = read_all(pager)
    assert got and all(r.score >= 8 for r in got)
    assert len(got) == sum(1 for r in rows if r["score"] is not None and r["score"] >= 8)
    with pytest.raises(KeyError):
        pager.set_filter("nope", 1)


def test_a_column_that_cannot_be_sorted_is_refused(ctx, scores):
    table, _rows = scores
    q = score_query(table)
    q = ListQuery(name=q.name, title=q.title, select=q.select,
                  columns=(ListColumn("name", "Name", sortable=False), ListColumn("score", "Score")))
    pager = ListPager(ctx, q)
    assert not pager.set_sort("name")
    assert not pager.set_sort("missing")
    assert pager.sort_key == "id"


def test_list_queries_check_their_declaration(scores):
    table, _rows = scores
    stmt = select(table.c.id, table.c.name)
    with pytest.raises(ValueError, match="key column"):
        ListQuery(name="x", title="x", select=select(table.c.name), columns=(ListColumn("name", "N"),))
    with pytest.raises(ValueError, match="not labelled"):
        ListQuery(name="x", title="x", select=stmt, columns=(ListColumn("score", "S"),))
    with pytest.raises(ValueError, match="not sortable"):
        ListQuery(name="x", title="x", select=stmt, columns=(ListColumn("name", "N", sortable=False),), sort="name")
    with pytest.raises(ValueError, match="unknown kind"):
        ListColumn("name", "N", kind="colour")
    with pytest.raises(ValueError, match="unknown level"):
        ListColumn("name", "N", kind="badge", badges={"a": ("A", "purple")})


def test_formatting_of_money_dates_and_times_in_the_office_zone():
    assert format_money(Decimal("1234.5")) == "¥1,234.50"
    assert format_money(Decimal("-12")) == "-¥12.00"
    assert format_money(None) == ""
    shanghai = ZoneInfo("Asia/Shanghai")
    at = ListColumn("at", "At", kind="datetime")
    assert at.text(dt.datetime(2026, 3, 1, 16, 30, tzinfo=dt.timezone.utc), shanghai) == "2026-03-02 00:30"
    assert ListColumn("d", "D", kind="date").text(dt.date(2026, 3, 2)) == "2026-03-02"
    assert ListColumn("p", "P", kind="phone").text("13800138000") == "138 0013 8000"
    assert ListColumn("b", "B", kind="bool").text(True) == "Yes"
    badge = ListColumn("s", "S", kind="badge", badges={"late": ("Late", "danger"), True: ("Archived", "neutral")})
    assert badge.badge("late") == ("Late", "danger")
    assert badge.badge("other") == ("other", "neutral")
    assert badge.badge(False) is None and badge.text(False) == ""
    weight = ListColumn("w", "W", kind="decimal", places=1)
    assert weight.text(Decimal("1234.56")) == "1,234.6" and weight.alignment == "right"
    assert weight.export_value(Decimal("1.5")) == Decimal("1.5")
    assert ListColumn("x", "X", kind="decimal").text(3) == "3.00"
    hours = ListColumn("h", "H", kind="hours")
    assert hours.text(Decimal("7.5")) == "7.5 h" and hours.export_value(7.5) == Decimal("7.5")
    rate = ListColumn("r", "R", kind="percent")
    assert rate.text(Decimal("0.125")) == "12.5%" and rate.alignment == "right"
    masked = ListColumn("p", "P", kind="phone", format=mask_phone)
    assert masked.text("13800138000") == "138****8000"
    assert masked.export_value("13800138000") == "138****8000"


def test_customer_list_masks_phones_and_addresses_without_the_right(ctx, viewer):
    cid = create_customer(ctx, CustomerInput("王芳", phones=["138 0013 8000"], addresses=["朝阳区幸福路88号3单元"]))
    full = ListPager(ctx, lists.customer_list(ctx)).fetch_next()
    q = lists.customer_list(viewer)
    row = next(r for r in ListPager(viewer, q).fetch_next() if r.id == cid)
    assert row.phone == q.column("phone").text(row.phone) == "138****8000"  # the row itself is masked
    assert "88" not in row.address and row.address.endswith("****")
    assert not q.column("phone").sortable and not q.column("address").sortable
    assert next(r for r in full if r.id == cid).phone == "13800138000"
    assert lists.customer_list(ctx).column("phone").text("13800138000") == "138 0013 8000"
    # the viewer can still find the customer by the whole number the caller gives...
    pager = ListPager(viewer, q)
    pager.set_search("13800138000")
    assert [r.id for r in pager.fetch_next()] == [cid]
    pager.set_search("1380013")  # ...but not by its first digits
    assert pager.fetch_next() == []
    # but not by address
    pager.set_search("幸福路")
    assert pager.fetch_next() == []


def test_customer_list_filters(ctx):
    bulk_customers(ctx, 40, archived_every=5)
    q = lists.customer_list(ctx)
    pager = ListPager(ctx, q)
    assert len(read_all(pager)) == 32
    pager.set_filter("archived", True)
    assert len(read_all(pager)) == 8
    pager.set_filter("archived", None)
    pager.set_filter("kind", "company")
    assert len(read_all(pager)) == 10
    assert lists.customer_list(ctx, archived=None).filter("archived").default is None


def test_core_lists_check_permissions(ctx, suite_login):
    driver = suite_login("driver")
    with pytest.raises(PermissionDenied):
        lists.user_list(driver)
    with pytest.raises(PermissionDenied):
        lists.audit_list(driver)
    kitchen = suite_login("kitchen")
    with pytest.raises(PermissionDenied):
        lists.customer_list(kitchen)
    assert lists.staff_list(driver).name == "core.staff"


def test_user_staff_and_audit_lists_read(ctx, suite_login, fake_clock):
    from suite.core import staff as staff_service
    from suite.core import users

    clerk = suite_login("clerk", username="xiaoli")
    staff_service.save_staff(ctx, name="李小丽", phone="13912345678", position="客服")
    users.set_locked(ctx, clerk.user.id, True,
                     expected_version=next(u.version for u in users.list_users(ctx) if u.id == clerk.user.id))
    rows = read_all(ListPager(ctx, lists.user_list(ctx)))
    by_name = {r.username: r for r in rows}
    assert by_name["xiaoli"].status == "disabled"
    q = lists.user_list(ctx)
    assert "Order clerk" in q.column("roles").text(by_name["xiaoli"].roles)
    staff_rows = read_all(ListPager(ctx, lists.staff_list(ctx)))
    assert [r.name for r in staff_rows] == ["李小丽"]
    audit = lists.audit_list(ctx, table="core_staff")
    got = read_all(ListPager(ctx, audit))
    assert got and all(r.table_name == "core_staff" for r in got)
    # one changed field per line, in words: the record type and the field by their labels
    assert {audit.column("table_name").text(r.table_name) for r in got} == {"Staff member"}
    name_line = next(r for r in got if audit.column("field").text(r.field) == "Name")
    assert audit.column("change").text(name_line.change) == "李小丽"
    assert audit.column("record").text(name_line.record) == "李小丽"
    newest_first = read_all(ListPager(ctx, lists.audit_list(ctx)))
    ats = [r.at for r in newest_first]
    assert ats == sorted(ats, reverse=True)


def test_the_list_modules_never_import_qt():
    code = ("import sys, suite.plugin_api.lists, suite.core.lists; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
