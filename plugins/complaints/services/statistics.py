"""Statistics for the after-sales analysis: distribution and trend of problems, causes and
responsibility, timeliness per stage, compensation, follow-up satisfaction, complaint rate.

Everything is computed in SQL over the derived columns of ``cmp_complaints`` (one row per
case) grouped by the office-local month of intake, so a year of a busy office is a handful of
aggregate queries, never a replay of histories.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import and_, case, func, select

from suite.plugin_api import ValidationError
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.complaints import codes
from suite_plugins.complaints.models import Action, Complaint, MonthNote
from suite_plugins.complaints.permissions import STATISTICS
from suite_plugins.complaints.services import orders_link

T = domain("complaints")

C = Complaint.__table__
A = Action.__table__

#: stage -> (deadline column, met column)
STAGE_COLUMNS = {
    "first_contact": (C.c.fc_due_at, C.c.fc_met),
    "solution": (C.c.sol_due_at, C.c.sol_met),
    "investigation": (C.c.inv_due_at, C.c.inv_met),
    "resolution": (C.c.res_due_at, C.c.res_met),
}


# ---------------------------------------------------------------------------- months


def month_key(year: int, month: int) -> int:
    return year * 100 + month


def month_start(key: int) -> dt.date:
    return dt.date(key // 100, key % 100, 1)


def add_months(key: int, n: int) -> int:
    index = (key // 100) * 12 + (key % 100 - 1) + n
    return (index // 12) * 100 + index % 12 + 1


def months_between(first: int, last: int) -> list[int]:
    out, k = [], first
    while k <= last:
        out.append(k)
        k = add_months(k, 1)
    return out


def month_label(key: int) -> str:
    return f"{key // 100:04d}-{key % 100:02d}"


# ---------------------------------------------------------------------------- results


@dataclass(frozen=True)
class StageCompliance:
    stage: str
    met: int
    late: int
    #: still open and already past the deadline
    overdue: int

    @property
    def due(self) -> int:
        return self.met + self.late + self.overdue

    @property
    def rate(self) -> float | None:
        """Share of the deadlines that fell due and were met (None when none fell due)."""
        return self.met / self.due if self.due else None

    @property
    def label(self) -> str:
        return codes.label(codes.STAGES, self.stage)


@dataclass(frozen=True)
class MonthPoint:
    month: int
    complaints: int
    orders: int | None = None

    @property
    def rate(self) -> float | None:
        """Complaints per delivered order (None without order figures)."""
        return self.complaints / self.orders if self.orders else None

    @property
    def label(self) -> str:
        return month_label(self.month)


@dataclass(frozen=True)
class CompensationLine:
    """Compensation of one kind: ``count``/``amount`` are the approved and paid ones (and
    those below the approval threshold); pending ones are counted apart, rejected ones left out."""

    kind: str
    count: int
    amount: Decimal
    pending: int = 0
    rejected: int = 0
    pending_amount: Decimal = Decimal("0.00")

    @property
    def label(self) -> str:
        return codes.label(codes.ACTION_KINDS, self.kind)


@dataclass
class Statistics:
    first_month: int
    last_month: int
    total: int = 0
    open: int = 0
    closed: int = 0
    substantiated: int = 0
    by_category: list[tuple[str, int]] = field(default_factory=list)
    by_department: list[tuple[str, int]] = field(default_factory=list)
    by_root_cause: list[tuple[str, int]] = field(default_factory=list)
    by_severity: list[tuple[str, int]] = field(default_factory=list)
    by_channel: list[tuple[str, int]] = field(default_factory=list)
    trend: list[MonthPoint] = field(default_factory=list)
    stages: list[StageCompliance] = field(default_factory=list)
    avg_first_contact_minutes: float | None = None
    avg_resolution_minutes: float | None = None
    compensation: list[CompensationLine] = field(default_factory=list)
    followups_reached: int = 0
    avg_satisfaction: float | None = None
    satisfaction_counts: dict[int, int] = field(default_factory=dict)
    orders: int | None = None
    measures: list[tuple[int, str]] = field(default_factory=list)
    #: the months of the period that have order figures: the complaint rate divides the
    #: complaints of these months by their orders (the same months above and below the line)
    rate_months: list[int] = field(default_factory=list)
    rate_complaints: int = 0
    #: delivery delays by force majeure (counted against no department)
    force_majeure_delays: int = 0
    #: the months of the period without order figures
    months_without_orders: list[int] = field(default_factory=list)

    @property
    def compensation_total(self) -> Decimal:
        """Approved and paid money (pending amounts are not in it: see ``compensation_pending``)."""
        return sum((c.amount for c in self.compensation if c.kind in codes.MONEY_ACTIONS), Decimal("0.00"))

    @property
    def compensation_pending(self) -> Decimal:
        """Money still waiting for a manager's approval."""
        return sum((c.pending_amount for c in self.compensation if c.kind in codes.MONEY_ACTIONS), Decimal("0.00"))

    @property
    def complaint_rate(self) -> float | None:
        """Complaints per delivered order over the months that have order figures."""
        return self.rate_complaints / self.orders if self.orders else None

    @property
    def rate_note(self) -> str:
        """What the complaint rate covers, when it is not the whole period ("" when it is)."""
        if not self.orders:
            return str(T("no order figures for this period: no complaint rate"))
        if self.months_without_orders:
            return str(T("over {months} only: no order figures for {missing}",
                         months=_span(self.rate_months), missing=_span(self.months_without_orders)))
        return ""

    @property
    def is_single_month(self) -> bool:
        return self.first_month == self.last_month

    @property
    def period_label(self) -> str:
        if self.is_single_month:
            return month_label(self.first_month)
        if self.first_month % 100 == 1 and self.last_month == self.first_month + 11:
            return f"{self.first_month // 100}"
        return f"{month_label(self.first_month)} \u2013 {month_label(self.last_month)}"


