"""Import of customers or products: choose the file, read the preview (every bad row with
its reason), then write the valid rows in one go. Reading and writing run off the GUI
thread (a big file takes seconds)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
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
        layout.addWidget(self.problems, 1)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import file"), "",
                                              self.tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str):
        """Read and check *path* in a worker; the preview appears when it is done."""
        kind = self.kind.currentData()
        self.write_button.setEnabled(False)
        self.banner.clear()
        self.handle = run_in_worker(self, lambda job: imports.preview_file(self.ctx, kind, path),
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
        self.write_button.setEnabled(result.ok_count > 0)
        self.write_button.setText(self.tr("Write the {n} valid row(s)").format(n=result.ok_count))

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
