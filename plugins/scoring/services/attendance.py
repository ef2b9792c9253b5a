"""Attendance and house rules (seed 004, 酒店员工管理制度): rest days per department, leave
requested and approved in writing (unpaid), an unapproved absence costing 200 % of a day's
standard wage, the inspection on the 15th (+¥5 / -¥2), advances up to half the month's pay,
and property damage paid from wages, carried to the next month when the month cannot bear it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy import func, select

from suite.plugin_api import ConflictError, NotFound, ValidationError, core
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.scoring import permissions as P
from suite_plugins.scoring.models import Absence, Month, MoneyItem, StaffTerms
from suite_plugins.scoring.services.common import (
    FEN, month_bounds, month_key, month_label, rest_days, setting, working_days,
)
from suite_plugins.scoring.services.ledger import is_closed

T = domain("scoring")

ZERO = Decimal("0.00")


# ------------------------------------------------------------------ the arithmetic (pure)

def daily_wage(monthly_wage: Decimal, working: int) -> Decimal:
    """The standard daily wage: monthly standard wage / the month's working days (exact)."""
    if working <= 0:
        return ZERO
    return Decimal(monthly_wage) / Decimal(working)


def absence_deduction(monthly_wage: Decimal, working: int, days: int, rate: Decimal = Decimal("2.00")) -> Decimal:
    """What ``days`` unapproved absences cost: rate (200 %) x the daily standard wage, per
    day, rounded half-up to the fen once per day (Decimal all through, never float)."""
    per_day = (daily_wage(monthly_wage, working) * Decimal(rate)).quantize(FEN, rounding=ROUND_HALF_UP)
    return per_day * days


def leave_deduction(monthly_wage: Decimal, working: int, days: int) -> Decimal:
    """Approved leave is unpaid: the daily standard wage per day of leave, rounded half-up to
    the fen once per day."""
    per_day = daily_wage(monthly_wage, working).quantize(FEN, rounding=ROUND_HALF_UP)
    return per_day * days


def counted_days(ranges, month: int, rest: int, weekend_rule: bool) -> tuple[int, int]:
    """(days counted, days taken as rest) of leave ranges ``[(start, end)]`` (inclusive) in a
    month. Under the weekend rule (restaurant staff rest on Saturdays and Sundays, seed 004)
    a Saturday or Sunday inside a leave is one of the person's regular rest days, not a day
    of unpaid leave, while the month's rest days last; staff exempt from it (cooks and
    hot-pot prep staff, whose rest days fall on weekdays) count every day of the leave."""
    start, end = month_bounds(month)
    days: set[dt.date] = set()
    for a_start, a_end in ranges:
        d = max(a_start, start)
        while d <= a_end and d < end:
            days.add(d)
            d += dt.timedelta(days=1)
    as_rest = 0
    if weekend_rule:
        weekend = sorted(d for d in days if d.weekday() >= 5)
        as_rest = min(len(weekend), max(0, rest))
    return len(days) - as_rest, as_rest


def damage_split(outstanding: Decimal, capacity: Decimal) -> tuple[Decimal, Decimal]:
    """(deducted this month, carried to the next) of the damage still owed."""
    take = max(ZERO, min(Decimal(outstanding), Decimal(capacity)))
    return take, Decimal(outstanding) - take


# ------------------------------------------------------------------ pay terms

def _money(value, name: str, errors: dict) -> Decimal:
    try:
        d = Decimal(str(value).strip())
        if not d.is_finite() or d < 0:
            raise InvalidOperation
        return d.quantize(FEN)
    except (InvalidOperation, ValueError):
        errors[name] = T("Enter an amount of 0 or more.")
        return ZERO


@dataclass(frozen=True)
class Terms:
    staff_id: int
    monthly_wage: Decimal
    bonus: Decimal
    weekend_exempt: bool
    version: int


def get_terms(ctx: Context, staff_id: int) -> Terms:
    ctx.require(P.MONEY)
    with ctx.read() as s:
        t = s.scalar(select(StaffTerms).where(StaffTerms.staff_id == staff_id))
        if t is not None:
            return Terms(staff_id, t.monthly_wage, t.bonus, t.weekend_exempt, t.version)
    return Terms(staff_id, ZERO, ZERO, _default_exempt(ctx, staff_id), 0)


