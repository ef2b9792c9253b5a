"""Personal data leaves the services masked (issue 8, section 3), for every plugin at once.

A user whose role holds every permission but ``customers.view_pii`` walks every list provider
(rows and their Excel/CSV export), every search provider and every report (the PDF's text) of
the plugin host, so a list, a search or a report a plugin adds later is walked too. A customer
with a known phone number and address has an order (taken, confirmed, planned, dispatched,
delivered), a bucket deposit and a complaint; nowhere may the number or the address appear
unmasked. And the prefix attack of the issue (a phone number found back digit by digit through
the search) gets nothing.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from suite.core import customers, staff, users
from suite.host import resolve
from suite.plugin_api.lists import ListPager, export_list

PHONE = "13982976813"
LANDLINE = "057186423917"
ADDRESS = "西环路翠湖苑7幢2单元1101室"
#: what must never be seen: the numbers (also grouped 3-4-4), and the address past its masked prefix
SECRETS = (PHONE, "139 8297 6813", "1398297", "8297 6813", LANDLINE, "86423917", "翠湖苑7幢", "2单元1101", ADDRESS)
DAY = dt.date(2026, 3, 2)


def _leaks(text: str) -> list[str]:
    return [s for s in SECRETS if s in text]


def _world(system, clock):
    """The customer, an order delivered to them, a deposit, a complaint; and the masked user."""
    from suite_plugins.orders.services import catalog, deliveries, dispatch, orders

    ctx = system.with_clock(clock)
    customers.save_area(ctx, "西城片区", "西环路,翠湖苑", travel_minutes=30)
    driver = staff.save_staff(ctx, name="配送员老李", phone="13700001111",
                              department_id=staff.department_id(ctx, "delivery"))
    vehicle = dispatch.save_vehicle(ctx, plate="浙A·D2001", capacity_buckets=40, default_driver_staff_id=driver)
    water = catalog.save_product(ctx, catalog.ProductInput("农夫山泉 18.9L", "18", kind="water", unit="桶",
                                                           bucket_litres="18.9", deposit="30", returnable=True))
    cid = customers.create_customer(ctx, customers.CustomerInput(
        "周晓梅", phones=[customers.PhoneInput(PHONE, "手机", True), customers.PhoneInput(LANDLINE, "座机")],
        addresses=[ADDRESS]))
    oid = orders.create_order(ctx, orders.OrderInput(channel="phone", customer_id=cid,
                                                     items=[orders.ItemInput(water, 2)]))
    orders.confirm_order(ctx, oid)
    dispatch.reassign(ctx, oid, driver, "测试")
    dispatch.record_check(ctx, vehicle, tyres=True, brakes=True, lights=True, load=True)
    dispatch.dispatch_order(ctx, oid)
    clock.advance(minutes=40)
    deliveries.confirm_delivery(ctx, oid, deliveries.DeliveryInput(signed_by="周"))
    second = orders.create_order(ctx, orders.OrderInput(channel="phone", customer_id=cid,
                                                        items=[orders.ItemInput(water, 1)]))
    orders.confirm_order(ctx, second)
    from suite_plugins.orders.services import queries

    orders.update_order(ctx, second, orders.OrderInput(channel="phone", customer_id=cid, contact_phone=LANDLINE,
                                                       items=[orders.ItemInput(water, 1)]),
                        expected_version=queries.get_order(ctx, second).version, reason="客户要求打座机")
    dispatch.reassign(ctx, second, driver, "测试")  # on the route sheet and the board, not yet out
    if ctx.host.is_active("complaints"):
        from suite_plugins.complaints.services import intake

        intake.create_complaint(ctx, intake.ComplaintInput(customer_id=cid, channel="hotline", category="delivery_delay",
                                                           description="送水晚了一个小时", order_id=oid))
    # a role with every permission there is, except the one to see personal data
    every = sorted({p.id for p in ctx.host.permissions()} - {"customers.view_pii"})
    users.save_role(ctx, name="查看员", permissions=every)
    users.create_owner(ctx, "boss", "password-123")
    owner = users.login(ctx, "boss", "password-123")
    users.create_user(owner, "chakan", "password-123", roles=("查看员",))
    viewer = users.login(ctx, "chakan", "password-123").with_clock(clock)
    assert viewer.can("customers.view") and not viewer.can("customers.view_pii")
    return viewer, {"customer": cid, "order": oid, "driver": driver,
                    "number": orders_number(ctx, oid)}


def orders_number(ctx, oid) -> str:
    from suite_plugins.orders.services import queries

    return queries.get_order(ctx, oid).number


def _param_value(param, known: dict) -> str | None:
    """A command-line value for a report parameter, aimed at the known customer's data."""
    kind = param.kind
    if kind == "customer":
        return str(known["customer"])
    if kind == "staff":
        return str(known["driver"])
    if kind == "date":
        return DAY.isoformat()
    if kind == "date_range":
        return f"{(DAY - dt.timedelta(days=31)).isoformat()}..{(DAY + dt.timedelta(days=1)).isoformat()}"
    if kind == "month":
        return DAY.strftime("%Y-%m")
    if kind == "text" and param.required:
        return known["number"]
    if param.default is not None:
        return None  # the report's own default
    if kind == "choice":
        return None
    return None


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


@pytest.fixture
def clock(fake_clock):
    fake_clock.set(dt.datetime(2026, 3, 2, 1, 0, tzinfo=dt.timezone.utc))  # 09:00 in Shanghai
    return fake_clock


