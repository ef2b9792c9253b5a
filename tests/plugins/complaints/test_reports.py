"""The after-sales analysis report as a real PDF: its text (pdftotext) and fonts (pdffonts),
in English and in Chinese, for a month and a year."""

from __future__ import annotations

import subprocess

import pytest

from suite.plugin_api import PermissionDenied
from suite.plugin_api.reports import render_report
from suite_plugins.complaints.services import compensation, followup, handling, statistics
from tests.plugins.complaints.conftest import local


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdf_fonts(path) -> str:
    return subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def month_of_cases(intake, clerk, quality, manager, clock, staff):
    a = intake("spoiled_illness", description="吃完凉菜后腹泻")
    b = intake("delivery_delay", description="午饭晚到一小时")
    clock.advance(minutes=20)
    handling.log_first_contact(clerk, a)
    clock.advance(minutes=70)
    handling.log_first_contact(clerk, b)  # late: general first contact is 1 h
    handling.notify_department(clerk, a, "quality")
    handling.record_investigation(quality, a, findings="凉菜冷藏超时", root_cause="storage_transport",
                                  responsible_department="production", substantiated=True)
    compensation.record_action(clerk, a, "medical", amount="180")
    handling.resolve(clerk, a, "承担医疗费并致歉")
    clock.set(local(2026, 3, 3, 10, 0))
    followup.record_followup(clerk, a, method="phone", reached=True, satisfaction=4, close=True)
    statistics.save_month_measures(manager, 202603, "凉菜冷藏不超过4小时", expected_version=None)
    return a, b


def test_the_monthly_report_in_english(month_of_cases, manager, tmp_path):
    out = render_report(manager, "complaints.monthly", {"month": "2026-03"}, tmp_path / "m.pdf")
    text = pdf_text(out)
    for expected in ("After-sales analysis report (month)", "2026-03", "Key figures", "Complaints received",
                     "Spoiled food or illness", "Delivery delay", "Storage or transport", "Timeliness per stage",
                     "First contact", "Medical costs", "¥180.00", "Follow-up visits", "Cases that missed a deadline (1)",
                     "凉菜冷藏不超过4小时"):
        assert expected in text, expected
    assert "TS20260302-002" in text  # the late one is listed
    fonts = pdf_fonts(out)
    assert "TrueType" in fonts and " yes yes " in fonts  # embedded subsets, no reliance on the reader's fonts


def test_the_monthly_report_in_chinese(month_of_cases, manager, tmp_path, suite_host):
    from suite.bootstrap import load_catalogs

    load_catalogs(suite_host, "zh_CN")
    try:
        out = render_report(manager, "complaints.monthly", {"month": "2026-03"}, tmp_path / "m.pdf")
    finally:
        load_catalogs(suite_host, "en")
    text = pdf_text(out)
    for expected in ("售后分析报告（月度）", "主要指标", "受理投诉数", "食品变质或致人不适", "储存运输", "各环节处理时效",
                     "首次联系", "医疗费用", "改进措施", "凉菜冷藏不超过4小时"):
        assert expected in text, expected
    assert "Key figures" not in text


def test_the_yearly_report_and_its_permission(month_of_cases, manager, clerk, tmp_path):
    out = render_report(manager, "complaints.yearly", {"year": "2026"}, tmp_path / "y.pdf")
    text = pdf_text(out)
    assert "After-sales analysis report (year)" in text and "2026-03" in text and "2026-12" in text
    with pytest.raises(PermissionDenied):
        render_report(clerk, "complaints.yearly", {"year": "2026"}, tmp_path / "n.pdf")


def test_an_empty_month_still_prints(manager, tmp_path):
    text = pdf_text(render_report(manager, "complaints.monthly", {"month": "2025-01"}, tmp_path / "e.pdf"))
    assert "Complaints received" in text and "Every deadline was met." in text
    assert "No improvement measures were recorded" in text
