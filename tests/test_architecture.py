"""Layering rules that keep the suite maintainable (DESIGN §1), checked by import-linter,
plus the same rule for every plugin's services and models."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_import_contracts_hold():
    exe = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(exe), "--no-cache"], cwd=ROOT, capture_output=True, text=True, env=dict(os.environ))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_plugin_services_and_models_never_import_qt():
    plugins = ROOT / "plugins"
    folders = sorted(p for p in plugins.iterdir() if (p / "__init__.py").exists())
    for folder in folders:
        for name in ("services", "models", "api"):
            for path in [folder / f"{name}.py", *sorted((folder / name).rglob("*.py"))]:
                if path.exists():
                    bad = {m for m in _imports(path) if m.split(".")[0] in ("PySide6", "shiboken6")}
                    assert not bad, f"{path} imports {bad}"


def test_every_plugins_models_configure_together():
    """All plugins share one declarative registry: two plugins may both have a ``Template``
    class, but a relationship that names a class by a string both define cannot resolve.
    Loading every installed plugin's models and configuring the mappers catches that."""
    import importlib

    from sqlalchemy.orm import configure_mappers

    from suite.host import build_host

    host = build_host(strict=True)
    for loc in host.migration_locations():
        for module in loc.models:
            importlib.import_module(module)
    configure_mappers()
