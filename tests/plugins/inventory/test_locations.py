"""Locations (store room, cold room, freezer, bar, each van): made, changed and taken out of
use through the service, each bad input refused with its message and nothing changed, every
change in the audit log."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from suite.plugin_api import ConflictError, PermissionDenied
from tests.plugins.inventory.conftest import TODAY
from tests.plugins.inventory.test_ledger import refused


def _locations_snapshot(ctx):
    from suite_plugins.inventory.models import Location

    with ctx.read() as s:
        return sorted((l.id, l.code, l.name, l.kind, l.sales, l.vehicle_id, l.active, l.version)
                      for l in s.scalars(select(Location)))


def refused_loc(ctx, fn, field: str, text: str):
    before = _locations_snapshot(ctx)
    exc = refused(ctx, fn, text)
    assert field in exc.fields, exc.fields
    assert _locations_snapshot(ctx) == before


def test_a_location_is_made_changed_and_audited(suite_backend, manager, world):
    from suite.plugin_api import core
    from suite_plugins.inventory.services import catalog

    new = catalog.save_location(manager, catalog.LocationInput("F1", "冷冻库", "freezer"))
    data, version = catalog.location_input(manager, new)
    assert (data.code, data.name, data.kind, data.sales, data.active) == ("F1", "冷冻库", "freezer", False, True)
    bar = catalog.save_location(manager, catalog.LocationInput("B2", "二楼吧台", "bar"))
    assert catalog.location_input(manager, bar)[0].sales is True          # a bar sells
    catalog.update_location(manager, new, catalog.LocationInput("F1", "一号冷冻库", "freezer"),
                            expected_version=version)
    assert catalog.location_input(manager, new)[0].name == "一号冷冻库"
    entries = [e for e in core.audit_entries(manager.as_system(), table="inv_locations") if e.row_id == str(new)]
    assert [e.action for e in entries][-1] == "insert" and len(entries) == 2, entries
    assert "一号冷冻库" in str(entries[0].changes)
    with pytest.raises(ConflictError):       # the form's stale version
        catalog.update_location(manager, new, catalog.LocationInput("F1", "旧名", "freezer"),
                                expected_version=version)


@pytest.mark.parametrize("data, field, text", [
    (("", "无码", "store_room"), "code", "Give the location a code"),
    (("S9", "  ", "store_room"), "name", "Give the location a name"),
    (("S9", "仓库", "attic"), "kind", "Choose what kind"),
    (("S1", "另一个干货库", "store_room"), "code", "already has the code S1"),
    (("S9", "冷藏库", "cold_room"), "name", "already called 冷藏库"),
    (("X" * 21, "长码", "store_room"), "code", "at most 20"),
])
def test_bad_location_input_is_refused(suite_backend, manager, world, data, field, text):
    from suite_plugins.inventory.services import catalog

    refused_loc(manager, lambda: catalog.save_location(manager, catalog.LocationInput(*data)), field, text)


def test_only_a_van_has_a_vehicle_and_each_vehicle_one_van(suite_backend, manager, world):
    from suite_plugins.inventory.services import catalog

    refused_loc(manager, lambda: catalog.save_location(manager, catalog.LocationInput("S9", "仓库", "store_room",
                                                                                     vehicle_id=7)),
                "vehicle_id", "Only a van")
    catalog.save_location(manager, catalog.LocationInput("V1", "一号车", "van", vehicle_id=7))
    refused_loc(manager, lambda: catalog.save_location(manager, catalog.LocationInput("V2", "二号车", "van",
                                                                                     vehicle_id=7)),
                "vehicle_id", "already has a location")


def test_a_location_holding_stock_is_not_taken_out_of_use(suite_backend, manager, keeper, world, receive):
    from dataclasses import replace

    from suite_plugins.inventory.services import catalog, stock

    receive(keeper, world.chicken, "2", expiry=TODAY + dt.timedelta(days=3))
    data, version = catalog.location_input(manager, world.cold)
    refused_loc(manager, lambda: catalog.update_location(manager, world.cold, replace(data, active=False),
                                                         expected_version=version),
                "active", "still holds stock")
    stock.transfer(keeper, item_id=world.chicken, from_location_id=world.cold, to_location_id=world.store,
                   quantity="2")
    catalog.update_location(manager, world.cold, replace(data, active=False), expected_version=version)
    assert world.cold not in [l.id for l in catalog.locations(manager)]
    assert world.cold in [l.id for l in catalog.locations(manager, include_inactive=True)]
    data, version = catalog.location_input(manager, world.cold)
    catalog.update_location(manager, world.cold, replace(data, active=True), expected_version=version)
    assert world.cold in [l.id for l in catalog.locations(manager)]


def test_a_location_recipes_take_from_stays_in_use(suite_backend, manager, world):
    from dataclasses import replace

    from suite_plugins.inventory.services import catalog, recipes

    recipes.save_recipe(manager, "宫保鸡丁", [recipes.RecipeLineInput("0.2", world.chicken)],
                        location_id=world.kitchen)
    data, version = catalog.location_input(manager, world.kitchen)
    refused_loc(manager, lambda: catalog.update_location(manager, world.kitchen, replace(data, active=False),
                                                         expected_version=version),
                "active", "宫保鸡丁")


def test_a_location_with_expired_stock_does_not_become_a_sales_location(suite_backend, manager, keeper, world,
                                                                       receive, clock):
    from dataclasses import replace

    from suite_plugins.inventory.services import catalog

    receive(keeper, world.beer, "6", expiry=TODAY + dt.timedelta(days=1), location=world.store, temp=None)
    clock.advance(days=2)
    data, version = catalog.location_input(manager, world.store)
    refused_loc(manager, lambda: catalog.update_location(manager, world.store, replace(data, sales=True),
                                                         expected_version=version),
                "sales", "expired stock")


def test_locations_are_the_managers(suite_backend, keeper, clerk, world):
    from suite_plugins.inventory.services import catalog

    for ctx in (keeper, clerk):
        with pytest.raises(PermissionDenied):
            catalog.save_location(ctx, catalog.LocationInput("S9", "仓库", "store_room"))
        data, version = catalog.location_input(ctx, world.store)
        with pytest.raises(PermissionDenied):
            catalog.update_location(ctx, world.store, data, expected_version=version)
