"""Lists: what a service hands to a list widget, and the pager that reads it page by page.

A service builds a :class:`ListQuery` (it checks the permission and decides what is masked);
a widget (``suite.plugin_api.ui.LazyTable``) only renders it. Nothing here imports Qt, so the
same query serves the desktop list, the export to Excel/CSV and the command line::

    from sqlalchemy import select
    from suite.plugin_api.lists import ListColumn, ListFilter, ListQuery

    def order_list(ctx) -> ListQuery:
        ctx.require("orders.view")
        o = Order.__table__
        return ListQuery(
            name="orders.orders", title=T("Orders"),
            select=select(o.c.id, o.c.number, o.c.total, o.c.status, o.c.created_at),
            columns=(
                ListColumn("number", T("Order no."), width=12),
                ListColumn("total", T("Total"), kind="money"),
                ListColumn("status", T("Status"), kind="badge",
                           badges={"open": (T("Open"), "info"), "late": (T("Late"), "danger")}),
                ListColumn("created_at", T("Taken at"), kind="datetime"),
            ),
            sort="created_at", descending=True,
            search=lambda text: o.c.number.contains(text, autoescape=True),
        )

Paging is by *keyset*, never OFFSET: each page asks for the rows after the last one seen,
``(sort_col, key) > (last_sort, last_key)``, so page 5,000 costs what page 1 costs and an
index on the sort column serves every page. Sorting, searching and filtering happen in SQL;
rows are SQLAlchemy Core rows, never ORM objects. Empty values (NULL) always come last,
whatever the direction and the database: they are read as a second segment of the list.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import Column, Select, func, select, tuple_
from sqlalchemy.sql.elements import ColumnElement, Label
from sqlalchemy.sql.selectable import Join

from suite.plugin_api import numbers as _numbers
from suite.plugin_api.i18n import Msg, domain, text_of

if TYPE_CHECKING:  # pragma: no cover
    from sqlalchemy.engine import Row

    from suite.plugin_api.context import Context

T = domain("lists")

KINDS = ("text", "int", "decimal", "hours", "percent", "money", "date", "datetime", "bool", "badge", "phone")
#: kinds shown as numbers: right-aligned, exported as numbers (formatted by suite.plugin_api.numbers)
NUMBER_KINDS = _numbers.NUMBER_KINDS
ALIGNMENTS = ("left", "right", "center")
BADGE_LEVELS = ("neutral", "info", "success", "warning", "danger")
DEFAULT_PAGE_SIZE = 200
#: a column's priority unless it says otherwise (1: never hidden ... 5: hidden first)
DEFAULT_PRIORITY = 3
DEFAULT_COUNT_CAP = 100_000


class Cancelled(Exception):
    """Raised by a long operation (an export, a worker function) the user cancelled."""


# ---------------------------------------------------------------------------- formatting


# money, counts, decimals and percentages: the one shared formatter (suite.plugin_api.numbers)
format_money = _numbers.format_money
format_decimal = _numbers.format_decimal
format_percent = _numbers.format_percent
format_count = _numbers.format_count
format_number = _numbers.format_number


def format_hours(value: Any, places: int = 1) -> str:
    """A duration given in hours: ``7.5 h`` (``7.5 小时``)."""
    if value is None or value == "":
        return ""
    return T.now("{n} h", n=format_decimal(value, places))


def format_date(value: Any) -> str:
    """``2026-03-02`` for a date (or the date of a datetime); an empty string for None."""
    if value is None or value == "":
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def local_datetime(value: Any, tz: ZoneInfo | None) -> dt.datetime | None:
    """A stored UTC time as a naive wall-clock time of the office (for display and Excel)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)
        if tz is not None:
            value = value.astimezone(tz)
        return value.replace(tzinfo=None)
    return None


def format_datetime(value: Any, tz: ZoneInfo | None) -> str:
    """A stored UTC time shown in the office time zone *tz*: ``2026-03-02 08:30``."""
    local = local_datetime(value, tz)
    if local is None:
        return "" if value is None else str(value)
    return local.strftime("%Y-%m-%d %H:%M")


def format_phone_digits(value: Any) -> str:
    """A mobile number in groups of 3-4-4 (``138 0013 8000``); other numbers as stored."""
    from suite.core.customers import format_phone

    return format_phone(str(value)) if value not in (None, "") else ""


