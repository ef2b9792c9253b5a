"""Complaints plugin: hook implementations only (the rules live in services)."""

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
    SetupStep,
    StaffMetric,
    TranslationCatalog,
    hookimpl,
)
from suite.plugin_api.i18n import domain
from suite_plugins.complaints import permissions as P

T = domain("complaints")

NAME = "complaints"
TITLE = "Complaints and after-sales"
VERSION = "0.1.0"
API_VERSION = "1.0"
REQUIRES: tuple[str, ...] = ("orders",)
OPTIONAL: tuple[str, ...] = ("inventory", "kitchen")
DESCRIPTION = ("Intake, severity and SLA clocks, responsibility, compensation, follow-up, surveys, statistics, "
               "customer inquiries.")
#: the hooks this plugin declares for others (domain events, the supplier link)
HOOKSPECS = "suite_plugins.complaints.hookspecs"

HERE = Path(__file__).resolve().parent
M = "suite_plugins.complaints"


@hookimpl
def suite_permissions():
    return list(P.PERMISSIONS)


@hookimpl
def suite_migration_locations():
    return [MigrationLocation("complaints", str(HERE / "migrations"), models=(f"{M}.models",), table_prefix="cmp_")]


@hookimpl
def suite_translation_catalogs():
    return [TranslationCatalog(str(HERE / "i18n"), "complaints")]


@hookimpl
def suite_database_ready(ctx):
    from suite_plugins.complaints.services import policies

    policies.ensure_defaults(ctx)


@hookimpl
def suite_customer_facts(ctx, customer_id):
    from suite_plugins.complaints.services import queries

    return queries.customer_facts(ctx, customer_id)


@hookimpl
def suite_dashboard_cards():
    return [
        DashboardCard("complaints.open", T("Open complaints"), f"{M}.services.cards:open_card",
                      page="complaints.list", permission=P.VIEW, order=30,
                      shows=("cmp_complaints",)),
        DashboardCard("complaints.deadlines", T("Complaint deadlines"), f"{M}.ui.reminders:deadline_card",
                      page="complaints.list", permission=P.VIEW, order=31,
                      shows=("cmp_complaints",)),
        DashboardCard("complaints.approvals", T("Compensation awaiting approval"), f"{M}.services.cards:approval_card",
                      page="complaints.list", permission=P.APPROVE, order=32,
                      shows=("cmp_complaints", "cmp_actions")),
        DashboardCard("complaints.inquiries", T("Customer inquiries"), f"{M}.ui.reminders:inquiry_card",
                      page="complaints.inquiries", permission=P.VIEW, order=33,
                      shows=("cmp_inquiries",)),
        DashboardCard("complaints.holidays", T("Holiday calendar"), f"{M}.services.cards:holiday_card",
                      permission=P.CONFIGURE, order=34),
    ]


@hookimpl
def suite_search_providers():
    return [SearchProvider("complaints", T("Complaints"), f"{M}.services.queries:search", permission=P.VIEW)]


@hookimpl
def suite_list_providers():
    from suite.plugin_api import ListProvider

    return [ListProvider("complaints.list", T("Complaints"), f"{M}.services.queries:complaint_list",
                         permission=P.VIEW)]


@hookimpl
def suite_staff_metrics():
    return [
        StaffMetric("complaints.attributed", T("Complaints naming the person"), f"{M}.services.metrics:attributed",
                    unit="count", better="lower",
                    description=T("Complaints received in the period that name the person as involved or responsible.")),
        StaffMetric("complaints.substantiated", T("Substantiated complaints"), f"{M}.services.metrics:substantiated",
                    unit="count", better="lower",
                    description=T("Complaints received in the period found justified, with the person responsible.")),
        StaffMetric("complaints.handler_sla", T("Complaint deadlines met"), f"{M}.services.metrics:handler_sla",
                    unit="percent", better="higher", departments=("customer_service",),
                    description=T("Share of deadlines met (first contact, solution, resolution) on the cases "
                                  "the person handled, received in the period.")),
        StaffMetric("complaints.handler_satisfaction", T("Follow-up satisfaction"),
                    f"{M}.services.metrics:handler_satisfaction", unit="score", better="higher",
                    departments=("customer_service",),
                    description=T("Average satisfaction (1-5) at the follow-up visit of the cases the person handled.")),
        StaffMetric("complaints.inquiries_on_time", T("Inquiries answered on time"),
                    f"{M}.services.inquiries:answered_on_time", unit="percent", better="higher",
                    departments=("customer_service",),
                    description=T("Share of the customer inquiries the person answered (received in the period) "
                                  "that were answered within the reply deadline.")),
    ]


@hookimpl
def suite_demo_data():
    return [DemoData("complaints.demo", f"{M}.demo:create", order=50, title=T("Complaints: cases and follow-ups"),
                     weight=17)]


def _this_year(ctx) -> int:
    return ctx.today().year


@hookimpl
def suite_reports():
    return [
        Report("complaints.monthly", T("After-sales analysis report (month)"), f"{M}.reports.after_sales:monthly",
               params=(ReportParam("month", T("Month"), kind="month", default="last_month"),),
               permission=P.STATISTICS,
               description=T("Complaints of a month: categories, responsibility, causes, timeliness, "
                             "compensation, satisfaction, improvement measures.")),
        Report("complaints.yearly", T("After-sales analysis report (year)"), f"{M}.reports.after_sales:yearly",
               params=(ReportParam("year", T("Year"), kind="int", default=_this_year),),
               permission=P.STATISTICS,
               description=T("The same analysis over a whole year, month by month.")),
    ]


GROUP = T("After-sales")


@hookimpl
def suite_pages():
    return [
        Page("complaints.list", T("Complaints"), f"{M}.ui.page:ComplaintsPage", icon="complaints",
             permission=P.VIEW, group=GROUP, order=10, shortcut="F7"),
        Page("complaints.inquiries", T("Customer inquiries"), f"{M}.ui.inquiries:InquiriesPage", icon="complaints",
             permission=P.VIEW, group=GROUP, order=15),
        Page("complaints.statistics", T("After-sales statistics"), f"{M}.ui.statistics:StatisticsPage", icon="chart",
             permission=P.STATISTICS, group=GROUP, order=20),
        Page("complaints.surveys", T("Satisfaction surveys"), f"{M}.ui.surveys:SurveysPage", icon="reports",
             permission=P.VIEW, group=GROUP, order=30),
    ]


@hookimpl
def suite_settings_pages():
    return [SettingsPage("complaints.settings", T("Complaint deadlines"), f"{M}.ui.settings:ComplaintSettings",
                         permission=P.CONFIGURE)]


@hookimpl
def suite_setup_steps():
    return [SetupStep("complaints.hours", T("Office hours"), f"{M}.setup:hours_saved",
                      settings_page="complaints.settings",
                      description=T("When the office is open, for the complaint and inquiry deadlines."),
                      permission=P.CONFIGURE, order=70)]
