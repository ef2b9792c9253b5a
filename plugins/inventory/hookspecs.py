'''Hooks the inventory plugin declares: its domain events.

Implement them with ``@hookimpl`` in any plugin (``from suite.plugin_api import hookimpl``)
and declare ``OPTIONAL = ("inventory",)``. They run inside the writer's transaction; raising
rolls the whole write back.
'''

from __future__ import annotations

from suite.plugin_api import hookspec


@hookspec
def suite_stock_did_move(ctx, session, move_ids):
    """Stock moved: one call per service action (a receipt, an issue, a transfer, a
    stocktake posting, a sale's consumption...) with the ids of the ledger lines it wrote
    (``inv_moves``), inside the writer's transaction. Every implementation runs.

    Example::

        @hookimpl
        def suite_stock_did_move(ctx, session, move_ids):
            log.info("%d stock moves", len(move_ids))
    """


@hookspec
def suite_batch_did_block(ctx, session, batch_id):
    """A batch was blocked (a recall): nothing more of it may be issued. Inside the writer's
    transaction; every implementation runs.

    Example::

        @hookimpl
        def suite_batch_did_block(ctx, session, batch_id):
            notify_kitchen(batch_id)
    """
