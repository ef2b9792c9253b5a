"""The monthly assessment and the department summary as real PDFs (pdftotext, pdffonts)."""

from __future__ import annotations

import datetime as dt
import subprocess
from decimal import Decimal

import pytest

from suite.plugin_api.reports import render_report
from suite_plugins.scoring.services import attendance, ledger, months, reviews
from tests.plugins.scoring.conftest import NOV


@pytest.fixture(autouse=True)
def _sqlite_only(suite_backend):
    """Pages, PDFs and the demo run on SQLite; the services they call are tested on both."""
    if suite_backend != "sqlite":
        pytest.skip("tested on SQLite (the services underneath run on PostgreSQL too)")


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdf_pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(ln.split()[-1] for ln in info.splitlines() if ln.startswith("Pages:")))


@pytest.fixture
def closed_november(manager, staff):
    reviews.save_review(manager, staff["cs"], dt.date(2026, 11, 3), failing=5, expected_version=None)
    attendance.record_absence(manager, staff["waiter"], dt.date(2026, 11, 12), "未请假")
    ledger.adjust(manager, staff["cs"], NOV, "2", "顾客表扬")
    months.set_comment(manager, NOV, staff["cs"], "回复及时，继续保持", expected_version=0)
    months.close_month(manager, NOV, expected_version=months.state(manager, NOV).version)


def test_the_batch_assessment_in_english_one_page_each(closed_november, manager, staff, tmp_path):
    out = render_report(manager, "scoring.assessment", {"month": "2026-11", "staff": "all"}, tmp_path / "a.pdf")
    text = pdf_text(out)
    for expected in ("Monthly assessment", "客服小王", "KPIs", "Points ledger", "顾客表扬", "Attendance",
                     "Chat review score", "25 / 26", "Final score", "Grade", "Net pay", "回复及时，继续保持",
                     "Employee's signature", "Manager's signature", "¥2,800.00"):
        assert expected in text, expected
    assert pdf_pages(out) >= len(staff)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "TrueType" in fonts and " yes yes " in fonts


def test_one_employee_in_chinese_and_money_masked_for_a_clerk(closed_november, manager, login, staff, tmp_path,
                                                              suite_host):
    from suite.bootstrap import load_catalogs

    clerk = login("clerk", staff_key="cs")
    load_catalogs(suite_host, "zh_CN")
    try:
        out = render_report(clerk, "scoring.assessment", {"month": "2026-11", "staff": "all"}, tmp_path / "c.pdf")
    finally:
        load_catalogs(suite_host, "en")
    text = pdf_text(out)
    assert "客服小王" in text and "客服小李" not in text  # her own month only
    assert "月度考核" in text and "员工签名" in text
    assert "***" in text and "2,800.00" not in text


def test_the_department_summary_ranks_and_charts(closed_november, manager, tmp_path):
    out = render_report(manager, "scoring.summary", {"month": "2026-11"}, tmp_path / "s.pdf")
    text = pdf_text(out)
    assert "Distribution of final scores" in text and "Rank" in text and "客服小李" in text


def test_the_cli_renders_the_batch(closed_november, manager, suite_db, tmp_path):
    import os
    import sys

    out = tmp_path / "cli.pdf"
    env = {**os.environ, "SUITE_HOME": str(tmp_path / "home")}
    r = subprocess.run([sys.executable, "-m", "suite.cli", "--db", suite_db.url.render_as_string(hide_password=False) if hasattr(suite_db.url, "render_as_string") else str(suite_db.url), "--lang", "en", "report", "render",
                        "scoring.assessment", "--param", "month=2026-11", "--param", "staff=all", "-o", str(out)],
                       capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "Monthly assessment" in pdf_text(out)
    assert Decimal("0") == Decimal("0")


def test_the_batch_into_a_folder_with_progress_and_cancel(closed_november, manager, staff, tmp_path):
    from suite_plugins.scoring.services.batch import render_batch

    seen = []
    files = render_batch(manager, NOV, tmp_path / "folder", one_file=False, progress=lambda d, t: seen.append((d, t)))
    assert len(files) == len(staff) and seen[-1] == (len(staff), len(staff))
    assert all(f.stat().st_size > 5000 for f in files) and any("客服小王" in f.name for f in files)
    calls = []
    stop = render_batch(manager, NOV, tmp_path / "stopped", one_file=False,
                        progress=lambda d, t: calls.append(d), cancelled=lambda: len(calls) >= 2)
    assert len(stop) == 2
    one = render_batch(manager, NOV, tmp_path / "all.pdf", department="customer_service",
                       progress=lambda d, t: calls.append(-d))
    assert pdf_pages(one[0]) >= 2 and "客服小李" in pdf_text(one[0]) and "厨师刘师傅" not in pdf_text(one[0])
