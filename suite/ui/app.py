"""Starting the desktop program.

``run_gui()`` goes: Qt application (High-DPI, Chinese font fallback, the style sheet) ->
settings -> plugin host -> language (translators) -> database (upgrade in a worker, behind a
progress dialog, when a migration is due; a backup is taken first) -> the day's backup (in
the background) -> first start: create the owner / otherwise: log in -> main window.

The sequence lives in :class:`Shell`, which never blocks: each step shows its window and
moves on when that window is done, so tests drive it exactly as a user would.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QProgressDialog, QWidget

from suite.plugin_api.errors import SuiteError

log = logging.getLogger("suite.ui")

APP_TITLE_FALLBACK = "Back-Office Suite"
#: the audit chain is verified this long after the main window first shows
AUDIT_CHECK_DELAY_MS = 1500

#: Chinese-capable families, best first. Qt falls back along this list glyph by glyph, so
#: Latin text keeps the first family that has it and Chinese never shows as boxes.
FONT_FAMILIES_WINDOWS = ["Microsoft YaHei UI", "Microsoft YaHei", "SimHei", "Segoe UI"]
FONT_FAMILIES_OTHER = ["WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
                       "PingFang SC", "Hiragino Sans GB", "WenQuanYi Zen Hei", "Droid Sans Fallback"]


# ---------------------------------------------------------------------------- the Qt application


def font_families() -> list[str]:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return FONT_FAMILIES_WINDOWS + FONT_FAMILIES_OTHER
    return FONT_FAMILIES_OTHER + FONT_FAMILIES_WINDOWS


def ensure_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once, with High-DPI scaling that follows the screen)."""
    app = QApplication.instance()
    if app is None:
        # High-DPI: Qt 6 scales by the screen's factor unrounded (PassThrough) by default, so
        # nothing is set here. Touching Qt's namespace (``PySide6.QtCore.Qt``) creates all of
        # its Python enums (about 30 ms): the modules on the way to the log-in window import
        # it only where it is used, after that window is painted.
        QCoreApplication.setOrganizationName("BackOfficeSuite")
        QCoreApplication.setApplicationName("BackOfficeSuite")
        app = QApplication(list(argv) if argv is not None else [sys.argv[0] if sys.argv else "suite"])
    apply_look(app)
    return app  # type: ignore[return-value]


def apply_look(app: QApplication) -> None:
    """Fusion style (the same on every PC), the suite's style sheet, fonts and window icon."""
    if app.property("suiteLook"):
        return
    from suite.ui.icons import icon, resources_dir, suite_style

    app.setStyle(suite_style("Fusion"))  # Fusion, with the flat icons instead of Qt's stock ones
    font = QFont(app.font())
    font.setFamilies(font_families() + [app.font().family()])
    if font.pointSizeF() < 9.5:
        font.setPointSizeF(9.5)
    app.setFont(font)
    qss = resources_dir() / "style.qss"
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    app.setWindowIcon(icon("app"))
    app.setProperty("suiteLook", True)


# ---------------------------------------------------------------------------- start-up sequence


class MigrationDialog(QProgressDialog):
    """Shown while the database is upgraded (no cancel: the upgrade is one transaction)."""

    progressed = Signal(str, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("migrationDialog")
        self.setWindowTitle(self.tr("Preparing the database"))
        label = QLabel()
        label.setWordWrap(True)
        self.setLabel(label)
        self.setLabelText(self.tr("Upgrading the database. A backup was taken first; please wait…"))
        self.setCancelButton(None)
        self.setRange(0, 0)
        self.setMinimumDuration(0)
        self.setMinimumWidth(480)
        self.setAutoClose(False)
        self.setAutoReset(False)
        from PySide6.QtCore import Qt

        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.progressed.connect(self._on_progress)

    def report(self, label: str, done: int, total: int) -> None:
        """Called from the worker thread (queued to the GUI thread by the signal)."""
        self.progressed.emit(label, done, total)

    def _on_progress(self, label: str, done: int, total: int) -> None:
        if total:
            self.setRange(0, total)
            self.setValue(min(done, total))
        self.setLabelText(self.tr("Upgrading the database ({branch}: step {done} of {total}). "
                                  "A backup was taken first; please wait…").format(branch=label, done=done + 1 if done < total else done,
                                                                                 total=total))

    def keyPressEvent(self, event):  # noqa: N802 - Escape must not hide it
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)


