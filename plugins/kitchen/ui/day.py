"""The kitchen day page: today's checklists (due now, overdue, later, done), run one, explain
a missed one; what else waits today (health checks, samples to dispose, readings to re-check).
A reminder announces newly overdue checklists while the suite is open."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QInputDialog, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from suite.plugin_api import SuiteError
from suite_plugins.kitchen import codes
from suite_plugins.kitchen import permissions as P
from suite_plugins.kitchen.services import equipment, health, readings, runs, samples, templates
from suite_plugins.kitchen.ui.common import badge, current_key, fill, hm, show_error, table, title

LEVEL = {"due": "info", "overdue": "danger", "missed": "danger", "done_late": "warning", "done": "success",
         "upcoming": None}


class RunDialog(QDialog):
    """One checklist: a tick per yes/no item, a field per number, temperature or text."""

    def __init__(self, ctx, run: runs.RunView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runDialog")
        self.ctx = ctx
        self.run = run
        self.setWindowTitle(run.template_name)
        self.template = templates.get_template(ctx, run.template_id)
        self.equipment = {e.id: e for e in equipment.list_equipment(ctx, include_archived=True)}
        form = QFormLayout()
        self.inputs: dict[int, QWidget] = {}
        for item in self.template.items:
            if item.kind == "yes_no":
                w = QCheckBox(self)
                w.setChecked(True)
            else:
                w = QLineEdit(self)
                if item.kind == "number":
                    w.setPlaceholderText(f"{item.min_value if item.min_value is not None else ''} ~ "
                                         f"{item.max_value if item.max_value is not None else ''}")
                elif item.kind == "temperature":
                    e = self.equipment.get(item.equipment_id)
                    w.setPlaceholderText(f"°C  {e.limits_text if e else ''}")
            w.setObjectName(f"item_{item.id}")
            label = item.text + ("" if item.required else self.tr(" (optional)"))
            form.addRow(label, w)
            self.inputs[item.id] = w
        self.note = QLineEdit(self)
        self.note.setObjectName("runNote")
        form.addRow(self.tr("Note"), self.note)
        head = QLabel(self.tr("{label} due {start}-{end}").format(label=run.label or run.template_name,
                                                                   start=hm(ctx, run.start), end=hm(ctx, run.end)), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def answers(self) -> list[runs.Answer]:
        out = []
        for item_id, w in self.inputs.items():
            value = w.isChecked() if isinstance(w, QCheckBox) else w.text()
            out.append(runs.Answer(item_id, value))
        return out

    def save(self) -> bool:
        try:
            runs.complete_run(self.ctx, self.run.schedule_id, self.run.day, self.answers(), note=self.note.text())
        except SuiteError as exc:
            show_error(self, exc)
            return False
        self.accept()
        return True


class KitchenDayPage(QWidget):
    REFRESH_MS = 60_000

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kitchenDayPage")
        self.ctx = ctx
        self.day = ctx.today()
        self.runs: list[runs.RunView] = []
        self.heading = title(self.tr("Kitchen day"), self)
        self.badges = {}
        strip = QHBoxLayout()
        for key in ("due", "overdue", "upcoming", "done", "missed"):
            label = QLabel(self)
            label.setObjectName(f"badge_{key}")
            self.badges[key] = label
            strip.addWidget(label)
        strip.addStretch(1)
        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addSpacing(12)
        head.addLayout(strip, 1)

        self.table = table(self, [self.tr("Due"), self.tr("Checklist"), self.tr("Status"), self.tr("Done at"),
                                  self.tr("By"), self.tr("Result / note")], object_name="runTable")
        self.table.doubleClicked.connect(lambda _i: self.run_selected())
        self.run_button = QPushButton(self.tr("Run checklist"), self)
        self.run_button.setObjectName("runChecklist")
        self.run_button.setEnabled(ctx.can(P.RECORD))
        self.run_button.clicked.connect(self.run_selected)
        self.missed_button = QPushButton(self.tr("Explain missed"), self)
        self.missed_button.setObjectName("explainMissed")
        self.missed_button.setEnabled(ctx.can(P.RECORD))
        self.missed_button.clicked.connect(self.explain_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.missed_button)
        buttons.addStretch(1)

        self.waiting = QLabel(self)
        self.waiting.setObjectName("waiting")
        self.waiting.setWordWrap(True)
        self.waiting.setTextFormat(Qt.TextFormat.RichText)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        box = QGroupBox(self.tr("Also today"), self)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.waiting)
        box_layout.addStretch(1)
        box.setMinimumWidth(300)

        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(body, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(self.REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()
        ensure_watcher(ctx)

    def refresh(self) -> None:
        self.day = self.ctx.today()
        self.heading.setText(self.tr("Kitchen day · {day}").format(day=self.day.isoformat()))
        order = {"overdue": 0, "due": 1, "upcoming": 2, "done_late": 3, "done": 4, "missed": 5}
        self.runs = sorted(runs.day_runs(self.ctx, self.day), key=lambda r: (order[r.status], r.start))
        c = runs.counts(self.runs)
        texts = {"due": (self.tr("Due now: {n}"), c.due, "info"),
                 "overdue": (self.tr("Overdue: {n}"), c.overdue, "danger" if c.overdue else "neutral"),
                 "upcoming": (self.tr("Later today: {n}"), c.upcoming, "neutral"),
                 "done": (self.tr("Done: {n}"), c.done, "success"),
                 "missed": (self.tr("Missed: {n}"), c.missed, "danger" if c.missed else "neutral")}
        for key, (text, n, level) in texts.items():
            badge(self.badges[key], text.format(n=n), level)
        rows = []
        for r in self.runs:
            result = ""
            if r.passed is not None:
                result = self.tr("All items passed") if r.passed else self.tr("Some items failed")
            if r.missed_note:
                result = r.missed_note
            rows.append([f"{hm(self.ctx, r.start)}-{hm(self.ctx, r.end)}",
                         r.template_name + (f" · {r.label}" if r.label else ""),
                         codes.label(codes.RUN_STATUSES, r.status), hm(self.ctx, r.completed_at), r.staff_name, result])
        fill(self.table, rows, levels=[LEVEL[r.status] for r in self.runs], keys=[r.key for r in self.runs])
        self._refresh_waiting()

    def _refresh_waiting(self) -> None:
        parts = []
        unchecked = health.unchecked_today(self.ctx, self.day)
        if unchecked:
            parts.append(self.tr("Morning health check still to do: {names}").format(
                names="、".join(p.name for p in unchecked)))
        due, overdue = samples.to_dispose_count(self.ctx)
        if due:
            parts.append(self.tr("Food samples to dispose of: {n} ({overdue} overdue)").format(n=due, overdue=overdue))
        open_readings = readings.unresolved(self.ctx, self.day - dt.timedelta(days=2), self.day)
        if open_readings:
            parts.append(self.tr("Readings waiting for a re-check: {names}").format(
                names="、".join(f"{r.equipment_name} {r.value} °C" for r in open_readings)))
        self.waiting.setText("<br><br>".join(f"• {p}" for p in parts) if parts else self.tr("Nothing else waits today."))

    def selected(self) -> runs.RunView | None:
        key = current_key(self.table)
        return next((r for r in self.runs if r.key == key), None)

    def run_selected(self) -> None:
        run = self.selected()
        if run is None or run.status in ("done", "done_late"):
            return
        dialog = RunDialog(self.ctx, run, self)
        if dialog.exec():
            self.refresh()

    def explain_selected(self) -> None:
        run = self.selected()
        if run is None:
            return
        note, ok = QInputDialog.getText(self, self.tr("Explain missed"), self.tr("Why was “{name}” not done?").format(
            name=run.template_name))
        if not ok:
            return
        try:
            runs.explain_missed(self.ctx, run.schedule_id, run.day, note)
        except SuiteError as exc:
            show_error(self, exc)
        self.refresh()


# ---------------------------------------------------------------------------- reminder

_watchers: dict = {}


class OverdueWatcher(QObject):
    """Announces each checklist once when it becomes overdue (checked every minute)."""

    INTERVAL_MS = 60_000

    def __init__(self, ctx, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kitchenReminders")
        self.ctx = ctx
        self.announced: set[str] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> list[str]:
        shown = []
        try:
            overdue = [r for r in runs.day_runs(self.ctx) if r.status == "overdue"]
        except SuiteError:
            return shown
        except Exception:  # noqa: BLE001 - the database went away (log-out, another database): stop quietly
            logging.getLogger("suite.kitchen").warning("kitchen reminders stopped", exc_info=True)
            self.timer.stop()
            return shown
        for r in overdue:
            if r.key in self.announced:
                continue
            self.announced.add(r.key)
            text = self.tr("Kitchen checklist overdue: {name} (due by {time})").format(
                name=r.template_name + (f" · {r.label}" if r.label else ""), time=hm(self.ctx, r.end))
            self.ctx.notify(text, "warning")
            shown.append(text)
        return shown


def ensure_watcher(ctx) -> OverdueWatcher | None:
    import shiboken6

    app = QCoreApplication.instance()
    if app is None or not ctx.can(P.VIEW):
        return None
    key = (id(ctx.db), ctx.user.id, ctx.user.username)
    found = _watchers.get(key)
    if found is not None and shiboken6.isValid(found):
        return found
    watcher = OverdueWatcher(ctx, app)
    _watchers[key] = watcher
    return watcher


def stop_all() -> None:
    import shiboken6

    for watcher in list(_watchers.values()):
        if shiboken6.isValid(watcher):
            watcher.timer.stop()
            watcher.deleteLater()
    _watchers.clear()


def runs_card(ctx):
    """The dashboard's checklist card; it also starts the overdue reminder (on the GUI thread),
    so the reminder runs whichever page the user keeps open."""
    from suite_plugins.kitchen.services import cards

    value = cards.runs_card(ctx)
    app = QCoreApplication.instance()
    if app is not None:
        QTimer.singleShot(0, app, lambda: ensure_watcher(ctx))
    return value
