"""A tiny plugin for the tests: one staff metric whose values the test sets (like a kitchen
contributing "checklists on time"), so scoring is tested without any other plugin."""

from suite.plugin_api import StaffMetric, hookimpl

NAME = "fakemetrics"
TITLE = "Fake metrics"
VERSION = "0.1.0"
API_VERSION = "1.0"

#: (staff_id, first day of the period) -> value
VALUES: dict = {}
#: set to an exception to make the metric fail
FAIL: list = []


def compute(ctx, staff_ids, start, end):
    if FAIL:
        raise FAIL[0]
    return {sid: VALUES[(sid, start)] for sid in staff_ids if (sid, start) in VALUES}


@hookimpl
def suite_staff_metrics():
    return [StaffMetric("fake.checklists", "Checklists on time", f"{__name__}:compute", unit="count"),
            StaffMetric("fake.errors", "Errors", f"{__name__}:compute", unit="count", better="lower")]
