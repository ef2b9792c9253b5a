"""The core's own contributions, declared exactly as a plugin declares its own."""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path

from suite.core.permissions import CORE_PERMISSIONS
from suite.plugin_api import (
    DemoData,
    MigrationLocation,
    TranslationCatalog,
    hookimpl,
)

NAME = "core"
TITLE = "Core"
VERSION = "0.1.0"
API_VERSION = "1.0"
REQUIRES: tuple[str, ...] = ()
OPTIONAL: tuple[str, ...] = ()


def package_dir(package: str) -> Path:
    spec = find_spec(package)
    assert spec is not None and spec.submodule_search_locations, package
    return Path(list(spec.submodule_search_locations)[0])


@hookimpl
def suite_permissions():
    return list(CORE_PERMISSIONS)


@hookimpl
def suite_migration_locations():
    return [
        MigrationLocation(
            "core",
            str(package_dir("suite.core_migrations") / "versions"),
            models=("suite.core.models",),
            table_prefix="core_",
        )
    ]


@hookimpl
def suite_translation_catalogs():
    return [TranslationCatalog(str(package_dir("suite.resources") / "i18n"), "suite")]


@hookimpl
def suite_demo_data():
    return [DemoData("core.demo", "suite.core.demo:create", order=0)]
