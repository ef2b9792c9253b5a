"""Dashboard cards of the complaints desk (computed off the GUI thread)."""

from __future__ import annotations

from suite.plugin_api import CardValue
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.complaints.services import cases, compensation, inquiries, policies, queries

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


def inquiry_card(ctx: Context) -> CardValue:
    """Open inquiries: overdue and due within 10 minutes of their reply deadline."""
    d = inquiries.open_inquiries(ctx, limit=1)
    if not d.open:
        return CardValue("0", T("No inquiry waiting for an answer"), level="good")
    caption = T("{overdue} overdue · {soon} due within 10 minutes · {open} waiting", overdue=d.overdue,
                soon=d.due_soon, open=d.open)
    level = "danger" if d.overdue else "warning" if d.due_soon else "normal"
    return CardValue(str(d.open), caption, level=level)


def holiday_card(ctx: Context) -> CardValue:
    """Warns while the holiday calendar of this year (loudly) or, from 1 November, of next
    year is empty, so deadlines are not computed as if the holidays were working days."""
    warning = policies.calendar_warning(ctx)
    if warning is None:
        return CardValue("\u2713", T("Holiday calendar complete"), level="good")
    year, loud = warning
    if loud:
        return CardValue(str(year), T("No holidays entered for {year}: deadlines count holidays as working days. "
                                      "Enter the State Council's notice in the settings.", year=year), level="danger")
    return CardValue(str(year), T("Next year's holidays ({year}) are not entered yet: enter the State Council's "
                                  "notice in the settings.", year=year), level="warning")
