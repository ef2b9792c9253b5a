"""The plugin API: the only part of the suite a plugin imports.

::

    from suite.plugin_api import hookimpl, Page, Permission, Context, ValidationError
    from suite.plugin_api.db import Base, RecordMixin, Money      # models
    from suite.plugin_api.i18n import domain                     # translatable text
    from suite.plugin_api import core                            # customers, staff, settings
    from suite.plugin_api.reports import ReportDocument          # report building (reportlab)
    from suite.plugin_api.ui import LazyTable, RecordForm        # shared widgets (PySide6)

``API_VERSION`` is the version of this contract. A plugin declares the version it was
written for; the host accepts the same major version with an equal or lower minor one.
"""

API_VERSION = "1.3"

from suite.plugin_api.context import ANONYMOUS, SYSTEM_USER, Context, CurrentUser  # noqa: E402
from suite.plugin_api.errors import (  # noqa: E402
    ConflictError,
    NotFound,
    PermissionDenied,
    PluginError,
    SuiteError,
    UserError,
    ValidationError,
    check_version,
)
from suite.plugin_api.hookspecs import hookimpl, hookspec  # noqa: E402
from suite.plugin_api.i18n import Msg, domain  # noqa: E402
from suite.plugin_api.records import (  # noqa: E402
    Action,
    CardValue,
    CliCommand,
    DashboardCard,
    DemoData,
    MigrationLocation,
    Page,
    Permission,
    Report,
    ReportParam,
    SearchHit,
    ListProvider,
    SearchProvider,
    SettingsPage,
    SetupStep,
    StaffMetric,
    TranslationCatalog,
)

__all__ = [
    "API_VERSION", "ANONYMOUS", "SYSTEM_USER", "Context", "CurrentUser",
    "ConflictError", "NotFound", "PermissionDenied", "PluginError", "SuiteError", "UserError",
    "ValidationError", "check_version", "hookimpl", "hookspec", "Msg", "domain",
    "Action", "CardValue", "CliCommand", "DashboardCard", "DemoData", "MigrationLocation", "Page",
    "Permission", "Report", "ReportParam", "SearchHit", "ListProvider", "SearchProvider", "SettingsPage", "SetupStep",
    "StaffMetric", "TranslationCatalog",
]
