"""The settings tab of this PC's receipt printers: the main one and one per copy (kitchen,
cashier/bar, table), each a printer installed on Windows chosen from the list, a network
printer (tcp://…:9100) or a device path; the paper width; a test page."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QSpinBox, QWidget

from suite.plugin_api import SuiteError
from suite_plugins.orders.services import tickets
from suite_plugins.orders.ui.common import Banner


class PrinterSettings(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ordersPrinters")
        self.ctx = ctx
        self.banner = Banner(self)
        current = tickets.printer_settings(ctx)
        installed = tickets.installed_printers()
        labels = {"receipt_printer": self.tr("Receipt printer"), "receipt_printer_kitchen": self.tr("Kitchen copy"),
                  "receipt_printer_cashier": self.tr("Cashier copy"), "receipt_printer_table": self.tr("Table copy")}
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout(self)
        form.addRow(self.banner)
        for key in tickets.PRINTER_KEYS:
            combo = QComboBox(self)
            combo.setObjectName(f"printer_{key}")
            combo.setEditable(True)
            combo.addItem(self.tr("(none)") if key == "receipt_printer" else self.tr("(the receipt printer)"), "")
            for name in installed:
                combo.addItem(name, f"win:{name}")
            value = str(current[key])
            index = combo.findData(value)
            if index < 0 and value:
                combo.addItem(value, value)
                index = combo.count() - 1
            combo.setCurrentIndex(max(0, index))
            self.combos[key] = combo
            form.addRow(labels[key], combo)
        self.columns = QSpinBox(self)
        self.columns.setObjectName("printerColumns")
        self.columns.setRange(24, 64)
        self.columns.setValue(int(current["receipt_columns"]))
        form.addRow(self.tr("Paper columns"), self.columns)
        note = QLabel(self.tr("Choose a printer installed on this PC, or type tcp://192.168.1.60:9100 for a network "
                              "printer or a device such as LPT1. A copy without its own printer goes to the receipt "
                              "printer. These settings belong to this PC only."), self)
        note.setWordWrap(True)
        note.setObjectName("subtitle")
        if not installed:
            note.setText(note.text() + " " + self.tr("No installed printer was found (Windows with pywin32 lists them)."))
        form.addRow("", note)
        self.test_button = QPushButton(self.tr("Save and print a test page"), self)
        self.test_button.setObjectName("printerTestPage")
        self.test_button.clicked.connect(self.test_page)
        form.addRow("", self.test_button)

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for key, combo in self.combos.items():
            text = combo.currentText().strip()
            data = combo.currentData()
            out[key] = data if combo.findText(text) == combo.currentIndex() and data is not None else text
        out["receipt_columns"] = self.columns.value()
        return out

    def save(self) -> None:
        """Write this PC's printers (raises ValidationError with the field's message)."""
        tickets.save_printer_settings(self.ctx, self.values())

    def test_page(self) -> bool:
        try:
            self.save()
            sent = tickets.test_page(self.ctx)
        except SuiteError as exc:
            self.banner.show_error(exc)
            return False
        self.banner.show_message(self.tr("Test page sent to {printers}").format(printers=", ".join(sent)), "ok")
        return True
