"""Small pieces the complaint pages share: step dialogs over a RecordForm, typed times,
staff pickers, coloured badges, error boxes."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from suite.plugin_api import SuiteError, core
from suite.plugin_api.i18n import domain
from suite.plugin_api.ui import FormField, RecordForm

T = domain("complaints")

#: badge level -> (background, text), as the shared list widgets draw them
LEVEL_COLOURS = {
    "neutral": ("#e8eaed", "#3c4043"),
    "info": ("#d2e3fc", "#174ea6"),
    "success": ("#ceead6", "#0d652d"),
    "warning": ("#feefc3", "#8a4b00"),
    "danger": ("#fad2cf", "#a50e0e"),
}
STAGE_LEVELS = {"done": "success", "late": "danger", "overdue": "danger", "soon": "warning", "running": "info",
                "waiting": "neutral", "none": "neutral"}

_TIME = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[ T]+(\d{1,2})[:：](\d{2})\s*$")
_CLOCK = re.compile(r"^\s*(\d{1,2})[:：](\d{2})\s*$")


def local_text(ctx, value: dt.datetime | None) -> str:
    return "" if value is None else ctx.to_local(value).strftime("%Y-%m-%d %H:%M")


def parse_time(ctx, text: str) -> dt.datetime | None:
    """``2026-03-02 10:30`` (or just ``10:30`` for today) in the office's time zone -> UTC.
    None for an empty text; ValueError for anything else."""
    text = (text or "").strip()
    if not text:
        return None
    m = _TIME.match(text)
    if m:
        y, mo, d, h, mi = (int(x) for x in m.groups())
        return ctx.local_to_utc(dt.datetime(y, mo, d, h, mi))
    m = _CLOCK.match(text)
    if m:
        today = ctx.today()
        return ctx.local_to_utc(dt.datetime(today.year, today.month, today.day, int(m[1]), int(m[2])))
    raise ValueError(text)


def time_field(ctx, name: str = "at", label: object = None, *, required: bool = True, default_now: bool = True,
               help: object = None) -> FormField:
    """A time typed as ``YYYY-MM-DD HH:MM`` (default: now), checked as it is typed."""

    def check(value: str):
        if not value and not required:
            return None
        try:
            if parse_time(ctx, value) is None:
                return T("Enter a time such as {example}.", example=ctx.local_now().strftime("%Y-%m-%d %H:%M"))
        except ValueError:
            return T("Enter a time such as {example}.", example=ctx.local_now().strftime("%Y-%m-%d %H:%M"))
        return None

    return FormField(name, label or T("When"), "line", required=required, validate=check,
                     placeholder=ctx.local_now().strftime("%Y-%m-%d %H:%M"),
                     default=ctx.local_now().strftime("%Y-%m-%d %H:%M") if default_now else None,
                     help=help or T("Office time, e.g. {example}; a time alone means today.",
                                    example=ctx.local_now().strftime("%Y-%m-%d %H:%M")))


def staff_choices(ctx, department: str | None = None) -> list[tuple[int, str]]:
    try:
        people = core.list_staff(ctx, department=department)
    except SuiteError:
        return []
    return [(p.id, f"{p.name} · {p.department}" if p.department and department is None else p.name) for p in people]


def badge(text: str, level: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    set_badge(label, text, level)
    return label


def set_badge(label: QLabel, text: str, level: str) -> None:
    bg, fg = LEVEL_COLOURS.get(level, LEVEL_COLOURS["neutral"])
    label.setText(text)
    label.setProperty("level", level)
    label.setStyleSheet(f"background: {bg}; color: {fg}; border-radius: 8px; padding: 2px 8px;")


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Explain a refused action (a SuiteError) in a message box."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ComplaintsPage", "Not done"),
                      str(exc), QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.open()


class StepDialog(QDialog):
    """A small dialog for one step of a case: a form, OK runs the service.

    ``run(values)`` calls the service; a ValidationError puts its messages beside the fields
    (nothing is saved), a ConflictError opens the conflict dialog."""

    def __init__(self, parent: QWidget | None, title: str, fields: Sequence[FormField],
                 run: Callable[[dict], Any], *, intro: str = "", values: dict | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintStepDialog")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.result_value: Any = None
        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(intro, self)
            text.setWordWrap(True)
            text.setObjectName("stepIntro")
            layout.addWidget(text)

        def save(_key, vals, _version):
            self.result_value = run(vals)
            return None

        self.form = RecordForm(list(fields), save=save, parent=self, confirm_discard=False)
        if values:
            self.form.set_values(values)
        self.form.save_button.setText(self.tr("OK"))
        self.form.saved.connect(lambda _key: self.accept())
        self.form.cancelled.connect(self.reject)
        layout.addWidget(self.form)
        self.setMinimumWidth(460)
