"""The report dialog: a form for a report's parameters, then Open, Preview, Save as or Print.

``open_report_dialog(ctx, report_id, parent)`` is what the shell's Reports menu calls.

Rendering runs off the GUI thread (a large report takes seconds). Printing hands Qt's print
dialog the choice of printer, copies and pages, then rasterises the PDF's pages with PDFium
(pypdfium2) at the printer's resolution (at most 300 dpi) and paints them onto the QPrinter:
the same path on Windows, Linux and macOS, with no dependence on which PDF viewer (if any) is
installed, and every choice of the print dialog honoured. Preview shows the rendered pages in
the suite's own print preview (suite/ui/print_preview.py), which prints through the same
:func:`ask_printer` and :func:`print_pdf`. See docs/architecture.md.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QRectF, QSizeF, QStandardPaths, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QImage, QKeySequence, QPainter, QPageLayout, QPageSize, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from suite.plugin_api.errors import PermissionDenied, SuiteError, UserError, ValidationError
from suite.plugin_api.i18n import domain, text_of
from suite.plugin_api.records import Report, ReportParam
from suite.reports.params import DateRange, Month, check_params, choices_of, default_value, example

T = domain("reports")
log = logging.getLogger("suite.ui.reports")

#: pages are rasterised for the printer at its resolution, but never finer than this
MAX_PRINT_DPI = 300
#: editors that keep their natural width (the rest stretch across the dialog)
_NARROW = {"date", "month", "bool", "choice", "staff"}
#: a date edit at its minimum shows "(none)": the optional date is not given
_NO_DATE = QDate(1999, 12, 31)


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


# ---------------------------------------------------------------------------- printing


def print_pdf(pdf_path: str | os.PathLike, printer, *, max_dpi: int = MAX_PRINT_DPI) -> int:
    """Print a PDF on a configured QPrinter (printer, copies, page range chosen in QPrintDialog).

    Each page is rasterised with PDFium at the printer's resolution (capped at *max_dpi*) and
    painted at its true size (shrunk only when the paper is smaller). Qt allows painting on a
    QPrinter from a worker thread. Returns the number of pages sent.
    """
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - a dependency of the suite
        raise UserError(T("Printing needs the pypdfium2 package: pip install pypdfium2")) from None
    from PySide6.QtPrintSupport import QPrinter

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        count = len(pdf)
        wanted = _printer_pages(printer, count)
        if not wanted:
            return 0
        first_w, first_h = pdf[wanted[0]].get_size()
        printer.setFullPage(True)
        if min(first_w, first_h) <= 90 / 25.4 * 72:  # a receipt: paper as long as the page
            printer.setPageSize(QPageSize(QSizeF(first_w, first_h), QPageSize.Unit.Point, "receipt",
                                          QPageSize.SizeMatchPolicy.ExactMatch))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if first_w > first_h
                                   else QPageLayout.Orientation.Portrait)
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        dpi = max(72, min(max_dpi, printer.resolution()))
        painter = QPainter()
        if not painter.begin(printer):
            raise UserError(T("The printer \u201c{name}\u201d could not be opened.", name=printer.printerName() or "?"))
        sent = 0
        try:
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            device_per_point = printer.resolution() / 72.0
            for copy in range(copies):
                for n, index in enumerate(wanted):
                    if sent:
                        printer.newPage()
                    page = pdf[index]
                    w_pt, h_pt = page.get_size()
                    image = page_image(page, dpi / 72.0)
                    target_w, target_h = w_pt * device_per_point, h_pt * device_per_point
                    shrink = min(1.0, paper.width() / target_w, paper.height() / target_h)
                    painter.drawImage(QRectF(0, 0, target_w * shrink, target_h * shrink), image)
                    sent += 1
        finally:
            painter.end()
        return sent
    finally:
        pdf.close()


def page_image(page, scale: float) -> QImage:
    """One PDFium page rendered at *scale* pixels per point, as a QImage that owns its pixels
    (printing and the print preview draw pages this way)."""
    bitmap = page.render(scale=scale, rev_byteorder=True, draw_annots=True)
    fmt = QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4 else QImage.Format.Format_RGB888
    return QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()


def prepare_printer(printer, pagesize: str | None, doc_name: str = "") -> None:
    """Paper and orientation of a report's page size ("A4", "A4-landscape", "A5", "80mm")."""
    if pagesize == "80mm":
        printer.setPageSize(QPageSize(QSizeF(80, 297), QPageSize.Unit.Millimeter, "80 mm"))
    else:
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A5 if pagesize == "A5" else QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if pagesize == "A4-landscape"
                               else QPageLayout.Orientation.Portrait)
    if doc_name:
        printer.setDocName(doc_name)


