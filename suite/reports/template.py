"""Page layout of every report: letterhead, running header, footer with "Page x of y".

The first page carries the letterhead (logo, company name, address, phone); later pages a slim
running header (company name, report title). Every page ends with a footer: when and by whom
the report was generated, and "第 x 页 / 共 y 页". The total page count is known only at the
end, so the canvas keeps each finished page and draws the footers when the document is saved
(one pass, no second layout).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from suite.reports.fonts import ReportFonts

GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#999999")
RULE = colors.HexColor("#333333")


@dataclass(frozen=True)
class PageSpec:
    """Geometry of one page size (points)."""

    code: str
    width: float
    height: float
    left: float
    right: float
    top: float
    bottom: float
    letterhead: float  # height of the first page's letterhead band
    running: float  # height of the later pages' header band
    footer: float  # height of the footer band
    compact: bool = False  # a narrow receipt: centred letterhead, stacked footer

    @property
    def frame_width(self) -> float:
        return self.width - self.left - self.right

    def frame_height(self, first: bool) -> float:
        band = self.letterhead if first else self.running
        return self.height - self.top - self.bottom - band - self.footer

    def with_height(self, height: float) -> "PageSpec":
        from dataclasses import replace

        return replace(self, height=height)


A4_W, A4_H = 210 * mm, 297 * mm

PAGE_SPECS = {
    "A4": PageSpec("A4", A4_W, A4_H, 15 * mm, 15 * mm, 10 * mm, 10 * mm, 24 * mm, 10 * mm, 9 * mm),
    "A4-landscape": PageSpec("A4-landscape", A4_H, A4_W, 15 * mm, 15 * mm, 10 * mm, 10 * mm, 22 * mm, 10 * mm, 9 * mm),
    "A5": PageSpec("A5", 148 * mm, 210 * mm, 10 * mm, 10 * mm, 8 * mm, 8 * mm, 20 * mm, 9 * mm, 9 * mm),
    # a receipt roll: 72 mm printable on 80 mm paper; the height is fitted to the content
    "80mm": PageSpec("80mm", 80 * mm, 297 * mm, 4 * mm, 4 * mm, 4 * mm, 4 * mm, 14 * mm, 0, 10 * mm, compact=True),
}


@dataclass
class PageTexts:
    """What the page decorations print, already in the user's language."""

    company_name: str
    address_line: str  # "地址：… 电话：…"
    logo: bytes | None
    title: str
    generated: str  # "生成于 2026-11-30 14:05，制表人：王经理"
    page_of: Callable[[int, int], str]  # (page, total) -> "第 1 页 / 共 3 页"


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """The text, cut with an ellipsis to fit *width*."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "\u2026", font, size) > width:
        text = text[:-1]
    return text + "\u2026"


class Decorations:
    """Draws the letterhead, the running header and the footer."""

    def __init__(self, spec: PageSpec, fonts: ReportFonts, texts: PageTexts) -> None:
        self.spec = spec
        self.fonts = fonts
        self.texts = texts
        self._logo = None
        if texts.logo:
            try:
                from reportlab.lib.utils import ImageReader

                self._logo = ImageReader(io.BytesIO(texts.logo))
                self._logo.getSize()
            except Exception:  # noqa: BLE001 - a broken logo must not stop the report
                self._logo = None

    # ---------------------------------------------------------------- first page

    def letterhead(self, canv: Canvas, _doc=None) -> None:
        s, t, f = self.spec, self.texts, self.fonts
        top = s.height - s.top
        left, width = s.left, s.frame_width
        canv.saveState()
        if s.compact:
            y = top - 5 * mm
            if t.company_name:
                canv.setFont(f.bold, 11)
                canv.drawCentredString(s.width / 2, y, fit_text(t.company_name, f.bold, 11, width))
            if t.address_line:
                canv.setFont(f.regular, 7)
                canv.setFillColor(GREY)
                canv.drawCentredString(s.width / 2, y - 4.2 * mm, fit_text(t.address_line, f.regular, 7, width))
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.6)
            canv.line(left, top - s.letterhead + 2 * mm, left + width, top - s.letterhead + 2 * mm)
            canv.restoreState()
            return
        text_x = left
        logo_box = s.letterhead - 6 * mm
        if self._logo is not None:
            iw, ih = self._logo.getSize()
            scale = min(logo_box / iw, logo_box / ih)
            w, h = iw * scale, ih * scale
            canv.drawImage(self._logo, left, top - h - 1 * mm, w, h, mask="auto")
            text_x = left + w + 4 * mm
        text_w = left + width - text_x
        if t.company_name:
            canv.setFont(f.bold, 16)
            canv.setFillColor(colors.black)
            canv.drawString(text_x, top - 8 * mm, fit_text(t.company_name, f.bold, 16, text_w))
        if t.address_line:
            canv.setFont(f.regular, 8.5)
            canv.setFillColor(GREY)
            canv.drawString(text_x, top - 13.5 * mm, fit_text(t.address_line, f.regular, 8.5, text_w))
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.8)
        y = top - s.letterhead + 3 * mm
        canv.line(left, y, left + width, y)
        canv.restoreState()

    # ---------------------------------------------------------------- later pages

    def running_header(self, canv: Canvas, _doc=None) -> None:
        s, t, f = self.spec, self.texts, self.fonts
        if s.running <= 0:
            return
        top = s.height - s.top
        canv.saveState()
        canv.setFont(f.regular, 8)
        canv.setFillColor(GREY)
        half = s.frame_width / 2 - 2 * mm
        canv.drawString(s.left, top - 4 * mm, fit_text(t.company_name, f.regular, 8, half))
        canv.drawRightString(s.width - s.right, top - 4 * mm, fit_text(t.title, f.regular, 8, half))
        canv.setStrokeColor(LIGHT)
        canv.setLineWidth(0.4)
        canv.line(s.left, top - 6 * mm, s.width - s.right, top - 6 * mm)
        canv.restoreState()

    # ---------------------------------------------------------------- every page

    def footer(self, canv: Canvas, page: int, total: int) -> None:
        s, t, f = self.spec, self.texts, self.fonts
        y = s.bottom + s.footer - 4 * mm
        canv.saveState()
        canv.setStrokeColor(LIGHT)
        canv.setLineWidth(0.4)
        canv.line(s.left, y + 3.2 * mm, s.width - s.right, y + 3.2 * mm)
        canv.setFillColor(GREY)
        page_text = t.page_of(page, total)
        if s.compact:
            canv.setFont(f.regular, 6.5)
            canv.drawCentredString(s.width / 2, y, fit_text(t.generated, f.regular, 6.5, s.frame_width))
            canv.drawCentredString(s.width / 2, y - 3.2 * mm, page_text)
        else:
            canv.setFont(f.regular, 8)
            page_w = stringWidth(page_text, f.regular, 8)
            canv.drawString(s.left, y, fit_text(t.generated, f.regular, 8, s.frame_width - page_w - 6 * mm))
            canv.drawRightString(s.width - s.right, y, page_text)
        canv.restoreState()


def numbered_canvas(decorations: Decorations):
    """A canvas class that keeps every page until the end, then draws the footers with the
    total page count."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._suite_pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._suite_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._suite_pages)
            for number, state in enumerate(self._suite_pages, start=1):
                self.__dict__.update(state)
                decorations.footer(self, number, total)
                Canvas.showPage(self)
            self._suite_pages = []
            Canvas.save(self)

    return NumberedCanvas


class ReportTemplate(BaseDocTemplate):
    """Two page templates: "first" (letterhead) and "later" (running header)."""

    def __init__(self, target, spec: PageSpec, decorations: Decorations, fonts: ReportFonts, **kwargs) -> None:
        super().__init__(
            target, pagesize=(spec.width, spec.height), leftMargin=spec.left, rightMargin=spec.right,
            topMargin=spec.top, bottomMargin=spec.bottom, initialFontName=fonts.regular,
            initialFontSize=10, **kwargs,
        )
        body_bottom = spec.bottom + spec.footer
        first = Frame(spec.left, body_bottom, spec.frame_width, spec.frame_height(True), id="first",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        later = Frame(spec.left, body_bottom, spec.frame_width, spec.frame_height(False), id="later",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("first", [first], onPage=decorations.letterhead, autoNextPageTemplate="later"),
            PageTemplate("later", [later], onPage=decorations.running_header),
        ])
