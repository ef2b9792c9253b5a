"""The inventory's printed documents: the stocktake count sheet, the purchase order, the
supplier scorecards with their ranking, and the purchase inspection ledger (进货查验台账).
Data come from the services; this module only lays them out."""

from __future__ import annotations

from decimal import Decimal

from suite.plugin_api.i18n import domain
from suite_plugins.inventory.services import purchasing, queries, scorecard, stocktake
from suite_plugins.inventory.services.stock import fmt_qty

T = domain("inventory")


def count_sheet(ctx, params, doc) -> list:
    sheet = stocktake.get(ctx, int(params["stocktake_id"]))
    doc.subtitle = T("{location} · counted on {day}", location=sheet.location_name, day=sheet.counted_on.isoformat())
    out = [doc.key_values([(T("Location"), sheet.location_name), (T("Count date"), doc.date(sheet.counted_on)),
                           (T("Lines"), str(len(sheet.lines))),
                           (T("Expected quantities"), T("shown") if sheet.show_expected else T("hidden"))], columns=2)]
    header = [T("Code"), T("Item"), T("Batch"), T("Expiry"), T("Unit")]
    if sheet.show_expected:
        header.append(T("Expected"))
    header += [T("Counted"), T("Note")]
    rows = []
    for line in sheet.lines:
        row = [line.item_code, line.item_name, line.batch_code, doc.date(line.expiry) if line.expiry else "—", line.unit]
        if sheet.show_expected:
            row.append(fmt_qty(line.expected) if line.expected is not None else "")
        row += ["", ""]
        rows.append(row)
    widths = (1.2, 3, 2, 1.5, 0.8) + ((1.2,) if sheet.show_expected else ()) + (1.5, 2)
    # a larger type gives taller rows: the counts are written in by hand
    out += doc.table(header, rows, col_widths=widths, font_size=11, empty_text=T("Nothing on the books here."))
    out.append(doc.spacer(8))
    out.append(doc.paragraph(T("Counted by: ____________    Checked by: ____________    Date: ____________")))
    return out


def purchase_order(ctx, params, doc) -> list:
    po = purchasing.get_po(ctx, int(params["po_id"]))
    doc.subtitle = T("{number} · {supplier}", number=po.number, supplier=po.supplier_name)
    out = [doc.key_values([(T("Purchase order"), po.number), (T("Supplier"), po.supplier_name),
                           (T("Ordered on"), doc.date(po.ordered_on)),
                           (T("Expected delivery"), doc.date(po.expected_on) if po.expected_on else "—"),
                           (T("Status"), po.status_label)], columns=2)]
    rows = [[l.item_name, fmt_qty(l.quantity), l.unit, l.unit_price, (l.quantity * l.unit_price).quantize(Decimal("0.01"))]
            for l in po.lines]
    out += doc.table([T("Item"), T("Quantity"), T("Unit"), T("Unit price"), T("Amount")], rows,
                     col_widths=(4, 1.2, 1, 1.5, 1.5), numbers=(1,), money=(3, 4),
                     total=[T("Total"), "", "", "", po.total])
    if po.notes:
        out.append(doc.paragraph(po.notes))
    out.append(doc.spacer(8))
    out.append(doc.paragraph(T("Deliver with the product inspection report and the invoice (索证索票). Goods "
                               "failing the incoming inspection are returned.")))
    return out


def scorecards(ctx, params, doc) -> list:
    period = params["period"]
    cards = scorecard.ranking(ctx, period.start, period.end)
    doc.subtitle = T("{start} to {end}", start=period.start.isoformat(), end=period.end.isoformat())
    ws = scorecard.weights(ctx)
    out = [doc.heading(T("Ranking")),
           doc.paragraph(T("Weights: {weights}", weights=" · ".join(f"{w.label} {w.weight_text}" for w in ws if w.active)))]
    labels = [f.label for f in cards[0].figures] if cards else []
    rows = [[n, c.supplier_name, c.receipts, *[f"{f.value} ({f.score})" if f.available else "—" for f in c.figures],
             "—" if c.score is None else str(c.score), c.standing_label] for n, c in enumerate(cards, 1)]
    out += doc.table(["#", T("Supplier"), T("Receipts"), *labels, T("Score"), T("Standing")], rows,
                     col_widths=(0.4, 2.6, 0.9, 1.3, 1.3, 1.3, 1.3, 0.8, 1.2), numbers=(0, 2, 7),
                     empty_text=T("No suppliers."), font_size=8)
    scored = [c for c in cards if c.score is not None][:12]
    if scored:
        out.append(doc.bar_chart([c.supplier_name for c in scored],
                                 {str(T("Score")): [float(c.score) for c in scored]},
                                 title=T("Score per supplier"), height_mm=55))
    for c in scored:
        out.append(doc.needs_room(55))
        out.append(doc.heading(T("{name}: {score} · {standing}", name=c.supplier_name, score=str(c.score),
                                 standing=c.standing_label), level=2))
        frows = [[f.label, f.weight, f.value, f.score if f.available else "—",
                  ", ".join(str(i) for i in f.record_ids[:12]) + (" …" if len(f.record_ids) > 12 else "")]
                 for f in c.figures]
        out += doc.table([T("Criterion"), T("Weight"), T("Measured"), T("Score"), T("Records")], frows,
                         col_widths=(2.5, 0.8, 1.2, 0.8, 4), numbers=(1, 3), font_size=8)
    return out


def inspection_ledger(ctx, params, doc) -> list:
    period = params["period"]
    rows = queries.inspection_ledger(ctx, period.start, period.end)
    doc.subtitle = T("{start} to {end} · {n} lines", start=period.start.isoformat(), end=period.end.isoformat(),
                     n=len(rows))
    table = [[doc.date(r.received_on), r.supplier, r.contact, r.item, r.batch,
              doc.date(r.production_date) if r.production_date else "—", doc.date(r.expiry) if r.expiry else "—",
              f"{fmt_qty(r.quantity)} {r.unit}", T("yes") if r.certificates else T("no"),
              queries.LEDGER_DECISIONS[r.decision] if not r.remark else
              f"{queries.LEDGER_DECISIONS[r.decision]}: {r.remark}", r.inspector] for r in rows]
    out = [doc.paragraph(T("Every receipt line with the supplier's licence and the product's inspection report "
                           "checked (索证索票). Kept at least six months beyond the shelf life, two years where "
                           "there is none."))]
    out += doc.table([T("Date"), T("Supplier"), T("Contact"), T("Product"), T("Batch"), T("Production date"),
                      T("Expiry"), T("Quantity"), T("Certificates"), T("Inspection"), T("Inspector")], table,
                     col_widths=(1.3, 2.1, 1, 1.8, 1.6, 1.3, 1.3, 1.1, 1.25, 1.95, 1), font_size=7.5,
                     empty_text=T("No receipts in the period."))
    return out
