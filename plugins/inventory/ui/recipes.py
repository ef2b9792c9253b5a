"""Recipes: a dish's ingredients per portion (items or sub-recipes), the product of the order
desk it belongs to and where its ingredients are taken from; a completed order deducts them
first expiry first out."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from suite.plugin_api.i18n import domain
from suite.plugin_api.ui import FormField, RecordForm
from suite_plugins.inventory import permissions as P
from suite_plugins.inventory.services import catalog, queries, recipes, stock
from suite_plugins.inventory.ui.catalog import product_choices
from suite_plugins.inventory.ui.common import LinesEditor, ListPage, esc, shortcut_new
from suite_plugins.inventory.ui.receiving import _DocumentDialog, location_choices

T = domain("inventory")


class RecipeDialog(_DocumentDialog):
    """A new recipe or a recipe's changes: the name, the product, the location; the lines."""

    def __init__(self, ctx, parent=None, *, recipe_id: int | None = None) -> None:
        super().__init__(ctx, parent, T("Change the recipe") if recipe_id else T("New recipe"))
        self.setObjectName("recipeDialog")
        self.recipe_id = recipe_id
        subs = [(r_id, name) for r_id, name, _p in recipes.recipes(ctx) if r_id != recipe_id]
        self.names = {f"i:{i.id}": (f"{i.code} {i.name}", i.unit) for i in self.items.values()}
        self.names.update({f"r:{r_id}": (name, str(T("portion"))) for r_id, name in subs})
        header = [FormField("name", T("Name"), required=True, max_length=100)]
        products = product_choices(ctx)
        if products:
            header.append(FormField("product_id", T("Dish (order desk product)"), "combo", choices=products))
        header.append(FormField("location_id", T("Ingredients taken from"), "combo", choices=location_choices(ctx)))
        self.header = RecordForm(header, save=self._save, parent=self)
        self.header.save_button.setText(str(T("Save the recipe (Ctrl+S)")))
        self.lines = LinesEditor([
            FormField("item_id", T("Ingredient"), "combo", required=True,
                      choices=[(k, f"{n} ({u})") for k, (n, u) in self.names.items()]),
            FormField("quantity", T("Per portion"), "decimal", required=True, places=3,
                      validate=lambda v: T("The quantity must be greater than zero.") if v is not None and v <= 0
                      else None),
        ], [T("Ingredient"), T("Per portion")], self._cells, self, blank=lambda: {"quantity": None})
        self._finish(self.header, self.lines)
        if recipe_id is not None:
            r = recipes.get_recipe(ctx, recipe_id)
            self.header.set_values({"name": r.name, "product_id": r.product_id, "location_id": r.location_id},
                                   r.version)
            self.lines.set_lines([{"item_id": key, "quantity": q} for key, q in recipes.line_keys(ctx, recipe_id)])
        self.resize(900, 480)

    def _item_changed(self) -> None:
        key = self.lines.form.editor("item_id").currentData()
        self.lines.hint.setText(str(T("Counted in {unit}", unit=self.names[key][1])) if key in self.names else "")

    def _cells(self, v: dict) -> list[str]:
        name, unit = self.names.get(v["item_id"], ("?", ""))
        return [name, f"{stock.fmt_qty(v['quantity'])} {unit}"]

    def _save(self, _key, v: dict, version):
        self._flush_lines()
        lines = []
        for line in self.lines.lines:
            kind, _, ident = line["item_id"].partition(":")
            lines.append(recipes.RecipeLineInput(line["quantity"], item_id=int(ident) if kind == "i" else None,
                                                 sub_recipe_id=int(ident) if kind == "r" else None))
        if self.recipe_id is None:
            self.recipe_id = recipes.save_recipe(self.ctx, v["name"], lines, product_id=v.get("product_id"),
                                                 location_id=v["location_id"])
        else:
            recipes.update_recipe(self.ctx, self.recipe_id, lines, expected_version=version, name=v["name"],
                                  product_id=v.get("product_id"), location_id=v["location_id"])
        self.result_value = self.recipe_id
        return self.recipe_id


class RecipesPage(ListPage):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, self.tr("Recipes"), queries.recipe_list(ctx), parent)
        can = ctx.can(P.MANAGE)
        self.add_button("newRecipe", self.tr("New recipe… (Ctrl+N)"), self.new, can)
        self.add_button("editRecipe", self.tr("Edit…"), self.edit, can)
        if can:
            shortcut_new(self, self.new)
            self.table.activated.connect(lambda _key: self.edit())

    def render(self, key) -> str:
        r = recipes.get_recipe(self.ctx, key)
        rows = "".join(f"<tr><td>{esc(name)}</td><td align='right'>{esc(stock.fmt_qty(q))} {esc(unit)}</td></tr>"
                       for name, q, unit in r.lines)
        return (f"<h3>{esc(r.name)}</h3><p>{esc(self.tr('Per portion'))}</p>"
                f"<table cellpadding='3' border='1' style='border-collapse:collapse'>{rows}</table>")

    def new(self) -> RecipeDialog:
        return self._open(RecipeDialog(self.ctx, self))

    def edit(self) -> RecipeDialog | None:
        key = self.table.current_key()
        return None if key is None else self._open(RecipeDialog(self.ctx, self, recipe_id=key))

    def _open(self, d: QDialog) -> QDialog:
        d.accepted.connect(lambda: (self.table.refresh(), self.open_key(d.result_value)))
        d.open()
        self.dialog = d
        return d
