"""The one shared formatter of figures (suite.plugin_api.numbers) and the right-aligned,
formatted number cells it gives the tables."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from suite.plugin_api import numbers
from suite.plugin_api.lists import ListColumn, format_money as list_money
from suite.plugin_api.numbers import format_count, format_decimal, format_money, format_number, format_percent


@pytest.mark.parametrize("value, text", [
    (Decimal("1234.5"), "¥1,234.50"),
    (Decimal("-12"), "-¥12.00"),
    (0, "¥0.00"),
    (Decimal("-0.001"), "¥0.00"),  # no "-¥0.00"
    (Decimal("123456789.994"), "¥123,456,789.99"),
    (12.5, "¥12.50"),
    ("1,234.5", "¥1,234.50"),
    (None, ""),
    ("", ""),
])
def test_money(value, text):
    assert format_money(value) == text


def test_counts_decimals_and_percentages():
    assert format_count(12345) == "12,345"
    assert format_count(-3) == "-3"
    assert format_count(0) == "0"
    assert format_count(None) == ""
    assert format_decimal(Decimal("-1234.567")) == "-1,234.57"
    assert format_decimal(Decimal("-0.001")) == "0.00"
    assert format_percent(Decimal("0.125")) == "12.5%"
    assert format_percent(-0.5) == "-50.0%"
    assert format_percent(0) == "0.0%"
    assert format_percent(12.5, fraction=False) == "12.5%"
    assert format_percent(None) == ""
    assert format_money(Decimal("3"), sign=True) == "+¥3.00"
    assert format_number(Decimal("1234567"), "int") == "1,234,567"
    assert format_number(Decimal("0.5"), "percent", 0) == "50%"
    with pytest.raises(ValueError):
        format_number(1, "colour")


def test_lists_and_columns_use_the_same_formatter():
    assert list_money is numbers.format_money
    col = ListColumn("total", "Total", kind="money")
    assert col.text(Decimal("-1234.5")) == "-¥1,234.50" and col.alignment == "right"
    assert ListColumn("share", "Share", kind="percent").text(Decimal("0.125")) == "12.5%"


def test_number_item_is_right_aligned_and_formatted(qapp):
    from suite.plugin_api.ui import number_item

    item = number_item(Decimal("-1234.5"), "money")
    assert item.text() == "-¥1,234.50"
    assert int(item.textAlignment()) & int(Qt.AlignmentFlag.AlignRight)
    assert item.data(Qt.ItemDataRole.UserRole) == Decimal("-1234.5")
    assert number_item(None, "int").text() == ""
    assert number_item(None, text="—").text() == "—"


def test_priority_of_a_column_is_checked():
    assert ListColumn("a", "A").priority == 3
    with pytest.raises(ValueError):
        ListColumn("a", "A", priority=0)
    with pytest.raises(ValueError):
        ListColumn("a", "A", priority=6)
