"""Putting the suite together: settings, database, plugins, migrations, reference data.

The GUI, the command line, the demo and the test fixtures all start through
:func:`open_runtime`, so they see the same database the same way.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from suite.config import Settings, resolve_database_url
from suite.paths import Paths, get_paths
from suite.plugin_api import i18n
from suite.plugin_api.context import Context

log = logging.getLogger("suite")


@dataclass
class Runtime:
    settings: Settings
    paths: Paths
    db: object
    host: object
    ctx: Context  # acting as the system until someone logs in
    #: False while the plugins' models are still to be imported (``open_runtime(models=False)``:
    #: the desktop program shows its main window first); see :meth:`ensure_models`
    models_loaded: bool = True

    def ensure_models(self) -> None:
        """Import every active branch's models and configure the mappers, unless done. Called
        on the GUI thread before any page, dialog or background task can use the ORM."""
        if self.models_loaded:
            return
        self.models_loaded = True
        from suite import migrate as migrations

        migrations.load_models(self.host)

    def close(self) -> None:
        self.db.dispose()


def build_host_from_settings(settings: Settings, **kwargs):
    from suite.host import build_host

    return build_host(disabled=settings.disabled_plugins(), **kwargs)


def choose_language(explicit: str | None = None, settings: Settings | None = None) -> str:
    """The language to use: ``--lang`` > ``SUITE_LANG`` > ``[ui] language`` in settings.toml >
    the operating system's language."""
    import os

    return (explicit or os.environ.get("SUITE_LANG") or (settings.language if settings else None)
            or i18n.system_language())


def load_catalogs(host, language: str | None) -> str:
    """Register every active plugin's catalogs and switch the language of non-Qt text (the
    parsed catalogs are kept in the data folder's ``cache``)."""
    i18n.set_cache_dir(get_paths().data_dir / "cache")
    dirs = [(Path(c.directory), c.basename) for c in host.translation_catalogs()]
    return i18n.set_language(language or i18n.system_language(), dirs)


def open_runtime(db_url: str | None = None, *, settings: Settings | None = None, host=None,
                 migrate: bool = True, backup: bool = True, progress=None, language: str | None = None,
                 check_share: bool = True, office: bool = True, models: bool = True) -> Runtime:
    """Open the database (upgrading it when ``migrate``), build the plugin host and prepare
    the reference data (built-in roles, departments, every plugin's permissions).
    ``office=False`` skips reading the office's settings (time zone) for commands that only
    look at the schema. ``models=False`` leaves the plugins' models to
    :meth:`Runtime.ensure_models` (the core's load with the first query that needs them)."""
    from suite.db.engine import check_database, open_database

    paths = get_paths()
    settings = settings or Settings.load(paths.settings_file)
    host = host or build_host_from_settings(settings)
    load_catalogs(host, choose_language(language, settings))
    url = resolve_database_url(db_url, settings, paths)
    db = open_database(url, check_share=check_share)
    try:
        check_database(db)  # one line naming what to fix, not a driver's error half-way through
    except BaseException:
        db.dispose()
        raise
    from suite import migrate as migrations

    ctx = Context(db=db, host=host, settings=settings)
    if migrate:
        prepare_database(ctx, backup=backup, progress=progress)
    else:
        migrations.check_compatible(db, host)
    if models:
        migrations.load_models(host)
    if office:
        try:
            from suite.core.company import office_timezone

            ctx.timezone_name = office_timezone(ctx)
        except Exception:  # a database not yet migrated has no settings table
            log.debug("office time zone not read", exc_info=True)
    return Runtime(settings, paths, db, host, ctx, models_loaded=models)


def prepare_database(ctx: Context, *, backup: bool = True, progress=None, force: bool = False,
                     states: list | None = None) -> list:
    """Upgrade every branch, then create reference rows and tell the plugins.

    The reference rows (built-in roles, departments, default grants of new permissions) and
    the plugins' ``suite_database_ready`` work depend only on the schema, the active plugins
    and their permissions (and the year, for calendars). Their fingerprint is kept in the
    database; an ordinary start whose fingerprint matches skips that work (about 0.1 s).
    *states*: the migration status the caller has just read (:func:`suite.migrate.status`).
    """
    from suite import migrate as migrations

    applied = migrations.upgrade(ctx.db, ctx.host, backup=backup, progress=progress, states=states)
    _guard_audit_log(ctx, applied)
    from suite.core.startup import read_setting  # plain SQL: an ordinary start needs no models

    system = ctx.as_system()
    fingerprint = _fingerprint(ctx)
    if not force and not applied and read_setting(ctx.db, "core", "prepared_for") == fingerprint:
        return applied
    from suite.core.company import set_setting
    from suite.core.staff import ensure_departments
    from suite.core.users import ensure_roles

    ensure_roles(system, ctx.host.permissions())
    ensure_departments(system)
    ctx.host.call_each("suite_database_ready", ctx=system)
    set_setting(system, "core", "prepared_for", fingerprint, permission="settings.manage")
    return applied


def _guard_audit_log(ctx: Context, applied: list) -> None:
    """The audit log's triggers are checked, and re-created when missing or changed, at every
    start. A database just created from nothing forgets any head remembered for its place."""
    from suite.core import audit_chain, audit_head

    if any(branch == "core" and not migrations_parents(ctx, rev) for branch, rev in applied):
        audit_head.forget_head(ctx.db)
    repaired = audit_chain.ensure_guards(ctx.db)
    if repaired:
        log.warning("audit log guards re-created: %s", ", ".join(repaired))


def migrations_parents(ctx: Context, revision: str) -> tuple:
    from suite.migrate import read_scripts

    for loc in ctx.host.migration_locations():
        if loc.branch == "core":
            return read_scripts(loc.path).parents.get(revision, ())
    return ()


def _fingerprint(ctx: Context) -> str:
    import hashlib

    from suite import __version__

    parts = [__version__, str(ctx.today().year)]
    parts += sorted(f"{p.name}={p.version}" for p in ctx.host.active_plugins())
    parts += sorted(p.id for p in ctx.host.permissions())
    parts += sorted(f"{loc.branch}:{','.join(migrations_heads(loc))}" for loc in ctx.host.migration_locations())
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


def migrations_heads(loc) -> list[str]:
    from suite.migrate import read_scripts

    return read_scripts(loc.path).heads
