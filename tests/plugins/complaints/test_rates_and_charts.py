"""Issue 13, finding 5: every rate divides the same months above and below the line and says
so when one side has no data; the GUI's category chart labels every bar."""

from __future__ import annotations

import pytest

from suite_plugins.complaints.services import orders_link, statistics

from .conftest import local


@pytest.fixture
def autumn(intake, clock):
    """Four complaints a month from September to December 2026."""
    for month in (9, 10, 11, 12):
        for day in (3, 10, 17, 24):
            clock.set(local(2026, month, day, 10, 0))
            intake("delivery_delay")
    return None


def test_the_yearly_rate_divides_the_same_months_above_and_below_the_line(autumn, manager, monkeypatch):
    # the order desk went into use in November: no order figures before
    monkeypatch.setattr(orders_link, "orders_per_month", lambda ctx, start, end: {202611: 100, 202612: 100})
    st = statistics.statistics(manager, 202601, 202612)
    assert st.total == 16
    assert st.rate_months == [202611, 202612] and st.rate_complaints == 8 and st.orders == 200
    assert st.complaint_rate == pytest.approx(8 / 200)  # 4%, not 16/200
    assert st.rate_note == "over 2026-11 \u2013 2026-12 only: no order figures for 2026-01 \u2013 2026-10"
    # a month with both sides: no note
    month = statistics.statistics(manager, 202611)
    assert month.complaint_rate == pytest.approx(4 / 100) and month.rate_note == ""
    # a month without order figures: no rate, and it says why
    sept = statistics.statistics(manager, 202609)
    assert sept.complaint_rate is None and sept.orders is None
    assert sept.rate_note == "no order figures for this period: no complaint rate"


def test_the_statistics_page_labels_every_category_bar(qtbot, intake, manager, clock):
    from suite_plugins.complaints import codes
    from suite_plugins.complaints.ui.statistics import StatisticsPage

    cats = ["food_quality", "foreign_object", "spoiled_illness", "delivery_delay", "wrong_item",
            "packaging_damaged", "packaging_unsanitary", "service_attitude"]
    for cat in cats:
        intake(cat)
    page = StatisticsPage(manager)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    qtbot.waitUntil(lambda: page.stats is not None, timeout=5000)
    chart = page.categories_chart
    assert sorted(chart.visible_labels()) == sorted(str(codes.label(codes.CATEGORIES, c)) for c in cats)
    assert chart.sizeHint().height() >= len(cats) * chart.BAR  # room for every bar
