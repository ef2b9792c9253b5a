"""The month: every employee's KPIs, points, attendance, final score, grade and money, the
manager's comments, closing (figures frozen as printed, never recomputed) and reopening
(the owner's, with a reason, audited)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from suite.plugin_api import ConflictError, PermissionDenied, ValidationError, core
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.scoring import permissions as P
from suite_plugins.scoring.models import Absence, Month, MonthLine
from suite_plugins.scoring.services import attendance, formula, ledger, reviews, sources, templates
from suite_plugins.scoring.services.common import (
    FEN, MASK, fen, month_bounds, month_label, rest_days, setting, staff_in_scope, working_days,
)

T = domain("scoring")

ZERO = Decimal("0.00")
MONEY_KEYS = ("wage", "bonus", "bonus_deduction", "absence_deduction", "leave_deduction", "inspection", "advances",
              "damage_deducted", "damage_carried", "adjustments", "net_pay", "bonus_paid")


@dataclass(frozen=True)
class MonthState:
    month: int
    status: str  # open | closed
    version: int
    reopen_reason: str


def state(ctx: Context, month: int) -> MonthState:
    with ctx.read() as s:
        m = s.scalar(select(Month).where(Month.month == month))
        if m is None:
            return MonthState(month, "open", 0, "")
        return MonthState(month, m.status, m.version, m.reopen_reason)


def _achievement(value: float | None, target: float, better: str) -> float:
    if value is None:
        return 0.0
    if better == "lower":
        if value <= target:
            return 100.0
        return max(0.0, 100.0 - 100.0 * (value - target) / max(target, 1.0))
    if target <= 0:
        return 100.0
    return min(150.0, 100.0 * value / target)


def compute(ctx: Context, month: int, staff=None) -> list[dict]:
    """The live figures of every person in scope (unmasked; callers mask)."""
    people = staff if staff is not None else staff_in_scope(ctx)
    ids = [p.id for p in people]
    start, end = month_bounds(month)
    settings_rest = setting(ctx, "rest_days")
    fail_records = int(setting(ctx, "cs_fail_records"))
    cs_dept = setting(ctx, "cs_department")
    rate = Decimal(str(setting(ctx, "absence_rate")))
    tiers = reviews.tier_settings(ctx)
    tpls = templates.list_templates(ctx.as_system())
    avail = sources.metrics(ctx)
    wanted = {k.metric for t in tpls for k in t.kpis} | set()
    formula_metrics = {m for m in avail if any(formula.metric_name(m) in t.formula for t in tpls)}
    values = {m: sources.compute_metric(ctx, m, ids, start, end) for m in sorted(wanted | formula_metrics)}
    points = ledger.month_points(ctx, month, ids)
    failing = reviews.failing_by_staff(ctx, month)
    terms = attendance.terms_by_staff(ctx)
    items = attendance.money_items(ctx, month)
    owed = attendance.damages_before(ctx, month)
    kitchen = attendance.kitchen_inspections(ctx, month)
    absences: dict[int, int] = {}
    leave_ranges: dict[int, list] = {}
    for a in attendance.list_absences(ctx.as_system(), month):
        if a.kind == "absence":
            absences[a.staff_id] = absences.get(a.staff_id, 0) + attendance.days_in_month(a.start, a.end, month)
        elif a.status == "approved":
            leave_ranges.setdefault(a.staff_id, []).append((a.start, a.end))
    comments = {}
    with ctx.read() as s:
        m = s.scalar(select(Month).where(Month.month == month))
        if m is not None:
            comments = {ln.staff_id: ln.comment for ln in m.lines}
    compiled: dict[int, formula.Formula | Exception] = {}
    out = []
    for p in people:
        rest = rest_days(ctx, p.department_code, settings_rest)
        wd = working_days(month, rest)
        absent = absences.get(p.id, 0)
        weekend = attendance.weekend_rule(terms.get(p.id), p.department_code)
        leave, leave_rest = attendance.counted_days(leave_ranges.get(p.id, ()), month, rest, weekend)
        present = max(0, wd - absent - leave)
        attend = round(100.0 * present / wd, 1) if wd else 0.0
        tpl = templates.template_for(tpls, p.department_code)
        kpis, total_w, total = [], 0.0, 0.0
        for k in (tpl.kpis if tpl else ()):
            info = avail.get(k.metric)
            v = values.get(k.metric, {}).get(p.id)
            a = _achievement(None if v is None else float(v), float(k.target), info.better if info else "higher")
            kpis.append({"metric": k.metric, "title": info.title if info else k.metric, "unit": info.unit if info else "",
                         "target": float(k.target), "actual": None if v is None else float(v),
                         "weight": float(k.weight), "achievement": None if v is None else round(a, 1)})
            if v is not None:  # no data is not a bad score: the KPI is left out of the average
                total_w += float(k.weight)
                total += float(k.weight) * a
        kpi = round(total / total_w, 1) if total_w else 100.0
        is_cs = p.department_code == cs_dept
        cs_score = reviews.month_score(wd, failing.get(p.id, []), fail_records, absent) if is_cs else 0
        wage, bonus, _ex = terms.get(p.id, (ZERO, ZERO, False))
        if is_cs:
            outcome = reviews.bonus_outcome(cs_score, wd, bonus, **tiers)
        else:
            outcome = reviews.BonusOutcome(ZERO, Decimal(bonus), False, "")
        absence_ded = attendance.absence_deduction(wage, wd, absent, rate)
        leave_ded = attendance.leave_deduction(wage, wd, leave)
        mine = items.get(p.id, [])
        inspection = ZERO
        insp = [i for i in mine if i.kind == "inspection"]
        if insp:
            inspection = insp[0].amount if insp[0].passed else -insp[0].amount
        elif kitchen is not None and p.id in kitchen:
            key = "inspection_pass" if kitchen[p.id] else "inspection_fail"
            amt = Decimal(str(setting(ctx, key))).quantize(FEN)
            inspection = amt if kitchen[p.id] else -amt
        advances = sum((i.amount for i in mine if i.kind == "advance"), ZERO)
        adjustments = sum((i.amount for i in mine if i.kind == "adjustment"), ZERO)
        damage_now = sum((i.amount for i in mine if i.kind == "damage"), ZERO)
        capacity = wage + outcome.paid - absence_ded - leave_ded + inspection + adjustments - advances
        damage_take, damage_carry = attendance.damage_split(owed.get(p.id, ZERO) + damage_now, max(ZERO, capacity))
        net = capacity - damage_take
        pts = points.get(p.id, ZERO)
        names = {"kpi": kpi, "points": float(pts), "attendance": attend, "cs_score": cs_score, "cs_max": wd,
                 "absences": absent, "working_days": wd}
        for mid in avail:
            names[formula.metric_name(mid)] = float(values.get(mid, {}).get(p.id, 0) or 0)
        error, final, grade = "", None, ""
        if tpl is not None:
            if tpl.id not in compiled:
                try:
                    compiled[tpl.id] = formula.Formula(tpl.formula)
                except ValidationError as exc:
                    compiled[tpl.id] = formula.FormulaError(str(exc))
            try:
                f = compiled[tpl.id]
                if isinstance(f, Exception):
                    raise f
                final = round(f(names), 1)
                grade = templates.grade_of(final, tpl.grades)
            except formula.FormulaError as exc:
                error = str(T("The formula failed for this person: {error}", error=str(exc)))
        out.append({
            "staff_id": p.id, "name": p.name, "department": p.department, "department_code": p.department_code or "",
            "month": month, "working_days": wd, "rest_days": rest, "absences": absent, "leave_days": leave,
            "leave_rest_days": leave_rest, "weekend_rest": weekend,
            "attendance": attend, "kpis": kpis, "kpi": kpi, "points": pts, "cs": is_cs, "cs_score": cs_score,
            "cs_max": wd, "cs_tier": outcome.tier, "flagged": outcome.full, "final_score": final, "grade": grade,
            "error": error, "template": tpl.name if tpl else "",
            "wage": fen(wage), "bonus": fen(bonus), "bonus_deduction": fen(outcome.deduction),
            "bonus_paid": fen(outcome.paid), "absence_deduction": fen(absence_ded),
            "leave_deduction": fen(leave_ded), "inspection": fen(inspection),
            "advances": fen(advances), "adjustments": fen(adjustments), "damage_deducted": fen(damage_take),
            "damage_carried": fen(damage_carry), "net_pay": fen(net), "comment": comments.get(p.id, ""),
        })
    return out


def _freeze(line: dict) -> str:
    return json.dumps({k: (str(v) if isinstance(v, Decimal) else v) for k, v in line.items()},
                      ensure_ascii=False, sort_keys=True)


def _thaw(text: str) -> dict:
    d = json.loads(text)
    for k in MONEY_KEYS + ("points",):
        if k in d and d[k] is not None:
            d[k] = Decimal(d[k])
    return d


def mask(ctx: Context, line: dict) -> dict:
    """The line as the acting user may see it: money figures masked without the permission."""
    if ctx.can(P.MONEY):
        return line
    return {**line, **{k: MASK for k in MONEY_KEYS}}


def sheet(ctx: Context, month: int, *, department: str | None = None) -> list[dict]:
    """The month's sheet, as the acting user may see it: stored figures of a closed month,
    live figures of an open one."""
    if not (ctx.can(P.VIEW) or ctx.can(P.OWN)):
        ctx.require(P.VIEW)
    people = staff_in_scope(ctx, department=department)
    st = state(ctx, month)
    if st.status == "closed":
        ids = {p.id for p in people}
        with ctx.read() as s:
            m = s.scalar(select(Month).where(Month.month == month))
            lines = [_thaw(ln.frozen) for ln in m.lines if ln.staff_id in ids and ln.frozen]
        lines.sort(key=lambda d: d["name"])
    else:
        lines = compute(ctx, month, people)
    return [mask(ctx, ln) for ln in lines]


def person(ctx: Context, month: int, staff_id: int) -> dict:
    from suite_plugins.scoring.services.common import require_staff_visible

    require_staff_visible(ctx, staff_id)
    for ln in sheet(ctx, month):
        if ln["staff_id"] == staff_id:
            return ln
    raise ValidationError(T("This person has no line in {month}.", month=month_label(month)))


def pending_items(ctx: Context, month: int) -> list[str]:
    """What keeps a month from closing: pending review days and leave requests, named."""
    names = {p.id: p.name for p in core.list_staff(ctx.as_system(), include_archived=True)}
    out = [str(T("chat review of {name} on {day}", name=names.get(sid, sid), day=day.isoformat()))
           for sid, day in reviews.pending_days(ctx, month)]
    start, end = month_bounds(month)
    with ctx.read() as s:
        for a in s.scalars(select(Absence).where(Absence.kind == "leave", Absence.status == "pending",
                                                 Absence.start < end, Absence.end >= start)):
            out.append(str(T("leave request of {name} from {start} to {end}", name=names.get(a.staff_id, a.staff_id),
                             start=a.start.isoformat(), end=a.end.isoformat())))
    return out


def close_month(ctx: Context, month: int, *, expected_version: int) -> None:
    """Freeze a month: every figure stored as it will be printed."""
    ctx.require(P.MANAGE)
    pending = pending_items(ctx, month)
    if pending:
        raise ValidationError(T("{month} cannot be closed while these are pending: {items}.",
                                month=month_label(month), items="; ".join(pending)))
    st = state(ctx, month)
    if st.status == "closed":
        raise ValidationError(T("{month} is closed: its figures are frozen. Reopen it first.", month=month_label(month)))
    if st.version != expected_version:
        raise ConflictError(table="perf_months")
    ledger.evaluate_month(ctx, month)
    full = ctx.with_user(ctx.user) if ctx.can(P.MONEY) else ctx.as_system()
    lines = compute(full, month, core.list_staff(ctx.as_system()))
    with ctx.unit_of_work() as s:
        m = s.scalar(select(Month).where(Month.month == month))
        if m is None:
            m = Month(month=month, status="open")
            s.add(m)
            s.flush()
        elif m.version != expected_version:
            raise ConflictError(table="perf_months", row_id=m.id)
        by = {ln.staff_id: ln for ln in m.lines}
        for line in lines:
            row = by.get(line["staff_id"])
            if row is None:
                row = MonthLine(staff_id=line["staff_id"], comment="")
                m.lines.append(row)
            row.frozen = _freeze(line)
            row.final_score = None if line["final_score"] is None else Decimal(str(line["final_score"]))
            row.grade = line["grade"]
        m.status = "closed"
        m.closed_at = ctx.now()


def reopen_month(ctx: Context, month: int, reason: str, *, expected_version: int) -> None:
    """Only the owner reopens a closed month, with a reason (kept and audited)."""
    if not ctx.user.is_owner:
        raise PermissionDenied("owner", T("Only the owner can reopen a closed month."))
    if not (reason or "").strip():
        raise ValidationError(fields={"reason": T("Reopening a closed month needs a reason.")})
    with ctx.unit_of_work() as s:
        m = s.scalar(select(Month).where(Month.month == month))
        if m is None or m.status != "closed":
            raise ValidationError(T("{month} is not closed.", month=month_label(month)))
        if m.version != expected_version:
            raise ConflictError(table="perf_months", row_id=m.id)
        m.status = "open"
        m.reopen_reason = reason.strip()


def set_comment(ctx: Context, month: int, staff_id: int, text: str, *, expected_version: int) -> None:
    """The manager's comment on a person's month (``expected_version``: the month's)."""
    ctx.require(P.MANAGE)
    with ctx.unit_of_work() as s:
        m = s.scalar(select(Month).where(Month.month == month))
        if m is not None and m.status == "closed":
            raise ValidationError(T("{month} is closed: its figures are frozen. Reopen it first.",
                                    month=month_label(month)))
        if (m.version if m else 0) != expected_version:
            raise ConflictError(table="perf_months", row_id=m.id if m else None)
        if m is None:
            m = Month(month=month, status="open")
            s.add(m)
            s.flush()
        row = next((ln for ln in m.lines if ln.staff_id == staff_id), None)
        if row is None:
            m.lines.append(MonthLine(staff_id=staff_id, comment=(text or "").strip()))
        else:
            row.comment = (text or "").strip()


def leaderboard(ctx: Context, month: int, limit: int = 5) -> list[tuple[str, float]]:
    rows = [ln for ln in sheet(ctx, month) if ln.get("final_score") is not None]
    rows.sort(key=lambda d: -d["final_score"])
    return [(d["name"], d["final_score"]) for d in rows[:limit]]


__all__ = ["close_month", "compute", "reopen_month", "set_comment", "sheet", "state"]