# ---------------------------------------------------------------------------- declarations


@dataclass(frozen=True)
class ListColumn:
    """One column of a list.

    ``key`` is the label of the column in the query's select. ``kind`` decides how a value is
    shown: text, int, decimal (``places`` decimals: ``1,234.50``), hours (a duration in hours:
    ``7.5 h``), percent (a fraction: 0.125 is ``12.5%``), money (``¥1,234.50``), date, datetime (in the office time zone), bool
    (Yes/No), badge (a coloured pill from ``badges``: value -> (label, level), level one of
    neutral, info, success, warning, danger) or phone (``138 0013 8000``). ``format`` turns a
    value into the text shown (and exported) instead: a service masks personal data with it.
    ``width`` is a width hint in characters; ``align`` left, right or center (numbers and money
    are right-aligned by default). ``nullable`` says whether the column can be empty; by
    default it is read from the table (a column of an outer-joined table can always be empty).
    ``sort_by`` names another column of the select to sort this one by: a name column sorts by
    its pinyin key (``sort_by="name_pinyin"``, see ``suite.plugin_api.db.pinyin_column``).
    ``priority`` says which columns a list too narrow for all of them hides first: 1 (the
    columns that name the row: never hidden by the widget), 2 (important), 3 (the default),
    4 and 5 (details: hidden first). Long texts are elided (``…``) before columns are hidden;
    the user brings a hidden column back from the header's menu (right click).
    """

    key: str
    title: Msg | str
    kind: str = "text"
    sortable: bool = True
    width: int | None = None
    align: str | None = None
    badges: Mapping[Any, tuple[Msg | str, str]] | None = None
    format: Callable[[Any], str] | None = None
    hidden: bool = False
    nullable: bool | None = None
    #: decimals shown by decimal (default 2), hours and percent (default 1) columns
    places: int | None = None
    #: the key of the select's column this one is sorted by (its pinyin key), None: itself
    sort_by: str | None = None
    #: 1 (kept) to 5 (hidden first when the list is too narrow for every column)
    priority: int = DEFAULT_PRIORITY

    def __post_init__(self) -> None:
        if not isinstance(self.priority, int) or not 1 <= self.priority <= 5:
            raise ValueError(f"column {self.key!r}: priority must be a whole number from 1 to 5")
        if self.kind not in KINDS:
            raise ValueError(f"column {self.key!r}: unknown kind {self.kind!r} (one of {', '.join(KINDS)})")
        if self.align is not None and self.align not in ALIGNMENTS:
            raise ValueError(f"column {self.key!r}: align must be one of {', '.join(ALIGNMENTS)}")
        for value, (_label, level) in (self.badges or {}).items():
            if level not in BADGE_LEVELS:
                raise ValueError(f"column {self.key!r}: badge {value!r} has unknown level {level!r}")

    @property
    def alignment(self) -> str:
        if self.align:
            return self.align
        if self.kind in NUMBER_KINDS:
            return "right"
        if self.kind in ("bool", "badge"):
            return "center"
        return "left"

    def badge(self, value: Any) -> tuple[str, str] | None:
        """(label, level) of a badge column's value, or None when the value has no badge."""
        if self.kind != "badge" or value is None:
            return None
        found = (self.badges or {}).get(value)
        if found is None:  # an unlisted value: a grey pill, except for an unlisted yes/no
            text = self.text(value)
            return (text, "neutral") if text else None
        return text_of(found[0]), found[1]

    def text(self, value: Any, tz: ZoneInfo | None = None) -> str:
        """The text a user sees for *value* (the same in the list and in an export)."""
        if self.format is not None:
            return "" if value is None and self.kind != "bool" else str(self.format(value))
        if value is None:
            return ""
        kind = self.kind
        if kind == "money":
            return format_money(value)
        if kind == "decimal":
            return format_decimal(value, 2 if self.places is None else self.places)
        if kind == "hours":
            return format_hours(value, 1 if self.places is None else self.places)
        if kind == "percent":
            return format_percent(value, 1 if self.places is None else self.places)
        if kind == "date":
            return format_date(value)
        if kind == "datetime":
            return format_datetime(value, tz)
        if kind == "bool":
            return T.now("Yes") if value else T.now("No")
        if kind == "badge":
            found = (self.badges or {}).get(value)
            if found is not None:
                return text_of(found[0])
            return "" if isinstance(value, bool) else str(value)
        if kind == "phone":
            return format_phone_digits(value)
        return str(value)

    def export_value(self, value: Any, tz: ZoneInfo | None = None) -> Any:
        """The value written to a spreadsheet cell: numbers, money and times keep their type
        (so Excel can add them up); everything else is the text the user sees."""
        if self.format is None and value is not None:
            if self.kind == "money":
                return value if isinstance(value, Decimal) else Decimal(str(value))
            if self.kind == "int" and isinstance(value, int) and not isinstance(value, bool):
                return value
            if self.kind in ("decimal", "hours", "percent") and not isinstance(value, bool):
                return value if isinstance(value, Decimal) else Decimal(str(value))
            if self.kind == "date" and isinstance(value, dt.date):
                return value.date() if isinstance(value, dt.datetime) else value
            if self.kind == "datetime":
                local = local_datetime(value, tz)
                if local is not None:
                    return local
        return self.text(value, tz)


