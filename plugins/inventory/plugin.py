"""Inventory and suppliers plugin: hook implementations only (the rules live in services)."""

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
from suite_plugins.inventory import permissions as P

T = domain("inventory")

NAME = "inventory"
TITLE = "Inventory and suppliers"
VERSION = "0.1.0"
API_VERSION = "1.0"
REQUIRES: tuple[str, ...] = ()
OPTIONAL: tuple[str, ...] = ("orders", "complaints", "kitchen")
DESCRIPTION = ("Stock ledger, batches with expiry and FEFO, receipts with inspection, stocktake, reorder, "
               "water buckets, recipes, supplier licences and scorecards, traceability.")
#: the hooks this plugin declares for others (domain events)
HOOKSPECS = "suite_plugins.inventory.hookspecs"

HERE = Path(__file__).resolve().parent
M = "suite_plugins.inventory"


@hookimpl
def suite_permissions():
    return list(P.PERMISSIONS)


@hookimpl
def suite_migration_locations():
    return [MigrationLocation("inventory", str(HERE / "migrations"), models=(f"{M}.models",), table_prefix="inv_")]


@hookimpl
def suite_translation_catalogs():
    return [TranslationCatalog(str(HERE / "i18n"), "inventory")]


@hookimpl
def suite_database_ready(ctx):
    from suite_plugins.inventory.services import scorecard

    scorecard.ensure_defaults(ctx)


# ------------------------------------------------------------------ the order desk

@hookimpl(optionalhook=True)
def suite_orders_check_stock(ctx, items):
    from suite_plugins.inventory.services import orders_link

    return orders_link.check_stock(ctx, items)


@hookimpl(optionalhook=True)
def suite_order_did_deliver(ctx, session, order_id):
    from suite_plugins.inventory.services import orders_link

    orders_link.on_deliver(ctx, session, order_id)


@hookimpl(optionalhook=True)
def suite_order_did_complete(ctx, session, order_id):
    from suite_plugins.inventory.services import orders_link

    orders_link.on_complete(ctx, session, order_id)


# ------------------------------------------------------------------ complaints

@hookimpl(optionalhook=True)
def suite_complaints_suppliers(ctx):
    from suite_plugins.inventory.services import suppliers

    return [(v.id, v.name) for v in suppliers.suppliers(ctx.as_system())]


@hookimpl(optionalhook=True)
def suite_complaint_did_name_supplier(ctx, session, complaint_id, supplier_id):
    from suite_plugins.inventory.services import scorecard

    scorecard.record_complaint(ctx, session, complaint_id, supplier_id)


# ------------------------------------------------------------------ contributions

@hookimpl
def suite_dashboard_cards():
    q = f"{M}.services.queries"
    return [
        DashboardCard("inventory.reorder", T("Below reorder point"), f"{q}:reorder_card", page="inventory.reorder",
                      permission=P.VIEW, order=40,
                      shows=("inv_balances", "inv_items")),
        DashboardCard("inventory.expiring", T("Expiring soon"), f"{q}:expiring_card", page="inventory.batches",
                      permission=P.VIEW, order=41,
                      shows=("inv_batches",)),
        DashboardCard("inventory.unqualified", T("Unqualified suppliers"), f"{q}:unqualified_card",
                      page="inventory.suppliers", permission=P.VIEW, order=42,
                      shows=("inv_suppliers", "inv_licences")),
        DashboardCard("inventory.value", T("Stock value"), f"{q}:value_card", page="inventory.balances",
                      permission=P.COSTS, order=43,
                      shows=("inv_balances",)),
    ]


@hookimpl
def suite_search_providers():
    q = f"{M}.services.queries"
    return [SearchProvider("inventory.items", T("Stock items"), f"{q}:search_items", permission=P.VIEW),
            SearchProvider("inventory.batches", T("Batches"), f"{q}:search_batches", permission=P.VIEW),
            SearchProvider("inventory.suppliers", T("Suppliers"), f"{q}:search_suppliers", permission=P.VIEW)]


@hookimpl
def suite_staff_metrics():
    q = f"{M}.services.queries"
    return [
        StaffMetric("inventory.stocktake_differences", T("Stocktake differences"), f"{q}:stocktake_differences",
                    unit="money", better="lower", departments=("purchasing",),
                    description=T("Value of the differences (counted against expected, either way) of the "
                                  "stocktakes the person counted and that were posted in the period.")),
        StaffMetric("inventory.waste_value", T("Waste written off"), f"{q}:waste_value", unit="money",
                    better="lower", departments=("purchasing", "production"),
                    description=T("Value of the stock the person wrote off as waste or spoilage in the period.")),
    ]


