"""A record form: declared fields, messages beside each field, Save/Cancel, conflicts.

::

    form = RecordForm(
        [FormField("name", self.tr("Name"), required=True, max_length=120),
         FormField("kind", self.tr("Kind"), "combo", choices=[("person", ...), ("company", ...)]),
         FormField("phone", self.tr("Phone"), error_keys=("phones",)),
         FormField("notes", self.tr("Notes"), "text")],
        load=lambda key: (values_of(get_customer(ctx, key)), version),    # -> (values, version)
        save=lambda key, values, version: ...,                            # -> the record's key
        save_copy=lambda values: create_customer(ctx, ...),               # optional
        key=customer_id, parent=self)

The form checks what it can itself (required fields, lengths, amounts), then calls ``save``.
A :class:`~suite.plugin_api.errors.ValidationError` from the service puts each message beside
its field (``FormField.error_keys`` maps a service's field names to the form's); a
:class:`~suite.plugin_api.errors.ConflictError` opens a :class:`ConflictDialog`: reload the
saved version (discarding mine), save mine as a copy, or cancel. The service writes in one
transaction, so nothing is ever half saved. Ctrl+S saves, Esc cancels.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from suite.plugin_api.errors import ConflictError, NotFound, SuiteError, ValidationError
from suite.plugin_api.i18n import Msg, text_of
from suite.plugin_api.lists import format_money
from suite.ui.widgets.style import ERROR_COLOUR

log = logging.getLogger("suite.ui")

FIELD_KINDS = ("line", "text", "combo", "date", "spin", "decimal", "hours", "money", "check")
_EMPTY_DATE = QDate(1900, 1, 1)


def _places(spec: FormField) -> int:
    if spec.places is not None:
        return spec.places
    return {"money": 2, "decimal": 2, "hours": 1}.get(spec.kind, 0)


@dataclass
class FormField:
    """One field of a :class:`RecordForm`.

    ``kind``: line (one line of text), text (several lines), combo (``choices``: (value,
    label) pairs), date (``required=False`` allows an empty date), spin (whole numbers between
    ``minimum`` and ``maximum``), decimal (a Decimal with at most ``places`` decimals, default
    2, between ``minimum`` and ``maximum``), hours (a duration in hours as a Decimal, ``places``
    default 1, never negative: ``7.5``), money (an amount, Decimal), check (yes/no). ``validate``
    returns a message for a bad value (or None). ``error_keys`` are other names a service
    uses for this field in ``ValidationError.fields``.
    """

    name: str
    label: str | Msg
    kind: str = "line"
    required: bool = False
    choices: Sequence[tuple[Any, str | Msg]] = ()
    minimum: int | Decimal | None = None
    maximum: int | Decimal | None = None
    max_length: int | None = None
    placeholder: str | Msg = ""
    suffix: str | Msg = ""
    help: str | Msg = ""
    validate: Callable[[Any], str | Msg | None] | None = None
    error_keys: tuple[str, ...] = ()
    default: Any = None
    #: decimals a decimal or hours field accepts (default 2 and 1)
    places: int | None = None

    def __post_init__(self) -> None:
        if self.kind not in FIELD_KINDS:
            raise ValueError(f"field {self.name!r}: unknown kind {self.kind!r} (one of {', '.join(FIELD_KINDS)})")


class ConflictDialog(QDialog):
    """Someone saved the record while you edited it: what now?

    ``choice`` becomes ``"reload"`` (discard mine, show the saved version), ``"copy"`` (save
    mine as a new record) or ``"cancel"`` (keep editing; nothing is saved). ``chosen(str)`` is
    emitted with it. Enter and Esc mean Cancel: the safe answer.
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, message: str = "",
                 differences: Sequence[tuple[str, str, str]] = (), can_reload: bool = True,
                 can_copy: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.choice = "cancel"
        self._answered = False
        text = QLabel(message or self.tr("Someone else changed this record while you were editing it. "
                                         "Nothing of yours was saved."))
        text.setObjectName("conflictMessage")
        text.setWordWrap(True)
        question = QLabel(self.tr("What would you like to do?"))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        self.table: QTableWidget | None = None
        if differences:
            table = QTableWidget(len(differences), 3, self)
            table.setObjectName("conflictDifferences")
            table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Your version"), self.tr("Saved version")])
            table.verticalHeader().hide()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            for r, (label, mine, theirs) in enumerate(differences):
                for c, value in enumerate((label, mine, theirs)):
                    item = QTableWidgetItem(value)
                    item.setToolTip(value)
                    table.setItem(r, c, item)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            shown = min(len(differences), 6)
            height = header.sizeHint().height() + shown * table.verticalHeader().defaultSectionSize() \
                + 2 * table.frameWidth()
            table.setFixedHeight(height)
            layout.addWidget(table)
            self.table = table
        elif not can_reload:
            layout.addWidget(QLabel(self.tr("The record is no longer there: it may have been archived.")))
        layout.addWidget(question)
        self.reload_button = QPushButton(self.tr("Reload (discard my changes)"))
        self.reload_button.setObjectName("conflictReload")
        self.reload_button.setToolTip(self.tr("Show the version that was saved; what you typed is lost"))
        self.reload_button.setEnabled(can_reload)
        self.copy_button = QPushButton(self.tr("Save mine as a copy"))
        self.copy_button.setObjectName("conflictCopy")
        self.copy_button.setToolTip(self.tr("Keep the saved record as it is and save what you typed as a new record"))
        self.copy_button.setVisible(can_copy)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("conflictCancel")
        self.cancel_button.setToolTip(self.tr("Go back to your changes; nothing is saved"))
        self.cancel_button.setDefault(True)
        self.cancel_button.setAutoDefault(True)
        self.reload_button.setAutoDefault(False)
        self.copy_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.reload_button.clicked.connect(lambda: self._choose("reload"))
        self.copy_button.clicked.connect(lambda: self._choose("copy"))
        self.cancel_button.clicked.connect(lambda: self._choose("cancel"))
        self.setMinimumWidth(480)

    def _choose(self, choice: str) -> None:
        if self._answered:
            return
        self._answered = True
        self.choice = choice
        self.done(QDialog.DialogCode.Accepted if choice != "cancel" else QDialog.DialogCode.Rejected)
        self.chosen.emit(choice)

    def reject(self) -> None:  # Esc or the window's close button
        self._choose("cancel")