@dataclass(frozen=True)
class ListFilter:
    """A named filter shown as a drop-down above the list.

    ``choices`` are (value, label) pairs; ``where(value)`` returns the WHERE clause for a
    value (or None for no restriction, e.g. "All"). ``default`` is the value chosen first.
    """

    key: str
    title: Msg | str
    choices: tuple[tuple[Any, Msg | str], ...]
    where: Callable[[Any], ColumnElement | None]
    default: Any = None


@dataclass(frozen=True)
class ListQuery:
    """A list as a service hands it out: the select, how to show its columns, how to sort,
    search and filter it.

    ``select`` is a SQLAlchemy Core ``select`` whose columns are labelled with the columns'
    keys and include ``key`` (unique and never empty: the id of the row). ``search`` turns
    the text typed in the search box into a WHERE clause (None: no restriction). ``name``
    identifies the list in the audit log of exports (``export:<name>``);
    ``export_permission`` is needed to export it (None: anyone who may see the list).
    """

    name: str
    title: Msg | str
    select: Select
    columns: tuple[ListColumn, ...]
    key: str = "id"
    sort: str | None = None
    descending: bool = False
    search: Callable[[str], ColumnElement | None] | None = None
    search_hint: Msg | str = ""
    filters: tuple[ListFilter, ...] = ()
    export_permission: str | None = None
    count_cap: int | None = DEFAULT_COUNT_CAP

    def __post_init__(self) -> None:
        object.__setattr__(self, "columns", tuple(self.columns))
        object.__setattr__(self, "filters", tuple(self.filters))
        selected = set(self.select.selected_columns.keys())
        if self.key not in selected:
            raise ValueError(f"list {self.name!r}: the key column {self.key!r} is not in the select")
        keys = [c.key for c in self.columns]
        if len(set(keys)) != len(keys):
            raise ValueError(f"list {self.name!r}: a column key appears twice")
        missing = [k for k in keys if k not in selected]
        missing += [c.sort_by for c in self.columns if c.sort_by and c.sort_by not in selected]
        if missing:
            raise ValueError(f"list {self.name!r}: columns {missing} are not labelled in the select")
        sort = self.sort or self.key
        if sort != self.key and not self.column(sort).sortable:
            raise ValueError(f"list {self.name!r}: the default sort column {sort!r} is not sortable")
        fkeys = [f.key for f in self.filters]
        if len(set(fkeys)) != len(fkeys):
            raise ValueError(f"list {self.name!r}: a filter key appears twice")

    def column(self, key: str) -> ListColumn:
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(key)

    @property
    def visible_columns(self) -> tuple[ListColumn, ...]:
        return tuple(c for c in self.columns if not c.hidden)

    def filter(self, key: str) -> ListFilter:
        for f in self.filters:
            if f.key == key:
                return f
        raise KeyError(key)

    def expression(self, key: str) -> ColumnElement:
        return self.select.selected_columns[key]