def test_no_list_search_or_report_shows_a_phone_or_address_unmasked(suite_ctx, suite_backend, clock, tmp_path):
    viewer, known = _world(suite_ctx, clock)
    host = viewer.host
    found: list[str] = []

    # every list, every row, every value; and its export
    providers = host.list_providers()
    assert {"core.customers", "orders.orders"} <= {p.id for p in providers}
    rows_seen = 0
    for provider in providers:
        query = resolve(provider.query)(viewer)
        for row in ListPager(viewer, query).iter_rows():
            rows_seen += 1
            found += [f"list {provider.id}: {s}" for s in _leaks(" | ".join(str(v) for v in row))]
        if query.export_permission is None or viewer.can(query.export_permission):
            for fmt in ("csv", "xlsx"):
                out = tmp_path / f"{provider.id}.{fmt}"
                export_list(viewer, ListPager(viewer, query), out, fmt)
                text = out.read_text("utf-8-sig") if fmt == "csv" else _xlsx_text(out)
                found += [f"export {provider.id}.{fmt}: {s}" for s in _leaks(text)]
    assert rows_seen > 0

    # every search provider, asked for everything that leads to the customer
    for provider in host.search_providers():
        search = resolve(provider.search)
        for text in (PHONE, "周晓梅", known["number"], "翠湖苑", LANDLINE):
            for hit in search(viewer, text, 20):
                found += [f"search {provider.id} {text!r}: {s}" for s in _leaks(f"{hit.title} {hit.subtitle}")]
    # the whole number still finds the customer (masked)
    hits = resolve(next(p for p in host.search_providers() if p.id == "core.customers").search)(viewer, PHONE, 10)
    assert hits and "139****6813" in hits[0].subtitle

    # every report, rendered to PDF and read back
    from suite.reports.render import render_report

    rendered = 0
    for report in host.reports():
        params = {p.name: v for p in report.params if (v := _param_value(p, known)) is not None}
        if any(p.required and p.default is None and p.name not in params for p in report.params):
            # a report about one record of a plugin that holds no customer data (a stocktake, a
            # purchase order, a supplier): nothing here to fill it with, nothing of a customer's to leak
            assert report.plugin in ("kitchen", "inventory", "scoring"), report.id
            continue
        out = tmp_path / f"{report.id}.pdf"
        render_report(viewer, report, params, out)
        rendered += 1
        found += [f"report {report.id}: {s}" for s in _leaks(_pdf_text(out))]
    assert rendered >= 5

    # the views a page or a plugin gets
    from suite_plugins.orders import api as orders_api
    from suite_plugins.orders.services import deposits, dispatch, orders, queries

    views = [customers.get_customer(viewer, known["customer"]), queries.get_order(viewer, known["order"]),
             queries.get_order(viewer, known["order"] + 1), orders.review_order(viewer, known["order"] + 1),
             orders_api.get_order(viewer, known["order"]), orders.customer_panel(viewer, known["customer"]),
             orders.repeat_last_order(viewer, known["customer"]), dispatch.board(viewer, DAY),
             dispatch.route_sheet(viewer, DAY, known["driver"]), deposits.statement(viewer, known["customer"]),
             orders.lookup_phone(viewer, PHONE), customers.search_customers(viewer, "周晓梅")]
    if host.is_active("complaints"):
        from suite_plugins.complaints.services import queries as cq

        case = cq.get_case(viewer, 1)
        views.append(case)
    for view in views:
        found += [f"view {type(view).__name__}: {s}" for s in _leaks(repr(view))]
    assert found == [], "\n".join(found)


def _xlsx_text(path: Path) -> str:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    parts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            parts.extend(str(v) for v in row if v is not None)
    return " ".join(parts)


def test_the_phone_prefix_attack_finds_nothing(suite_ctx, suite_backend, clock):
    """Issue 8: typing 139, 1398, 13982... and watching which searches answer gave the whole
    number back in 44 searches. Without the right, only the whole number answers."""
    viewer, known = _world(suite_ctx, clock)
    host = viewer.host
    from suite_plugins.orders.services import orders

    def answers(text: str) -> list[str]:
        out = []
        for provider in host.search_providers():
            out += [f"{provider.id}: {h.title}" for h in resolve(provider.search)(viewer, text, 20)]
        for provider in host.list_providers():
            query = resolve(provider.query)(viewer)
            if query.search is None:
                continue
            pager = ListPager(viewer, query)
            for f in query.filters:  # every row, whatever the default filters hide
                if any(v in (None, "") for v, _ in f.choices):
                    pager.set_filter(f.key, next(v for v, _ in f.choices if v in (None, "")))
            pager.set_search(text)  # a row that leads to the customer (an audit row found by its id does not)
            out += [f"list {provider.id}: row" for row in pager.fetch_next() if "周晓梅" in " ".join(map(str, row))]
        out += [f"desk: {c.name}" for c in orders.lookup_phone(viewer, text)]
        out += [f"core: {c.name}" for c in customers.find_by_phone(viewer, text)]
        return out

    searches = 0
    for n in range(3, len(PHONE)):  # the attack: guess the next digit, keep the one that answers
        for digit in "0123456789":
            probe = PHONE[:n - 1] + digit
            searches += 1
            assert answers(probe) == [], probe
    assert searches >= 44
    # the whole number does (the clerk on the phone gives it)
    assert any(a.startswith("core.customers") for a in answers(PHONE))
    # the order desk's clerk holds the right by role, and looks customers up by the first digits
    owner = users.login(suite_ctx, "boss", "password-123")
    users.create_user(owner, "desk1", "password-123", roles=("clerk",))
    clerk = users.login(suite_ctx, "desk1", "password-123")
    assert [c.id for c in orders.lookup_phone(clerk, PHONE[:7])] == [known["customer"]]
    assert orders.lookup_phone(clerk, PHONE[:7])[0].primary_phone == PHONE
