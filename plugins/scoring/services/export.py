"""The month sheet as an Excel workbook (masked as the acting user sees it; audited)."""

from __future__ import annotations

from pathlib import Path

from suite.plugin_api import core
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.scoring.services import months
from suite_plugins.scoring.services.common import month_label

T = domain("scoring")

COLUMNS = (("name", T("Employee")), ("department", T("Department")), ("kpi", T("KPI")), ("points", T("Points")),
           ("attendance", T("Attendance")), ("cs_score", T("Chat review score")), ("final_score", T("Final score")),
           ("grade", T("Grade")), ("bonus_paid", T("Bonus paid")), ("absence_deduction", T("Absence deduction")),
           ("leave_deduction", T("Unpaid leave")), ("net_pay", T("Net pay")), ("comment", T("Manager's comment")))


def export_sheet(ctx: Context, month: int, path: str | Path) -> Path:
    from openpyxl import Workbook

    rows = months.sheet(ctx, month)
    wb = Workbook()
    ws = wb.active
    ws.title = month_label(month)
    ws.append([str(t) for _k, t in COLUMNS])
    for r in rows:
        values = [r.get(k) for k, _t in COLUMNS]  # a month closed before a column existed lacks it
        ws.append([v if isinstance(v, (int, float, str)) or v is None else str(v) for v in values])
    path = Path(path)
    wb.save(path)
    with ctx.unit_of_work() as s:
        core.audit_record_many(s, ctx, "perf_month_lines", "export", [(month, {"rows": [None, len(rows)],
                                                                                "file": [None, path.name]})])
    return path
