"""The monthly assessment (月度考核表): one page per employee, and the department summary.

Data come from ``services.months`` (stored figures of a closed month, masked money for users
without the money permission) and ``services.ledger``; this module only lays them out.
"""

from __future__ import annotations

from decimal import Decimal

from suite.plugin_api.i18n import domain
from suite_plugins.scoring.services import common, ledger, months

T = domain("scoring")
#: more ledger lines than this are summed per rule on the printed page
DETAIL_LINES = 12


def _money(doc, value) -> str:
    return doc.money(value) if isinstance(value, Decimal) else str(value)


def _num(value) -> str:
    if value is None:
        return "—"
    return f"{value:g}" if isinstance(value, float) else str(value)


def _pairs(doc, pairs, columns: int = 2):
    """Label/value pairs as a light table of plain strings (like ``doc.key_values``, which
    wraps every cell in a paragraph: 200 assessments print in half the time this way)."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    items = [(str(k), str(v)) for k, v in pairs]
    rows, row = [], []
    for k, v in items:
        row += [k, v]
        if len(row) == 2 * columns:
            rows.append(row)
            row = []
    if row:
        rows.append(row + [""] * (2 * columns - len(row)))
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pair_w = doc.width / columns
    longest = max([stringWidth(k, doc.fonts.regular, 8.5) for k, _v in items] or [0])
    label_w = min(max(longest + 3 * mm, 20 * mm), pair_w * 0.62)
    table = Table(rows or [["", ""]], colWidths=[label_w, pair_w - label_w] * columns, hAlign="LEFT")
    style = [("FONTNAME", (0, 0), (-1, -1), doc.fonts.regular), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
             ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 1),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    style += [("TEXTCOLOR", (c, 0), (c, -1), colors.HexColor("#555555")) for c in range(0, 2 * columns, 2)]
    table.setStyle(TableStyle(style))
    return table


def _grid(doc, header, rows, widths, *, numbers=(), total=None, empty_text=None, font_size=8.5):
    """A small ruled table of plain strings (header shaded, numbers right-aligned)."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    body = [[str(c) for c in r] for r in rows]
    if not body and empty_text is not None:
        return [_grid(doc, header, [], widths)[0], doc.note(empty_text)]
    data = [[str(h) for h in header], *body] + ([[str(c) for c in total]] if total else [])
    unit = doc.width / sum(widths)
    table = Table(data, colWidths=[w * unit for w in widths], hAlign="LEFT", repeatRows=1)
    style = [("FONTNAME", (0, 0), (-1, -1), doc.fonts.regular), ("FONTSIZE", (0, 0), (-1, -1), font_size),
             ("LEADING", (0, 0), (-1, -1), font_size + 2.5),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8ECF2")),
             ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
             ("INNERGRID", (0, 1), (-1, -1), 0.25, colors.HexColor("#BBBBBB")),
             ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    style += [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in numbers]
    if total:
        style += [("FONTNAME", (0, -1), (-1, -1), doc.fonts.bold), ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black)]
    table.setStyle(TableStyle(style))
    return [table]


def _key(params) -> int:
    m = params["month"]
    return common.month_key(m.year, m.month)


def selection(ctx, params) -> list[dict]:
    """The lines the report prints, in the order printed."""
    key = _key(params)
    department = params.get("department") or None
    rows = months.sheet(ctx, key, department=department)
    staff = str(params.get("staff") or "all")
    if staff != "all":
        rows = [r for r in rows if str(r["staff_id"]) == staff]
    return sorted(rows, key=lambda r: (r["department"] or "", r["name"]))


