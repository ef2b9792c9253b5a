"""Dashboard cards of the complaints desk (computed off the GUI thread)."""

from __future__ import annotations

from suite.plugin_api import CardValue
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.complaints.services import cases, compensation, queries

T = domain("complaints")


def open_card(ctx: Context) -> CardValue:
    """Open complaints, the next deadline as caption; red when one is overdue."""
    summary = queries.open_deadlines(ctx, limit=1)
    if not summary.open:
        return CardValue("0", T("No open complaints"), level="good")
    caption = T("Nothing due")
    if summary.next:
        first = summary.next[0]
        caption = T("Next: {number} {stage} at {time}", number=first.number, stage=first.stage_label,
                    time=cases.local_text(ctx, first.due)[5:])
    level = "danger" if summary.overdue else "warning" if summary.due_soon else "normal"
    return CardValue(str(summary.open), caption, level=level)


def deadline_card(ctx: Context) -> CardValue:
    """Overdue and due-soon deadlines of open complaints."""
    summary = queries.open_deadlines(ctx, limit=0)
    caption = T("{overdue} overdue · {soon} due within the hour · {waiting} waiting for the customer",
                overdue=summary.overdue, soon=summary.due_soon, waiting=summary.waiting)
    level = "danger" if summary.overdue else "warning" if summary.due_soon else "good"
    return CardValue(str(summary.overdue + summary.due_soon), caption, level=level)


def approval_card(ctx: Context) -> CardValue:
    pending = compensation.pending_approvals(ctx)
    total = sum((p.action.amount or 0 for p in pending), 0)
    caption = T("¥{amount} in total", amount=f"{total:,.2f}") if pending else T("Nothing to approve")
    return CardValue(str(len(pending)), caption, level="warning" if pending else "good")
