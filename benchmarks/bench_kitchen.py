"""Kitchen QA benchmarks (issue 9).

    .venv/bin/python benchmarks/bench_kitchen.py [--years 3] [--equipment 20] [--runs 5] [--rebuild]

Builds (once, cached under the system's temp folder) a SQLite database holding ``--years`` of
a kitchen with ``--equipment`` pieces of equipment read 4 times a day, 10 checklist templates
(5 items each; daily, every-shift, weekly and monthly schedules) with their recorded runs and
answers, 4 food samples and 6 morning health checks a day, and every day signed. Then
measures, as medians:

1. the due/overdue runs of one day  (``runs.day_runs``)        goal <= 50 ms;
2. the runs of one month            (``runs.runs_between``)    goal <= 300 ms;
3. the inspector pack of one month (``render_report``)         goal <= 3 s, and <= 1.2x
   the same story built directly with reportlab in the same run (same data from the
   same service, one plain table per section and day, the same embedded CJK font, footer
   with page x of y).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

UTC = dt.timezone.utc
TODAY = dt.date(2026, 11, 30)


def _median_ms(fn, runs: int) -> float:
    fn()
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return statistics.median(out)


def build(path: Path, years: int, n_equipment: int, seed: int = 9) -> None:
    from sqlalchemy import insert

    from suite.bootstrap import prepare_database
    from suite.db.engine import open_database
    from suite.host import build_host
    from suite.plugin_api import core
    from suite.plugin_api.context import Context
    from suite_plugins.kitchen import models as M
    from suite_plugins.kitchen.services import equipment as eq
    from suite_plugins.kitchen.services import schedule as sched
    from suite_plugins.kitchen.services import templates

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    rng = random.Random(seed)
    host = build_host(only=["kitchen"], strict=True)
    db = open_database(f"sqlite:///{path}", check_share=False)
    ctx = Context(db=db, host=host)
    prepare_database(ctx, backup=False)
    first = TODAY - dt.timedelta(days=365 * years)
    deps = {d.code: d.id for d in core.list_departments(ctx)}
    cooks = [core.save_staff(ctx, name=f"厨师{i}", department_id=deps["production"]) for i in range(6)]
    kinds = ["fridge"] * 8 + ["freezer"] * 5 + ["cold_room"] * 2 + ["hot_holding"] * 3 + ["steriliser", "dishwasher"]
    limits = {"fridge": ("0", "8"), "cold_room": ("0", "8"), "freezer": (None, "-12"), "hot_holding": ("60", None),
              "steriliser": ("100", None), "dishwasher": ("70", None)}
    normal = {"fridge": (2, 6), "cold_room": (1, 5), "freezer": (-21, -16), "hot_holding": (62, 75),
              "steriliser": (105, 125), "dishwasher": (74, 86)}
    equipment = []
    for i in range(n_equipment):
        k = kinds[i % len(kinds)]
        equipment.append((eq.create_equipment(ctx, eq.EquipmentInput(f"设备{i + 1:02d}", k, "后厨", *limits[k])), k))
    # 10 templates: the 5 seeded ones and 5 more daily ones
    for n in range(5):
        templates.create_template(ctx, templates.TemplateInput(
            f"巡检{n + 1}", items=[templates.ItemInput(f"检查项{j}") for j in range(5)],
            schedules=[templates.ScheduleInput("daily", dt.time(8 + 2 * n), dt.time(9 + 2 * n))]))
    templates.start_records_on(ctx, first)
    rules, _ = templates.rules(ctx, first, TODAY)
    items: dict[int, list[int]] = {}
    with ctx.read() as s:
        for tid, iid in s.execute(__import__("sqlalchemy").select(M.TemplateItem.template_id, M.TemplateItem.id)):
            items.setdefault(tid, []).append(iid)
    tz = ctx.timezone
    now = dt.datetime(2026, 12, 1, tzinfo=UTC)
    eng = db.writer_engine()
    readings, runs_, answers, samples, checks, days = [], [], [], [], [], []
    run_id = 0
    day = first
    while day <= TODAY:
        for h in (8, 11, 15, 20):
            at = dt.datetime.combine(day, dt.time(h, 5), tzinfo=tz).astimezone(UTC)
            for eid, k in equipment:
                lo, hi = normal[k]
                readings.append(dict(equipment_id=eid, taken_at=at, day=day, value=f"{rng.uniform(lo, hi):.1f}",
                                     staff_id=rng.choice(cooks), out_of_range=False, resolved=True,
                                     corrective_action="", created_at=now, updated_at=now, version=1))
        for occ in sched.expand(rules, day, day, tz):
            if rng.random() < 0.02:
                continue  # missed
            run_id += 1
            done = occ.start + dt.timedelta(minutes=rng.randint(5, 70))
            runs_.append(dict(id=run_id, template_id=occ.template_id, schedule_id=occ.schedule_id, due_on=day,
                              window_end=occ.end, completed_at=done, staff_id=rng.choice(cooks), passed=True,
                              on_time=done <= occ.end, participants="", note="", missed_note="", created_at=now,
                              updated_at=now, version=1))
            for iid in items.get(occ.template_id, []):
                answers.append(dict(run_id=run_id, item_id=iid, value_bool=True, value_text="", ok=True,
                                    created_at=now, updated_at=now, version=1))
        at = dt.datetime.combine(day, dt.time(11, 40), tzinfo=tz).astimezone(UTC)
        for d in ("宫保鸡丁", "鱼香肉丝", "米饭", "青菜"):
            samples.append(dict(day=day, meal="lunch", batch="午市", dish=d, weight_g=150, sampled_at=at,
                                sampled_by_staff_id=cooks[0], keep_until=at + dt.timedelta(hours=48),
                                disposed_at=at + dt.timedelta(hours=50), disposed_by_staff_id=cooks[1],
                                created_at=now, updated_at=now, version=1))
        at = dt.datetime.combine(day, dt.time(8, 0), tzinfo=tz).astimezone(UTC)
        for c in cooks:
            checks.append(dict(day=day, staff_id=c, checked_at=at, checked_by_staff_id=cooks[0], temperature="36.5",
                               symptoms="", fit=True, action="", note="", created_at=now, updated_at=now, version=1))
        days.append(dict(day=day, signed_at=at + dt.timedelta(hours=14), signer_name="质检员", note="",
                         created_at=now, updated_at=now, version=1))
        day += dt.timedelta(days=1)
    with eng.begin() as conn:
        for table, data in ((M.Reading, readings), (M.Run, runs_), (M.RunAnswer, answers), (M.Sample, samples),
                            (M.HealthCheck, checks), (M.Day, days)):
            for i in range(0, len(data), 5000):
                conn.execute(insert(table.__table__), data[i:i + 5000])
    print(f"built {path}: {len(readings)} readings, {len(runs_)} runs, {len(answers)} answers, "
          f"{len(samples)} samples, {len(checks)} health checks, {len(days)} days")
    db.dispose()


def baseline_runner(ctx, start: dt.date, end: dt.date, out: Path):
    """The same story with reportlab directly: per day the checklists, temperatures, samples,
    health checks and sign-off as plain tables, the same font, footer with page x of y."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    from suite.reports.fonts import report_fonts
    from suite_plugins.kitchen.services import inspection

    font = report_fonts().regular
    size = landscape(A4)

    class Numbered(Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self.pages = []

        def showPage(self):  # noqa: N802
            self.pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            for i, state in enumerate(self.pages, start=1):
                self.__dict__.update(state)
                self.setFont(font, 8)
                self.drawRightString(size[0] - 15 * mm, 10 * mm, f"第 {i} 页 / 共 {len(self.pages)} 页")
                Canvas.showPage(self)
            Canvas.save(self)

    h = ParagraphStyle("h", fontName=font, fontSize=12, leading=16)
    cell = ParagraphStyle("c", fontName=font, fontSize=8, leading=10, wordWrap="CJK")
    style = TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 8),
                        ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8ECF2"))])

    def hm(v):
        return "" if v is None else ctx.to_local(v).strftime("%H:%M")

    def run() -> Path:
        data = inspection.pack(ctx, start, end)
        story = []
        for d in data.days:
            story.append(Paragraph(d.day.isoformat(), h))
            story.append(Table([["时段", "检查表", "状态", "完成", "人", "结果"]] + [
                [f"{hm(r.start)}-{hm(r.end)}", r.template_name, r.status, hm(r.completed_at), r.staff_name,
                 Paragraph("; ".join(f"{x.text}: {x.value}" for x in d.results.get(r.run_id, [])), cell)]
                for r in d.runs], style=style, repeatRows=1))
            by_eq = {}
            for x in d.readings:
                by_eq.setdefault(x.equipment_name, []).append(f"{hm(x.taken_at)} {x.value}")
            story.append(Table([["设备", "读数"]] + [[k, "  ".join(v)] for k, v in by_eq.items()], style=style))
            story.append(Table([["时间", "菜品", "重量", "留样人", "处理"]] + [
                [hm(s.sampled_at), s.dish, f"{s.weight_g} g", s.sampled_by, hm(s.disposed_at)] for s in d.samples],
                style=style))
            story.append(Table([["员工", "时间", "体温", "可上岗"]] + [
                [c.staff_name, hm(c.checked_at), str(c.temperature), "是" if c.fit else "否"] for c in d.checks],
                style=style))
            story.append(Paragraph(f"签核：{d.signed[1] if d.signed else '未签核'}", cell))
            story.append(PageBreak())
        SimpleDocTemplate(str(out), pagesize=size, leftMargin=15 * mm, rightMargin=15 * mm).build(
            story, canvasmaker=Numbered)
        return out

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--equipment", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("SUITE_HOME", tempfile.mkdtemp(prefix="suite-bench-kitchen-"))
    path = Path(tempfile.gettempdir()) / f"bench-kitchen-{args.years}y-{args.equipment}e.db"
    if args.rebuild or not path.exists():
        t = time.perf_counter()
        build(path, args.years, args.equipment)
        print(f"  (built in {time.perf_counter() - t:.1f} s)")

    from suite.bootstrap import load_catalogs
    from suite.db.engine import open_database
    from suite.host import build_host
    from suite.plugin_api.context import Context
    from suite.plugin_api.reports import DateRange
    from suite.reports.render import render_report
    from suite_plugins.kitchen.services import runs

    host = build_host(only=["kitchen"], strict=True)
    load_catalogs(host, "zh_CN")
    db = open_database(f"sqlite:///{path}", check_share=False)
    noon = dt.datetime(2026, 11, 30, 4, 0, tzinfo=UTC)  # 12:00 in the office
    ctx = Context(db=db, host=host).with_clock(lambda: noon)
    day = _median_ms(lambda: runs.day_runs(ctx, TODAY), args.runs * 4)
    n_day = len(runs.day_runs(ctx, TODAY))
    month = _median_ms(lambda: runs.runs_between(ctx, dt.date(2026, 11, 1), TODAY), args.runs * 2)
    n_month = len(runs.runs_between(ctx, dt.date(2026, 11, 1), TODAY))
    print(f"  due/overdue runs of a day ({n_day} runs)       median {day:8.1f} ms (goal <= 50 ms: "
          f"{'OK' if day <= 50 else 'OVER GOAL'})")
    print(f"  runs of a month ({n_month} runs)              median {month:8.1f} ms (goal <= 300 ms: "
          f"{'OK' if month <= 300 else 'OVER GOAL'})")

    out = Path(tempfile.mkdtemp(prefix="bench-kitchen-"))
    period = {"period": DateRange(dt.date(2026, 11, 1), TODAY)}
    baseline = baseline_runner(ctx, dt.date(2026, 11, 1), TODAY, out / "baseline.pdf")
    render_report(ctx, "kitchen.inspector_pack", period, out / "framework.pdf")
    baseline()
    a, b = [], []
    for _ in range(args.runs):
        t = time.perf_counter()
        render_report(ctx, "kitchen.inspector_pack", period, out / "framework.pdf")
        a.append(time.perf_counter() - t)
        t = time.perf_counter()
        baseline()
        b.append(time.perf_counter() - t)
    ma, mb = statistics.median(a), statistics.median(b)
    import re

    def pages(p):
        return len(re.findall(rb"/Type\s*/Page[^s]", p.read_bytes()))

    print(f"  inspector pack, one month ({pages(out / 'framework.pdf')} pages)   median {ma:6.2f} s "
          f"(goal <= 3 s: {'OK' if ma <= 3 else 'OVER GOAL'})")
    print(f"  the same story with reportlab ({pages(out / 'baseline.pdf')} pages) median {mb:6.2f} s")
    print(f"  ratio {ma / mb:.2f}x (goal <= 1.2x: {'OK' if ma / mb <= 1.2 else 'OVER GOAL'})")
    db.dispose()


if __name__ == "__main__":
    main()
