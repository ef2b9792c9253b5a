"""Suppliers with their licences and qualification; the scorecards and the ranking."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from dataclasses import asdict
from pathlib import Path

from suite.plugin_api.i18n import domain
from suite.plugin_api.ui import FormField, open_report_dialog
from suite_plugins.inventory import permissions as P
from suite_plugins.inventory.models import LICENCE_KINDS
from suite_plugins.inventory.services import queries, scorecard, suppliers, trace
from suite_plugins.inventory.ui.common import FormDialog, ListPage, RecordDialog, confirm, esc, run, shortcut_new

T = domain("inventory")


def department_choices(ctx) -> list[tuple[str, str]]:
    from suite.plugin_api import core

    try:
        return [(d.code, d.name) for d in core.list_departments(ctx) if d.code]
    except Exception:  # noqa: BLE001 - without staff.view the built-in departments are offered
        return [(code, str(label)) for code, label in core.BUILTIN_DEPARTMENTS.items()]


def supplier_fields(ctx) -> list[FormField]:
    return [
        FormField("name", T("Name"), required=True, max_length=120, help=T("Searchable by pinyin initials too.")),
        FormField("contact", T("Contact"), max_length=60),
        FormField("phone", T("Phone"), max_length=40),
        FormField("address", T("Address"), max_length=200),
        FormField("supplies", T("Supplies"), max_length=200, placeholder=T("meat, vegetables, packaging...")),
        FormField("food", T("Supplies food (a food licence is required)"), "check", default=True),
        FormField("department", T("Department responsible"), "combo", required=True,
                  choices=department_choices(ctx)),
        FormField("notes", T("Notes"), "text"),
    ]


class LicenceDialog(RecordDialog):
    """A licence or certificate of a supplier, with the scan of the document (kept in the
    database with its fingerprint)."""

    def __init__(self, page, supplier_id: int) -> None:
        from PySide6.QtWidgets import QFileDialog

        self.page, self.supplier_id, self.scan_path = page, supplier_id, None
        ctx = page.ctx
        super().__init__(page, T("Add a licence or certificate"), [
            FormField("kind", T("Licence or certificate"), "combo", required=True,
                      choices=[(k, suppliers.LICENCE_LABELS[k]) for k in LICENCE_KINDS]),
            FormField("number", T("Number"), required=True, max_length=60),
            FormField("issuer", T("Issued by"), max_length=120),
            FormField("expires_on", T("Expires on"), "date",
                      help=T("Licences need it; an inspection report may have none.")),
        ], save=self._save, values={"kind": "food_business"}, width=560)
        bar = QHBoxLayout()
        self.scan_label = QLabel(str(T("No scan chosen.")), self)
        self.scan_label.setObjectName("scanName")
        choose = QPushButton(str(T("Choose the scan…")), self)
        choose.setObjectName("chooseScan")
        choose.setAutoDefault(False)
        choose.clicked.connect(lambda: self.set_scan(QFileDialog.getOpenFileName(
            self, str(T("The scan of the document")), "", str(T("Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)")))[0]))
        bar.addWidget(QLabel(str(T("Scan")), self))
        bar.addWidget(self.scan_label, 1)
        bar.addWidget(choose)
        self.layout().insertLayout(self.layout().count() - 1, bar)
        self.ctx = ctx

    def set_scan(self, path: str | None) -> None:
        self.scan_path = path or None
        self.scan_label.setText(Path(path).name if path else str(T("No scan chosen.")))

    def _save(self, _key, v, _version):
        attachment = None
        if self.scan_path:
            try:
                attachment = (Path(self.scan_path).name, Path(self.scan_path).read_bytes())
            except OSError as exc:
                from suite.plugin_api import ValidationError

                raise ValidationError(T("The scan could not be read: {error}", error=exc.strerror or str(exc))) from None
        version = suppliers.get_supplier(self.ctx, self.supplier_id).version
        return suppliers.add_licence(self.ctx, self.supplier_id, kind=v["kind"], number=v["number"],
                                     issuer=v["issuer"], expires_on=v["expires_on"], expected_version=version,
                                     attachment=attachment)


class SuppliersPage(ListPage):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, self.tr("Suppliers and licences"), queries.supplier_list(ctx), parent)
        buy, manage = ctx.can(P.PURCHASE), ctx.can(P.MANAGE)
        self.add_button("newSupplier", self.tr("New… (Ctrl+N)"), self.new, buy)
        self.add_button("editSupplier", self.tr("Edit…"), self.edit, buy)
        self.add_button("addLicence", self.tr("Add licence…"), self.add_licence, buy)
        self.add_button("suspend", self.tr("Suspend…"), self.suspend, manage)
        self.add_button("reinstate", self.tr("Reinstate"), self.reinstate, manage)
        if buy:
            shortcut_new(self, self.new)

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
                      f"<td>{esc(l.expires_on or '—')}</td><td>{self._scan(l)}</td></tr>" for l in v.licences)
        batches = trace.supplier_batches(self.ctx, key)[:15]
        bl = "".join(f"<a href='page:inventory.batches/{b[0]}'>{esc(b[1])}</a> {esc(b[2])} ({esc(b[4] or '—')})<br>"
                     for b in batches)
        return (f"<h3>{esc(v.name)}</h3><p>{esc(v.contact)} {esc(v.phone)}<br>{esc(v.supplies)}</p>{state}{warn}"
                f"<table cellpadding='2' border='1' style='border-collapse:collapse'><tr>"
                f"<th>{esc(self.tr('Licence or certificate'))}</th><th>{esc(self.tr('Number'))}</th>"
                f"<th>{esc(self.tr('Issuer'))}</th><th>{esc(self.tr('Expires'))}</th><th>{esc(self.tr('Scan'))}</th>"
                f"</tr>{lic}</table><p><b>{esc(self.tr('Batches'))}</b><br>{bl or '—'}</p>")

    @staticmethod
    def _scan(lic) -> str:
        if lic.attachment_id is None:
            return esc(lic.attachment_name) or "—"
        return f"<a href='scan:{lic.id}'>{esc(lic.attachment_name)}</a>"

    def link(self, href: str) -> None:
        if href.startswith("scan:"):
            self.open_scan(int(href[5:]))
        else:
            super().link(href)

    def open_scan(self, licence_id: int):
        """Write the kept scan to a temporary file and open it with the desktop's viewer."""
        import tempfile

        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        result = run(self, suppliers.licence_scan, self.ctx, licence_id)
        if result is None:
            return None
        info, data = result
        path = Path(tempfile.mkdtemp(prefix="suite-scan-")) / info.filename
        path.write_bytes(data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def new(self) -> RecordDialog:
        d = RecordDialog(self, self.tr("New supplier"), supplier_fields(self.ctx),
                         save=lambda _k, v, _ver: suppliers.save_supplier(self.ctx, suppliers.SupplierInput(**v)),
                         values={"food": True, "department": "purchasing"},
                         intro=self.tr("Then add its licences: without a valid business licence (and a food licence "
                                       "for food) no purchase order or receipt is accepted from it."))
        return self._open(d)

    def edit(self) -> RecordDialog | None:
        key = self.table.current_key()
        if key is None:
            return None

        def load(k):
            data, version = suppliers.supplier_input(self.ctx, k)
            return asdict(data), version

        d = RecordDialog(self, self.tr("Change the supplier"), supplier_fields(self.ctx), load=load, key=key,
                         save=lambda k, v, ver: suppliers.update_supplier(self.ctx, k, suppliers.SupplierInput(**v),
                                                                          expected_version=ver) or k)
        return self._open(d)

    def add_licence(self) -> RecordDialog | None:
        key = self.table.current_key()
        if key is None:
            return None
        d = LicenceDialog(self, key)
        d.accepted.connect(lambda: self.refresh())
        d.open()
        self.dialog = d
        return d

    def _open(self, d: RecordDialog) -> RecordDialog:
        d.accepted.connect(lambda: (self.table.refresh(), self.open_key(d.result_value or d.form.key)))
        d.open()
        self.dialog = d
        return d

    def reinstate(self) -> bool:
        key = self.table.current_key()
        if key is None:
            return False
        v = suppliers.get_supplier(self.ctx, key)
        if not v.suspended:
            return False
        if not confirm(self, self.tr("Reinstate the supplier"),
                       self.tr("Take {name} off suspension ({reason})? Purchase orders and receipts are accepted "
                               "again while it is qualified.").replace("{name}", v.name).replace(
                           "{reason}", v.suspend_reason), self.tr("Reinstate")):
            return False
        self.last_error = ""
        run(self, suppliers.reinstate, self.ctx, key, expected_version=v.version)
        self.refresh()
        return not self.last_error

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
        self.body.linkActivated.connect(self._link)
        self.records = QLabel(self)
        self.records.setObjectName("records")
        self.records.setWordWrap(True)
        self.records.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.records.setMargin(6)
        self.records.setMinimumWidth(320)
        self.records.linkActivated.connect(self._link)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        side = QScrollArea(self)
        side.setWidgetResizable(True)
        side.setWidget(self.records)
        row = QHBoxLayout()
        row.addWidget(scroll, 3)
        row.addWidget(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.weights)
        layout.addLayout(row, 1)
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
            figs = "".join(f"<td align='right'>{self._figure(c, f)}"
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
        self.records.setText(self.tr("Click a figure to see the records it counts."))

    #: the figures that count records against the supplier (on-time counts the late ones)
    COUNTED = {"on_time": lambda f: f.value.split(" / ")[0] != f.value.split(" / ")[-1],
               "rejected_lines": lambda f: not f.value.startswith("0 "),
               "complaints": lambda f: f.value not in ("0", "—"), "anomalies": lambda f: f.value not in ("0", "—")}

    def _figure(self, card, f) -> str:
        if not f.available or not self.COUNTED[f.code](f):
            return esc(f.value)
        return f"<a href='fig:{card.supplier_id}:{f.code}'>{esc(f.value)}</a>"

    def show_records(self, supplier_id: int, code: str) -> list:
        """The records behind one figure, each a link to its page."""
        start, end = self.bounds()
        refs = scorecard.figure_records(self.ctx, supplier_id, code, start, end)
        name = next((c.supplier_name for c in self.cards if c.supplier_id == supplier_id), "")
        items = "".join(f"<li><a href='page:{r.page}/{r.key}'>{esc(r.label)}</a></li>" if r.page else
                        f"<li>{esc(r.label)}</li>" for r in refs)
        self.records.setText(f"<p><b>{esc(name)}</b> · {esc(scorecard.CRITERION_LABELS[code])}</p>"
                             f"<ul>{items or '<li>—</li>'}</ul>")
        return refs

    def _link(self, href: str) -> None:
        kind, _, rest = href.partition(":")
        if kind == "fig":
            sid, _, code = rest.partition(":")
            self.show_records(int(sid), code)
            return
        page, _, key = rest.partition("/")
        self.ctx.open_page(page, int(key) if key.isdigit() else None)
