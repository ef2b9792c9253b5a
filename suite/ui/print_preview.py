"""Print preview inside the suite: a PDF's pages shown with PDFium (pypdfium2), for PCs
without a PDF viewer.

``PrintPreviewDialog(pdf_path, title, parent)`` shows the pages stacked on a grey background,
with previous / next page (PgUp / PgDn), zoom out / in / fit width (Ctrl+-, Ctrl+=, Ctrl+0),
Print… (Ctrl+P, the report dialog's print dialog and raster printing) and Close (Esc).

Pages are rendered lazily: only those near the visible part, at the zoom shown, at most
:data:`MAX_SIDE` pixels a side, and the pixmaps of pages scrolled far away are dropped again.
The file is read once into memory; each batch of pages opens a PDFium document on those bytes
and closes it, so no file stays open (Windows locks open files).
"""

from __future__ import annotations

import base64
import logging
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from suite.ui.report_dialog import ask_printer, page_image, print_pdf

log = logging.getLogger("suite.ui.print_preview")

#: the zoom steps of zoom in / zoom out (1.0: the page at its true size on a 96 dpi screen)
ZOOMS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
MIN_ZOOM, MAX_ZOOM = ZOOMS[0], ZOOMS[-1]
#: screen pixels per PDF point at zoom 1.0
PIXELS_PER_POINT = 96 / 72
#: a rendered page is never larger than this many device pixels a side
MAX_SIDE = 4000
#: the grey around and between pages
GAP = 14
BACKGROUND = "#8a8d91"
#: settings key of the dialog's size and place (as ``ui.geometry`` is the main window's)
GEOMETRY_KEY = "ui.preview_geometry"
DEFAULT_SIZE = (1000, 760)


def guess_pagesize(width_pt: float, height_pt: float) -> str:
    """The report page size ("80mm", "A5", "A4", "A4-landscape") nearest to a PDF page."""
    if min(width_pt, height_pt) <= 90 / 25.4 * 72:
        return "80mm"
    if width_pt > height_pt:
        return "A4-landscape"
    if width_pt < 500:  # A5 is 420 pt wide, A4 595
        return "A5"
    return "A4"