def _default_exempt(ctx: Context, staff_id: int) -> bool:
    p = core.get_staff(ctx.as_system(), staff_id)
    return p.department_code == "production"


def save_terms(ctx: Context, staff_id: int, *, monthly_wage, bonus, weekend_exempt: bool | None = None,
               expected_version: int) -> None:
    """A person's monthly standard wage and bonus (confidential: the money permission)."""
    ctx.require(P.MANAGE, P.MONEY)
    errors: dict = {}
    wage = _money(monthly_wage, "monthly_wage", errors)
    bon = _money(bonus, "bonus", errors)
    if errors:
        raise ValidationError(fields=errors)
    with ctx.unit_of_work() as s:
        t = s.scalar(select(StaffTerms).where(StaffTerms.staff_id == staff_id))
        if t is None:
            if expected_version != 0:
                raise ConflictError(table="perf_staff_terms")
            t = StaffTerms(staff_id=staff_id, weekend_exempt=_default_exempt(ctx, staff_id))
            s.add(t)
        elif t.version != expected_version:
            raise ConflictError(table="perf_staff_terms", row_id=t.id)
        t.monthly_wage, t.bonus = wage, bon
        if weekend_exempt is not None:
            t.weekend_exempt = bool(weekend_exempt)


def terms_by_staff(ctx: Context) -> dict[int, tuple[Decimal, Decimal, bool]]:
    """Internal (no masking): the month computation reads the terms; masking is applied to
    what is shown."""
    with ctx.read() as s:
        return {sid: (w, b, e) for sid, w, b, e in s.execute(
            select(StaffTerms.staff_id, StaffTerms.monthly_wage, StaffTerms.bonus, StaffTerms.weekend_exempt))}


def weekend_rule(terms: tuple | None, department: str | None) -> bool:
    """Whether a person rests on the weekend (seed 004): everyone but those exempt (cooks and
    hot-pot prep staff; by default the production department, else as their pay terms say)."""
    exempt = terms[2] if terms else department == "production"
    return not exempt


def rest_rule(ctx: Context, staff_id: int) -> tuple[int, bool]:
    """(rest days a month, rest on the weekend?) of a person: by department (restaurant staff
    2, customer service 4); cooks and prep staff are exempt from the weekend rule."""
    p = core.get_staff(ctx.as_system(), staff_id)
    return rest_days(ctx, p.department_code), weekend_rule(terms_by_staff(ctx).get(staff_id), p.department_code)


# ------------------------------------------------------------------ leave and absence

def _check_month_open(s, day: dt.date) -> None:
    m = month_key(day.year, day.month)
    if is_closed(s, m):
        raise ValidationError(T("{month} is closed: its figures are frozen. Reopen it first.", month=month_label(m)))


def _overlap(s, staff_id: int, start: dt.date, end: dt.date, exclude: int | None = None):
    q = select(Absence).where(Absence.staff_id == staff_id, Absence.start <= end, Absence.end >= start,
                              Absence.status.in_(("pending", "approved", "recorded")))
    if exclude:
        q = q.where(Absence.id != exclude)
    return s.scalar(q.limit(1))


def request_leave(ctx: Context, staff_id: int, start: dt.date, end: dt.date, reason: str) -> int:
    """A written leave request (unpaid), pending until approved. A person may request their
    own leave; a supervisor anyone's."""
    if not (ctx.can(P.REVIEW) or (ctx.can(P.OWN) and ctx.user.staff_id == staff_id)):
        ctx.require(P.REVIEW)
    errors = {}
    if end < start:
        errors["end"] = T("The leave must end on or after its first day.")
    if not (reason or "").strip():
        errors["reason"] = T("A leave request needs a written reason.")
    if errors:
        raise ValidationError(fields=errors)
    with ctx.unit_of_work() as s:
        _check_month_open(s, start)
        other = _overlap(s, staff_id, start, end)
        if other is not None:
            raise ValidationError(T("This overlaps {kind} from {start} to {end}.",
                                    kind=T("a leave") if other.kind == "leave" else T("an absence"),
                                    start=other.start.isoformat(), end=other.end.isoformat()))
        a = Absence(staff_id=staff_id, kind="leave", start=start, end=end, status="pending", reason=reason.strip())
        s.add(a)
        s.flush()
        return a.id


