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


# ---------------------------------------------------------------------------- a demo log-in, before the ORM

#: what the main window of a demo log-in reads before its first paint, in plain SQL (the
#: models load right after that paint): the same answers as suite.core.users.user_context,
#: suite.core.company.get_setting and get_company().name


def read_setting(db, namespace: str, key: str, default=None):
    """:func:`suite.core.company.get_setting` without the ORM: the JSON value stored under
    (*namespace*, *key*), or *default*."""
    from sqlalchemy import text

    with db.engine.connect() as conn:
        row = conn.execute(text('SELECT value FROM core_settings WHERE namespace = :ns AND "key" = :key'),
                           {"ns": namespace, "key": key}).scalar()
    return default if row is None else json.loads(row)


def company_name(db) -> str:
    """The company's name (``get_company(ctx).name``), "" when it cannot be read."""
    try:
        name = read_setting(db, "company", "name", "")
    except Exception:  # noqa: BLE001 - a heading is not worth failing for
        log.debug("company name not read", exc_info=True)
        return ""
    return name if isinstance(name, str) else ""


def office_timezone(db) -> str:
    """``suite.core.company.office_timezone`` without the ORM."""
    from suite.plugin_api.context import DEFAULT_TIMEZONE

    return read_setting(db, "company", "timezone", DEFAULT_TIMEZONE) or DEFAULT_TIMEZONE


def user_context(ctx, username: str):
    """``suite.core.users.user_context`` in plain SQL: the context acting as *username*, or
    None when there is no such user or anything cannot be read (the caller then asks the
    ORM's version, which explains)."""
    from sqlalchemy import bindparam, text

    from suite.core.validation import lookup_text
    from suite.plugin_api.context import CurrentUser

    name = lookup_text(username, 64)
    if not name:
        return None
    try:
        with ctx.db.engine.connect() as conn:
            row = conn.execute(text("SELECT id, username, display_name FROM core_users WHERE username = :name"),
                               {"name": name}).first()
            if row is None:
                return None
            roles = [r for r in conn.execute(text(
                "SELECT r.id, r.code, r.name, r.archived FROM core_roles r "
                "JOIN core_user_roles ur ON ur.role_id = r.id WHERE ur.user_id = :user"), {"user": row.id})
                if not r.archived]
            role_ids = [r.id for r in roles]
            permissions = set(conn.execute(
                text("SELECT permission FROM core_role_permissions WHERE role_id IN :roles")
                .bindparams(bindparam("roles", expanding=True)), {"roles": role_ids}).scalars()) if role_ids else set()
            staff_id = conn.execute(text("SELECT id FROM core_staff WHERE user_id = :user"), {"user": row.id}).scalar()
    except Exception:  # noqa: BLE001 - the ORM's version explains
        log.debug("plain look-up of user %s failed", username, exc_info=True)
        return None
    return ctx.with_user(CurrentUser(
        id=row.id,
        username=row.username,
        display_name=row.display_name or row.username,
        roles=tuple(sorted(r.code or r.name for r in roles)),
        permissions=frozenset(permissions),
        is_owner=any(r.code == "owner" for r in roles),
        staff_id=staff_id,
    ))
