"""Report framework benchmark (issue 3, item 5).

    .venv/bin/python benchmarks/bench_report.py [--rows N] [--runs N]

A 100-page A4 table report with Chinese text and an embedded Chinese TrueType subset, made
two ways in the same process, alternately (so machine noise hits both alike):

1. through the framework: ``render_report(ctx, report, params, path)`` - permission and
   parameter checks, company letterhead read from the database, the build function, the
   page-by-page table, "第 x 页 / 共 y 页" footers, atomic write;
2. the baseline: the same story written directly with reportlab by hand, the way DESIGN §10
   recommends (the rows as a series of 40-row tables with a repeated header row, the same
   font, the same letterhead and footers drawn with a canvas that counts the pages).

Prints the median time of each, the page counts and the ratio. Goals: framework <= 2 s and
<= 1.2x the baseline.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import scratch_home  # noqa: E402

CUSTOMERS = ["张记餐馆", "李氏外卖", "王府酒店餐厅", "陈家生鲜配送", "赵老师（朝阳小区 3 号楼）", "清泉桶装水门店"]
PRODUCTS = ["18.9 升桶装水", "矿泉水 550ml×24", "纯净水 4.5L", "空桶押金退还"]
HEADER = ["日期", "客户", "商品", "桶数", "单价", "金额"]
COMPANY = ("清泉桶装水配送中心", "地址：上海市浦东新区张江路 88 号    电话：021-5888 1234")


def data(n: int) -> list[tuple]:
    start = dt.date(2026, 11, 1)
    rows = []
    for i in range(n):
        qty = 1 + (i * 7) % 9
        price = Decimal("18.00") + Decimal(i % 5) * Decimal("2.50")
        rows.append((start + dt.timedelta(days=i % 30), CUSTOMERS[i % len(CUSTOMERS)], PRODUCTS[i % len(PRODUCTS)],
                     qty, price, price * qty))
    return rows


def money(value: Decimal) -> str:
    return f"¥{value:,.2f}"


# ---------------------------------------------------------------------------- the framework


def build(ctx, params, doc) -> list:
    """The report's build function, as a plugin would write it."""
    rows = data(params["rows"])
    return doc.table(HEADER, rows, money=[4, 5], numbers=[3],
                     total=["合计", "", "", sum(r[3] for r in rows), "", sum(r[5] for r in rows)])


def framework_runner(rows: int):
    from suite.bootstrap import prepare_database
    from suite.core.company import save_company
    from suite.db.engine import open_database
    from suite.host import build_host
    from suite.plugin_api import Report, ReportParam
    from suite.plugin_api.context import Context
    from suite.plugin_api.i18n import set_language
    from suite.reports.render import render_report

    home = scratch_home()
    host = build_host(only=[], entry_points=False)
    db = open_database(f"sqlite:///{home / 'bench.db'}")
    ctx = Context(db=db, host=host)
    prepare_database(ctx, backup=False)
    save_company(ctx, name=COMPANY[0], address="上海市浦东新区张江路 88 号", phone="021-5888 1234")
    set_language("zh_CN")
    report = Report("bench.sales", "桶装水销售明细", "bench_report:build",
                    params=(ReportParam("rows", "行数", kind="int"),))
    out = home / "framework.pdf"

    def run() -> Path:
        return render_report(ctx, report, {"rows": rows}, out)

    return run


# ---------------------------------------------------------------------------- plain reportlab