class PrintPreviewDialog(QDialog):
    """A PDF's pages, to look at before printing them."""

    #: emitted with the number of pages sent when printing finished
    printed = Signal(int)
    #: emitted with the message when printing failed
    print_failed = Signal(str)

    def __init__(self, pdf_path: str | os.PathLike, title: str, parent: QWidget | None = None, *,
                 settings=None, pagesize: str | None = None) -> None:
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        self.title = title
        self.settings = settings
        self.pagesize = pagesize
        #: the size of each page in points; empty when the PDF could not be read
        self.page_sizes: list[tuple[float, float]] = []
        self.pages: list[QLabel] = []
        self.error: str | None = None
        self.zoom = 1.0
        self.fit = True
        self._data: bytes | None = None
        self._tops: list[int] = []
        self._rendered: dict[int, float] = {}  # page index -> zoom its pixmap was made at
        self._current = 0
        self._moving = False
        self._printing = None

        self.setObjectName("PrintPreviewDialog")
        self.setWindowTitle(self.tr("Print preview: {title}").format(title=title))
        self.setSizeGripEnabled(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_toolbar())

        self.scroll = QScrollArea()
        self.scroll.setObjectName("pages")
        self.scroll.setWidgetResizable(False)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.scroll.setStyleSheet(f"QScrollArea#pages, QWidget#sheet {{ background: {BACKGROUND}; border: none; }}")
        self.sheet = QWidget()
        self.sheet.setObjectName("sheet")
        self.sheet.setAutoFillBackground(True)
        self.scroll.setWidget(self.sheet)
        self.scroll.viewport().installEventFilter(self)
        self.scroll.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.scroll.horizontalScrollBar().valueChanged.connect(lambda _v: self._schedule())
        layout.addWidget(self.scroll, 1)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setContentsMargins(10, 6, 10, 6)
        self.message.hide()
        layout.addWidget(self.message)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._render_visible)

        self._restore_geometry()
        self._load()
        self._update_controls()

    # ---------------------------------------------------------------- the toolbar

    def _build_toolbar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("toolbar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(8, 6, 8, 6)
        row.setSpacing(4)

        def action(text: str, tip: str, keys: list[str | QKeySequence], slot, name: str) -> QAction:
            act = QAction(text, self)
            act.setIconText(text)  # the button keeps the "…" of "Print…" (Qt drops it otherwise)
            act.setObjectName(name)
            act.setShortcuts([k if isinstance(k, QKeySequence) else QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.setToolTip(tip)
            act.triggered.connect(slot)
            self.addAction(act)
            button = QToolButton()
            button.setObjectName(f"{name}_button")
            button.setDefaultAction(act)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            row.addWidget(button)
            return act

        self.previous_action = action(self.tr("\u2039 Previous"), self.tr("Previous page (PgUp)"),
                                      [QKeySequence(Qt.Key.Key_PageUp)], self.previous_page, "previous")
        self.page_label = QLabel()
        self.page_label.setObjectName("page_indicator")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setMinimumWidth(110)
        row.addWidget(self.page_label)
        self.next_action = action(self.tr("Next \u203a"), self.tr("Next page (PgDn)"),
                                  [QKeySequence(Qt.Key.Key_PageDown)], self.next_page, "next")
        # no buttons of their own: the first and last page, and a page by its number
        for keys, slot, name in (([QKeySequence(Qt.Key.Key_Home), "Ctrl+Home"], lambda: self.go_to_page(1), "first"),
                                 ([QKeySequence(Qt.Key.Key_End), "Ctrl+End"],
                                  lambda: self.go_to_page(self.page_count), "last"),
                                 (["Ctrl+G"], self.ask_page, "go_to")):
            extra = QAction(self)
            extra.setObjectName(name)
            extra.setShortcuts([k if isinstance(k, QKeySequence) else QKeySequence(k) for k in keys])
            extra.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            extra.triggered.connect(slot)
            self.addAction(extra)
        self.page_label.setToolTip(self.tr("Home / End: first / last page; Ctrl+G: go to a page"))
        row.addSpacing(16)
        self.zoom_out_action = action("\u2212", self.tr("Zoom out (Ctrl+-)"), ["Ctrl+-"], self.zoom_out, "zoom_out")
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoom")
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setMinimumWidth(48)
        row.addWidget(self.zoom_label)
        self.zoom_in_action = action("+", self.tr("Zoom in (Ctrl+=)"), ["Ctrl+=", "Ctrl++"], self.zoom_in, "zoom_in")
        self.fit_action = action(self.tr("Fit width"), self.tr("Make the pages as wide as the window (Ctrl+0)"),
                                 ["Ctrl+0"], self.fit_width, "fit_width")
        self.fit_action.setCheckable(True)
        row.addStretch(1)
        self.print_action = action(self.tr("&Print\u2026"), self.tr("Choose a printer and the number of copies (Ctrl+P)"),
                                   [QKeySequence(QKeySequence.StandardKey.Print)], self.print_document, "print")
        self.close_action = action(self.tr("Close"), self.tr("Close the preview (Esc)"), [], self.reject, "close")
        for act in (self.previous_action, self.next_action, self.close_action):
            act.setShortcutVisibleInContextMenu(True)
        bar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        return bar

    # ---------------------------------------------------------------- reading the PDF

    def _load(self) -> None:
        try:
            import pypdfium2 as pdfium
        except ImportError:  # pragma: no cover - a dependency of the suite
            self._fail(self.tr("The preview needs the pypdfium2 package: pip install pypdfium2"))
            return
        try:
            data = self.pdf_path.read_bytes()
            pdf = pdfium.PdfDocument(data)
            try:
                sizes = [tuple(pdf[i].get_size()) for i in range(len(pdf))]
            finally:
                pdf.close()
        except (OSError, pdfium.PdfiumError, ValueError) as exc:
            log.info("cannot preview %s: %s", self.pdf_path, exc)
            self._fail(self.tr("The PDF \u201c{name}\u201d could not be read: {error}").format(
                name=self.pdf_path.name, error=str(exc) or type(exc).__name__))
            return
        if not sizes:
            self._fail(self.tr("The PDF \u201c{name}\u201d has no pages.").format(name=self.pdf_path.name))
            return
        self._data = data
        self.page_sizes = [(float(w), float(h)) for w, h in sizes]
        if self.pagesize is None:
            self.pagesize = guess_pagesize(*self.page_sizes[0])
        for index in range(len(self.page_sizes)):
            page = QLabel(self.sheet)
            page.setObjectName(f"page_{index + 1}")
            page.setAlignment(Qt.AlignmentFlag.AlignCenter)
            page.setScaledContents(True)
            page.setStyleSheet("background: white; border: 1px solid #5c5f63;")
            self.pages.append(page)
        self._apply_zoom()

    def _fail(self, message: str) -> None:
        self.error = message
        self.scroll.hide()  # no grey sheet without pages: the message takes the window
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setContentsMargins(40, 20, 40, 20)
        self._say(message, error=True)

    # ---------------------------------------------------------------- pages and zoom

    @property
    def page_count(self) -> int:
        return len(self.page_sizes)

    @property
    def current_page(self) -> int:
        """The page shown (1-based; 0 when there are none)."""
        return self._current + 1 if self.page_sizes else 0

    def _page_pixels(self, index: int) -> tuple[int, int]:
        w, h = self.page_sizes[index]
        return max(1, round(w * PIXELS_PER_POINT * self.zoom)), max(1, round(h * PIXELS_PER_POINT * self.zoom))

    def _fit_zoom(self) -> float:
        widest = max(w for w, _h in self.page_sizes)
        viewport = self.scroll.viewport().width()
        bar = self.scroll.verticalScrollBar()
        if not bar.isVisible():  # the bar will appear once the pages are taller than the window
            viewport -= self.scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        room = max(100, viewport - 2 * GAP)
        return max(MIN_ZOOM, min(MAX_ZOOM, room / (widest * PIXELS_PER_POINT)))

    def _apply_zoom(self, zoom: float | None = None, delay: int = 0) -> None:
        if not self.page_sizes:
            return
        keep = self._current
        self.zoom = self._fit_zoom() if zoom is None and self.fit else (zoom or self.zoom)
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom))
        self._layout_pages()  # the pictures made at the old zoom stretch until redrawn: no white flash
        self._scroll_to(keep)
        self._update_controls()
        self._schedule(delay)

    def _layout_pages(self) -> None:
        """Place the pages one below the other, centred, with a grey gap around each."""
        sizes = [self._page_pixels(i) for i in range(len(self.pages))]
        width = max(self.scroll.viewport().width(), max(w for w, _h in sizes) + 2 * GAP)
        top = GAP
        self._tops = []
        for page, (w, h) in zip(self.pages, sizes):
            self._tops.append(top)
            page.setGeometry((width - w) // 2, top, w, h)
            top += h + GAP
        self.sheet.resize(width, top)

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOMS if z > self.zoom + 0.005), MAX_ZOOM))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOMS) if z < self.zoom - 0.005), MIN_ZOOM))

    def set_zoom(self, zoom: float) -> None:
        self.fit = False
        self._apply_zoom(zoom)

    def fit_width(self) -> None:
        self.fit = True
        self._apply_zoom()

    # ---------------------------------------------------------------- moving between pages

    def next_page(self) -> None:
        self.go_to_page(self.current_page + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page - 1)

    def go_to_page(self, number: int) -> None:
        """Scroll so that page *number* (1-based) is at the top."""
        if not self.page_sizes:
            return
        self._scroll_to(max(0, min(self.page_count - 1, number - 1)))
        self._update_controls()
        self._schedule()

    def ask_page(self) -> None:
        """Ctrl+G: the number of the page to go to."""
        if not self.page_sizes:
            return
        from PySide6.QtWidgets import QInputDialog

        number, ok = QInputDialog.getInt(self, self.tr("Go to page"),
                                         self.tr("Page (1\u2013{count}):").format(count=self.page_count),
                                         self.current_page, 1, self.page_count)
        if ok:
            self.go_to_page(number)

    def _scroll_to(self, index: int) -> None:
        self._current = index
        self._moving = True
        try:
            self.scroll.verticalScrollBar().setValue(self._tops[index] - GAP // 2 if index else 0)
        finally:
            self._moving = False

    def _scrolled(self, value: int) -> None:
        if not self._moving and self._tops:
            bar = self.scroll.verticalScrollBar()
            if bar.maximum() > 0 and value >= bar.maximum():
                self._current = self.page_count - 1
            else:
                line = value + self.scroll.viewport().height() // 3
                self._current = max(i for i, top in enumerate(self._tops) if top <= line or i == 0)
            self._update_controls()
        self._schedule()

    def _update_controls(self) -> None:
        have = bool(self.page_sizes)
        if have:
            self.page_label.setText(self.tr("Page {n} of {count}").format(n=self.current_page, count=self.page_count))
        else:
            self.page_label.setText(self.tr("No pages"))
        self.zoom_label.setText(f"{round(self.zoom * 100)}%" if have else "")
        self.previous_action.setEnabled(have and self._current > 0)
        self.next_action.setEnabled(have and self._current < self.page_count - 1)
        for act in (self.zoom_in_action, self.zoom_out_action, self.fit_action):
            act.setEnabled(have)
        self.zoom_in_action.setEnabled(have and self.zoom < MAX_ZOOM - 0.005)
        self.zoom_out_action.setEnabled(have and self.zoom > MIN_ZOOM + 0.005)
        self.fit_action.setChecked(have and self.fit)
        self.print_action.setEnabled(have and self._printing is None)

    # ---------------------------------------------------------------- rendering

    def _schedule(self, delay: int = 0) -> None:
        """Render the pages in view soon (*delay* ms: while a window is being resized)."""
        if self.page_sizes:
            self._timer.start(delay)

    def visible_pages(self) -> list[int]:
        """0-based indexes of the pages in (or within one window's height of) the view."""
        if not self._tops:
            return []
        top = self.scroll.verticalScrollBar().value()
        height = max(1, self.scroll.viewport().height())
        low, high = top - height, top + 2 * height
        return [i for i, t in enumerate(self._tops) if t < high and t + self._page_pixels(i)[1] > low]

    def _render_visible(self) -> None:
        wanted = self.visible_pages()
        missing = [i for i in wanted if self._rendered.get(i) != self.zoom]
        for index, zoom in list(self._rendered.items()):  # out of view: give the memory back
            if index not in wanted and (abs(index - self._current) > 3 or zoom != self.zoom):
                self.pages[index].setPixmap(QPixmap())
                del self._rendered[index]
        if not missing or self._data is None:
            return
        import pypdfium2 as pdfium

        ratio = self.devicePixelRatioF() or 1.0
        try:
            pdf = pdfium.PdfDocument(self._data)
            try:
                for index in missing:
                    w, h = self._page_pixels(index)
                    scale = PIXELS_PER_POINT * self.zoom * ratio
                    scale = min(scale, MAX_SIDE / max(self.page_sizes[index]))
                    page = pdf[index]
                    try:
                        image = page_image(page, scale)
                    finally:
                        page.close()
                    pixmap = QPixmap.fromImage(image)
                    # drawn exactly into the label's box: sharp at the screen's pixel density
                    pixmap.setDevicePixelRatio(max(image.width() / w, 0.01))
                    self.pages[index].setPixmap(pixmap)
                    self._rendered[index] = self.zoom
            finally:
                pdf.close()
        except pdfium.PdfiumError as exc:  # pragma: no cover - the bytes were read once already
            log.warning("cannot render %s: %s", self.pdf_path, exc)
            self._fail(self.tr("The PDF \u201c{name}\u201d could not be read: {error}").format(
                name=self.pdf_path.name, error=str(exc)))

    def rendered_pages(self) -> list[int]:
        """0-based indexes of the pages that hold a picture made at the zoom shown."""
        return sorted(i for i, zoom in self._rendered.items() if zoom == self.zoom)

    # ---------------------------------------------------------------- printing

    def print_document(self) -> bool:
        """Qt's print dialog (the report dialog's), then print these pages on the printer chosen."""
        if not self.page_sizes or self._printing is not None:
            return False
        printer = ask_printer(self, self.tr("Print {title}").format(title=self.title), self.pagesize, self.title)
        if printer is None:
            return False
        return self.print_to(printer)

    def print_to(self, printer) -> bool:
        """Print the PDF on a configured *printer* off the GUI thread (no dialog)."""
        from suite.ui.tasks import call_in_thread

        if not self.page_sizes or self._printing is not None:
            return False
        path = self.pdf_path
        self._say(self.tr("Printing\u2026"))

        def done(sent: int) -> None:
            self._printing = None
            self._update_controls()
            name = printer.printerName() or printer.outputFileName()
            self._say(self.tr("{n} page(s) sent to {printer}").format(n=sent, printer=name))
            self.printed.emit(sent)

        def failed(exc: BaseException) -> None:
            self._printing = None
            self._update_controls()
            log.warning("printing %s failed: %s", path, exc)
            message = self.tr("Printing failed: {error}").format(error=str(exc) or type(exc).__name__)
            self._say(message, error=True)
            self.print_failed.emit(message)

        self._printing = call_in_thread(lambda: print_pdf(path, printer), done, failed, owner=self)
        self._update_controls()
        return True

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "color: #205020;")
        self.message.setVisible(bool(text))

    # ---------------------------------------------------------------- window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if watched is self.scroll.viewport():
            if event.type() == QEvent.Type.Resize and self.page_sizes:
                if self.fit:
                    self._apply_zoom(delay=60)
                else:
                    self._layout_pages()
                    self._schedule(60)
            elif event.type() == QEvent.Type.Wheel and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                if event.angleDelta().y() > 0:
                    self.zoom_in()
                elif event.angleDelta().y() < 0:
                    self.zoom_out()
                return True
        return super().eventFilter(watched, event)

    def _restore_geometry(self) -> None:
        saved = self.settings.get(GEOMETRY_KEY) if self.settings is not None else None
        if saved:
            try:
                if self.restoreGeometry(QByteArray(base64.b64decode(saved))):
                    return
            except (ValueError, TypeError):
                pass
        width, height = DEFAULT_SIZE
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(max(480, width), max(360, height))

    def save_geometry(self) -> None:
        """Remember the size and place in this PC's settings (as the main window does)."""
        if self.settings is None:
            return
        self.settings.set(GEOMETRY_KEY, base64.b64encode(bytes(self.saveGeometry())).decode("ascii"))
        try:
            self.settings.save()
        except OSError:  # pragma: no cover - a read-only settings folder
            log.exception("cannot save the preview's size")

    def done(self, result: int) -> None:  # noqa: D102 - remembers the size
        self.save_geometry()
        super().done(result)
