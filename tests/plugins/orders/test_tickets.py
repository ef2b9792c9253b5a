"""Restaurant tickets as ESC/POS bytes (GB18030 Chinese, three copies) and their delivery to
a receipt printer (a real TCP socket standing in for a network printer)."""

from __future__ import annotations

import socket
import threading

import pytest

from suite.plugin_api import UserError, ValidationError
from suite_plugins.orders.services import orders, tickets
from suite_plugins.orders.services.orders import ItemInput, OrderInput


@pytest.fixture
def table_order(office):
    oid = orders.create_order(office.ctx, OrderInput(
        channel="table", table_no="12", guests=4, notes="少辣",
        items=[ItemInput(office.products["fish"], 1, "不要香菜"), ItemInput(office.products["rice"], 2)]))
    orders.confirm_order(office.ctx, oid)
    return oid


def test_escpos_bytes_carry_three_copies_in_gb18030(office, table_order):
    t = tickets.ticket(office.ctx, table_order)
    assert t.table_no == "12" and t.at.strftime("%H:%M") == "09:00" and t.seq == "0001"
    data = tickets.escpos(t)
    assert data.startswith(b"\x1b@\x1c&")                    # initialise, Chinese mode
    assert data.count(b"\x1dVB\x00") == 3                   # a cut after each copy
    assert data.endswith(b"\x1b" + b"d\x04" + b"\x1dVB\x00")
    for dish in ("红烧鱼", "扬州炒饭", "不要香菜", "少辣"):
        assert dish.encode("gb18030") in data, dish
        assert dish.encode("utf-8") not in data
    assert "红烧鱼".encode("gb18030") == b"\xba\xec\xc9\xd5\xd3\xe3"
    copies = data.split(b"\x1dVB\x00")[:3]
    assert b"Kitchen copy" in copies[0] and b"Cashier copy" in copies[1] and b"Table copy" in copies[2]
    assert b"Table 12" in copies[0] and b"20260302-0001" in copies[0] and b"2026-03-02 09:00" in copies[0]
    assert b"102.00" not in copies[0]                        # the kitchen sees no prices
    assert "¥102.00".encode("gb18030") in copies[1] and "¥102.00".encode("gb18030") in copies[2]


def test_lines_fit_the_paper_width_counting_chinese_as_two_columns(office, table_order):
    import re

    data = tickets.escpos(tickets.ticket(office.ctx, table_order), columns=32)
    text = re.sub(rb"\x1b[a-zA-Z@](?:[\x00-\x11])?|\x1d[!VB](?:[\x00-\x42])?\x00?|\x1c&|\x1bd\x04", b"", data)
    for line in text.decode("gb18030").split("\n"):
        assert tickets.text_width(line) <= 32, line
    assert tickets.text_width("红烧鱼 x1") == 9


def test_the_ticket_goes_to_a_network_receipt_printer(office, table_order):
    received = bytearray()
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    port = server.getsockname()[1]

    def printer():
        conn, _ = server.accept()
        with conn:
            while chunk := conn.recv(65536):
                received.extend(chunk)

    thread = threading.Thread(target=printer)
    thread.start()
    sent = tickets.print_ticket(office.ctx, table_order, target=f"tcp://127.0.0.1:{port}")
    thread.join(10)
    server.close()
    assert sent == len(received) and bytes(received) == tickets.escpos(tickets.ticket(office.ctx, table_order))


def test_a_device_path_and_the_missing_printer(office, table_order, tmp_path):
    device = tmp_path / "lp0"
    tickets.print_ticket(office.ctx, table_order, target=str(device))
    assert device.read_bytes().count(b"\x1dVB\x00") == 3
    with pytest.raises(UserError, match="No receipt printer is configured"):
        tickets.print_ticket(office.ctx, table_order)
    with pytest.raises(UserError, match="did not answer"):
        tickets.print_ticket(office.ctx, table_order, target="tcp://127.0.0.1:1")


