"""The customer inquiries page (咨询): the list with its reply deadlines, the inquiry beside it
with the one-step answers (answer, tell the customer when, turn into a complaint or an order),
and the dialog that records a new inquiry."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from suite.plugin_api import NotFound, SuiteError, ValidationError, core
from suite.plugin_api.ui import FormField, LazyTable, run_in_worker
from suite_plugins.complaints import codes
from suite_plugins.complaints.permissions import HANDLE
from suite_plugins.complaints.services import inquiries
from suite_plugins.complaints.ui.common import (
    LEVEL_COLOURS,
    StepDialog,
    local_text,
    parse_time,
    set_badge,
    show_error,
    time_field,
)
from suite_plugins.complaints.ui.reminders import ensure_watcher

ERROR_STYLE = "color: #c5221f;"
STATE_LEVELS = {"overdue": "danger", "soon": "warning", "open": "info", "answered": "success", "late": "neutral"}


class InquiryDialog(QDialog):
    """Record a new inquiry; ``inquiry_id`` holds its id once accepted."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inquiryDialog")
        self.setWindowTitle(self.tr("New inquiry"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.ctx = ctx
        self.inquiry_id: int | None = None
        self.errors: dict[str, QLabel] = {}

        self.channel = QComboBox(self)
        self.channel.setObjectName("inquiryChannel")
        for code, label in codes.INQUIRY_CHANNELS.items():
            self.channel.addItem(str(label), code)
        self.topic = QComboBox(self)
        self.topic.setObjectName("inquiryTopic")
        self.topic.addItem(self.tr("— choose —"), None)
        for code, label in codes.INQUIRY_TOPICS.items():
            self.topic.addItem(str(label), code)
        self.customer_search = QLineEdit(self)
        self.customer_search.setObjectName("inquiryCustomerSearch")
        self.customer_search.setPlaceholderText(self.tr("Phone number or name (empty: an unnamed caller)"))
        self.customer = QComboBox(self)
        self.customer.setObjectName("inquiryCustomer")
        self.customer.addItem(self.tr("— unnamed caller —"), None)
        self.caller_name = QLineEdit(self)
        self.caller_name.setObjectName("inquiryCallerName")
        self.caller_name.setPlaceholderText(self.tr("How the caller gave their name (optional)"))
        self.contact = QLineEdit(self)
        self.contact.setObjectName("inquiryContact")
        self.contact.setPlaceholderText(self.tr("Phone or account to answer (optional)"))
        self.question = QPlainTextEdit(self)
        self.question.setObjectName("inquiryQuestion")
        self.question.setTabChangesFocus(True)
        self.question.setPlaceholderText(self.tr("The customer's question"))
        self.question.setFixedHeight(self.question.fontMetrics().lineSpacing() * 3 + 14)
        self.answer = QPlainTextEdit(self)
        self.answer.setObjectName("inquiryAnswer")
        self.answer.setTabChangesFocus(True)
        self.answer.setPlaceholderText(self.tr("The answer, if given at once (leave empty to answer later)"))
        self.answer.setFixedHeight(self.answer.fontMetrics().lineSpacing() * 3 + 14)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add(form, self.tr("Came in by *"), self.channel, "channel")
        self._add(form, self.tr("Topic *"), self.topic, "topic")
        row = QHBoxLayout()
        row.addWidget(self.customer_search, 1)
        row.addWidget(self.customer, 1)
        self._add(form, self.tr("Customer"), row, "customer")
        self._add(form, self.tr("Caller"), self.caller_name, "caller_name")
        self._add(form, self.tr("Contact"), self.contact, "contact")
        self._add(form, self.tr("Question *"), self.question, "question")
        self._add(form, self.tr("Answer"), self.answer, "answer")
        self.banner = QLabel(self)
        self.banner.setObjectName("inquiryBanner")
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        minutes = self._reply_minutes()
        hint = QLabel(self.tr("Every inquiry is answered within {n} minutes; if it cannot be answered at once, "
                              "tell the customer when.").format(n=minutes), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6368;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record inquiry"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.search_customers)
        self.customer_search.textChanged.connect(lambda _t: self._timer.start())

    def _reply_minutes(self) -> int:
        from suite_plugins.complaints.services import policies

        return policies.get_desk_settings(self.ctx).inquiry_reply_minutes

    def _add(self, form: QFormLayout, label: str, field, key: str) -> None:
        box = QWidget(self)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        if isinstance(field, QWidget):
            col.addWidget(field)
        else:
            col.addLayout(field)
        error = QLabel(box)
        error.setObjectName(f"error_{key}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        col.addWidget(error)
        self.errors[key] = error
        form.addRow(label, box)

    def search_customers(self) -> None:
        text = self.customer_search.text().strip()
        self.customer.clear()
        self.customer.addItem(self.tr("— unnamed caller —"), None)
        try:
            found = core.search_customers(self.ctx, text, limit=20) if text else []
        except SuiteError:
            found = []
        for c in found:
            phone = c.phones[0].phone if c.phones else ""
            self.customer.addItem(f"{c.name}  {phone}".strip(), c.id)
        if found:
            self.customer.setCurrentIndex(1)

    def submit(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.banner.hide()
        data = inquiries.InquiryInput(
            channel=self.channel.currentData(), topic=self.topic.currentData() or "",
            question=self.question.toPlainText(), customer_id=self.customer.currentData(),
            caller_name=self.caller_name.text(), contact=self.contact.text(), answer=self.answer.toPlainText())
        try:
            self.inquiry_id = inquiries.create_inquiry(self.ctx, data)
        except ValidationError as exc:
            for key, message in exc.fields.items():
                label = self.errors.get(key)
                if label is None:
                    self.banner.setText(str(message))
                    self.banner.show()
                else:
                    label.setText(str(message))
                    label.show()
            if not exc.fields:
                self.banner.setText(str(exc))
                self.banner.show()
            return
        except SuiteError as exc:
            self.banner.setText(str(exc))
            self.banner.show()
            return
        self.accept()


class InquiryPanel(QWidget):
    """One inquiry and its steps."""

    changed = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inquiryPanel")
        self.ctx = ctx
        self.inquiry: inquiries.InquiryView | None = None
        self.empty = QLabel(self.tr("Choose an inquiry in the list."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number = QLabel(self)
        self.number.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.state = QLabel(self)
        self.state.setObjectName("inquiryState")
        self.info = QLabel(self)
        self.info.setObjectName("inquiryInfo")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer = QPlainTextEdit(self)
        self.answer.setObjectName("panelAnswer")
        self.answer.setPlaceholderText(self.tr("The answer given to the customer"))
        self.answer.setFixedHeight(self.answer.fontMetrics().lineSpacing() * 3 + 14)
        self.answer_button = QPushButton(self.tr("Answered"), self)
        self.answer_button.setObjectName("answerInquiry")
        self.promise_button = QPushButton(self.tr("Promise a time…"), self)
        self.promise_button.setToolTip(self.tr("Tell the customer when to expect the answer"))
        self.promise_button.setObjectName("promiseReply")
        self.complaint_button = QPushButton(self.tr("Turn into a complaint…"), self)
        self.complaint_button.setObjectName("inquiryToComplaint")
        self.order_button = QPushButton(self.tr("Take an order"), self)
        self.order_button.setObjectName("inquiryToOrder")
        self.order_button.setToolTip(self.tr("Open the order desk and mark this inquiry as ending in an order"))
        self.answer_button.clicked.connect(self.give_answer)
        self.promise_button.clicked.connect(self.promise)
        self.complaint_button.clicked.connect(self.to_complaint)
        self.order_button.clicked.connect(self.to_order)
        buttons = QGridLayout()
        buttons.addWidget(self.promise_button, 0, 0)
        buttons.addWidget(self.complaint_button, 0, 1)
        buttons.addWidget(self.order_button, 1, 0)
        self.body = QWidget(self)
        col = QVBoxLayout(self.body)
        col.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.number)
        head.addWidget(self.state)
        head.addStretch(1)
        col.addLayout(head)
        col.addWidget(self.info)
        col.addWidget(self.answer)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.answer_button)
        col.addLayout(row)
        col.addLayout(buttons)
        col.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        self.body.hide()

    def show_inquiry(self, inquiry_id) -> None:
        if inquiry_id is None:
            self.inquiry = None
            self.body.hide()
            self.empty.show()
            return
        try:
            self.inquiry = inquiries.get_inquiry(self.ctx, inquiry_id)
        except NotFound:
            self.inquiry = None
            self.body.hide()
            self.empty.show()
            return
        self.empty.hide()
        self.body.show()
        q = self.inquiry
        now = self.ctx.now()
        state = q.state(now)
        labels = {"overdue": self.tr("Overdue"), "soon": self.tr("Due soon"), "open": self.tr("Waiting for an answer"),
                  "answered": self.tr("Answered in time"), "late": self.tr("Answered late")}
        self.number.setText(q.number)
        set_badge(self.state, labels[state], STATE_LEVELS[state])
        lines = [
            self.tr("{who} · {contact} · by {channel} · {topic}").format(
                who=q.who, contact=q.contact or "—", channel=q.channel_label, topic=q.topic_label),
            self.tr("Received {time}; answer by {due}").format(time=local_text(self.ctx, q.received_at),
                                                                due=local_text(self.ctx, q.due_at)),
            self.tr("Question: {text}").format(text=q.question),
        ]
        if q.promised_at is not None:
            lines.append(self.tr("Told the customer to expect the answer by {time}").format(
                time=local_text(self.ctx, q.promised_at)))
        if q.answered_at is not None:
            lines.append(self.tr("Answered {time} by {who} ({n} min): {text}").format(
                time=local_text(self.ctx, q.answered_at), who=q.answered_by or "—", n=q.reply_minutes, text=q.answer))
        if q.converted_kind == "complaint":
            lines.append(self.tr("Turned into a complaint."))
        elif q.converted_kind == "order":
            lines.append(self.tr("Ended in an order."))
        for kind, at, text, promised in q.notes:
            if kind == "note":
                lines.append(f"{local_text(self.ctx, at)} · {text}")
        self.info.setText("\n".join(lines))
        handle = self.ctx.can(HANDLE)
        open_ = q.answered_at is None
        self.answer.setVisible(open_)
        self.answer_button.setVisible(open_)
        self.answer_button.setEnabled(handle)
        self.promise_button.setEnabled(handle and open_)
        self.complaint_button.setEnabled(handle and not q.converted_kind)
        self.order_button.setVisible(self.ctx.has_plugin("orders") or self.ctx.host is None)
        self.order_button.setEnabled(handle and not q.converted_kind)

    def _done(self) -> None:
        if self.inquiry is not None:
            qid = self.inquiry.id
            self.show_inquiry(qid)
            self.changed.emit(qid)

    def give_answer(self) -> None:
        if self.inquiry is None:
            return
        try:
            inquiries.answer_inquiry(self.ctx, self.inquiry.id, self.answer.toPlainText(),
                                     expected_version=self.inquiry.version)
        except SuiteError as exc:
            show_error(self, exc)
            return
        self.answer.clear()
        self._done()

    def promise(self) -> StepDialog | None:
        if self.inquiry is None:
            return None
        q = self.inquiry
        dialog = StepDialog(self, self.tr("Tell the customer when to expect the answer"),
                            [time_field(self.ctx, "promised_at", self.tr("Answer expected by"), default_now=False),
                             FormField("note", self.tr("Why it cannot be answered at once"), "text")],
                            lambda v: inquiries.promise_reply(self.ctx, q.id, parse_time(self.ctx, v["promised_at"]),
                                                              expected_version=q.version, note=v["note"]))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(self._done)
        dialog.open()
        self.dialog = dialog
        return dialog

    def to_complaint(self) -> StepDialog | None:
        if self.inquiry is None:
            return None
        q = self.inquiry

        def run(v):
            cid = inquiries.convert_to_complaint(self.ctx, q.id, category=v["category"], expected_version=q.version)
            from suite_plugins.complaints import api

            self.ctx.open_page(api.LIST_PAGE, cid)
            return cid

        dialog = StepDialog(self, self.tr("Turn the inquiry into a complaint"),
                            [FormField("category", self.tr("Problem"), "combo", required=True,
                                       choices=list(codes.CATEGORIES.items()))], run,
                            intro=self.tr("A complaint is opened with the inquiry's text and customer; its deadlines "
                                          "start now."))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(self._done)
        dialog.open()
        self.dialog = dialog
        return dialog

    def to_order(self) -> None:
        if self.inquiry is None:
            return
        try:
            inquiries.convert_to_order(self.ctx, self.inquiry.id, expected_version=self.inquiry.version)
        except SuiteError as exc:
            show_error(self, exc)
            return
        from suite_plugins.orders import api as orders

        self.ctx.open_page(orders.DESK_PAGE)
        self._done()


class InquiriesPage(QWidget):
    REFRESH_MS = 30_000

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inquiriesPage")
        self.ctx = ctx
        title = QLabel(self.tr("Customer inquiries"), self)
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.summary = QLabel(self)
        self.summary.setObjectName("inquirySummary")
        self.new_button = QPushButton(self.tr("New inquiry"), self)
        self.new_button.setObjectName("newInquiry")
        self.new_button.setEnabled(ctx.can(HANDLE))
        self.new_button.clicked.connect(lambda: self.new_inquiry())
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(16)
        head.addWidget(self.summary)
        head.addStretch(1)
        head.addWidget(self.new_button)
        self.table = LazyTable(ctx, inquiries.inquiry_list(ctx), self)
        self.table.setObjectName("inquiryList")
        for combo in self.table.filter_combos.values():
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self.panel = InquiryPanel(ctx, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.panel.setMinimumWidth(400)
        splitter.setSizes([860, 440])
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(splitter, 1)
        self.table.currentKeyChanged.connect(self.panel.show_inquiry)
        self.panel.changed.connect(self._changed)
        self.timer = QTimer(self)
        self.timer.setInterval(self.REFRESH_MS)
        self.timer.timeout.connect(self.load_summary)
        self.timer.start()
        self.load_summary()
        ensure_watcher(ctx)

    def refresh(self) -> None:
        self.table.set_query(inquiries.inquiry_list(self.ctx))
        self.load_summary()

    def open_key(self, key) -> None:
        self.table.select_key(key)
        self.panel.show_inquiry(key)

    def load_summary(self) -> None:
        run_in_worker(self, lambda _job: inquiries.open_inquiries(self.ctx, limit=0), show_progress=False,
                      cancellable=False, on_result=self.show_summary)

    def show_summary(self, d: inquiries.InquiryDeadlines) -> None:
        self.summary.setText(self.tr("{overdue} overdue · {soon} due soon · {open} waiting for an answer").format(
            overdue=d.overdue, soon=d.due_soon, open=d.open))
        level = "danger" if d.overdue else "warning" if d.due_soon else "neutral"
        bg, fg = LEVEL_COLOURS[level]
        self.summary.setStyleSheet(f"background: {bg}; color: {fg}; border-radius: 10px; padding: 3px 10px;")

    def _changed(self, inquiry_id: int) -> None:
        self.table.refresh()
        self.table.select_key(inquiry_id)
        self.load_summary()

    def new_inquiry(self) -> InquiryDialog | None:
        if not self.ctx.can(HANDLE):
            return None
        dialog = InquiryDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(lambda: self._created(dialog.inquiry_id))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _created(self, inquiry_id: int | None) -> None:
        if inquiry_id is None:
            return
        self.table.refresh()
        self.table.select_key(inquiry_id)
        self.panel.show_inquiry(inquiry_id)
        self.load_summary()
