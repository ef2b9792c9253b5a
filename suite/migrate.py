"""Running the migrations of the core and of every plugin.

Each branch (core, and one per plugin) keeps its own revisions in its own folder and its own
version table (``<table prefix>alembic_version``), so a plugin can be installed, disabled or
removed without confusing Alembic about revisions it can no longer see. ``suite db upgrade``
upgrades core first, then the plugins in dependency order, all in one transaction on a
dedicated connection: when a revision raises, nothing of the upgrade stays and the error
names the plugin and the revision.

Status is computed without importing Alembic (it reads the revision files), so that start-up
only pays for Alembic when a migration is actually due.
"""

from __future__ import annotations

import importlib
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import inspect, text

from suite.plugin_api.errors import SuiteError
from suite.plugin_api.i18n import domain
from suite.plugin_api.records import MigrationLocation

T = domain("db")
log = logging.getLogger("suite.migrate")

_REV = re.compile(r"^revision\s*(?::[^=]+)?=\s*['\"]([0-9A-Za-z_]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]+)?=\s*(.+)$", re.M)
_IDS = re.compile(r"['\"]([0-9A-Za-z_]+)['\"]")


class MigrationFailed(SuiteError):
    def __init__(self, branch: str, plugin: str, revision: str | None, error: BaseException) -> None:
        self.branch = branch
        self.plugin = plugin
        self.revision = revision
        self.error = error
        super().__init__(
            T(
                "The database upgrade failed in plugin \u201c{plugin}\u201d at revision {revision}: "
                "{error}. The database was left as it was.",
                plugin=plugin,
                revision=revision or "?",
                error=f"{type(error).__name__}: {error}",
            )
        )


def version_table(loc: MigrationLocation) -> str:
    """The branch's own version table, carrying the branch's table prefix like its tables."""
    return f"{loc.table_prefix or loc.branch + '_'}alembic_version"


@dataclass
class BranchScripts:
    """The revisions of one branch as read from its files."""

    parents: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def heads(self) -> list[str]:
        referenced = {p for parents in self.parents.values() for p in parents}
        return sorted(r for r in self.parents if r not in referenced)

    def ancestors(self, revision: str) -> set[str]:
        seen: set[str] = set()
        stack = [revision]
        while stack:
            rev = stack.pop()
            if rev in seen or rev not in self.parents:
                continue
            seen.add(rev)
            stack.extend(self.parents[rev])
        return seen

    def pending(self, current: list[str]) -> int:
        done: set[str] = set()
        for rev in current:
            done |= self.ancestors(rev)
        todo: set[str] = set()
        for head in self.heads:
            todo |= self.ancestors(head)
        return len(todo - done)


def read_scripts(path: str | Path) -> BranchScripts:
    scripts = BranchScripts()
    folder = Path(path)
    if not folder.is_dir():
        return scripts
    for file in sorted(folder.glob("*.py")):
        if file.name.startswith("__"):
            continue
        source = file.read_text(encoding="utf-8")
        rev = _REV.search(source)
        if not rev:
            continue
        down = _DOWN.search(source)
        parents = tuple(_IDS.findall(down.group(1))) if down else ()
        scripts.parents[rev.group(1)] = parents
    return scripts


@dataclass
class BranchStatus:
    branch: str
    plugin: str
    active: bool
    current: list[str]
    heads: list[str]
    pending: int
    unknown: list[str] = field(default_factory=list)

    @property
    def up_to_date(self) -> bool:
        return self.pending == 0 and not self.unknown


def current_revisions(conn, loc: MigrationLocation) -> list[str]:
    table = version_table(loc)
    if not inspect(conn).has_table(table):
        return []
    return sorted(row[0] for row in conn.execute(text(f"SELECT version_num FROM {table}")))