def _outer_tables(select_: Select) -> set:
    """Tables on the optional side of an outer join in the select's FROM clause."""
    from sqlalchemy.sql.util import find_tables

    found: set = set()

    def walk(node) -> None:
        if isinstance(node, Join):
            if node.isouter:
                found.update(find_tables(node.right))
                if node.full:
                    found.update(find_tables(node.left))
            walk(node.left)
            walk(node.right)

    for f in select_.get_final_froms():
        walk(f)
    return found


def _is_nullable(query: ListQuery, key: str) -> bool:
    if key == query.key:
        return False
    try:
        declared = query.column(key).nullable
    except KeyError:
        declared = None
    if declared is not None:
        return declared
    expr = query.expression(key)
    inner = expr.element if isinstance(expr, Label) else expr
    if isinstance(inner, Column) and inner.nullable is False:
        return inner.table in _outer_tables(query.select)
    return True


# ---------------------------------------------------------------------------- the pager


class ListPager:
    """Reads a :class:`ListQuery` page by page with keyset paging.

    Not thread-safe: one pager per thread (``snapshot()`` gives an independent copy with the
    same sort, search and filters, e.g. for a count or an export running in a worker).
    """

    def __init__(self, ctx: "Context", query: ListQuery, page_size: int = DEFAULT_PAGE_SIZE) -> None:
        if page_size < 1:
            raise ValueError("page_size must be positive")
        self.ctx = ctx
        self.query = query
        self.page_size = page_size
        self.sort_key = query.sort or query.key
        self.descending = query.descending
        self.search_text = ""
        self.filter_values: dict[str, Any] = {f.key: f.default for f in query.filters}
        self.pages_read = 0
        self.restart()

    # ------------------------------------------------------------------ state

    def restart(self) -> None:
        """Start again at the first row (after a change of sort, search or filters)."""
        self._segment = 0  # 0: rows with a sort value; 1: rows whose sort value is empty
        self._last_value: Any = None
        self._last_key: Any = None
        self._started = False
        self.at_end = False
        self.rows_read = 0

    def set_sort(self, key: str, descending: bool = False) -> bool:
        """Sort by another column; False (and nothing changes) if it cannot be sorted."""
        if key != self.query.key:
            try:
                col = self.query.column(key)
            except KeyError:
                return False
            if not col.sortable:
                return False
        self.sort_key, self.descending = key, bool(descending)
        self.restart()
        return True

    def set_search(self, text: str) -> None:
        # no column holds a NUL or a lone surrogate: PostgreSQL would refuse the query
        self.search_text = re.sub("[\x00\ud800-\udfff]", "", text or "").strip()
        self.restart()

    def set_filter(self, key: str, value: Any) -> None:
        self.query.filter(key)  # KeyError for a filter the list does not have
        self.filter_values[key] = value
        self.restart()

    def snapshot(self) -> "ListPager":
        """A fresh pager at the first row, with the same sort, search and filters."""
        other = ListPager(self.ctx, self.query, self.page_size)
        other.sort_key, other.descending = self.sort_key, self.descending
        other.search_text = self.search_text
        other.filter_values = dict(self.filter_values)
        return other

    def describe(self) -> dict[str, Any]:
        """Sort, search and filters, e.g. for the audit row of an export."""
        return {
            "sort": self.sort_key, "descending": self.descending, "search": self.search_text,
            "filters": {k: v for k, v in self.filter_values.items()},
        }

    # ------------------------------------------------------------------ SQL

    def filtered(self) -> Select:
        """The list's select with the search text and the filters applied, unordered."""
        stmt = self.query.select.order_by(None)
        if self.search_text and self.query.search is not None:
            cond = self.query.search(self.search_text)
            if cond is not None:
                stmt = stmt.where(cond)
        for f in self.query.filters:
            cond = f.where(self.filter_values.get(f.key))
            if cond is not None:
                stmt = stmt.where(cond)
        return stmt

    @property
    def order_key(self) -> str:
        """The select's column the rows are ordered by: the sort column, or the column it
        sorts by (a name's pinyin key)."""
        if self.sort_key == self.query.key:
            return self.sort_key
        return self.query.column(self.sort_key).sort_by or self.sort_key

    def _nullable(self) -> bool:
        return _is_nullable(self.query, self.order_key)

    def _segment_statement(self, limit: int) -> Select:
        q = self.query
        key = q.expression(q.key)
        col = q.expression(self.order_key)
        desc = self.descending
        stmt = self.filtered()
        by_key = self.sort_key == q.key
        if self._segment == 0:
            if not by_key and self._nullable():
                stmt = stmt.where(col.is_not(None))
            if self._started:
                if by_key:
                    stmt = stmt.where(key < self._last_key if desc else key > self._last_key)
                else:
                    left, right = tuple_(col, key), tuple_(self._last_value, self._last_key)
                    stmt = stmt.where(left < right if desc else left > right)
            if by_key:
                order = [key.desc() if desc else key.asc()]
            else:
                order = [col.desc() if desc else col.asc(), key.desc() if desc else key.asc()]
        else:
            stmt = stmt.where(col.is_(None))
            if self._started:
                stmt = stmt.where(key < self._last_key if desc else key > self._last_key)
            order = [key.desc() if desc else key.asc()]
        return stmt.order_by(*order).limit(limit)

    def statement(self) -> Select:
        """The statement of the next page (for tests and EXPLAIN)."""
        return self._segment_statement(self.page_size)

    def _read(self, conn, limit: int) -> list["Row"]:
        rows: list = []
        while len(rows) < limit and not self.at_end:
            want = limit - len(rows)
            got = conn.execute(self._segment_statement(want)).all()
            if got:
                last = got[-1]._mapping
                self._last_key = last[self.query.key]
                self._last_value = last[self.order_key]
                self._started = True
                rows.extend(got)
            if len(got) < want:
                if self._segment == 0 and self.sort_key != self.query.key and self._nullable():
                    self._segment, self._started = 1, False
                else:
                    self.at_end = True
        self.rows_read += len(rows)
        return rows

    def fetch_next(self, limit: int | None = None) -> list["Row"]:
        """The next page of rows (empty at the end of the list)."""
        if self.at_end:
            return []
        with self.ctx.read() as s:
            rows = self._read(s.connection(), limit or self.page_size)
        self.pages_read += 1
        return rows

    def iter_rows(self, batch: int = 2000, cancelled: Callable[[], bool] | None = None) -> Iterator["Row"]:
        """Every row of the list from the first (on an independent copy of this pager)."""
        other = self.snapshot()
        with self.ctx.read() as s:
            conn = s.connection()
            while not other.at_end:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                yield from other._read(conn, batch)

    def count(self, cap: int | None | bool = True) -> tuple[int, bool]:
        """(number of rows, exact). With a cap (default: the list's ``count_cap``) at most
        cap rows are counted and ``exact`` is False when there are more."""
        if cap is True:
            cap = self.query.count_cap
        q = self.query
        inner = self.filtered().with_only_columns(q.expression(q.key), maintain_column_froms=True)
        if cap:
            inner = inner.limit(int(cap) + 1)
        stmt = select(func.count()).select_from(inner.subquery())
        with self.ctx.read() as s:
            n = int(s.connection().execute(stmt).scalar() or 0)
        if cap and n > cap:
            return int(cap), False
        return n, True

    # ------------------------------------------------------------------ rows

    def key_of(self, row: "Row") -> Any:
        return row._mapping[self.query.key]