class FakeSpooler:
    """Stands in for the Windows spooler on Linux: what each installed printer received."""

    def __init__(self, names):
        self.names = list(names)
        self.jobs: list[tuple[str, bytes, str]] = []

    def printers(self):
        return sorted(self.names)

    def write(self, name, data, document):
        if name not in self.names:
            raise OSError(f"printer {name} not found")
        self.jobs.append((name, data, document))


@pytest.fixture
def spooler(monkeypatch):
    fake = FakeSpooler(["Kitchen XP-80", "Bar GP-L80"])
    monkeypatch.setattr(tickets, "SPOOLER", fake)
    return fake


def _station_ctx(office, tmp_path, **printers):
    from dataclasses import replace

    from suite.config import Settings

    settings = Settings(tmp_path / "settings.toml", {"plugins": {"orders": printers}})
    return replace(office.ctx, settings=settings)


def test_each_copy_goes_to_its_stations_printer_through_the_spooler(office, table_order, spooler, tmp_path):
    ctx = _station_ctx(office, tmp_path, receipt_printer_kitchen="win:Kitchen XP-80",
                       receipt_printer_cashier="win:Bar GP-L80", receipt_printer_table="win:Bar GP-L80")
    assert tickets.installed_printers() == ["Bar GP-L80", "Kitchen XP-80"]
    assert tickets.receipt_printer(ctx) == "win:Kitchen XP-80"
    sent = tickets.print_ticket(ctx, table_order)
    assert [name for name, _d, _doc in spooler.jobs] == ["Kitchen XP-80", "Bar GP-L80"]
    kitchen, bar = spooler.jobs[0][1], spooler.jobs[1][1]
    assert sent == len(kitchen) + len(bar)
    assert kitchen.count(b"\x1dVB\x00") == 1 and bar.count(b"\x1dVB\x00") == 2
    assert "厨房联".encode("gb18030") in kitchen or b"Kitchen copy" in kitchen
    assert b"Kitchen copy" not in bar and b"Cashier copy" in bar and b"Table copy" in bar
    assert b"REPRINT" not in kitchen + bar
    # a copy without a station printer of its own goes to the PC's receipt printer
    ctx2 = _station_ctx(office, tmp_path, receipt_printer="win:Bar GP-L80", receipt_printer_kitchen="win:Kitchen XP-80")
    assert tickets.station_printers(ctx2) == {"kitchen": "win:Kitchen XP-80", "cashier": "win:Bar GP-L80",
                                              "table": "win:Bar GP-L80"}


def test_a_reprint_is_marked_with_the_time_and_who(office, table_order, spooler, tmp_path):
    from suite.bootstrap import load_catalogs
    from suite.plugin_api import i18n

    ctx = _station_ctx(office, tmp_path, receipt_printer="win:Bar GP-L80")
    tickets.print_ticket(ctx, table_order)
    first = spooler.jobs[-1][1]
    assert b"REPRINT" not in first
    office.clock.advance(minutes=7)
    tickets.print_ticket(ctx, table_order)
    again = spooler.jobs[-1][1]
    assert again.count(b"REPRINT 2026-03-02 09:07 by") == 3  # on every copy
    load_catalogs(ctx.host, "zh_CN")
    try:
        tickets.print_ticket(ctx, table_order)
        assert spooler.jobs[-1][1].count("重印 2026-03-02 09:07".encode("gb18030")) == 3
    finally:
        i18n.set_language("en")
    from sqlalchemy import select

    from suite_plugins.orders.models import TicketPrint

    with ctx.read() as s:
        assert [p.reprint for p in s.scalars(select(TicketPrint).where(TicketPrint.order_id == table_order)
                                            .order_by(TicketPrint.id))] == [False, True, True]


