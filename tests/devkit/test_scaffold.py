"""The plugin developer kit: `suite new-plugin` writes a distribution that pip installs, the
suite discovers, migrates, shows and prints, and whose own tests pass."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from suite.plugin_api.errors import UserError
from suite.scaffold import check_name, new_plugin


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """The scaffold written and pip-installed (a real wheel build) into a folder of its own."""
    root = tmp_path_factory.mktemp("scaffold")
    dist = new_plugin("water_notes", root)
    site = root / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-deps",
         "--no-build-isolation", "--target", str(site), str(dist)],
        check=True, capture_output=True, text=True,
    )
    return dist, site


def _env(site: Path, home: Path) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(site) + os.pathsep + env.get("PYTHONPATH", "")
    env["SUITE_HOME"] = str(home)
    env["SUITE_LANG"] = "en"
    env.pop("SUITE_STRICT_PLUGINS", None)
    return env


def _suite(env, *args):
    result = subprocess.run([sys.executable, "-m", "suite", *args], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_names_are_checked(tmp_path):
    for bad in ("", "A", "x", "9lives", "has-dash", "orders", "core", "class", "trailing_"):
        with pytest.raises(UserError):
            check_name(bad)
    new_plugin("stock_take", tmp_path)
    with pytest.raises(UserError, match="exists already"):
        new_plugin("stock_take", tmp_path)


def test_the_scaffold_installs_is_discovered_migrates_and_prints(installed, tmp_path):
    dist, site = installed
    assert (site / "suite_water_notes" / "plugin.py").exists()
    assert list(site.glob("suite_water_notes-0.1.0.dist-info"))
    env = _env(site, tmp_path / "home")
    listing = _suite(env, "plugins", "list")
    line = next(l for l in listing.splitlines() if l.startswith("water_notes"))
    assert "suite-water-notes 0.1.0" in line and line.endswith("active")
    db = f"sqlite:///{tmp_path / 'office.db'}"
    assert "upgraded water_notes" in _suite(env, "--db", db, "db", "upgrade")
    status = _suite(env, "--db", db, "db", "status")
    assert any(l.startswith("water_notes") and "up to date" in l for l in status.splitlines())
    pdf = tmp_path / "items.pdf"
    _suite(env, "--db", db, "report", "render", "water_notes.items", "-o", str(pdf))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Item list" in text


# The scaffold's own tests run in tests/devkit/test_doc_commands.py, through the `pytest`
# command docs/plugins.md prints.
