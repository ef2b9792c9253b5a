"""The points ledger and its evaluation.

Every point is a row. The evaluation of a month derives, from the enabled rules and the
sources (staff metrics, noted domain events read through the source plugins' api), the
points each (rule, person, source) should carry; it compares that with what the ledger
already holds and writes only the differences: a new source adds a row, a changed one a
correction, a voided one a counter-row that brings it back to 0. Running it twice writes
nothing the second time. It never runs inside another plugin's write.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, insert, select

from suite.plugin_api import ValidationError, core
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.scoring import permissions as P
from suite_plugins.scoring.models import EventNote, LedgerEntry, Month, Rule
from suite_plugins.scoring.services import formula, sources
from suite_plugins.scoring.services.common import NS, month_bounds, month_label, require_staff_visible
from suite_plugins.scoring.services.rules import RuleView, _view

T = domain("scoring")

ZERO = Decimal("0.00")
Q = Decimal("0.01")

Key = tuple  # (rule_id, staff_id, source_kind, source_id)


@dataclass(frozen=True)
class Target:
    points: Decimal
    day: dt.date
    plugin: str
    kind: str
    source_id: int | None
    page: str
    note: str


@dataclass(frozen=True)
class Evaluation:
    month: int
    written: int
    errors: tuple[tuple[str, str], ...]  # (rule code, message)


def is_closed(session, month: int) -> bool:
    return session.scalar(select(Month.status).where(Month.month == month)) == "closed"


def _applies(rule: RuleView, who: tuple[str | None, str], day: dt.date) -> bool:
    if not rule.applies_to(*who):
        return False
    if rule.valid_from and day < rule.valid_from:
        return False
    return not (rule.valid_to and day > rule.valid_to)


def _targets(ctx: Context, rule: RuleView, month: int, people: dict[int, tuple[str | None, str]],
             occ_cache: dict | None = None, refresh: bool = False, *, occs=None,
             base: dict[int, Decimal] | None = None) -> dict[Key, Target]:
    """What one rule should give in a month (raises FormulaError when the rule is faulty).
    ``occs``: only these occurrences (an incremental evaluation), counting against the cap
    on top of ``base`` (what the rule already gives each person for its other sources)."""
    start, end = month_bounds(month)
    last = end - dt.timedelta(days=1)
    out: dict[Key, Target] = {}
    total: dict[int, Decimal] = defaultdict(lambda: ZERO)
    if base:
        total.update(base)
    cap = rule.monthly_cap

    def give(staff: int, pts: Decimal, key: Key, target: Target) -> None:
        pts = pts.quantize(Q)
        if cap is not None:
            room = cap - abs(total[staff])
            if room <= 0:
                return
            if abs(pts) > room:
                pts = room if pts > 0 else -room
        if pts == 0:
            return
        total[staff] += pts
        out[key] = Target(pts, target.day, target.plugin, target.kind, target.source_id, target.page, target.note)

    if rule.source_kind == "metric":
        if rule.valid_from and rule.valid_from > last or rule.valid_to and rule.valid_to < start:
            return out
        scope = [sid for sid, who in people.items() if rule.applies_to(*who)]
        values = sources.compute_metric(ctx, rule.source, scope, start, end)
        info = sources.metrics(ctx).get(rule.source)
        for sid in sorted(values):
            value = float(values[sid])
            if not formula.condition_holds(rule.condition, {"value": value}):
                continue
            mult = Decimal(str(value)) if rule.multiplier_field == "value" else Decimal(1)
            kind = "metric:" + rule.source
            give(sid, rule.points * mult, (rule.id, sid, kind, None),
                 Target(ZERO, last, info.plugin if info else "", kind, None, "", f"{rule.source} = {value:g}"))
        return out
    cond = formula.Condition(rule.condition)
    if occs is not None:
        pass
    elif occ_cache is not None and rule.source in occ_cache:
        occs = occ_cache[rule.source]
    else:
        occs = sources.occurrences(ctx, month, [rule.source], refresh=refresh)
        if occ_cache is not None:
            occ_cache[rule.source] = occs
    for o in sorted(occs, key=lambda o: (o.day, o.source_id)):
        if o.voided or o.staff_id is None or o.staff_id not in people:
            continue
        if not _applies(rule, people[o.staff_id], o.day):
            continue
        if not cond(o.fields, o.key):
            continue
        mult = Decimal(str(o.fields.get(rule.multiplier_field, 1))) if rule.multiplier_field else Decimal(1)
        give(o.staff_id, rule.points * mult, (rule.id, o.staff_id, o.kind, o.source_id),
             Target(ZERO, min(max(o.day, start), last), o.plugin, o.kind, o.source_id, o.page, ""))
    return out


def _people(ctx: Context) -> dict[int, tuple[str | None, str]]:
    """Every active person's (department code, role): the role is the staff position."""
    return {p.id: (p.department_code, p.position) for p in core.list_staff(ctx.as_system())}


