"""Performance scoring benchmarks (issue 11).

    .venv/bin/python benchmarks/bench_scoring.py [--staff 200] [--events 100000] [--runs 3] [--rebuild]

Builds (once, cached under the system's temp folder) a SQLite database with 200 staff in six
departments, pay terms, 100,000 noted delivery events of one month (2026-11) as the order
desk's hooks note them, the two delivery rules switched on (on time +0.1, more than 15
minutes late -1: about 60,000 occurrences qualify) and chat reviews for the customer-service
agents; the first evaluation writes the ledger (about 60,000 rows). Then measures, as medians:

1. computing the month (goal <= 2 s): the evaluation (metric rules whole, event rules for
   the sources noted since the last run: none, so nothing is written) against the 60,000
   ledger rows, plus the sheet of every employee from the ledger, the staff metrics, the
   reviews, attendance and money items; a whole re-evaluation of the 100,000 events (on
   request, or when the rules change) is printed beside it;
2. closing the month (goal <= 3 s): the evaluation, the sheet and the 200 frozen lines
   (reopened by the owner between runs);
3. the batch PDF of the 200 assessments, one page each (goal <= 10 s and <= 1.2x), against
   the same pages built directly with reportlab from the same service data in the same run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

UTC = dt.timezone.utc
MONTH = 202611
NOW = dt.datetime(2026, 12, 2, 2, 0, tzinfo=UTC)  # 10:00 in the office, December 2nd


def _clock():
    return NOW


def open_ctx(path: Path):
    from suite.db.engine import open_database
    from suite.host import build_host
    from suite.plugin_api.context import Context

    db = open_database(f"sqlite:///{path}", check_share=False)
    host = build_host(only=["orders", "complaints", "scoring"])
    return Context(db=db, host=host, clock=_clock)


def build(path: Path, n_staff: int, n_events: int, seed: int = 11) -> None:
    from sqlalchemy import insert

    from suite.bootstrap import prepare_database
    from suite.plugin_api import core
    from suite_plugins.scoring.models import EventNote, StaffTerms
    from suite_plugins.scoring.services import ledger, reviews, rules

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    started = time.perf_counter()
    ctx = open_ctx(path)
    prepare_database(ctx, backup=False)
    rng = random.Random(seed)
    deps = {d.code: d.id for d in core.list_departments(ctx)}
    plan = (["delivery"] * 100 + ["customer_service"] * 30 + ["production"] * 30 + ["front_of_house"] * 25
            + ["quality"] * 8 + ["purchasing"] * 7)[:n_staff]
    staff = []
    for i, dep in enumerate(plan):
        staff.append((core.save_staff(ctx, name=f"员工{i + 1:03d}", department_id=deps[dep]), dep))
    now = NOW
    stamp = dict(created_at=now, updated_at=now, created_by=None, updated_by=None, version=1)
    drivers = [sid for sid, dep in staff if dep == "delivery"]
    with ctx.db.engine.begin() as conn:
        conn.execute(insert(StaffTerms.__table__), [
            dict(staff_id=sid, monthly_wage=Decimal(rng.choice(["2600", "2800", "3200"])), bonus=Decimal("300.00"),
                 weekend_exempt=dep == "production", **stamp) for sid, dep in staff])
        rows = []
        for i in range(n_events):
            day = dt.date(2026, 11, 1 + i % 30)
            late = rng.choice([-20, -10, -5, 0, 0, 3, 8, 12, 20, 40]) if i % 5 else rng.choice([-5, 0, 10])
            fields = {"late_minutes": late, "amount": 36.0, "on_time": late <= 0, "_voided": False}
            rows.append(dict(event="suite_order_did_deliver", plugin="orders", source_kind="order", source_id=i + 1,
                             month=MONTH, at=dt.datetime.combine(day, dt.time(3), tzinfo=UTC), day=day,
                             staff_id=drivers[i % len(drivers)], fields=json.dumps(fields, sort_keys=True)))
        for start in range(0, len(rows), 10_000):
            conn.execute(insert(EventNote.__table__), rows[start:start + 10_000])
    for r in rules.list_rules(ctx):
        if r.code in ("late_delivery", "on_time_delivery"):
            rules.update_rule(ctx, r.id, rules.RuleInput(r.code, r.name, r.source_kind, r.source, r.points,
                                                         condition=r.condition, departments=r.departments,
                                                         monthly_cap=None, enabled=True),
                              expected_version=r.version)
    for sid, dep in staff:
        if dep == "customer_service":
            for d in range(1, 27):
                reviews.save_review(ctx, sid, dt.date(2026, 11, d), failing=rng.choice([0, 1, 2, 4]),
                                    expected_version=None)
    t = time.perf_counter()
    ev = ledger.evaluate_month(ctx, MONTH)
    print(f"  first evaluation wrote {ev.written} ledger rows in {time.perf_counter() - t:.2f} s")
    ctx.db.dispose()
    print(f"  built {path} in {time.perf_counter() - started:.1f} s")


def _median(fn, runs: int, between=None) -> float:
    samples = []
    for _ in range(runs):
        if between is not None:
            between()
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def baseline_pdf(ctx, out: Path) -> Path:
    """The same one page per employee, laid out directly with reportlab from the same
    service data (sheet and ledger lines), the same font, page numbers by a counting canvas."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from suite.reports.fonts import report_fonts
    from suite_plugins.scoring.reports.assessment import DETAIL_LINES
    from suite_plugins.scoring.services import ledger, months

    font = report_fonts().regular
    width, _height = A4
    h1 = ParagraphStyle("h1", fontName=font, fontSize=14, leading=18, wordWrap="CJK")
    h2 = ParagraphStyle("h2", fontName=font, fontSize=11, leading=15, wordWrap="CJK")
    body = ParagraphStyle("b", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
    grid = TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8ECF2")),
                       ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.grey), ("BOX", (0, 0), (-1, -1), 0.5, colors.grey)])
    plain = TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9)])

    class NumberedCanvas(Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self.pages = []

        def showPage(self):  # noqa: N802
            self.pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self.pages)
            for i, state in enumerate(self.pages, start=1):
                self.__dict__.update(state)
                self.setFont(font, 8)
                self.drawString(15 * mm, 14 * mm, "清泉桶装水配送站")
                self.drawRightString(width - 15 * mm, 12 * mm, f"第 {i} 页 / 共 {total} 页")
                Canvas.showPage(self)
            Canvas.save(self)

    story = []
    for i, line in enumerate(sorted(months.sheet(ctx, MONTH), key=lambda r: (r["department"], r["name"]))):
        if i:
            story.append(PageBreak())
        story.append(Paragraph(f"月度考核表：{line['name']}", h1))
        story.append(Table([["员工", line["name"], "部门", line["department"], "月份", "2026-11"]], style=plain))
        story.append(Paragraph("关键绩效指标", h2))
        story.append(Table([["指标", "目标", "实际", "权重", "完成率"]] + [
            [k["title"], k["target"], k["actual"], k["weight"], k["achievement"]] for k in line["kpis"]], style=grid))
        story.append(Paragraph("积分明细", h2))
        lines = ledger.lines(ctx, line["staff_id"], MONTH)
        if len(lines) > DETAIL_LINES:
            groups: dict = {}
            for ln in lines:
                g = groups.setdefault(ln.rule, [0, Decimal(0)])
                g[0] += 1
                g[1] += ln.points
            rows = [[name, f"{n} 条", f"{p:+.2f}"] for name, (n, p) in groups.items()]
        else:
            rows = [[ln.day.isoformat(), ln.rule or ln.note, f"{ln.points:+.2f}"] for ln in lines]
        story.append(Table([["规则", "来源", "积分"], *rows, ["合计", "", f"{line['points']:+.2f}"]], style=grid))
        story.append(Paragraph("出勤", h2))
        story.append(Table([["休息天数", line["rest_days"], "旷工", line["absences"], "出勤", f"{line['attendance']}%"]],
                           style=plain))
        story.append(Paragraph("考核结果", h2))
        story.append(Table([["总分", line["final_score"], "等级", line["grade"]],
                            ["奖金", f"¥{line['bonus']:,.2f}", "实发工资", f"¥{line['net_pay']:,.2f}"]], style=plain))
        story.append(Paragraph("经理评语", h2))
        story.append(Paragraph(line["comment"] or "—", body))
        story.append(Spacer(1, 10 * mm))
        story.append(Table([["员工签名", "________", "日期", "______"], ["经理签名", "________", "日期", "______"]],
                           style=plain))
    SimpleDocTemplate(str(out), pagesize=A4).build(story, canvasmaker=NumberedCanvas)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--staff", type=int, default=200)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()

    from suite.plugin_api.i18n import set_language
    from suite.plugin_api.reports import render_report
    from suite_plugins.scoring.models import LedgerEntry, Month
    from suite_plugins.scoring.services import ledger, months

    path = Path(tempfile.gettempdir()) / f"bench-scoring-{args.staff}-{args.events}.db"
    if args.rebuild or not path.exists():
        build(path, args.staff, args.events)
    ctx = open_ctx(path)
    set_language("zh_CN")
    from sqlalchemy import func, select

    with ctx.read() as s:
        n_ledger = s.scalar(select(func.count()).select_from(LedgerEntry))
        if s.scalar(select(Month.status).where(Month.month == MONTH)) == "closed":
            st = months.state(ctx, MONTH)
            months.reopen_month(ctx, MONTH, "benchmark", expected_version=st.version)
    print(f"{args.staff} staff, {args.events} noted events, {n_ledger} ledger rows (month 2026-11)")

    def compute():
        ev = ledger.evaluate_month(ctx, MONTH)
        assert ev.written == 0, ev
        assert len(months.compute(ctx, MONTH)) == args.staff

    compute()
    t = _median(compute, args.runs)
    print(f"  computing the month (evaluation + sheet)        median {t:6.2f} s   "
          f"(goal <= 2 s: {'OK' if t <= 2 else 'OVER GOAL'})")

    def whole():
        assert ledger.evaluate_month(ctx, MONTH, full=True).written == 0

    t = _median(whole, 1)
    print(f"  a whole re-evaluation of the 100,000 events     median {t:6.2f} s   (on request; no goal)")

    def reopen():
        st = months.state(ctx, MONTH)
        if st.status == "closed":
            months.reopen_month(ctx, MONTH, "benchmark", expected_version=st.version)

    def close():
        months.close_month(ctx, MONTH, expected_version=months.state(ctx, MONTH).version)

    t = _median(close, args.runs, between=reopen)
    print(f"  closing the month (200 frozen lines)            median {t:6.2f} s   "
          f"(goal <= 3 s: {'OK' if t <= 3 else 'OVER GOAL'})")

    out = Path(tempfile.mkdtemp(prefix="bench-scoring-"))
    fw, rl = [], []
    render_report(ctx, "scoring.assessment", {"month": "2026-11", "staff": "all"}, out / "warm.pdf")
    for _ in range(args.runs):
        t = time.perf_counter()
        a = render_report(ctx, "scoring.assessment", {"month": "2026-11", "staff": "all"}, out / "framework.pdf")
        fw.append(time.perf_counter() - t)
        t = time.perf_counter()
        b = baseline_pdf(ctx, out / "baseline.pdf")
        rl.append(time.perf_counter() - t)
    ma, mb = statistics.median(fw), statistics.median(rl)
    import re

    pages = len(re.findall(rb"/Type\s*/Page[^s]", a.read_bytes()))
    pages_b = len(re.findall(rb"/Type\s*/Page[^s]", b.read_bytes()))
    print(f"  batch PDF, {pages} pages (framework)              median {ma:6.2f} s   "
          f"(goal <= 10 s: {'OK' if ma <= 10 else 'OVER GOAL'})")
    print(f"  the same pages with plain reportlab ({pages_b} pages) median {mb:6.2f} s")
    print(f"  ratio {ma / mb:.2f}x (goal <= 1.2x: {'OK' if ma / mb <= 1.2 else 'OVER GOAL'})")
    ctx.db.dispose()


if __name__ == "__main__":
    main()
