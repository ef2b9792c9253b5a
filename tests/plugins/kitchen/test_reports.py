"""The kitchen's reports as real PDFs: their text (pdftotext) and embedded CJK font (pdffonts),
in Chinese: the inspector pack, the monthly summary and the blank daily sheet."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest

from suite.plugin_api.reports import DateRange, Month, render_report
from suite_plugins.kitchen.services import anomalies, health, readings, runs, samples, signoff
from tests.plugins.kitchen.conftest import local


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdf_fonts(path) -> str:
    return subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def chinese(suite_host):
    from suite.bootstrap import load_catalogs
    from suite.plugin_api import i18n

    load_catalogs(suite_host, "zh_CN")
    yield
    i18n.set_language("en")


@pytest.fixture
def a_day(cook, qc, staff, equipment, clock):
    clock.set(local(2026, 3, 2, 9, 30))
    readings.record_readings(cook, [
        readings.ReadingInput(equipment["fridge"], "9.5", local(2026, 3, 2, 9, 0), corrective_action="关紧柜门调低温控",
                              recheck_value="5.1", recheck_at=local(2026, 3, 2, 9, 25)),
        readings.ReadingInput(equipment["freezer"], "-18"), readings.ReadingInput(equipment["hot"], "66")])
    health.save_certificate(cook, staff["cook"], "JK-1", dt.date(2027, 1, 1))
    health.record_health_check(cook, health.CheckInput(staff["cook"], fit=True, temperature="36.4"))
    health.record_health_check(cook, health.CheckInput(staff["cook2"], fit=False, symptoms=("diarrhoea",),
                                                       action="sent_home"))
    clock.set(local(2026, 3, 2, 11, 40))
    samples.record_sample(cook, samples.SampleInput("宫保鸡丁", "150", fridge_id=equipment["fridge"]))
    anomalies.open_anomaly(cook, anomalies.AnomalyInput("foreign_object", "米饭里有头发", dish="米饭",
                                                        responsible_staff_id=staff["cook"]))
    clock.set(local(2026, 3, 2, 22, 0))
    for r in runs.day_runs(cook, dt.date(2026, 3, 2)):
        if r.code == "opening":
            runs.explain_missed(cook, r.schedule_id, r.day, "设备检修，未开档")
        else:
            from suite_plugins.kitchen.services import templates

            t = templates.get_template(cook, r.template_id)
            runs.complete_run(cook, r.schedule_id, r.day, [runs.Answer(i.id, True) for i in t.items if i.required],
                              at=r.start + dt.timedelta(minutes=10))
    signoff.sign_day(qc, dt.date(2026, 3, 2))
    readings.record_reading(qc, readings.ReadingInput(equipment["freezer"], "-19", local(2026, 3, 2, 20, 0)),
                            amendment="补录纸质记录")


def test_the_inspector_pack(suite_ctx, a_day, qc, chinese, tmp_path):
    path = render_report(qc, "kitchen.inspector_pack", {"period": DateRange(dt.date(2026, 3, 1), dt.date(2026, 3, 2))},
                         tmp_path / "pack.pdf")
    text = pdf_text(path)
    fonts = pdf_fonts(path)
    assert "emb" in fonts and "yes" in fonts.split("\n", 2)[2]
    for expected in ("厨房检查记录汇编", "2026-03-02", "冷藏柜1", "9.5", "关紧柜门调低温控", "5.1 °C", "宫保鸡丁", "150 g",
                     "腹泻", "回家休息", "米饭里有头发", "设备检修，未开档", "签核", "补录纸质记录", "未签核"):
        assert expected in text, expected


def test_the_monthly_summary_and_the_daily_sheet(suite_ctx, a_day, qc, equipment, chinese, tmp_path):
    path = render_report(qc, "kitchen.monthly", {"month": Month(2026, 3)}, tmp_path / "month.pdf")
    text = pdf_text(path)
    for expected in ("厨房月度汇总", "主要指标", "各设备超限读数", "按类型统计的异常", "异物", "已签核天数"):
        assert expected in text, expected
    sheet = render_report(qc, "kitchen.daily_sheet", {"day": dt.date(2026, 3, 3)}, tmp_path / "sheet.pdf")
    text = pdf_text(sheet)
    # the seeded checklists are data, in the language the database was prepared in (English here)
    for expected in ("厨房每日空白记录表", "Pre-shift checks", "Menus in place", "冷冻柜", "≤ -12.0 °C", "留样", "厨师刘师傅", "晨检"):
        assert expected in text, expected
    assert "emb" in pdf_fonts(sheet)


def test_the_pack_refuses_a_backwards_or_too_long_period(qc):
    from suite.plugin_api import ValidationError
    from suite_plugins.kitchen.services import inspection

    with pytest.raises(ValidationError) as err:
        inspection.pack(qc, dt.date(2026, 3, 2), dt.date(2026, 3, 1))
    assert "ends before it starts" in str(err.value)
    with pytest.raises(ValidationError):
        inspection.pack(qc, dt.date(2026, 1, 1), dt.date(2026, 6, 1))


def test_sample_labels(suite_ctx, a_day, qc, chinese, tmp_path):
    path = render_report(qc, "kitchen.sample_labels", {"day": dt.date(2026, 3, 2)}, tmp_path / "labels.pdf")
    text = pdf_text(path)
    for expected in ("留样标签", "宫保鸡丁", "2026-03-02 11:40", "2026-03-04 11:40", "150 g", "厨师刘师傅"):
        assert expected in text, expected
    assert "emb" in pdf_fonts(path)
