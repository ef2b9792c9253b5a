"""Restaurant tickets as ESC/POS bytes (GB18030 Chinese, three copies) and their delivery to
a receipt printer (a real TCP socket standing in for a network printer)."""

from __future__ import annotations

import socket
import threading

import pytest

from suite.plugin_api import UserError
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