def _span(months: list[int]) -> str:
    """2026-11, or 2026-09 – 2026-10, or 2026-01, 2026-03 (months not in a row)."""
    if not months:
        return ""
    if months == months_between(months[0], months[-1]):
        return month_label(months[0]) if len(months) == 1 else f"{month_label(months[0])} \u2013 {month_label(months[-1])}"
    return ", ".join(month_label(m) for m in months)


def _sorted_counts(counter: Counter, vocabulary: dict) -> list[tuple[str, int]]:
    order = {code: i for i, code in enumerate(vocabulary)}
    return sorted(((k, v) for k, v in counter.items() if v), key=lambda kv: (-kv[1], order.get(kv[0], 99), kv[0]))


def statistics(ctx: Context, first_month: int, last_month: int | None = None, *, trend_months: int = 12,
               with_orders: bool = True) -> Statistics:
    """Statistics of the complaints received in the months [first_month, last_month]
    (``year*100+month``, office-local). The trend covers ``trend_months`` months ending with
    the last month (or the period itself, when longer)."""
    ctx.require(STATISTICS)
    last_month = last_month or first_month
    if last_month < first_month or not (1 <= first_month % 100 <= 12) or not (1 <= last_month % 100 <= 12):
        raise ValidationError(fields={"period": T("Choose a period whose end is not before its start.")})
    now = ctx.now()
    period = C.c.received_month.between(first_month, last_month)
    out = Statistics(first_month, last_month)
    with ctx.read() as s:
        conn = s.connection()
        # ---- one pass over the period's cases: counts, timeliness, averages, satisfaction
        cols = [
            func.count(), func.sum(case((C.c.is_open, 1), else_=0)),
            func.sum(case((C.c.substantiated.is_(True), 1), else_=0)),
            func.sum(C.c.fc_minutes), func.count(C.c.fc_minutes),
            func.sum(C.c.res_minutes), func.count(C.c.res_minutes),
            func.sum(C.c.satisfaction), func.count(C.c.satisfaction),
        ]
        for due, met in STAGE_COLUMNS.values():
            cols += [func.sum(case((met.is_(True), 1), else_=0)), func.sum(case((met.is_(False), 1), else_=0)),
                     func.sum(case((and_(met.is_(None), C.c.is_open, due < now), 1), else_=0))]
        cols += [func.sum(case((C.c.satisfaction == score, 1), else_=0)) for score in range(1, 6)]
        row = conn.execute(select(*cols).where(period)).one()
        vals = [v or 0 for v in row]
        out.total, out.open, out.substantiated = int(vals[0]), int(vals[1]), int(vals[2])
        out.closed = out.total - out.open
        out.avg_first_contact_minutes = vals[3] / vals[4] if vals[4] else None
        out.avg_resolution_minutes = vals[5] / vals[6] if vals[6] else None
        out.followups_reached = int(vals[8])
        out.avg_satisfaction = vals[7] / vals[8] if vals[8] else None
        for i, stage in enumerate(STAGE_COLUMNS):
            met, late, overdue = (int(v) for v in vals[9 + 3 * i: 12 + 3 * i])
            out.stages.append(StageCompliance(stage, met, late, overdue))

        # ---- distributions: one grouped pass, folded per dimension here
        cats, deps, causes, sevs, chans = Counter(), Counter(), Counter(), Counter(), Counter()
        for cat, dep, cause, sev, chan, delay, n in conn.execute(
            select(C.c.category, C.c.responsible_department, C.c.root_cause, C.c.severity, C.c.channel,
                   C.c.delay_cause, func.count())
            .where(period).group_by(C.c.category, C.c.responsible_department, C.c.root_cause, C.c.severity,
                                    C.c.channel, C.c.delay_cause)
        ):
            cats[cat] += n
            sevs[sev] += n
            chans[chan] += n
            if delay == "force_majeure":
                out.force_majeure_delays += n  # explained and apologised for: against no department
            elif dep:
                deps[dep] += n
            if cause:
                causes[cause] += n
        out.by_category = _sorted_counts(cats, codes.CATEGORIES)
        out.by_department = _sorted_counts(deps, codes.DEPARTMENTS)
        out.by_root_cause = _sorted_counts(causes, codes.ROOT_CAUSES)
        out.by_severity = [(k, sevs[k]) for k in codes.SEVERITIES if sevs[k]]
        out.by_channel = _sorted_counts(chans, codes.CHANNELS)

        out.satisfaction_counts = {score: int(vals[21 + score - 1]) for score in range(1, 6)}

        # ---- compensation of the period's cases
        lines: dict[str, list] = {}
        for kind, approval, n, amount in conn.execute(
            select(A.c.kind, A.c.approval, func.count(), func.sum(A.c.amount))
            .select_from(A.join(C, C.c.id == A.c.complaint_id)).where(period).group_by(A.c.kind, A.c.approval)
        ):
            line = lines.setdefault(kind, [0, Decimal("0.00"), 0, 0, Decimal("0.00")])
            value = Decimal(str(amount or 0)).quantize(Decimal("0.01"))
            if approval == "rejected":
                line[3] += n
            elif approval == "pending":
                line[2] += n
                line[4] += value
            else:
                line[0] += n
                line[1] += value
        out.compensation = [CompensationLine(k, *lines[k]) for k in codes.ACTION_KINDS if k in lines]

        # ---- trend: complaints per month (the month index alone answers it)
        span = max(trend_months, len(months_between(first_month, last_month)))
        trend_first = add_months(last_month, -(span - 1))
        per_month = dict(conn.execute(
            select(C.c.received_month, func.count()).where(C.c.received_month.between(trend_first, last_month))
            .group_by(C.c.received_month)).all())
        out.measures = [(m, t) for m, t in conn.execute(
            select(MonthNote.month, MonthNote.measures).where(MonthNote.month.between(first_month, last_month),
                                                              MonthNote.measures != "").order_by(MonthNote.month))]
    months = months_between(trend_first, last_month)
    orders = orders_link.orders_per_month(ctx, month_start(trend_first), month_start(add_months(last_month, 1))) \
        if with_orders else {}
    out.trend = [MonthPoint(m, int(per_month.get(m, 0)), orders.get(m) if orders else None) for m in months]
    period_months = months_between(first_month, last_month)
    out.rate_months = [m for m in period_months if orders.get(m)]
    out.months_without_orders = [m for m in period_months if not orders.get(m)]
    if out.rate_months:
        out.orders = sum(orders[m] for m in out.rate_months)
        out.rate_complaints = sum(int(per_month.get(m, 0)) for m in out.rate_months)
    return out