def status(db, host) -> list[BranchStatus]:
    """Per branch: current revision(s) vs head(s), for every installed plugin."""
    active = {loc.branch for loc in host.migration_locations()}
    out = []
    with db.engine.connect() as conn:
        for loc in host.all_migration_locations():
            scripts = read_scripts(loc.path)
            current = current_revisions(conn, loc)
            unknown = [r for r in current if r not in scripts.parents]
            out.append(
                BranchStatus(
                    loc.branch, loc.plugin, loc.branch in active, current, scripts.heads,
                    scripts.pending(current), unknown,
                )
            )
    return out


def needs_upgrade(db, host, states: list[BranchStatus] | None = None) -> bool:
    return any(s.active and s.pending for s in (status(db, host) if states is None else states))


def check_compatible(db, host, states: list[BranchStatus] | None = None) -> None:
    """Refuse a database written by a newer suite (a revision this installation lacks).
    *states*: a :func:`status` just read (else it is read here)."""
    for st in status(db, host) if states is None else states:
        if st.unknown:
            raise SuiteError(
                T(
                    "The database has revision {revision} of \u201c{branch}\u201d, which this version of "
                    "the suite does not know. It was probably upgraded by a newer version: update the suite.",
                    revision=", ".join(st.unknown),
                    branch=st.branch,
                )
            )


# ---------------------------------------------------------------------------- Alembic side


def env_dir() -> Path:
    from suite.core.plugin import package_dir

    return package_dir("suite.core_migrations")


def import_models(locations: list[MigrationLocation]) -> None:
    for loc in locations:
        for module in loc.models:
            importlib.import_module(module)


def load_models(host) -> None:
    """Import the models of every active branch and configure the mappers, once, on the
    thread that starts the program.

    Relationships name their targets by string; SQLAlchemy resolves them when the mappers are
    first configured, which happens on the first query of any thread. A page that imports a
    plugin's models while a background thread (a dashboard card, a live refresh) runs its
    first query could let that query configure the mappers half-way through the import, and
    fail with "expression 'InquiryNote' failed to locate a name". Loading everything up front
    leaves nothing to race. (The desktop program paints its main window first and calls this
    right after, before any worker starts: ``Runtime.ensure_models``.) A plugin whose models
    cannot be imported is logged and skipped:
    its pages fail on their own, the rest of the program works.
    """
    from sqlalchemy.orm import configure_mappers

    for loc in host.migration_locations():
        for module in loc.models:
            try:
                importlib.import_module(module)
            except Exception:  # noqa: BLE001 - one plugin's fault stays with that plugin
                log.error("models of branch %s could not be imported (%s)", loc.branch, module, exc_info=True)
    try:
        configure_mappers()
    except Exception:  # noqa: BLE001 - the first query would raise the same error, with context
        log.error("the models could not be configured", exc_info=True)


def alembic_config(loc: MigrationLocation, connection=None, **attributes):
    from alembic.config import Config

    from suite.db.base import Base

    cfg = Config()
    cfg.set_main_option("script_location", str(env_dir()))
    cfg.set_main_option("version_locations", loc.path)
    cfg.set_main_option("path_separator", "os")
    cfg.attributes["connection"] = connection
    cfg.attributes["location"] = loc
    cfg.attributes["metadata"] = Base.metadata
    cfg.attributes.update(attributes)
    return cfg


def _upgrade_path(cfg, current: list[str]) -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(cfg)
    revs = list(script.iterate_revisions("heads", tuple(current) or "base"))
    return [r.revision for r in reversed(revs)]


