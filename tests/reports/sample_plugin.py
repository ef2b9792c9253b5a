"""A plugin that declares reports, exactly as a third-party plugin would (plugin API only)."""

from __future__ import annotations

from suite.plugin_api import Report, ReportParam, hookimpl
from suite.plugin_api.i18n import domain

T = domain("sample_reports")

NAME = "sample_reports"
TITLE = "Sample reports"
VERSION = "1.0"
API_VERSION = "1.0"
REQUIRES: tuple[str, ...] = ()
OPTIONAL: tuple[str, ...] = ()

SALES_PARAMS = (
    ReportParam("period", T("Period"), kind="date_range", default="this_month"),
    ReportParam("channel", T("Channel"), kind="choice", required=False,
                choices="tests.reports.sample_build:channels"),
    ReportParam("rows", T("Rows"), kind="int", default=40),
    ReportParam("min_amount", T("Minimum amount"), kind="decimal", required=False),
    ReportParam("month", T("Month"), kind="month", required=False),
    ReportParam("detail", T("With detail"), kind="bool", default=True),
    ReportParam("note", T("Note"), kind="text", required=False),
)


@hookimpl
def suite_reports():
    return [
        Report("sample.sales", T("Water sales"), "tests.reports.sample_build:sales", params=SALES_PARAMS,
               permission="customers.view"),
        Report("sample.sales_landscape", T("Water sales"), "tests.reports.sample_build:sales",
               params=SALES_PARAMS, pagesize="A4-landscape"),
        Report("sample.sales_a5", T("Water sales"), "tests.reports.sample_build:sales", params=SALES_PARAMS,
               pagesize="A5"),
        Report("sample.receipt", T("Delivery slip"), "tests.reports.sample_build:receipt",
               params=(ReportParam("order", T("Order"), kind="int"),), pagesize="80mm"),
        Report("sample.broken", T("Broken"), "tests.reports.sample_build:broken",
               params=(ReportParam("day", T("Day"), kind="date"),)),
    ]
