"""The leaderboard card of the dashboard."""

from __future__ import annotations

from suite.plugin_api import CardValue
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.scoring.services import months
from suite_plugins.scoring.services.common import last_month, month_label

T = domain("scoring")


def leaderboard_card(ctx: Context) -> CardValue:
    m = last_month(ctx)
    top = months.leaderboard(ctx, m, 3)
    if not top:
        return CardValue("-", T("No scores for {month} yet", month=month_label(m)))
    best = top[0]
    caption = " · ".join(f"{name} {score:g}" for name, score in top)
    return CardValue(best[0], T("Best of {month}: {people}", month=month_label(m), people=caption),
                     trend=tuple(s for _n, s in top), level="good")
