"""Migrations: one head per branch, upgrade from empty, models match, failures change nothing."""

from __future__ import annotations

import importlib
import sys

import pytest
from sqlalchemy import inspect, text

from suite import migrate
from suite.bootstrap import prepare_database
from suite.db.engine import open_database
from suite.host import build_host
from suite.plugin_api.context import Context
from tests.conftest import FIXTURES

sys.path.insert(0, str(FIXTURES / "migplugin"))


@pytest.fixture
def tmig():
    module = importlib.import_module("suite_test_migplugin")
    module.VERSIONS = "v1"
    yield module
    module.VERSIONS = "v1"


def _empty_db(suite_backend, tmp_path, request, host):
    """A brand-new, empty database (no template), on SQLite or PostgreSQL."""
    from suite.plugin_api.testing import _pg_admin, _pg_url_for, postgres_url

    if suite_backend == "sqlite":
        return open_database(f"sqlite:///{tmp_path / 'empty.db'}"), lambda: None
    import uuid

    url = postgres_url(request.config)
    name = f"suite_empty_{uuid.uuid4().hex[:8]}"
    admin = _pg_admin(url)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop():
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return open_database(_pg_url_for(url, name)), drop


def test_every_branch_has_exactly_one_head():
    host = build_host(strict=True)
    assert host.migration_locations(), "at least the core branch"
    for loc in host.all_migration_locations():
        scripts = migrate.read_scripts(loc.path)
        assert len(scripts.heads) == 1, f"{loc.branch} has heads {scripts.heads}"
        assert loc.table_prefix and loc.table_prefix.endswith("_"), loc.branch


def test_upgrade_from_empty_then_models_match_migrations(suite_backend, tmp_path, request):
    host = build_host(strict=True)
    db, drop = _empty_db(suite_backend, tmp_path, request, host)
    try:
        applied = prepare_database(Context(db=db, host=host), backup=False)
        branches = {b for b, _ in applied}
        assert branches == {loc.branch for loc in host.migration_locations()}
        for st in migrate.status(db, host):
            assert st.up_to_date, st
        for loc in host.migration_locations():
            diff = migrate.compare(db, loc)
            assert diff == [], f"models of {loc.branch} differ from its migrations: {diff}"
        # every table belongs to a branch, by its prefix
        prefixes = tuple(loc.table_prefix for loc in host.migration_locations())
        for table in inspect(db.engine).get_table_names():
            assert table.startswith(prefixes), table
        # a second upgrade is a no-op
        assert migrate.upgrade(db, host, backup=False) == []
    finally:
        db.dispose()
        drop()


def _counts(db):
    with db.engine.connect() as conn:
        tables = sorted(inspect(conn).get_table_names())
        counts = {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() for t in tables}
    return tables, counts


def test_a_failing_migration_leaves_the_database_as_it_was(suite_backend, tmp_path, request, tmig):
    host = build_host(entry_points=False, strict=True, extra=[tmig])
    db, drop = _empty_db(suite_backend, tmp_path, request, host)
    try:
        prepare_database(Context(db=db, host=host), backup=False)
        before = _counts(db)
        assert before[1]["tmig_items"] == 2 and before[1]["tmig_children"] == 3
        tmig.VERSIONS = "v2"
        host2 = build_host(entry_points=False, strict=True, extra=[tmig])
        with pytest.raises(migrate.MigrationFailed) as err:
            migrate.upgrade(db, host2, backup=False)
        assert err.value.plugin == "tmig" and err.value.revision == "a2"
        assert "tmig" in str(err.value) and "a2" in str(err.value)
        assert _counts(db) == before
        assert [s.current for s in migrate.status(db, host2) if s.branch == "tmig"] == [["a1"]]
    finally:
        db.dispose()
        drop()


def test_batch_rebuild_of_a_parent_table_keeps_its_children_on_sqlite(tmp_path, tmig):
    host = build_host(entry_points=False, strict=True, extra=[tmig])
    db = open_database(f"sqlite:///{tmp_path / 'fk.db'}")
    prepare_database(Context(db=db, host=host), backup=False)
    tmig.VERSIONS = "v3"
    host3 = build_host(entry_points=False, strict=True, extra=[tmig])
    assert migrate.upgrade(db, host3, backup=False) == [("tmig", "a3")]
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM tmig_children")).scalar() == 3
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # switched back on
    db.dispose()


def test_upgrade_of_an_existing_sqlite_file_takes_a_backup_first(tmp_path, tmig, suite_home):
    host = build_host(entry_points=False, strict=True, extra=[tmig])
    path = tmp_path / "office.db"
    db = open_database(f"sqlite:///{path}")
    prepare_database(Context(db=db, host=host), backup=True)
    tmig.VERSIONS = "v3"
    host3 = build_host(entry_points=False, strict=True, extra=[tmig])
    migrate.upgrade(db, host3, backup=True)
    backups = list((tmp_path / "backups" / "office" / "pre-migration").glob("*.db"))
    assert len(backups) == 1  # the empty database of the first start was not worth one
    with open_database(f"sqlite:///{backups[0]}").engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM tmig_alembic_version")).scalar() == "a1"
    db.dispose()


