"""Order desk plugin: hook implementations only (the rules live in services)."""

from __future__ import annotations

from pathlib import Path

from suite.plugin_api import (
    CliCommand,
    DashboardCard,
    DemoData,
    MigrationLocation,
    Page,
    Permission,
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

T = domain("orders")

NAME = "orders"
TITLE = "Order desk"
VERSION = "0.1.0"
API_VERSION = "1.0"
REQUIRES: tuple[str, ...] = ()
OPTIONAL: tuple[str, ...] = ("inventory", "complaints")
DESCRIPTION = "Phone and table orders, dispatch, deliveries, bucket deposits, daily close."
#: the order desk's own hooks (stock check, domain events)
HOOKSPECS = "suite_plugins.orders.hookspecs"

HERE = Path(__file__).resolve().parent
SERVICES = "suite_plugins.orders.services"

# permission ids (the same strings as services.common)
VIEW, CREATE, CANCEL, ADJUST, CHECKOUT = "orders.view", "orders.create", "orders.cancel", "orders.adjust", "orders.checkout"
DISPATCH, VEHICLES, DELIVER, DEPOSITS = "orders.dispatch", "orders.vehicles", "orders.deliver", "orders.deposits"
CATALOG, CLOSE_DAY, REPORTS, IMPORT, CONFIGURE = "orders.catalog", "orders.close_day", "orders.reports", "orders.import", "orders.configure"


@hookimpl
def suite_permissions():
    return [
        Permission(VIEW, T("View orders"), default_roles=("manager", "clerk", "dispatcher", "driver", "kitchen")),
        Permission(CREATE, T("Take and confirm orders"), default_roles=("manager", "clerk")),
        Permission(CANCEL, T("Cancel orders"), default_roles=("manager", "clerk")),
        Permission(ADJUST, T("Adjust delivered orders"), T("Corrections of amounts after delivery."),
                   default_roles=("manager",)),
        Permission(CHECKOUT, T("Check out table orders at the bar"), default_roles=("manager", "clerk")),
        Permission(DISPATCH, T("Plan and dispatch deliveries"), default_roles=("manager", "dispatcher")),
        Permission(VEHICLES, T("Manage vehicles"), default_roles=("manager", "dispatcher")),
        Permission(DELIVER, T("Confirm deliveries"), default_roles=("manager", "dispatcher", "driver")),
        Permission(DEPOSITS, T("Refund and correct bucket deposits"), default_roles=("manager",)),
        Permission(CATALOG, T("Edit the catalogue"), default_roles=("manager",)),
        Permission(CLOSE_DAY, T("Close the day"), T("Cash hand-in and the daily close lock a day."),
                   default_roles=("manager",)),
        Permission(REPORTS, T("Order reports"), default_roles=("manager", "dispatcher", "clerk")),
        Permission(IMPORT, T("Import customers and products"), default_roles=("manager",)),
        Permission(CONFIGURE, T("Configure the order desk"), default_roles=("manager",)),
    ]


@hookimpl
def suite_migration_locations():
    return [MigrationLocation("orders", str(HERE / "migrations"), models=("suite_plugins.orders.models",),
                              table_prefix="orders_")]


@hookimpl
def suite_translation_catalogs():
    return [TranslationCatalog(str(HERE / "i18n"), "orders")]


@hookimpl
def suite_demo_data():
    return [DemoData("orders.demo", "suite_plugins.orders.demo:create", order=20,
                     title=T("Orders: four weeks of orders and deliveries"), weight=60)]


@hookimpl
def suite_dashboard_cards():
    return [
        DashboardCard("orders.today", T("Orders today"), f"{SERVICES}.indicators:card_today", page="orders.list",
                      permission=VIEW, order=10,
                      shows=("orders_orders",)),
        DashboardCard("orders.completion", T("Completion rate"), f"{SERVICES}.indicators:card_completion",
                      page="orders.list", permission=VIEW, order=11,
                      shows=("orders_orders",)),
        DashboardCard("orders.delay", T("Delay rate"), f"{SERVICES}.indicators:card_delay", page="orders.dispatch",
                      permission=VIEW, order=12,
                      shows=("orders_orders",)),
        DashboardCard("orders.cancellation", T("Cancellation rate"), f"{SERVICES}.indicators:card_cancellation",
                      page="orders.list", permission=VIEW, order=13,
                      shows=("orders_orders",)),
    ]


@hookimpl
def suite_staff_metrics():
    drivers = ("delivery",)
    return [
        StaffMetric("orders.deliveries", T("Deliveries"), f"{SERVICES}.indicators:metric_deliveries",
                    unit="count", departments=drivers, description=T("Orders delivered by the driver.")),
        StaffMetric("orders.on_time_rate", T("On-time deliveries"), f"{SERVICES}.indicators:metric_on_time",
                    unit="percent", departments=drivers,
                    description=T("Share of deliveries at or before the promised time.")),
        StaffMetric("orders.buckets", T("Buckets delivered"), f"{SERVICES}.indicators:metric_buckets",
                    unit="count", departments=drivers),
        StaffMetric("orders.amount_collected", T("Amount collected"), f"{SERVICES}.indicators:metric_amount",
                    unit="money", departments=drivers),
        StaffMetric("orders.orders_taken", T("Orders taken"), f"{SERVICES}.indicators:metric_orders_taken",
                    unit="count", departments=("customer_service", "front_of_house"),
                    description=T("Orders the clerk took (not cancelled).")),
    ]


@hookimpl
def suite_search_providers():
    return [SearchProvider("orders", T("Orders"), f"{SERVICES}.queries:search_hits", permission=VIEW)]


@hookimpl
def suite_list_providers():
    from suite.plugin_api import ListProvider

    return [ListProvider(f"orders.{name}", title, f"{SERVICES}.lists:{fn}", permission=VIEW)
            for name, title, fn in (("orders", T("Orders"), "order_list"), ("products", T("Catalogue"), "product_list"),
                                    ("vehicles", T("Vehicles"), "vehicle_list"),
                                    ("deposits", T("Bucket deposits"), "deposit_holders"))]


@hookimpl
def suite_cli_commands():
    return [
        CliCommand("orders-import", T("Import customers or products from CSV or XLSX (order desk)"),
                   run="suite_plugins.orders.cli:import_run", configure="suite_plugins.orders.cli:import_args"),
    ]


REPORTS_MODULE = "suite_plugins.orders.reports"


@hookimpl
def suite_reports():
    day = ReportParam("day", T("Day"), kind="date", default="today")
    return [
        Report("orders.route_sheet", T("Route sheet"), f"{REPORTS_MODULE}:route_sheet",
               params=(day, ReportParam("driver", T("Driver"), kind="staff", required=False,
                                        help=T("Empty: every driver with stops, one after the other."))),
               permission=VIEW, pagesize="A4-landscape",
               description=T("Each driver's stops in order, with buckets, empties, money and a signature box.")),
        Report("orders.deposit_statement", T("Bucket deposit statement"), f"{REPORTS_MODULE}:deposit_statement",
               params=(ReportParam("customer", T("Customer"), kind="customer"),
                       ReportParam("period", T("Period"), kind="date_range", required=False)),
               permission=VIEW, description=T("Buckets out and returned, deposit paid and refunded, balance.")),
        Report("orders.kitchen_ticket", T("Kitchen ticket (80 mm)"), f"{REPORTS_MODULE}:kitchen_ticket",
               params=(ReportParam("order", T("Order number"), kind="text"),), permission=VIEW, pagesize="80mm",
               description=T("Dish names, time and table number, in three copies: kitchen, cashier, table.")),
        Report("orders.kitchen_ticket_a5", T("Kitchen ticket (A5)"), f"{REPORTS_MODULE}:kitchen_ticket",
               params=(ReportParam("order", T("Order number"), kind="text"),), permission=VIEW, pagesize="A5",
               description=T("Dish names, time and table number, in three copies: kitchen, cashier, table.")),
        Report("orders.daily_close", T("Daily close"), f"{REPORTS_MODULE}:daily_close",
               params=(ReportParam("day", T("Day"), kind="date", default="today"),), permission=REPORTS,
               description=T("Orders, money by payment method, drivers' cash, cancellations.")),
        Report("orders.monthly_summary", T("Monthly summary"), f"{REPORTS_MODULE}:monthly_summary",
               params=(ReportParam("month", T("Month"), kind="month", default="this_month"),), permission=REPORTS,
               pagesize="A4-landscape", description=T("Per day and per driver, with money by payment method.")),
    ]


UI = "suite_plugins.orders.ui"
GROUP = T("Orders")


@hookimpl
def suite_pages():
    return [
        Page("orders.desk", T("Order desk"), f"{UI}.desk:OrderDesk", icon="phone", permission=CREATE, group=GROUP,
             order=10, shortcut="F2"),
        Page("orders.list", T("Orders"), f"{UI}.order_list:OrderListPage", icon="orders", permission=VIEW, group=GROUP,
             order=20,
             shows=("orders_orders", "core_customers")),
        Page("orders.dispatch", T("Dispatch board"), f"{UI}.dispatch_board:DispatchBoard", icon="dispatch",
             permission=VIEW, group=GROUP, order=30,
             shows=("orders_orders", "orders_plans", "orders_assignments", "orders_vehicles",
                    "orders_vehicle_checks", "orders_crews")),
        Page("orders.standing", T("Standing orders"), f"{UI}.standing:StandingPage", icon="calendar",
             permission=CREATE, group=GROUP, order=35),
        Page("orders.vehicles", T("Vehicles"), f"{UI}.catalog:VehiclesPage", icon="truck", permission=VEHICLES,
             group=GROUP, order=40,
             shows=("orders_vehicles", "orders_vehicle_checks")),
        Page("orders.catalog", T("Catalogue"), f"{UI}.catalog:CatalogPage", icon="water", permission=VIEW, group=GROUP,
             order=50,
             shows=("orders_products",)),
        Page("orders.deposits", T("Bucket deposits"), f"{UI}.deposits:DepositsPage", icon="water", permission=VIEW,
             group=GROUP, order=60,
             shows=("orders_deposit_ledger",)),
        Page("orders.close", T("Daily close"), f"{UI}.close:ClosePage", icon="calendar", permission=REPORTS,
             group=GROUP, order=70),
        Page("orders.import", T("Import"), f"{UI}.imports:ImportPage", icon="page", permission=IMPORT, group=GROUP,
             order=80),
    ]


@hookimpl
def suite_settings_pages():
    return [SettingsPage("orders.printers", T("Receipt printers"), f"{UI}.printers:PrinterSettings")]


@hookimpl
def suite_setup_steps():
    setup = "suite_plugins.orders.setup"
    return [
        SetupStep("orders.products", T("Products and prices"), f"{setup}:has_products", page="orders.catalog",
                  description=T("What you sell (water, dishes, goods), with its price and bucket deposit."),
                  permission=CATALOG, order=50, can_dismiss=False),
        SetupStep("orders.vehicles", T("Vehicles"), f"{setup}:has_vehicles", page="orders.vehicles",
                  description=T("The vans and bikes that deliver, with their plates and usual departure."),
                  permission=VEHICLES, order=60),
        SetupStep("orders.customers", T("Import customers"), f"{setup}:has_customers", page="orders.import",
                  description=T("Your customer list from Excel (CSV or XLSX), or type the first customer in."),
                  permission=IMPORT, order=80),
    ]
