"""Staff and departments: the staff list with a form, and the office's departments."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from suite.core import permissions as P
from suite.core import staff as svc
from suite.core.lists import staff_list
from suite.ui.admin.common import FormDialog, button, button_row, call, confirm
from suite.ui.widgets import FormField, LazyTable, RecordForm


class StaffDialog(FormDialog):
    def __init__(self, ctx, staff_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__("", parent, name="staffDialog", width=520)
        self.setWindowTitle(self.tr("New staff member") if staff_id is None else self.tr("Edit staff member"))
        self.ctx = ctx
        departments = [(d.id, d.label) for d in svc.list_departments(ctx)]
        fields = [
            FormField("name", self.tr("Name"), required=True, max_length=100),
            FormField("phone", self.tr("Phone"), placeholder=self.tr("mobile or landline")),
            FormField("department_id", self.tr("Department"), "combo", choices=departments),
            FormField("position", self.tr("Position"), max_length=100, placeholder=self.tr("e.g. driver, cook")),
            FormField("hired_on", self.tr("Hired on"), "date"),
            FormField("notes", self.tr("Notes"), "text"),
            FormField("archived", self.tr("Left the company (archived)"), "check"),
        ]
        self.set_form(RecordForm(fields, save=self._save, load=self._load if staff_id is not None else None,
                                 key=staff_id, parent=self))

    def _load(self, key):
        s = svc.get_staff(self.ctx, key)
        return ({"name": s.name, "phone": s.phone, "department_id": s.department_id, "position": s.position,
                 "hired_on": s.hired_on, "notes": s.notes, "archived": s.archived}, s.version)

    def _save(self, key, values, version):
        return svc.save_staff(self.ctx, staff_id=key, expected_version=version, **values)


class DepartmentDialog(FormDialog):
    def __init__(self, ctx, department=None, parent: QWidget | None = None) -> None:
        super().__init__("", parent, name="departmentDialog", width=380)
        self.setWindowTitle(self.tr("New department") if department is None else self.tr("Rename department"))
        self.ctx = ctx
        form = RecordForm([FormField("name", self.tr("Name"), required=True, max_length=100)],
                          save=lambda key, values, version: svc.save_department(
                              ctx, values["name"], department_id=key, expected_version=version),
                          key=department.id if department else None, parent=self)
        if department is not None:
            form.set_values({"name": department.label}, department.version)
        self.set_form(form)


class StaffPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffPage")
        self.ctx = ctx
        self.dialog = None
        manage = ctx.can(P.STAFF_MANAGE)

        # staff
        self.table = LazyTable(ctx, staff_list(ctx), self)
        self.table.setObjectName("staffTable")
        self.table.activated.connect(self.edit)
        self.new_button = button(self.tr("New staff member"), self.new, shortcut="Ctrl+N", name="newStaff")
        self.edit_button = button(self.tr("Edit"), lambda: self.edit(), name="editStaff")
        for b in (self.new_button, self.edit_button):
            b.setVisible(manage)
        staff_tab = QWidget()
        sl = QVBoxLayout(staff_tab)
        sl.addLayout(button_row(self.new_button, self.edit_button, None))
        sl.addWidget(self.table, 1)

        # departments
        self.departments = QTableWidget(0, 2)
        self.departments.setObjectName("departmentsTable")
        self.departments.setHorizontalHeaderLabels([self.tr("Department"), self.tr("Status")])
        self.departments.verticalHeader().hide()
        self.departments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.departments.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.departments.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.departments.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.departments.itemSelectionChanged.connect(self._update_department_buttons)
        self.departments.doubleClicked.connect(lambda _i: self.rename_department())
        self.add_department_button = button(self.tr("New department"), self.add_department, name="newDepartment")
        self.rename_button = button(self.tr("Rename"), self.rename_department, name="renameDepartment")
        self.archive_department_button = button(self.tr("Archive"), self.toggle_department, name="archiveDepartment")
        for b in (self.add_department_button, self.rename_button, self.archive_department_button):
            b.setVisible(manage)
        dep_tab = QWidget()
        dl = QVBoxLayout(dep_tab)
        dl.addLayout(button_row(self.add_department_button, self.rename_button, self.archive_department_button, None))
        dl.addWidget(self.departments, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(staff_tab, self.tr("Staff"))
        self.tabs.addTab(dep_tab, self.tr("Departments"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.tabs)
        self.load_departments()

    # ------------------------------------------------------------------ staff

    def open_key(self, key) -> None:
        self.tabs.setCurrentIndex(0)
        if not self.table.select_key(key):
            self.table.set_filter("archived", None)
            self.table.select_key(key)

    def refresh(self) -> None:
        self.table.refresh()
        self.load_departments()

    def new(self):
        return self._open(None)

    def edit(self, key=None):
        key = key if key is not None else self.table.current_key()
        if key is None or not self.ctx.can(P.STAFF_MANAGE):
            return None
        return self._open(key)

    def _open(self, key):
        ok, dialog = call(self, lambda: StaffDialog(self.ctx, key, self))
        if not ok:
            return None
        dialog.form.saved.connect(lambda k: (self.table.refresh(), self.table.select_key(k)))
        self.dialog = dialog
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ departments

    def load_departments(self) -> None:
        ok, items = call(self, lambda: svc.list_departments(self.ctx, include_archived=True))
        if not ok:
            return
        self.department_items = items
        self.departments.setRowCount(len(items))
        for r, dep in enumerate(items):
            name = QTableWidgetItem(dep.label)
            name.setData(Qt.ItemDataRole.UserRole, dep.id)
            self.departments.setItem(r, 0, name)
            self.departments.setItem(r, 1, QTableWidgetItem(self.tr("Archived") if dep.archived else self.tr("In use")))
        self._update_department_buttons()

    def current_department(self):
        row = self.departments.currentRow()
        if row < 0 or row >= len(self.department_items):
            return None
        return self.department_items[row]

    def _update_department_buttons(self) -> None:
        dep = self.current_department()
        self.rename_button.setEnabled(dep is not None)
        self.archive_department_button.setEnabled(dep is not None)
        self.archive_department_button.setText(self.tr("Restore") if dep is not None and dep.archived else self.tr("Archive"))

    def add_department(self):
        return self._department_dialog(None)

    def rename_department(self):
        dep = self.current_department()
        if dep is None or not self.ctx.can(P.STAFF_MANAGE):
            return None
        return self._department_dialog(dep)

    def _department_dialog(self, dep):
        dialog = DepartmentDialog(self.ctx, dep, self)
        dialog.form.saved.connect(lambda _k: self.load_departments())
        self.dialog = dialog
        dialog.open()
        return dialog

    def toggle_department(self):
        dep = self.current_department()
        if dep is None:
            return None

        def apply(archived: bool) -> None:
            ok, _ = call(self, lambda: svc.save_department(self.ctx, dep.name, department_id=dep.id, archived=archived,
                                                          expected_version=dep.version))
            if ok:
                self.load_departments()
                self.table.set_query(staff_list(self.ctx))

        if dep.archived:
            apply(False)
            return None
        return confirm(self, self.tr("Archive department"),
                       self.tr("Archive the department \u201c{name}\u201d?").format(name=dep.label),
                       self.tr("Archive"), lambda: apply(True),
                       details=self.tr("Its staff keep their records; it is no longer offered for new staff."))
