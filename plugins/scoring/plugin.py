"""Performance scoring plugin: hook implementations only (the rules live in services)."""

from __future__ import annotations

from pathlib import Path

from suite.plugin_api import (
    DashboardCard,
    DemoData,
    MigrationLocation,
    Page,
    Report,
    ReportParam,
    SettingsPage,
    TranslationCatalog,
    hookimpl,
)
from suite.plugin_api.i18n import domain
from suite_plugins.scoring import permissions as P

T = domain("scoring")

NAME = "scoring"
TITLE = "Performance scoring"
VERSION = "0.1.0"
API_VERSION = "1.0"
REQUIRES: tuple[str, ...] = ()
OPTIONAL: tuple[str, ...] = ("orders", "complaints", "kitchen")
DESCRIPTION = "Point rules, chat reviews, attendance and house rules, KPIs, templates, month close, assessments."

HERE = Path(__file__).resolve().parent
M = "suite_plugins.scoring"


@hookimpl
def suite_permissions():
    return list(P.PERMISSIONS)


@hookimpl
def suite_migration_locations():
    return [MigrationLocation("scoring", str(HERE / "migrations"), models=(f"{M}.models",), table_prefix="perf_")]


@hookimpl
def suite_translation_catalogs():
    return [TranslationCatalog(str(HERE / "i18n"), "scoring")]


@hookimpl
def suite_database_ready(ctx):
    from suite_plugins.scoring.services import rules, templates

    rules.ensure_defaults(ctx)
    templates.ensure_default(ctx)


@hookimpl
def suite_dashboard_cards():
    return [DashboardCard("scoring.leaderboard", T("Leaderboard (last month)"), f"{M}.services.cards:leaderboard_card",
                          page="scoring.sheet", permission=P.VIEW, order=60)]


def _staff_choices(ctx):
    from suite.plugin_api import core

    return [("all", T("Everyone")), *((str(p.id), p.name) for p in core.list_staff(ctx))]


def _department_choices(ctx):
    from suite.plugin_api import core

    return [("", T("Whole office")), *((d.code or str(d.id), d.name) for d in core.list_departments(ctx))]


@hookimpl
def suite_reports():
    month = ReportParam("month", T("Month"), kind="month", default="last_month")
    return [
        Report("scoring.assessment", T("Monthly assessment"), f"{M}.reports.assessment:assessment",
               params=(month,
                       ReportParam("staff", T("Employee"), kind="choice", default="all", choices=f"{M}.plugin:_staff_choices",
                                   help=T("all: every employee in scope, one page each.")),
                       ReportParam("department", T("Department"), kind="choice", required=False, default="",
                                   choices=f"{M}.plugin:_department_choices")),
               permission=P.OWN,
               description=T("One page per employee: KPIs, points ledger, attendance, final score, grade, "
                             "bonus and deductions, comment, signatures.")),
        Report("scoring.summary", T("Department assessment summary"), f"{M}.reports.assessment:summary",
               params=(month, ReportParam("department", T("Department"), kind="choice", required=False, default="",
                                          choices=f"{M}.plugin:_department_choices")),
               permission=P.VIEW,
               description=T("Ranking of the month and the distribution of the final scores.")),
    ]


GROUP = T("Performance")


@hookimpl
def suite_pages():
    return [
        Page("scoring.sheet", T("Month sheet"), f"{M}.ui.sheet:SheetPage", icon="scoring", permission=P.OWN,
             group=GROUP, order=10),
        Page("scoring.person", T("A person's month"), f"{M}.ui.person:PersonPage", icon="staff", permission=P.OWN,
             group=GROUP, order=20),
        Page("scoring.reviews", T("Chat reviews"), f"{M}.ui.reviews:ReviewPage", icon="page", permission=P.REVIEW,
             group=GROUP, order=30),
        Page("scoring.attendance", T("Leave and absence"), f"{M}.ui.attendance:AttendancePage", icon="calendar",
             permission=P.OWN, group=GROUP, order=40),
        Page("scoring.rules", T("Point rules"), f"{M}.ui.rules:RulesPage", icon="settings", permission=P.MANAGE,
             group=GROUP, order=50),
        Page("scoring.templates", T("Assessment templates"), f"{M}.ui.templates:TemplatesPage", icon="reports",
             permission=P.MANAGE, group=GROUP, order=60),
    ]


@hookimpl
def suite_demo_data():
    return [DemoData("scoring.demo", f"{M}.demo:create", order=80, title=T("Scoring: rules and the month"), weight=1)]


# ------------------------------------------------------------------ domain events (noted only)

@hookimpl(optionalhook=True)
def suite_order_did_deliver(ctx, session, order_id):
    from suite_plugins.scoring.services import events

    events.order("suite_order_did_deliver", ctx, session, order_id)


@hookimpl(optionalhook=True)
def suite_order_did_complete(ctx, session, order_id):
    from suite_plugins.scoring.services import events

    events.order("suite_order_did_complete", ctx, session, order_id)


@hookimpl(optionalhook=True)
def suite_order_did_cancel(ctx, session, order_id):
    from suite_plugins.scoring.services import events

    events.order("suite_order_did_cancel", ctx, session, order_id)


@hookimpl(optionalhook=True)
def suite_complaint_did_open(ctx, session, complaint_id):
    from suite_plugins.scoring.services import events

    events.complaint("suite_complaint_did_open", ctx, session, complaint_id)


@hookimpl(optionalhook=True)
def suite_complaint_did_close(ctx, session, complaint_id):
    from suite_plugins.scoring.services import events

    events.complaint("suite_complaint_did_close", ctx, session, complaint_id)


@hookimpl
def suite_settings_pages():
    return [SettingsPage("scoring.settings", T("Performance scoring"), f"{M}.ui.settings:ScoringSettings",
                         permission=P.MANAGE)]