def test_a_disabled_plugin_keeps_its_branch(tmp_path, tmig):
    host = build_host(entry_points=False, strict=True, extra=[tmig])
    db = open_database(f"sqlite:///{tmp_path / 'd.db'}")
    prepare_database(Context(db=db, host=host), backup=False)
    off = build_host(entry_points=False, strict=True, extra=[tmig], disabled={"tmig"})
    tmig.VERSIONS = "v3"
    prepare_database(Context(db=db, host=off), backup=False)  # starts fine without it
    rows = {s.branch: s for s in migrate.status(db, off)}
    assert rows["tmig"].current == ["a1"] and not rows["tmig"].active
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM tmig_items")).scalar() == 2
    db.dispose()


def test_a_database_from_a_newer_suite_is_refused(tmp_path, tmig):
    host = build_host(entry_points=False, strict=True, extra=[tmig])
    db = open_database(f"sqlite:///{tmp_path / 'n.db'}")
    prepare_database(Context(db=db, host=host), backup=False)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE tmig_alembic_version SET version_num = 'zz9'"))
    with pytest.raises(Exception, match="newer version"):
        migrate.upgrade(db, host, backup=False)
    db.dispose()


from suite.plugin_api import Permission, hookimpl  # noqa: E402

READY_CALLS = []


class _Ready:
    NAME, TITLE, VERSION, API_VERSION = "ready", "Ready", "1.0", "1.0"
    PERMISSIONS = ("ready.use",)

    @hookimpl
    def suite_database_ready(self, ctx):
        READY_CALLS.append(1)

    @hookimpl
    def suite_permissions(self):
        return [Permission(p, p, default_roles=("clerk",)) for p in self.PERMISSIONS]


class _ReadyUpdated(_Ready):
    PERMISSIONS = ("ready.use", "ready.more")


def test_reference_data_is_prepared_again_only_when_something_changed(tmp_path):
    from suite.core.users import list_roles

    db = open_database(f"sqlite:///{tmp_path / 'r.db'}")
    ctx = Context(db=db, host=build_host(entry_points=False, strict=True, extra=[_Ready()]))
    READY_CALLS.clear()
    prepare_database(ctx, backup=False)
    assert len(READY_CALLS) == 1
    prepare_database(ctx, backup=False)  # an ordinary second start
    assert len(READY_CALLS) == 1
    # a new permission appears (a plugin update): the grants and the plugins' work run again
    ctx2 = Context(db=db, host=build_host(entry_points=False, strict=True, extra=[_ReadyUpdated()]))
    prepare_database(ctx2, backup=False)
    assert len(READY_CALLS) == 2
    clerk = next(r for r in list_roles(ctx2) if r.code == "clerk")
    assert {"ready.use", "ready.more"} <= set(clerk.permissions)
    db.dispose()


def test_yesterdays_database_upgrades_and_keeps_its_data(suite_backend, tmp_path, request):
    """A database at an earlier core revision, with data in it, upgrades to the head."""
    from alembic import command

    from suite.core.customers import search_customers

    host = build_host(strict=True)
    db, drop = _empty_db(suite_backend, tmp_path, request, host)
    try:
        ctx = Context(db=db, host=host)
        prepare_database(ctx, backup=False)
        core = next(loc for loc in host.migration_locations() if loc.branch == "core")
        scripts = migrate.read_scripts(core.path)
        first = next(rev for rev, parents in scripts.parents.items() if not parents)
        if scripts.heads == [first]:
            pytest.skip("the core branch has a single revision")
        with db.engine.begin() as conn:
            command.downgrade(migrate.alembic_config(core, conn), first)
        # yesterday's rows, written as yesterday's suite did (its audit log had no chain yet)
        from sqlalchemy import column, table

        from suite.core.models import CustomerPhone

        now = ctx.now()
        from suite.db.base import UTCDateTime

        old_customers = table("core_customers", *(column(n) for n in ("id", "name", "kind", "notes", "archived", "version")),
                              column("created_at", UTCDateTime()), column("updated_at", UTCDateTime()))
        with db.engine.begin() as conn:
            cid = conn.execute(old_customers.insert().returning(old_customers.c.id).values(
                name="昨天的客户", kind="person", notes="", archived=False, created_at=now, updated_at=now,
                version=1)).scalar_one()
            conn.execute(CustomerPhone.__table__.insert().values(
                customer_id=cid, phone="13700001111", label="", is_primary=True, created_at=now, updated_at=now,
                version=1))
        applied = migrate.upgrade(db, host, backup=False)
        assert ("core", scripts.heads[0]) in applied
        assert [c.name for c in search_customers(ctx, "昨天")] == ["昨天的客户"]
        assert [c.name for c in search_customers(ctx, "ztdk")] == ["昨天的客户"]  # its pinyin key, from the migration
        assert migrate.compare(db, core) == []
    finally:
        db.dispose()
        drop()
