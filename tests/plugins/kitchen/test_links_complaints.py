"""The closed loop complaint -> kitchen (CONTRACTS.md): a complaint of the complaints desk
opens a kitchen anomaly through the kitchen's published api, the anomaly links back, and the
kitchen's anomaly page opens the complaint through the complaints desk's published page."""

from __future__ import annotations

import datetime as dt

import pytest

complaints_api = pytest.importorskip("suite_plugins.complaints.api")

from suite_plugins.kitchen import api as kitchen  # noqa: E402
from suite_plugins.kitchen.services import anomalies  # noqa: E402
from tests.plugins.kitchen.conftest import local  # noqa: E402


@pytest.fixture
def suite_plugins():
    return ["orders", "complaints", "kitchen"]


def test_a_complaint_opens_an_anomaly_that_links_back(qtbot, suite_ctx, login, staff, clock):
    from suite.plugin_api import core
    from suite_plugins.complaints.services import intake

    customer = core.create_customer(suite_ctx, core.CustomerInput("王芳", phones=["13800138000"], addresses=["东风路1号"]))
    clerk = login("clerk")
    clock.set(local(2026, 3, 2, 12, 30))
    complaint = intake.create_complaint(clerk, intake.ComplaintInput(customer, "hotline", "foreign_object", "米饭里有头发"))
    # the clerk has no kitchen right: the kitchen refuses; the quality controller may
    with pytest.raises(Exception) as err:
        kitchen.open_anomaly_from_complaint(clerk, complaint, kind="foreign_object", description="米饭里有头发")
    assert "kitchen.record" in str(err.value)
    quality = login("quality", staff_key="quality")
    aid = kitchen.open_anomaly_from_complaint(quality, complaint, kind="foreign_object", description="米饭里有头发")
    (ref,) = kitchen.anomalies_for_complaint(quality, complaint)
    assert ref.id == aid and ref.complaint_id == complaint and ref.occurred_on == dt.date(2026, 3, 2)

    from suite_plugins.kitchen.ui.anomalies import AnomaliesPage

    opened = []
    quality.page_opener = lambda page, key: opened.append((page, key))
    page = AnomaliesPage(quality)
    qtbot.addWidget(page)
    page.open_key(aid)
    assert anomalies.get_anomaly(quality, aid).complaint_id == complaint
    assert page.panel.links.text().endswith(str(complaint))
    page.panel._open_complaint()
    assert opened == [(complaints_api.LIST_PAGE, complaint)]
