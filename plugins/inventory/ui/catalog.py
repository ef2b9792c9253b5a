"""Items: the list, each item's stock and settings, and the item form (Ctrl+N new, Enter or
Edit… to change)."""

from __future__ import annotations

from dataclasses import asdict, replace

from suite.plugin_api.i18n import domain
from suite.plugin_api.ui import FormField
from suite_plugins.inventory import permissions as P
from suite_plugins.inventory.services import catalog, queries, stock
from suite_plugins.inventory.ui.common import ListPage, RecordDialog, esc, shortcut_new

T = domain("inventory")


def product_choices(ctx) -> list[tuple[int, str]]:
    """The order desk's products, when it is installed (an item can be a product: water)."""
    if not ctx.has_plugin("orders"):
        return []
    from suite_plugins.orders import api as orders

    try:
        return [(p.id, f"{p.code} {p.name}") for p in orders.products(ctx) if p.active]
    except Exception:  # noqa: BLE001 - a user who may not see the catalogue links nothing
        return []


def item_fields(ctx) -> list[FormField]:
    from suite_plugins.inventory.ui.receiving import supplier_choices

    fields = [
        FormField("code", T("Code"), required=True, max_length=20),
        FormField("name", T("Name"), required=True, max_length=100,
                  help=T("Searchable by pinyin initials too.")),
        FormField("kind", T("Kind"), "combo", required=True, choices=list(catalog.KIND_LABELS.items())),
        FormField("unit", T("Unit"), required=True, max_length=12, placeholder=T("kg, bottle, bucket...")),
        FormField("category", T("Category"), max_length=40),
        FormField("storage", T("Storage"), "combo", required=True, choices=list(catalog.STORAGE_LABELS.items())),
        FormField("shelf_life_days", T("Shelf life"), "spin", minimum=0, maximum=3650, suffix=T("days"),
                  help=T("0: not perishable, no expiry date asked for on receipt.")),
        FormField("reorder_point", T("Reorder point"), "decimal", places=3, minimum=0),
        FormField("reorder_qty", T("Reorder quantity"), "decimal", places=3, minimum=0),
        FormField("preferred_supplier_id", T("Preferred supplier"), "combo", choices=supplier_choices(ctx)),
    ]
    if ctx.can(P.COSTS):
        fields.append(FormField("standard_cost", T("Standard cost"), "money", minimum=0))
    products = product_choices(ctx)
    if products:
        fields.append(FormField("product_id", T("Is the order desk's product"), "combo", choices=products))
    fields.append(FormField("active", T("In use"), "check", default=True))
    return fields


def item_values(ctx, item_id: int):
    data, version = catalog.item_input(ctx, item_id)
    values = asdict(data)
    values["shelf_life_days"] = data.shelf_life_days or 0
    return values, version


def item_input(ctx, values: dict, old: catalog.ItemInput | None = None) -> catalog.ItemInput:
    keep = asdict(old) if old is not None else {}
    merged = {**keep, **{k: v for k, v in values.items() if k in catalog.ItemInput.__dataclass_fields__}}
    merged["shelf_life_days"] = merged.get("shelf_life_days") or None
    for k in ("reorder_point", "reorder_qty", "standard_cost"):
        if merged.get(k) is None:
            merged[k] = keep.get(k, "0")
    return catalog.ItemInput(**merged)


class ItemsPage(ListPage):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, self.tr("Items"), queries.item_list(ctx), parent)
        can = ctx.can(P.MANAGE)
        self.add_button("newItem", self.tr("New item… (Ctrl+N)"), self.new, can)
        self.add_button("editItem", self.tr("Edit…"), self.edit, can)
        if can:
            shortcut_new(self, self.new)
            self.table.activated.connect(lambda _key: self.edit())

    def render(self, key) -> str:
        data, _version = catalog.item_input(self.ctx, key)
        rows = [(self.tr("Code"), data.code), (self.tr("Kind"), catalog.KIND_LABELS[data.kind]),
                (self.tr("Unit"), data.unit), (self.tr("Storage"), catalog.STORAGE_LABELS[data.storage]),
                (self.tr("Shelf life (days)"), data.shelf_life_days or "—"),
                (self.tr("Reorder point"), stock.fmt_qty(data.reorder_point)),
                (self.tr("Reorder quantity"), stock.fmt_qty(data.reorder_qty)),
                (self.tr("Usable stock"), stock.fmt_qty(stock.available(self.ctx, key))),
                (self.tr("On the books"), stock.fmt_qty(stock.on_hand(self.ctx, key)))]
        body = "".join(f"<tr><td>{esc(a)}</td><td><b>{esc(b)}</b></td></tr>" for a, b in rows)
        return f"<h3>{esc(data.name)}</h3><table cellpadding='3'>{body}</table>"

    def new(self) -> RecordDialog:
        d = RecordDialog(self, self.tr("New item"), item_fields(self.ctx),
                         save=lambda _k, v, _ver: catalog.save_item(self.ctx, item_input(self.ctx, v)),
                         values={"kind": "ingredient", "storage": "ambient", "active": True})
        return self._open(d)

    def edit(self) -> RecordDialog | None:
        key = self.table.current_key()
        if key is None:
            return None

        def save(k, v, version):
            old, _ = catalog.item_input(self.ctx, k)
            catalog.update_item(self.ctx, k, item_input(self.ctx, v, old), expected_version=version)
            return k

        d = RecordDialog(self, self.tr("Change the item"), item_fields(self.ctx), save=save,
                         load=lambda k: item_values(self.ctx, k), key=key)
        return self._open(d)

    def _open(self, d: RecordDialog) -> RecordDialog:
        d.accepted.connect(lambda: (self.table.refresh(), self.open_key(d.result_value)))
        d.open()
        self.dialog = d
        return d