# ---------------------------------------------------------------------------- improvement measures


def month_measures(ctx: Context, month: int) -> tuple[str, int | None]:
    """(the month's improvement measures, the row's version or None)."""
    ctx.require(STATISTICS)
    with ctx.read() as s:
        row = s.scalar(select(MonthNote).where(MonthNote.month == month))
        return (row.measures, row.version) if row is not None else ("", None)


def save_month_measures(ctx: Context, month: int, measures: str, *, expected_version: int | None) -> None:
    """The improvement measures decided for a month (printed in its after-sales report).
    ``expected_version``: the version :func:`month_measures` returned (None: there were none)."""
    ctx.require(STATISTICS)
    text = (measures or "").strip()
    if len(text) > 8000:
        raise ValidationError(fields={"measures": T("At most {n} characters.", n=8000)})
    if not (1 <= month % 100 <= 12):
        raise ValidationError(fields={"month": T("Choose a month.")})
    with ctx.unit_of_work() as s:
        row = s.scalar(select(MonthNote).where(MonthNote.month == month))
        from suite.plugin_api import ConflictError, check_version

        if row is None:
            if expected_version is not None:
                raise ConflictError(table="cmp_month_notes")
            s.add(MonthNote(month=month, measures=text))
            return
        if expected_version is None:  # none were there when the caller read: someone saved since
            raise ConflictError(table="cmp_month_notes", row_id=row.id)
        check_version(row, expected_version)
        row.measures = text