def rule_preview(ctx: Context, rule: RuleView, month: int) -> dict[int, Decimal]:
    """Points per person the (unsaved) rule would give in the month."""
    try:
        targets = _targets(ctx, rule, month, _people(ctx))
    except formula.FormulaError as exc:
        raise ValidationError(fields={"condition": T("The condition fails: {error}", error=str(exc))}) from None
    out: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for (_r, sid, _k, _i), t in targets.items():
        out[sid] += t.points
    return dict(out)


def _current(session, month: int, rule_ids=None, source_ids=None) -> tuple[dict[Key, Decimal], dict[Key, tuple[str, str]]]:
    """What the ledger holds per (rule, person, source), for the rules and sources named
    (None: all)."""
    q = (select(LedgerEntry.rule_id, LedgerEntry.staff_id, LedgerEntry.source_kind,
                LedgerEntry.source_id, func.sum(LedgerEntry.points),
                func.max(LedgerEntry.source_plugin), func.max(LedgerEntry.source_page))
         .where(LedgerEntry.month == month, LedgerEntry.rule_id.is_not(None)))
    if rule_ids is not None:
        q = q.where(LedgerEntry.rule_id.in_(list(rule_ids)))
    if source_ids is not None:
        q = q.where(LedgerEntry.source_id.in_(list(source_ids)))
    rows = session.execute(q.group_by(LedgerEntry.rule_id, LedgerEntry.staff_id, LedgerEntry.source_kind,
                                      LedgerEntry.source_id))
    sums, where = {}, {}
    for r, s, k, i, p, plugin, page in rows:
        sums[(r, s, k, i)] = Decimal(p).quantize(Q)
        where[(r, s, k, i)] = (plugin or "", page or "")
    return sums, where


