"""The main window: navigation on the left, the open page on the right, menus, status bar.

Pages come from ``host.pages()``: grouped (by the page's group, else its plugin), ordered,
filtered by the user's permissions, and created the first time they are opened from their
``"module:callable"`` factory, which receives the logged-in Context. A page widget may have
``open_key(key)`` (show one record: used by search hits and ``ctx.open_page``) and
``refresh()`` (F5). A page whose record names the tables it ``shows`` is refreshed when a
write to one of them is committed in another window or on another PC (:mod:`suite.ui.live`):
at once while it is shown, else when it is next opened; the dashboard recomputes the cards
that show them. After the connection to the server comes back, every such page refreshes.
"""

from __future__ import annotations

import base64
import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from suite.plugin_api.errors import PermissionDenied
from suite.plugin_api.i18n import text_of
from suite.plugin_api.records import Page
from suite.ui.icons import icon

log = logging.getLogger("suite.ui")

#: the size of the window on a first start, when the screen has room for it
DEFAULT_SIZE = QSize(1280, 800)
#: kept free around the window on a smaller screen (its frame and title bar)
_FRAME_ROOM = QSize(16, 40)
_TITLE_BAR = 32
#: the widest the status bar's database location gets (a longer path is elided in the middle)
DB_LABEL_WIDTH = 280


