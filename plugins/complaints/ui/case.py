"""The case panel: one complaint with its clocks, its timeline, actions and follow-ups, and
a button for every next step. Each step runs a service; the panel shows what came back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from suite.plugin_api import NotFound, SuiteError
from suite.plugin_api.numbers import format_decimal, format_money
from suite.plugin_api.ui import FormField, RecordForm, number_item
from suite_plugins.complaints import codes
from suite_plugins.complaints.permissions import APPROVE, HANDLE, INVESTIGATE
from suite_plugins.complaints.services import compensation, followup, handling, kitchen_link, queries
from suite_plugins.complaints.ui.common import (
    LEVEL_COLOURS,
    STAGE_LEVELS,
    StepDialog,
    local_text,
    parse_time,
    set_badge,
    show_error,
    staff_choices,
    time_field,
)

SEVERITY_LEVELS = {"urgent": "danger", "general": "info", "non_urgent": "neutral"}
STATUS_LEVELS = {"new": "warning", "in_progress": "info", "investigating": "info", "waiting": "neutral",
                 "resolved": "success", "closed": "neutral"}


def duration_text(delta: dt.timedelta | None) -> str:
    """``2 h 5 min left`` / ``40 min over``."""
    if delta is None:
        return ""
    minutes = int(abs(delta.total_seconds()) // 60)
    if minutes >= 60:
        text = QCoreApplication.translate("CasePanel", "{h} h {m} min").format(h=minutes // 60, m=minutes % 60)
    else:
        text = QCoreApplication.translate("CasePanel", "{m} min").format(m=minutes)
    if delta.total_seconds() < 0:
        return QCoreApplication.translate("CasePanel", "{t} over").format(t=text)
    return QCoreApplication.translate("CasePanel", "{t} left").format(t=text)


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setAlternatingRowColors(True)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _fill(table: QTableWidget, rows: list[list[str]], levels: list[str | None] | None = None,
          level_column: int | None = None) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = value if isinstance(value, QTableWidgetItem) else QTableWidgetItem(value)  # number_item: a figure
            item.setToolTip(item.text())
            if levels and level_column == c and levels[r]:
                bg, fg = LEVEL_COLOURS[levels[r]]
                item.setBackground(QColor(bg))
                item.setForeground(QColor(fg))
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


class CasePanel(QWidget):
    """Shows one case; ``changed(complaint_id)`` after every step that saved something."""

    changed = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casePanel")
        self.ctx = ctx
        self.case: queries.CaseView | None = None

        self.empty = QLabel(self.tr("Choose a complaint in the list, or record a new one (Ctrl+N)."), self)
        self.empty.setObjectName("caseEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        self.number = QLabel(self)
        self.number.setObjectName("caseNumber")
        self.number.setStyleSheet("font-size: 17px; font-weight: 600;")
        self.status = QLabel(self)
        self.status.setObjectName("caseStatus")
        self.severity = QLabel(self)
        self.severity.setObjectName("caseSeverity")
        self.next_due = QLabel(self)
        self.next_due.setObjectName("caseNextDue")
        head = QHBoxLayout()
        head.addWidget(self.number)
        head.addWidget(self.severity)
        head.addWidget(self.status)
        head.addStretch(1)
        self.next_due.setWordWrap(True)

        self.customer = QLabel(self)
        self.customer.setObjectName("caseCustomer")
        self.customer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.customer.setWordWrap(True)
        self.description = QLabel(self)
        self.description.setObjectName("caseDescription")
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description.setStyleSheet("background: #f6f7f9; padding: 6px; border-radius: 4px;")
        self.details = QLabel(self)
        self.details.setObjectName("caseDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)

        self.stages = _table(self, [self.tr("Stage"), self.tr("Deadline"), self.tr("New time told"), self.tr("Done"),
                                    self.tr("State"), self.tr("Time")], "caseStages")
        self.stages.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.stages.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stages.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.stages.setWordWrap(False)

        # ---- the steps
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(4)
        steps = [
            ("first_contact", self.tr("First contact"), self.first_contact, "Ctrl+1"),
            ("solution", self.tr("Propose solution"), self.propose_solution, "Ctrl+2"),
            ("notify", self.tr("Notify department"), self.notify_department, "Ctrl+3"),
            ("investigation", self.tr("Investigation result"), self.investigation, "Ctrl+4"),
            ("action", self.tr("Action / compensation"), self.add_action, "Ctrl+5"),
            ("resolve", self.tr("Resolve"), self.resolve, "Ctrl+6"),
            ("followup", self.tr("Follow-up visit"), self.follow_up, "Ctrl+7"),
            ("close", self.tr("Close case"), self.close_case, "Ctrl+8"),
            ("wait", self.tr("Wait for customer"), self.wait_or_resume, ""),
            ("extend", self.tr("Cannot meet a deadline"), self.extend, ""),
            ("edit", self.tr("Edit details"), self.edit, "Ctrl+E"),
            ("note", self.tr("Add note"), self.note, ""),
        ]
        # the kitchen's quality control, when installed: open an anomaly from the complaint
        self.kitchen_button = QPushButton(self.tr("Open a kitchen anomaly"), self)
        self.kitchen_button.setObjectName("openKitchenAnomaly")
        self.kitchen_button.setToolTip(self.tr("Report the problem to the kitchen's quality control, with the "
                                               "complaint's text"))
        self.kitchen_button.clicked.connect(self.open_kitchen_anomaly)
        self.kitchen_button.setVisible(kitchen_link.available(ctx))
        self.anomalies = QListWidget(self)
        self.anomalies.setObjectName("kitchenAnomalies")
        self.anomalies.setMaximumHeight(70)
        self.anomalies.itemActivated.connect(self._open_anomaly_item)
        self.anomalies.itemClicked.connect(self._open_anomaly_item)
        self.anomalies.hide()
        for i, (key, text, slot, shortcut) in enumerate(steps):
            button = QPushButton(text, self)
            button.setObjectName(f"step_{key}")
            if shortcut:
                button.setToolTip(f"{text} ({shortcut})")
                sc = QShortcut(QKeySequence(shortcut), self)
                sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                sc.activated.connect(lambda b=button: b.isEnabled() and b.click())
            button.clicked.connect(slot)
            self.buttons[key] = button
            grid.addWidget(button, i // 3, i % 3)

        # ---- history
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseTabs")
        self.timeline = _table(self, [self.tr("When"), self.tr("What"), self.tr("Details"), self.tr("Note"),
                                      self.tr("By")], "caseTimeline")
        actions_box = QWidget(self)
        self.actions = _table(actions_box, [self.tr("When"), self.tr("Action"), self.tr("Amount"), self.tr("Approval"),
                                            self.tr("Note")], "caseActions")
        self.approve_button = QPushButton(self.tr("Approve"), actions_box)
        self.approve_button.setObjectName("approveAction")
        self.reject_button = QPushButton(self.tr("Reject"), actions_box)
        self.reject_button.setObjectName("rejectAction")
        self.lab_button = QPushButton(self.tr("Test result"), actions_box)
        self.lab_button.setObjectName("labResult")
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.reject_button.clicked.connect(lambda: self.decide(False))
        self.lab_button.clicked.connect(self.lab_result)
        self.actions.itemSelectionChanged.connect(self._update_action_buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.lab_button)
        row.addWidget(self.approve_button)
        row.addWidget(self.reject_button)
        col = QVBoxLayout(actions_box)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.actions)
        col.addLayout(row)
        self.followups = _table(self, [self.tr("When"), self.tr("How"), self.tr("Reached"), self.tr("Satisfaction"),
                                       self.tr("Comments")], "caseFollowups")
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(actions_box, self.tr("Actions and compensation"))
        self.tabs.addTab(self.followups, self.tr("Follow-up visits"))

        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(head)
        body.addWidget(self.next_due)
        body.addWidget(self.customer)
        body.addWidget(self.description)
        body.addWidget(self.details)
        body.addWidget(self.stages)
        body.addLayout(grid)
        body.addWidget(self.kitchen_button)
        body.addWidget(self.anomalies)
        body.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        self.body.hide()

    # ------------------------------------------------------------------ showing

    def show_case(self, complaint_id: int | None) -> None:
        if complaint_id is None:
            self.case = None
            self.body.hide()
            self.empty.show()
            return
        try:
            self.case = queries.get_case(self.ctx, complaint_id)
        except NotFound:
            self.case = None
            self.body.hide()
            self.empty.setText(self.tr("That complaint no longer exists."))
            self.empty.show()
            return
        self.empty.hide()
        self.body.show()
        self._render()

    def reload(self) -> None:
        if self.case is not None:
            self.show_case(self.case.id)

    def _render(self) -> None:
        c = self.case
        assert c is not None
        self.number.setText(c.number)
        set_badge(self.status, c.status_label, STATUS_LEVELS.get(c.status, "neutral"))
        set_badge(self.severity, codes.label(codes.SEVERITIES, c.severity), SEVERITY_LEVELS.get(c.severity, "info"))
        if c.next_due is not None:
            late = c.next_due < self.ctx.now()
            self.next_due.setText(self.tr("Next: {stage} by {time}").format(
                stage=codes.label(codes.STAGES, c.next_stage), time=local_text(self.ctx, c.next_due)))
            self.next_due.setStyleSheet(f"color: {LEVEL_COLOURS['danger'][1]}; font-weight: 600;" if late else "")
        elif c.paused_since is not None:
            self.next_due.setText(self.tr("Clock stopped since {time}: waiting for the customer").format(
                time=local_text(self.ctx, c.paused_since)))
            self.next_due.setStyleSheet("")
        else:
            self.next_due.clear()
        self.next_due.setVisible(bool(self.next_due.text()))
        order = ""
        if c.order_number:
            order = self.tr("Order {number}").format(number=c.order_number)
            if c.order_amount is not None:
                order += f" ({format_money(c.order_amount)})"
        self.customer.setText(" · ".join(x for x in (
            c.customer_name, c.customer_phone, order,
            self.tr("received {time} by {channel}").format(time=local_text(self.ctx, c.received_at),
                                                          channel=codes.label(codes.CHANNELS, c.channel))) if x))
        self.description.setText(f"[{codes.label(codes.CATEGORIES, c.category)}] {c.description}")
        lines = []
        involved = [f"{codes.label(codes.INVOLVED_ROLES, role)}: {c.staff_names[role]}"
                    for role in ("driver", "cook", "clerk") if c.staff_names.get(role)]
        if involved:
            lines.append(self.tr("Involved: {who}").format(who=", ".join(involved)))
        if c.staff_names.get("handler"):
            lines.append(self.tr("Handled by: {name}").format(name=c.staff_names["handler"]))
        if c.responsible_department or c.root_cause:
            verdict = {True: self.tr("substantiated"), False: self.tr("not substantiated"), None: ""}[c.substantiated]
            lines.append(self.tr("Responsibility: {dept} {person} · cause: {cause} {verdict}").format(
                dept=codes.label(codes.DEPARTMENTS, c.responsible_department), person=c.staff_names.get("responsible", ""),
                cause=codes.label(codes.ROOT_CAUSES, c.root_cause) or "—", verdict=verdict))
        if c.delay_cause:
            lines.append(self.tr("Cause of the delay: {cause}").format(cause=codes.label(codes.DELAY_CAUSES, c.delay_cause)))
        if c.supplier_name:
            lines.append(self.tr("Supplier held responsible: {name}").format(name=c.supplier_name))
        if c.compensation_total:
            lines.append(self.tr("Compensation: ¥{amount}{pending}").format(
                amount=format_decimal(c.compensation_total), pending=self.tr(" (awaiting approval)") if c.approval_pending else ""))
        if c.resolution:
            lines.append(self.tr("Resolution: {text}").format(text=c.resolution))
        if c.followup_due is not None and c.is_open:
            lines.append(self.tr("Follow-up visit from {start} to {end}").format(
                start=local_text(self.ctx, c.followup_from), end=local_text(self.ctx, c.followup_due)))
        mode = self.tr("business hours (holiday calendar)") if c.policy_business_hours else self.tr("round the clock")
        lines.append(self.tr("Deadlines count {mode}.").format(mode=mode))
        self.details.setText("\n".join(lines))

        rows, levels = [], []
        for st in c.stages:
            if st.state == "none":
                continue
            state_text = {
                "done": self.tr("done in time"), "late": self.tr("done late"), "overdue": self.tr("overdue"),
                "soon": self.tr("due soon"), "running": self.tr("running"), "waiting": self.tr("clock stopped"),
            }[st.state]
            due_text = local_text(self.ctx, st.due)
            if st.without_holidays:
                due_text += " " + self.tr("(computed without holidays: no calendar for that year)")
            rows.append([st.label, due_text, local_text(self.ctx, st.new_due),
                         local_text(self.ctx, st.done), state_text,
                         duration_text(st.remaining) if st.done is None else ""])
            levels.append(STAGE_LEVELS[st.state])
        _fill(self.stages, rows, levels, level_column=4)
        self.stages.setColumnHidden(2, not any(r[2] for r in rows))  # "new time told" only when there is one
        rows_h = self.stages.verticalHeader().defaultSectionSize() * len(rows)
        self.stages.setFixedHeight(self.stages.horizontalHeader().height() + rows_h + 4)

        _fill(self.timeline, [[local_text(self.ctx, e.at), e.label, e.detail, e.note, e.staff] for e in reversed(c.timeline)])
        _fill(self.actions, [[local_text(self.ctx, a.at), a.kind_label + (f" · {a.lab_name}" if a.lab_name else ""),
                              number_item(a.amount, "money") if a.amount is not None else "",
                              a.approval_label if a.approval != "none" else "",
                              "  ".join(x for x in (a.note, a.lab_result, a.approval_note) if x)] for a in c.actions],
              [{"pending": "warning", "approved": "success", "rejected": "danger"}.get(a.approval) for a in c.actions], 3)
        _fill(self.followups, [[local_text(self.ctx, f.at), f.method_label, self.tr("yes") if f.reached else self.tr("no"),
                                f"{f.satisfaction} / 5" if f.satisfaction else "", f.comments] for f in c.followups])
        self._render_anomalies()
        self._update_buttons()

    def _render_anomalies(self) -> None:
        self.anomalies.clear()
        if not kitchen_link.available(self.ctx) or self.case is None:
            self.anomalies.hide()
            return
        try:
            refs = kitchen_link.linked_anomalies(self.ctx, self.case.id)
        except SuiteError:
            refs = []
        for ref in refs:
            item = QListWidgetItem(self.tr("Kitchen anomaly #{id}: {title} ({status})").format(
                id=ref.id, title=ref.title, status=ref.status))
            item.setData(Qt.ItemDataRole.UserRole, ref.id)
            self.anomalies.addItem(item)
        self.anomalies.setVisible(bool(refs))

    def _open_anomaly_item(self, item) -> None:
        page = kitchen_link.anomaly_page()
        if page is not None:
            self.ctx.open_page(page, item.data(Qt.ItemDataRole.UserRole))

    def open_kitchen_anomaly(self) -> None:
        if self.case is None:
            return
        kinds = [(k, k.replace("_", " ")) for k in kitchen_link.anomaly_kinds()]
        self._step(self.tr("Open a kitchen anomaly"),
                   [FormField("kind", self.tr("Kind"), "combo", required=True, choices=kinds,
                              default=kitchen_link.suggested_kind(self.case.category)),
                    FormField("description", self.tr("Description"), "text", required=True,
                              default=f"{self.case.number}: {self.case.description}")],
                   lambda v: kitchen_link.open_anomaly(self.ctx, self._cid, kind=v["kind"], description=v["description"]),
                   intro=self.tr("The kitchen's quality control investigates the cause; the anomaly is linked to "
                                 "this complaint."))

    def _update_buttons(self) -> None:
        c = self.case
        handle, investigate = self.ctx.can(HANDLE), self.ctx.can(INVESTIGATE)
        open_ = c is not None and c.is_open
        resolved = c is not None and c.resolved_at is not None
        contacted = c is not None and c.first_contact_at is not None
        waiting = c is not None and c.paused_since is not None
        enabled = {
            "first_contact": open_ and handle and not contacted,
            "solution": open_ and handle and contacted and not resolved,
            "notify": open_ and (handle or investigate) and not resolved and not any(
                e.kind == "department_notified" for e in c.timeline),
            "investigation": open_ and investigate and any(e.kind == "department_notified" for e in c.timeline)
            and not any(e.kind == "investigation_done" for e in c.timeline),
            "action": open_ and handle,
            "resolve": open_ and handle and contacted and not resolved,
            "followup": open_ and handle and resolved,
            "close": open_ and handle and c.can_close,
            "wait": open_ and handle and contacted and not resolved,
            "extend": open_ and handle and not resolved and any(st.state in ("running", "soon", "overdue")
                                                                  for st in c.stages),
            "edit": open_ and (handle or investigate),
            "note": handle or investigate,
        }
        for key, button in self.buttons.items():
            button.setEnabled(bool(c is not None and enabled[key]))
        self.buttons["wait"].setText(self.tr("Customer answered") if waiting else self.tr("Wait for customer"))
        self._update_action_buttons()

    def _selected_action(self):
        if self.case is None:
            return None
        row = self.actions.currentRow()
        return self.case.actions[row] if 0 <= row < len(self.case.actions) else None

    def _update_action_buttons(self) -> None:
        a = self._selected_action()
        may = self.ctx.can(APPROVE)
        self.approve_button.setEnabled(bool(a and a.approval == "pending" and may))
        self.reject_button.setEnabled(bool(a and a.approval == "pending" and may))
        self.lab_button.setEnabled(bool(a and a.kind == "lab_test" and not a.lab_result
                                        and (self.ctx.can(HANDLE) or self.ctx.can(INVESTIGATE))))
        self.approve_button.setVisible(may)
        self.reject_button.setVisible(may)

    # ------------------------------------------------------------------ running steps

    def _step(self, title: str, fields: list[FormField], run, *, intro: str = "", values: dict | None = None) -> StepDialog:
        dialog = StepDialog(self, title, fields, run, intro=intro, values=values)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(self._saved)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _saved(self) -> None:
        if self.case is not None:
            cid = self.case.id
            self.show_case(cid)
            self.changed.emit(cid)

    def _direct(self, fn, *args, **kwargs) -> bool:
        try:
            fn(*args, **kwargs)
        except SuiteError as exc:
            show_error(self, exc)
            return False
        self._saved()
        return True

    def _at(self, values: dict, name: str = "at"):
        return parse_time(self.ctx, values.get(name, ""))

    @property
    def _cid(self) -> int:
        assert self.case is not None
        return self.case.id

    def first_contact(self) -> None:
        self._step(self.tr("First contact with the customer"),
                   [time_field(self.ctx), FormField("note", self.tr("What was said"), "text")],
                   lambda v: handling.log_first_contact(self.ctx, self._cid, at=self._at(v), note=v["note"],
                                                        expected_version=self.case.version))

    def propose_solution(self) -> None:
        self._step(self.tr("Propose a solution"),
                   [FormField("proposal", self.tr("Proposed solution"), "text", required=True), time_field(self.ctx)],
                   lambda v: handling.propose_solution(self.ctx, self._cid, v["proposal"], at=self._at(v)))

    def notify_department(self) -> None:
        self._step(self.tr("Notify the responsible department"),
                   [FormField("department", self.tr("Department"), "combo", required=True,
                              choices=list(codes.DEPARTMENTS.items())),
                    FormField("staff", self.tr("Person told"), "combo", choices=staff_choices(self.ctx), error_keys=("staff",)),
                    time_field(self.ctx), FormField("note", self.tr("Note"), "text")],
                   lambda v: handling.notify_department(self.ctx, self._cid, v["department"], staff_id=v["staff"],
                                                        at=self._at(v), note=v["note"]),
                   intro=self.tr("The department's investigation deadline counts from this moment."))

    def investigation(self) -> None:
        self._step(self.tr("Investigation result"),
                   [FormField("findings", self.tr("Findings"), "text", required=True),
                    FormField("responsible_department", self.tr("Responsible department"), "combo", required=True,
                              choices=list(codes.DEPARTMENTS.items())),
                    FormField("responsible_staff_id", self.tr("Responsible person"), "combo",
                              choices=staff_choices(self.ctx)),
                    FormField("root_cause", self.tr("Root cause"), "combo", required=True,
                              choices=list(codes.ROOT_CAUSES.items())),
                    FormField("substantiated", self.tr("The complaint is substantiated"), "check", default=True),
                    *([FormField("delay_cause", self.tr("Cause of the delay"), "combo",
                                 choices=[("", self.tr("as the root cause says")), *codes.DELAY_CAUSES.items()],
                                 help=self.tr("Force majeure is explained and apologised for; only an internal "
                                              "cause counts against the delivery department and its staff."))]
                      if self.case is not None and self.case.category == "delivery_delay" else []),
                    time_field(self.ctx)],
                   lambda v: handling.record_investigation(
                       self.ctx, self._cid, findings=v["findings"], root_cause=v["root_cause"],
                       responsible_department=v["responsible_department"], substantiated=v["substantiated"],
                       responsible_staff_id=v["responsible_staff_id"], at=self._at(v),
                       delay_cause=v.get("delay_cause") or ""))

    def wait_or_resume(self) -> None:
        if self.case is not None and self.case.paused_since is not None:
            self._step(self.tr("The customer answered"), [FormField("note", self.tr("Note"), "text"), time_field(self.ctx)],
                       lambda v: handling.customer_answered(self.ctx, self._cid, note=v["note"], at=self._at(v)))
            return
        self._step(self.tr("Wait for the customer"),
                   [FormField("reason", self.tr("Waiting for"), "text", required=True), time_field(self.ctx)],
                   lambda v: handling.wait_for_customer(self.ctx, self._cid, reason=v["reason"], at=self._at(v)),
                   intro=self.tr("The clock stops until the customer answers."))

    def extend(self) -> None:
        stages = [(st.stage, st.label) for st in (self.case.stages if self.case else [])
                  if st.state in ("running", "soon", "overdue")]
        self._step(self.tr("A deadline cannot be met"),
                   [FormField("stage", self.tr("Stage"), "combo", required=True, choices=stages),
                    time_field(self.ctx, "new_due", self.tr("New time told to the customer"), default_now=False),
                    FormField("reason", self.tr("Reason"), "text", required=True)],
                   lambda v: handling.extend_deadline(self.ctx, self._cid, v["stage"],
                                                      new_due=parse_time(self.ctx, v["new_due"]), reason=v["reason"]),
                   intro=self.tr("Tell the customer why and when to expect an answer. The stage still counts as "
                                 "late in the statistics if it ends after its deadline."))

    def add_action(self) -> None:
        def run(v: dict):
            lab_at = parse_time(self.ctx, v["lab_sent_at"]) if v.get("lab_sent_at") else None
            return compensation.record_action(self.ctx, self._cid, v["kind"], amount=v["amount"],
                                              coupon_expires=v["coupon_expires"], lab_sent_at=lab_at,
                                              lab_name=v["lab_name"], note=v["note"], at=self._at(v))

        dialog = self._step(
            self.tr("Action or compensation"),
            [FormField("kind", self.tr("Action"), "combo", required=True, choices=list(codes.ACTION_KINDS.items())),
             FormField("amount", self.tr("Amount (refund, coupon value, medical costs)"), "money", minimum=Decimal("0.01")),
             FormField("coupon_expires", self.tr("Coupon valid until"), "date"),
             time_field(self.ctx, "lab_sent_at", self.tr("Sealed food sent at"), required=False, default_now=False),
             FormField("lab_name", self.tr("Sent to (testing institute)"), "line", max_length=120),
             FormField("note", self.tr("Note"), "text"), time_field(self.ctx)],
            run, intro=self.tr("Compensation above the approval threshold, and a refund larger than the order, "
                               "wait for a manager's approval."))
        self.action_dialog = dialog

    def lab_result(self) -> None:
        a = self._selected_action()
        if a is None:
            return
        self._step(self.tr("Food test result"), [FormField("result", self.tr("Result"), "text", required=True),
                                                 time_field(self.ctx)],
                   lambda v: compensation.record_lab_result(self.ctx, a.id, v["result"], at=self._at(v),
                                                            expected_version=a.version))

    def decide(self, approve: bool) -> None:
        a = self._selected_action()
        if a is None:
            return
        title = self.tr("Approve compensation") if approve else self.tr("Reject compensation")
        self._step(title, [FormField("note", self.tr("Note"), "text", required=not approve, error_keys=("approval_note",))],
                   lambda v: compensation.decide(self.ctx, a.id, approve, v["note"], expected_version=a.version),
                   intro=f"{a.kind_label} {format_money(a.amount or 0)} · {a.note}")

    def resolve(self) -> None:
        self._step(self.tr("Resolve the complaint"),
                   [FormField("resolution", self.tr("How it was resolved"), "text", required=True),
                    time_field(self.ctx, "resolved_at", self.tr("Resolved at"))],
                   lambda v: handling.resolve(self.ctx, self._cid, v["resolution"], at=self._at(v, "resolved_at"),
                                              expected_version=self.case.version))

    def follow_up(self) -> None:
        self._step(self.tr("Follow-up visit"),
                   [FormField("method", self.tr("How"), "combo", required=True, choices=list(codes.FOLLOWUP_METHODS.items())),
                    FormField("reached", self.tr("The customer was reached"), "check", default=True),
                    FormField("satisfaction", self.tr("Satisfaction (1-5)"), "combo",
                              choices=[(n, str(n)) for n in (5, 4, 3, 2, 1)]),
                    FormField("comments", self.tr("Comments and suggestions"), "text"),
                    FormField("close", self.tr("Close the case when allowed"), "check", default=True),
                    time_field(self.ctx)],
                   lambda v: followup.record_followup(self.ctx, self._cid, method=v["method"], reached=v["reached"],
                                                      satisfaction=v["satisfaction"], comments=v["comments"],
                                                      at=self._at(v), close=v["close"]),
                   intro=self.tr("A case closes after the visit, or after three failed attempts to reach the customer."))

    def close_case(self) -> None:
        c = self.case
        if c is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Close case"),
                          self.tr("Close complaint {number}? It can no longer be changed afterwards.").format(number=c.number),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Close case"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        box.deleteLater()
        if answer == QMessageBox.StandardButton.Yes:
            self._direct(handling.close, self.ctx, c.id, expected_version=c.version)

    def note(self) -> None:
        self._step(self.tr("Add a note"), [FormField("note", self.tr("Note"), "text", required=True)],
                   lambda v: handling.add_note(self.ctx, self._cid, v["note"]))

    # ------------------------------------------------------------------ editing (optimistic lock)

    def edit(self) -> None:
        if self.case is None:
            return
        dialog = EditDialog(self.ctx, self.case.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.finished.connect(lambda _r: self._saved())
        dialog.open()
        self.edit_dialog = dialog


class EditDialog(QDialog):
    """Edit a case's details. Saving a case someone changed meanwhile opens the conflict
    dialog (reload theirs, or keep editing); nothing is overwritten."""

    def __init__(self, ctx, complaint_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintEdit")
        self.setWindowTitle(self.tr("Edit complaint"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.ctx = ctx
        people = staff_choices(ctx)
        fields = [
            FormField("channel", self.tr("Received by"), "combo", required=True, choices=list(codes.CHANNELS.items())),
            FormField("category", self.tr("Problem"), "combo", required=True, choices=list(codes.CATEGORIES.items())),
            FormField("severity", self.tr("Severity"), "combo", required=True, choices=list(codes.SEVERITIES.items()),
                      help=self.tr("A new severity re-times every deadline from the intake.")),
            FormField("description", self.tr("Description"), "text", required=True, max_length=4000),
            FormField("order_number", self.tr("Order number"), "line", error_keys=("order",)),
            FormField("driver_staff_id", self.tr("Driver involved"), "combo", choices=people, error_keys=("driver",)),
            FormField("cook_staff_id", self.tr("Cook involved"), "combo", choices=people, error_keys=("cook",)),
            FormField("clerk_staff_id", self.tr("Clerk involved"), "combo", choices=people, error_keys=("clerk",)),
            FormField("handler_staff_id", self.tr("Handled by"), "combo", choices=people, error_keys=("handler",)),
            FormField("responsible_department", self.tr("Responsible department"), "combo",
                      choices=list(codes.DEPARTMENTS.items())),
            FormField("responsible_staff_id", self.tr("Responsible person"), "combo", choices=people),
            FormField("root_cause", self.tr("Root cause"), "combo", choices=list(codes.ROOT_CAUSES.items())),
            FormField("substantiated", self.tr("Substantiated"), "combo",
                      choices=[(True, self.tr("yes")), (False, self.tr("no"))]),
        ]
        self.form = RecordForm(fields, load=self._load, save=self._save, key=complaint_id, parent=self)
        self.form.saved.connect(lambda _k: self.accept())
        self.form.cancelled.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.setMinimumWidth(520)

    def _load(self, key: int):
        c = queries.get_case(self.ctx, key)
        values = {
            "channel": c.channel, "category": c.category, "severity": c.severity, "description": c.description,
            "order_number": c.order_number, "responsible_department": c.responsible_department or None,
            "root_cause": c.root_cause or None, "substantiated": c.substantiated,
            **{f"{role}_staff_id": c.staff_ids.get(role) for role in ("driver", "cook", "clerk", "handler", "responsible")},
        }
        return values, c.version

    def _save(self, key: int, values: dict, version: int):
        old, _ = self._load(key)
        changes = {k: v for k, v in values.items() if v != old.get(k)}
        if "order_number" in changes:
            changes["order_number"] = (changes["order_number"] or "").strip()
        handling.update_complaint(self.ctx, key, expected_version=version, **changes)
        return key
