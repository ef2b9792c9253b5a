"""What other plugins may use of the complaints desk (declare ``"complaints"`` in REQUIRES or
OPTIONAL). No Qt here; every function takes the Context first and checks the permission.

::

    from suite_plugins.complaints import api as complaints

    for c in complaints.open_complaints(ctx, customer_id):
        print(c.number, c.category_label, c.status_label)
    # show a case, or open the intake for an order:
    ctx.open_page(complaints.LIST_PAGE, complaint_id)
    ctx.open_page(complaints.LIST_PAGE, complaints.new_complaint_key(customer_id, order_id))

Hooks the complaints desk declares (see :mod:`.hookspecs`): ``suite_complaint_did_open``,
``suite_complaint_did_resolve``, ``suite_complaint_did_close``,
``suite_complaint_did_name_supplier`` (domain events) and ``suite_complaints_suppliers``
(an inventory plugin offers its suppliers).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from suite.plugin_api.context import Context

#: the complaints page; its ``open_key`` takes a complaint id or :func:`new_complaint_key`
LIST_PAGE = "complaints.list"
VIEW_PERMISSION = "complaints.view"


@dataclass(frozen=True)
class ComplaintRef:
    id: int
    number: str
    category: str
    status: str
    received_at: dt.datetime
    next_due: dt.datetime | None
    #: the staff the case names and its outcome (filled by :func:`get_complaint`)
    staff_ids: tuple[tuple[str, int], ...] = ()  # (driver|cook|clerk|handler|responsible, staff id)
    substantiated: bool | None = None
    satisfaction: int | None = None

    def staff(self, role: str) -> int | None:
        return dict(self.staff_ids).get(role)

    @property
    def responsible_staff_id(self) -> int | None:
        return self.staff("responsible")

    @property
    def handler_staff_id(self) -> int | None:
        return self.staff("handler")

    @property
    def category_label(self) -> str:
        from suite_plugins.complaints import codes

        return codes.label(codes.CATEGORIES, self.category)

    @property
    def status_label(self) -> str:
        from suite_plugins.complaints import codes

        return codes.label(codes.STATUSES, self.status)


def open_complaints(ctx: Context, customer_id: int) -> list[ComplaintRef]:
    """A customer's complaints not yet closed, newest first."""
    from suite_plugins.complaints.services import queries

    return [ComplaintRef(c.id, c.number, c.category, c.status, c.received_at, c.next_due)
            for c in queries.customer_open_complaints(ctx, customer_id)]


def get_complaint(ctx: Context, complaint_id: int) -> ComplaintRef:
    """One complaint with the staff it names and its outcome (NotFound when it is gone)."""
    from suite.plugin_api import NotFound
    from suite_plugins.complaints.models import Complaint
    from suite_plugins.complaints.permissions import VIEW
    from suite_plugins.complaints.services.queries import T

    ctx.require(VIEW)
    with ctx.read() as s:
        c = s.get(Complaint, complaint_id)
        if c is None:
            raise NotFound(T("That complaint no longer exists."))
        named = tuple((role, sid) for role, sid in (
            ("driver", c.driver_staff_id), ("cook", c.cook_staff_id), ("clerk", c.clerk_staff_id),
            ("handler", c.handler_staff_id), ("responsible", c.responsible_staff_id)) if sid)
        return ComplaintRef(c.id, c.number, c.category, c.status, c.received_at, c.next_due_at, named,
                            c.substantiated, c.satisfaction)


def new_complaint_key(customer_id: int | None = None, order_id: int | None = None) -> dict:
    """The key that makes the complaints page open its intake for this customer and order."""
    return {"new": True, "customer_id": customer_id, "order_id": order_id}


def month_statistics(ctx: Context, year: int, month: int):
    """The statistics of the complaints received in a month (see ``services.statistics``)."""
    from suite_plugins.complaints.services import statistics

    return statistics.statistics(ctx, statistics.month_key(year, month))


def statutory_holidays(ctx: Context, start: dt.date, end: dt.date) -> set[dt.date]:
    """The days off (statutory holidays, 法定节假日) between ``start`` and ``end`` inclusive in
    the office's holiday calendar (seeded from ``chinesecalendar``, edited on the settings
    page); make-up working days (调休) are not among them. The calendar is public
    knowledge: no permission is needed to read it (the order desk's standing orders skip
    these days)."""
    from sqlalchemy import select

    from suite_plugins.complaints.models import CalendarDay

    with ctx.read() as s:
        return set(s.scalars(select(CalendarDay.day).where(CalendarDay.kind == "holiday", CalendarDay.day >= start,
                                                           CalendarDay.day <= end)))