def ask_printer(parent: QWidget | None, title: str, pagesize: str | None, doc_name: str = ""):
    """Qt's print dialog (printer, copies, page range), prepared for *pagesize*. Returns the
    configured QPrinter, or None when the user cancelled. The report dialog and the print
    preview both print through here, then :func:`print_pdf`."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, pagesize, doc_name)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintCollateCopies, True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def _printer_pages(printer, count: int) -> list[int]:
    """0-based indexes of the pages the print dialog asked for."""
    from PySide6.QtPrintSupport import QPrinter

    if printer.printRange() == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        pages = [i for i in range(count) if ranges.contains(i + 1)]
        if not pages and printer.fromPage() > 0:
            pages = [i for i in range(count) if printer.fromPage() <= i + 1 <= (printer.toPage() or count)]
        return pages
    if printer.printRange() == QPrinter.PrintRange.CurrentPage:
        return [0] if count else []
    return list(range(count))


# ---------------------------------------------------------------------------- the worker


class _RenderJob(QThread):
    """Renders (and optionally prints) off the GUI thread."""

    succeeded = Signal(str, int)  # path, pages printed (0 when not printing)
    failed = Signal(str, dict)  # message, {param: message}

    def __init__(self, ctx, report: Report, values: dict, path: Path, options: dict, printer=None, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.report, self.values, self.path = ctx, report, values, path
        self.options, self.printer = options, printer

    def run(self) -> None:  # noqa: D102 - QThread
        from suite.reports.render import render_report

        try:
            path = render_report(self.ctx, self.report, self.values, self.path, **self.options)
            printed = print_pdf(path, self.printer) if self.printer is not None else 0
        except ValidationError as exc:
            self.failed.emit(str(exc), exc.field_messages())
        except SuiteError as exc:
            self.failed.emit(str(exc), {})
        except Exception as exc:  # noqa: BLE001 - shown to the user, details in the log
            log.exception("report %s failed", self.report.id)
            self.failed.emit(T.now("The report could not be made: {error}", error=f"{type(exc).__name__}: {exc}"), {})
        else:
            self.succeeded.emit(str(path), printed)


# ---------------------------------------------------------------------------- editors


class _Field:
    """One parameter's editor and the label for its message."""

    def __init__(self, param: ReportParam, editor: QWidget, get: Callable[[], Any], put: Callable[[Any], None]) -> None:
        self.param = param
        self.editor = editor
        self.get = get
        self.put = put
        self.error = QLabel()
        self.error.setObjectName(f"error_{param.name}")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


