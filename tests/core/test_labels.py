"""Every table and column of the core and of every built-in plugin declares a translatable
label (``__label__``, ``info={"label": ...}``): the audit log, exports and forms show it,
never ``orders_crews.driver_staff_id``. Where one is missing anyway (a third-party plugin),
a readable English label is made from the name."""

from __future__ import annotations

import importlib
from importlib.metadata import entry_points

import pytest

from suite.plugin_api import labels
from suite.plugin_api.i18n import Msg

#: the built-in plugins whose models are labelled (all of them)
LABELLED = ("orders", "complaints", "kitchen", "inventory", "scoring")


def _tables_of(module_name: str):
    from suite.db.base import Base

    module = importlib.import_module(module_name)
    names = {m.local_table.name for m in Base.registry.mappers if m.class_.__module__ == module.__name__}
    return [Base.metadata.tables[n] for n in sorted(names)]


def test_every_built_in_plugin_is_checked():
    built_in = sorted(ep.name for ep in entry_points(group="suite.plugins") if ep.value.startswith("suite_plugins."))
    assert sorted(LABELLED) == built_in


@pytest.mark.parametrize("plugin", ("core",) + LABELLED)
def test_every_table_and_column_declares_a_translatable_label(plugin):
    module = "suite.core.models" if plugin == "core" else f"suite_plugins.{plugin}.models"
    tables = _tables_of(module)
    assert tables
    assert labels.missing_labels(tables) == []
    for table in tables:
        model = labels.model_for(table.name)
        assert isinstance(model.__dict__["__label__"], Msg), table.name  # found by the string extractor
        for column in table.c:
            assert isinstance(column.info["label"], Msg), f"{table.name}.{column.key}"


def test_labels_fall_back_to_readable_english():
    assert labels.table_label("core_staff") == "Staff member"
    assert labels.column_label("core_staff", "department_id") == "Department"
    assert labels.column_label("core_staff", "created_at") == "Created at"  # from the mixin
    # nothing declared (a table no loaded plugin has, a field since removed): readable, never raw
    assert labels.table_label("acme_vehicle_checks") == "Vehicle checks"
    assert labels.column_label("core_staff", "co_driver_staff_id") == "Co driver staff"
    assert labels.derive_label("planned_at") == "Planned at"
    assert labels.derive_label("orders_crews", table=True) == "Crews"


def test_labels_follow_the_language():
    from suite.bootstrap import load_catalogs
    from suite.host import build_host
    from suite.migrate import load_models
    from suite.plugin_api import i18n

    host = build_host()
    load_models(host)  # as the program does when it opens its database
    assert labels.table_label("orders_crews") == "Crew"
    assert labels.column_label("orders_crews", "driver_staff_id") == "Driver"
    before = i18n.current_language()
    try:
        assert load_catalogs(host, "zh_CN") == "zh_CN"
        assert labels.table_label("orders_crews") == "车组"
        assert labels.column_label("orders_crews", "driver_staff_id") == "配送员"
        assert labels.column_label("orders_crews", "created_at") == "创建时间"
    finally:
        i18n.set_language(before)
