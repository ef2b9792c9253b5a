'''Hooks the kitchen QA plugin declares: its domain events.

Implement them with ``@hookimpl`` in any plugin (``from suite.plugin_api import hookimpl``;
mark ``@hookimpl(optionalhook=True)`` when "kitchen" is only in your OPTIONAL). Domain events
run inside the writer's transaction; raising rolls the whole write back.
'''

from __future__ import annotations

from suite.plugin_api import hookspec


@hookspec
def suite_kitchen_anomaly_did_open(ctx, session, anomaly_id):
    """A kitchen anomaly (non-conformance) was opened, inside the writer's transaction:
    recorded in the kitchen, opened from a complaint, or reopened. Every implementation runs.

    Example::

        @hookimpl(optionalhook=True)
        def suite_kitchen_anomaly_did_open(ctx, session, anomaly_id):
            from suite_plugins.kitchen import api as kitchen
            log.info("kitchen anomaly %s opened", anomaly_id)
    """


@hookspec
def suite_kitchen_anomaly_did_close(ctx, session, anomaly_id):
    """A kitchen anomaly was closed with its corrective action, inside the writer's
    transaction. Every implementation runs.

    Example::

        @hookimpl(optionalhook=True)
        def suite_kitchen_anomaly_did_close(ctx, session, anomaly_id):
            services.count_supplier_incident(ctx, anomaly_id)
    """
