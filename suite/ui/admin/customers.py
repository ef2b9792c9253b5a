"""Customers: the lazy list, a customer's phones and addresses, create / edit / archive.

Phone numbers and addresses come from the services already masked for users without
``customers.view_pii``; editing needs that right too (the service refuses otherwise).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from suite.core import customers as svc
from suite.core import permissions as P
from suite.core.lists import customer_list
from suite.ui.admin.common import DetailPane, FormDialog, button, button_row, call, confirm
from suite.ui.widgets import DetailSplitter, FormField, LazyTable, RecordForm


class ChildRows(QGroupBox):
    """Editable rows of a customer's phones or addresses: value, label, and which one is the
    main one (a radio-like check: checking one unchecks the others)."""

    def __init__(self, title: str, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(96)
        self.table.itemChanged.connect(self._one_main)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(lambda: self.add_row())
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_row)
        self.add_button, self.remove_button = add, remove
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(button_row(add, remove, None))

    def add_row(self, value: str = "", label: str = "", main: bool = False, row_id: int | None = None) -> None:
        self.table.blockSignals(True)
        r = self.table.rowCount()
        self.table.insertRow(r)
        item = QTableWidgetItem(value)
        item.setData(Qt.ItemDataRole.UserRole, row_id)
        self.table.setItem(r, 0, item)
        self.table.setItem(r, 1, QTableWidgetItem(label))
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        check.setCheckState(Qt.CheckState.Checked if main or r == 0 and not value else Qt.CheckState.Unchecked)
        self.table.setItem(r, 2, check)
        self.table.blockSignals(False)
        if not value:
            self.table.setCurrentCell(r, 0)
            self.table.editItem(self.table.item(r, 0))

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _one_main(self, item: QTableWidgetItem) -> None:
        if item.column() != 2 or item.checkState() != Qt.CheckState.Checked:
            return
        self.table.blockSignals(True)
        for r in range(self.table.rowCount()):
            if r != item.row():
                self.table.item(r, 2).setCheckState(Qt.CheckState.Unchecked)
        self.table.blockSignals(False)

    def rows(self) -> list[tuple[str, str, bool, int | None]]:
        out = []
        for r in range(self.table.rowCount()):
            value = (self.table.item(r, 0).text() if self.table.item(r, 0) else "").strip()
            label = (self.table.item(r, 1).text() if self.table.item(r, 1) else "").strip()
            main = self.table.item(r, 2).checkState() == Qt.CheckState.Checked
            row_id = self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) if self.table.item(r, 0) else None
            if value:
                out.append((value, label, main, row_id))
        return out


class CustomerDialog(FormDialog):
    """Create or edit a customer: name, kind, area, notes, phones and addresses."""

    def __init__(self, ctx, customer_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__("", parent, name="customerDialog", width=620)
        self.setWindowTitle(self.tr("New customer") if customer_id is None else self.tr("Edit customer"))
        self.ctx = ctx
        areas = [(a.id, a.name) for a in svc.list_areas(ctx)]
        fields = [
            FormField("name", self.tr("Name"), required=True, max_length=120),
            FormField("kind", self.tr("Kind"), "combo", required=True,
                      choices=[("person", self.tr("Person")), ("company", self.tr("Company"))], default="person"),
            FormField("area_id", self.tr("Delivery area"), "combo", choices=areas,
                      help=self.tr("Left empty, the area is found from the default address.")),
            FormField("notes", self.tr("Notes"), "text", placeholder=self.tr("e.g. call before delivering")),
        ]
        self.phones = ChildRows(self.tr("Phone numbers"), [self.tr("Number"), self.tr("Label"), self.tr("Main")])
        self.addresses = ChildRows(self.tr("Addresses"), [self.tr("Address"), self.tr("Label"), self.tr("Default")])
        form = RecordForm(fields, save=self._save, load=self._load if customer_id is not None else None,
                          save_copy=self._save_copy, key=customer_id, parent=self)
        form.layout().insertWidget(2, self.phones)
        form.layout().insertWidget(3, self.addresses)
        self.set_form(form)
        if customer_id is None:
            self.phones.add_row(main=True)
        form.editor("name").setFocus()

    def _load(self, key):
        c = svc.get_customer(self.ctx, key)
        self.phones.table.setRowCount(0)
        for p in c.phones:
            self.phones.add_row(p.phone, p.label, p.is_primary, p.id)
        self.addresses.table.setRowCount(0)
        for a in c.addresses:
            self.addresses.add_row(a.address, a.label, a.is_default, a.id)
        return {"name": c.name, "kind": c.kind, "area_id": c.area_id, "notes": c.notes}, c.version

    def _input(self, values) -> svc.CustomerInput:
        return svc.CustomerInput(
            name=values["name"], kind=values["kind"], area_id=values["area_id"], notes=values["notes"],
            phones=[svc.PhoneInput(v, label, main, rid) for v, label, main, rid in self.phones.rows()],
            addresses=[svc.AddressInput(v, label, None, main, rid) for v, label, main, rid in self.addresses.rows()],
        )

    def _save(self, key, values, version):
        if key is None:
            return svc.create_customer(self.ctx, self._input(values))
        svc.update_customer(self.ctx, key, self._input(values), expected_version=version)
        return key

    def _save_copy(self, values):
        data = self._input(values)
        data.phones = [svc.PhoneInput(p.phone, p.label, p.is_primary) for p in data.phones]
        data.addresses = [svc.AddressInput(a.address, a.label, None, a.is_default) for a in data.addresses]
        return svc.create_customer(self.ctx, data)


class CustomersPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customersPage")
        self.ctx = ctx
        self.current = None
        self.dialog = None
        self.table = LazyTable(ctx, customer_list(ctx), self)
        self.table.setObjectName("customersTable")
        self.table.currentKeyChanged.connect(self.show_customer)
        self.table.activated.connect(self.edit)

        can_edit = ctx.can(P.CUSTOMERS_EDIT)
        can_pii = ctx.can(P.CUSTOMERS_VIEW_PII)
        self.new_button = button(self.tr("New customer"), self.new, shortcut="Ctrl+N", name="newCustomer")
        self.edit_button = button(self.tr("Edit"), self.edit, name="editCustomer")
        self.archive_button = button(self.tr("Archive"), self.toggle_archive, name="archiveCustomer")
        for b in (self.new_button, self.edit_button, self.archive_button):
            b.setVisible(can_edit)
        self.edit_button.setVisible(can_edit and can_pii)

        self.detail = DetailPane(horizontal=True)
        self.detail.show_empty(self.tr("Choose a customer in the list to see the phone numbers, "
                                       "addresses and notes."))
        bottom = QWidget()
        bottom.setObjectName("detailFrame")
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.detail, 1)
        bl.addLayout(button_row(None, self.edit_button, self.archive_button))

        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addLayout(button_row(self.new_button, None))
        tl.addWidget(self.table, 1)

        # the detail pane collapses while no customer is chosen: the list has the room
        splitter = self.splitter = DetailSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("customersSplitter")
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([460, 240])
        splitter.set_detail_shown(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(splitter)
        self._update_buttons()

    # ------------------------------------------------------------------ shown

    def open_key(self, key) -> None:
        """Show one customer (a search hit, another page's link)."""
        if not self.table.select_key(key):
            self.table.set_filter("archived", None)
            self.table.set_search_text("")
            self.table.select_key(key)
        self.show_customer(key)

    def refresh(self) -> None:
        self.table.refresh()
        if self.current is not None:
            self.show_customer(self.current.id)

    def show_customer(self, key) -> None:
        if key is None:
            self.current = None
            self.splitter.set_detail_shown(False)
            self._update_buttons()
            return
        ok, c = call(self, lambda: svc.get_customer(self.ctx, key))
        if not ok:
            return
        self.current = c
        self.splitter.set_detail_shown(True)
        d = self.detail
        d.clear()
        d.heading.setText(c.name + (f"  ({self.tr('archived')})" if c.archived else ""))
        d.add_row(self.tr("Customer no."), str(c.id))
        d.add_row(self.tr("Kind"), self.tr("Company") if c.kind == "company" else self.tr("Person"))
        d.add_row(self.tr("Delivery area"), c.area)
        d.add_row(self.tr("Notes"), c.notes)
        phones = [f"{svc.format_phone(p.phone) if not c.masked else p.phone}"
                  f"{'  ' + p.label if p.label else ''}{'  ★' if p.is_primary else ''}" for p in c.phones]
        d.add_section(self.tr("Phone numbers"), phones)
        addresses = [f"{a.address}{'  [' + a.area + ']' if a.area else ''}{'  ' + a.label if a.label else ''}"
                     f"{'  ★' if a.is_default else ''}" for a in c.addresses]
        d.add_section(self.tr("Addresses"), addresses)
        if c.masked:
            d.add_section(self.tr("Personal data"), [self.tr("Phone numbers and addresses are masked: your role "
                                                             "does not have the right to see them.")])
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.current is not None
        self.edit_button.setEnabled(has)
        self.archive_button.setEnabled(has)
        if has and self.current.archived:
            self.archive_button.setText(self.tr("Restore"))
        else:
            self.archive_button.setText(self.tr("Archive"))

    # ------------------------------------------------------------------ actions

    def new(self) -> CustomerDialog | None:
        return self._open(None)

    def edit(self, key=None) -> CustomerDialog | None:
        key = key if key is not None else (self.current.id if self.current else None)
        if key is None or not (self.ctx.can(P.CUSTOMERS_EDIT) and self.ctx.can(P.CUSTOMERS_VIEW_PII)):
            return None
        return self._open(key)

    def _open(self, key) -> CustomerDialog | None:
        ok, dialog = call(self, lambda: CustomerDialog(self.ctx, key, self))
        if not ok:
            return None
        dialog.form.saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, key) -> None:
        self.table.refresh()
        self.table.select_key(key)
        self.show_customer(key)

    def toggle_archive(self):
        c = self.current
        if c is None:
            return None
        if c.archived:
            ok, _ = call(self, lambda: svc.archive_customer(self.ctx, c.id, False, expected_version=c.version))
            if ok:
                self._saved(c.id)
            return None
        return confirm(
            self, self.tr("Archive customer"),
            self.tr("Archive \u201c{name}\u201d (customer no. {id})?").format(name=c.name, id=c.id),
            self.tr("Archive"),
            lambda: self._archive(c.id, c.version),
            details=self.tr("An archived customer disappears from the order desk and the lists, but the "
                            "customer's orders and complaints are kept. You can restore the customer later."),
        )

    def _archive(self, customer_id: int, version: int) -> None:
        ok, _ = call(self, lambda: svc.archive_customer(self.ctx, customer_id, True, expected_version=version))
        if ok:
            self.table.refresh()
            self.show_customer(customer_id)
