"""Pieces the inventory pages share: a page with a title, a list and a detail pane; error
boxes; small forms."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget)

from suite.plugin_api import SuiteError
from suite.plugin_api.ui import LazyTable

LEVEL_COLOURS = {"neutral": "#3c4043", "info": "#174ea6", "success": "#0d652d", "warning": "#8a4b00",
                 "danger": "#a50e0e"}


def esc(value) -> str:
    return html.escape("" if value is None else str(value))


def show_error(parent, exc: Exception) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, parent.tr("Not saved") if hasattr(parent, "tr") else "Not saved",
                      str(exc), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("inventoryError")
    box.open()
    parent.last_error = str(exc)


def run(parent, fn, *args, **kwargs):
    """Call a service; explain a refusal in a message box and return None."""
    try:
        return fn(*args, **kwargs)
    except SuiteError as exc:
        show_error(parent, exc)
        return None


class ListPage(QWidget):
    """Title, buttons, a lazy list and (optionally) a detail pane on the right."""

    def __init__(self, ctx, title: str, query, parent=None, *, detail: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_error = ""
        self.title = QLabel(title, self)
        self.title.setObjectName("pageTitle")
        self.title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.buttons = QHBoxLayout()
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addLayout(self.buttons)
        self.table = LazyTable(ctx, query, self)
        for combo in self.table.filter_combos.values():
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        self.detail = None
        if detail:
            self.detail = QLabel(self)
            self.detail.setObjectName("detail")
            self.detail.setWordWrap(True)
            self.detail.setTextFormat(Qt.TextFormat.RichText)
            self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            self.detail.setOpenExternalLinks(False)
            self.detail.linkActivated.connect(self.link)
            self.detail.setMargin(8)
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(self.detail)
            scroll.setMinimumWidth(340)
            self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
            self.splitter.addWidget(self.table)
            self.splitter.addWidget(scroll)
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 2)
            self.splitter.setSizes([760, 480])
            layout.addWidget(self.splitter, 1)
            self.table.currentKeyChanged.connect(self.show_detail)
        else:
            layout.addWidget(self.table, 1)
        self.current = None

    def add_button(self, name: str, text: str, slot, enabled: bool = True) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.setEnabled(enabled)
        b.clicked.connect(lambda: slot())
        self.buttons.addWidget(b)
        return b

    def show_detail(self, key) -> None:
        self.current = key
        if self.detail is not None:
            try:
                self.detail.setText(self.render(key) if key is not None else "")
            except SuiteError as exc:
                self.detail.setText(esc(exc))

    def render(self, key) -> str:  # pragma: no cover - pages override
        return ""

    def link(self, href: str) -> None:
        kind, _, value = href.partition(":")
        if kind == "page":
            page, _, key = value.partition("/")
            self.ctx.open_page(page, int(key) if key.isdigit() else None)

    def refresh(self) -> None:
        self.table.refresh()
        self.show_detail(self.current)

    def open_key(self, key) -> None:
        self.table.select_key(key)
        self.show_detail(key)


class FormDialog(QDialog):
    """A small form: labelled fields and OK/Cancel; ``accept_with(fn)`` saves through a service."""

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a50e0e;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.fields: dict[str, QWidget] = {}
        self.result_value = None

    def line(self, name: str, label: str, text: str = "") -> QLineEdit:
        w = QLineEdit(text, self)
        w.setObjectName(name)
        self.form.addRow(label, w)
        self.fields[name] = w
        return w

    def combo(self, name: str, label: str, choices) -> QComboBox:
        w = QComboBox(self)
        w.setObjectName(name)
        for value, text in choices:
            w.addItem(str(text), value)
        self.form.addRow(label, w)
        self.fields[name] = w
        return w

    def value(self, name: str):
        w = self.fields[name]
        return w.currentData() if isinstance(w, QComboBox) else w.text().strip()

    def on_ok(self, fn) -> None:
        def go():
            try:
                self.result_value = fn()
            except SuiteError as exc:
                self.error.setText(str(exc))
                return
            self.accept()

        self.buttons.accepted.connect(go)