def upgrade(db, host, *, backup: bool = True,
            progress: Callable[[str, int, int], None] | None = None,
            states: list[BranchStatus] | None = None) -> list[tuple[str, str]]:
    """Upgrade every active branch to its head in one transaction.

    Returns the (branch, revision) steps applied. ``progress(label, done, total)`` is called
    before each step. Raises MigrationFailed (and changes nothing) when a step raises.
    *states*: a :func:`status` the caller has just read (read once here otherwise).
    """
    locations = host.migration_locations()
    read = status(db, host) if states is None else states
    states = {s.branch: s for s in read}
    check_compatible(db, host, read)
    if not any(states[loc.branch].pending for loc in locations if loc.branch in states):
        return []
    from alembic import command  # only when a migration is due (about 0.15 s)
    holds_data = any(st.current for st in states.values())
    taken = None
    if backup and holds_data and db.is_sqlite and db.sqlite_path and db.sqlite_path.exists():
        from suite import backup as backups

        taken = backups.pre_migration_backup(db)
    import_models(locations)

    applied: list[tuple[str, str]] = []
    total = sum(states[loc.branch].pending for loc in locations)
    plans: dict[str, list[str]] = {}
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        if db.is_sqlite:
            # foreign keys off before BEGIN: batch-mode table rebuilds must not cascade
            raw.execute("PRAGMA foreign_keys=OFF")
            conn = conn.execution_options(sqlite_begin="IMMEDIATE")
        trans = conn.begin()
        current_loc: MigrationLocation | None = None
        try:
            if db.dialect == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(742001)"))
            for loc in locations:
                current_loc = loc
                current = current_revisions(conn, loc)
                cfg = alembic_config(loc, conn)
                plans[loc.branch] = _upgrade_path(cfg, current)
                if not plans[loc.branch]:
                    continue

                def on_apply(ctx, step, heads, run_args, _loc=loc):
                    for rev in step.up_revision_ids if hasattr(step, "up_revision_ids") else [step.up_revision_id]:
                        applied.append((_loc.branch, rev))
                    if progress:
                        progress(_loc.branch, len(applied), total)

                cfg.attributes["on_version_apply"] = on_apply
                if progress:
                    progress(loc.branch, len(applied), total)
                command.upgrade(cfg, "heads")
            if db.is_sqlite:
                bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if bad:
                    raise RuntimeError(f"foreign key check failed after migration: {bad[:5]}")
            trans.commit()
        except Exception as exc:
            trans.rollback()
            branch = current_loc.branch if current_loc else "?"
            done = [rev for b, rev in applied if b == branch]
            plan = plans.get(branch, [])
            failing = plan[len(done)] if len(done) < len(plan) else None
            log.error("migration failed in %s at %s", branch, failing, exc_info=exc)
            raise MigrationFailed(branch, current_loc.plugin if current_loc else "?", failing, exc) from exc
        finally:
            if db.is_sqlite:
                raw.execute("PRAGMA foreign_keys=ON")
    if taken is not None:  # its audit row, now that the audit log has the schema the writer knows
        from suite import backup as backups

        backups.record_backup(db, taken, backups.read_manifest(taken) or {})
    return applied


def compare(db, loc: MigrationLocation) -> list:
    """Differences between a branch's models and the migrated database (should be empty)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from suite.db.base import Base

    import_models([loc])
    with db.engine.connect() as conn:
        mc = MigrationContext.configure(
            conn,
            opts={
                "include_object": include_object_for(loc),
                "compare_type": True,
                "version_table": version_table(loc),
            },
        )
        return compare_metadata(mc, Base.metadata)


def include_object_for(loc: MigrationLocation):
    prefix = loc.table_prefix

    def include_object(obj, name, type_, reflected, compare_to):
        if type_ == "table":
            return bool(name) and name.startswith(prefix) and not name.endswith("_alembic_version")
        table = getattr(obj, "table", None)
        if table is not None:
            return table.name.startswith(prefix)
        return True

    return include_object


def make_revision(loc: MigrationLocation, db, message: str, autogenerate: bool = True) -> str:
    """Write a new revision file for a branch (for plugin authors: ``suite db revision``)."""
    from alembic import command

    import_models([loc])
    scripts = read_scripts(loc.path)
    Path(loc.path).mkdir(parents=True, exist_ok=True)
    with db.engine.connect() as conn:
        cfg = alembic_config(loc, conn)
        kwargs = {}
        if not scripts.parents:
            kwargs = {"head": "base", "branch_label": loc.branch, "version_path": loc.path}
        rev = command.revision(cfg, message=message, autogenerate=autogenerate, **kwargs)
        conn.commit()
    return rev.path if hasattr(rev, "path") else str(rev)
