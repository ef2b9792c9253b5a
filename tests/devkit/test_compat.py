"""The compatibility promise, tested: a plugin written against API 1.0 (the scaffold's output of
that day, frozen in tests/fixtures/compat_notes with its model, migration, page, report, card,
metric, demo data and tests) keeps installing, migrating and passing its own tests on every
later 1.y of the plugin API. Never edit the fixture to make this pass: change the suite."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from suite.plugin_api import API_VERSION
from tests.conftest import FIXTURES

FIXTURE = FIXTURES / "compat_notes"


def test_the_fixture_was_written_for_this_major_version():
    text = (FIXTURE / "suite_compat_notes" / "plugin.py").read_text(encoding="utf-8")
    assert 'API_VERSION = "1.0"' in text
    assert API_VERSION.split(".")[0] == "1", "a new major version: add a fixture for it, keep this one's promise documented"


@pytest.mark.slow
def test_a_plugin_written_for_api_1_0_still_installs_migrates_and_passes_its_tests(tmp_path):
    dist = tmp_path / "compat_notes"
    shutil.copytree(FIXTURE, dist, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "build"))
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-deps",
                    "--no-build-isolation", "--target", str(site), str(dist)], check=True, capture_output=True, text=True)
    env = dict(os.environ, PYTHONPATH=str(site) + os.pathsep + os.environ.get("PYTHONPATH", ""),
               SUITE_HOME=str(tmp_path / "home"), SUITE_LANG="en")
    env.pop("SUITE_STRICT_PLUGINS", None)

    def run(*argv, cwd=None):
        done = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
        return done.stdout

    listing = run(sys.executable, "-m", "suite", "plugins", "list")
    line = next(l for l in listing.splitlines() if l.startswith("compat_notes"))
    assert line.endswith("active"), listing
    db = f"sqlite:///{tmp_path / 'office.db'}"
    assert "upgraded compat_notes" in run(sys.executable, "-m", "suite", "--db", db, "db", "upgrade")
    pdf = tmp_path / "items.pdf"
    run(sys.executable, "-m", "suite", "--db", db, "report", "render", "compat_notes.items", "-o", str(pdf))
    assert "Item list" in subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    out = run(sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(dist / "tests"), cwd=dist)
    assert " passed" in out and "failed" not in out
