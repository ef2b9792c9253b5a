"""The dispatch board (调度): the day's plan by driver with the reason for each assignment,
what is not assigned, manual moves (logged), pre-departure checks, sending drivers out,
route sheets, and confirming deliveries as drivers call in."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from suite.plugin_api import SuiteError
from suite_plugins.orders.services import dispatch
from suite_plugins.orders.services.common import STATUS_LABELS, label
from suite_plugins.orders.ui.common import Banner, money, open_standing_day, pydate, qdate, render_pdf
from suite_plugins.orders.ui.delivery import DeliveryForm

ROLE = Qt.ItemDataRole.UserRole
STATE_COLOURS = {"blocked": "#b3261e", "passed": "#1b6e2a", "unchecked": "#8a5a00"}


class DispatchBoard(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ordersDispatch")
        self.banner = Banner(self)
        self.day_edit = QDateEdit(self)
        self.day_edit.setObjectName("dispatchDay")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.setDate(qdate(ctx.today()))
        self.day_edit.dateChanged.connect(self._day_changed)
        self.plan_button = QPushButton(self.tr("Plan the day (F6)"), self)
        self.plan_button.setObjectName("dispatchPlan")
        self.plan_button.clicked.connect(self.plan)
        self.full_replan = QCheckBox(self.tr("Re-plan planned orders too"), self)
        self.full_replan.setObjectName("dispatchFullReplan")
        self.full_replan.setToolTip(self.tr("Off: orders already planned stay with their driver and only new orders "
                                            "are placed. On: every planned order not moved by hand is placed again "
                                            "(tell the drivers)."))
        self.send_button = QPushButton(self.tr("Send the driver out"), self)
        self.send_button.setObjectName("dispatchSend")
        self.send_button.clicked.connect(self.send_out)
        self.sheet_button = QPushButton(self.tr("Print route sheets"), self)
        self.sheet_button.setObjectName("dispatchSheets")
        self.sheet_button.clicked.connect(self.print_sheets)
        self.summary = QLineEdit(self)
        self.summary.setReadOnly(True)
        self.summary.setObjectName("dispatchSummary")
        top = QHBoxLayout()
        top.addWidget(self.day_edit)
        top.addWidget(self.plan_button)
        top.addWidget(self.full_replan)
        top.addWidget(self.send_button)
        top.addWidget(self.sheet_button)
        top.addWidget(self.summary, 1)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("dispatchTree")
        self.tree.setHeaderLabels([self.tr("Stop"), self.tr("Order"), self.tr("Customer"), self.tr("Area"),
                                   self.tr("Buckets"), self.tr("To collect"), self.tr("Promised"), self.tr("State"),
                                   self.tr("Why")])
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.currentItemChanged.connect(lambda *_: self._selected())

        # moving a stop by hand
        self.move_box = QGroupBox(self.tr("Move to another driver"), self)
        self.move_driver = QComboBox(self.move_box)
        self.move_driver.setObjectName("dispatchMoveDriver")
        self.move_reason = QLineEdit(self.move_box)
        self.move_reason.setObjectName("dispatchMoveReason")
        self.move_reason.setPlaceholderText(self.tr("Why (kept in the log)"))
        self.move_button = QPushButton(self.tr("Move"), self.move_box)
        self.move_button.setObjectName("dispatchMove")
        self.move_button.clicked.connect(self.move)
        mv = QFormLayout(self.move_box)
        mv.addRow(self.tr("Driver"), self.move_driver)
        mv.addRow(self.tr("Reason"), self.move_reason)
        mv.addRow("", self.move_button)

        # the pre-departure check
        self.check_box = QGroupBox(self.tr("Pre-departure check"), self)
        self.check_vehicle = QComboBox(self.check_box)
        self.check_vehicle.setObjectName("checkVehicle")
        self.checks = {}
        row = QHBoxLayout()
        for key, text in (("tyres", self.tr("Tyres")), ("brakes", self.tr("Brakes")), ("lights", self.tr("Lights")),
                          ("load", self.tr("Load secured"))):
            box = QCheckBox(text, self.check_box)
            box.setObjectName(f"check_{key}")
            box.setChecked(True)
            self.checks[key] = box
            row.addWidget(box)
        self.check_notes = QLineEdit(self.check_box)
        self.check_notes.setObjectName("checkNotes")
        self.check_notes.setPlaceholderText(self.tr("What failed (needed when an item fails)"))
        self.check_button = QPushButton(self.tr("Record check"), self.check_box)
        self.check_button.setObjectName("checkRecord")
        self.check_button.clicked.connect(self.record_check)
        cv = QFormLayout(self.check_box)
        cv.addRow(self.tr("Vehicle"), self.check_vehicle)
        cv.addRow(row)
        cv.addRow(self.tr("Notes"), self.check_notes)
        cv.addRow("", self.check_button)

        # the departure of the day (the vehicle's usual one unless set here)
        self.departure_box = QGroupBox(self.tr("Departure of the day"), self)
        self.departure_driver = QComboBox(self.departure_box)
        self.departure_driver.setObjectName("departureDriver")
        self.departure_driver.currentIndexChanged.connect(lambda *_: self._departure_driver_changed())
        self.departure_time = QLineEdit(self.departure_box)
        self.departure_time.setObjectName("departureTime")
        self.departure_time.setPlaceholderText(self.tr("e.g. 08:30"))
        self.departure_time.setToolTip(self.tr("The time the driver leaves today, such as 08:30; "
                                               "left empty, the vehicle's usual time"))
        self.departure_time.setMaxLength(5)
        self.departure_time.returnPressed.connect(self.set_departure)
        self.departure_button = QPushButton(self.tr("Set departure"), self.departure_box)
        self.departure_button.setObjectName("departureSet")
        self.departure_button.clicked.connect(self.set_departure)
        dv = QFormLayout(self.departure_box)
        dv.addRow(self.tr("Driver"), self.departure_driver)
        dv.addRow(self.tr("Leaves at"), self.departure_time)
        dv.addRow("", self.departure_button)
        self._departures: dict[int, str] = {}

        self.delivery = DeliveryForm(ctx, self.banner, self)
        self.delivery.delivered.connect(lambda _oid: self.refresh())

        side = QWidget(self)
        sv = QVBoxLayout(side)
        sv.setContentsMargins(0, 0, 0, 0)
        sv.addWidget(self.move_box)
        sv.addWidget(self.check_box)
        sv.addWidget(self.departure_box)
        sv.addWidget(self.delivery)
        sv.addStretch(1)
        # the chosen row's reason in full (the column shows its start on a small screen)
        self.why_label = QLabel(self.tr("Why"), self)
        self.why_label.setStyleSheet("font-weight: bold")
        self.why_text = QLabel(self)
        self.why_text.setObjectName("dispatchWhy")
        self.why_text.setWordWrap(True)
        self.why_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        main = QWidget(self)
        mv = QVBoxLayout(main)
        mv.setContentsMargins(0, 0, 0, 0)
        why_row = QHBoxLayout()
        why_row.addWidget(self.why_label, 0, Qt.AlignmentFlag.AlignTop)
        why_row.addWidget(self.why_text, 1)
        mv.addLayout(why_row)
        mv.addWidget(self.tree, 1)
        splitter = QSplitter(self)
        splitter.addWidget(main)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        plan = QShortcut(QKeySequence("F6"), self)
        plan.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        plan.activated.connect(self.plan)
        open_standing_day(self.ctx, self.banner, self.day)
        self.refresh()

    def _day_changed(self, _date) -> None:
        open_standing_day(self.ctx, self.banner, self.day)
        self.refresh()

    @property
    def day(self) -> dt.date:
        return pydate(self.day_edit.date())

    # ------------------------------------------------------------------ showing

    def refresh(self) -> None:
        """Read the day again (after a change here or on another PC), keeping the row chosen,
        the drivers folded away, the scroll position, the choices in the boxes and what is
        typed into the delivery form."""
        try:
            board = dispatch.board(self.ctx, self.day)
            vehicles = dispatch.list_vehicles(self.ctx, self.day)
        except SuiteError as exc:
            self.banner.show_error(exc)
            return
        current = self._current()
        folded = {self.tree.topLevelItem(i).data(0, ROLE) for i in range(self.tree.topLevelItemCount())
                  if not self.tree.topLevelItem(i).isExpanded()}
        scroll = self.tree.verticalScrollBar().value(), self.tree.horizontalScrollBar().value()
        chosen = self.move_driver.currentData(), self.check_vehicle.currentData(), self.departure_driver.currentData()
        self.tree.blockSignals(True)  # the form below follows the row chosen once, at the end
        self.tree.clear()
        for sheet in board.sheets:
            top = QTreeWidgetItem(self.tree)
            vehicle = next((v for v in vehicles if v.plate == sheet.plate), None)
            state = vehicle.state_label if vehicle else self.tr("no vehicle")
            top.setText(0, sheet.driver)
            top.setText(1, sheet.plate)
            top.setText(4, self.tr("{n} (vehicle {cap})").format(n=sheet.buckets, cap=sheet.capacity))
            top.setText(5, money(sheet.amount))
            top.setText(6, self.tr("leaves {time}").format(time=sheet.departure) if sheet.departure else "")
            top.setToolTip(6, self.tr("Departure of the day: promised times count from it") if sheet.departure
                           else self.tr("No departure set: promised times count from the next dispatch round"))
            top.setText(7, state)
            top.setText(8, self.tr("{n} stop(s), {e} empties expected").format(n=len(sheet.stops), e=sheet.empties))
            if vehicle:
                top.setForeground(7, QBrush(QColor(STATE_COLOURS.get(vehicle.state, "#333"))))
            top.setData(0, ROLE, ("driver", sheet.driver_staff_id))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for stop in sheet.stops:
                self._stop_item(top, stop)
            top.setExpanded(top.data(0, ROLE) not in folded)
        if board.unassigned:
            top = QTreeWidgetItem(self.tree)
            top.setText(0, self.tr("Not assigned"))
            top.setText(4, str(sum(s.buckets for s in board.unassigned)))
            top.setForeground(0, QBrush(QColor("#b3261e")))
            top.setData(0, ROLE, ("driver", None))
            for stop in board.unassigned:
                self._stop_item(top, stop)
            top.setExpanded(top.data(0, ROLE) not in folded)
        for c in range(self.tree.columnCount() - 1):
            self.tree.resizeColumnToContents(c)
        stops = sum(len(s.stops) for s in board.sheets)
        planned = self.ctx.to_local(board.planned_at).strftime("%H:%M") if board.planned_at else self.tr("not yet")
        self.summary.setText(self.tr("{stops} stop(s) planned, {waiting} waiting · planned {when} ({runs} run(s))").format(
            stops=stops, waiting=len(board.unassigned), when=planned, runs=board.plan_runs))
        self.move_driver.clear()
        for sheet in board.sheets:
            self.move_driver.addItem(f"{sheet.driver} ({sheet.plate or '—'})", sheet.driver_staff_id)
        self.check_vehicle.clear()
        for v in vehicles:
            self.check_vehicle.addItem(f"{v.plate} {v.name} · {v.state_label}", v.id)
        self._departures = {sheet.driver_staff_id: sheet.departure for sheet in board.sheets}
        self.departure_driver.blockSignals(True)
        self.departure_driver.clear()
        for sheet in board.sheets:  # a driver not in a vehicle yet gets his own (the service says when none is free)
            self.departure_driver.addItem(f"{sheet.driver} ({sheet.plate or '—'})", sheet.driver_staff_id)
        self.departure_driver.blockSignals(False)
        self.departure_box.setEnabled(self.departure_driver.count() > 0)
        for box, value in zip((self.move_driver, self.check_vehicle, self.departure_driver), chosen):
            if value is not None and box.findData(value) >= 0:
                box.setCurrentIndex(box.findData(value))
        if not self.departure_time.hasFocus() or self.departure_driver.currentData() != chosen[2]:
            self._departure_driver_changed()  # a time being typed survives a refresh from another PC
        # the columns take what their text needs, and the reason (the last one) the rest
        for column in range(self.tree.columnCount() - 1):
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), 160))
        if current is not None:
            self.select(*current)
        self.tree.blockSignals(False)
        self.tree.verticalScrollBar().setValue(scroll[0])
        self.tree.horizontalScrollBar().setValue(scroll[1])
        self._selected()

    def _stop_item(self, parent: QTreeWidgetItem, stop) -> None:
        item = QTreeWidgetItem(parent)
        item.setText(0, str(stop.stop_seq or ""))
        item.setText(1, stop.number)
        item.setText(2, (self.tr("[standing] ") if stop.standing else "") + stop.customer_name)
        if stop.standing:
            item.setToolTip(2, self.tr("Generated from the customer's standing order"))
        item.setText(3, stop.area)
        item.setText(4, f"{stop.buckets} (↩{stop.empties_expected})")
        if stop.refund_due:
            item.setText(5, self.tr("Refund {money}").format(money=money(stop.refund_due)))
        else:
            item.setText(5, money(stop.amount_to_collect))
        item.setText(6, self.ctx.to_local(stop.promised_at).strftime("%H:%M") if stop.promised_at else "")
        item.setText(7, label(STATUS_LABELS, stop.status))
        item.setText(8, stop.reason)
        item.setToolTip(8, stop.reason)
        item.setData(0, ROLE, ("order", stop.order_id))

    def _current(self):
        item = self.tree.currentItem()
        return item.data(0, ROLE) if item is not None else None

    def select(self, kind: str, key) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.data(0, ROLE) == (kind, key):
                self.tree.setCurrentItem(top)
                return True
            for j in range(top.childCount()):
                if top.child(j).data(0, ROLE) == (kind, key):
                    self.tree.setCurrentItem(top.child(j))
                    return True
        return False

    def _selected(self) -> None:
        current = self._current()
        is_order = bool(current) and current[0] == "order"
        item = self.tree.currentItem()
        self.why_text.setText(item.text(8) if item is not None and current else "")
        self.move_box.setEnabled(is_order)
        self.delivery.load(current[1] if is_order else None)
        self.send_button.setEnabled(bool(current) and current[0] == "driver" and current[1] is not None)
        driver = self.selected_driver()
        if driver is not None and self.departure_driver.findData(driver) >= 0:
            self.departure_driver.setCurrentIndex(self.departure_driver.findData(driver))

    def _departure_driver_changed(self) -> None:
        self.departure_time.setText(self._departures.get(self.departure_driver.currentData(), ""))

    def selected_driver(self) -> int | None:
        item = self.tree.currentItem()
        while item is not None and item.data(0, ROLE)[0] != "driver":
            item = item.parent()
        return item.data(0, ROLE)[1] if item is not None else None

    # ------------------------------------------------------------------ actions

    def plan(self) -> None:
        try:
            result = dispatch.plan_day(self.ctx, self.day, full=self.full_replan.isChecked())
        except SuiteError as exc:
            self.banner.show_error(exc)
            return
        self.full_replan.setChecked(False)  # a full re-plan is asked for each time
        text = self.tr("Planned {n} stop(s) over {d} driver(s).").format(n=result.assigned_count, d=len(result.loads))
        kept = sum(1 for st in result.stops if st.kept)
        if kept:
            text += " " + self.tr("{kept} already planned stayed with their driver; {new} placed now.").format(
                kept=kept, new=result.assigned_count - kept)
        if result.unassigned:
            text += " " + self.tr("{n} could not be assigned: {why}").format(
                n=len(result.unassigned), why=result.unassigned[0].reason)
        self.banner.show_message(text, "warning" if result.unassigned else "ok")
        self.refresh()

    def move(self) -> None:
        current = self._current()
        if not current or current[0] != "order":
            return
        try:
            dispatch.reassign(self.ctx, current[1], self.move_driver.currentData(), self.move_reason.text())
        except SuiteError as exc:
            self.banner.show_error(exc)
            return
        self.move_reason.clear()
        self.banner.show_message(self.tr("Moved; the move is logged and kept when the day is planned again."), "ok")
        self.refresh()

    def send_out(self) -> None:
        driver = self.selected_driver()
        if driver is None:
            return
        try:
            sent = dispatch.dispatch_driver(self.ctx, self.day, driver)
        except SuiteError as exc:
            self.banner.show_error(exc)
            return
        self.banner.show_message(self.tr("{n} order(s) dispatched.").format(n=len(sent)), "ok")
        self.refresh()

    def set_departure(self) -> None:
        driver = self.departure_driver.currentData()
        if driver is None:
            return
        try:
            dispatch.set_departure(self.ctx, self.day, driver, self.departure_time.text())
        except SuiteError as exc:
            self.banner.show_error(exc)
            self.departure_time.setFocus()
            return
        self.refresh()
        when = self._departures.get(driver, "")
        self.banner.show_message(
            self.tr("{driver} leaves at {time} on {day}; promised times count from it.").format(
                driver=self.departure_driver.currentText(), time=when, day=self.day.isoformat()) if when
            else self.tr("No departure set for {driver} on {day}.").format(
                driver=self.departure_driver.currentText(), day=self.day.isoformat()), "ok")

    def record_check(self) -> None:
        vid = self.check_vehicle.currentData()
        if vid is None:
            return
        values = {k: box.isChecked() for k, box in self.checks.items()}
        try:
            passed = dispatch.record_check(self.ctx, vid, notes=self.check_notes.text(), day=self.day, **values)
        except SuiteError as exc:
            self.banner.show_error(exc)
            return
        self.check_notes.clear()
        for box in self.checks.values():
            box.setChecked(True)
        if passed:
            self.banner.show_message(self.tr("Check recorded: the vehicle may leave."), "ok")
        else:
            self.banner.show_message(self.tr("Check failed: the vehicle is blocked for the day and its orders are back "
                                             "in the plan."), "warning")
        self.refresh()

    def print_sheets(self) -> None:
        driver = self.selected_driver()
        params = {"day": self.day, "driver": driver}
        try:
            path = render_pdf(self.ctx, "orders.route_sheet", params, f"route-{self.day:%Y%m%d}-{driver or 'all'}")
        except SuiteError as exc:
            self.banner.show_error(exc)
            return
        self.banner.show_message(self.tr("Route sheet saved as {path}.").format(path=str(path)), "ok")
