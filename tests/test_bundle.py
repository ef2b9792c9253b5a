"""The frozen program (issue 14 §1): the one-folder PyInstaller bundle that the Windows
installer ships, built here on Linux by ``tools/build-bundle.sh`` the same way, then run
as an office would run it: no Python, no source tree, an empty data folder.

The build takes a few minutes, so one test builds the bundle and runs every check. Point
``SUITE_TEST_BUNDLE`` at an already built ``dist/suite/suite`` to reuse it, or set
``SUITE_TEST_SKIP_BUNDLE=1`` to leave this module out of a quick local run; ``.ci/run``
sets neither, so CI always builds and tries the bundle of the commit it tests."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
BUILT_IN = ("complaints", "core", "inventory", "kitchen", "orders", "scoring")
#: the tables each built-in plugin's migrations create (by prefix)
TABLE_PREFIX = {"core": "core_", "orders": "orders_", "complaints": "cmp_", "kitchen": "qa_",
                "inventory": "inv_", "scoring": "perf_"}


def _frozen_env(home: Path) -> dict[str, str]:
    """The environment of an office PC: the bundle alone, no virtual environment, no source."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "SUITE_DATABASE_URL", "SUITE_DISABLED_PLUGINS")}
    env.update(SUITE_HOME=str(home), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    return env


def _build(tmp_path_factory) -> Path:
    if sys.platform == "win32":
        pytest.skip("the Windows bundle is built by .github/workflows/windows-bundle.yml")
    if os.environ.get("SUITE_TEST_SKIP_BUNDLE"):
        pytest.skip("SUITE_TEST_SKIP_BUNDLE is set")
    given = os.environ.get("SUITE_TEST_BUNDLE")
    if given:
        exe = Path(given)
        assert exe.is_file(), f"SUITE_TEST_BUNDLE={given} is not a file"
        return exe
    dist = tmp_path_factory.mktemp("dist")
    build = subprocess.run([str(ROOT / "tools" / "build-bundle.sh"), str(dist)], cwd=ROOT,
                           capture_output=True, text=True, timeout=1800)
    assert build.returncode == 0, f"bundle build failed:\n{build.stdout[-4000:]}\n{build.stderr[-4000:]}"
    exe = dist / "suite" / "suite"
    assert exe.is_file()
    return exe




def run(exe: Path, home: Path, *args: str, timeout: int = 900, stdin: str | None = None) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(exe), "--lang", "en", *args], cwd=home, env=_frozen_env(home),
                          capture_output=True, text=True, timeout=timeout, input=stdin)
    assert proc.returncode == 0, f"{args} exited {proc.returncode}:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return proc


def _holds_no_source_tree(frozen):
    """The frozen program must not reach back into this checkout or its virtual environment."""
    internal = frozen.parent / "_internal"
    assert internal.is_dir()
    assert not (internal / "tests").exists()
    # the catalogs of the shell and of every plugin, and the style sheet, are inside (the
    # migrations of every branch are proven below by ``db upgrade``)
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*") if p.is_file()}
    assert "suite/resources/i18n/suite_zh_CN.qm" in names
    for plugin in ("orders", "complaints", "kitchen", "inventory", "scoring"):
        assert f"suite_plugins/{plugin}/i18n/{plugin}_zh_CN.qm" in names, plugin
    assert "suite/resources/style.qss" in names


def _every_built_in_plugin_is_active(frozen, office):
    out = run(frozen, office, "plugins", "list").stdout
    rows = {line.split()[0]: line for line in out.splitlines()[1:] if line.strip()}
    for name in BUILT_IN:
        assert name in rows, out
        assert rows[name].rstrip().endswith("active"), rows[name]


def _db_upgrade_creates_every_plugins_tables(frozen, office):
    db = office / "empty.sqlite"
    run(frozen, office, "--db", str(db), "db", "upgrade")
    with sqlite3.connect(db) as con:
        tables = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
    for plugin, prefix in TABLE_PREFIX.items():
        assert any(t.startswith(prefix) for t in tables), (plugin, sorted(tables))
    # and it is up to date afterwards
    status = run(frozen, office, "--db", str(db), "db", "status").stdout
    assert "pending" not in status.lower() or "0 pending" in status.lower(), status


def _demo_then_one_report_per_plugin_with_an_embedded_font(frozen, office):
    run(frozen, office, "demo", "--no-gui", timeout=1500)
    demo = next(office.rglob("demo.db"))
    assert demo.stat().st_size > 100_000
    today = dt.date.today()
    month = today.strftime("%Y-%m")
    first = today.replace(day=1)
    reports = {
        "core.audit_extract": [f"start={first}", f"end={today}"],
        "orders.daily_close": [f"day={today}"],
        "complaints.monthly": [f"month={month}"],
        "kitchen.daily_sheet": [f"day={today}"],
        "inventory.inspection_ledger": [f"period={first - dt.timedelta(days=90)}..{today}"],
        "scoring.summary": [f"month={month}"],
    }
    for report, params in reports.items():
        pdf = office / f"{report}.pdf"
        args = ["--db", str(demo), "report", "render", report, "-o", str(pdf)]
        for p in params:
            args += ["--param", p]
        run(frozen, office, *args)
        assert pdf.read_bytes().startswith(b"%PDF"), report
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        font_rows = fonts.splitlines()[2:]
        assert font_rows, (report, fonts)
        # every font is embedded (the "emb" column), a CJK one among them
        assert all(" yes " in row for row in font_rows), (report, fonts)
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text), (report, text[:500])


def test_the_frozen_program_runs_as_an_office_runs_it(tmp_path_factory):
    """One test, so that one worker builds the bundle once (two workers building into the
    same ``build/bundle-venv`` at once break each other's pip)."""
    frozen = _build(tmp_path_factory)
    office = tmp_path_factory.mktemp("office")  # an empty data folder, outside the source tree
    _holds_no_source_tree(frozen)
    _every_built_in_plugin_is_active(frozen, office)
    _db_upgrade_creates_every_plugins_tables(frozen, office)
    _demo_then_one_report_per_plugin_with_an_embedded_font(frozen, office)