class _FieldRow:
    def __init__(self, spec: FormField, editor: QWidget, error: QLabel) -> None:
        self.spec, self.editor, self.error = spec, editor, error


class RecordForm(QWidget):
    """A form over one record; see the module's documentation."""

    saved = Signal(object)      # the record's key after a save (or a save as copy)
    copied = Signal(object)     # the key of the copy made from a conflict
    reloaded = Signal()         # the saved version replaced what was typed
    cancelled = Signal()

    def __init__(self, fields: Sequence[FormField], *, save: Callable[[Any, dict, Any], Any],
                 load: Callable[[Any], tuple[Mapping[str, Any], Any]] | None = None,
                 save_copy: Callable[[dict], Any] | None = None, key: Any = None,
                 parent: QWidget | None = None, confirm_discard: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("recordForm")
        self._save, self._load, self._save_copy = save, load, save_copy
        self.key = key
        self.version: Any = None
        self.confirm_discard = confirm_discard
        self.conflict_dialog: ConflictDialog | None = None
        self._clean: dict[str, Any] = {}
        self._saving = False
        self.rows: dict[str, _FieldRow] = {}

        self.banner = QLabel(self)
        self.banner.setObjectName("formBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for spec in fields:
            if spec.name in self.rows:
                raise ValueError(f"field {spec.name!r} declared twice")
            editor = self._make_editor(spec)
            editor.setObjectName(f"field_{spec.name}")
            error = QLabel(self)
            error.setObjectName(f"error_{spec.name}")
            error.setWordWrap(True)
            error.setStyleSheet(f"color: {ERROR_COLOUR};")
            error.hide()
            box = QWidget(self)
            col = QVBoxLayout(box)
            col.setContentsMargins(0, 0, 0, 0)
            col.setSpacing(2)
            col.addWidget(editor)
            col.addWidget(error)
            label_text = "" if spec.kind == "check" else text_of(spec.label) + ("" if not spec.required else " *")
            label = QLabel(label_text, self)
            label.setBuddy(editor)
            if spec.help:
                editor.setToolTip(text_of(spec.help))
            form.addRow(label, box)
            self.rows[spec.name] = _FieldRow(spec, editor, error)

        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("formSave")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("formCancel")
        self.cancel_button.setToolTip(self.tr("Cancel (Esc)"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)

        for sequence, slot in ((QKeySequence.StandardKey.Save, self.save), (QKeySequence(Qt.Key.Key_Escape), self.cancel)):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        for spec in fields:
            if spec.default is not None:
                self._set_editor(self.rows[spec.name], spec.default)
        self._clean = self._raw_values()
        if key is not None and load is not None:
            self.load_record(key)

    # ------------------------------------------------------------------ editors

    def _make_editor(self, spec: FormField) -> QWidget:
        kind = spec.kind
        if kind == "line":
            w = QLineEdit(self)
            if spec.max_length:
                w.setMaxLength(spec.max_length + 1)  # one more, so "too long" is said, not silently cut
            w.setPlaceholderText(text_of(spec.placeholder))
            return w
        if kind == "text":
            w = QPlainTextEdit(self)
            w.setTabChangesFocus(True)
            w.setPlaceholderText(text_of(spec.placeholder))
            w.setFixedHeight(w.fontMetrics().lineSpacing() * 3 + 14)
            return w
        if kind == "combo":
            w = QComboBox(self)
            if not spec.required:
                w.addItem("", None)
            for value, label in spec.choices:
                w.addItem(text_of(label), value)
            return w
        if kind == "date":
            w = QDateEdit(self)
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
            w.setMinimumDate(_EMPTY_DATE)
            w.setSpecialValueText("—" if not spec.required else "")
            w.setDate(QDate.currentDate() if spec.required else _EMPTY_DATE)
            return w
        if kind == "spin":
            w = QSpinBox(self)
            w.setRange(int(spec.minimum if spec.minimum is not None else 0),
                       int(spec.maximum if spec.maximum is not None else 2**31 - 1))
            if spec.suffix:
                w.setSuffix(" " + text_of(spec.suffix))
            w.setAlignment(Qt.AlignmentFlag.AlignRight)
            return w
        if kind in ("money", "decimal", "hours"):
            w = QLineEdit(self)
            w.setAlignment(Qt.AlignmentFlag.AlignRight)
            zero = "0." + "0" * _places(spec) if _places(spec) else "0"
            w.setPlaceholderText(text_of(spec.placeholder) or zero)
            return w
        w = QCheckBox(text_of(spec.label), self)
        return w

    def editor(self, name: str) -> QWidget:
        return self.rows[name].editor

    def _set_editor(self, row: _FieldRow, value: Any) -> None:
        w, kind = row.editor, row.spec.kind
        if kind == "line":
            w.setText("" if value is None else str(value))
        elif kind == "text":
            w.setPlainText("" if value is None else str(value))
        elif kind == "combo":
            index = w.findData(value)
            w.setCurrentIndex(index if index >= 0 else 0)
        elif kind == "date":
            if isinstance(value, dt.datetime):
                value = value.date()
            w.setDate(QDate(value.year, value.month, value.day) if isinstance(value, dt.date) else _EMPTY_DATE)
        elif kind == "spin":
            w.setValue(int(value or 0))
        elif kind in ("money", "decimal", "hours"):
            w.setText("" if value in (None, "") else f"{Decimal(str(value)):.{_places(row.spec)}f}")
        else:
            w.setChecked(bool(value))

    def _raw(self, row: _FieldRow) -> Any:
        w, kind = row.editor, row.spec.kind
        if kind == "line":
            return w.text()
        if kind == "text":
            return w.toPlainText()
        if kind == "combo":
            return w.currentData()
        if kind == "date":
            d = w.date()
            return None if d == _EMPTY_DATE else dt.date(d.year(), d.month(), d.day())
        if kind == "spin":
            return w.value()
        if kind in ("money", "decimal", "hours"):
            return w.text()
        return w.isChecked()

    def _raw_values(self) -> dict[str, Any]:
        return {name: self._raw(row) for name, row in self.rows.items()}

    # ------------------------------------------------------------------ values

    def set_values(self, values: Mapping[str, Any], version: Any = None) -> None:
        """Fill the form (fields not named keep their value) and mark it unchanged."""
        for name, value in values.items():
            if name in self.rows:
                self._set_editor(self.rows[name], value)
        self.version = version
        self.clear_errors()
        self._clean = self._raw_values()

    def load_record(self, key: Any) -> None:
        if self._load is None:
            raise RuntimeError("this form was built without a load function")
        values, version = self._load(key)
        self.key = key
        self.set_values(values, version)

    def is_dirty(self) -> bool:
        return self._raw_values() != self._clean

    def values(self) -> dict[str, Any]:
        """The typed values, checked; raises ValidationError naming the fields that are wrong."""
        out: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for name, row in self.rows.items():
            try:
                out[name] = self._checked(row)
            except ValueError as exc:
                errors[name] = str(exc)
        if errors:
            raise ValidationError(fields=errors)
        return out

    def _checked(self, row: _FieldRow) -> Any:
        spec, raw = row.spec, self._raw(row)
        label = text_of(spec.label)
        value: Any = raw
        if spec.kind in ("line", "text"):
            value = raw.strip()
            if spec.required and not value:
                raise ValueError(self.tr("Please fill in {label}.").format(label=label))
            if spec.max_length and len(value) > spec.max_length:
                raise ValueError(self.tr("At most {n} characters.").format(n=spec.max_length))
        elif spec.kind == "money":
            text = raw.strip().replace(",", "").replace("，", "").replace("¥", "").replace("￥", "")
            if not text:
                if spec.required:
                    raise ValueError(self.tr("Please fill in {label}.").format(label=label))
                value = None
            else:
                try:
                    value = Decimal(text)
                    if not value.is_finite():
                        raise InvalidOperation
                    if value != value.quantize(Decimal("0.01")):
                        raise ValueError(self.tr("An amount has at most two decimals (fen)."))
                    value = value.quantize(Decimal("0.01"))
                except InvalidOperation:
                    raise ValueError(self.tr("Enter an amount such as 12.50.")) from None
                if spec.minimum is not None and value < Decimal(str(spec.minimum)):
                    raise ValueError(self.tr("The amount cannot be below {amount}.").format(
                        amount=format_money(Decimal(str(spec.minimum)))))
                if spec.maximum is not None and value > Decimal(str(spec.maximum)):
                    raise ValueError(self.tr("The amount cannot be above {amount}.").format(
                        amount=format_money(Decimal(str(spec.maximum)))))
        elif spec.kind in ("decimal", "hours"):
            value = self._number(spec, raw, label)
        elif spec.kind == "date":
            if spec.required and raw is None:
                raise ValueError(self.tr("Choose a date."))
        elif spec.kind == "combo":
            if spec.required and raw is None:
                raise ValueError(self.tr("Choose one."))
        if spec.validate is not None:
            message = spec.validate(value)
            if message:
                raise ValueError(text_of(message))
        return value

    def _number(self, spec: FormField, raw: str, label: str) -> Decimal | None:
        text = raw.strip().replace(",", "").replace("，", "").replace("。", ".")
        if not text:
            if spec.required:
                raise ValueError(self.tr("Please fill in {label}.").format(label=label))
            return None
        places = _places(spec)
        try:
            value = Decimal(text)
            if not value.is_finite():
                raise InvalidOperation
        except InvalidOperation:
            example = "7.5" if spec.kind == "hours" else "12.5"
            raise ValueError(self.tr("Enter a number such as {example}.").format(example=example)) from None
        if value != value.quantize(Decimal(1).scaleb(-places)):
            raise ValueError(self.tr("At most {n} decimal(s).").format(n=places))
        minimum = spec.minimum if spec.minimum is not None else (0 if spec.kind == "hours" else None)
        if minimum is not None and value < Decimal(str(minimum)):
            raise ValueError(self.tr("The value cannot be below {n}.").format(n=minimum))
        if spec.maximum is not None and value > Decimal(str(spec.maximum)):
            raise ValueError(self.tr("The value cannot be above {n}.").format(n=spec.maximum))
        return value.quantize(Decimal(1).scaleb(-places))

    # ------------------------------------------------------------------ messages

    def clear_errors(self) -> None:
        for row in self.rows.values():
            row.error.clear()
            row.error.hide()
            self._mark(row.editor, False)
        self.banner.clear()
        self.banner.hide()

    def set_errors(self, errors: Mapping[str, object], general: object = None) -> None:
        """Show each message beside its field; messages for no field go to the banner."""
        self.clear_errors()
        by_key = {}
        for name, row in self.rows.items():
            by_key[name] = row
            for alias in row.spec.error_keys:
                by_key[alias] = row
        loose: list[str] = []
        first: QWidget | None = None
        for name, message in errors.items():
            row = by_key.get(name)
            text = text_of(message)
            if row is None:
                loose.append(text)
                continue
            row.error.setText((row.error.text() + "\n" if row.error.text() else "") + text)
            row.error.show()
            self._mark(row.editor, True)
            if first is None:
                first = row.editor
        if loose or general:
            head = text_of(general) if general else ""
            self.show_banner("\n".join([t for t in [head, *loose] if t]))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, name: str) -> str:
        """The message shown beside a field ('' when there is none)."""
        row = self.rows[name]
        return "" if row.error.isHidden() else row.error.text()

    def show_banner(self, text: str, error: bool = True) -> None:
        colour = "#fce8e6" if error else "#e6f4ea"
        fg = ERROR_COLOUR if error else "#0d652d"
        self.banner.setStyleSheet(f"background: {colour}; color: {fg}; padding: 6px; border-radius: 4px;")
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    @staticmethod
    def _mark(editor: QWidget, invalid: bool) -> None:
        editor.setProperty("invalid", invalid)
        editor.setStyleSheet(f"border: 1px solid {ERROR_COLOUR};" if invalid and not isinstance(editor, QCheckBox) else "")

    # ------------------------------------------------------------------ save / cancel

    def save(self) -> bool:
        """Check, then save through the service. True when saved."""
        if self._saving or (self.conflict_dialog is not None and self.conflict_dialog.isVisible()):
            return False
        try:
            values = self.values()
        except ValidationError as exc:
            self.set_errors(exc.fields)
            return False
        self.clear_errors()
        self._saving = True
        try:
            key = self._save(self.key, values, self.version)
        except ValidationError as exc:
            self.set_errors(exc.fields, general=None if exc.fields else exc)
            return False
        except ConflictError as exc:
            self._conflict(values, exc)
            return False
        except SuiteError as exc:
            self.show_banner(str(exc))
            return False
        finally:
            self._saving = False
        self._after_save(key if key is not None else self.key)
        self.saved.emit(self.key)
        return True

    def _after_save(self, key: Any) -> None:
        self.key = key
        if self._load is not None and key is not None:
            try:
                self.load_record(key)
                return
            except SuiteError:
                log.info("record %r could not be read back after saving", key)
        self._clean = self._raw_values()

    def cancel(self) -> None:
        if self.conflict_dialog is not None and self.conflict_dialog.isVisible():
            return
        if self.confirm_discard and self.is_dirty() and not self._confirm_discard():
            return
        self.cancelled.emit()

    def _confirm_discard(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard changes?"),
                          self.tr("You have changed this record. Discard your changes?"),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Discard"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        box.deleteLater()
        return answer == QMessageBox.StandardButton.Discard

    # ------------------------------------------------------------------ conflicts

    def _display(self, row: _FieldRow, value: Any) -> str:
        spec = row.spec
        if value is None or value == "":
            return ""
        if spec.kind == "combo":
            return next((text_of(label) for v, label in spec.choices if v == value), str(value))
        if spec.kind == "check":
            return self.tr("Yes") if value else self.tr("No")
        if spec.kind == "money":
            try:
                return format_money(Decimal(str(value).replace(",", "")))
            except InvalidOperation:
                return str(value)
        if isinstance(value, dt.date):
            return value.isoformat()
        return str(value)

    def _conflict(self, mine: dict[str, Any], exc: ConflictError) -> None:
        theirs: Mapping[str, Any] | None = None
        their_version: Any = None
        if self._load is not None and self.key is not None:
            try:
                theirs, their_version = self._load(self.key)
            except NotFound:
                theirs = None
            except SuiteError as err:
                log.info("reading the saved version failed: %s", err)
        differences = []
        if theirs is not None:
            for name, row in self.rows.items():
                if name not in theirs:
                    continue
                a, b = self._display(row, mine.get(name)), self._display(row, theirs.get(name))
                if a != b:
                    differences.append((text_of(row.spec.label), a, b))
        dialog = ConflictDialog(self, message=str(exc), differences=differences,
                                can_reload=theirs is not None, can_copy=self._save_copy is not None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.chosen.connect(lambda choice: self._resolve(choice, mine, theirs, their_version))
        self.conflict_dialog = dialog
        dialog.open()

    def _resolve(self, choice: str, mine: dict[str, Any], theirs, their_version) -> None:
        self.conflict_dialog = None
        if choice == "reload" and theirs is not None:
            self.set_values(theirs, their_version)
            self.show_banner(self.tr("The saved version is shown; your changes were discarded."), error=False)
            self.reloaded.emit()
        elif choice == "copy" and self._save_copy is not None:
            try:
                key = self._save_copy(mine)
            except ValidationError as exc:
                self.set_errors(exc.fields, general=None if exc.fields else exc)
                return
            except SuiteError as exc:
                self.show_banner(str(exc))
                return
            self._after_save(key)
            self.show_banner(self.tr("Your version was saved as a new record."), error=False)
            self.copied.emit(key)
            self.saved.emit(key)
        else:
            self.show_banner(self.tr("Nothing was saved. Your changes are still here."))
