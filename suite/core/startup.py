"""What the log-in window needs to know before the plugins and the ORM are loaded.

The desktop program shows its log-in window first and builds the plugin host, reads the
catalogs, declares the models and checks every branch's migrations right after that window
is painted (:meth:`suite.ui.app.Shell.start_early`). Choosing the window takes a few plain
SQL reads here, through SQLAlchemy Core on the engine already open: is the core's schema at
its head (else the ordinary start-up runs: upgrade first, then log in), is there any account
(else the first-start dialog), and the company name for the heading. Anything unexpected
answers None, and the shell takes the ordinary path, which explains the problem.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

log = logging.getLogger("suite")

#: the core branch's version table and revisions folder (as ``suite.core.plugin`` declares them)
CORE_VERSION_TABLE = "core_alembic_version"


@dataclass(frozen=True)
class EarlyView:
    """What decides the first window: any account yet, and the company's name."""

    has_users: bool
    company: str


def core_versions_dir() -> Path:
    spec = find_spec("suite.core_migrations")
    assert spec is not None and spec.submodule_search_locations
    return Path(list(spec.submodule_search_locations)[0]) / "versions"


def core_i18n_dir() -> Path:
    """The suite's own catalogs (``suite_<language>.qm``), as ``suite.core.plugin`` declares them."""
    spec = find_spec("suite.resources")
    assert spec is not None and spec.submodule_search_locations
    return Path(list(spec.submodule_search_locations)[0]) / "i18n"


def peek(db) -> EarlyView | None:
    """The early view of *db*, or None when the core's schema is not at its head (a new or
    an older database: the upgrade must come first) or anything cannot be read."""
    from sqlalchemy import inspect, text

    from suite.migrate import read_scripts

    try:
        scripts = read_scripts(core_versions_dir())
        with db.engine.connect() as conn:
            if not inspect(conn).has_table(CORE_VERSION_TABLE):
                return None
            current = sorted(row[0] for row in conn.execute(text(f"SELECT version_num FROM {CORE_VERSION_TABLE}")))
            if not current or any(rev not in scripts.parents for rev in current) or scripts.pending(current):
                return None
            has_users = conn.execute(text("SELECT 1 FROM core_users LIMIT 1")).first() is not None
            name = conn.execute(text('SELECT value FROM core_settings WHERE namespace = :ns AND "key" = :key'),
                                {"ns": "company", "key": "name"}).scalar()
    except Exception:  # noqa: BLE001 - the ordinary start-up explains it
        log.debug("early look at the database failed", exc_info=True)
        return None
    try:
        company = json.loads(name) if name is not None else ""
    except ValueError:
        company = ""
    return EarlyView(has_users=has_users, company=company if isinstance(company, str) else "")
