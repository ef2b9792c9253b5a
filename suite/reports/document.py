"""The ``doc`` handed to a report's ``build(ctx, params, doc)``: styles, tables, charts, text.

Everything it makes is a platypus flowable in the report's Chinese font, so a ``build``
function returns a list of them and never touches fonts, page sizes or reportlab's details::

    def build(ctx, params, doc):
        rows = services.daily_totals(ctx, params["month"])          # data from services only
        return [
            doc.heading(T("Totals per day")),
            doc.bar_chart([(r.day.strftime("%m-%d"), r.total) for r in rows], value_format=doc.money),
            *doc.table([T("Day"), T("Orders"), T("Amount")],
                       [(r.day, r.count, r.total) for r in rows], money=[2], total=...),
        ]

Plain text given to :meth:`paragraph`, :meth:`table` and friends is escaped (a customer
called "A&B <VIP>" prints as written); pass ``markup=True`` for reportlab's mini-markup.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from types import SimpleNamespace
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from suite.plugin_api.i18n import current_language, domain, text_of
from suite.plugin_api.records import Report
from suite.reports import charts, formatting
from suite.reports.fonts import ReportFonts
from suite.reports.tables import PagedTable
from suite.reports.template import PageSpec

T = domain("reports")

HEADER_BG = colors.HexColor("#E8ECF2")
ZEBRA = colors.HexColor("#F6F7F9")
GRID = colors.HexColor("#B8BEC8")
TOTAL_BG = colors.HexColor("#EEF0F3")

_ALIGN = {"left": "LEFT", "right": "RIGHT", "center": "CENTER", "centre": "CENTER",
          "l": "LEFT", "r": "RIGHT", "c": "CENTER"}
_TA = {"LEFT": TA_LEFT, "RIGHT": TA_RIGHT, "CENTER": TA_CENTER}
_HAS_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")


class ReportDocument:
    """Building blocks for one report, in its fonts and page size.

    Attributes a build function may read: ``ctx``, ``report``, ``params``, ``fonts``, ``width``
    (usable width in points), ``compact`` (True on an 80 mm receipt), ``mm`` (one millimetre in
    points), ``styles`` (title, heading, subheading, body, small, note, cell, cell_right,
    cell_center, header_cell). It may set ``title`` and ``subtitle`` (shown under the
    letterhead and in the running header) and ``show_params`` (False hides the parameter
    block).
    """

    mm = mm

    def __init__(self, ctx, report: Report, params: Mapping[str, Any], fonts: ReportFonts, spec: PageSpec) -> None:
        self.ctx = ctx
        self.report = report
        self.params = dict(params)
        self.fonts = fonts
        self.spec = spec
        self.width = spec.frame_width
        self.compact = spec.compact
        self.title = text_of(report.title)
        self.subtitle = ""
        self.show_params = True
        self.language = current_language()
        self.styles = self._make_styles()
        self._latin_styles: dict[str, ParagraphStyle] = {}
        self._tz = getattr(ctx, "timezone", None)

    # ---------------------------------------------------------------- styles

    def _make_styles(self) -> SimpleNamespace:
        f = self.fonts
        small = self.compact
        base = ParagraphStyle("body", fontName=f.regular, fontSize=8 if small else 9.5,
                              leading=10.5 if small else 13, wordWrap="CJK", textColor=colors.black)

        def derive(name: str, **kw) -> ParagraphStyle:
            return ParagraphStyle(name, parent=base, **kw)

        cell_size = 7.5 if small else 8.5
        cell = derive("cell", fontSize=cell_size, leading=cell_size + 2.5)
        return SimpleNamespace(
            body=base,
            title=derive("title", fontName=f.bold, fontSize=12 if small else 16, leading=16 if small else 21,
                         alignment=TA_CENTER, spaceAfter=2 * mm),
            subtitle=derive("subtitle", fontSize=8.5 if small else 10.5, leading=11 if small else 14,
                            alignment=TA_CENTER, textColor=colors.HexColor("#333333"), spaceAfter=2 * mm),
            heading=derive("heading", fontName=f.bold, fontSize=10 if small else 12.5,
                           leading=13 if small else 16, spaceBefore=3 * mm, spaceAfter=1.5 * mm),
            subheading=derive("subheading", fontName=f.bold, fontSize=9 if small else 10.5,
                              leading=12 if small else 14, spaceBefore=2 * mm, spaceAfter=1 * mm),
            small=derive("small", fontSize=7 if small else 8, leading=9 if small else 10.5),
            note=derive("note", fontSize=7 if small else 8, leading=9 if small else 10.5,
                        textColor=colors.HexColor("#555555")),
            cell=cell,
            cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
            cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
            header_cell=ParagraphStyle("header_cell", parent=cell, fontName=f.bold),
            header_cell_right=ParagraphStyle("header_cell_right", parent=cell, fontName=f.bold, alignment=TA_RIGHT),
            header_cell_center=ParagraphStyle("header_cell_center", parent=cell, fontName=f.bold, alignment=TA_CENTER),
        )

    def _style(self, style: str | ParagraphStyle) -> ParagraphStyle:
        return style if isinstance(style, ParagraphStyle) else getattr(self.styles, style)

    # ---------------------------------------------------------------- formatting

    def money(self, value: Any) -> str:
        """``¥1,234.50``."""
        return formatting.money(value)

    def number(self, value: Any, places: int = 0) -> str:
        return formatting.number(value, places)

    def percent(self, value: Any, places: int = 1) -> str:
        return formatting.percent(value, places)

    def date(self, value: dt.date | None) -> str:
        return formatting.date(value)

    def datetime(self, value: dt.datetime | None, *, seconds: bool = False) -> str:
        """A stored (UTC) time in the office's time zone: ``2026-11-01 14:05``."""
        return formatting.datetime(value, self._tz, seconds=seconds)

    def time(self, value: dt.datetime | dt.time | None) -> str:
        return formatting.time(value, self._tz)

    # ---------------------------------------------------------------- text

    def paragraph(self, text: Any, style: str | ParagraphStyle = "body", *, markup: bool = False) -> Paragraph:
        """A paragraph; ``text`` may be a Msg (translated now). Line breaks are kept."""
        return self._para(self._markup(text, markup), self._style(style))

    def heading(self, text: Any, *, level: int = 1) -> Paragraph:
        return self.paragraph(text, "heading" if level <= 1 else "subheading")

    def note(self, text: Any) -> Paragraph:
        return self.paragraph(text, "note")

    def spacer(self, height_mm: float = 4) -> Spacer:
        return Spacer(1, height_mm * mm)

    def page_break(self) -> PageBreak:
        return PageBreak()

    def keep_together(self, flowables: Sequence[Flowable]) -> KeepTogether:
        return KeepTogether(list(flowables))

    def needs_room(self, height_mm: float) -> CondPageBreak:
        """Start a new page unless *height_mm* is left on this one (before a heading)."""
        return CondPageBreak(height_mm * mm)

    def _para(self, markup: str, style: ParagraphStyle) -> Paragraph:
        """A paragraph; text without Chinese wraps at spaces only (CJK wrapping may cut a Latin
        word that is longer than the room left on a line)."""
        if style.wordWrap == "CJK" and not _HAS_CJK.search(markup):
            latin = self._latin_styles.get(style.name)
            if latin is None:
                latin = ParagraphStyle(style.name + "_latin", parent=style, wordWrap=None)
                self._latin_styles[style.name] = latin
            style = latin
        return Paragraph(markup, style)

    @staticmethod
    def _markup(text: Any, markup: bool) -> str:
        text = text_of(text)
        if markup:
            return text
        return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")

    def key_values(self, pairs: Iterable[tuple[Any, Any]] | Mapping[Any, Any], *, columns: int | None = None,
                   label_width_mm: float | None = None) -> Table:
        """Label/value pairs in a grid (``columns`` pairs per line; default by page width)."""
        items = list(pairs.items()) if isinstance(pairs, Mapping) else list(pairs)
        if columns is None:
            columns = 1 if self.compact else (3 if self.width > 200 * mm else 2)
        columns = max(1, min(columns, len(items) or 1))
        label_style = ParagraphStyle("kv_label", parent=self.styles.small, textColor=colors.HexColor("#555555"))
        value_style = ParagraphStyle("kv_value", parent=self.styles.small)
        labels = [self._markup(k, False) for k, _ in items]
        label_w = max([stringWidth(lab, self.fonts.regular, label_style.fontSize) for lab in labels] or [0]) + 8
        pair_w = self.width / columns
        label_w = label_width_mm * mm if label_width_mm else min(label_w, pair_w * 0.45)
        rows, row = [], []
        for label, (_key, value) in zip(labels, items):
            shown = value if isinstance(value, Flowable) else self._para(self._markup(self._cell_text(value), False), value_style)
            row += [self._para(label, label_style), shown]
            if len(row) == 2 * columns:
                rows.append(row)
                row = []
        if row:
            rows.append(row + [""] * (2 * columns - len(row)))
        if not rows:
            rows = [["", ""]]
        widths = [label_w, pair_w - label_w] * columns
        table = Table(rows, colWidths=widths, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
        ]))
        return table

    # ---------------------------------------------------------------- tables

    def _cell_text(self, value: Any, kind: str | None = None) -> str:
        if value is None:
            return ""
        if kind == "money":
            return formatting.money(value)
        if kind == "number" and isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            return formatting.number(value, 0 if isinstance(value, int) else 2)
        if isinstance(value, bool):
            return str(T("Yes")) if value else str(T("No"))
        if isinstance(value, dt.datetime):
            return self.datetime(value)
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, Decimal):
            return formatting.number(value, max(0, -value.as_tuple().exponent) if isinstance(value.as_tuple().exponent, int) else 2)
        return text_of(value)

    def table(self, header: Sequence[Any], rows: Iterable[Sequence[Any]], *, col_widths: Sequence[float | None] | None = None,
              align: Sequence[str] | Mapping[int, str] | None = None, money: Iterable[int] = (),
              numbers: Iterable[int] = (), total: Sequence[Any] | None = None, zebra: bool = True,
              font_size: float | None = None, empty_text: Any = None) -> list[Flowable]:
        """A table whose header row repeats on every page; returns flowables to splice into
        the story (``*doc.table(...)``).

        ``col_widths``: relative weights (``(3, 1, 1)``; a None gets the average weight);
        without them widths follow the content. ``align``: per column ``left``/``right``/``center`` (a list, or {index:
        align}). ``money``: indexes of money columns (formatted ``¥1,234.50``, right aligned);
        ``numbers``: right-aligned number columns. ``total``: a last row in bold (formatted the
        same way). Cells may be text, numbers, Decimal, dates, datetimes (shown in the office
        time zone), Msgs or flowables. Long text wraps inside its cell.
        """
        header = list(header)
        ncols = len(header)
        money_cols, number_cols = set(money), set(numbers)
        kinds = ["money" if i in money_cols else "number" if i in number_cols else None for i in range(ncols)]
        aligns = ["RIGHT" if k else "LEFT" for k in kinds]
        if isinstance(align, Mapping):
            for i, a in align.items():
                aligns[i] = _ALIGN.get(str(a).lower(), "LEFT")
        elif align:
            for i, a in enumerate(list(align)[:ncols]):
                if a:
                    aligns[i] = _ALIGN.get(str(a).lower(), "LEFT")

        size = font_size or self.styles.cell.fontSize
        leading = size + 2.5
        cell_styles = {a: ParagraphStyle(f"cell_{a}_{size}", parent=self.styles.cell, fontSize=size, leading=leading,
                                         alignment=_TA[a]) for a in ("LEFT", "RIGHT", "CENTER")}
        head_styles = {a: ParagraphStyle(f"head_{a}_{size}", parent=s, fontName=self.fonts.bold)
                       for a, s in cell_styles.items()}

        texts = [[self._cell_text(v, kinds[i]) if not isinstance(v, Flowable) else v for i, v in enumerate(row)]
                 for row in rows]
        for i, row in enumerate(texts):
            if len(row) != ncols:
                raise ValueError(f"row {i} has {len(row)} cells for {ncols} columns")
        total_row = None
        if total is not None:
            total_row = [self._cell_text(v, kinds[i]) if not isinstance(v, Flowable) else v for i, v in enumerate(total)]
        widths = self._column_widths([text_of(h) for h in header], texts, col_widths, size)

        font = self.fonts.regular
        limit = [w - 2 * PagedTable.H_PAD - 0.5 for w in widths]

        def cell(value: Any, col: int, style_set) -> Any:
            if isinstance(value, Flowable) or value == "":
                return value
            # short text (at most one em per character) surely fits: skip measuring it
            if "\n" not in value and (len(value) * size <= limit[col]
                                      or stringWidth(value, font, size) <= limit[col]):
                return value
            return self._para(self._markup(value, False), style_set[aligns[col]])

        body = [[cell(v, c, cell_styles) for c, v in enumerate(row)] for row in texts]
        bold_total = None
        if total_row is not None:
            bold_total = [v if isinstance(v, Flowable) else self._para(self._markup(v, False), head_styles[aligns[c]])
                          for c, v in enumerate(total_row)]
            body.append(bold_total)
        head = [[self._para(self._markup(h, False), head_styles[aligns[c]]) for c, h in enumerate(header)]]

        style = [
            ("FONTNAME", (0, 0), (-1, -1), font),
            ("FONTSIZE", (0, 0), (-1, -1), size),
            ("LEADING", (0, 0), (-1, -1), leading),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
            ("INNERGRID", (0, 1), (-1, -1), 0.25, GRID),
        ]
        for c, a in enumerate(aligns):
            if a != "LEFT":
                style.append(("ALIGN", (c, 0), (c, -1), a))
        if zebra:
            style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
        last_style = []
        if total_row is not None:
            last_style = [("BACKGROUND", (0, -1), (-1, -1), TOTAL_BG),
                          ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black)]
        flowables: list[Flowable] = [PagedTable(head, body, widths, style, leading=leading, padding=(2, 2),
                                                last_style=last_style, max_height=self.spec.frame_height(False))]
        if not texts:
            flowables.append(self.note(empty_text if empty_text is not None else T("Nothing to show for these parameters.")))
        return flowables

    def _column_widths(self, header: list[str], rows: list[list[Any]], weights, size: float) -> list[float]:
        """Absolute widths filling the page width: given weights, or estimated from the text of
        the header and the first rows (long columns get more, none less than its header word)."""
        n = len(header)
        sample = rows[:300]
        font = self.fonts.regular
        estimated = []
        minimum = []
        for c in range(n):
            longest = 0.0
            for row in sample:
                v = row[c]
                if isinstance(v, str) and v:
                    w = stringWidth(max(v.split("\n"), key=len), font, size)
                    if w > longest:
                        longest = w
                elif isinstance(v, Flowable):
                    longest = max(longest, 40.0)
            head_w = max((stringWidth(word, self.fonts.bold, size) for word in (header[c].split() or [""])), default=0)
            minimum.append(head_w + 2 * PagedTable.H_PAD + 1)
            estimated.append(max(longest, head_w, 12.0) + 2 * PagedTable.H_PAD + 1)
        if weights:
            weights = [float(w) if w else None for w in list(weights)[:n]] + [None] * max(0, n - len(weights))
            known = [w for w in weights if w]
            avg = (sum(known) / len(known)) if known else 1.0
            raw = [w if w else avg for w in weights]
            return [self.width * r / sum(raw) for r in raw]
        total = sum(estimated)
        if total <= self.width:
            # spread the spare room over the columns in proportion to their content
            return [self.width * e / total for e in estimated]
        # too wide: short columns (dates, names, numbers) keep their width, the long ones
        # share what is left in proportion to their content and wrap (max-min fair sharing)
        widths: list[float | None] = [None] * n
        room = self.width
        while True:
            open_cols = [i for i in range(n) if widths[i] is None]
            if not open_cols:
                break
            fair = room / len(open_cols)
            short = [i for i in open_cols if estimated[i] <= fair]
            if not short:
                wanted = sum(estimated[i] for i in open_cols)
                for i in open_cols:
                    widths[i] = max(minimum[i], room * estimated[i] / wanted)
                break
            for i in short:
                widths[i] = estimated[i]
                room -= estimated[i]
        result = [float(w) for w in widths]  # type: ignore[arg-type]
        scale = self.width / sum(result)
        return [w * scale for w in result]

    # ---------------------------------------------------------------- charts

    def _chart_size(self, width_mm: float | None, height_mm: float | None, default_h: float) -> tuple[float, float]:
        width = min(self.width, width_mm * mm) if width_mm else self.width
        height = height_mm * mm if height_mm else default_h * mm
        return width, height

    def bar_chart(self, data, series: Mapping[str, Sequence] | None = None, *, title: Any = None,
                  width_mm: float | None = None, height_mm: float | None = None,
                  value_format: Callable[[float], str] | None = None, horizontal: bool = False,
                  stacked: bool = False) -> Flowable:
        """Bars: ``data`` = [(label, value), ...] (or a dict), or categories with ``series`` =
        {name: values}. ``value_format`` formats axis and bar labels (``doc.money``)."""
        width, height = self._chart_size(width_mm, height_mm, 40 if self.compact else 60)
        return charts.bar_chart(self.fonts, data, series, width=width, height=height, title=text_of(title) or None,
                                value_format=value_format, horizontal=horizontal, stacked=stacked)

    def line_chart(self, categories: Sequence, series: Mapping[str, Sequence] | Sequence, *, title: Any = None,
                   width_mm: float | None = None, height_mm: float | None = None,
                   value_format: Callable[[float], str] | None = None) -> Flowable:
        """Lines over categories: ``series`` = {name: values} or one list of values."""
        width, height = self._chart_size(width_mm, height_mm, 40 if self.compact else 60)
        return charts.line_chart(self.fonts, categories, series, width=width, height=height,
                                 title=text_of(title) or None, value_format=value_format)

    def pie_chart(self, data, *, title: Any = None, width_mm: float | None = None, height_mm: float | None = None,
                  value_format: Callable[[float], str] | None = None) -> Flowable:
        """Shares: ``data`` = [(label, value), ...] or a dict; the legend shows value and %."""
        width, height = self._chart_size(width_mm, height_mm, 45 if self.compact else 55)
        return charts.pie_chart(self.fonts, data, width=width, height=height, title=text_of(title) or None,
                                value_format=value_format)

    # ---------------------------------------------------------------- the top of the report

    def front_matter(self, param_rows: list[tuple[str, str]]) -> list[Flowable]:
        """Title, subtitle and the parameters used (put before the build function's story)."""
        out: list[Flowable] = [self.paragraph(self.title, "title")]
        if self.subtitle:
            out.append(self.paragraph(self.subtitle, "subtitle"))
        if self.show_params and param_rows:
            out.append(self.key_values(param_rows))
            out.append(Spacer(1, 3 * mm))
        else:
            out.append(Spacer(1, 1 * mm))
        return out
