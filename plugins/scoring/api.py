"""What other plugins may use of performance scoring (declare ``"scoring"`` in OPTIONAL).
No Qt here; every function takes the Context first and checks the permission.

::

    from suite_plugins.scoring import api as scoring

    r = scoring.month_result(ctx, staff_id, 2026, 11)
    if r is not None:
        print(r.final_score, r.grade, r.closed)
    ctx.open_page(scoring.PERSON_PAGE, {"staff_id": staff_id, "month": 202611})
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from suite.plugin_api.context import Context

SHEET_PAGE = "scoring.sheet"
PERSON_PAGE = "scoring.person"
VIEW_PERMISSION = "scoring.view"


@dataclass(frozen=True)
class MonthResult:
    staff_id: int
    month: int  # year*100+month
    final_score: float | None
    grade: str
    points: Decimal
    closed: bool


def month_result(ctx: Context, staff_id: int, year: int, month: int) -> MonthResult | None:
    """A person's result of a month (stored figures once it is closed), None without a line."""
    from suite_plugins.scoring.services import common, months

    key = common.month_key(year, month)
    common.require_staff_visible(ctx, staff_id)
    closed = months.state(ctx, key).status == "closed"
    for ln in months.sheet(ctx, key):
        if ln["staff_id"] == staff_id:
            return MonthResult(staff_id, key, ln["final_score"], ln["grade"], Decimal(ln["points"]), closed)
    return None