class ReportDialog(QDialog):
    """Parameters of one report, then Open (system PDF viewer), Preview (in the suite), Save as,
    or Print."""

    #: emitted with the PDF's path when a render finished (Open, Preview, Save as or Print)
    rendered = Signal(str)
    #: emitted with the message when a render failed
    render_failed = Signal(str)

    def __init__(self, ctx, report: Report, parent: QWidget | None = None, *,
                 opener: Callable[[str], bool] | None = None, render_options: dict | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report = report
        self.render_options = dict(render_options or {})
        self._opener = opener or self._open_with_system_viewer
        self._job: _RenderJob | None = None
        self._after: Callable[[str, int], None] | None = None
        self.fields: dict[str, _Field] = {}
        self.last_path: str | None = None
        #: the print preview last opened (None once it is closed)
        self.preview_dialog = None

        self.setObjectName("ReportDialog")
        self.setWindowTitle(self.tr("Report: {title}").format(title=text_of(report.title)))
        layout = QVBoxLayout(self)
        heading = QLabel(text_of(report.title))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        if text_of(report.description):
            about = QLabel(text_of(report.description))
            about.setWordWrap(True)
            layout.addWidget(about)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for param in report.params:
            field = self._make_field(param)
            self.fields[param.name] = field
            holder = QWidget()
            # the field takes the whole width, so a message below it wraps at that width
            holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(field.editor, 0, Qt.AlignmentFlag.AlignLeft if param.kind in _NARROW else Qt.AlignmentFlag(0))
            box.addWidget(field.error)
            marked = param.required and param.kind != "bool"  # a check box always has a value
            label = QLabel(text_of(param.label) + (" *" if marked else "") + self.tr(":"))
            label.setBuddy(field.editor)
            if text_of(param.help):
                label.setToolTip(text_of(param.help))
                field.editor.setToolTip(text_of(param.help))
            form.addRow(label, holder)
        layout.addLayout(form)
        if any(p.required and p.kind != "bool" for p in report.params):
            note = QLabel(self.tr("* required"))
            note.setStyleSheet("color: #666;")
            layout.addWidget(note)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.hide()
        layout.addWidget(self.progress)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("open")
        self.open_button.setDefault(True)
        self.open_button.setAutoDefault(True)
        self.open_button.setToolTip(self.tr("Make the PDF and open it in the PDF viewer (Enter)"))
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.preview_button.setObjectName("preview")
        self.preview_button.setAutoDefault(False)
        self.preview_button.setToolTip(self.tr("Make the PDF and show its pages here, before printing (Ctrl+Shift+P)"))
        self.save_button = QPushButton(self.tr("&Save as\u2026"))
        self.save_button.setObjectName("save")
        self.save_button.setAutoDefault(False)
        self.save_button.setToolTip(self.tr("Save the PDF in a folder of your choice (Ctrl+S)"))
        self.print_button = QPushButton(self.tr("&Print\u2026"))
        self.print_button.setObjectName("print")
        self.print_button.setAutoDefault(False)
        self.print_button.setToolTip(self.tr("Choose a printer and the number of copies (Ctrl+P)"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("close")
        self.close_button.setAutoDefault(False)
        for button in (self.open_button, self.preview_button, self.save_button, self.print_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self.open_report)
        self.preview_button.clicked.connect(self.preview_report)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_report)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_as)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_report)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, activated=self.preview_report)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(420)
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.editor.setFocus()

    # ---------------------------------------------------------------- editors per kind

    def _make_field(self, param: ReportParam) -> _Field:
        try:
            default = default_value(self.ctx, param)
        except Exception:  # noqa: BLE001 - a bad default leaves the field empty
            default = None
        kind = param.kind
        if kind == "date":
            return self._date_field(param, default)
        if kind == "month":
            edit = QDateEdit()
            edit.setDisplayFormat("yyyy-MM")
            edit.setCalendarPopup(False)
            month = default if isinstance(default, Month) else Month.of(self.ctx.today())
            edit.setDate(QDate(month.year, month.month, 1))
            edit.setObjectName(f"param_{param.name}")
            return _Field(param, edit, lambda: Month(edit.date().year(), edit.date().month()),
                          lambda v: edit.setDate(QDate(v.year, v.month, 1)))
        if kind == "date_range":
            return self._range_field(param, default)
        if kind == "bool":
            box = QCheckBox()
            box.setChecked(bool(default))
            box.setObjectName(f"param_{param.name}")
            return _Field(param, box, box.isChecked, lambda v: box.setChecked(bool(v)))
        if kind == "choice":
            combo = QComboBox()
            combo.setObjectName(f"param_{param.name}")
            if not param.required:
                combo.addItem(self.tr("(all)"), None)
            try:
                pairs = choices_of(self.ctx, param)
            except PermissionDenied:
                pairs = []
            for value, label in pairs:
                combo.addItem(label, value)
            if default is not None:
                index = next((i for i in range(combo.count()) if combo.itemData(i) == default), -1)
                if index >= 0:
                    combo.setCurrentIndex(index)
            return _Field(param, combo, combo.currentData,
                          lambda v: combo.setCurrentIndex(max(0, next((i for i in range(combo.count()) if combo.itemData(i) == v), 0))))
        if kind == "staff":
            field = self._staff_field(param, default)
            if field is not None:
                return field
        edit = QLineEdit()
        edit.setObjectName(f"param_{param.name}")
        ex = example(param)
        if ex:
            edit.setPlaceholderText(self.tr("for example {example}").format(example=ex))
        elif not param.required:
            edit.setPlaceholderText(self.tr("(all)"))
        if default is not None:
            edit.setText(str(default))
        return _Field(param, edit, lambda: edit.text().strip() or None, lambda v: edit.setText("" if v is None else str(v)))

    def _date_edit(self, name: str, value: dt.date | None, optional: bool) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setCalendarPopup(True)
        if optional:
            edit.setMinimumDate(_NO_DATE)
            edit.setSpecialValueText(self.tr("(none)"))
        edit.setDate(_qdate(value) if value else (_NO_DATE if optional else _qdate(self.ctx.today())))
        return edit

    def _date_field(self, param: ReportParam, default) -> _Field:
        optional = not param.required
        edit = self._date_edit(f"param_{param.name}", default if isinstance(default, dt.date) else None, optional)

        def get():
            if optional and edit.date() == _NO_DATE:
                return None
            return _pydate(edit.date())

        return _Field(param, edit, get, lambda v: edit.setDate(_qdate(v) if v else _NO_DATE))

    def _range_field(self, param: ReportParam, default) -> _Field:
        if not isinstance(default, DateRange):
            default = Month.of(self.ctx.today()).range()
        holder = QWidget()
        holder.setObjectName(f"param_{param.name}")
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        start = self._date_edit(f"param_{param.name}_start", default.start, False)
        end = self._date_edit(f"param_{param.name}_end", default.end, False)
        row.addWidget(start, 1)
        row.addWidget(QLabel("\u2013"))
        row.addWidget(end, 1)
        presets = QToolButton()
        presets.setText(self.tr("Quick"))
        presets.setToolTip(self.tr("Today, this month, last month, the last 7 days"))
        presets.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        from PySide6.QtWidgets import QMenu

        menu = QMenu(presets)
        today = self.ctx.today()
        month = Month.of(today)
        for label, rng in (
            (self.tr("Today"), DateRange(today, today)),
            (self.tr("This month"), month.range()),
            (self.tr("Last month"), month.previous().range()),
            (self.tr("Last 7 days"), DateRange(today - dt.timedelta(days=6), today)),
        ):
            menu.addAction(label, lambda r=rng: put(r))
        presets.setMenu(menu)
        row.addWidget(presets)

        def put(value: DateRange) -> None:
            start.setDate(_qdate(value.start))
            end.setDate(_qdate(value.end))

        return _Field(param, holder, lambda: DateRange(_pydate(start.date()), _pydate(end.date())), put)

    def _staff_field(self, param: ReportParam, default) -> _Field | None:
        from suite.core.staff import list_staff

        try:
            people = list_staff(self.ctx)
        except PermissionDenied:
            return None
        combo = QComboBox()
        combo.setObjectName(f"param_{param.name}")
        if not param.required:
            combo.addItem(self.tr("(all)"), None)
        for person in people:
            combo.addItem(person.name, person.id)
        if default is not None:
            index = combo.findData(default)
            if index >= 0:
                combo.setCurrentIndex(index)
        return _Field(param, combo, combo.currentData, lambda v: combo.setCurrentIndex(max(0, combo.findData(v))))

    # ---------------------------------------------------------------- values

    def set_value(self, name: str, value: Any) -> None:
        """Put a value in a parameter's editor (as a user would type or pick it)."""
        self.fields[name].put(value)

    def raw_values(self) -> dict[str, Any]:
        return {name: field.get() for name, field in self.fields.items()}

    def values(self) -> dict[str, Any] | None:
        """The checked parameters, or None after showing what is wrong beside each field."""
        for field in self.fields.values():
            field.show_error("")
        self._say("")
        try:
            return check_params(self.ctx, self.report, self.raw_values())
        except ValidationError as exc:
            self._show_problems(str(exc), exc.field_messages())
            return None
        except SuiteError as exc:
            self._say(str(exc), error=True)
            return None

    def _show_problems(self, message: str, fields: dict[str, str]) -> None:
        shown = False
        for name, text in fields.items():
            if name in self.fields:
                self.fields[name].show_error(text)
                shown = True
        if shown:
            first = next(n for n in fields if n in self.fields)
            self.fields[first].editor.setFocus()
            others = [f"{n}: {t}" for n, t in fields.items() if n not in self.fields]
            self._say("; ".join(others), error=True)
        else:
            self._say(message, error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "color: #205020;")
        self.message.setVisible(bool(text))

    # ---------------------------------------------------------------- actions

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _start(self, path: Path, after: Callable[[str, int], None], printer=None) -> bool:
        if self._job is not None:
            return False
        values = self.values()
        if values is None:
            return False
        if self.report.permission and not self.ctx.can(self.report.permission):
            self._say(str(PermissionDenied(self.report.permission)), error=True)
            return False
        self._after = after
        self._job = _RenderJob(self.ctx, self.report, values, path, self.render_options, printer, self)
        self._job.succeeded.connect(self._succeeded)
        self._job.failed.connect(self._failed)
        self._set_busy(True)
        self._say(self.tr("Printing\u2026") if printer is not None else self.tr("Making the report\u2026"))
        self._job.start()
        return True

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for button in (self.open_button, self.preview_button, self.save_button, self.print_button):
            button.setEnabled(not busy)
        for field in self.fields.values():
            field.editor.setEnabled(not busy)

    def _finish_job(self) -> None:
        job, self._job = self._job, None
        if job is not None:
            job.wait()
            job.deleteLater()
        self._set_busy(False)

    def _succeeded(self, path: str, printed: int) -> None:
        self._finish_job()
        self.last_path = path
        after, self._after = self._after, None
        if after is not None:
            after(path, printed)
        self.rendered.emit(path)

    def _failed(self, message: str, fields: dict) -> None:
        self._finish_job()
        self._after = None
        self._show_problems(message, fields)
        self.render_failed.emit(message)

    def open_report(self) -> bool:
        """Render to a temporary file and open it in the system's PDF viewer."""
        return self._start(self._temp_path(), self._opened)

    def _opened(self, path: str, _printed: int) -> None:
        if self._opener(path):
            self._say(self.tr("Opened {path}").format(path=path))
        else:
            self._say(self.tr("No PDF viewer could open the report; it is saved as {path}").format(path=path), error=True)

    def preview_report(self) -> bool:
        """Render to a temporary file and show its pages in the suite's print preview (for PCs
        without a PDF viewer); it prints through the same print dialog as Print."""
        return self._start(self._temp_path(), self._show_preview)

    def _show_preview(self, path: str, _printed: int) -> None:
        from suite.ui.print_preview import PrintPreviewDialog

        if self.preview_dialog is not None:
            self.preview_dialog.close()
        preview = PrintPreviewDialog(path, text_of(self.report.title), self, settings=self.ctx.settings,
                                     pagesize=self.report.pagesize)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.finished.connect(self._preview_closed)
        self.preview_dialog = preview
        preview.show()
        preview.raise_()
        preview.activateWindow()
        self._say(self.tr("Preview of {path}").format(path=path))

    def _preview_closed(self, _result: int) -> None:
        if self.preview_dialog is self.sender():
            self.preview_dialog = None

    def save_as(self) -> bool:
        """Ask where to save, then render there."""
        if self._job is not None:
            return False
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = str(Path(folder) / self._file_name())
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save report as"), suggested, self.tr("PDF files (*.pdf)"))
        if not path:
            return False
        return self.save_to(path)

    def save_to(self, path: str | os.PathLike) -> bool:
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        return self._start(target, lambda p, _n: self._say(self.tr("Saved as {path}").format(path=p)))

    def print_report(self) -> bool:
        """Choose printer, copies and pages in Qt's print dialog, then print."""
        if self._job is not None:
            return False
        if self.values() is None:
            return False
        title = text_of(self.report.title)
        printer = ask_printer(self, self.tr("Print {title}").format(title=title), self.report.pagesize, title)
        if printer is None:
            return False
        self._printer = printer
        return self.print_to(printer)

    def print_to(self, printer) -> bool:
        """Render, then print on *printer* as configured (no dialog)."""
        self._printer = printer

        def done(_path: str, printed: int) -> None:
            name = printer.printerName() or printer.outputFileName()
            self._say(self.tr("{n} page(s) sent to {printer}").format(n=printed, printer=name))

        return self._start(self._temp_path(), done, printer)

    # ---------------------------------------------------------------- files

    def _file_name(self) -> str:
        title = re.sub(r'[\\/:*?"<>|\s]+', "_", text_of(self.report.title)).strip("_") or self.report.id
        return f"{title}_{self.ctx.local_now().strftime('%Y%m%d_%H%M')}.pdf"

    def _temp_path(self) -> Path:
        folder = Path(tempfile.gettempdir()) / "suite-reports"
        folder.mkdir(parents=True, exist_ok=True)
        _clean_old(folder)
        return folder / f"{self.report.id}_{time.strftime('%Y%m%d_%H%M%S')}_{os.getpid()}.pdf"

    @staticmethod
    def _open_with_system_viewer(path: str) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    # ---------------------------------------------------------------- closing

    def done(self, result: int) -> None:  # noqa: D102 - waits for a running render
        if self._job is not None:
            self._job.wait()
            self._finish_job()
        super().done(result)


def _clean_old(folder: Path, days: float = 2) -> None:
    """Remove the temporary PDFs of earlier days (a viewer may still hold today's)."""
    limit = time.time() - days * 86400
    for old in folder.glob("*.pdf"):
        try:
            if old.stat().st_mtime < limit:
                old.unlink()
        except OSError:
            continue


def open_report_dialog(ctx, report_id: str, parent: QWidget | None = None) -> ReportDialog | None:
    """Show the dialog of a report (the Reports menu). Tells the user when the report does not
    exist or they may not run it; returns the dialog (shown, deleted when closed)."""
    report = ctx.host.report(report_id) if ctx.host is not None else None
    if report is None:
        QMessageBox.warning(parent, T.now("Reports"), T.now("There is no report \u201c{id}\u201d.", id=report_id))
        return None
    if report.permission and not ctx.can(report.permission):
        QMessageBox.warning(parent, text_of(report.title), str(PermissionDenied(report.permission)))
        return None
    dialog = ReportDialog(ctx, report, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
