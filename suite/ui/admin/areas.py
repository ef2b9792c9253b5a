"""Delivery areas: the parts of town the office delivers to, the streets, estates and
landmarks that place a typed address in one, and how long a van needs to get there.

The order desk places customers by these keywords; promised times and dispatch balancing
count with the travel minutes. Areas can be created one by one or taken from the area
column of a customer file (CSV or XLSX). An area is deactivated, never deleted: customers
and orders that name it keep it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from suite.core import area_import
from suite.core import customers as svc
from suite.core import permissions as P
from suite.ui.admin.common import FormDialog, button, button_row, call, confirm
from suite.ui.widgets import FormField, RecordForm


class AreaDialog(FormDialog):
    """A new area, or one to change."""

    def __init__(self, ctx, area_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__("", parent, name="areaDialog", width=480)
        self.setWindowTitle(self.tr("New delivery area") if area_id is None else self.tr("Edit delivery area"))
        self.ctx = ctx
        fields = [
            FormField("name", self.tr("Name"), required=True, max_length=100,
                      placeholder=self.tr("e.g. 东城片区")),
            FormField("keywords", self.tr("Streets, estates, keywords"), "text",
                      placeholder=self.tr("One a line, or separated by commas: 东风路, 幸福小区, 火车站"),
                      help=self.tr("An address that contains one of these words is placed in this area "
                                   "(the longest word found wins).")),
            FormField("travel_minutes", self.tr("Travel minutes"), "spin", minimum=1, maximum=24 * 60, default=30,
                      suffix=self.tr("min"),
                      help=self.tr("How long a van needs from the depot; promised times count with it.")),
            FormField("active", self.tr("Active (offered and matched to addresses)"), "check", default=True),
        ]
        self.set_form(RecordForm(fields, save=self._save, load=self._load if area_id is not None else None,
                                 key=area_id, parent=self))

    def _load(self, key):
        a = svc.get_area(self.ctx, key)
        return ({"name": a.name, "keywords": "\n".join(a.keywords), "travel_minutes": a.travel_minutes,
                 "active": not a.archived}, a.version)

    def _save(self, key, values, version):
        return svc.save_area(self.ctx, values["name"], values["keywords"], area_id=key,
                             travel_minutes=values["travel_minutes"], archived=not values["active"],
                             expected_version=version)


class AreaImportDialog(QDialog):
    """Areas from a customer file's area column: choose the file, see the areas it names,
    create the new ones with one travel time."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("areaImportDialog")
        self.setWindowTitle(self.tr("Areas from a customer file"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.ctx = ctx
        self.preview: area_import.AreaImportPreview | None = None
        self.created: list[int] = []
        intro = QLabel(self.tr("Choose the customer list (CSV or XLSX) whose area column (片区, 区域 or area) says "
                               "which area each customer lives in. Every area it names that does not exist yet "
                               "is created; add its streets and estates afterwards."))
        intro.setWordWrap(True)
        intro.setObjectName("subtitle")
        self.choose_button = button(self.tr("Choose a file…"), self.choose, name="chooseAreaFile")
        self.file_label = QLabel(self.tr("No file chosen."))
        self.file_label.setObjectName("areaFile")
        self.file_label.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("areaCandidates")
        self.table.setHorizontalHeaderLabels([self.tr("Area"), self.tr("Customers"), self.tr("Status")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("importTravelMinutes")
        self.minutes.setRange(1, 24 * 60)
        self.minutes.setValue(30)
        self.minutes.setSuffix(" " + self.tr("min"))
        self.minutes.setAlignment(Qt.AlignmentFlag.AlignRight)
        form = QFormLayout()
        form.addRow(self.tr("Travel minutes of the new areas"), self.minutes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setObjectName("createAreas")
        self.create_button.setText(self.tr("Create the areas"))
        self.create_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(button_row(self.choose_button, self.file_label))
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, 460)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the customer file"), str(Path.home()),
                                              self.tr("Customer lists (*.csv *.xlsx *.xlsm);;All files (*)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        """Read *path* and list the areas it names (nothing is written yet)."""
        ok, result = call(self, lambda: area_import.preview_file(self.ctx, path), self.tr("Reading the file"))
        if not ok:
            return False
        self.preview = result
        new = result.new_names
        self.file_label.setText(self.tr("{file}: {rows} rows, column \u201c{column}\u201d; {new} new areas, "
                                        "{known} exist already.").format(
            file=path.name, rows=result.total, column=result.column, new=len(new),
            known=len(result.candidates) - len(new)))
        self.table.setRowCount(len(result.candidates))
        for r, c in enumerate(result.candidates):
            self.table.setItem(r, 0, QTableWidgetItem(c.name))
            count = QTableWidgetItem(f"{c.rows:,}")
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, 1, count)
            status = (self.tr("New") if not c.exists else
                      self.tr("Exists (inactive)") if c.archived else self.tr("Exists"))
            self.table.setItem(r, 2, QTableWidgetItem(status))
        self.create_button.setEnabled(bool(new))
        self.create_button.setText(self.tr("Create {n} areas").format(n=len(new)) if new else self.tr("Create the areas"))
        return True

    def create(self) -> bool:
        if self.preview is None or not self.preview.new_names:
            return False
        ok, ids = call(self, lambda: area_import.create(self.ctx, self.preview.new_names,
                                                        travel_minutes=self.minutes.value()),
                       self.tr("Creating the areas"))
        if not ok:
            return False
        self.created = ids
        self.accept()
        return True


class AreasPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("areasPage")
        self.ctx = ctx
        self.dialog = None
        self.items: list[svc.AreaView] = []
        manage = ctx.can(P.AREAS_MANAGE)

        intro = QLabel(self.tr("The order desk places a customer in the area whose streets or estates the address "
                               "names; promised times and the drivers' rounds count with the travel minutes."))
        intro.setObjectName("subtitle")
        intro.setWordWrap(True)
        self.intro = intro
        self.new_button = button(self.tr("New area"), self.new, shortcut="Ctrl+N", name="newArea", primary=True)
        self.edit_button = button(self.tr("Edit"), lambda: self.edit(), name="editArea")
        self.toggle_button = button(self.tr("Deactivate"), self.toggle_active, name="toggleArea")
        self.import_button = button(self.tr("From a customer file…"), self.import_file, name="importAreas")
        for b in (self.new_button, self.edit_button, self.toggle_button, self.import_button):
            b.setVisible(manage)
        self.show_inactive = QCheckBox(self.tr("Show inactive areas"))
        self.show_inactive.setObjectName("showInactiveAreas")
        self.show_inactive.toggled.connect(lambda _on: self.refresh())

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("areasTable")
        self.table.setHorizontalHeaderLabels([self.tr("Area"), self.tr("Streets, estates, keywords"),
                                              self.tr("Travel minutes"), self.tr("Status")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.empty = QLabel(self.tr("No delivery area yet. Create one with \u201cNew area\u201d, or take them from the "
                                    "area column of your customer list with \u201cFrom a customer file\u201d."))
        self.empty.setObjectName("emptyAreas")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # the texts keep their natural height: on a page without areas they sit at the top
        # and the room below stays empty, instead of being spread over the whole height
        for label in (intro, self.empty):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(intro)
        layout.addLayout(button_row(self.new_button, self.edit_button, self.toggle_button, self.import_button, None,
                                    self.show_inactive))
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        # takes the room below only while the table is hidden (the table has the stretch)
        layout.addStretch(0)
        self.refresh()

    # ------------------------------------------------------------------ list

    def refresh(self) -> None:
        """Read the areas again, keeping the selected one."""
        keep = self.current()
        ok, items = call(self, lambda: svc.list_areas(self.ctx, include_archived=self.show_inactive.isChecked()))
        if not ok:
            return
        self.items = items
        self.table.setRowCount(len(items))
        for r, a in enumerate(items):
            name = QTableWidgetItem(a.name)
            name.setData(Qt.ItemDataRole.UserRole, a.id)
            words = self.tr(", ").join(a.keywords)  # "、" in Chinese
            kw = QTableWidgetItem(words or "—")
            kw.setToolTip("\n".join(a.keywords))
            minutes = QTableWidgetItem(str(a.travel_minutes))
            minutes.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            status = QTableWidgetItem(self.tr("Inactive") if a.archived else self.tr("Active"))
            for c, item in enumerate((name, kw, minutes, status)):
                if a.archived:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(r, c, item)
        self.empty.setVisible(not items)
        self.table.setVisible(bool(items))
        if keep is not None:
            self.select(keep.id)
        self._update_buttons()

    def current(self) -> svc.AreaView | None:
        row = self.table.currentRow()
        selected = self.table.selectionModel().selectedRows()
        if not selected or row < 0 or row >= len(self.items):
            return None
        return self.items[row]

    def select(self, area_id) -> bool:
        for r, a in enumerate(self.items):
            if a.id == area_id:
                self.table.selectRow(r)
                return True
        return False

    def open_key(self, key) -> None:
        if not self.select(key) and not self.show_inactive.isChecked():
            self.show_inactive.setChecked(True)
            self.select(key)

    def _update_buttons(self) -> None:
        area = self.current()
        self.edit_button.setEnabled(area is not None)
        self.toggle_button.setEnabled(area is not None)
        self.toggle_button.setText(self.tr("Reactivate") if area is not None and area.archived else self.tr("Deactivate"))

    # ------------------------------------------------------------------ changes

    def new(self):
        return self._open(None)

    def edit(self, key=None):
        area = self.current()
        key = key if key is not None else (area.id if area else None)
        if key is None or not self.ctx.can(P.AREAS_MANAGE):
            return None
        return self._open(key)

    def _open(self, key):
        ok, dialog = call(self, lambda: AreaDialog(self.ctx, key, self))
        if not ok:
            return None
        dialog.form.saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, key) -> None:
        self.refresh()
        if not self.select(key):
            self.show_inactive.setChecked(True)
            self.select(key)
        self.ctx.notify(self.tr("Area saved."))

    def toggle_active(self):
        area = self.current()
        if area is None:
            return None

        def apply(active: bool) -> None:
            ok, _ = call(self, lambda: svc.set_area_active(self.ctx, area.id, active, expected_version=area.version))
            self.refresh()
            if ok:
                self.ctx.notify(self.tr("Area reactivated.") if active else self.tr("Area deactivated."))

        if area.archived:
            apply(True)
            return None
        return confirm(self, self.tr("Deactivate area"),
                       self.tr("Deactivate the area \u201c{name}\u201d?").format(name=area.name),
                       self.tr("Deactivate"), lambda: apply(False),
                       details=self.tr("It is no longer offered for new customers nor matched to typed addresses; "
                                       "customers and orders that name it keep it. You can reactivate it later."))

    def import_file(self):
        dialog = AreaImportDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self._imported(dialog.created))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _imported(self, ids) -> None:
        self.refresh()
        self.ctx.notify(self.tr("{n} areas created.").format(n=len(ids)))