def person_story(ctx, doc, line: dict, closed: bool | None = None, lines=None) -> list:
    """One person's page; ``lines``: their ledger lines when the caller read them already
    (a batch reads everyone's in one query)."""
    key = line["month"]
    out = [doc.heading(T("Monthly assessment: {name}", name=line["name"]))]
    if closed is None:
        closed = months.state(ctx, key).status == "closed"
    state = T("closed") if closed else T("open (figures may still change)")
    out.append(_pairs(doc, [
        (T("Employee"), line["name"]), (T("Department"), line["department"] or "—"),
        (T("Month"), common.month_label(key)), (T("Status"), state),
        (T("Working days"), str(line["working_days"])), (T("Template"), line["template"] or "—"),
    ], columns=3))
    out.append(doc.heading(T("KPIs"), level=2))
    out += _grid(doc, [T("Indicator"), T("Target"), T("Actual"), T("Weight"), T("Achievement")],
                 [(k["title"], _num(k["target"]), _num(k["actual"]), _num(k["weight"]),
                   "—" if k["achievement"] is None else f"{k['achievement']:g}%")
                  for k in line["kpis"]], (4, 1, 1, 1, 1), numbers=(1, 2, 3, 4),
                 empty_text=T("No KPIs in this department's template."))
    out.append(doc.heading(T("Points ledger"), level=2))
    if lines is None:
        lines = ledger.lines(ctx, line["staff_id"], key)
    if len(lines) > DETAIL_LINES:  # a busy driver: one line per rule keeps the page to one
        groups: dict = {}
        for ln in lines:
            g = groups.setdefault(ln.rule or ln.note or ln.kind, [ln.day, ln.day, 0, Decimal(0)])
            g[0], g[1], g[2], g[3] = min(g[0], ln.day), max(g[1], ln.day), g[2] + 1, g[3] + ln.points
        rows = [(f"{a:%m-%d}–{b:%m-%d}", name, str(T("{n} lines", n=n)), f"{pts:+.2f}")
                for name, (a, b, n, pts) in sorted(groups.items(), key=lambda kv: kv[1][0])]
        note = doc.note(T("{n} ledger lines summed per rule; the person's month page lists each one.", n=len(lines)))
    else:
        rows = [(ln.day, ln.rule or ln.note, f"{ln.source_kind} {ln.source_id or ''}".strip() or T("manual"),
                 f"{ln.points:+.2f}") for ln in lines]
        note = None
    out += _grid(doc, [T("Day"), T("Rule / reason"), T("Source"), T("Points")], rows, (1.2, 4, 2, 1),
                 numbers=(3,), font_size=8, total=[T("Total"), "", "", f"{line['points']:+.2f}"] if rows else None,
                 empty_text=T("No points this month."))
    if note is not None:
        out.append(note)
    out.append(doc.heading(T("Attendance"), level=2))
    leave = str(line["leave_days"])
    if line.get("leave_rest_days"):
        leave = str(T("{days} (and {rest} weekend rest day(s))", days=line["leave_days"], rest=line["leave_rest_days"]))
    att = [(T("Rest days"), str(line["rest_days"])), (T("Approved leave (days)"), leave),
           (T("Unapproved absences (days)"), str(line["absences"])), (T("Attendance"), f"{line['attendance']:g}%")]
    if line["cs"]:
        att.append((T("Chat review score"), f"{line['cs_score']} / {line['cs_max']}"))
    out.append(_pairs(doc, att, columns=2))
    out.append(doc.heading(T("Result"), level=2))
    final = _num(line["final_score"]) if not line["error"] else line["error"]
    res = [(T("Final score"), final), (T("Grade"), line["grade"] or "—"),
           (T("Monthly wage"), _money(doc, line["wage"])), (T("Bonus"), _money(doc, line["bonus"])),
           (T("Bonus deduction"), _money(doc, line["bonus_deduction"])),
           (T("Absence deduction"), _money(doc, line["absence_deduction"])),
           (T("Unpaid leave"), _money(doc, line.get("leave_deduction", Decimal("0.00")))),
           (T("Inspection on the 15th"), _money(doc, line["inspection"])),
           (T("Advances"), _money(doc, line["advances"])),
           (T("Damage deducted / carried"), f"{_money(doc, line['damage_deducted'])} / {_money(doc, line['damage_carried'])}"),
           (T("Adjustments"), _money(doc, line["adjustments"])), (T("Net pay"), _money(doc, line["net_pay"]))]
    if line["flagged"]:
        res.append((T("Full score"), T("considered for an extra reward")))
    out.append(_pairs(doc, res, columns=2))
    out.append(doc.heading(T("Manager's comment"), level=2))
    out.append(doc.paragraph(line["comment"] or "—"))
    out.append(doc.spacer(10))
    out.append(_pairs(doc, [(T("Employee's signature"), "________________"), (T("Date"), "____________"),
                               (T("Manager's signature"), "________________"), (T("Date"), "____________")],
                              columns=2))
    return out


def assessment(ctx, params, doc) -> list:
    from suite_plugins.scoring.services.batch import HOOKS

    progress, cancelled = HOOKS.get()
    rows = selection(ctx, params)
    closed = months.state(ctx, _key(params)).status == "closed"
    ledgers = ledger.lines_by_staff(ctx, [r["staff_id"] for r in rows], _key(params))
    doc.subtitle = T("{month} · {n} employee(s)", month=common.month_label(_key(params)), n=len(rows))
    story: list = []
    for i, line in enumerate(rows):
        if cancelled is not None and cancelled():
            break
        if i:
            story.append(doc.page_break())
        story += person_story(ctx, doc, line, closed, ledgers[line["staff_id"]])
        if progress is not None:
            progress(i + 1, len(rows))
    if not rows:
        story.append(doc.paragraph(T("Nobody to assess in this selection.")))
    return story


def summary(ctx, params, doc) -> list:
    key = _key(params)
    rows = [r for r in months.sheet(ctx, key, department=params.get("department") or None)]
    doc.subtitle = T("{month} · ranking and score distribution", month=common.month_label(key))
    scored = sorted((r for r in rows if r["final_score"] is not None), key=lambda r: -r["final_score"])
    bands = [(0, 60), (60, 75), (75, 90), (90, 1000)]
    labels = ["<60", "60-74", "75-89", "≥90"]
    counts = [sum(1 for r in scored if lo <= r["final_score"] < hi) for lo, hi in bands]
    out = [doc.bar_chart(labels, {str(T("Employees")): counts}, title=T("Distribution of final scores"), height_mm=50)]
    out += doc.table([T("Rank"), T("Employee"), T("Department"), T("KPI"), T("Points"), T("Attendance"),
                      T("Final score"), T("Grade")],
                     [(i + 1, r["name"], r["department"], _num(r["kpi"]), f"{r['points']:+.2f}", f"{r['attendance']:g}%",
                       _num(r["final_score"]), r["grade"]) for i, r in enumerate(scored)],
                     numbers=[0, 3, 4, 5, 6], col_widths=(0.6, 2, 2, 1, 1, 1, 1, 0.8))
    errors = [r for r in rows if r["error"]]
    if errors:
        out.append(doc.heading(T("Not scored"), level=2))
        out += doc.table([T("Employee"), T("Reason")], [(r["name"], r["error"]) for r in errors])
    return out
