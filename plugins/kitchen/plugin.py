"""Kitchen QA plugin: hook implementations only (the rules live in services)."""

from __future__ import annotations

from pathlib import Path

from suite.plugin_api import (
    DashboardCard,
    DemoData,
    MigrationLocation,
    Page,
    Report,
    ReportParam,
    SearchProvider,
    SettingsPage,
    StaffMetric,
    TranslationCatalog,
    hookimpl,
)
from suite.plugin_api.i18n import domain
from suite_plugins.kitchen import permissions as P

T = domain("kitchen")

NAME = "kitchen"
TITLE = "Kitchen QA"
VERSION = "0.1.0"
API_VERSION = "1.0"
REQUIRES: tuple[str, ...] = ()
OPTIONAL: tuple[str, ...] = ("inventory", "complaints")
DESCRIPTION = ("Scheduled checklists, temperatures with corrective actions, food samples, morning health checks, "
               "anomalies, cleaning and maintenance, daily sign-off, inspector reports.")
HOOKSPECS = "suite_plugins.kitchen.hookspecs"

HERE = Path(__file__).resolve().parent
M = "suite_plugins.kitchen"


@hookimpl
def suite_permissions():
    return list(P.PERMISSIONS)


@hookimpl
def suite_migration_locations():
    return [MigrationLocation("kitchen", str(HERE / "migrations"), models=(f"{M}.models",), table_prefix="qa_")]


@hookimpl
def suite_translation_catalogs():
    return [TranslationCatalog(str(HERE / "i18n"), "kitchen")]


@hookimpl
def suite_database_ready(ctx):
    from suite_plugins.kitchen.services import templates

    templates.ensure_defaults(ctx)


@hookimpl
def suite_dashboard_cards():
    return [
        DashboardCard("kitchen.runs", T("Kitchen checklists today"), f"{M}.ui.day:runs_card",
                      page="kitchen.day", permission=P.VIEW, order=40,
                      shows=("qa_runs",)),
        DashboardCard("kitchen.out_of_range", T("Temperatures out of range today"),
                      f"{M}.services.cards:out_of_range_card", page="kitchen.temperatures", permission=P.VIEW, order=41,
                      shows=("qa_readings",)),
        DashboardCard("kitchen.samples", T("Food samples to dispose of"), f"{M}.services.cards:samples_card",
                      page="kitchen.samples", permission=P.VIEW, order=42,
                      shows=("qa_samples",)),
        DashboardCard("kitchen.certificates", T("Health certificates expiring"),
                      f"{M}.services.cards:certificates_card", page="kitchen.health", permission=P.VIEW, order=43,
                      shows=("qa_certificates",)),
    ]


@hookimpl
def suite_search_providers():
    return [SearchProvider("kitchen", T("Kitchen"), f"{M}.services.search:search", permission=P.VIEW)]


@hookimpl
def suite_staff_metrics():
    return [
        StaffMetric("kitchen.runs_on_time", T("Checklists done on time"), f"{M}.services.metrics:runs_on_time",
                    unit="count", better="higher", departments=("production", "quality"),
                    description=T("Checklist runs the person recorded within their time window.")),
        StaffMetric("kitchen.health_checks_missed", T("Morning health checks missed"),
                    f"{M}.services.metrics:health_checks_missed", unit="count", better="lower",
                    departments=("production",),
                    description=T("Working days of the kitchen on which the person had no morning health check.")),
        StaffMetric("kitchen.anomalies", T("Kitchen anomalies attributed"), f"{M}.services.metrics:anomalies_attributed",
                    unit="count", better="lower",
                    description=T("Kitchen anomalies of the period naming the person as responsible.")),
    ]


@hookimpl
def suite_demo_data():
    # late: after the inventory's demo stock, so an anomaly can be traced to one of its batches
    return [DemoData("kitchen.demo", f"{M}.demo:create", order=90, title=T("Kitchen QA: two months of checks"), weight=4.5)]


@hookimpl
def suite_reports():
    return [
        Report("kitchen.inspector_pack", T("Kitchen records for the inspector"), f"{M}.reports.kitchen:inspector_pack",
               params=(ReportParam("period", T("Period"), kind="date_range", default="last_7_days"),),
               permission=P.VIEW, pagesize="A4-landscape",
               description=T("Every kitchen record of a date range, day by day: checklists, temperatures with "
                             "corrective actions, samples, health checks, anomalies, sign-off and amendments.")),
        Report("kitchen.monthly", T("Monthly kitchen summary"), f"{M}.reports.kitchen:monthly",
               params=(ReportParam("month", T("Month"), kind="month", default="last_month"),),
               permission=P.VIEW,
               description=T("On-time checklists, out-of-range readings per equipment, anomalies by kind.")),
        Report("kitchen.daily_sheet", T("Blank daily kitchen sheet"), f"{M}.reports.kitchen:daily_sheet",
               params=(ReportParam("day", T("Day"), kind="date", default="today"),),
               permission=P.VIEW,
               description=T("The paper fall-back: the day's checklists, the temperature grid with each "
                             "equipment's limits, sample rows and the staff health-check rows.")),
        Report("kitchen.sample_labels", T("Food sample labels"), f"{M}.reports.kitchen:sample_labels",
               params=(ReportParam("day", T("Day"), kind="date", default="today"),),
               permission=P.VIEW, description=T("A label for every food sample of a day: dish, meal, date and "
                                                "time, who, keep until.")),
    ]


GROUP = T("Kitchen")


@hookimpl
def suite_pages():
    return [
        Page("kitchen.day", T("Kitchen day"), f"{M}.ui.day:KitchenDayPage", icon="kitchen", permission=P.VIEW,
             group=GROUP, order=10, shortcut="F8"),
        Page("kitchen.temperatures", T("Temperatures"), f"{M}.ui.temperatures:TemperaturesPage", icon="chart",
             permission=P.VIEW, group=GROUP, order=20),
        Page("kitchen.samples", T("Food samples"), f"{M}.ui.samples:SamplesPage", icon="list", permission=P.VIEW,
             group=GROUP, order=30,
             shows=("qa_samples",)),
        Page("kitchen.health", T("Health checks"), f"{M}.ui.health:HealthPage", icon="staff", permission=P.VIEW,
             group=GROUP, order=40),
        Page("kitchen.anomalies", T("Kitchen anomalies"), f"{M}.ui.anomalies:AnomaliesPage", icon="complaints",
             permission=P.VIEW, group=GROUP, order=50,
             shows=("qa_anomalies",)),
        Page("kitchen.log", T("Cleaning and maintenance"), f"{M}.ui.logbook:LogbookPage", icon="settings",
             permission=P.VIEW, group=GROUP, order=55),
        Page("kitchen.signoff", T("Day sign-off"), f"{M}.ui.signoff:SignOffPage", icon="reports", permission=P.VIEW,
             group=GROUP, order=60),
        Page("kitchen.setup", T("Equipment and checklists"), f"{M}.ui.setup:SetupPage", icon="settings",
             permission=P.MANAGE, group=GROUP, order=70),
    ]


@hookimpl
def suite_settings_pages():
    return [SettingsPage("kitchen.settings", T("Kitchen"), f"{M}.ui.settings:KitchenSettings", permission=P.MANAGE)]