# ---------------------------------------------------------------------------- export

_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
EXPORT_FORMATS = ("xlsx", "csv")


def _safe_text(value: Any) -> Any:
    """Text a spreadsheet must not run as a formula (``=HYPERLINK(...)`` typed into a note)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


@dataclass
class ExportResult:
    """What :func:`export_list` wrote: the file and the number of data rows."""
    path: Path
    rows: int
    format: str
    columns: list[str] = field(default_factory=list)


def export_list(ctx: "Context", pager: ListPager, path: str | os.PathLike, fmt: str | None = None, *,
                progress: Callable[[int, int | None], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """Write every row of the list as the user sees it (same search, filters and sort, same
    masked values, hidden columns left out) to an Excel (.xlsx) or CSV file, and record in
    the audit log who exported what.

    CSV is written as UTF-8 with a byte-order mark, which Excel on a Chinese Windows opens
    correctly. The file appears only when complete: a cancelled or failed export leaves
    nothing behind (and no audit row). Raises :class:`Cancelled` when *cancelled* turns true.
    """
    query = pager.query
    if query.export_permission:
        ctx.require(query.export_permission)
    target = Path(path)
    fmt = (fmt or target.suffix.lstrip(".")).lower()
    if fmt not in EXPORT_FORMATS:
        from suite.plugin_api.errors import UserError

        raise UserError(T("Export to .xlsx or .csv, not \u201c{fmt}\u201d.", fmt=fmt))
    columns = list(query.visible_columns)
    tz = ctx.timezone
    total, _exact = pager.count(cap=None)
    if progress is not None:
        progress(0, total)
    part = target.with_name(target.name + ".part")
    written = 0

    def rows() -> Iterator[list[Any]]:
        nonlocal written
        for row in pager.iter_rows(cancelled=cancelled):
            values = row._mapping
            yield [values[c.key] for c in columns]
            written += 1
            if progress is not None and written % 500 == 0:
                progress(written, total)

    try:
        if fmt == "csv":
            _write_csv(part, columns, rows(), tz)
        else:
            _write_xlsx(part, query, columns, rows(), tz)
        if cancelled is not None and cancelled():
            raise Cancelled()
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(written, total)
    from suite.plugin_api.core import audit_record

    changes = {
        "list": query.name, "title": text_of(query.title), "format": fmt, "file": target.name,
        "rows": written, "columns": [c.key for c in columns], **pager.describe(),
    }
    with ctx.unit_of_work() as s:
        audit_record(s, ctx, f"export:{query.name}"[:64], target.name[:64], "export", changes)
    return ExportResult(target, written, fmt, [c.key for c in columns])


def _write_csv(path: Path, columns: Sequence[ListColumn], rows, tz) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow([text_of(c.title) for c in columns])
        for values in rows:
            line = []
            for col, value in zip(columns, values):
                cell = col.export_value(value, tz)
                if isinstance(cell, Decimal):
                    cell = f"{cell:.2f}"
                elif isinstance(cell, dt.datetime):
                    cell = cell.strftime("%Y-%m-%d %H:%M")
                elif isinstance(cell, dt.date):
                    cell = cell.isoformat()
                elif isinstance(cell, str):
                    cell = _safe_text(cell)
                line.append(cell)
            out.writerow(line)


_NUMBER_FORMATS = {"money": '"¥"#,##0.00;-"¥"#,##0.00', "date": "yyyy-mm-dd", "datetime": "yyyy-mm-dd hh:mm"}


def _number_format(col: ListColumn) -> str | None:
    if col.kind in ("decimal", "hours", "percent"):
        places = col.places if col.places is not None else (2 if col.kind == "decimal" else 1)
        digits = "#,##0" + ("." + "0" * places if places else "")
        return digits + "%" if col.kind == "percent" else digits
    return _NUMBER_FORMATS.get(col.kind)


def _sheet_title(title: str) -> str:
    cleaned = re.sub(r"[\[\]\*\?/\\:]", " ", title).strip() or "List"
    return cleaned[:31]


def _write_xlsx(path: Path, query: ListQuery, columns: Sequence[ListColumn], rows, tz) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(_sheet_title(text_of(query.title)))
    ws.freeze_panes = "A2"
    for i, col in enumerate(columns, start=1):
        width = col.width or {"money": 14, "date": 12, "datetime": 17, "phone": 15, "bool": 8}.get(col.kind, 16)
        ws.column_dimensions[get_column_letter(i)].width = max(width, len(text_of(col.title)) * 2) + 2
    bold = Font(bold=True)
    header = []
    for col in columns:
        cell = WriteOnlyCell(ws, value=text_of(col.title))
        cell.font = bold
        cell.alignment = Alignment(horizontal="center")
        header.append(cell)
    ws.append(header)
    for values in rows:
        line = []
        for col, value in zip(columns, values):
            cell_value = col.export_value(value, tz)
            if isinstance(cell_value, str):
                cell = WriteOnlyCell(ws, value=_ILLEGAL_XML.sub("", cell_value))
                cell.data_type = "s"  # never a formula, whatever the text starts with
            else:
                cell = WriteOnlyCell(ws, value=cell_value)
                fmt = _number_format(col)
                if fmt:
                    cell.number_format = fmt
            line.append(cell)
        ws.append(line)
    wb.save(path)