# ---------------------------------------------------------------------------- locations

def vehicle_choices(ctx) -> list[tuple[int | None, str]]:
    """The order desk's vehicles, when it is installed (a van location is one of them)."""
    if not ctx.has_plugin("orders"):
        return []
    from suite_plugins.orders import api as orders

    try:
        return [(None, T("None"))] + [(vid, label) for vid, label in orders.vehicles(ctx)]
    except Exception:  # noqa: BLE001 - a user who may not see the vehicles links none
        return []


def location_fields(ctx) -> list[FormField]:
    fields = [
        FormField("code", T("Code"), required=True, max_length=20, placeholder=T("S1, C1, V1...")),
        FormField("name", T("Name"), required=True, max_length=80),
        FormField("kind", T("Kind"), "combo", required=True, choices=list(catalog.LOCATION_LABELS.items())),
        FormField("sales", T("Sold or served from here"), "check",
                  help=T("Expired stock never comes to a sales location (a bar, a van).")),
    ]
    vehicles = vehicle_choices(ctx)
    if vehicles:
        fields.append(FormField("vehicle_id", T("Vehicle (a van)"), "combo", choices=vehicles))
    fields.append(FormField("active", T("In use"), "check", default=True,
                            help=T("A location still holding stock cannot be taken out of use.")))
    return fields


def location_input(values: dict) -> catalog.LocationInput:
    return catalog.LocationInput(values.get("code") or "", values.get("name") or "", values.get("kind") or "",
                                 bool(values.get("sales")), values.get("vehicle_id"), bool(values.get("active", True)))


class LocationsPage(ListPage):
    """Store room, cold room, freezer, bar, each van: made, changed, taken out of use."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, self.tr("Locations"), queries.location_list(ctx), parent)
        can = ctx.can(P.MANAGE)
        self.add_button("newLocation", self.tr("New location… (Ctrl+N)"), self.new, can)
        self.add_button("editLocation", self.tr("Edit…"), self.edit, can)
        self.toggle_button = self.add_button("toggleLocation", self.tr("Take out of use"), self.toggle, can)
        self.can_manage = can
        if can:
            shortcut_new(self, self.new)
            self.table.activated.connect(lambda _key: self.edit())

    def render(self, key) -> str:
        data, _version = catalog.location_input(self.ctx, key)
        self.toggle_button.setText(self.tr("Take out of use") if data.active else self.tr("Put back in use"))
        rows = [(self.tr("Code"), data.code), (self.tr("Kind"), catalog.LOCATION_LABELS[data.kind]),
                (self.tr("Sold or served from here"), self.tr("yes") if data.sales else self.tr("no")),
                (self.tr("In use"), self.tr("yes") if data.active else self.tr("no"))]
        if data.vehicle_id is not None:
            label = dict(vehicle_choices(self.ctx)).get(data.vehicle_id, f"#{data.vehicle_id}")
            rows.append((self.tr("Vehicle"), label))
        body = "".join(f"<tr><td>{esc(a)}</td><td><b>{esc(b)}</b></td></tr>" for a, b in rows)
        link = f"<p><a href='page:inventory.balances'>{esc(self.tr('Stock at this location'))}</a></p>"
        return f"<h3>{esc(data.name)}</h3><table cellpadding='3'>{body}</table>{link}"

    def _with_sales_default(self, d: RecordDialog) -> RecordDialog:
        """A bar or a van is a sales location: choosing the kind ticks the box (it can be unticked)."""
        kind, sales = d.form.editor("kind"), d.form.editor("sales")
        kind.currentIndexChanged.connect(lambda _i: sales.setChecked(kind.currentData() in ("bar", "van")))
        return d

    def new(self) -> RecordDialog:
        d = RecordDialog(self, self.tr("New location"), location_fields(self.ctx),
                         save=lambda _k, v, _ver: catalog.save_location(self.ctx, location_input(v)),
                         values={"kind": "store_room", "sales": False, "active": True})
        return self._open(self._with_sales_default(d))

    def edit(self) -> RecordDialog | None:
        key = self.table.current_key()
        if key is None:
            return None

        def load(k):
            data, version = catalog.location_input(self.ctx, k)
            return asdict(data), version

        def save(k, v, version):
            catalog.update_location(self.ctx, k, location_input(v), expected_version=version)
            return k

        d = RecordDialog(self, self.tr("Change the location"), location_fields(self.ctx), save=save, load=load,
                         key=key)
        return self._open(d)

    def toggle(self) -> bool:
        """Take the chosen location out of use (or back); a refusal is explained, nothing changes."""
        from suite.plugin_api import SuiteError
        from suite_plugins.inventory.ui.common import show_error

        key = self.table.current_key() if self.table.current_key() is not None else self.current
        if key is None:
            return False
        data, version = catalog.location_input(self.ctx, key)
        try:
            catalog.update_location(self.ctx, key, replace(data, active=not data.active), expected_version=version)
        except SuiteError as exc:
            show_error(self, exc)
            return False
        self.table.refresh()
        self.show_detail(key)
        return True

    def _open(self, d: RecordDialog) -> RecordDialog:
        d.accepted.connect(lambda: (self.table.refresh(), self.open_key(d.result_value)))
        d.open()
        self.dialog = d
        return d