# ---------------------------------------------------------------------------- late cases


@dataclass(frozen=True)
class LateCase:
    id: int
    number: str
    received_at: dt.datetime
    category: str
    severity: str
    department: str
    #: the stages done late or still overdue
    stages: tuple[str, ...]
    is_open: bool


def late_cases(ctx: Context, first_month: int, last_month: int | None = None, *, limit: int = 40) -> tuple[list[LateCase], int]:
    """Cases of the period that missed a deadline (done late, or open and overdue), newest
    first: (the first ``limit`` of them, how many there are)."""
    ctx.require(STATISTICS)
    last_month = last_month or first_month
    now = ctx.now()
    late = [and_(met.is_(False)) for _due, met in STAGE_COLUMNS.values()]
    overdue = [and_(met.is_(None), C.c.is_open, due < now) for due, met in STAGE_COLUMNS.values()]
    from sqlalchemy import or_

    cond = and_(C.c.received_month.between(first_month, last_month), or_(*late, *overdue))
    with ctx.read() as s:
        conn = s.connection()
        total = conn.execute(select(func.count()).where(cond)).scalar() or 0
        rows = conn.execute(select(C).where(cond).order_by(C.c.received_at.desc()).limit(limit)).all()
    out = []
    for r in rows:
        m = r._mapping
        stages = tuple(stage for stage, (due, met) in STAGE_COLUMNS.items()
                       if m[met.key] is False or (m[met.key] is None and m["is_open"] and m[due.key] is not None
                                                  and m[due.key] < now))
        out.append(LateCase(m["id"], m["number"], m["received_at"], m["category"], m["severity"],
                            m["responsible_department"], stages, m["is_open"]))
    return out, int(total)
