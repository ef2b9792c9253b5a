"""DateRangePicker and MonthPicker against the office clock; the QPainter charts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QPoint, Qt

from suite.plugin_api.lists import format_money
from suite.plugin_api.ui import ChartWidget, DateRangePicker, MonthPicker, Series, Sparkline
from suite.ui.widgets.charts import nice_ticks
from suite.ui.widgets.style import SERIES_COLOURS


@pytest.fixture
def office(suite_ctx, fake_clock):
    # 2026-03-01 17:30 UTC is already Monday 2 March in Shanghai
    fake_clock.set(dt.datetime(2026, 3, 1, 17, 30, tzinfo=dt.timezone.utc))
    return suite_ctx.with_clock(fake_clock)


def picker(qtbot, office, **kwargs) -> DateRangePicker:
    w = DateRangePicker(today=office.today, **kwargs)
    qtbot.addWidget(w)
    return w


def test_presets_follow_the_office_day(qtbot, office):
    w = picker(qtbot, office)
    assert w.preset() == "today" and w.value() == (dt.date(2026, 3, 2), dt.date(2026, 3, 2))
    expected = {
        "this_week": (dt.date(2026, 3, 2), dt.date(2026, 3, 8)),
        "this_month": (dt.date(2026, 3, 1), dt.date(2026, 3, 31)),
        "last_month": (dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
    }
    for preset, span in expected.items():
        with qtbot.waitSignal(w.rangeChanged) as got:
            w.preset_combo.setCurrentIndex(w.preset_combo.findData(preset))
        assert got.args == list(span) and w.value() == span
    start, end = w.utc_bounds(office)
    assert start == dt.datetime(2026, 1, 31, 16, 0, tzinfo=dt.timezone.utc)  # 1 Feb 00:00 in Shanghai
    assert end == dt.datetime(2026, 2, 28, 16, 0, tzinfo=dt.timezone.utc)    # 1 Mar 00:00 in Shanghai


def test_editing_a_date_means_custom_and_the_end_never_precedes_the_start(qtbot, office):
    w = picker(qtbot, office, preset="this_month")
    with qtbot.waitSignal(w.rangeChanged) as got:
        w.start_edit.setDate(QDate(2026, 3, 10))
    assert w.preset() == "custom" and got.args == [dt.date(2026, 3, 10), dt.date(2026, 3, 31)]
    w.end_edit.setDate(QDate(2026, 3, 5))
    assert w.value() == (dt.date(2026, 3, 5), dt.date(2026, 3, 5))
    w.set_range(dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert w.preset() == "last_month"  # a range that is a preset shows as that preset
    with pytest.raises(ValueError):
        w.set_preset("next_year")


def test_month_picker_steps_and_stops_at_this_month(qtbot, office):
    w = MonthPicker(today=office.today)
    qtbot.addWidget(w)
    assert w.value() == (2026, 3)
    assert not w.next_button.isEnabled()
    with qtbot.waitSignal(w.monthChanged) as got:
        qtbot.mouseClick(w.prev_button, Qt.MouseButton.LeftButton)
    assert got.args == [2026, 2]
    assert (w.first_day(), w.last_day()) == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    w.step(-2)
    assert w.value() == (2025, 12)
    qtbot.keyClick(w, Qt.Key.Key_PageDown)
    assert w.value() == (2026, 1)
    w.step(12)
    assert w.value() == (2026, 3)  # not into the future
    start, end = w.utc_bounds(office)
    assert (start, end) == (dt.datetime(2026, 2, 28, 16, tzinfo=dt.timezone.utc),
                            dt.datetime(2026, 3, 31, 16, tzinfo=dt.timezone.utc))


def test_nice_ticks():
    assert nice_ticks(0, 95) == [0, 20, 40, 60, 80, 100]
    assert nice_ticks(0, 1234.5) == [0, 250, 500, 750, 1000, 1250]
    assert nice_ticks(-30, 70) == [-40, -20, 0, 20, 40, 60, 80]
    assert nice_ticks(0, 0) == [0, 0.2, 0.4, 0.6, 0.8, 1.0]
    assert nice_ticks(5, 5)[0] == 0


def _colours_in(widget) -> set[str]:
    image = widget.grab().toImage()
    return {image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}


def test_bar_and_line_charts_draw_their_series(qtbot):
    chart = ChartWidget(kind="bar", title="每日订单")
    qtbot.addWidget(chart)
    chart.resize(480, 260)
    chart.set_data(["3-01", "3-02", "3-03"], [Series("订单", [12, 18, 9]), Series("投诉", [1, 0, 3])])
    colours = _colours_in(chart)
    assert SERIES_COLOURS[0] in colours and SERIES_COLOURS[1] in colours
    chart.set_kind("line")
    assert SERIES_COLOURS[0] in _colours_in(chart)
    chart.grab()  # lay out the plot
    index = chart.index_at(chart._plot.left() + chart._plot.width() * 0.5)
    assert index == 1
    assert chart.tooltip_text(1) == "3-02\n订单: 18\n投诉: 0"
    with pytest.raises(ValueError):
        chart.set_data(["a"], [Series("x", [1, 2])])
    with pytest.raises(ValueError):
        chart.set_kind("pie")


def test_money_chart_and_empty_chart(qtbot):
    chart = ChartWidget(value_format=format_money)
    qtbot.addWidget(chart)
    chart.resize(400, 220)
    chart.set_data(["一月", "二月"], [Series("营业额", [Decimal("1234.50"), None])])
    chart.grab()
    assert chart.tooltip_text(0) == "一月\n营业额: ¥1,234.50"
    assert chart.tooltip_text(1) == "二月\n营业额: —"
    assert chart.axis_label(1000.0) == "¥1,000" and chart.axis_label(2.5) == "¥2.50"
    empty = ChartWidget()
    qtbot.addWidget(empty)
    empty.resize(300, 200)
    assert SERIES_COLOURS[0] not in _colours_in(empty)
    qtbot.mouseMove(chart, QPoint(200, 100))  # hovering shows a tooltip without errors


def test_sparkline(qtbot):
    spark = Sparkline()
    qtbot.addWidget(spark)
    spark.resize(120, 32)
    spark.set_values([3, 5, None, 4, 8])
    assert spark.toolTip() == "8"
    assert SERIES_COLOURS[0] in _colours_in(spark)
    spark.set_values([1])
    assert SERIES_COLOURS[0] not in _colours_in(spark)
