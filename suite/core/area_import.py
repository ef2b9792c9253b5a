"""Delivery areas from a customer file: the names in its area column (片区, 区域, area).

An office setting up the suite usually has its customers in a spreadsheet whose area column
already says how it divides the town. :func:`preview` reads such a file (CSV in UTF-8 or
GBK/GB18030, or XLSX) and lists every area named there, with how many rows name it and
whether an area of that name exists already; nothing is written. :func:`create` makes the
new ones in one transaction (all or none), each with the travel time the office chose; their
streets and estates are added afterwards on the areas page.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from suite.core import permissions as P
from suite.core.customers import _check_travel_minutes, area_key, list_areas, save_area
from suite.core.tabular import map_headers, read_rows
from suite.plugin_api.context import Context
from suite.plugin_api.errors import UserError, ValidationError
from suite.plugin_api.i18n import domain

T = domain("core")

#: headers recognised as a customer file's area column (the order desk's import uses the same)
AREA_HEADERS = ("area", "片区", "区域", "配送片区", "所属片区", "配送区域", "送货片区", "district", "zone")


@dataclass(frozen=True)
class AreaCandidate:
    """One area named in the file: ``rows`` naming it; ``exists`` when an area of that name
    (spaces, width and case aside) is there already, ``archived`` when that one is inactive."""

    name: str
    rows: int
    exists: bool = False
    archived: bool = False


@dataclass
class AreaImportPreview:
    filename: str
    encoding: str
    column: str  # the header of the area column
    total: int  # data rows in the file
    blank: int = 0  # rows with an empty area cell
    candidates: list[AreaCandidate] = field(default_factory=list)

    @property
    def new_names(self) -> list[str]:
        return [c.name for c in self.candidates if not c.exists]


def preview(ctx: Context, data: bytes, filename: str = "customers.csv") -> AreaImportPreview:
    """Read a customer file and list the areas its area column names; nothing is written.
    A file without an area column, or one that cannot be read, raises UserError."""
    ctx.require(P.AREAS_MANAGE)
    header, rows, encoding = read_rows(data, filename)
    cols = map_headers(header, {"area": AREA_HEADERS})
    if "area" not in cols:
        raise UserError(T("{file} has no area column: its first row must name one (片区, 区域 or area). "
                          "Found: {found}.", file=filename, found=", ".join(h for h in header if h) or "—"))
    index = cols["area"]
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    blank = 0
    for row in rows:
        value = row[index].strip() if index < len(row) else ""
        if not value:
            blank += 1
            continue
        key = area_key(value)
        spelling.setdefault(key, " ".join(value.split()))
        counts[key] += 1
    known = {area_key(a.name): a for a in list_areas(ctx, include_archived=True)}
    candidates = []
    for key, n in counts.most_common():
        area = known.get(key)
        candidates.append(AreaCandidate(area.name if area else spelling[key], n, exists=area is not None,
                                        archived=bool(area and area.archived)))
    candidates.sort(key=lambda c: (c.exists, -c.rows, c.name))
    return AreaImportPreview(filename, encoding, header[index], len(rows), blank, candidates)


def preview_file(ctx: Context, path: str | Path) -> AreaImportPreview:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(T("Cannot read {file}: {error}", file=str(path), error=exc.strerror or exc)) from exc
    return preview(ctx, data, path.name)


def create(ctx: Context, names, *, travel_minutes: int = 30) -> list[int]:
    """Create the areas *names* that do not exist yet, in one transaction, each with
    *travel_minutes*; names that exist meanwhile (or twice in *names*) are skipped. Bad travel
    minutes are refused before anything is written. Returns the new areas' ids."""
    ctx.require(P.AREAS_MANAGE)
    errors: dict[str, object] = {}
    _check_travel_minutes(errors, travel_minutes)
    if errors:
        raise ValidationError(fields=errors)
    with ctx.unit_of_work():
        existing = {area_key(a.name) for a in list_areas(ctx, include_archived=True)}
        ids = []
        for name in names:
            if not isinstance(name, str) or not name.strip() or area_key(name) in existing:
                continue
            ids.append(save_area(ctx, " ".join(name.split()), "", travel_minutes=travel_minutes))
            existing.add(area_key(name))
        return ids
