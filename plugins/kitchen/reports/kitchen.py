"""The kitchen's reports: the inspector pack of a date range, the monthly kitchen summary with
charts, and the blank daily kitchen sheet for the paper fall-back. Data from
``services.inspection``; this module only lays them out."""

from __future__ import annotations

from suite.plugin_api.i18n import domain
from suite_plugins.kitchen import codes
from suite_plugins.kitchen.services import inspection

T = domain("kitchen")
RED = "#a50e0e"


def _red(doc, text: str):
    return doc.paragraph(f'<font color="{RED}"><b>{_esc(text)}</b></font>', "cell", markup=True)


def _esc(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(doc, header, rows, *, empty_text=None, **kw) -> list:
    """A table, or only its note when there is no row (an empty table cannot be split across
    pages by the framework's paged table)."""
    rows = list(rows)
    if not rows:
        return [doc.note(empty_text)] if empty_text is not None else []
    return doc.table(header, rows, **kw)


def _hm(ctx, value) -> str:
    return "" if value is None else ctx.to_local(value).strftime("%H:%M")


def _dt(ctx, value) -> str:
    return "" if value is None else ctx.to_local(value).strftime("%m-%d %H:%M")


def inspector_pack(ctx, params, doc) -> list:
    period = params["period"]
    data = inspection.pack(ctx, period.start, period.end)
    doc.subtitle = T("{start} to {end} · every kitchen record, day by day", start=period.start.isoformat(),
                     end=period.end.isoformat())
    out: list = []
    names = {e.id: e for e in data.equipment}
    for n, day in enumerate(data.days):
        if n:
            out.append(doc.page_break())
        out.extend(_pack_day(ctx, doc, day, names))
    return out


def _pack_day(ctx, doc, day: inspection.PackDay, equipment) -> list:
    out: list = [doc.heading(T("{day} ({weekday})", day=day.day.isoformat(), weekday=codes.WEEKDAYS[day.day.weekday()]))]
    if day.signed:
        signed_at, signer, amendments = day.signed
        out.append(doc.paragraph(T("Signed by {who} at {time}.", who=signer, time=_dt(ctx, signed_at))))
    else:
        amendments = ()
        out.append(_red(doc, T.now("Not signed.")))
    # checklists
    out.append(doc.heading(T("Checklists"), level=2))
    rows = []
    for r in day.runs:
        status = codes.label(codes.RUN_STATUSES, r.status)
        results = day.results.get(r.run_id, []) if r.run_id else []
        failed = [x.text for x in results if not x.ok]
        detail = r.missed_note or ("; ".join(f"{x.text}: {x.value}" for x in results if x.kind != "yes_no")) or ""
        if failed:
            detail = (detail + " " if detail else "") + str(T("Not passed: {items}", items="、".join(failed)))
        bad = r.status in ("missed", "overdue") or bool(failed)
        rows.append([f"{_hm(ctx, r.start)}-{_hm(ctx, r.end)}", r.template_name + (f" · {r.label}" if r.label else ""),
                     _red(doc, status) if bad else status, _hm(ctx, r.completed_at), r.staff_name,
                     _red(doc, detail) if failed else detail])
    out += _table(doc, [T("Window"), T("Checklist"), T("Status"), T("Done at"), T("By"), T("Results / note")], rows,
                     col_widths=(1.1, 2.4, 1, 0.8, 1, 4), font_size=8, empty_text=T("No checklist was due."))
    # temperature grid: equipment x readings, out-of-range highlighted with their actions
    out.append(doc.heading(T("Temperatures"), level=2))
    by_eq: dict[int, list] = {}
    for x in day.readings:
        by_eq.setdefault(x.equipment_id, []).append(x)
    rows = []
    actions = []
    for eid, xs in by_eq.items():
        e = equipment.get(eid)
        cells = []
        for x in xs:
            label = f"{_hm(ctx, x.taken_at)} {x.value}" + ("*" if x.recheck_of_id else "")
            cells.append(f'<font color="{RED}"><b>{_esc(label)}</b></font>' if x.out_of_range else label)
            if x.out_of_range and x.recheck_of_id is None:
                recheck = next((y for y in xs if y.recheck_of_id == x.id), None)
                actions.append([e.name if e else "", _red(doc, f"{_hm(ctx, x.taken_at)} {x.value} °C"), x.limits_text,
                                x.corrective_action, x.action_staff_name,
                                f"{_hm(ctx, recheck.taken_at)} {recheck.value} °C" if recheck else _red(doc, T.now("none"))])
        # a paragraph (costly to lay out) only where a reading is highlighted; plain text otherwise
        marked = any(x.out_of_range for x in xs)
        rows.append([e.name if e else "", e.limits_text if e else "",
                     doc.paragraph("&nbsp;&nbsp; ".join(cells), "cell", markup=True) if marked else "  ".join(cells)])
    out += _table(doc, [T("Equipment"), T("Limits"), T("Readings (time °C; * re-check)")], rows,
                     col_widths=(1.5, 1.2, 7), font_size=8, empty_text=T("No reading."))
    if actions:
        out.append(doc.paragraph(T("Out-of-range readings and their corrective actions"), "small"))
        out += _table(doc, [T("Equipment"), T("Reading"), T("Limits"), T("Corrective action"), T("By"), T("Re-check")],
                         actions, col_widths=(1.5, 1.2, 1.1, 4, 1, 1.3), font_size=8)
    # samples
    out.append(doc.heading(T("Food samples"), level=2))
    rows = [[_hm(ctx, s.sampled_at), s.meal_label, s.batch, s.dish, f"{s.weight_g} g", s.sampled_by, s.fridge,
             _dt(ctx, s.keep_until), _dt(ctx, s.disposed_at), s.disposed_by] for s in day.samples]
    out += _table(doc, [T("Time"), T("Meal"), T("Batch"), T("Dish"), T("Weight"), T("Sampled by"), T("Kept in"),
                      T("Keep until"), T("Disposed at"), T("Disposed by")], rows, font_size=8,
                     empty_text=T("No sample taken."))
    if day.disposals:
        out.append(doc.paragraph(T("Disposed of this day: {items}", items="、".join(
            f"{s.dish} ({s.day.isoformat()}) {_hm(ctx, s.disposed_at)} {s.disposed_by}" for s in day.disposals)), "small"))
    # health checks
    out.append(doc.heading(T("Morning health checks"), level=2))
    rows = [[c.staff_name, _hm(ctx, c.checked_at), f"{c.temperature} °C" if c.temperature else "", c.symptoms_text,
             T.now("Fit") if c.fit else _red(doc, T.now("Not fit")),
             codes.label(codes.HEALTH_ACTIONS, c.action) if c.action else "",
             c.checked_by] for c in day.checks]
    out += _table(doc, [T("Staff member"), T("Time"), T("Temperature"), T("Symptoms"), T("Food handling"), T("Action"),
                      T("Checked by")], rows, font_size=8, empty_text=T("No health check recorded."))
    # anomalies
    out.append(doc.heading(T("Anomalies"), level=2))
    rows = [[_hm(ctx, a.occurred_at), a.kind_label, a.title, "、".join(x for x in (a.dish, a.batch_code, a.supplier_name)
                                                                       if x), a.responsible or a.department,
             a.corrective_action, codes.label(codes.ANOMALY_STATUSES, a.status)] for a in day.anomalies]
    out += _table(doc, [T("Time"), T("Kind"), T("What was found"), T("Dish / batch / supplier"), T("Responsible"),
                      T("Corrective action"), T("Status")], rows, col_widths=(0.7, 1.3, 2.5, 2, 1, 3, 0.8), font_size=8,
                     empty_text=T("No anomaly."))
    if day.log:
        out.append(doc.heading(T("Cleaning and maintenance"), level=2))
        rows = [[codes.label(codes.LOG_KINDS, x.kind), x.area or x.equipment, x.description, x.reported_by,
                 _hm(ctx, x.done_at), x.done_by, x.result] for x in day.log]
        out += _table(doc, [T("Kind"), T("Area / equipment"), T("What"), T("Reported by"), T("Done at"), T("Done by"),
                          T("Result")], rows, font_size=8)
    if amendments:
        out.append(doc.heading(T("Amendments after signing"), level=2))
        out += _table(doc, [T("When"), T("Who"), T("Reason"), T("What changed")],
                         [[_dt(ctx, a.at), a.user_name, _red(doc, a.reason), a.change] for a in amendments], font_size=8)
    return out


def monthly(ctx, params, doc) -> list:
    month = params["month"]
    m = inspection.month_summary(ctx, month.year, month.month)
    doc.subtitle = T("{month} · kitchen records of the month", month=f"{month.year}-{month.month:02d}")
    share = (m.runs_on_time / m.runs_total) if m.runs_total else None
    out: list = [doc.heading(T("Key figures")), doc.key_values([
        (T("Checklists due"), str(m.runs_total)),
        (T("Done on time"), f"{m.runs_on_time} ({doc.percent(share) if share is not None else '—'})"),
        (T("Done late / missed"), f"{m.runs_late} / {m.runs_missed}"),
        (T("Temperature readings"), str(m.readings_total)),
        (T("Outside the limits"), str(sum(n for _, n in m.out_of_range))),
        (T("Food samples kept"), f"{m.samples} ({T.now('{n} disposed of late', n=m.samples_late_disposal)})"),
        (T("Morning health checks"), f"{m.checks} ({T.now('{n} not fit for food handling', n=m.unfit)})"),
        (T("Anomalies"), f"{sum(n for _, n in m.anomalies_by_kind)} ({T.now('{n} still open', n=m.anomalies_open)})"),
        (T("Days signed"), f"{m.days_signed} / {len(m.on_time_by_day)}"),
        (T("Amendments after signing"), str(m.amendments)),
    ], columns=2)]
    out.append(doc.heading(T("Checklists on time, day by day")))
    out.append(doc.bar_chart([(d.strftime("%d"), round(v * 100, 1) if v is not None else 0) for d, v in m.on_time_by_day],
                             title=T("Share of checklists done on time (%)")))
    out.append(doc.heading(T("Out-of-range readings per equipment")))
    out.append(doc.bar_chart(m.out_of_range or [(T.now("none"), 0)], title=T("Readings outside the limits"),
                             horizontal=True))
    out.append(doc.keep_together([doc.heading(T("Anomalies by kind")),
                                  doc.pie_chart(m.anomalies_by_kind) if m.anomalies_by_kind
                                  else doc.note(T("No anomaly this month."))]))
    out.append(doc.heading(T("Monthly inspection")))
    out += _table(doc, [T("Day"), T("Result"), T("Staff")],
                     [[i.on.isoformat(), T.now("Passed") if i.passed else _red(doc, T.now("Failed")), len(i.staff_ids)]
                      for i in m.inspections], empty_text=T("The monthly inspection was not recorded."))
    return out


def daily_sheet(ctx, params, doc) -> list:
    day = params["day"]
    sheet = inspection.daily_sheet(ctx, day)
    doc.subtitle = T("{day} ({weekday}) · to fill in by hand and key in later", day=day.isoformat(),
                     weekday=codes.WEEKDAYS[day.weekday()])
    out: list = [doc.heading(T("Checklists"))]
    for r in sheet.runs:
        items = sheet.items.get(r.template_id, ())
        out.append(doc.paragraph(T("{name} · due {start}-{end} · done at ____ by ________",
                                   name=r.template_name + (f" · {r.label}" if r.label else ""),
                                   start=_hm(ctx, r.start), end=_hm(ctx, r.end)), "small"))
        out += _table(doc, [T("Item"), T("Kind"), T("Result")],
                         [[i.text, codes.label(codes.ITEM_KINDS, i.kind), "□ " + T.now("yes") + "  □ " + T.now("no")
                           if i.kind == "yes_no" else ""] for i in items], col_widths=(5, 1.5, 2.5), font_size=8)
    out.append(doc.heading(T("Temperatures")))
    out += _table(doc, [T("Equipment"), T("Location"), T("Limits"), T("Morning °C"), T("Afternoon °C"),
                      T("Out of range: action, by, re-check")],
                     [[e.name, e.location, e.limits_text, "", "", ""] for e in sheet.equipment],
                     col_widths=(1.6, 1.2, 1.2, 1, 1, 4), font_size=9)
    out.append(doc.heading(T("Food samples")))
    out += _table(doc, [T("Meal"), T("Dish"), T("Weight (g)"), T("Sampled at"), T("By"), T("Kept in"), T("Disposed at / by")],
                     [[" \n "] + [""] * 6 for _ in range(sheet.sample_rows)], font_size=9,
                     col_widths=(1, 2, 1, 1, 1, 1.2, 2))
    out.append(doc.heading(T("Morning health checks")))
    out += _table(doc, [T("Staff member"), T("Temperature"), T("Symptoms"), T("Fit for food handling"), T("Action"),
                      T("Checked by")], [[p.name + "\n ", "", "", "□ " + T.now("yes") + "  □ " + T.now("no"), "", ""]
                                         for p in sheet.handlers], font_size=9, col_widths=(1.5, 1, 2.5, 1.6, 1.8, 1.2))
    out.append(doc.paragraph(T("Reviewed and signed by the quality controller: ______________  time: ________")))
    return out


def sample_labels(ctx, params, doc) -> list:
    """A label per food sample of a day (dish, meal, date and time, who, keep until), two to a
    row, to cut out and stick on the sample containers."""
    from suite_plugins.kitchen.services import samples

    day = params["day"]
    rows = samples.samples_between(ctx, day, day)
    doc.subtitle = T("{day} · {n} samples", day=day.isoformat(), n=len(rows))
    labels = [doc.key_values([(T("Dish"), s.dish), (T("Meal"), f"{s.meal_label} {s.batch}".strip()),
                              (T("Sampled at"), ctx.to_local(s.sampled_at).strftime("%Y-%m-%d %H:%M")),
                              (T("Sampled by"), s.sampled_by), (T("Weight"), f"{s.weight_g} g"),
                              (T("Keep until"), ctx.to_local(s.keep_until).strftime("%Y-%m-%d %H:%M"))], columns=1)
              for s in rows]
    if not labels:
        return [doc.note(T("No sample taken."))]
    pairs = [labels[i:i + 2] + [""] * (2 - len(labels[i:i + 2])) for i in range(0, len(labels), 2)]
    return doc.table([T("Food sample label"), T("Food sample label")], pairs, zebra=False)
