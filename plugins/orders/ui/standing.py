"""Standing orders (定期订单): the customer's standing deliveries, the editor of one (its
items, rule, time window, start and end, holidays), a pause, an end; the coming days of one,
each of which can be skipped, changed (other items or quantities that day) or set back to
the rule; and the day's orders generated from them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from suite.plugin_api import SuiteError, core
from suite_plugins.orders.services import catalog, standing
from suite_plugins.orders.services.standing import WEEKDAY_NAMES, StandingInput
from suite_plugins.orders.ui.common import Banner, fill_table, plain_table, pydate, qdate

#: how many days ahead the coming days of a standing order are shown
DAYS_AHEAD = 28


class ItemsEditor(QWidget):
    """The items of a standing order (or of one of its days): a product and a quantity a
    line, lines added and removed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("standingItems")
        self.products: list[tuple[int, str]] = []
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("standingItemsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Product"), self.tr("Quantity")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(self.fontMetrics().height() * 6)
        self.table.setMaximumHeight(self.fontMetrics().height() * 9)
        self.add_button = QPushButton(self.tr("Add item"), self)
        self.add_button.setObjectName("standingAddItem")
        self.add_button.clicked.connect(lambda: self.add_line())
        self.remove_button = QPushButton(self.tr("Remove item"), self)
        self.remove_button.setObjectName("standingRemoveItem")
        self.remove_button.clicked.connect(self.remove_line)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_products(self, products: list[tuple[int, str]]) -> None:
        keep = self.items()
        self.products = list(products)
        self.set_items(keep)

    def add_line(self, product_id: int | None = None, quantity: int = 1) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox(self.table)
        combo.setObjectName(f"standingItemProduct{row}")
        for pid, name in self.products:
            combo.addItem(name, pid)
        if product_id is not None:
            combo.setCurrentIndex(max(0, combo.findData(product_id)))
        spin = QSpinBox(self.table)
        spin.setObjectName(f"standingItemQty{row}")
        spin.setRange(1, 999)
        spin.setValue(quantity)
        self.table.setCellWidget(row, 0, combo)
        self.table.setCellWidget(row, 1, spin)
        self.table.setCurrentCell(row, 0)

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)

    def set_items(self, items) -> None:
        """``items``: (product id, quantity) or (product id, name, quantity) tuples."""
        self.table.setRowCount(0)
        for item in items:
            self.add_line(item[0], item[-1])
        if not items:
            self.add_line()

    def items(self) -> list[tuple[int, int]]:
        out = []
        for row in range(self.table.rowCount()):
            combo, spin = self.table.cellWidget(row, 0), self.table.cellWidget(row, 1)
            if combo is not None and combo.currentData() is not None:
                out.append((combo.currentData(), spin.value()))
        return out


