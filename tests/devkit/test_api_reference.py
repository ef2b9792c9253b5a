"""docs/api-reference.md is generated from the plugin API's docstrings and kept fresh: every
public name has a docstring, none points a plugin author into the suite's internals, and the
page matches what the generator writes today."""

from __future__ import annotations

import importlib.util

import pytest

from tests.conftest import ROOT


def _generator():
    spec = importlib.util.spec_from_file_location("api_reference", ROOT / "tools" / "api_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gen():
    return _generator()


def _own_entries(gen):
    """(module, entry) for every name documented in its own module's section."""
    for module_name in gen.MODULES[1:]:
        for e in gen.entries(module_name):
            home = getattr(e["value"], "__module__", module_name) if e["kind"] != "constant" else module_name
            if home != module_name and home in gen.MODULES:
                continue  # documented where it is defined
            if e["foreign"] or e["name"].startswith("pytest_"):
                continue
            yield module_name, e


def test_every_public_name_of_the_plugin_api_has_a_docstring(gen):
    missing = [f"{m}.{e['name']}" for m, e in _own_entries(gen) if e["kind"] != "constant" and not e["doc"].strip()]
    assert not missing, f"public names without a docstring: {missing}"


def test_no_docstring_sends_a_plugin_author_into_the_internals(gen):
    bad = []
    for m, e in _own_entries(gen):
        for internal in gen.INTERNAL:
            if f"{internal}." in e["doc"] or f"`{internal}`" in e["doc"] or f"~{internal}" in e["doc"]:
                bad.append(f"{m}.{e['name']} mentions {internal}")
    assert not bad, bad


def test_the_reference_page_is_fresh_and_linked_from_the_guide(gen):
    page = ROOT / "docs" / "api-reference.md"
    assert page.read_text(encoding="utf-8") == gen.render(), "run: python tools/api_reference.py"
    assert "(api-reference.md)" in (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    for name in ("get_staff", "set_setting", "FormField", "RecordForm", "ReportDocument", "ListColumn"):
        assert f"`{name}" in page.read_text(encoding="utf-8"), name
