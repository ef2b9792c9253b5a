"""Demo data of performance scoring (runs after the order desk's and complaints' demo data):
pay terms, the default rules switched on, every customer-service agent's chat reviews of last
month and this one, one approved leave, one unapproved absence, last month closed with
comments, the current month evaluated and open."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from suite.plugin_api import ValidationError, core
from suite.plugin_api.context import Context
from suite_plugins.scoring.services import attendance, ledger, months, reviews, rules, sources, templates
from suite_plugins.scoring.services.common import last_month, month_bounds, this_month


def create(ctx: Context, rng: random.Random) -> None:
    people = core.list_staff(ctx)
    for p in people:
        wage = Decimal(rng.choice(["2600", "2800", "3000", "3200", "3600"]))
        attendance.save_terms(ctx, p.id, monthly_wage=wage, bonus=Decimal("300.00"), expected_version=0)
    for r in rules.list_rules(ctx):
        rules.set_enabled(ctx, r.id, True, expected_version=r.version)
    _templates(ctx)
    prev, cur = last_month(ctx), this_month(ctx)
    agents = [p for p in people if p.department_code == "customer_service"]
    today = ctx.today()
    for month in (prev, cur):
        start, end = month_bounds(month)
        day = start
        while day < end and day <= today:
            if day.weekday() != 6 or rng.random() < 0.3:  # most Sundays are rest days
                for a in agents:
                    failing = rng.choice([0, 0, 0, 1, 1, 2, 3, 4, 5])
                    marks = [(rng.choice(reviews.CRITERIA),) if i < failing else () for i in range(20)]
                    reviews.save_review(ctx, a.id, day, marks=marks, done=day < today, expected_version=None)
            day += dt.timedelta(days=1)
    start, _end = month_bounds(prev)
    others = [p for p in people if p.department_code != "customer_service"] or people
    if others:
        leave = attendance.request_leave(ctx, others[0].id, start + dt.timedelta(days=8), start + dt.timedelta(days=9),
                                         "家中有事，书面请假")
        attendance.decide_leave(ctx, leave, True, expected_version=1)
        attendance.record_absence(ctx, others[-1].id, start + dt.timedelta(days=15), "未请假未到岗")
    for p in people[:8]:
        attendance.add_money_item(ctx, p.id, prev, "inspection", 0, "", passed=rng.random() < 0.85)
    if people:
        ledger.adjust(ctx, people[0].id, prev, "2", "顾客来电表扬")
    ledger.evaluate_month(ctx, prev)
    for p in people[:6]:
        months.set_comment(ctx, prev, p.id, rng.choice(["工作认真，继续保持", "回复及时，注意服务用语", "准时率有待提高"]),
                           expected_version=months.state(ctx, prev).version)
    try:
        months.close_month(ctx, prev, expected_version=months.state(ctx, prev).version)
    except ValidationError:  # pragma: no cover - the demo leaves nothing of last month pending
        raise
    ledger.evaluate_month(ctx, cur)


#: per department the KPIs of its template (metric, target, weight), when the metric exists
KPIS = {
    "delivery": (("orders.on_time_rate", 95, 2), ("orders.deliveries", 60, 1), ("complaints.attributed", 1, 1)),
    "customer_service": (("complaints.handler_sla", 90, 2), ("complaints.handler_satisfaction", 4.5, 1)),
    "production": (("complaints.substantiated", 1, 1),),
}
NAMES = {"delivery": "配送部考核", "customer_service": "客服部考核", "production": "厨房考核"}


def _templates(ctx: Context) -> None:
    avail = sources.metrics(ctx)
    have = {t.department: t for t in templates.list_templates(ctx)}
    for dept, kpis in KPIS.items():
        rows = [templates.KpiInput(m, t, w) for m, t, w in kpis if m in avail]
        if not rows:
            continue
        t = have.get(dept)
        formula = t.formula if t else templates.DEFAULT_FORMULA
        templates.save_template(ctx, name=NAMES[dept], department=dept, formula_text=formula, kpis=rows,
                                template_id=t.id if t else None, expected_version=t.version if t else None)