def first_geometry(available: QRect | None, wanted: QSize = DEFAULT_SIZE) -> QRect:
    """Where the window goes when nothing is remembered: *wanted*, shrunk to the screen's
    available area (the desktop minus the taskbar) less room for the frame, and centred in it.
    A 1366x768 laptop with a 40-pixel taskbar gets 1280x688, with the status bar on screen."""
    if available is None or available.isEmpty():
        return QRect(QPoint(0, 0), wanted)
    width = max(640, min(wanted.width(), available.width() - _FRAME_ROOM.width()))
    height = max(480, min(wanted.height(), available.height() - _FRAME_ROOM.height()))
    width, height = min(width, available.width()), min(height, available.height())
    left = available.x() + (available.width() - width) // 2
    spare = available.height() - height  # the title bar goes above the client area
    top = available.y() + max(min(_TITLE_BAR, spare), spare // 2)
    return QRect(left, top, width, height)


HOME = "home"
PAGE_ROLE = Qt.ItemDataRole.UserRole + 1
MENUS = ("file", "edit", "view", "reports", "tools", "help")


@dataclass
class NavGroup:
    title: str
    pages: list[Page] = field(default_factory=list)
    order: int = 0
    first: int = 0


def navigation_groups(ctx, host) -> list[NavGroup]:
    """The pages *ctx*'s user may open, grouped and ordered as the navigation shows them.

    A page's group is its ``group`` text, else its plugin's title. Groups are ordered by
    their lowest page ``order`` (then by plugin order); pages inside a group by ``order``.
    """
    groups: dict[str, NavGroup] = {}
    for index, page in enumerate(host.pages()):
        if page.permission and not ctx.can(page.permission):
            continue
        title = text_of(page.group)
        if not title:
            info = host.plugins.get(page.plugin)
            title = info.title if info is not None else page.plugin
        group = groups.get(title)
        if group is None:
            group = groups[title] = NavGroup(title, order=page.order, first=index)
        group.pages.append(page)
        group.order = min(group.order, page.order)
    for group in groups.values():
        group.pages.sort(key=lambda p: p.order)
    return sorted(groups.values(), key=lambda g: (g.order, g.first))


class PageError(QWidget):
    """Stands in for a page whose module failed to import or whose factory raised."""

    def __init__(self, title: str, error: BaseException, log_path: Path, retry, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("pageError")
        heading = QLabel(self.tr("The page \u201c{title}\u201d could not be opened.").format(title=title))
        heading.setObjectName("sectionTitle")
        heading.setWordWrap(True)
        detail = QLabel(f"{type(error).__name__}: {str(error).strip().splitlines()[0] if str(error).strip() else ''}")
        detail.setWordWrap(True)
        detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where = QLabel(self.tr("The rest of the suite works as usual. The details were written to {path}.")
                       .format(path=log_path))
        where.setWordWrap(True)
        where.setObjectName("subtitle")
        again = QPushButton(self.tr("Try again"))
        again.clicked.connect(retry)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(heading)
        layout.addWidget(detail)
        layout.addWidget(where)
        layout.addWidget(again, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)


class PageStack(QStackedWidget):
    """The page area: sized by the page shown, not by the widest page ever opened (a plain
    QStackedWidget keeps the largest minimum of all its pages)."""

    def sizeHint(self) -> QSize:  # noqa: N802
        current = self.currentWidget()
        return current.sizeHint() if current is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        current = self.currentWidget()
        return current.minimumSizeHint() if current is not None else super().minimumSizeHint()


class MainWindow(QMainWindow):
    logout_requested = Signal()
    language_changed = Signal(str)
    closed = Signal()
    page_opened = Signal(str)

    def __init__(self, ctx, runtime, *, language: str = "en", log_path: Path | None = None) -> None:
        super().__init__()
        from suite.ui.errors import log_file, set_permission_titles

        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.runtime = runtime
        self.host = runtime.host
        self.settings = runtime.settings
        self.language = language
        self.log_path = log_path or log_file()
        self.switching = False
        self._saved = False
        self.pages: dict[str, QWidget] = {}
        self.records: dict[str, Page] = {}
        self.items: dict[str, QTreeWidgetItem] = {}
        self.search_dialog = None
        #: pages that showed changed data while hidden (or busy): refreshed when shown
        self.stale: set[str] = set()
        ctx.page_opener = self.open_page
        ctx.notify_sink = self.notify
        set_permission_titles({p.id: text_of(p.title) for p in self.host.permissions()})

        self.setWindowTitle(self._title())
        self._build_central()
        self._build_navigation()
        self._fit_navigation()
        self._build_menus()
        self._build_status()
        self._restore_state()

    # ------------------------------------------------------------------ building

    def _title(self) -> str:
        from suite.core.startup import company_name  # plain SQL: painted before the models load

        company = company_name(self.ctx.db)
        app = self.tr("Back-Office Suite")
        return f"{company} · {app}" if company else app

    def _build_central(self) -> None:
        self.nav = QTreeWidget()
        self.nav.setObjectName("navigation")
        self.nav.setHeaderHidden(True)
        self.nav.setRootIsDecorated(False)
        self.nav.setIndentation(0)
        self.nav.setIconSize(QSize(18, 18))
        self.nav.setUniformRowHeights(True)
        self.nav.setMinimumWidth(150)
        self.nav.itemSelectionChanged.connect(self._nav_selected)

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.search_button = QPushButton(icon("search"), self.tr("Search customers, orders…") + "   Ctrl+K")
        self.search_button.setObjectName("searchButton")
        self.search_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.search_button.clicked.connect(self.open_search)
        header = QFrame()
        header.setObjectName("pageHeader")
        hl = QHBoxLayout(header)
        hl.setContentsMargins(16, 8, 12, 8)
        hl.addWidget(self.title, 1)
        hl.addWidget(self.search_button)

        self.stack = PageStack()
        self.stack.setObjectName("pageStack")
        # a page wider than a small screen scrolls instead of pushing the window off-screen
        self.page_scroll = QScrollArea()
        self.page_scroll.setObjectName("pageScroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidget(self.stack)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.setSpacing(0)
        rl.addWidget(header)
        rl.addWidget(self.page_scroll, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([220, 1060])
        self.setCentralWidget(self.splitter)

    def _build_navigation(self) -> None:
        from PySide6.QtGui import QBrush, QColor, QFont

        home = QTreeWidgetItem([self.tr("Home")])
        home.setIcon(0, icon("home"))
        home.setData(0, PAGE_ROLE, HOME)
        self.nav.addTopLevelItem(home)
        self.items[HOME] = home
        self.groups = navigation_groups(self.ctx, self.host)
        header_font = QFont(self.nav.font())
        header_font.setBold(True)
        header_font.setPointSizeF(max(header_font.pointSizeF() * 0.9, 8))
        for group in self.groups:
            head = QTreeWidgetItem([group.title])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setFont(0, header_font)
            head.setForeground(0, QBrush(QColor("#5b6b7c")))
            head.setSizeHint(0, QSize(0, 30))
            self.nav.addTopLevelItem(head)
            for page in group.pages:
                item = QTreeWidgetItem([text_of(page.title)])
                item.setIcon(0, icon(page.icon or None))
                item.setData(0, PAGE_ROLE, page.id)
                if page.shortcut:
                    item.setToolTip(0, f"{text_of(page.title)} ({QKeySequence(page.shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
                self.nav.addTopLevelItem(item)
                self.records[page.id] = page
                self.items[page.id] = item

    def _fit_navigation(self) -> None:
        """Wide enough for the longest page title in the current language (English titles
        run longer than Chinese ones), within reason."""
        widest = max((self.nav.sizeHintForColumn(0), 150))
        width = min(widest + 28, 300)
        self.nav.setMinimumWidth(width)
        self.splitter.setSizes([width, max(self.width() - width, 600)])

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menus: dict[str, QMenu] = {}
        titles = {
            "file": self.tr("&File"), "edit": self.tr("&Edit"), "view": self.tr("&View"),
            "reports": self.tr("&Reports"), "tools": self.tr("&Tools"), "help": self.tr("&Help"),
        }
        for key in MENUS:
            menu = QMenu(titles[key], self)
            menu.setObjectName(f"menu_{key}")
            self.menus[key] = menu

        file = self.menus["file"]
        self.switch_action = self._action(file, self.tr("Switch user / log out"), self.logout, "Ctrl+Shift+L", "logout")
        self.settings_action = self._action(file, self.tr("Settings…"), self.open_settings, "Ctrl+,", "settings")
        file.addSeparator()
        self.plugin_actions_anchor = file.addSeparator()
        self.quit_action = self._action(file, self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        view = self.menus["view"]
        self._action(view, self.tr("Home"), lambda: self.open_page(HOME), "Alt+Home", "home")
        self.search_action = self._action(view, self.tr("Search…"), self.open_search, "Ctrl+K", "search")
        self.refresh_action = self._action(view, self.tr("Refresh"), self.refresh_current, QKeySequence.StandardKey.Refresh, "refresh")
        view.addSeparator()
        for group in self.groups:
            for page in group.pages:
                self._action(view, text_of(page.title), lambda _c=False, pid=page.id: self.open_page(pid),
                             page.shortcut or None, page.icon or "page")

        self._build_reports_menu()
        self._build_plugin_actions()

        self._action(self.menus["help"], self.tr("About…"), self.show_about, None, "about")
        self._action(self.menus["help"], self.tr("Open the log folder"), self.open_log_folder)

        for key in MENUS:
            menu = self.menus[key]
            if key in ("edit",) and menu.isEmpty():
                continue
            bar.addMenu(menu)

    def _action(self, menu: QMenu, text: str, slot, shortcut=None, icon_name: str | None = None) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_reports_menu(self) -> None:
        menu = self.menus["reports"]
        self.report_actions: dict[str, QAction] = {}
        last_plugin = None
        reports = [r for r in self.host.reports() if not r.permission or self.ctx.can(r.permission)]
        order = {name: i for i, name in enumerate(self.host._order)} if hasattr(self.host, "_order") else {}
        reports.sort(key=lambda r: (order.get(r.plugin, 999), text_of(r.title)))
        for report in reports:
            if last_plugin is not None and report.plugin != last_plugin:
                menu.addSeparator()
            last_plugin = report.plugin
            action = self._action(menu, text_of(report.title) + "…",
                                  lambda _c=False, rid=report.id: self.open_report(rid), None, "reports")
            if report.description:
                action.setStatusTip(text_of(report.description))
            self.report_actions[report.id] = action
        if not reports:
            empty = menu.addAction(self.tr("No reports for your role"))
            empty.setEnabled(False)

    def _build_plugin_actions(self) -> None:
        self.plugin_actions: dict[str, QAction] = {}
        for record in self.host.actions():
            if record.permission and not self.ctx.can(record.permission):
                continue
            menu = self.menus.get(record.menu, self.menus["tools"])
            action = QAction(text_of(record.title), self)
            if record.shortcut:
                action.setShortcut(QKeySequence(record.shortcut))
            action.triggered.connect(lambda _c=False, rec=record: self.run_action(rec))
            if menu is self.menus["file"]:
                menu.insertAction(self.plugin_actions_anchor, action)
            else:
                menu.addAction(action)
            self.addAction(action)
            self.plugin_actions[record.id] = action
        if self.menus["tools"].isEmpty():
            empty = self.menus["tools"].addAction(self.tr("No tools for your role"))
            empty.setEnabled(False)

    def _build_status(self) -> None:
        from suite.ui.status import ConnectionMonitor, role_names

        bar = self.statusBar()
        bar.setObjectName("statusBar")
        user = self.ctx.user
        roles = role_names(self.ctx)
        self.user_label = QLabel(f"{user.display_name or user.username} · {roles}" if roles else
                                 (user.display_name or user.username))
        self.user_label.setObjectName("userLabel")
        self.user_label.setToolTip(self.tr("Logged in as {user}").format(user=user.username))
        where = self.runtime.db.describe()
        self.db_label = QLabel()
        self.db_label.setObjectName("databaseLabel")
        # a long path keeps its start and its file name, so the rest of the bar still fits
        self.db_label.setText(self.db_label.fontMetrics().elidedText(where, Qt.TextElideMode.ElideMiddle,
                                                                     DB_LABEL_WIDTH))
        self.db_label.setToolTip(self.tr("Where the data is kept") + "\n" + where)
        self.monitor = ConnectionMonitor(self.runtime.db, self)
        self.connection_label = self.monitor.label
        self.audit_label = QLabel()
        self.audit_label.setObjectName("auditState")
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.db_label)
        bar.addPermanentWidget(self.audit_label)
        bar.addPermanentWidget(self.connection_label)
        self.show_audit_state(getattr(self.runtime, "audit_check", None))
        self.monitor.changed.connect(self._connection_changed)
        self.monitor.start()
        self._start_live()

    def _start_live(self) -> None:
        from PySide6.QtCore import QTimer

        from suite.ui.live import LiveChanges

        self.live = LiveChanges(self.runtime.db, self)
        self.live.changed.connect(self.data_changed)
        self.live.state_changed.connect(self._live_state)
        self.stale_timer = QTimer(self)
        self.stale_timer.setSingleShot(True)
        self.stale_timer.setInterval(400)
        self.stale_timer.timeout.connect(self._refresh_stale_current)
        self.live.start()

    # ------------------------------------------------------------------ pages

    def current_page_id(self) -> str | None:
        widget = self.stack.currentWidget()
        for page_id, page in self.pages.items():
            if page is widget:
                return page_id
        return None

    def page_widget(self, page_id: str) -> QWidget | None:
        return self.pages.get(page_id)

    def _nav_selected(self) -> None:
        items = self.nav.selectedItems()
        if not items:
            return
        page_id = items[0].data(0, PAGE_ROLE)
        if page_id and page_id != self.current_page_id():
            self.open_page(page_id)

    def open_page(self, page_id: str, key=None) -> QWidget | None:
        """Show a page (creating it the first time) and, given a key, the record on it."""
        from suite.ui.errors import report_exception, show_error

        if page_id != HOME and page_id not in self.records:
            page = next((p for p in self.host.pages() if p.id == page_id), None)
            if page is not None and page.permission and not self.ctx.can(page.permission):
                show_error(self, PermissionDenied(page.permission))
            else:
                self.notify(self.tr("There is no page \u201c{page}\u201d.").format(page=page_id), "warning")
            return None
        widget = self.pages.get(page_id)
        if widget is None:
            widget = self._create_page(page_id)
            self.pages[page_id] = widget
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        self.stack.updateGeometry()
        if page_id in self.stale:
            self._refresh_stale_current()
        title = self.tr("Home") if page_id == HOME else text_of(self.records[page_id].title)
        self.title.setText(title)
        item = self.items.get(page_id)
        if item is not None:
            self.nav.blockSignals(True)
            self.nav.setCurrentItem(item)
            self.nav.blockSignals(False)
        if key is not None:
            opener = getattr(widget, "open_key", None)
            if callable(opener):
                try:
                    opener(key)
                except Exception as exc:  # noqa: BLE001 - explained or reported, the page stays
                    show_error(self, exc, self.tr("Showing the record"))
        elif page_id == HOME and hasattr(widget, "refresh_if_shown"):
            try:
                widget.refresh_if_shown()
            except Exception as exc:  # pragma: no cover - the dashboard reports its own errors
                report_exception(exc)
        self.page_opened.emit(page_id)
        return widget

    def ensure_models(self) -> None:
        """The plugins' models, imported and configured before anything of a plugin runs (the
        shell paints this window before they load: see ``Runtime.ensure_models``)."""
        self.runtime.ensure_models()

    def _create_page(self, page_id: str) -> QWidget:
        from suite.host import resolve

        if page_id == HOME:
            from suite.ui.dashboard import Dashboard

            return Dashboard(self.ctx, self.host, self, parent=self.stack)
        page = self.records[page_id]
        try:
            self.ensure_models()
            factory = resolve(page.factory)
            widget = factory(self.ctx)
            if not isinstance(widget, QWidget):
                raise TypeError(f"{page.factory} returned {type(widget).__name__}, not a widget")
            widget.setObjectName(widget.objectName() or f"page:{page_id}")
            return widget
        except Exception as exc:  # noqa: BLE001 - one broken page must not take the shell down
            log.error("page %s (%s) could not be opened", page_id, page.factory, exc_info=exc)
            return PageError(text_of(page.title), exc, self.log_path, lambda: self._retry(page_id))

    def _retry(self, page_id: str) -> None:
        old = self.pages.pop(page_id, None)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.open_page(page_id)

    def refresh_current(self) -> None:
        widget = self.stack.currentWidget()
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()

    # ------------------------------------------------------------------ changes made elsewhere

    def data_changed(self, tables) -> None:
        """Writes to *tables* (None: anything) were committed elsewhere: refresh the shown
        page if it shows one of them, remember the hidden ones, recompute the cards."""
        from suite.ui.live import shown_tables_changed

        for page_id, widget in list(self.pages.items()):
            if page_id == HOME:
                if hasattr(widget, "data_changed"):
                    widget.data_changed(tables)
                continue
            record = self.records.get(page_id)
            if record is not None and shown_tables_changed(record.shows, tables):
                self.stale.add(page_id)
        self._refresh_stale_current()

    def _busy(self) -> bool:
        """The user is in the middle of something a refresh would disturb: a button held
        (a drag), an open menu or popup, a modal dialog."""
        from PySide6.QtWidgets import QApplication

        return (QApplication.mouseButtons() != Qt.MouseButton.NoButton or QApplication.activePopupWidget() is not None
                or QApplication.activeModalWidget() is not None)

    def _refresh_stale_current(self) -> None:
        page_id = self.current_page_id()
        if page_id is None or page_id not in self.stale:
            return
        if self._busy():
            self.stale_timer.start()
            return
        self.stale.discard(page_id)
        refresh = getattr(self.pages[page_id], "refresh", None)
        if not callable(refresh):
            return
        try:
            refresh()
        except Exception as exc:  # noqa: BLE001 - a page that cannot refresh keeps what it shows
            log.warning("page %s could not refresh after a change elsewhere: %s", page_id, exc, exc_info=exc)

    def _live_state(self, state: str) -> None:
        """The change listener (PostgreSQL) lost or regained the server: the status bar says
        so at once, without waiting for the next ping."""
        if state == "lost":
            self.monitor.report(False)
        elif state == "ok" and self.monitor.state == "lost":
            self.monitor.check_now()

    # ------------------------------------------------------------------ dialogs and actions

    def open_search(self) -> None:
        from suite.ui.search import SearchDialog

        self.ensure_models()
        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self.ctx, self.host, self)
            self.search_dialog.hit_chosen.connect(lambda hit: self.open_page(hit.page, hit.key) if hit.page else None)
        self.search_dialog.popup()

    def open_settings(self):
        from suite.ui.settings_dialog import SettingsDialog

        self.ensure_models()
        dialog = SettingsDialog(self.ctx, self.runtime, self.language, self)
        dialog.language_saved.connect(self._language_saved)
        dialog.open()
        return dialog

    def _language_saved(self, language: str, apply_now: bool) -> None:
        if apply_now and language != self.language:
            self.language_changed.emit(language)

    def open_report(self, report_id: str):
        from suite.ui.errors import show_error

        self.ensure_models()
        try:
            from suite.ui.report_dialog import open_report_dialog
        except ImportError as exc:
            show_error(self, exc, self.tr("Opening the report"))
            return None
        try:
            return open_report_dialog(self.ctx, report_id, self)
        except Exception as exc:  # noqa: BLE001 - explained or reported
            show_error(self, exc, self.tr("Opening the report"))
            return None

    def run_action(self, record) -> None:
        from suite.host import resolve
        from suite.ui.errors import show_error

        self.ensure_models()
        try:
            resolve(record.callback)(self.ctx, self)
        except Exception as exc:  # noqa: BLE001 - explained or reported
            show_error(self, exc, text_of(record.title))

    def show_about(self):
        from suite.ui.about import AboutDialog

        self.ensure_models()
        dialog = AboutDialog(self.ctx, self.runtime, self.log_path, self)
        dialog.open()
        return dialog

    def open_log_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))

    def logout(self) -> None:
        self.save_state()
        self.logout_requested.emit()

    def show_demo_banner(self, password: str) -> None:
        """The demo database: say who is logged in and how to switch user (status bar, left)."""
        user = self.ctx.user
        self.demo_label = QLabel(self.tr("Demo: logged in as {user} \u00b7 switch user: Ctrl+Shift+L \u00b7 "
                                         "password {password}").format(user=user.username, password=password))
        self.demo_label.setObjectName("demoBanner")
        self.demo_label.setToolTip(self.tr(
            "Switch user: File > Switch user / log out (Ctrl+Shift+L). Demo logins: owner, manager, clerk, "
            "dispatcher, driver, kitchen, quality, storekeeper; every one has the password {password}.")
            .format(password=password))
        self.statusBar().addWidget(self.demo_label, 1)

    def notify(self, message: str, level: str = "info") -> None:
        if level in ("warning", "error"):
            log.warning("notice to the user: %s", message)
        import shiboken6

        if not shiboken6.isValid(self):  # a plugin's reminder outlived this window (log-out, switch user)
            return
        self.statusBar().showMessage(str(message), 15000 if level in ("warning", "error") else 8000)

    def show_audit_state(self, result) -> None:
        """The background check of the audit chain: checking, intact, or where it broke."""
        if result is None:
            text, state = self.tr("Audit log: checking…"), "checking"
            tip = self.tr("The audit log's hash chain is being verified in the background.")
        elif result.ok:
            text, state = self.tr("✓ Audit log verified"), "ok"
            tip = result.message
        else:
            text, state = self.tr("⚠ Audit log broken"), "broken"
            tip = result.message
        self.audit_label.setText(text)
        self.audit_label.setToolTip(tip)
        self.audit_label.setProperty("state", state)
        self.audit_label.style().unpolish(self.audit_label)
        self.audit_label.style().polish(self.audit_label)
        if result is not None and not result.ok:
            self.notify(self.tr("The audit log failed its check: {reason}").format(reason=result.message), "error")
        page = self.pages.get("core.audit")
        if page is not None and hasattr(page, "show_check"):
            page.show_check()

    def _connection_changed(self, state: str) -> None:
        if state == "lost":
            self.notify(self.tr("The connection to the database was lost. The suite keeps trying to reconnect."), "warning")
        elif state == "reconnected":
            self.notify(self.tr("Reconnected to the database; the open pages show the data again as it is now."))
            self.data_changed(None)

    # ------------------------------------------------------------------ remembering

    def _restore_state(self) -> None:
        ui = self.settings.get("ui", {}) or {}
        geometry = ui.get("geometry")
        restored = False
        if geometry:
            try:
                restored = self.restoreGeometry(QByteArray(base64.b64decode(geometry)))
            except (ValueError, TypeError):
                restored = False
        if not restored:
            self.setGeometry(first_geometry(self.screen().availableGeometry() if self.screen() else None))
        sizes = ui.get("splitter")
        if isinstance(sizes, list) and len(sizes) == 2 and all(isinstance(s, int) and s >= 0 for s in sizes):
            self.splitter.setSizes(sizes)
        last = ui.get("last_page")
        if last and last in self.records:
            self.open_page(last)
        else:
            self.open_page(HOME)

    def save_state(self) -> None:
        self.settings.set("ui.geometry", base64.b64encode(bytes(self.saveGeometry())).decode("ascii"))
        self.settings.set("ui.splitter", [int(s) for s in self.splitter.sizes()])
        current = self.current_page_id()
        if current:
            self.settings.set("ui.last_page", current)
        try:
            self.settings.save()
        except OSError:  # pragma: no cover - a read-only settings folder
            log.exception("cannot save the window state")

    def closeEvent(self, event):  # noqa: N802
        if not self._saved:
            self.save_state()
            self._saved = True
        self.monitor.stop()
        self.live.stop()
        if self.search_dialog is not None:
            self.search_dialog.close()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
