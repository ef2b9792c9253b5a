"""Actions and compensation: apology, replacement, re-delivery, refund, coupon, medical costs,
food sealed and sent for testing.

Money (refunds, coupons, medical costs) above the office's approval threshold, counted over
the whole case, waits for a manager's approval. A refund larger than the order's amount
always does, and both the clerk and the approving manager must say why.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from suite.plugin_api import NotFound, ValidationError, check_version
from suite.plugin_api.context import Context
from suite.plugin_api.db import money
from suite.plugin_api.i18n import domain
from suite_plugins.complaints import codes
from suite_plugins.complaints.models import Action, Complaint
from suite_plugins.complaints.permissions import APPROVE, HANDLE, INVESTIGATE, VIEW
from suite_plugins.complaints.services import cases, orders_link, policies

T = domain("complaints")

MAX_AMOUNT = Decimal("1000000")


@dataclass(frozen=True)
class ActionView:
    id: int
    complaint_id: int
    kind: str
    at: dt.datetime
    amount: Decimal | None
    coupon_expires: dt.date | None
    lab_sent_at: dt.datetime | None
    lab_name: str
    lab_result: str
    lab_result_at: dt.datetime | None
    note: str
    approval: str
    approved_at: dt.datetime | None
    approval_note: str
    version: int

    @property
    def kind_label(self) -> str:
        return codes.label(codes.ACTION_KINDS, self.kind)

    @property
    def approval_label(self) -> str:
        return codes.label(codes.APPROVAL_STATES, self.approval)


def _view(a: Action) -> ActionView:
    return ActionView(a.id, a.complaint_id, a.kind, a.at, a.amount, a.coupon_expires, a.lab_sent_at, a.lab_name,
                      a.lab_result, a.lab_result_at, a.note, a.approval, a.approved_at, a.approval_note, a.version)


def _amount(value, field: str) -> Decimal:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(fields={field: T("Enter the amount.")})
    try:
        amount = money(value)
    except (InvalidOperation, ValueError):
        raise ValidationError(fields={field: T("Enter an amount such as 35 or 35.50.")}) from None
    if amount <= 0:
        raise ValidationError(fields={field: T("The amount must be greater than zero.")})
    if amount >= MAX_AMOUNT:
        raise ValidationError(fields={field: T("The amount is too large.")})
    return amount


def record_action(ctx: Context, complaint_id: int, kind: str, *, amount=None, coupon_expires: dt.date | None = None,
                  lab_sent_at: dt.datetime | None = None, lab_name: str = "", note: str = "",
                  at: dt.datetime | None = None) -> int:
    """Record what was done for the customer. Returns the action's id; its ``approval`` is
    ``pending`` when a manager must approve it first."""
    if kind == "lab_test":
        if not (ctx.can(HANDLE) or ctx.can(INVESTIGATE)):
            ctx.require(HANDLE)
    else:
        ctx.require(HANDLE)
    if kind not in codes.ACTION_KINDS:
        raise ValidationError(fields={"kind": T("Choose the action.")})
    note = cases.clean_text(note, "note")
    lab_name = cases.clean_text(lab_name, "lab_name", limit=120)
    value: Decimal | None = None
    if kind in codes.MONEY_ACTIONS:
        value = _amount(amount, "amount")
    if kind == "coupon" and coupon_expires is None:
        raise ValidationError(fields={"coupon_expires": T("Enter the coupon's expiry date.")})
    if kind == "lab_test":
        errors = {}
        if lab_sent_at is None:
            errors["lab_sent_at"] = T("Enter when the sealed food was sent for testing.")
        if not lab_name:
            errors["lab_name"] = T("Enter where the food was sent (the testing institute).")
        if errors:
            raise ValidationError(fields=errors)
    with ctx.unit_of_work() as s:
        c = cases.get_row(s, complaint_id)
        cases.check_open(c)
        at = cases.event_time(ctx, c, at)
        if kind == "coupon" and coupon_expires < ctx.to_local(at).date():
            raise ValidationError(fields={"coupon_expires": T("The coupon would already have expired.")})
        if kind == "lab_test":
            if lab_sent_at.tzinfo is None:
                lab_sent_at = ctx.local_to_utc(lab_sent_at)
            lab_sent_at = cases.event_time(ctx, c, lab_sent_at, field="lab_sent_at")
        approval = "none"
        if value is not None:
            threshold = policies.get_desk_settings(ctx).approval_threshold
            over_order = False
            if kind == "refund":
                order = orders_link.current_amount(ctx, c.order_id)
                order_amount = order.total_amount if order is not None else c.order_amount
                if order_amount is not None and value > order_amount:
                    over_order = True
                    if not note:
                        raise ValidationError(fields={"note": T(
                            "The refund ({amount}) is larger than the order ({order}): explain why in the note; "
                            "a manager must approve it.", amount=f"¥{value}", order=f"¥{order_amount}")})
            # the threshold counts every amount of the case not rejected, pending ones included
            so_far = sum((amt or Decimal("0") for amt, state in s.execute(
                select(Action.amount, Action.approval).where(Action.complaint_id == c.id,
                                                             Action.kind.in_(tuple(codes.MONEY_ACTIONS))))
                          if state != "rejected"), Decimal("0"))
            if over_order or so_far + value > threshold:
                approval = "pending"
        action = Action(complaint_id=c.id, kind=kind, at=at, amount=value, coupon_expires=coupon_expires,
                        lab_sent_at=lab_sent_at, lab_name=lab_name, note=note, approval=approval)
        s.add(action)
        s.flush()
        cases.add_event(ctx, s, c, "action", at, note=note, staff_id=ctx.user.staff_id,
                        data={"action_id": action.id, "kind": kind, "amount": str(value) if value is not None else None,
                              "approval": approval})
        return action.id


def record_lab_result(ctx: Context, action_id: int, result: str, *, at: dt.datetime | None = None,
                      expected_version: int) -> None:
    """The testing institute's result for food sealed and sent for testing
    (``expected_version``: the action's version as listed)."""
    if not (ctx.can(HANDLE) or ctx.can(INVESTIGATE)):
        ctx.require(INVESTIGATE)
    result = cases.clean_text(result, "lab_result", required=True, message=T("Enter the test result."))
    with ctx.unit_of_work() as s:
        a = s.get(Action, action_id)
        if a is None or a.kind != "lab_test":
            raise NotFound(T("That food test no longer exists."))
        check_version(a, expected_version)
        c = cases.get_row(s, a.complaint_id)
        at = cases.event_time(ctx, c, at, field="lab_result_at", not_before=a.lab_sent_at,
                              not_before_msg=T("The result cannot come before the food was sent."))
        a.lab_result, a.lab_result_at = result, at
        cases.add_event(ctx, s, c, "note", at, note=result, data={"action_id": a.id, "lab_result": True})


def decide(ctx: Context, action_id: int, approve: bool, note: str = "", *, expected_version: int) -> None:
    """A manager approves or rejects a compensation waiting for approval. Rejecting, and
    approving a refund larger than the order, need a note."""
    ctx.require(APPROVE)
    note = cases.clean_text(note, "approval_note")
    with ctx.unit_of_work() as s:
        a = s.get(Action, action_id)
        if a is None:
            raise NotFound(T("That compensation no longer exists."))
        check_version(a, expected_version)
        if a.approval != "pending":
            raise ValidationError(T("This compensation is not waiting for approval."))
        c = cases.get_row(s, a.complaint_id)
        # four eyes: whoever recorded the compensation does not approve it (the owner may,
        # with a note, and the approval says so in the case's history and the audit log)
        own = a.created_by is not None and a.created_by == ctx.user.id
        if own and approve:
            if not ctx.user.is_owner:
                raise ValidationError(fields={"approval_note": T(
                    "You recorded this compensation yourself: another manager must approve it.")})
            if not note:
                raise ValidationError(fields={"approval_note": T(
                    "You recorded this compensation yourself: as the owner you may approve it, with a note why.")})
        if not approve and not note:
            raise ValidationError(fields={"approval_note": T("Say why the compensation is rejected.")})
        if approve and a.kind == "refund" and not note:
            order_amount = c.order_amount
            order = orders_link.current_amount(ctx, c.order_id)
            if order is not None:
                order_amount = order.total_amount
            if order_amount is not None and a.amount is not None and a.amount > order_amount:
                raise ValidationError(fields={"approval_note": T(
                    "The refund is larger than the order: note why you approve it.")})
        a.approval = "approved" if approve else "rejected"
        a.approved_by, a.approved_at, a.approval_note = ctx.user.id, ctx.now(), note
        cases.add_event(ctx, s, c, "approval", ctx.now(), note=note,
                        data={"action_id": a.id, "approved": bool(approve), "kind": a.kind,
                              "amount": str(a.amount) if a.amount is not None else None,
                              "own_approval": bool(own and approve)})


def list_actions(ctx: Context, complaint_id: int) -> list[ActionView]:
    ctx.require(VIEW)
    with ctx.read() as s:
        rows = s.scalars(select(Action).where(Action.complaint_id == complaint_id).order_by(Action.at, Action.id))
        return [_view(a) for a in rows]


@dataclass(frozen=True)
class PendingApproval:
    action: ActionView
    complaint_id: int
    number: str
    customer_id: int
    order_number: str
    order_amount: Decimal | None
    case_total: Decimal


def pending_approvals(ctx: Context) -> list[PendingApproval]:
    """Compensation waiting for a manager, oldest first."""
    ctx.require(VIEW)
    with ctx.read() as s:
        rows = s.execute(select(Action, Complaint).join(Complaint, Complaint.id == Action.complaint_id)
                         .where(Action.approval == "pending").order_by(Action.at))
        return [PendingApproval(_view(a), c.id, c.number, c.customer_id, c.order_number, c.order_amount,
                                c.compensation_total) for a, c in rows]
