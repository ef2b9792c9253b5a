"""Permission ids of the core, and the built-in roles."""

from suite.plugin_api.i18n import domain
from suite.plugin_api.records import Permission

T = domain("core")

USERS_MANAGE = "users.manage"
STAFF_VIEW = "staff.view"
STAFF_MANAGE = "staff.manage"
CUSTOMERS_VIEW = "customers.view"
CUSTOMERS_EDIT = "customers.edit"
CUSTOMERS_VIEW_PII = "customers.view_pii"
CUSTOMERS_EXPORT = "customers.export"
AREAS_MANAGE = "areas.manage"
COMPANY_MANAGE = "company.manage"
PLUGINS_MANAGE = "plugins.manage"
AUDIT_VIEW = "audit.view"
BACKUP_MANAGE = "backup.manage"
SETTINGS_MANAGE = "settings.manage"

BUILTIN_ROLES: dict[str, object] = {
    "owner": T("Owner"),
    "manager": T("Manager"),
    "clerk": T("Order clerk / customer service"),
    "dispatcher": T("Dispatcher"),
    "kitchen": T("Kitchen"),
    "quality": T("Quality control"),
    "storekeeper": T("Storekeeper"),
    "purchaser": T("Purchaser"),
    "driver": T("Driver"),
}

BUILTIN_DEPARTMENTS: dict[str, object] = {
    "production": T("Production / kitchen"),
    "purchasing": T("Purchasing"),
    "delivery": T("Delivery"),
    "quality": T("Quality control"),
    "customer_service": T("Customer service"),
    "front_of_house": T("Front of house"),
}

_ALL_OFFICE = ("manager", "clerk", "dispatcher", "kitchen", "quality", "storekeeper", "purchaser", "driver")

CORE_PERMISSIONS = [
    Permission(USERS_MANAGE, T("Manage users and roles"), default_roles=("owner",)),
    Permission(STAFF_VIEW, T("View staff"), default_roles=("owner", *_ALL_OFFICE)),
    Permission(STAFF_MANAGE, T("Manage staff and departments"), default_roles=("owner", "manager")),
    Permission(CUSTOMERS_VIEW, T("View customers"), default_roles=("owner", "manager", "clerk", "dispatcher", "driver")),
    Permission(CUSTOMERS_EDIT, T("Create and edit customers"), default_roles=("owner", "manager", "clerk")),
    Permission(
        CUSTOMERS_VIEW_PII,
        T("See customers' phone numbers and addresses"),
        T("Without it, phone numbers and addresses are masked."),
        default_roles=("owner", "manager", "clerk", "dispatcher", "driver"),
    ),
    Permission(CUSTOMERS_EXPORT, T("Export customer lists"), default_roles=("owner", "manager")),
    Permission(AREAS_MANAGE, T("Manage delivery areas"), default_roles=("owner", "manager", "dispatcher")),
    Permission(COMPANY_MANAGE, T("Edit company details"), default_roles=("owner", "manager")),
    Permission(PLUGINS_MANAGE, T("Enable and disable plugins"), default_roles=("owner",)),
    Permission(AUDIT_VIEW, T("Read the audit log"), default_roles=("owner", "manager")),
    Permission(BACKUP_MANAGE, T("Back up and restore"), default_roles=("owner", "manager")),
    Permission(SETTINGS_MANAGE, T("Change office-wide settings"), default_roles=("owner", "manager")),
]