def decide_leave(ctx: Context, absence_id: int, approve: bool, *, expected_version: int) -> None:
    ctx.require(P.REVIEW)
    with ctx.unit_of_work() as s:
        a = s.get(Absence, absence_id)
        if a is None or a.kind != "leave":
            raise NotFound(T("The leave request no longer exists."))
        if a.version != expected_version:
            raise ConflictError(table="perf_absences", row_id=absence_id)
        _check_month_open(s, a.start)
        if a.status != "pending":
            raise ValidationError(T("This leave request was already decided."))
        a.status = "approved" if approve else "rejected"
        a.decided_by = ctx.user.id


def record_absence(ctx: Context, staff_id: int, day: dt.date, reason: str = "") -> int:
    """An unapproved absence (旷工) of one day."""
    ctx.require(P.REVIEW)
    if day > ctx.today():
        raise ValidationError(fields={"day": T("An absence cannot be recorded for a day still to come.")})
    with ctx.unit_of_work() as s:
        _check_month_open(s, day)
        other = _overlap(s, staff_id, day, day)
        if other is not None:
            raise ValidationError(T("This overlaps {kind} from {start} to {end}.",
                                    kind=T("a leave") if other.kind == "leave" else T("an absence"),
                                    start=other.start.isoformat(), end=other.end.isoformat()))
        a = Absence(staff_id=staff_id, kind="absence", start=day, end=day, status="recorded", reason=(reason or "").strip())
        s.add(a)
        s.flush()
        return a.id


@dataclass(frozen=True)
class AbsenceView:
    id: int
    staff_id: int
    kind: str
    start: dt.date
    end: dt.date
    status: str
    reason: str
    version: int


def list_absences(ctx: Context, month: int, staff_id: int | None = None) -> list[AbsenceView]:
    from suite_plugins.scoring.services.common import require_staff_visible

    if staff_id is not None:
        require_staff_visible(ctx, staff_id)
    else:
        ctx.require(P.VIEW)
    start, end = month_bounds(month)
    q = select(Absence).where(Absence.start < end, Absence.end >= start).order_by(Absence.start, Absence.id)
    if staff_id is not None:
        q = q.where(Absence.staff_id == staff_id)
    with ctx.read() as s:
        return [AbsenceView(a.id, a.staff_id, a.kind, a.start, a.end, a.status, a.reason, a.version)
                for a in s.scalars(q)]


def days_in_month(a_start: dt.date, a_end: dt.date, month: int) -> int:
    start, end = month_bounds(month)
    lo, hi = max(a_start, start), min(a_end, end - dt.timedelta(days=1))
    return max(0, (hi - lo).days + 1)


# ------------------------------------------------------------------ money items

def _month_pay(ctx: Context, staff_id: int, month: int) -> Decimal:
    t = terms_by_staff(ctx).get(staff_id)
    return (t[0] + t[1]) if t else ZERO


def add_advance(ctx: Context, staff_id: int, month: int, amount, reason: str = "") -> int:
    """A wage advance; refused above half the month's pay (with what was already advanced)."""
    ctx.require(P.MANAGE, P.MONEY)
    errors: dict = {}
    amt = _money(amount, "amount", errors)
    if not errors and amt == 0:
        errors["amount"] = T("Enter the amount advanced.")
    if errors:
        raise ValidationError(fields=errors)
    limit = (_month_pay(ctx, staff_id, month) * Decimal(str(setting(ctx, "advance_share")))).quantize(FEN)
    with ctx.unit_of_work() as s:
        if is_closed(s, month):
            raise ValidationError(T("{month} is closed: its figures are frozen. Reopen it first.",
                                    month=month_label(month)))
        taken = s.scalar(select(func.coalesce(func.sum(MoneyItem.amount), 0)).where(
            MoneyItem.staff_id == staff_id, MoneyItem.month == month, MoneyItem.kind == "advance")) or ZERO
        if Decimal(taken) + amt > limit:
            raise ValidationError(T("Advances may not exceed half the month's pay ({limit}); "
                                    "already advanced {taken}.", limit=f"{limit:.2f}", taken=f"{Decimal(taken):.2f}"))
        item = MoneyItem(staff_id=staff_id, month=month, kind="advance", amount=amt, reason=(reason or "").strip())
        s.add(item)
        s.flush()
        return item.id