class ShellTexts(QObject):
    def cannot_start(self) -> str:
        return self.tr("The suite cannot start")

    def migration_failed(self) -> str:
        return self.tr("The database upgrade failed")

    def migration_note(self, text: str, log_path: str) -> str:
        return text + "\n\n" + self.tr("Nothing was changed. The details were written to {path}.").format(path=log_path)

    def backup_failed(self, error: str) -> str:
        return self.tr("Today's automatic backup failed: {error}").format(error=error)

    def backup_done(self, path: str) -> str:
        return self.tr("Today's backup was written to {path}").format(path=path)

    def demo_refused(self) -> str:
        return self.tr("Logging in without a password works only on the demo database.")


#: the early log-in window loads the rest after its first paint, or after this long at the latest
EARLY_LOADING_FALLBACK_MS = 400


class _AfterFirstPaint(QObject):
    """Calls *then* (from the event loop) once *widget* has been painted for the first time."""

    def __init__(self, widget: QWidget, then) -> None:
        super().__init__(widget)
        self.then = then
        self.done = False
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


class Shell(QObject):
    """Runs the start-up sequence and the log-in / main-window / log-out cycle.

    ``finished(code)`` is emitted when the program should end (the user quit, cancelled the
    log-in, or start-up failed).
    """

    finished = Signal(int)
    window_opened = Signal(object)

    def __init__(self, runtime, *, language: str, demo_user: str | None = None, log_path: Path | None = None,
                 quit_app: bool = True) -> None:
        super().__init__()
        self.runtime = runtime
        self.language = language
        self.demo_user = demo_user
        self.log_path = log_path
        self.quit_app = quit_app
        self.window = None
        self.dialog: QWidget | None = None
        self.exit_code: int | None = None
        #: (level, text()) for the status bar: the text is made again in the language in effect
        self.backup_note: tuple[str, Callable[[], str]] | None = None
        self.audit_check_started = False
        self.texts = ShellTexts()
        #: "done" once the host, catalogs and database checks are loaded; "early" while the
        #: log-in window came first and they are still to load (see start_early)
        self.loading = "done"
        #: the day's backup waits for the models (its thread must not race their import)
        self.backup_waiting = False
        #: the migration status read by the start-up check, handed to the preparation after it
        self._states = None

    @property
    def ctx(self):
        return self.runtime.ctx

    # ------------------------------------------------------------------ database

    def start(self) -> None:
        due = self._upgrade_due()
        if due is None:
            return
        if due:
            self.migrate()
        elif self._prepare_now():
            self.database_ready()

    def _upgrade_due(self) -> bool | None:
        """Is a migration due? None when the database cannot be used (the reason is shown)."""
        from suite import migrate

        try:
            self._states = migrate.status(self.runtime.db, self.runtime.host)  # read once: prepare uses it too
            return migrate.needs_upgrade(self.runtime.db, self.runtime.host, self._states)
        except SuiteError as exc:
            self.fail(self.texts.cannot_start(), str(exc))
        except Exception as exc:  # the database cannot be read at all
            log.exception("cannot read the database state")
            self.fail(self.texts.cannot_start(), f"{type(exc).__name__}: {exc}")
        return None

    def _prepare_now(self) -> bool:
        states, self._states = self._states, None
        try:
            self._prepare(None, states)
        except Exception as exc:
            self._prepare_failed(exc)
            return False
        return True

    # ------------------------------------------------------------------ the log-in window first

    def start_early(self, view, host_factory=None) -> None:
        """Show the log-in (or first-start) window at once, before the plugin host, the
        catalogs and the models are loaded; they load right after its first paint
        (:meth:`finish_loading`), and a log-in waits for them. When it turns out that a
        plugin's migration is due or the database cannot be used, the window gives way to the
        upgrade or to the message, as in :meth:`start`. *view* is what
        :func:`suite.core.startup.peek` read; *host_factory(settings)* builds the plugin host
        (default: :func:`suite.bootstrap.build_host_from_settings`)."""
        self.loading = "early"
        self._host_factory = host_factory
        self.show_login(view)
        dialog = self.dialog
        dialog.prepare = self.finish_loading
        self._painted = _AfterFirstPaint(dialog, self.finish_loading)
        QTimer.singleShot(EARLY_LOADING_FALLBACK_MS, self, self.finish_loading)  # e.g. a window never exposed

    def finish_loading(self) -> bool:
        """Load what the early window left out (once). True when a log-in may go ahead."""
        if self.loading != "early":
            return self.loading == "done"
        self.loading = "loading"
        from suite import migrate
        from suite.bootstrap import build_host_from_settings, load_catalogs
        from suite.ui.translation import add_plugin_translators

        runtime, login = self.runtime, self.dialog
        try:
            host = (self._host_factory or build_host_from_settings)(runtime.settings)
            runtime.host = runtime.ctx.host = host
            add_plugin_translators(host, self.language)
            load_catalogs(host, self.language)
            migrate.check_compatible(runtime.db, host)
            migrate.load_models(host)
        except Exception as exc:  # noqa: BLE001 - said in a window, as in run_gui
            self._drop_early(login)
            self.loading = "failed"
            if isinstance(exc, SuiteError):
                self.fail(self.texts.cannot_start(), str(exc))
            else:
                log.error("start-up failed", exc_info=exc)
                self.fail(self.texts.cannot_start(), self.texts.migration_note(f"{type(exc).__name__}: {exc}", str(self._log())))
            return False
        due = self._upgrade_due()
        if due is None or due:
            self._drop_early(login)
            self.loading = "failed" if due is None else "done"
            if due:
                self.migrate()  # then database_ready(): the log-in window again
            return False
        if not self._prepare_now():
            self._drop_early(login)
            self.loading = "failed"
            return False
        self.loading = "done"
        self._office_ready()
        return True

    def _drop_early(self, dialog) -> None:
        """Take the early window away without ending the program (its Quit would)."""
        if self.dialog is dialog:
            self.dialog = None
        if dialog is not None:
            dialog.rejected.disconnect()
            dialog.hide()
            dialog.deleteLater()

    def migrate(self) -> None:
        from suite.ui.tasks import call_in_thread

        dialog = MigrationDialog()
        self.dialog = dialog
        dialog.show()
        call_in_thread(lambda: self._prepare(dialog.report), lambda _r: self._migrated(dialog),
                       lambda exc: self._migration_error(dialog, exc), owner=self)

    def _prepare(self, progress, states=None) -> list:
        from suite.bootstrap import prepare_database

        return prepare_database(self.ctx, backup=True, progress=progress, states=states)

    def _migrated(self, dialog: MigrationDialog) -> None:
        dialog.close()
        dialog.deleteLater()
        self.dialog = None
        self.database_ready()

    def _migration_error(self, dialog: MigrationDialog, exc: BaseException) -> None:
        dialog.close()
        dialog.deleteLater()
        self.dialog = None
        self._prepare_failed(exc)

    def _prepare_failed(self, exc: BaseException) -> None:
        from suite.migrate import MigrationFailed

        if isinstance(exc, MigrationFailed):
            log.error("start-up stopped: %s", exc)
            self.fail(self.texts.migration_failed(), self.texts.migration_note(str(exc), str(self._log())))
        elif isinstance(exc, SuiteError):
            self.fail(self.texts.cannot_start(), str(exc))
        else:
            log.error("start-up failed", exc_info=exc)
            self.fail(self.texts.cannot_start(), self.texts.migration_note(f"{type(exc).__name__}: {exc}", str(self._log())))

    def _log(self) -> Path:
        from suite.ui.errors import log_file

        return self.log_path or log_file()

    def database_ready(self) -> None:
        self._office_ready()
        self.show_login()

    def _office_ready(self) -> None:
        """The office's time zone, and the day's backup in the background."""
        try:
            from suite.core.startup import office_timezone  # plain SQL: the models may load later

            self.ctx.timezone_name = office_timezone(self.runtime.db)
        except Exception:  # pragma: no cover - a settings row that cannot be read keeps the default
            log.exception("cannot read the office time zone")
        if self.runtime.models_loaded:
            self.start_daily_backup()
        else:
            self.backup_waiting = True

    def load_models(self) -> None:
        """The plugins' models, when the runtime left them out (the main window is painted
        first), then what waited for them. On the GUI thread, before any worker runs."""
        self.runtime.ensure_models()
        if self.backup_waiting:
            self.backup_waiting = False
            self.start_daily_backup()

    def start_daily_backup(self) -> None:
        from suite import backup
        from suite.ui.tasks import call_in_thread

        db, settings = self.runtime.db, self.runtime.settings
        if not db.is_sqlite:
            return

        def done(written):
            if written:
                self.note_backup("info", lambda: self.texts.backup_done(str(written[0])))

        def failed(exc):
            log.error("daily backup failed", exc_info=exc)
            self.note_backup("warning", lambda: self.texts.backup_failed(f"{type(exc).__name__}: {exc}"))

        host = self.runtime.host
        call_in_thread(lambda: backup.daily_backup(db, settings, host=host), done, failed, owner=self)

    def note_backup(self, level: str, text: Callable[[], str] | str) -> None:
        """A start-up message for the status bar; *text* is called again after a switch of
        language, so the rebuilt window says it in the new one."""
        make = text if callable(text) else (lambda: text)
        self.backup_note = (level, make)
        if self.window is not None:
            self.window.notify(make(), level)

    # ------------------------------------------------------------------ who

    def is_demo_database(self) -> bool:
        db = self.runtime.db
        if not db.is_sqlite or db.sqlite_path is None:
            return False
        try:
            return db.sqlite_path.resolve() == self.runtime.paths.demo_database.resolve()
        except OSError:
            return False

    def show_login(self, view=None) -> None:
        """The log-in window (the first-start one when there is no account yet). *view* (an
        early look at the database, see :meth:`start_early`) saves reading it here."""
        if self.demo_user:
            user, self.demo_user = self.demo_user, None  # only for the first log-in
            if self.is_demo_database():
                try:
                    from suite.core import startup

                    # plain SQL: the main window is painted before the models load
                    ctx = startup.user_context(self.ctx, user)
                    if ctx is None:  # no such user (the ORM's version says so)
                        from suite.core import users

                        ctx = users.user_context(self.ctx, user)
                    self.open_main(ctx)
                    return
                except SuiteError as exc:
                    log.warning("demo user %s: %s", user, exc)
            else:
                log.warning("%s", self.texts.demo_refused())
        if view is not None:
            has_users = view.has_users
        else:
            from suite.core import users

            has_users = users.has_users(self.ctx)
        self.load_models()  # as ever, everything is loaded while a log-in window shows
        if not has_users:
            from suite.ui.login import FirstRunDialog

            dialog = FirstRunDialog(self.ctx, self.runtime.settings)
        else:
            from suite.ui.login import LoginDialog

            dialog = LoginDialog(self.ctx, self.runtime.settings,
                                 company=view.company if view is not None else None)
        self.dialog = dialog
        dialog.logged_in.connect(self._logged_in)
        dialog.rejected.connect(lambda: self.end(0))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _logged_in(self, ctx) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.hide()
            dialog.deleteLater()
        self.open_main(ctx)

    # ------------------------------------------------------------------ main window

    def open_main(self, ctx) -> None:
        from suite.ui.main_window import MainWindow

        window = MainWindow(ctx, self.runtime, language=self.language, log_path=self._log())
        self.window = window
        window.logout_requested.connect(self.logout)
        window.language_changed.connect(self.relaunch)
        window.closed.connect(self._window_closed)
        if self.is_demo_database():
            from suite.core.demo import DEMO_PASSWORD

            window.show_demo_banner(DEMO_PASSWORD)
        if self.backup_note:
            window.notify(self.backup_note[1](), self.backup_note[0])
        window.show()
        if self.backup_waiting or not self.runtime.models_loaded:
            # the window is painted before the plugins' models load (about a second)
            self._models_after_paint = _AfterFirstPaint(window, self.load_models)
            QTimer.singleShot(EARLY_LOADING_FALLBACK_MS, self, self.load_models)  # a window never exposed
        self.window_opened.emit(window)
        if not self.audit_check_started:
            # after the first paint: the check never competes with start-up
            self.audit_check_started = True
            QTimer.singleShot(AUDIT_CHECK_DELAY_MS, self, self.start_audit_check)

    def start_audit_check(self) -> None:
        """Verify the audit log's chain in the background; the result goes to the status bar
        and the audit page (and to the settings folder, see suite.core.audit_head)."""
        from suite.core.audit_head import verify_database
        from suite.ui.tasks import call_in_thread

        db, settings = self.runtime.db, self.runtime.settings
        call_in_thread(lambda: verify_database(db, settings=settings), self._audit_checked, self._audit_check_failed,
                       owner=self)

    def _audit_checked(self, result) -> None:
        self.runtime.audit_check = result
        if self.window is not None:
            self.window.show_audit_state(result)

    def _audit_check_failed(self, exc: BaseException) -> None:
        log.error("the audit log check could not run", exc_info=exc)

    def _window_closed(self) -> None:
        if self.window is not None and not self.window.switching:
            self.window = None
            self.end(0)

    def logout(self) -> None:
        window, self.window = self.window, None
        if window is not None:
            window.switching = True
            window.close()
            window.deleteLater()
        self.show_login()

    def relaunch(self, language: str) -> None:
        """Apply a new language now: reinstall the translators and rebuild the main window
        (same user, same page)."""
        from suite.ui.translation import install_translators

        window, self.window = self.window, None
        if window is None:
            return
        ctx = window.ctx
        page = window.current_page_id()
        window.switching = True
        window.close()
        window.deleteLater()
        self.language = install_translators(self.runtime.host, language)
        self.open_main(ctx)
        if page:
            self.window.open_page(page)

    # ------------------------------------------------------------------ ending

    def fail(self, title: str, text: str) -> None:
        from suite.ui.errors import message

        box = message(None, title, text, QMessageBox.Icon.Critical)
        self.dialog = box
        box.finished.connect(lambda _r: self.end(1))

    def end(self, code: int) -> None:
        if self.exit_code is not None:
            return
        self.exit_code = code
        if self.window is not None:
            window, self.window = self.window, None
            window.switching = True
            window.close()
            window.deleteLater()
        self.finished.emit(code)
        if self.quit_app:
            QCoreApplication.exit(code)