def test_the_test_page_goes_to_every_station_printer(office, spooler, tmp_path):
    ctx = _station_ctx(office, tmp_path, receipt_printer_kitchen="win:Kitchen XP-80",
                       receipt_printer_cashier="win:Bar GP-L80", receipt_printer_table="win:Bar GP-L80")
    sent = tickets.test_page(ctx)
    assert set(sent) == {"win:Kitchen XP-80", "win:Bar GP-L80"}
    bar = next(d for n, d, _doc in spooler.jobs if n == "Bar GP-L80")
    assert b"Test page" in bar and b"Cashier copy, Table copy" in bar and "中文打印测试".encode("gb18030") in bar
    with pytest.raises(UserError, match="did not answer"):
        tickets.send("win:Nobody", b"x")
    with pytest.raises(UserError, match="No receipt printer"):
        tickets.test_page(office.ctx)


def test_without_pywin32_a_win_printer_says_what_to_install(office, table_order):
    with pytest.raises(UserError, match="pywin32"):
        tickets.print_ticket(office.ctx, table_order, target="win:XP-80C")
    assert tickets.installed_printers() == []


def test_the_desks_test_page_button(office, spooler, tmp_path, qtbot):
    from suite_plugins.orders.ui.desk import OrderDesk

    ctx = _station_ctx(office, tmp_path, receipt_printer="win:Bar GP-L80", receipt_printer_kitchen="win:Kitchen XP-80")
    desk = OrderDesk(ctx)
    qtbot.addWidget(desk)
    desk.test_page_button.click()
    assert "Test page sent to win:Bar GP-L80, win:Kitchen XP-80" in desk.banner.text() or \
        "Test page sent to win:Kitchen XP-80, win:Bar GP-L80" in desk.banner.text()
    assert sorted(n for n, _d, _doc in spooler.jobs) == ["Bar GP-L80", "Kitchen XP-80"]
    bare = OrderDesk(office.ctx)
    qtbot.addWidget(bare)
    bare.test_page_button.click()
    assert "No receipt printer" in bare.banner.text()


def test_the_printer_settings_tab_chooses_installed_printers_per_station(office, spooler, tmp_path, qtbot):
    from suite.config import Settings
    from suite_plugins.orders.ui.printers import PrinterSettings

    ctx = _station_ctx(office, tmp_path, receipt_printer="tcp://192.168.1.60:9100")
    assert "orders.printers" in {p.id for p in office.ctx.host.settings_pages()}
    page = PrinterSettings(ctx)
    qtbot.addWidget(page)
    kitchen = page.combos["receipt_printer_kitchen"]
    assert [kitchen.itemText(i) for i in range(kitchen.count())][1:] == ["Bar GP-L80", "Kitchen XP-80"]
    assert page.combos["receipt_printer"].currentText() == "tcp://192.168.1.60:9100"
    kitchen.setCurrentIndex(kitchen.findData("win:Kitchen XP-80"))
    cashier = page.combos["receipt_printer_cashier"]
    cashier.setCurrentIndex(cashier.findData("win:Bar GP-L80"))
    page.grab().save(str(tmp_path / "printers.png"))
    page.save()
    saved = Settings.load(tmp_path / "settings.toml").plugin("orders")
    assert saved["receipt_printer_kitchen"] == "win:Kitchen XP-80" and saved["receipt_printer_cashier"] == "win:Bar GP-L80"
    assert "receipt_printer_table" not in saved and saved["receipt_columns"] == 48
    assert tickets.station_printers(ctx) == {"kitchen": "win:Kitchen XP-80", "cashier": "win:Bar GP-L80",
                                             "table": "tcp://192.168.1.60:9100"}
    # a mistyped target is refused with its field; nothing is written
    page.combos["receipt_printer_table"].setEditText("tcp://192.168.1.60")
    with pytest.raises(ValidationError) as err:
        page.save()
    assert "receipt_printer_table" in err.value.fields
    assert "receipt_printer_table" not in Settings.load(tmp_path / "settings.toml").plugin("orders")
    assert not page.test_page() and "tcp://address:9100" in page.banner.text()
    page.combos["receipt_printer_table"].setCurrentIndex(0)
    page.combos["receipt_printer"].setEditText("")
    page.combos["receipt_printer"].setCurrentIndex(0)
    spooler.jobs.clear()
    assert page.test_page()
    assert sorted(n for n, _d, _doc in spooler.jobs) == ["Bar GP-L80", "Kitchen XP-80"]
