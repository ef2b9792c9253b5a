"""Permission ids of the kitchen QA plugin and the roles that get them by default."""

from suite.plugin_api import Permission
from suite.plugin_api.i18n import domain

T = domain("kitchen")

VIEW = "kitchen.view"
RECORD = "kitchen.record"
SIGN = "kitchen.sign"
MANAGE = "kitchen.manage"

PERMISSIONS = [
    Permission(VIEW, T("View kitchen records"), default_roles=("owner", "manager", "kitchen", "quality")),
    Permission(RECORD, T("Record kitchen checks"),
               T("Checklists, temperatures, food samples, health checks, anomalies, cleaning and maintenance."),
               default_roles=("owner", "manager", "kitchen", "quality")),
    Permission(SIGN, T("Sign kitchen days"),
               T("Review and sign a day; amend a signed day with a reason."),
               default_roles=("owner", "manager", "quality")),
    Permission(MANAGE, T("Manage kitchen templates and limits"),
               T("Equipment and its critical limits, checklist templates and schedules, sample settings."),
               default_roles=("owner", "manager", "quality")),
]
