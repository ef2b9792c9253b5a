"""Handling a case: first contact, solution, the responsible department's investigation,
waiting for the customer, deadlines that cannot be met, resolution, closing, and edits.

Every step is an event (see :mod:`.clock`); the time it happened may be given (the clerk
types it in after the call) but never before the intake and never in the future.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from suite.plugin_api import ValidationError, check_version
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.complaints import codes
from suite_plugins.complaints.permissions import HANDLE, INVESTIGATE
from suite_plugins.complaints.services import cases, orders_link, policies
from suite_plugins.complaints.services.clock import MAX_FAILED_FOLLOWUPS

T = domain("complaints")


def _require_any(ctx: Context, *permissions: str) -> None:
    if not any(ctx.can(p) for p in permissions):
        ctx.require(permissions[0])


def log_first_contact(ctx: Context, complaint_id: int, *, at: dt.datetime | None = None, note: str = "",
                      expected_version: int | None = None) -> None:
    """The customer was reached: the first-contact clock stops."""
    ctx.require(HANDLE)
    note = cases.clean_text(note, "note")
    with ctx.unit_of_work() as s:
        c = cases.open_case(s, complaint_id, expected_version)
        if c.first_contact_at is not None:
            raise ValidationError(T("The first contact was already logged at {at}.",
                                    at=cases.local_text(ctx, c.first_contact_at)))
        at = cases.event_time(ctx, c, at)
        cases.add_event(ctx, s, c, "first_contact", at, note=note, staff_id=ctx.user.staff_id)


def propose_solution(ctx: Context, complaint_id: int, proposal: str, *, at: dt.datetime | None = None,
                     expected_version: int | None = None) -> None:
    """A solution was proposed to the customer (the proposed-solution clock stops)."""
    ctx.require(HANDLE)
    proposal = cases.clean_text(proposal, "proposal", required=True, message=T("Write down what was proposed."))
    with ctx.unit_of_work() as s:
        c = cases.open_case(s, complaint_id, expected_version)
        if c.first_contact_at is None:
            raise ValidationError(fields={"proposal": T("Log the first contact with the customer first.")})
        if c.resolved_at is not None:
            raise ValidationError(T("The complaint is already resolved."))
        at = cases.event_time(ctx, c, at, not_before=c.first_contact_at,
                              not_before_msg=T("A solution cannot be proposed before the first contact."))
        cases.add_event(ctx, s, c, "solution_proposed", at, note=proposal, staff_id=ctx.user.staff_id)


def notify_department(ctx: Context, complaint_id: int, department: str, *, staff_id: int | None = None,
                      at: dt.datetime | None = None, note: str = "", expected_version: int | None = None) -> None:
    """The responsible department was told to investigate: its clock starts now."""
    _require_any(ctx, HANDLE, INVESTIGATE)
    if department not in codes.DEPARTMENTS:
        raise ValidationError(fields={"department": T("Choose the department that must investigate.")})
    note = cases.clean_text(note, "note")
    with ctx.unit_of_work() as s:
        c = cases.open_case(s, complaint_id, expected_version)
        if c.notified_at is not None:
            raise ValidationError(T("A department was already notified at {at}.", at=cases.local_text(ctx, c.notified_at)))
        if c.resolved_at is not None:
            raise ValidationError(T("The complaint is already resolved."))
        errors: dict[str, object] = {}
        from suite_plugins.complaints.services.intake import check_staff

        check_staff(s, errors, staff=staff_id)
        if errors:
            raise ValidationError(fields=errors)
        at = cases.event_time(ctx, c, at)
        if not c.responsible_department:
            c.responsible_department = department
        cases.add_event(ctx, s, c, "department_notified", at, department=department, staff_id=staff_id, note=note,
                        data={"calendar": policies.calendar_snapshot(ctx, at)})


def record_investigation(ctx: Context, complaint_id: int, *, findings: str, root_cause: str,
                         responsible_department: str, substantiated: bool, responsible_staff_id: int | None = None,
                         at: dt.datetime | None = None, expected_version: int | None = None,
                         delay_cause: str = "") -> None:
    """The department's investigation is done: cause, responsibility, whether it was justified,
    and for a delivery delay whether the cause was force majeure or internal (only an
    internal cause counts against the delivery department and its staff)."""
    ctx.require(INVESTIGATE)
    errors: dict[str, object] = {}
    findings = findings.strip() if findings else ""
    if not findings:
        errors["findings"] = T("Write down what the investigation found.")
    if root_cause not in codes.ROOT_CAUSES:
        errors["root_cause"] = T("Choose the root cause.")
    if responsible_department not in codes.DEPARTMENTS:
        errors["responsible_department"] = T("Choose the responsible department.")
    if errors:
        raise ValidationError(fields=errors)
    with ctx.unit_of_work() as s:
        c = cases.open_case(s, complaint_id, expected_version)
        if c.notified_at is None:
            raise ValidationError(T("Notify the responsible department before recording its investigation."))
        if c.investigated_at is not None:
            raise ValidationError(T("The investigation was already recorded."))
        from suite_plugins.complaints.services.intake import check_staff

        check_staff(s, errors, responsible_staff_id=responsible_staff_id)
        from suite_plugins.complaints.services.intake import check_delay_cause

        if not delay_cause and c.category == "delivery_delay":
            delay_cause = codes.DELAY_CAUSE_OF_ROOT.get(root_cause, "")
        check_delay_cause(errors, c.category, delay_cause)
        if errors:
            raise ValidationError(fields=errors)
        if delay_cause:
            c.delay_cause = delay_cause
        at = cases.event_time(ctx, c, at, not_before=c.notified_at,
                              not_before_msg=T("The investigation cannot end before the department was notified."))
        c.root_cause, c.responsible_department = root_cause, responsible_department
        c.responsible_staff_id, c.substantiated = responsible_staff_id, bool(substantiated)
        cases.add_event(ctx, s, c, "investigation_done", at, department=responsible_department,
                        staff_id=responsible_staff_id, note=findings,
                        data={"root_cause": root_cause, "substantiated": bool(substantiated)})


def wait_for_customer(ctx: Context, complaint_id: int, *, reason: str, at: dt.datetime | None = None,
                      expected_version: int | None = None) -> None:
    """The case waits for the customer (a photo, the food sample, a call back): the clock stops."""
    ctx.require(HANDLE)
    reason = cases.clean_text(reason, "reason", required=True, message=T("Say what the customer is to send or answer."))
    with ctx.unit_of_work() as s:
        c = cases.open_case(s, complaint_id, expected_version)
        if c.first_contact_at is None:
            raise ValidationError(T("Log the first contact before waiting for the customer: the first-contact "
                                    "deadline does not stop."))
        if c.resolved_at is not None:
            raise ValidationError(T("The complaint is already resolved."))
        if c.paused_since is not None:
            raise ValidationError(T("The case is already waiting for the customer."))
        at = cases.event_time(ctx, c, at, not_before=c.first_contact_at,
                              not_before_msg=T("Waiting cannot start before the first contact."))
        cases.add_event(ctx, s, c, "waiting", at, note=reason)


def customer_answered(ctx: Context, complaint_id: int, *, note: str = "", at: dt.datetime | None = None,
                      expected_version: int | None = None) -> None:
    """The customer answered: the clock runs again."""
    ctx.require(HANDLE)
    note = cases.clean_text(note, "note")
    with ctx.unit_of_work() as s:
        c = cases.get_row(s, complaint_id)
        cases.check_version(c, expected_version)
        if c.paused_since is None:
            raise ValidationError(T("The case is not waiting for the customer."))
        at = cases.event_time(ctx, c, at, not_before=c.paused_since,
                              not_before_msg=T("The customer cannot answer before the wait began."))
        cases.add_event(ctx, s, c, "resumed", at, note=note)


def extend_deadline(ctx: Context, complaint_id: int, stage: str, *, new_due: dt.datetime, reason: str,
                    at: dt.datetime | None = None, expected_version: int | None = None) -> None:
    """A deadline cannot be met: record why and the new time told to the customer. The stage
    still counts as late in the statistics if it ends after its original deadline."""
    ctx.require(HANDLE)
    reason = cases.clean_text(reason, "reason", required=True, message=T("Say why the deadline cannot be met."))
    if new_due is None:
        raise ValidationError(fields={"new_due": T("Enter the new time told to the customer.")})
    if new_due.tzinfo is None:
        new_due = ctx.local_to_utc(new_due)
    with ctx.unit_of_work() as s:
        c = cases.open_case(s, complaint_id, expected_version)
        clock = cases.clock_of(ctx, s, c)
        st = clock.stages.get(stage)
        if st is None or not st.applies:
            raise ValidationError(fields={"stage": T("That stage has no deadline on this case.")})
        if st.done is not None:
            raise ValidationError(fields={"stage": T("That stage is already done.")})
        at = cases.event_time(ctx, c, at)
        if new_due <= at:
            raise ValidationError(fields={"new_due": T("The new time must be later than now.")})
        # the new time stays within the office's maximum: the resolution deadline (or the
        # stage's own when the case has none) plus the allowed extension
        settings = policies.get_desk_settings(ctx)
        base = clock.stages["resolution"].due or st.due
        if base is not None:
            latest = max(base, st.due or base) + dt.timedelta(hours=settings.max_extension_hours)
            if new_due > latest:
                raise ValidationError(fields={"new_due": T(
                    "The new time can be at most {hours} hours after the resolution deadline: no later than {latest}.",
                    hours=settings.max_extension_hours, latest=cases.local_text(ctx, latest))})
        cases.add_event(ctx, s, c, "deadline_extended", at, stage=stage, due_at=new_due.astimezone(dt.timezone.utc),
                        note=reason)


def resolve(ctx: Context, complaint_id: int, resolution: str, *, at: dt.datetime | None = None,
            expected_version: int | None = None) -> None:
    """The problem is solved. The follow-up visit falls due."""
    ctx.require(HANDLE)
    resolution = cases.clean_text(resolution, "resolution", required=True,
                                  message=T("Write down how the complaint was resolved."))
    with ctx.unit_of_work() as s:
        c = cases.open_case(s, complaint_id, expected_version)
        if c.resolved_at is not None:
            raise ValidationError(T("The complaint is already resolved."))
        if c.first_contact_at is None:
            raise ValidationError(fields={"resolution": T("Log the first contact with the customer first.")})
        if c.approval_pending:
            raise ValidationError(T("A compensation is waiting for the manager's approval: resolve the case "
                                    "once it is decided."))
        at = cases.event_time(ctx, c, at, field="resolved_at", not_before=c.first_contact_at,
                              not_before_msg=T("A complaint cannot be resolved before the first contact with the customer."))
        c.resolution = resolution
        cases.add_event(ctx, s, c, "resolved", at, note=resolution, staff_id=ctx.user.staff_id)
        ctx.emit("suite_complaint_did_resolve", complaint_id=c.id)


def close(ctx: Context, complaint_id: int, *, at: dt.datetime | None = None, note: str = "",
          expected_version: int | None = None) -> None:
    """Close a case: after a first contact, a resolution, and the follow-up visit (or three
    recorded failed attempts to reach the customer)."""
    ctx.require(HANDLE)
    note = cases.clean_text(note, "note")
    with ctx.unit_of_work() as s:
        c = cases.open_case(s, complaint_id, expected_version)
        errors: dict[str, object] = {}
        if c.first_contact_at is None:
            errors["first_contact"] = T("No first contact with the customer was logged.")
        if c.resolved_at is None:
            errors["resolution"] = T("The complaint has not been resolved.")
        elif c.satisfaction is None and c.failed_followups < MAX_FAILED_FOLLOWUPS:
            errors["followup"] = T("Make the follow-up visit first (or record {n} failed attempts to reach "
                                   "the customer).", n=MAX_FAILED_FOLLOWUPS)
        if c.approval_pending:
            errors["approval"] = T("A compensation is still waiting for the manager's approval.")
        if errors:
            raise ValidationError(T("Complaint {number} cannot be closed yet.", number=c.number), fields=errors)
        at = cases.event_time(ctx, c, at, not_before=c.resolved_at,
                              not_before_msg=T("A case cannot close before it was resolved."))
        # the on-time results are stored at closing: later calendar changes never move them
        results = cases.clock_of(ctx, s, c).results()
        cases.add_event(ctx, s, c, "closed", at, note=note, data={"results": results})
        ctx.emit("suite_complaint_did_close", complaint_id=c.id)


def add_note(ctx: Context, complaint_id: int, note: str, *, at: dt.datetime | None = None) -> None:
    """A remark on the case's timeline (a call to the department, progress told to the customer)."""
    _require_any(ctx, HANDLE, INVESTIGATE)
    note = cases.clean_text(note, "note", required=True, message=T("Write the note."))
    with ctx.unit_of_work() as s:
        c = cases.get_row(s, complaint_id)
        at = cases.event_time(ctx, c, at)
        cases.add_event(ctx, s, c, "note", at, note=note, staff_id=ctx.user.staff_id)


