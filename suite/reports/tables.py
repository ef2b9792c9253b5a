"""Tables that cross pages fast, with their header rows repeated on every page.

One reportlab ``Table`` of thousands of rows is slow: at each page break it is split and the
rest re-measured, so the work grows with the square of the length (DESIGN §10: 10k rows took
12 s). :class:`PagedTable` measures every row once, then at each page break hands the frame a
small ``Table`` of exactly the rows that fit, headed by the header rows, and keeps the rest as a
view on the same data. The work grows with the length.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from reportlab.platypus import Flowable, Table, TableStyle


class PagedTable(Flowable):
    """Rows of cells (strings or flowables such as Paragraphs) under header rows.

    ``col_widths`` are absolute (points). ``style`` is a list of TableStyle commands for a
    table made of the header rows then body rows (negative indexes count from the end of each
    page's piece). ``last_style`` is added to the piece holding the last row (a totals line).
    ``max_height`` is the tallest frame: a row taller than that is placed anyway (it then runs
    over the bottom margin) instead of making the layout fail.
    """

    #: left and right padding of every cell (points)
    H_PAD = 3.0

    def __init__(self, header: list[list], rows: list[list], col_widths: list[float], style: list,
                 *, leading: float, padding: tuple[float, float] = (2.5, 2.5), last_style: list | None = None,
                 max_height: float | None = None, _shared: dict | None = None, _start: int = 0) -> None:
        super().__init__()
        self.header = header
        self.col_widths = list(col_widths)
        self.style = style
        self.last_style = last_style or []
        self.leading = leading
        self.padding = padding
        self.max_height = max_height
        self.hAlign = "LEFT"
        if _shared is None:
            top, bottom = padding
            cmds = [("LEFTPADDING", (0, 0), (-1, -1), self.H_PAD), ("RIGHTPADDING", (0, 0), (-1, -1), self.H_PAD),
                    ("TOPPADDING", (0, 0), (-1, -1), top), ("BOTTOMPADDING", (0, 0), (-1, -1), bottom), *style]
            header_heights = self._measure(header)
            body_heights = self._measure(rows)
            _shared = {
                "rows": rows,
                "style": TableStyle(cmds),
                "last": TableStyle(cmds + list(last_style or [])),
                "header_heights": header_heights,
                "header_h": sum(header_heights),
                "body_heights": body_heights,
                "prefix": [0.0, *accumulate(body_heights)],
            }
        self._shared = _shared
        self._start = _start

    # ---------------------------------------------------------------- measuring

    def _measure(self, rows: list[list]) -> list[float]:
        """Height of each row: its tallest cell plus the paddings."""
        top, bottom = self.padding
        pad = 2 * self.H_PAD
        inner = [max(1.0, w - pad) for w in self.col_widths]
        leading = self.leading
        heights = []
        for row in rows:
            h = leading
            for cell, width in zip(row, inner):
                if cell is None or isinstance(cell, str):
                    if cell and "\n" in cell:
                        h = max(h, leading * (cell.count("\n") + 1))
                    continue
                if isinstance(cell, (list, tuple)):
                    ch = sum(f.wrap(width, 1e7)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in cell)
                else:
                    ch = cell.wrap(width, 1e7)[1]
                if ch > h:
                    h = ch
            heights.append(h + top + bottom)
        return heights

    # ---------------------------------------------------------------- layout

    @property
    def rows_left(self) -> int:
        return len(self._shared["rows"]) - self._start

    def _height_of(self, start: int, end: int) -> float:
        prefix = self._shared["prefix"]
        return prefix[end] - prefix[start]

    def wrap(self, avail_width, avail_height):
        n = len(self._shared["rows"])
        self.width = sum(self.col_widths)
        self.height = self._shared["header_h"] + self._height_of(self._start, n)
        return self.width, self.height

    def split(self, avail_width, avail_height):
        shared = self._shared
        n = len(shared["rows"])
        prefix = shared["prefix"]
        room = avail_height - shared["header_h"]
        end = bisect_right(prefix, prefix[self._start] + room + 1e-6) - 1
        if end <= self._start:
            # not even one row fits: move to the next page, unless the row is taller than
            # any page (then place it anyway rather than fail)
            tallest = self.max_height or 0
            if tallest and shared["header_h"] + shared["body_heights"][self._start] > tallest - 1e-6 \
                    and avail_height >= tallest - 1:
                end = self._start + 1
            else:
                return []
        if end >= n:
            return [self]
        first = self._piece(self._start, end)
        rest = PagedTable(self.header, [], self.col_widths, self.style, leading=self.leading,
                          padding=self.padding, last_style=self.last_style, max_height=self.max_height,
                          _shared=shared, _start=end)
        return [first, rest]

    def _piece(self, start: int, end: int) -> Table:
        shared = self._shared
        rows = shared["rows"]
        data = [*self.header, *rows[start:end]]
        heights = [*shared["header_heights"], *shared["body_heights"][start:end]]
        style = shared["last"] if end == len(rows) and self.last_style else shared["style"]
        table = Table(data, colWidths=self.col_widths, rowHeights=heights, style=style, hAlign="LEFT")
        return table

    def draw(self):
        table = self._piece(self._start, len(self._shared["rows"]))
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)
