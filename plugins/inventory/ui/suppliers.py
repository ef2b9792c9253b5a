"""Suppliers with their licences and qualification; the scorecards and the ranking."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from suite.plugin_api.ui import open_report_dialog
from suite_plugins.inventory import permissions as P
from suite_plugins.inventory.services import queries, scorecard, suppliers, trace
from suite_plugins.inventory.ui.common import FormDialog, ListPage, esc


class SuppliersPage(ListPage):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, self.tr("Suppliers and licences"), queries.supplier_list(ctx), parent)
        self.add_button("suspend", self.tr("Suspend…"), self.suspend, ctx.can(P.MANAGE))

    def render(self, key) -> str:
        v = suppliers.get_supplier(self.ctx, key)
        q = v.qualification
        if v.suspended:
            state = f"<p style='color:#a50e0e'><b>{esc(self.tr('Suspended'))}</b>: {esc(v.suspend_reason)}</p>"
        elif q.qualified:
            state = f"<p style='color:#0d652d'><b>{esc(self.tr('Qualified'))}</b></p>"
        else:
            state = (f"<p style='color:#a50e0e'><b>{esc(self.tr('Not qualified'))}</b>: "
                     f"{'<br>'.join(esc(r) for r in q.reasons)}</p>")
        warn = "".join(f"<p style='color:#8a4b00'>{esc(w)}</p>" for w in q.warnings)
        lic = "".join(f"<tr><td>{esc(l.kind_label)}</td><td>{esc(l.number)}</td><td>{esc(l.issuer)}</td>"
                      f"<td>{esc(l.expires_on or '—')}</td><td>{esc(l.attachment_name)}</td></tr>" for l in v.licences)
        batches = trace.supplier_batches(self.ctx, key)[:15]
        bl = "".join(f"<a href='page:inventory.batches/{b[0]}'>{esc(b[1])}</a> {esc(b[2])} ({esc(b[4] or '—')})<br>"
                     for b in batches)
        return (f"<h3>{esc(v.name)}</h3><p>{esc(v.contact)} {esc(v.phone)}<br>{esc(v.supplies)}</p>{state}{warn}"
                f"<table cellpadding='2' border='1' style='border-collapse:collapse'><tr>"
                f"<th>{esc(self.tr('Licence or certificate'))}</th><th>{esc(self.tr('Number'))}</th>"
                f"<th>{esc(self.tr('Issuer'))}</th><th>{esc(self.tr('Expires'))}</th><th>{esc(self.tr('Scan'))}</th>"
                f"</tr>{lic}</table><p><b>{esc(self.tr('Batches'))}</b><br>{bl or '—'}</p>")

    def suspend(self) -> FormDialog | None:
        key = self.table.current_key()
        if key is None:
            return None
        version = suppliers.get_supplier(self.ctx, key).version
        d = FormDialog(self.tr("Suspend the supplier: no purchase order, no receipt"), self)
        d.line("reason", self.tr("Reason"))
        d.on_ok(lambda: suppliers.suspend(self.ctx, key, reason=d.value("reason"), expected_version=version))
        d.accepted.connect(self.refresh)
        d.open()
        self.dialog = d
        return d


STANDING_COLOURS = {"excellent": "#0d652d", "qualified": "#174ea6", "probation": "#8a4b00", "replace": "#a50e0e",
                    "none": "#5f6368"}


class ScorecardPage(QWidget):
    """Every supplier's score for a month or a quarter, best first; each figure says what it
    was computed from."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_error = ""
        title = QLabel(self.tr("Supplier scorecards"), self)
        title.setObjectName("pageTitle")
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        today = ctx.today()
        self.year = QSpinBox(self)
        self.year.setRange(2020, 2100)
        self.year.setValue(today.year)
        self.period = QComboBox(self)
        self.period.setObjectName("period")
        for q in range(1, 5):
            self.period.addItem(self.tr("Quarter {q}").replace("{q}", str(q)), ("q", q))
        for m in range(1, 13):
            self.period.addItem(self.tr("Month {m}").replace("{m}", str(m)), ("m", m))
        self.period.setCurrentIndex((today.month - 1) // 3)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        printer = QPushButton(self.tr("Print…"), self)
        printer.clicked.connect(lambda: open_report_dialog(ctx, "inventory.scorecard", self))
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.year)
        head.addWidget(self.period)
        head.addWidget(printer)
        self.weights = QLabel(self)
        self.weights.setObjectName("weights")
        self.body = QLabel(self)
        self.body.setObjectName("ranking")
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setMargin(6)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.weights)
        layout.addWidget(scroll, 1)
        self.refresh()

    def bounds(self) -> tuple[dt.date, dt.date]:
        kind, n = self.period.currentData()
        return scorecard.period_bounds(self.year.value(), **({"quarter": n} if kind == "q" else {"month": n}))

    def refresh(self) -> None:
        start, end = self.bounds()
        self.cards = scorecard.ranking(self.ctx, start, end)
        ws = scorecard.weights(self.ctx)
        self.weights.setText(self.tr("Weights: ") + " · ".join(f"{w.label} {w.weight_text}" for w in ws if w.active))
        rows = []
        for n, c in enumerate(self.cards, 1):
            figs = "".join(f"<td align='right' title='{esc(', '.join(map(str, f.record_ids)))}'>{esc(f.value)}"
                           f"<br><small>{esc(f.score) if f.available else '—'}</small></td>" for f in c.figures)
            rows.append(f"<tr><td>{n}</td><td><a href='page:inventory.suppliers/{c.supplier_id}'>"
                        f"{esc(c.supplier_name)}</a></td><td align='right'>{c.receipts}</td>{figs}"
                        f"<td align='right'><b>{esc('—' if c.score is None else c.score)}</b></td>"
                        f"<td style='color:{STANDING_COLOURS[c.standing]}'>"
                        f"<b>{esc(c.standing_label)}</b></td></tr>")
        heads = "".join(f"<th>{esc(f.label)}</th>" for f in (self.cards[0].figures if self.cards else ()))
        self.body.setText(f"<p>{esc(start)} – {esc(end)}</p><table cellpadding='4' border='1' "
                          f"style='border-collapse:collapse'><tr><th>#</th><th>{esc(self.tr('Supplier'))}</th>"
                          f"<th>{esc(self.tr('Receipts'))}</th>{heads}<th>{esc(self.tr('Score'))}</th>"
                          f"<th>{esc(self.tr('Standing'))}</th></tr>{''.join(rows)}</table>")
        self.body.linkActivated.connect(self._link) if not getattr(self, "_linked", False) else None
        self._linked = True

    def _link(self, href: str) -> None:
        page, _, key = href.partition(":")[2].partition("/")
        self.ctx.open_page(page, int(key))
