"""Permission ids of performance scoring and the roles that get them by default."""

from suite.plugin_api import Permission
from suite.plugin_api.i18n import domain

T = domain("scoring")

OWN = "scoring.own"
VIEW = "scoring.view"
REVIEW = "scoring.review"
MANAGE = "scoring.manage"
MONEY = "scoring.money"

_EVERYONE = ("owner", "manager", "clerk", "dispatcher", "kitchen", "quality", "storekeeper", "driver")

PERMISSIONS = [
    Permission(OWN, T("See my own monthly assessment"), default_roles=_EVERYONE),
    Permission(VIEW, T("View every employee's assessment"), default_roles=("owner", "manager")),
    Permission(REVIEW, T("Review chat records, approve leave, record absences"),
               default_roles=("owner", "manager")),
    Permission(MANAGE, T("Edit point rules, templates and adjustments; close months"),
               default_roles=("owner", "manager")),
    Permission(MONEY, T("See wages, bonuses and deductions"),
               T("Money figures are confidential: everyone else sees them masked."),
               default_roles=("owner", "manager")),
]
