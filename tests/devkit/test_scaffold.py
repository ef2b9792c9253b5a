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


def test_the_scaffolds_own_tests_pass(installed, tmp_path):
    dist, site = installed
    env = _env(site, tmp_path / "home")
    if "SUITE_TEST_POSTGRES_URL" in os.environ:
        env["SUITE_TEST_POSTGRES_URL"] = os.environ["SUITE_TEST_POSTGRES_URL"]
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(dist / "tests")],
                            cwd=dist, capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert " passed" in result.stdout


def test_the_scaffold_is_importable_only_through_the_plugin_api(installed):
    dist, _site = installed
    for path in (dist / "suite_water_notes").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for line in source.splitlines():
            stripped = line.strip()
            if stripped.startswith(("import suite", "from suite")):
                assert stripped.startswith(("from suite.plugin_api", "import suite.plugin_api", "from suite_water_notes")), \
                    f"{path.name}: {stripped}"


SHELL_SCRIPT = r"""
import sys
from suite.ui.app import ensure_application, apply_look
from suite.bootstrap import open_runtime
from suite.core import users
from suite.ui.main_window import MainWindow
from suite.ui import tasks

app = ensure_application()
apply_look(app)
rt = open_runtime(sys.argv[1], language="en")
users.create_owner(rt.ctx, "boss", "long-password")
ctx = users.login(rt.ctx, "boss", "long-password")
ctx.settings = rt.settings
window = MainWindow(ctx, rt, language="en")
window.show()
tasks.wait_all()
nav = [window.nav.topLevelItem(i).text(0) for i in range(window.nav.topLevelItemCount())]
page = window.open_page("water_notes.items")
tasks.wait_all()
print("NAV=" + "|".join(nav))
print("PAGE=" + type(page).__name__)
print("ROWS=" + str(page.table.model.rowCount()))
window.grab().save(sys.argv[2])
window.switching = True
window.close()
"""


def test_the_scaffolds_page_shows_in_the_shell(installed, tmp_path):
    dist, site = installed
    env = _env(site, tmp_path / "home")
    env["QT_QPA_PLATFORM"] = "offscreen"
    db = f"sqlite:///{tmp_path / 'shell.db'}"
    shot = tmp_path / "shell.png"
    result = subprocess.run([sys.executable, "-c", SHELL_SCRIPT, db, str(shot)], capture_output=True, text=True,
                            env=env, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = dict(line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)
    assert "Items" in lines["NAV"].split("|") and "Water Notes" in lines["NAV"].split("|")
    assert lines["PAGE"] == "ItemsPage"
    assert int(lines["ROWS"]) == 0
    assert shot.stat().st_size > 10_000
