"""The plugin API: the only part of the suite a plugin imports.

::

    from suite.plugin_api import hookimpl, Page, Permission, Context, ValidationError
    from suite.plugin_api.db import Base, RecordMixin, Money      # models
    from suite.plugin_api.i18n import domain                     # translatable text
    from suite.plugin_api.labels import table_label, column_label # what records and fields are called
    from suite.plugin_api import core                            # customers, staff, settings
    from suite.plugin_api.reports import ReportDocument          # report building (reportlab)
    from suite.plugin_api.ui import LazyTable, RecordForm        # shared widgets (PySide6)

``API_VERSION`` is the version of this contract. A plugin declares the version it was
written for; the host accepts the same major version with an equal or lower minor one.
"""

import importlib
from typing import TYPE_CHECKING

API_VERSION = "1.4"

#: where each public name lives: imported on first use (PEP 562), so that importing one
#: submodule (``suite.plugin_api.errors`` for the log-in window) does not import them all
_EXPORTS = {
    "ANONYMOUS": "context", "SYSTEM_USER": "context", "Context": "context", "CurrentUser": "context",
    "ConflictError": "errors", "NotFound": "errors", "PermissionDenied": "errors", "PluginError": "errors",
    "SuiteError": "errors", "UserError": "errors", "ValidationError": "errors", "check_version": "errors",
    "hookimpl": "hookspecs", "hookspec": "hookspecs",
    "Msg": "i18n", "domain": "i18n",
    "table_label": "labels", "column_label": "labels",
    **{name: "records" for name in (
        "Action", "CardValue", "CliCommand", "DashboardCard", "DemoData", "MigrationLocation", "Page",
        "Permission", "Report", "ReportParam", "SearchHit", "ListProvider", "SearchProvider", "SettingsPage",
        "SetupStep", "StaffMetric", "TranslationCatalog")},
}

if TYPE_CHECKING:  # pragma: no cover - for type checkers and editors
    from suite.plugin_api.context import ANONYMOUS, SYSTEM_USER, Context, CurrentUser
    from suite.plugin_api.errors import (
        ConflictError,
        NotFound,
        PermissionDenied,
        PluginError,
        SuiteError,
        UserError,
        ValidationError,
        check_version,
    )
    from suite.plugin_api.hookspecs import hookimpl, hookspec
    from suite.plugin_api.i18n import Msg, domain
    from suite.plugin_api.labels import column_label, table_label
    from suite.plugin_api.records import (
        Action,
        CardValue,
        CliCommand,
        DashboardCard,
        DemoData,
        ListProvider,
        MigrationLocation,
        Page,
        Permission,
        Report,
        ReportParam,
        SearchHit,
        SearchProvider,
        SettingsPage,
        SetupStep,
        StaffMetric,
        TranslationCatalog,
    )


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


__all__ = [
    "API_VERSION", "ANONYMOUS", "SYSTEM_USER", "Context", "CurrentUser",
    "ConflictError", "NotFound", "PermissionDenied", "PluginError", "SuiteError", "UserError",
    "ValidationError", "check_version", "hookimpl", "hookspec", "Msg", "domain",
    "Action", "CardValue", "CliCommand", "DashboardCard", "DemoData", "MigrationLocation", "Page",
    "Permission", "Report", "ReportParam", "SearchHit", "ListProvider", "SearchProvider", "SettingsPage", "SetupStep",
    "StaffMetric", "TranslationCatalog",
]