@hookimpl
def suite_demo_data():
    return [DemoData("inventory.demo", f"{M}.demo:create", order=60, title=T("Inventory: stock, receipts and sales"),
                     weight=20)]


@hookimpl
def suite_reports():
    r = f"{M}.reports.documents"
    return [
        Report("inventory.count_sheet", T("Stocktake count sheet"), f"{r}:count_sheet",
               params=(ReportParam("stocktake_id", T("Stocktake no."), kind="int"),),
               permission=P.VIEW, description=T("Item, batch, expiry and a blank count column for one location.")),
        Report("inventory.purchase_order", T("Purchase order"), f"{r}:purchase_order",
               params=(ReportParam("po_id", T("Purchase order id"), kind="int"),), permission=P.VIEW),
        Report("inventory.scorecard", T("Supplier scorecards and ranking"), f"{r}:scorecards",
               params=(ReportParam("period", T("Period"), kind="date_range", default="last_month"),),
               permission=P.VIEW, pagesize="A4-landscape",
               description=T("Every supplier's score and standing for a period, best first, with each criterion.")),
        Report("inventory.inspection_ledger", T("Purchase inspection ledger (进货查验台账)"),
               f"{r}:inspection_ledger",
               params=(ReportParam("period", T("Period"), kind="date_range", default="last_month"),),
               permission=P.VIEW, pagesize="A4-landscape",
               description=T("Date, supplier, item, batch, expiry, quantity, certificates and inspector of every "
                             "receipt line, as market regulators ask for it.")),
    ]


@hookimpl
def suite_settings_pages():
    return [SettingsPage("inventory.settings", T("Stock and suppliers"), f"{M}.ui.settings:InventorySettings",
                         permission=P.MANAGE)]


GROUP = T("Stock and suppliers")


@hookimpl
def suite_pages():
    u = f"{M}.ui"
    return [
        Page("inventory.balances", T("Stock"), f"{u}.stock:BalancesPage", icon="inventory", permission=P.VIEW,
             group=GROUP, order=10, shortcut="F8",
             shows=("inv_balances", "inv_items")),
        Page("inventory.moves", T("Stock moves"), f"{u}.stock:MovesPage", icon="reports", permission=P.VIEW,
             group=GROUP, order=15,
             shows=("inv_moves",)),
        Page("inventory.items", T("Items"), f"{u}.catalog:ItemsPage", icon="inventory", permission=P.VIEW,
             group=GROUP, order=20,
             shows=("inv_items",)),
        Page("inventory.locations", T("Locations"), f"{u}.catalog:LocationsPage", icon="inventory",
             permission=P.VIEW, group=GROUP, order=22,
             shows=("inv_locations",)),
        Page("inventory.batches", T("Batches and traceability"), f"{u}.batches:BatchesPage", icon="search",
             permission=P.VIEW, group=GROUP, order=25,
             shows=("inv_batches",)),
        Page("inventory.receipts", T("Receipts and inspection"), f"{u}.purchasing:ReceiptsPage", icon="truck",
             permission=P.VIEW, group=GROUP, order=30,
             shows=("inv_receipts",)),
        Page("inventory.pos", T("Purchase orders"), f"{u}.purchasing:PurchaseOrdersPage", icon="reports",
             permission=P.VIEW, group=GROUP, order=35,
             shows=("inv_purchase_orders",)),
        Page("inventory.reorder", T("Reorder"), f"{u}.purchasing:ReorderPage", icon="reports",
             permission=P.VIEW, group=GROUP, order=36),
        Page("inventory.recipes", T("Recipes"), f"{u}.recipes:RecipesPage", icon="kitchen",
             permission=P.VIEW, group=GROUP, order=38),
        Page("inventory.stocktake", T("Stocktake"), f"{u}.stocktake:StocktakePage", icon="quality",
             permission=P.VIEW, group=GROUP, order=40),
        Page("inventory.suppliers", T("Suppliers"), f"{u}.suppliers:SuppliersPage", icon="suppliers",
             permission=P.VIEW, group=GROUP, order=50,
             shows=("inv_suppliers",)),
        Page("inventory.scorecards", T("Supplier scorecards"), f"{u}.suppliers:ScorecardPage", icon="chart",
             permission=P.VIEW, group=GROUP, order=55),
        Page("inventory.buckets", T("Bucket reconciliation"), f"{u}.stock:BucketsPage", icon="water",
             permission=P.VIEW, group=GROUP, order=60),
    ]
