"""The scoring settings: the chat review scheme's figures, rest days, and the house rules'
amounts (office data; the manager's)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from suite_plugins.scoring.services import common

INTS = ("cs_records_per_day", "cs_fail_records", "cs_tier1_below", "cs_tier2_below", "cs_lose_all_below",
        "inspection_day")
TEXTS = ("cs_tier1_amount", "cs_tier2_amount", "inspection_pass", "inspection_fail", "absence_rate", "advance_share")


class ScoringSettings(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        values = common.settings(ctx)
        labels = {
            "cs_records_per_day": self.tr("Chat records reviewed per agent-day"),
            "cs_fail_records": self.tr("Failing records that lose the day's point"),
            "cs_tier1_below": self.tr("Score below which the first deduction applies"),
            "cs_tier1_amount": self.tr("First deduction (¥)"),
            "cs_tier2_below": self.tr("Score below which the second deduction applies"),
            "cs_tier2_amount": self.tr("Second deduction (¥)"),
            "cs_lose_all_below": self.tr("Score below which the whole bonus is lost"),
            "inspection_day": self.tr("Day of the monthly inspection"),
            "inspection_pass": self.tr("Reward for passing the inspection (¥)"),
            "inspection_fail": self.tr("Fine for failing the inspection (¥)"),
            "absence_rate": self.tr("Unapproved absence: times the daily wage"),
            "advance_share": self.tr("Advances: at most this share of the month's pay"),
        }
        form = QFormLayout(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        form.addRow(self.error)
        self.fields: dict = {}
        for key in INTS + TEXTS:
            if key in INTS:
                w = QSpinBox(self)
                w.setRange(0, 31 if key == "inspection_day" else 1000)
                w.setValue(int(values[key]))
            else:
                w = QLineEdit(str(values[key]), self)
            self.fields[key] = w
            form.addRow(labels[key], w)
        rest = values["rest_days"]
        self.rest = QLineEdit(", ".join(f"{k}={v}" for k, v in rest.items()), self)
        form.addRow(self.tr("Rest days a month by department (code=days, *=others)"), self.rest)

    def save(self) -> None:
        """Store the settings (raises ValidationError, shown above the form)."""
        from suite.plugin_api import ValidationError

        values = {k: (w.value() if k in INTS else w.text().strip()) for k, w in self.fields.items()}
        rest = {}
        for part in self.rest.text().replace("，", ",").split(","):
            if not part.strip():
                continue
            code, _, days = part.partition("=")
            try:
                rest[code.strip()] = int(days)
            except ValueError:
                exc = ValidationError(fields={"rest_days": self.tr("Write rest days as customer_service=4, *=2.")})
                self.error.setText(str(exc))
                self.error.show()
                raise exc from None
        values["rest_days"] = rest
        try:
            common.save_settings(self.ctx, values)
        except ValidationError as exc:
            self.error.setText("\n".join(exc.field_messages().values()) or str(exc))
            self.error.show()
            raise
        self.error.hide()
