"""The catalogue and the vehicles: a list and a form beside it (Ctrl+N for a new record)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from suite.plugin_api import core
from suite.plugin_api.ui import FormField, LazyTable, RecordForm
from suite_plugins.orders.services import catalog, dispatch, lists
from suite_plugins.orders.services.catalog import ProductInput
from suite_plugins.orders.services.common import KIND_LABELS
from suite_plugins.orders.ui.common import Banner


class _ListAndForm(QWidget):
    """A lazy list on the left, the record's form on the right."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.banner = Banner(self)
        self.table = LazyTable(ctx, self.make_query(), self)
        self.form = RecordForm(self.make_fields(), load=self._load, save=self._save, parent=self, confirm_discard=False)
        self.new_button = QPushButton(self.tr("New (Ctrl+N)"), self)
        self.new_button.setObjectName("newRecord")
        self.new_button.clicked.connect(self.new)
        self.table.currentKeyChanged.connect(self.open_key)
        self.form.saved.connect(lambda key: (self.table.refresh(), self.banner.show_message(self.tr("Saved."), "ok")))
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        rv.addLayout(bar)
        rv.addWidget(self.form, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.new)

    def open_key(self, key) -> None:
        if key is None:
            return
        self.form.load_record(key)

    def new(self) -> None:
        self.form.key = None
        self.form.set_values(self.blank(), None)
        self.form.clear_errors()
        self.table.view.clearSelection()
        first = next(iter(self.form.rows.values())).editor
        first.setFocus()

    def blank(self) -> dict:
        return {}

    def make_query(self):
        raise NotImplementedError

    def make_fields(self) -> list[FormField]:
        raise NotImplementedError

    def _load(self, key):
        raise NotImplementedError

    def _save(self, key, values: dict, version):
        raise NotImplementedError

    def refresh(self) -> None:
        self.table.refresh()


class CatalogPage(_ListAndForm):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("ordersCatalog")

    def make_query(self):
        return lists.product_list(self.ctx)

    def make_fields(self) -> list[FormField]:
        return [
            FormField("name", self.tr("Name"), required=True, max_length=100),
            FormField("code", self.tr("Code"), max_length=40),
            FormField("kind", self.tr("Kind"), "combo", choices=[(k, str(v)) for k, v in KIND_LABELS.items()],
                      default="goods"),
            FormField("category", self.tr("Category"), max_length=60),
            FormField("unit", self.tr("Unit"), max_length=20),
            FormField("price", self.tr("Price"), "money", required=True, minimum=Decimal("0")),
            FormField("bucket_litres", self.tr("Bucket size (litres)"), placeholder="18.9"),
            FormField("deposit", self.tr("Deposit per bucket"), "money", minimum=Decimal("0")),
            FormField("returnable", self.tr("Returnable bucket"), "check"),
            FormField("active", self.tr("On sale"), "check", default=True),
            FormField("notes", self.tr("Notes"), "text"),
        ]

    def blank(self) -> dict:
        return {"kind": "goods", "active": True, "returnable": False, "price": None, "deposit": None}

    def _load(self, key):
        p = catalog.get_product(self.ctx, key)
        return ({"name": p.name, "code": p.code or "", "kind": p.kind, "category": p.category, "unit": p.unit,
                 "price": p.price, "bucket_litres": str(p.bucket_litres or ""), "deposit": p.deposit,
                 "returnable": p.returnable, "active": p.active, "notes": p.notes}, p.version)

    def _save(self, key, values: dict, version):
        data = ProductInput(name=values["name"], price=values["price"] if values["price"] is not None else "",
                            kind=values["kind"], category=values["category"] or "", unit=values["unit"] or "",
                            active=bool(values["active"]), code=values["code"] or None,
                            bucket_litres=values["bucket_litres"] or None,
                            deposit=values["deposit"] if values["deposit"] is not None else Decimal("0"),
                            returnable=bool(values["returnable"]), notes=values["notes"] or "")
        return catalog.save_product(self.ctx, data, product_id=key, expected_version=version)


class VehiclesPage(_ListAndForm):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("ordersVehicles")

    def make_query(self):
        return lists.vehicle_list(self.ctx)

    def make_fields(self) -> list[FormField]:
        drivers = [(None, self.tr("(none)"))] + [(s.id, s.name) for s in core.list_staff(self.ctx, department="delivery")]
        return [
            FormField("plate", self.tr("Number plate"), required=True, max_length=20),
            FormField("name", self.tr("Vehicle"), max_length=60, placeholder=self.tr("e.g. electric tricycle")),
            FormField("capacity_buckets", self.tr("Capacity (buckets)"), "spin", minimum=1, maximum=1000, default=40),
            FormField("default_driver_staff_id", self.tr("Usual driver"), "combo", choices=drivers),
            FormField("departure", self.tr("Usual departure"), max_length=5, placeholder="08:30",
                      help=self.tr("When the vehicle leaves on a usual day (office time); promised times count "
                                   "from it. The dispatch board can set another time for one day.")),
            FormField("active", self.tr("In service"), "check", default=True),
            FormField("notes", self.tr("Notes"), "text"),
        ]

    def blank(self) -> dict:
        return {"capacity_buckets": 40, "active": True, "default_driver_staff_id": None, "departure": ""}

    def _load(self, key):
        v = next(x for x in dispatch.list_vehicles(self.ctx, include_inactive=True) if x.id == key)
        return ({"plate": v.plate, "name": v.name, "capacity_buckets": v.capacity_buckets,
                 "default_driver_staff_id": v.default_driver_staff_id, "departure": v.departure, "active": v.active,
                 "notes": v.notes}, v.version)

    def _save(self, key, values: dict, version):
        return dispatch.save_vehicle(self.ctx, plate=values["plate"], name=values["name"] or "",
                                     capacity_buckets=values["capacity_buckets"],
                                     default_driver_staff_id=values["default_driver_staff_id"],
                                     active=bool(values["active"]), notes=values["notes"] or "",
                                     departure=values["departure"] or "", vehicle_id=key, expected_version=version)
