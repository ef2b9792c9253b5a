"""Food samples (留样): the lunch batch's dishes typed in one go, the samples kept with their
disposal time, and disposal (refused by the service before the keep period ends)."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from suite.plugin_api import SuiteError
from suite.plugin_api.ui import open_report_dialog
from suite_plugins.kitchen import codes
from suite_plugins.kitchen import permissions as P
from suite_plugins.kitchen.services import equipment as eq
from suite_plugins.kitchen.services import samples
from suite_plugins.kitchen.services.common import local_text, setting
from suite_plugins.kitchen.ui.common import current_key, fill, show_error, table, title

STATE_LEVEL = {"kept": None, "due": "warning", "overdue": "danger", "disposed": "success"}


class SamplesPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("samplesPage")
        self.ctx = ctx
        self.rows: list[samples.SampleView] = []
        self.meal = QComboBox(self)
        self.meal.setObjectName("meal")
        for code, label in codes.MEALS.items():
            self.meal.addItem(str(label), code)
        self.meal.setCurrentIndex(1)
        self.batch = QLineEdit(self)
        self.batch.setObjectName("batch")
        self.fridge = QComboBox(self)
        self.fridge.setObjectName("fridge")
        for e in eq.list_equipment(ctx, kinds=codes.COLD_KINDS):
            self.fridge.addItem(e.name, e.id)
        self.dishes = QPlainTextEdit(self)
        self.dishes.setObjectName("dishes")
        minimum = setting(ctx, "sample_min_grams")
        self.dishes.setPlaceholderText(self.tr("One dish a line, with its weight in grams (at least {min} g):\n"
                                               "宫保鸡丁 150\n米饭 150").format(min=minimum))
        self.dishes.setMaximumHeight(110)
        self.save_button = QPushButton(self.tr("Record samples"), self)
        self.save_button.setObjectName("recordSamples")
        self.save_button.setEnabled(ctx.can(P.RECORD))
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("Meal"), self.meal)
        form.addRow(self.tr("Batch"), self.batch)
        form.addRow(self.tr("Kept in"), self.fridge)
        form.addRow(self.tr("Dishes"), self.dishes)
        form.addRow("", self.save_button)
        hours = setting(ctx, "sample_keep_hours")
        rule = QLabel(self.tr("Each sample: at least {min} g, in a clean closed container, refrigerated (0-8 °C) "
                              "for at least {hours} hours.").format(min=minimum, hours=hours), self)
        rule.setWordWrap(True)
        self.table = table(self, [self.tr("Sampled at"), self.tr("Meal"), self.tr("Dish"), self.tr("Weight"),
                                  self.tr("By"), self.tr("Kept in"), self.tr("Keep until"), self.tr("State")],
                           object_name="sampleTable")
        self.dispose_button = QPushButton(self.tr("Dispose of the selected sample"), self)
        self.dispose_button.setObjectName("disposeSample")
        self.dispose_button.setEnabled(ctx.can(P.RECORD))
        self.dispose_button.clicked.connect(self.dispose_selected)
        self.labels_button = QPushButton(self.tr("Print labels"), self)
        self.labels_button.setObjectName("printLabels")
        self.labels_button.clicked.connect(lambda: open_report_dialog(ctx, "kitchen.sample_labels", self))
        left = QVBoxLayout()
        left.addWidget(title(self.tr("Food samples"), self))
        left.addWidget(rule)
        left.addLayout(form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Samples kept"), self))
        right.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.dispose_button, 1)
        row.addWidget(self.labels_button)
        right.addLayout(row)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.refresh()

    def refresh(self) -> None:
        self.rows = samples.kept_samples(self.ctx)
        states = {"kept": self.tr("Kept"), "due": self.tr("Due for disposal"), "overdue": self.tr("Overdue"),
                  "disposed": self.tr("Disposed of")}
        fill(self.table, [[local_text(self.ctx, r.sampled_at), r.meal_label, r.dish, f"{r.weight_g} g", r.sampled_by,
                           r.fridge, local_text(self.ctx, r.keep_until), states[r.state]] for r in self.rows],
             levels=[STATE_LEVEL[r.state] for r in self.rows], keys=[r.id for r in self.rows])

    def entries(self) -> list[samples.SampleInput]:
        out = []
        for line in self.dishes.toPlainText().splitlines():
            parts = line.strip().rsplit(None, 1)
            if not parts:
                continue
            dish, weight = (parts[0], parts[1]) if len(parts) == 2 else (parts[0], "")
            out.append(samples.SampleInput(dish, weight, meal=self.meal.currentData(), batch=self.batch.text(),
                                           fridge_id=self.fridge.currentData()))
        return out

    def save(self) -> bool:
        try:
            samples.record_samples(self.ctx, self.entries())
        except SuiteError as exc:
            show_error(self, exc)
            return False
        self.dishes.clear()
        self.refresh()
        return True

    def dispose_selected(self) -> bool:
        key = current_key(self.table)
        row = next((r for r in self.rows if r.id == key), None)
        if row is None:
            return False
        try:
            samples.dispose_sample(self.ctx, row.id, expected_version=row.version)
        except SuiteError as exc:
            show_error(self, exc)
            return False
        self.refresh()
        return True
