"""The customer-service scheme (seed 004, 考评透明度): each agent's chat records of a day are
reviewed on greeting, closing, service quality, service wording, product knowledge and
timely reply. A working day is worth 1 point, lost when ``cs_fail_records`` (4) or more of
its reviewed records fail; a day never goes below 0; the month's maximum is the agent's
working days (26 with 4 rest days). Bonus tiers: below 20 loses ¥50, below 15 loses ¥100,
below 12 loses the whole bonus; a full score earns the whole bonus and is flagged."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from suite.plugin_api import ConflictError, NotFound, ValidationError
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.scoring import permissions as P
from suite_plugins.scoring.models import ReviewDay, ReviewRecord
from suite_plugins.scoring.services.common import month_key, month_label, require_staff_visible, setting
from suite_plugins.scoring.services.ledger import is_closed

T = domain("scoring")

CRITERIA = ("greeting", "closing", "quality", "wording", "knowledge", "timely")
CRITERIA_TITLES = {"greeting": T("Greeting"), "closing": T("Closing"), "quality": T("Service quality"),
                   "wording": T("Service wording"), "knowledge": T("Product knowledge"),
                   "timely": T("Timely reply")}


# ------------------------------------------------------------------ the arithmetic (pure)

def day_point(failing: int, fail_records: int = 4) -> int:
    """1 for a good day, 0 for a day with ``fail_records`` or more failing records."""
    return 0 if failing >= fail_records else 1


def month_score(working_days: int, failing_per_day, fail_records: int = 4, absent_days: int = 0) -> int:
    """The month's points: each working day 1, less the days lost to failing reviews or to an
    unapproved absence; never below 0, never above the working days."""
    lost = sum(1 for f in failing_per_day if f >= fail_records) + absent_days
    return max(0, min(working_days, working_days - lost))


@dataclass(frozen=True)
class BonusOutcome:
    deduction: Decimal
    paid: Decimal
    full: bool  # a full score: the whole bonus, flagged for an extra reward
    tier: str   # full | ok | tier1 | tier2 | none


def bonus_outcome(score: int, max_score: int, bonus: Decimal, *, tier1_below: int = 20,
                  tier1_amount: Decimal = Decimal("50.00"), tier2_below: int = 15,
                  tier2_amount: Decimal = Decimal("100.00"), lose_all_below: int = 12) -> BonusOutcome:
    bonus = Decimal(bonus)
    if score < lose_all_below:
        return BonusOutcome(bonus, Decimal("0.00"), False, "none")
    if score < tier2_below:
        d = min(bonus, Decimal(tier2_amount))
        return BonusOutcome(d, bonus - d, False, "tier2")
    if score < tier1_below:
        d = min(bonus, Decimal(tier1_amount))
        return BonusOutcome(d, bonus - d, False, "tier1")
    full = max_score > 0 and score >= max_score
    return BonusOutcome(Decimal("0.00"), bonus, full, "full" if full else "ok")


def tier_settings(ctx: Context) -> dict:
    return dict(tier1_below=int(setting(ctx, "cs_tier1_below")), tier1_amount=Decimal(str(setting(ctx, "cs_tier1_amount"))),
                tier2_below=int(setting(ctx, "cs_tier2_below")), tier2_amount=Decimal(str(setting(ctx, "cs_tier2_amount"))),
                lose_all_below=int(setting(ctx, "cs_lose_all_below")))


# ------------------------------------------------------------------ review days

@dataclass(frozen=True)
class ReviewView:
    id: int | None
    staff_id: int
    day: dt.date
    records: int
    failing: int
    status: str
    marks: tuple[tuple[str, ...], ...]  # per record: the criteria it failed
    version: int


def get_review(ctx: Context, staff_id: int, day: dt.date) -> ReviewView:
    """The review of an agent-day (a blank one with the default number of records if none)."""
    require_staff_visible(ctx, staff_id)
    with ctx.read() as s:
        r = s.scalar(select(ReviewDay).where(ReviewDay.staff_id == staff_id, ReviewDay.day == day))
        if r is None:
            n = int(setting(ctx, "cs_records_per_day"))
            return ReviewView(None, staff_id, day, n, 0, "new", tuple(() for _ in range(n)), 0)
        return ReviewView(r.id, r.staff_id, r.day, r.records, r.failing, r.status,
                          tuple(tuple(c for c in i.failed.split(",") if c) for i in r.items), r.version)


def save_review(ctx: Context, staff_id: int, day: dt.date, *, records: int | None = None,
                marks=None, failing: int | None = None, done: bool = True,
                expected_version: int | None) -> int:
    """Save an agent-day's review. ``marks``: per record the criteria it failed (a record
    failing any criterion is a failing record); or just a ``failing`` count. ``done=False``
    keeps it pending (closing the month is refused while it is). ``expected_version``: the
    version read (None for a new review)."""
    ctx.require(P.REVIEW)
    n = int(records if records is not None else setting(ctx, "cs_records_per_day"))
    errors = {}
    if n <= 0:
        errors["records"] = T("A review covers at least one chat record.")
    rows: list[tuple[str, ...]] = []
    if marks is not None:
        rows = [tuple(sorted({c for c in m if c})) for m in marks]
        bad = {c for m in rows for c in m if c not in CRITERIA}
        if bad:
            errors["marks"] = T("Unknown criterion \u201c{name}\u201d.", name=sorted(bad)[0])
        if len(rows) > n:
            errors["marks"] = T("More reviewed records ({given}) than the day's {records}.", given=len(rows), records=n)
        fail = sum(1 for m in rows if m)
    else:
        fail = int(failing or 0)
    if fail < 0:
        errors["failing"] = T("Failing records cannot be negative.")
    elif fail > n and "marks" not in errors:
        errors["failing"] = T("{failing} failing records is more than the {records} reviewed.", failing=fail, records=n)
    if day > ctx.today():
        errors["day"] = T("A day in the future cannot be reviewed yet.")
    if errors:
        raise ValidationError(fields=errors)
    month = month_key(day.year, day.month)
    with ctx.unit_of_work() as s:
        if is_closed(s, month):
            raise ValidationError(T("{month} is closed: its figures are frozen. Reopen it first.",
                                    month=month_label(month)))
        r = s.scalar(select(ReviewDay).where(ReviewDay.staff_id == staff_id, ReviewDay.day == day))
        if r is None:
            if expected_version not in (None, 0):
                raise ConflictError(table="perf_review_days")
            r = ReviewDay(staff_id=staff_id, day=day, month=month, records=n)
            s.add(r)
        elif r.version != expected_version:
            raise ConflictError(table="perf_review_days", row_id=r.id)
        r.records, r.failing, r.status = n, fail, "done" if done else "pending"
        if marks is not None:
            existing = {i.number: i for i in r.items}
            for k, m in enumerate(rows, start=1):
                text = ",".join(m)
                item = existing.pop(k, None)
                if item is None:
                    r.items.append(ReviewRecord(number=k, failed=text))
                elif item.failed != text:
                    item.failed = text
            for item in existing.values():
                r.items.remove(item)
        s.flush()
        return r.id


def month_reviews(ctx: Context, staff_id: int, month: int) -> list[ReviewView]:
    require_staff_visible(ctx, staff_id)
    with ctx.read() as s:
        rows = s.scalars(select(ReviewDay).where(ReviewDay.staff_id == staff_id, ReviewDay.month == month)
                         .order_by(ReviewDay.day)).all()
        return [ReviewView(r.id, r.staff_id, r.day, r.records, r.failing, r.status, (), r.version) for r in rows]


def failing_by_staff(ctx: Context, month: int) -> dict[int, list[int]]:
    """The failing counts of each agent's done review days of a month."""
    out: dict[int, list[int]] = {}
    with ctx.read() as s:
        for sid, f in s.execute(select(ReviewDay.staff_id, ReviewDay.failing)
                                .where(ReviewDay.month == month, ReviewDay.status == "done")):
            out.setdefault(sid, []).append(f)
    return out


def pending_days(ctx: Context, month: int) -> list[tuple[int, dt.date]]:
    with ctx.read() as s:
        return list(s.execute(select(ReviewDay.staff_id, ReviewDay.day)
                              .where(ReviewDay.month == month, ReviewDay.status == "pending")
                              .order_by(ReviewDay.day)))


__all__ = ["CRITERIA", "BonusOutcome", "bonus_outcome", "day_point", "month_score", "save_review", "get_review",
           "NotFound"]