# ---------------------------------------------------------------------------- editing a case

EDITABLE = ("channel", "category", "severity", "description", "driver_staff_id", "cook_staff_id", "clerk_staff_id",
            "handler_staff_id", "responsible_department", "responsible_staff_id", "root_cause", "substantiated",
            "order_id", "order_number", "delay_cause")
#: fields only someone who may investigate can change
RESPONSIBILITY = ("responsible_department", "responsible_staff_id", "root_cause", "substantiated", "delay_cause")


def update_complaint(ctx: Context, complaint_id: int, *, expected_version: int, **changes: Any) -> None:
    """Change a case's details. ``expected_version`` is the version the form showed: if
    someone saved the case since, a ConflictError tells the user (nothing is overwritten).
    A change of severity re-times every deadline from the intake with the new policy."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    if changes and set(changes) <= set(RESPONSIBILITY):
        _require_any(ctx, HANDLE, INVESTIGATE)  # quality control may correct its findings
    else:
        ctx.require(HANDLE)
    errors: dict[str, object] = {}
    if "channel" in changes and changes["channel"] not in codes.CHANNELS:
        errors["channel"] = T("Choose how the complaint came in.")
    if "category" in changes and changes["category"] not in codes.CATEGORIES:
        errors["category"] = T("Choose what the complaint is about.")
    if "severity" in changes and changes["severity"] not in codes.SEVERITIES:
        errors["severity"] = T("Choose urgent, general or non-urgent.")
    if "description" in changes:
        text = (changes["description"] or "").strip()
        if not text:
            errors["description"] = T("Describe the problem in the customer's words.")
        elif len(text) > cases.MAX_TEXT:
            errors["description"] = T("At most {n} characters.", n=cases.MAX_TEXT)
        changes["description"] = text
    if changes.get("responsible_department") and changes["responsible_department"] not in codes.DEPARTMENTS:
        errors["responsible_department"] = T("Choose the responsible department.")
    if changes.get("root_cause") and changes["root_cause"] not in codes.ROOT_CAUSES:
        errors["root_cause"] = T("Choose the root cause.")
    if errors:
        raise ValidationError(fields=errors)
    with ctx.unit_of_work() as s:
        c = cases.open_case(s, complaint_id, expected_version)
        check_version(c, expected_version)
        from suite_plugins.complaints.services.intake import check_delay_cause, check_staff

        if "delay_cause" in changes or "category" in changes:
            check_delay_cause(errors, changes.get("category", c.category), changes.get("delay_cause", c.delay_cause))
        check_staff(s, errors, **{k: changes[k] for k in ("driver_staff_id", "cook_staff_id", "clerk_staff_id",
                                                            "handler_staff_id", "responsible_staff_id") if k in changes})
        if errors:
            raise ValidationError(fields=errors)
        if "order_id" in changes or "order_number" in changes:
            order = orders_link.resolve_order(ctx, c.customer_id, changes.get("order_id"), changes.get("order_number", ""))
            c.order_id = order.id if order else None
            c.order_number = order.number if order else ""
            c.order_amount = order.total_amount if order else None
        for key in ("channel", "category", "description", "driver_staff_id", "cook_staff_id", "clerk_staff_id",
                    "handler_staff_id", "responsible_department", "responsible_staff_id", "root_cause", "substantiated",
                    "delay_cause"):
            if key in changes:
                value = changes[key]
                if key in ("responsible_department", "root_cause", "delay_cause"):
                    value = value or ""
                setattr(c, key, value)
        if "severity" in changes and changes["severity"] != c.severity:
            old = c.severity
            c.severity = changes["severity"]
            terms = policies.current_terms(ctx, c.severity)
            cases.add_event(ctx, s, c, "severity_changed", ctx.now(),
                            note=f"{codes.label(codes.SEVERITIES, old)} \u2192 {codes.label(codes.SEVERITIES, c.severity)}",
                            data={"policy": terms.as_dict(), "from": old, "to": c.severity})
        else:
            cases.recompute(ctx, s, c)


# ---------------------------------------------------------------------------- the supplier


def supplier_choices(ctx: Context) -> list[tuple[int, str]]:
    """Suppliers an inventory plugin offers (empty when none is installed)."""
    out: list[tuple[int, str]] = []
    for answer in ctx.ask("suite_complaints_suppliers"):
        out.extend((int(i), str(n)) for i, n in answer)
    return out


def supplier_applies(c) -> bool:
    """A substantiated packaging or purchasing complaint can name the supplier."""
    return bool(c.substantiated) and (
        c.category in ("packaging_damaged", "packaging_unsanitary")
        or c.root_cause in ("ingredient_purchase", "packaging_supplier")
        or c.responsible_department == "purchasing"
    )


def name_supplier(ctx: Context, complaint_id: int, supplier_id: int | None, *,
                  expected_version: int) -> None:
    """Hold a supplier to account for a substantiated packaging or purchasing complaint (when an
    inventory plugin offers suppliers). The inventory plugin hears of it through
    ``suite_complaint_did_name_supplier`` and may count it in the supplier's evaluation."""
    _require_any(ctx, INVESTIGATE, HANDLE)
    choices = dict(supplier_choices(ctx))
    if not choices:
        raise ValidationError(T("No supplier list is available: the inventory plugin is not installed."))
    with ctx.unit_of_work() as s:
        c = cases.get_row(s, complaint_id)
        check_version(c, expected_version)
        if supplier_id is not None:
            if not supplier_applies(c):
                raise ValidationError(fields={"supplier": T(
                    "Only a substantiated packaging or purchasing complaint can name a supplier.")})
            if supplier_id not in choices:
                raise ValidationError(fields={"supplier": T("That supplier is not in the supplier list.")})
        c.supplier_id = supplier_id
        c.supplier_name = choices.get(supplier_id, "") if supplier_id is not None else ""
        cases.add_event(ctx, s, c, "supplier", ctx.now(), note=c.supplier_name,
                        data={"supplier_id": supplier_id, "supplier_name": c.supplier_name})
        if supplier_id is not None:
            ctx.emit("suite_complaint_did_name_supplier", complaint_id=c.id, supplier_id=supplier_id)

