'''Hooks the complaints desk declares: its domain events and the supplier link.

Implement them with ``@hookimpl`` in any plugin (``from suite.plugin_api import hookimpl``).
Domain events run inside the writer's transaction; raising rolls the whole write back.
'''

from __future__ import annotations

from suite.plugin_api import hookspec


@hookspec
def suite_complaint_did_open(ctx, session, complaint_id):
    """A complaint was received (inside the writer's transaction). Every implementation runs.

    Example::

        @hookimpl
        def suite_complaint_did_open(ctx, session, complaint_id):
            log.info("complaint %s received", complaint_id)
    """


@hookspec
def suite_complaint_did_resolve(ctx, session, complaint_id):
    """A complaint was resolved; its follow-up visit falls due. Every implementation runs.

    Example::

        @hookimpl
        def suite_complaint_did_resolve(ctx, session, complaint_id):
            ...
    """


@hookspec
def suite_complaint_did_close(ctx, session, complaint_id):
    """A complaint was closed after its follow-up visit. Every implementation runs.

    Example::

        @hookimpl
        def suite_complaint_did_close(ctx, session, complaint_id):
            ...
    """


@hookspec
def suite_complaints_suppliers(ctx):
    """The suppliers a substantiated packaging or purchasing complaint may hold responsible.

    Implemented by an inventory plugin. Return a list of ``(supplier_id, name)`` pairs of
    active suppliers, or None. Every implementation is asked and the lists are combined;
    with none, the complaint form hides the supplier field.

    Example::

        @hookimpl
        def suite_complaints_suppliers(ctx):
            return [(s.id, s.name) for s in services.active_suppliers(ctx)]
    """


@hookspec
def suite_complaint_did_name_supplier(ctx, session, complaint_id, supplier_id):
    """A substantiated complaint named a supplier as responsible (inside the writer's
    transaction), so the inventory plugin can count it in the supplier's evaluation.

    Example::

        @hookimpl
        def suite_complaint_did_name_supplier(ctx, session, complaint_id, supplier_id):
            services.add_supplier_incident(ctx, supplier_id, source=f"complaint:{complaint_id}")
    """
