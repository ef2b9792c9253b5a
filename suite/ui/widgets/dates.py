"""Choosing a period: :class:`DateRangePicker` (today, this week, this month, last month or
any range) and :class:`MonthPicker` (one month, for monthly closes and assessments).

Both read "today" from a callable (pass ``ctx.today``: the office's day in its time zone, and a
fake clock in tests) and give office-local dates; ``utc_bounds(ctx)`` turns them into the
[start, end) UTC instants a service filters stored times with.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QToolButton, QWidget

PRESETS = ("today", "this_week", "this_month", "last_month", "custom")


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last day of a month."""
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def preset_range(preset: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """The inclusive dates of a preset (weeks start on Monday)."""
    if preset == "today":
        return today, today
    if preset == "this_week":
        start = today - dt.timedelta(days=today.weekday())
        return start, start + dt.timedelta(days=6)
    if preset == "this_month":
        return month_bounds(today.year, today.month)
    if preset == "last_month":
        return month_bounds(*add_months(today.year, today.month, -1))
    raise ValueError(f"unknown preset {preset!r}")


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _utc_bounds(ctx, start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    return ctx.day_bounds(start)[0], ctx.day_bounds(end)[1]


class DateRangePicker(QWidget):
    """A preset (today, this week, this month, last month, custom) and two dates.

    Editing a date switches to "custom". The end never falls before the start.
    ``rangeChanged(start, end)`` carries inclusive ``datetime.date`` values.
    """

    rangeChanged = Signal(object, object)

    def __init__(self, parent: QWidget | None = None, *, today: Callable[[], dt.date] | None = None,
                 preset: str = "today") -> None:
        super().__init__(parent)
        self._today = today or dt.date.today
        self.preset_combo = QComboBox(self)
        self.preset_combo.setObjectName("rangePreset")
        labels = {
            "today": self.tr("Today"), "this_week": self.tr("This week"), "this_month": self.tr("This month"),
            "last_month": self.tr("Last month"), "custom": self.tr("Custom range"),
        }
        for key in PRESETS:
            self.preset_combo.addItem(labels[key], key)
        self.preset_combo.setAccessibleName(self.tr("Period"))
        self.start_edit = self._date_edit("rangeStart", self.tr("From"))
        self.end_edit = self._date_edit("rangeEnd", self.tr("To"))
        dash = QLabel("–", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preset_combo)
        layout.addWidget(self.start_edit)
        layout.addWidget(dash)
        layout.addWidget(self.end_edit)
        layout.addStretch(1)
        self.preset_combo.currentIndexChanged.connect(lambda _i: self._preset_chosen())
        self.start_edit.dateChanged.connect(lambda _d: self._edited(self.start_edit))
        self.end_edit.dateChanged.connect(lambda _d: self._edited(self.end_edit))
        self._quiet = False
        self._emitted: tuple[dt.date, dt.date] | None = None
        self.set_preset(preset)

    def _date_edit(self, name: str, tip: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setToolTip(tip)
        edit.setAccessibleName(tip)
        return edit

    # ------------------------------------------------------------------ values

    def preset(self) -> str:
        return self.preset_combo.currentData()

    def set_preset(self, preset: str) -> None:
        if preset not in PRESETS:
            raise ValueError(f"unknown preset {preset!r}")
        index = self.preset_combo.findData(preset)
        if index == self.preset_combo.currentIndex():
            self._preset_chosen()
        else:
            self.preset_combo.setCurrentIndex(index)

    def value(self) -> tuple[dt.date, dt.date]:
        """(start, end), both inclusive, office-local dates."""
        return _pydate(self.start_edit.date()), _pydate(self.end_edit.date())

    def set_range(self, start: dt.date, end: dt.date) -> None:
        """Show an explicit range (the preset becomes "custom" unless a preset gives it)."""
        if end < start:
            start, end = end, start
        match = next((p for p in PRESETS[:-1] if preset_range(p, self._today()) == (start, end)), "custom")
        self._show(start, end, match)

    def utc_bounds(self, ctx) -> tuple[dt.datetime, dt.datetime]:
        """[start, end) in UTC: midnight of the first day to midnight after the last, office time."""
        return _utc_bounds(ctx, *self.value())

    # ------------------------------------------------------------------ internals

    def _show(self, start: dt.date, end: dt.date, preset: str) -> None:
        self._quiet = True
        try:
            self.preset_combo.setCurrentIndex(self.preset_combo.findData(preset))
            self.start_edit.setDate(_qdate(start))
            self.end_edit.setDate(_qdate(end))
        finally:
            self._quiet = False
        if self.value() != self._emitted:
            self._emitted = self.value()
            self.rangeChanged.emit(*self._emitted)

    def _preset_chosen(self) -> None:
        if self._quiet:
            return
        preset = self.preset()
        if preset == "custom":
            self.start_edit.setFocus()
            return
        self._show(*preset_range(preset, self._today()), preset)

    def _edited(self, which: QDateEdit) -> None:
        if self._quiet:
            return
        start, end = self.value()
        if end < start:
            if which is self.start_edit:
                end = start
            else:
                start = end
        self._show(start, end, "custom")


class MonthPicker(QWidget):
    """◀ month ▶ : one month. ``monthChanged(year, month)``. Page Up/Page Down step too."""

    monthChanged = Signal(int, int)

    def __init__(self, parent: QWidget | None = None, *, today: Callable[[], dt.date] | None = None,
                 allow_future: bool = False) -> None:
        super().__init__(parent)
        self._today = today or dt.date.today
        self.allow_future = allow_future
        self.prev_button = QToolButton(self)
        self.prev_button.setObjectName("monthPrev")
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_button.setToolTip(self.tr("Previous month (Page Up)"))
        self.next_button = QToolButton(self)
        self.next_button.setObjectName("monthNext")
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("Next month (Page Down)"))
        self.edit = QDateEdit(self)
        self.edit.setObjectName("monthEdit")
        # a display format is translatable: Chinese writes 2026年3月
        self.edit.setDisplayFormat(self.tr("MMMM yyyy"))
        self.edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.edit.setAccessibleName(self.tr("Month"))
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("September 2026") + 40)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.prev_button)
        layout.addWidget(self.edit)
        layout.addWidget(self.next_button)
        layout.addStretch(1)
        today_ = self._today()
        self._value = (today_.year, today_.month)
        self._apply_limits()
        self.edit.setDate(QDate(today_.year, today_.month, 1))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.edit.dateChanged.connect(self._edited)
        self._update_buttons()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_PageUp:
            self.step(-1)
        elif event.key() == Qt.Key.Key_PageDown:
            self.step(1)
        else:
            super().keyPressEvent(event)

    def _apply_limits(self) -> None:
        self.edit.setMinimumDate(QDate(2000, 1, 1))
        if not self.allow_future:
            today = self._today()
            self.edit.setMaximumDate(QDate(today.year, today.month, 1))

    def value(self) -> tuple[int, int]:
        return self._value

    def first_day(self) -> dt.date:
        return month_bounds(*self._value)[0]

    def last_day(self) -> dt.date:
        return month_bounds(*self._value)[1]

    def utc_bounds(self, ctx) -> tuple[dt.datetime, dt.datetime]:
        return _utc_bounds(ctx, self.first_day(), self.last_day())

    def set_month(self, year: int, month: int) -> None:
        self.edit.setDate(QDate(year, month, 1))

    def step(self, months: int) -> None:
        self.set_month(*add_months(*self._value, months))

    def _edited(self, date: QDate) -> None:
        value = (date.year(), date.month())
        if date.day() != 1:
            self.edit.setDate(QDate(date.year(), date.month(), 1))
            return
        self._update_buttons()
        if value != self._value:
            self._value = value
            self._update_buttons()
            self.monthChanged.emit(*value)

    def _update_buttons(self) -> None:
        current = self.edit.date()
        self.prev_button.setEnabled(current > self.edit.minimumDate())
        self.next_button.setEnabled(QDate(current.year(), current.month(), 1) < self.edit.maximumDate()
                                    if not self.allow_future else True)
