"""Intake: a complaint is received by hotline, online form, a driver, a letter or in person."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from suite.plugin_api import ValidationError, core
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.complaints import codes
from suite_plugins.complaints.models import Complaint
from suite_plugins.complaints.permissions import HANDLE
from suite_plugins.complaints.services import cases, orders_link, policies

T = domain("complaints")


@dataclass
class ComplaintInput:
    customer_id: int | None
    channel: str
    category: str
    description: str
    #: None: the severity suggested by the category
    severity: str | None = None
    #: the order, by id (picked among the customer's recent orders) or by number (typed)
    order_id: int | None = None
    order_number: str = ""
    #: when the complaint came in (default: now); a letter may be entered later
    received_at: dt.datetime | None = None
    driver_staff_id: int | None = None
    cook_staff_id: int | None = None
    clerk_staff_id: int | None = None
    #: who handles the case (default: the staff member of the user taking it)
    handler_staff_id: int | None = None
    #: a delivery delay's cause when already known: force_majeure or internal (codes.DELAY_CAUSES)
    delay_cause: str = ""


def suggest_severity(category: str) -> str:
    """The severity a category suggests: food safety and illness are urgent, taste and
    suggestions non-urgent, everything else general. The clerk may change it."""
    return codes.SUGGESTED_SEVERITY.get(category, "general")


def check_staff(session, errors: dict, **ids: int | None) -> None:
    for field_name, staff_id in ids.items():
        if staff_id is not None and session.get(core.Staff, staff_id) is None:
            errors[field_name] = T("That staff member no longer exists.")


def check_delay_cause(errors: dict, category: str, cause: str | None) -> None:
    """Only a delivery delay has a cause of delay; it is force majeure or internal."""
    if not cause:
        return
    if cause not in codes.DELAY_CAUSES:
        errors["delay_cause"] = T("Choose force majeure or an internal cause.")
    elif category != "delivery_delay":
        errors["delay_cause"] = T("Only a delivery delay has a cause of delay.")


def create_customer_inline(ctx: Context, name: str, phone: str, address: str = "") -> int:
    """A caller who is not a customer yet, created from the intake (as the order desk does):
    a name and a phone, an address if known. Returns the new customer's id."""
    ctx.require(HANDLE)
    errors: dict[str, object] = {}
    name = (name or "").strip()
    if not name:
        errors["new_name"] = T("Enter the caller's name.")
    try:
        core.normalise_phone(phone or "")
    except ValidationError as exc:
        errors["new_phone"] = exc.message
    if errors:
        raise ValidationError(fields=errors)
    address = (address or "").strip()
    return core.create_customer(ctx, core.CustomerInput(name, phones=[phone.strip()],
                                                        addresses=[address] if address else []))


def _number(ctx: Context, session, received_at: dt.datetime) -> str:
    day = ctx.to_local(received_at).date()
    prefix = f"TS{day:%Y%m%d}-"
    # numbers are never deleted, so the count of the day's numbers gives the next one
    taken = session.scalar(select(func.count(Complaint.id)).where(
        Complaint.number >= prefix, Complaint.number < prefix + "~"))
    return f"{prefix}{taken + 1:03d}"


def create_complaint(ctx: Context, data: ComplaintInput) -> int:
    """Record a new complaint and start its clocks. Returns its id."""
    ctx.require(HANDLE)
    errors: dict[str, object] = {}
    if data.channel not in codes.CHANNELS:
        errors["channel"] = T("Choose how the complaint came in.")
    if data.category not in codes.CATEGORIES:
        errors["category"] = T("Choose what the complaint is about.")
    severity = data.severity or suggest_severity(data.category)
    if severity not in codes.SEVERITIES:
        errors["severity"] = T("Choose urgent, general or non-urgent.")
    description = (data.description or "").strip()
    if not description:
        errors["description"] = T("Describe the problem in the customer's words.")
    elif len(description) > cases.MAX_TEXT:
        errors["description"] = T("At most {n} characters.", n=cases.MAX_TEXT)
    received_at = data.received_at or ctx.now()
    if received_at.tzinfo is None:
        received_at = ctx.local_to_utc(received_at)
    received_at = received_at.astimezone(dt.timezone.utc)
    if received_at > ctx.now() + cases.CLOCK_SKEW:
        errors["received_at"] = T("This time is in the future.")
    if data.customer_id is None:
        errors["customer"] = T("Choose the customer who complains (or create them here if they are new).")
    check_delay_cause(errors, data.category, data.delay_cause)
    if errors:
        # the order is checked now too, so that every mistake shows at the first submit
        if data.customer_id is not None:
            try:
                orders_link.resolve_order(ctx, data.customer_id, data.order_id, data.order_number)
            except ValidationError as exc:
                errors.update(exc.fields)
        raise ValidationError(fields=errors)

    with ctx.unit_of_work() as s:
        if s.get(core.Customer, data.customer_id) is None:
            raise ValidationError(fields={"customer": T("That customer no longer exists.")})
        check_staff(s, errors, driver=data.driver_staff_id, cook=data.cook_staff_id, clerk=data.clerk_staff_id,
                    handler=data.handler_staff_id)
        if errors:
            raise ValidationError(fields=errors)
        order = orders_link.resolve_order(ctx, data.customer_id, data.order_id, data.order_number)
        terms = policies.current_terms(ctx, severity)
        c = Complaint(
            number=_number(ctx, s, received_at), channel=data.channel, customer_id=data.customer_id,
            order_id=order.id if order else None, order_number=order.number if order else "",
            order_amount=order.total_amount if order else None,
            description=description, category=data.category, severity=severity,
            suggested_severity=suggest_severity(data.category), received_at=received_at,
            received_month=ctx.to_local(received_at).year * 100 + ctx.to_local(received_at).month,
            driver_staff_id=data.driver_staff_id, cook_staff_id=data.cook_staff_id,
            clerk_staff_id=data.clerk_staff_id,
            handler_staff_id=data.handler_staff_id if data.handler_staff_id is not None else ctx.user.staff_id,
            delay_cause=data.delay_cause or "",
        )
        s.add(c)
        s.flush()
        cases.add_event(ctx, s, c, "received", received_at, note=description,
                        data={"policy": terms.as_dict(), "channel": data.channel,
                              "calendar": policies.calendar_snapshot(ctx, received_at)})
        ctx.emit("suite_complaint_did_open", complaint_id=c.id)
        return c.id
