"""The audit log, read-only: who changed what and when, filtered by user, table and dates; and
the state of its hash chain (last check on this PC, "Verify now")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from suite.core import audit as svc
from suite.core.audit import change_text
from suite.core.lists import audit_list
from suite.ui.admin.common import call
from suite.ui.widgets import DateRangePicker, DetailSplitter, LazyTable


class AuditPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self.ctx = ctx
        self.user = QComboBox()
        self.user.setObjectName("auditUser")
        self.table_name = QComboBox()
        self.table_name.setObjectName("auditTable")
        self.use_dates = QCheckBox(self.tr("Only this period:"))
        self.use_dates.setObjectName("auditUseDates")
        self.dates = DateRangePicker(self, today=ctx.today, preset="this_month")
        self.dates.setEnabled(False)
        self._fill_filters()

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("User:")))
        filters.addWidget(self.user)
        filters.addWidget(QLabel(self.tr("Record type:")))
        filters.addWidget(self.table_name)
        filters.addSpacing(12)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.dates)
        filters.addStretch(1)

        self.list = LazyTable(ctx, audit_list(ctx), self)
        self.list.setObjectName("auditList")
        self.list.currentKeyChanged.connect(self.show_entry)
        self.details = QPlainTextEdit()
        self.details.setObjectName("auditDetails")
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Choose a line to see every change it records."))
        note = QLabel(self.tr("The audit log cannot be edited by anyone: every change in the suite is recorded "
                              "here, with who made it and when. Each row carries a hash of itself and of the row "
                              "before it, so a row changed, removed or slipped in afterwards is found."))
        note.setObjectName("subtitle")
        note.setWordWrap(True)

        self.check = QLabel()
        self.check.setObjectName("auditCheck")
        self.check.setWordWrap(True)
        self.check.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verify_button = QPushButton(self.tr("Verify now"))
        self.verify_button.setObjectName("auditVerify")
        self.verify_button.clicked.connect(self.verify_now)
        self.job = None
        check_row = QHBoxLayout()
        check_row.addWidget(self.check, 1)
        check_row.addWidget(self.verify_button)

        splitter = self.splitter = DetailSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.details)
        splitter.setSizes([480, 160])
        splitter.follow(self.list)  # the details take no room until a line is chosen
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(check_row)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(note)

        self.user.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.table_name.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.use_dates.toggled.connect(self._dates_toggled)
        self.dates.rangeChanged.connect(lambda _s, _e: self.apply_filters())
        self.show_check()

    # ------------------------------------------------------------------ the chain

    def show_check(self) -> None:
        """The last verification of the chain on this PC (at start-up, or Verify now)."""
        from suite.core.audit_head import last_check

        try:
            last = last_check(self.ctx.db)
        except Exception:  # pragma: no cover - an unreadable settings folder: say nothing
            last = None
        if last is None:
            text, state = self.tr("The audit log has not been verified on this PC yet."), "none"
        else:
            when = last.get("checked_at", "")
            try:
                import datetime as dt

                when = self.ctx.to_local(dt.datetime.fromisoformat(when)).strftime("%Y-%m-%d %H:%M")
            except (TypeError, ValueError):
                pass
            if last.get("result") == "ok":
                text = self.tr("Verified {when}: the hash chain is intact up to row {id}.").format(
                    when=when, id=last.get("id", 0))
                state = "ok"
            else:
                text = self.tr("Checked {when}: BROKEN. {reason}").format(when=when, reason=last.get("message", ""))
                state = "broken"
        self.check.setText(text)
        self.check.setProperty("state", state)
        self.check.style().unpolish(self.check)
        self.check.style().polish(self.check)

    def verify_now(self):
        from suite.core.audit_head import verify_database
        from suite.ui.widgets.worker import run_in_worker

        db, settings = self.ctx.db, self.ctx.settings
        label = self.tr("Verifying the audit log…")

        def work(job):
            return verify_database(db, progress=lambda n: job.progress(n, None, label),
                                   cancelled=lambda: job.cancelled, settings=settings)

        self.verify_button.setEnabled(False)
        self.job = run_in_worker(self, work, title=self.tr("Verifying the audit log"),
                                 on_result=self._verified, on_error=self._verify_failed,
                                 on_cancel=lambda: self.verify_button.setEnabled(True))
        return self.job

    def _verified(self, result) -> None:
        self.verify_button.setEnabled(True)
        self.show_check()
        window = self.window()
        if hasattr(window, "show_audit_state"):
            window.show_audit_state(result)

    def _verify_failed(self, exc: BaseException) -> None:
        from suite.ui.errors import show_error

        self.verify_button.setEnabled(True)
        show_error(self, exc, self.tr("Verifying the audit log"))

    def _fill_filters(self) -> None:
        fmt = svc.AuditFormatter(self.ctx)
        for combo, values, everyone, label in (
            (self.user, svc.audited_users(self.ctx), self.tr("Everyone"), str),
            (self.table_name, svc.audited_tables(self.ctx), self.tr("All record types"), fmt.table_label),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for text, value in sorted(((label(v), v) for v in values), key=lambda p: p[0]):
                combo.addItem(text, value)
            index = combo.findData(current)
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.blockSignals(False)

    def _dates_toggled(self, on: bool) -> None:
        self.dates.setEnabled(on)
        self.apply_filters()

    def filters(self) -> dict:
        start = end = None
        if self.use_dates.isChecked():
            start, end = self.dates.utc_bounds(self.ctx)
        return {"username": self.user.currentData(), "table": self.table_name.currentData(), "start": start, "end": end}

    def apply_filters(self) -> None:
        ok, query = call(self, lambda: audit_list(self.ctx, **self.filters()))
        if ok:
            self.list.set_query(query)
            self.details.clear()

    def refresh(self) -> None:
        self._fill_filters()
        self.list.refresh()

    def open_key(self, key) -> None:
        """Select a line: a list key (``"<row>:<field>"``) or an audit row's number (its first field)."""
        if isinstance(key, int) or (isinstance(key, str) and key.isdigit()):
            ok, entry = call(self, lambda: svc.audit_entry(self.ctx, int(key)))
            if not ok or entry is None:
                return
            key = f"{entry.id}:{next(iter(entry.changes), '')}"
        self.list.select_key(key)

    def show_entry(self, key) -> None:
        """Every field the chosen line's audit row records, in words, below the list."""
        if key is None:
            self.details.clear()
            return
        entry_id = int(str(key).partition(":")[0])
        ok, entry = call(self, lambda: svc.audit_entry(self.ctx, entry_id))
        if not ok or entry is None:
            return
        fmt = svc.AuditFormatter(self.ctx, max_chars=None)
        lines = fmt.lines(entry)
        head = lines[0]
        text = [self.tr("{when}  {user}  {action}  {type} \u201c{record}\u201d").format(
            when=head.when, user=head.username, action=head.action_label, type=head.record_type, record=head.record), ""]
        for line in lines:
            if not line.field:
                continue
            text.append(f"{line.field_label}: {change_text(line.action, line.old, line.new)}")
        self.details.setPlainText("\n".join(text))
