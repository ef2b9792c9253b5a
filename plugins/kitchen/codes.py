"""Codes of the kitchen QA plugin and their labels (translated when shown)."""

from __future__ import annotations

from decimal import Decimal

from suite.plugin_api.i18n import domain

T = domain("kitchen")

EQUIPMENT_KINDS = {
    "fridge": T("Fridge"),
    "freezer": T("Freezer"),
    "cold_room": T("Cold room"),
    "hot_holding": T("Hot-holding unit"),
    "steriliser": T("Sterilising cabinet"),
    "dishwasher": T("Dishwasher"),
}
#: the usual critical limits of each kind (DOMAIN §2), offered when equipment is added
DEFAULT_LIMITS: dict[str, tuple[Decimal | None, Decimal | None]] = {
    "fridge": (Decimal("0"), Decimal("8")),
    "cold_room": (Decimal("0"), Decimal("8")),
    "freezer": (None, Decimal("-12")),
    "hot_holding": (Decimal("60"), None),
    "steriliser": (Decimal("100"), None),
    "dishwasher": (Decimal("70"), None),
}
COLD_KINDS = ("fridge", "cold_room")

TEMPLATE_CODES = {
    "pre_shift": T("Pre-shift checks"),
    "opening": T("Opening checks"),
    "closing": T("Closing checks"),
    "weekly_cleaning": T("Weekly cleaning day"),
    "monthly_inspection": T("Monthly inspection"),
    "custom": T("Other checklist"),
}
ITEM_KINDS = {
    "yes_no": T("Yes / no"),
    "number": T("Number with limits"),
    "temperature": T("Temperature of equipment"),
    "text": T("Free text"),
    "photo": T("Photo or attachment"),
}
SCHEDULE_KINDS = {
    "shift": T("Every shift"),
    "daily": T("Daily"),
    "weekday": T("Weekly"),
    "monthday": T("Monthly"),
}
WEEKDAYS = (T("Monday"), T("Tuesday"), T("Wednesday"), T("Thursday"), T("Friday"), T("Saturday"), T("Sunday"))
RUN_STATUSES = {
    "upcoming": (T("Later today"), "neutral"),
    "due": (T("Due now"), "info"),
    "overdue": (T("Overdue"), "danger"),
    "done": (T("Done"), "success"),
    "done_late": (T("Done late"), "warning"),
    "missed": (T("Missed"), "danger"),
}
MEALS = {
    "breakfast": T("Breakfast"),
    "lunch": T("Lunch"),
    "dinner": T("Dinner"),
    "batch": T("Batch meal"),
    "banquet": T("Banquet / large order"),
}
SYMPTOMS = {
    "fever": T("Fever"),
    "diarrhoea": T("Diarrhoea"),
    "vomiting": T("Vomiting"),
    "jaundice": T("Jaundice"),
    "sore_throat": T("Sore throat"),
    "hand_wound": T("Skin wound or infection on hands"),
}
HEALTH_ACTIONS = {
    "": T("None"),
    "sent_home": T("Sent home"),
    "non_food_work": T("Moved to non-food work"),
}
ANOMALY_KINDS = {
    "foreign_object": T("Foreign object"),
    "odd_smell": T("Odd smell"),
    "spoiled_ingredient": T("Spoiled ingredient"),
    "wrong_procedure": T("Wrong procedure"),
    "equipment_failure": T("Equipment failure"),
    "random_inspection_failed": T("Random dish inspection failed"),
    "other": T("Other"),
}
ANOMALY_EVENTS = {
    "opened": T("Opened"),
    "changed": T("Changed"),
    "closed": T("Closed"),
    "reopened": T("Reopened"),
}
ANOMALY_STATUSES = {"open": (T("Open"), "danger"), "closed": (T("Closed"), "success")}
LOG_KINDS = {
    "cleaning": T("Cleaning"),
    "fault": T("Fault"),
    "maintenance": T("Preventive maintenance"),
}
#: a body temperature from which a food handler has a fever
FEVER_FROM = Decimal("37.3")


def label(table: dict, code) -> str:
    value = table.get(code)
    if value is None:
        return str(code or "")
    if isinstance(value, tuple):
        value = value[0]
    return str(value)
