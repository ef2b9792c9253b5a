"""The complaints page: the open deadlines at a glance, the list, and the case beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from suite.plugin_api.ui import DetailSplitter, LazyTable, run_in_worker
from suite_plugins.complaints.permissions import HANDLE
from suite_plugins.complaints.services import queries
from suite_plugins.complaints.ui.case import CasePanel
from suite_plugins.complaints.ui.common import LEVEL_COLOURS
from suite_plugins.complaints.ui.intake import IntakeDialog
from suite_plugins.complaints.ui.reminders import ensure_watcher


class ComplaintsPage(QWidget):
    REFRESH_MS = 60_000

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintsPage")
        self.ctx = ctx
        self.summary: queries.DeadlineSummary | None = None

        title = QLabel(self.tr("Complaints and after-sales"), self)
        title.setObjectName("pageTitle")
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.new_button = QPushButton(self.tr("New complaint"), self)
        self.new_button.setObjectName("newComplaint")
        self.new_button.setToolTip(self.tr("Record a complaint (Ctrl+N)"))
        self.new_button.setEnabled(ctx.can(HANDLE))
        self.new_button.clicked.connect(lambda: self.new_complaint())

        # the deadlines at a glance: each badge filters the list
        self.badges: dict[str, QPushButton] = {}
        strip = QHBoxLayout()
        strip.setSpacing(6)
        for key, text in (("overdue", self.tr("Overdue")), ("soon", self.tr("Due within the hour")),
                          ("waiting", self.tr("Waiting for the customer")), ("followup", self.tr("Follow-up due")),
                          ("approval", self.tr("Awaiting approval")), ("open", self.tr("Open"))):
            button = QPushButton(self)
            button.setObjectName(f"summary_{key}")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setProperty("caption", text)
            button.clicked.connect(lambda _c=False, k=key: self.table.set_filter("state", k))
            self.badges[key] = button
            strip.addWidget(button)
        strip.addStretch(1)

        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(16)
        head.addLayout(strip, 1)
        head.addWidget(self.new_button)

        self.table = LazyTable(ctx, queries.complaint_list(ctx), self)
        self.table.setObjectName("complaintList")
        for combo in self.table.filter_combos.values():  # long choices must not widen the page
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self.table.search_box.setMinimumWidth(120)
        self.panel = CasePanel(ctx, self)
        scroll = QScrollArea(self)
        scroll.setObjectName("caseScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.panel)
        # the case beside the list, collapsed while no complaint is chosen
        self.splitter = DetailSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("complaintsSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([820, 520])
        scroll.setMinimumWidth(420)
        self.splitter.set_detail_shown(False)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.splitter, 1)

        self.table.currentKeyChanged.connect(self.show_case)
        self.table.activated.connect(lambda _key: self.panel.setFocus())
        self.panel.changed.connect(self._case_changed)
        new = QShortcut(QKeySequence.StandardKey.New, self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(lambda: self.new_complaint())

        self.timer = QTimer(self)
        self.timer.setInterval(self.REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.load_summary()
        ensure_watcher(ctx)

    def show_case(self, key) -> None:
        """The case beside the list (the pane collapses when *key* is None)."""
        self.splitter.set_detail_shown(key is not None)
        self.panel.show_case(key)

    # ------------------------------------------------------------------ shell hooks

    def refresh(self) -> None:
        """F5: the list, the deadlines and the case shown."""
        self.table.set_query(queries.complaint_list(self.ctx))
        self.load_summary()
        self.panel.reload()

    def open_key(self, key) -> None:
        """Show one complaint (from the global search or another plugin), or, for
        ``api.new_complaint_key(customer_id, order_id)``, open the intake for them."""
        if isinstance(key, dict) and key.get("new"):
            self.new_complaint(key.get("customer_id"), key.get("order_id"))
            return
        if not self.table.select_key(key):
            self.table.set_filter("state", None)
            self.table.select_key(key)
        self.show_case(key)

    # ------------------------------------------------------------------ the deadline strip

    def load_summary(self) -> None:
        run_in_worker(self, lambda _job: queries.open_deadlines(self.ctx, limit=0), show_progress=False,
                      cancellable=False, on_result=self.show_summary)

    def show_summary(self, summary: queries.DeadlineSummary) -> None:
        self.summary = summary
        values = {"overdue": (summary.overdue, "danger"), "soon": (summary.due_soon, "warning"),
                  "waiting": (summary.waiting, "neutral"), "followup": (summary.followups_due, "info"),
                  "approval": (summary.awaiting_approval, "warning"), "open": (summary.open, "info")}
        for key, (n, level) in values.items():
            button = self.badges[key]
            text = f"{button.property('caption')} {n}"
            button.setText(text)
            bg, fg = LEVEL_COLOURS[level if n else "neutral"]
            button.setStyleSheet(f"QPushButton {{ background: {bg}; color: {fg}; border-radius: 10px; "
                                 f"padding: 3px 10px; border: none; }}")

    def _tick(self) -> None:
        self.load_summary()
        self.panel.reload()  # the time left on each stage moves on

    def _case_changed(self, complaint_id: int) -> None:
        self.table.refresh()
        self.table.select_key(complaint_id)
        self.load_summary()

    # ------------------------------------------------------------------ intake

    def new_complaint(self, customer_id: int | None = None, order_id: int | None = None) -> IntakeDialog | None:
        if not self.ctx.can(HANDLE):
            return None
        dialog = IntakeDialog(self.ctx, self, customer_id=customer_id if isinstance(customer_id, int) else None,
                              order_id=order_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(lambda: self._created(dialog.complaint_id))
        dialog.open()
        self.intake_dialog = dialog
        return dialog

    def _created(self, complaint_id: int | None) -> None:
        if complaint_id is None:
            return
        self.table.set_filter("state", "open")
        self.table.refresh()
        self.show_case(complaint_id)
        self.table.select_key(complaint_id)
        self.load_summary()
