"""The order desk's printed reports: route sheets, deposit statements, kitchen tickets, the
daily close and the monthly summary. Each ``build(ctx, params, doc)`` gets its data from the
services and only lays it out."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from suite.plugin_api import NotFound, ValidationError
from suite.plugin_api.i18n import domain

T = domain("orders")

ZERO = Decimal("0.00")


WEEKDAYS = (T("Mon"), T("Tue"), T("Wed"), T("Thu"), T("Fri"), T("Sat"), T("Sun"))


def _local_time(ctx, value: dt.datetime | None) -> str:
    return ctx.to_local(value).strftime("%H:%M") if value else ""


# ---------------------------------------------------------------------------- route sheet


def route_sheet(ctx, params: dict, doc) -> list:
    """One page (or more) per driver: stops in order, address, phone, items, buckets to
    deliver, empties expected, buckets the customer holds, amount to collect, a signature
    box per stop, and the driver's and dispatcher's signatures."""
    from reportlab.platypus import Spacer

    from suite_plugins.orders.services import dispatch

    day: dt.date = params["day"]
    driver = params.get("driver")
    if driver:
        sheets = [dispatch.route_sheet(ctx, day, driver)]
    else:
        sheets = [s for s in dispatch.board(ctx, day).sheets if s.stops]
    doc.subtitle = str(T("Delivery day {day}", day=day.isoformat()))
    story: list = []
    if not sheets:
        story.append(doc.note(T("No stops are planned for this day.")))
    for n, sheet in enumerate(sheets):
        if n:
            story.append(doc.page_break())
        story.append(doc.heading(T("{driver} · vehicle {plate}", driver=sheet.driver, plate=sheet.plate or "—")))
        story.append(doc.key_values([
            (T("Driver's phone"), sheet.driver_phone),
            (T("Stops"), doc.number(len(sheet.stops))),
            (T("Buckets to deliver"), f"{sheet.buckets} / {sheet.capacity}"),
            (T("Empties expected"), doc.number(sheet.empties)),
            (T("To collect"), doc.money(sheet.amount)),
        ], columns=5))
        story.append(doc.spacer(2))
        signature_box = Spacer(1, 9 * doc.mm)
        rows = []
        for stop in sheet.stops:
            rows.append((
                stop.stop_seq or "", f"{stop.number}\n{_local_time(ctx, stop.promised_at)}",
                stop.customer_name + (f"\n{T('(standing order)')}" if stop.standing else ""),
                f"{stop.address}\n{stop.phone}", stop.items + (f"\n{stop.notes}" if stop.notes else ""),
                stop.buckets, stop.empties_expected, stop.buckets_held, stop.amount_to_collect, signature_box,
            ))
        story += doc.table(
            [T("No."), T("Order / promised"), T("Customer"), T("Address / phone"), T("Items"), T("Buckets"),
             T("Empties"), T("Holds"), T("To collect"), T("Customer's signature")],
            rows, col_widths=(3, 9, 8, 20, 16, 5, 5, 5, 8, 14), money=[8], numbers=[5, 6, 7],
            total=["", "", "", "", T("Total"), sheet.buckets, sheet.empties, "", sheet.amount, ""],
            empty_text=T("No stops."))
        story.append(doc.spacer(8))
        story.append(doc.key_values([
            (T("Driver's signature"), "______________________"),
            (T("Dispatcher's signature"), "______________________"),
            (T("Cash handed in"), "¥ ____________"),
        ], columns=3))
    return story


# ---------------------------------------------------------------------------- deposits


def deposit_statement(ctx, params: dict, doc) -> list:
    from suite_plugins.orders.services import deposits

    period = params.get("period")
    start = period.start if period else None
    end = period.end + dt.timedelta(days=1) if period else None
    st = deposits.statement(ctx, params["customer"], start, end)
    doc.subtitle = st.customer_name
    story = [doc.key_values([
        (T("Customer"), st.customer_name),
        (T("Phone"), st.phone),
        (T("Address"), st.address),
        (T("Opening: buckets held"), doc.number(st.opening.buckets_held)),
        (T("Opening: deposit held"), doc.money(st.opening.deposit_held)),
        (T("Entries"), doc.number(len(st.lines))),
    ]), doc.spacer(3)]
    story += doc.table(
        [T("Date"), T("Entry"), T("Order"), T("Buckets"), T("Deposit"), T("Buckets held"), T("Deposit held"), T("Note")],
        [(ln.at, ln.kind_label, ln.order_number, f"{ln.buckets:+d}" if ln.buckets else "", ln.amount if ln.amount else None,
          ln.buckets_after, ln.deposit_after, ln.note) for ln in st.lines],
        col_widths=(11, 11, 11, 6, 7, 6, 8, 12), money=[4, 6], numbers=[3, 5],
        empty_text=T("No deposit entries in this period."))
    story.append(doc.spacer(4))
    story.append(doc.key_values([
        (T("Closing: buckets held"), doc.number(st.closing.buckets_held)),
        (T("Closing: deposit held"), doc.money(st.closing.deposit_held)),
    ], columns=2))
    story.append(doc.spacer(10))
    story.append(doc.key_values([(T("Customer's signature"), "______________________"),
                                 (T("Date"), "______________________")], columns=2))
    return story


# ---------------------------------------------------------------------------- kitchen ticket


def _ticket_order(ctx, params: dict):
    from suite_plugins.orders import api
    from suite_plugins.orders.services import tickets

    raw = str(params["order"]).strip()
    ref = api.find_order(ctx, raw)
    if ref is None and raw.isdigit():
        try:
            ref = api.get_order(ctx, int(raw))
        except NotFound:
            ref = None
    if ref is None:
        raise ValidationError(fields={"order": T("There is no order {number}.", number=raw)})
    return tickets.ticket(ctx, ref.id)


def kitchen_ticket(ctx, params: dict, doc) -> list:
    """The ticket in three copies (kitchen, cashier, table): on A5 one copy per page, on an
    80 mm roll one after the other with a tear line."""
    from suite_plugins.orders.services.tickets import COPIES

    t = _ticket_order(ctx, params)
    doc.show_params = False
    doc.title = str(T("Order ticket"))
    doc.subtitle = t.number
    story: list = []
    for n, (code, copy_title) in enumerate(COPIES):
        if n:
            story.append(doc.paragraph(T("- - - - - tear here - - - - -"), "note") if doc.compact else doc.page_break())
            if doc.compact:
                story.append(doc.spacer(4))
        story.append(doc.paragraph(copy_title, "title"))
        where = T("Table {table} · {n} guests", table=t.table_no, n=t.guests or 0) if t.table_no else \
            T("Walk-in") if t.channel == "walk_in" else T("Delivery")
        story.append(doc.paragraph(where, "heading"))
        story.append(doc.key_values([
            (T("Order"), t.number),
            (T("Time"), t.at.strftime("%Y-%m-%d %H:%M")),
            (T("Taken by"), t.clerk or "—"),
        ], columns=1 if doc.compact else 3))
        story.append(doc.spacer(2))
        if code == "kitchen":
            story += doc.table([T("Dish"), T("Qty"), T("Notes")],
                               [(ln.name, ln.quantity, ln.notes) for ln in t.lines],
                               col_widths=(6, 2, 5), numbers=[1], font_size=None if doc.compact else 12)
        else:
            story += doc.table([T("Dish"), T("Qty"), T("Amount")],
                               [(ln.name, ln.quantity, ln.amount) for ln in t.lines],
                               col_widths=(6, 2, 4), numbers=[1], money=[2],
                               total=[T("Total"), sum(ln.quantity for ln in t.lines), t.total])
        if t.notes:
            story.append(doc.paragraph(T("Notes: {notes}", notes=t.notes), "heading"))
        story.append(doc.paragraph(f"#{t.seq}", "title"))
    return story


# ---------------------------------------------------------------------------- daily close


def daily_close(ctx, params: dict, doc) -> list:
    from suite_plugins.orders.services import close
    from suite_plugins.orders.services.common import METHOD_LABELS, STATUS_LABELS, label

    day: dt.date = params["day"]
    s = close.day_summary(ctx, day)
    doc.subtitle = day.isoformat() + " · " + (str(T("closed")) if s.closed else str(T("not closed yet")))
    story = [doc.key_values([
        (T("Orders taken"), doc.number(s.orders_taken)),
        (T("Delivered / served"), doc.number(s.delivered)),
        (T("Late"), doc.number(s.late)),
        (T("Money taken"), doc.money(s.amount_total)),
        (T("Deposits collected"), doc.money(s.deposits_collected)),
        (T("Deposits refunded"), doc.money(s.deposits_refunded)),
        (T("Cash expected"), doc.money(s.cash_expected)),
        (T("Cash handed in"), doc.money(s.cash_handed_in)),
        (T("Still out"), doc.number(s.still_out)),
    ])]
    if s.closed:
        story.append(doc.note(T("Closed {time} by {name}. {notes}", time=doc.datetime(s.closed_at), name=s.closed_by,
                                notes=s.notes)))
    story.append(doc.heading(T("Money by payment method")))
    methods = [(label(METHOD_LABELS, m), v) for m, v in s.by_method.items()]
    if any(v for _, v in methods):
        story.append(doc.pie_chart([(name, v) for name, v in methods if v], value_format=doc.money, height_mm=45))
    story += doc.table([T("Method"), T("Amount")], methods, money=[1], col_widths=(3, 2),
                       total=[T("Total"), s.amount_total])
    story.append(doc.heading(T("Orders by state")))
    story += doc.table([T("State"), T("Orders")], [(label(STATUS_LABELS, k), v) for k, v in s.by_status.items()],
                       numbers=[1], col_widths=(3, 2), total=[T("Total"), s.orders_taken])
    story.append(doc.needs_room(40))
    story.append(doc.heading(T("Cash by driver")))
    story += doc.table(
        [T("Driver"), T("Deliveries"), T("Buckets"), T("Empties"), T("Other methods"), T("Cash expected"),
         T("Handed in"), T("Difference"), T("Note")],
        [(d.driver, d.deliveries, d.buckets, d.empties, d.other_methods, d.cash_expected, d.handed_in, d.difference,
          d.note) for d in s.drivers],
        numbers=[1, 2, 3], money=[4, 5, 6, 7], col_widths=(9, 7, 6, 6, 9, 9, 8, 8, 11),
        total=[T("Total"), sum(d.deliveries for d in s.drivers), sum(d.buckets for d in s.drivers),
               sum(d.empties for d in s.drivers), sum((d.other_methods for d in s.drivers), ZERO), s.cash_expected,
               s.cash_handed_in, sum((d.difference for d in s.drivers if d.difference is not None), ZERO), ""],
        empty_text=T("Nobody delivered or handed in cash this day."))
    story.append(doc.heading(T("Cancellations")))
    story += doc.table([T("Order"), T("Customer"), T("Reason"), T("By"), T("Time")],
                       [(c.number, c.customer_name, c.reason, c.username, doc.time(c.at)) for c in s.cancellations],
                       col_widths=(5, 5, 14, 4, 3), empty_text=T("No order was cancelled."))
    if s.adjustments:
        story.append(doc.heading(T("Adjustments")))
        story += doc.table([T("Order"), T("Amount"), T("Reason"), T("By")],
                           [(a.number, a.amount_delta, a.reason, a.username) for a in s.adjustments],
                           money=[1], col_widths=(5, 4, 14, 4))
    story.append(doc.spacer(10))
    story.append(doc.key_values([(T("Cashier"), "______________________"), (T("Manager"), "______________________")],
                                columns=2))
    return story


# ---------------------------------------------------------------------------- month


def monthly_summary(ctx, params: dict, doc) -> list:
    from suite_plugins.orders.services import close
    from suite_plugins.orders.services.common import METHOD_LABELS, label

    month = params["month"]
    m = close.month_summary(ctx, month.start)
    doc.subtitle = f"{month}"
    on_time = sum(d.on_time for d in m.drivers)
    deliveries = sum(d.deliveries for d in m.drivers)
    story = [doc.key_values([
        (T("Orders taken"), doc.number(m.orders_taken)),
        (T("Delivered / served"), doc.number(m.delivered)),
        (T("Cancelled"), doc.number(m.cancelled)),
        (T("Completion rate"), doc.percent((m.delivered / m.orders_taken) if m.orders_taken else None)),
        (T("Delay rate (drivers)"), doc.percent(1 - on_time / deliveries if deliveries else None)),
        (T("Money taken"), doc.money(m.amount)),
        (T("Days closed"), f"{sum(1 for d in m.days if d.closed)} / {len(m.days)}"),
    ])]
    shown = [d for d in m.days if d.day <= ctx.today()]
    story.append(doc.bar_chart([(d.day.strftime("%d"), d.amount) for d in shown], title=T("Money taken per day (¥)"),
                               value_format=lambda v: f"{v:,.0f}", height_mm=50))
    story.append(doc.heading(T("Per day")))
    methods = list(m.by_method)
    story += doc.table(
        [T("Day"), T("Taken"), T("Delivered"), T("Cancelled"), T("Late"),
         *[label(METHOD_LABELS, k) for k in methods], T("Total"), T("Closed")],
        [(f"{d.day:%m-%d} {WEEKDAYS[d.day.weekday()]}", d.orders_taken, d.delivered, d.cancelled, d.late,
          *[d.by_method.get(k, ZERO) for k in methods], d.amount, "✓" if d.closed else "") for d in m.days],
        numbers=[1, 2, 3, 4], money=list(range(5, 6 + len(methods))),
        total=[T("Total"), m.orders_taken, m.delivered, m.cancelled, m.late,
               *[m.by_method.get(k, ZERO) for k in methods], m.amount, ""])
    story.append(doc.needs_room(50))
    story.append(doc.heading(T("Per driver")))
    story += doc.table(
        [T("Driver"), T("Deliveries"), T("On time"), T("On-time rate"), T("Buckets"), T("Empties"), T("Amount")],
        [(d.driver, d.deliveries, d.on_time, doc.percent(d.on_time_rate), d.buckets, d.empties, d.amount)
         for d in m.drivers],
        numbers=[1, 2, 4, 5], money=[6], align={3: "right"}, empty_text=T("No deliveries this month."))
    return story
