"""Every shell command docs/plugins.md shows in a fenced ``sh`` block is run, in order, against
a freshly scaffolded plugin, so the page cannot drift from the code again.

The commands run as printed, with three translations a test needs: ``~`` is a temporary
folder, ``pip install -e ...`` installs into a folder of the test's own (not into the
suite's environment), and ``suite``/``pytest`` run through this interpreter. The bare
``suite`` (the desktop program) is the only command not run.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

DOC = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")


def doc_commands() -> list[list[str]]:
    """The commands of every ```sh block, comments dropped, in page order."""
    out = []
    for block in re.findall(r"^```sh\n(.*?)^```", DOC, flags=re.M | re.S):
        for line in block.splitlines():
            line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
            if line:
                out.append(shlex.split(line))
    return out


def test_the_page_shows_the_commands_a_plugin_author_needs():
    firsts = {tuple(c[:3]) for c in doc_commands()}
    assert ("suite", "new-plugin", "water_notes") in firsts
    assert any(c[:3] == ["python", "-m", "suite.i18n_tools"] for c in doc_commands())
    assert any(c[:2] == ["pip", "install"] for c in doc_commands())


@pytest.mark.slow
def test_every_documented_command_runs_against_a_scaffold(tmp_path):
    home = tmp_path / "home"
    site = tmp_path / "site"
    env = dict(os.environ)
    env["PYTHONPATH"] = str(site) + os.pathsep + env.get("PYTHONPATH", "")
    env["SUITE_HOME"] = str(home)
    env["SUITE_LANG"] = "en"
    env.pop("SUITE_STRICT_PLUGINS", None)
    cwd = tmp_path
    ran = []

    def run(argv: list[str]) -> str:
        result = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, f"{argv}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        return result.stdout

    for cmd in doc_commands():
        cmd = [str(tmp_path) + a[1:] if a.startswith("~") else a for a in cmd]
        if cmd[0] == "cd":
            cwd = Path(cmd[1])
            continue
        if cmd == ["suite"]:
            continue  # the desktop program itself
        if cmd[:2] == ["pip", "install"]:
            target = cmd[-1] if cmd[-1] != "-e" else "."
            target = target.split("[", 1)[0] or "."
            run([sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-deps",
                 "--no-build-isolation", "--target", str(site), target])
        elif cmd[0] == "suite":
            out = run([sys.executable, "-m", "suite", *cmd[1:]])
            if cmd[1:3] == ["plugins", "list"]:
                line = next(l for l in out.splitlines() if l.startswith("water_notes"))
                assert line.endswith("active"), out
        elif cmd[0] == "pytest":
            env.pop("SUITE_TEST_POSTGRES_URL", None)  # SQLite here: test_compat.py runs a plugin's tests on both
            out = run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *cmd[1:]])
            assert " passed" in out
        elif cmd[0] == "python":
            run([sys.executable, *cmd[1:]])
        else:
            pytest.fail(f"docs/plugins.md shows a command this test does not know how to run: {cmd}")
        ran.append(cmd[:3])
    assert len(ran) >= 8, ran
    # the i18n round trip really happened: export wrote the JSON file the page names
    assert (tmp_path / "src" / "water_notes" / "todo.json").exists()
