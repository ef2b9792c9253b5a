'''Hooks the order desk declares: an extension point for inventory, and its domain events.

Implement them in your plugin with ``@hookimpl`` (from ``suite.plugin_api``) and declare
``OPTIONAL = ("orders",)`` (or REQUIRES).
'''

from __future__ import annotations

from suite.plugin_api import hookspec


@hookspec
def suite_orders_check_stock(ctx, items):
    """Is there enough stock for an order? Asked when an order is reviewed and confirmed.

    ``items`` is a list of dicts ``{"product_id", "code", "name", "unit", "quantity"}``.
    Return a list of shortages, each a dict ``{"product_id", "name", "available",
    "message"}`` (``message`` shown to the clerk as it is), an empty list when everything is
    in stock, or None when the plugin does not keep stock of these products. Every
    implementation is asked; the shortages are combined; any shortage blocks confirmation.

    Example::

        @hookimpl
        def suite_orders_check_stock(ctx, items):
            return [{"product_id": i["product_id"], "name": i["name"], "available": 0,
                     "message": f"{i['name']}: out of stock"} for i in items if not in_stock(i)]
    """


@hookspec
def suite_order_did_confirm(ctx, session, order_id):
    """An order was confirmed (inside the writer's transaction). Raise to refuse: the
    confirmation is rolled back.

    Example::

        @hookimpl
        def suite_order_did_confirm(ctx, session, order_id):
            reserve_stock(session, order_id)
    """


@hookspec
def suite_order_did_dispatch(ctx, session, order_id):
    """An order left with its driver (inside the writer's transaction).

    Example::

        @hookimpl
        def suite_order_did_dispatch(ctx, session, order_id):
            issue_stock(session, order_id)
    """


@hookspec
def suite_order_did_deliver(ctx, session, order_id):
    """An order was delivered, or served and paid at the bar (inside the writer's
    transaction).

    Example::

        @hookimpl
        def suite_order_did_deliver(ctx, session, order_id):
            schedule_follow_up_call(session, order_id)
    """


@hookspec
def suite_order_did_complete(ctx, session, order_id):
    """An order was completed (settled; the daily close completes the day's deliveries).

    Example::

        @hookimpl
        def suite_order_did_complete(ctx, session, order_id):
            log.info("order %s settled", order_id)
    """


@hookspec
def suite_order_did_cancel(ctx, session, order_id):
    """An order was cancelled (the reason is on the order), inside the writer's transaction.

    Example::

        @hookimpl
        def suite_order_did_cancel(ctx, session, order_id):
            release_stock(session, order_id)
    """
