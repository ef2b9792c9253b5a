"""Report parameters: command-line strings to typed values, and one clear message per problem."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from suite.plugin_api import Report, ReportParam, ValidationError
from suite.reports.params import DateRange, Month, check_params, display_value, parse_cli_params

SALES = "sample.sales"


def _report(suite_host, rid=SALES) -> Report:
    return suite_host.report(rid)


def test_every_kind_is_parsed_to_its_type(suite_ctx, suite_host):
    rep = _report(suite_host)
    values = parse_cli_params(rep, ["period=2026-11-01..2026-11-30", "channel=web", "rows=1,200",
                                    "min_amount=¥1,234.50", "month=2026-2", "detail=否", "note= 张三 "])
    assert values == {"period": DateRange(dt.date(2026, 11, 1), dt.date(2026, 11, 30)), "channel": "web",
                      "rows": 1200, "min_amount": Decimal("1234.50"), "month": Month(2026, 2), "detail": False,
                      "note": "张三"}
    checked = check_params(suite_ctx, rep, values)
    assert checked["channel"] == "web" and checked["period"].days == 30


@pytest.mark.parametrize("raw,expected", [
    ("2026-11-01..2026-11-30", (dt.date(2026, 11, 1), dt.date(2026, 11, 30))),
    ("2026/11/01~2026/11/05", (dt.date(2026, 11, 1), dt.date(2026, 11, 5))),
    ("2026-11-03", (dt.date(2026, 11, 3), dt.date(2026, 11, 3))),
    ("2026-02", (dt.date(2026, 2, 1), dt.date(2026, 2, 28))),
    ("2024-02", (dt.date(2024, 2, 1), dt.date(2024, 2, 29))),
])
def test_date_ranges_are_written_several_ways(suite_host, raw, expected):
    got = parse_cli_params(_report(suite_host), [f"period={raw}"])["period"]
    assert (got.start, got.end) == expected


@pytest.mark.parametrize("item,field,needle", [
    ("period=2026-11-31..2026-12-01", "period", "not a date range"),
    ("period=2026-12-01..2026-11-01", "period", "ends before it starts"),
    ("rows=ten", "rows", "not a whole number"),
    ("min_amount=abc", "min_amount", "not a number"),
    ("min_amount=NaN", "min_amount", "not a number"),
    ("month=2026-13", "month", "not a month"),
    ("detail=maybe", "detail", "neither yes nor no"),
    ("colour=red", "colour", "unknown parameter; this report takes: period, channel"),
    ("rows", "rows", "--param name=value"),
])
def test_a_bad_value_is_one_line_naming_the_parameter(suite_host, item, field, needle):
    with pytest.raises(ValidationError) as err:
        parse_cli_params(_report(suite_host), [item])
    assert list(err.value.fields) == [field]
    line = str(err.value)
    assert "\n" not in line and line.startswith(f"{field}: ") and needle in line, line


def test_a_missing_required_parameter_says_how_to_write_it(suite_host):
    rep = suite_host.report("core.audit_extract")
    with pytest.raises(ValidationError) as err:
        parse_cli_params(rep, ["start=2026-11-01"])
    assert str(err.value) == "end: required (for example end=2026-11-01)."
    with pytest.raises(ValidationError) as err:
        parse_cli_params(rep, ["start=2026-11-01", "start=2026-11-02", "bogus=1"])
    line = str(err.value)
    assert set(err.value.fields) == {"start", "end", "bogus"} and "\n" not in line
    assert "given twice" in line


def test_choices_come_from_a_callable_and_are_checked(suite_ctx, suite_host):
    rep = _report(suite_host)
    with pytest.raises(ValidationError) as err:
        check_params(suite_ctx, rep, {"channel": "fax"})
    assert "not one of: phone, web, app, walk_in" in str(err.value)
    assert display_value(suite_ctx, rep.params[1], "app") == "手机 App"


def test_defaults_fill_what_is_not_given(suite_ctx, suite_host, fake_clock):
    ctx = suite_ctx.with_clock(fake_clock)  # 2026-03-02 09:00 in Shanghai
    values = check_params(ctx, _report(suite_host), {})
    assert values["period"] == DateRange(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert values["rows"] == 40 and values["detail"] is True
    assert values["channel"] is None and values["min_amount"] is None


def test_typed_values_from_a_form_are_accepted_and_checked(suite_ctx, suite_host):
    rep = _report(suite_host)
    values = check_params(suite_ctx, rep, {"period": (dt.date(2026, 1, 1), dt.date(2026, 1, 31)),
                                           "month": dt.date(2026, 5, 17), "min_amount": 12.5})
    assert values["period"].days == 31 and values["month"] == Month(2026, 5)
    assert values["min_amount"] == Decimal("12.5")
    with pytest.raises(ValidationError) as err:
        check_params(suite_ctx, rep, {"rows": True})
    assert list(err.value.fields) == ["rows"]


def test_staff_and_customers_are_looked_up(suite_ctx):
    from suite.core.customers import CustomerInput, PhoneInput, create_customer
    from suite.core.staff import save_staff

    rep = Report("x.people", "People", "tests.reports.sample_build:sales", params=(
        ReportParam("driver", "Driver", kind="staff"), ReportParam("customer", "Customer", kind="customer")))
    driver = save_staff(suite_ctx, name="王师傅")
    customer = create_customer(suite_ctx, CustomerInput(name="张记餐馆", phones=[PhoneInput(phone="13912345678")]))
    values = check_params(suite_ctx, rep, parse_cli_params(rep, ["driver=王师傅", f"customer={customer}"]))
    assert values == {"driver": driver, "customer": customer}
    assert display_value(suite_ctx, rep.params[0], driver) == f"王师傅 (#{driver})"
    with pytest.raises(ValidationError) as err:
        check_params(suite_ctx, rep, {"driver": "李师傅", "customer": 99999})
    assert set(err.value.fields) == {"driver", "customer"}


def test_month_arithmetic():
    assert Month(2026, 12).next() == Month(2027, 1)
    assert Month(2026, 1).previous() == Month(2025, 12)
    assert Month(2026, 2).end == dt.date(2026, 2, 28)
    assert str(Month(2026, 3)) == "2026-03"
    with pytest.raises(ValueError):
        Month(2026, 13)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(9998, 12, 31)), st.integers(0, 400))
def test_a_written_range_reads_back_as_itself(start, days):
    end = start + dt.timedelta(days=days)
    rep = Report("x", "x", "m:f", params=(ReportParam("p", "p", kind="date_range"),))
    got = parse_cli_params(rep, [f"p={DateRange(start, end)}"])["p"]
    assert got == DateRange(start, end) and got.days == days + 1


def test_utc_bounds_follow_the_office_time_zone(suite_ctx):
    lo, hi = DateRange(dt.date(2026, 11, 1), dt.date(2026, 11, 30)).utc_bounds(suite_ctx)
    assert lo == dt.datetime(2026, 10, 31, 16, 0, tzinfo=dt.timezone.utc)  # midnight in Shanghai
    assert hi == dt.datetime(2026, 11, 30, 16, 0, tzinfo=dt.timezone.utc)
