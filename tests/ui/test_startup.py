"""Start-up as a user lives it: an empty database is upgraded behind a progress dialog, the
first start creates the owner, log-in (and the lockout), the main window, every admin page."""

from __future__ import annotations

import importlib
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from suite.plugin_api.errors import UserError
from tests.conftest import FIXTURES
from tests.ui.conftest import settle, top_levels

ADMIN_PAGES = {
    "core.customers": "CustomersPage", "core.staff": "StaffPage", "core.users": "UsersPage",
    "core.company": "CompanyPage", "core.plugins": "PluginsPage", "core.audit": "AuditPage",
    "core.backup": "BackupPage",
}


def _shell(runtime, **kwargs):
    from suite.ui.app import Shell

    shell = Shell(runtime, language="en", quit_app=False, **kwargs)
    shell.finished.connect(lambda code: setattr(shell, "finished_with", code))
    return shell


@pytest.fixture
def empty_runtime(runtime, tmp_path):
    """The runtime on a brand-new, empty SQLite file (nothing migrated yet)."""
    from dataclasses import replace

    from suite.db.engine import open_database

    db = open_database(f"sqlite:///{tmp_path / 'fresh.db'}")
    ctx = runtime.ctx.with_user(runtime.ctx.user)
    ctx.db = db
    rt = replace(runtime, db=db, ctx=ctx)
    yield rt
    db.dispose()


def test_first_start_upgrades_creates_the_owner_logs_in_and_opens_every_admin_page(empty_runtime, qtbot):
    from suite.core import company, users
    from suite.ui.app import MigrationDialog
    from suite.ui.dashboard import Dashboard
    from suite.ui.login import FirstRunDialog, LoginDialog

    shell = _shell(empty_runtime)
    shell.start()
    # the database is upgraded on a worker behind the progress dialog
    assert isinstance(shell.dialog, MigrationDialog)
    qtbot.waitUntil(lambda: isinstance(shell.dialog, FirstRunDialog), timeout=60_000)
    dialog = shell.dialog
    assert not top_levels(MigrationDialog)

    # the form says what is wrong beside each field, and creates nothing
    qtbot.keyClicks(dialog.username, "boss")
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.repeat, "short")
    dialog.ok.click()
    assert not dialog.errors.labels["name"].isHidden()
    assert "company" in dialog.errors.labels["name"].text()
    dialog.company.setText("清泉水站")
    dialog.ok.click()
    assert "8" in dialog.errors.labels["password"].text()
    assert not users.has_users(empty_runtime.ctx)

    dialog.password.setText("correct horse")
    dialog.repeat.setText("correct horse battery")
    dialog.ok.click()
    assert "differ" in dialog.errors.labels["repeat"].text()
    dialog.repeat.setText("correct horse")
    with qtbot.waitSignal(shell.window_opened, timeout=10_000):
        dialog.ok.click()
    assert users.has_users(empty_runtime.ctx)
    assert company.get_company(empty_runtime.ctx).name == "清泉水站"

    window = shell.window
    qtbot.waitUntil(window.isVisible)
    assert window.ctx.user.username == "boss" and window.ctx.user.is_owner
    # the day's backup was taken in the background (the upgrade took its own before)
    settle(qtbot)
    from suite import backup

    kinds = {b.kind for b in backup.list_backups(empty_runtime.db)}
    assert "daily" in kinds and "monthly" in kinds
    assert isinstance(window.stack.currentWidget(), Dashboard)
    assert "清泉水站" in window.windowTitle()
    assert window.user_label.text().startswith("boss")
    assert "fresh.db" in window.db_label.text()

    for page_id, cls in ADMIN_PAGES.items():
        widget = window.open_page(page_id)
        settle(qtbot)
        assert type(widget).__name__ == cls, (page_id, type(widget).__name__)
        assert window.current_page_id() == page_id
        assert window.title.text() == window.records[page_id].title.__str__()

    # switch user: back to the log-in dialog, then in again
    window.logout()
    assert isinstance(shell.dialog, LoginDialog)
    login = shell.dialog
    assert login.username.text() == "boss"  # remembered
    qtbot.keyClicks(login.password, "correct horse")
    with qtbot.waitSignal(shell.window_opened, timeout=10_000):
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert shell.window.ctx.user.username == "boss"
    # quitting the window ends the program
    shell.window.close()
    assert shell.finished_with == 0


