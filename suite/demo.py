"""``suite demo``: a separate demo database, filled through the services by every plugin's
demo-data hook, then the desktop program on it."""

from __future__ import annotations

import logging
import random

from suite.plugin_api.i18n import domain

T = domain("cli")
log = logging.getLogger("suite.demo")


def build_demo(db_url: str, host, *, seed: int = 2026, progress=None) -> None:
    """Create and fill a demo database at *db_url* (which must be empty)."""
    from suite.bootstrap import prepare_database
    from suite.db.engine import open_database
    from suite.host import resolve
    from suite.plugin_api.context import Context

    db = open_database(db_url)
    try:
        ctx = Context(db=db, host=host)
        prepare_database(ctx, backup=False)
        rng = random.Random(seed)
        for item in host.demo_data():
            if progress:
                progress(item.id)
            resolve(item.create)(ctx.as_system(), rng)
    finally:
        db.dispose()


def run_demo(*, reset: bool = False, gui: bool = True, language: str | None = None, host=None, seed: int = 2026) -> int:
    from suite.bootstrap import build_host_from_settings
    from suite.config import Settings
    from suite.core.demo import DEMO_PASSWORD
    from suite.db.engine import sqlite_url
    from suite.paths import get_paths

    paths = get_paths().ensure()
    path = paths.demo_database
    if host is None:
        host = build_host_from_settings(Settings.load(paths.settings_file))
    if reset:
        for suffix in ("", "-wal", "-shm"):
            p = path.with_name(path.name + suffix)
            if p.exists():
                p.unlink()
    url = sqlite_url(path)
    if not path.exists():
        print(T.now("Creating the demo database {path} ...", path=str(path)), flush=True)
        tmp = path.with_name(path.stem + ".building.db")
        for suffix in ("", "-wal", "-shm"):
            p = tmp.with_name(tmp.name + suffix)
            if p.exists():
                p.unlink()
        build_demo(sqlite_url(tmp), host, seed=seed, progress=lambda step: print("  " + step, flush=True))
        tmp.replace(path)
    print(T.now("Demo database: {path}", path=str(path)))
    print(T.now("Demo accounts (password {password}): owner, manager, clerk, dispatcher, driver, kitchen, quality, storekeeper",
                password=DEMO_PASSWORD))
    if not gui:
        return 0
    from suite.ui.app import run_gui

    return run_gui(db_url=url, language=language, demo_user="owner")
