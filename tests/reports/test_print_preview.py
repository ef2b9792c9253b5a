"""The print preview, driven as a user would: pages of a real PDF (Chinese text, three pages),
page by page, zoom, fit width, a broken file, printing, and the report dialog's Preview."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor

from suite.ui.print_preview import PrintPreviewDialog
from suite.ui.report_dialog import ReportDialog
from tests.reports.conftest import make_changes, pdf_page_count, pdf_text

WAIT = 60_000


@pytest.fixture
def three_pages(tmp_path):
    """A 3-page A4 PDF made with reportlab, in the Chinese report font: a black band at the
    top of each page, "第 N 页" below it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from suite.reports.fonts import report_fonts

    font = report_fonts().regular
    path = tmp_path / "三页.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for n in range(1, 4):
        pdf.setFillColorRGB(0, 0, 0)
        pdf.rect(40, height - 120, width - 80, 60, fill=1, stroke=0)
        pdf.setFont(font, 28)
        pdf.drawString(60, height - 180, f"清泉桶装水配送中心 第 {n} 页")
        pdf.showPage()
    pdf.save()
    assert pdf_page_count(path) == 3 and "第 2 页" in pdf_text(path)
    return path


@pytest.fixture
def zh_qt(qapp, suite_host):
    """The widgets in Chinese (the suite's compiled catalog), English again afterwards."""
    from suite.ui.translation import install_translators

    install_translators(suite_host, "zh_CN")
    yield
    install_translators(suite_host, "en")


def _preview(qtbot, path, **kwargs) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(path, "三页", **kwargs)
    qtbot.addWidget(dialog)
    dialog.resize(900, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: bool(dialog.rendered_pages()))
    return dialog


def _pixmap_width(dialog, index: int) -> int:
    pixmap = dialog.pages[index].pixmap()
    return round(pixmap.width() / pixmap.devicePixelRatio())


