'''Every hook the suite calls. A plugin implements any of them with ``@hookimpl``.

Two kinds of hook exist:

* **Contribution hooks** (plural nouns) take no arguments and return a list of frozen
  records (:mod:`suite.plugin_api.records`). They are called once when the plugin host is
  built; each plugin's implementation is called on its own, so one that raises switches off
  only that plugin. Results are combined into one list; duplicate ids switch off the later
  plugin.
* **Domain events** (``suite_<thing>_did_<verb>`` / ``will_<verb>``) are called by services
  inside the writer's transaction with ``ctx`` and ``session``; every implementation runs;
  an exception rolls the whole write back (a veto).

Hooks evolve only by adding arguments: an implementation may accept any subset of the
arguments a spec names.

Plugins may declare hooks of their own (extension points for other plugins) by setting
``HOOKSPECS`` in their plugin module to a class or module of ``@hookspec`` functions.
'''

from __future__ import annotations

import pluggy

PROJECT = "suite"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


# ---------------------------------------------------------------------------- contributions


@hookspec
def suite_permissions():
    """Permissions the plugin's services check.

    Called once when the host is built. Return a list of :class:`Permission`. All plugins'
    lists are combined; an id contributed twice switches off the later plugin. The first time
    the suite sees a permission it grants it to the ``default_roles``; later changes by the
    owner are kept.

    Example::

        @hookimpl
        def suite_permissions():
            return [Permission("orders.create", T("Take orders"), default_roles=("clerk", "manager"))]
    """


@hookspec
def suite_pages():
    """Pages for the left navigation of the main window.

    Called once when the host is built. Return a list of :class:`Page`. Combined into one
    list; pages are grouped by plugin and ordered by ``order``; pages whose ``permission``
    the user lacks are hidden. ``factory`` is imported only when the page is first opened.

    Example::

        @hookimpl
        def suite_pages():
            return [Page("orders.desk", T("Order desk"), "suite_plugins.orders.ui.desk:OrderDesk",
                         icon="phone", permission="orders.view", shortcut="F2")]
    """


@hookspec
def suite_actions():
    """Menu actions.

    Called once when the host is built. Return a list of :class:`Action`; combined into one
    list and placed in the named menu. ``callback`` (ctx, parent) runs when chosen.

    Example::

        @hookimpl
        def suite_actions():
            return [Action("orders.close_day", T("Close the day"), "suite_plugins.orders.ui.close:run",
                           menu="tools", permission="orders.close_day")]
    """


@hookspec
def suite_reports():
    """Printable reports.

    Called once when the host is built. Return a list of :class:`Report`; combined into one
    list, listed by ``suite report list`` and in the Reports menu. ``build`` (ctx, params,
    doc) returns the platypus story from data the plugin's services return.

    Example::

        @hookimpl
        def suite_reports():
            return [Report("orders.daily_close", T("Daily close"), "suite_plugins.orders.reports:daily_close",
                           params=(ReportParam("day", T("Day"), kind="date"),), permission="orders.reports")]
    """


@hookspec
def suite_dashboard_cards():
    """Cards on the home dashboard.

    Called once when the host is built. Return a list of :class:`DashboardCard`; combined
    and ordered by ``order``. ``compute`` (ctx) -> :class:`CardValue` runs off the GUI
    thread each time the dashboard refreshes; a card that raises shows "unavailable".

    Example::

        @hookimpl
        def suite_dashboard_cards():
            return [DashboardCard("orders.today", T("Orders today"), "suite_plugins.orders.cards:today",
                                  page="orders.list", permission="orders.view")]
    """


@hookspec
def suite_settings_pages():
    """Tabs of the settings dialog.

    Called once when the host is built. Return a list of :class:`SettingsPage`; combined.
    ``factory`` (ctx) returns a QWidget with a ``save()`` method.

    Example::

        @hookimpl
        def suite_settings_pages():
            return [SettingsPage("complaints.sla", T("Complaint deadlines"),
                                 "suite_plugins.complaints.ui.settings:SlaSettings", permission="complaints.configure")]
    """


@hookspec
def suite_search_providers():
    """Sources for the global search (Ctrl+K).

    Called once when the host is built. Return a list of :class:`SearchProvider`; combined.
    ``search`` (ctx, text, limit) returns :class:`SearchHit` records; every provider is asked
    and the hits are shown grouped by provider.

    Example::

        @hookimpl
        def suite_search_providers():
            return [SearchProvider("orders", T("Orders"), "suite_plugins.orders.search:search")]
    """


@hookspec
def suite_list_providers():
    """The lists the plugin's services build (the rows behind its list pages and exports).

    Called once when the host is built. Return a list of :class:`ListProvider`; combined.
    ``query`` (ctx) returns a :class:`~suite.plugin_api.lists.ListQuery`. The suite walks them
    all (``PluginHost.list_providers()``), e.g. to prove that no row holds a customer's phone
    number or address unmasked for a user without ``customers.view_pii``.

    Example::

        @hookimpl
        def suite_list_providers():
            return [ListProvider("orders.orders", T("Orders"), "suite_plugins.orders.services.lists:order_list",
                                 permission="orders.view")]
    """


@hookspec
def suite_staff_metrics():
    """Numbers about staff members for performance scoring.

    Called once when the host is built. Return a list of :class:`StaffMetric`; combined.
    ``compute`` (ctx, staff_ids, start, end) returns {staff_id: value}.

    Example::

        @hookimpl
        def suite_staff_metrics():
            return [StaffMetric("orders.on_time_rate", T("On-time deliveries"),
                                "suite_plugins.orders.metrics:on_time_rate", unit="percent", departments=("delivery",))]
    """


