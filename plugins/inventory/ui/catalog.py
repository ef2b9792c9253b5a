"""Items: the list and each item's stock and settings."""

from __future__ import annotations

from suite_plugins.inventory.services import catalog, queries, stock
from suite_plugins.inventory.ui.common import ListPage, esc


class ItemsPage(ListPage):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, self.tr("Items"), queries.item_list(ctx), parent)

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