def baseline_runner(rows: int):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

    from suite.reports.fonts import report_fonts

    font = report_fonts().regular  # the same TrueType face, registered once
    out = Path(tempfile.mkdtemp(prefix="bench-rl-")) / "baseline.pdf"
    width, height = A4

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
                self.drawString(15 * mm, 12 * mm, "生成时间：2026-11-30 14:05　制表人：王经理")
                self.drawRightString(width - 15 * mm, 12 * mm, f"第 {i} 页 / 共 {total} 页")
                Canvas.showPage(self)
            Canvas.save(self)

    def letterhead(canv, _doc):
        canv.setFont(font, 16)
        canv.drawString(15 * mm, height - 18 * mm, COMPANY[0])
        canv.setFont(font, 8.5)
        canv.drawString(15 * mm, height - 23.5 * mm, COMPANY[1])
        canv.line(15 * mm, height - 31 * mm, width - 15 * mm, height - 31 * mm)

    def running(canv, _doc):
        canv.setFont(font, 8)
        canv.drawString(15 * mm, height - 14 * mm, COMPANY[0])
        canv.line(15 * mm, height - 16 * mm, width - 15 * mm, height - 16 * mm)

    title = ParagraphStyle("t", fontName=font, fontSize=16, leading=21, alignment=TA_CENTER, wordWrap="CJK")
    cell = ParagraphStyle("c", fontName=font, fontSize=8.5, leading=11, wordWrap="CJK")
    right = ParagraphStyle("r", parent=cell, alignment=TA_RIGHT)
    style = TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("LEADING", (0, 0), (-1, -1), 11), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8ECF2")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black), ("INNERGRID", (0, 1), (-1, -1), 0.25, colors.grey),
        ("ALIGN", (3, 0), (-1, -1), "RIGHT"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F6F7F9")]),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ])
    widths = [22 * mm, 48 * mm, 40 * mm, 16 * mm, 22 * mm, 32 * mm]

    def run() -> Path:
        items = data(rows)
        body = [[d.isoformat(), c, p, str(q), money(u), money(a)] for d, c, p, q, u, a in items]
        body.append(["合计", "", "", str(sum(r[3] for r in items)), "", money(sum(r[5] for r in items))])
        header = [Paragraph(h, cell if i < 3 else right) for i, h in enumerate(HEADER)]
        story = [Paragraph("桶装水销售明细", title), Spacer(1, 4 * mm)]
        for start in range(0, len(body), 40):
            story.append(Table([header, *body[start:start + 40]], colWidths=widths, repeatRows=1, style=style))
        doc = BaseDocTemplate(str(out), pagesize=A4, initialFontName=font)
        doc.addPageTemplates([
            PageTemplate("first", [Frame(15 * mm, 19 * mm, width - 30 * mm, height - 53 * mm, id="f")],
                         onPage=letterhead, autoNextPageTemplate="later"),
            PageTemplate("later", [Frame(15 * mm, 19 * mm, width - 30 * mm, height - 39 * mm, id="l")],
                         onPage=running),
        ])
        doc.build(story, canvasmaker=NumberedCanvas)
        return out

    return run


def pages(path: Path) -> int:
    import re

    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=4650, help="table rows (4650 make about 100 A4 pages)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    framework = framework_runner(args.rows)
    baseline = baseline_runner(args.rows)
    framework()  # warm up: font registration, imports, first query
    baseline()
    a, b = [], []
    for _ in range(args.runs):
        t = time.perf_counter()
        fw_path = framework()
        a.append(time.perf_counter() - t)
        t = time.perf_counter()
        rl_path = baseline()
        b.append(time.perf_counter() - t)
    ma, mb = statistics.median(a), statistics.median(b)
    print(f"{args.rows} rows of Chinese text, embedded TrueType subset, {args.runs} runs each (medians):")
    print(f"  framework render_report          {ma:6.2f} s   {pages(fw_path)} pages  {fw_path.stat().st_size // 1024} KiB")
    print(f"  reportlab by hand (40-row tables) {mb:6.2f} s   {pages(rl_path)} pages  {rl_path.stat().st_size // 1024} KiB")
    print(f"  ratio {ma / mb:.2f}x   (goals: framework <= 2 s: {'met' if ma <= 2 else 'NOT met'}; "
          f"<= 1.2x: {'met' if ma / mb <= 1.2 else 'NOT met'})")


if __name__ == "__main__":
    main()
