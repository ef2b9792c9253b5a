"""Pictures of the real main window on one page, for docs, reviews and tests: what
``suite screenshot`` and the ``suite_window`` test fixture use."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from suite.plugin_api.errors import UserError
from suite.plugin_api.i18n import domain

T = domain("core")


def settle(timeout_ms: int = 10_000) -> None:
    """Let background work (lists, cards) finish and its results arrive on the GUI thread."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from suite.ui import tasks
    from suite.ui.widgets.worker import wait_for_workers

    tasks.wait_all(timeout_ms)
    wait_for_workers(timeout_ms)
    loop = QEventLoop()
    QTimer.singleShot(60, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def close_window(window) -> None:
    """Close and delete a window made by :func:`open_window` (and its menus) now."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.switching = True
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def open_window(runtime, ctx, page_id: str | None = None, *, language: str = "en", size=(1366, 768)):
    """A shown MainWindow for *ctx* at *size*, on *page_id* when given (UserError for a page
    that does not exist or that the user may not open)."""
    from suite.ui.main_window import HOME, MainWindow

    window = MainWindow(ctx, runtime, language=language)
    window.resize(*size)
    window.show()
    settle()
    if page_id == HOME:
        # the window reopens the page remembered from the last run; the picture asked for home
        if window.current_page_id() != HOME:
            window.open_page(HOME)
            settle()
    elif page_id:
        if page_id not in {p.id for p in runtime.host.pages()}:
            close_window(window)
            raise UserError(T("There is no page \u201c{page}\u201d.", page=page_id))
        if window.open_page(page_id) is None:
            close_window(window)
            raise UserError(T("This user may not open the page \u201c{page}\u201d.", page=page_id))
        settle()
    return window


def grab(window, path: str | os.PathLike) -> Path:
    """Save a PNG of *window* as it is drawn now."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    # without a screen nothing paints until grabbed, and what loads after its first paint (the
    # dashboard's cards) would show "…": paint once, let it load, then take the picture
    window.grab()
    settle()
    if not window.grab().save(str(out)):
        raise UserError(T("Could not write {path}.", path=str(out)))
    return out


def screenshot(db_url: str | None, page_id: str, output: str | os.PathLike, *, role: str | None = None,
               language: str | None = None, size=(1366, 768)) -> Path:
    """``suite screenshot``: the main window on *page_id* as *role* sees it, saved as a PNG.
    Runs offscreen unless a platform is chosen with ``QT_QPA_PLATFORM``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from suite.bootstrap import build_host_from_settings, open_runtime
    from suite.config import Settings
    from suite.paths import get_paths
    from suite.plugin_api.script import role_user
    from suite.ui.app import ensure_application
    from suite.ui.translation import install_translators, resolve_language

    from PySide6.QtCore import qInstallMessageHandler

    qt_log = logging.getLogger("suite.qt")
    # Qt's own chatter (the offscreen platform's "does not support ...") goes to the log file
    qInstallMessageHandler(lambda _mode, _context, text: qt_log.debug("%s", text))
    paths = get_paths().ensure()
    app = ensure_application()
    app.setQuitOnLastWindowClosed(False)
    settings = Settings.load(paths.settings_file)
    host = build_host_from_settings(settings)
    language = install_translators(host, resolve_language(language, settings), text_catalogs=False)
    runtime = open_runtime(db_url, settings=settings, host=host, migrate=False, language=language)
    try:
        ctx = runtime.ctx.with_user(role_user(runtime.ctx, role)) if role else runtime.ctx
        window = open_window(runtime, ctx, page_id, language=language, size=size)
        try:
            return grab(window, output)
        finally:
            settle()
            close_window(window)
    finally:
        runtime.close()