def add_money_item(ctx: Context, staff_id: int, month: int, kind: str, amount, reason: str,
                   passed: bool | None = None) -> int:
    """A property damage (paid from wages), an inspection result or a manual money
    adjustment (+ pays more, - deducts), each with its reason."""
    ctx.require(P.MANAGE)
    errors: dict = {}
    if kind not in ("damage", "inspection", "adjustment"):
        errors["kind"] = T("Unknown kind of money item.")
    if kind == "adjustment":
        try:
            amt = Decimal(str(amount).strip()).quantize(FEN)
            if amt == 0:
                errors["amount"] = T("Enter the amount.")
        except (InvalidOperation, ValueError):
            errors["amount"] = T("Enter an amount.")
            amt = ZERO
    elif kind == "inspection":
        if passed is None:
            errors["passed"] = T("Say whether the inspection was passed.")
        amt = Decimal(str(setting(ctx, "inspection_pass" if passed else "inspection_fail"))).quantize(FEN)
    else:
        amt = _money(amount, "amount", errors)
        if not errors and amt == 0:
            errors["amount"] = T("Enter the amount.")
    if not (reason or "").strip() and kind != "inspection":
        errors["reason"] = T("Give the reason.")
    if errors:
        raise ValidationError(fields=errors)
    with ctx.unit_of_work() as s:
        if is_closed(s, month):
            raise ValidationError(T("{month} is closed: its figures are frozen. Reopen it first.",
                                    month=month_label(month)))
        if kind == "inspection" and s.scalar(select(MoneyItem.id).where(
                MoneyItem.staff_id == staff_id, MoneyItem.month == month, MoneyItem.kind == "inspection")):
            raise ValidationError(T("The inspection of {month} is already recorded for this person.",
                                    month=month_label(month)))
        item = MoneyItem(staff_id=staff_id, month=month, kind=kind, amount=amt, passed=passed,
                         reason=(reason or "").strip())
        s.add(item)
        s.flush()
        return item.id


def money_items(ctx: Context, month: int) -> dict[int, list[MoneyItem]]:
    with ctx.read() as s:
        out: dict[int, list] = {}
        for m in s.scalars(select(MoneyItem).where(MoneyItem.month == month).order_by(MoneyItem.id)):
            s.expunge(m)
            out.setdefault(m.staff_id, []).append(m)
        return out


def damages_before(ctx: Context, month: int) -> dict[int, Decimal]:
    """Damage owed from earlier months: recorded before ``month`` less what closed months
    deducted."""
    import json

    from suite_plugins.scoring.models import MonthLine

    out: dict[int, Decimal] = {}
    with ctx.read() as s:
        for sid, amt in s.execute(select(MoneyItem.staff_id, func.sum(MoneyItem.amount)).where(
                MoneyItem.month < month, MoneyItem.kind == "damage").group_by(MoneyItem.staff_id)):
            out[sid] = Decimal(amt)
        for sid, frozen in s.execute(select(MonthLine.staff_id, MonthLine.frozen).join(Month)
                                     .where(Month.month < month, Month.status == "closed")):
            if frozen:
                took = Decimal(json.loads(frozen).get("damage_deducted", "0"))
                out[sid] = out.get(sid, ZERO) - took
    return {k: max(ZERO, v) for k, v in out.items()}


def kitchen_inspections(ctx: Context, month: int) -> dict[int, bool] | None:
    """The kitchen's inspection of the 15th per person, when the kitchen plugin is present."""
    if not ctx.has_plugin("kitchen"):
        return None
    try:
        from suite_plugins.kitchen import api as kitchen

        y, m = divmod(month, 100)
        out: dict[int, bool] = {}
        for r in kitchen.monthly_inspections(ctx.as_system(), y, m):
            for sid in r.staff_ids:
                out[sid] = out.get(sid, True) and bool(r.passed)
        return out
    except Exception:  # noqa: BLE001 - the kitchen's failure leaves the manual entries
        return None


__all__ = ["absence_deduction", "counted_days", "daily_wage", "damage_split", "leave_deduction", "working_days"]
