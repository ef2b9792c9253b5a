"""Pytest fixtures for the suite and for plugin authors (installed as a pytest plugin).

Fixtures (none is autouse; ask for them by name):

``suite_home``
    A temporary SUITE_HOME: settings, data, backups and logs of the test go there.
``suite_plugins``
    The plugins to activate (names). Default: every installed plugin. Override it in your
    ``conftest.py``: ``@pytest.fixture def suite_plugins(): return ["myplugin"]``.
``suite_host``
    A plugin host with exactly those plugins active (strict: failures raise).
``suite_backend``
    ``"sqlite"``, or ``"postgres"`` as well when ``SUITE_TEST_POSTGRES_URL`` is set (every
    test that uses the database then runs on both).
``suite_db``
    A freshly migrated database of its own for the test (a copy of a template migrated once
    per session: a file copy on SQLite, ``CREATE DATABASE ... TEMPLATE`` on PostgreSQL).
``suite_ctx``
    A Context on that database acting as the system account.
``suite_login``
    ``suite_login("clerk")`` returns a Context acting as a new user holding that role.
``fake_clock``
    A clock that stands still until moved: ``fake_clock.advance(minutes=30)``; use it with
    ``ctx.with_clock(fake_clock)``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import shutil
import uuid
from pathlib import Path

import pytest

_templates: dict[tuple, str] = {}
_counter = itertools.count()


def pytest_addoption(parser):
    group = parser.getgroup("suite")
    group.addoption("--suite-postgres-url", default=None,
                    help="PostgreSQL server for database tests (also SUITE_TEST_POSTGRES_URL)")
    _add_ini_options(parser)


def postgres_url(config=None) -> str | None:
    """The PostgreSQL server the tests may use: ``--postgres-url`` or ``SUITE_TEST_POSTGRES_URL``; None
    when neither is set (the PostgreSQL half of ``suite_backend`` is then skipped)."""
    url = None
    if config is not None:
        url = config.getoption("--suite-postgres-url", default=None)
    return url or os.environ.get("SUITE_TEST_POSTGRES_URL") or None


def _add_ini_options(parser) -> None:  # called from pytest_addoption
    parser.addini("suite_sqlite_only", type="linelist", default=[],
                  help="test files (fnmatch patterns from the rootdir) whose database tests run on SQLite "
                       "only: pages, reports, demo data; a test in them that names suite_backend itself, "
                       "or is marked postgres, still runs on both")


def _asks_for_both_backends(metafunc) -> bool:
    """A test with a database runs on PostgreSQL too (when a server is configured), except in the
    files ``suite_sqlite_only`` lists (pages, PDFs, demo data: the services under them are
    tested on both) unless the test names ``suite_backend`` itself or is marked ``postgres``."""
    import fnmatch
    import inspect

    if metafunc.definition.get_closest_marker("postgres") is not None:
        return True
    if "suite_backend" in inspect.signature(metafunc.function).parameters:
        return True
    if any("suite_backend" in m.args for m in metafunc.definition.iter_markers("usefixtures")):
        return True
    try:
        where = Path(str(metafunc.definition.path)).resolve().relative_to(Path(str(metafunc.config.rootpath)).resolve())
    except ValueError:
        return True
    patterns = metafunc.config.getini("suite_sqlite_only")
    return not any(fnmatch.fnmatch(where.as_posix(), p) for p in patterns)


def pytest_generate_tests(metafunc):
    if "suite_backend" in metafunc.fixturenames:
        backends = ["sqlite"]
        if postgres_url(metafunc.config) and _asks_for_both_backends(metafunc):
            backends.append("postgres")
        metafunc.parametrize("suite_backend", backends, scope="function")


class FakeClock:
    """A clock for tests: stands still until moved."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self.now = start or dt.datetime(2026, 3, 2, 1, 0, tzinfo=dt.timezone.utc)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta) -> dt.datetime:
        self.now = self.now + dt.timedelta(**delta)
        return self.now

    def set(self, value: dt.datetime) -> None:
        self.now = value


def fast_passwords() -> None:
    """Cheap Argon2 parameters: tests create many users. Production keeps RFC 9106's."""
    from argon2 import PasswordHasher

    from suite.core.passwords import use_hasher

    use_hasher(PasswordHasher(time_cost=1, memory_cost=256, parallelism=1))


