"""Shared test set-up: Qt offscreen, every test in its own SUITE_HOME, plugins strict."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SUITE_STRICT_PLUGINS", "1")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_home(suite_home):
    """No test reads or writes the real user's settings, data or logs."""
    return suite_home


@pytest.fixture
def run_suite(suite_home):
    """Run the ``suite`` command line in a child process; returns CompletedProcess."""
    import subprocess

    def run(*args, input: str | None = None, env: dict | None = None, timeout: float = 120):
        full_env = dict(os.environ)
        full_env["SUITE_HOME"] = str(suite_home)
        full_env.pop("SUITE_STRICT_PLUGINS", None)
        if env:
            full_env.update(env)
        return subprocess.run(
            [sys.executable, "-m", "suite", *args], input=input, capture_output=True, text=True,
            env=full_env, timeout=timeout, encoding="utf-8",
        )

    return run
