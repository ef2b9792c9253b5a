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
   the same story (the report's own page builder, same data read the same way) laid out
   directly with reportlab in the same run (see ``baseline_pdf``).
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
    """The same story laid out directly with reportlab: every page built by the report's own
    ``person_story`` (the same tables, cells and texts, from the same service data: the sheet,
    and every ledger line of the month read in one query as the report reads them), but with
    plain reportlab paragraphs for the headings and notes, a ``SimpleDocTemplate``, the same
    font and compression, and page numbers by a counting canvas. What the ratio measures is
    therefore the suite's report framework (document helpers, front matter, letterhead,
    running headers, footers, the per-report checks), not the content of the pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    from suite.reports.fonts import report_fonts
    from suite_plugins.scoring.reports.assessment import person_story
    from suite_plugins.scoring.services import ledger, months

    fonts = report_fonts()
    font = fonts.regular
    width, _height = A4
    styles = {"h1": ParagraphStyle("h1", fontName=font, fontSize=14, leading=18, wordWrap="CJK"),
              "h2": ParagraphStyle("h2", fontName=font, fontSize=11, leading=15, wordWrap="CJK"),
              "body": ParagraphStyle("b", fontName=font, fontSize=9, leading=12, wordWrap="CJK"),
              "note": ParagraphStyle("n", fontName=font, fontSize=8, leading=10, wordWrap="CJK")}

    class PlainDoc:
        """What ``person_story`` asks of a document, in plain reportlab."""

        def __init__(self, frame_width):
            self.width, self.fonts = frame_width, fonts

        def heading(self, text, level=1):
            return Paragraph(str(text), styles["h1" if level <= 1 else "h2"])

        def paragraph(self, text):
            return Paragraph(str(text), styles["body"])

        def note(self, text):
            return Paragraph(str(text), styles["note"])

        def spacer(self, height_mm=4):
            return Spacer(1, height_mm * mm)

        def money(self, value):
            return f"¥{value:,.2f}"

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

    template = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm)
    doc = PlainDoc(template.width)
    closed = months.state(ctx, MONTH).status == "closed"
    people = sorted(months.sheet(ctx, MONTH), key=lambda r: (r["department"], r["name"]))
    ledgers = ledger.lines_by_staff(ctx, [p["staff_id"] for p in people], MONTH)  # one query, as the report reads them
    story = []
    for i, line in enumerate(people):
        if i:
            story.append(PageBreak())
        story += person_story(ctx, doc, line, closed, ledgers[line["staff_id"]])
    template.build(story, canvasmaker=NumberedCanvas)
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
