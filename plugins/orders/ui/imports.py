"""Import of customers or products: choose the file, read the preview (every bad row with
its reason, the column of each field, the areas the file names that do not exist yet), change
the mapping or the office's choices and read again, then write the valid rows in one go.
Reading and writing run off the GUI thread (a big file takes seconds)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from suite.plugin_api import SuiteError
from suite.plugin_api.ui import run_in_worker
from suite_plugins.orders.services import imports
from suite_plugins.orders.ui.common import Banner, error_text, fill_table, plain_table

SHOWN_PROBLEMS = 2000


class ImportPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ordersImport")
        self.preview: imports.ImportPreview | None = None
        self.handle = None
        self.banner = Banner(self)
        self.kind = QComboBox(self)
        self.kind.setObjectName("importKind")
        self.kind.addItem(self.tr("Customers"), "customers")
        self.kind.addItem(self.tr("Products"), "products")
        self.choose_button = QPushButton(self.tr("Choose a CSV or Excel file…"), self)
        self.choose_button.setObjectName("importChoose")
        self.choose_button.clicked.connect(self.choose)
        self.write_button = QPushButton(self.tr("Write the valid rows"), self)
        self.write_button.setObjectName("importWrite")
        self.write_button.setEnabled(False)
        self.write_button.clicked.connect(self.write)
        self.summary = QLabel(self.tr("Columns: name, phone, address (customers) or name, price, kind, category, unit, "
                                      "bucket size, deposit, returnable (products); Chinese headers such as 姓名, 电话, "
                                      "地址, 品名, 单价 work too. CSV may be UTF-8 or GBK as Excel saves it."), self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.problems = plain_table(self, [self.tr("Line"), self.tr("Problem"), self.tr("Row as read")], stretch=2)
        self.problems.setObjectName("importProblems")
        self.path: str | None = None

        # the office's choices, then the file is read again
        self.use_areas = QCheckBox(self.tr("We deliver by area"), self)
        self.use_areas.setObjectName("importUseAreas")
        self.use_areas.setChecked(True)
        self.accept_no_address = QCheckBox(self.tr("Import rows without an address"), self)
        self.accept_no_address.setObjectName("importAcceptNoAddress")
        self.accept_outside = QCheckBox(self.tr("Import addresses no area claims (without an area)"), self)
        self.accept_outside.setObjectName("importAcceptOutside")
        for box in (self.use_areas, self.accept_no_address, self.accept_outside):
            box.toggled.connect(lambda _on: self.reread())
        choices = QHBoxLayout()
        choices.addWidget(self.use_areas)
        choices.addWidget(self.accept_no_address)
        choices.addWidget(self.accept_outside)
        choices.addStretch(1)

        # column -> field, editable
        self.mapping = QTableWidget(0, 2, self)
        self.mapping.setObjectName("importMapping")
        self.mapping.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column of the file")])
        self.mapping.verticalHeader().hide()
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.mapping.setMinimumWidth(320)
        self.mapping_combos: dict[str, QComboBox] = {}
        self.areas_label = QLabel(self)
        self.areas_label.setObjectName("importMissingAreas")
        self.areas_label.setWordWrap(True)
        self.create_areas_button = QPushButton(self.tr("Create these areas"), self)
        self.create_areas_button.setObjectName("importCreateAreas")
        self.create_areas_button.clicked.connect(self.create_areas)
        self.areas_label.hide()
        self.create_areas_button.hide()
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Columns (change one and the file is read again)"), self))
        side.addWidget(self.mapping, 1)
        side.addWidget(self.areas_label)
        side.addWidget(self.create_areas_button)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Import"), self))
        top.addWidget(self.kind)
        top.addWidget(self.choose_button)
        top.addStretch(1)
        top.addWidget(self.write_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(choices)
        body = QHBoxLayout()
        body.addLayout(side)
        body.addWidget(self.problems, 3)
        layout.addLayout(body, 1)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import file"), "",
                                              self.tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"))
        if path:
            self.load_file(path)

    def options(self, keep_mapping: bool = True) -> imports.ImportOptions:
        mapping = {name: combo.currentData() for name, combo in self.mapping_combos.items()} if keep_mapping else None
        return imports.ImportOptions(mapping=mapping or None, use_areas=self.use_areas.isChecked(),
                                     accept_no_address=self.accept_no_address.isChecked(),
                                     accept_outside_areas=self.accept_outside.isChecked())

    def reread(self):
        """The same file again with the mapping and choices shown."""
        if self.path is None:
            return None
        return self.load_file(self.path, keep_mapping=True)

    def load_file(self, path: str, keep_mapping: bool = False):
        """Read and check *path* in a worker; the preview appears when it is done."""
        kind = self.kind.currentData()
        if path != self.path:
            keep_mapping = False
        self.path = path
        options = self.options(keep_mapping)
        self.write_button.setEnabled(False)
        self.banner.clear()
        self.handle = run_in_worker(self, lambda job: imports.preview_file(self.ctx, kind, path, options),
                                    title=self.tr("Reading the file"), on_result=self._previewed,
                                    on_error=self._failed)
        return self.handle

    def _previewed(self, result: imports.ImportPreview) -> None:
        self.preview = result
        self.summary.setText(self.tr("{file}: {total} row(s) read as {encoding}; {ok} valid, {bad} with problems. "
                                     "Only the valid rows are written.").format(
            file=result.filename, total=result.total, encoding=result.encoding, ok=result.ok_count,
            bad=len(result.problems)))
        rows = [[p.line, p.text, " | ".join(p.values)] for p in result.problems[:SHOWN_PROBLEMS]]
        fill_table(self.problems, rows, right=(0,))
        self._show_mapping(result)
        if result.missing_areas:
            self.areas_label.setText(self.tr("Areas the file names that do not exist yet: {names}").format(
                names=", ".join(f"{name} ({n})" for name, n in result.missing_areas.items())))
        self.areas_label.setVisible(bool(result.missing_areas))
        self.create_areas_button.setVisible(bool(result.missing_areas))
        self.write_button.setEnabled(result.ok_count > 0)
        self.write_button.setText(self.tr("Write the {n} valid row(s)").format(n=result.ok_count))

    def _show_mapping(self, result: imports.ImportPreview) -> None:
        fields = imports.fields_of(result.kind)
        self.mapping.setRowCount(len(fields))
        self.mapping_combos = {}
        for row, name in enumerate(fields):
            label = str(imports.FIELD_LABELS.get(name, name))
            if name in imports.REQUIRED[result.kind]:
                label += " *"
            item = QTableWidgetItem(label)
            self.mapping.setItem(row, 0, item)
            combo = QComboBox(self.mapping)
            combo.setObjectName(f"importColumn_{name}")
            combo.addItem(self.tr("— not imported —"), -1)
            for index, header in enumerate(result.header):
                combo.addItem(f"{index + 1}. {header}", index)
            combo.setCurrentIndex(max(0, combo.findData(result.mapping.get(name, -1))))
            combo.currentIndexChanged.connect(lambda _i: self.reread())
            self.mapping.setCellWidget(row, 1, combo)
            self.mapping_combos[name] = combo
        self.mapping.resizeColumnToContents(0)

    def create_areas(self):
        """The areas the file names, created in one step; the file is read again."""
        if self.preview is None or not self.preview.missing_areas:
            return None
        try:
            created = imports.create_areas(self.ctx, list(self.preview.missing_areas))
        except SuiteError as exc:
            self.banner.show_message(error_text(exc), "error")
            return None
        handle = self.reread()
        self.banner.show_message(self.tr("{n} area(s) created.").format(n=len(created)), "ok")
        return handle

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, SuiteError):
            self.banner.show_message(error_text(exc), "error")
        else:
            raise exc

    def write(self):
        if self.preview is None or not self.preview.valid:
            return None
        preview = self.preview
        self.write_button.setEnabled(False)
        self.handle = run_in_worker(self, lambda job: imports.commit(self.ctx, preview), title=self.tr("Writing"),
                                    cancellable=False, on_result=self._written, on_error=self._failed)
        return self.handle

    def _written(self, n: int) -> None:
        self.preview = None
        self.banner.show_message(self.tr("{n} row(s) written.").format(n=n), "ok")
        self.write_button.setText(self.tr("Write the valid rows"))
