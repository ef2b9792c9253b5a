"""The temperature grid: every active piece of equipment in one table, typed from the
keyboard (a reading, Enter, the next one). An out-of-range reading turns red and needs its
corrective action and re-check in the same row before the grid is saved. Below, the trend
of the selected equipment over the last two weeks and today's readings."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSplitter, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from suite.plugin_api import SuiteError
from suite.plugin_api.ui import ChartWidget, Series
from suite_plugins.kitchen import permissions as P
from suite_plugins.kitchen.services import equipment as eq
from suite_plugins.kitchen.services import readings
from suite_plugins.kitchen.ui.common import LEVEL_COLOURS, fill, hm, parse_clock, show_error, table, title

VALUE, ACTION, RECHECK, RECHECK_AT = 2, 3, 4, 5


class TemperaturesPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("temperaturesPage")
        self.ctx = ctx
        self.equipment: list[eq.EquipmentView] = []
        #: when each row's reading was typed: the time it was taken (its re-check comes later)
        self.typed_at: dict[int, object] = {}
        head = QHBoxLayout()
        head.addWidget(title(self.tr("Temperatures"), self))
        hint = QLabel(self.tr("Type each reading and press Enter. A reading outside the limits needs what was done "
                              "and the re-check (value and time, e.g. 10:30)."), self)
        hint.setWordWrap(True)
        head.addWidget(hint, 1)
        self.grid = table(self, [self.tr("Equipment"), self.tr("Limits"), self.tr("Reading °C"),
                                 self.tr("Corrective action"), self.tr("Re-check °C"), self.tr("Re-check at")],
                          object_name="temperatureGrid")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.itemChanged.connect(self._changed)
        self.grid.currentCellChanged.connect(lambda row, _c, _pr, _pc: self._show_trend(row))
        self.save_button = QPushButton(self.tr("Save readings"), self)
        self.save_button.setObjectName("saveReadings")
        self.save_button.setDefault(True)
        self.save_button.setEnabled(ctx.can(P.RECORD))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.status.setObjectName("gridStatus")
        self.chart = ChartWidget(self, kind="line")
        self.chart.setObjectName("trendChart")
        self.chart.setMinimumHeight(180)
        self.today = table(self, [self.tr("Time"), self.tr("Equipment"), self.tr("Reading"), self.tr("By"),
                                  self.tr("Corrective action")], object_name="todayReadings")
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.chart)
        lower.addWidget(self.today)
        lower.setSizes([500, 500])
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.grid, 3)
        layout.addLayout(buttons)
        layout.addWidget(lower, 2)
        self.refresh()

    # ------------------------------------------------------------------ grid

    def refresh(self) -> None:
        self.equipment = eq.list_equipment(self.ctx)
        self.typed_at.clear()
        self.grid.blockSignals(True)
        self.grid.setRowCount(len(self.equipment))
        for r, e in enumerate(self.equipment):
            for c, text in enumerate([e.name, e.limits_text, "", "", "", ""]):
                item = QTableWidgetItem(text)
                if c < VALUE:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.grid.setItem(r, c, item)
        self.grid.blockSignals(False)
        self.grid.resizeColumnsToContents()
        header = self.grid.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ACTION, header.ResizeMode.Stretch)
        for col in (VALUE, RECHECK, RECHECK_AT):
            self.grid.setColumnWidth(col, 110)
        if self.equipment:
            self.grid.setCurrentCell(0, VALUE)
        self._fill_today()

    def _value(self, row: int, col: int) -> str:
        item = self.grid.item(row, col)
        return item.text().strip() if item is not None else ""

    def _out_of_range(self, row: int) -> bool:
        text = self._value(row, VALUE).replace(",", ".")
        if not text:
            return False
        try:
            value = Decimal(text)
        except InvalidOperation:
            return False
        return not self.equipment[row].in_range(value)

    def _changed(self, item: QTableWidgetItem) -> None:
        row = item.row()
        out = self._out_of_range(row)
        bg = QColor(LEVEL_COLOURS["danger"][0]) if out else QColor(Qt.GlobalColor.white)
        self.grid.blockSignals(True)
        for c in range(self.grid.columnCount()):
            cell = self.grid.item(row, c)
            if cell is not None:
                cell.setBackground(bg)
        self.grid.blockSignals(False)
        if item.column() == VALUE:
            self.typed_at[row] = self.ctx.now() if item.text().strip() else None
            nxt = ACTION if out else VALUE
            target = row if out else row + 1
            if target < self.grid.rowCount():
                self.grid.setCurrentCell(target, nxt)
        elif item.column() in (ACTION, RECHECK) and self.grid.currentColumn() == item.column():
            self.grid.setCurrentCell(row, item.column() + 1)
        elif item.column() == RECHECK_AT and row + 1 < self.grid.rowCount():
            self.grid.setCurrentCell(row + 1, VALUE)
        self.status.setText(self.tr("{n} outside the limits").format(
            n=sum(1 for r in range(self.grid.rowCount()) if self._out_of_range(r))))

    def entries(self) -> list[readings.ReadingInput]:
        out = []
        for r, e in enumerate(self.equipment):
            value = self._value(r, VALUE)
            if not value:
                continue
            try:
                at = parse_clock(self.ctx, self._value(r, RECHECK_AT))
            except ValueError:
                at = None
            out.append(readings.ReadingInput(e.id, value, taken_at=self.typed_at.get(r),
                                             corrective_action=self._value(r, ACTION),
                                             recheck_value=self._value(r, RECHECK) or None, recheck_at=at))
        return out

    def save(self) -> bool:
        try:
            saved = readings.record_readings(self.ctx, self.entries())
        except SuiteError as exc:
            show_error(self, exc)
            return False
        self.status.setText(self.tr("{n} readings saved").format(n=len(saved)))
        self.refresh()
        return True

    # ------------------------------------------------------------------ below

    def _fill_today(self) -> None:
        day = self.ctx.today()
        rows = readings.readings_between(self.ctx, day, day)
        fill(self.today, [[hm(self.ctx, r.taken_at), r.equipment_name, f"{r.value} °C", r.staff_name,
                           r.corrective_action] for r in reversed(rows)],
             levels=["danger" if r.out_of_range else None for r in reversed(rows)])
        self._show_trend(max(0, self.grid.currentRow()))

    def _show_trend(self, row: int) -> None:
        if not 0 <= row < len(self.equipment):
            return
        e = self.equipment[row]
        today = self.ctx.today()
        points = readings.trend(self.ctx, e.id, today - dt.timedelta(days=13), today)
        labels = [self.ctx.to_local(t).strftime("%m-%d %H:%M") for t, _ in points]
        series = [Series(e.name, [float(v) for _, v in points])]
        if e.max_c is not None:
            series.append(Series(self.tr("Maximum"), [float(e.max_c)] * len(points)))
        if e.min_c is not None:
            series.append(Series(self.tr("Minimum"), [float(e.min_c)] * len(points)))
        self.chart.title = self.tr("{name}: the last two weeks").format(name=e.name)
        self.chart.set_data(labels, series)
