"""Dashboard cards of the kitchen (computed off the GUI thread)."""

from __future__ import annotations

from suite.plugin_api import CardValue
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.kitchen.services import health, readings, runs, samples

T = domain("kitchen")


def runs_card(ctx: Context) -> CardValue:
    c = runs.counts(runs.day_runs(ctx))
    caption = T("{due} due now · {overdue} overdue · {done} done", due=c.due, overdue=c.overdue, done=c.done)
    level = "danger" if c.overdue else "warning" if c.due else "good"
    return CardValue(str(c.due + c.overdue), caption, level=level)


def out_of_range_card(ctx: Context) -> CardValue:
    n = readings.out_of_range_count(ctx, ctx.today())
    return CardValue(str(n), T("readings outside the limits today") if n else T("All readings within the limits"),
                     level="danger" if n else "good")


def samples_card(ctx: Context) -> CardValue:
    due, overdue = samples.to_dispose_count(ctx)
    caption = T("{overdue} overdue for disposal", overdue=overdue) if due else T("No sample to dispose of")
    return CardValue(str(due), caption, level="danger" if overdue else "warning" if due else "good")


def certificates_card(ctx: Context) -> CardValue:
    rows = health.expiring(ctx)
    expired = sum(1 for c in rows if c.state == "expired")
    if not rows:
        return CardValue("0", T("No health certificate expires within 30 days"), level="good")
    caption = T("{expired} expired · next: {name} {date}", expired=expired, name=rows[0].staff_name,
                date=rows[0].expires_on.isoformat())
    return CardValue(str(len(rows)), caption, level="danger" if expired else "warning")
