"""What other plugins may use of the kitchen QA plugin (declare ``"kitchen"`` in REQUIRES or
OPTIONAL and guard every use with ``ctx.has_plugin("kitchen")``). No Qt here; every
function takes the Context first and checks the kitchen's permission itself.

::

    from suite_plugins.kitchen import api as kitchen

    anomaly_id = kitchen.open_anomaly_from_complaint(ctx, complaint_id, kind="foreign_object",
                                                     description="米饭里有头发")
    for a in kitchen.anomalies_for_complaint(ctx, complaint_id):
        print(a.title, a.status)
    ctx.open_page(kitchen.ANOMALY_PAGE, anomaly_id)

Domain events (see :mod:`.hookspecs`): ``suite_kitchen_anomaly_did_open(ctx, session,
anomaly_id)`` and ``suite_kitchen_anomaly_did_close(ctx, session, anomaly_id)``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from suite.plugin_api.context import Context

ANOMALY_PAGE = "kitchen.anomalies"
ANOMALY_KINDS = ("foreign_object", "odd_smell", "spoiled_ingredient", "wrong_procedure",
                 "equipment_failure", "random_inspection_failed", "other")
VIEW_PERMISSION = "kitchen.view"
RECORD_PERMISSION = "kitchen.record"


@dataclass(frozen=True)
class AnomalyRef:
    id: int
    kind: str
    title: str
    status: str  # "open" | "closed"
    occurred_on: dt.date
    batch_id: int | None
    supplier_id: int | None
    order_id: int | None
    complaint_id: int | None
    department_id: int | None
    responsible_staff_id: int | None


@dataclass(frozen=True)
class InspectionResult:
    """The monthly inspection on the 15th (a checklist run)."""

    on: dt.date
    passed: bool
    department_id: int | None
    staff_ids: tuple[int, ...]


def _ref(a) -> AnomalyRef:
    return AnomalyRef(a.id, a.kind, a.title, a.status, a.occurred_on, a.batch_id, a.supplier_id, a.order_id,
                      a.complaint_id, a.department_id, a.responsible_staff_id)


def anomalies_between(ctx: Context, start: dt.date, end: dt.date, *, supplier_id: int | None = None) -> list[AnomalyRef]:
    """Anomalies found on the office-local days start..end (inclusive)."""
    from suite_plugins.kitchen.services import anomalies

    return [_ref(a) for a in anomalies.anomalies_between(ctx, start, end, supplier_id=supplier_id)]


def anomalies_for_complaint(ctx: Context, complaint_id: int) -> list[AnomalyRef]:
    from suite_plugins.kitchen.services import anomalies

    return [_ref(a) for a in anomalies.anomalies_for_complaint(ctx, complaint_id)]


def open_anomaly_from_complaint(ctx: Context, complaint_id: int, *, kind: str, description: str,
                                order_id: int | None = None, batch_id: int | None = None) -> int:
    """Open a kitchen anomaly for a complaint (needs the kitchen's record permission); emits
    ``suite_kitchen_anomaly_did_open``; returns the anomaly's id."""
    from suite.plugin_api.i18n import domain
    from suite_plugins.kitchen.services import anomalies

    T = domain("kitchen")
    text = (description or "").strip()
    title = text.splitlines()[0][:60] if text else T.now("Complaint {id}", id=complaint_id)
    return anomalies.open_anomaly(ctx, anomalies.AnomalyInput(
        kind=kind, title=title, description=text, complaint_id=complaint_id, order_id=order_id, batch_id=batch_id))


def monthly_inspections(ctx: Context, year: int, month: int) -> list[InspectionResult]:
    from suite_plugins.kitchen.services import runs

    return [InspectionResult(r.on, r.passed, r.department_id, r.staff_ids)
            for r in runs.monthly_inspections(ctx, year, month)]
