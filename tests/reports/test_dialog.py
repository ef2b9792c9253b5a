"""The report dialog, driven as a user would: fill the form, Open, Save as, Print."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDateEdit, QLabel, QLineEdit

from suite.ui.report_dialog import ReportDialog, open_report_dialog
from tests.reports.conftest import make_changes, pdf_fonts, pdf_page_count, pdf_text

WAIT = 60_000


class Viewer:
    """Stands in for the system's PDF viewer: records what it was asked to open."""

    def __init__(self) -> None:
        self.opened: list[str] = []

    def __call__(self, path: str) -> bool:
        self.opened.append(path)
        return True


@pytest.fixture
def viewer():
    return Viewer()


def _dialog(qtbot, ctx, report_id, viewer):
    dialog = ReportDialog(ctx, ctx.host.report(report_id), opener=viewer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _error(dialog, name) -> QLabel:
    return dialog.findChild(QLabel, f"error_{name}")


def test_fill_the_form_and_save_a_pdf_with_the_chinese_letterhead(qtbot, suite_ctx, company, viewer, tmp_path):
    make_changes(suite_ctx, 5)
    dialog = _dialog(qtbot, suite_ctx, "core.audit_extract", viewer)
    start = dialog.findChild(QDateEdit, "param_start")
    end = dialog.findChild(QDateEdit, "param_end")
    assert start.date() == QDate.currentDate() or start.date().isValid()
    start.setDate(QDate(2020, 1, 1))
    end.setDate(QDate(2030, 12, 31))
    table = dialog.findChild(QLineEdit, "param_table")
    qtbot.keyClicks(table, "core_customers")
    target = tmp_path / "审计"
    with qtbot.waitSignal(dialog.rendered, timeout=WAIT) as blocker:
        assert dialog.save_to(target)
    saved = blocker.args[0]
    assert saved.endswith("审计.pdf")
    text = pdf_text(saved)
    assert company in text and "上海市浦东新区张江路 88 号" in text
    assert "core_customers" in text and "core_customer_phones" not in text
    assert "客户0004" in text
    rows = pdf_fonts(saved)
    assert rows and all(r["emb"] == "yes" for r in rows)
    assert "Saved as" in dialog.message.text() and dialog.message.isVisible()
    assert not viewer.opened


def test_enter_opens_the_report_in_the_viewer(qtbot, suite_ctx, company, viewer):
    dialog = _dialog(qtbot, suite_ctx, "core.audit_extract", viewer)
    with qtbot.waitSignal(dialog.rendered, timeout=WAIT):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert len(viewer.opened) == 1
    assert company in pdf_text(viewer.opened[0])
    assert dialog.open_button.isEnabled()


def test_problems_show_beside_their_fields_and_nothing_is_made(qtbot, suite_ctx, viewer):
    dialog = _dialog(qtbot, suite_ctx, "sample.sales", viewer)
    rows = dialog.findChild(QLineEdit, "param_rows")
    rows.clear()
    qtbot.keyClicks(rows, "many")
    amount = dialog.findChild(QLineEdit, "param_min_amount")
    qtbot.keyClicks(amount, "12 yuan")
    assert dialog.open_report() is False
    assert not dialog.busy and not viewer.opened
    assert "not a whole number" in _error(dialog, "rows").text() and _error(dialog, "rows").isVisible()
    assert "not a number" in _error(dialog, "min_amount").text()
    assert not _error(dialog, "period").isVisible()
    rows.clear()
    qtbot.keyClicks(rows, "12")
    amount.clear()
    with qtbot.waitSignal(dialog.rendered, timeout=WAIT):
        assert dialog.open_report()
    assert not _error(dialog, "rows").isVisible()
    assert len(viewer.opened) == 1


def test_the_build_functions_own_check_lands_beside_its_field(qtbot, suite_ctx, viewer):
    dialog = _dialog(qtbot, suite_ctx, "core.audit_extract", viewer)
    dialog.set_value("start", dt.date(2026, 3, 2))
    dialog.set_value("end", dt.date(2026, 3, 1))
    with qtbot.waitSignal(dialog.render_failed, timeout=WAIT):
        assert dialog.open_report()
    assert "before the start date" in _error(dialog, "end").text()
    assert _error(dialog, "end").isVisible() and not viewer.opened


def test_print_on_a_printer_rasterises_every_page(qtbot, suite_ctx, company, viewer, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    make_changes(suite_ctx, 40)
    dialog = _dialog(qtbot, suite_ctx, "core.audit_extract", viewer)
    dialog.set_value("start", dt.date(2020, 1, 1))
    dialog.set_value("end", dt.date(2030, 12, 31))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a "printer" whose paper we can read
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    printer.setResolution(100)
    printer.setCopyCount(2)
    with qtbot.waitSignal(dialog.rendered, timeout=WAIT) as blocker:
        assert dialog.print_to(printer)
    report_pages = pdf_page_count(blocker.args[0])
    assert report_pages >= 2
    copies = 1 if printer.supportsMultipleCopies() else 2
    assert pdf_page_count(printed) == report_pages * copies
    info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True, check=True).stdout
    assert "842" in info and "595" in info  # A4 landscape, as the report
    images = subprocess.run(["pdfimages", "-list", str(printed)], capture_output=True, text=True, check=True).stdout
    assert len(images.strip().splitlines()) - 2 >= report_pages  # one raster per page
    assert "sent to" in dialog.message.text()
    # the raster really holds the report: dark pixels where the letterhead is
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "1", str(printed), str(png)], check=True)
    from PIL import Image

    image = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    top = image.crop((0, 0, image.width, image.height // 5))
    assert top.getextrema()[0] < 100


def test_escape_closes_the_dialog(qtbot, suite_ctx, viewer):
    dialog = _dialog(qtbot, suite_ctx, "core.audit_extract", viewer)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_required_fields_are_marked_and_optional_ones_say_all(qtbot, suite_ctx, viewer):
    dialog = _dialog(qtbot, suite_ctx, "core.audit_extract", viewer)
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert "From *:" in labels and "User:" in labels and "* required" in labels
    assert dialog.findChild(QLineEdit, "param_user").placeholderText() == "(all)"


def test_the_menu_entry_refuses_a_clerk_with_a_message(qtbot, suite_login):
    clerk = suite_login("clerk")
    seen = []

    def close_message():
        box = QApplication.activeModalWidget()
        if box is not None:
            seen.append(box.findChild(QLabel, "qt_msgbox_label").text())
            box.close()

    QTimer.singleShot(200, close_message)
    assert open_report_dialog(clerk, "core.audit_extract") is None
    assert seen and "audit.view" in seen[0]


def test_the_menu_entry_opens_the_dialog(qtbot, suite_ctx):
    dialog = open_report_dialog(suite_ctx, "core.audit_extract")
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_plugins_open_the_same_dialog_through_the_plugin_api(qtbot, suite_ctx):
    from suite.plugin_api.ui import open_report_dialog as from_plugin_api

    dialog = from_plugin_api(suite_ctx, "core.audit_extract")
    assert isinstance(dialog, ReportDialog) and dialog.isVisible()
    dialog.close()
