"""Recipes: a dish's ingredients (items or sub-recipes) and quantities per portion."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from suite.plugin_api import NotFound, ValidationError
from suite.plugin_api.context import Context
from suite_plugins.inventory import permissions as P
from suite_plugins.inventory.models import Item, Location, Recipe, RecipeLine
from suite_plugins.inventory.services.common import check_version, qty
from suite.plugin_api.i18n import domain

T = domain("inventory")


@dataclass(frozen=True)
class RecipeLineInput:
    quantity: object
    item_id: int | None = None
    sub_recipe_id: int | None = None


def _lines(s: Session, recipe_id: int | None, lines: list[RecipeLineInput]) -> list[RecipeLine]:
    if not lines:
        raise ValidationError(fields={"lines": T("A recipe needs at least one ingredient.")})
    out = []
    for line in lines:
        if (line.item_id is None) == (line.sub_recipe_id is None):
            raise ValidationError(fields={"lines": T("Each line is either an item or a sub-recipe.")})
        if line.item_id is not None:
            item = s.get(Item, line.item_id)
            if item is None or not item.active:
                raise ValidationError(fields={"lines": T("The recipe names an unknown item (id {id}).",
                                                         id=line.item_id)})
        else:
            sub = s.get(Recipe, line.sub_recipe_id)
            if sub is None:
                raise ValidationError(fields={"lines": T("The recipe names an unknown sub-recipe (id {id}).",
                                                         id=line.sub_recipe_id)})
            if recipe_id is not None and _reaches(s, sub.id, recipe_id):
                raise ValidationError(fields={"lines": T("{name} contains this recipe itself: a recipe cannot "
                                                         "contain itself.", name=sub.name)})
        out.append(RecipeLine(item_id=line.item_id, sub_recipe_id=line.sub_recipe_id, quantity=qty(line.quantity)))
    return out


def _reaches(s: Session, start: int, target: int) -> bool:
    """True when recipe *start* is *target* or contains it (at any depth)."""
    seen, todo = set(), [start]
    while todo:
        rid = todo.pop()
        if rid == target:
            return True
        if rid in seen:
            continue
        seen.add(rid)
        todo.extend(r for r in s.scalars(select(RecipeLine.sub_recipe_id).where(RecipeLine.recipe_id == rid,
                                                                                RecipeLine.sub_recipe_id.is_not(None))))
    return False


def _check_header(s, name: str, product_id, location_id, recipe_id=None) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError(fields={"name": T("Give the recipe a name.")})
    if s.scalar(select(Recipe.id).where(Recipe.name == name, Recipe.id != (recipe_id or 0))):
        raise ValidationError(fields={"name": T("A recipe called {name} already exists.", name=name)})
    if product_id is not None:
        if s.scalar(select(Recipe.id).where(Recipe.product_id == product_id, Recipe.id != (recipe_id or 0))):
            raise ValidationError(fields={"product_id": T("That product already has a recipe.")})
        if s.scalar(select(Item.id).where(Item.product_id == product_id)):
            raise ValidationError(fields={"product_id": T("That product is a stock item itself: it needs no recipe.")})
    if location_id is not None and s.get(Location, location_id) is None:
        raise ValidationError(fields={"location_id": T("That location does not exist.")})
    return name


def save_recipe(ctx: Context, name: str, lines: list[RecipeLineInput], *, product_id: int | None = None,
                location_id: int | None = None) -> int:
    ctx.require(P.MANAGE)
    with ctx.unit_of_work() as s:
        name = _check_header(s, name, product_id, location_id)
        r = Recipe(name=name, product_id=product_id, location_id=location_id)
        r.lines = _lines(s, None, lines)
        s.add(r)
        s.flush()
        return r.id


def update_recipe(ctx: Context, recipe_id: int, lines: list[RecipeLineInput], *, expected_version: int,
                  name: str | None = None, product_id: int | None = None, location_id: int | None = None) -> None:
    ctx.require(P.MANAGE)
    with ctx.unit_of_work() as s:
        r = s.get(Recipe, recipe_id)
        if r is None:
            raise NotFound(T("That recipe does not exist."))
        check_version(r, expected_version)
        r.name = _check_header(s, name if name is not None else r.name, product_id if product_id is not None
                               else r.product_id, location_id, recipe_id)
        new = _lines(s, recipe_id, lines)
        r.lines.clear()
        s.flush()
        r.lines.extend(new)
        if product_id is not None:
            r.product_id = product_id
        if location_id is not None:
            r.location_id = location_id


def explode(s: Session, recipe_id: int, portions: Decimal, _depth: int = 0) -> dict[int, Decimal]:
    """Item quantities for *portions* of a recipe, sub-recipes expanded."""
    if _depth > 20:
        raise ValidationError(T("Recipes nest too deep (a cycle?)."))
    need: dict[int, Decimal] = defaultdict(Decimal)
    for item_id, sub_id, quantity in s.execute(select(RecipeLine.item_id, RecipeLine.sub_recipe_id,
                                                      RecipeLine.quantity).where(RecipeLine.recipe_id == recipe_id)):
        if item_id is not None:
            need[item_id] += quantity * portions
        else:
            for k, v in explode(s, sub_id, quantity * portions, _depth + 1).items():
                need[k] += v
    return dict(need)


_RL = RecipeLine.__table__
#: built once: the order desk's stock check reads recipes on every order review and confirm
_LINES_OF = (select(_RL.c.recipe_id, _RL.c.item_id, _RL.c.sub_recipe_id, _RL.c.quantity)
             .where(_RL.c.recipe_id.in_(bindparam("recipe_ids", expanding=True))).order_by(_RL.c.id))


def explode_many(s: Session, recipe_ids) -> dict[int, dict[int, Decimal]]:
    """{recipe id: {item id: quantity for one portion}} for many recipes, sub-recipes expanded,
    the lines read one query per nesting level (the same answer as :func:`explode`)."""
    lines: dict[int, list[tuple[int | None, int | None, Decimal]]] = {}
    todo = set(recipe_ids)
    depth = 0
    while todo:
        if depth > 21:
            raise ValidationError(T("Recipes nest too deep (a cycle?)."))
        for rid in todo:
            lines[rid] = []
        for rid, item_id, sub_id, quantity in s.connection().execute(_LINES_OF, {"recipe_ids": sorted(todo)}):
            lines[rid].append((item_id, sub_id, quantity))
        todo = {sub for rows in (lines[r] for r in todo) for item, sub, _ in rows
                if item is None and sub is not None and sub not in lines}
        depth += 1

    def walk(rid: int, portions: Decimal, depth: int) -> dict[int, Decimal]:
        if depth > 20:
            raise ValidationError(T("Recipes nest too deep (a cycle?)."))
        need: dict[int, Decimal] = defaultdict(Decimal)
        for item_id, sub_id, quantity in lines.get(rid, ()):
            if item_id is not None:
                need[item_id] += quantity * portions
            else:
                for k, v in walk(sub_id, quantity * portions, depth + 1).items():
                    need[k] += v
        return dict(need)

    return {rid: walk(rid, Decimal(1), 0) for rid in recipe_ids}


@dataclass(frozen=True)
class RecipeView:
    id: int
    name: str
    product_id: int | None
    location_id: int | None
    version: int
    lines: tuple[tuple[str, Decimal, str], ...]  # (item or sub-recipe name, quantity, unit)


def get_recipe(ctx: Context, recipe_id: int) -> RecipeView:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        r = s.get(Recipe, recipe_id)
        if r is None:
            raise NotFound(T("That recipe does not exist."))
        lines = []
        for l in r.lines:
            if l.item_id is not None:
                i = s.get(Item, l.item_id)
                lines.append((i.name, l.quantity, i.unit))
            else:
                lines.append((s.get(Recipe, l.sub_recipe_id).name, l.quantity, str(T("portion"))))
        return RecipeView(r.id, r.name, r.product_id, r.location_id, r.version, tuple(lines))


def recipes(ctx: Context) -> list[tuple[int, str, int | None]]:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        return [(r.id, r.name, r.product_id) for r in s.scalars(select(Recipe).order_by(Recipe.name))]


def line_keys(ctx: Context, recipe_id: int) -> list[tuple[str, Decimal]]:
    """The recipe's lines as the recipe form edits them: ("i:<item id>" or "r:<recipe id>", quantity)."""
    ctx.require(P.VIEW)
    with ctx.read() as s:
        return [(f"i:{l.item_id}" if l.item_id is not None else f"r:{l.sub_recipe_id}", l.quantity)
                for l in s.scalars(select(RecipeLine).where(RecipeLine.recipe_id == recipe_id)
                                   .order_by(RecipeLine.id))]
