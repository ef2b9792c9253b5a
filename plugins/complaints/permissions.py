"""Permission ids of the complaints desk and the roles that get them by default."""

from suite.plugin_api import Permission
from suite.plugin_api.i18n import domain

T = domain("complaints")

VIEW = "complaints.view"
HANDLE = "complaints.handle"
INVESTIGATE = "complaints.investigate"
APPROVE = "complaints.approve"
SURVEYS = "complaints.surveys"
STATISTICS = "complaints.statistics"
CONFIGURE = "complaints.configure"

PERMISSIONS = [
    Permission(VIEW, T("View complaints"), default_roles=("owner", "manager", "clerk", "quality", "dispatcher")),
    Permission(HANDLE, T("Take and handle complaints"),
               T("Intake, first contact, solutions, compensation, follow-up visits and closing."),
               default_roles=("owner", "manager", "clerk")),
    Permission(INVESTIGATE, T("Investigate complaints"),
               T("Record the responsible department's findings: root cause, responsibility, food testing."),
               default_roles=("owner", "manager", "quality", "dispatcher")),
    Permission(APPROVE, T("Approve complaint compensation"),
               T("Compensation above the approval threshold, and refunds larger than the order, wait for this."),
               default_roles=("owner", "manager")),
    Permission(SURVEYS, T("Run satisfaction surveys"), default_roles=("owner", "manager", "clerk")),
    Permission(STATISTICS, T("Complaint statistics and after-sales reports"),
               default_roles=("owner", "manager", "quality")),
    Permission(CONFIGURE, T("Configure complaint deadlines, holidays and approval"), default_roles=("owner", "manager")),
]