@hookspec
def suite_setup_steps():
    """Steps of the set-up checklist on the home page (added in API 1.3).

    Called once when the host is built. Return a list of :class:`SetupStep`; combined with
    the core's (letterhead, areas, staff, logins) and ordered by ``order``. The checklist
    shows each step the user may do, ticked when its ``done`` (ctx) -> bool says so (computed
    from the data each time the home page is shown), until every step is done or dismissed.
    Choosing a step opens its ``page`` (or the settings tab ``settings_page``).

    Example::

        @hookimpl
        def suite_setup_steps():
            return [SetupStep("orders.vehicles", T("Vehicles"), "suite_plugins.orders.setup:has_vehicles",
                              page="orders.vehicles", permission="orders.vehicles", order=60)]
    """


@hookspec
def suite_demo_data():
    """Demo data for ``suite demo``.

    Called once when the host is built. Return a list of :class:`DemoData`. ``create`` (ctx,
    rng) is called in dependency order (core first, then plugins by REQUIRES, then
    ``order``) and must write through the plugin's services.

    Example::

        @hookimpl
        def suite_demo_data():
            return [DemoData("orders.demo", "suite_plugins.orders.demo:create", order=20)]
    """


@hookspec
def suite_cli_commands():
    """Subcommands of the ``suite`` command line.

    Called once when the command line starts. Return a list of :class:`CliCommand`;
    combined; a name already taken switches off the later plugin.

    Example::

        @hookimpl
        def suite_cli_commands():
            return [CliCommand("orders-import", T("Import customers or products"),
                               run="suite_plugins.orders.cli:import_run",
                               configure="suite_plugins.orders.cli:import_args")]
    """


@hookspec
def suite_migration_locations():
    """The plugin's Alembic branch.

    Called once when the host is built. Return a list with one :class:`MigrationLocation`
    (the folder of its revisions, its branch label, its models module and table prefix).
    ``suite db upgrade`` upgrades the core branch first, then each active plugin's branch in
    dependency order. A disabled plugin's branch stays where it is.

    Example::

        @hookimpl
        def suite_migration_locations():
            return [MigrationLocation("orders", str(Path(__file__).parent / "migrations"),
                                      models=("suite_plugins.orders.models",), table_prefix="orders_")]
    """


@hookspec
def suite_translation_catalogs():
    """The plugin's translation catalogs.

    Called once when the host is built. Return a list of :class:`TranslationCatalog`
    (a folder with ``<basename>_zh_CN.ts`` and ``.qm``). The suite loads them for the user's
    language, for widgets (``.qm``) and for services and reports (``.ts``).

    Example::

        @hookimpl
        def suite_translation_catalogs():
            return [TranslationCatalog(str(Path(__file__).parent / "i18n"), "orders")]
    """


# ---------------------------------------------------------------------------- lifecycle


@hookspec
def suite_host_ready(host):
    """Called once after the host is built and every contribution checked, with the
    plugin host (``host.is_active(name)``, ``host.active_plugins()``). Return value ignored.
    Use it to look up optional partners (``host.is_active("inventory")``). Must not touch the database.

    Example::

        @hookimpl
        def suite_host_ready(host):
            global HAS_INVENTORY
            HAS_INVENTORY = host.is_active("inventory")
    """


@hookspec
def suite_database_ready(ctx):
    """Called at start-up (GUI, ``suite db upgrade``, demo) after the migrations, with a
    system Context, whenever something it could depend on changed: a migration ran, a plugin
    or permission appeared or changed version, or a new year began. Use it to create
    reference rows the plugin needs (default policies, units, a year's calendar); it must be
    idempotent. Return value ignored; an exception switches the
    plugin off for this run and is shown on the plugins page.

    Example::

        @hookimpl
        def suite_database_ready(ctx):
            services.ensure_default_policies(ctx)
    """


# ---------------------------------------------------------------------------- core domain events


@hookspec
def suite_customer_did_save(ctx, session, customer_id, created):
    """A customer was created (``created`` True) or changed, inside the writer's
    transaction. Every implementation runs; raising rolls the save back.

    Example::

        @hookimpl
        def suite_customer_did_save(ctx, session, customer_id, created):
            if created:
                services.open_deposit_account(ctx, customer_id)
    """


@hookspec
def suite_customer_will_archive(ctx, session, customer_id):
    """A customer is about to be archived, inside the writer's transaction. Raise a
    ValidationError to refuse (for instance while the customer has open orders).

    Example::

        @hookimpl
        def suite_customer_will_archive(ctx, session, customer_id):
            if services.has_open_orders(session, customer_id):
                raise ValidationError(T("The customer has open orders."))
    """


@hookspec
def suite_staff_did_save(ctx, session, staff_id, created):
    """A staff member was created or changed, inside the writer's transaction. Every
    implementation runs; raising rolls the save back.

    Example::

        @hookimpl
        def suite_staff_did_save(ctx, session, staff_id, created):
            log.info("staff %s saved", staff_id)
    """


@hookspec
def suite_customer_facts(ctx, customer_id):
    """Facts about a customer that other plugins know, shown wherever the customer is shown
    (order entry, customer detail). Return a list of ``(label, value, level)`` tuples, or
    None. Every implementation is asked; the lists are combined; one that raises is skipped
    and logged.

    Example::

        @hookimpl
        def suite_customer_facts(ctx, customer_id):
            n = services.open_count(ctx, customer_id)
            return [(T("Open complaints"), str(n), "danger" if n else "normal")]
    """
