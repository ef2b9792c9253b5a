"""Kitchen anomalies: the list (lazy, SQL-sorted) and the selected anomaly beside it: what was
found, the links (order, batch and supplier, complaint), the owner, the corrective action,
its history; open a new one, save, close, reopen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QSplitter, QVBoxLayout, QWidget)

from suite.plugin_api import SuiteError, core
from suite.plugin_api.ui import LazyTable
from suite_plugins.kitchen import codes
from suite_plugins.kitchen import permissions as P
from suite_plugins.kitchen.services import anomalies
from suite_plugins.kitchen.services.common import local_text
from suite_plugins.kitchen.ui.common import show_error, title


def _int_or_none(text: str) -> int | None:
    text = (text or "").strip()
    return int(text) if text.isdigit() else None


class AnomalyPanel(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("anomalyPanel")
        self.ctx = ctx
        self.current: anomalies.AnomalyView | None = None
        self.heading = QLabel(self.tr("New anomaly"), self)
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.kind = QComboBox(self)
        self.kind.setObjectName("anomalyKind")
        for code, label in codes.ANOMALY_KINDS.items():
            self.kind.addItem(str(label), code)
        self.title = QLineEdit(self)
        self.title.setObjectName("anomalyTitle")
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("anomalyDescription")
        self.description.setMaximumHeight(70)
        self.dish = QLineEdit(self)
        self.dish.setObjectName("anomalyDish")
        self.order = QLineEdit(self)
        self.order.setObjectName("anomalyOrder")
        self.batch = QLineEdit(self)
        self.batch.setObjectName("anomalyBatch")
        self.batch.setEnabled(ctx.has_plugin("inventory"))
        self.batch.setPlaceholderText(self.tr("batch id (inventory)") if ctx.has_plugin("inventory")
                                      else self.tr("needs the inventory plugin"))
        self.links = QLabel(self)
        self.links.setObjectName("anomalyLinks")
        self.open_complaint = QPushButton(self.tr("Open the complaint"), self)
        self.open_complaint.setObjectName("openComplaint")
        self.open_complaint.clicked.connect(self._open_complaint)
        self.open_batch = QPushButton(self.tr("Open the batch"), self)
        self.open_batch.setObjectName("openBatch")
        self.open_batch.clicked.connect(self._open_batch)
        link_row = QHBoxLayout()
        link_row.addWidget(self.links, 1)
        link_row.addWidget(self.open_complaint)
        link_row.addWidget(self.open_batch)
        self.department = QComboBox(self)
        self.department.setObjectName("anomalyDepartment")
        self.department.addItem("—", None)
        for d in core.list_departments(ctx):
            self.department.addItem(d.name, d.id)
        self.responsible = QComboBox(self)
        self.responsible.setObjectName("anomalyResponsible")
        self.responsible.addItem("—", None)
        for s in core.list_staff(ctx):
            self.responsible.addItem(s.name, s.id)
        self.action = QPlainTextEdit(self)
        self.action.setObjectName("anomalyAction")
        self.action.setMaximumHeight(70)
        self.history = QLabel(self)
        self.history.setObjectName("anomalyHistory")
        self.history.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("What was found"), self.title)
        form.addRow(self.tr("Details"), self.description)
        form.addRow(self.tr("Dish"), self.dish)
        form.addRow(self.tr("Order id"), self.order)
        form.addRow(self.tr("Stock batch"), self.batch)
        form.addRow("", link_row)
        form.addRow(self.tr("Responsible department"), self.department)
        form.addRow(self.tr("Responsible person"), self.responsible)
        form.addRow(self.tr("Corrective action"), self.action)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveAnomaly")
        self.close_button = QPushButton(self.tr("Close the anomaly"), self)
        self.close_button.setObjectName("closeAnomaly")
        self.reopen_button = QPushButton(self.tr("Reopen"), self)
        self.reopen_button.setObjectName("reopenAnomaly")
        for b in (self.save_button, self.close_button, self.reopen_button):
            b.setEnabled(ctx.can(P.RECORD))
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close_current)
        self.reopen_button.clicked.connect(self.reopen_current)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.close_button, self.reopen_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.history)
        layout.addStretch(1)
        self.show_anomaly(None)

    def _select(self, combo: QComboBox, value) -> None:
        i = combo.findData(value)
        combo.setCurrentIndex(max(0, i))

    def show_anomaly(self, anomaly_id) -> None:
        a = anomalies.get_anomaly(self.ctx, anomaly_id) if anomaly_id is not None else None
        self.current = a
        self.heading.setText(self.tr("New anomaly") if a is None else
                             self.tr("Anomaly {id} · {status}").format(id=a.id,
                                                                       status=codes.label(codes.ANOMALY_STATUSES, a.status)))
        self._select(self.kind, a.kind if a else "foreign_object")
        self.title.setText(a.title if a else "")
        self.description.setPlainText(a.description if a else "")
        self.dish.setText(a.dish if a else "")
        self.order.setText(str(a.order_id) if a and a.order_id else "")
        self.batch.setText(str(a.batch_id) if a and a.batch_id else "")
        links = []
        if a is not None:
            if a.batch_code:
                links.append(self.tr("Batch {code}").format(code=a.batch_code))
            if a.supplier_name:
                links.append(self.tr("Supplier {name}").format(name=a.supplier_name))
            if a.complaint_id:
                links.append(self.tr("From complaint {id}").format(id=a.complaint_id))
        self.links.setText(" · ".join(links))
        self.open_complaint.setVisible(bool(a and a.complaint_id) and self.ctx.has_plugin("complaints"))
        self.open_batch.setVisible(bool(a and a.batch_id) and self.ctx.has_plugin("inventory"))
        self._select(self.department, a.department_id if a else None)
        self._select(self.responsible, a.responsible_staff_id if a else None)
        self.action.setPlainText(a.corrective_action if a else "")
        closed = a is not None and a.status == "closed"
        self.close_button.setVisible(a is not None and not closed)
        self.reopen_button.setVisible(closed)
        self.save_button.setVisible(not closed)
        self.history.setText("<br>".join(f"{local_text(self.ctx, at)} · {codes.label(codes.ANOMALY_EVENTS, kind)} · {note}" for at, kind, note in a.events)
                             if a else "")

    def _open_complaint(self) -> None:
        """The closed loop: back to the complaint that opened this anomaly (complaints' api)."""
        if self.current is not None and self.current.complaint_id and self.ctx.has_plugin("complaints"):
            from suite_plugins.complaints import api as complaints

            self.ctx.open_page(complaints.LIST_PAGE, self.current.complaint_id)

    def _open_batch(self) -> None:
        if self.current is not None and self.current.batch_id and self.ctx.has_plugin("inventory"):
            from suite_plugins.inventory import api as inventory

            self.ctx.open_page(inventory.BATCH_PAGE, self.current.batch_id)

    def data(self) -> anomalies.AnomalyInput:
        return anomalies.AnomalyInput(
            kind=self.kind.currentData(), title=self.title.text(), description=self.description.toPlainText(),
            occurred_at=self.current.occurred_at if self.current else None, dish=self.dish.text(),
            order_id=_int_or_none(self.order.text()), batch_id=_int_or_none(self.batch.text()),
            supplier_id=self.current.supplier_id if self.current and not self.batch.text().strip() else None,
            complaint_id=self.current.complaint_id if self.current else None,
            equipment_id=self.current.equipment_id if self.current else None,
            department_id=self.department.currentData(), responsible_staff_id=self.responsible.currentData(),
            corrective_action=self.action.toPlainText())

    def save(self) -> int | None:
        try:
            if self.current is None:
                new_id = anomalies.open_anomaly(self.ctx, self.data())
            else:
                new_id = self.current.id
                anomalies.update_anomaly(self.ctx, new_id, self.data(), expected_version=self.current.version)
        except SuiteError as exc:
            show_error(self, exc)
            return None
        self.show_anomaly(new_id)
        self.parent_page().reload(new_id)
        return new_id

    def close_current(self) -> bool:
        if self.current is None:
            return False
        try:
            if self.data() != self._as_input(self.current):
                anomalies.update_anomaly(self.ctx, self.current.id, self.data(), expected_version=self.current.version)
                self.current = anomalies.get_anomaly(self.ctx, self.current.id)
            anomalies.close_anomaly(self.ctx, self.current.id, expected_version=self.current.version,
                                    corrective_action=self.action.toPlainText())
        except SuiteError as exc:
            show_error(self, exc)
            return False
        self.show_anomaly(self.current.id)
        self.parent_page().reload(self.current.id)
        return True

    def _as_input(self, a: anomalies.AnomalyView) -> anomalies.AnomalyInput:
        return anomalies.AnomalyInput(a.kind, a.title, a.description, a.occurred_at, a.dish, a.order_id, a.batch_id,
                                      a.supplier_id if not a.batch_id else None, a.complaint_id, a.equipment_id,
                                      a.department_id, a.responsible_staff_id, a.corrective_action)

    def reopen_current(self) -> bool:
        if self.current is None:
            return False
        reason, ok = QInputDialog.getText(self, self.tr("Reopen"), self.tr("Why is the anomaly reopened?"))
        if not ok:
            return False
        try:
            anomalies.reopen_anomaly(self.ctx, self.current.id, expected_version=self.current.version, reason=reason)
        except SuiteError as exc:
            show_error(self, exc)
            return False
        self.show_anomaly(self.current.id)
        self.parent_page().reload(self.current.id)
        return True

    def parent_page(self) -> "AnomaliesPage":
        w = self.parentWidget()
        while w is not None and not isinstance(w, AnomaliesPage):
            w = w.parentWidget()
        return w


class AnomaliesPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("anomaliesPage")
        self.ctx = ctx
        self.new_button = QPushButton(self.tr("New anomaly"), self)
        self.new_button.setObjectName("newAnomaly")
        self.new_button.setEnabled(ctx.can(P.RECORD))
        head = QHBoxLayout()
        head.addWidget(title(self.tr("Kitchen anomalies"), self))
        head.addStretch(1)
        head.addWidget(self.new_button)
        self.table = LazyTable(ctx, anomalies.anomaly_list(ctx), self)
        self.table.setObjectName("anomalyList")
        self.panel = AnomalyPanel(ctx, self)
        self.new_button.clicked.connect(lambda: self.panel.show_anomaly(None))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        splitter.setSizes([700, 460])
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(splitter, 1)
        self.table.currentKeyChanged.connect(lambda key: self.panel.show_anomaly(key) if key is not None else None)

    def reload(self, anomaly_id=None) -> None:
        self.table.refresh()
        if anomaly_id is not None:
            self.table.wait_idle(5000)
            self.table.select_key(anomaly_id)

    def open_key(self, key) -> None:
        if key is not None:
            self.panel.show_anomaly(int(key))
            self.table.select_key(int(key))

    def refresh(self) -> None:
        self.table.refresh()