@pytest.fixture
def fake_clock():
    """A clock that stands still until moved: ``fake_clock.set(dt)``, ``fake_clock.advance(hours=1)``;
    use it with ``ctx.with_clock(fake_clock)``."""
    return FakeClock()


@pytest.fixture
def suite_home(tmp_path, monkeypatch):
    """A temporary settings, data and log folder (``SUITE_HOME``) for the test."""
    home = tmp_path / "suite-home"
    monkeypatch.setenv("SUITE_HOME", str(home))
    monkeypatch.delenv("SUITE_DATABASE_URL", raising=False)
    monkeypatch.delenv("SUITE_DISABLED_PLUGINS", raising=False)
    return home


@pytest.fixture
def suite_plugins():
    """Every installed plugin (override to choose)."""
    return None


@pytest.fixture
def suite_host(suite_plugins):
    """A plugin host with the plugins ``suite_plugins`` names, strict: a failing plugin raises."""
    from suite.host import build_host

    return build_host(only=suite_plugins, strict=True)


# ---------------------------------------------------------------------------- databases


def _template_key(host, backend: str) -> tuple:
    return (backend, tuple(sorted(loc.branch + "@" + loc.path for loc in host.migration_locations())))


def _pg_admin(url: str):
    from sqlalchemy import create_engine

    return create_engine(url, isolation_level="AUTOCOMMIT", hide_parameters=True)


def _pg_url_for(url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.set(database=name).render_as_string(hide_password=False)


def _migrate_template(url: str, host) -> None:
    from suite.bootstrap import prepare_database
    from suite.db.engine import open_database
    from suite.plugin_api.context import Context

    db = open_database(url, check_share=False)
    try:
        prepare_database(Context(db=db, host=host), backup=False)
    finally:
        db.dispose()


def make_test_database(host, backend: str, workdir: Path, pg_url: str | None = None) -> tuple[str, callable]:
    """A fresh migrated database for *host*'s plugins: returns (url, cleanup)."""
    key = _template_key(host, backend)
    tag = f"{os.getpid()}_{uuid.uuid4().hex[:6]}"
    if backend == "sqlite":
        template = _templates.get(key)
        if template is None or not Path(template).exists():
            template = str(workdir.parent / f"template-{tag}.db")
            _migrate_template(f"sqlite:///{template}", host)
            _templates[key] = template
        target = workdir / f"suite-{next(_counter)}.db"
        shutil.copyfile(template, target)
        return f"sqlite:///{target.as_posix()}", lambda: None
    if not pg_url:
        pytest.skip("SUITE_TEST_POSTGRES_URL is not set")
    from sqlalchemy import text

    admin = _pg_admin(pg_url)
    template = _templates.get(key)
    with admin.connect() as conn:
        if template is None:
            template = f"suite_tpl_{tag}"
            conn.execute(text(f'CREATE DATABASE "{template}"'))
            _migrate_template(_pg_url_for(pg_url, template), host)
            _templates[key] = template
        name = f"suite_t_{tag}_{next(_counter)}"
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))

    def cleanup():
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return _pg_url_for(pg_url, name), cleanup


def pytest_sessionfinish(session, exitstatus):
    url = postgres_url(session.config)
    if not url:
        return
    names = [v for k, v in _templates.items() if k[0] == "postgres"]
    if not names:
        return
    from sqlalchemy import text

    admin = _pg_admin(url)
    try:
        with admin.connect() as conn:
            for name in names:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture
def suite_db(suite_host, suite_backend, suite_home, tmp_path, request):
    """A freshly migrated database of the test's own, copied from a template migrated once per
    run: SQLite, and PostgreSQL as well when a server is configured (``suite_backend``)."""
    from suite.db.engine import open_database

    fast_passwords()
    url, cleanup = make_test_database(suite_host, suite_backend, tmp_path, postgres_url(request.config))
    db = open_database(url, check_share=False)
    yield db
    db.dispose()
    cleanup()


