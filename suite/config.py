"""Settings of this PC, in a TOML file in the platformdirs config folder.

Settings the whole office shares (company letterhead, plugin policies) live in the database
instead (``core_settings``). The database URL is chosen, first match wins, from: the
``--db`` option, ``SUITE_DATABASE_URL``, ``database.url`` in this file, and the default SQLite
file in the user data folder.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from suite.paths import Paths, get_paths
from suite.plugin_api.errors import UserError
from suite.plugin_api.i18n import domain

T = domain("config")


@dataclass
class Settings:
    path: Path
    data: dict[str, Any] = field(default_factory=dict)

    # -------------------------------------------------------------- reading

    @classmethod
    def load(cls, path: Path | None = None) -> "Settings":
        path = path or get_paths().settings_file
        if not path.exists():
            return cls(path, {})
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise UserError(T("The settings file {path} is not valid TOML: {error}", path=str(path), error=str(exc))) from None
        return cls(path, data)

    def get(self, dotted: str, default: Any = None) -> Any:
        node: Any = self.data
        for part in dotted.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    def set(self, dotted: str, value: Any) -> None:
        parts = dotted.split(".")
        node = self.data
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        if value is None:
            node.pop(parts[-1], None)
        else:
            node[parts[-1]] = value

    def save(self) -> None:
        import tomli_w

        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".toml.tmp")
        tmp.write_text(tomli_w.dumps(self.data), encoding="utf-8")
        os.replace(tmp, self.path)

    # -------------------------------------------------------------- typed views

    @property
    def database_url(self) -> str | None:
        return self.get("database.url")

    @property
    def language(self) -> str | None:
        return self.get("ui.language")

    @property
    def report_font(self) -> str | None:
        return self.get("reports.font")

    def disabled_plugins(self) -> set[str]:
        names = set(self.get("plugins.disabled", []) or [])
        env = os.environ.get("SUITE_DISABLED_PLUGINS", "")
        names |= {n.strip() for n in env.replace(";", ",").split(",") if n.strip()}
        return names

    def set_plugin_enabled(self, name: str, enabled: bool) -> None:
        names = set(self.get("plugins.disabled", []) or [])
        if enabled:
            names.discard(name)
        else:
            names.add(name)
        self.set("plugins.disabled", sorted(names))

    def plugin(self, name: str) -> dict[str, Any]:
        """The ``[plugins.<name>]`` table: local settings of one plugin on this PC."""
        value = self.get(f"plugins.{name}", {})
        return value if isinstance(value, dict) else {}


def resolve_database_url(cli_url: str | None, settings: Settings, paths: Paths | None = None) -> str:
    """``--db`` > ``SUITE_DATABASE_URL`` > settings file > default SQLite file."""
    from suite.db.engine import sqlite_url

    if cli_url:
        return _expand(cli_url)
    env = os.environ.get("SUITE_DATABASE_URL")
    if env:
        return _expand(env)
    if settings.database_url:
        return _expand(settings.database_url)
    paths = paths or get_paths()
    return sqlite_url(paths.default_database)


def _expand(url: str) -> str:
    """A bare file path is taken as a SQLite file. Text that is neither a URL nor a plain
    path (``::::``, ``postgresql:/host``) is refused rather than taken as a file name."""
    from suite.db.engine import sqlite_url

    url = url.strip()
    if "://" not in url:
        if not url or re.search(r":", re.sub(r"^[A-Za-z]:(?=[\\/])", "", url)):
            raise UserError(T("\u201c{url}\u201d is neither a database URL nor a file path: give a SQLite file "
                              "(such as suite.db) or a URL such as postgresql://user@server/suite.", url=url))
        return sqlite_url(Path(url))
    return url
