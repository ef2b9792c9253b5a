"""Issue 14 §7: the audit log read by a manager. Record types and fields by their labels,
values in words (money, office times, a referenced record by its name, yes/no), one change
per line, in the audit page's list and the audit extract alike; the stored rows (and so the
hash chain) stay exactly as they were."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

UTC = dt.timezone.utc


@pytest.fixture
def changes(suite_ctx):
    """A crew whose driver changes, a product whose price and state change, a vehicle check
    taken just before midnight UTC (the next morning in Shanghai)."""
    from suite.core.models import Staff
    from suite_plugins.orders.models import Crew, Product, Vehicle, VehicleCheck

    ctx = suite_ctx
    with ctx.unit_of_work() as s:
        zhang, li = Staff(name="张伟"), Staff(name="李四")
        van = Vehicle(plate="京A12345")
        s.add_all([zhang, li, van])
        s.flush()
        crew = Crew(day=dt.date(2026, 12, 1), driver_staff_id=zhang.id, vehicle_id=van.id)
        water = Product(name="桶装水", price=Decimal("12.00"))
        s.add_all([crew, water, VehicleCheck(vehicle_id=van.id, day=dt.date(2026, 12, 2), tyres=True, brakes=True,
                                             lights=True, load=True, passed=True,
                                             checked_at=dt.datetime(2026, 12, 1, 23, 58, 57, tzinfo=UTC))])
    with ctx.unit_of_work() as s:
        s.get(Crew, crew.id).driver_staff_id = li.id
        product = s.get(Product, water.id)
        product.price, product.active = Decimal("15.50"), False
    return ctx


def _stored(ctx):
    from suite.core.models import AuditLog

    with ctx.read() as s:
        return [tuple(r) for r in s.execute(select(AuditLog.__table__))]


def _line(lines, record_type, field, action=None):
    found = [l for l in lines if l.record_type == record_type and l.field_label == field
             and (action is None or l.action == action)]
    assert found, (record_type, field, [(l.record_type, l.field_label) for l in lines])
    return found[0]


def test_audit_lines_name_record_types_fields_and_referenced_records(changes):
    from suite.core.audit import audit_lines

    before = _stored(changes)
    lines = audit_lines(changes)
    driver = _line(lines, "Crew", "Driver", "update")
    assert (driver.old, driver.new) == ("张伟", "李四")
    assert driver.record == "2026-12-01 李四"  # the crew by its day and driver, not its number
    price = _line(lines, "Product", "Price", "update")
    assert (price.old, price.new, price.record) == ("¥12.00", "¥15.50", "桶装水")
    active = _line(lines, "Product", "Active", "update")
    assert (active.old, active.new) == ("Yes", "No")
    checked = _line(lines, "Vehicle check", "Checked at", "insert")
    assert checked.new == "2026-12-02 07:58"  # office time (Asia/Shanghai), not ISO UTC
    assert _line(lines, "Vehicle check", "Vehicle", "insert").new == "京A12345"
    # who and when, in office time
    assert driver.username == "system" and driver.when == changes.to_local(driver.at).strftime("%Y-%m-%d %H:%M:%S")
    assert not any("_id" in l.field_label or "orders_" in l.record_type for l in lines)
    # coded values in words (the column's declared choices)
    from suite.core.audit import AuditFormatter

    fmt = AuditFormatter(changes)
    assert fmt.value("orders_orders", "status", "confirmed") == "Confirmed"
    assert fmt.value("inv_moves", "kind", "transfer") == "Transfer"
    assert fmt.value("orders_orders", "total_amount", "1234.5") == "¥1,234.50"
    assert _stored(changes) == before  # reading changes nothing that is stored


def test_the_audit_list_shows_one_change_per_line_in_words(changes):
    from suite.core.lists import audit_list
    from suite.plugin_api.lists import ListPager

    query = audit_list(changes, table="orders_crews")
    pager = ListPager(changes, query)
    rows = []
    while not pager.at_end:
        rows += pager.fetch_next()
    shown = [{c.key: c.text(getattr(r, c.key), changes.timezone) for c in query.columns} for r in rows]
    assert len({r["key"] for r in shown}) == len(shown)  # one line per changed field
    assert ListPager(changes, query).count() == (len(rows), True)
    update = [r for r in shown if r["action"] == "Changed"]
    assert len(update) == 1 and update[0]["field"] == "Driver"
    assert update[0]["change"] == "张伟 \u2192 李四"
    assert update[0]["table_name"] == "Crew" and update[0]["record"] == "2026-12-01 李四"
    added = {r["field"]: r["change"] for r in shown if r["action"] == "Added"}
    assert added["Vehicle"] == "京A12345" and added["Day"] == "2026-12-01"


def test_the_audit_extract_reads_like_the_page(changes, tmp_path):
    import subprocess

    from suite.core.reports import audit_extract  # noqa: F401 - the report's data function
    from suite.reports.render import render_report

    out = tmp_path / "audit.pdf"
    render_report(changes, "core.audit_extract",
                  {"start": changes.today() - dt.timedelta(days=1), "end": changes.today() + dt.timedelta(days=1)}, out)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Crew" in text and "Driver" in text and "张伟 → 李四" in text
    assert "¥12.00 → ¥15.50" in text and "orders_crews" not in text and "driver_staff_id" not in text


def test_the_audit_chain_still_verifies(changes):
    from suite.core.audit import audit_lines
    from suite.core.audit_chain import verify

    audit_lines(changes)
    with changes.db.engine.connect() as conn:
        assert verify(conn).ok


def test_a_record_named_by_personal_data_is_masked_without_the_right(suite_ctx, suite_login):
    from suite.core.audit import AuditFormatter
    from suite.core.models import Customer, CustomerPhone

    with suite_ctx.unit_of_work() as s:
        customer = Customer(name="王小明")
        s.add(customer)
        s.flush()
        phone = CustomerPhone(customer_id=customer.id, phone="13912345678")
        s.add(phone)
    row = str(phone.id)
    assert AuditFormatter(suite_ctx).record_name("core_customer_phones", row) == "13912345678"
    assert AuditFormatter(suite_login("kitchen")).record_name("core_customer_phones", row) == "139****5678"
