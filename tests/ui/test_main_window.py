"""The main window: navigation by permission, broken plugins, dashboard cards, search,
menus, remembered geometry, the language setting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from suite.plugin_api.errors import PermissionDenied
from tests.conftest import FIXTURES
from tests.ui.conftest import settle, top_levels

MANAGER_ONLY = {"core.users", "core.audit", "core.backup", "core.plugins", "core.company"}


def nav_page_ids(window) -> list[str]:
    from suite.ui.main_window import PAGE_ROLE

    ids = []
    for i in range(window.nav.topLevelItemCount()):
        page_id = window.nav.topLevelItem(i).data(0, PAGE_ROLE)
        if page_id:
            ids.append(page_id)
    return ids


def test_a_clerk_does_not_see_manager_pages_and_the_services_refuse_him(make_window, qtbot, runtime):
    from suite.core import users
    from suite.core.audit import audit_entries

    owner = make_window("owner")
    assert MANAGER_ONLY <= set(nav_page_ids(owner))

    clerk = make_window("clerk")
    shown = set(nav_page_ids(clerk))
    assert "core.customers" in shown and "home" in shown
    assert not (MANAGER_ONLY & shown), MANAGER_ONLY & shown
    # asking for the page anyway (a link, a search hit) is refused and explained
    assert clerk.open_page("core.users") is None
    assert clerk.current_page_id() != "core.users"
    box = next(b for b in top_levels(QMessageBox) if b.objectName() == "suiteMessage")
    assert box.windowTitle() == "Not allowed"
    assert "Manage users and roles" in box.text()
    box.close()
    # the services refuse him whatever the window shows
    with pytest.raises(PermissionDenied):
        users.create_user(clerk.ctx, "intruder", "password-123", roles=("owner",))
    with pytest.raises(PermissionDenied):
        audit_entries(clerk.ctx)
    # no report he may not run in the menu
    assert "core.audit_extract" in owner.report_actions
    assert "core.audit_extract" not in clerk.report_actions


def test_a_plugin_that_fails_to_load_shows_on_the_plugins_page_and_the_rest_works(runtime, monkeypatch, qtbot, tmp_path):
    from dataclasses import replace

    from suite.core import users
    from suite.db.engine import open_database
    from suite.host import build_host
    from suite.plugin_api.testing import make_test_database
    from suite.ui.main_window import MainWindow, PageError

    monkeypatch.syspath_prepend(str(FIXTURES / "plugin_site"))
    host = build_host(strict=False)
    assert host.plugins["raising"].status == "failed"
    url, cleanup = make_test_database(host, "sqlite", tmp_path)
    db = open_database(url, check_share=False)
    try:
        ctx = replace(runtime.ctx, db=db, host=host)
        rt = replace(runtime, db=db, host=host, ctx=ctx)
        users.create_owner(ctx, "boss", "password-123")
        boss = users.login(ctx, "boss", "password-123")
        window = MainWindow(boss, rt, language="en")
        window.show()
        qtbot.waitUntil(window.isVisible)
        page = window.open_page("core.plugins")
        settle(qtbot)
        names = [page.table.item(r, 1).text() for r in range(page.table.rowCount())]
        assert {"core", "good", "raising", "broken_import", "misspelt", "old_api"} <= set(names)
        row = names.index("raising")
        assert page.table.item(row, 4).text() == "Failed"
        page.table.selectRow(row)
        error = page.findChild(type(page.detail.body), "pluginError")
        assert error is not None
        texts = [w.text() for w in error.findChildren(type(page.notice))]
        assert any("the pages of this plugin are broken" in t for t in texts)
        broken_import = names.index("broken_import")
        assert "ModuleNotFoundError" in page.table.item(broken_import, 4).toolTip()
        # the core cannot be switched off here either
        page.table.selectRow(names.index("core"))
        assert not page.toggle_button.isEnabled()
        # the rest of the shell works: the good plugin's page and the core pages open
        assert "good.page" in nav_page_ids(window)
        good = window.open_page("good.page")
        assert good.text() == "good"
        assert type(window.open_page("core.customers")).__name__ == "CustomersPage"
        assert not isinstance(window.open_page("core.users"), PageError)
        window.switching = True
        window.close()
        window.deleteLater()
    finally:
        db.dispose()
        cleanup()


def test_disabling_a_plugin_is_confirmed_saved_and_applies_at_the_next_start(owner_window, runtime, qtbot):
    from suite.config import Settings

    page = owner_window.open_page("core.plugins")
    names = [page.table.item(r, 1).text() for r in range(page.table.rowCount())]
    if "complaints" not in names:
        pytest.skip("the complaints plugin is not installed")
    page.table.selectRow(names.index("complaints"))
    box = page.toggle()
    assert "Complaints" in box.text() or "complaints" in box.text()
    box.findChild(type(page.toggle_button), "confirmYes").click()
    settle(qtbot)
    assert "complaints" in Settings.load(runtime.settings.path).disabled_plugins()
    assert page.notice.isVisible()
    row = [page.table.item(r, 1).text() for r in range(page.table.rowCount())].index("complaints")
    assert page.table.item(row, 4).text() == "Active"      # still running now
    assert page.table.item(row, 5).text() == "Disabled"    # not at the next start
    page.toggle()  # enabling needs no confirmation
    assert "complaints" not in Settings.load(runtime.settings.path).disabled_plugins()


def test_dashboard_cards_compute_off_the_gui_thread_and_a_failing_card_says_unavailable(runtime, suite_login, qtbot):
    from dataclasses import replace

    from suite.host import build_host
    from suite.ui.main_window import MainWindow
    from tests.ui import card_plugin

    host = build_host(only=["cards"], extra=[card_plugin], strict=True)
    clerk = suite_login("clerk")
    clerk.host = host
    window = MainWindow(clerk, replace(runtime, host=host), language="en")
    window.show()
    qtbot.waitUntil(window.isVisible)
    dashboard = window.stack.currentWidget()
    assert set(dashboard.cards) == {"cards.orders", "cards.broken", "cards.late"}  # not the secret one
    qtbot.waitUntil(lambda: dashboard.cards["cards.late"].value.text() == "3", timeout=10_000)
    good, broken, late = (dashboard.cards[k] for k in ("cards.orders", "cards.broken", "cards.late"))
    qtbot.waitUntil(lambda: broken.value.text() == "unavailable", timeout=10_000)
    qtbot.waitUntil(lambda: good.value.text() == "42", timeout=10_000)  # each card on its own worker
    assert good.caption.text() == "orders taken today"
    assert good.property("level") == "good" and late.property("level") == "danger"
    assert good.spark is not None and list(good.spark.values) == [3, 5, 4, 8, 12]
    assert "cannot be computed" in broken.toolTip()
    # clicking a card opens its page
    qtbot.mouseClick(good, Qt.MouseButton.LeftButton)
    assert window.current_page_id() == "core.customers"
    # a plugin's menu action runs with the logged-in context
    card_plugin.RAN.clear()
    window.plugin_actions["cards.hello"].trigger()
    assert card_plugin.RAN == [clerk.user.username]
    window.switching = True
    window.close()
    window.deleteLater()


def test_search_hit_opens_the_customer_page_on_that_customer(runtime, make_window, qtbot):
    from dataclasses import replace

    from suite.core import customers
    from suite.host import build_host
    from suite.ui.main_window import MainWindow
    from suite.ui.search import SearchDialog
    from tests.ui import card_plugin

    ctx = runtime.ctx
    for name, phone in (("王大锤", "13800138000"), ("李四", "13911112222"), ("王小明", "13722223333")):
        customers.create_customer(ctx, customers.CustomerInput(name, phones=[phone], addresses=["东风路1号"]))
    target = customers.search_customers(ctx, "王小明")[0].id

    # a second provider that raises does not spoil the customers' hits
    host = build_host(only=["cards"], extra=[card_plugin], strict=True)
    from suite.core import users

    users.create_owner(ctx, "boss", "password-123")
    boss = users.login(replace(ctx, host=host), "boss", "password-123")
    window = MainWindow(boss, replace(runtime, host=host), language="en")
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.search_action.shortcut().toString() == "Ctrl+K"
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    assert isinstance(dialog, SearchDialog) and dialog.isVisible()
    with qtbot.waitSignal(dialog.results_shown, timeout=10_000):
        dialog.box.setText("王")
    groups = {dialog.results.topLevelItem(i).text(0): dialog.results.topLevelItem(i)
              for i in range(dialog.results.topLevelItemCount())}
    assert set(groups) == {"Customers", "Broken search"}
    assert groups["Broken search"].child(0).text(0) == "unavailable"
    titles = [groups["Customers"].child(i).text(0).strip() for i in range(groups["Customers"].childCount())]
    assert sorted(titles) == ["王大锤", "王小明"]
    # down to 王小明, Enter opens the customers page on that customer
    while dialog.current_hit().key != target:
        qtbot.keyClick(dialog.box, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    settle(qtbot)
    assert not dialog.isVisible()
    assert window.current_page_id() == "core.customers"
    page = window.page_widget("core.customers")
    assert page.current is not None and page.current.id == target
    assert page.detail.heading.text() == "王小明"
    assert page.table.current_key() == target
    window.switching = True
    window.close()
    window.deleteLater()


def test_typing_then_enter_at_once_opens_the_first_hit(owner_window, runtime, qtbot):
    from suite.core import customers

    cid = customers.create_customer(runtime.ctx, customers.CustomerInput("赵六", phones=["13612345678"]))
    owner_window.open_search()
    dialog = owner_window.search_dialog
    qtbot.keyClicks(dialog.box, "1361234")
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)  # before the pause elapsed
    qtbot.waitUntil(lambda: owner_window.current_page_id() == "core.customers", timeout=10_000)
    settle(qtbot)
    assert owner_window.page_widget("core.customers").current.id == cid


def test_window_geometry_splitter_and_last_page_are_remembered(runtime, make_window, qtbot, suite_login):
    from suite.config import Settings
    from suite.ui.main_window import MainWindow

    ctx = suite_login("manager")
    first = make_window(ctx=ctx)
    first.resize(760, 560)  # inside the offscreen screen (800x600): restoreGeometry keeps windows on screen
    first.splitter.setSizes([260, 500])
    sizes = first.splitter.sizes()
    first.open_page("core.company")
    first.close()
    saved = Settings.load(runtime.settings.path)
    assert saved.get("ui.last_page") == "core.company"
    assert saved.get("ui.splitter") == sizes
    assert saved.get("ui.geometry")

    runtime.settings = saved
    second = MainWindow(ctx, runtime, language="en")
    qtbot.addWidget(second)
    second.show()
    qtbot.waitUntil(second.isVisible)
    assert (second.width(), second.height()) == (760, 560)
    assert second.splitter.sizes() == sizes
    assert second.current_page_id() == "core.company"
    second.switching = True
    second.close()


def test_page_shortcuts_menus_and_refresh(owner_window, qtbot):
    menus = [a.text() for a in owner_window.menuBar().actions()]
    assert menus[:3] == ["&File", "&View", "&Reports"] and "&Tools" in menus and "&Help" in menus
    view_texts = [a.text() for a in owner_window.menus["view"].actions()]
    assert "Customers" in view_texts and "Audit log" in view_texts
    owner_window.open_page("core.customers")
    qtbot.keyClick(owner_window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert owner_window.current_page_id() == "home"
    about = owner_window.show_about()
    assert owner_window.runtime.db.describe() in " ".join(l.text() for l in about.findChildren(type(owner_window.title)))
    about.close()


def test_the_language_setting_is_saved_and_switches_the_window(runtime, qtbot, suite_login, monkeypatch):
    from suite.config import Settings
    from suite.plugin_api import i18n
    from suite.ui import translation
    from suite.ui.app import Shell
    from suite.ui.settings_dialog import SettingsDialog

    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert translation.resolve_language(None, runtime.settings) == "en"
    shell = Shell(runtime, language="en", quit_app=False)
    shell.open_main(suite_login("manager"))
    window = shell.window
    qtbot.waitUntil(window.isVisible)
    window.open_page("core.customers")
    shell.note_backup("info", lambda: shell.texts.backup_done("/backups/office.db"))
    assert window.statusBar().currentMessage() == "Today's backup was written to /backups/office.db"

    # saved without switching now: a message says it applies at the next start
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    combo = dialog.general.language
    combo.setCurrentIndex(combo.findData("zh_CN"))
    dialog.general.apply_now.setChecked(False)
    dialog.save()
    assert Settings.load(runtime.settings.path).language == "zh_CN"
    note = [b for b in top_levels(QMessageBox) if "next time" in b.text()]
    assert note
    note[0].close()
    assert shell.window is window  # nothing rebuilt
    assert translation.resolve_language(None, Settings.load(runtime.settings.path)) == "zh_CN"
    assert translation.resolve_language("en", Settings.load(runtime.settings.path)) == "en"  # --lang wins

    # switching now rebuilds the window in the new language, on the same page
    try:
        dialog = window.open_settings()
        combo = dialog.general.language
        combo.setCurrentIndex(combo.findData("zh_CN"))
        dialog.general.apply_now.setChecked(True)
        dialog.save()
        assert shell.window is not window
        assert shell.language == "zh_CN" and i18n.current_language() == "zh_CN"
        assert any(f.endswith("qtbase_zh_CN.qm") for f in translation.installed_files())
        assert shell.window.current_page_id() == "core.customers"
        # the start-up message in the status bar is said again in the new language
        assert shell.window.statusBar().currentMessage() == "今天的备份已保存到 /backups/office.db"
    finally:
        translation.install_translators(runtime.host, "en")
        shell.end(0)
    assert i18n.current_language() == "en" and translation.installed_files() == []


def test_the_reports_menu_opens_the_report_dialog(owner_window, qtbot):
    from suite.ui.report_dialog import ReportDialog

    action = owner_window.report_actions["core.audit_extract"]
    assert action.text() == "Audit log extract…"
    action.trigger()
    dialogs = top_levels(ReportDialog)
    assert len(dialogs) == 1 and dialogs[0].report.id == "core.audit_extract"
    assert dialogs[0].ctx is owner_window.ctx
    dialogs[0].close()


def test_first_geometry_fits_a_laptop_screen():
    from PySide6.QtCore import QRect

    from suite.ui.main_window import first_geometry

    laptop = QRect(0, 0, 1366, 728)  # 1366x768 less a 40-pixel taskbar
    g = first_geometry(laptop)
    assert (g.width(), g.height()) == (1280, 688)
    assert laptop.contains(g) and g.top() >= 32  # the title bar above it is on screen too
    big = QRect(0, 0, 1920, 1040)
    g = first_geometry(big)
    assert (g.width(), g.height()) == (1280, 800) and big.center().x() - g.center().x() in (0, 1)
    side = QRect(1920, 0, 1366, 728)  # a second screen to the right
    assert side.contains(first_geometry(side))


def test_first_start_fits_the_available_screen(runtime, make_window):
    window = make_window("manager")  # nothing remembered: the offscreen screen is 800x600
    available = window.screen().availableGeometry()
    assert available.contains(window.geometry()), (window.geometry(), available)
    assert window.statusBar().isVisible()
    bar = window.statusBar().geometry().translated(window.geometry().topLeft())
    assert available.contains(bar)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_demo_banner_is_read_whole_on_a_1366_pixel_screen(make_window, qtbot, language):
    """The status bar says who the demo logged in as, how to switch and the password, without
    being cut off beside the user, the database and the connection (a newcomer saw
    "...的密码都是 de" at 1366 px); the whole story is in its tooltip."""
    from suite.ui import translation

    window = make_window("owner")
    try:
        translation.install_translators(window.runtime.host, language)
        window.resize(1366, 768)
        window.show_demo_banner("demo1234")
        settle(qtbot, 50)
        label = window.demo_label
        assert "demo1234" in label.text() and "Ctrl+Shift+L" in label.text()
        assert "Ctrl+Shift+L" in label.toolTip() and "storekeeper" in label.toolTip()
        assert label.width() >= label.sizeHint().width(), (label.text(), label.width(), label.sizeHint().width())
        # the database's long path is shortened in the middle; the tooltip has all of it
        where = window.runtime.db.describe()
        assert window.db_label.width() <= 300 and where in window.db_label.toolTip()
        assert window.db_label.text().endswith(where[-6:])
        if language == "zh_CN":
            assert label.text().startswith("演示")
    finally:
        translation.install_translators(window.runtime.host, "en")
