"""The records behind a KPI figure (every number links to what it came from), and the
complaints api's read of one case, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import insert

from suite.plugin_api import NotFound, PermissionDenied
from suite_plugins.scoring.services import sources
from tests.plugins.scoring.conftest import NOV, local

pytestmark = pytest.mark.usefixtures("suite_backend")


def note(ctx, event, source_id, staff_id, day, **fields):
    from suite_plugins.scoring.models import EventNote

    with ctx.db.engine.begin() as conn:
        conn.execute(insert(EventNote.__table__), [dict(
            event=event, plugin=event.split("_")[1] + "s", source_kind="order", source_id=source_id, month=NOV,
            at=dt.datetime.combine(day, dt.time(3), tzinfo=dt.timezone.utc), day=day, staff_id=staff_id,
            fields=json.dumps({**fields, "_voided": False}, sort_keys=True))])


def test_a_delivery_kpi_lists_the_noted_deliveries_of_the_person(manager, clerk, staff):
    d = staff["driver"]
    note(manager, "suite_order_did_deliver", 11, d, dt.date(2026, 11, 3), late_minutes=0, amount=36.0, on_time=True)
    note(manager, "suite_order_did_deliver", 12, d, dt.date(2026, 11, 4), late_minutes=25, amount=36.0, on_time=False)
    note(manager, "suite_order_did_deliver", 13, staff["cook"], dt.date(2026, 11, 4), late_minutes=0, amount=1.0,
         on_time=True)
    note(manager, "suite_order_did_cancel", 12, d, dt.date(2026, 11, 5), amount=36.0)  # cancelled since: not a source
    got = sources.kpi_records(manager, "orders.on_time_rate", d, NOV)
    assert [(r.id, r.page, r.label) for r in got] == [(11, "orders.list", "Delivery, on time")]
    assert sources.kpi_records(manager, "orders.deliveries", staff["cook"], NOV)[0].id == 13
    # a metric no api names record by record: no list, the page that lists them
    assert sources.kpi_records(manager, "orders.orders_taken", d, NOV) == []
    assert sources.metric_page("orders.orders_taken") == "orders.list"
    with pytest.raises(PermissionDenied):  # a clerk sees her own figures only
        sources.kpi_records(clerk, "orders.deliveries", d, NOV)


def test_a_complaints_kpi_lists_the_cases_naming_the_person(manager, login, staff, clock):
    from suite.plugin_api import core
    from suite_plugins.complaints import api as complaints
    from suite_plugins.complaints.services import intake

    clock.set(local(2026, 11, 10, 10, 0))
    desk = login("manager", staff_key="cs")
    cust = core.create_customer(desk, core.CustomerInput("王芳", phones=["13800138000"], addresses=["东风路1号"]))

    def case(**kw):
        return intake.create_complaint(desk, intake.ComplaintInput(customer_id=cust, channel="hotline",
                                                                   category="food_quality", description="米饭里有头发",
                                                                   **kw))

    mine, other = case(driver_staff_id=staff["driver"]), case(cook_staff_id=staff["cook"])
    ref = complaints.get_complaint(desk, mine)
    assert ref.staff("driver") == staff["driver"] and ref.handler_staff_id == staff["cs"]
    assert ref.substantiated is None and ref.number
    with pytest.raises(NotFound):
        complaints.get_complaint(desk, 999_999)
    clock.set(local(2026, 12, 2, 9, 0))
    got = sources.kpi_records(manager, "complaints.attributed", staff["driver"], NOV)
    assert [(r.id, r.page) for r in got] == [(mine, complaints.LIST_PAGE)]
    assert ref.number in got[0].label
    assert [r.id for r in sources.kpi_records(manager, "complaints.attributed", staff["cook"], NOV)] == [other]
    assert sources.kpi_records(manager, "complaints.substantiated", staff["driver"], NOV) == []  # not decided yet
    handled = sources.kpi_records(manager, "complaints.handler_sla", staff["cs"], NOV)
    assert sorted(r.id for r in handled) == sorted([mine, other])
