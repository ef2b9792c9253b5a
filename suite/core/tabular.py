"""Reading a table from a file: CSV (UTF-8, UTF-8 with a BOM, or GBK/GB18030 as Excel writes
it on a Chinese Windows) or an Excel workbook (XLSX, its first sheet).

CSV is tried as ``utf-8-sig`` first, then ``gb18030`` (a superset of GBK), never the other way
round. A file that cannot be read raises :class:`UserError` with a message that says what to
do. Used by the order desk's import and the delivery areas' import (published to plugins in
``suite.plugin_api.core``).
"""

from __future__ import annotations

import csv
import io
import re

from suite.plugin_api.errors import UserError
from suite.plugin_api.i18n import domain

T = domain("core")


def decode_csv(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 (with or without BOM) first, then GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = (("utf-8-sig", "utf-8-sig"), ("gb18030", "gb18030"))
    else:
        candidates = (("utf-8", "utf-8"), ("gb18030", "gb18030"))
    for codec, label_ in candidates:
        try:
            return data.decode(codec), label_
        except UnicodeDecodeError:
            continue
    raise UserError(T("The file is neither UTF-8 nor GBK/GB18030 text: save it from Excel as CSV or XLSX."))


def read_rows(data: bytes, filename: str) -> tuple[list[str], list[list[str]], str]:
    """(header, rows, encoding) of a CSV or XLSX file: the first non-empty row is the header,
    empty rows are dropped, every cell is text (a number Excel made of a phone number reads
    as its digits). ``encoding`` is ``utf-8``, ``utf-8-sig``, ``gb18030`` or ``xlsx``. An
    empty, malformed or old-format (``.xls``) file raises UserError."""
    name = filename.lower()
    if not data:
        raise UserError(T("The file {file} is empty.", file=filename))
    if name.endswith((".xlsx", ".xlsm")) or data[:4] == b"PK\x03\x04":
        return _read_xlsx(data, filename)
    if name.endswith(".xls") or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise UserError(T("{file} is an old Excel 97 workbook: save it as .xlsx or .csv first.", file=filename))
    if b"\x00" in data[:4096]:
        raise UserError(T("{file} is not a text file (CSV) nor an Excel workbook (XLSX).", file=filename))
    text, encoding = decode_csv(data)
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)  # the header's separator
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        raise UserError(T("{file} is not a well-formed CSV file: {error}", file=filename, error=exc)) from exc
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    if not rows:
        raise UserError(T("The file {file} is empty.", file=filename))
    return [h.strip() for h in rows[0]], rows[1:], encoding


def _read_xlsx(data: bytes, filename: str) -> tuple[list[str], list[list[str]], str]:
    import zipfile

    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UserError(T("{file} is not a readable Excel workbook: {error}", file=filename, error=exc)) from exc
    try:
        ws = wb.worksheets[0]
        rows = []
        for values in ws.iter_rows(values_only=True):
            cells = ["" if v is None else _cell(v) for v in values]
            if any(c.strip() for c in cells):
                rows.append(cells)
    finally:
        wb.close()
    if not rows:
        raise UserError(T("The file {file} is empty.", file=filename))
    return [h.strip() for h in rows[0]], rows[1:], "xlsx"


def _cell(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a phone number Excel turned into a number
    if isinstance(value, float):
        return repr(value)
    return str(value)


def map_headers(header: list[str], table: dict[str, tuple[str, ...]]) -> dict[str, int]:
    """field -> column index, for the columns whose header is one of the field's names in
    *table* (``{"area": ("area", "片区", ...)}``); spaces, colons, brackets and ``*`` in a
    header are ignored, Latin letters compared without case. A column fills one field."""
    found: dict[str, int] = {}
    for index, raw in enumerate(header):
        key = re.sub(r"[\s*：:()（）]", "", raw).lower()
        for fieldname, names in table.items():
            if fieldname not in found and key in {n.lower() for n in names}:
                found[fieldname] = index
                break
    return found