def test_the_pages_are_shown_and_counted(qtbot, three_pages):
    dialog = _preview(qtbot, three_pages)
    assert dialog.page_count == 3 and len(dialog.pages) == 3
    assert dialog.page_label.text() == "Page 1 of 3"
    assert dialog.error is None and not dialog.message.isVisible()
    assert 0 in dialog.rendered_pages()
    # the picture really is the page: the black band near the top, white below it
    image = dialog.pages[0].pixmap().toImage()
    band = image.pixelColor(image.width() // 2, round(image.height() * 90 / 842))
    paper = image.pixelColor(image.width() // 2, round(image.height() * 0.6))
    assert band.lightness() < 40 and paper == QColor("white")
    # stacked vertically with a gap between them
    first, second = dialog.pages[0].geometry(), dialog.pages[1].geometry()
    assert second.top() > first.bottom() + 4


def test_next_and_previous_change_the_page(qtbot, three_pages):
    dialog = _preview(qtbot, three_pages)
    assert not dialog.previous_action.isEnabled()
    dialog.next_action.trigger()
    assert dialog.current_page == 2 and dialog.page_label.text() == "Page 2 of 3"
    qtbot.keyClick(dialog, Qt.Key.Key_PageDown)
    assert dialog.current_page == 3 and dialog.page_label.text() == "Page 3 of 3"
    assert not dialog.next_action.isEnabled()
    qtbot.waitUntil(lambda: 2 in dialog.rendered_pages())
    qtbot.keyClick(dialog, Qt.Key.Key_PageUp)
    assert dialog.current_page == 2
    dialog.previous_action.trigger()
    assert dialog.current_page == 1 and dialog.scroll.verticalScrollBar().value() == 0


def test_home_end_and_ctrl_g_go_to_a_page(qtbot, three_pages):
    """End and Home jump to the last and the first page; Ctrl+G asks for a page's number (a
    real input dialog, answered here as a user would)."""
    from PySide6.QtWidgets import QApplication, QInputDialog

    dialog = _preview(qtbot, three_pages)
    qtbot.keyClick(dialog, Qt.Key.Key_End)
    assert dialog.current_page == 3 and dialog.page_label.text() == "Page 3 of 3"
    qtbot.keyClick(dialog, Qt.Key.Key_Home)
    assert dialog.current_page == 1 and dialog.scroll.verticalScrollBar().value() == 0
    asked = []

    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QInputDialog)
        asked.append((box.labelText(), box.intMinimum(), box.intMaximum()))
        box.setIntValue(2)
        box.accept()

    QTimer.singleShot(100, answer)
    qtbot.keyClick(dialog, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert asked == [("Page (1\u20133):", 1, 3)]
    assert dialog.current_page == 2 and dialog.page_label.text() == "Page 2 of 3"
    assert "Ctrl+G" in dialog.page_label.toolTip()


def test_zoom_changes_the_width_of_the_pages(qtbot, three_pages):
    dialog = _preview(qtbot, three_pages)
    assert dialog.fit and dialog.fit_action.isChecked()
    fitted = _pixmap_width(dialog, 0)
    qtbot.keyClick(dialog, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.fit and not dialog.fit_action.isChecked()
    qtbot.waitUntil(lambda: 0 in dialog.rendered_pages())
    larger = _pixmap_width(dialog, 0)
    assert larger > fitted and dialog.pages[0].width() == larger
    assert dialog.zoom_label.text() == f"{round(dialog.zoom * 100)}%"
    dialog.zoom_out_action.trigger()
    dialog.zoom_out_action.trigger()
    qtbot.waitUntil(lambda: 0 in dialog.rendered_pages())
    assert _pixmap_width(dialog, 0) < larger


def test_fit_width_fills_the_window(qtbot, three_pages):
    dialog = _preview(qtbot, three_pages)
    dialog.set_zoom(0.5)
    qtbot.waitUntil(lambda: 0 in dialog.rendered_pages())
    small = _pixmap_width(dialog, 0)
    viewport = dialog.scroll.viewport().width()
    assert small < viewport / 2
    qtbot.keyClick(dialog, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert dialog.fit
    qtbot.waitUntil(lambda: 0 in dialog.rendered_pages())
    fitted = _pixmap_width(dialog, 0)
    assert viewport - 60 <= fitted <= viewport
    assert dialog.scroll.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways
    # a wider window: the pages follow
    dialog.resize(1200, 700)
    qtbot.waitUntil(lambda: 0 in dialog.rendered_pages() and _pixmap_width(dialog, 0) > fitted)
    assert dialog.fit and dialog.scroll.horizontalScrollBar().maximum() == 0


def test_only_the_pages_near_the_view_are_rendered(qtbot, tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "forty.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for n in range(40):
        pdf.drawString(72, 720, f"page {n + 1}")
        pdf.showPage()
    pdf.save()
    dialog = _preview(qtbot, path)
    assert dialog.page_label.text() == "Page 1 of 40"
    assert 0 in dialog.rendered_pages() and 39 not in dialog.rendered_pages()
    assert len(dialog.rendered_pages()) <= 5
    dialog.go_to_page(40)
    qtbot.waitUntil(lambda: 39 in dialog.rendered_pages())
    assert 0 not in dialog.rendered_pages()
    assert dialog.page_label.text() == "Page 40 of 40"
    # the file is not held open: it can be replaced while the preview shows it
    path.unlink()
    assert not path.exists()


def test_a_broken_file_gives_a_message_and_no_pages(qtbot, tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nthis is not a PDF at all")
    dialog = PrintPreviewDialog(broken, "broken")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.page_count == 0 and not dialog.pages
    assert dialog.message.isVisible()
    assert "could not be read" in dialog.message.text() and "broken.pdf" in dialog.message.text()
    assert dialog.page_label.text() == "No pages"
    assert not dialog.print_action.isEnabled() and not dialog.next_action.isEnabled()
    assert not dialog.zoom_in_action.isEnabled()
    assert dialog.print_document() is False
    missing = PrintPreviewDialog(tmp_path / "gone.pdf", "gone")
    qtbot.addWidget(missing)
    assert "gone.pdf" in missing.message.text() and not missing.pages


def test_the_message_is_in_chinese(qtbot, tmp_path, zh_qt):
    broken = tmp_path / "坏.pdf"
    broken.write_bytes(b"nothing")
    dialog = PrintPreviewDialog(broken, "坏")
    qtbot.addWidget(dialog)
    assert "无法读取" in dialog.message.text()
    assert dialog.close_action.text() == "关闭"


def test_the_chinese_page_indicator(qtbot, three_pages, zh_qt):
    dialog = _preview(qtbot, three_pages)
    dialog.next_action.trigger()
    assert dialog.page_label.text() == "第 2 页，共 3 页"


def test_print_from_the_preview_sends_every_page(qtbot, three_pages, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    dialog = _preview(qtbot, three_pages)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    printer.setResolution(100)
    with qtbot.waitSignal(dialog.printed, timeout=WAIT) as blocker:
        assert dialog.print_to(printer)
    assert blocker.args == [3]
    assert pdf_page_count(printed) == 3
    assert "3 page(s) sent to" in dialog.message.text()


def test_the_size_is_remembered(qtbot, three_pages, tmp_path):
    from suite.config import Settings

    settings = Settings(tmp_path / "settings.toml")
    first = _preview(qtbot, three_pages, settings=settings)
    first.resize(760, 610)
    first.close()
    assert Settings.load(settings.path).get("ui.preview_geometry")
    second = PrintPreviewDialog(three_pages, "again", settings=Settings.load(settings.path))
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (760, 610)


def test_the_report_dialogs_preview_shows_the_report(qtbot, suite_ctx, company):
    make_changes(suite_ctx, 40)
    opened = []
    dialog = ReportDialog(suite_ctx, suite_ctx.host.report("core.audit_extract"), opener=opened.append)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.set_value("start", dt.date(2020, 1, 1))
    dialog.set_value("end", dt.date(2030, 12, 31))
    buttons = [b.objectName() for b in dialog.findChildren(type(dialog.open_button))]
    assert buttons.index("open") < buttons.index("preview") < buttons.index("save")
    with qtbot.waitSignal(dialog.rendered, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    path = blocker.args[0]
    preview = dialog.preview_dialog
    assert isinstance(preview, PrintPreviewDialog) and preview.isVisible()
    assert not opened  # the system viewer is not asked
    pages = pdf_page_count(path)
    assert pages >= 2 and preview.page_count == pages
    assert preview.page_label.text() == f"Page 1 of {pages}"
    assert preview.pagesize == "A4-landscape"
    assert preview.page_sizes[0][0] > preview.page_sizes[0][1]
    qtbot.waitUntil(lambda: 0 in preview.rendered_pages())
    # the letterhead is drawn: dark pixels in the top fifth of the first page
    image = preview.pages[0].pixmap().toImage()
    darkest = min(image.pixelColor(x, y).lightness()
                  for x in range(0, image.width(), 4) for y in range(0, image.height() // 5, 4))
    assert darkest < 100
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.preview_dialog is None)
    # Ctrl+Shift+P previews again
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(dialog.rendered, timeout=WAIT):
        qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert dialog.preview_dialog is not None and dialog.preview_dialog.page_count == pages
    dialog.preview_dialog.close()


def test_ctrl_p_opens_the_print_dialog_of_the_report_dialog(qtbot, three_pages):
    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QApplication

    dialog = _preview(qtbot, three_pages, pagesize="A4-landscape")
    seen = []

    def cancel():
        box = QApplication.activeModalWidget()
        if isinstance(box, QPrintDialog):
            printer = box.printer()
            seen.append((box.windowTitle(), printer.pageLayout().orientation().name))
            box.reject()
        elif box is None:
            QTimer.singleShot(100, cancel)

    QTimer.singleShot(100, cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert seen == [("Print 三页", "Landscape")]
    assert "sent to" not in dialog.message.text()
