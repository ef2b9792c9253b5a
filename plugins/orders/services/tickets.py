"""Restaurant tickets (点菜单, 一式三联): dish names, time and table number, in three copies
(kitchen, cashier/bar, table). As data for the PDF report, and as ESC/POS bytes with
GB18030 Chinese for a receipt printer.

The receipt printer is a setting of the PC it is attached to (``settings.toml``)::

    [plugins.orders]
    receipt_printer = "tcp://192.168.1.60:9100"   # a network printer (raw port 9100)
    # receipt_printer = "/dev/usb/lp0"            # or a device / file (LPT1, a share name on Windows)
    # receipt_printer = "win:XP-80C"              # a printer installed on Windows (USB Xprinter, Gprinter)
    receipt_columns = 48                          # 80 mm paper, font A (58 mm: 32)
    # each copy to its station's printer (set per PC; a copy without one goes to receipt_printer)
    receipt_printer_kitchen = "win:Kitchen XP-80"
    receipt_printer_cashier = "win:Bar GP-L80"
    receipt_printer_table = ""

``win:<name>`` writes the raw ESC/POS bytes through the Windows spooler to the installed
printer of that name (pywin32's ``win32print``: install the optional ``windows-printing``
extra on Windows); :func:`installed_printers` lists the names to choose from. A ticket
printed again is marked 重印 (reprint) with the time and who printed it.
"""

from __future__ import annotations

import datetime as dt
import socket
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from suite.plugin_api import NotFound, UserError, ValidationError, core
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.orders.models import Order
from suite_plugins.orders.services.common import VIEW

T = domain("orders")

COPIES = (("kitchen", T("Kitchen copy")), ("cashier", T("Cashier copy")), ("table", T("Table copy")))

# ESC/POS commands
ESC, GS, FS = b"\x1b", b"\x1d", b"\x1c"
INIT = ESC + b"@"
CHINESE_ON = FS + b"&"          # Chinese character mode (double-byte GB18030)
ALIGN_LEFT, ALIGN_CENTER = ESC + b"a\x00", ESC + b"a\x01"
BOLD_ON, BOLD_OFF = ESC + b"E\x01", ESC + b"E\x00"
SIZE_NORMAL, SIZE_DOUBLE, SIZE_TALL = GS + b"!\x00", GS + b"!\x11", GS + b"!\x01"
CUT = GS + b"V\x42\x00"          # feed and partial cut
LF = b"\n"


@dataclass(frozen=True)
class TicketLine:
    name: str
    quantity: int
    unit: str
    unit_price: Decimal
    amount: Decimal
    notes: str


@dataclass(frozen=True)
class Ticket:
    order_id: int
    number: str
    company: str
    table_no: str
    guests: int | None
    channel: str
    at: dt.datetime  # office-local time the order was taken
    clerk: str
    lines: tuple[TicketLine, ...]
    notes: str
    total: Decimal

    @property
    def seq(self) -> str:
        return self.number.rsplit("-", 1)[-1]


def ticket(ctx: Context, order_id: int) -> Ticket:
    ctx.require(VIEW)
    company = core.get_company(ctx).name
    with ctx.read() as s:
        o = s.get(Order, order_id)
        if o is None:
            raise NotFound(T("That order no longer exists."))
        clerk = s.get(core.Staff, o.clerk_staff_id).name if o.clerk_staff_id else ""
        if not clerk and o.created_by:
            user = s.get(core.User, o.created_by)
            clerk = (user.display_name or user.username) if user else ""
        lines = tuple(TicketLine(i.name, i.quantity, i.unit, i.unit_price, i.amount, i.notes) for i in o.items)
        return Ticket(o.id, o.number, company, o.table_no, o.guests, o.channel, ctx.to_local(o.created_at), clerk,
                      lines, o.notes, o.total_amount + o.adjustments)


# ---------------------------------------------------------------------------- ESC/POS


