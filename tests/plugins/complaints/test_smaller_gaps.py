"""Issue 13, finding 7: the cause of a delivery delay (force majeure counts against nobody),
a new customer created from the intake, and the order error shown at the first submit."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from suite.plugin_api import ValidationError, core
from suite_plugins.complaints.models import Complaint
from suite_plugins.complaints.services import handling, intake as svc, metrics, queries, statistics


def n_complaints(ctx) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count(Complaint.id)))


def test_only_an_internal_delay_counts_against_delivery_and_its_driver(intake, clerk, quality, manager, clock, staff):
    weather = intake("delivery_delay", driver_staff_id=staff["driver"], delay_cause="force_majeure")
    route = intake("delivery_delay", driver_staff_id=staff["driver"])
    handling.log_first_contact(clerk, route)
    handling.notify_department(clerk, route, "delivery")
    # the root cause tells the delay's cause when none was given: route planning is internal
    handling.record_investigation(quality, route, findings="路线规划不合理", root_cause="route_planning",
                                  responsible_department="delivery", substantiated=True,
                                  responsible_staff_id=staff["driver"])
    assert queries.get_case(clerk, route).delay_cause == "internal"
    c = queries.get_case(clerk, weather)
    handling.update_complaint(quality, weather, expected_version=c.version, responsible_department="delivery",
                              responsible_staff_id=staff["driver"], substantiated=True)
    period = (dt.date(2026, 3, 1), dt.date(2026, 4, 1))
    assert metrics.attributed(manager, [staff["driver"]], *period) == {staff["driver"]: 1.0}
    assert metrics.substantiated(manager, [staff["driver"]], *period) == {staff["driver"]: 1.0}
    st = statistics.statistics(manager, 202603, with_orders=False)
    assert dict(st.by_department) == {"delivery": 1} and st.force_majeure_delays == 1


def test_a_delay_cause_is_checked(intake, clerk, quality, clock):
    for kw, message in [({"category": "delivery_delay", "delay_cause": "aliens"}, "Choose force majeure or an internal cause."),
                        ({"category": "food_quality", "delay_cause": "internal"}, "Only a delivery delay has a cause of delay.")]:
        cat = kw.pop("category")
        with pytest.raises(ValidationError) as err:
            intake(cat, **kw)
        assert str(err.value.fields["delay_cause"]) == message
    assert n_complaints(clerk) == 0
    cid = intake("food_quality")
    c = queries.get_case(clerk, cid)
    with pytest.raises(ValidationError):
        handling.update_complaint(quality, cid, expected_version=c.version, delay_cause="internal")


def test_the_order_error_shows_with_the_other_mistakes_at_the_first_submit(clerk, customer):
    with pytest.raises(ValidationError) as err:
        svc.create_complaint(clerk, svc.ComplaintInput(customer_id=customer, channel="hotline", category="",
                                                       description="", order_number="20991231-9999"))
    assert {"category", "description", "order"} <= set(err.value.fields)
    assert "20991231-9999" in str(err.value.fields["order"])


def test_a_caller_who_is_not_a_customer_is_created_from_the_intake(clerk, suite_ctx):
    with pytest.raises(ValidationError) as err:
        svc.create_customer_inline(clerk, "", "12")
    assert set(err.value.fields) == {"new_name", "new_phone"}
    cid = svc.create_customer_inline(clerk, "赵先生", "13700137000", "东风路8号")
    found = core.search_customers(suite_ctx, "13700137000")
    assert [c.id for c in found] == [cid] and found[0].name == "赵先生"


def test_the_intake_dialog_creates_a_customer_and_shows_the_order_error_at_once(qtbot, clerk):
    from suite_plugins.complaints.ui.intake import IntakeDialog

    dialog = IntakeDialog(clerk)
    qtbot.addWidget(dialog)
    dialog.new_name.setText("钱女士")
    dialog.new_phone.setText("13600136000")
    dialog.create_customer_button.click()
    assert dialog.customer.currentText().startswith("钱女士")
    dialog.order_number.setText("20991231-9999")
    dialog.submit()  # no category, no description: every error shows now
    assert not dialog.errors["order"].isHidden() and "20991231-9999" in dialog.errors["order"].text()
    assert not dialog.errors["category"].isHidden()


def test_without_the_kitchen_the_case_page_offers_no_kitchen_step(qtbot, intake, clerk):
    from suite_plugins.complaints.services import kitchen_link
    from suite_plugins.complaints.ui.case import CasePanel

    assert not kitchen_link.available(clerk)
    assert kitchen_link.linked_anomalies(clerk, intake("foreign_object")) == []
    with pytest.raises(ValidationError) as err:
        kitchen_link.open_anomaly(clerk, intake("foreign_object"))
    assert str(err.value) == "The kitchen plugin is not installed."
    panel = CasePanel(clerk)
    qtbot.addWidget(panel)
    panel.show_case(intake("foreign_object"))
    assert panel.kitchen_button.isHidden() and panel.anomalies.isHidden()


def test_the_case_page_says_when_a_deadline_was_computed_without_holidays(qtbot, intake, clerk, manager, clock):
    from suite_plugins.complaints.services import policies
    from suite_plugins.complaints.ui.case import CasePanel

    from .conftest import local

    policies.save_desk_settings(manager, policies.DeskSettings(open_on_holidays=False))
    year = max(policies.holiday_years(manager)) + 1
    clock.set(local(year - 1, 12, 31, 18, 0))
    panel = CasePanel(clerk)
    qtbot.addWidget(panel)
    panel.show_case(intake("taste_suggestion"))
    texts = [panel.stages.item(r, 1).text() for r in range(panel.stages.rowCount())]
    assert any("computed without holidays" in t for t in texts), texts
