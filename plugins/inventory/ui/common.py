"""Pieces the inventory pages share: a page with a title, a list and a detail pane; error
boxes; small forms."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from suite.plugin_api import SuiteError
from suite.plugin_api.i18n import domain
from suite.plugin_api.ui import DetailSplitter, LazyTable, align_number

LEVEL_COLOURS = {"neutral": "#3c4043", "info": "#174ea6", "success": "#0d652d", "warning": "#8a4b00",
                 "danger": "#a50e0e"}


T = domain("inventory")

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
    """Title, buttons, a lazy list and (optionally) a detail pane on the right, collapsed
    while no line is chosen so the list has the room."""

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
            self.splitter = DetailSplitter(Qt.Orientation.Horizontal, self)
            self.splitter.addWidget(self.table)
            self.splitter.addWidget(scroll)
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 2)
            self.splitter.setSizes([860, 380])     # the list's columns first; details beside
            layout.addWidget(self.splitter, 1)
            self.table.currentKeyChanged.connect(self.show_detail)
        else:
            layout.addWidget(self.table, 1)
        self.current = None
        self.show_detail(None)

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
            self.splitter.set_detail_shown(key is not None)
            try:
                self.detail.setText(self.render(key) if key is not None else self.placeholder())
            except SuiteError as exc:
                self.detail.setText(esc(exc))

    def render(self, key) -> str:  # pragma: no cover - pages override
        return ""

    def placeholder(self) -> str:
        """What the detail pane says while no line is chosen (not an empty pane)."""
        return (f"<p style='color:#5f6368'>{esc(T('Choose a line of the list to see its details here.'))}"
                "</p>")

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


# ---------------------------------------------------------------------------- record forms

def shortcut_new(page, slot) -> None:
    """Ctrl+N on a page opens its form for a new record."""
    from PySide6.QtGui import QKeySequence, QShortcut

    sc = QShortcut(QKeySequence.StandardKey.New, page)
    sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    sc.activated.connect(slot)


def confirm(parent, title: str, text: str, yes: str) -> bool:
    """Ask before something that cannot be taken back; No is the default answer."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("inventoryConfirm")
    box.button(QMessageBox.StandardButton.Yes).setText(yes)
    box.button(QMessageBox.StandardButton.No).setText(parent.tr("Cancel") if hasattr(parent, "tr") else "Cancel")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    if CONFIRM_ANSWERS:                       # tests answer the question without a modal loop
        box.deleteLater()
        return CONFIRM_ANSWERS.pop(0)
    answer = box.exec()
    box.deleteLater()
    return answer == QMessageBox.StandardButton.Yes


#: answers queued by tests for :func:`confirm` (True: yes)
CONFIRM_ANSWERS: list[bool] = []


class RecordDialog(QDialog):
    """A dialog over one :class:`RecordForm`: Save (Ctrl+S) runs the service, Esc cancels;
    refusals stay beside their fields or in the banner and nothing is saved."""

    def __init__(self, parent, title: str, fields, *, save, load=None, key=None, values=None,
                 intro: str = "", width: int = 520) -> None:
        from suite.plugin_api.ui import RecordForm

        super().__init__(parent)
        self.setObjectName("inventoryRecordDialog")
        self.setWindowTitle(str(title))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.result_value = None
        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(str(intro), self)
            text.setWordWrap(True)
            text.setObjectName("intro")
            layout.addWidget(text)

        def _save(k, vals, version):
            self.result_value = save(k, vals, version)
            return self.result_value if self.result_value is not None else k

        self.form = RecordForm(list(fields), save=_save, load=load, key=key, parent=self)
        if values:
            self.form.set_values(values, self.form.version)
        self.form.saved.connect(lambda _key: self.accept())
        self.form.cancelled.connect(self.reject)
        layout.addWidget(self.form)
        self.setMinimumWidth(width)

    def reject(self) -> None:   # the window's close button asks like Cancel does
        if self.form.confirm_discard and self.form.is_dirty() and not self.form._confirm_discard():
            return
        super().reject()


