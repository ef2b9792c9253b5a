"""The follow-up visit (回访): customer service calls, texts or surveys the customer within the
configured days after resolution and records the satisfaction with the result."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from suite.plugin_api import ValidationError
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.complaints import codes
from suite_plugins.complaints.models import FollowUp
from suite_plugins.complaints.permissions import HANDLE, VIEW
from suite_plugins.complaints.services import cases, handling
from suite_plugins.complaints.services.clock import MAX_FAILED_FOLLOWUPS

T = domain("complaints")


@dataclass(frozen=True)
class FollowUpView:
    id: int
    at: dt.datetime
    method: str
    reached: bool
    satisfaction: int | None
    comments: str
    staff_id: int | None

    @property
    def method_label(self) -> str:
        return codes.label(codes.FOLLOWUP_METHODS, self.method)


def record_followup(ctx: Context, complaint_id: int, *, method: str, reached: bool, satisfaction: int | None = None,
                    comments: str = "", at: dt.datetime | None = None, close: bool = False,
                    expected_version: int | None = None) -> int:
    """Record a follow-up attempt. When the customer was reached, their satisfaction (1-5)
    is required. ``close`` closes the case at once when the rules allow it."""
    ctx.require(HANDLE)
    errors: dict[str, object] = {}
    if method not in codes.FOLLOWUP_METHODS:
        errors["method"] = T("Choose phone, SMS or online.")
    if reached:
        if satisfaction is None:
            errors["satisfaction"] = T("Ask the customer how satisfied they are (1 to 5).")
        elif not isinstance(satisfaction, int) or not 1 <= satisfaction <= 5:
            errors["satisfaction"] = T("Satisfaction is a score from 1 to 5.")
    elif satisfaction is not None:
        errors["satisfaction"] = T("Nobody was reached: leave the satisfaction empty.")
    comments = cases.clean_text(comments, "comments")
    if errors:
        raise ValidationError(fields=errors)
    with ctx.unit_of_work() as s:
        c = cases.open_case(s, complaint_id, expected_version)
        if c.resolved_at is None:
            raise ValidationError(fields={"at": T("The follow-up visit comes after the resolution: resolve the "
                                                  "complaint first.")})
        at = cases.event_time(ctx, c, at, not_before=c.resolved_at,
                              not_before_msg=T("A follow-up cannot be earlier than the resolution ({resolved}).",
                                               resolved=cases.local_text(ctx, c.resolved_at)))
        if c.satisfaction is not None:
            raise ValidationError(T("The customer was already reached for the follow-up visit."))
        row = FollowUp(complaint_id=c.id, at=at, method=method, reached=bool(reached),
                       satisfaction=satisfaction if reached else None, comments=comments, staff_id=ctx.user.staff_id)
        s.add(row)
        s.flush()
        cases.add_event(ctx, s, c, "followup", at, note=comments, staff_id=ctx.user.staff_id,
                        data={"followup_id": row.id, "method": method, "reached": bool(reached),
                              "satisfaction": satisfaction if reached else None})
        if close and (reached or c.failed_followups >= MAX_FAILED_FOLLOWUPS):
            handling.close(ctx, c.id, at=at)
        return row.id


def list_followups(ctx: Context, complaint_id: int) -> list[FollowUpView]:
    ctx.require(VIEW)
    with ctx.read() as s:
        rows = s.scalars(select(FollowUp).where(FollowUp.complaint_id == complaint_id).order_by(FollowUp.at, FollowUp.id))
        return [FollowUpView(f.id, f.at, f.method, f.reached, f.satisfaction, f.comments, f.staff_id) for f in rows]
