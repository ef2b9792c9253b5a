"""The kitchen's quality control, as the complaints desk uses it: only through its published
api (``plugins/kitchen/api.py``, see CONTRACTS.md), only when the kitchen plugin is active.

A food complaint often starts a kitchen anomaly (a foreign object, a spoiled ingredient): the
case page offers one step to open it with the complaint's text, and lists the anomalies
linked to the case.
"""

from __future__ import annotations

from suite.plugin_api import ValidationError
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.complaints.permissions import VIEW
from suite_plugins.complaints.services import cases

T = domain("complaints")

#: the anomaly kind a complaint category suggests (the user may choose another)
KIND_OF_CATEGORY = {
    "foreign_object": "foreign_object",
    "spoiled_illness": "spoiled_ingredient",
    "food_quality": "other",
    "taste_suggestion": "other",
    "packaging_unsanitary": "other",
}


def available(ctx: Context) -> bool:
    """The kitchen plugin is active in this installation."""
    return ctx.has_plugin("kitchen")


def anomaly_page() -> str | None:
    if not _importable():
        return None
    from suite_plugins.kitchen import api as kitchen

    return kitchen.ANOMALY_PAGE


def anomaly_kinds() -> tuple[str, ...]:
    if not _importable():
        return ()
    from suite_plugins.kitchen import api as kitchen

    return tuple(kitchen.ANOMALY_KINDS)


def _importable() -> bool:
    try:
        import suite_plugins.kitchen.api  # noqa: F401
    except ImportError:
        return False
    return True


def suggested_kind(category: str) -> str:
    return KIND_OF_CATEGORY.get(category, "other")


def linked_anomalies(ctx: Context, complaint_id: int) -> list:
    """The kitchen anomalies opened for a complaint (empty without the kitchen plugin)."""
    ctx.require(VIEW)
    if not available(ctx):
        return []
    from suite_plugins.kitchen import api as kitchen

    return list(kitchen.anomalies_for_complaint(ctx, complaint_id))


def open_anomaly(ctx: Context, complaint_id: int, *, kind: str | None = None, description: str | None = None) -> int:
    """Open a kitchen anomaly for a complaint, carrying its text (and its order). The kitchen
    checks its own record permission. Returns the anomaly's id."""
    ctx.require(VIEW)
    if not available(ctx):
        raise ValidationError(T("The kitchen plugin is not installed."))
    from suite_plugins.kitchen import api as kitchen

    with ctx.read() as s:
        c = cases.get_row(s, complaint_id)
        text = (description or "").strip() or f"{c.number}: {c.description}"
        order_id, category = c.order_id, c.category
    kind = kind or suggested_kind(category)
    if kind not in kitchen.ANOMALY_KINDS:
        raise ValidationError(fields={"kind": T("Choose the kind of kitchen anomaly.")})
    return kitchen.open_anomaly_from_complaint(ctx, complaint_id, kind=kind, description=text, order_id=order_id)
