"""Build functions of the sample plugin's reports: deterministic data, every building block."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from suite.plugin_api import ValidationError
from suite.plugin_api.i18n import domain
from suite.plugin_api.reports import DateRange, ReportDocument, money

T = domain("sample_reports")

CUSTOMERS = ["张记餐馆", "李氏外卖", "王府酒店餐厅", "陈家生鲜", "Golden Dragon & Co <VIP>", "赵老师"]
PRODUCTS = ["18.9 升桶装水", "矿泉水 550ml×24", "纯净水 4.5L", "空桶押金"]


def channels(ctx):
    return [("phone", "电话"), ("web", "网站"), ("app", "手机 App"), ("walk_in", "门店")]


def rows_for(period: DateRange, n: int):
    out = []
    for i in range(n):
        day = period.start + dt.timedelta(days=i % period.days)
        qty = 1 + (i * 7) % 9
        price = Decimal("18.00") + Decimal(i % 5) * Decimal("2.50")
        out.append((day, CUSTOMERS[i % len(CUSTOMERS)], PRODUCTS[i % len(PRODUCTS)], qty, price, price * qty))
    return out


def sales(ctx, params, doc: ReportDocument) -> list:
    period: DateRange = params["period"]
    rows = rows_for(period, params["rows"])
    if params["min_amount"] is not None:
        rows = [r for r in rows if r[5] >= params["min_amount"]]
    total = sum((r[5] for r in rows), Decimal(0))
    per_customer: dict[str, Decimal] = {}
    for r in rows:
        per_customer[r[1]] = per_customer.get(r[1], Decimal(0)) + r[5]
    per_day: dict[dt.date, Decimal] = {}
    for r in rows:
        per_day[r[0]] = per_day.get(r[0], Decimal(0)) + r[5]
    days = sorted(per_day)[:31]
    doc.subtitle = f"{period.start:%Y-%m-%d} – {period.end:%Y-%m-%d}"
    story = [
        doc.key_values([(T("Orders"), doc.number(len(rows))), (T("Turnover"), money(total)),
                        (T("Customers"), doc.number(len(per_customer)))]),
        doc.heading(T("Turnover per customer")),
        doc.bar_chart(sorted(per_customer.items()), value_format=doc.money, height_mm=55),
        doc.pie_chart(sorted(per_customer.items()), title=T("Share of turnover"), value_format=doc.money),
        doc.line_chart([d.strftime("%m-%d") for d in days], {"金额": [per_day[d] for d in days]},
                       title=T("Turnover per day"), value_format=doc.money),
        doc.paragraph("说明：本报表按<b>配送日期</b>统计。", markup=True),
        doc.paragraph("A long English paragraph to check wrapping: " + "delivery route planning " * 12),
    ]
    if params["detail"]:
        story.append(doc.heading(T("Orders in detail")))
        story += doc.table(
            [T("Day"), T("Customer"), T("Product"), T("Buckets"), T("Unit price"), T("Amount")],
            rows, money=[4, 5], numbers=[3],
            total=[T("Total"), "", "", sum(r[3] for r in rows), "", total],
        )
    return story


def receipt(ctx, params, doc: ReportDocument) -> list:
    items = [("18.9 升桶装水", 3, Decimal("20.00")), ("空桶回收", 2, Decimal("0")), ("纯净水 4.5L", 1, Decimal("8.50"))]
    total = sum((q * p for _n, q, p in items), Decimal(0))
    doc.subtitle = f"No. {params['order']}"
    return [
        doc.key_values([(T("Customer"), "张记餐馆"), (T("Address"), "浦东新区张江路 88 号 3 楼"),
                        (T("Driver"), "王师傅")]),
        doc.spacer(2),
        *doc.table([T("Item"), T("Qty"), T("Amount")], [(n, q, q * p) for n, q, p in items],
                   money=[2], numbers=[1], total=[T("Total"), sum(q for _n, q, _p in items), total]),
        doc.spacer(4),
        doc.paragraph(f"{T('Customer signature:')} ____________"),
    ]


def broken(ctx, params, doc):
    raise ValidationError(fields={"day": T("Sundays are not reported.")})
