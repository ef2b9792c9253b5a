"""docs/plugins.md documents every hook (the core's and the first-party plugins' own) and
every contribution record."""

from __future__ import annotations

import inspect
import re

from suite.host import build_host
from suite.plugin_api import hookspecs, records
from tests.conftest import ROOT

DOC = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
HEADINGS = set(re.findall(r"^### `(suite_\w+)`", DOC, flags=re.M))


def _hook_names(module_or_class) -> set[str]:
    return {name for name, fn in inspect.getmembers(module_or_class, callable)
            if name.startswith("suite_") and hasattr(fn, "suite_spec")}


def test_every_core_hook_is_documented_and_has_a_docstring_with_an_example():
    names = _hook_names(hookspecs)
    assert len(names) >= 15
    for name in names:
        doc = getattr(hookspecs, name).__doc__ or ""
        assert "Example" in doc, f"{name} has no example in its docstring"
    missing = names - HEADINGS
    assert not missing, f"hooks not documented in docs/plugins.md: {sorted(missing)}"


def test_every_plugin_declared_hook_is_documented():
    host = build_host(strict=True)
    found = set()
    for info in host.active_plugins():
        specs = getattr(info.module, "HOOKSPECS", None)
        if specs is None:
            continue
        if isinstance(specs, str):
            from suite.host import resolve

            specs = resolve(specs)
        found |= _hook_names(specs)
    missing = found - HEADINGS
    assert not missing, f"plugin hooks not documented in docs/plugins.md: {sorted(missing)}"


def test_no_documented_hook_is_stale():
    host = build_host(strict=True)
    known = {name for name in dir(host.pm.hook) if name.startswith("suite_")}
    stale = HEADINGS - known
    assert not stale, f"docs/plugins.md documents hooks that do not exist: {sorted(stale)}"


def test_every_record_is_mentioned():
    for record in records.RECORD_TYPES:
        assert f"`{record.__name__}" in DOC, record.__name__
