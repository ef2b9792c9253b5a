"""The point rules editor: the list, a form, a preview against last month before saving."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from suite.plugin_api import SuiteError, core
from suite_plugins.scoring.services import rules, sources
from suite_plugins.scoring.services.rules import RuleInput
from suite_plugins.scoring.ui.common import explain, fill_table, plain_table


class RulesPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.table = plain_table(self)
        self.table.itemSelectionChanged.connect(self.pick)
        form_box = QWidget(self)
        form = QFormLayout(form_box)
        self.code, self.name, self.condition = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Staff metric"), "metric")
        self.kind.addItem(self.tr("Domain event"), "event")
        self.source = QComboBox(self)
        self.kind.currentIndexChanged.connect(lambda *_: self.fill_sources())
        self.points, self.multiplier, self.cap = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.departments, self.valid_from, self.valid_to = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.roles = QLineEdit(self)
        self.roles.setPlaceholderText(", ".join(rules.known_roles(ctx)[:4]))
        self.roles.setToolTip(self.tr("Staff positions, comma-separated; empty: every role"))
        self.enabled = QCheckBox(self.tr("Switched on"), self)
        self.fields_hint = QLabel(self)
        for label, w in ((self.tr("Code"), self.code), (self.tr("Name"), self.name), (self.tr("Source"), self.kind),
                         ("", self.source), (self.tr("Condition"), self.condition), ("", self.fields_hint),
                         (self.tr("Points per occurrence"), self.points), (self.tr("Multiplier field"), self.multiplier),
                         (self.tr("Monthly cap"), self.cap), (self.tr("Departments (codes)"), self.departments),
                         (self.tr("Roles (positions)"), self.roles),
                         (self.tr("Valid from"), self.valid_from), (self.tr("Valid to"), self.valid_to),
                         ("", self.enabled)):
            form.addRow(label, w)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New rule"), self)
        self.preview_button = QPushButton(self.tr("Preview last month"), self)
        self.save_button = QPushButton(self.tr("Save"), self)
        for b in (self.new_button, self.preview_button, self.save_button):
            buttons.addWidget(b)
        self.new_button.clicked.connect(self.new)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save)
        form.addRow(buttons)
        self.preview_text = QLabel(self)
        self.preview_text.setWordWrap(True)
        form.addRow(self.preview_text)
        split = QSplitter(self)
        split.addWidget(self.table)
        split.addWidget(form_box)
        split.setSizes([680, 520])
        QVBoxLayout(self).addWidget(split)
        self.current = None
        self.fill_sources()
        self.reload()

    def fill_sources(self) -> None:
        self.source.clear()
        if self.kind.currentData() == "metric":
            for m in sources.metrics(self.ctx).values():
                self.source.addItem(f"{m.title} ({m.id})", m.id)
            self.fields_hint.setText(self.tr("Fields: value"))
        else:
            for e in sources.EVENTS.values():
                self.source.addItem(f"{e.title} ({e.event})", e.event)
            self.fields_hint.setText(self.tr("Fields: see the event (late_minutes, amount, on_time...)"))

    def reload(self) -> None:
        self.rules = rules.list_rules(self.ctx)
        fill_table(self.table, [self.tr("Code"), self.tr("Name"), self.tr("Source"), self.tr("Points"),
                                self.tr("Cap"), self.tr("Applies to"), self.tr("On")],
                   [[r.code, r.name, r.source, float(r.points), "" if r.monthly_cap is None else float(r.monthly_cap),
                     ", ".join((*r.departments, *r.roles)), "✓" if r.enabled else ""] for r in self.rules])

    def pick(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rules):
            return
        r = self.current = self.rules[row]
        self.code.setText(r.code)
        self.name.setText(r.name)
        self.kind.setCurrentIndex(self.kind.findData(r.source_kind))
        self.source.setCurrentIndex(self.source.findData(r.source))
        self.condition.setText(r.condition)
        self.points.setText(str(r.points))
        self.multiplier.setText(r.multiplier_field)
        self.cap.setText("" if r.monthly_cap is None else str(r.monthly_cap))
        self.departments.setText(",".join(r.departments))
        self.roles.setText(",".join(r.roles))
        self.valid_from.setText(r.valid_from.isoformat() if r.valid_from else "")
        self.valid_to.setText(r.valid_to.isoformat() if r.valid_to else "")
        self.enabled.setChecked(r.enabled)

    def new(self) -> None:
        self.current = None
        for w in (self.code, self.name, self.condition, self.points, self.multiplier, self.cap, self.departments,
                  self.roles, self.valid_from, self.valid_to):
            w.clear()
        self.enabled.setChecked(False)

    def data(self) -> RuleInput:
        def day(text: str):
            text = text.strip()
            return dt.date.fromisoformat(text) if text else None

        return RuleInput(self.code.text(), self.name.text(), self.kind.currentData(), self.source.currentData() or "",
                         self.points.text(), condition=self.condition.text(), multiplier_field=self.multiplier.text(),
                         monthly_cap=self.cap.text() or None,
                         departments=tuple(d.strip() for d in self.departments.text().split(",") if d.strip()),
                         valid_from=day(self.valid_from.text()), valid_to=day(self.valid_to.text()),
                         enabled=self.enabled.isChecked(), roles=rules.clean_roles(self.roles.text()))

    def preview(self) -> None:
        try:
            got = rules.preview(self.ctx, self.data())
        except (SuiteError, ValueError) as exc:
            self.preview_text.setText(str(exc))
            return
        names = {p.id: p.name for p in core.list_staff(self.ctx.as_system())}
        text = ", ".join(f"{names.get(sid, sid)} {pts:+.2f}" for sid, pts in sorted(got.items(), key=lambda kv: kv[1]))
        self.preview_text.setText(self.tr("Last month: %1").replace("%1", text or self.tr("no points")))

    def save(self) -> None:
        try:
            data = self.data()
            if self.current is None:
                rules.create_rule(self.ctx, data)
            else:
                rules.update_rule(self.ctx, self.current.id, data, expected_version=self.current.version)
        except ValueError:
            self.preview_text.setText(self.tr("Write dates as 2026-11-01."))
            return
        except SuiteError as exc:
            explain(self, exc)
            return
        self.reload()
