"""``suite new-plugin NAME``: write a new plugin as its own pip-installable distribution.

The scaffold holds a model with the plugin's table prefix, its first migration, a service
with permission checks and a domain event of its own, a page, a report, a dashboard card, a
staff metric, demo data, a Chinese catalog and passing tests. docs/plugins.md explains each
part.
"""

from __future__ import annotations

import keyword
import re
import uuid
from pathlib import Path

from suite.plugin_api.errors import UserError
from suite.plugin_api.i18n import domain

T = domain("cli")

TEMPLATE = Path(__file__).resolve().parent / "template"
RESERVED = {"core", "suite", "orders", "complaints", "plugins", "test", "tests"}
_NAME = re.compile(r"^[a-z][a-z0-9_]{1,29}$")


def check_name(name: str) -> str:
    name = (name or "").strip()
    if not _NAME.match(name) or keyword.iskeyword(name) or name.endswith("_"):
        raise UserError(T("A plugin name has 2 to 30 lowercase letters, digits or '_' and starts with a letter: \u201c{name}\u201d.", name=name))
    if name in RESERVED:
        raise UserError(T("The name \u201c{name}\u201d is taken by the suite; choose another.", name=name))
    return name


def tokens(name: str) -> dict[str, str]:
    return {
        "@@NAME@@": name,
        "@@PKG@@": f"suite_{name}",
        "@@DIST@@": f"suite-{name.replace('_', '-')}",
        "@@PREFIX@@": f"{name}_",
        "@@TITLE@@": name.replace("_", " ").title(),
        "@@CLASS@@": "".join(part.title() for part in name.split("_")),
        "@@REV@@": uuid.uuid4().hex[:12],
    }


def _fill(text: str, values: dict[str, str]) -> str:
    for token, value in values.items():
        text = text.replace(token, value)
    return text


def new_plugin(name: str, directory: Path) -> Path:
    """Write the distribution into ``directory / name``; refuses to overwrite."""
    name = check_name(name)
    target = Path(directory) / name
    if target.exists():
        raise UserError(T("{path} exists already; nothing was written.", path=str(target)))
    values = tokens(name)
    for source in sorted(TEMPLATE.rglob("*")):
        if source.is_dir() or "__pycache__" in source.parts:
            continue
        relative = _fill(str(source.relative_to(TEMPLATE)), values)
        if relative.endswith(".tmpl"):
            relative = relative[: -len(".tmpl")]
        out = target / relative
        out.parent.mkdir(parents=True, exist_ok=True)
        if source.suffix in (".qm",):
            out.write_bytes(source.read_bytes())
        else:
            out.write_text(_fill(source.read_text(encoding="utf-8"), values), encoding="utf-8")
    _compile_catalog(target / values["@@PKG@@"] / "i18n" / f"{name}_zh_CN.ts")
    return target


def _compile_catalog(ts: Path) -> None:
    """Ship the compiled catalog too, so the page's Qt strings are Chinese from the start."""
    try:
        from suite.i18n_tools import compile_ts

        compile_ts(ts)
    except (SystemExit, OSError, Exception):  # no lrelease: the .ts is still there to compile later
        pass
