"""Rendering: letterhead, title, parameters, tables whose header repeats, charts, footers, in
Chinese and English; permission, bad parameters and failures leave no file."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest

from suite.plugin_api import PermissionDenied, ValidationError
from suite.plugin_api.errors import UserError
from suite.reports.render import render_report
from tests.reports.conftest import make_changes, pdf_fonts, pdf_page_count, pdf_pages, pdf_text

WHOLE_YEAR = {"start": "2026-01-01", "end": "2026-12-31"}


def test_the_audit_extract_in_chinese(suite_ctx, company, chinese, tmp_path):
    make_changes(suite_ctx, 120)
    out = render_report(suite_ctx, "core.audit_extract", WHOLE_YEAR, tmp_path / "审计.pdf")
    pages = pdf_pages(out)
    total = len(pages)
    assert total >= 3
    first = pages[0]
    assert company in first and "上海市浦东新区张江路 88 号" in first and "021-5888 1234" in first
    assert "审计日志摘录" in first and "起始日期" in first and "2026-01-01" in first
    for number, text in enumerate(pages, start=1):
        assert f"第 {number} 页 / 共 {total} 页" in text
        assert "制表人：系统" in text
        for column in ("时间", "用户", "操作", "记录类型", "记录", "字段", "变更"):
            assert column in text, (number, column)  # the header row is on every page
    body = "\n".join(pages)
    assert "客户0000 王小明 & <VIP>" in body  # escaped, not taken as markup
    assert "客户0119" in body and "新增" in body
    # record types and fields by their labels, one changed field per line
    assert "客户电话" in body and "名称" in body and "core_customers" not in body and "customer_id" not in body


def test_the_audit_extract_in_english_with_its_chart_and_office_times(suite_ctx, company, fake_clock, tmp_path):
    ctx = suite_ctx.with_clock(fake_clock)  # 2026-03-02 01:00 UTC = 09:00 in Shanghai
    make_changes(ctx, 3)
    out = render_report(ctx, "core.audit_extract", {"start": dt.date(2026, 3, 1), "end": dt.date(2026, 3, 7)},
                        tmp_path / "audit.pdf")
    text = pdf_text(out)
    assert "Audit log extract" in text and "Page 1 of" in text
    assert "2026-03-02 09:00:00" in text  # stored in UTC, shown in the office's time zone
    assert "Generated 2026-03-02 09:00 by System" in text
    assert "Changes per day" in text and "03-02" in text and "03-07" in text
    assert re.search(r"Number of changes\s+6\b", text)  # three customers and their three phones


def test_filters_and_an_empty_extract(suite_ctx, company, tmp_path):
    make_changes(suite_ctx, 2)
    out = render_report(suite_ctx, "core.audit_extract", {**WHOLE_YEAR, "table": "core_customer_phones"},
                        tmp_path / "phones.pdf")
    text = pdf_text(out)
    assert "Customer phone" in text and "core_customers " not in text  # the table typed shows as typed
    empty = render_report(suite_ctx, "core.audit_extract", {**WHOLE_YEAR, "user": "nobody"}, tmp_path / "e.pdf")
    assert "No change was recorded in this period." in pdf_text(empty)


def test_a_plugin_report_with_every_building_block(suite_login, company, tmp_path):
    ctx = suite_login("clerk")  # the sample report needs customers.view, which a clerk has
    out = render_report(ctx, "sample.sales", {"period": "2026-11-01..2026-11-30", "rows": "300",
                                               "channel": "web"}, tmp_path / "sales.pdf")
    pages = pdf_pages(out)
    assert len(pages) >= 4
    text = "\n".join(pages)
    assert "Water sales" in text and "2026-11-01 – 2026-11-30" in text  # title and subtitle
    assert "Period" in text and "Channel" in text and "网站" in text  # the parameters used, choice label
    assert "Turnover per customer" in text and "Share of turnover" in text and "Turnover per day" in text
    assert "¥" in text and re.search(r"¥\d{1,3}(,\d{3})*\.\d\d", text)
    assert "Golden Dragon & Co <VIP>" in text
    detail_pages = [p for p in pages if "Unit price" in p]
    assert len(detail_pages) >= 3  # the detail table's header repeats on every page it spans
    assert "Total" in pages[-1] and "Unit price" in pages[-1]
    assert all("Page" in p and "Generated" in p for p in pages)
    assert all(r["emb"] == "yes" for r in pdf_fonts(out))


@pytest.mark.parametrize("rid,size", [("sample.sales_landscape", (842, 595)), ("sample.sales_a5", (420, 595)),
                                      ("sample.receipt", None)])
def test_page_sizes(suite_ctx, company, tmp_path, rid, size):
    params = {"order": 1024} if rid == "sample.receipt" else {"rows": 20}
    out = render_report(suite_ctx, rid, params, tmp_path / f"{rid}.pdf")
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    w, h = (float(x) for x in re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    if size:
        assert (round(w), round(h)) == size
    else:  # an 80 mm receipt, one page as long as its content
        assert round(w) == 227 and 200 < h < 842 and pdf_page_count(out) == 1
        text = pdf_text(out)
        assert company in text and "¥68.50" in text and "Page 1 of 1" in text


def test_a_clerk_may_not_print_the_audit_log(suite_login, tmp_path):
    clerk = suite_login("clerk")
    out = tmp_path / "no.pdf"
    with pytest.raises(PermissionDenied):
        render_report(clerk, "core.audit_extract", WHOLE_YEAR, out)
    assert not out.exists()


def test_bad_parameters_write_nothing(suite_ctx, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "bad.pdf"
    with pytest.raises(ValidationError) as err:
        render_report(suite_ctx, "core.audit_extract", {"start": "2026-02-30", "end": "2026-03-01"}, out)
    assert list(err.value.fields) == ["start"]
    with pytest.raises(ValidationError) as err:  # the build function's own check
        render_report(suite_ctx, "core.audit_extract", {"start": "2026-03-02", "end": "2026-03-01"}, out)
    assert list(err.value.fields) == ["end"] and "before the start" in str(err.value)
    with pytest.raises(ValidationError):
        render_report(suite_ctx, "core.audit_extract", {**WHOLE_YEAR, "colour": "red"}, out)
    assert list(folder.iterdir()) == []


def test_a_failed_render_keeps_the_previous_file_and_leaves_no_temporary(suite_ctx, company, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "keep.pdf"
    render_report(suite_ctx, "core.audit_extract", WHOLE_YEAR, out)
    before = out.read_bytes()
    with pytest.raises(ValidationError):
        render_report(suite_ctx, "sample.broken", {"day": "2026-03-01"}, out)
    assert out.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == ["keep.pdf"]


def test_unknown_report_and_missing_folder(suite_ctx, tmp_path):
    from suite.plugin_api import NotFound

    with pytest.raises(NotFound):
        render_report(suite_ctx, "no.such", {}, tmp_path / "x.pdf")
    with pytest.raises(UserError) as err:
        render_report(suite_ctx, "core.audit_extract", WHOLE_YEAR, tmp_path / "missing" / "x.pdf")
    assert "does not exist" in str(err.value)


def test_the_logo_is_printed(suite_ctx, company, tmp_path):
    out = render_report(suite_ctx, "core.audit_extract", WHOLE_YEAR, tmp_path / "logo.pdf")
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True).stdout
    assert len(images.strip().splitlines()) >= 3  # two header lines, then the logo


def test_ten_thousand_rows_split_into_page_pieces(suite_ctx, company, tmp_path):
    """A long table is laid out page by page (header on each), not as one slow table."""
    out = render_report(suite_ctx, "sample.sales_landscape", {"rows": 3000, "detail": True}, tmp_path / "long.pdf")
    pages = pdf_pages(out)
    detail = [p for p in pages if "Unit price" in p]
    assert len(detail) >= 80
    assert all(re.search(r"2026-\d\d-\d\d", p) for p in detail)


def test_charts_with_several_series_and_without_data(suite_ctx, tmp_path):
    from reportlab.platypus import SimpleDocTemplate

    from suite.reports import charts
    from suite.reports.fonts import report_fonts

    fonts = report_fonts(suite_ctx)
    months = ["一月", "二月", "三月"]
    story = [
        charts.bar_chart(fonts, months, {"订单": [12, 30, 25], "投诉": [2, 5, 1]}, width=400, height=150, title="订单与投诉"),
        charts.bar_chart(fonts, months, {"电话": [1, 2, 3], "网站": [3, 2, 1]}, width=400, height=150, stacked=True),
        charts.line_chart(fonts, months, {"完成率": [90, 95, 92], "延误率": [5, 3, 6]}, width=400, height=150),
        charts.pie_chart(fonts, [], width=400, height=100, title="没有数据"),
        charts.bar_chart(fonts, [], width=400, height=100),
        charts.bar_chart(fonts, [(f"第{i}天的一个很长的名字", i) for i in range(40)], width=400, height=150),
    ]
    target = tmp_path / "charts.pdf"
    SimpleDocTemplate(str(target), initialFontName=fonts.regular).build(story)
    text = pdf_text(target)
    for word in ("订单与投诉", "投诉", "网站", "完成率", "延误率", "没有数据", "二月"):
        assert word in text
    assert all(r["emb"] == "yes" for r in pdf_fonts(target))
    with pytest.raises(ValueError):
        charts.bar_chart(fonts, months, {"订单": [1, 2]}, width=400, height=150)