def evaluate_month(ctx: Context, month: int, *, refresh: bool = False, full: bool = False) -> Evaluation:
    """Bring the ledger of an open month in line with the rules and the sources.

    Metric rules are evaluated whole each time (a few numbers per person). Event rules are
    evaluated whole when the rules changed since the last evaluation, when ``full`` or
    ``refresh`` is asked (``refresh``: read every noted source again through its plugin's
    api instead of what the event noted), and otherwise only for the sources noted since the
    last evaluation (the month is kept current cheaply as events arrive; a whole run also
    re-spreads caps freed by voided sources). Either way a second run writes nothing."""
    ctx.require(P.VIEW)
    start, end = month_bounds(month)
    people = _people(ctx)
    with ctx.read() as s:
        if is_closed(s, month):
            raise ValidationError(T("{month} is closed: its figures are frozen. Reopen it first.",
                                    month=month_label(month)))
        rules = [_view(r) for r in s.scalars(select(Rule).order_by(Rule.code))]
        max_note = s.scalar(select(func.max(EventNote.id)).where(EventNote.month == month)) or 0
    fingerprint = [[r.id, r.version, bool(r.enabled)] for r in rules if r.source_kind == "event"]
    state = core.get_setting(ctx, NS, f"evaluated.{month}", None)
    incremental = not (refresh or full) and isinstance(state, dict) and state.get("rules") == fingerprint
    after = int(state.get("note", 0)) if incremental else None
    whole: set[int] = {r.id for r in rules if r.source_kind == "metric" or not incremental}
    cache: dict = {}
    news: dict[int, list] = {}
    if incremental and max_note > after:
        for rule in rules:
            if rule.enabled and rule.id not in whole:
                if rule.source not in cache:
                    cache[rule.source] = sources.occurrences(ctx, month, [rule.source], after_id=after)
                news[rule.id] = cache[rule.source]
    with ctx.read() as s:
        if not incremental:
            have, where = _current(s, month)
        else:
            have, where = _current(s, month, rule_ids=whole)
            ids = {o.source_id for occs in news.values() for o in occs}
            for start_i in range(0, len(ids), 500):
                chunk = sorted(ids)[start_i:start_i + 500]
                h, w = _current(s, month, rule_ids=list(news), source_ids=chunk)
                have.update(h)
                where.update(w)
            totals: dict[tuple, Decimal] = {}
            if news:
                for rid, staff, pts in s.execute(
                        select(LedgerEntry.rule_id, LedgerEntry.staff_id, func.sum(LedgerEntry.points))
                        .where(LedgerEntry.month == month, LedgerEntry.rule_id.in_(list(news)))
                        .group_by(LedgerEntry.rule_id, LedgerEntry.staff_id)):
                    totals[(rid, staff)] = Decimal(pts).quantize(Q)
    wanted: dict[Key, Target] = {}
    errors = []
    failed: set[int] = set()
    touched: set[tuple] = set()  # (rule id, kind, source id) looked at by an incremental run
    for rule in rules:
        if not rule.enabled:
            continue
        try:
            if rule.id in whole:
                wanted.update(_targets(ctx, rule, month, people, cache, refresh))
                continue
            occs = news.get(rule.id)
            if not occs:
                continue
            mine = {(o.kind, o.source_id) for o in occs}
            touched.update((rule.id, k, i) for k, i in mine)
            base: dict[int, Decimal] = defaultdict(lambda: ZERO)
            for (rid, staff), pts in totals.items():
                if rid == rule.id:
                    base[staff] += pts
            for (rid, staff, kind, sid), pts in have.items():
                if rid == rule.id and (kind, sid) in mine:
                    base[staff] -= pts
            wanted.update(_targets(ctx, rule, month, people, occs=occs, base=base))
        except formula.FormulaError as exc:
            errors.append((rule.code, str(exc)))
            failed.add(rule.id)
    last = end - dt.timedelta(days=1)
    today = min(max(ctx.today(), start), last)
    with ctx.unit_of_work() as s:
        if is_closed(s, month):
            raise ValidationError(T("{month} is closed: its figures are frozen. Reopen it first.",
                                    month=month_label(month)))
        rows = []
        keys = set(wanted) | {k for k in have if k[0] in whole or (k[0], k[2], k[3]) in touched}
        for key in keys:
            if key[0] in failed:
                continue  # a faulty rule keeps what it gave until it is fixed
            old = have.get(key, ZERO)
            t = wanted.get(key)
            new = t.points if t else ZERO
            diff = (new - old).quantize(Q)
            if diff == 0:
                continue
            rule_id, staff, kind, sid = key
            rows.append(dict(staff_id=staff, month=month, day=t.day if t else today, rule_id=rule_id, points=diff,
                             kind="rule" if t else "reversal",
                             source_plugin=t.plugin if t else where.get(key, ("", ""))[0],
                             source_kind=kind, source_id=sid, source_page=t.page if t else where.get(key, ("", ""))[1],
                             note=(t.note if t else "")))
        if rows:
            _bulk_insert(ctx, s, rows)
        if not failed:
            core.set_setting(ctx, NS, f"evaluated.{month}", {"note": max_note, "rules": fingerprint}, permission=P.VIEW)  # whoever may evaluate the month keeps its bookmark
        return Evaluation(month, len(rows), tuple(errors))


def _bulk_insert(ctx: Context, s, rows: list[dict]) -> None:
    """Many ledger rows in one statement, audited with ``audit_record_many``."""
    now = ctx.now()
    stamp = dict(created_at=now, updated_at=now, created_by=ctx.user.id, updated_by=ctx.user.id, version=1)
    table = LedgerEntry.__table__
    conn = s.connection()
    values = [{**stamp, **r} for r in rows]
    if conn.dialect.name == "sqlite":
        first = (conn.execute(select(func.max(table.c.id))).scalar() or 0) + 1
        ids = list(range(first, first + len(values)))
        for n, v in zip(ids, values):
            v["id"] = n
        for i in range(0, len(values), 10_000):
            conn.execute(insert(table), values[i:i + 10_000])
    else:
        ids = []
        for i in range(0, len(values), 5000):
            res = conn.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), values[i:i + 5000])
            ids.extend(res.scalars().all())
    core.audit_record_many(s, ctx, "perf_ledger", "insert", (
        (i, {"staff_id": [None, r["staff_id"]], "month": [None, r["month"]], "rule_id": [None, r["rule_id"]],
             "points": [None, str(r["points"])], "kind": [None, r["kind"]],
             "source": [None, f"{r['source_kind']}:{r['source_id']}"]}) for i, r in zip(ids, rows)))


