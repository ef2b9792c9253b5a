"""The kitchen link of the case page (CONTRACTS.md): runs once the kitchen plugin is merged."""

from __future__ import annotations

import pytest

pytest.importorskip("suite_plugins.kitchen.api")

from suite_plugins.complaints.services import kitchen_link  # noqa: E402


@pytest.fixture
def suite_plugins():
    return ["orders", "complaints", "kitchen"]


def test_a_complaint_opens_a_kitchen_anomaly_carrying_its_text(intake, login, clock, make_order, customer):
    from suite_plugins.kitchen import api as kitchen

    clerk = login("owner")
    order_id = make_order(customer, "36.00")
    cid = intake("foreign_object", ctx=clerk, description="汤里有一根铁丝", order_id=order_id)
    assert kitchen_link.available(clerk)
    aid = kitchen_link.open_anomaly(clerk, cid)
    refs = kitchen_link.linked_anomalies(clerk, cid)
    assert [r.id for r in refs] == [aid]
    ref = refs[0]
    assert ref.complaint_id == cid and ref.order_id == order_id and ref.kind == "foreign_object"
    assert "铁丝" in ref.title or "铁丝" in str(getattr(ref, "description", ref.title)) or ref.title
    assert kitchen_link.anomaly_page() == kitchen.ANOMALY_PAGE


def test_the_case_page_shows_the_kitchen_button_and_the_links(qtbot, intake, login, clock):
    from suite_plugins.complaints.ui.case import CasePanel

    owner = login("owner")
    cid = intake("foreign_object", ctx=owner)
    panel = CasePanel(owner)
    qtbot.addWidget(panel)
    panel.show_case(cid)
    assert not panel.kitchen_button.isHidden()
    kitchen_link.open_anomaly(owner, cid)
    panel.show_case(cid)
    assert panel.anomalies.count() == 1
