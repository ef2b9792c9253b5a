"""Chinese first: every translatable string has a finished zh_CN translation, the compiled
catalogs are up to date, and both translation paths (Qt and services) use them."""

from __future__ import annotations

import pytest

from suite import i18n_tools
from suite.plugin_api import i18n

CATALOGS = i18n_tools.default_catalogs()


@pytest.mark.parametrize("catalog", CATALOGS, ids=[c.ts_base.name for c in CATALOGS])
def test_zh_cn_catalog_is_complete(catalog):
    missing = i18n_tools.missing(catalog, "zh_CN")
    shown = "\n".join(f"  {where}: [{ctx}] {text!r}" for ctx, text, where in missing[:40])
    assert not missing, f"{len(missing)} string(s) without a Chinese translation in {catalog.ts('zh_CN')}:\n{shown}"


@pytest.mark.parametrize("catalog", CATALOGS, ids=[c.ts_base.name for c in CATALOGS])
def test_compiled_catalog_is_up_to_date(catalog, tmp_path):
    ts = catalog.ts("zh_CN")
    if not ts.exists():
        pytest.skip("no catalog")
    fresh = i18n_tools.compile_ts(ts, tmp_path / "fresh.qm")
    shipped = ts.with_suffix(".qm")
    assert shipped.exists(), f"{shipped} is missing: run python -m suite.i18n_tools compile"
    assert shipped.read_bytes() == fresh.read_bytes(), f"{shipped} is stale: run python -m suite.i18n_tools compile"


def test_translations_have_the_same_placeholders():
    import re

    for catalog in CATALOGS:
        for (ctx, source), (translation, kind) in i18n_tools.read_translations(catalog.ts("zh_CN")).items():
            if not translation or kind:
                continue
            assert set(re.findall(r"\{\w*\}", source)) == set(re.findall(r"\{\w*\}", translation)), (ctx, source, translation)


def test_services_speak_chinese_when_asked():
    from suite.bootstrap import load_catalogs
    from suite.host import build_host

    host = build_host()
    try:
        assert load_catalogs(host, "zh_CN") == "zh_CN"
        from suite.core.users import login_failed_message

        assert str(login_failed_message()) == "用户名或密码错误。连续输错 5 次密码后，账户将锁定 5 分钟。"
        assert str(i18n.Msg("core", "A password needs at least {n} characters.", n=8)) == "密码至少需要 8 个字符。"
    finally:
        i18n.set_language("en")
    assert str(i18n.Msg("core", "A password needs at least {n} characters.", n=8)) == "A password needs at least 8 characters."


def test_qt_loads_the_compiled_catalog(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from suite.core.plugin import package_dir

    translator = QTranslator()
    assert translator.load(str(package_dir("suite.resources") / "i18n" / "suite_zh_CN.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("core", "Customers") == "客户"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_language_follows_the_locale(monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert i18n.system_language() == "zh_CN"
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert i18n.system_language() == "en"
    assert i18n.normalise_language("zh-Hans") == "zh_CN"


def test_plugin_titles_are_shown_in_the_users_language(suite_ctx, tmp_path):
    from suite.bootstrap import load_catalogs
    from suite.config import Settings
    from suite.core.plugins import plugin_rows

    suite_ctx.settings = Settings(tmp_path / "settings.toml")
    try:
        load_catalogs(suite_ctx.host, "zh_CN")
        titles = {row.name: row.title for row in plugin_rows(suite_ctx)}
    finally:
        i18n.set_language("en")
    assert titles["core"] == "核心（客户、员工、系统管理）"
    assert titles["complaints"] == "投诉与售后"
    assert titles["orders"] == "订单台"


def test_a_parsed_catalog_is_kept_and_read_again_only_when_the_file_changes(tmp_path):
    import os

    ts = tmp_path / "demo_zh_CN.ts"
    body = ('<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="zh_CN"><context><name>demo</name>'
            '<message><source>Order desk</source><translation>{}</translation></message></context></TS>')
    ts.write_text(body.format("订单台"), encoding="utf-8")
    cache = tmp_path / "cache"
    before = i18n._cache_dir
    try:
        i18n.set_cache_dir(cache)
        assert i18n.read_ts_cached(ts) == {("demo", "Order desk"): "订单台"} == i18n.read_ts(ts)
        kept = list(cache.iterdir())
        assert len(kept) == 1
        # the second read comes from the cache: a file that is not XML there would not parse
        stat = ts.stat()
        ts.write_text("not a catalog".ljust(len(body.format("订单台").encode("utf-8"))), encoding="utf-8")
        os.utime(ts, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        assert ts.stat().st_size == stat.st_size
        assert i18n.read_ts_cached(ts) == {("demo", "Order desk"): "订单台"}
        # an edited catalog (new time) is read again, and replaces what was kept
        ts.write_text(body.format("下单"), encoding="utf-8")
        os.utime(ts, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
        assert i18n.read_ts_cached(ts) == {("demo", "Order desk"): "下单"}
        assert list(cache.iterdir()) == kept
        # an unreadable cache file is parsed again
        kept[0].write_bytes(b"\x00garbage")
        assert i18n.read_ts_cached(ts) == {("demo", "Order desk"): "下单"}
    finally:
        i18n.set_cache_dir(before)
