"""Shared widgets every page and plugin reuses (plugins import them from suite.plugin_api.ui).

* :class:`LazyTable` / :class:`LazyTableModel` / :class:`BadgeDelegate`: lists over SQL,
  fetched page by page, sorted and filtered in SQL, exported to Excel/CSV;
* :class:`RecordForm` / :class:`FormField` / :class:`ConflictDialog`: record forms;
* :func:`run_in_worker`: long work off the GUI thread with progress and Cancel;
* :class:`DateRangePicker` / :class:`MonthPicker`: periods;
* :class:`ChartWidget` / :class:`Series` / :class:`Sparkline`: charts.
"""

from suite.ui.widgets.charts import ChartWidget, Series, Sparkline, nice_ticks
from suite.ui.widgets.dates import DateRangePicker, MonthPicker, month_bounds, preset_range
from suite.ui.widgets.form import ConflictDialog, FormField, RecordForm
from suite.ui.widgets.table import BadgeDelegate, DetailSplitter, LazyTable, LazyTableModel, align_number, number_item
from suite.ui.widgets.worker import Cancelled, Job, ProgressDialog, WorkerHandle, run_in_worker, wait_for_workers

__all__ = [
    "BadgeDelegate", "Cancelled", "ChartWidget", "ConflictDialog", "DateRangePicker", "DetailSplitter", "FormField", "Job",
    "LazyTable", "LazyTableModel", "MonthPicker", "ProgressDialog", "RecordForm", "Series", "Sparkline",
    "WorkerHandle", "align_number", "month_bounds", "nice_ticks", "number_item", "preset_range", "run_in_worker", "wait_for_workers",
]