class LinesEditor(QWidget):
    """The lines of a document typed one by one: a line form (Enter adds the line), the table
    of the lines so far (Enter or double-click takes a line back into the form to change it,
    Delete removes it). ``check(values)`` refuses a bad line with a ValidationError;
    ``cells(values)`` gives the texts of a row."""

    def __init__(self, fields, headers, cells, parent=None, *, check=None, blank=None) -> None:
        from PySide6.QtGui import QKeySequence, QShortcut
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

        from suite.plugin_api.ui import RecordForm

        super().__init__(parent)
        self.setObjectName("linesEditor")
        self.cells, self.check, self.blank = cells, check, blank or (lambda: {})
        self.after_clear = None      # called when the line form is emptied for the next line
        self.lines: list[dict] = []
        self.form = RecordForm(list(fields), save=self._add, parent=self, confirm_discard=False)
        self.form.save_button.setText(self.tr("Add line (Enter)"))
        self.form.save_button.setObjectName("addLine")
        self.form.save_button.setDefault(False)
        self.form.save_button.setAutoDefault(False)
        self.form.cancel_button.setText(self.tr("Clear"))
        self.form.cancel_button.setAutoDefault(False)
        self.form.cancelled.connect(self.clear_line)
        for sc in self.form.findChildren(QShortcut):       # Ctrl+S saves the document, not the line
            if sc.key() == QKeySequence(QKeySequence.StandardKey.Save):
                sc.setEnabled(False)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            sc = QShortcut(QKeySequence(key), self.form)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(self.form.save)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName("lines")
        self.table.setHorizontalHeaderLabels([str(h) for h in headers])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(lambda index: self.take_back(index.row()))
        for key, slot in ((Qt.Key.Key_Return, lambda: self.take_back(self.table.currentRow())),
                          (Qt.Key.Key_Enter, lambda: self.take_back(self.table.currentRow())),
                          (Qt.Key.Key_Delete, lambda: self.remove(self.table.currentRow()))):
            sc = QShortcut(QKeySequence(key), self.table)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)
        self.remove_button = QPushButton(self.tr("Remove line (Del)"), self)
        self.remove_button.setObjectName("removeLine")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(lambda: self.remove(self.table.currentRow()))
        self.hint = QLabel(self)
        self.hint.setObjectName("lineHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6368;")
        bar = QHBoxLayout()
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.remove_button)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.form)
        self.layout_.addLayout(bar)
        self.layout_.addWidget(self.table, 1)
        self.clear_line()

    def _add(self, _key, values, _version):
        if self.check is not None:
            self.check(values)
        self.lines.append(values)
        self._row(len(self.lines) - 1)
        self.clear_line()
        return None

    def _row(self, n: int) -> None:
        from PySide6.QtWidgets import QTableWidgetItem

        if n >= self.table.rowCount():
            self.table.setRowCount(n + 1)
        for c, text in enumerate(self.cells(self.lines[n])):
            cell = QTableWidgetItem("" if text is None else str(text))
            if cell.text()[:1].isdigit() or cell.text()[:1] in "¥-":     # figures line up on the right
                align_number(cell)
            self.table.setItem(n, c, cell)

    def set_lines(self, lines: list[dict]) -> None:
        self.lines = list(lines)
        self.table.setRowCount(0)
        for n in range(len(self.lines)):
            self._row(n)

    def clear_line(self) -> None:
        self.form.set_values(self.blank())
        self.form.clear_errors()
        if self.after_clear is not None:
            self.after_clear()
            self.form.set_values({})
        first = next(iter(self.form.rows.values())).editor
        first.setFocus()

    def take_back(self, row: int) -> None:
        """Put a line back into the form to change it (it leaves the table until added again)."""
        if not 0 <= row < len(self.lines):
            return
        values = self.lines.pop(row)
        self.set_lines(self.lines)
        self.form.set_values(values)
        next(iter(self.form.rows.values())).editor.setFocus()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.lines.pop(row)
            self.set_lines(self.lines)

    def pending(self) -> bool:
        """Something typed in the line form that was not added yet."""
        return self.form.is_dirty()

    def flush(self) -> bool:
        """Add what is typed in the line form (if anything); False when it is refused."""
        return self.form.save() if self.pending() else True