# ---------------------------------------------------------------------------- entry point


def _early_start(db_url, settings, paths, language: str):
    """The way to the log-in window before the plugins and the ORM load: the Qt catalogs of
    the suite itself, the database opened and checked, and a plain look at it
    (:func:`suite.core.startup.peek`). Returns (runtime without a host yet, the look,
    language), or None when the ordinary start-up must run (a database that is new, older,
    or cannot be used: that path upgrades it or explains the problem)."""
    from suite.bootstrap import Runtime
    from suite.config import resolve_database_url
    from suite.core.startup import peek
    from suite.db.engine import check_database, open_database
    from suite.plugin_api.context import Context
    from suite.ui.translation import install_core_translators

    try:
        db = open_database(resolve_database_url(db_url, settings, paths))
    except Exception:  # noqa: BLE001 - the ordinary path says what is wrong
        log.debug("early start: the database cannot be opened", exc_info=True)
        return None
    try:
        check_database(db)
        view = peek(db)
    except Exception:  # noqa: BLE001
        log.debug("early start: the database cannot be used", exc_info=True)
        view = None
    if view is None:
        db.dispose()
        return None
    language = install_core_translators(language)
    ctx = Context(db=db, host=None, settings=settings)
    return Runtime(settings, paths, db, None, ctx), view, language


