"""Reports for plugins: everything a report needs, from the one module a plugin may import.

Declare a report with :class:`suite.plugin_api.Report` (and :class:`ReportParam`) from your
``suite_reports`` hook; write its ``build`` function in a module of its own (imported only when
the report is printed)::

    from suite.plugin_api.i18n import domain
    from suite.plugin_api.reports import ReportDocument   # for type hints (loads reportlab)
    from my_plugin import services

    T = domain("orders")

    def daily(ctx, params, doc: ReportDocument) -> list:
        period = params["period"]                           # a DateRange (end inclusive)
        rows = services.totals_per_day(ctx, *period.utc_bounds(ctx))
        return [
            doc.bar_chart([(r.day.strftime("%m-%d"), r.amount) for r in rows],
                          title=T("Turnover per day"), value_format=doc.money),
            *doc.table([T("Day"), T("Orders"), T("Amount")],
                       [(r.day, r.orders, r.amount) for r in rows],
                       money=[2], numbers=[1],
                       total=[T("Total"), sum(r.orders for r in rows), sum(r.amount for r in rows)]),
        ]

The framework adds the letterhead (company name, address, phone, logo), the title, the
parameters used, the footer ("第 x 页 / 共 y 页", when and by whom) and embeds a Chinese font.
``build`` must get its data from services: no queries in drawing code.

To print from your own page: ``render_report(ctx, "orders.daily", {"period": ...}, path)``.

What is here:

* :class:`ReportDocument` - the ``doc`` (styles, ``table``, ``bar_chart``, ``line_chart``,
  ``pie_chart``, ``paragraph``, ``heading``, ``note``, ``key_values``, ``spacer``,
  ``page_break``, ``keep_together``, formatting helpers). Importing it loads reportlab.
* :func:`render_report`, :func:`parse_cli_params`, :func:`check_params`.
* :class:`DateRange`, :class:`Month` - the values of ``date_range`` and ``month`` parameters.
* :func:`money`, :func:`number`, :func:`percent`, :func:`format_date`, :func:`format_datetime`,
  :func:`format_time` - formatting without reportlab (usable in pages and services too).
* :data:`PAGE_SIZES`, :data:`PARAM_KINDS`.

Only :class:`ReportDocument` needs reportlab, and it is imported when first asked for, so a
plugin importing this module at start-up costs nothing.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any

from suite.reports.formatting import money, number, percent
from suite.reports.params import KINDS as PARAM_KINDS
from suite.reports.params import DateRange, Month

if TYPE_CHECKING:  # pragma: no cover
    from suite.reports.document import ReportDocument

PAGE_SIZES = ("A4", "A4-landscape", "A5", "80mm")

__all__ = [
    "ReportDocument", "render_report", "parse_cli_params", "check_params", "DateRange", "Month",
    "money", "number", "percent", "format_date", "format_datetime", "format_time", "PAGE_SIZES",
    "PARAM_KINDS",
]


def render_report(ctx, report, params, path, **options: Any):
    """Render a report (its id or record) to a PDF file; returns the path. ``params`` may be
    typed values or command-line strings. ``options``: ``font`` (a font file overriding the
    settings' ``[reports] font``) and ``system_fonts=False`` (do not look for the system's
    fonts). Raises UserError for a missing font, a folder that does not exist or a file open
    in another program."""
    from suite.reports.render import render_report as _render

    return _render(ctx, report, params, path, **options)


def parse_cli_params(report, items, ctx=None) -> dict:
    """``["name=value", ...]`` -> typed parameter values (ValidationError on any problem)."""
    from suite.reports.params import parse_cli_params as _parse

    return _parse(report, items, ctx)


def check_params(ctx, report, values) -> dict:
    """Complete and check parameter values (defaults, choices, customers, staff)."""
    from suite.reports.params import check_params as _check

    return _check(ctx, report, values)


def format_date(value: _dt.date | None) -> str:
    """``2026-11-01``."""
    from suite.reports.formatting import date

    return date(value)


def format_datetime(ctx, value: _dt.datetime | None, *, seconds: bool = False) -> str:
    """A stored (UTC) time in the office's time zone: ``2026-11-01 14:05``."""
    from suite.reports.formatting import datetime

    return datetime(value, ctx.timezone if ctx is not None else None, seconds=seconds)


def format_time(ctx, value) -> str:
    """``14:05`` in the office's time zone."""
    from suite.reports.formatting import time

    return time(value, ctx.timezone if ctx is not None else None)


def __getattr__(name: str):
    if name == "ReportDocument":
        from suite.reports.document import ReportDocument

        return ReportDocument
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