def test_five_wrong_passwords_show_the_lockout_message(runtime, qtbot):
    from suite.core import users
    from suite.ui.login import LoginDialog

    users.create_owner(runtime.ctx, "boss", "right-password")
    dialog = LoginDialog(runtime.ctx, runtime.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("boss")
    for attempt in range(5):
        qtbot.keyClicks(dialog.password, f"wrong-{attempt}")
        dialog.ok.click()
        assert dialog.result_ctx is None
        assert dialog.password.text() == ""  # cleared after each failure
    locked = dialog.message.text()
    assert "Wrong user name or password" in locked and "locked for 5 minutes" in locked
    # even the right password is refused while the account is locked, with the same words
    qtbot.keyClicks(dialog.password, "right-password")
    dialog.ok.click()
    assert dialog.result_ctx is None
    assert dialog.message.text() == locked
    # an unknown name gets the very same answer: the dialog tells nobody which names exist
    dialog.username.setText("nobody-here")
    qtbot.keyClicks(dialog.password, "right-password")
    dialog.ok.click()
    assert dialog.result_ctx is None and dialog.message.text() == locked
    # and the service itself refuses, whatever the window does
    with pytest.raises(UserError):
        users.login(runtime.ctx, "boss", "right-password")


def test_demo_login_without_password_only_on_the_demo_database(runtime, qtbot):
    from suite.core import users
    from suite.ui.login import LoginDialog

    users.create_owner(runtime.ctx, "owner", "right-password")
    shell = _shell(runtime, demo_user="owner")
    shell.start()
    # the test database is not the demo database: the log-in dialog asks for the password
    assert isinstance(shell.dialog, LoginDialog)
    assert shell.window is None
    shell.end(0)


def test_demo_login_goes_straight_to_the_main_window_on_the_demo_database(runtime, qtbot):
    import shutil
    from dataclasses import replace

    from suite.core import users
    from suite.db.engine import open_database

    users.create_owner(runtime.ctx, "owner", "right-password")
    demo = runtime.paths.demo_database
    demo.parent.mkdir(parents=True, exist_ok=True)
    if not runtime.db.is_sqlite:
        pytest.skip("the demo database is a SQLite file")
    runtime.db.dispose()
    shutil.copyfile(runtime.db.sqlite_path, demo)
    db = open_database(f"sqlite:///{demo}")
    try:
        ctx = runtime.ctx.with_user(runtime.ctx.user)
        ctx.db = db
        shell = _shell(replace(runtime, db=db, ctx=ctx), demo_user="owner")
        shell.start()
        assert shell.window is not None and shell.window.ctx.user.username == "owner"
        shell.end(0)
        settle(qtbot)
    finally:
        db.dispose()


def test_a_failing_migration_is_explained_and_start_up_stops(runtime, qtbot):
    from suite.host import build_host
    from suite.ui.app import MigrationDialog

    sys.path.insert(0, str(FIXTURES / "migplugin"))
    tmig = importlib.import_module("suite_test_migplugin")
    tmig.VERSIONS = "v2"  # a1, then a2 which raises half-way
    try:
        host = build_host(only=["tmig"], extra=[tmig], strict=True)
        runtime.ctx.host = host
        from dataclasses import replace

        rt = replace(runtime, host=host)
        shell = _shell(rt)
        shell.start()
        assert isinstance(shell.dialog, MigrationDialog)
        qtbot.waitUntil(lambda: isinstance(shell.dialog, QMessageBox), timeout=60_000)
        box = shell.dialog
        assert box.windowTitle() == "The database upgrade failed"
        assert "tmig" in box.text() and "left as it was" in box.text()
        assert shell.window is None
        box.button(QMessageBox.StandardButton.Ok).click()
        assert shell.finished_with == 1
    finally:
        tmig.VERSIONS = "v1"


RUN_GUI_CHILD = r'''
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from suite.ui.app import ensure_application, run_gui

app = ensure_application()

def answer():
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            print("TITLE", w.windowTitle())
            print("TEXT", w.text().replace("\n", " "))
            w.button(QMessageBox.StandardButton.Ok).click()
            return
    QTimer.singleShot(100, answer)

QTimer.singleShot(100, answer)
print("EXIT", run_gui(db_url=sys.argv[1], language="en"))
'''


def test_run_gui_explains_an_unreachable_database_and_exits(suite_home):
    import os
    import subprocess

    env = dict(os.environ, SUITE_HOME=str(suite_home), QT_QPA_PLATFORM="offscreen")
    env.pop("SUITE_STRICT_PLUGINS", None)
    result = subprocess.run([sys.executable, "-c", RUN_GUI_CHILD, "postgresql://postgres@127.0.0.1:1/nowhere"],
                            capture_output=True, text=True, env=env, timeout=120)
    out = result.stdout
    assert "TITLE The suite cannot start" in out, out + result.stderr[-2000:]
    # one sentence naming what to fix, not the driver's error
    assert "The PostgreSQL server at 127.0.0.1:1 does not answer" in out and "host and port" in out
    assert "OperationalError" not in out
    assert "EXIT 2" in out
    assert "127.0.0.1:1" in (suite_home / "logs" / "suite.log").read_text(encoding="utf-8")  # the details are logged


# ---------------------------------------------------------------------------- the log-in window first


def _without_host(runtime):
    """The runtime as run_gui's early start makes it: database open, no plugin host yet."""
    from dataclasses import replace

    ctx = runtime.ctx.with_user(runtime.ctx.user)
    ctx.host = None
    return replace(runtime, host=None, ctx=ctx)


def test_the_early_look_chooses_the_first_window_without_the_orm(runtime, empty_runtime):
    from sqlalchemy import text

    from suite.core import users
    from suite.core.plugin import suite_migration_locations, suite_translation_catalogs
    from suite.core.startup import core_i18n_dir, core_versions_dir, peek
    from suite.migrate import read_scripts

    # the folders it reads are the ones the core plugin declares
    assert str(core_versions_dir()) == suite_migration_locations()[0].path
    assert str(core_i18n_dir()) == suite_translation_catalogs()[0].directory
    assert peek(runtime.db).has_users is False  # migrated, no account yet: the first-start dialog
    users.create_owner(runtime.ctx, "boss", "right-password", "Boss", company_name="老王水站")
    view = peek(runtime.db)
    assert view.has_users is True and view.company == "老王水站"
    # a new database, and a core schema behind its head, take the ordinary path (upgrade first)
    assert peek(empty_runtime.db) is None
    scripts = read_scripts(core_versions_dir())
    head = scripts.heads[0]
    with runtime.db.engine.begin() as conn:
        conn.execute(text("UPDATE core_alembic_version SET version_num = :rev"), {"rev": scripts.parents[head][0]})
    try:
        assert peek(runtime.db) is None
    finally:
        with runtime.db.engine.begin() as conn:
            conn.execute(text("UPDATE core_alembic_version SET version_num = :rev"), {"rev": head})
    assert peek(runtime.db) is not None


def test_the_log_in_window_comes_first_and_the_plugins_load_after_its_paint(runtime, qtbot):
    from suite.core import users
    from suite.core.startup import peek
    from suite.ui.login import LoginDialog

    users.create_owner(runtime.ctx, "boss", "right-password", "Boss", company_name="老王水站")
    host = runtime.host
    rt = _without_host(runtime)
    shell = _shell(rt)
    shell.start_early(peek(rt.db), host_factory=lambda settings: host)
    dialog = shell.dialog
    assert isinstance(dialog, LoginDialog) and dialog.isVisible()
    assert rt.host is None and shell.loading == "early"  # nothing loaded yet
    assert dialog.findChild(type(dialog.message), "appTitle").text() == "老王水站"
    qtbot.waitUntil(lambda: shell.loading == "done", timeout=10_000)
    assert rt.host is host and rt.ctx.host is host
    dialog.username.setText("boss")
    qtbot.keyClicks(dialog.password, "right-password")
    with qtbot.waitSignal(shell.window_opened, timeout=10_000):
        dialog.ok.click()
    assert shell.window.ctx.user.username == "boss" and shell.window.ctx.host is host
    shell.end(0)
    settle(qtbot)


def test_a_log_in_before_the_loading_finished_waits_for_it(runtime, qtbot):
    from suite.core import users
    from suite.core.startup import peek

    users.create_owner(runtime.ctx, "boss", "right-password")
    host = runtime.host
    rt = _without_host(runtime)
    shell = _shell(rt)
    shell.start_early(peek(rt.db), host_factory=lambda settings: host)
    dialog = shell.dialog
    dialog.username.setText("boss")
    dialog.password.setText("right-password")
    assert shell.loading == "early"
    dialog.ok.click()  # at once: the loading runs first, then the log-in
    assert shell.loading == "done" and rt.host is host
    assert shell.window is not None and shell.window.ctx.user.username == "boss"
    shell.end(0)
    settle(qtbot)


def test_the_first_start_window_comes_early_too(runtime, qtbot):
    from suite.core.startup import peek
    from suite.ui.login import FirstRunDialog

    host = runtime.host
    rt = _without_host(runtime)
    shell = _shell(rt)
    shell.start_early(peek(rt.db), host_factory=lambda settings: host)
    assert isinstance(shell.dialog, FirstRunDialog)
    qtbot.waitUntil(lambda: shell.loading == "done", timeout=10_000)
    shell.end(0)
    assert shell.finished_with == 0


def test_a_migration_found_after_the_early_window_replaces_it(runtime, qtbot):
    from suite.core import users
    from suite.core.startup import peek
    from suite.host import build_host
    from suite.ui.app import MigrationDialog
    from suite.ui.login import LoginDialog

    users.create_owner(runtime.ctx, "boss", "right-password")
    sys.path.insert(0, str(FIXTURES / "migplugin"))
    tmig = importlib.import_module("suite_test_migplugin")
    tmig.VERSIONS = "v2"  # a1, then a2 which raises half-way
    try:
        rt = _without_host(runtime)
        shell = _shell(rt)
        shell.start_early(peek(rt.db), host_factory=lambda settings: build_host(only=["tmig"], extra=[tmig], strict=True))
        early = shell.dialog
        assert isinstance(early, LoginDialog)
        qtbot.waitUntil(lambda: isinstance(shell.dialog, MigrationDialog), timeout=10_000)
        import shiboken6

        assert not shiboken6.isValid(early) or not early.isVisible()  # hidden, then deleted
        assert getattr(shell, "finished_with", None) is None  # the window went away, the program did not end
        qtbot.waitUntil(lambda: isinstance(shell.dialog, QMessageBox), timeout=60_000)
        box = shell.dialog
        assert box.windowTitle() == "The database upgrade failed" and "tmig" in box.text()
        assert not top_levels(LoginDialog)
        box.button(QMessageBox.StandardButton.Ok).click()
        assert shell.finished_with == 1
    finally:
        tmig.VERSIONS = "v1"


EARLY_CHILD = r'''
import sys
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication
import suite.ui.login as login

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, login.LoginDialog) and not getattr(self, "seen", 0):
            self.seen = 1
            print("ORM", "sqlalchemy.orm" in sys.modules, "MODELS", "suite.core.models" in sys.modules,
                  "HOST", "suite.host" in sys.modules, "QT", "Qt" in vars(sys.modules["PySide6.QtCore"]), flush=True)
            QCoreApplication.exit(0)
        return False

_init = login.LoginDialog.__init__
def init(self, *a, **k):
    _init(self, *a, **k)
    self._watch = Watch()
    self.installEventFilter(self._watch)
login.LoginDialog.__init__ = init
from suite.ui.app import run_gui
run_gui(db_url=sys.argv[1], language="en")
'''


def test_run_gui_paints_the_log_in_window_before_the_orm_and_the_plugins_load(runtime, suite_home):
    import os
    import subprocess

    from suite.core import users

    if not runtime.db.is_sqlite:
        pytest.skip("the child opens the test database by its file")
    users.create_owner(runtime.ctx, "boss", "right-password")
    env = dict(os.environ, SUITE_HOME=str(suite_home), QT_QPA_PLATFORM="offscreen")
    env.pop("SUITE_STRICT_PLUGINS", None)
    result = subprocess.run([sys.executable, "-c", EARLY_CHILD, str(runtime.db.url)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert "ORM False MODELS False HOST False" in result.stdout, result.stdout + result.stderr[-3000:]


MAIN_CHILD = r'''
import sys
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import suite.ui.main_window as mw

PLUGIN_MODELS = ["suite_plugins.orders.models", "suite_plugins.complaints.models", "suite_plugins.inventory.models"]

def report(when):
    models, core = all(m in sys.modules for m in PLUGIN_MODELS), "suite.core.models" in sys.modules
    from suite.db.base import Base
    print(when, "MODELS", models, "CORE", core,
          "UNCONFIGURED", sum(1 for m in Base.registry.mappers if not m.configured), flush=True)

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", 0) and \
                hasattr(obj, "window") and isinstance(obj.window(), mw.MainWindow):
            self.seen = 1
            report("PAINT")
            window = obj.window()
            def later():
                report("LATER")
                print("PAGE", type(window.open_page("orders.desk")).__name__, flush=True)
                QCoreApplication.exit(0)
            QTimer.singleShot(1000, later)
        return False

_init = mw.MainWindow.__init__
def init(self, *a, **k):
    _init(self, *a, **k)
    self._watch = Watch()
    QApplication.instance().installEventFilter(self._watch)
mw.MainWindow.__init__ = init
from suite.ui.app import run_gui
run_gui(db_url=sys.argv[1], language="en", demo_user="owner")
'''


def test_run_gui_paints_the_main_window_before_the_plugins_models_load(runtime, suite_home):
    """A demo log-in: the main window is painted first, before any model (the user, the
    company and the office's settings are read in plain SQL); the models are imported and
    configured right after, and the plugins' pages open."""
    import os
    import shutil
    import subprocess

    from suite.core import users

    if not runtime.db.is_sqlite:
        pytest.skip("the demo database is a SQLite file")
    users.create_owner(runtime.ctx, "owner", "right-password")
    demo = runtime.paths.demo_database
    demo.parent.mkdir(parents=True, exist_ok=True)
    runtime.db.dispose()
    shutil.copyfile(runtime.db.sqlite_path, demo)
    env = dict(os.environ, SUITE_HOME=str(suite_home), QT_QPA_PLATFORM="offscreen")
    env.pop("SUITE_STRICT_PLUGINS", None)
    result = subprocess.run([sys.executable, "-c", MAIN_CHILD, f"sqlite:///{demo}"],
                            capture_output=True, text=True, env=env, timeout=120)
    out = result.stdout + result.stderr[-3000:]
    assert "PAINT MODELS False CORE False" in result.stdout, out  # the user and the settings by plain SQL
    assert "LATER MODELS True CORE True UNCONFIGURED 0" in result.stdout, out
    assert "PAGE PageError" not in result.stdout and "PAGE None" not in result.stdout and "PAGE " in result.stdout, out


def test_the_main_window_loads_the_models_before_a_plugin_page_and_the_backup_waits_for_them(runtime, qtbot):
    from dataclasses import replace

    from suite.core import users
    from suite.ui.main_window import MainWindow

    users.create_owner(runtime.ctx, "owner", "right-password")
    rt = replace(runtime, models_loaded=False)
    shell = _shell(rt)
    shell._office_ready()
    assert shell.backup_waiting  # no worker thread before the models are in
    ctx = users.user_context(rt.ctx, "owner")
    ctx.settings = rt.settings
    window = MainWindow(ctx, rt, language="en")
    assert not rt.models_loaded  # the home page needs none of them
    window.open_page("orders.desk")
    assert rt.models_loaded
    shell.load_models()
    assert not shell.backup_waiting
    window.switching = True
    window.close()
    window.deleteLater()
    settle(qtbot)
