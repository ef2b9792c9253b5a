"""The kitchen's settings tab: the minimum sample weight, how long samples are kept, how many
days ahead an expiring health certificate is warned."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QWidget

from suite_plugins.kitchen.services.common import save_settings, setting


class KitchenSettings(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kitchenSettings")
        self.ctx = ctx
        self.min_grams = QSpinBox(self)
        self.min_grams.setObjectName("sampleMinGrams")
        self.min_grams.setRange(0, 5000)
        self.min_grams.setSuffix(" g")
        self.min_grams.setValue(int(setting(ctx, "sample_min_grams")))
        self.keep_hours = QSpinBox(self)
        self.keep_hours.setObjectName("sampleKeepHours")
        self.keep_hours.setRange(0, 1000)
        self.keep_hours.setSuffix(self.tr(" h"))
        self.keep_hours.setValue(int(setting(ctx, "sample_keep_hours")))
        self.warn_days = QSpinBox(self)
        self.warn_days.setObjectName("certificateWarnDays")
        self.warn_days.setRange(0, 365)
        self.warn_days.setValue(int(setting(ctx, "certificate_warn_days")))
        note = QLabel(self.tr("The food-safety rules ask for at least 125 g a dish, kept at least 48 hours."), self)
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Minimum sample weight"), self.min_grams)
        form.addRow(self.tr("Keep samples for"), self.keep_hours)
        form.addRow(self.tr("Warn of expiring health certificates (days ahead)"), self.warn_days)
        form.addRow("", note)

    def save(self) -> None:
        """Store the settings (raises ValidationError with the message; nothing is stored then)."""
        save_settings(self.ctx, sample_min_grams=self.min_grams.value(), sample_keep_hours=self.keep_hours.value(),
                      certificate_warn_days=self.warn_days.value())
