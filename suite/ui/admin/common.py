"""Pieces the administration pages share: a list beside a detail pane, a row of buttons,
confirmations that never block, and a call that explains a refusal instead of crashing.

Pages stay thin: every read and write goes through a core service; these helpers only lay
out widgets and show what the services say.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)



def call(parent: QWidget, fn: Callable[[], Any], what: str = "") -> tuple[bool, Any]:
    """Run a service call; a refusal is explained, a defect reported. Returns (ok, result)."""
    from suite.ui.errors import show_error

    try:
        return True, fn()
    except Exception as exc:  # noqa: BLE001 - explained or reported, the page stays
        show_error(parent, exc, what)
        return False, None


def confirm(parent: QWidget, title: str, text: str, yes: str, on_yes: Callable[[], None], *,
            danger: bool = False, details: str = "") -> QMessageBox:
    """Ask before doing something (non-blocking). *on_yes* runs only when the user agrees;
    the safe answer (No) is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("confirmDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    if details:
        box.setInformativeText(details)
    ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    ok.setObjectName("confirmYes")
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    no.setText(ConfirmTexts().cancel())
    no.setObjectName("confirmNo")
    box.setDefaultButton(no)
    box.setEscapeButton(no)

    def answered(_result) -> None:
        if box.clickedButton() is ok:
            on_yes()

    box.finished.connect(answered)
    box.open()
    return box


class ConfirmTexts(QWidget):
    def cancel(self) -> str:
        return self.tr("Cancel")


def button(text: str, slot: Callable[[], None], *, shortcut: str | None = None, name: str = "",
           primary: bool = False, tooltip: str = "") -> QPushButton:
    widget = QPushButton(text)
    if name:
        widget.setObjectName(name)
    if primary:
        widget.setProperty("primary", True)
    tip = tooltip
    if shortcut:
        widget.setShortcut(QKeySequence(shortcut))
        shown = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{tooltip} ({shown})" if tooltip else shown
    if tip:
        widget.setToolTip(tip)
    widget.clicked.connect(lambda _checked=False: slot())
    return widget


def shortcut(widget: QWidget, keys: str, slot: Callable[[], None]) -> QShortcut:
    sc = QShortcut(QKeySequence(keys), widget)
    sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    sc.activated.connect(slot)
    return sc


class DetailPane(QScrollArea):
    """A pane showing one record: a heading, a form of read-only values, then sections
    (titled lists of lines). ``horizontal`` puts the form and the sections side by side
    (a pane under a list); otherwise they are stacked (a pane beside a list)."""

    def __init__(self, parent: QWidget | None = None, *, horizontal: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.body.setObjectName("detailBody")
        outer = QVBoxLayout(self.body)
        outer.setContentsMargins(16, 10, 16, 10)
        self.heading = QLabel()
        self.heading.setObjectName("detailHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.heading)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        # set explicitly: a form layout inherits the spacing of the layout it sits in
        self.form.setVerticalSpacing(6)
        self.form.setHorizontalSpacing(12)
        self.extra = QHBoxLayout() if horizontal else QVBoxLayout()
        self.extra.setSpacing(24 if horizontal else 6)
        if horizontal:
            row = QHBoxLayout()
            row.setSpacing(24)
            column = QVBoxLayout()
            column.addLayout(self.form)
            column.addStretch(1)
            row.addLayout(column, 2)
            row.addLayout(self.extra, 3)
            outer.addLayout(row)
        else:
            outer.addLayout(self.form)
            outer.addLayout(self.extra)
        outer.addStretch(1)
        self.setWidget(self.body)

    def clear(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        while self.extra.count():
            item = self.extra.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()

    def show_empty(self, text: str) -> None:
        self.clear()
        self.heading.setText("")
        label = QLabel(text)
        label.setObjectName("subtitle")
        label.setWordWrap(True)
        self.extra.addWidget(label)

    def add_row(self, label: str, value: str) -> QLabel:
        text = QLabel(value if value else "—")
        # short values on one line: a wrapping label makes a form row as tall as two lines
        text.setWordWrap(len(value or "") > 24)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(label, text)
        return text

    def add_section(self, title: str, lines: list[str]) -> QWidget:
        section = QWidget()
        column = QVBoxLayout(section)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        head = QLabel(title)
        head.setObjectName("sectionTitle")
        column.addWidget(head)
        for line in lines or ["—"]:
            label = QLabel(line)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(label)
        column.addStretch(1)
        self.extra.addWidget(section, 1)
        return section

    def add_widget(self, widget: QWidget) -> None:
        self.extra.addWidget(widget)


def button_row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        if widget is None:
            row.addStretch(1)
        else:
            row.addWidget(widget)
    return row


class FormDialog(QDialog):
    """A dialog around a RecordForm (the form's Save/Cancel close it)."""

    def __init__(self, title: str, parent: QWidget | None = None, *, name: str = "formDialog",
                 width: int = 480) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.layout_ = QVBoxLayout(self)
        self.form = None
        self.setMinimumWidth(width)

    def set_form(self, form) -> None:
        self.form = form
        self.layout_.addWidget(form)
        form.saved.connect(lambda _key: self.accept())
        form.cancelled.connect(lambda: QDialog.reject(self))

    def reject(self) -> None:
        """The window's close button or Esc outside the form: let the form ask about
        unsaved changes (it emits ``cancelled`` when the user agrees)."""
        if self.form is not None:
            self.form.cancel()
            return
        super().reject()
