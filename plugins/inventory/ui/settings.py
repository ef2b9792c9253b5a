"""The inventory's settings tab: how many days ahead expiring stock is warned on the
dashboard, and whether the count sheet shows the expected quantities."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QSpinBox, QWidget

from suite_plugins.inventory.services.common import save_settings, settings


class InventorySettings(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inventorySettings")
        self.ctx = ctx
        values = settings(ctx)
        self.expiry_days = QSpinBox(self)
        self.expiry_days.setObjectName("expiryAlertDays")
        self.expiry_days.setRange(0, 90)
        self.expiry_days.setSuffix(self.tr(" days"))
        self.expiry_days.setValue(int(values["expiry_alert_days"]))
        self.show_expected = QCheckBox(self.tr("Show the expected quantities on the count sheet"), self)
        self.show_expected.setObjectName("countSheetShowExpected")
        self.show_expected.setChecked(values["count_sheet_show_expected"])
        note = QLabel(self.tr("Expired stock is never issued, whatever is set here: it can only be written off. "
                              "A blind count (expected quantities hidden) finds more differences."), self)
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Warn of expiring batches on the dashboard"), self.expiry_days)
        form.addRow("", self.show_expected)
        form.addRow("", note)

    def save(self) -> None:
        """Store the settings (raises ValidationError with the message; nothing is stored then)."""
        save_settings(self.ctx, expiry_alert_days=self.expiry_days.value(),
                      count_sheet_show_expected=self.show_expected.isChecked())