def text_width(text: str) -> int:
    """Printed columns: Chinese (wide) characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _fit(text: str, width: int) -> str:
    out, used = "", 0
    for ch in text:
        w = 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
        if used + w > width:
            break
        out += ch
        used += w
    return out


def _row(left: str, right: str, columns: int) -> str:
    left = _fit(left, max(1, columns - text_width(right) - 1))
    return left + " " * (columns - text_width(left) - text_width(right)) + right


def _enc(text: str) -> bytes:
    return text.encode("gb18030", errors="replace")


def escpos(ticket: Ticket, *, columns: int = 48, copies=COPIES, mark: object = None) -> bytes:
    """The ticket in three copies as ESC/POS bytes (GB18030 text, a cut after each copy);
    *mark* (a reprint's 重印 line) is printed large under each copy's title."""
    out = bytearray(INIT + CHINESE_ON)
    rule = _enc("-" * columns) + LF
    for code, title in copies:
        out += ALIGN_CENTER + BOLD_ON + SIZE_NORMAL + _enc(ticket.company) + LF
        out += SIZE_DOUBLE + _enc(str(title)) + LF + SIZE_NORMAL + BOLD_OFF
        if mark is not None:
            out += BOLD_ON + SIZE_TALL + _enc(str(mark)) + SIZE_NORMAL + BOLD_OFF + LF
        out += ALIGN_LEFT
        if ticket.table_no:
            out += SIZE_DOUBLE + BOLD_ON + _enc(str(T("Table {table}", table=ticket.table_no))) + BOLD_OFF + SIZE_NORMAL
            out += _enc("  " + str(T("{n} guests", n=ticket.guests or 0))) + LF
        out += _enc(_row(str(T("No. {number}", number=ticket.number)), ticket.at.strftime("%Y-%m-%d %H:%M"), columns)) + LF
        if ticket.clerk:
            out += _enc(str(T("Taken by {name}", name=ticket.clerk))) + LF
        out += rule
        for line in ticket.lines:
            qty = f"×{line.quantity}"
            right = qty if code == "kitchen" else f"{qty}  {line.amount:,.2f}"
            if code == "kitchen":
                out += SIZE_TALL + _enc(_row(line.name, right, columns)) + SIZE_NORMAL + LF
            else:
                out += _enc(_row(line.name, right, columns)) + LF
            if line.notes:
                out += _enc("  * " + _fit(line.notes, columns - 4)) + LF
        out += rule
        if ticket.notes:
            out += _enc(str(T("Notes: {notes}", notes=ticket.notes))) + LF
        if code != "kitchen":
            out += BOLD_ON + _enc(_row(str(T("Total")), f"¥{ticket.total:,.2f}", columns)) + BOLD_OFF + LF
        out += ALIGN_CENTER + SIZE_DOUBLE + _enc(f"#{ticket.seq}") + SIZE_NORMAL + ALIGN_LEFT + LF
        out += ESC + b"d\x04" + CUT
    return bytes(out)


def receipt_printer(ctx: Context) -> str:
    """The PC's receipt printer (or, without one, the first station printer set)."""
    main = str(ctx.local_setting("orders", "receipt_printer", "") or "").strip()
    return main or next((t for t in station_printers(ctx).values() if t), "")


def station_printers(ctx: Context) -> dict[str, str]:
    """copy code -> the printer it goes to on this PC ("" when none is set)."""
    main = str(ctx.local_setting("orders", "receipt_printer", "") or "").strip()
    return {code: str(ctx.local_setting("orders", f"receipt_printer_{code}", "") or "").strip() or main
            for code, _title in COPIES}


def print_ticket(ctx: Context, order_id: int, *, target: str | None = None) -> int:
    """Send the three copies, each to its station's printer on this PC (or all to *target*).
    A ticket printed before is marked as a reprint (重印, with the time and who). Returns
    the number of bytes sent."""
    from sqlalchemy import func, select

    from suite_plugins.orders.models import TicketPrint

    ctx.require(VIEW)
    routes = {code: target.strip() for code, _t in COPIES} if target else station_printers(ctx)
    if not any(routes.values()):
        raise UserError(T("No receipt printer is configured on this PC (orders.receipt_printer in the settings)."))
    columns = int(ctx.local_setting("orders", "receipt_columns", 48) or 48)
    data = ticket(ctx, order_id)
    with ctx.read() as s:
        before = s.scalar(select(func.count()).select_from(TicketPrint).where(TicketPrint.order_id == order_id)) or 0
    mark = None
    if before:
        mark = T("REPRINT {time} by {name}", time=ctx.local_now().strftime("%Y-%m-%d %H:%M"),
                 name=ctx.user.display_name or ctx.user.username)
    groups: dict[str, list] = {}
    for code, title in COPIES:
        if routes.get(code):
            groups.setdefault(routes[code], []).append((code, title))
    sent = 0
    for printer, copies in groups.items():
        payload = escpos(data, columns=columns, copies=tuple(copies), mark=mark)
        send(printer, payload)
        sent += len(payload)
    with ctx.unit_of_work() as s:
        for printer, copies in groups.items():
            s.add(TicketPrint(order_id=order_id, at=ctx.now(), username=ctx.user.username,
                              copies=",".join(c for c, _t in copies), target=printer[:200], reprint=bool(before)))
    return sent


def test_page(ctx: Context, *, columns: int | None = None) -> dict[str, int]:
    """A test page to every printer set on this PC (each names the copies it takes):
    printer -> bytes sent."""
    ctx.require(VIEW)
    columns = columns or int(ctx.local_setting("orders", "receipt_columns", 48) or 48)
    routes = station_printers(ctx)
    if not any(routes.values()):
        raise UserError(T("No receipt printer is configured on this PC (orders.receipt_printer in the settings)."))
    titles = dict(COPIES)
    by_printer: dict[str, list[str]] = {}
    for code, printer in routes.items():
        if printer:
            by_printer.setdefault(printer, []).append(str(titles[code]))
    company = core.get_company(ctx).name
    out = {}
    for printer, copies in by_printer.items():
        body = bytearray(INIT + CHINESE_ON + ALIGN_CENTER + BOLD_ON + SIZE_DOUBLE)
        body += _enc(str(T("Test page"))) + LF + SIZE_NORMAL + BOLD_OFF + _enc(company) + LF + ALIGN_LEFT
        body += _enc(str(T("Printer: {name}", name=printer))) + LF
        body += _enc(str(T("Takes: {copies}", copies=", ".join(copies)))) + LF
        body += _enc(ctx.local_now().strftime("%Y-%m-%d %H:%M")) + LF
        body += _enc(("1234567890" * ((columns + 9) // 10))[:columns]) + LF
        body += _enc("中文打印测试：点菜单 一式三联") + LF + ESC + b"d\x04" + CUT
        send(printer, bytes(body))
        out[printer] = len(body)
    return out


# ---------------------------------------------------------------------------- transports


class WindowsSpooler:
    """Raw bytes to a printer installed on Windows, through the spooler (pywin32)."""

    def _module(self):
        try:
            import win32print  # type: ignore[import-not-found]  # Windows only (pywin32)
        except ImportError as exc:
            raise UserError(T("Printing to an installed printer needs Windows with pywin32 "
                              "(pip install \"suite[windows-printing]\").")) from exc
        return win32print

    def printers(self) -> list[str]:
        try:
            w = self._module()
        except UserError:
            return []
        flags = w.PRINTER_ENUM_LOCAL | w.PRINTER_ENUM_CONNECTIONS
        return sorted(p[2] for p in w.EnumPrinters(flags))

    def write(self, name: str, data: bytes, document: str) -> None:
        w = self._module()
        handle = w.OpenPrinter(name)
        try:
            w.StartDocPrinter(handle, 1, (document, None, "RAW"))
            try:
                w.StartPagePrinter(handle)
                w.WritePrinter(handle, data)
                w.EndPagePrinter(handle)
            finally:
                w.EndDocPrinter(handle)
        finally:
            w.ClosePrinter(handle)


#: the spooler used for ``win:`` targets (tests put a fake one here on Linux)
SPOOLER = WindowsSpooler()


def installed_printers() -> list[str]:
    """The printers installed on this PC (Windows; empty elsewhere), to choose from."""
    return SPOOLER.printers()


def send(target: str, data: bytes, timeout: float = 5.0) -> None:
    """Write raw bytes to ``tcp://host:port``, to ``win:<installed printer>`` or to a
    device/file path."""
    try:
        if target.startswith("win:"):
            name = target[len("win:"):].strip()
            if not name:
                raise ValueError("no printer name")
            SPOOLER.write(name, data, "suite ticket")
        elif target.startswith("tcp://"):
            host, _, port = target[len("tcp://"):].rstrip("/").rpartition(":")
            with socket.create_connection((host or "127.0.0.1", int(port or 9100)), timeout=timeout) as sock:
                sock.sendall(data)
        else:
            with Path(target).open("ab") as fh:
                fh.write(data)
    except (OSError, ValueError) as exc:
        raise UserError(T("The receipt printer {target} did not answer: {error}", target=target, error=exc)) from exc


# ---------------------------------------------------------------------------- this PC's printers

PRINTER_KEYS = ("receipt_printer",) + tuple(f"receipt_printer_{code}" for code, _t in COPIES)


def clean_target(text: str | None, field_name: str) -> str:
    """A printer target as typed or chosen: ``tcp://host:port``, ``win:<name>``, a device or
    share path, or empty."""
    text = unicodedata.normalize("NFKC", str(text or "")).strip()
    if not text:
        return ""
    bad = T("A printer is tcp://address:9100, win:<installed printer> or a device path such as LPT1.")
    if len(text) > 200 or any(ch in text for ch in "\r\n\t"):
        raise ValidationError(fields={field_name: bad})
    if text.startswith("tcp://"):
        host, _, port = text[len("tcp://"):].rstrip("/").rpartition(":")
        if not host or not port.isdigit() or not 1 <= int(port) <= 65535:
            raise ValidationError(fields={field_name: bad})
    elif text.startswith("win:") and not text[len("win:"):].strip():
        raise ValidationError(fields={field_name: bad})
    return text


def printer_settings(ctx: Context) -> dict[str, object]:
    """This PC's receipt printers (``receipt_printer`` and one per copy) and paper columns."""
    out: dict[str, object] = {key: str(ctx.local_setting("orders", key, "") or "").strip() for key in PRINTER_KEYS}
    out["receipt_columns"] = int(ctx.local_setting("orders", "receipt_columns", 48) or 48)
    return out


def save_printer_settings(ctx: Context, values: dict[str, object]) -> None:
    """Store this PC's printers in its settings.toml (``[plugins.orders]``); a bad target is
    refused with its field and nothing is written."""
    ctx.require(VIEW)
    errors: dict[str, object] = {}
    clean: dict[str, object] = {}
    for key in PRINTER_KEYS:
        try:
            clean[key] = clean_target(values.get(key, ""), key)
        except ValidationError as exc:
            errors.update(exc.fields)
    try:
        columns = int(values.get("receipt_columns", 48))
    except (TypeError, ValueError):
        columns = 0
    if not 24 <= columns <= 64:
        errors["receipt_columns"] = T("Paper columns from 24 to 64 (80 mm: 48, 58 mm: 32).")
    if errors:
        raise ValidationError(fields=errors)
    if ctx.settings is None:
        raise UserError(T("This PC has no settings file to keep the printers in."))
    for key, value in clean.items():
        ctx.settings.set(f"plugins.orders.{key}", value or None)
    ctx.settings.set("plugins.orders.receipt_columns", columns)
    ctx.settings.save()
