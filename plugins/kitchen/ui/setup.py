"""Equipment and checklists (quality controller, manager): the equipment register with its
critical limits and maintenance interval, and the checklist templates with their items and
schedules. Saving a stale record shows the conflict dialog's message."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QTabWidget, QVBoxLayout, QWidget)

from suite.plugin_api import SuiteError, core
from suite_plugins.kitchen import codes
from suite_plugins.kitchen.services import equipment as eq
from suite_plugins.kitchen.services import templates
from suite_plugins.kitchen.ui.common import current_key, fill, show_error, table, title


class EquipmentTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[eq.EquipmentView] = []
        self.table = table(self, [self.tr("Name"), self.tr("Kind"), self.tr("Location"), self.tr("Limits"),
                                  self.tr("Maintenance due")], object_name="equipmentTable")
        self.table.itemSelectionChanged.connect(self.show_selected)
        self.name = QLineEdit(self)
        self.name.setObjectName("equipmentName")
        self.kind = QComboBox(self)
        self.kind.setObjectName("equipmentKind")
        for code, label in codes.EQUIPMENT_KINDS.items():
            self.kind.addItem(str(label), code)
        self.kind.currentIndexChanged.connect(self._default_limits)
        self.location = QLineEdit(self)
        self.location.setObjectName("equipmentLocation")
        self.min_c = QLineEdit(self)
        self.min_c.setObjectName("equipmentMin")
        self.max_c = QLineEdit(self)
        self.max_c.setObjectName("equipmentMax")
        self.days = QSpinBox(self)
        self.days.setObjectName("maintenanceDays")
        self.days.setRange(0, 3650)
        self.days.setSpecialValueText(self.tr("none"))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Location"), self.location)
        form.addRow(self.tr("Minimum °C"), self.min_c)
        form.addRow(self.tr("Maximum °C"), self.max_c)
        form.addRow(self.tr("Maintenance every (days)"), self.days)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveEquipment")
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton(self.tr("New equipment"), self)
        self.new_button.setObjectName("newEquipment")
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.archive_button = QPushButton(self.tr("Archive"), self)
        self.archive_button.setObjectName("archiveEquipment")
        self.archive_button.clicked.connect(self.archive)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.new_button, self.archive_button):
            buttons.addWidget(b)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addLayout(buttons)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(side, 2)
        self.current: eq.EquipmentView | None = None
        self.refresh()
        self.edit(None)

    def refresh(self) -> None:
        self.rows = eq.list_equipment(self.ctx)
        fill(self.table, [[e.name, e.kind_label, e.location, e.limits_text,
                           e.maintenance_due_on.isoformat() if e.maintenance_due_on else ""] for e in self.rows],
             keys=[e.id for e in self.rows])

    def _default_limits(self) -> None:
        if self.current is None:
            lo, hi = codes.DEFAULT_LIMITS.get(self.kind.currentData(), (None, None))
            self.min_c.setText("" if lo is None else str(lo))
            self.max_c.setText("" if hi is None else str(hi))

    def show_selected(self) -> None:
        key = current_key(self.table)
        self.edit(next((e for e in self.rows if e.id == key), None))

    def edit(self, e: eq.EquipmentView | None) -> None:
        self.current = e
        self.name.setText(e.name if e else "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(e.kind if e else "fridge")))
        self.location.setText(e.location if e else "")
        self.min_c.setText("" if not e or e.min_c is None else str(e.min_c))
        self.max_c.setText("" if not e or e.max_c is None else str(e.max_c))
        self.days.setValue(e.maintenance_days or 0 if e else 0)
        if e is None:
            self._default_limits()

    def data(self) -> eq.EquipmentInput:
        return eq.EquipmentInput(self.name.text(), self.kind.currentData(), self.location.text(),
                                 self.min_c.text() or None, self.max_c.text() or None, self.days.value() or None,
                                 self.current.maintenance_due_on if self.current else None)

    def save(self) -> bool:
        try:
            if self.current is None:
                eq.create_equipment(self.ctx, self.data())
            else:
                eq.update_equipment(self.ctx, self.current.id, self.data(), expected_version=self.current.version)
        except SuiteError as exc:
            show_error(self, exc)
            return False
        self.current = None
        self.refresh()
        return True

    def archive(self) -> bool:
        if self.current is None:
            return False
        try:
            eq.archive_equipment(self.ctx, self.current.id, expected_version=self.current.version)
        except SuiteError as exc:
            show_error(self, exc)
            return False
        self.edit(None)
        self.refresh()
        return True


ITEM_COLS = 5
SCHED_COLS = 6


class TemplatesTab(QWidget):
    """A template's items (text, kind, min, max, equipment) and schedules (kind, label, weekday,
    day of month, start, end) edited as two small grids."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[templates.TemplateView] = []
        self.current: templates.TemplateView | None = None
        self.list = table(self, [self.tr("Checklist"), self.tr("Schedule")], object_name="templateTable")
        self.list.itemSelectionChanged.connect(self.show_selected)
        self.name = QLineEdit(self)
        self.name.setObjectName("templateName")
        self.department = QComboBox(self)
        self.department.setObjectName("templateDepartment")
        self.department.addItem("—", None)
        for d in core.list_departments(ctx):
            self.department.addItem(d.name, d.id)
        self.role = QLineEdit(self)
        self.role.setObjectName("templateRole")
        self.items = table(self, [self.tr("Item"), self.tr("Kind"), self.tr("Min"), self.tr("Max"),
                                  self.tr("Equipment")], object_name="itemGrid")
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.schedules = table(self, [self.tr("How often"), self.tr("Label"), self.tr("Weekday (1-7)"),
                                      self.tr("Day of month"), self.tr("From"), self.tr("To")], object_name="scheduleGrid")
        self.schedules.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        hint = QLabel(self.tr("Kinds: yes_no, number, temperature, text, photo. How often: shift, daily, weekday, "
                              "monthday. Times as 09:45. Add a row with the buttons; leave a row's text empty to "
                              "remove it."), self)
        hint.setWordWrap(True)
        add_item = QPushButton(self.tr("Add item"), self)
        add_item.clicked.connect(lambda: self.items.setRowCount(self.items.rowCount() + 1))
        add_sched = QPushButton(self.tr("Add schedule"), self)
        add_sched.clicked.connect(lambda: self.schedules.setRowCount(self.schedules.rowCount() + 1))
        self.save_button = QPushButton(self.tr("Save checklist"), self)
        self.save_button.setObjectName("saveTemplate")
        self.save_button.clicked.connect(self.save)
        new = QPushButton(self.tr("New checklist"), self)
        new.clicked.connect(lambda: self.edit(None))
        buttons = QHBoxLayout()
        for b in (add_item, add_sched, self.save_button, new):
            buttons.addWidget(b)
        buttons.addStretch(1)
        editor = QVBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Responsible department"), self.department)
        form.addRow(self.tr("Responsible role"), self.role)
        editor.addLayout(form)
        editor.addWidget(self.items, 3)
        editor.addWidget(self.schedules, 2)
        editor.addWidget(hint)
        editor.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 2)
        layout.addLayout(editor, 5)
        self.equipment = {e.id: e.name for e in eq.list_equipment(ctx, include_archived=True)}
        self.refresh()

    def refresh(self) -> None:
        self.rows = templates.list_templates(self.ctx)
        fill(self.list, [[t.name, "; ".join(s.text for s in t.schedules)] for t in self.rows],
             keys=[t.id for t in self.rows])

    def show_selected(self) -> None:
        key = current_key(self.list)
        self.edit(next((t for t in self.rows if t.id == key), None))

    def edit(self, t: templates.TemplateView | None) -> None:
        self.current = t
        self.name.setText(t.name if t else "")
        self.department.setCurrentIndex(max(0, self.department.findData(t.department_id if t else None)))
        self.role.setText(t.role if t else "")
        names = self.equipment
        fill(self.items, [[i.text, i.kind, i.min_value, i.max_value, names.get(i.equipment_id, "")]
                          for i in (t.items if t else ())], keys=[i.id for i in (t.items if t else ())])
        fill(self.schedules, [[s.kind, s.label, (s.weekday + 1) if s.weekday is not None else "", s.day_of_month or "",
                               f"{s.start_time:%H:%M}", f"{s.end_time:%H:%M}"] for s in (t.schedules if t else ())],
             keys=[s.id for s in (t.schedules if t else ())])
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.schedules.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)

    @staticmethod
    def _cell(t, r: int, c: int) -> str:
        item = t.item(r, c)
        return item.text().strip() if item is not None else ""

    @staticmethod
    def _key(t, r: int):
        from PySide6.QtCore import Qt

        item = t.item(r, 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def data(self) -> templates.TemplateInput:
        by_name = {v: k for k, v in self.equipment.items()}
        items = []
        for r in range(self.items.rowCount()):
            text = self._cell(self.items, r, 0)
            if not text:
                continue
            items.append(templates.ItemInput(text, self._cell(self.items, r, 1) or "yes_no",
                                             self._cell(self.items, r, 2) or None, self._cell(self.items, r, 3) or None,
                                             by_name.get(self._cell(self.items, r, 4)), id=self._key(self.items, r)))
        schedules = []
        for r in range(self.schedules.rowCount()):
            kind = self._cell(self.schedules, r, 0)
            if not kind:
                continue
            wd = self._cell(self.schedules, r, 2)
            dom = self._cell(self.schedules, r, 3)
            schedules.append(templates.ScheduleInput(
                kind, _time(self._cell(self.schedules, r, 4)), _time(self._cell(self.schedules, r, 5)),
                label=self._cell(self.schedules, r, 1), weekday=int(wd) - 1 if wd.isdigit() else None,
                day_of_month=int(dom) if dom.isdigit() else None, id=self._key(self.schedules, r)))
        t = self.current
        return templates.TemplateInput(self.name.text(), t.code if t else "custom", self.department.currentData(),
                                       self.role.text(), items=items, schedules=schedules)

    def save(self) -> bool:
        try:
            if self.current is None:
                templates.create_template(self.ctx, self.data())
            else:
                templates.update_template(self.ctx, self.current.id, self.data(), expected_version=self.current.version)
        except SuiteError as exc:
            show_error(self, exc)
            return False
        self.current = None
        self.refresh()
        return True


def _time(text: str):
    try:
        h, m = text.replace("：", ":").split(":")
        return dt.time(int(h), int(m))
    except ValueError:
        return None


class SetupPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kitchenSetupPage")
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.equipment_tab = EquipmentTab(ctx, self)
        self.templates_tab = TemplatesTab(ctx, self)
        self.tabs.addTab(self.equipment_tab, self.tr("Equipment and limits"))
        self.tabs.addTab(self.templates_tab, self.tr("Checklists and schedules"))
        layout = QVBoxLayout(self)
        layout.addWidget(title(self.tr("Equipment and checklists"), self))
        layout.addWidget(self.tabs, 1)

    def open_key(self, key) -> None:
        self.tabs.setCurrentIndex(0)

    def refresh(self) -> None:
        self.equipment_tab.refresh()
        self.templates_tab.refresh()