def run_gui(db_url: str | None = None, language: str | None = None, demo_user: str | None = None) -> int:
    """The desktop program. Returns the exit code."""
    from suite.bootstrap import build_host_from_settings, open_runtime
    from suite.config import Settings
    from suite.logs import setup_logging
    from suite.paths import get_paths
    from suite.ui.errors import install_excepthook, message
    from suite.ui.translation import install_translators, resolve_language

    paths = get_paths().ensure()
    log_path = setup_logging(paths.log_file, verbose=bool(os.environ.get("SUITE_VERBOSE")))
    app = ensure_application()
    app.setQuitOnLastWindowClosed(False)
    uninstall = install_excepthook(log_path)
    texts = ShellTexts()
    try:
        try:
            settings = Settings.load(paths.settings_file)
            early = None if demo_user else _early_start(db_url, settings, paths, resolve_language(language, settings))
            if early is not None:
                runtime, view, language = early
            else:
                host = build_host_from_settings(settings)
                language = install_translators(host, resolve_language(language, settings), text_catalogs=False)
                # the main window (a demo log-in) is painted before the plugins' models load
                runtime = open_runtime(db_url, settings=settings, host=host, migrate=False, language=language,
                                       models=False, office=False)  # the shell reads the office's time zone
        except Exception as exc:  # noqa: BLE001 - said in a window, not on a console nobody sees
            if isinstance(exc, SuiteError):
                text, code = str(exc), 2
            else:  # e.g. the PostgreSQL server cannot be reached
                log.error("start-up failed", exc_info=exc)
                text, code = texts.migration_note(f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}",
                                                  str(log_path)), 1
            box = message(None, texts.cannot_start(), text, QMessageBox.Icon.Critical)
            box.finished.connect(lambda _r: QCoreApplication.exit(code))
            return app.exec()
        shell = Shell(runtime, language=language, demo_user=demo_user, log_path=log_path)
        if early is not None:
            shell.start_early(view)
        else:
            shell.start()
        code = app.exec() if shell.exit_code is None else shell.exit_code
        from suite.ui.tasks import wait_all

        wait_all(10_000)
        runtime.close()
        return int(shell.exit_code if shell.exit_code is not None else code)
    finally:
        uninstall()
