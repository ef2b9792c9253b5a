"""Items and suppliers use the platform's pinyin keys: lists sort by pinyin, search matches
initials (``nfsq`` finds 农夫山泉), and the migration fills the keys of rows already there."""

from __future__ import annotations

import pytest


def _names(pager):
    return [r.name for r in pager.fetch_next()]


@pytest.fixture
def named(world, manager):
    from suite_plugins.inventory.services import catalog, suppliers as sup

    catalog.save_item(manager, catalog.ItemInput("WB010", "农夫山泉", "water_full", "桶", shelf_life_days=90))
    catalog.save_item(manager, catalog.ItemInput("ZZ001", "艾草", "other", "盒"))
    sup.save_supplier(manager, sup.SupplierInput("农夫山泉水站", supplies="桶装水"))
    return world


def test_the_keys_are_the_platforms_and_kept_when_the_name_changes(suite_backend, manager, named):
    from sqlalchemy import select

    from suite_plugins.inventory.models import Item, Supplier
    from suite_plugins.inventory.services import catalog

    with manager.read() as s:
        item = s.scalar(select(Item).where(Item.name == "农夫山泉"))
        sup = s.scalar(select(Supplier).where(Supplier.name == "农夫山泉水站"))
        assert (item.name_pinyin, item.name_initials) == ("nong  fu    shan  quan", "nfsq")
        assert sup.name_initials == "nfsqsz"
        item_id = item.id
    from dataclasses import replace

    data, version = catalog.item_input(manager, item_id)
    catalog.update_item(manager, item_id, replace(data, name="怡宝"), expected_version=version)
    with manager.read() as s:
        assert (s.get(Item, item_id).name_pinyin, s.get(Item, item_id).name_initials) == ("yi    bao", "yb")


def test_item_and_supplier_lists_sort_by_pinyin_and_find_initials(suite_backend, manager, named):
    from suite.plugin_api.db import pinyin_keys
    from suite.plugin_api.lists import ListPager
    from suite_plugins.inventory.services import queries

    items = ListPager(manager, queries.item_list(manager))
    # 艾草 ai, 大米 da, 空桶 kong, 鸡胸肉 ji, 农夫山泉 nong, 青岛啤酒 qing, 18.9L... (digits first)
    names = _names(items)
    assert names.index("艾草") < names.index("大米") < names.index("鸡胸肉") < names.index("空桶") \
        < names.index("农夫山泉") < names.index("青岛啤酒")
    items.set_search("nfsq")
    assert _names(items) == ["农夫山泉"]
    items.set_search("jxr")
    assert _names(items) == ["鸡胸肉"]
    items.set_search("jixiong")
    assert _names(items) == ["鸡胸肉"]

    sups = ListPager(manager, queries.supplier_list(manager))
    names = _names(sups)
    assert names == sorted(names, key=lambda n: pinyin_keys(n)[0])
    assert names.index("过期粮油") < names.index("农夫山泉水站") < names.index("停供饮料") < names.index("无证菜贩") \
        < names.index("鲜丰食材")
    sups.set_search("xfsc")
    assert _names(sups) == ["鲜丰食材"]
    sups.set_search("nfsq")
    assert _names(sups) == ["农夫山泉水站"]


def test_search_providers_and_batches_find_initials(suite_backend, keeper, named, receive):
    import datetime as dt

    from suite_plugins.inventory import api
    from suite_plugins.inventory.services import queries
    from tests.plugins.inventory.conftest import TODAY

    receive(keeper, named.chicken, "5", expiry=TODAY + dt.timedelta(days=3), code="CK-1")
    assert [h.title for h in queries.search_items(keeper, "nfsq")] == ["农夫山泉"]
    assert [h.title for h in queries.search_suppliers(keeper, "xfsc")] == ["鲜丰食材"]
    assert [b.code for b in api.search_batches(keeper, "jxr")] == ["CK-1"]
    from suite.plugin_api.lists import ListPager

    balances = ListPager(keeper, queries.balance_list(keeper))
    balances.set_search("jxr")
    assert [r.name for r in balances.fetch_next()] == ["鸡胸肉"]


def test_the_migration_fills_the_keys_of_yesterdays_rows(suite_backend, tmp_path, request):
    """A database at the inventory's first revision, with an item and a supplier (and their old
    ``pinyin`` column), upgrades: the keys are filled, initials find them, models match."""
    import datetime as dt

    from alembic import command
    from sqlalchemy import column, table

    from suite import migrate
    from suite.bootstrap import prepare_database
    from suite.host import build_host
    from suite.plugin_api.context import Context
    from suite.plugin_api.lists import ListPager
    from suite_plugins.inventory.services import queries
    from tests.core.test_migrations import _empty_db

    host = build_host(strict=True)
    db, drop = _empty_db(suite_backend, tmp_path, request, host)
    try:
        ctx = Context(db=db, host=host)
        prepare_database(ctx, backup=False)
        inv = next(loc for loc in host.migration_locations() if loc.branch == "inventory")
        with db.engine.begin() as conn:
            command.downgrade(migrate.alembic_config(inv, conn), "6b9d2a1ea209")
        now = dt.datetime(2026, 3, 1, 1, 0, tzinfo=dt.timezone.utc)
        from suite.db.base import UTCDateTime

        def stamps():
            return column("created_at", UTCDateTime()), column("updated_at", UTCDateTime()), column("version")

        items = table("inv_items", *(column(n) for n in ("code", "name", "pinyin", "kind", "unit", "category",
                                                          "reorder_point", "reorder_qty", "storage", "standard_cost",
                                                          "active")), *stamps())
        sups = table("inv_suppliers", *(column(n) for n in ("name", "pinyin", "contact", "phone", "address", "supplies",
                                                             "food", "department", "active", "suspended",
                                                             "suspend_reason", "notes")), *stamps())
        with db.engine.begin() as conn:
            conn.execute(items.insert().values(code="WB1", name="农夫山泉", pinyin="nongfushanquan nfsq",
                                               kind="water_full", unit="桶", category="", reorder_point="0",
                                               reorder_qty="0", storage="ambient", standard_cost="0", active=True,
                                               created_at=now, updated_at=now, version=1))
            conn.execute(sups.insert().values(name="鲜丰食材", pinyin="xianfengshicai xfsc", contact="", phone="",
                                              address="", supplies="", food=True, department="purchasing",
                                              active=True, suspended=False, suspend_reason="", notes="",
                                              created_at=now, updated_at=now, version=1))
        applied = migrate.upgrade(db, host, backup=False)
        assert ("inventory", "9c4e1f7a2b30") in applied
        assert migrate.compare(db, inv) == []
        admin = ctx.as_system()
        pager = ListPager(admin, queries.item_list(admin))
        pager.set_search("nfsq")
        assert [r.name for r in pager.fetch_next()] == ["农夫山泉"]
        assert [h.title for h in queries.search_suppliers(admin, "xfsc")] == ["鲜丰食材"]
    finally:
        db.dispose()
        drop()

