"""The fixed vocabularies of the complaints desk and their labels (Chinese first).

Codes are what the database stores; labels are translated when shown. Services, reports
and widgets all take their labels from here, so the same case reads the same everywhere.
"""

from __future__ import annotations

from suite.plugin_api.i18n import Msg, domain

T = domain("complaints")

# ---------------------------------------------------------------------------- intake

CHANNELS: dict[str, Msg] = {
    "hotline": T("Hotline"),
    "online": T("Online form"),
    "driver": T("Relayed by a driver"),
    "letter": T("Letter"),
    "in_person": T("In person"),
}

CATEGORIES: dict[str, Msg] = {
    "food_quality": T("Food quality"),
    "foreign_object": T("Foreign object"),
    "spoiled_illness": T("Spoiled food or illness"),
    "delivery_delay": T("Delivery delay"),
    "wrong_item": T("Wrong item or quantity"),
    "packaging_damaged": T("Packaging damaged"),
    "packaging_unsanitary": T("Packaging unsanitary"),
    "service_attitude": T("Service attitude"),
    "price": T("Price"),
    "taste_suggestion": T("Taste or suggestion"),
    "other": T("Other"),
}

SEVERITIES: dict[str, Msg] = {
    "urgent": T("Urgent"),
    "general": T("General"),
    "non_urgent": T("Non-urgent"),
}

#: the severity intake suggests for each category (the clerk may change it): food safety
#: and illness are urgent; suggestions and taste are not; everything else is general.
SUGGESTED_SEVERITY: dict[str, str] = {
    "food_quality": "general",
    "foreign_object": "general",
    "spoiled_illness": "urgent",
    "delivery_delay": "general",
    "wrong_item": "general",
    "packaging_damaged": "general",
    "packaging_unsanitary": "general",
    "service_attitude": "general",
    "price": "general",
    "taste_suggestion": "non_urgent",
    "other": "general",
}

#: the staff an intake can name as involved
INVOLVED_ROLES: dict[str, Msg] = {
    "driver": T("Driver"),
    "cook": T("Cook"),
    "clerk": T("Clerk"),
}

# ---------------------------------------------------------------------------- handling

#: responsible departments: the codes of the core's built-in departments
DEPARTMENTS: dict[str, Msg] = {
    "production": T("Production"),
    "purchasing": T("Purchasing"),
    "delivery": T("Delivery"),
    "quality": T("Quality control"),
    "customer_service": T("Customer service"),
}

ROOT_CAUSES: dict[str, Msg] = {
    "ingredient_purchase": T("Ingredient purchase"),
    "processing": T("Processing"),
    "storage_transport": T("Storage or transport"),
    "traffic": T("Traffic"),
    "weather": T("Weather"),
    "vehicle_failure": T("Vehicle failure"),
    "route_planning": T("Route planning"),
    "order_entry": T("Order entry"),
    "sorting": T("Sorting"),
    "handover": T("Handover"),
    "packaging_supplier": T("Packaging supplier"),
    "other": T("Other"),
}

ACTION_KINDS: dict[str, Msg] = {
    "apology": T("Apology"),
    "replacement": T("Replacement"),
    "redelivery": T("Re-delivery"),
    "refund": T("Refund"),
    "coupon": T("Coupon"),
    "medical": T("Medical costs"),
    "lab_test": T("Food sealed and sent for testing"),
}
#: actions that cost money and count towards the approval threshold
MONEY_ACTIONS = ("refund", "coupon", "medical")

APPROVAL_STATES: dict[str, Msg] = {
    "none": T("Not needed"),
    "pending": T("Awaiting approval"),
    "approved": T("Approved"),
    "rejected": T("Rejected"),
}

# ---------------------------------------------------------------------------- the clock

STAGES: dict[str, Msg] = {
    "first_contact": T("First contact"),
    "solution": T("Proposed solution"),
    "investigation": T("Department investigation"),
    "resolution": T("Resolved"),
    "followup": T("Follow-up visit"),
}
#: the stages the SLA policy sets deadlines for (the follow-up window is set separately)
SLA_STAGES = ("first_contact", "solution", "investigation", "resolution")

STATUSES: dict[str, Msg] = {
    "new": T("New"),
    "in_progress": T("In progress"),
    "investigating": T("Under investigation"),
    "waiting": T("Waiting for the customer"),
    "resolved": T("Resolved, follow-up due"),
    "closed": T("Closed"),
}

EVENT_KINDS: dict[str, Msg] = {
    "received": T("Complaint received"),
    "first_contact": T("First contact with the customer"),
    "solution_proposed": T("Solution proposed"),
    "department_notified": T("Department notified"),
    "investigation_done": T("Investigation finished"),
    "waiting": T("Waiting for the customer"),
    "resumed": T("Customer answered, clock running again"),
    "deadline_extended": T("Deadline cannot be met: new time told to the customer"),
    "severity_changed": T("Severity changed"),
    "resolved": T("Resolved"),
    "action": T("Action recorded"),
    "approval": T("Compensation decided"),
    "followup": T("Follow-up attempt"),
    "closed": T("Closed"),
    "supplier": T("Supplier held responsible"),
    "note": T("Note"),
}

# ---------------------------------------------------------------------------- after-sales

FOLLOWUP_METHODS: dict[str, Msg] = {
    "phone": T("Phone"),
    "sms": T("SMS"),
    "online": T("Online"),
}

SURVEY_GROUPS: dict[str, Msg] = {
    "long_term": T("Long-term customer"),
    "new": T("New customer"),
    "complainant": T("Recent complainant"),
}

SURVEY_METHODS: dict[str, Msg] = {
    "phone": T("Phone interview"),
    "online": T("Online questionnaire"),
    "paper": T("Paper questionnaire"),
}

SURVEY_DIMENSIONS: dict[str, Msg] = {
    "food_quality": T("Food quality"),
    "delivery": T("Delivery service"),
    "packaging": T("Packaging"),
    "taste": T("Taste"),
    "price": T("Price"),
    "attitude": T("Staff attitude"),
}


# ---------------------------------------------------------------------------- delivery delays

#: seed 001: force majeure is explained and apologised for; only an internal cause counts
#: against the delivery department and its staff
DELAY_CAUSES: dict[str, Msg] = {
    "force_majeure": T("Force majeure (traffic, weather)"),
    "internal": T("Internal (route planning, vehicle failure)"),
}

#: the delay's cause a root cause implies
DELAY_CAUSE_OF_ROOT = {"traffic": "force_majeure", "weather": "force_majeure", "vehicle_failure": "internal",
                       "route_planning": "internal"}

# ---------------------------------------------------------------------------- inquiries

INQUIRY_CHANNELS: dict[str, Msg] = {
    "phone": T("Phone"),
    "online": T("Online service"),
    "in_person": T("In person"),
    "other": T("Other channel"),
}

INQUIRY_TOPICS: dict[str, Msg] = {
    "menu": T("Menu"),
    "delivery": T("Delivery time or area"),
    "payment": T("Payment"),
    "price": T("Price"),
    "product": T("Product"),
    "other": T("Other"),
}


def label(vocabulary: dict[str, Msg], code: str | None) -> str:
    """The shown label of a code (the code itself when unknown, an empty string for none)."""
    if not code:
        return ""
    found = vocabulary.get(code)
    return str(found) if found is not None else code


def choices(vocabulary: dict[str, Msg]) -> list[tuple[str, str]]:
    """(code, label) pairs in the vocabulary's order, for pickers and report parameters."""
    return [(code, str(text)) for code, text in vocabulary.items()]