@pytest.fixture
def suite_ctx(suite_db, suite_host):
    """A Context on ``suite_db`` acting as the system user (every permission), catalogs loaded."""
    from suite.bootstrap import load_catalogs
    from suite.plugin_api.context import Context

    load_catalogs(suite_host, "en")
    return Context(db=suite_db, host=suite_host)


@pytest.fixture
def suite_login(suite_ctx):
    """``suite_login("clerk")`` -> a Context acting as a new user with that role."""
    from suite.core import users

    def login(*roles: str, username: str | None = None, password: str = "password-123") -> object:
        username = username or f"{'-'.join(roles) or 'nobody'}{next(_counter)}"
        if not users.has_users(suite_ctx):
            users.create_owner(suite_ctx, f"owner{next(_counter)}", password)
        users.create_user(suite_ctx, username, password, roles=roles or ("clerk",))
        return users.login(suite_ctx, username, password)

    return login


# ---------------------------------------------------------------------------- helpers


def assert_models_match_migrations(ctx, plugin: str) -> None:
    """Fail when *plugin*'s models and its migrated tables differ (what ``suite db revision``
    would autogenerate), on the database of *ctx* (``suite_ctx``: SQLite, and PostgreSQL too).
    Only the plugin's own tables are compared; its version table is ignored.

    ::

        def test_models_match_migrations(suite_ctx):
            assert_models_match_migrations(suite_ctx, "water_notes")
    """
    from suite import migrate

    locations = [loc for loc in ctx.host.migration_locations() if plugin in (loc.plugin, loc.branch)]
    if not locations:
        raise AssertionError(f"plugin {plugin!r} declares no migration location (suite_migration_locations)")
    for loc in locations:
        diff = migrate.compare(ctx.db, loc)
        assert not diff, (f"the models of {plugin!r} differ from its migrations (branch {loc.branch}); "
                          f"write a revision with `suite db revision {loc.branch} -m ...`:\n"
                          + "\n".join(f"  {d}" for d in diff))


class SuiteWindow:
    """The real main window shown offscreen by the ``suite_window`` fixture: ``window`` (the
    QMainWindow), ``page`` (the page widget shown), ``ctx`` (the user's Context) and
    ``grab(path)`` to save a PNG of it."""

    def __init__(self, window, page, ctx) -> None:
        self.window, self.page, self.ctx = window, page, ctx

    def settle(self) -> None:
        """Let background work (lists, cards) finish and show its results."""
        from suite.ui.screenshot import settle

        settle()

    def grab(self, path) -> Path:
        """Save a PNG of the whole window as drawn now; returns the path."""
        from suite.ui.screenshot import grab

        self.settle()
        return grab(self.window, path)


@pytest.fixture
def suite_window(suite_db, suite_host, suite_ctx, suite_login, qapp, tmp_path):
    """``suite_window("water_notes.items", role="clerk", lang="zh_CN")`` -> a
    :class:`SuiteWindow`: the real main window at 1366x768, offscreen, logged in as a new
    user with that role (or ``ctx=`` a Context of yours), on that page.

    ::

        def test_the_page_looks_right(suite_window, tmp_path):
            shown = suite_window("water_notes.items", role="clerk", lang="zh_CN")
            shown.grab(tmp_path / "items.png")          # look at it
            assert shown.page.table.model.rowCount() == 0
    """
    from suite.bootstrap import Runtime, load_catalogs
    from suite.config import Settings
    from suite.paths import get_paths
    from suite.ui.screenshot import close_window, open_window, settle
    from suite.ui.translation import install_translators

    paths = get_paths().ensure()
    settings = Settings.load(paths.settings_file)
    suite_ctx.settings = settings
    runtime = Runtime(settings, paths, suite_db, suite_host, suite_ctx)
    windows = []

    def make(page_id: str | None = None, *, role: str = "manager", lang: str = "en", ctx=None,
             size=(1366, 768)) -> SuiteWindow:
        install_translators(suite_host, lang)
        user_ctx = ctx or suite_login(role)
        user_ctx.settings = settings
        window = open_window(runtime, user_ctx, page_id, language=lang, size=size)
        windows.append(window)
        return SuiteWindow(window, window.pages.get(page_id or "home"), user_ctx)

    yield make
    settle()
    for window in windows:
        close_window(window)
    install_translators(suite_host, "en")
    load_catalogs(suite_host, "en")
