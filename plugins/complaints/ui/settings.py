"""Settings of the complaints desk: deadlines per severity, business hours, the holiday
calendar, the approval threshold and the follow-up window."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from suite.plugin_api import SuiteError, ValidationError
from suite_plugins.complaints import codes
from suite_plugins.complaints.permissions import CONFIGURE
from suite_plugins.complaints.services import policies
from suite_plugins.complaints.ui.case import _fill, _table
from suite_plugins.complaints.ui.common import show_error

STAGES = ("first_contact", "solution", "investigation", "resolution")


class ComplaintSettings(QWidget):
    """A tab of the settings dialog; ``save()`` stores everything or raises (nothing half saved
    within one group)."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintSettings")
        self.ctx = ctx
        may = ctx.can(CONFIGURE)

        # ---- deadlines
        pol_box = QGroupBox(self.tr("Deadlines per severity (minutes; 0 = no deadline)"), self)
        grid = QGridLayout(pol_box)
        headers = [self.tr("Severity"), self.tr("First contact"), self.tr("Proposed solution"),
                   self.tr("Investigation after notice"), self.tr("Resolved"), self.tr("Clock")]
        for c, h in enumerate(headers):
            grid.addWidget(QLabel(f"<b>{h}</b>", pol_box), 0, c)
        self.policy_edits: dict[str, dict[str, QSpinBox]] = {}
        self.policy_mode: dict[str, QComboBox] = {}
        self.versions: dict[str, int] = {}
        for r, view in enumerate(policies.list_policies(ctx), start=1):
            sev = view.severity
            self.versions[sev] = view.version
            grid.addWidget(QLabel(codes.label(codes.SEVERITIES, sev), pol_box), r, 0)
            self.policy_edits[sev] = {}
            for c, stage in enumerate(STAGES, start=1):
                spin = QSpinBox(pol_box)
                spin.setObjectName(f"{sev}_{stage}")
                spin.setRange(0, policies.MAX_MINUTES)
                spin.setSingleStep(15)
                spin.setSuffix(self.tr(" min"))
                spin.setSpecialValueText("—")
                spin.setValue(view.terms.minutes(stage) or 0)
                spin.setToolTip(self.tr("{h} h").format(h=f"{(view.terms.minutes(stage) or 0) / 60:g}"))
                spin.valueChanged.connect(lambda v, s=spin: s.setToolTip(self.tr("{h} h").format(h=f"{v / 60:g}")))
                self.policy_edits[sev][stage] = spin
                grid.addWidget(spin, r, c)
            mode = QComboBox(pol_box)
            mode.setObjectName(f"{sev}_mode")
            mode.addItem(self.tr("Round the clock"), False)
            mode.addItem(self.tr("Business hours"), True)
            mode.setCurrentIndex(1 if view.terms.business_hours else 0)
            self.policy_mode[sev] = mode
            grid.addWidget(mode, r, 5)
        note = QLabel(self.tr("Business hours count only the office hours of working days, by the holiday calendar "
                              "below. Open cases keep the deadlines they were received with; changes apply to new "
                              "cases and to severity changes."), pol_box)
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6368;")
        grid.addWidget(note, len(self.policy_edits) + 1, 0, 1, 6)

        # ---- office hours, approval, follow-up
        desk = policies.get_desk_settings(ctx)
        desk_box = QGroupBox(self.tr("Office hours, approval and follow-up"), self)
        form = QFormLayout(desk_box)
        self.open_time = QTimeEdit(QTime(desk.open_minute // 60, desk.open_minute % 60), desk_box)
        self.open_time.setObjectName("openTime")
        self.open_time.setDisplayFormat("HH:mm")
        self.close_time = QTimeEdit(QTime((desk.close_minute // 60) % 24, desk.close_minute % 60), desk_box)
        self.close_time.setObjectName("closeTime")
        self.close_time.setDisplayFormat("HH:mm")
        self.until_midnight = QCheckBox(self.tr("until midnight"), desk_box)
        self.until_midnight.setObjectName("untilMidnight")
        self.until_midnight.setChecked(desk.close_minute == 1440)
        self.close_time.setEnabled(desk.close_minute != 1440)
        self.until_midnight.toggled.connect(lambda on: self.close_time.setEnabled(not on))
        hours = QHBoxLayout()
        hours.addWidget(self.open_time)
        hours.addWidget(QLabel("–", desk_box))
        hours.addWidget(self.close_time)
        hours.addWidget(self.until_midnight)
        hours.addStretch(1)
        form.addRow(self.tr("Office hours"), hours)
        self.weekdays: list[QCheckBox] = []
        days = QHBoxLayout()
        for i, name in enumerate((self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                                  self.tr("Sat"), self.tr("Sun"))):
            box = QCheckBox(name, desk_box)
            box.setObjectName(f"weekday{i}")
            box.setChecked(i in desk.weekdays)
            self.weekdays.append(box)
            days.addWidget(box)
        days.addStretch(1)
        form.addRow(self.tr("Ordinary working days"), days)
        self.threshold = QLineEdit(f"{desk.approval_threshold:.2f}", desk_box)
        self.threshold.setObjectName("approvalThreshold")
        self.threshold.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.threshold.setMaximumWidth(120)
        form.addRow(self.tr("Compensation needing a manager's approval above (¥)"), self.threshold)
        self.follow_from = QSpinBox(desk_box)
        self.follow_from.setObjectName("followFrom")
        self.follow_from.setRange(0, 30)
        self.follow_from.setValue(desk.followup_from_days)
        self.follow_due = QSpinBox(desk_box)
        self.follow_due.setObjectName("followDue")
        self.follow_due.setRange(0, 30)
        self.follow_due.setValue(desk.followup_due_days)
        fu = QHBoxLayout()
        fu.addWidget(self.follow_from)
        fu.addWidget(QLabel(self.tr("to"), desk_box))
        fu.addWidget(self.follow_due)
        fu.addWidget(QLabel(self.tr("days after resolution"), desk_box))
        fu.addStretch(1)
        form.addRow(self.tr("Follow-up visit"), fu)
        self.error = QLabel(self)
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c5221f;")
        self.error.hide()

        # ---- holiday calendar
        cal_box = QGroupBox(self.tr("Holiday calendar"), self)
        cal = QVBoxLayout(cal_box)
        known = policies.chinese_calendar_years()
        last_known = known[-1] if known else None
        hint = QLabel(self.tr("Statutory holidays and make-up working days (调休) are filled in from the national "
                              "calendar for the years it knows (up to {year}). Enter later years yourself once the "
                              "State Council publishes them: add each holiday on a weekday and each make-up working "
                              "day on a weekend.").format(year=last_known or "—"), cal_box)
        hint.setObjectName("calendarHint")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6368;")
        self.year = QSpinBox(cal_box)
        self.year.setObjectName("calendarYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(ctx.today().year)
        self.day = QDateEdit(QDate(ctx.today().year, ctx.today().month, ctx.today().day), cal_box)
        self.day.setObjectName("calendarDay")
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.day_kind = QComboBox(cal_box)
        self.day_kind.setObjectName("calendarKind")
        self.day_kind.addItem(self.tr("Holiday (day off)"), "holiday")
        self.day_kind.addItem(self.tr("Make-up working day"), "workday")
        self.day_name = QLineEdit(cal_box)
        self.day_name.setObjectName("calendarName")
        self.day_name.setPlaceholderText(self.tr("e.g. 春节"))
        self.add_day_button = QPushButton(self.tr("Add or change"), cal_box)
        self.add_day_button.setObjectName("addCalendarDay")
        self.remove_day_button = QPushButton(self.tr("Make ordinary"), cal_box)
        self.remove_day_button.setObjectName("removeCalendarDay")
        self.seed_button = QPushButton(self.tr("Fill from the national calendar"), cal_box)
        self.seed_button.setObjectName("seedCalendar")
        row1 = QHBoxLayout()
        row1.addWidget(QLabel(self.tr("Year"), cal_box))
        row1.addWidget(self.year)
        row1.addStretch(1)
        row1.addWidget(self.seed_button)
        row2 = QHBoxLayout()
        for w in (self.day, self.day_kind, self.day_name, self.add_day_button, self.remove_day_button):
            row2.addWidget(w)
        self.days = _table(cal_box, [self.tr("Date"), self.tr("Weekday"), self.tr("Kind"), self.tr("Name"),
                                     self.tr("Source")], "calendarDays")
        self.days.setMinimumHeight(220)
        self.days.itemSelectionChanged.connect(self._day_selected)
        cal.addWidget(hint)
        cal.addLayout(row1)
        cal.addWidget(self.days)
        cal.addLayout(row2)

        for w in (*[s for d in self.policy_edits.values() for s in d.values()], *self.policy_mode.values(),
                  self.open_time, self.close_time, self.until_midnight, *self.weekdays, self.threshold,
                  self.follow_from, self.follow_due, self.add_day_button, self.remove_day_button, self.seed_button):
            w.setEnabled(may and w.isEnabled())

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(self.error)
        layout.addWidget(pol_box)
        layout.addWidget(desk_box)
        layout.addWidget(cal_box)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.year.valueChanged.connect(lambda *_: self.load_days())
        self.add_day_button.clicked.connect(self.add_day)
        self.remove_day_button.clicked.connect(self.remove_day)
        self.seed_button.clicked.connect(self.seed)
        self._shown_days: list = []
        self.load_days()

    # ------------------------------------------------------------------ calendar (saved at once)

    def load_days(self) -> None:
        self._shown_days = policies.list_calendar_days(self.ctx, self.year.value())
        names = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                 self.tr("Sun")]
        kinds = {"holiday": self.tr("Holiday"), "workday": self.tr("Make-up working day")}
        sources = {"chinesecalendar": self.tr("national calendar"), "office": self.tr("entered by the office")}
        _fill(self.days, [[d.day.isoformat(), names[d.day.weekday()], kinds.get(d.kind, d.kind), d.name,
                           sources.get(d.source, d.source)] for d in self._shown_days],
              ["warning" if d.kind == "holiday" else "info" for d in self._shown_days], level_column=2)

    def _day_selected(self) -> None:
        row = self.days.currentRow()
        if 0 <= row < len(self._shown_days):
            d = self._shown_days[row]
            self.day.setDate(QDate(d.day.year, d.day.month, d.day.day))
            self.day_kind.setCurrentIndex(self.day_kind.findData(d.kind))
            self.day_name.setText(d.name)

    def _chosen_day(self) -> dt.date:
        q = self.day.date()
        return dt.date(q.year(), q.month(), q.day())

    def add_day(self) -> None:
        try:
            policies.save_calendar_day(self.ctx, self._chosen_day(), self.day_kind.currentData(), self.day_name.text())
        except SuiteError as exc:
            show_error(self, exc)
            return
        self.year.setValue(self._chosen_day().year)
        self.load_days()

    def remove_day(self) -> None:
        try:
            policies.remove_calendar_day(self.ctx, self._chosen_day())
        except SuiteError as exc:
            show_error(self, exc)
            return
        self.load_days()

    def seed(self) -> None:
        try:
            policies.seed_calendar(self.ctx, range(self.year.value(), self.year.value() + 1), force=True)
        except SuiteError as exc:
            show_error(self, exc)
            return
        self.load_days()

    # ------------------------------------------------------------------ save

    def save(self) -> None:
        """Store the policies and the desk settings (raises ValidationError, shown above)."""
        self.error.hide()
        try:
            threshold = Decimal(self.threshold.text().strip().replace(",", "").replace("¥", "") or "0")
        except InvalidOperation:
            self._fail(ValidationError(fields={"approval_threshold": self.tr("Enter an amount such as 200.")}))
        open_m = self.open_time.time().hour() * 60 + self.open_time.time().minute()
        close_m = 1440 if self.until_midnight.isChecked() else \
            self.close_time.time().hour() * 60 + self.close_time.time().minute()
        settings = policies.DeskSettings(
            approval_threshold=threshold, followup_from_days=self.follow_from.value(),
            followup_due_days=self.follow_due.value(), open_minute=open_m, close_minute=close_m,
            weekdays=tuple(i for i, box in enumerate(self.weekdays) if box.isChecked()))
        try:
            with self.ctx.unit_of_work():
                policies.save_desk_settings(self.ctx, settings)
                for sev, spins in self.policy_edits.items():
                    values = {stage: (spins[stage].value() or None) for stage in STAGES}
                    try:
                        policies.save_policy(self.ctx, sev, business_hours=self.policy_mode[sev].currentData(),
                                             expected_version=self.versions.get(sev), **values)
                    except ValidationError as exc:  # say which severity
                        label = codes.label(codes.SEVERITIES, sev)
                        raise ValidationError(fields={f"{sev}.{k}": f"{label}: {v}" for k, v in exc.fields.items()}) \
                            from None
        except ValidationError as exc:
            self._fail(exc)
        for view in policies.list_policies(self.ctx):
            self.versions[view.severity] = view.version

    def _fail(self, exc: ValidationError) -> None:
        lines = [str(exc)] if not exc.fields else [str(m) for m in exc.fields.values()]
        self.error.setText("\n".join(dict.fromkeys(lines)))
        self.error.show()
        raise exc