def adjust(ctx: Context, staff_id: int, month: int, points: Decimal | str, reason: str,
           day: dt.date | None = None) -> int:
    """A manual points adjustment: needs the permission and a reason; refused on a closed month."""
    ctx.require(P.MANAGE)
    errors = {}
    try:
        pts = Decimal(str(points).strip()).quantize(Q)
        if pts == 0:
            errors["points"] = T("An adjustment of 0 points changes nothing.")
    except Exception:
        errors["points"] = T("Enter a number.")
        pts = ZERO
    if not (reason or "").strip():
        errors["reason"] = T("An adjustment needs a reason.")
    if errors:
        raise ValidationError(fields=errors)
    start, end = month_bounds(month)
    day = day or min(max(ctx.today(), start), end - dt.timedelta(days=1))
    with ctx.unit_of_work() as s:
        if is_closed(s, month):
            raise ValidationError(T("{month} is closed: its figures are frozen. Reopen it first.",
                                    month=month_label(month)))
        row = LedgerEntry(staff_id=staff_id, month=month, day=day, rule_id=None, points=pts, kind="manual",
                          note=reason.strip())
        s.add(row)
        s.flush()
        return row.id


@dataclass(frozen=True)
class LedgerLine:
    id: int
    day: dt.date
    points: Decimal
    kind: str
    rule: str
    source_plugin: str
    source_kind: str
    source_id: int | None
    source_page: str
    note: str


def _line_select(month: int):
    e = LedgerEntry
    return (select(e.staff_id, e.id, e.day, e.points, e.kind, Rule.name, e.source_plugin, e.source_kind, e.source_id,
                   e.source_page, e.note).outerjoin(Rule, Rule.id == e.rule_id)
            .where(e.month == month).order_by(e.staff_id, e.day, e.id))


def lines(ctx: Context, staff_id: int, month: int) -> list[LedgerLine]:
    """A person's ledger lines of a month, by day."""
    require_staff_visible(ctx, staff_id)
    with ctx.read() as s:
        rows = s.execute(_line_select(month).where(LedgerEntry.staff_id == staff_id)).all()
    return [LedgerLine(i, d, p, k, name or "", plugin, kind, sid, page, note)
            for _staff, i, d, p, k, name, plugin, kind, sid, page, note in rows]


def lines_by_staff(ctx: Context, staff_ids, month: int) -> dict[int, list[LedgerLine]]:
    """The ledger lines of a month of many people in one query (a batch of assessments):
    {staff id: lines by day}, every id asked for present (an empty list without points)."""
    ids = list(dict.fromkeys(staff_ids))
    for sid in ids:
        require_staff_visible(ctx, sid)
    out: dict[int, list[LedgerLine]] = {sid: [] for sid in ids}
    if not ids:
        return out
    q = _line_select(month)
    if len(ids) <= 500:
        q = q.where(LedgerEntry.staff_id.in_(ids))
    with ctx.read() as s:
        for staff, i, d, p, k, name, plugin, kind, sid, page, note in s.execute(q):
            bucket = out.get(staff)
            if bucket is not None:
                bucket.append(LedgerLine(i, d, p, k, name or "", plugin, kind, sid, page, note))
    return out


def month_points(ctx: Context, month: int, staff_ids=None) -> dict[int, Decimal]:
    """The sum of each person's ledger rows in a month."""
    q = select(LedgerEntry.staff_id, func.sum(LedgerEntry.points)).where(LedgerEntry.month == month)
    if staff_ids is not None:
        q = q.where(LedgerEntry.staff_id.in_(list(staff_ids)))
    with ctx.read() as s:
        return {sid: Decimal(p).quantize(Q) for sid, p in s.execute(q.group_by(LedgerEntry.staff_id))}


def open_source(ctx: Context, line: LedgerLine) -> bool:
    """Show the record a ledger line came from (False when it has no page or no shell runs)."""
    if not line.source_page or line.source_id is None:
        return False
    return ctx.open_page(line.source_page, line.source_id)
