"""Deadline policies per severity, the office's holiday calendar and the desk's settings.

Defaults follow the offices' written after-sales policy (DOMAIN §4):

=========== ============= ================= ======================== =========
severity    first contact proposed solution department investigation resolved
=========== ============= ================= ======================== =========
urgent      30 min        2 h               4 h after notice         24 h
general     1 h           4 h               8 h after notice         24 h
non-urgent  24 h          48 h              (reasonable time)        —
=========== ============= ================= ======================== =========

Urgent cases run round the clock; general and non-urgent ones count working time: the
office hours of working days, by the office's holiday calendar (statutory holidays off,
make-up working days 调休 on). Office hours default to the whole working day, so "24 h"
means 24 hours of working days: a Friday-afternoon complaint is due on Monday afternoon.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select

from suite.plugin_api import ValidationError, core
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.complaints import codes
from suite_plugins.complaints.models import CalendarDay, Policy
from suite_plugins.complaints.permissions import CONFIGURE, VIEW
from suite_plugins.complaints.services import sla
from suite_plugins.complaints.services.clock import PolicyTerms

T = domain("complaints")
NAMESPACE = "complaints"

DEFAULT_POLICIES: dict[str, PolicyTerms] = {
    "urgent": PolicyTerms("urgent", 30, 120, 240, 1440, business_hours=False),
    "general": PolicyTerms("general", 60, 240, 480, 1440, business_hours=True),
    "non_urgent": PolicyTerms("non_urgent", 1440, 2880, None, None, business_hours=True),
}

#: the longest deadline a policy may set (30 days): longer is a typing mistake
MAX_MINUTES = 30 * 24 * 60


@dataclass(frozen=True)
class DeskSettings:
    """Office-wide settings of the complaints desk."""

    #: money compensation of a case above this needs a manager's approval
    approval_threshold: Decimal = Decimal("200.00")
    #: the follow-up visit is due between these many days after resolution
    followup_from_days: int = 1
    followup_due_days: int = 3
    #: office hours for business-hours policies, minutes after midnight (the same every
    #: working weekday; ``day_hours`` overrides them per weekday)
    open_minute: int = 8 * 60
    close_minute: int = 20 * 60
    #: ordinary working weekdays (Monday = 0): a food business works every day
    weekdays: tuple[int, ...] = (0, 1, 2, 3, 4, 5, 6)
    #: per weekday (Monday first) (open, close) minutes, or None when closed that day;
    #: None: ``open_minute``-``close_minute`` on ``weekdays``
    day_hours: tuple | None = None
    #: a lunch break of every working day (minutes after midnight), or None
    lunch_start: int | None = None
    lunch_end: int | None = None
    #: the office works on statutory holidays (a restaurant, a water shop)
    open_on_holidays: bool = True
    #: a deadline may be extended at most this many hours past the case's resolution deadline
    max_extension_hours: int = 48
    #: the reply clock of customer inquiries (seed 003: 30 minutes), in office hours or not
    inquiry_reply_minutes: int = 30
    inquiry_business_hours: bool = False

    def hours(self) -> tuple:
        """(open, close) or None for each weekday, Monday first."""
        if self.day_hours is not None:
            return tuple(None if h is None else (int(h[0]), int(h[1])) for h in self.day_hours)
        return tuple((self.open_minute, self.close_minute) if wd in self.weekdays else None for wd in range(7))

    @property
    def lunch(self) -> tuple[int, int] | None:
        if self.lunch_start is None or self.lunch_end is None:
            return None
        return (self.lunch_start, self.lunch_end)


# ---------------------------------------------------------------------------- policies


def ensure_defaults(ctx: Context) -> None:
    """Create the default policy of every severity that has none (idempotent), and seed the
    holiday calendar for the years ``chinesecalendar`` knows and the office has not seen."""
    with ctx.as_system().unit_of_work() as s:
        have = set(s.scalars(select(Policy.severity)))
        for severity, terms in DEFAULT_POLICIES.items():
            if severity not in have:
                s.add(Policy(severity=severity, first_contact_minutes=terms.first_contact,
                             solution_minutes=terms.solution, investigation_minutes=terms.investigation,
                             resolution_minutes=terms.resolution, business_hours=terms.business_hours))
    seed_calendar(ctx.as_system())


def _terms(p: Policy) -> PolicyTerms:
    return PolicyTerms(p.severity, p.first_contact_minutes, p.solution_minutes, p.investigation_minutes,
                       p.resolution_minutes, p.business_hours)


@dataclass(frozen=True)
class PolicyView:
    id: int
    terms: PolicyTerms
    version: int

    @property
    def severity(self) -> str:
        return self.terms.severity


def list_policies(ctx: Context) -> list[PolicyView]:
    ctx.require(VIEW)
    with ctx.read() as s:
        rows = {p.severity: PolicyView(p.id, _terms(p), p.version) for p in s.scalars(select(Policy))}
    return [rows[k] for k in codes.SEVERITIES if k in rows]


def current_terms(ctx: Context, severity: str) -> PolicyTerms:
    """The policy in force for a severity (the default when the office has none stored)."""
    with ctx.read() as s:
        row = s.scalar(select(Policy).where(Policy.severity == severity))
        return _terms(row) if row is not None else DEFAULT_POLICIES[severity]


def save_policy(ctx: Context, severity: str, *, first_contact: int | None, solution: int | None,
                investigation: int | None, resolution: int | None, business_hours: bool,
                expected_version: int | None) -> None:
    """Change a severity's deadlines (minutes; None for "no deadline"). ``expected_version``:
    the version :func:`list_policies` showed (None: the severity had no saved policy yet). Cases already open
    keep the policy they were received under; new cases and severity changes use this one."""
    ctx.require(CONFIGURE)
    if severity not in codes.SEVERITIES:
        raise ValidationError(fields={"severity": T("Unknown severity \u201c{code}\u201d.", code=severity)})
    values = {"first_contact": first_contact, "solution": solution, "investigation": investigation,
              "resolution": resolution}
    errors: dict[str, object] = {}
    for name, value in values.items():
        if value is None:
            continue
        if not isinstance(value, int) or value <= 0:
            errors[name] = T("Enter a number of minutes greater than zero, or leave it empty for no deadline.")
        elif value > MAX_MINUTES:
            errors[name] = T("At most {days} days.", days=MAX_MINUTES // 1440)
    if first_contact is None and "first_contact" not in errors:
        errors["first_contact"] = T("Every severity needs a first-contact deadline.")
    if not errors:
        for later in ("solution", "resolution"):
            if values[later] is not None and values[later] < first_contact:
                errors[later] = T("Cannot be shorter than the first-contact deadline.")
        if resolution is not None and solution is not None and resolution < solution:
            errors["resolution"] = T("Cannot be shorter than the proposed-solution deadline.")
    if errors:
        raise ValidationError(fields=errors)
    with ctx.unit_of_work() as s:
        row = s.scalar(select(Policy).where(Policy.severity == severity))
        from suite.plugin_api import ConflictError, check_version

        if row is None:
            if expected_version is not None:
                raise ConflictError(table="cmp_policies")
            if DEFAULT_POLICIES[severity] == PolicyTerms(severity, first_contact, solution, investigation, resolution,
                                                         business_hours=bool(business_hours)):
                return  # the default policy saved unchanged: nothing to store, nothing to audit
            row = Policy(severity=severity)
            s.add(row)
        elif expected_version is None:  # there was none when the caller read: someone saved since
            raise ConflictError(table="cmp_policies", row_id=row.id)
        else:
            check_version(row, expected_version)
        row.first_contact_minutes, row.solution_minutes = first_contact, solution
        row.investigation_minutes, row.resolution_minutes = investigation, resolution
        row.business_hours = bool(business_hours)


# ---------------------------------------------------------------------------- settings


def get_desk_settings(ctx: Context) -> DeskSettings:
    return _desk_from(core.get_settings(ctx, NAMESPACE))


def _meaning(d: DeskSettings) -> tuple:
    """What a desk's settings mean for the clocks and the desk: per-weekday opening hours
    (``day_hours`` or the same hours on ``weekdays``) and every other field, so that two ways
    of writing the same office hours compare equal."""
    hours = d.day_hours
    if hours is None:
        hours = tuple((d.open_minute, d.close_minute) if i in d.weekdays else None for i in range(7))
    return (d.approval_threshold, d.followup_from_days, d.followup_due_days, tuple(hours), d.lunch_start,
            d.lunch_end, d.open_on_holidays, d.max_extension_hours, d.inquiry_reply_minutes,
            d.inquiry_business_hours)


def _desk_from(values: dict) -> DeskSettings:
    base = DeskSettings()
    try:
        threshold = Decimal(str(values.get("approval_threshold", base.approval_threshold)))
    except InvalidOperation:
        threshold = base.approval_threshold
    day_hours = values.get("day_hours")
    lunch = values.get("lunch")
    return DeskSettings(
        approval_threshold=threshold,
        followup_from_days=int(values.get("followup_from_days", base.followup_from_days)),
        followup_due_days=int(values.get("followup_due_days", base.followup_due_days)),
        open_minute=int(values.get("open_minute", base.open_minute)),
        close_minute=int(values.get("close_minute", base.close_minute)),
        weekdays=tuple(values.get("weekdays", base.weekdays)),
        day_hours=tuple(None if h is None else (int(h[0]), int(h[1])) for h in day_hours) if day_hours else None,
        lunch_start=int(lunch[0]) if lunch else None,
        lunch_end=int(lunch[1]) if lunch else None,
        open_on_holidays=bool(values.get("open_on_holidays", base.open_on_holidays)),
        max_extension_hours=int(values.get("max_extension_hours", base.max_extension_hours)),
        inquiry_reply_minutes=int(values.get("inquiry_reply_minutes", base.inquiry_reply_minutes)),
        inquiry_business_hours=bool(values.get("inquiry_business_hours", base.inquiry_business_hours)),
    )


def save_desk_settings(ctx: Context, settings: DeskSettings, *, confirm_hours: bool = False) -> None:
    """Save the desk's settings. New office hours and holidays apply to clocks that start
    from now on: every case keeps the working-time calendar in force when its clocks started.
    A default saved unchanged is not stored; ``confirm_hours``: the office looked at its
    opening hours (the set-up checklist's step) and keeps them, so they are stored even when
    they are the defaults, and the step is done."""
    ctx.require(CONFIGURE)
    errors: dict[str, object] = {}
    try:
        threshold = Decimal(str(settings.approval_threshold)).quantize(Decimal("0.01"))
        if threshold < 0:
            errors["approval_threshold"] = T("The amount cannot be negative.")
    except (InvalidOperation, ValueError):
        errors["approval_threshold"] = T("Enter an amount such as 200 or 200.00.")
        threshold = Decimal("0")
    if not (0 <= settings.followup_from_days <= settings.followup_due_days <= 30):
        errors["followup_due_days"] = T("The follow-up window must run from 0 to 30 days after resolution, "
                                        "its start no later than its end.")
    if settings.day_hours is None:
        if not (0 <= settings.open_minute < settings.close_minute <= 1440):
            errors["close_minute"] = T("The office must open before it closes.")
        days = tuple(sorted(set(settings.weekdays)))
        if not days or any(d not in range(7) for d in days):
            errors["weekdays"] = T("Choose at least one working day of the week.")
    else:
        hours = settings.day_hours
        if len(hours) != 7:
            errors["day_hours"] = T("Give the opening hours of each of the seven weekdays.")
        elif all(h is None for h in hours):
            errors["weekdays"] = T("Choose at least one working day of the week.")
        elif any(h is not None and not (0 <= h[0] < h[1] <= 1440) for h in hours):
            errors["close_minute"] = T("The office must open before it closes.")
        days = tuple(i for i, h in enumerate(hours) if h is not None) if len(hours) == 7 else ()
    lunch = None
    if (settings.lunch_start is None) != (settings.lunch_end is None):
        errors["lunch"] = T("Give both the start and the end of the lunch break, or neither.")
    elif settings.lunch_start is not None:
        if not (0 <= settings.lunch_start < settings.lunch_end <= 1440):
            errors["lunch"] = T("The lunch break must start before it ends.")
        elif settings.lunch_end - settings.lunch_start > 4 * 60:
            errors["lunch"] = T("A lunch break of more than 4 hours is not a break: change the opening hours instead.")
        else:
            lunch = [settings.lunch_start, settings.lunch_end]
    if not (1 <= settings.max_extension_hours <= 30 * 24):
        errors["max_extension_hours"] = T("Between 1 hour and 30 days.")
    if not (1 <= settings.inquiry_reply_minutes <= 7 * 24 * 60):
        errors["inquiry_reply_minutes"] = T("Between 1 minute and 7 days.")
    if errors:
        raise ValidationError(fields=errors)
    stored_hours = None
    if settings.day_hours is not None:
        stored_hours = [None if h is None else [int(h[0]), int(h[1])] for h in settings.day_hours]
    stored = core.get_settings(ctx, NAMESPACE)
    now = _meaning(_desk_from(stored))
    with ctx.unit_of_work():
        for key, value in (("approval_threshold", str(threshold)), ("followup_from_days", settings.followup_from_days),
                           ("followup_due_days", settings.followup_due_days), ("open_minute", settings.open_minute),
                           ("close_minute", settings.close_minute), ("weekdays", list(days)),
                           ("day_hours", stored_hours), ("lunch", lunch),
                           ("open_on_holidays", bool(settings.open_on_holidays)),
                           ("max_extension_hours", int(settings.max_extension_hours)),
                           ("inquiry_reply_minutes", int(settings.inquiry_reply_minutes)),
                           ("inquiry_business_hours", bool(settings.inquiry_business_hours))):
            if key not in stored and _meaning(_desk_from({**stored, key: value})) == now \
                    and not (confirm_hours and key == "day_hours"):
                continue  # a default saved unchanged: nothing to store, nothing to audit
            core.set_setting(ctx, NAMESPACE, key, value, permission=CONFIGURE)
    _calendar_cache.clear()


# ---------------------------------------------------------------------------- holiday calendar


@dataclass(frozen=True)
class CalendarDayView:
    id: int
    day: dt.date
    kind: str  # holiday | workday
    name: str
    source: str
    version: int


def chinese_calendar_years() -> range:
    """The years the installed ``chinesecalendar`` package knows (empty if not installed)."""
    try:
        from chinese_calendar import constants
    except ImportError:  # pragma: no cover - it is a dependency
        return range(0)
    years = [d.year for d in constants.holidays]
    return range(min(years), max(years) + 1)


HOLIDAY_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "抗战胜利70周年纪念日",
}


def seed_calendar(ctx: Context, years: range | None = None, *, force: bool = False) -> int:
    """Copy statutory holidays and make-up working days from ``chinesecalendar`` into the
    office's calendar for ``years`` (default: all it knows) that were never seeded before
    (or all of them with ``force``; rows the office entered itself are kept). Returns the
    number of days added."""
    try:
        from chinese_calendar import constants
    except ImportError:  # pragma: no cover
        return 0
    known = chinese_calendar_years()
    wanted = [y for y in (years if years is not None else known) if y in known]
    seeded = set(core.get_setting(ctx, NAMESPACE, "calendar_seeded_years", []) or [])
    todo = [y for y in wanted if force or y not in seeded]
    if not todo:
        return 0
    added = 0
    with ctx.unit_of_work() as s:
        existing = {d.day: d for d in s.scalars(select(CalendarDay).where(
            CalendarDay.day >= dt.date(min(todo), 1, 1), CalendarDay.day <= dt.date(max(todo), 12, 31)))}
        for kind, table in (("holiday", constants.holidays), ("workday", constants.workdays)):
            for day, name in table.items():
                if day.year not in todo:
                    continue
                label = HOLIDAY_NAMES.get(name, name) + ("调休" if kind == "workday" else "")
                row = existing.get(day)
                if row is not None:
                    if row.source == "chinesecalendar" and (row.kind, row.name) != (kind, label):
                        row.kind, row.name = kind, label
                    continue
                s.add(CalendarDay(day=day, kind=kind, name=label, source="chinesecalendar"))
                added += 1
        core.set_setting(ctx, NAMESPACE, "calendar_seeded_years", sorted(seeded | set(todo)), permission=CONFIGURE)
    _calendar_cache.clear()
    return added


def list_calendar_days(ctx: Context, year: int) -> list[CalendarDayView]:
    ctx.require(VIEW)
    with ctx.read() as s:
        rows = s.scalars(select(CalendarDay).where(CalendarDay.day >= dt.date(year, 1, 1),
                                                   CalendarDay.day <= dt.date(year, 12, 31)).order_by(CalendarDay.day))
        return [CalendarDayView(r.id, r.day, r.kind, r.name, r.source, r.version) for r in rows]


def calendar_years(ctx: Context) -> list[int]:
    """Years that have at least one day in the office's calendar."""
    with ctx.read() as s:
        days = s.scalars(select(CalendarDay.day)).all()
    return sorted({d.year for d in days})


def save_calendar_day(ctx: Context, day: dt.date, kind: str, name: str = "") -> None:
    """Mark a day as a holiday or a make-up working day (replacing what it was)."""
    ctx.require(CONFIGURE)
    errors: dict[str, object] = {}
    if not isinstance(day, dt.date):
        errors["day"] = T("Enter a date.")
    if kind not in ("holiday", "workday"):
        errors["kind"] = T("Choose holiday or make-up working day.")
    name = (name or "").strip()
    if len(name) > 60:
        errors["name"] = T("At most {n} characters.", n=60)
    if errors:
        raise ValidationError(fields=errors)
    with ctx.unit_of_work() as s:
        row = s.scalar(select(CalendarDay).where(CalendarDay.day == day))
        if row is None:
            s.add(CalendarDay(day=day, kind=kind, name=name, source="office"))
        else:
            row.kind, row.name, row.source = kind, name, "office"
    _calendar_cache.clear()


def remove_calendar_day(ctx: Context, day: dt.date) -> None:
    """Make a day ordinary again (a weekday works, a weekend rests)."""
    ctx.require(CONFIGURE)
    with ctx.unit_of_work() as s:
        row = s.scalar(select(CalendarDay).where(CalendarDay.day == day))
        if row is not None:
            s.delete(row)  # nothing points to a calendar day; the audit log keeps what it was
    _calendar_cache.clear()


_calendar_cache: dict[tuple, sla.WorkCalendar] = {}
_cache_lock = threading.Lock()


def work_calendar(ctx: Context) -> sla.WorkCalendar:
    """The office's working time: office hours on working days, holidays and make-up days.

    Cached per database and per state of the calendar table (row count and last change), so
    a change made on another PC is seen at the next case event here."""
    settings = get_desk_settings(ctx)
    with ctx.read() as s:
        count, last = s.execute(select(func.count(CalendarDay.id), func.max(CalendarDay.updated_at))).one()
        key = (str(ctx.db.url) if hasattr(ctx.db, "url") else id(ctx.db), count, last, ctx.timezone_name,
               settings.hours(), settings.lunch, settings.open_on_holidays)
        with _cache_lock:
            found = _calendar_cache.get(key)
        if found is not None:
            return found
        rows = s.execute(select(CalendarDay.day, CalendarDay.kind)).all()
    years = {d.year for d, k in rows if k == "holiday"}
    cal = sla.WorkCalendar(
        tz=ctx.timezone,
        holidays=frozenset(d for d, k in rows if k == "holiday"),
        workdays=frozenset(d for d, k in rows if k == "workday"),
        open_minute=settings.open_minute, close_minute=settings.close_minute,
        weekdays=frozenset(settings.weekdays), day_hours=settings.hours(), lunch=settings.lunch,
        open_on_holidays=settings.open_on_holidays, known_years=frozenset(years),
    )
    with _cache_lock:
        if len(_calendar_cache) > 32:
            _calendar_cache.clear()
        _calendar_cache[key] = cal
    return cal


def calendar_snapshot(ctx: Context, at: dt.datetime) -> dict:
    """The working-time calendar in force now, as a clock starting at ``at`` keeps it."""
    return work_calendar(ctx).snapshot(ctx.to_local(at).date() - dt.timedelta(days=1))


# ---------------------------------------------------------------------------- next year's holidays


def holiday_years(ctx: Context) -> set[int]:
    """Years with at least one statutory holiday in the office's calendar."""
    with ctx.read() as s:
        days = s.scalars(select(CalendarDay.day).where(CalendarDay.kind == "holiday")).all()
    return {d.year for d in days}


def calendar_warning(ctx: Context) -> tuple[int, bool] | None:
    """(year, loud) when a holiday calendar the deadlines need is missing: this year's (loud),
    or from 1 November next year's; None when complete or when the office works on holidays."""
    if get_desk_settings(ctx).open_on_holidays:
        return None
    today = ctx.today()
    have = holiday_years(ctx)
    if today.year not in have:
        return today.year, True
    if today.month >= 11 and today.year + 1 not in have:
        return today.year + 1, False
    return None


def importable_years(ctx: Context) -> list[int]:
    """Years the installed ``chinesecalendar`` knows whose holidays the office's calendar lacks
    (a newer chinesecalendar was installed, or the office removed them): offered for import."""
    have = holiday_years(ctx)
    this_year = ctx.today().year
    return [y for y in chinese_calendar_years() if y >= this_year - 1 and y not in have]


def import_years(ctx: Context, years: list[int]) -> int:
    """Copy the holidays of ``years`` from ``chinesecalendar`` (the office's own days are kept)."""
    ctx.require(CONFIGURE)
    known = chinese_calendar_years()
    bad = [y for y in years if y not in known]
    if bad:
        raise ValidationError(fields={"years": T("The installed holiday package does not know {years}.",
                                                  years=", ".join(str(y) for y in bad))})
    return seed_calendar(ctx, range(min(years), max(years) + 1) if years else range(0), force=True)


@dataclass(frozen=True)
class NoticeHoliday:
    name: str
    start: dt.date
    end: dt.date
    #: make-up working days (调休上班) of this holiday
    workdays: tuple[dt.date, ...] = ()


_DATE = r"(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"


def parse_notice(year: int, text: str) -> list[NoticeHoliday]:
    """Read the State Council's notice typed in short, one holiday a line::

        春节 2/15-2/23 上班 2/14 2/28
        国庆节、中秋节 10月1日~10月7日 补班 9/27, 10/10
        元旦 1-1

    A range is ``start-end`` (or ``~``, ``至``, ``到``); dates are ``M/D``, ``M-D``, ``M月D日``
    or with the year. After ``上班``, ``补班``, ``调休`` or ``work`` come the make-up working
    days. Raises ValidationError naming the line that cannot be read."""
    import re

    def date_of(m) -> dt.date:
        y = int(m.group(1)) if m.group(1) else year
        return dt.date(y, int(m.group(2)), int(m.group(3)))

    out: list[NoticeHoliday] = []
    for n, raw in enumerate((text or "").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = re.split(r"(上班|补班|调休|work(?:days?)?)", line, maxsplit=1, flags=re.I)
        head, tail = parts[0], parts[2] if len(parts) > 2 else ""
        try:
            first = re.search(_DATE, head)
            if first is None:
                raise ValueError
            name = head[: first.start()].strip(" :：,，")
            rest = head[first.end():]
            second = re.match(r"\s*(?:-|~|～|至|到|—|–)\s*" + _DATE, rest)
            if second is None and re.match(r"\s*(?:-|~|～|至|到|—|–)\s*(\d{1,2})\s*日?\s*$", rest):
                # 10月1日-7日: the end in the same month
                day = int(re.match(r"\s*(?:-|~|～|至|到|—|–)\s*(\d{1,2})", rest).group(1))
                start = date_of(first)
                end = start.replace(day=day)
            else:
                start = date_of(first)
                end = date_of(second) if second is not None else start
            works = tuple(date_of(m) for m in re.finditer(_DATE, tail))
        except ValueError:
            raise ValidationError(fields={"notice": T("Line {n} cannot be read: \u201c{line}\u201d. Write e.g. "
                                                      "\u201c春节 2/15-2/23 上班 2/14 2/28\u201d.", n=n, line=line)}) from None
        out.append(NoticeHoliday(name or str(T("Holiday")), start, end, works))
    return out


def save_notice(ctx: Context, year: int, holidays: list[NoticeHoliday]) -> int:
    """Enter a year's holidays as the State Council published them: each holiday's days off
    and its make-up working days. Replaces the office's entries for that year (the days
    another source seeded are kept unless overwritten). Returns the number of days saved."""
    ctx.require(CONFIGURE)
    errors: dict[str, object] = {}
    if not (2000 <= year <= 2100):
        errors["year"] = T("Choose a year between 2000 and 2100.")
    if not holidays:
        errors["notice"] = T("Enter at least one holiday.")
    days: dict[dt.date, tuple[str, str]] = {}
    for h in holidays:
        if h.end < h.start:
            errors["notice"] = T("{name}: the holiday ends before it starts.", name=h.name)
        elif (h.end - h.start).days > 14:
            errors["notice"] = T("{name}: a holiday of more than 15 days is a typing mistake.", name=h.name)
        elif not (dt.date(year, 1, 1) <= h.start <= dt.date(year, 12, 31)):
            errors["notice"] = T("{name}: the holiday does not start in {year}.", name=h.name, year=year)
        elif len(h.name) > 50:
            errors["notice"] = T("At most {n} characters.", n=50)
        if errors:
            break
        d = h.start
        while d <= h.end:
            days[d] = ("holiday", h.name)
            d += dt.timedelta(days=1)
        for w in h.workdays:
            if h.start <= w <= h.end:
                errors["notice"] = T("{name}: {day} is both a day off and a make-up working day.", name=h.name,
                                     day=w.isoformat())
                break
            if abs((w - h.start).days) > 45:
                errors["notice"] = T("{name}: the make-up working day {day} is far from the holiday.", name=h.name,
                                     day=w.isoformat())
                break
            days[w] = ("workday", f"{h.name}调休")
    if errors:
        raise ValidationError(fields=errors)
    with ctx.unit_of_work() as s:
        for row in s.scalars(select(CalendarDay).where(CalendarDay.day >= dt.date(year, 1, 1),
                                                       CalendarDay.day <= dt.date(year, 12, 31),
                                                       CalendarDay.source == "office")):
            if row.day not in days:
                s.delete(row)
        existing = {r.day: r for r in s.scalars(select(CalendarDay).where(CalendarDay.day.in_(list(days))))}
        for day, (kind, name) in sorted(days.items()):
            row = existing.get(day)
            if row is None:
                s.add(CalendarDay(day=day, kind=kind, name=name[:60], source="office"))
            elif (row.kind, row.name, row.source) != (kind, name[:60], "office"):
                row.kind, row.name, row.source = kind, name[:60], "office"
    _calendar_cache.clear()
    return len(days)
