"""The core's own contributions, declared exactly as a plugin declares its own."""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path

from suite.core.permissions import CORE_PERMISSIONS
from suite.core import permissions as P
from suite.plugin_api import (
    DemoData,
    MigrationLocation,
    Page,
    Report,
    ReportParam,
    SearchProvider,
    SetupStep,
    TranslationCatalog,
    hookimpl,
)
from suite.plugin_api.i18n import domain

T = domain("core")

NAME = "core"
TITLE = "Core (customers, staff, administration)"
VERSION = "0.1.0"
API_VERSION = "1.0"
REQUIRES: tuple[str, ...] = ()
OPTIONAL: tuple[str, ...] = ()


def package_dir(package: str) -> Path:
    spec = find_spec(package)
    assert spec is not None and spec.submodule_search_locations, package
    return Path(list(spec.submodule_search_locations)[0])


@hookimpl
def suite_permissions():
    return list(CORE_PERMISSIONS)


@hookimpl
def suite_migration_locations():
    return [
        MigrationLocation(
            "core",
            str(package_dir("suite.core_migrations") / "versions"),
            models=("suite.core.models",),
            table_prefix="core_",
        )
    ]


@hookimpl
def suite_translation_catalogs():
    return [TranslationCatalog(str(package_dir("suite.resources") / "i18n"), "suite")]


@hookimpl
def suite_demo_data():
    return [DemoData("core.demo", "suite.core.demo:create", order=0, title=T("Customers, staff and logins"), weight=3)]


# ---------------------------------------------------------------------------- the shell's pages
# Admin pages live in suite.ui.admin (imported only when a page is first opened).

ADMIN = T("Administration")


@hookimpl
def suite_pages():
    return [
        Page("core.customers", T("Customers"), "suite.ui.admin.customers:CustomersPage", icon="customers",
             permission=P.CUSTOMERS_VIEW, group=T("Customers"), order=10,
             shows=("core_customers", "core_areas")),
        Page("core.areas", T("Delivery areas"), "suite.ui.admin.areas:AreasPage", icon="areas",
             permission=P.CUSTOMERS_VIEW, group=T("Customers"), order=20,
             shows=("core_areas",)),
        Page("core.staff", T("Staff and departments"), "suite.ui.admin.staff:StaffPage", icon="staff",
             permission=P.STAFF_VIEW, group=ADMIN, order=900,
             shows=("core_staff", "core_departments")),
        Page("core.users", T("Users and roles"), "suite.ui.admin.users:UsersPage", icon="users",
             permission=P.USERS_MANAGE, group=ADMIN, order=910,
             shows=("core_users", "core_roles")),
        Page("core.company", T("Company"), "suite.ui.admin.company:CompanyPage", icon="company",
             permission=P.COMPANY_MANAGE, group=ADMIN, order=920),
        Page("core.plugins", T("Plugins"), "suite.ui.admin.plugins:PluginsPage", icon="plugins",
             permission=P.PLUGINS_MANAGE, group=ADMIN, order=930),
        Page("core.audit", T("Audit log"), "suite.ui.admin.audit:AuditPage", icon="audit",
             permission=P.AUDIT_VIEW, group=ADMIN, order=940,
             shows=("core_audit_log",)),
        Page("core.backup", T("Backup"), "suite.ui.admin.backup:BackupPage", icon="backup",
             permission=P.BACKUP_MANAGE, group=ADMIN, order=950),
    ]


# the set-up checklist's core steps; whether each is done is computed in suite.core.setup
S = "suite.core.setup"
CORE_STEPS = [
    SetupStep("core.letterhead", T("Letterhead: address, phone and logo"), f"{S}:letterhead_done", page="core.company",
              description=T("Printed at the top of every report, receipt and statement."),
              permission=P.COMPANY_MANAGE, order=10, can_dismiss=False),
    SetupStep("core.areas", T("Delivery areas"), f"{S}:areas_done", page="core.areas",
              description=T("The parts of town you deliver to, their streets and estates, and the travel minutes."),
              permission=P.AREAS_MANAGE, order=20),
    SetupStep("core.staff", T("Staff and departments"), f"{S}:staff_done", page="core.staff",
              description=T("Who works here and in which department: drivers, clerks, the kitchen."),
              permission=P.STAFF_MANAGE, order=30),
    SetupStep("core.logins", T("Logins for your staff"), f"{S}:logins_done", page="core.users",
              description=T("An account for each person who uses the suite, linked to their staff record."),
              permission=P.USERS_MANAGE, order=40),
]




@hookimpl
def suite_setup_steps():
    return list(CORE_STEPS)


@hookimpl
def suite_search_providers():
    return [SearchProvider("core.customers", T("Customers"), "suite.core.search:search_customers",
                           permission=P.CUSTOMERS_VIEW)]


@hookimpl
def suite_list_providers():
    from suite.plugin_api import ListProvider

    return [
        ListProvider("core.customers", T("Customers"), "suite.core.lists:customer_list", permission=P.CUSTOMERS_VIEW),
        ListProvider("core.staff", T("Staff"), "suite.core.lists:staff_list", permission=P.STAFF_VIEW),
        ListProvider("core.users", T("Users"), "suite.core.lists:user_list", permission=P.USERS_MANAGE),
        ListProvider("core.audit", T("Audit log"), "suite.core.lists:audit_list", permission=P.AUDIT_VIEW),
    ]


# ---------------------------------------------------------------------------- the shell's report


@hookimpl
def suite_reports():
    return [
        Report(
            "core.audit_extract",
            T("Audit log extract"),
            "suite.core.reports:audit_extract",
            params=(
                ReportParam("start", T("From"), kind="date"),
                ReportParam("end", T("To (inclusive)"), kind="date"),
                ReportParam("user", T("User"), kind="text", required=False),
                ReportParam("table", T("Table"), kind="text", required=False),
            ),
            permission=P.AUDIT_VIEW,
            pagesize="A4-landscape",
        )
    ]
