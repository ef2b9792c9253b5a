"""Items: the list, each item's stock and settings, and the item form (Ctrl+N new, Enter or
Edit… to change)."""

from __future__ import annotations

from dataclasses import asdict

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
