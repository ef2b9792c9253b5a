"""Generate docs/api-reference.md: every public name of ``suite.plugin_api`` and its
submodules, with its signature and docstring, in a stable order.

    python tools/api_reference.py           # rewrite docs/api-reference.md
    python tools/api_reference.py --check   # exit 1 when the page is stale

A module's public names are its ``__all__``, or else every name not starting with ``_``
defined in (or re-exported by) the module, minus the modules and typing helpers it imports.
tests/devkit/test_api_reference.py fails when a public name has no docstring, when a
docstring points into the suite's internals, or when the page is stale.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import re
import sys
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "api-reference.md"

#: the modules of the plugin API, in the order the page shows them
MODULES = (
    "suite.plugin_api",
    "suite.plugin_api.context",
    "suite.plugin_api.errors",
    "suite.plugin_api.records",
    "suite.plugin_api.hookspecs",
    "suite.plugin_api.i18n",
    "suite.plugin_api.db",
    "suite.plugin_api.core",
    "suite.plugin_api.lists",
    "suite.plugin_api.numbers",
    "suite.plugin_api.labels",
    "suite.plugin_api.reports",
    "suite.plugin_api.ui",
    "suite.plugin_api.testing",
)

#: internals a docstring must not send a plugin author to
INTERNAL = ("suite.ui", "suite.core", "suite.db", "suite.host", "suite.cli", "suite.migrate",
            "suite.bootstrap", "suite.reports")

#: names exported for convenience that are not the suite's own (documented by their projects)
FOREIGN_OK = {"hookimpl", "hookspec"}


def public_names(module: types.ModuleType) -> list[str]:
    names = getattr(module, "__all__", None)
    if names is None:
        names = []
        for name, value in vars(module).items():
            if name.startswith("_") or isinstance(value, types.ModuleType):
                continue
            if name in ("annotations", "TYPE_CHECKING", "Any") or getattr(value, "__module__", "").startswith("typing"):
                continue
            if inspect.isclass(value) or inspect.isfunction(value) or callable(value):
                mod = getattr(value, "__module__", "") or ""
                if not mod.startswith("suite"):
                    continue  # an imported helper of the standard library or a dependency
            elif not name.isupper():
                continue  # plain module-level values: only CONSTANTS are part of the API
            names.append(name)
    return sorted(names, key=lambda n: (not n.isupper(), n.lower()))


def _signature(obj) -> str:
    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError):
        return ""

    def ann(a) -> str:
        return a if isinstance(a, str) else inspect.formatannotation(a)

    params = []
    for p in sig.parameters.values():
        text = p.name
        if p.kind is p.VAR_POSITIONAL:
            text = "*" + text
        elif p.kind is p.VAR_KEYWORD:
            text = "**" + text
        if p.annotation is not p.empty:
            text += ": " + ann(p.annotation)
        if p.default is not p.empty:
            text += (" = " if p.annotation is not p.empty else "=") + repr(p.default)
        params.append(text)
    # keyword-only marker
    kinds = [p.kind for p in sig.parameters.values()]
    if inspect.Parameter.KEYWORD_ONLY in kinds and inspect.Parameter.VAR_POSITIONAL not in kinds:
        params.insert(kinds.index(inspect.Parameter.KEYWORD_ONLY), "*")
    out = "(" + ", ".join(params) + ")"
    if sig.return_annotation is not sig.empty and ann(sig.return_annotation) != "None":
        out += " -> " + ann(sig.return_annotation)
    out = re.sub(r"<(?:function|built-in function|class) ([\w.]+)(?: at 0x[0-9a-f]+)?>", r"\1", out)
    return re.sub(r"<([\w.]+) object at 0x[0-9a-f]+>", r"\1()", out)


def _doc(obj) -> str:
    doc = inspect.getdoc(obj) or ""
    if inspect.isclass(obj) and dataclasses.is_dataclass(obj) and doc.startswith(obj.__name__ + "("):
        return ""  # the dataclass default, not a docstring
    return doc


def docstring_of(module: types.ModuleType, name: str) -> str:
    value = getattr(module, name)
    if inspect.isclass(value) or inspect.isfunction(value) or inspect.ismethod(value):
        return _doc(value)
    if callable(value) and not isinstance(value, (str, int, float, tuple, frozenset)):
        return _doc(value)
    return ""


def _constant_doc(module: types.ModuleType, name: str) -> str:
    """The ``#:`` comment above a module constant, when there is one."""
    try:
        lines = inspect.getsource(module).splitlines()
    except (OSError, TypeError):
        return ""
    for i, line in enumerate(lines):
        if line.startswith(f"{name} =") or line.startswith(f"{name}: "):
            notes = []
            j = i - 1
            while j >= 0 and lines[j].startswith("#:"):
                notes.insert(0, lines[j][2:].strip())
                j -= 1
            return " ".join(notes)
    return ""


def entries(module_name: str) -> list[dict]:
    module = importlib.import_module(module_name)
    out = []
    for name in public_names(module):
        value = getattr(module, name)
        if inspect.isclass(value):
            kind = "class"
            sig = _signature(value) if dataclasses.is_dataclass(value) else ""
        elif callable(value):
            kind = "function"
            sig = _signature(value)
        else:
            kind = "constant"
            sig = ""
        doc = docstring_of(module, name) if kind != "constant" else _constant_doc(module, name)
        out.append({"name": name, "kind": kind, "signature": sig, "doc": doc,
                    "foreign": name in FOREIGN_OK, "value": value})
    return out


def render() -> str:
    lines = [
        "# Plugin API reference",
        "",
        "Generated from the docstrings by `python tools/api_reference.py`; do not edit by hand",
        "(a test fails when this page is stale). Everything a plugin may import is here; the",
        "guide is [plugins.md](plugins.md).",
        "",
    ]
    for module_name in MODULES:
        module = importlib.import_module(module_name)
        lines += [f"## `{module_name}`", ""]
        head = (inspect.getdoc(module) or "").strip()
        if head:
            lines += [head, ""]
        for e in entries(module_name):
            if module_name != "suite.plugin_api" and e["kind"] != "constant":
                home = getattr(e["value"], "__module__", module_name)
                if home.startswith("suite.plugin_api") and home != module_name and home in MODULES:
                    lines += [f"- `{e['name']}`: see [`{home}`](#{home.replace('.', '')})", ""]
                    continue
            if module_name == "suite.plugin_api":
                home = getattr(e["value"], "__module__", "") if e["kind"] != "constant" else ""
                where = f" (from `{home}`)" if home and home in MODULES and home != module_name else ""
                lines += [f"- `{e['name']}`{where}"]
                continue
            title = f"### `{e['name']}{e['signature']}`" if e["kind"] == "function" else f"### `{e['name']}`"
            if e["kind"] == "class" and e["signature"]:
                title = f"### `{e['name']}{e['signature']}`"
            lines += [title, "", f"*{e['kind']}*", ""]
            if e["doc"]:
                lines += [e["doc"], ""]
        if module_name == "suite.plugin_api":
            lines += [""]
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print("docs/api-reference.md is stale: run python tools/api_reference.py")
            return 1
        print("docs/api-reference.md is up to date")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv[1:]))
