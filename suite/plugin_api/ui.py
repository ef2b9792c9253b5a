"""The shared widgets a plugin's pages use (this module imports PySide6: import it from a
plugin's ``ui`` package only, never from its services or models).

::

    from suite.plugin_api.lists import ListColumn, ListFilter, ListQuery   # in services (no Qt)
    from suite.plugin_api.ui import LazyTable, RecordForm, FormField, run_in_worker

    class OrdersPage(QWidget):
        def __init__(self, ctx, parent=None):
            super().__init__(parent)
            self.table = LazyTable(ctx, services.order_list(ctx), self)
            self.table.activated.connect(self.open_order)

Lists: :class:`LazyTable` renders a :class:`~suite.plugin_api.lists.ListQuery` built by a
service (search box, filters, row count, Excel/CSV export with an audit row).
Forms: :class:`RecordForm` with :class:`FormField` declarations; :class:`ConflictDialog`.
Work off the GUI thread: :func:`run_in_worker` (progress, Cancel, results on the GUI thread).
A list beside its detail: :class:`DetailSplitter` (the pane collapses while no row is chosen).
Figures in a QTableWidget: :func:`number_item` (right-aligned, the shared formatter of
:mod:`suite.plugin_api.numbers`).
Periods: :class:`DateRangePicker`, :class:`MonthPicker`. Charts: :class:`ChartWidget`
(bar, line) with :class:`Series`, and :class:`Sparkline`.
"""

from suite.plugin_api.lists import (
    Cancelled,
    ExportResult,
    ListColumn,
    ListFilter,
    ListPager,
    ListQuery,
    export_list,
    format_money,
)
from suite.plugin_api.numbers import format_count, format_number, format_percent
from suite.ui.widgets import (
    BadgeDelegate,
    ChartWidget,
    ConflictDialog,
    DateRangePicker,
    DetailSplitter,
    FormField,
    Job,
    LazyTable,
    LazyTableModel,
    MonthPicker,
    ProgressDialog,
    RecordForm,
    Series,
    Sparkline,
    WorkerHandle,
    align_number,
    month_bounds,
    number_item,
    preset_range,
    run_in_worker,
    wait_for_workers,
)



def open_report_dialog(ctx, report_id: str, parent=None):
    """The shell's report dialog for one of the reports (parameters, Open, Save as, Print),
    for a page's own Print button. Returns the dialog, or None when the user may not run it."""
    from suite.ui.report_dialog import open_report_dialog as _open

    return _open(ctx, report_id, parent)


__all__ = [
    "open_report_dialog",
    "BadgeDelegate", "Cancelled", "ChartWidget", "ConflictDialog", "DateRangePicker", "DetailSplitter", "ExportResult",
    "FormField", "Job", "LazyTable", "LazyTableModel", "ListColumn", "ListFilter", "ListPager", "ListQuery",
    "MonthPicker", "ProgressDialog", "RecordForm", "Series", "Sparkline", "WorkerHandle", "export_list",
    "align_number", "format_count", "format_money", "format_number", "format_percent", "month_bounds", "number_item", "preset_range", "run_in_worker", "wait_for_workers",
]
