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
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
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
        self.confirm_hours = False  # see show_setup_step
        may = ctx.can(CONFIGURE)

        # ---- deadlines: one grid, a row per severity, a column per clock
        pol_page = QWidget(self)
        pol_page.setObjectName("deadlinesSection")
        pol_layout = QVBoxLayout(pol_page)
        pol_box = QGroupBox(self.tr("Deadlines per severity (minutes; 0 = no deadline)"), pol_page)
        grid = QGridLayout(pol_box)
        grid.setHorizontalSpacing(12)
        headers = [self.tr("Severity"), self.tr("First contact"), self.tr("Proposed solution"),
                   self.tr("Investigation after notice"), self.tr("Resolved"), self.tr("Clock")]
        for c, h in enumerate(headers):
            head = QLabel(f"<b>{h}</b>", pol_box)
            head.setWordWrap(True)
            head.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            grid.addWidget(head, 0, c)
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
                spin.setAlignment(Qt.AlignmentFlag.AlignRight)
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
        for c in range(1, 6):
            grid.setColumnStretch(c, 1)
        note = QLabel(self.tr("Business hours count only the office hours of working days, by the holiday calendar "
                              "(see its tab). Open cases keep the deadlines they were received with; changes apply to new "
                              "cases and to severity changes."), pol_box)
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6368;")
        grid.addWidget(note, len(self.policy_edits) + 1, 0, 1, 6)
        pol_layout.addWidget(pol_box)

        # ---- office hours, approval, follow-up
        desk = policies.get_desk_settings(ctx)
        desk_page = QWidget(self)
        desk_page.setObjectName("officeSection")
        desk_layout = QVBoxLayout(desk_page)
        desk_box = QGroupBox(self.tr("Office hours"), desk_page)
        form = QFormLayout(desk_box)
        # opening hours per weekday (a food business works every day), a lunch break, holidays
        hours = desk.hours()
        self.weekdays: list[QCheckBox] = []
        self.day_open: list[QTimeEdit] = []
        self.day_close: list[QTimeEdit] = []
        week = QGridLayout()
        week.setHorizontalSpacing(6)
        week.addWidget(QLabel(self.tr("Open"), desk_box), 0, 0)
        week.addWidget(QLabel(self.tr("from"), desk_box), 1, 0)
        week.addWidget(QLabel(self.tr("until"), desk_box), 2, 0)
        for i, name in enumerate((self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                                  self.tr("Sat"), self.tr("Sun"))):
            h = hours[i] or (8 * 60, 20 * 60)
            box = QCheckBox(name, desk_box)
            box.setObjectName(f"weekday{i}")
            box.setChecked(hours[i] is not None)
            opens = QTimeEdit(QTime(h[0] // 60, h[0] % 60), desk_box)
            opens.setObjectName(f"open{i}")
            opens.setDisplayFormat("HH:mm")
            closes = QTimeEdit(QTime((h[1] // 60) % 24, h[1] % 60), desk_box)
            closes.setObjectName(f"close{i}")
            closes.setDisplayFormat("HH:mm")
            closes.setToolTip(self.tr("00:00 means midnight"))
            for w in (opens, closes):
                w.setEnabled(hours[i] is not None)
                box.toggled.connect(w.setEnabled)
            self.weekdays.append(box)
            self.day_open.append(opens)
            self.day_close.append(closes)
            week.addWidget(box, 0, i + 1)
            week.addWidget(opens, 1, i + 1)
            week.addWidget(closes, 2, i + 1)
        form.addRow(self.tr("Opening hours"), week)
        self.lunch = QCheckBox(self.tr("closed for lunch"), desk_box)
        self.lunch.setObjectName("lunchBreak")
        self.lunch.setChecked(desk.lunch is not None)
        lunch = desk.lunch or (12 * 60, 13 * 60)
        self.lunch_start = QTimeEdit(QTime(lunch[0] // 60, lunch[0] % 60), desk_box)
        self.lunch_start.setObjectName("lunchStart")
        self.lunch_start.setDisplayFormat("HH:mm")
        self.lunch_end = QTimeEdit(QTime(lunch[1] // 60, lunch[1] % 60), desk_box)
        self.lunch_end.setObjectName("lunchEnd")
        self.lunch_end.setDisplayFormat("HH:mm")
        for w in (self.lunch_start, self.lunch_end):
            w.setEnabled(desk.lunch is not None)
            self.lunch.toggled.connect(w.setEnabled)
        lunch_row = QHBoxLayout()
        lunch_row.addWidget(self.lunch)
        lunch_row.addWidget(self.lunch_start)
        lunch_row.addWidget(QLabel("–", desk_box))
        lunch_row.addWidget(self.lunch_end)
        lunch_row.addStretch(1)
        form.addRow(self.tr("Lunch break"), lunch_row)
        self.open_on_holidays = QCheckBox(self.tr("The office works on statutory holidays (a restaurant, a water "
                                                  "shop): holidays count as ordinary days of its week"), desk_box)
        self.open_on_holidays.setObjectName("openOnHolidays")
        self.open_on_holidays.setChecked(desk.open_on_holidays)
        form.addRow(self.tr("Holidays"), self.open_on_holidays)
        fixed = QLabel(self.tr("Deadlines are fixed when they are computed: every case keeps the office hours and "
                               "holidays in force when its clocks started, and a closed case keeps the on-time "
                               "results it had when it was closed. Changes here apply only to clocks that start "
                               "from now on; past statistics and staff assessments never move."), desk_box)
        fixed.setObjectName("fixedDeadlinesNote")
        fixed.setWordWrap(True)
        fixed.setStyleSheet("color: #5f6368;")
        form.addRow("", fixed)
        desk_layout.addWidget(desk_box)
        # the other limits of the deadlines, below their grid
        limits_box = QGroupBox(self.tr("Extensions and inquiries"), pol_page)
        limits = QFormLayout(limits_box)
        self.max_extension = QSpinBox(limits_box)
        self.max_extension.setObjectName("maxExtension")
        self.max_extension.setRange(1, 30 * 24)
        self.max_extension.setSuffix(self.tr(" h"))
        self.max_extension.setValue(desk.max_extension_hours)
        self.max_extension.setMaximumWidth(120)
        extension_label = QLabel(self.tr("A deadline may be extended at most until the resolution deadline plus"),
                                 limits_box)
        extension_label.setWordWrap(True)
        limits.addRow(extension_label, self.max_extension)
        self.inquiry_minutes = QSpinBox(limits_box)
        self.inquiry_minutes.setObjectName("inquiryMinutes")
        self.inquiry_minutes.setRange(1, 7 * 24 * 60)
        self.inquiry_minutes.setSuffix(self.tr(" min"))
        self.inquiry_minutes.setValue(desk.inquiry_reply_minutes)
        self.inquiry_mode = QComboBox(limits_box)
        self.inquiry_mode.setObjectName("inquiryMode")
        self.inquiry_mode.addItem(self.tr("Round the clock"), False)
        self.inquiry_mode.addItem(self.tr("Within the opening hours"), True)
        self.inquiry_mode.setCurrentIndex(1 if desk.inquiry_business_hours else 0)
        iq = QHBoxLayout()
        iq.addWidget(self.inquiry_minutes)
        iq.addWidget(self.inquiry_mode)
        iq.addStretch(1)
        limits.addRow(self.tr("Inquiries are answered within"), iq)
        pol_layout.addWidget(limits_box)
        pol_layout.addStretch(1)
        money_box = QGroupBox(self.tr("Approval and follow-up"), desk_page)
        money = QFormLayout(money_box)
        self.threshold = QLineEdit(f"{desk.approval_threshold:.2f}", money_box)
        self.threshold.setObjectName("approvalThreshold")
        self.threshold.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.threshold.setMaximumWidth(120)
        money.addRow(self.tr("Compensation needing a manager's approval above (¥)"), self.threshold)
        self.follow_from = QSpinBox(money_box)
        self.follow_from.setObjectName("followFrom")
        self.follow_from.setRange(0, 30)
        self.follow_from.setValue(desk.followup_from_days)
        self.follow_due = QSpinBox(money_box)
        self.follow_due.setObjectName("followDue")
        self.follow_due.setRange(0, 30)
        self.follow_due.setValue(desk.followup_due_days)
        fu = QHBoxLayout()
        fu.addWidget(self.follow_from)
        fu.addWidget(QLabel(self.tr("to"), money_box))
        fu.addWidget(self.follow_due)
        fu.addWidget(QLabel(self.tr("days after resolution"), money_box))
        fu.addStretch(1)
        money.addRow(self.tr("Follow-up visit"), fu)
        desk_layout.addWidget(money_box)
        desk_layout.addStretch(1)
        self.error = QLabel(self)
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c5221f;")
        self.error.hide()

        # ---- holiday calendar
        cal_box = QWidget(self)
        cal_box.setObjectName("calendarSection")
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
        self.days.setMinimumHeight(self.days.verticalHeader().defaultSectionSize() * 5)
        self.days.itemSelectionChanged.connect(self._day_selected)
        self.calendar_warning = QLabel(cal_box)
        self.calendar_warning.setObjectName("calendarWarning")
        self.calendar_warning.setWordWrap(True)
        self.calendar_warning.hide()
        # the State Council's notice in a minute: one holiday a line
        self.notice = QPlainTextEdit(cal_box)
        self.notice.setObjectName("holidayNotice")
        self.notice.setPlaceholderText(self.tr("One holiday a line, as the State Council's notice gives it, e.g.\n"
                                               "元旦 1/1-1/3\n春节 2/6-2/13 上班 1/31 2/20\n国庆节 10/1-10/7 补班 9/26 10/9"))
        self.notice.setFixedHeight(self.notice.fontMetrics().lineSpacing() * 5 + 14)
        self.notice_button = QPushButton(self.tr("Enter the notice for this year"), cal_box)
        self.notice_button.setObjectName("saveNotice")
        self.notice_button.clicked.connect(self.save_notice)
        self.import_button = QPushButton(cal_box)
        self.import_button.setObjectName("importYears")
        self.import_button.clicked.connect(self.import_years)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice, 1, Qt.AlignmentFlag.AlignTop)
        side = QVBoxLayout()
        side.addWidget(self.notice_button)
        side.addWidget(self.import_button)
        side.addStretch(1)
        notice_row.addLayout(side)
        cal.addWidget(hint)
        cal.addWidget(self.calendar_warning)
        cal.addLayout(row1)
        cal.addWidget(self.days, 1)
        cal.addLayout(row2)
        cal.addWidget(QLabel(self.tr("Quick entry of the State Council's notice (replaces the days you entered for "
                                     "the year):"), cal_box))
        cal.addLayout(notice_row)

        for w in (*[s for d in self.policy_edits.values() for s in d.values()], *self.policy_mode.values(),
                  *self.weekdays, *self.day_open, *self.day_close, self.lunch, self.lunch_start, self.lunch_end,
                  self.open_on_holidays, self.max_extension, self.inquiry_minutes, self.inquiry_mode, self.threshold,
                  self.follow_from, self.follow_due, self.add_day_button, self.remove_day_button, self.seed_button,
                  self.notice, self.notice_button, self.import_button):
            w.setEnabled(may and w.isEnabled())

        # three sections, each fitting a 1366x768 laptop as it is: nothing scrolls but the holiday list
        self.sections = QTabWidget(self)
        self.sections.setObjectName("complaintSettingsSections")
        self.sections.setDocumentMode(True)
        self.sections.addTab(pol_page, self.tr("Deadlines"))
        self.sections.addTab(desk_page, self.tr("Office hours and approval"))
        self.sections.addTab(cal_box, self.tr("Holiday calendar"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 0)
        outer.addWidget(self.error)
        outer.addWidget(self.sections, 1)

        self.year.valueChanged.connect(lambda *_: self.load_days())
        self.add_day_button.clicked.connect(self.add_day)
        self.remove_day_button.clicked.connect(self.remove_day)
        self.seed_button.clicked.connect(self.seed)
        self._shown_days: list = []
        self.load_days()

    # ------------------------------------------------------------------ calendar (saved at once)

    def load_days(self) -> None:
        self._shown_days = policies.list_calendar_days(self.ctx, self.year.value())
        self._show_calendar_state()
        names = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                 self.tr("Sun")]
        kinds = {"holiday": self.tr("Holiday"), "workday": self.tr("Make-up working day")}
        sources = {"chinesecalendar": self.tr("national calendar"), "office": self.tr("entered by the office")}
        _fill(self.days, [[d.day.isoformat(), names[d.day.weekday()], kinds.get(d.kind, d.kind), d.name,
                           sources.get(d.source, d.source)] for d in self._shown_days],
              ["warning" if d.kind == "holiday" else "info" for d in self._shown_days], level_column=2)

    def _show_calendar_state(self) -> None:
        warning = policies.calendar_warning(self.ctx)
        if warning is None:
            self.calendar_warning.hide()
        else:
            year, loud = warning
            text = (self.tr("No holidays are entered for {year}: deadlines count the holidays as working days.")
                    if loud else self.tr("Next year's holidays ({year}) are not entered yet."))
            level = "#a50e0e" if loud else "#8a4b00"
            self.calendar_warning.setText(text.format(year=year))
            self.calendar_warning.setStyleSheet(f"color: {level}; font-weight: 600;")
            self.calendar_warning.show()
        years = policies.importable_years(self.ctx)
        self._importable = years
        self.import_button.setText(self.tr("Import {years} from the national calendar").format(
            years=", ".join(str(y) for y in years)) if years else self.tr("Nothing new to import"))
        self.import_button.setEnabled(bool(years) and self.ctx.can(CONFIGURE))
        self.notice_button.setText(self.tr("Enter the notice for {year}").format(year=self.year.value()))

    def save_notice(self) -> None:
        year = self.year.value()
        try:
            policies.save_notice(self.ctx, year, policies.parse_notice(year, self.notice.toPlainText()))
        except SuiteError as exc:
            show_error(self, exc)
            return
        self.notice.clear()
        self.load_days()

    def import_years(self) -> None:
        try:
            policies.import_years(self.ctx, list(getattr(self, "_importable", [])))
        except SuiteError as exc:
            show_error(self, exc)
            return
        self.load_days()

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

    def show_setup_step(self, step_id: str) -> None:
        """Opened from the set-up checklist's step (“Office hours”): show the office hours."""
        if step_id == "complaints.hours":
            self.sections.setCurrentIndex(1)
            self.weekdays[0].setFocus()
            # saved from the step, the hours shown are the office's, defaults or not
            self.confirm_hours = True

    def save(self) -> None:
        """Store the policies and the desk settings (raises ValidationError, shown above)."""
        self.error.hide()
        try:
            threshold = Decimal(self.threshold.text().strip().replace(",", "").replace("¥", "") or "0")
        except InvalidOperation:
            self._fail(ValidationError(fields={"approval_threshold": self.tr("Enter an amount such as 200.")}))
        def minutes(edit: QTimeEdit, *, end: bool = False) -> int:
            m = edit.time().hour() * 60 + edit.time().minute()
            return 1440 if end and m == 0 else m

        day_hours = tuple((minutes(self.day_open[i]), minutes(self.day_close[i], end=True))
                          if box.isChecked() else None for i, box in enumerate(self.weekdays))
        first = next((h for h in day_hours if h is not None), (8 * 60, 20 * 60))
        settings = policies.DeskSettings(
            approval_threshold=threshold, followup_from_days=self.follow_from.value(),
            followup_due_days=self.follow_due.value(), open_minute=first[0], close_minute=first[1],
            weekdays=tuple(i for i, h in enumerate(day_hours) if h is not None), day_hours=day_hours,
            lunch_start=minutes(self.lunch_start) if self.lunch.isChecked() else None,
            lunch_end=minutes(self.lunch_end, end=True) if self.lunch.isChecked() else None,
            open_on_holidays=self.open_on_holidays.isChecked(), max_extension_hours=self.max_extension.value(),
            inquiry_reply_minutes=self.inquiry_minutes.value(),
            inquiry_business_hours=bool(self.inquiry_mode.currentData()))
        try:
            with self.ctx.unit_of_work():
                policies.save_desk_settings(self.ctx, settings, confirm_hours=self.confirm_hours)
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
        # show the section of the first value that is wrong
        first = next(iter(exc.fields), "")
        desk_fields = {"approval_threshold", "followup_from_days", "followup_due_days", "open_minute",
                       "close_minute", "weekdays", "day_hours", "lunch"}
        self.sections.setCurrentIndex(1 if first in desk_fields else 0)
        lines = [str(exc)] if not exc.fields else [str(m) for m in exc.fields.values()]
        self.error.setText("\n".join(dict.fromkeys(lines)))
        self.error.show()
        raise exc