class ChangeDayDialog(QDialog):
    """Other items or quantities for one day of a standing order; the rule stays."""

    def __init__(self, day: dt.date, items, products, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("standingChangeDay")
        self.setWindowTitle(self.tr("Change one day"))
        self.day = day
        self.editor = ItemsEditor(self)
        self.editor.set_products(products)
        self.editor.set_items(items)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("standingChangeReason")
        self.reason.setPlaceholderText(self.tr("Why (kept with the day)"))
        note = QLabel(self.tr("Only the delivery of {day} changes; the standing order keeps its items.")
                      .format(day=day.isoformat()), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change this day"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("Items"), self.editor)
        form.addRow(self.tr("Why"), self.reason)
        form.addRow(buttons)
        self.resize(520, 320)


class StandingPage(QWidget):
    """``open_key(customer_id)`` shows that customer's standing orders."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ordersStanding")
        self.customer_id: int | None = None
        self.views: list = []
        self.current = None  # StandingView being edited (None: a new one)
        self.banner = Banner(self)

        self.phone = QLineEdit(self)
        self.phone.setObjectName("standingPhone")
        self.phone.setPlaceholderText(self.tr("Customer's phone, then Enter"))
        self.phone.returnPressed.connect(self.find_customer)
        self.customer_label = QLabel(self.tr("No customer chosen"), self)
        self.customer_label.setObjectName("standingCustomer")
        self.generate_button = QPushButton(self.tr("Generate today's orders"), self)
        self.generate_button.setObjectName("standingGenerate")
        self.generate_button.clicked.connect(self.generate)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Customer"), self))
        top.addWidget(self.phone)
        top.addWidget(self.customer_label, 1)
        top.addWidget(self.generate_button)

        self.table = plain_table(self, [self.tr("Standing order"), self.tr("From"), self.tr("To"), self.tr("Paused")],
                                 stretch=0)
        self.table.setObjectName("standingTable")
        self.table.currentCellChanged.connect(lambda row, *_: self.edit_row(row))

        # the coming days of the standing order chosen: each can be skipped, changed or set back
        self.days_box = QGroupBox(self.tr("Coming days"), self)
        self.days_table = plain_table(self.days_box, [self.tr("Day"), self.tr("Delivery"), self.tr("State"),
                                                      self.tr("Why / order")], stretch=1)
        self.days_table.setObjectName("standingDays")
        self.days_table.currentCellChanged.connect(lambda *_: self._enable())
        self.coming: list = []  # DayView of the standing order chosen
        self.reason = QLineEdit(self.days_box)
        self.reason.setObjectName("standingSkipReason")
        self.reason.setPlaceholderText(self.tr("Why (kept with the skipped day)"))
        self.skip_button = QPushButton(self.tr("Skip this day"), self.days_box)
        self.skip_button.setObjectName("standingSkip")
        self.skip_button.clicked.connect(self.skip)
        self.change_button = QPushButton(self.tr("Change this day…"), self.days_box)
        self.change_button.setObjectName("standingChange")
        self.change_button.clicked.connect(self.open_change_dialog)
        self.restore_button = QPushButton(self.tr("Back to the rule"), self.days_box)
        self.restore_button.setObjectName("standingRestore")
        self.restore_button.clicked.connect(self.restore)
        day_buttons = QHBoxLayout()
        day_buttons.addWidget(self.reason, 1)
        day_buttons.addWidget(self.skip_button)
        day_buttons.addWidget(self.change_button)
        day_buttons.addWidget(self.restore_button)
        days_layout = QVBoxLayout(self.days_box)
        days_layout.addWidget(self.days_table, 1)
        days_layout.addLayout(day_buttons)
        self.change_dialog: ChangeDayDialog | None = None

        # the editor
        self.editor = QGroupBox(self.tr("Standing order"), self)
        self.items = ItemsEditor(self.editor)
        self.pattern = QComboBox(self.editor)
        self.pattern.setObjectName("standingPattern")
        self.pattern.addItem(self.tr("On weekdays"), "weekly")
        self.pattern.addItem(self.tr("Every N days"), "every_n")
        self.pattern.addItem(self.tr("On days of the month"), "monthly")
        self.pattern.currentIndexChanged.connect(self._pattern_changed)
        self.days: dict[int, QCheckBox] = {}
        day_row = QHBoxLayout()
        for n, name in WEEKDAY_NAMES.items():
            box = QCheckBox(str(name), self.editor)
            box.setObjectName(f"standingDay{n}")
            self.days[n] = box
            day_row.addWidget(box)
        self.every = QSpinBox(self.editor)
        self.every.setObjectName("standingEvery")
        self.every.setRange(1, 365)
        self.every.setValue(7)
        self.month_days = QLineEdit(self.editor)
        self.month_days.setObjectName("standingMonthDays")
        self.month_days.setPlaceholderText(self.tr("1, 15"))
        self.window_start = QTimeEdit(QTime(9, 0), self.editor)
        self.window_start.setObjectName("standingWindowStart")
        self.window_end = QTimeEdit(QTime(11, 0), self.editor)
        self.window_end.setObjectName("standingWindowEnd")
        for edit in (self.window_start, self.window_end):
            edit.setDisplayFormat("HH:mm")
        window = QHBoxLayout()
        window.addWidget(self.window_start)
        window.addWidget(QLabel("–", self.editor))
        window.addWidget(self.window_end)
        window.addStretch(1)
        self.start_on = QDateEdit(qdate(ctx.today()), self.editor)
        self.start_on.setObjectName("standingStart")
        self.has_end = QCheckBox(self.tr("Ends on"), self.editor)
        self.end_on = QDateEdit(qdate(ctx.today() + dt.timedelta(days=90)), self.editor)
        self.end_on.setObjectName("standingEnd")
        for edit in (self.start_on, self.end_on):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.has_end.toggled.connect(self.end_on.setEnabled)
        self.end_on.setEnabled(False)
        span = QHBoxLayout()
        span.addWidget(self.start_on)
        span.addWidget(self.has_end)
        span.addWidget(self.end_on)
        span.addStretch(1)
        self.skip_holidays = QCheckBox(self.tr("No delivery on statutory holidays"), self.editor)
        self.skip_holidays.setObjectName("standingSkipHolidays")
        self.skip_holidays.setChecked(True)
        self.notes = QLineEdit(self.editor)
        self.notes.setObjectName("standingNotes")
        form = QFormLayout(self.editor)
        form.addRow(self.tr("Items"), self.items)
        form.addRow(self.tr("Repeats"), self.pattern)
        form.addRow(self.tr("Weekdays"), day_row)
        form.addRow(self.tr("Every (days)"), self.every)
        form.addRow(self.tr("Days of the month"), self.month_days)
        form.addRow(self.tr("Time window"), window)
        form.addRow(self.tr("From"), span)
        form.addRow("", self.skip_holidays)
        form.addRow(self.tr("Notes"), self.notes)
        self.save_button = QPushButton(self.tr("Save the standing order"), self.editor)
        self.save_button.setObjectName("standingSave")
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton(self.tr("New"), self.editor)
        self.new_button.clicked.connect(lambda: self.edit_row(-1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)

        # a pause, an end
        self.actions = QGroupBox(self.tr("Pause or end"), self)
        self.pause_from = QDateEdit(qdate(ctx.today()), self.actions)
        self.pause_to = QDateEdit(qdate(ctx.today() + dt.timedelta(days=7)), self.actions)
        self.last_day = QDateEdit(qdate(ctx.today()), self.actions)
        self.last_day.setObjectName("standingLastDay")
        for edit in (self.pause_from, self.pause_to, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.pause_button = QPushButton(self.tr("Pause"), self.actions)
        self.pause_button.setObjectName("standingPause")
        self.pause_button.clicked.connect(self.pause)
        self.end_button = QPushButton(self.tr("End the standing order"), self.actions)
        self.end_button.setObjectName("standingEndNow")
        self.end_button.clicked.connect(self.end)
        af = QFormLayout(self.actions)
        pause_row = QHBoxLayout()
        pause_row.addWidget(self.pause_from)
        pause_row.addWidget(QLabel("–", self.actions))
        pause_row.addWidget(self.pause_to)
        pause_row.addWidget(self.pause_button)
        af.addRow(self.tr("Pause from"), pause_row)
        end_row = QHBoxLayout()
        end_row.addWidget(self.last_day)
        end_row.addWidget(self.end_button)
        end_row.addStretch(1)
        af.addRow(self.tr("Last delivery day"), end_row)

        left = QVBoxLayout()
        left.addWidget(self.table, 2)
        left.addWidget(self.days_box, 3)
        right = QVBoxLayout()
        right.addWidget(self.editor)
        right.addWidget(self.actions)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.load_products()
        self._pattern_changed()
        self._enable()

    # ------------------------------------------------------------------ data

    def load_products(self) -> None:
        self.products = [(p.id, p.label) for p in catalog.list_products(self.ctx) if p.active]
        self.items.set_products(self.products)

    def refresh(self) -> None:
        self.load_products()
        self.show_customer(self.customer_id)

    def open_key(self, key) -> None:
        if isinstance(key, int):
            self.show_customer(key)

    def find_customer(self) -> None:
        try:
            found = core.find_by_phone(self.ctx, self.phone.text().strip(), limit=1)
        except SuiteError as exc:
            self.banner.show_error(exc)
            return
        if not found:
            self.banner.show_message(self.tr("Nobody has that phone number."), "error")
            return
        self.show_customer(found[0].id)

    def show_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.views = standing.list_standing(self.ctx, customer_id) if customer_id else []
        if customer_id:
            self.customer_label.setText(core.get_customer(self.ctx, customer_id).name)
        rows = []
        for v in self.views:
            paused = f"{v.paused_from.isoformat()} – {v.paused_to.isoformat()}" if v.paused_from else ""
            rows.append([v.summary, v.start_on.isoformat(), v.end_on.isoformat() if v.end_on else "", paused])
        fill_table(self.table, rows)
        self.edit_row(0 if self.views else -1)
        self._enable()

    def _enable(self) -> None:
        self.editor.setEnabled(self.customer_id is not None)
        self.actions.setEnabled(self.current is not None)
        self.days_box.setEnabled(self.current is not None)
        chosen = self.chosen_day()
        can = chosen is not None and chosen.open
        self.skip_button.setEnabled(can and chosen.state != "skip")
        self.change_button.setEnabled(can)
        self.restore_button.setEnabled(can and chosen.state in ("skip", "change"))

    def chosen_day(self):
        row = self.days_table.currentRow()
        return self.coming[row] if 0 <= row < len(self.coming) else None

    def show_days(self) -> None:
        """The coming days of the standing order chosen, with what goes each day."""
        v = self.current
        keep = self.chosen_day()
        self.coming = standing.upcoming(self.ctx, v.id, self.ctx.today(), DAYS_AHEAD) if v is not None else []
        rows = []
        for d in self.coming:
            why = d.order_number if d.state == "generated" else d.reason
            rows.append([f"{d.day.isoformat()} {WEEKDAY_NAMES[d.day.isoweekday()]}", d.items_text or "—",
                         d.state_label, why])
        fill_table(self.days_table, rows)
        for r, d in enumerate(self.coming):
            if d.state in ("skip", "holiday", "paused"):
                for c in range(4):
                    self.days_table.item(r, c).setForeground(QBrush(QColor("#8a5a00")))
            elif d.state == "change":
                self.days_table.item(r, 1).setForeground(QBrush(QColor("#1d4f91")))
        row = next((r for r, d in enumerate(self.coming) if keep is not None and d.day == keep.day), -1)
        if row < 0:
            row = next((r for r, d in enumerate(self.coming) if d.open), -1)
        self.days_table.setCurrentCell(row, 0)
        self._enable()

    def _pattern_changed(self) -> None:
        kind = self.pattern.currentData()
        for box in self.days.values():
            box.setEnabled(kind == "weekly")
        self.every.setEnabled(kind == "every_n")
        self.month_days.setEnabled(kind == "monthly")

    def edit_row(self, row: int) -> None:
        self.current = self.views[row] if 0 <= row < len(self.views) else None
        v = self.current
        if v is None:
            self.notes.clear()
            for box in self.days.values():
                box.setChecked(False)
            self.items.set_items([])
            self.show_days()
            return
        self.items.set_items(list(v.items))
        self.pattern.setCurrentIndex(max(0, self.pattern.findData(v.pattern)))
        for n, box in self.days.items():
            box.setChecked(n in v.weekdays)
        self.every.setValue(v.every_n_days or 7)
        self.month_days.setText(", ".join(str(d) for d in v.month_days))
        if v.window_start:
            self.window_start.setTime(QTime.fromString(v.window_start, "HH:mm"))
            self.window_end.setTime(QTime.fromString(v.window_end, "HH:mm"))
        self.start_on.setDate(qdate(v.start_on))
        self.has_end.setChecked(v.end_on is not None)
        if v.end_on:
            self.end_on.setDate(qdate(v.end_on))
        self.skip_holidays.setChecked(v.skip_holidays)
        self.notes.setText(v.notes)
        self.show_days()

    def form_input(self) -> StandingInput:
        month_days = []
        for token in self.month_days.text().replace("，", ",").split(","):
            token = token.strip()
            month_days.append(int(token) if token.isdigit() else 0)
        return StandingInput(
            customer_id=self.customer_id, items=self.items.items(),
            pattern=self.pattern.currentData(), weekdays=[n for n, b in self.days.items() if b.isChecked()],
            every_n_days=self.every.value(), month_days=[d for d in month_days if d or self.month_days.text()],
            window_start=self.window_start.time().toString("HH:mm"), window_end=self.window_end.time().toString("HH:mm"),
            start_on=pydate(self.start_on.date()), end_on=pydate(self.end_on.date()) if self.has_end.isChecked() else None,
            skip_holidays=self.skip_holidays.isChecked(), notes=self.notes.text())

    # ------------------------------------------------------------------ actions

    def _do(self, action, message: str) -> bool:
        try:
            action()
        except SuiteError as exc:
            self.banner.show_error(exc)
            return False
        keep = self.table.currentRow()
        self.show_customer(self.customer_id)
        if 0 <= keep < len(self.views):
            self.table.setCurrentCell(keep, 0)
        self.banner.show_message(message, "ok")
        return True

    def save(self) -> bool:
        if self.customer_id is None:
            return False
        data = self.form_input()
        if self.current is None:
            return self._do(lambda: standing.create_standing(self.ctx, data), self.tr("Standing order saved."))
        v = self.current
        return self._do(lambda: standing.update_standing(self.ctx, v.id, data, expected_version=v.version),
                        self.tr("Standing order saved."))

    def pause(self) -> bool:
        v = self.current
        return v is not None and self._do(
            lambda: standing.pause_standing(self.ctx, v.id, pydate(self.pause_from.date()), pydate(self.pause_to.date()),
                                            expected_version=v.version), self.tr("Paused."))

    def end(self) -> bool:
        v = self.current
        return v is not None and self._do(
            lambda: standing.end_standing(self.ctx, v.id, pydate(self.last_day.date()), expected_version=v.version),
            self.tr("The standing order ends."))

    def skip(self) -> bool:
        v, d = self.current, self.chosen_day()
        if v is None or d is None:
            return False
        done = self._do(lambda: standing.skip_occurrence(self.ctx, v.id, d.day, self.reason.text(),
                                                         expected_version=v.version),
                        self.tr("No delivery on {day}.").format(day=d.day.isoformat()))
        if done:
            self.reason.clear()
        return done

    def restore(self) -> bool:
        v, d = self.current, self.chosen_day()
        return v is not None and d is not None and self._do(
            lambda: standing.restore_occurrence(self.ctx, v.id, d.day, expected_version=v.version),
            self.tr("{day} follows the standing order again.").format(day=d.day.isoformat()))

    def open_change_dialog(self) -> ChangeDayDialog | None:
        """Other items or quantities for the chosen day (the dialog; its OK applies them)."""
        v, d = self.current, self.chosen_day()
        if v is None or d is None:
            return None
        dialog = ChangeDayDialog(d.day, list(d.items or v.items), self.products, self)
        dialog.accepted.connect(lambda: self.change_day(d.day, dialog.editor.items(), dialog.reason.text()))
        self.change_dialog = dialog
        dialog.open()
        return dialog

    def change_day(self, day: dt.date, items, reason: str = "") -> bool:
        v = self.current
        return v is not None and self._do(
            lambda: standing.change_occurrence(self.ctx, v.id, day, items, reason, expected_version=v.version),
            self.tr("The delivery of {day} is changed.").format(day=day.isoformat()))

    def generate(self) -> None:
        try:
            result = standing.generate_day(self.ctx)
        except SuiteError as exc:
            self.banner.show_error(exc)
            return
        text = self.tr("{n} order(s) generated for today.").format(n=len(result.created))
        if result.refused:
            text += " " + result.refused_text
        self.banner.show_message(text, "warning" if result.refused else "ok")
        self.show_customer(self.customer_id)

